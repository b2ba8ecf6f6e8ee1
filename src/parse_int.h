/*
 * src/parse_int.h - private to the front end: the parse state shared by src/parse.c, the
 * lemon actions in grammar/parser.y and the node builders in src/parse_build.c and
 * src/parse_string.c. Expression values carry their extent including parentheses.
 * See also: src/parse.h (public API), grammar/parser.y
 */
#ifndef MN_PARSE_INT_H
#define MN_PARSE_INT_H

#include "ast.h"
#include "parse.h"
#include "tokenizer.h"

// An expression with its source extent (parentheses included, unlike the node's own).
typedef struct PExpr {
    AstNode *n;                 // borrowed (arena)
    int l0, c0, l1, c1;
    int parens;                 // the extent is a parenthesized atom
} PExpr;

// A comma-separated list of expressions with its extent.
typedef struct PList {
    AstSeq *seq;                // borrowed (arena): AstNode *
    int l0, c0, l1, c1;
    int trailing;               // ended by a comma
    int genexp;                 // (call arguments) 1 + index of an unparenthesized genexp, or 0
} PList;

// The keys (NULL for **) and values of a dict display.
typedef struct PDict {
    AstSeq *keys;               // borrowed (arena)
    AstSeq *values;             // borrowed (arena)
} PDict;

// One parameter of a def or lambda, before the arguments node is built.
typedef struct PParam {
    int kind;                   // 0 plain, 1 '*' (vararg or bare), 2 '**', 3 '/'
    AstNode *arg;               // borrowed: an arg node, or NULL for bare '*' and '/'
    AstNode *def;               // borrowed: the default, or NULL
    int l0, c0, l1, c1;
} PParam;

typedef struct ParseState {
    AstArena *arena;            // borrowed
    MnParseError *err;          // borrowed
    MnTokenizer *tz;            // borrowed
    const char *buf, *end;      // borrowed: the source
    AstNode *root;              // borrowed: set by the start rule
    int failed;                 // an error is recorded; stop feeding tokens
    int syntax_error;           // lemon reported a syntax error at err_tok
    MnToken err_tok;
    int with_lpar_line, with_lpar_col;  // a '(' right after 'with'
    int fexpr_depth;            // nesting of f-string expression parses
    AstNode dummy;              // stands in for nodes that could not be allocated
} ParseState;

/* ==== errors (parse.c) ==== */

// Records a SyntaxError at byte columns of lines (0-based columns; converted to CPython's
// 1-based character offsets). -> always NULL, for convenience.
void *ps_error(ParseState *ps, MnParseErrorKind kind, const char *msg, int l0, int c0, int l1,
               int c1);
// A SyntaxError covering [e]'s extent.
void *ps_error_expr(ParseState *ps, const char *msg, PExpr e);
// Parses an f-string expression in source [s]..[e] (on line [lineno] starting at byte column
// [col]) with the same grammar. -> the expression, or NULL with the error recorded.
AstNode *ps_parse_fexpr(ParseState *ps, const char *s, const char *e, int lineno,
                        const char *line_start);

/* ==== builders (parse_build.c) ==== */

AstNode *ps_node(ParseState *ps, AstKind kind, int l0, int c0, int l1, int c1);
AstSeq *ps_seq(ParseState *ps);
void ps_append(ParseState *ps, AstSeq *seq, void *item);
PExpr ps_expr(AstNode *n);
PExpr ps_wrap(AstNode *n, int l0, int c0, int l1, int c1);
char *ps_str(ParseState *ps, MnToken t);

PExpr ps_name(ParseState *ps, MnToken t);
PExpr ps_const_kw(ParseState *ps, MnToken t, AstConstKind k);
PExpr ps_number(ParseState *ps, MnToken t);
PExpr ps_binop(ParseState *ps, PExpr a, AstOperator op, PExpr b);
PExpr ps_unary(ParseState *ps, MnToken t, AstUnaryOp op, PExpr a);
PExpr ps_boolop(ParseState *ps, AstBoolOp op, PList l);
PExpr ps_compare(ParseState *ps, PExpr left, AstCmpOp op, PExpr right);
PExpr ps_ifexp(ParseState *ps, PExpr body, PExpr test, PExpr orelse);
PExpr ps_namedexpr(ParseState *ps, PExpr target, PExpr value);
PExpr ps_starred(ParseState *ps, MnToken t, PExpr value);
PExpr ps_attribute(ParseState *ps, PExpr value, MnToken name);
PExpr ps_subscript(ParseState *ps, PExpr value, PList slices, MnToken rsqb);
PExpr ps_slice(ParseState *ps, AstNode *lo, AstNode *hi, AstNode *step, int l0, int c0,
               int l1, int c1);
PExpr ps_call(ParseState *ps, PExpr func, MnToken lpar, PList args, MnToken rpar);
PExpr ps_keyword_arg(ParseState *ps, PExpr name, MnToken eq, PExpr value);
PExpr ps_double_star_arg(ParseState *ps, MnToken t, PExpr value);
PExpr ps_lambda(ParseState *ps, MnToken t, AstSeq *params, PExpr body);
PExpr ps_yield(ParseState *ps, MnToken t, PList *value);
PExpr ps_yield_from(ParseState *ps, MnToken t, PExpr value);
PExpr ps_paren(ParseState *ps, MnToken l, PList items, MnToken r);
PExpr ps_paren_genexp(ParseState *ps, MnToken l, PExpr elt, AstSeq *gens, MnToken r);
PExpr ps_list(ParseState *ps, MnToken l, PList items, MnToken r);
PExpr ps_listcomp(ParseState *ps, MnToken l, PExpr elt, AstSeq *gens, MnToken r);
PExpr ps_dict(ParseState *ps, MnToken l, AstSeq *keys, AstSeq *values, MnToken r);
PExpr ps_dictcomp(ParseState *ps, MnToken l, PExpr k, PExpr v, AstSeq *gens, MnToken r);
PExpr ps_set(ParseState *ps, MnToken l, PList items, MnToken r);
PExpr ps_setcomp(ParseState *ps, MnToken l, PExpr elt, AstSeq *gens, MnToken r);
PExpr ps_genexp_arg(ParseState *ps, PExpr elt, AstSeq *gens);
AstNode *ps_comprehension(ParseState *ps, MnToken t, PList target, PExpr iter);
PExpr ps_withitem_elem(ParseState *ps, PExpr e, MnToken as, PExpr target);
PExpr ps_tuple(ParseState *ps, PList l);
// A copy of [e] in the arena.
PExpr *ps_pexpr(ParseState *ps, PExpr e);
PList ps_list1(ParseState *ps, PExpr e);
void ps_list_add(ParseState *ps, PList *l, PExpr e);
PExpr ps_strings(ParseState *ps, AstSeq *toks);

// Statements.
AstNode *ps_expr_stmt(ParseState *ps, PList l);
// [targets]: PExpr * (arena).
AstNode *ps_assign(ParseState *ps, AstSeq *targets, PExpr value);
AstNode *ps_augassign(ParseState *ps, PList target, AstOperator op, PExpr value);
AstNode *ps_annassign(ParseState *ps, PList target, PExpr ann, PExpr *value);
AstNode *ps_simple(ParseState *ps, AstKind kind, MnToken t);
AstNode *ps_return(ParseState *ps, MnToken t, PList *value);
AstNode *ps_raise(ParseState *ps, MnToken t, PExpr *exc, PExpr *cause);
AstNode *ps_del(ParseState *ps, MnToken t, PList targets);
AstNode *ps_global(ParseState *ps, MnToken t, AstKind kind, AstSeq *names, MnToken last);
AstNode *ps_assert(ParseState *ps, MnToken t, PExpr test, PExpr *msg);
AstNode *ps_import(ParseState *ps, MnToken t, AstSeq *names);
AstNode *ps_import_from(ParseState *ps, MnToken t, int level, AstNode *module, PList names);
AstNode *ps_alias(ParseState *ps, AstNode *dotted, MnToken *asname);
AstNode *ps_dotted_name(ParseState *ps, AstNode *prefix, MnToken name);
AstNode *ps_if(ParseState *ps, MnToken t, PExpr test, AstSeq *body, AstSeq *orelse);
AstNode *ps_while(ParseState *ps, MnToken t, PExpr test, AstSeq *body, AstSeq *orelse);
AstNode *ps_for(ParseState *ps, MnToken t, PList target, PList iter, AstSeq *body,
                AstSeq *orelse);
AstNode *ps_try(ParseState *ps, MnToken t, AstSeq *body, AstSeq *handlers, AstSeq *orelse,
                AstSeq *finalbody);
AstNode *ps_handler(ParseState *ps, MnToken t, PExpr *type, MnToken *name, AstSeq *body);
AstNode *ps_with(ParseState *ps, MnToken t, AstSeq *items, AstSeq *body);
AstNode *ps_withitem(ParseState *ps, PExpr e, PExpr *target);
AstNode *ps_funcdef(ParseState *ps, MnToken t, MnToken name, AstSeq *params, PExpr *returns,
                    AstSeq *body);
AstNode *ps_classdef(ParseState *ps, MnToken t, MnToken name, PList *args, AstSeq *body);
AstNode *ps_decorated(ParseState *ps, AstSeq *decorators, AstNode *def);
PParam *ps_param(ParseState *ps, int kind, MnToken *name, PExpr *ann, PExpr *def,
                 MnToken t);
AstNode *ps_arguments(ParseState *ps, AstSeq *params);
void ps_unsupported(ParseState *ps, MnToken t, const char *what);
// CPython's name for the kind of expression [n] ("function call", "literal", ...).
const char *ps_expr_name(const AstNode *n);
// Makes [n] a Store (or, with [del], Del) target; [for_] applies the for-loop rules.
// -> 0, or -1 with "cannot assign to ..."/"cannot delete ..." recorded.
int ps_target(ParseState *ps, AstNode *n, int del, int for_);
// The end of the last statement of [body] (for compound statement extents).
void ps_body_end(AstSeq *body, int *l1, int *c1);

#endif
