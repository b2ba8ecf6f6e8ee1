/*
 * tests/unit/test_parser.c - the front end against CPython 3.11: mn_ast_dump text compared
 * with python3's ast.dump() for varied snippets, and syntax errors compared on (kind,
 * message, line, offset). The expected strings were produced by python3 3.11.7.
 * See also: src/parse.c, src/ast_dump.c, tests/scripts/syntax, tests/scripts/lexer
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "parse.h"
#include "util.h"

TestSuite(parser, .init = mn_test_setup, .fini = mn_test_teardown);

static void
check_dump(const char *src, const char *expected)
{
    AstArena *arena = mn_ast_arena_new();
    cr_assert_not_null(arena);
    MnParseError err;
    AstNode *root = mn_parse(src, strlen(src), MN_PARSE_EXEC, arena, &err);
    cr_assert_not_null(root, "parse failed for %s: %s (line %d, offset %d)", src, err.msg,
                       err.lineno, err.offset);
    char *got = mn_ast_dump_str(root);
    cr_expect_str_eq(got, expected, "source: %s", src);
    free(got);
    mn_parse_error_clear(&err);
    mn_ast_arena_free(arena);
}

static void
check_error(const char *src, MnParseErrorKind kind, const char *msg, int lineno, int offset)
{
    AstArena *arena = mn_ast_arena_new();
    cr_assert_not_null(arena);
    MnParseError err;
    AstNode *root = mn_parse(src, strlen(src), MN_PARSE_EXEC, arena, &err);
    cr_expect_null(root, "no error for %s", src);
    cr_expect_eq(err.kind, kind, "kind %d for %s", (int)err.kind, src);
    cr_expect_str_eq(err.msg, msg, "source: %s", src);
    cr_expect_eq(err.lineno, lineno, "lineno %d for %s", err.lineno, src);
    cr_expect_eq(err.offset, offset, "offset %d for %s", err.offset, src);
    mn_parse_error_clear(&err);
    mn_ast_arena_free(arena);
}

static char *
dump_attrs(const char *src, MnParseMode mode, AstArena *arena)
{
    MnParseError err;
    AstNode *root = mn_parse(src, strlen(src), mode, arena, &err);
    cr_assert_not_null(root, "parse failed: %s", err.msg);
    mn_parse_error_clear(&err);
    return mn_ast_dump_attrs_str(root);
}

Test(parser, int_literals_in_every_base)
{
    check_dump("x = 1_000 + 0x_ff + 0o17 + 0b1010 + 0XFF + 00 + 0",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1000), op=Add(), right=Constant(value=255)), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=10)), op=Add(), right=Constant(value=255)), op=Add(), right=Constant(value=0)), op=Add(), right=Constant(value=0)))], type_ignores=[])");
    check_dump("123456789012345678901234567890 + 0xffffffffffffffffffffffff",
               "Module(body=[Expr(value=BinOp(left=Constant(value=123456789012345678901234567890), op=Add(), right=Constant(value=79228162514264337593543950335)))], type_ignores=[])");
}

Test(parser, float_and_imaginary_literals)
{
    check_dump("y = 1e-5, 1., .5, 1_0.5e1_0, 3.14, 1e100, 0.1",
               "Module(body=[Assign(targets=[Name(id='y', ctx=Store())], value=Tuple(elts=[Constant(value=1e-05), Constant(value=1.0), Constant(value=0.5), Constant(value=105000000000.0), Constant(value=3.14), Constant(value=1e+100), Constant(value=0.1)], ctx=Load()))], type_ignores=[])");
    check_dump("2j + 1.5J + 1e3j",
               "Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value=2j), op=Add(), right=Constant(value=1.5j)), op=Add(), right=Constant(value=1000j)))], type_ignores=[])");
}

Test(parser, string_prefixes_and_quotes)
{
    check_dump("s = 'a' \"b\" '''c''' \"\"\"d\"\"\"",
               "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='abcd'))], type_ignores=[])");
    check_dump("r'\\n' + R\"\\d\" + u'z'",
               "Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value='\\\\n'), op=Add(), right=Constant(value='\\\\d')), op=Add(), right=Constant(value='z', kind='u')))], type_ignores=[])");
    check_dump("b'x' + rb'\\x00' + BR'y' + Rb'\\q'",
               "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=Constant(value=b'x'), op=Add(), right=Constant(value=b'\\\\x00')), op=Add(), right=Constant(value=b'y')), op=Add(), right=Constant(value=b'\\\\q')))], type_ignores=[])");
}

Test(parser, string_escapes)
{
    check_dump("s = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\0\\1\\12\\123\\x41\\u00e9\\U0001F600 \\q'",
               "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\x00\\x01\\nSAé😀 \\\\q'))], type_ignores=[])");
    check_dump("b = b'\\n\\x00\\xff\\101'",
               "Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=b'\\n\\x00\\xffA'))], type_ignores=[])");
    check_dump("s = 'line\\\ncontinued'",
               "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='linecontinued'))], type_ignores=[])");
    check_dump("s = 'é日本'",
               "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='é日本'))], type_ignores=[])");
}

Test(parser, fstrings)
{
    check_dump("f\"a{x}b{y!r}c{z:>10}d{w!s:{a}.{b}f}{{}}\"",
               "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value='c'), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')])), Constant(value='d'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='f')])), Constant(value='{}')]))], type_ignores=[])");
    check_dump("f\"{x=}\" f\"{ x = }\" f\"{x=!s}\"",
               "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])");
    check_dump("f'{a[\"b\"]}' f\"{'x'!r}\"",
               "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1), FormattedValue(value=Constant(value='x'), conversion=114)]))], type_ignores=[])");
    check_dump("f'' f'plain' 'x'",
               "Module(body=[Expr(value=JoinedStr(values=[Constant(value='plainx')]))], type_ignores=[])");
    check_dump("f\"{x:{'>'}{10}}\"",
               "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='>'), conversion=-1), FormattedValue(value=Constant(value=10), conversion=-1)]))]))], type_ignores=[])");
    check_dump("f\"{3.14:.2f} {x!a}\"",
               "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')])), Constant(value=' '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)]))], type_ignores=[])");
}

Test(parser, comparisons_and_boolean_operators)
{
    check_dump("a < b < c",
               "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])");
    check_dump("a not in b; a is not b",
               "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())])), Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])");
    check_dump("not a == b",
               "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])");
    check_dump("a or b or c and d and not e",
               "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='e', ctx=Load()))])]))], type_ignores=[])");
    check_dump("(a or b) or c",
               "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])");
    check_dump("(a < b) < c",
               "Module(body=[Expr(value=Compare(left=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Name(id='b', ctx=Load())]), ops=[Lt()], comparators=[Name(id='c', ctx=Load())]))], type_ignores=[])");
}

Test(parser, arithmetic_precedence)
{
    check_dump("-x ** 2",
               "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=Constant(value=2))))], type_ignores=[])");
    check_dump("2 ** -1",
               "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])");
    check_dump("~x + +y - -z",
               "Module(body=[Expr(value=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='x', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='y', ctx=Load()))), op=Sub(), right=UnaryOp(op=USub(), operand=Name(id='z', ctx=Load()))))], type_ignores=[])");
    check_dump("a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
               "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])");
}

Test(parser, conditional_and_lambda)
{
    check_dump("x = a if b else c if d else e",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])");
    check_dump("lambda: 0",
               "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])");
    check_dump("lambda x, y=1, *a, z, w=2, **k: x",
               "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z'), arg(arg='w')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])");
    check_dump("lambda *, a: a",
               "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])");
    check_dump("lambda a, /, b: a",
               "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])");
}

Test(parser, calls)
{
    check_dump("f(a, *b, c=1, **d)",
               "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])");
    check_dump("f(x for x in y)",
               "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])");
    check_dump("f(*a, *b, **c, **d)",
               "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])");
    check_dump("f(a)(b)(c)",
               "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])");
    check_dump("a.b.c(d)[e].f",
               "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), attr='f', ctx=Load()))], type_ignores=[])");
}

Test(parser, subscripts_and_slices)
{
    check_dump("a[1:2, ::3]",
               "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])");
    check_dump("a[:]; a[1:]; a[::2]",
               "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[])");
    check_dump("a[x, y]; a[1,]",
               "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])");
    check_dump("a[i:j:k]",
               "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Name(id='i', ctx=Load()), upper=Name(id='j', ctx=Load()), step=Name(id='k', ctx=Load())), ctx=Load()))], type_ignores=[])");
}

Test(parser, displays_with_unpacking)
{
    check_dump("[*a, *b]",
               "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])");
    check_dump("{**a, 'b': 1, **c}",
               "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))], type_ignores=[])");
    check_dump("{*a, b}",
               "Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())]))], type_ignores=[])");
    check_dump("(*a, b)",
               "Module(body=[Expr(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])");
    check_dump("a = {}; b = []; c = (); d = {1}; e = (1,)",
               "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Dict(keys=[], values=[])), Assign(targets=[Name(id='b', ctx=Store())], value=List(elts=[], ctx=Load())), Assign(targets=[Name(id='c', ctx=Store())], value=Tuple(elts=[], ctx=Load())), Assign(targets=[Name(id='d', ctx=Store())], value=Set(elts=[Constant(value=1)])), Assign(targets=[Name(id='e', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])");
}

Test(parser, comprehensions)
{
    check_dump("[x for x in y if x if z for w in x]",
               "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0), comprehension(target=Name(id='w', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    check_dump("{x: y for x, y in z}",
               "Module(body=[Expr(value=DictComp(key=Name(id='x', ctx=Load()), value=Name(id='y', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    check_dump("{x for x in y}",
               "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
    check_dump("(x for x in y)",
               "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])");
}

Test(parser, walrus)
{
    check_dump("if (n := 10) > 5: pass",
               "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Constant(value=10)), ops=[Gt()], comparators=[Constant(value=5)]), body=[Pass()], orelse=[])], type_ignores=[])");
    check_dump("[y := f(x), y**2]",
               "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])");
}

Test(parser, yield_expressions)
{
    check_dump("def g():\n    yield\n    yield 1\n    x = yield 2\n    yield from h()\n    y = yield 1, 2\n",
               "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Constant(value=1))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Constant(value=2))), Expr(value=YieldFrom(value=Call(func=Name(id='h', ctx=Load()), args=[], keywords=[]))), Assign(targets=[Name(id='y', ctx=Store())], value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())))], decorator_list=[])], type_ignores=[])");
}

Test(parser, function_definitions)
{
    check_dump("@dec\n@dec.attr(1)\n@(lambda f: f)\ndef f(a, /, b=1, *c, d, e=2, **g) -> int:\n    pass\n",
               "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Attribute(value=Name(id='dec', ctx=Load()), attr='attr', ctx=Load()), args=[Constant(value=1)], keywords=[]), Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))], returns=Name(id='int', ctx=Load()))], type_ignores=[])");
    check_dump("def f(*, a, b=1): pass",
               "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[None, Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])");
    check_dump("def f(a: int, *b: str, c: float = 1.0, **d: bool) -> None: pass",
               "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Name(id='float', ctx=Load()))], kw_defaults=[Constant(value=1.0)], kwarg=arg(arg='d', annotation=Name(id='bool', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])");
}

Test(parser, class_definitions)
{
    check_dump("class A(B, C, metaclass=M, **kw):\n    x = 1\n    def m(self): return self.x\n",
               "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Load()))], decorator_list=[])], decorator_list=[])], type_ignores=[])");
    check_dump("class A: pass\nclass B(): pass\n",
               "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[]), ClassDef(name='B', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])");
}

Test(parser, global_and_nonlocal)
{
    check_dump("def f():\n    global a, b\n    nonlocal c\n",
               "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], decorator_list=[])], type_ignores=[])");
}

Test(parser, try_statements)
{
    check_dump("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
               "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])");
    check_dump("try:\n    x\nfinally:\n    y\n",
               "Module(body=[Try(body=[Expr(value=Name(id='x', ctx=Load()))], handlers=[], orelse=[], finalbody=[Expr(value=Name(id='y', ctx=Load()))])], type_ignores=[])");
}

Test(parser, raise_and_assert)
{
    check_dump("raise\nraise X\nraise X from Y\n",
               "Module(body=[Raise(), Raise(exc=Name(id='X', ctx=Load())), Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ignores=[])");
    check_dump("assert x\nassert x, 'msg'\n",
               "Module(body=[Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])");
}

Test(parser, with_statements)
{
    check_dump("with a as b, c as d: pass",
               "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])");
    check_dump("with (a as b, c as d): pass",
               "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])");
    check_dump("with (a, b): pass",
               "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])");
    check_dump("with (a, b) as c: pass",
               "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])");
}

Test(parser, imports)
{
    check_dump("import a.b.c as d\nimport a, b\n",
               "Module(body=[Import(names=[alias(name='a.b.c', asname='d')]), Import(names=[alias(name='a'), alias(name='b')])], type_ignores=[])");
    check_dump("from . import x\nfrom .. import y\nfrom ...m import z\n",
               "Module(body=[ImportFrom(names=[alias(name='x')], level=1), ImportFrom(names=[alias(name='y')], level=2), ImportFrom(module='m', names=[alias(name='z')], level=3)], type_ignores=[])");
    check_dump("from .m.n import (a, b as c,)\nfrom m import *\n",
               "Module(body=[ImportFrom(module='m.n', names=[alias(name='a'), alias(name='b', asname='c')], level=1), ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])");
}

Test(parser, del_statements)
{
    check_dump("del a, b.c, d[e], f[1:2]",
               "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del()), Subscript(value=Name(id='d', ctx=Load()), slice=Name(id='e', ctx=Load()), ctx=Del()), Subscript(value=Name(id='f', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Del())])], type_ignores=[])");
    check_dump("del (a, b), [c]",
               "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), List(elts=[Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[])");
}

Test(parser, augmented_assignment)
{
    check_dump("x += 1\na.b -= 2\nc[d] *= 3\n",
               "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Sub(), value=Constant(value=2)), AugAssign(target=Subscript(value=Name(id='c', ctx=Load()), slice=Name(id='d', ctx=Load()), ctx=Store()), op=Mult(), value=Constant(value=3))], type_ignores=[])");
    check_dump("x @= y; x /= y; x //= y; x %= y; x **= y; x >>= y; x <<= y; x &= y; x ^= y; x |= y",
               "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Name(id='y', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Name(id='y', ctx=Load()))], type_ignores=[])");
}

Test(parser, annotated_assignment)
{
    check_dump("x: int\nx: int = 5\n(y): int = 1\na.b: str\na[0]: int = 1\n",
               "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])");
}

Test(parser, chained_and_unpacking_assignment)
{
    check_dump("a = b = c = 1",
               "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    check_dump("a, b = b, a",
               "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])");
    check_dump("[a, b] = 1, 2",
               "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])");
    check_dump("a, = x",
               "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store())], ctx=Store())], value=Name(id='x', ctx=Load()))], type_ignores=[])");
    check_dump("*a, b = c",
               "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])");
}

Test(parser, if_while_for)
{
    check_dump("if a:\n    pass\nelif b:\n    pass\nelse:\n    y\n",
               "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Expr(value=Name(id='y', ctx=Load()))])])], type_ignores=[])");
    check_dump("while x:\n    break\nelse:\n    continue\n",
               "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])");
    check_dump("for a, b in c: pass\nfor x in *a, b: pass\n",
               "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[]), For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])");
}

Test(parser, soft_keywords_are_names)
{
    check_dump("match = 1\ncase = 2\n_ = match + case\n",
               "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2)), Assign(targets=[Name(id='_', ctx=Store())], value=BinOp(left=Name(id='match', ctx=Load()), op=Add(), right=Name(id='case', ctx=Load())))], type_ignores=[])");
}

Test(parser, constants)
{
    check_dump("x = ...\nx = None, True, False\n",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis)), Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])");
}

Test(parser, layout_rules)
{
    check_dump("x = (\n  1,\n  2,\n)\n",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])");
    check_dump("x = 1 + \\\n    2\n",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])");
    check_dump("if True:\n\tx = 1\n\tif y:\n\t\tz = 2\n",
               "Module(body=[If(test=Constant(value=True), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), If(test=Name(id='y', ctx=Load()), body=[Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=2))], orelse=[])], orelse=[])], type_ignores=[])");
    check_dump("def f():\n    # comment\n\n    x = 1\n        # odd comment\n    return x\n",
               "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Return(value=Name(id='x', ctx=Load()))], decorator_list=[])], type_ignores=[])");
    check_dump("﻿x = 1\n",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    check_dump("# -*- coding: utf-8 -*-\nx = 1\n",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    check_dump("x = 1; y = 2;\n",
               "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
}

Test(parser, main_guard)
{
    check_dump("if __name__ == \"__main__\":\n    main()\n",
               "Module(body=[If(test=Compare(left=Name(id='__name__', ctx=Load()), ops=[Eq()], comparators=[Constant(value='__main__')]), body=[Expr(value=Call(func=Name(id='main', ctx=Load()), args=[], keywords=[]))], orelse=[])], type_ignores=[])");
}

Test(parser, errors_unterminated_strings)
{
    check_error("s = 'abc\nx=1\n", MN_PERR_SYNTAX,
                "unterminated string literal (detected at line 1)", 1, 5);
    check_error("s = '''abc\nx=1\n\n", MN_PERR_SYNTAX,
                "unterminated triple-quoted string literal (detected at line 3)", 1, 5);
}

Test(parser, errors_indentation_errors)
{
    check_error("if x:\n        a\n    b\n", MN_PERR_INDENTATION,
                "unindent does not match any outer indentation level", 3, 6);
    check_error("  x = 1\n", MN_PERR_INDENTATION,
                "unexpected indent", 1, 2);
    check_error("if x:\npass\n", MN_PERR_INDENTATION,
                "expected an indented block after 'if' statement on line 1", 2, 1);
    check_error("if x:\n\ty\n        z\n", MN_PERR_TAB,
                "inconsistent use of tabs and spaces in indentation", 3, 1);
}

Test(parser, errors_bracket_errors)
{
    check_error("x = (1,\n2\n", MN_PERR_SYNTAX,
                "'(' was never closed", 1, 5);
    check_error("x = 1)\n", MN_PERR_SYNTAX,
                "unmatched ')'", 1, 6);
    check_error("x = (1]\n", MN_PERR_SYNTAX,
                "closing parenthesis ']' does not match opening parenthesis '('", 1, 7);
    check_error("x = [\n1,\n2\n)\n", MN_PERR_SYNTAX,
                "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 4, 1);
}

Test(parser, errors_invalid_characters_and_numbers)
{
    check_error("x = 1€\n", MN_PERR_SYNTAX,
                "invalid character '€' (U+20AC)", 1, 6);
    check_error("€ = 1\n", MN_PERR_SYNTAX,
                "invalid character '€' (U+20AC)", 1, 1);
    check_error("x = 0777\n", MN_PERR_SYNTAX,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5);
    check_error("x = 1_\n", MN_PERR_SYNTAX,
                "invalid decimal literal", 1, 6);
    check_error("x = 0x\n", MN_PERR_SYNTAX,
                "invalid hexadecimal literal", 1, 6);
    check_error("x = 0b12\n", MN_PERR_SYNTAX,
                "invalid digit '2' in binary literal", 1, 8);
    check_error("x = 1abc\n", MN_PERR_SYNTAX,
                "invalid decimal literal", 1, 5);
}

Test(parser, errors_generic_invalid_syntax)
{
    check_error("a $ b\n", MN_PERR_SYNTAX,
                "invalid syntax", 1, 3);
    check_error("a b\n", MN_PERR_SYNTAX,
                "invalid syntax", 1, 3);
    check_error("x = 1 +\n", MN_PERR_SYNTAX,
                "invalid syntax", 1, 8);
    check_error("else:\n pass\n", MN_PERR_SYNTAX,
                "invalid syntax", 1, 1);
}

Test(parser, errors_special_messages)
{
    check_error("if x\n  pass\n", MN_PERR_SYNTAX,
                "expected ':'", 1, 5);
    check_error("[a b]\n", MN_PERR_SYNTAX,
                "invalid syntax. Perhaps you forgot a comma?", 1, 2);
    check_error("f(a b)\n", MN_PERR_SYNTAX,
                "invalid syntax. Perhaps you forgot a comma?", 1, 3);
    check_error("1 = x\n", MN_PERR_SYNTAX,
                "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
    check_error("f() = 1\n", MN_PERR_SYNTAX,
                "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
    check_error("a + b = 1\n", MN_PERR_SYNTAX,
                "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1);
    check_error("(a, 1) = x\n", MN_PERR_SYNTAX,
                "cannot assign to literal", 1, 5);
    check_error("del 1\n", MN_PERR_SYNTAX,
                "cannot delete literal", 1, 5);
    check_error("if x = 1:\n pass\n", MN_PERR_SYNTAX,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4);
    check_error("f(a=1, 2)\n", MN_PERR_SYNTAX,
                "positional argument follows keyword argument", 1, 9);
    check_error("def f(a=1, b): pass\n", MN_PERR_SYNTAX,
                "non-default argument follows default argument", 1, 12);
    check_error("x = 1 if 2\n", MN_PERR_SYNTAX,
                "expected 'else' after 'if' expression", 1, 5);
    check_error("print 'hello'\n", MN_PERR_SYNTAX,
                "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1);
    check_error("try:\n    pass\nx = 1\n", MN_PERR_SYNTAX,
                "expected 'except' or 'finally' block", 3, 1);
    check_error("f(x for x in y, 1)\n", MN_PERR_SYNTAX,
                "Generator expression must be parenthesized", 1, 3);
    check_error("x = yield = 1\n", MN_PERR_SYNTAX,
                "assignment to yield expression not possible", 1, 5);
    check_error("f() += 1\n", MN_PERR_SYNTAX,
                "'function call' is an illegal expression for augmented assignment", 1, 1);
}

Test(parser, errors_fstring_errors)
{
    check_error("f'{'\n", MN_PERR_SYNTAX,
                "f-string: expecting '}'", 1, 5);
    check_error("f'}'\n", MN_PERR_SYNTAX,
                "f-string: single '}' is not allowed", 1, 5);
    check_error("f'{}'\n", MN_PERR_SYNTAX,
                "f-string: empty expression not allowed", 1, 6);
    check_error("f'{a\\n}'\n", MN_PERR_SYNTAX,
                "f-string expression part cannot include a backslash", 1, 9);
    check_error("y = f\"ab{a b}\"\n", MN_PERR_SYNTAX,
                "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2);
}

Test(parser, errors_literal_errors)
{
    check_error("x = 'a' b'c'\n", MN_PERR_SYNTAX,
                "cannot mix bytes and nonbytes literals", 1, 13);
    check_error("x = b'é'\n", MN_PERR_SYNTAX,
                "bytes can only contain ASCII literal characters", 1, 5);
    check_error("x = \\\n", MN_PERR_SYNTAX,
                "unexpected EOF while parsing", 1, 6);
}

Test(parser, positions_match_cpython)
{
    AstArena *arena = mn_ast_arena_new();
    {
        char *got = dump_attrs("x = f(a, b=1)[2:3]\n", MN_PARSE_EXEC, arena);
        cr_expect_str_eq(got,
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='b', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), slice=Slice(lower=Constant(value=2, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), upper=Constant(value=3, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])");
        free(got);
    }
    {
        char *got = dump_attrs("if a:\n    b = (c,\n         d)\nelse:\n    pass\n", MN_PARSE_EXEC, arena);
        cr_expect_str_eq(got,
            "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Tuple(elts=[Name(id='c', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), Name(id='d', ctx=Load(), lineno=3, col_offset=9, end_lineno=3, end_col_offset=10)], ctx=Load(), lineno=2, col_offset=8, end_lineno=3, end_col_offset=11), lineno=2, col_offset=4, end_lineno=3, end_col_offset=11)], orelse=[Pass(lineno=5, col_offset=4, end_lineno=5, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=5, end_col_offset=8)], type_ignores=[])");
        free(got);
    }
    {
        char *got = dump_attrs("def f(x):\n    return [y for y in x]\n", MN_PARSE_EXEC, arena);
        cr_expect_str_eq(got,
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='y', ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=13), generators=[comprehension(target=Name(id='y', ctx=Store(), lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), iter=Name(id='x', ctx=Load(), lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), ifs=[], is_async=0)], lineno=2, col_offset=11, end_lineno=2, end_col_offset=25), lineno=2, col_offset=4, end_lineno=2, end_col_offset=25)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=25)], type_ignores=[])");
        free(got);
    }
    {
        char *got = dump_attrs("s = 'é' + f'{x!r:>3}'\n", MN_PARSE_EXEC, arena);
        cr_expect_str_eq(got,
            "Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value='é', lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), op=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=114, format_spec=JoinedStr(values=[Constant(value='>3', lineno=1, col_offset=11, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=11, end_lineno=1, end_col_offset=22), lineno=1, col_offset=11, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=11, end_lineno=1, end_col_offset=22), lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])");
        free(got);
    }
    {
        char *got = dump_attrs("(a).b, (c)\n", MN_PARSE_EXEC, arena);
        cr_expect_str_eq(got,
            "Module(body=[Expr(value=Tuple(elts=[Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])");
        free(got);
    }
    mn_ast_arena_free(arena);
}

Test(parser, eval_and_single_modes)
{
    AstArena *arena = mn_ast_arena_new();
    MnParseError err;
    AstNode *root = mn_parse("1 + 2 * x\n", 10, MN_PARSE_EVAL, arena, &err);
    cr_assert_not_null(root);
    char *got = mn_ast_dump_str(root);
    cr_expect_str_eq(got, "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Name(id='x', ctx=Load()))))");
    free(got);
    root = mn_parse("x = 1\n", 6, MN_PARSE_SINGLE, arena, &err);
    cr_assert_not_null(root);
    got = mn_ast_dump_str(root);
    cr_expect_str_eq(got, "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    free(got);
    root = mn_parse("if x:\n", 6, MN_PARSE_SINGLE, arena, &err);
    cr_expect_null(root);
    cr_expect_eq(err.kind, MN_PERR_INCOMPLETE);
    mn_parse_error_clear(&err);
    root = mn_parse("x = (1,\n", 8, MN_PARSE_SINGLE, arena, &err);
    cr_expect_null(root);
    cr_expect_eq(err.kind, MN_PERR_INCOMPLETE);
    mn_parse_error_clear(&err);
    mn_ast_arena_free(arena);
}

Test(parser, source_checks)
{
    AstArena *arena = mn_ast_arena_new();
    MnParseError err;
    cr_expect_null(mn_parse("x = 1\0\n", 7, MN_PARSE_EXEC, arena, &err));
    cr_expect_eq(err.kind, MN_PERR_SYNTAX);
    cr_expect_str_eq(err.msg, "source code cannot contain null bytes");
    cr_expect_eq(err.lineno, 1);
    mn_parse_error_clear(&err);
    cr_expect_null(mn_parse("x = 1\ny = '\xff'\n", 14, MN_PARSE_EXEC, arena, &err));
    cr_expect_eq(err.kind, MN_PERR_SYNTAX);
    cr_expect(strstr(err.msg, "'utf-8' codec can't decode byte 0xff") != NULL, "%s", err.msg);
    cr_expect(strstr(err.msg, "invalid start byte") != NULL, "%s", err.msg);
    cr_expect_eq(err.lineno, 2);
    mn_parse_error_clear(&err);
    mn_ast_arena_free(arena);
}

static char *
repeat(const char *head, const char *unit, int n, const char *mid, const char *unit2, int n2,
       const char *tail)
{
    size_t len = strlen(head) + strlen(unit) * (size_t)n + strlen(mid) +
                 strlen(unit2) * (size_t)n2 + strlen(tail) + 1;
    char *s = malloc(len);
    strcpy(s, head);
    for (int i = 0; i < n; i++) {
        strcat(s, unit);
    }
    strcat(s, mid);
    for (int i = 0; i < n2; i++) {
        strcat(s, unit2);
    }
    strcat(s, tail);
    return s;
}

Test(parser, deep_nesting_fails_cleanly)
{
    AstArena *arena = mn_ast_arena_new();
    MnParseError err;
    char *src = repeat("x = ", "(", 10000, "1", ")", 10000, "\n");
    cr_expect_null(mn_parse(src, strlen(src), MN_PARSE_EXEC, arena, &err));
    cr_expect_str_eq(err.msg, "too many nested parentheses");
    cr_expect_eq(err.offset, 205);
    mn_parse_error_clear(&err);
    free(src);
    // 5,000 nested blocks: IndentationError at the 101st level
    size_t cap = 5000 * 5010, n = 0;
    src = malloc(cap);
    for (int i = 0; i < 5000; i++) {
        n += (size_t)sprintf(src + n, "%*sif x:\n", i, "");
    }
    n += (size_t)sprintf(src + n, "%*spass\n", 5000, "");
    cr_expect_null(mn_parse(src, n, MN_PARSE_EXEC, arena, &err));
    cr_expect_eq(err.kind, MN_PERR_INDENTATION);
    cr_expect_str_eq(err.msg, "too many levels of indentation");
    cr_expect_eq(err.lineno, 101);
    mn_parse_error_clear(&err);
    free(src);
    // a very long chain of unary operators exhausts the parser stack, not the C stack
    src = repeat("x = ", "-", 100000, "1", "", 0, "\n");
    cr_expect_null(mn_parse(src, strlen(src), MN_PARSE_EXEC, arena, &err));
    cr_expect_eq(err.kind, MN_PERR_NOMEM);
    mn_parse_error_clear(&err);
    free(src);
    mn_ast_arena_free(arena);
}
