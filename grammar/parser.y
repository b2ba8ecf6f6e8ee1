/*
 * grammar/parser.y - the lemon (LALR(1)) grammar of mnemo's Python subset; each action is
 * one builder call from src/parse_build.c. The grammar accepts a little more than Python
 * (assignment targets are parsed as expressions, keyword arguments as `test = test`) and the
 * builders reject the rest with CPython's messages. A start token selects the entry rule:
 * a module, an expression (eval), an interactive entry, or an f-string expression.
 * See also: src/parse.c (driver), src/parse_int.h, src/tokenizer.c
 */
%name mn_parser
%token_prefix MN_TOK_
%token_type {MnToken}
%extra_argument {ParseState *ps}
%stack_size 0
%start_symbol input

%include {
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parse_int.h"
// The stack grows dynamically up to 1 MB (about 25,000 nested symbols); beyond that the
// parse fails as CPython's does ("too complex to parse") instead of exhausting C stacks later.
#define realloc(p, n) ((size_t)(n) > ((size_t)1 << 20) ? NULL : realloc(p, n))
}

%syntax_error {
    (void)yymajor;
    if (!ps->syntax_error && !ps->failed) {
        ps->syntax_error = 1;
        ps->err_tok = TOKEN;
    }
}

%stack_overflow {
    if (!ps->failed) {
        ps->failed = 1;
        ps->err->kind = MN_PERR_NOMEM;
        snprintf(ps->err->msg, sizeof ps->err->msg,
                 "Parser stack overflowed - Python source too complex to parse");
    }
}

%token START_FILE START_EVAL START_SINGLE START_FEXPR ERRORTOKEN INDENT DEDENT.

%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH PERCENT DOUBLESLASH AT.
%right UNARY.
%right DOUBLESTAR.

%type stmts {AstSeq *}
%type stmt {AstSeq *}
%type simple_stmts {AstSeq *}
%type small_list {AstSeq *}
%type small_stmt {AstNode *}
%type compound_stmt {AstNode *}
%type suite {AstSeq *}
%type expr_stmt {AstNode *}
%type assign_lhs {AstSeq *}
%type augop {AstOperator}
%type rhs {PExpr}
%type if_tail {AstSeq *}
%type else_opt {AstSeq *}
%type handlers {AstSeq *}
%type handler {AstNode *}
%type with_items {AstSeq *}
%type with_item {AstNode *}
%type funcdef {AstNode *}
%type classdef {AstNode *}
%type decorators {AstSeq *}
%type params {AstSeq *}
%type param_list {AstSeq *}
%type param {PParam *}
%type lparams {AstSeq *}
%type lparam_list {AstSeq *}
%type lparam {PParam *}
%type names {AstSeq *}
%type dotted_name {AstNode *}
%type dotted_as_names {AstSeq *}
%type dotted_as_name {AstNode *}
%type import_as_names {AstSeq *}
%type import_as_name {AstNode *}
%type dots {int}
%type import_targets {PList}

%type test {PExpr}
%type or_test {PExpr}
%type or_list {PList}
%type and_test {PExpr}
%type and_list {PList}
%type not_test {PExpr}
%type comparison {PExpr}
%type expr {PExpr}
%type atom_expr {PExpr}
%type atom {PExpr}
%type strings {AstSeq *}
%type namedexpr_test {PExpr}
%type star_expr {PExpr}
%type lambdef {PExpr}
%type yield_expr {PExpr}
%type elem {PExpr}
%type elems {PList}
%type elem_list {PList}
%type tl_list {PList}
%type ex_list {PList}
%type sub_list {PList}
%type testlist {PList}
%type tl_elem {PExpr}
%type exprlist {PList}
%type ex_elem {PExpr}
%type comp_for {AstSeq *}
%type arglist {PList}
%type args {PList}
%type argument {PExpr}
%type subscripts {PList}
%type subscript {PExpr}
%type test_opt {PExpr}
%type dict_items {PDict}
%type set_items {PList}
%type set_elem {PExpr}
%type fexpr_body {PExpr}

/* ==== entry points ==== */

input ::= START_FILE stmts(B) ENDMARKER(E). {
    (void)E;
    ps->root = ps_node(ps, AST_Module, 1, 0, 1, 0);
    ps->root->v.Module.body = B;
}
input ::= START_EVAL testlist(L) newlines ENDMARKER. {
    ps->root = ps_node(ps, AST_Expression, 1, 0, 1, 0);
    ps->root->v.Expression.body = ps_tuple(ps, L).n;
}
input ::= START_SINGLE ENDMARKER. {
    ps->root = ps_node(ps, AST_Interactive, 1, 0, 1, 0);
    ps->root->v.Interactive.body = ps_seq(ps);
}
input ::= START_SINGLE NEWLINE ENDMARKER. {
    ps->root = ps_node(ps, AST_Interactive, 1, 0, 1, 0);
    ps->root->v.Interactive.body = ps_seq(ps);
}
input ::= START_SINGLE simple_stmts(B) ENDMARKER. {
    ps->root = ps_node(ps, AST_Interactive, 1, 0, 1, 0);
    ps->root->v.Interactive.body = B;
}
input ::= START_SINGLE compound_stmt(S) newlines ENDMARKER. {
    ps->root = ps_node(ps, AST_Interactive, 1, 0, 1, 0);
    ps->root->v.Interactive.body = ps_seq(ps);
    ps_append(ps, ps->root->v.Interactive.body, S);
}
input ::= START_FEXPR fexpr_body(E) ENDMARKER. {
    ps->root = E.n;
}

newlines ::= .
newlines ::= newlines NEWLINE.

fexpr_body(A) ::= testlist(L). { A = ps_tuple(ps, L); }
fexpr_body(A) ::= yield_expr(Y). { A = Y; }

/* ==== statements ==== */

// file_input: (NEWLINE | statement)* ENDMARKER
stmts(A) ::= . { A = ps_seq(ps); }
stmts(A) ::= stmts(B) stmt(S). {
    A = B;
    for (intptr_t i = 0; i < AST_SEQ_LEN(S); i++) {
        ps_append(ps, A, S->items[i]);
    }
}

stmt(A) ::= simple_stmts(S). { A = S; }
stmt(A) ::= compound_stmt(S). { A = ps_seq(ps); ps_append(ps, A, S); }

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
simple_stmts(A) ::= small_list(L) NEWLINE. { A = L; }
simple_stmts(A) ::= small_list(L) SEMI NEWLINE. { A = L; }
small_list(A) ::= small_stmt(S). { A = ps_seq(ps); ps_append(ps, A, S); }
small_list(A) ::= small_list(L) SEMI small_stmt(S). { A = L; ps_append(ps, A, S); }

small_stmt(A) ::= expr_stmt(S). { A = S; }
small_stmt(A) ::= DEL(T) exprlist(L). { A = ps_del(ps, T, L); }
small_stmt(A) ::= PASS(T). { A = ps_simple(ps, AST_Pass, T); }
small_stmt(A) ::= BREAK(T). { A = ps_simple(ps, AST_Break, T); }
small_stmt(A) ::= CONTINUE(T). { A = ps_simple(ps, AST_Continue, T); }
small_stmt(A) ::= RETURN(T). { A = ps_return(ps, T, NULL); }
small_stmt(A) ::= RETURN(T) testlist(L). { A = ps_return(ps, T, &L); }
small_stmt(A) ::= RAISE(T). { A = ps_raise(ps, T, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(E). { A = ps_raise(ps, T, &E, NULL); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C). { A = ps_raise(ps, T, &E, &C); }
small_stmt(A) ::= GLOBAL(T) names(N) NAME(L). {
    ps_append(ps, N, ps_str(ps, L));
    A = ps_global(ps, T, AST_Global, N, L);
}
small_stmt(A) ::= NONLOCAL(T) names(N) NAME(L). {
    ps_append(ps, N, ps_str(ps, L));
    A = ps_global(ps, T, AST_Nonlocal, N, L);
}
small_stmt(A) ::= ASSERT(T) test(E). { A = ps_assert(ps, T, E, NULL); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M). { A = ps_assert(ps, T, E, &M); }
small_stmt(A) ::= IMPORT(T) dotted_as_names(N). { A = ps_import(ps, T, N); }
small_stmt(A) ::= FROM(T) dots(D) dotted_name(M) IMPORT import_targets(N). {
    A = ps_import_from(ps, T, D, M, N);
}
small_stmt(A) ::= FROM(T) dots(D) IMPORT import_targets(N). {
    A = ps_import_from(ps, T, D, NULL, N);
}

names(A) ::= . { A = ps_seq(ps); }
names(A) ::= names(B) NAME(N) COMMA. { A = B; ps_append(ps, A, ps_str(ps, N)); }

dots(A) ::= . { A = 0; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }

dotted_name(A) ::= NAME(N). { A = ps_dotted_name(ps, NULL, N); }
dotted_name(A) ::= dotted_name(P) DOT NAME(N). { A = ps_dotted_name(ps, P, N); }
dotted_as_name(A) ::= dotted_name(D). { A = ps_alias(ps, D, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N). { A = ps_alias(ps, D, &N); }
dotted_as_names(A) ::= dotted_as_name(N). { A = ps_seq(ps); ps_append(ps, A, N); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(N). {
    A = B;
    ps_append(ps, A, N);
}
import_as_name(A) ::= NAME(N). { A = ps_alias(ps, ps_dotted_name(ps, NULL, N), NULL); }
import_as_name(A) ::= NAME(N) AS NAME(M). {
    A = ps_alias(ps, ps_dotted_name(ps, NULL, N), &M);
}
import_as_names(A) ::= import_as_name(N). { A = ps_seq(ps); ps_append(ps, A, N); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(N). {
    A = B;
    ps_append(ps, A, N);
}
import_targets(A) ::= STAR(T). {
    AstNode *al = ps_node(ps, AST_alias, T.lineno, T.col, T.end_lineno, T.end_col);
    al->v.alias.name = "*";
    A = ps_list1(ps, ps_expr(al));
}
import_targets(A) ::= import_as_names(N). {
    AstNode *f = AST_SEQ_GET(N, 0), *l = AST_SEQ_GET(N, N->n - 1);
    A.seq = N;
    A.l0 = f->lineno; A.c0 = f->col_offset; A.l1 = l->end_lineno; A.c1 = l->end_col_offset;
    A.trailing = A.genexp = 0;
}
import_targets(A) ::= LPAR(L) import_as_names(N) RPAR(R). {
    A.seq = N;
    A.l0 = L.lineno; A.c0 = L.col; A.l1 = R.end_lineno; A.c1 = R.end_col;
    A.trailing = A.genexp = 0;
}
import_targets(A) ::= LPAR(L) import_as_names(N) COMMA RPAR(R). {
    A.seq = N;
    A.l0 = L.lineno; A.c0 = L.col; A.l1 = R.end_lineno; A.c1 = R.end_col;
    A.trailing = A.genexp = 0;
}

// expression statements and assignments
expr_stmt(A) ::= testlist(L). { A = ps_expr_stmt(ps, L); }
expr_stmt(A) ::= yield_expr(Y). { A = ps_expr_stmt(ps, ps_list1(ps, Y)); }
expr_stmt(A) ::= testlist(L) augop(O) rhs(V). { A = ps_augassign(ps, L, O, V); }
expr_stmt(A) ::= testlist(L) COLON test(T). { A = ps_annassign(ps, L, T, NULL); }
expr_stmt(A) ::= testlist(L) COLON test(T) EQUAL rhs(V). { A = ps_annassign(ps, L, T, &V); }
expr_stmt(A) ::= assign_lhs(L) rhs(V). { A = ps_assign(ps, L, V); }

assign_lhs(A) ::= testlist(L) EQUAL. { A = ps_seq(ps); ps_append(ps, A, ps_pexpr(ps, ps_tuple(ps, L))); }
assign_lhs(A) ::= yield_expr(Y) EQUAL. { A = ps_seq(ps); ps_append(ps, A, ps_pexpr(ps, Y)); }
assign_lhs(A) ::= assign_lhs(B) rhs(V) EQUAL. { A = B; ps_append(ps, A, ps_pexpr(ps, V)); }

rhs(A) ::= testlist(L). { A = ps_tuple(ps, L); }
rhs(A) ::= yield_expr(Y). { A = Y; }

augop(A) ::= PLUSEQUAL. { A = AST_ADD; }
augop(A) ::= MINEQUAL. { A = AST_SUB; }
augop(A) ::= STAREQUAL. { A = AST_MULT; }
augop(A) ::= ATEQUAL. { A = AST_MATMULT; }
augop(A) ::= SLASHEQUAL. { A = AST_DIV; }
augop(A) ::= PERCENTEQUAL. { A = AST_MOD; }
augop(A) ::= AMPEREQUAL. { A = AST_BITAND; }
augop(A) ::= VBAREQUAL. { A = AST_BITOR; }
augop(A) ::= CIRCUMFLEXEQUAL. { A = AST_BITXOR; }
augop(A) ::= LEFTSHIFTEQUAL. { A = AST_LSHIFT; }
augop(A) ::= RIGHTSHIFTEQUAL. { A = AST_RSHIFT; }
augop(A) ::= DOUBLESTAREQUAL. { A = AST_POW; }
augop(A) ::= DOUBLESLASHEQUAL. { A = AST_FLOORDIV; }

/* ==== compound statements ==== */

compound_stmt(A) ::= IF(T) namedexpr_test(E) COLON suite(B) if_tail(O). {
    A = ps_if(ps, T, E, B, O);
}
if_tail(A) ::= . { A = ps_seq(ps); }
if_tail(A) ::= ELSE COLON suite(B). { A = B; }
if_tail(A) ::= ELIF(T) namedexpr_test(E) COLON suite(B) if_tail(O). {
    A = ps_seq(ps);
    ps_append(ps, A, ps_if(ps, T, E, B, O));
}
else_opt(A) ::= . { A = ps_seq(ps); }
else_opt(A) ::= ELSE COLON suite(B). { A = B; }

compound_stmt(A) ::= WHILE(T) namedexpr_test(E) COLON suite(B) else_opt(O). {
    A = ps_while(ps, T, E, B, O);
}
compound_stmt(A) ::= FOR(T) exprlist(X) IN testlist(L) COLON suite(B) else_opt(O). {
    A = ps_for(ps, T, X, L, B, O);
}
compound_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) else_opt(O). {
    A = ps_try(ps, T, B, H, O, NULL);
}
compound_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) else_opt(O) FINALLY COLON suite(F). {
    A = ps_try(ps, T, B, H, O, F);
}
compound_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(F). {
    A = ps_try(ps, T, B, NULL, NULL, F);
}
handlers(A) ::= handler(H). { A = ps_seq(ps); ps_append(ps, A, H); }
handlers(A) ::= handlers(B) handler(H). { A = B; ps_append(ps, A, H); }
handler(A) ::= EXCEPT(T) COLON suite(B). { A = ps_handler(ps, T, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) COLON suite(B). { A = ps_handler(ps, T, &E, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON suite(B). {
    A = ps_handler(ps, T, &E, &N, B);
}
handler(A) ::= EXCEPT STAR(T). {
    A = NULL;
    ps_unsupported(ps, T, "except* is not supported by mnemo");
}

compound_stmt(A) ::= WITH(T) with_items(I) COLON suite(B). { A = ps_with(ps, T, I, B); }
with_items(A) ::= with_item(I). { A = ps_seq(ps); ps_append(ps, A, I); }
with_items(A) ::= with_items(B) COMMA with_item(I). { A = B; ps_append(ps, A, I); }
with_item(A) ::= test(E). { A = ps_withitem(ps, E, NULL); }
with_item(A) ::= test(E) AS expr(X). { A = ps_withitem(ps, E, &X); }

compound_stmt(A) ::= funcdef(F). { A = F; }
compound_stmt(A) ::= classdef(C). { A = C; }
compound_stmt(A) ::= decorators(D) funcdef(F). { A = ps_decorated(ps, D, F); }
compound_stmt(A) ::= decorators(D) classdef(C). { A = ps_decorated(ps, D, C); }
compound_stmt(A) ::= ASYNC(T). {
    A = NULL;
    ps_unsupported(ps, T, "async functions are not supported by mnemo");
}
decorators(A) ::= AT namedexpr_test(E) NEWLINE. { A = ps_seq(ps); ps_append(ps, A, E.n); }
decorators(A) ::= decorators(B) AT namedexpr_test(E) NEWLINE. { A = B; ps_append(ps, A, E.n); }

funcdef(A) ::= DEF(T) NAME(N) LPAR params(P) RPAR COLON suite(B). {
    A = ps_funcdef(ps, T, N, P, NULL, B);
}
funcdef(A) ::= DEF(T) NAME(N) LPAR params(P) RPAR RARROW test(R) COLON suite(B). {
    A = ps_funcdef(ps, T, N, P, &R, B);
}
funcdef ::= DEF NAME LSQB(T). {
    ps_unsupported(ps, T, "type parameter syntax is not supported by mnemo");
}
classdef(A) ::= CLASS(T) NAME(N) COLON suite(B). { A = ps_classdef(ps, T, N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAR arglist(L) RPAR COLON suite(B). {
    A = ps_classdef(ps, T, N, &L, B);
}
classdef ::= CLASS NAME LSQB(T). {
    ps_unsupported(ps, T, "type parameter syntax is not supported by mnemo");
}

params(A) ::= . { A = ps_seq(ps); }
params(A) ::= param_list(L). { A = L; }
params(A) ::= param_list(L) COMMA. { A = L; }
param_list(A) ::= param(P). { A = ps_seq(ps); ps_append(ps, A, P); }
param_list(A) ::= param_list(B) COMMA param(P). { A = B; ps_append(ps, A, P); }
param(A) ::= NAME(N). { A = ps_param(ps, 0, &N, NULL, NULL, N); }
param(A) ::= NAME(N) COLON test(T). { A = ps_param(ps, 0, &N, &T, NULL, N); }
param(A) ::= NAME(N) EQUAL test(D). { A = ps_param(ps, 0, &N, NULL, &D, N); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D). { A = ps_param(ps, 0, &N, &T, &D, N); }
param(A) ::= STAR(S). { A = ps_param(ps, 1, NULL, NULL, NULL, S); }
param(A) ::= STAR(S) NAME(N). { A = ps_param(ps, 1, &N, NULL, NULL, S); }
param(A) ::= STAR(S) NAME(N) COLON test(T). { A = ps_param(ps, 1, &N, &T, NULL, S); }
param(A) ::= DOUBLESTAR(S) NAME(N). { A = ps_param(ps, 2, &N, NULL, NULL, S); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T). { A = ps_param(ps, 2, &N, &T, NULL, S); }
param(A) ::= SLASH(S). { A = ps_param(ps, 3, NULL, NULL, NULL, S); }

lparams(A) ::= . { A = ps_seq(ps); }
lparams(A) ::= lparam_list(L). { A = L; }
lparams(A) ::= lparam_list(L) COMMA. { A = L; }
lparam_list(A) ::= lparam(P). { A = ps_seq(ps); ps_append(ps, A, P); }
lparam_list(A) ::= lparam_list(B) COMMA lparam(P). { A = B; ps_append(ps, A, P); }
lparam(A) ::= NAME(N). { A = ps_param(ps, 0, &N, NULL, NULL, N); }
lparam(A) ::= NAME(N) EQUAL test(D). { A = ps_param(ps, 0, &N, NULL, &D, N); }
lparam(A) ::= STAR(S). { A = ps_param(ps, 1, NULL, NULL, NULL, S); }
lparam(A) ::= STAR(S) NAME(N). { A = ps_param(ps, 1, &N, NULL, NULL, S); }
lparam(A) ::= DOUBLESTAR(S) NAME(N). { A = ps_param(ps, 2, &N, NULL, NULL, S); }
lparam(A) ::= SLASH(S). { A = ps_param(ps, 3, NULL, NULL, NULL, S); }

suite(A) ::= simple_stmts(S). { A = S; }
suite(A) ::= NEWLINE INDENT stmts(S) DEDENT. { A = S; }

/* ==== expressions ==== */

// namedexpr_test: test [':=' test]
namedexpr_test(A) ::= test(E). { A = E; }
namedexpr_test(A) ::= test(T) COLONEQUAL test(V). { A = ps_namedexpr(ps, T, V); }

// test: or_test ['if' or_test 'else' test] | lambdef
test(A) ::= or_test(E). { A = E; }
test(A) ::= or_test(B) IF or_test(T) ELSE test(O). { A = ps_ifexp(ps, B, T, O); }
test(A) ::= lambdef(L). { A = L; }
lambdef(A) ::= LAMBDA(T) lparams(P) COLON test(B). { A = ps_lambda(ps, T, P, B); }

or_test(A) ::= and_test(E). { A = E; }
or_test(A) ::= or_list(L). { A = ps_boolop(ps, AST_OR, L); }
or_list(A) ::= and_test(X) OR and_test(Y). { A = ps_list1(ps, X); ps_list_add(ps, &A, Y); }
or_list(A) ::= or_list(B) OR and_test(Y). { A = B; ps_list_add(ps, &A, Y); }
and_test(A) ::= not_test(E). { A = E; }
and_test(A) ::= and_list(L). { A = ps_boolop(ps, AST_AND, L); }
and_list(A) ::= not_test(X) AND not_test(Y). { A = ps_list1(ps, X); ps_list_add(ps, &A, Y); }
and_list(A) ::= and_list(B) AND not_test(Y). { A = B; ps_list_add(ps, &A, Y); }
not_test(A) ::= NOT(T) not_test(E). { A = ps_unary(ps, T, AST_NOT, E); }
not_test(A) ::= comparison(E). { A = E; }

comparison(A) ::= expr(E). { A = E; }
comparison(A) ::= comparison(L) LESS expr(R). { A = ps_compare(ps, L, AST_LT, R); }
comparison(A) ::= comparison(L) GREATER expr(R). { A = ps_compare(ps, L, AST_GT, R); }
comparison(A) ::= comparison(L) EQEQUAL expr(R). { A = ps_compare(ps, L, AST_EQ, R); }
comparison(A) ::= comparison(L) GREATEREQUAL expr(R). { A = ps_compare(ps, L, AST_GTE, R); }
comparison(A) ::= comparison(L) LESSEQUAL expr(R). { A = ps_compare(ps, L, AST_LTE, R); }
comparison(A) ::= comparison(L) NOTEQUAL expr(R). { A = ps_compare(ps, L, AST_NOTEQ, R); }
comparison(A) ::= comparison(L) IN expr(R). { A = ps_compare(ps, L, AST_IN, R); }
comparison(A) ::= comparison(L) NOT IN expr(R). { A = ps_compare(ps, L, AST_NOTIN, R); }
comparison(A) ::= comparison(L) IS expr(R). { A = ps_compare(ps, L, AST_IS, R); }
comparison(A) ::= comparison(L) IS NOT expr(R). { A = ps_compare(ps, L, AST_ISNOT, R); }

star_expr(A) ::= STAR(T) expr(E). { A = ps_starred(ps, T, E); }

expr(A) ::= expr(L) VBAR expr(R). { A = ps_binop(ps, L, AST_BITOR, R); }
expr(A) ::= expr(L) CIRCUMFLEX expr(R). { A = ps_binop(ps, L, AST_BITXOR, R); }
expr(A) ::= expr(L) AMPER expr(R). { A = ps_binop(ps, L, AST_BITAND, R); }
expr(A) ::= expr(L) LEFTSHIFT expr(R). { A = ps_binop(ps, L, AST_LSHIFT, R); }
expr(A) ::= expr(L) RIGHTSHIFT expr(R). { A = ps_binop(ps, L, AST_RSHIFT, R); }
expr(A) ::= expr(L) PLUS expr(R). { A = ps_binop(ps, L, AST_ADD, R); }
expr(A) ::= expr(L) MINUS expr(R). { A = ps_binop(ps, L, AST_SUB, R); }
expr(A) ::= expr(L) STAR expr(R). { A = ps_binop(ps, L, AST_MULT, R); }
expr(A) ::= expr(L) SLASH expr(R). { A = ps_binop(ps, L, AST_DIV, R); }
expr(A) ::= expr(L) PERCENT expr(R). { A = ps_binop(ps, L, AST_MOD, R); }
expr(A) ::= expr(L) DOUBLESLASH expr(R). { A = ps_binop(ps, L, AST_FLOORDIV, R); }
expr(A) ::= expr(L) AT expr(R). { A = ps_binop(ps, L, AST_MATMULT, R); }
expr(A) ::= expr(L) DOUBLESTAR expr(R). { A = ps_binop(ps, L, AST_POW, R); }
expr(A) ::= MINUS(T) expr(E). [UNARY] { A = ps_unary(ps, T, AST_USUB, E); }
expr(A) ::= PLUS(T) expr(E). [UNARY] { A = ps_unary(ps, T, AST_UADD, E); }
expr(A) ::= TILDE(T) expr(E). [UNARY] { A = ps_unary(ps, T, AST_INVERT, E); }
expr(A) ::= atom_expr(E). { A = E; }
expr(A) ::= AWAIT(T) atom_expr(E). {
    A = E;
    ps_unsupported(ps, T, "await is not supported by mnemo");
}

atom_expr(A) ::= atom(E). { A = E; }
atom_expr(A) ::= atom_expr(F) LPAR(P) arglist(L) RPAR(R). { A = ps_call(ps, F, P, L, R); }
atom_expr(A) ::= atom_expr(V) LSQB subscripts(S) RSQB(R). { A = ps_subscript(ps, V, S, R); }
atom_expr(A) ::= atom_expr(V) DOT NAME(N). { A = ps_attribute(ps, V, N); }

atom(A) ::= NAME(N). { A = ps_name(ps, N); }
atom(A) ::= NUMBER(N). { A = ps_number(ps, N); }
atom(A) ::= strings(S). { A = ps_strings(ps, S); }
atom(A) ::= ELLIPSIS(T). { A = ps_const_kw(ps, T, AST_CONST_ELLIPSIS); }
atom(A) ::= NONE(T). { A = ps_const_kw(ps, T, AST_CONST_NONE); }
atom(A) ::= TRUE(T). { A = ps_const_kw(ps, T, AST_CONST_TRUE); }
atom(A) ::= FALSE(T). { A = ps_const_kw(ps, T, AST_CONST_FALSE); }
atom(A) ::= LPAR(L) RPAR(R). { PList e = {ps_seq(ps), 0, 0, 0, 0, 1, 0}; A = ps_paren(ps, L, e, R); }
atom(A) ::= LPAR(L) yield_expr(Y) RPAR(R). {
    A = ps_wrap(Y.n, L.lineno, L.col, R.end_lineno, R.end_col);
    A.parens = 1;
}
atom(A) ::= LPAR(L) elems(E) RPAR(R). { A = ps_paren(ps, L, E, R); }
atom(A) ::= LPAR(L) elem(E) comp_for(C) RPAR(R). { A = ps_paren_genexp(ps, L, E, C, R); }
atom(A) ::= LSQB(L) RSQB(R). { PList e = {ps_seq(ps), 0, 0, 0, 0, 0, 0}; A = ps_list(ps, L, e, R); }
atom(A) ::= LSQB(L) elems(E) RSQB(R). { A = ps_list(ps, L, E, R); }
atom(A) ::= LSQB(L) elem(E) comp_for(C) RSQB(R). { A = ps_listcomp(ps, L, E, C, R); }
atom(A) ::= LBRACE(L) RBRACE(R). { A = ps_dict(ps, L, ps_seq(ps), ps_seq(ps), R); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R). { A = ps_dict(ps, L, D.keys, D.values, R); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R). { A = ps_dict(ps, L, D.keys, D.values, R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(C) RBRACE(R). {
    A = ps_dictcomp(ps, L, K, V, C, R);
}
atom(A) ::= LBRACE(L) set_items(S) RBRACE(R). { A = ps_set(ps, L, S, R); }
atom(A) ::= LBRACE(L) set_items(S) COMMA RBRACE(R). { S.trailing = 1; A = ps_set(ps, L, S, R); }
atom(A) ::= LBRACE(L) set_elem(E) comp_for(C) RBRACE(R). { A = ps_setcomp(ps, L, E, C, R); }

strings(A) ::= STRING(T). {
    A = ps_seq(ps);
    MnToken *t = mn_ast_alloc(ps->arena, sizeof(MnToken));
    if (t != NULL) {
        *t = T;
    }
    ps_append(ps, A, t);
}
strings(A) ::= strings(B) STRING(T). {
    A = B;
    MnToken *t = mn_ast_alloc(ps->arena, sizeof(MnToken));
    if (t != NULL) {
        *t = T;
    }
    ps_append(ps, A, t);
}

// elements of (...) and [...]: (namedexpr_test | star_expr) (',' ...)* [','];
// `test as target` is accepted for parenthesized with-items and checked by the builder
elem(A) ::= namedexpr_test(E). { A = E; }
elem(A) ::= star_expr(E). { A = E; }
elem(A) ::= test(E) AS(T) expr(X). { A = ps_withitem_elem(ps, E, T, X); }
elems(A) ::= elem_list(L). { A = L; }
elems(A) ::= elem_list(L) COMMA(C). { A = L; A.trailing = 1; A.l1 = C.end_lineno; A.c1 = C.end_col; }
elem_list(A) ::= elem(E). { A = ps_list1(ps, E); }
elem_list(A) ::= elem_list(B) COMMA elem(E). { A = B; ps_list_add(ps, &A, E); }

// testlist_star_expr: (test | star_expr) (',' (test | star_expr))* [',']
testlist(A) ::= tl_list(L). { A = L; }
testlist(A) ::= tl_list(L) COMMA(C). { A = L; A.trailing = 1; A.l1 = C.end_lineno; A.c1 = C.end_col; }
tl_list(A) ::= tl_elem(E). { A = ps_list1(ps, E); }
tl_list(A) ::= tl_list(B) COMMA tl_elem(E). { A = B; ps_list_add(ps, &A, E); }
tl_elem(A) ::= test(E). { A = E; }
tl_elem(A) ::= star_expr(E). { A = E; }

// exprlist: (expr | star_expr) (',' (expr | star_expr))* [',']
exprlist(A) ::= ex_list(L). { A = L; }
exprlist(A) ::= ex_list(L) COMMA(C). { A = L; A.trailing = 1; A.l1 = C.end_lineno; A.c1 = C.end_col; }
ex_list(A) ::= ex_elem(E). { A = ps_list1(ps, E); }
ex_list(A) ::= ex_list(B) COMMA ex_elem(E). { A = B; ps_list_add(ps, &A, E); }
ex_elem(A) ::= expr(E). { A = E; }
ex_elem(A) ::= star_expr(E). { A = E; }

// comp_for: 'for' exprlist 'in' or_test ('if' or_test | comp_for)*
comp_for(A) ::= FOR(T) exprlist(X) IN or_test(I). {
    A = ps_seq(ps);
    ps_append(ps, A, ps_comprehension(ps, T, X, I));
}
comp_for(A) ::= comp_for(B) FOR(T) exprlist(X) IN or_test(I). {
    A = B;
    ps_append(ps, A, ps_comprehension(ps, T, X, I));
}
comp_for(A) ::= comp_for(B) IF or_test(E). {
    A = B;
    AstNode *last = AST_SEQ_GET(B, B->n - 1);
    ps_append(ps, last->v.comprehension.ifs, E.n);
}
comp_for(A) ::= ASYNC(T). {
    A = ps_seq(ps);
    ps_unsupported(ps, T, "asynchronous comprehensions are not supported by mnemo");
}

// arglist: argument (',' argument)* [',']
arglist(A) ::= . { A = ps_list1(ps, ps_expr(NULL)); A.seq->n = 0; }
arglist(A) ::= args(L). { A = L; }
arglist(A) ::= args(L) COMMA. { A = L; A.trailing = 1; }
args(A) ::= argument(E). { A = ps_list1(ps, E); if (E.parens == 2) { A.genexp = 1; } }
args(A) ::= args(B) COMMA argument(E). {
    A = B;
    ps_list_add(ps, &A, E);
    if (E.parens == 2 && A.genexp == 0) {
        A.genexp = (int)A.seq->n;
    }
}
argument(A) ::= test(E). { A = E; }
argument(A) ::= test(E) comp_for(C). { A = ps_genexp_arg(ps, E, C); }
argument(A) ::= test(K) EQUAL(Q) test(V). { A = ps_keyword_arg(ps, K, Q, V); }
argument(A) ::= test(T) COLONEQUAL test(V). { A = ps_namedexpr(ps, T, V); }
argument(A) ::= STAR(T) test(E). { A = ps_starred(ps, T, E); }
argument(A) ::= STAR(T) test(E) comp_for(C). { A = ps_genexp_arg(ps, ps_starred(ps, T, E), C); }
argument(A) ::= DOUBLESTAR(T) test(E). { A = ps_double_star_arg(ps, T, E); }

// subscriptlist: subscript (',' subscript)* [',']
subscripts(A) ::= sub_list(L). { A = L; }
subscripts(A) ::= sub_list(L) COMMA(C). { A = L; A.trailing = 1; A.l1 = C.end_lineno; A.c1 = C.end_col; }
sub_list(A) ::= subscript(E). { A = ps_list1(ps, E); }
sub_list(A) ::= sub_list(B) COMMA subscript(E). { A = B; ps_list_add(ps, &A, E); }
subscript(A) ::= namedexpr_test(E). { A = E; }
subscript(A) ::= star_expr(E). { A = E; }
subscript(A) ::= test_opt(L) COLON(C) test_opt(U). {
    int l0 = L.n ? L.l0 : C.lineno, c0 = L.n ? L.c0 : C.col;
    int l1 = U.n ? U.l1 : C.end_lineno, c1 = U.n ? U.c1 : C.end_col;
    A = ps_slice(ps, L.n, U.n, NULL, l0, c0, l1, c1);
}
subscript(A) ::= test_opt(L) COLON(C) test_opt(U) COLON(D) test_opt(S). {
    int l0 = L.n ? L.l0 : C.lineno, c0 = L.n ? L.c0 : C.col;
    int l1 = S.n ? S.l1 : D.end_lineno, c1 = S.n ? S.c1 : D.end_col;
    A = ps_slice(ps, L.n, U.n, S.n, l0, c0, l1, c1);
}
test_opt(A) ::= . { A = ps_expr(NULL); }
test_opt(A) ::= test(E). { A = E; }

// dictorsetmaker
dict_items(A) ::= test(K) COLON test(V). {
    A.keys = ps_seq(ps);
    A.values = ps_seq(ps);
    ps_append(ps, A.keys, K.n);
    ps_append(ps, A.values, V.n);
}
dict_items(A) ::= DOUBLESTAR expr(V). {
    A.keys = ps_seq(ps);
    A.values = ps_seq(ps);
    ps_append(ps, A.keys, NULL);
    ps_append(ps, A.values, V.n);
}
dict_items(A) ::= dict_items(B) COMMA test(K) COLON test(V). {
    A = B;
    ps_append(ps, A.keys, K.n);
    ps_append(ps, A.values, V.n);
}
dict_items(A) ::= dict_items(B) COMMA DOUBLESTAR expr(V). {
    A = B;
    ps_append(ps, A.keys, NULL);
    ps_append(ps, A.values, V.n);
}
set_items(A) ::= set_elem(E). { A = ps_list1(ps, E); }
set_items(A) ::= set_items(B) COMMA set_elem(E). { A = B; ps_list_add(ps, &A, E); }
set_elem(A) ::= namedexpr_test(E). { A = E; }
set_elem(A) ::= star_expr(E). { A = E; }

// yield_expr: 'yield' [yield_arg]
yield_expr(A) ::= YIELD(T). { A = ps_yield(ps, T, NULL); }
yield_expr(A) ::= YIELD(T) testlist(L). { A = ps_yield(ps, T, &L); }
yield_expr(A) ::= YIELD(T) FROM test(E). { A = ps_yield_from(ps, T, E); }
