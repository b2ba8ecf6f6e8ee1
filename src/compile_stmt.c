/*
 * src/compile_stmt.c - code generation for statements: definitions, assignment forms, control
 * flow with frame blocks (break/continue/return unwind through for, try, finally, with and
 * except handlers), try/except/finally and with through the exception table (pseudo-ops
 * SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH / POP_BLOCK), imports.
 * See also: src/compile.c, src/compile_expr.c, src/compile_asm.c
 */
#include <stdio.h>
#include <string.h>
#include "compile_impl.h"
#include "parse.h"

static int stmt(Compiler *c, AstNode *s);

#define CHECK(x) do { if ((x) < 0) { return -1; } } while (0)

int
cu_stmts(Compiler *c, AstSeq *body)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(body); i++) {
        CHECK(stmt(c, AST_SEQ_GET(body, i)));
    }
    return 0;
}

static AstNode *
docstring_of(AstSeq *body)
{
    if (AST_SEQ_LEN(body) == 0) {
        return NULL;
    }
    AstNode *s = AST_SEQ_GET(body, 0);
    if (s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
        s->v.Expr.value->v.Constant.ckind == AST_CONST_STR) {
        return s->v.Expr.value;
    }
    return NULL;
}

static int
has_annotations(AstSeq *body)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(body); i++) {
        AstNode *s = AST_SEQ_GET(body, i);
        switch (s->kind) {
        case AST_AnnAssign:
            return 1;
        case AST_For:
            if (has_annotations(s->v.For.body) || has_annotations(s->v.For.orelse)) {
                return 1;
            }
            break;
        case AST_While:
        case AST_If:
            if (has_annotations(s->v.If.body) || has_annotations(s->v.If.orelse)) {
                return 1;
            }
            break;
        case AST_With:
            if (has_annotations(s->v.With.body)) {
                return 1;
            }
            break;
        case AST_Try:
            if (has_annotations(s->v.Try.body) || has_annotations(s->v.Try.orelse) ||
                has_annotations(s->v.Try.finalbody)) {
                return 1;
            }
            for (intptr_t j = 0; j < AST_SEQ_LEN(s->v.Try.handlers); j++) {
                if (has_annotations(AST_SEQ_GET(s->v.Try.handlers, j)->v.ExceptHandler.body)) {
                    return 1;
                }
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

static int
store_name_cstr(Compiler *c, const char *name)
{
    return cu_nameop(c, name, AST_STORE);
}

// Module docstring, annotations setup, then the body.
static int
body_with_doc(Compiler *c, AstSeq *body)
{
    intptr_t start = 0;
    AstNode *doc = docstring_of(body);
    if (has_annotations(body)) {
        CHECK(cu_emit(c, MN_OP_SETUP_ANNOTATIONS, 0));
    }
    if (doc != NULL) {
        c->u->line = doc->lineno;
        MnObject *v = NULL;
        if (cu_const_value(c, doc, &v) <= 0) {
            return -1;
        }
        int r = cu_emit_const(c, v);
        mn_decref(v);
        CHECK(r);
        CHECK(store_name_cstr(c, "__doc__"));
        start = 1;
    }
    for (intptr_t i = start; i < AST_SEQ_LEN(body); i++) {
        CHECK(stmt(c, AST_SEQ_GET(body, i)));
    }
    return 0;
}

int
cu_module(Compiler *c, AstNode *root)
{
    switch (root->kind) {
    case AST_Module:
        CHECK(body_with_doc(c, root->v.Module.body));
        break;
    case AST_Interactive:
        if (has_annotations(root->v.Interactive.body)) {
            CHECK(cu_emit(c, MN_OP_SETUP_ANNOTATIONS, 0));
        }
        CHECK(cu_stmts(c, root->v.Interactive.body));
        break;
    case AST_Expression:
        c->u->line = root->v.Expression.body->lineno;
        CHECK(cu_expr(c, root->v.Expression.body));
        return cu_emit(c, MN_OP_RETURN_VALUE, 0);
    default:
        return cu_error(c, root, "unexpected root node");
    }
    CHECK(cu_emit_const(c, mn_None));
    return cu_emit(c, MN_OP_RETURN_VALUE, 0);
}

/* ==== frame blocks ==== */

static int
push_fblock(Compiler *c, const AstNode *s, int type, int start, int exit, const void *datum)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) {
        return cu_error(c, s, "too many statically nested blocks");
    }
    FBlock *f = &u->fb[u->nfb++];
    f->type = type;
    f->start = start;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

static void
pop_fblock(Compiler *c)
{
    c->u->nfb--;
}

static int
clear_name(Compiler *c, const char *name)
{
    CHECK(cu_emit_const(c, mn_None));
    CHECK(cu_nameop(c, name, AST_STORE));
    return cu_nameop(c, name, AST_DEL);
}

static int call_exit_with_nones(Compiler *c);

// Emits the code that leaves [f] early (break, continue, return).
static int
unwind_fblock(Compiler *c, FBlock *f, int preserve_tos)
{
    switch (f->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR_LOOP:
        if (preserve_tos) {
            CHECK(cu_emit(c, MN_OP_SWAP, 2));
        }
        return cu_emit(c, MN_OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return cu_emit(c, MN_OP_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
        if (preserve_tos) {
            CHECK(push_fblock(c, NULL, FB_POP_VALUE, -1, -1, NULL));
        }
        // The finally body runs with this block removed, so nested exits skip it.
        FBlock saved = *f;
        Unit *u = c->u;
        int idx = (int)(f - u->fb);
        memmove(&u->fb[idx], &u->fb[idx + 1], sizeof(FBlock) * (size_t)(u->nfb - idx - 1));
        u->nfb--;
        int r = cu_stmts(c, (AstSeq *)saved.datum);
        memmove(&u->fb[idx + 1], &u->fb[idx], sizeof(FBlock) * (size_t)(u->nfb - idx));
        u->fb[idx] = saved;
        u->nfb++;
        CHECK(r);
        if (preserve_tos) {
            pop_fblock(c);
        }
        return 0;
    }
    case FB_FINALLY_END:
        if (preserve_tos) {
            CHECK(cu_emit(c, MN_OP_SWAP, 2));
        }
        CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
        if (preserve_tos) {
            CHECK(cu_emit(c, MN_OP_SWAP, 2));
        }
        CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
        return cu_emit(c, MN_OP_POP_EXCEPT, 0);
    case FB_WITH:
        CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
        if (preserve_tos) {
            CHECK(cu_emit(c, MN_OP_SWAP, 2));
        }
        CHECK(call_exit_with_nones(c));
        return cu_emit(c, MN_OP_POP_TOP, 0);
    case FB_HANDLER_CLEANUP:
        if (f->datum != NULL) {
            CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
        }
        if (preserve_tos) {
            CHECK(cu_emit(c, MN_OP_SWAP, 2));
        }
        CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
        CHECK(cu_emit(c, MN_OP_POP_EXCEPT, 0));
        if (f->datum != NULL) {
            return clear_name(c, (const char *)f->datum);
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos) {
            CHECK(cu_emit(c, MN_OP_SWAP, 2));
        }
        return cu_emit(c, MN_OP_POP_TOP, 0);
    }
    return 0;
}

// Unwinds every block down to the innermost loop (or all of them when [loop] is NULL).
static int
unwind_stack(Compiler *c, int preserve_tos, FBlock **loop)
{
    Unit *u = c->u;
    for (int i = u->nfb - 1; i >= 0; i--) {
        FBlock *f = &u->fb[i];
        if (loop != NULL && (f->type == FB_WHILE_LOOP || f->type == FB_FOR_LOOP)) {
            *loop = f;
            return 0;
        }
        CHECK(unwind_fblock(c, f, preserve_tos));
    }
    return 0;
}

/* ==== simple statements ==== */

static int
compile_return(Compiler *c, AstNode *s)
{
    int k = c->u->kind;
    if (k == U_MODULE || k == U_CLASS) {
        return cu_error(c, s, "'return' outside function");
    }
    AstNode *v = s->v.Return.value;
    MnObject *cv = NULL;
    int isconst = 0;
    if (v != NULL) {
        isconst = cu_const_value(c, v, &cv);
        CHECK(isconst);
    }
    int preserve = v != NULL && !isconst;
    if (preserve) {
        CHECK(cu_expr(c, v));
    }
    int r = unwind_stack(c, preserve, NULL);
    if (r == 0 && !preserve) {
        c->u->line = s->lineno;
        r = cu_emit_const(c, cv ? cv : mn_None);
    }
    mn_xdecref(cv);
    CHECK(r);
    return cu_emit(c, MN_OP_RETURN_VALUE, 0);
}

static int
compile_break(Compiler *c, AstNode *s, int is_continue)
{
    FBlock *loop = NULL;
    Unit *u = c->u;
    int has_loop = 0;
    for (int i = u->nfb - 1; i >= 0; i--) {
        if (u->fb[i].type == FB_WHILE_LOOP || u->fb[i].type == FB_FOR_LOOP) {
            has_loop = 1;
            break;
        }
    }
    if (!has_loop) {
        return cu_error(c, s, is_continue ? "'continue' not properly in loop"
                                          : "'break' outside loop");
    }
    CHECK(unwind_stack(c, 0, &loop));
    if (is_continue) {
        return cu_emit_jump(c, MN_OP_JUMP_BACKWARD, loop->start);
    }
    CHECK(unwind_fblock(c, loop, 0));
    return cu_emit_jump(c, MN_OP_JUMP, loop->exit);
}

static int
compile_delete_target(Compiler *c, AstNode *t)
{
    switch (t->kind) {
    case AST_Name:
        return cu_nameop(c, t->v.Name.id, AST_DEL);
    case AST_Attribute: {
        CHECK(cu_expr(c, t->v.Attribute.value));
        int idx = cu_add_name(c, t->v.Attribute.attr);
        CHECK(idx);
        return cu_emit(c, MN_OP_DELETE_ATTR, idx);
    }
    case AST_Subscript:
        CHECK(cu_expr(c, t->v.Subscript.value));
        CHECK(cu_expr(c, t->v.Subscript.slice));
        return cu_emit(c, MN_OP_DELETE_SUBSCR, 0);
    case AST_Tuple:
    case AST_List:
        for (intptr_t i = 0; i < AST_SEQ_LEN(t->v.Tuple.elts); i++) {
            CHECK(compile_delete_target(c, AST_SEQ_GET(t->v.Tuple.elts, i)));
        }
        return 0;
    default:
        return cu_error(c, t, "cannot delete expression");
    }
}

static int
binop_of(AstOperator op)
{
    static const int map[] = {
        [AST_ADD] = MN_BINOP_ADD, [AST_SUB] = MN_BINOP_SUBTRACT, [AST_MULT] = MN_BINOP_MULTIPLY,
        [AST_MATMULT] = MN_BINOP_MATMUL, [AST_DIV] = MN_BINOP_TRUE_DIVIDE,
        [AST_MOD] = MN_BINOP_REMAINDER, [AST_POW] = MN_BINOP_POWER,
        [AST_LSHIFT] = MN_BINOP_LSHIFT, [AST_RSHIFT] = MN_BINOP_RSHIFT,
        [AST_BITOR] = MN_BINOP_OR, [AST_BITXOR] = MN_BINOP_XOR, [AST_BITAND] = MN_BINOP_AND,
        [AST_FLOORDIV] = MN_BINOP_FLOOR_DIVIDE,
    };
    return map[op];
}

static int
compile_augassign(Compiler *c, AstNode *s)
{
    AstNode *t = s->v.AugAssign.target;
    int op = binop_of(s->v.AugAssign.op) + MN_BINOP_INPLACE;
    switch (t->kind) {
    case AST_Name:
        CHECK(cu_nameop(c, t->v.Name.id, AST_LOAD));
        CHECK(cu_expr(c, s->v.AugAssign.value));
        c->u->line = s->lineno;
        CHECK(cu_emit(c, MN_OP_BINARY_OP, op));
        return cu_nameop(c, t->v.Name.id, AST_STORE);
    case AST_Attribute: {
        int idx = cu_add_name(c, t->v.Attribute.attr);
        CHECK(idx);
        CHECK(cu_expr(c, t->v.Attribute.value));
        CHECK(cu_emit(c, MN_OP_COPY, 1));
        CHECK(cu_emit(c, MN_OP_LOAD_ATTR, idx));
        CHECK(cu_emit_cache(c));
        CHECK(cu_expr(c, s->v.AugAssign.value));
        c->u->line = s->lineno;
        CHECK(cu_emit(c, MN_OP_BINARY_OP, op));
        CHECK(cu_emit(c, MN_OP_SWAP, 2));
        return cu_emit(c, MN_OP_STORE_ATTR, idx);
    }
    case AST_Subscript:
        CHECK(cu_expr(c, t->v.Subscript.value));
        CHECK(cu_expr(c, t->v.Subscript.slice));
        CHECK(cu_emit(c, MN_OP_COPY, 2));
        CHECK(cu_emit(c, MN_OP_COPY, 2));
        CHECK(cu_emit(c, MN_OP_BINARY_SUBSCR, 0));
        CHECK(cu_expr(c, s->v.AugAssign.value));
        c->u->line = s->lineno;
        CHECK(cu_emit(c, MN_OP_BINARY_OP, op));
        CHECK(cu_emit(c, MN_OP_SWAP, 3));
        CHECK(cu_emit(c, MN_OP_SWAP, 2));
        return cu_emit(c, MN_OP_STORE_SUBSCR, 0);
    default:
        return cu_error(c, t, "'expression' is an illegal expression for augmented assignment");
    }
}

static int
compile_annassign(Compiler *c, AstNode *s)
{
    AstNode *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value != NULL) {
        CHECK(cu_expr(c, s->v.AnnAssign.value));
        CHECK(cu_store_target(c, t));
    }
    if (t->kind == AST_Name && s->v.AnnAssign.simple && c->u->kind != U_FUNCTION &&
        c->u->kind != U_LAMBDA) {
        CHECK(cu_expr(c, s->v.AnnAssign.annotation));
        CHECK(cu_nameop(c, "__annotations__", AST_LOAD));
        MnObject *name = cu_mangled_str(c, t->v.Name.id);
        if (name == NULL) {
            return -1;
        }
        int r = cu_emit_const(c, name);
        mn_decref(name);
        CHECK(r);
        return cu_emit(c, MN_OP_STORE_SUBSCR, 0);
    }
    if (t->kind == AST_Attribute && s->v.AnnAssign.value == NULL) {
        CHECK(cu_expr(c, t->v.Attribute.value));
        return cu_emit(c, MN_OP_POP_TOP, 0);
    }
    return 0;
}

static int
compile_assert(Compiler *c, AstNode *s)
{
    int end = cu_new_label(c);
    CHECK(end);
    CHECK(cu_jump_if(c, s->v.Assert.test, end, 1));
    CHECK(cu_emit(c, MN_OP_LOAD_ASSERTION_ERROR, 0));
    if (s->v.Assert.msg != NULL) {
        CHECK(cu_expr(c, s->v.Assert.msg));
        c->u->line = s->lineno;
        CHECK(cu_emit(c, MN_OP_CALL, 0));
    }
    CHECK(cu_emit(c, MN_OP_RAISE_VARARGS, 1));
    cu_use_label(c, end);
    return 0;
}

static int
compile_raise(Compiler *c, AstNode *s)
{
    int n = 0;
    if (s->v.Raise.exc != NULL) {
        CHECK(cu_expr(c, s->v.Raise.exc));
        n = 1;
        if (s->v.Raise.cause != NULL) {
            CHECK(cu_expr(c, s->v.Raise.cause));
            n = 2;
        }
    }
    c->u->line = s->lineno;
    return cu_emit(c, MN_OP_RAISE_VARARGS, n);
}

/* ==== imports ==== */

static int
emit_import_name(Compiler *c, const char *module, MnObject *fromlist, int level)
{
    MnObject *lv = mn_int_from_long(level);
    if (lv == NULL) {
        return -1;
    }
    int r = cu_emit_const(c, lv);
    mn_decref(lv);
    CHECK(r);
    CHECK(cu_emit_const(c, fromlist));
    MnObject *name = mn_str_intern_cstr(module);
    if (name == NULL) {
        return -1;
    }
    int idx = cu_add_name_obj(c->u->names, c->u->names_map, name);
    mn_decref(name);
    CHECK(idx);
    return cu_emit(c, MN_OP_IMPORT_NAME, idx);
}

static int
import_from_name(Compiler *c, const char *name)
{
    MnObject *s = mn_str_intern_cstr(name);
    if (s == NULL) {
        return -1;
    }
    int idx = cu_add_name_obj(c->u->names, c->u->names_map, s);
    mn_decref(s);
    CHECK(idx);
    return cu_emit(c, MN_OP_IMPORT_FROM, idx);
}

static int
compile_import(Compiler *c, AstNode *s)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(s->v.Import.names); i++) {
        AstNode *a = AST_SEQ_GET(s->v.Import.names, i);
        const char *name = a->v.alias.name;
        CHECK(emit_import_name(c, name, mn_None, 0));
        if (a->v.alias.asname != NULL) {
            const char *dot = strchr(name, '.');
            if (dot != NULL) {
                // import a.b.c as d: walk the attributes with IMPORT_FROM
                const char *p = dot + 1;
                while (p != NULL) {
                    const char *q = strchr(p, '.');
                    char buf[512];
                    size_t n = q ? (size_t)(q - p) : strlen(p);
                    if (n >= sizeof buf) {
                        n = sizeof buf - 1;
                    }
                    memcpy(buf, p, n);
                    buf[n] = '\0';
                    CHECK(import_from_name(c, buf));
                    CHECK(cu_emit(c, MN_OP_SWAP, 2));
                    CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
                    p = q ? q + 1 : NULL;
                }
            }
            CHECK(cu_nameop(c, a->v.alias.asname, AST_STORE));
        } else {
            char buf[512];
            const char *dot = strchr(name, '.');
            if (dot != NULL) {
                size_t n = (size_t)(dot - name);
                if (n >= sizeof buf) {
                    n = sizeof buf - 1;
                }
                memcpy(buf, name, n);
                buf[n] = '\0';
                name = buf;
            }
            CHECK(cu_nameop(c, name, AST_STORE));
        }
    }
    return 0;
}

static int
compile_import_from(Compiler *c, AstNode *s)
{
    intptr_t n = AST_SEQ_LEN(s->v.ImportFrom.names);
    MnObject *names = mn_tuple_new(n);
    if (names == NULL) {
        return -1;
    }
    for (intptr_t i = 0; i < n; i++) {
        AstNode *a = AST_SEQ_GET(s->v.ImportFrom.names, i);
        if (strcmp(a->v.alias.name, "*") == 0) {
            mn_decref(names);
            return cu_error(c, s, "'import *' is not supported by mnemo");
        }
        MnObject *nm = mn_str_intern_cstr(a->v.alias.name);
        if (nm == NULL) {
            mn_decref(names);
            return -1;
        }
        MN_TUPLE_SET(names, i, nm);
    }
    const char *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    int r = emit_import_name(c, module, names, s->v.ImportFrom.level);
    mn_decref(names);
    CHECK(r);
    for (intptr_t i = 0; i < n; i++) {
        AstNode *a = AST_SEQ_GET(s->v.ImportFrom.names, i);
        CHECK(import_from_name(c, a->v.alias.name));
        CHECK(cu_nameop(c, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name,
                        AST_STORE));
    }
    return cu_emit(c, MN_OP_POP_TOP, 0);
}

/* ==== control flow ==== */

static int
compile_if(Compiler *c, AstNode *s)
{
    int end = cu_new_label(c);
    int next = AST_SEQ_LEN(s->v.If.orelse) ? cu_new_label(c) : end;
    CHECK(end);
    CHECK(next);
    CHECK(cu_jump_if(c, s->v.If.test, next, 0));
    CHECK(cu_stmts(c, s->v.If.body));
    if (AST_SEQ_LEN(s->v.If.orelse)) {
        CHECK(cu_emit_jump(c, MN_OP_JUMP, end));
        cu_use_label(c, next);
        CHECK(cu_stmts(c, s->v.If.orelse));
    }
    cu_use_label(c, end);
    return 0;
}

static int
compile_while(Compiler *c, AstNode *s)
{
    int start = cu_new_label(c), anchor = cu_new_label(c), end = cu_new_label(c);
    CHECK(start);
    CHECK(anchor);
    CHECK(end);
    cu_use_label(c, start);
    CHECK(push_fblock(c, s, FB_WHILE_LOOP, start, end, NULL));
    CHECK(cu_jump_if(c, s->v.While.test, anchor, 0));
    CHECK(cu_stmts(c, s->v.While.body));
    c->u->line = s->lineno;
    CHECK(cu_emit_jump(c, MN_OP_JUMP_BACKWARD, start));
    pop_fblock(c);
    cu_use_label(c, anchor);
    CHECK(cu_stmts(c, s->v.While.orelse));
    cu_use_label(c, end);
    return 0;
}

static int
compile_for(Compiler *c, AstNode *s)
{
    int start = cu_new_label(c), cleanup = cu_new_label(c), end = cu_new_label(c);
    CHECK(start);
    CHECK(cleanup);
    CHECK(end);
    CHECK(cu_fold_iter(c, s->v.For.iter));
    CHECK(cu_expr(c, s->v.For.iter));
    c->u->line = s->lineno;
    CHECK(cu_emit(c, MN_OP_GET_ITER, 0));
    cu_use_label(c, start);
    CHECK(push_fblock(c, s, FB_FOR_LOOP, start, end, NULL));
    c->u->line = s->lineno;
    CHECK(cu_emit_jump(c, MN_OP_FOR_ITER, cleanup));
    CHECK(cu_store_target(c, s->v.For.target));
    CHECK(cu_stmts(c, s->v.For.body));
    c->u->line = s->lineno;
    CHECK(cu_emit_jump(c, MN_OP_JUMP_BACKWARD, start));
    pop_fblock(c);
    cu_use_label(c, cleanup);
    CHECK(cu_stmts(c, s->v.For.orelse));
    cu_use_label(c, end);
    return 0;
}

static int
emit_cleanup_reraise(Compiler *c, int cleanup)
{
    cu_use_label(c, cleanup);
    CHECK(cu_emit(c, MN_OP_COPY, 3));
    CHECK(cu_emit(c, MN_OP_POP_EXCEPT, 0));
    return cu_emit(c, MN_OP_RERAISE, 1);
}

static int
compile_try_except(Compiler *c, AstNode *s)
{
    int body = cu_new_label(c), except = cu_new_label(c), end = cu_new_label(c);
    int cleanup = cu_new_label(c);
    CHECK(body);
    CHECK(except);
    CHECK(end);
    CHECK(cleanup);
    CHECK(cu_emit_jump(c, MN_OP_SETUP_FINALLY, except));
    CHECK(push_fblock(c, s, FB_TRY_EXCEPT, body, -1, NULL));
    CHECK(cu_stmts(c, s->v.Try.body));
    pop_fblock(c);
    CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
    CHECK(cu_stmts(c, s->v.Try.orelse));
    CHECK(cu_emit_jump(c, MN_OP_JUMP, end));
    cu_use_label(c, except);
    CHECK(cu_emit_jump(c, MN_OP_SETUP_CLEANUP, cleanup));
    CHECK(cu_emit(c, MN_OP_PUSH_EXC_INFO, 0));
    CHECK(push_fblock(c, s, FB_EXCEPTION_HANDLER, -1, -1, NULL));
    intptr_t nh = AST_SEQ_LEN(s->v.Try.handlers);
    for (intptr_t i = 0; i < nh; i++) {
        AstNode *h = AST_SEQ_GET(s->v.Try.handlers, i);
        c->u->line = h->lineno;
        if (h->v.ExceptHandler.type == NULL && i < nh - 1) {
            return cu_error(c, h, "default 'except:' must be last");
        }
        int next = cu_new_label(c);
        CHECK(next);
        if (h->v.ExceptHandler.type != NULL) {
            CHECK(cu_expr(c, h->v.ExceptHandler.type));
            c->u->line = h->lineno;
            CHECK(cu_emit(c, MN_OP_CHECK_EXC_MATCH, 0));
            CHECK(cu_emit_jump(c, MN_OP_POP_JUMP_IF_FALSE, next));
        }
        const char *name = h->v.ExceptHandler.name;
        if (name != NULL) {
            int cleanup_end = cu_new_label(c), cleanup_body = cu_new_label(c);
            CHECK(cleanup_end);
            CHECK(cleanup_body);
            CHECK(cu_nameop(c, name, AST_STORE));
            CHECK(cu_emit_jump(c, MN_OP_SETUP_CLEANUP, cleanup_end));
            cu_use_label(c, cleanup_body);
            CHECK(push_fblock(c, h, FB_HANDLER_CLEANUP, cleanup_body, -1, name));
            CHECK(cu_stmts(c, h->v.ExceptHandler.body));
            pop_fblock(c);
            CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
            CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
            CHECK(cu_emit(c, MN_OP_POP_EXCEPT, 0));
            CHECK(clear_name(c, name));
            CHECK(cu_emit_jump(c, MN_OP_JUMP, end));
            cu_use_label(c, cleanup_end);
            CHECK(clear_name(c, name));
            CHECK(cu_emit(c, MN_OP_RERAISE, 1));
        } else {
            int cleanup_body = cu_new_label(c);
            CHECK(cleanup_body);
            CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
            cu_use_label(c, cleanup_body);
            CHECK(push_fblock(c, h, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL));
            CHECK(cu_stmts(c, h->v.ExceptHandler.body));
            pop_fblock(c);
            CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
            CHECK(cu_emit(c, MN_OP_POP_EXCEPT, 0));
            CHECK(cu_emit_jump(c, MN_OP_JUMP, end));
        }
        cu_use_label(c, next);
    }
    pop_fblock(c);
    CHECK(cu_emit(c, MN_OP_RERAISE, 0));
    CHECK(emit_cleanup_reraise(c, cleanup));
    cu_use_label(c, end);
    return 0;
}

static int
compile_try(Compiler *c, AstNode *s)
{
    if (AST_SEQ_LEN(s->v.Try.finalbody) == 0) {
        return compile_try_except(c, s);
    }
    int body = cu_new_label(c), end = cu_new_label(c), exit = cu_new_label(c);
    int cleanup = cu_new_label(c);
    CHECK(body);
    CHECK(end);
    CHECK(exit);
    CHECK(cleanup);
    CHECK(cu_emit_jump(c, MN_OP_SETUP_FINALLY, end));
    cu_use_label(c, body);
    CHECK(push_fblock(c, s, FB_FINALLY_TRY, body, end, s->v.Try.finalbody));
    if (AST_SEQ_LEN(s->v.Try.handlers)) {
        CHECK(compile_try_except(c, s));
    } else {
        CHECK(cu_stmts(c, s->v.Try.body));
    }
    CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
    pop_fblock(c);
    CHECK(cu_stmts(c, s->v.Try.finalbody));
    CHECK(cu_emit_jump(c, MN_OP_JUMP, exit));
    cu_use_label(c, end);
    CHECK(cu_emit_jump(c, MN_OP_SETUP_CLEANUP, cleanup));
    CHECK(cu_emit(c, MN_OP_PUSH_EXC_INFO, 0));
    CHECK(push_fblock(c, s, FB_FINALLY_END, end, -1, NULL));
    CHECK(cu_stmts(c, s->v.Try.finalbody));
    pop_fblock(c);
    CHECK(cu_emit(c, MN_OP_RERAISE, 0));
    CHECK(emit_cleanup_reraise(c, cleanup));
    cu_use_label(c, exit);
    return 0;
}

static int
call_exit_with_nones(Compiler *c)
{
    CHECK(cu_emit_const(c, mn_None));
    CHECK(cu_emit_const(c, mn_None));
    CHECK(cu_emit_const(c, mn_None));
    return cu_emit(c, MN_OP_CALL, 2);
}

static int
compile_with(Compiler *c, AstNode *s, intptr_t pos)
{
    AstNode *item = AST_SEQ_GET(s->v.With.items, pos);
    int block = cu_new_label(c), final = cu_new_label(c), exit = cu_new_label(c);
    int cleanup = cu_new_label(c), suppress = cu_new_label(c);
    CHECK(block);
    CHECK(final);
    CHECK(exit);
    CHECK(cleanup);
    CHECK(suppress);
    CHECK(cu_expr(c, item->v.withitem.context_expr));
    c->u->line = s->lineno;
    CHECK(cu_emit(c, MN_OP_BEFORE_WITH, 0));
    CHECK(cu_emit_jump(c, MN_OP_SETUP_WITH, final));
    cu_use_label(c, block);
    CHECK(push_fblock(c, s, FB_WITH, block, final, NULL));
    if (item->v.withitem.optional_vars != NULL) {
        CHECK(cu_store_target(c, item->v.withitem.optional_vars));
    } else {
        CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
    }
    if (pos + 1 < AST_SEQ_LEN(s->v.With.items)) {
        CHECK(compile_with(c, s, pos + 1));
    } else {
        CHECK(cu_stmts(c, s->v.With.body));
    }
    pop_fblock(c);
    CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
    c->u->line = s->lineno;
    CHECK(call_exit_with_nones(c));
    CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
    CHECK(cu_emit_jump(c, MN_OP_JUMP, exit));
    cu_use_label(c, final);
    CHECK(cu_emit_jump(c, MN_OP_SETUP_CLEANUP, cleanup));
    CHECK(cu_emit(c, MN_OP_PUSH_EXC_INFO, 0));
    CHECK(cu_emit(c, MN_OP_WITH_EXCEPT_START, 0));
    CHECK(cu_emit_jump(c, MN_OP_POP_JUMP_IF_TRUE, suppress));
    CHECK(cu_emit(c, MN_OP_RERAISE, 2));
    cu_use_label(c, suppress);
    CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
    CHECK(cu_emit(c, MN_OP_POP_BLOCK, 0));
    CHECK(cu_emit(c, MN_OP_POP_EXCEPT, 0));
    CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
    CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
    CHECK(cu_emit_jump(c, MN_OP_JUMP, exit));
    CHECK(emit_cleanup_reraise(c, cleanup));
    cu_use_label(c, exit);
    return 0;
}

/* ==== definitions ==== */

static int
apply_decorators(Compiler *c, AstSeq *decos)
{
    for (intptr_t i = AST_SEQ_LEN(decos) - 1; i >= 0; i--) {
        c->u->line = AST_SEQ_GET(decos, i)->lineno;
        CHECK(cu_emit(c, MN_OP_CALL, 0));
    }
    return 0;
}

int
cu_defaults(Compiler *c, AstNode *args, int *flags)
{
    if (args == NULL) {
        return 0;
    }
    AstSeq *defs = args->v.arguments.defaults;
    intptr_t nd = AST_SEQ_LEN(defs);
    if (nd > 0) {
        MnObject *t = mn_tuple_new(nd);
        if (t == NULL) {
            return -1;
        }
        int allconst = 1;
        for (intptr_t i = 0; i < nd && allconst; i++) {
            MnObject *v = NULL;
            int r = cu_const_value(c, AST_SEQ_GET(defs, i), &v);
            if (r < 0) {
                mn_decref(t);
                return -1;
            }
            if (r == 0) {
                allconst = 0;
            } else {
                MN_TUPLE_SET(t, i, v);
            }
        }
        if (allconst) {
            // CPython loads each default, then its assembler folds the tuple into a new
            // constant: the items stay among the constants too.
            for (intptr_t i = 0; i < nd; i++) {
                if (cu_add_const(c, MN_TUPLE_GET(t, i)) < 0) {
                    mn_decref(t);
                    return -1;
                }
            }
            int r = cu_emit_const(c, t);
            mn_decref(t);
            CHECK(r);
        } else {
            mn_decref(t);
            for (intptr_t i = 0; i < nd; i++) {
                CHECK(cu_expr(c, AST_SEQ_GET(defs, i)));
            }
            CHECK(cu_emit(c, MN_OP_BUILD_TUPLE, (int)nd));
        }
        *flags |= MN_MKFN_DEFAULTS;
    }
    AstSeq *kwargs = args->v.arguments.kwonlyargs;
    int nkw = 0;
    for (intptr_t i = 0; i < AST_SEQ_LEN(kwargs); i++) {
        AstNode *d = args->v.arguments.kw_defaults ? AST_SEQ_GET(args->v.arguments.kw_defaults, i)
                                                   : NULL;
        if (d == NULL) {
            continue;
        }
        MnObject *name = cu_mangled_str(c, AST_SEQ_GET(kwargs, i)->v.arg.arg);
        if (name == NULL) {
            return -1;
        }
        int r = cu_emit_const(c, name);
        mn_decref(name);
        CHECK(r);
        CHECK(cu_expr(c, d));
        nkw++;
    }
    if (nkw > 0) {
        CHECK(cu_emit(c, MN_OP_BUILD_MAP, nkw));
        *flags |= MN_MKFN_KWDEFAULTS;
    }
    return 0;
}

static int
ann_one(Compiler *c, const char *name, AstNode *ann, int *count)
{
    if (ann == NULL) {
        return 0;
    }
    MnObject *s = cu_mangled_str(c, name);
    if (s == NULL) {
        return -1;
    }
    int r = cu_emit_const(c, s);
    mn_decref(s);
    CHECK(r);
    CHECK(cu_expr(c, ann));
    *count += 2;
    return 0;
}

static int
ann_seq(Compiler *c, AstSeq *seq, int *count)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(seq); i++) {
        AstNode *a = AST_SEQ_GET(seq, i);
        CHECK(ann_one(c, a->v.arg.arg, a->v.arg.annotation, count));
    }
    return 0;
}

static int
compile_annotations(Compiler *c, AstNode *args, AstNode *returns, int *flags)
{
    int count = 0;
    if (args != NULL) {
        CHECK(ann_seq(c, args->v.arguments.posonlyargs, &count));
        CHECK(ann_seq(c, args->v.arguments.args, &count));
        AstNode *va = args->v.arguments.vararg, *kw = args->v.arguments.kwarg;
        if (va != NULL) {
            CHECK(ann_one(c, va->v.arg.arg, va->v.arg.annotation, &count));
        }
        CHECK(ann_seq(c, args->v.arguments.kwonlyargs, &count));
        if (kw != NULL) {
            CHECK(ann_one(c, kw->v.arg.arg, kw->v.arg.annotation, &count));
        }
    }
    CHECK(ann_one(c, "return", returns, &count));
    if (count > 0) {
        CHECK(cu_emit(c, MN_OP_BUILD_TUPLE, count));
        *flags |= MN_MKFN_ANNOTATIONS;
    }
    return 0;
}

static void
set_arg_counts(Unit *u, AstNode *args)
{
    if (args == NULL) {
        return;
    }
    u->posonly = (int)AST_SEQ_LEN(args->v.arguments.posonlyargs);
    u->argcount = u->posonly + (int)AST_SEQ_LEN(args->v.arguments.args);
    u->kwonly = (int)AST_SEQ_LEN(args->v.arguments.kwonlyargs);
    if (args->v.arguments.vararg) {
        u->flags |= MN_CO_VARARGS;
    }
    if (args->v.arguments.kwarg) {
        u->flags |= MN_CO_VARKEYWORDS;
    }
}

int
cu_function_body(Compiler *c, AstNode *node, const char *name, AstNode *args, AstSeq *body,
                 AstNode *lambda_body, int *flags)
{
    int lineno = node->lineno;
    if (node->kind == AST_FunctionDef && AST_SEQ_LEN(node->v.FunctionDef.decorator_list)) {
        lineno = AST_SEQ_GET(node->v.FunctionDef.decorator_list, 0)->lineno;
    }
    CHECK(cu_enter(c, lambda_body ? U_LAMBDA : U_FUNCTION, name, node, lineno));
    Unit *u = c->u;
    set_arg_counts(u, args);
    AstNode *doc = lambda_body ? NULL : docstring_of(body);
    if (doc != NULL) {
        MnObject *v = NULL;
        if (cu_const_value(c, doc, &v) <= 0 || cu_add_const(c, v) < 0) {
            mn_xdecref(v);
            return -1;
        }
        mn_decref(v);
    } else if (cu_add_const(c, mn_None) < 0) {
        return -1;
    }
    if (lambda_body != NULL) {
        u->line = lambda_body->lineno;
        CHECK(cu_expr(c, lambda_body));
        if (u->ste->is_generator) {
            CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
            CHECK(cu_emit_const(c, mn_None));
        }
        CHECK(cu_emit(c, MN_OP_RETURN_VALUE, 0));
    } else {
        for (intptr_t i = doc ? 1 : 0; i < AST_SEQ_LEN(body); i++) {
            CHECK(stmt(c, AST_SEQ_GET(body, i)));
        }
        CHECK(cu_emit_const(c, mn_None));
        CHECK(cu_emit(c, MN_OP_RETURN_VALUE, 0));
    }
    MnObject *code = cu_exit(c);
    if (code == NULL) {
        return -1;
    }
    int r = cu_make_closure(c, code, *flags);
    mn_decref(code);
    return r;
}

static int
compile_funcdef(Compiler *c, AstNode *s)
{
    AstSeq *decos = s->v.FunctionDef.decorator_list;
    for (intptr_t i = 0; i < AST_SEQ_LEN(decos); i++) {
        CHECK(cu_expr(c, AST_SEQ_GET(decos, i)));
    }
    c->u->line = s->lineno;
    int flags = 0;
    CHECK(cu_defaults(c, s->v.FunctionDef.args, &flags));
    CHECK(compile_annotations(c, s->v.FunctionDef.args, s->v.FunctionDef.returns, &flags));
    CHECK(cu_function_body(c, s, s->v.FunctionDef.name, s->v.FunctionDef.args,
                           s->v.FunctionDef.body, NULL, &flags));
    CHECK(apply_decorators(c, decos));
    c->u->line = s->lineno;
    return cu_nameop(c, s->v.FunctionDef.name, AST_STORE);
}

static int
class_body(Compiler *c, AstNode *s)
{
    int lineno = s->lineno;
    if (AST_SEQ_LEN(s->v.ClassDef.decorator_list)) {
        lineno = AST_SEQ_GET(s->v.ClassDef.decorator_list, 0)->lineno;
    }
    CHECK(cu_enter(c, U_CLASS, s->v.ClassDef.name, s, lineno));
    Unit *u = c->u;
    u->line = s->lineno;
    CHECK(cu_nameop(c, "__name__", AST_LOAD));
    CHECK(cu_nameop(c, "__module__", AST_STORE));
    CHECK(cu_emit_const(c, u->qualname));
    CHECK(cu_nameop(c, "__qualname__", AST_STORE));
    CHECK(body_with_doc(c, s->v.ClassDef.body));
    u->line = -1;
    if (u->ste->needs_class_closure) {
        int idx = -1;
        for (intptr_t i = 0; i < MN_LIST_LEN(u->cellvars); i++) {
            if (mn_str_eq_cstr(MN_LIST_GET(u->cellvars, i), "__class__")) {
                idx = (int)i;
            }
        }
        CHECK(cu_emit(c, MN_OP_LOAD_CLOSURE, idx));
        CHECK(cu_emit(c, MN_OP_COPY, 1));
        CHECK(cu_nameop(c, "__classcell__", AST_STORE));
    } else {
        CHECK(cu_emit_const(c, mn_None));
    }
    CHECK(cu_emit(c, MN_OP_RETURN_VALUE, 0));
    MnObject *code = cu_exit(c);
    if (code == NULL) {
        return -1;
    }
    int r = cu_make_closure(c, code, 0);
    mn_decref(code);
    return r;
}

static int
compile_classdef(Compiler *c, AstNode *s)
{
    AstSeq *decos = s->v.ClassDef.decorator_list;
    for (intptr_t i = 0; i < AST_SEQ_LEN(decos); i++) {
        CHECK(cu_expr(c, AST_SEQ_GET(decos, i)));
    }
    c->u->line = s->lineno;
    CHECK(cu_emit(c, MN_OP_PUSH_NULL, 0));
    CHECK(cu_emit(c, MN_OP_LOAD_BUILD_CLASS, 0));
    CHECK(class_body(c, s));
    c->u->line = s->lineno;
    MnObject *name = mn_str_intern_cstr(s->v.ClassDef.name);
    if (name == NULL) {
        return -1;
    }
    int r = cu_emit_const(c, name);
    mn_decref(name);
    CHECK(r);
    CHECK(cu_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    CHECK(apply_decorators(c, decos));
    c->u->line = s->lineno;
    return cu_nameop(c, s->v.ClassDef.name, AST_STORE);
}

/* ==== dispatch ==== */

static int
compile_expr_stmt(Compiler *c, AstNode *s)
{
    AstNode *v = s->v.Expr.value;
    if (c->interactive && c->u->kind == U_MODULE) {
        CHECK(cu_expr(c, v));
        c->u->line = s->lineno;
        return cu_emit(c, MN_OP_PRINT_EXPR, 0);
    }
    if (v->kind == AST_Constant) {
        return 0;
    }
    CHECK(cu_expr(c, v));
    return cu_emit(c, MN_OP_POP_TOP, 0);
}

static int
stmt(Compiler *c, AstNode *s)
{
    c->u->line = s->lineno;
    switch (s->kind) {
    case AST_FunctionDef:
        return compile_funcdef(c, s);
    case AST_ClassDef:
        return compile_classdef(c, s);
    case AST_Return:
        return compile_return(c, s);
    case AST_Delete:
        for (intptr_t i = 0; i < AST_SEQ_LEN(s->v.Delete.targets); i++) {
            CHECK(compile_delete_target(c, AST_SEQ_GET(s->v.Delete.targets, i)));
        }
        return 0;
    case AST_Assign: {
        CHECK(cu_expr(c, s->v.Assign.value));
        intptr_t n = AST_SEQ_LEN(s->v.Assign.targets);
        for (intptr_t i = 0; i < n; i++) {
            if (i < n - 1) {
                CHECK(cu_emit(c, MN_OP_COPY, 1));
            }
            CHECK(cu_store_target(c, AST_SEQ_GET(s->v.Assign.targets, i)));
        }
        return 0;
    }
    case AST_AugAssign:
        return compile_augassign(c, s);
    case AST_AnnAssign:
        return compile_annassign(c, s);
    case AST_For:
        return compile_for(c, s);
    case AST_While:
        return compile_while(c, s);
    case AST_If:
        return compile_if(c, s);
    case AST_With:
        return compile_with(c, s, 0);
    case AST_Raise:
        return compile_raise(c, s);
    case AST_Try:
        return compile_try(c, s);
    case AST_Assert:
        return compile_assert(c, s);
    case AST_Import:
        return compile_import(c, s);
    case AST_ImportFrom:
        return compile_import_from(c, s);
    case AST_Global:
    case AST_Nonlocal:
        return 0;
    case AST_Expr:
        return compile_expr_stmt(c, s);
    case AST_Pass:
        return cu_emit(c, MN_OP_NOP, 0);
    case AST_Break:
        return compile_break(c, s, 0);
    case AST_Continue:
        return compile_break(c, s, 1);
    default:
        return cu_error(c, s, "statement not supported by mnemo");
    }
}
