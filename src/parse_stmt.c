/*
 * src/parse_stmt.c - the statement builders the lemon actions call: extents as CPython's
 * ast gives them (a compound statement ends with the last statement of its last block),
 * and the target checks of assignments, deletions, for loops and with-items.
 * See also: src/parse_build.c (expressions), grammar/parser.y
 */
#include <stdio.h>
#include <string.h>
#include "parse_int.h"

void
ps_body_end(AstSeq *body, int *l1, int *c1)
{
    if (AST_SEQ_LEN(body) > 0) {
        AstNode *last = AST_SEQ_GET(body, body->n - 1);
        if (last != NULL) {
            *l1 = last->end_lineno;
            *c1 = last->end_col_offset;
        }
    }
}

const char *
ps_expr_name(const AstNode *n)
{
    switch (n->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_Constant:
        switch (n->v.Constant.ckind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

static AstNode *
bad_target(AstNode *n, int del, int for_)
{
    switch (n->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript:
        return NULL;
    case AST_Tuple: case AST_List:
        for (intptr_t i = 0; i < AST_SEQ_LEN(n->v.Tuple.elts); i++) {
            AstNode *b = bad_target(AST_SEQ_GET(n->v.Tuple.elts, i), del, for_);
            if (b != NULL) {
                return b;
            }
        }
        return NULL;
    case AST_Starred:
        return del ? n : bad_target(n->v.Starred.value, del, for_);
    case AST_Compare:
        if (for_ && n->v.Compare.ops[0] == AST_IN) {
            return bad_target(n->v.Compare.left, del, for_);
        }
        return n;
    default:
        return n;
    }
}

static void
store_ctx(AstNode *n, AstCtx ctx)
{
    switch (n->kind) {
    case AST_Name: n->v.Name.ctx = ctx; break;
    case AST_Attribute: n->v.Attribute.ctx = ctx; break;
    case AST_Subscript: n->v.Subscript.ctx = ctx; break;
    case AST_Starred:
        n->v.Starred.ctx = ctx;
        store_ctx(n->v.Starred.value, ctx);
        break;
    case AST_Tuple: case AST_List:
        n->v.Tuple.ctx = ctx;
        for (intptr_t i = 0; i < AST_SEQ_LEN(n->v.Tuple.elts); i++) {
            store_ctx(AST_SEQ_GET(n->v.Tuple.elts, i), ctx);
        }
        break;
    default: break;
    }
}

int
ps_target(ParseState *ps, AstNode *n, int del, int for_)
{
    AstNode *b = bad_target(n, del, for_);
    if (b != NULL) {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot %s %s", del ? "delete" : "assign to",
                 ps_expr_name(b));
        ps_error(ps, MN_PERR_SYNTAX, msg, b->lineno, b->col_offset, b->end_lineno,
                 b->end_col_offset);
        return -1;
    }
    store_ctx(n, del ? AST_DEL : AST_STORE);
    return 0;
}

/* ==== simple statements ==== */

AstNode *
ps_expr_stmt(ParseState *ps, PList l)
{
    PExpr e = ps_tuple(ps, l);
    AstNode *n = ps_node(ps, AST_Expr, e.l0, e.c0, e.l1, e.c1);
    n->v.Expr.value = e.n;
    return n;
}

// The kinds CPython's invalid_named_expression rule sees as a bitwise_or operand.
static int
is_bitwise_or(PExpr e)
{
    if (e.parens) {
        return 1;
    }
    switch (e.n->kind) {
    case AST_Compare: case AST_BoolOp: case AST_IfExp: case AST_Lambda: case AST_Yield:
    case AST_YieldFrom: case AST_NamedExpr: case AST_Starred: case AST_Tuple:
        return 0;
    case AST_UnaryOp:
        return e.n->v.UnaryOp.op != AST_NOT;
    default:
        return 1;
    }
}

AstNode *
ps_assign(ParseState *ps, AstSeq *targets, PExpr value)
{
    PExpr *first = targets->items[0];
    AstNode *n = ps_node(ps, AST_Assign, first->l0, first->c0, value.l1, value.c1);
    n->v.Assign.targets = ps_seq(ps);
    n->v.Assign.value = value.n;
    for (intptr_t i = 0; i < targets->n; i++) {
        PExpr *t = targets->items[i];
        AstNode *tn = t->n;
        if (tn->kind == AST_Yield || tn->kind == AST_YieldFrom) {
            ps_error_expr(ps, "assignment to yield expression not possible", *t);
            return n;
        }
        AstNode *b = bad_target(tn, 0, 0);
        if (b != NULL && i == 0 && targets->n == 1 && b == tn && is_bitwise_or(*t) &&
            tn->kind != AST_List && tn->kind != AST_Tuple && tn->kind != AST_GeneratorExp &&
            !(tn->kind == AST_Constant && tn->v.Constant.ckind <= AST_CONST_FALSE) &&
            is_bitwise_or(value)) {
            char msg[128];
            snprintf(msg, sizeof msg,
                     "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                     ps_expr_name(tn));
            ps_error(ps, MN_PERR_SYNTAX, msg, tn->lineno, tn->col_offset, tn->end_lineno,
                     tn->end_col_offset);
            return n;
        }
        if (ps_target(ps, tn, 0, 0) < 0) {
            return n;
        }
        ps_append(ps, n->v.Assign.targets, tn);
    }
    return n;
}

AstNode *
ps_augassign(ParseState *ps, PList tl, AstOperator op, PExpr value)
{
    PExpr t = ps_tuple(ps, tl);
    AstNode *n = ps_node(ps, AST_AugAssign, t.l0, t.c0, value.l1, value.c1);
    AstKind k = t.n->kind;
    if (k != AST_Name && k != AST_Attribute && k != AST_Subscript) {
        char msg[128];
        snprintf(msg, sizeof msg, "'%s' is an illegal expression for augmented assignment",
                 ps_expr_name(t.n));
        ps_error_expr(ps, msg, t);
        return n;
    }
    store_ctx(t.n, AST_STORE);
    n->v.AugAssign.target = t.n;
    n->v.AugAssign.op = op;
    n->v.AugAssign.value = value.n;
    return n;
}

AstNode *
ps_annassign(ParseState *ps, PList tl, PExpr ann, PExpr *value)
{
    PExpr t = ps_tuple(ps, tl);
    int l1 = value ? value->l1 : ann.l1, c1 = value ? value->c1 : ann.c1;
    AstNode *n = ps_node(ps, AST_AnnAssign, t.l0, t.c0, l1, c1);
    AstKind k = t.n->kind;
    if (k == AST_Tuple || k == AST_List) {
        ps_error_expr(ps, k == AST_Tuple ? "only single target (not tuple) can be annotated"
                                         : "only single target (not list) can be annotated", t);
        return n;
    }
    if (k != AST_Name && k != AST_Attribute && k != AST_Subscript) {
        ps_error_expr(ps, "illegal target for annotation", t);
        return n;
    }
    store_ctx(t.n, AST_STORE);
    n->v.AnnAssign.target = t.n;
    n->v.AnnAssign.annotation = ann.n;
    n->v.AnnAssign.value = value ? value->n : NULL;
    n->v.AnnAssign.simple = k == AST_Name && !t.parens;
    return n;
}

AstNode *
ps_simple(ParseState *ps, AstKind kind, MnToken t)
{
    return ps_node(ps, kind, t.lineno, t.col, t.end_lineno, t.end_col);
}

AstNode *
ps_return(ParseState *ps, MnToken t, PList *value)
{
    if (value == NULL) {
        return ps_simple(ps, AST_Return, t);
    }
    PExpr v = ps_tuple(ps, *value);
    AstNode *n = ps_node(ps, AST_Return, t.lineno, t.col, v.l1, v.c1);
    n->v.Return.value = v.n;
    return n;
}

AstNode *
ps_raise(ParseState *ps, MnToken t, PExpr *exc, PExpr *cause)
{
    PExpr *last = cause ? cause : exc;
    AstNode *n = last ? ps_node(ps, AST_Raise, t.lineno, t.col, last->l1, last->c1)
                      : ps_simple(ps, AST_Raise, t);
    n->v.Raise.exc = exc ? exc->n : NULL;
    n->v.Raise.cause = cause ? cause->n : NULL;
    return n;
}

AstNode *
ps_del(ParseState *ps, MnToken t, PList targets)
{
    AstNode *n = ps_node(ps, AST_Delete, t.lineno, t.col, targets.l1, targets.c1);
    n->v.Delete.targets = ps_seq(ps);
    for (intptr_t i = 0; i < targets.seq->n; i++) {
        AstNode *e = AST_SEQ_GET(targets.seq, i);
        if (ps_target(ps, e, 1, 0) < 0) {
            return n;
        }
        ps_append(ps, n->v.Delete.targets, e);
    }
    return n;
}

AstNode *
ps_global(ParseState *ps, MnToken t, AstKind kind, AstSeq *names, MnToken last)
{
    AstNode *n = ps_node(ps, kind, t.lineno, t.col, last.end_lineno, last.end_col);
    n->v.Global.names = names;
    return n;
}

AstNode *
ps_assert(ParseState *ps, MnToken t, PExpr test, PExpr *msg)
{
    PExpr last = msg ? *msg : test;
    AstNode *n = ps_node(ps, AST_Assert, t.lineno, t.col, last.l1, last.c1);
    n->v.Assert.test = test.n;
    n->v.Assert.msg = msg ? msg->n : NULL;
    return n;
}

AstNode *
ps_dotted_name(ParseState *ps, AstNode *prefix, MnToken name)
{
    if (prefix == NULL) {
        AstNode *n = ps_node(ps, AST_alias, name.lineno, name.col, name.end_lineno,
                             name.end_col);
        n->v.alias.name = ps_str(ps, name);
        return n;
    }
    size_t a = strlen(prefix->v.alias.name);
    char *s = mn_ast_alloc(ps->arena, a + name.len + 2);
    if (s != NULL) {
        memcpy(s, prefix->v.alias.name, a);
        s[a] = '.';
        memcpy(s + a + 1, name.start, name.len);
        s[a + 1 + name.len] = '\0';
        prefix->v.alias.name = s;
    }
    prefix->end_lineno = name.end_lineno;
    prefix->end_col_offset = name.end_col;
    return prefix;
}

AstNode *
ps_alias(ParseState *ps, AstNode *dotted, MnToken *asname)
{
    if (asname != NULL) {
        dotted->v.alias.asname = ps_str(ps, *asname);
        dotted->end_lineno = asname->end_lineno;
        dotted->end_col_offset = asname->end_col;
    }
    return dotted;
}

AstNode *
ps_import(ParseState *ps, MnToken t, AstSeq *names)
{
    AstNode *last = AST_SEQ_GET(names, names->n - 1);
    AstNode *n = ps_node(ps, AST_Import, t.lineno, t.col, last->end_lineno,
                         last->end_col_offset);
    n->v.Import.names = names;
    return n;
}

AstNode *
ps_import_from(ParseState *ps, MnToken t, int level, AstNode *module, PList names)
{
    AstNode *n = ps_node(ps, AST_ImportFrom, t.lineno, t.col, names.l1, names.c1);
    n->v.ImportFrom.module = module ? module->v.alias.name : NULL;
    n->v.ImportFrom.names = names.seq;
    n->v.ImportFrom.level = level;
    return n;
}

/* ==== compound statements ==== */

static AstNode *
block_node(ParseState *ps, AstKind kind, MnToken t, AstSeq *body, AstSeq *b2, AstSeq *b3,
           AstSeq *b4)
{
    int l1 = t.end_lineno, c1 = t.end_col;
    ps_body_end(body, &l1, &c1);
    ps_body_end(b2, &l1, &c1);
    ps_body_end(b3, &l1, &c1);
    ps_body_end(b4, &l1, &c1);
    return ps_node(ps, kind, t.lineno, t.col, l1, c1);
}

AstNode *
ps_if(ParseState *ps, MnToken t, PExpr test, AstSeq *body, AstSeq *orelse)
{
    AstNode *n = block_node(ps, AST_If, t, body, orelse, NULL, NULL);
    n->v.If.test = test.n;
    n->v.If.body = body;
    n->v.If.orelse = orelse;
    return n;
}

AstNode *
ps_while(ParseState *ps, MnToken t, PExpr test, AstSeq *body, AstSeq *orelse)
{
    AstNode *n = block_node(ps, AST_While, t, body, orelse, NULL, NULL);
    n->v.While.test = test.n;
    n->v.While.body = body;
    n->v.While.orelse = orelse;
    return n;
}

AstNode *
ps_for(ParseState *ps, MnToken t, PList tl, PList iter, AstSeq *body, AstSeq *orelse)
{
    AstNode *n = block_node(ps, AST_For, t, body, orelse, NULL, NULL);
    PExpr tg = ps_tuple(ps, tl);
    ps_target(ps, tg.n, 0, 1);
    n->v.For.target = tg.n;
    n->v.For.iter = ps_tuple(ps, iter).n;
    n->v.For.body = body;
    n->v.For.orelse = orelse;
    return n;
}

AstNode *
ps_try(ParseState *ps, MnToken t, AstSeq *body, AstSeq *handlers, AstSeq *orelse,
       AstSeq *finalbody)
{
    AstNode *n = block_node(ps, AST_Try, t, body, handlers, orelse, finalbody);
    n->v.Try.body = body;
    n->v.Try.handlers = handlers ? handlers : ps_seq(ps);
    n->v.Try.orelse = orelse ? orelse : ps_seq(ps);
    n->v.Try.finalbody = finalbody ? finalbody : ps_seq(ps);
    return n;
}

AstNode *
ps_handler(ParseState *ps, MnToken t, PExpr *type, MnToken *name, AstSeq *body)
{
    AstNode *n = block_node(ps, AST_ExceptHandler, t, body, NULL, NULL, NULL);
    n->v.ExceptHandler.type = type ? type->n : NULL;
    n->v.ExceptHandler.name = name ? ps_str(ps, *name) : NULL;
    n->v.ExceptHandler.body = body;
    return n;
}

AstNode *
ps_withitem(ParseState *ps, PExpr e, PExpr *tgt)
{
    if (tgt == NULL && e.n != NULL && e.n->kind == AST_withitem) {
        return e.n;     // (a as b)
    }
    AstNode *n = ps_node(ps, AST_withitem, e.l0, e.c0, e.l1, e.c1);
    n->v.withitem.context_expr = e.n;
    if (tgt != NULL) {
        ps_target(ps, tgt->n, 0, 0);
        n->v.withitem.optional_vars = tgt->n;
    }
    return n;
}

AstNode *
ps_with(ParseState *ps, MnToken t, AstSeq *items, AstSeq *body)
{
    AstNode *n = block_node(ps, AST_With, t, body, NULL, NULL, NULL);
    AstSeq *out = items;
    // with (a as b, c): the parenthesized form gives one item per element
    if (items->n == 1) {
        AstNode *it = AST_SEQ_GET(items, 0);
        AstNode *ce = it->v.withitem.context_expr;
        if (it->v.withitem.optional_vars == NULL && ce != NULL && ce->kind == AST_Tuple &&
            ce->lineno == ps->with_lpar_line && ce->col_offset == ps->with_lpar_col) {
            out = ps_seq(ps);
            for (intptr_t i = 0; i < ce->v.Tuple.elts->n; i++) {
                AstNode *e = AST_SEQ_GET(ce->v.Tuple.elts, i);
                if (e->kind != AST_withitem) {
                    AstNode *w = ps_node(ps, AST_withitem, e->lineno, e->col_offset,
                                         e->end_lineno, e->end_col_offset);
                    w->v.withitem.context_expr = e;
                    e = w;
                }
                ps_append(ps, out, e);
            }
        }
    }
    for (intptr_t i = 0; i < out->n; i++) {
        AstNode *it = AST_SEQ_GET(out, i);
        AstNode *ce = it->v.withitem.context_expr;
        if (ce != NULL && ce->kind == AST_Tuple && out == items) {
            for (intptr_t j = 0; j < ce->v.Tuple.elts->n; j++) {
                AstNode *e = AST_SEQ_GET(ce->v.Tuple.elts, j);
                if (e->kind == AST_withitem) {
                    ps_error(ps, MN_PERR_SYNTAX, "invalid syntax", e->lineno, e->col_offset,
                             e->end_lineno, e->end_col_offset);
                    return n;
                }
            }
        }
    }
    n->v.With.items = out;
    n->v.With.body = body;
    return n;
}

AstNode *
ps_funcdef(ParseState *ps, MnToken t, MnToken name, AstSeq *params, PExpr *returns,
           AstSeq *body)
{
    AstNode *n = block_node(ps, AST_FunctionDef, t, body, NULL, NULL, NULL);
    n->v.FunctionDef.name = ps_str(ps, name);
    AstNode *args = ps_arguments(ps, params);
    n->v.FunctionDef.args = args ? args : ps_node(ps, AST_arguments, 0, 0, 0, 0);
    n->v.FunctionDef.body = body;
    n->v.FunctionDef.decorator_list = ps_seq(ps);
    n->v.FunctionDef.returns = returns ? returns->n : NULL;
    return n;
}

AstNode *
ps_classdef(ParseState *ps, MnToken t, MnToken name, PList *args, AstSeq *body)
{
    AstNode *n = block_node(ps, AST_ClassDef, t, body, NULL, NULL, NULL);
    n->v.ClassDef.name = ps_str(ps, name);
    n->v.ClassDef.body = body;
    n->v.ClassDef.decorator_list = ps_seq(ps);
    if (args != NULL) {
        MnToken lp = {0}, rp = {0};
        rp.lineno = rp.end_lineno = args->l1;
        rp.col = args->c1;
        rp.end_col = args->c1 + 1;
        PExpr fake = {NULL, 0, 0, 0, 0, 0};
        AstNode *dummy = ps_node(ps, AST_Name, 0, 0, 0, 0);
        fake.n = dummy;
        PExpr call = ps_call(ps, fake, lp, *args, rp);
        if (call.n != NULL && call.n->kind == AST_Call) {
            n->v.ClassDef.bases = call.n->v.Call.args;
            n->v.ClassDef.keywords = call.n->v.Call.keywords;
        }
    }
    if (n->v.ClassDef.bases == NULL) {
        n->v.ClassDef.bases = ps_seq(ps);
    }
    if (n->v.ClassDef.keywords == NULL) {
        n->v.ClassDef.keywords = ps_seq(ps);
    }
    return n;
}

AstNode *
ps_decorated(ParseState *ps, AstSeq *decorators, AstNode *def)
{
    (void)ps;
    if (def == NULL) {
        return def;
    }
    if (def->kind == AST_FunctionDef) {
        def->v.FunctionDef.decorator_list = decorators;
    } else if (def->kind == AST_ClassDef) {
        def->v.ClassDef.decorator_list = decorators;
    }
    return def;
}
