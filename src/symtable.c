/*
 * src/symtable.c - builds the scope tree from the AST, then resolves every name's scope
 * (CPython's analyze_block/analyze_name algorithm): names bound in enclosing function scopes
 * become free, and cells where they are defined; class scopes are invisible to nested
 * functions except through the implicit __class__ cell.
 * See also: src/symtable.h, src/compile.c
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "symtable.h"

/* ==== helpers ==== */

// The source line [lineno] of the file [filename], or None when it cannot be read.
static MnObject *
source_line(MnObject *filename, int lineno)
{
    const char *path = filename && MN_STR_CHECK(filename) ? mn_str_as_utf8(filename, NULL) : NULL;
    FILE *fp = path && path[0] != '<' ? fopen(path, "rb") : NULL;
    if (fp == NULL) {
        mn_err_clear();
        return mn_newref(mn_None);
    }
    char buf[4096];
    MnObject *res = NULL;
    for (int i = 1; fgets(buf, sizeof buf, fp) != NULL; i++) {
        if (i == lineno) {
            res = mn_str_from_utf8(buf, -1);
            break;
        }
    }
    fclose(fp);
    if (res == NULL) {
        mn_err_clear();
        res = mn_newref(mn_None);
    }
    return res;
}

int
mn_symtable_error(MnObject *filename, const AstNode *node, const char *msg)
{
    int line = node ? node->lineno : 1, col = node ? node->col_offset + 1 : 0;
    int eline = node ? node->end_lineno : line, ecol = node ? node->end_col_offset + 1 : 0;
    MnObject *m = mn_str_from_cstr(msg);
    MnObject *l = mn_int_from_long(line), *c = mn_int_from_long(col);
    MnObject *el = mn_int_from_long(eline), *ec = mn_int_from_long(ecol);
    MnObject *loc = NULL, *args = NULL;
    MnObject *text = source_line(filename, line);
    if (m && l && c && el && ec && text) {
        loc = mn_tuple_pack(6, filename ? filename : mn_None, l, c, text, el, ec);
    }
    mn_xdecref(text);
    if (loc) {
        args = mn_tuple_pack(2, m, loc);
    }
    if (args) {
        mn_err_set_object(mn_exc_SyntaxError, args);
    }
    mn_xdecref(m);
    mn_xdecref(l);
    mn_xdecref(c);
    mn_xdecref(el);
    mn_xdecref(ec);
    mn_xdecref(loc);
    mn_xdecref(args);
    return -1;
}

static int
st_errorf(MnSymtable *st, const AstNode *node, const char *fmt, const char *name)
{
    char buf[512];
    snprintf(buf, sizeof buf, fmt, name);
    return mn_symtable_error(st->filename, node, buf);
}

const char *
mn_symtable_mangle(const char *private_name, const char *name, char *buf, size_t size)
{
    size_t n = strlen(name);
    if (private_name == NULL || n < 2 || name[0] != '_' || name[1] != '_') {
        return name;
    }
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    while (*private_name == '_') {
        private_name++;
    }
    if (*private_name == '\0') {
        return name;
    }
    snprintf(buf, size, "_%s%s", private_name, name);
    return buf;
}

static const char *
pool_add(MnSymtable *st, const char *s)
{
    if (st->npool == st->cappool) {
        int cap = st->cappool ? st->cappool * 2 : 16;
        char **p = mn_mem_realloc(st->pool, sizeof(char *) * (size_t)cap);
        if (p == NULL) {
            return NULL;
        }
        st->pool = p;
        st->cappool = cap;
    }
    char *copy = mn_mem_strdup(s);
    if (copy != NULL) {
        st->pool[st->npool++] = copy;
    }
    return copy;
}

static uint32_t
str_hash(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s) {
        h = (h ^ (uint8_t)*s++) * 16777619u;
    }
    return h;
}

MnSymbol *
mn_symtable_lookup(MnScope *sc, const char *name)
{
    if (sc->indexcap == 0) {
        return NULL;
    }
    uint32_t mask = (uint32_t)sc->indexcap - 1;
    for (uint32_t i = str_hash(name) & mask;; i = (i + 1) & mask) {
        int k = sc->index[i];
        if (k < 0) {
            return NULL;
        }
        if (strcmp(sc->syms[k].name, name) == 0) {
            return &sc->syms[k];
        }
    }
}

int
mn_symtable_scope_of(MnScope *sc, const char *name)
{
    MnSymbol *s = mn_symtable_lookup(sc, name);
    return s ? s->scope : 0;
}

static int
reindex(MnScope *sc, int cap)
{
    int *idx = mn_mem_alloc(sizeof(int) * (size_t)cap);
    if (idx == NULL) {
        mn_err_no_memory();
        return -1;
    }
    for (int i = 0; i < cap; i++) {
        idx[i] = -1;
    }
    uint32_t mask = (uint32_t)cap - 1;
    for (int k = 0; k < sc->nsyms; k++) {
        uint32_t i = str_hash(sc->syms[k].name) & mask;
        while (idx[i] >= 0) {
            i = (i + 1) & mask;
        }
        idx[i] = k;
    }
    mn_mem_free(sc->index);
    sc->index = idx;
    sc->indexcap = cap;
    return 0;
}

static MnSymbol *
add_symbol(MnScope *sc, const char *name)
{
    MnSymbol *s = mn_symtable_lookup(sc, name);
    if (s != NULL) {
        return s;
    }
    if (sc->nsyms == sc->capsyms) {
        int cap = sc->capsyms ? sc->capsyms * 2 : 8;
        MnSymbol *p = mn_mem_realloc(sc->syms, sizeof(MnSymbol) * (size_t)cap);
        if (p == NULL) {
            mn_err_no_memory();
            return NULL;
        }
        sc->syms = p;
        sc->capsyms = cap;
    }
    s = &sc->syms[sc->nsyms++];
    s->name = name;
    s->flags = 0;
    s->scope = 0;
    s->decl = NULL;
    if (sc->nsyms * 2 > sc->indexcap) {
        if (reindex(sc, sc->indexcap ? sc->indexcap * 2 : 16) < 0) {
            return NULL;
        }
    } else {
        uint32_t mask = (uint32_t)sc->indexcap - 1;
        uint32_t i = str_hash(name) & mask;
        while (sc->index[i] >= 0) {
            i = (i + 1) & mask;
        }
        sc->index[i] = sc->nsyms - 1;
    }
    return s;
}

static int
push_ptr(void ***arr, int *n, int *cap, void *item)
{
    if (*n == *cap) {
        int c = *cap ? *cap * 2 : 4;
        void **p = mn_mem_realloc(*arr, sizeof(void *) * (size_t)c);
        if (p == NULL) {
            mn_err_no_memory();
            return -1;
        }
        *arr = p;
        *cap = c;
    }
    (*arr)[(*n)++] = item;
    return 0;
}

MnScope *
mn_symtable_child(MnScope *parent, const AstNode *node)
{
    for (int i = 0; i < parent->nchildren; i++) {
        if (parent->children[i]->node == node) {
            return parent->children[i];
        }
    }
    return NULL;
}

static void
scope_free(MnScope *sc)
{
    for (int i = 0; i < sc->nchildren; i++) {
        scope_free(sc->children[i]);
    }
    mn_mem_free(sc->children);
    mn_mem_free(sc->syms);
    mn_mem_free(sc->index);
    mn_mem_free(sc->params);
    mn_mem_free(sc);
}

void
mn_symtable_free(MnSymtable *st)
{
    if (st->top != NULL) {
        scope_free(st->top);
    }
    for (int i = 0; i < st->npool; i++) {
        mn_mem_free(st->pool[i]);
    }
    mn_mem_free(st->pool);
    memset(st, 0, sizeof *st);
}

/* ==== building ==== */

static int enter_scope(MnSymtable *st, MnBlockType type, const char *name, const AstNode *node)
{
    MnScope *sc = mn_mem_calloc(1, sizeof(MnScope));
    if (sc == NULL) {
        mn_err_no_memory();
        return -1;
    }
    sc->type = type;
    sc->name = name;
    sc->node = node;
    sc->parent = st->cur;
    sc->lineno = node ? node->lineno : 1;
    if (st->cur != NULL) {
        sc->private_name = st->cur->private_name;
        sc->is_nested = st->cur->type == MN_BLOCK_FUNCTION || st->cur->is_nested;
        if (push_ptr((void ***)&st->cur->children, &st->cur->nchildren,
                     &st->cur->capchildren, sc) < 0) {
            mn_mem_free(sc);
            return -1;
        }
    } else {
        st->top = sc;
    }
    st->cur = sc;
    return 0;
}

static void
exit_scope(MnSymtable *st)
{
    st->cur = st->cur->parent;
}

static const char *
mangled(MnSymtable *st, const char *name)
{
    char buf[512];
    const char *m = mn_symtable_mangle(st->cur->private_name, name, buf, sizeof buf);
    if (m == name) {
        return name;
    }
    return pool_add(st, m);
}

static int
add_def_in(MnSymtable *st, MnScope *sc, const char *name, int flag, const AstNode *node)
{
    const char *m = mangled(st, name);
    if (m == NULL) {
        mn_err_no_memory();
        return -1;
    }
    MnSymbol *s = add_symbol(sc, m);
    if (s == NULL) {
        return -1;
    }
    if ((flag & MN_DEF_PARAM) && (s->flags & MN_DEF_PARAM)) {
        return st_errorf(st, node, "duplicate argument '%s' in function definition", name);
    }
    s->flags |= flag;
    if ((flag & (MN_DEF_NONLOCAL | MN_DEF_GLOBAL)) && s->decl == NULL) {
        s->decl = node;
    }
    if (flag & MN_DEF_PARAM) {
        if (push_ptr((void ***)&sc->params, &sc->nparams, &sc->capparams, (void *)s->name) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
add_def(MnSymtable *st, const char *name, int flag, const AstNode *node)
{
    return add_def_in(st, st->cur, name, flag, node);
}

static int visit_stmt(MnSymtable *st, AstNode *s);
static int visit_expr(MnSymtable *st, AstNode *e);

static int
visit_stmts(MnSymtable *st, AstSeq *seq)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(seq); i++) {
        if (visit_stmt(st, AST_SEQ_GET(seq, i)) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_exprs(MnSymtable *st, AstSeq *seq)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(seq); i++) {
        AstNode *e = AST_SEQ_GET(seq, i);
        if (e != NULL && visit_expr(st, e) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_params(MnSymtable *st, AstSeq *seq)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(seq); i++) {
        AstNode *a = AST_SEQ_GET(seq, i);
        if (add_def(st, a->v.arg.arg, MN_DEF_PARAM, a) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_arguments(MnSymtable *st, AstNode *args)
{
    if (args == NULL) {
        return 0;
    }
    if (visit_params(st, args->v.arguments.posonlyargs) < 0 ||
        visit_params(st, args->v.arguments.args) < 0 ||
        visit_params(st, args->v.arguments.kwonlyargs) < 0) {
        return -1;
    }
    if (args->v.arguments.vararg != NULL &&
        add_def(st, args->v.arguments.vararg->v.arg.arg, MN_DEF_PARAM,
                args->v.arguments.vararg) < 0) {
        return -1;
    }
    if (args->v.arguments.kwarg != NULL &&
        add_def(st, args->v.arguments.kwarg->v.arg.arg, MN_DEF_PARAM,
                args->v.arguments.kwarg) < 0) {
        return -1;
    }
    return 0;
}

static int
visit_annotations_of(MnSymtable *st, AstSeq *seq)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(seq); i++) {
        AstNode *a = AST_SEQ_GET(seq, i);
        if (a->v.arg.annotation != NULL && visit_expr(st, a->v.arg.annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_defaults(MnSymtable *st, AstNode *args)
{
    if (args == NULL) {
        return 0;
    }
    return visit_exprs(st, args->v.arguments.defaults) < 0 ||
        visit_exprs(st, args->v.arguments.kw_defaults) < 0 ? -1 : 0;
}

static int
visit_annotations(MnSymtable *st, AstNode *args, AstNode *returns)
{
    if (args != NULL) {
        if (visit_annotations_of(st, args->v.arguments.posonlyargs) < 0 ||
            visit_annotations_of(st, args->v.arguments.args) < 0 ||
            visit_annotations_of(st, args->v.arguments.kwonlyargs) < 0) {
            return -1;
        }
        AstNode *va = args->v.arguments.vararg, *kw = args->v.arguments.kwarg;
        if (va && va->v.arg.annotation && visit_expr(st, va->v.arg.annotation) < 0) {
            return -1;
        }
        if (kw && kw->v.arg.annotation && visit_expr(st, kw->v.arg.annotation) < 0) {
            return -1;
        }
    }
    return returns ? visit_expr(st, returns) : 0;
}

static int
visit_global(MnSymtable *st, AstNode *s, int nonlocal)
{
    AstSeq *names = nonlocal ? s->v.Nonlocal.names : s->v.Global.names;
    const char *kind = nonlocal ? "nonlocal" : "global";
    if (nonlocal && st->cur->type == MN_BLOCK_MODULE) {
        return mn_symtable_error(st->filename, s,
                                 "nonlocal declaration not allowed at module level");
    }
    for (intptr_t i = 0; i < AST_SEQ_LEN(names); i++) {
        const char *name = (const char *)names->items[i];
        const char *m = mangled(st, name);
        MnSymbol *sym = m ? mn_symtable_lookup(st->cur, m) : NULL;
        int cur = sym ? sym->flags : 0;
        char fmt[128];
        if (cur & (MN_DEF_PARAM | MN_DEF_LOCAL | MN_DEF_USE | MN_DEF_IMPORT)) {
            if (cur & MN_DEF_PARAM) {
                snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", kind);
            } else if (cur & MN_DEF_USE) {
                snprintf(fmt, sizeof fmt, "name '%%s' is used prior to %s declaration", kind);
            } else {
                snprintf(fmt, sizeof fmt, "name '%%s' is assigned to before %s declaration",
                         kind);
            }
            return st_errorf(st, s, fmt, name);
        }
        if (add_def(st, name, nonlocal ? MN_DEF_NONLOCAL : MN_DEF_GLOBAL, s) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_alias(MnSymtable *st, AstNode *a)
{
    const char *store = a->v.alias.asname;
    char buf[512];
    if (store == NULL) {
        const char *dot = strchr(a->v.alias.name, '.');
        if (dot != NULL) {
            size_t n = (size_t)(dot - a->v.alias.name);
            if (n >= sizeof buf) {
                n = sizeof buf - 1;
            }
            memcpy(buf, a->v.alias.name, n);
            buf[n] = '\0';
            store = pool_add(st, buf);
            if (store == NULL) {
                mn_err_no_memory();
                return -1;
            }
        } else {
            store = a->v.alias.name;
        }
    }
    if (strcmp(store, "*") == 0) {
        return 0;
    }
    return add_def(st, store, MN_DEF_IMPORT, a);
}

static int
visit_function(MnSymtable *st, AstNode *s, const char *name, AstNode *args, AstSeq *body,
               AstNode *lambda_body)
{
    if (visit_defaults(st, args) < 0) {
        return -1;
    }
    if (enter_scope(st, MN_BLOCK_FUNCTION, name, s) < 0) {
        return -1;
    }
    st->cur->is_lambda = lambda_body != NULL;
    if (visit_arguments(st, args) < 0) {
        return -1;
    }
    if (lambda_body ? visit_expr(st, lambda_body) : visit_stmts(st, body)) {
        return -1;
    }
    exit_scope(st);
    return 0;
}

// As CPython 3.11, statement and expression nesting is limited to three times the recursion
// limit (counting from three times the current depth).
static int
enter_node(MnSymtable *st)
{
    if (++st->depth > st->depth_limit) {
        mn_err_set_string(mn_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

static int visit_stmt_kind(MnSymtable *st, AstNode *s);
static int visit_expr_kind(MnSymtable *st, AstNode *e);

static int
visit_stmt(MnSymtable *st, AstNode *s)
{
    if (enter_node(st) < 0) {
        return -1;
    }
    int r = visit_stmt_kind(st, s);
    st->depth--;
    return r;
}

static int
visit_expr(MnSymtable *st, AstNode *e)
{
    if (enter_node(st) < 0) {
        return -1;
    }
    int r = visit_expr_kind(st, e);
    st->depth--;
    return r;
}

static int
visit_stmt_kind(MnSymtable *st, AstNode *s)
{
    switch (s->kind) {
    case AST_FunctionDef:
        if (add_def(st, s->v.FunctionDef.name, MN_DEF_LOCAL, s) < 0 ||
            visit_exprs(st, s->v.FunctionDef.decorator_list) < 0) {
            return -1;
        }
        if (visit_annotations(st, s->v.FunctionDef.args, s->v.FunctionDef.returns) < 0) {
            return -1;
        }
        return visit_function(st, s, s->v.FunctionDef.name, s->v.FunctionDef.args,
                              s->v.FunctionDef.body, NULL);
    case AST_ClassDef: {
        if (add_def(st, s->v.ClassDef.name, MN_DEF_LOCAL, s) < 0 ||
            visit_exprs(st, s->v.ClassDef.bases) < 0) {
            return -1;
        }
        for (intptr_t i = 0; i < AST_SEQ_LEN(s->v.ClassDef.keywords); i++) {
            if (visit_expr(st, AST_SEQ_GET(s->v.ClassDef.keywords, i)->v.keyword.value) < 0) {
                return -1;
            }
        }
        if (visit_exprs(st, s->v.ClassDef.decorator_list) < 0 ||
            enter_scope(st, MN_BLOCK_CLASS, s->v.ClassDef.name, s) < 0) {
            return -1;
        }
        st->cur->private_name = s->v.ClassDef.name;
        if (visit_stmts(st, s->v.ClassDef.body) < 0) {
            return -1;
        }
        exit_scope(st);
        return 0;
    }
    case AST_Return:
        return s->v.Return.value ? visit_expr(st, s->v.Return.value) : 0;
    case AST_Delete:
        return visit_exprs(st, s->v.Delete.targets);
    case AST_Assign:
        return visit_exprs(st, s->v.Assign.targets) < 0 ? -1 : visit_expr(st, s->v.Assign.value);
    case AST_AugAssign:
        if (s->v.AugAssign.target->kind == AST_Name) {
            if (add_def(st, s->v.AugAssign.target->v.Name.id, MN_DEF_LOCAL | MN_DEF_USE,
                        s->v.AugAssign.target) < 0) {
                return -1;
            }
        } else if (visit_expr(st, s->v.AugAssign.target) < 0) {
            return -1;
        }
        return visit_expr(st, s->v.AugAssign.value);
    case AST_AnnAssign:
        if (s->v.AnnAssign.target->kind == AST_Name) {
            if (add_def(st, s->v.AnnAssign.target->v.Name.id, MN_DEF_LOCAL,
                        s->v.AnnAssign.target) < 0) {
                return -1;
            }
        } else if (visit_expr(st, s->v.AnnAssign.target) < 0) {
            return -1;
        }
        if (st->cur->type != MN_BLOCK_FUNCTION && visit_expr(st, s->v.AnnAssign.annotation) < 0) {
            return -1;
        }
        return s->v.AnnAssign.value ? visit_expr(st, s->v.AnnAssign.value) : 0;
    case AST_For:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.For.body) < 0 ? -1 : visit_stmts(st, s->v.For.orelse);
    case AST_While:
    case AST_If:
        if (visit_expr(st, s->v.If.test) < 0 || visit_stmts(st, s->v.If.body) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.If.orelse);
    case AST_With:
        for (intptr_t i = 0; i < AST_SEQ_LEN(s->v.With.items); i++) {
            AstNode *item = AST_SEQ_GET(s->v.With.items, i);
            if (visit_expr(st, item->v.withitem.context_expr) < 0) {
                return -1;
            }
            if (item->v.withitem.optional_vars &&
                visit_expr(st, item->v.withitem.optional_vars) < 0) {
                return -1;
            }
        }
        return visit_stmts(st, s->v.With.body);
    case AST_Raise:
        if (s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0) {
            return -1;
        }
        return s->v.Raise.cause ? visit_expr(st, s->v.Raise.cause) : 0;
    case AST_Try:
        if (visit_stmts(st, s->v.Try.body) < 0) {
            return -1;
        }
        for (intptr_t i = 0; i < AST_SEQ_LEN(s->v.Try.handlers); i++) {
            AstNode *h = AST_SEQ_GET(s->v.Try.handlers, i);
            if (h->v.ExceptHandler.type && visit_expr(st, h->v.ExceptHandler.type) < 0) {
                return -1;
            }
            if (h->v.ExceptHandler.name &&
                add_def(st, h->v.ExceptHandler.name, MN_DEF_LOCAL, h) < 0) {
                return -1;
            }
            if (visit_stmts(st, h->v.ExceptHandler.body) < 0) {
                return -1;
            }
        }
        if (visit_stmts(st, s->v.Try.orelse) < 0) {
            return -1;
        }
        return visit_stmts(st, s->v.Try.finalbody);
    case AST_Assert:
        if (visit_expr(st, s->v.Assert.test) < 0) {
            return -1;
        }
        return s->v.Assert.msg ? visit_expr(st, s->v.Assert.msg) : 0;
    case AST_Import:
        for (intptr_t i = 0; i < AST_SEQ_LEN(s->v.Import.names); i++) {
            if (visit_alias(st, AST_SEQ_GET(s->v.Import.names, i)) < 0) {
                return -1;
            }
        }
        return 0;
    case AST_ImportFrom:
        for (intptr_t i = 0; i < AST_SEQ_LEN(s->v.ImportFrom.names); i++) {
            if (visit_alias(st, AST_SEQ_GET(s->v.ImportFrom.names, i)) < 0) {
                return -1;
            }
        }
        return 0;
    case AST_Global:
        return visit_global(st, s, 0);
    case AST_Nonlocal:
        return visit_global(st, s, 1);
    case AST_Expr:
        return visit_expr(st, s->v.Expr.value);
    default:
        return 0;
    }
}

static int
visit_namedexpr_target(MnSymtable *st, AstNode *e)
{
    const char *name = e->v.NamedExpr.target->v.Name.id;
    if (st->cur->comp_iter_expr) {
        return mn_symtable_error(st->filename, e,
            "assignment expression cannot be used in a comprehension iterable expression");
    }
    if (!st->cur->is_comprehension) {
        return visit_expr(st, e->v.NamedExpr.target);
    }
    for (MnScope *sc = st->cur; sc != NULL; sc = sc->parent) {
        if (sc->is_comprehension) {
            MnSymbol *sym = mn_symtable_lookup(sc, name);
            if (sym && (sym->flags & MN_DEF_COMP_ITER)) {
                return st_errorf(st, e, "assignment expression cannot rebind comprehension "
                                 "iteration variable '%s'", name);
            }
            continue;
        }
        if (sc->type == MN_BLOCK_FUNCTION) {
            if (add_def_in(st, st->cur, name, MN_DEF_NONLOCAL, e) < 0) {
                return -1;
            }
            return add_def_in(st, sc, name, MN_DEF_LOCAL, e);
        }
        if (sc->type == MN_BLOCK_MODULE) {
            if (add_def_in(st, st->cur, name, MN_DEF_GLOBAL, e) < 0) {
                return -1;
            }
            return add_def_in(st, sc, name, MN_DEF_GLOBAL, e);
        }
        return mn_symtable_error(st->filename, e,
            "assignment expression within a comprehension cannot be used in a class body");
    }
    return 0;
}

static int
visit_comp_target(MnSymtable *st, AstNode *t)
{
    if (t->kind == AST_Name) {
        return add_def(st, t->v.Name.id, MN_DEF_LOCAL | MN_DEF_COMP_ITER, t);
    }
    if (t->kind == AST_Tuple || t->kind == AST_List) {
        for (intptr_t i = 0; i < AST_SEQ_LEN(t->v.Tuple.elts); i++) {
            if (visit_comp_target(st, AST_SEQ_GET(t->v.Tuple.elts, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (t->kind == AST_Starred) {
        return visit_comp_target(st, t->v.Starred.value);
    }
    return visit_expr(st, t);
}

static int
visit_comprehension(MnSymtable *st, AstNode *e, const char *name, AstSeq *gens, AstNode *elt,
                    AstNode *value)
{
    AstNode *outer = AST_SEQ_GET(gens, 0);
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outer->v.comprehension.iter);
    st->cur->comp_iter_expr--;
    if (r < 0 || enter_scope(st, MN_BLOCK_FUNCTION, name, e) < 0) {
        return -1;
    }
    st->cur->is_comprehension = 1;
    st->cur->is_generator = e->kind == AST_GeneratorExp;
    if (add_def(st, ".0", MN_DEF_PARAM, e) < 0) {
        return -1;
    }
    for (intptr_t i = 0; i < AST_SEQ_LEN(gens); i++) {
        AstNode *g = AST_SEQ_GET(gens, i);
        if (visit_comp_target(st, g->v.comprehension.target) < 0) {
            return -1;
        }
        if (i > 0) {
            st->cur->comp_iter_expr++;
            r = visit_expr(st, g->v.comprehension.iter);
            st->cur->comp_iter_expr--;
            if (r < 0) {
                return -1;
            }
        }
        if (visit_exprs(st, g->v.comprehension.ifs) < 0) {
            return -1;
        }
    }
    if (value != NULL && visit_expr(st, value) < 0) {
        return -1;
    }
    if (visit_expr(st, elt) < 0) {
        return -1;
    }
    exit_scope(st);
    return 0;
}

static int
visit_yield(MnSymtable *st, AstNode *e)
{
    if (st->cur->type != MN_BLOCK_FUNCTION) {
        return mn_symtable_error(st->filename, e, "'yield' outside function");
    }
    if (st->cur->is_comprehension) {
        const char *what = "list comprehension";
        const AstNode *n = st->cur->node;
        if (n->kind == AST_SetComp) {
            what = "set comprehension";
        } else if (n->kind == AST_DictComp) {
            what = "dict comprehension";
        } else if (n->kind == AST_GeneratorExp) {
            what = "generator expression";
        }
        return st_errorf(st, e, "'yield' inside %s", what);
    }
    st->cur->is_generator = 1;
    return 0;
}

static int
visit_expr_kind(MnSymtable *st, AstNode *e)
{
    switch (e->kind) {
    case AST_BoolOp:
        return visit_exprs(st, e->v.BoolOp.values);
    case AST_NamedExpr:
        if (visit_expr(st, e->v.NamedExpr.value) < 0) {
            return -1;
        }
        return visit_namedexpr_target(st, e);
    case AST_BinOp:
        return visit_expr(st, e->v.BinOp.left) < 0 ? -1 : visit_expr(st, e->v.BinOp.right);
    case AST_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case AST_Lambda:
        return visit_function(st, e, "lambda", e->v.Lambda.args, NULL, e->v.Lambda.body);
    case AST_IfExp:
        if (visit_expr(st, e->v.IfExp.test) < 0 || visit_expr(st, e->v.IfExp.body) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.IfExp.orelse);
    case AST_Dict:
        return visit_exprs(st, e->v.Dict.keys) < 0 ? -1 : visit_exprs(st, e->v.Dict.values);
    case AST_Set:
        return visit_exprs(st, e->v.Set.elts);
    case AST_ListComp:
        return visit_comprehension(st, e, "listcomp", e->v.ListComp.generators,
                                   e->v.ListComp.elt, NULL);
    case AST_SetComp:
        return visit_comprehension(st, e, "setcomp", e->v.SetComp.generators,
                                   e->v.SetComp.elt, NULL);
    case AST_GeneratorExp:
        return visit_comprehension(st, e, "genexpr", e->v.GeneratorExp.generators,
                                   e->v.GeneratorExp.elt, NULL);
    case AST_DictComp:
        return visit_comprehension(st, e, "dictcomp", e->v.DictComp.generators,
                                   e->v.DictComp.key, e->v.DictComp.value);
    case AST_Yield:
        if (e->v.Yield.value && visit_expr(st, e->v.Yield.value) < 0) {
            return -1;
        }
        return visit_yield(st, e);
    case AST_YieldFrom:
        if (visit_expr(st, e->v.YieldFrom.value) < 0) {
            return -1;
        }
        return visit_yield(st, e);
    case AST_Compare:
        if (visit_expr(st, e->v.Compare.left) < 0) {
            return -1;
        }
        return visit_exprs(st, e->v.Compare.comparators);
    case AST_Call:
        if (visit_expr(st, e->v.Call.func) < 0 || visit_exprs(st, e->v.Call.args) < 0) {
            return -1;
        }
        for (intptr_t i = 0; i < AST_SEQ_LEN(e->v.Call.keywords); i++) {
            if (visit_expr(st, AST_SEQ_GET(e->v.Call.keywords, i)->v.keyword.value) < 0) {
                return -1;
            }
        }
        return 0;
    case AST_FormattedValue:
        if (visit_expr(st, e->v.FormattedValue.value) < 0) {
            return -1;
        }
        return e->v.FormattedValue.format_spec ? visit_expr(st, e->v.FormattedValue.format_spec)
                                               : 0;
    case AST_JoinedStr:
        return visit_exprs(st, e->v.JoinedStr.values);
    case AST_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case AST_Subscript:
        if (visit_expr(st, e->v.Subscript.value) < 0) {
            return -1;
        }
        return visit_expr(st, e->v.Subscript.slice);
    case AST_Starred:
        return visit_expr(st, e->v.Starred.value);
    case AST_Slice:
        if (e->v.Slice.lower && visit_expr(st, e->v.Slice.lower) < 0) {
            return -1;
        }
        if (e->v.Slice.upper && visit_expr(st, e->v.Slice.upper) < 0) {
            return -1;
        }
        return e->v.Slice.step ? visit_expr(st, e->v.Slice.step) : 0;
    case AST_Name:
        if (add_def(st, e->v.Name.id, e->v.Name.ctx == AST_LOAD ? MN_DEF_USE : MN_DEF_LOCAL,
                    e) < 0) {
            return -1;
        }
        if (e->v.Name.ctx == AST_LOAD && st->cur->type == MN_BLOCK_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0) {
            return add_def(st, "__class__", MN_DEF_USE, e);
        }
        return 0;
    case AST_List:
    case AST_Tuple:
        return visit_exprs(st, e->v.Tuple.elts);
    default:
        return 0;
    }
}

/* ==== analysis ==== */

typedef struct NameSet {
    const char **names;         // owned array of borrowed names
    int n, cap;
} NameSet;

static int
set_has(const NameSet *s, const char *name)
{
    for (int i = 0; s != NULL && i < s->n; i++) {
        if (strcmp(s->names[i], name) == 0) {
            return 1;
        }
    }
    return 0;
}

static int
set_add(NameSet *s, const char *name)
{
    if (set_has(s, name)) {
        return 0;
    }
    return push_ptr((void ***)&s->names, &s->n, &s->cap, (void *)name);
}

static void
set_discard(NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++) {
        if (strcmp(s->names[i], name) == 0) {
            s->names[i] = s->names[--s->n];
            return;
        }
    }
}

static int
set_union(NameSet *dst, const NameSet *src)
{
    for (int i = 0; src != NULL && i < src->n; i++) {
        if (set_add(dst, src->names[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static void
set_free(NameSet *s)
{
    mn_mem_free(s->names);
    s->names = NULL;
    s->n = s->cap = 0;
}

static int
analyze_name(MnSymtable *st, MnScope *sc, MnSymbol *sym, NameSet *bound, NameSet *local,
             NameSet *free, NameSet *global)
{
    int flags = sym->flags;
    if (flags & MN_DEF_GLOBAL) {
        if (flags & MN_DEF_NONLOCAL) {
            return st_errorf(st, sym->decl, "name '%s' is nonlocal and global", sym->name);
        }
        sym->scope = MN_SCOPE_GLOBAL_EXPLICIT;
        if (set_add(global, sym->name) < 0) {
            return -1;
        }
        if (bound != NULL) {
            set_discard(bound, sym->name);
        }
        return 0;
    }
    if (flags & MN_DEF_NONLOCAL) {
        if (bound == NULL || !set_has(bound, sym->name)) {
            return st_errorf(st, sym->decl, "no binding for nonlocal '%s' found", sym->name);
        }
        sym->scope = MN_SCOPE_FREE;
        sc->has_free = 1;
        return set_add(free, sym->name);
    }
    if (flags & MN_DEF_BOUND) {
        sym->scope = MN_SCOPE_LOCAL;
        set_discard(global, sym->name);
        return set_add(local, sym->name);
    }
    if (bound != NULL && set_has(bound, sym->name)) {
        sym->scope = MN_SCOPE_FREE;
        sc->has_free = 1;
        return set_add(free, sym->name);
    }
    sym->scope = MN_SCOPE_GLOBAL_IMPLICIT;
    if (sc->is_nested && !set_has(global, sym->name)) {
        sc->has_free = 1;
    }
    return 0;
}

static int
update_symbols(MnScope *sc, NameSet *bound, NameSet *free, int classflag)
{
    for (int i = 0; i < free->n; i++) {
        const char *name = free->names[i];
        MnSymbol *sym = mn_symtable_lookup(sc, name);
        if (sym != NULL) {
            if (classflag && (sym->flags & (MN_DEF_BOUND | MN_DEF_GLOBAL))) {
                sym->flags |= MN_DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound != NULL && !set_has(bound, name)) {
            continue;
        }
        sym = add_symbol(sc, name);
        if (sym == NULL) {
            return -1;
        }
        sym->scope = MN_SCOPE_FREE;
    }
    return 0;
}

static int analyze_block(MnSymtable *st, MnScope *sc, NameSet *bound, NameSet *free,
                         NameSet *global);

static int
analyze_child(MnSymtable *st, MnScope *child, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet b = {0}, f = {0}, g = {0};
    int r = -1;
    if (set_union(&b, bound) < 0 || set_union(&g, global) < 0) {
        goto done;
    }
    if (analyze_block(st, child, &b, &f, &g) < 0) {
        goto done;
    }
    r = set_union(free, &f);
done:
    set_free(&b);
    set_free(&f);
    set_free(&g);
    return r;
}

static int
analyze_block(MnSymtable *st, MnScope *sc, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
    int r = -1;
    if (sc->type == MN_BLOCK_CLASS) {
        if (set_union(&newglobal, global) < 0 || set_union(&newbound, bound) < 0) {
            goto done;
        }
    }
    for (int i = 0; i < sc->nsyms; i++) {
        if (analyze_name(st, sc, &sc->syms[i], bound, &local, free, global) < 0) {
            goto done;
        }
    }
    if (sc->type != MN_BLOCK_CLASS) {
        if (sc->type == MN_BLOCK_FUNCTION && set_union(&newbound, &local) < 0) {
            goto done;
        }
        if (set_union(&newbound, bound) < 0 || set_union(&newglobal, global) < 0) {
            goto done;
        }
    } else if (set_add(&newbound, "__class__") < 0) {
        goto done;
    }
    for (int i = 0; i < sc->nchildren; i++) {
        MnScope *c = sc->children[i];
        if (analyze_child(st, c, &newbound, &newfree, &newglobal) < 0) {
            goto done;
        }
        if (c->has_free || c->child_free) {
            sc->child_free = 1;
        }
    }
    if (sc->type == MN_BLOCK_FUNCTION) {
        for (int i = 0; i < sc->nsyms; i++) {
            MnSymbol *sym = &sc->syms[i];
            if (sym->scope == MN_SCOPE_LOCAL && set_has(&newfree, sym->name)) {
                sym->scope = MN_SCOPE_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (sc->type == MN_BLOCK_CLASS && set_has(&newfree, "__class__")) {
        sc->needs_class_closure = 1;
        set_discard(&newfree, "__class__");
    }
    if (update_symbols(sc, bound, &newfree, sc->type == MN_BLOCK_CLASS) < 0) {
        goto done;
    }
    r = set_union(free, &newfree);
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
    return r;
}

int
mn_symtable_build(MnSymtable *st, AstNode *root, MnObject *filename)
{
    memset(st, 0, sizeof *st);
    st->filename = filename;
    st->depth = 3 * mn_rt.recursion_depth;
    st->depth_limit = 3 * mn_rt.recursion_limit;
    if (enter_scope(st, MN_BLOCK_MODULE, "top", root) < 0) {
        return -1;
    }
    int r = 0;
    switch (root->kind) {
    case AST_Module:
        r = visit_stmts(st, root->v.Module.body);
        break;
    case AST_Interactive:
        r = visit_stmts(st, root->v.Interactive.body);
        break;
    case AST_Expression:
        r = visit_expr(st, root->v.Expression.body);
        break;
    default:
        break;
    }
    if (r < 0) {
        return -1;
    }
    NameSet free = {0}, global = {0};
    r = analyze_block(st, st->top, NULL, &free, &global);
    set_free(&free);
    set_free(&global);
    return r;
}
