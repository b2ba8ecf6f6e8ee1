/*
 * src/parse_build.c - the node builders the lemon actions call: positions as CPython's ast
 * gives them, and the checks the grammar leaves to them (assignment and deletion targets,
 * call argument order, parameter order, walrus targets) with CPython 3.11's messages.
 * See also: grammar/parser.y, src/parse_int.h, src/parse_string.c (literals)
 */
#include <stdio.h>
#include <string.h>
#include "parse_int.h"

/* ==== basics ==== */

AstNode *
ps_node(ParseState *ps, AstKind kind, int l0, int c0, int l1, int c1)
{
    AstNode *n = mn_ast_node(ps->arena, kind, l0, c0, l1, c1);
    if (n == NULL) {
        if (!ps->failed) {
            ps->failed = 1;
            ps->err->kind = MN_PERR_NOMEM;
            snprintf(ps->err->msg, sizeof ps->err->msg, "out of memory");
        }
        memset(&ps->dummy, 0, sizeof ps->dummy);
        ps->dummy.kind = kind;
        return &ps->dummy;
    }
    return n;
}

static void
nomem(ParseState *ps)
{
    if (!ps->failed) {
        ps->failed = 1;
        ps->err->kind = MN_PERR_NOMEM;
        snprintf(ps->err->msg, sizeof ps->err->msg, "out of memory");
    }
}

AstSeq *
ps_seq(ParseState *ps)
{
    AstSeq *s = mn_ast_seq_new(ps->arena);
    if (s == NULL) {
        nomem(ps);
        static AstSeq empty;
        empty.n = 0;
        return &empty;
    }
    return s;
}

void
ps_append(ParseState *ps, AstSeq *seq, void *item)
{
    if (seq->cap == 0 && seq->n == 0 && seq->items == NULL && ps->failed) {
        return;
    }
    if (mn_ast_seq_append(ps->arena, seq, item) < 0) {
        nomem(ps);
    }
}

PExpr
ps_expr(AstNode *n)
{
    PExpr e = {n, 0, 0, 0, 0, 0};
    if (n != NULL) {
        e.l0 = n->lineno;
        e.c0 = n->col_offset;
        e.l1 = n->end_lineno;
        e.c1 = n->end_col_offset;
    }
    return e;
}

PExpr
ps_wrap(AstNode *n, int l0, int c0, int l1, int c1)
{
    PExpr e = {n, l0, c0, l1, c1, 0};
    return e;
}

PExpr *
ps_pexpr(ParseState *ps, PExpr e)
{
    PExpr *p = mn_ast_alloc(ps->arena, sizeof(PExpr));
    if (p == NULL) {
        nomem(ps);
        static PExpr none;
        return &none;
    }
    *p = e;
    return p;
}

char *
ps_str(ParseState *ps, MnToken t)
{
    char *s = mn_ast_strndup(ps->arena, t.start, t.len);
    if (s == NULL) {
        nomem(ps);
        return "";
    }
    return s;
}

static AstNode *
node_span(ParseState *ps, AstKind kind, PExpr a, PExpr b)
{
    return ps_node(ps, kind, a.l0, a.c0, b.l1, b.c1);
}

static AstNode *
node_tok(ParseState *ps, AstKind kind, MnToken t, int l1, int c1)
{
    return ps_node(ps, kind, t.lineno, t.col, l1, c1);
}

void
ps_unsupported(ParseState *ps, MnToken t, const char *what)
{
    ps_error(ps, MN_PERR_SYNTAX, what, t.lineno, t.col, t.end_lineno, t.end_col);
}

/* ==== lists ==== */

PList
ps_list1(ParseState *ps, PExpr e)
{
    PList l = {ps_seq(ps), e.l0, e.c0, e.l1, e.c1, 0, 0};
    ps_append(ps, l.seq, e.n);
    return l;
}

void
ps_list_add(ParseState *ps, PList *l, PExpr e)
{
    ps_append(ps, l->seq, e.n);
    l->l1 = e.l1;
    l->c1 = e.c1;
}

PExpr
ps_tuple(ParseState *ps, PList l)
{
    if (l.seq->n == 1 && !l.trailing) {
        AstNode *n = AST_SEQ_GET(l.seq, 0);
        PExpr e = ps_wrap(n, l.l0, l.c0, l.l1, l.c1);
        e.parens = n != NULL && (n->lineno != l.l0 || n->col_offset != l.c0);
        return e;
    }
    AstNode *t = ps_node(ps, AST_Tuple, l.l0, l.c0, l.l1, l.c1);
    t->v.Tuple.elts = l.seq;
    t->v.Tuple.ctx = AST_LOAD;
    return ps_expr(t);
}

/* ==== atoms and operators ==== */

PExpr
ps_name(ParseState *ps, MnToken t)
{
    AstNode *n = node_tok(ps, AST_Name, t, t.end_lineno, t.end_col);
    n->v.Name.id = ps_str(ps, t);
    n->v.Name.ctx = AST_LOAD;
    return ps_expr(n);
}

PExpr
ps_const_kw(ParseState *ps, MnToken t, AstConstKind k)
{
    AstNode *n = node_tok(ps, AST_Constant, t, t.end_lineno, t.end_col);
    n->v.Constant.ckind = k;
    n->v.Constant.s = "";
    return ps_expr(n);
}

PExpr
ps_number(ParseState *ps, MnToken t)
{
    AstNode *n = node_tok(ps, AST_Constant, t, t.end_lineno, t.end_col);
    char *s = mn_ast_alloc(ps->arena, t.len + 1);
    if (s == NULL) {
        nomem(ps);
        return ps_expr(n);
    }
    size_t k = 0;
    for (size_t i = 0; i < t.len; i++) {
        char c = t.start[i];
        if (c == '_' || (t.sub == MN_NUM_IMAG && (c == 'j' || c == 'J'))) {
            continue;
        }
        if (i == 1 && t.sub == MN_NUM_INT && (c == 'X' || c == 'O' || c == 'B')) {
            c = (char)(c + ('a' - 'A'));
        }
        s[k++] = c;
    }
    s[k] = '\0';
    n->v.Constant.ckind = t.sub == MN_NUM_FLOAT ? AST_CONST_FLOAT
                        : t.sub == MN_NUM_IMAG ? AST_CONST_IMAG : AST_CONST_INT;
    n->v.Constant.s = s;
    n->v.Constant.len = k;
    return ps_expr(n);
}

PExpr
ps_binop(ParseState *ps, PExpr a, AstOperator op, PExpr b)
{
    AstNode *n = node_span(ps, AST_BinOp, a, b);
    n->v.BinOp.left = a.n;
    n->v.BinOp.op = op;
    n->v.BinOp.right = b.n;
    return ps_expr(n);
}

PExpr
ps_unary(ParseState *ps, MnToken t, AstUnaryOp op, PExpr a)
{
    AstNode *n = node_tok(ps, AST_UnaryOp, t, a.l1, a.c1);
    n->v.UnaryOp.op = op;
    n->v.UnaryOp.operand = a.n;
    return ps_expr(n);
}

PExpr
ps_boolop(ParseState *ps, AstBoolOp op, PList l)
{
    AstNode *n = ps_node(ps, AST_BoolOp, l.l0, l.c0, l.l1, l.c1);
    n->v.BoolOp.op = op;
    n->v.BoolOp.values = l.seq;
    return ps_expr(n);
}

PExpr
ps_compare(ParseState *ps, PExpr left, AstCmpOp op, PExpr right)
{
    AstNode *n = left.n;
    if (n == NULL || n->kind != AST_Compare || left.parens || n->lineno != left.l0 ||
        n->col_offset != left.c0) {
        n = node_span(ps, AST_Compare, left, right);
        n->v.Compare.left = left.n;
        n->v.Compare.comparators = ps_seq(ps);
    }
    AstCmpOp *ops = mn_ast_alloc(ps->arena, sizeof(AstCmpOp) * (size_t)(n->v.Compare.nops + 1));
    if (ops == NULL) {
        nomem(ps);
        return ps_expr(n);
    }
    if (n->v.Compare.nops > 0) {
        memcpy(ops, n->v.Compare.ops, sizeof(AstCmpOp) * (size_t)n->v.Compare.nops);
    }
    ops[n->v.Compare.nops++] = op;
    n->v.Compare.ops = ops;
    ps_append(ps, n->v.Compare.comparators, right.n);
    n->end_lineno = right.l1;
    n->end_col_offset = right.c1;
    return ps_expr(n);
}

PExpr
ps_ifexp(ParseState *ps, PExpr body, PExpr test, PExpr orelse)
{
    AstNode *n = node_span(ps, AST_IfExp, body, orelse);
    n->v.IfExp.test = test.n;
    n->v.IfExp.body = body.n;
    n->v.IfExp.orelse = orelse.n;
    return ps_expr(n);
}

PExpr
ps_namedexpr(ParseState *ps, PExpr target, PExpr value)
{
    if (target.n->kind != AST_Name) {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot use assignment expressions with %s",
                 ps_expr_name(target.n));
        ps_error_expr(ps, msg, target);
        return target;
    }
    target.n->v.Name.ctx = AST_STORE;
    AstNode *n = node_span(ps, AST_NamedExpr, target, value);
    n->v.NamedExpr.target = target.n;
    n->v.NamedExpr.value = value.n;
    return ps_expr(n);
}

PExpr
ps_starred(ParseState *ps, MnToken t, PExpr value)
{
    AstNode *n = node_tok(ps, AST_Starred, t, value.l1, value.c1);
    n->v.Starred.value = value.n;
    n->v.Starred.ctx = AST_LOAD;
    return ps_expr(n);
}

PExpr
ps_attribute(ParseState *ps, PExpr value, MnToken name)
{
    AstNode *n = ps_node(ps, AST_Attribute, value.l0, value.c0, name.end_lineno, name.end_col);
    n->v.Attribute.value = value.n;
    n->v.Attribute.attr = ps_str(ps, name);
    n->v.Attribute.ctx = AST_LOAD;
    return ps_expr(n);
}

PExpr
ps_slice(ParseState *ps, AstNode *lo, AstNode *hi, AstNode *step, int l0, int c0, int l1,
         int c1)
{
    AstNode *n = ps_node(ps, AST_Slice, l0, c0, l1, c1);
    n->v.Slice.lower = lo;
    n->v.Slice.upper = hi;
    n->v.Slice.step = step;
    return ps_expr(n);
}

PExpr
ps_subscript(ParseState *ps, PExpr value, PList slices, MnToken rsqb)
{
    AstNode *n = ps_node(ps, AST_Subscript, value.l0, value.c0, rsqb.end_lineno, rsqb.end_col);
    n->v.Subscript.value = value.n;
    n->v.Subscript.slice = ps_tuple(ps, slices).n;
    n->v.Subscript.ctx = AST_LOAD;
    return ps_expr(n);
}

/* ==== calls ==== */

PExpr
ps_keyword_arg(ParseState *ps, PExpr name, MnToken eq, PExpr value)
{
    if (name.n->kind != AST_Name || name.parens) {
        ps_error(ps, MN_PERR_SYNTAX,
                 "expression cannot contain assignment, perhaps you meant \"==\"?",
                 name.l0, name.c0, eq.end_lineno, eq.end_col);
        return name;
    }
    AstNode *n = node_span(ps, AST_keyword, name, value);
    n->v.keyword.arg = name.n->v.Name.id;
    n->v.keyword.value = value.n;
    return ps_expr(n);
}

PExpr
ps_double_star_arg(ParseState *ps, MnToken t, PExpr value)
{
    AstNode *n = node_tok(ps, AST_keyword, t, value.l1, value.c1);
    n->v.keyword.value = value.n;
    return ps_expr(n);
}

PExpr
ps_genexp_arg(ParseState *ps, PExpr elt, AstSeq *gens)
{
    AstNode *n = ps_node(ps, AST_GeneratorExp, elt.l0, elt.c0, elt.l1, elt.c1);
    n->v.GeneratorExp.elt = elt.n;
    n->v.GeneratorExp.generators = gens;
    PExpr e = ps_expr(n);
    e.parens = 2;
    return e;
}

// Splits call arguments into positional and keyword ones, checking CPython's order rules.
static void
split_args(ParseState *ps, PList l, AstSeq **args, AstSeq **kws, MnToken rpar)
{
    *args = ps_seq(ps);
    *kws = ps_seq(ps);
    int seen_kw = 0, seen_kwunpack = 0;
    for (intptr_t i = 0; i < l.seq->n; i++) {
        AstNode *a = AST_SEQ_GET(l.seq, i);
        if (a == NULL) {
            continue;
        }
        if (a->kind == AST_keyword) {
            if (a->v.keyword.arg == NULL) {
                seen_kwunpack = 1;
            } else {
                seen_kw = 1;
            }
            ps_append(ps, *kws, a);
            continue;
        }
        const char *msg = NULL;
        if (a->kind == AST_Starred) {
            if (seen_kwunpack) {
                msg = "iterable argument unpacking follows keyword argument unpacking";
            }
        } else if (seen_kwunpack) {
            msg = "positional argument follows keyword argument unpacking";
        } else if (seen_kw) {
            msg = "positional argument follows keyword argument";
        }
        if (msg != NULL) {
            if (a->kind == AST_Starred) {
                ps_error(ps, MN_PERR_SYNTAX, msg, a->lineno, a->col_offset, a->lineno,
                         a->col_offset + 1);
            } else {
                ps_error(ps, MN_PERR_SYNTAX, msg, rpar.lineno, rpar.col, rpar.end_lineno,
                         rpar.end_col);
            }
            return;
        }
        ps_append(ps, *args, a);
    }
}

PExpr
ps_call(ParseState *ps, PExpr func, MnToken lpar, PList l, MnToken rpar)
{
    AstNode *n = ps_node(ps, AST_Call, func.l0, func.c0, rpar.end_lineno, rpar.end_col);
    n->v.Call.func = func.n;
    if (l.genexp) {
        AstNode *g = AST_SEQ_GET(l.seq, l.genexp - 1);
        AstNode *elt = g->v.GeneratorExp.elt;
        if (l.seq->n == 1 && elt != NULL && elt->kind == AST_Starred) {
            ps_error(ps, MN_PERR_SYNTAX, "iterable unpacking cannot be used in comprehension",
                     elt->lineno, elt->col_offset, elt->end_lineno, elt->end_col_offset);
            return ps_expr(n);
        }
        if (l.seq->n > 1 || l.trailing) {
            AstSeq *gens = g->v.GeneratorExp.generators;
            AstNode *last = AST_SEQ_GET(gens, gens->n - 1);
            ps_error(ps, MN_PERR_SYNTAX, "Generator expression must be parenthesized",
                     g->lineno, g->col_offset, last->end_lineno, last->end_col_offset);
            return ps_expr(n);
        }

        g->lineno = lpar.lineno;
        g->col_offset = lpar.col;
        g->end_lineno = rpar.end_lineno;
        g->end_col_offset = rpar.end_col;
    }
    split_args(ps, l, &n->v.Call.args, &n->v.Call.keywords, rpar);
    return ps_expr(n);
}

/* ==== displays and comprehensions ==== */

static void
check_no_withitem(ParseState *ps, PList l)
{
    for (intptr_t i = 0; i < AST_SEQ_LEN(l.seq); i++) {
        AstNode *e = AST_SEQ_GET(l.seq, i);
        if (e != NULL && e->kind == AST_withitem) {
            ps_error(ps, MN_PERR_SYNTAX, "invalid syntax", e->lineno, e->col_offset,
                     e->end_lineno, e->end_col_offset);
            return;
        }
    }
}

PExpr
ps_withitem_elem(ParseState *ps, PExpr e, MnToken as, PExpr target)
{
    // the node's position is that of `as`, for the error if it is not a with-item
    AstNode *n = node_tok(ps, AST_withitem, as, as.end_lineno, as.end_col);
    n->v.withitem.context_expr = e.n;
    n->v.withitem.optional_vars = target.n;
    if (ps_target(ps, target.n, 0, 0) < 0) {
        return e;
    }
    return ps_wrap(n, e.l0, e.c0, target.l1, target.c1);
}

PExpr
ps_paren(ParseState *ps, MnToken l, PList items, MnToken r)
{
    int with = l.lineno == ps->with_lpar_line && l.col == ps->with_lpar_col;
    if (!with) {
        check_no_withitem(ps, items);
    }
    if (items.seq->n == 1 && !items.trailing) {
        AstNode *n = AST_SEQ_GET(items.seq, 0);
        if (n->kind == AST_Starred) {
            ps_error(ps, MN_PERR_SYNTAX, "cannot use starred expression here", n->lineno,
                     n->col_offset, n->end_lineno, n->end_col_offset);
        }
        PExpr e = ps_wrap(n, l.lineno, l.col, r.end_lineno, r.end_col);
        e.parens = 1;
        return e;
    }
    AstNode *t = ps_node(ps, AST_Tuple, l.lineno, l.col, r.end_lineno, r.end_col);
    t->v.Tuple.elts = items.seq;
    t->v.Tuple.ctx = AST_LOAD;
    PExpr e = ps_expr(t);
    e.parens = 1;
    return e;
}

static AstNode *
comp_node(ParseState *ps, AstKind kind, MnToken l, PExpr elt, AstSeq *gens, MnToken r)
{
    if (elt.n != NULL && elt.n->kind == AST_Starred) {
        ps_error_expr(ps, "iterable unpacking cannot be used in comprehension", elt);
    }
    AstNode *n = node_tok(ps, kind, l, r.end_lineno, r.end_col);
    n->v.ListComp.elt = elt.n;
    n->v.ListComp.generators = gens;
    return n;
}

PExpr
ps_paren_genexp(ParseState *ps, MnToken l, PExpr elt, AstSeq *gens, MnToken r)
{
    PExpr e = ps_expr(comp_node(ps, AST_GeneratorExp, l, elt, gens, r));
    e.parens = 1;
    return e;
}

PExpr
ps_list(ParseState *ps, MnToken l, PList items, MnToken r)
{
    check_no_withitem(ps, items);
    AstNode *n = node_tok(ps, AST_List, l, r.end_lineno, r.end_col);
    n->v.List.elts = items.seq;
    n->v.List.ctx = AST_LOAD;
    return ps_expr(n);
}

PExpr
ps_listcomp(ParseState *ps, MnToken l, PExpr elt, AstSeq *gens, MnToken r)
{
    return ps_expr(comp_node(ps, AST_ListComp, l, elt, gens, r));
}

PExpr
ps_dict(ParseState *ps, MnToken l, AstSeq *keys, AstSeq *values, MnToken r)
{
    AstNode *n = node_tok(ps, AST_Dict, l, r.end_lineno, r.end_col);
    n->v.Dict.keys = keys;
    n->v.Dict.values = values;
    return ps_expr(n);
}

PExpr
ps_dictcomp(ParseState *ps, MnToken l, PExpr k, PExpr v, AstSeq *gens, MnToken r)
{
    AstNode *n = node_tok(ps, AST_DictComp, l, r.end_lineno, r.end_col);
    n->v.DictComp.key = k.n;
    n->v.DictComp.value = v.n;
    n->v.DictComp.generators = gens;
    return ps_expr(n);
}

PExpr
ps_set(ParseState *ps, MnToken l, PList items, MnToken r)
{
    AstNode *n = node_tok(ps, AST_Set, l, r.end_lineno, r.end_col);
    n->v.Set.elts = items.seq;
    return ps_expr(n);
}

PExpr
ps_setcomp(ParseState *ps, MnToken l, PExpr elt, AstSeq *gens, MnToken r)
{
    return ps_expr(comp_node(ps, AST_SetComp, l, elt, gens, r));
}

AstNode *
ps_comprehension(ParseState *ps, MnToken t, PList target, PExpr iter)
{
    AstNode *n = node_tok(ps, AST_comprehension, t, iter.l1, iter.c1);
    PExpr tg = ps_tuple(ps, target);
    ps_target(ps, tg.n, 0, 1);
    n->v.comprehension.target = tg.n;
    n->v.comprehension.iter = iter.n;
    n->v.comprehension.ifs = ps_seq(ps);
    return n;
}

PExpr
ps_yield(ParseState *ps, MnToken t, PList *value)
{
    AstNode *n;
    if (value == NULL) {
        n = node_tok(ps, AST_Yield, t, t.end_lineno, t.end_col);
    } else {
        PExpr v = ps_tuple(ps, *value);
        n = node_tok(ps, AST_Yield, t, v.l1, v.c1);
        n->v.Yield.value = v.n;
    }
    return ps_expr(n);
}

PExpr
ps_yield_from(ParseState *ps, MnToken t, PExpr value)
{
    AstNode *n = node_tok(ps, AST_YieldFrom, t, value.l1, value.c1);
    n->v.YieldFrom.value = value.n;
    return ps_expr(n);
}

/* ==== parameters ==== */

PParam *
ps_param(ParseState *ps, int kind, MnToken *name, PExpr *ann, PExpr *def, MnToken t)
{
    PParam *p = mn_ast_alloc(ps->arena, sizeof(PParam));
    if (p == NULL) {
        nomem(ps);
        static PParam none;
        return &none;
    }
    p->kind = kind;
    p->l0 = t.lineno;
    p->c0 = t.col;
    p->l1 = t.end_lineno;
    p->c1 = t.end_col;
    if (name != NULL) {
        int l1 = ann ? ann->l1 : name->end_lineno, c1 = ann ? ann->c1 : name->end_col;
        AstNode *a = ps_node(ps, AST_arg, name->lineno, name->col, l1, c1);
        a->v.arg.arg = ps_str(ps, *name);
        a->v.arg.annotation = ann ? ann->n : NULL;
        p->arg = a;
        p->l1 = l1;
        p->c1 = c1;
    }
    if (def != NULL) {
        p->def = def->n;
        p->l1 = def->l1;
        p->c1 = def->c1;
    }
    return p;
}

static void *
param_error(ParseState *ps, const char *msg, PParam *p)
{
    return ps_error(ps, MN_PERR_SYNTAX, msg, p->l0, p->c0, p->l1, p->c1);
}

AstNode *
ps_arguments(ParseState *ps, AstSeq *params)
{
    AstNode *n = ps_node(ps, AST_arguments, 0, 0, 0, 0);
    n->v.arguments.posonlyargs = ps_seq(ps);
    n->v.arguments.args = ps_seq(ps);
    n->v.arguments.kwonlyargs = ps_seq(ps);
    n->v.arguments.kw_defaults = ps_seq(ps);
    n->v.arguments.defaults = ps_seq(ps);
    int star = 0, slash = 0, after_bare_star = 0;
    PParam *bare = NULL;
    for (intptr_t i = 0; i < AST_SEQ_LEN(params); i++) {
        PParam *p = params->items[i];
        if (n->v.arguments.kwarg != NULL) {
            return param_error(ps, "arguments cannot follow var-keyword argument", p);
        }
        switch (p->kind) {
        case 3:
            if (slash) {
                return param_error(ps, "/ may appear only once", p);
            }
            if (star) {
                return param_error(ps, "/ must be ahead of *", p);
            }
            if (n->v.arguments.args->n == 0) {
                return param_error(ps, "invalid syntax", p);
            }
            slash = 1;
            AstSeq *tmp = n->v.arguments.posonlyargs;
            n->v.arguments.posonlyargs = n->v.arguments.args;
            n->v.arguments.args = tmp;
            break;
        case 1:
            if (star) {
                return ps_error(ps, MN_PERR_SYNTAX, "* argument may appear only once", p->l0,
                                p->c0, p->l0, p->c0 + 1);
            }
            star = 1;
            if (p->arg != NULL) {
                n->v.arguments.vararg = p->arg;
            } else {
                bare = p;
            }
            break;
        case 2:
            if (bare != NULL && !after_bare_star) {
                return param_error(ps, "named arguments must follow bare *", bare);
            }
            n->v.arguments.kwarg = p->arg;
            break;
        default:
            if (star) {
                after_bare_star = 1;
                ps_append(ps, n->v.arguments.kwonlyargs, p->arg);
                ps_append(ps, n->v.arguments.kw_defaults, p->def);
            } else {
                if (p->def != NULL) {
                    ps_append(ps, n->v.arguments.defaults, p->def);
                } else if (n->v.arguments.defaults->n > 0) {
                    return param_error(ps, "non-default argument follows default argument",
                                       p);
                }
                ps_append(ps, n->v.arguments.args, p->arg);
            }
            break;
        }
    }
    if (bare != NULL && !after_bare_star) {
        return param_error(ps, "named arguments must follow bare *", bare);
    }
    return n;
}

PExpr
ps_lambda(ParseState *ps, MnToken t, AstSeq *params, PExpr body)
{
    AstNode *n = node_tok(ps, AST_Lambda, t, body.l1, body.c1);
    AstNode *args = ps_arguments(ps, params);
    n->v.Lambda.args = args ? args : ps_node(ps, AST_arguments, 0, 0, 0, 0);
    n->v.Lambda.body = body.n;
    return ps_expr(n);
}
