/*
 * src/compile.c - the compiler driver and compilation units: entering and leaving scopes,
 * instruction emission with labels, constant/name tables, name resolution onto the
 * LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME families, closures, and mn_compile.
 * Statements are in compile_stmt.c, expressions in compile_expr.c, assembly in compile_asm.c.
 * See also: src/compile.h, src/compile_impl.h, src/symtable.c
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "compile_impl.h"
#include "compile.h"
#include "parse.h"

/* ==== emission ==== */

int
cu_error(Compiler *c, const AstNode *node, const char *msg)
{
    return mn_symtable_error(c->filename, node, msg);
}

int
cu_emit(Compiler *c, int op, int arg)
{
    Unit *u = c->u;
    if (u->n == u->cap) {
        int cap = u->cap ? u->cap * 2 : 64;
        CInstr *p = mn_mem_realloc(u->code, sizeof(CInstr) * (size_t)cap);
        if (p == NULL) {
            mn_err_no_memory();
            return -1;
        }
        u->code = p;
        u->cap = cap;
    }
    CInstr *in = &u->code[u->n++];
    in->op = op;
    in->arg = arg;
    in->target = -1;
    in->line = u->line;
    return 0;
}

int
cu_emit_jump(Compiler *c, int op, int label)
{
    if (cu_emit(c, op, 0) < 0) {
        return -1;
    }
    c->u->code[c->u->n - 1].target = label;
    return 0;
}

int
cu_emit_cache(Compiler *c)
{
    return cu_emit(c, MN_OP_CACHE, c->u->ncache++);
}

int
cu_new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 32;
        int *p = mn_mem_realloc(u->labels, sizeof(int) * (size_t)cap);
        if (p == NULL) {
            mn_err_no_memory();
            return -1;
        }
        u->labels = p;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void
cu_use_label(Compiler *c, int label)
{
    c->u->labels[label] = c->u->n;
}

/* ==== constants and names ==== */

int
cu_add_const(Compiler *c, MnObject *o)
{
    Unit *u = c->u;
    MnObject *canon = cu_merge_const(c, o);
    if (canon == NULL) {
        return -1;
    }
    cu_intern_const(&canon);
    MnObject *key = cu_const_key(canon);
    if (key == NULL) {
        mn_decref(canon);
        return -1;
    }
    MnObject *idx = NULL;
    int r = mn_dict_get_ref(u->const_map, key, &idx);
    if (r != 0) {
        mn_decref(canon);
        mn_decref(key);
        if (r < 0) {
            return -1;
        }
        long v = mn_int_as_long(idx);
        mn_decref(idx);
        return (int)v;
    }
    int index = (int)MN_LIST_LEN(u->consts);
    idx = mn_int_from_long(index);
    r = idx ? mn_dict_set_item(u->const_map, key, idx) : -1;
    if (r == 0) {
        r = mn_list_append(u->consts, canon);
    }
    mn_xdecref(idx);
    mn_decref(key);
    mn_decref(canon);
    return r < 0 ? -1 : index;
}

int
cu_emit_const(Compiler *c, MnObject *o)
{
    int i = cu_add_const(c, o);
    return i < 0 ? -1 : cu_emit(c, MN_OP_LOAD_CONST, i);
}

int
cu_add_name_obj(MnObject *list, MnObject *map, MnObject *name)
{
    MnObject *idx = mn_dict_get_str_borrow(map, name);
    if (idx != NULL) {
        return (int)mn_int_as_long(idx);
    }
    int index = (int)MN_LIST_LEN(list);
    idx = mn_int_from_long(index);
    if (idx == NULL || mn_dict_set_item(map, name, idx) < 0 || mn_list_append(list, name) < 0) {
        mn_xdecref(idx);
        return -1;
    }
    mn_decref(idx);
    return index;
}

MnObject *
cu_mangled_str(Compiler *c, const char *name)
{
    char buf[512];
    const char *m = mn_symtable_mangle(c->u->private_name, name, buf, sizeof buf);
    return mn_str_intern_cstr(m);
}

int
cu_add_name(Compiler *c, const char *name)
{
    MnObject *s = cu_mangled_str(c, name);
    if (s == NULL) {
        return -1;
    }
    int r = cu_add_name_obj(c->u->names, c->u->names_map, s);
    mn_decref(s);
    return r;
}

static int
list_index(MnObject *list, const char *name)
{
    for (intptr_t i = 0; i < MN_LIST_LEN(list); i++) {
        if (mn_str_eq_cstr(MN_LIST_GET(list, i), name)) {
            return (int)i;
        }
    }
    return -1;
}

// Index among cells then frees (fixed up to a localsplus index by the assembler).
static int
deref_index(Unit *u, const char *name, int scope)
{
    if (scope == MN_SCOPE_CELL) {
        int i = list_index(u->cellvars, name);
        if (i >= 0) {
            return i;
        }
    }
    int i = list_index(u->freevars, name);
    if (i >= 0) {
        return (int)MN_LIST_LEN(u->cellvars) + i;
    }
    i = list_index(u->cellvars, name);
    return i;
}

int
cu_nameop(Compiler *c, const char *name, AstCtx ctx)
{
    Unit *u = c->u;
    char buf[512];
    const char *m = mn_symtable_mangle(u->private_name, name, buf, sizeof buf);
    int scope = mn_symtable_scope_of(u->ste, m);
    int is_func = u->ste->type == MN_BLOCK_FUNCTION;
    static const int fast[] = {MN_OP_LOAD_FAST, MN_OP_STORE_FAST, MN_OP_DELETE_FAST};
    static const int deref[] = {MN_OP_LOAD_DEREF, MN_OP_STORE_DEREF, MN_OP_DELETE_DEREF};
    static const int global[] = {MN_OP_LOAD_GLOBAL, MN_OP_STORE_GLOBAL, MN_OP_DELETE_GLOBAL};
    static const int named[] = {MN_OP_LOAD_NAME, MN_OP_STORE_NAME, MN_OP_DELETE_NAME};
    if (scope == MN_SCOPE_FREE || scope == MN_SCOPE_CELL) {
        int idx = deref_index(u, m, scope);
        if (idx >= 0) {
            int op = deref[ctx];
            if (ctx == AST_LOAD && u->ste->type == MN_BLOCK_CLASS) {
                op = MN_OP_LOAD_CLASSDEREF;
            }
            return cu_emit(c, op, idx);
        }
    }
    if (scope == MN_SCOPE_LOCAL && is_func) {
        MnObject *s = mn_str_intern_cstr(m);
        if (s == NULL) {
            return -1;
        }
        int idx = cu_add_name_obj(u->varnames, u->varnames_map, s);
        mn_decref(s);
        return idx < 0 ? -1 : cu_emit(c, fast[ctx], idx);
    }
    int idx = cu_add_name(c, name);
    if (idx < 0) {
        return -1;
    }
    if (scope == MN_SCOPE_GLOBAL_EXPLICIT || (scope == MN_SCOPE_GLOBAL_IMPLICIT && is_func)) {
        if (ctx == AST_LOAD) {
            return cu_emit(c, MN_OP_LOAD_GLOBAL, idx << 1) < 0 ? -1 : cu_emit_cache(c);
        }
        return cu_emit(c, global[ctx], idx);
    }
    return cu_emit(c, named[ctx], idx);
}

/* ==== units ==== */

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
sorted_names(MnScope *sc, MnObject *list, int want_scope, int also_flag)
{
    const char **names = mn_mem_alloc(sizeof(char *) * (size_t)(sc->nsyms + 1));
    if (names == NULL) {
        mn_err_no_memory();
        return -1;
    }
    int n = 0;
    for (int i = 0; i < sc->nsyms; i++) {
        if (sc->syms[i].scope == want_scope || (sc->syms[i].flags & also_flag)) {
            names[n++] = sc->syms[i].name;
        }
    }
    if (want_scope == MN_SCOPE_CELL && sc->needs_class_closure) {
        names[n++] = "__class__";
    }
    qsort(names, (size_t)n, sizeof(char *), cmp_str);
    int r = 0;
    for (int i = 0; i < n && r == 0; i++) {
        MnObject *s = mn_str_intern_cstr(names[i]);
        r = s ? mn_list_append(list, s) : -1;
        mn_xdecref(s);
    }
    mn_mem_free(names);
    return r;
}

static MnObject *
make_qualname(Compiler *c, Unit *u, const char *name)
{
    Unit *p = u->parent;
    if (p == NULL || p->kind == U_MODULE) {
        return mn_str_from_cstr(name);
    }
    if (u->kind == U_FUNCTION || u->kind == U_CLASS) {
        char buf[512];
        const char *m = mn_symtable_mangle(p->private_name, name, buf, sizeof buf);
        if (mn_symtable_scope_of(p->ste, m) == MN_SCOPE_GLOBAL_EXPLICIT) {
            return mn_str_from_cstr(name);
        }
    }
    (void)c;
    if (p->kind == U_CLASS) {
        return mn_str_from_format("%U.%s", p->qualname, name);
    }
    return mn_str_from_format("%U.<locals>.%s", p->qualname, name);
}

static void
unit_free(Unit *u)
{
    mn_mem_free(u->code);
    mn_mem_free(u->labels);
    mn_xdecref(u->consts);
    mn_xdecref(u->const_map);
    mn_xdecref(u->names);
    mn_xdecref(u->names_map);
    mn_xdecref(u->varnames);
    mn_xdecref(u->varnames_map);
    mn_xdecref(u->cellvars);
    mn_xdecref(u->freevars);
    mn_xdecref(u->name);
    mn_xdecref(u->qualname);
    mn_mem_free(u);
}

static int
unit_prologue(Compiler *c, Unit *u)
{
    for (intptr_t i = 0; i < MN_LIST_LEN(u->cellvars); i++) {
        if (cu_emit(c, MN_OP_MAKE_CELL, (int)i) < 0) {
            return -1;
        }
    }
    if (MN_LIST_LEN(u->freevars) > 0 &&
        cu_emit(c, MN_OP_COPY_FREE_VARS, (int)MN_LIST_LEN(u->freevars)) < 0) {
        return -1;
    }
    if (u->ste->is_generator) {
        u->flags |= MN_CO_GENERATOR;
        return cu_emit(c, MN_OP_RETURN_GENERATOR, 0);
    }
    return 0;
}

int
cu_enter(Compiler *c, int kind, const char *name, const AstNode *node, int lineno)
{
    Unit *u = mn_mem_calloc(1, sizeof(Unit));
    if (u == NULL) {
        mn_err_no_memory();
        return -1;
    }
    u->parent = c->u;
    u->kind = kind;
    u->ste = c->u == NULL ? c->st.top : mn_symtable_child(c->u->ste, node);
    if (u->ste == NULL) {
        mn_mem_free(u);
        return mn_err_bad_internal_call("compile: missing scope") ? -1 : -1;
    }
    u->firstlineno = lineno;
    u->line = lineno;
    u->private_name = kind == U_CLASS ? name : (c->u ? c->u->private_name : NULL);
    c->u = u;
    u->consts = mn_list_new(0);
    u->const_map = mn_dict_new();
    u->names = mn_list_new(0);
    u->names_map = mn_dict_new();
    u->varnames = mn_list_new(0);
    u->varnames_map = mn_dict_new();
    u->cellvars = mn_list_new(0);
    u->freevars = mn_list_new(0);
    u->name = mn_str_intern_cstr(name);
    u->qualname = u->name ? make_qualname(c, u, name) : NULL;
    if (!u->consts || !u->const_map || !u->names || !u->names_map || !u->varnames ||
        !u->varnames_map || !u->cellvars || !u->freevars || !u->qualname) {
        return -1;
    }
    if (kind == U_FUNCTION || kind == U_LAMBDA || kind == U_COMPREHENSION) {
        u->flags = MN_CO_OPTIMIZED | MN_CO_NEWLOCALS;
        if (u->ste->is_nested) {
            u->flags |= MN_CO_NESTED;
        }
        for (int i = 0; i < u->ste->nparams; i++) {
            MnObject *s = mn_str_intern_cstr(u->ste->params[i]);
            if (s == NULL || cu_add_name_obj(u->varnames, u->varnames_map, s) < 0) {
                mn_xdecref(s);
                return -1;
            }
            mn_decref(s);
        }
    }
    if (sorted_names(u->ste, u->cellvars, MN_SCOPE_CELL, 0) < 0 ||
        sorted_names(u->ste, u->freevars, MN_SCOPE_FREE,
                     u->ste->type == MN_BLOCK_CLASS ? MN_DEF_FREE_CLASS : 0) < 0) {
        return -1;
    }
    return unit_prologue(c, u);
}

MnObject *
cu_exit(Compiler *c)
{
    Unit *u = c->u;
    MnObject *code = cu_assemble(c, u);
    c->u = u->parent;
    unit_free(u);
    return code;
}

static void
unit_abort_all(Compiler *c)
{
    while (c->u != NULL) {
        Unit *u = c->u;
        c->u = u->parent;
        unit_free(u);
    }
}

int
cu_make_closure(Compiler *c, MnObject *code, int flags)
{
    MnCode *co = (MnCode *)code;
    Unit *u = c->u;
    intptr_t nfree = MN_TUPLE_LEN(co->co_freevars);
    if (nfree > 0) {
        for (intptr_t i = 0; i < nfree; i++) {
            MnObject *name = MN_TUPLE_GET(co->co_freevars, i);
            const char *s = mn_str_as_utf8(name, NULL);
            int scope = mn_symtable_scope_of(u->ste, s);
            int idx;
            if (u->kind == U_CLASS && strcmp(s, "__class__") == 0) {
                idx = list_index(u->cellvars, s);
            } else {
                idx = deref_index(u, s, scope == MN_SCOPE_CELL ? MN_SCOPE_CELL : MN_SCOPE_FREE);
            }
            if (idx < 0) {
                return mn_err_bad_internal_call("compile: closure variable") ? -1 : -1;
            }
            if (cu_emit(c, MN_OP_LOAD_CLOSURE, idx) < 0) {
                return -1;
            }
        }
        if (cu_emit(c, MN_OP_BUILD_TUPLE, (int)nfree) < 0) {
            return -1;
        }
        flags |= MN_MKFN_CLOSURE;
    }
    if (cu_emit_const(c, code) < 0) {
        return -1;
    }
    return cu_emit(c, MN_OP_MAKE_FUNCTION, flags);
}

/* ==== entry points ==== */

int cu_module(Compiler *c, AstNode *root);

MnObject *
mn_compile(AstNode *root, MnObject *filename, int mode)
{
    return mn_compile_ex(root, filename, mode, NULL);
}

MnObject *
mn_compile_ex(AstNode *root, MnObject *filename, int mode, MnObject **tree)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    c.filename = filename;
    c.mode = mode;
    c.interactive = mode == MN_PARSE_SINGLE;
    MnObject *code = NULL;
    if (mn_symtable_build(&c.st, root, filename) < 0) {
        goto done;
    }
    c.const_cache = mn_dict_new();
    c.tree = mn_list_new(0);
    if (c.const_cache == NULL || c.tree == NULL) {
        goto done;
    }
    if (cu_enter(&c, U_MODULE, "<module>", root, 1) < 0) {
        goto done;
    }
    if (cu_module(&c, root) < 0) {
        goto done;
    }
    code = cu_exit(&c);
    if (code != NULL && tree != NULL) {
        *tree = c.tree;
        c.tree = NULL;
    }
done:
    unit_abort_all(&c);
    mn_xdecref(c.const_cache);
    mn_xdecref(c.tree);
    mn_symtable_free(&c.st);
    return code;
}

MnObject *
mn_compile_string(const char *src, const char *filename, int mode)
{
    AstArena *arena = mn_ast_arena_new();
    if (arena == NULL) {
        return mn_err_no_memory();
    }
    MnParseError err;
    memset(&err, 0, sizeof err);
    MnObject *code = NULL;
    MnObject *fname = mn_str_from_cstr(filename);
    AstNode *root = fname ? mn_parse(src, strlen(src), (MnParseMode)mode, arena, &err) : NULL;
    if (root == NULL && fname != NULL) {
        if (err.kind == MN_PERR_NOMEM) {
            mn_err_no_memory();
        } else {
            AstNode fake;
            memset(&fake, 0, sizeof fake);
            fake.lineno = err.lineno;
            fake.col_offset = err.offset - 1;
            fake.end_lineno = err.end_lineno;
            fake.end_col_offset = err.end_offset - 1;
            mn_symtable_error(fname, &fake, err.msg);
        }
    } else if (root != NULL) {
        code = mn_compile(root, fname, mode);
    }
    mn_parse_error_clear(&err);
    mn_xdecref(fname);
    mn_ast_arena_free(arena);
    return code;
}
