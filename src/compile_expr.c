/*
 * src/compile_expr.c - code generation for expressions: literals and constant folding (with
 * CPython 3.11's size limits), constant merging across a compilation, operators, short-circuit
 * jumps, calls (LOAD_METHOD/CALL, KW_NAMES, CALL_FUNCTION_EX), displays with unpacking,
 * comprehensions as nested functions, f-strings, lambda, yield, and assignment targets.
 * See also: src/compile.c, src/compile_stmt.c
 */
#include <stdio.h>
#include <string.h>
#include <math.h>
#include "compile_impl.h"
#include "func.h"

#define CHECK(x) do { if ((x) < 0) { return -1; } } while (0)

/* ==== literals and constants ==== */

static int
all_name_chars(MnObject *s)
{
    intptr_t n = MN_STR_LEN(s);
    if (!MN_STR_IS_ASCII(s)) {
        return 0;
    }
    const unsigned char *p = MN_STR_DATA(s);
    for (intptr_t i = 0; i < n; i++) {
        unsigned char ch = p[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_')) {
            return 0;
        }
    }
    return 1;
}

MnObject *
cu_literal(Compiler *c, AstNode *e)
{
    const char *s = e->v.Constant.s;
    intptr_t len = (intptr_t)e->v.Constant.len;
    switch (e->v.Constant.ckind) {
    case AST_CONST_NONE:
        return mn_newref(mn_None);
    case AST_CONST_TRUE:
        return mn_newref(mn_True);
    case AST_CONST_FALSE:
        return mn_newref(mn_False);
    case AST_CONST_ELLIPSIS:
        return mn_newref(mn_Ellipsis);
    case AST_CONST_INT:
        return mn_int_from_string(s, len, 0);
    case AST_CONST_FLOAT: {
        MnObject *str = mn_str_from_utf8(s, len);
        if (str == NULL) {
            return NULL;
        }
        MnObject *f = mn_float_from_string(str);
        mn_decref(str);
        return f;
    }
    case AST_CONST_IMAG:
        cu_error(c, e, "complex numbers are not supported by mnemo");
        return NULL;
    case AST_CONST_STR:
        return mn_str_from_utf8(s, len);
    case AST_CONST_BYTES:
        return mn_bytes_from(s, len);
    }
    return mn_err_bad_internal_call("compile: constant kind");
}

MnObject *
cu_const_key(MnObject *o)
{
    MnType *tp = MN_TYPE(o);
    if (tp == &mn_tuple_type) {
        intptr_t n = MN_TUPLE_LEN(o);
        MnObject *keys = mn_tuple_new(n);
        if (keys == NULL) {
            return NULL;
        }
        for (intptr_t i = 0; i < n; i++) {
            MnObject *k = cu_const_key(MN_TUPLE_GET(o, i));
            if (k == NULL) {
                mn_decref(keys);
                return NULL;
            }
            MN_TUPLE_SET(keys, i, k);
        }
        MnObject *r = mn_tuple_pack(2, (MnObject *)tp, keys);
        mn_decref(keys);
        return r;
    }
    if (tp == &mn_float_type && MN_FLOAT_VALUE(o) == 0.0 && signbit(MN_FLOAT_VALUE(o))) {
        return mn_tuple_pack(3, (MnObject *)tp, o, mn_None);
    }
    if (tp == &mn_code_type || tp == &mn_float_type) {
        if (tp == &mn_float_type && !isnan(MN_FLOAT_VALUE(o))) {
            return mn_tuple_pack(2, (MnObject *)tp, o);
        }
        MnObject *id = mn_int_from_ssize((intptr_t)o);
        MnObject *r = id ? mn_tuple_pack(2, (MnObject *)tp, id) : NULL;
        mn_xdecref(id);
        return r;
    }
    return mn_tuple_pack(2, (MnObject *)tp, o);
}

// Merges [o] with an equal constant seen before in this compilation, CPython's way: the
// first one met is canonical; a tuple met first is registered, then its items are replaced in
// place by their canonical objects (the tuple may be the syntax tree's own). -> new, or NULL.
MnObject *
cu_merge_const(Compiler *c, MnObject *o)
{
    if (MN_TYPE(o) == &mn_code_type) {
        return mn_newref(o);
    }
    MnObject *key = cu_const_key(o);
    if (key == NULL) {
        return NULL;
    }
    MnObject *found = NULL;
    int r = mn_dict_get_ref(c->const_cache, key, &found);
    if (r == 0) {
        r = mn_dict_set_item(c->const_cache, key, o);
    }
    mn_decref(key);
    if (r < 0 || found != NULL) {
        return r < 0 ? NULL : found;
    }
    if (MN_TYPE(o) == &mn_tuple_type) {
        for (intptr_t i = 0; i < MN_TUPLE_LEN(o); i++) {
            MnObject *item = MN_TUPLE_GET(o, i);
            MnObject *canon = cu_merge_const(c, item);
            if (canon == NULL) {
                return NULL;
            }
            if (canon == item) {
                mn_decref(canon);
            } else {
                MN_SETREF(((MnTuple *)o)->ob_item[i], canon);
            }
        }
    }
    return mn_newref(o);
}

// Interns the identifier-like strings of a constant, inside tuples too (in place, as code
// creation does in CPython).
void
cu_intern_const(MnObject **p)
{
    MnObject *o = *p;
    if (MN_STR_CHECK_EXACT(o)) {
        if (all_name_chars(o)) {
            mn_str_intern_inplace(p);
        }
    } else if (MN_TYPE(o) == &mn_tuple_type) {
        for (intptr_t i = 0; i < MN_TUPLE_LEN(o); i++) {
            cu_intern_const(&((MnTuple *)o)->ob_item[i]);
        }
    }
}

#define MAX_INT_SIZE 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

static int64_t
int_bits(MnObject *o)
{
    return mn_int_bit_length(o);
}

// CPython 3.11's safe_multiply / safe_power / safe_lshift / safe_mod limits.
// -> 1 may fold, 0 must not.
static int
fold_allowed(int op, MnObject *v, MnObject *w)
{
    int vi = MN_INT_CHECK(v), wi = MN_INT_CHECK(w);
    switch (op) {
    case MN_BINOP_MULTIPLY:
        if (vi && wi) {
            if (mn_int_sign(v) == 0 || mn_int_sign(w) == 0) {
                return 1;
            }
            return int_bits(v) + int_bits(w) <= MAX_INT_SIZE;
        }
        if (wi && !vi) {
            MnObject *t = v;
            v = w;
            w = t;
            vi = 1;
        }
        if (vi) {
            intptr_t size;
            long limit;
            if (MN_TUPLE_CHECK(w)) {
                size = MN_TUPLE_LEN(w);
                limit = MAX_COLLECTION_SIZE;
            } else if (MN_STR_CHECK(w)) {
                size = MN_STR_LEN(w);
                limit = MAX_STR_SIZE;
            } else if (MN_BYTES_CHECK(w)) {
                size = MN_BYTES_LEN(w);
                limit = MAX_STR_SIZE;
            } else {
                return 1;
            }
            if (size == 0) {
                return 1;
            }
            int overflow = 0;
            long n = mn_int_as_long_overflow(v, &overflow);
            return !overflow && n >= 0 && n <= limit / size;
        }
        return 1;
    case MN_BINOP_POWER:
        if (vi && wi && mn_int_sign(v) != 0 && mn_int_sign(w) > 0) {
            int overflow = 0;
            long wbits = mn_int_as_long_overflow(w, &overflow);
            if (overflow) {
                return 0;
            }
            return int_bits(v) <= MAX_INT_SIZE / wbits;
        }
        return 1;
    case MN_BINOP_LSHIFT:
        if (vi && wi && mn_int_sign(v) != 0 && mn_int_sign(w) != 0) {
            int overflow = 0;
            long wbits = mn_int_as_long_overflow(w, &overflow);
            if (overflow || wbits < 0) {
                return wbits < 0 && !overflow;
            }
            return wbits <= MAX_INT_SIZE && int_bits(v) <= MAX_INT_SIZE - wbits;
        }
        return 1;
    case MN_BINOP_REMAINDER:
        return !(MN_STR_CHECK(v) || MN_BYTES_CHECK(v));
    default:
        return 1;
    }
}

static int binop_of_ast(AstOperator op);

static int
fold_result(MnObject *res, MnObject **out)
{
    if (res == NULL) {
        if (mn_err_matches((MnObject *)mn_exc_MemoryError)) {
            return -1;
        }
        mn_err_clear();
        return 0;
    }
    *out = res;
    return 1;
}

static int
fold_node(Compiler *c, AstNode *e, MnObject **out)
{
    *out = NULL;
    switch (e->kind) {
    case AST_Constant:
        if (e->v.Constant.ckind == AST_CONST_IMAG) {
            return 0;
        }
        *out = cu_literal(c, e);
        return *out ? 1 : -1;
    case AST_UnaryOp: {
        MnObject *v;
        int r = cu_const_value(c, e->v.UnaryOp.operand, &v);
        if (r <= 0) {
            return r;
        }
        MnObject *res = NULL;
        switch (e->v.UnaryOp.op) {
        case AST_USUB: res = mn_number_negative(v); break;
        case AST_UADD: res = mn_number_positive(v); break;
        case AST_INVERT: res = mn_number_invert(v); break;
        case AST_NOT: {
            int t = mn_object_is_true(v);
            res = t < 0 ? NULL : mn_bool_from_long(!t);
            break;
        }
        }
        mn_decref(v);
        return fold_result(res, out);
    }
    case AST_BinOp: {
        MnObject *l, *r2;
        int r = cu_const_value(c, e->v.BinOp.left, &l);
        if (r <= 0) {
            return r;
        }
        r = cu_const_value(c, e->v.BinOp.right, &r2);
        if (r <= 0) {
            mn_decref(l);
            return r;
        }
        int op = binop_of_ast(e->v.BinOp.op);
        MnObject *res = NULL;
        if (fold_allowed(op, l, r2)) {
            res = op == MN_BINOP_POWER ? mn_number_power(l, r2, mn_None)
                                       : mn_number_binop(l, r2, op);
            if (res == NULL) {
                mn_decref(l);
                mn_decref(r2);
                return fold_result(NULL, out);
            }
        }
        mn_decref(l);
        mn_decref(r2);
        if (res == NULL) {
            return 0;
        }
        return fold_result(res, out);
    }
    case AST_Tuple: {
        if (e->v.Tuple.ctx != AST_LOAD) {
            return 0;
        }
        intptr_t n = AST_SEQ_LEN(e->v.Tuple.elts);
        for (intptr_t i = 0; i < n; i++) {
            AstNode *x = AST_SEQ_GET(e->v.Tuple.elts, i);
            if (x->kind != AST_Constant && x->kind != AST_UnaryOp && x->kind != AST_BinOp &&
                x->kind != AST_Tuple) {
                return 0;
            }
        }
        MnObject *t = mn_tuple_new(n);
        if (t == NULL) {
            return -1;
        }
        for (intptr_t i = 0; i < n; i++) {
            MnObject *v;
            int r = cu_const_value(c, AST_SEQ_GET(e->v.Tuple.elts, i), &v);
            if (r <= 0) {
                mn_decref(t);
                return r;
            }
            MN_TUPLE_SET(t, i, v);
        }
        *out = t;
        return 1;
    }
    case AST_Subscript: {
        if (e->v.Subscript.ctx != AST_LOAD || e->v.Subscript.slice->kind == AST_Slice) {
            return 0;
        }
        MnObject *v, *k;
        int r = cu_const_value(c, e->v.Subscript.value, &v);
        if (r <= 0) {
            return r;
        }
        r = cu_const_value(c, e->v.Subscript.slice, &k);
        if (r <= 0) {
            mn_decref(v);
            return r;
        }
        MnObject *res = mn_object_getitem(v, k);
        mn_decref(v);
        mn_decref(k);
        return fold_result(res, out);
    }
    default:
        return 0;
    }
}

// Each literal and each folded node of CPython's tree holds its own object, made once per
// node: e->konst points to it and c->tree owns it.
int
cu_const_value(Compiler *c, AstNode *e, MnObject **out)
{
    if (e->kind == AST_List || e->kind == AST_Set) {
        *out = NULL;
        return 0;
    }
    if (e->konst == NULL) {
        MnObject *v;
        int r = fold_node(c, e, &v);
        if (r <= 0) {
            *out = NULL;
            return r;
        }
        r = mn_list_append(c->tree, v);
        mn_decref(v);
        if (r < 0) {
            *out = NULL;
            return -1;
        }
        e->konst = v;
    }
    *out = mn_newref(e->konst);
    return 1;
}

/* ==== operators ==== */

static int
binop_of_ast(AstOperator op)
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
emit_compare(Compiler *c, AstCmpOp op)
{
    switch (op) {
    case AST_EQ: return cu_emit(c, MN_OP_COMPARE_OP, MN_EQ);
    case AST_NOTEQ: return cu_emit(c, MN_OP_COMPARE_OP, MN_NE);
    case AST_LT: return cu_emit(c, MN_OP_COMPARE_OP, MN_LT);
    case AST_LTE: return cu_emit(c, MN_OP_COMPARE_OP, MN_LE);
    case AST_GT: return cu_emit(c, MN_OP_COMPARE_OP, MN_GT);
    case AST_GTE: return cu_emit(c, MN_OP_COMPARE_OP, MN_GE);
    case AST_IS: return cu_emit(c, MN_OP_IS_OP, 0);
    case AST_ISNOT: return cu_emit(c, MN_OP_IS_OP, 1);
    case AST_IN: return cu_emit(c, MN_OP_CONTAINS_OP, 0);
    case AST_NOTIN: return cu_emit(c, MN_OP_CONTAINS_OP, 1);
    }
    return -1;
}

static int
fold_compare(Compiler *c, AstNode *e)
{
    int n = e->v.Compare.nops;
    AstCmpOp op = e->v.Compare.ops[n - 1];
    if (op != AST_IN && op != AST_NOTIN) {
        return 0;
    }
    return cu_fold_iter(c, AST_SEQ_GET(e->v.Compare.comparators, n - 1));
}

static int
compile_compare(Compiler *c, AstNode *e)
{
    int n = e->v.Compare.nops;
    CHECK(fold_compare(c, e));
    CHECK(cu_expr(c, e->v.Compare.left));
    if (n == 1) {
        CHECK(cu_expr(c, AST_SEQ_GET(e->v.Compare.comparators, 0)));
        c->u->line = e->lineno;
        return emit_compare(c, e->v.Compare.ops[0]);
    }
    int cleanup = cu_new_label(c), end = cu_new_label(c);
    CHECK(cleanup);
    CHECK(end);
    for (int i = 0; i < n - 1; i++) {
        CHECK(cu_expr(c, AST_SEQ_GET(e->v.Compare.comparators, i)));
        CHECK(cu_emit(c, MN_OP_SWAP, 2));
        CHECK(cu_emit(c, MN_OP_COPY, 2));
        c->u->line = e->lineno;
        CHECK(emit_compare(c, e->v.Compare.ops[i]));
        CHECK(cu_emit_jump(c, MN_OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    CHECK(cu_expr(c, AST_SEQ_GET(e->v.Compare.comparators, n - 1)));
    c->u->line = e->lineno;
    CHECK(emit_compare(c, e->v.Compare.ops[n - 1]));
    CHECK(cu_emit_jump(c, MN_OP_JUMP, end));
    cu_use_label(c, cleanup);
    CHECK(cu_emit(c, MN_OP_SWAP, 2));
    CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
    cu_use_label(c, end);
    return 0;
}

int
cu_jump_if(Compiler *c, AstNode *e, int label, int cond)
{
    int saved = c->u->line;
    c->u->line = e->lineno;
    int r = 0;
    if (e->kind == AST_UnaryOp && e->v.UnaryOp.op == AST_NOT) {
        r = cu_jump_if(c, e->v.UnaryOp.operand, label, !cond);
    } else if (e->kind == AST_BoolOp) {
        int cond2 = e->v.BoolOp.op == AST_OR;
        int next2 = label;
        if (!cond2 != !cond) {
            next2 = cu_new_label(c);
            CHECK(next2);
        }
        intptr_t n = AST_SEQ_LEN(e->v.BoolOp.values);
        for (intptr_t i = 0; i < n - 1 && r == 0; i++) {
            r = cu_jump_if(c, AST_SEQ_GET(e->v.BoolOp.values, i), next2, cond2);
        }
        if (r == 0) {
            r = cu_jump_if(c, AST_SEQ_GET(e->v.BoolOp.values, n - 1), label, cond);
        }
        if (next2 != label) {
            cu_use_label(c, next2);
        }
    } else if (e->kind == AST_Compare && e->v.Compare.nops > 1) {
        int n = e->v.Compare.nops;
        CHECK(fold_compare(c, e));
        int cleanup = cu_new_label(c), end = cu_new_label(c);
        CHECK(cleanup);
        CHECK(end);
        CHECK(cu_expr(c, e->v.Compare.left));
        for (int i = 0; i < n - 1; i++) {
            CHECK(cu_expr(c, AST_SEQ_GET(e->v.Compare.comparators, i)));
            CHECK(cu_emit(c, MN_OP_SWAP, 2));
            CHECK(cu_emit(c, MN_OP_COPY, 2));
            c->u->line = e->lineno;
            CHECK(emit_compare(c, e->v.Compare.ops[i]));
            CHECK(cu_emit_jump(c, MN_OP_POP_JUMP_IF_FALSE, cleanup));
        }
        CHECK(cu_expr(c, AST_SEQ_GET(e->v.Compare.comparators, n - 1)));
        c->u->line = e->lineno;
        CHECK(emit_compare(c, e->v.Compare.ops[n - 1]));
        CHECK(cu_emit_jump(c, cond ? MN_OP_POP_JUMP_IF_TRUE : MN_OP_POP_JUMP_IF_FALSE, label));
        CHECK(cu_emit_jump(c, MN_OP_JUMP, end));
        cu_use_label(c, cleanup);
        CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
        if (!cond) {
            CHECK(cu_emit_jump(c, MN_OP_JUMP, label));
        }
        cu_use_label(c, end);
    } else {
        r = cu_expr(c, e);
        if (r == 0) {
            c->u->line = e->lineno;
            r = cu_emit_jump(c, cond ? MN_OP_POP_JUMP_IF_TRUE : MN_OP_POP_JUMP_IF_FALSE, label);
        }
    }
    c->u->line = saved;
    return r;
}

/* ==== displays ==== */

static int
has_starred(AstSeq *elts)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(elts); i++) {
        if (AST_SEQ_GET(elts, i)->kind == AST_Starred) {
            return 1;
        }
    }
    return 0;
}

// Builds a list/tuple/set from [elts] (with *unpacking), [pushed] items being already on the
// stack. [kind] 0 list, 1 tuple, 2 set.
// Displays of more than this many items are built one item at a time, as CPython does.
#define STACK_USE_GUIDELINE 30

// The values of [elts] when every one is a constant (after folding). -> 1 with a new tuple
// in *out, 0 when some item is not constant, -1 on error.
static int
constant_items(Compiler *c, AstSeq *elts, MnObject **out)
{
    intptr_t n = AST_SEQ_LEN(elts);
    MnObject *t = mn_tuple_new(n);
    if (t == NULL) {
        return -1;
    }
    for (intptr_t i = 0; i < n; i++) {
        MnObject *v;
        int r = cu_const_value(c, AST_SEQ_GET(elts, i), &v);
        if (r <= 0) {
            mn_decref(t);
            return r;
        }
        MN_TUPLE_SET(t, i, v);
    }
    *out = t;
    return 1;
}

// frozenset(items) laid out as CPython 3.11's constant is: its constant merging rebuilds the
// frozenset from its own iteration order, and code creation rebuilds it once more when it
// interns identifier-like strings among the items. Each rebuild can move colliding items,
// which shows in the iteration order of sets made from the constant. -> new, or NULL.
static MnObject *
frozenset_constant(MnObject *items)
{
    int rebuilds = 1;
    for (intptr_t i = 0; i < MN_TUPLE_LEN(items); i++) {
        MnObject *x = MN_TUPLE_GET(items, i);
        if (MN_STR_CHECK_EXACT(x) && all_name_chars(x)) {
            rebuilds = 2;
            break;
        }
    }
    MnObject *f = mn_frozenset_new(items);
    for (int r = 0; f != NULL && r < rebuilds; r++) {
        MnObject *order = mn_tuple_from_iterable(f);
        MN_SETREF(f, order ? mn_frozenset_new(order) : NULL);
        mn_xdecref(order);
    }
    return f;
}

// Replaces the items of the compiler's tuple [items] by their canonical constants and
// interns them, as merging and code creation do to a frozenset constant. -> 0, or -1.
static int
merge_items(Compiler *c, MnObject *items)
{
    for (intptr_t i = 0; i < MN_TUPLE_LEN(items); i++) {
        MnObject *canon = cu_merge_const(c, MN_TUPLE_GET(items, i));
        if (canon == NULL) {
            return -1;
        }
        MN_SETREF(((MnTuple *)items)->ob_item[i], canon);
    }
    cu_intern_const(&items);
    return 0;
}

// CPython's optimizer turns a list or set display of constants that is iterated (`for`,
// comprehensions) or the right side of `in` / `not in` into a tuple or frozenset constant
// held by the tree: e->konst. -> 0, or -1.
int
cu_fold_iter(Compiler *c, AstNode *e)
{
    if ((e->kind != AST_List && e->kind != AST_Set) || e->konst != NULL) {
        return 0;
    }
    AstSeq *elts = e->kind == AST_List ? e->v.List.elts : e->v.Set.elts;
    MnObject *items = NULL;
    int r = constant_items(c, elts, &items);
    if (r <= 0) {
        return r;
    }
    MnObject *v = e->kind == AST_Set ? mn_frozenset_new(items) : mn_newref(items);
    mn_decref(items);
    if (v == NULL) {
        return -1;
    }
    r = mn_list_append(c->tree, v);
    mn_decref(v);
    CHECK(r);
    e->konst = v;
    return 0;
}

// Emits the constant cu_fold_iter made of the display [e]. -> 0, or -1.
static int
emit_folded_iter(Compiler *c, AstNode *e)
{
    if (e->kind == AST_List) {
        return cu_emit_const(c, e->konst);
    }
    MnObject *items = NULL;
    CHECK(constant_items(c, e->v.Set.elts, &items));
    MnObject *f = merge_items(c, items) < 0 ? NULL : frozenset_constant(items);
    mn_decref(items);
    if (f == NULL) {
        return -1;
    }
    int r = cu_emit_const(c, f);
    mn_decref(f);
    return r;
}

// A display of more than two constants: BUILD_x, LOAD_CONST (tuple or frozenset), extend.
static int
constant_display(Compiler *c, MnObject *items, int pushed, int kind)
{
    if (kind == 1 && pushed == 0) {
        return cu_emit_const(c, items);
    }
    if (kind == 2) {
        CHECK(merge_items(c, items));
    }
    MnObject *folded = kind == 2 ? frozenset_constant(items) : mn_newref(items);
    if (folded == NULL) {
        return -1;
    }
    int r = cu_emit(c, kind == 2 ? MN_OP_BUILD_SET : MN_OP_BUILD_LIST, pushed);
    if (r == 0) {
        r = cu_emit_const(c, folded);
    }
    mn_decref(folded);
    CHECK(r);
    CHECK(cu_emit(c, kind == 2 ? MN_OP_SET_UPDATE : MN_OP_LIST_EXTEND, 1));
    return kind == 1 ? cu_emit(c, MN_OP_LIST_TO_TUPLE, 0) : 0;
}

static int
starunpack(Compiler *c, AstSeq *elts, int pushed, int kind)
{
    intptr_t n = AST_SEQ_LEN(elts);
    int build = kind == 2 ? MN_OP_BUILD_SET : MN_OP_BUILD_LIST;
    int add = kind == 2 ? MN_OP_SET_ADD : MN_OP_LIST_APPEND;
    int extend = kind == 2 ? MN_OP_SET_UPDATE : MN_OP_LIST_EXTEND;
    if (n > 2) {
        MnObject *items = NULL;
        int r = constant_items(c, elts, &items);
        CHECK(r);
        if (r == 1) {
            r = constant_display(c, items, pushed, kind);
            mn_decref(items);
            return r;
        }
    }
    int big = n + pushed > STACK_USE_GUIDELINE;
    if (!has_starred(elts) && !big) {
        for (intptr_t i = 0; i < n; i++) {
            CHECK(cu_expr(c, AST_SEQ_GET(elts, i)));
        }
        if (kind == 1) {
            return cu_emit(c, MN_OP_BUILD_TUPLE, (int)n + pushed);
        }
        return cu_emit(c, build, (int)n + pushed);
    }
    int seen_star = 0;
    if (big) {
        CHECK(cu_emit(c, build, pushed));
        seen_star = 1;
    }
    for (intptr_t i = 0; i < n; i++) {
        AstNode *elt = AST_SEQ_GET(elts, i);
        if (elt->kind == AST_Starred) {
            if (!seen_star) {
                CHECK(cu_emit(c, build, (int)i + pushed));
                seen_star = 1;
            }
            CHECK(cu_expr(c, elt->v.Starred.value));
            CHECK(cu_emit(c, extend, 1));
        } else {
            CHECK(cu_expr(c, elt));
            if (seen_star) {
                CHECK(cu_emit(c, add, 1));
            }
        }
    }
    if (kind == 1) {
        return cu_emit(c, MN_OP_LIST_TO_TUPLE, 0);
    }
    return 0;
}

static int
all_const_keys(Compiler *c, AstSeq *keys, intptr_t from, intptr_t to, MnObject **tuple)
{
    *tuple = NULL;
    MnObject *t = mn_tuple_new(to - from);
    if (t == NULL) {
        return -1;
    }
    for (intptr_t i = from; i < to; i++) {
        AstNode *k = AST_SEQ_GET(keys, i);
        if (k == NULL || k->kind != AST_Constant) {
            mn_decref(t);
            return 0;
        }
        MnObject *v;
        int r = cu_const_value(c, k, &v);
        if (r <= 0) {
            mn_decref(t);
            return r;
        }
        MN_TUPLE_SET(t, i - from, v);
    }
    *tuple = t;
    return 1;
}

static int
subdict(Compiler *c, AstNode *e, intptr_t from, intptr_t to)
{
    AstSeq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    intptr_t n = to - from;
    MnObject *ktuple = NULL;
    int r = n > 1 ? all_const_keys(c, keys, from, to, &ktuple) : 0;
    CHECK(r);
    if (r == 1) {
        for (intptr_t i = from; i < to; i++) {
            if (cu_expr(c, AST_SEQ_GET(values, i)) < 0) {
                mn_decref(ktuple);
                return -1;
            }
        }
        r = cu_emit_const(c, ktuple);
        mn_decref(ktuple);
        CHECK(r);
        return cu_emit(c, MN_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    for (intptr_t i = from; i < to; i++) {
        CHECK(cu_expr(c, AST_SEQ_GET(keys, i)));
        CHECK(cu_expr(c, AST_SEQ_GET(values, i)));
    }
    return cu_emit(c, MN_OP_BUILD_MAP, (int)n);
}

static int
compile_dict(Compiler *c, AstNode *e)
{
    intptr_t n = AST_SEQ_LEN(e->v.Dict.values);
    int have = 0;
    intptr_t start = 0;
    for (intptr_t i = 0; i < n; i++) {
        AstNode *k = e->v.Dict.keys ? AST_SEQ_GET(e->v.Dict.keys, i) : NULL;
        if (k != NULL) {
            continue;
        }
        if (i > start) {
            CHECK(subdict(c, e, start, i));
            if (have) {
                CHECK(cu_emit(c, MN_OP_DICT_UPDATE, 1));
            }
            have = 1;
        }
        if (!have) {
            CHECK(cu_emit(c, MN_OP_BUILD_MAP, 0));
            have = 1;
        }
        CHECK(cu_expr(c, AST_SEQ_GET(e->v.Dict.values, i)));
        CHECK(cu_emit(c, MN_OP_DICT_UPDATE, 1));
        start = i + 1;
    }
    if (n > start) {
        CHECK(subdict(c, e, start, n));
        if (have) {
            CHECK(cu_emit(c, MN_OP_DICT_UPDATE, 1));
        }
        have = 1;
    }
    if (!have) {
        CHECK(cu_emit(c, MN_OP_BUILD_MAP, 0));
    }
    return 0;
}

/* ==== calls ==== */

static int
check_keywords(Compiler *c, AstSeq *keywords)
{
    intptr_t n = AST_SEQ_LEN(keywords);
    for (intptr_t i = 0; i < n; i++) {
        AstNode *k = AST_SEQ_GET(keywords, i);
        if (k->v.keyword.arg == NULL) {
            continue;
        }
        for (intptr_t j = i + 1; j < n; j++) {
            AstNode *o = AST_SEQ_GET(keywords, j);
            if (o->v.keyword.arg != NULL && strcmp(o->v.keyword.arg, k->v.keyword.arg) == 0) {
                char buf[300];
                snprintf(buf, sizeof buf, "keyword argument repeated: %s", k->v.keyword.arg);
                return cu_error(c, o, buf);
            }
        }
    }
    return 0;
}

static int
kwargs_dict(Compiler *c, AstSeq *keywords)
{
    intptr_t n = AST_SEQ_LEN(keywords);
    int have = 0, group = 0;
    for (intptr_t i = 0; i <= n; i++) {
        AstNode *k = i < n ? AST_SEQ_GET(keywords, i) : NULL;
        if (k != NULL && k->v.keyword.arg != NULL) {
            MnObject *name = mn_str_intern_cstr(k->v.keyword.arg);
            if (name == NULL) {
                return -1;
            }
            int r = cu_emit_const(c, name);
            mn_decref(name);
            CHECK(r);
            CHECK(cu_expr(c, k->v.keyword.value));
            group++;
            continue;
        }
        if (group > 0) {
            CHECK(cu_emit(c, MN_OP_BUILD_MAP, group));
            if (have) {
                CHECK(cu_emit(c, MN_OP_DICT_MERGE, 1));
            }
            have = 1;
            group = 0;
        }
        if (k != NULL) {
            if (!have) {
                CHECK(cu_emit(c, MN_OP_BUILD_MAP, 0));
                have = 1;
            }
            CHECK(cu_expr(c, k->v.keyword.value));
            CHECK(cu_emit(c, MN_OP_DICT_MERGE, 1));
        }
    }
    return 0;
}

int
cu_call_helper(Compiler *c, int n, AstSeq *args, AstSeq *keywords)
{
    int line = c->u->line;
    CHECK(check_keywords(c, keywords));
    int ex = has_starred(args);
    intptr_t nkw = AST_SEQ_LEN(keywords);
    for (intptr_t i = 0; i < nkw; i++) {
        if (AST_SEQ_GET(keywords, i)->v.keyword.arg == NULL) {
            ex = 1;
        }
    }
    intptr_t nargs = AST_SEQ_LEN(args);
    if (ex) {
        if (n == 0 && nargs == 1 && AST_SEQ_GET(args, 0)->kind == AST_Starred) {
            CHECK(cu_expr(c, AST_SEQ_GET(args, 0)->v.Starred.value));
        } else {
            CHECK(starunpack(c, args, n, 1));
        }
        if (nkw > 0) {
            CHECK(kwargs_dict(c, keywords));
        }
        c->u->line = line;
        return cu_emit(c, MN_OP_CALL_FUNCTION_EX, nkw > 0);
    }
    for (intptr_t i = 0; i < nargs; i++) {
        CHECK(cu_expr(c, AST_SEQ_GET(args, i)));
    }
    if (nkw > 0) {
        MnObject *names = mn_tuple_new(nkw);
        if (names == NULL) {
            return -1;
        }
        for (intptr_t i = 0; i < nkw; i++) {
            MnObject *s = mn_str_intern_cstr(AST_SEQ_GET(keywords, i)->v.keyword.arg);
            if (s == NULL) {
                mn_decref(names);
                return -1;
            }
            MN_TUPLE_SET(names, i, s);
        }
        for (intptr_t i = 0; i < nkw; i++) {
            if (cu_expr(c, AST_SEQ_GET(keywords, i)->v.keyword.value) < 0) {
                mn_decref(names);
                return -1;
            }
        }
        int idx = cu_add_const(c, names);
        mn_decref(names);
        CHECK(idx);
        c->u->line = line;
        CHECK(cu_emit(c, MN_OP_KW_NAMES, idx));
    }
    c->u->line = line;
    return cu_emit(c, MN_OP_CALL, n + (int)nargs + (int)nkw);
}

static int
compile_call(Compiler *c, AstNode *e)
{
    AstNode *f = e->v.Call.func;
    int simple = !has_starred(e->v.Call.args);
    for (intptr_t i = 0; i < AST_SEQ_LEN(e->v.Call.keywords); i++) {
        if (AST_SEQ_GET(e->v.Call.keywords, i)->v.keyword.arg == NULL) {
            simple = 0;
        }
    }
    if (f->kind == AST_Attribute && f->v.Attribute.ctx == AST_LOAD && simple) {
        CHECK(cu_expr(c, f->v.Attribute.value));
        int idx = cu_add_name(c, f->v.Attribute.attr);
        CHECK(idx);
        c->u->line = f->end_lineno;
        CHECK(cu_emit(c, MN_OP_LOAD_METHOD, idx));
        CHECK(cu_emit_cache(c));
        return cu_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
    }
    CHECK(cu_emit(c, MN_OP_PUSH_NULL, 0));
    CHECK(cu_expr(c, f));
    c->u->line = e->lineno;
    return cu_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ==== comprehensions ==== */

static int
comp_generator(Compiler *c, AstNode *e, AstSeq *gens, intptr_t gi, int depth, AstNode *elt,
               AstNode *value)
{
    AstNode *g = AST_SEQ_GET(gens, gi);
    int start = cu_new_label(c), if_cleanup = cu_new_label(c), anchor = cu_new_label(c);
    CHECK(start);
    CHECK(if_cleanup);
    CHECK(anchor);
    if (gi == 0) {
        CHECK(cu_emit(c, MN_OP_LOAD_FAST, 0));
    } else {
        CHECK(cu_fold_iter(c, g->v.comprehension.iter));
        CHECK(cu_expr(c, g->v.comprehension.iter));
        CHECK(cu_emit(c, MN_OP_GET_ITER, 0));
    }
    depth++;
    cu_use_label(c, start);
    c->u->line = g->v.comprehension.iter->lineno;
    CHECK(cu_emit_jump(c, MN_OP_FOR_ITER, anchor));
    CHECK(cu_store_target(c, g->v.comprehension.target));
    for (intptr_t i = 0; i < AST_SEQ_LEN(g->v.comprehension.ifs); i++) {
        CHECK(cu_jump_if(c, AST_SEQ_GET(g->v.comprehension.ifs, i), if_cleanup, 0));
    }
    if (gi + 1 < AST_SEQ_LEN(gens)) {
        CHECK(comp_generator(c, e, gens, gi + 1, depth, elt, value));
    } else {
        switch (e->kind) {
        case AST_GeneratorExp:
            CHECK(cu_expr(c, elt));
            CHECK(cu_emit(c, MN_OP_YIELD_VALUE, 0));
            CHECK(cu_emit(c, MN_OP_POP_TOP, 0));
            break;
        case AST_ListComp:
            CHECK(cu_expr(c, elt));
            CHECK(cu_emit(c, MN_OP_LIST_APPEND, depth + 1));
            break;
        case AST_SetComp:
            CHECK(cu_expr(c, elt));
            CHECK(cu_emit(c, MN_OP_SET_ADD, depth + 1));
            break;
        default:
            CHECK(cu_expr(c, elt));
            CHECK(cu_expr(c, value));
            CHECK(cu_emit(c, MN_OP_MAP_ADD, depth + 1));
            break;
        }
    }
    cu_use_label(c, if_cleanup);
    c->u->line = g->v.comprehension.iter->lineno;
    CHECK(cu_emit_jump(c, MN_OP_JUMP_BACKWARD, start));
    cu_use_label(c, anchor);
    return 0;
}

static int
compile_comprehension(Compiler *c, AstNode *e, const char *name, AstSeq *gens, AstNode *elt,
                      AstNode *value)
{
    AstNode *outer = AST_SEQ_GET(gens, 0);
    CHECK(cu_enter(c, U_COMPREHENSION, name, e, e->lineno));
    c->u->argcount = 1;
    if (e->kind == AST_ListComp) {
        CHECK(cu_emit(c, MN_OP_BUILD_LIST, 0));
    } else if (e->kind == AST_SetComp) {
        CHECK(cu_emit(c, MN_OP_BUILD_SET, 0));
    } else if (e->kind == AST_DictComp) {
        CHECK(cu_emit(c, MN_OP_BUILD_MAP, 0));
    }
    CHECK(comp_generator(c, e, gens, 0, 0, elt, value));
    if (e->kind == AST_GeneratorExp) {
        CHECK(cu_emit_const(c, mn_None));
    }
    CHECK(cu_emit(c, MN_OP_RETURN_VALUE, 0));
    MnObject *code = cu_exit(c);
    if (code == NULL) {
        return -1;
    }
    int r = cu_make_closure(c, code, 0);
    mn_decref(code);
    CHECK(r);
    CHECK(cu_fold_iter(c, outer->v.comprehension.iter));
    CHECK(cu_expr(c, outer->v.comprehension.iter));
    c->u->line = e->lineno;
    CHECK(cu_emit(c, MN_OP_GET_ITER, 0));
    return cu_emit(c, MN_OP_CALL, 0);
}

/* ==== f-strings ==== */

static int
compile_joined(Compiler *c, AstNode *e)
{
    intptr_t n = AST_SEQ_LEN(e->v.JoinedStr.values);
    if (n == 0) {
        MnObject *empty = mn_str_from_cstr("");
        if (empty == NULL) {
            return -1;
        }
        int r = cu_emit_const(c, empty);
        mn_decref(empty);
        return r;
    }
    for (intptr_t i = 0; i < n; i++) {
        CHECK(cu_expr(c, AST_SEQ_GET(e->v.JoinedStr.values, i)));
    }
    if (n == 1 && AST_SEQ_GET(e->v.JoinedStr.values, 0)->kind == AST_FormattedValue) {
        return 0;
    }
    return cu_emit(c, MN_OP_BUILD_STRING, (int)n);
}

static int
compile_formatted(Compiler *c, AstNode *e)
{
    CHECK(cu_expr(c, e->v.FormattedValue.value));
    int flags = MN_FVC_NONE;
    switch (e->v.FormattedValue.conversion) {
    case 's': flags = MN_FVC_STR; break;
    case 'r': flags = MN_FVC_REPR; break;
    case 'a': flags = MN_FVC_ASCII; break;
    default: break;
    }
    if (e->v.FormattedValue.format_spec != NULL) {
        CHECK(cu_expr(c, e->v.FormattedValue.format_spec));
        flags |= MN_FVS_HAVE_SPEC;
    }
    return cu_emit(c, MN_OP_FORMAT_VALUE, flags);
}

/* ==== targets ==== */

static const char *
expr_kind_name(AstNode *e)
{
    switch (e->kind) {
    case AST_Call: return "function call";
    case AST_Constant:
        return e->v.Constant.ckind == AST_CONST_NONE || e->v.Constant.ckind == AST_CONST_TRUE ||
               e->v.Constant.ckind == AST_CONST_FALSE ? (e->v.Constant.ckind == AST_CONST_NONE
               ? "None" : e->v.Constant.ckind == AST_CONST_TRUE ? "True" : "False")
               : e->v.Constant.ckind == AST_CONST_ELLIPSIS ? "ellipsis" : "literal";
    case AST_Lambda: return "lambda";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

static int
unpack_target(Compiler *c, AstNode *t, AstSeq *elts)
{
    intptr_t n = AST_SEQ_LEN(elts);
    intptr_t star = -1;
    for (intptr_t i = 0; i < n; i++) {
        if (AST_SEQ_GET(elts, i)->kind == AST_Starred) {
            if (star >= 0) {
                return cu_error(c, t, "multiple starred expressions in assignment");
            }
            star = i;
        }
    }
    if (star >= 0) {
        if (star >= 256 || n - star - 1 >= (1 << 15)) {
            return cu_error(c, t, "too many expressions in star-unpacking assignment");
        }
        CHECK(cu_emit(c, MN_OP_UNPACK_EX, (int)(star | ((n - star - 1) << 8))));
    } else {
        CHECK(cu_emit(c, MN_OP_UNPACK_SEQUENCE, (int)n));
    }
    for (intptr_t i = 0; i < n; i++) {
        AstNode *elt = AST_SEQ_GET(elts, i);
        CHECK(cu_store_target(c, elt->kind == AST_Starred ? elt->v.Starred.value : elt));
    }
    return 0;
}

int
cu_store_target(Compiler *c, AstNode *t)
{
    int saved = c->u->line;
    int r;
    switch (t->kind) {
    case AST_Name:
        r = cu_nameop(c, t->v.Name.id, AST_STORE);
        break;
    case AST_Attribute: {
        CHECK(cu_expr(c, t->v.Attribute.value));
        int idx = cu_add_name(c, t->v.Attribute.attr);
        CHECK(idx);
        c->u->line = t->lineno;
        r = cu_emit(c, MN_OP_STORE_ATTR, idx);
        break;
    }
    case AST_Subscript:
        CHECK(cu_expr(c, t->v.Subscript.value));
        CHECK(cu_expr(c, t->v.Subscript.slice));
        c->u->line = t->lineno;
        r = cu_emit(c, MN_OP_STORE_SUBSCR, 0);
        break;
    case AST_Tuple:
    case AST_List:
        c->u->line = t->lineno;
        r = unpack_target(c, t, t->v.Tuple.elts);
        break;
    case AST_Starred:
        return cu_error(c, t, "starred assignment target must be in a list or tuple");
    default: {
        char buf[100];
        snprintf(buf, sizeof buf, "cannot assign to %s", expr_kind_name(t));
        return cu_error(c, t, buf);
    }
    }
    c->u->line = saved;
    return r;
}

/* ==== expressions ==== */

static int
compile_slice(Compiler *c, AstNode *e)
{
    int n = 2;
    if (e->v.Slice.lower) {
        CHECK(cu_expr(c, e->v.Slice.lower));
    } else {
        CHECK(cu_emit_const(c, mn_None));
    }
    if (e->v.Slice.upper) {
        CHECK(cu_expr(c, e->v.Slice.upper));
    } else {
        CHECK(cu_emit_const(c, mn_None));
    }
    if (e->v.Slice.step) {
        CHECK(cu_expr(c, e->v.Slice.step));
        n = 3;
    }
    return cu_emit(c, MN_OP_BUILD_SLICE, n);
}

static int
compile_yield_from(Compiler *c, AstNode *e)
{
    CHECK(cu_expr(c, e->v.YieldFrom.value));
    c->u->line = e->lineno;
    CHECK(cu_emit(c, MN_OP_GET_YIELD_FROM_ITER, 0));
    CHECK(cu_emit_const(c, mn_None));
    int send = cu_new_label(c), exit = cu_new_label(c);
    CHECK(send);
    CHECK(exit);
    cu_use_label(c, send);
    CHECK(cu_emit_jump(c, MN_OP_SEND, exit));
    CHECK(cu_emit(c, MN_OP_YIELD_VALUE, 1));
    CHECK(cu_emit_jump(c, MN_OP_JUMP_NO_INTERRUPT, send));
    cu_use_label(c, exit);
    return 0;
}

static int
compile_boolop(Compiler *c, AstNode *e)
{
    int end = cu_new_label(c);
    CHECK(end);
    int op = e->v.BoolOp.op == AST_AND ? MN_OP_JUMP_IF_FALSE_OR_POP : MN_OP_JUMP_IF_TRUE_OR_POP;
    intptr_t n = AST_SEQ_LEN(e->v.BoolOp.values);
    for (intptr_t i = 0; i < n - 1; i++) {
        CHECK(cu_expr(c, AST_SEQ_GET(e->v.BoolOp.values, i)));
        CHECK(cu_emit_jump(c, op, end));
    }
    CHECK(cu_expr(c, AST_SEQ_GET(e->v.BoolOp.values, n - 1)));
    cu_use_label(c, end);
    return 0;
}

static int
compile_ifexp(Compiler *c, AstNode *e)
{
    int end = cu_new_label(c), next = cu_new_label(c);
    CHECK(end);
    CHECK(next);
    CHECK(cu_jump_if(c, e->v.IfExp.test, next, 0));
    CHECK(cu_expr(c, e->v.IfExp.body));
    CHECK(cu_emit_jump(c, MN_OP_JUMP, end));
    cu_use_label(c, next);
    CHECK(cu_expr(c, e->v.IfExp.orelse));
    cu_use_label(c, end);
    return 0;
}

static int
compile_lambda(Compiler *c, AstNode *e)
{
    int flags = 0;
    CHECK(cu_defaults(c, e->v.Lambda.args, &flags));
    return cu_function_body(c, e, "<lambda>", e->v.Lambda.args, NULL, e->v.Lambda.body, &flags);
}

static int
expr_inner(Compiler *c, AstNode *e)
{
    MnObject *cv = NULL;
    if (e->kind == AST_UnaryOp || e->kind == AST_BinOp || e->kind == AST_Tuple ||
        e->kind == AST_Subscript || e->kind == AST_Constant) {
        int r = cu_const_value(c, e, &cv);
        CHECK(r);
        if (r == 1) {
            r = cu_emit_const(c, cv);
            mn_decref(cv);
            return r;
        }
    }
    switch (e->kind) {
    case AST_BoolOp:
        return compile_boolop(c, e);
    case AST_NamedExpr:
        CHECK(cu_expr(c, e->v.NamedExpr.value));
        CHECK(cu_emit(c, MN_OP_COPY, 1));
        return cu_store_target(c, e->v.NamedExpr.target);
    case AST_BinOp:
        CHECK(cu_expr(c, e->v.BinOp.left));
        CHECK(cu_expr(c, e->v.BinOp.right));
        c->u->line = e->lineno;
        return cu_emit(c, MN_OP_BINARY_OP, binop_of_ast(e->v.BinOp.op));
    case AST_UnaryOp: {
        CHECK(cu_expr(c, e->v.UnaryOp.operand));
        c->u->line = e->lineno;
        static const int ops[] = {
            [AST_INVERT] = MN_OP_UNARY_INVERT, [AST_NOT] = MN_OP_UNARY_NOT,
            [AST_UADD] = MN_OP_UNARY_POSITIVE, [AST_USUB] = MN_OP_UNARY_NEGATIVE,
        };
        return cu_emit(c, ops[e->v.UnaryOp.op], 0);
    }
    case AST_Lambda:
        return compile_lambda(c, e);
    case AST_IfExp:
        return compile_ifexp(c, e);
    case AST_Dict:
        return compile_dict(c, e);
    case AST_Set:
        if (e->konst != NULL) {
            return emit_folded_iter(c, e);
        }
        return starunpack(c, e->v.Set.elts, 0, 2);
    case AST_ListComp:
        return compile_comprehension(c, e, "<listcomp>", e->v.ListComp.generators,
                                     e->v.ListComp.elt, NULL);
    case AST_SetComp:
        return compile_comprehension(c, e, "<setcomp>", e->v.SetComp.generators,
                                     e->v.SetComp.elt, NULL);
    case AST_GeneratorExp:
        return compile_comprehension(c, e, "<genexpr>", e->v.GeneratorExp.generators,
                                     e->v.GeneratorExp.elt, NULL);
    case AST_DictComp:
        return compile_comprehension(c, e, "<dictcomp>", e->v.DictComp.generators,
                                     e->v.DictComp.key, e->v.DictComp.value);
    case AST_Yield:
        if (e->v.Yield.value) {
            CHECK(cu_expr(c, e->v.Yield.value));
        } else {
            CHECK(cu_emit_const(c, mn_None));
        }
        c->u->line = e->lineno;
        return cu_emit(c, MN_OP_YIELD_VALUE, 0);
    case AST_YieldFrom:
        return compile_yield_from(c, e);
    case AST_Compare:
        return compile_compare(c, e);
    case AST_Call:
        return compile_call(c, e);
    case AST_FormattedValue:
        return compile_formatted(c, e);
    case AST_JoinedStr:
        return compile_joined(c, e);
    case AST_Constant:
        cv = cu_literal(c, e);
        mn_xdecref(cv);
        return -1;
    case AST_Attribute: {
        CHECK(cu_expr(c, e->v.Attribute.value));
        int idx = cu_add_name(c, e->v.Attribute.attr);
        CHECK(idx);
        c->u->line = e->end_lineno;
        CHECK(cu_emit(c, MN_OP_LOAD_ATTR, idx));
        return cu_emit_cache(c);
    }
    case AST_Subscript:
        CHECK(cu_expr(c, e->v.Subscript.value));
        CHECK(cu_expr(c, e->v.Subscript.slice));
        c->u->line = e->lineno;
        return cu_emit(c, MN_OP_BINARY_SUBSCR, 0);
    case AST_Starred:
        return cu_error(c, e, "can't use starred expression here");
    case AST_Name:
        return cu_nameop(c, e->v.Name.id, AST_LOAD);
    case AST_List:
        if (e->konst != NULL) {
            return emit_folded_iter(c, e);
        }
        return starunpack(c, e->v.List.elts, 0, 0);
    case AST_Tuple:
        return starunpack(c, e->v.Tuple.elts, 0, 1);
    case AST_Slice:
        return compile_slice(c, e);
    default:
        return cu_error(c, e, "expression not supported by mnemo");
    }
}

int
cu_expr(Compiler *c, AstNode *e)
{
    int saved = c->u->line;
    c->u->line = e->lineno;
    int r = expr_inner(c, e);
    c->u->line = saved;
    return r;
}
