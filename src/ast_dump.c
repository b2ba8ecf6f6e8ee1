/*
 * src/ast_dump.c - mn_ast_dump: the tree as python3's ast.dump() prints it (no attributes),
 * including the repr of constants (ints in decimal, floats in shortest round-trip form,
 * str/bytes with Python's quoting and escapes). Tests compare this text with python3's.
 * See also: src/ast.h, tests/unit/test_parser.c
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"

typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

static void
put(Buf *b, const char *s, size_t len)
{
    if (b->n + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + len + 1) {
            cap *= 2;
        }
        char *p = realloc(b->p, cap);
        if (p == NULL) {
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, len);
    b->n += len;
    b->p[b->n] = '\0';
}

static void
puts_(Buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void
putf(Buf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* ==== constants ==== */

// Appends the decimal value of an integer literal in any base.
static void
dump_int(Buf *b, const char *s)
{
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        s += 2;
    }
    if (base == 10) {
        while (s[0] == '0' && s[1] != '\0') {
            s++;
        }
        puts_(b, s);
        return;
    }
    size_t cap = strlen(s) + 2, n = 0;
    unsigned *limbs = calloc(cap, sizeof(unsigned));    // base 1e9, little endian
    if (limbs == NULL) {
        return;
    }
    for (; *s; s++) {
        int c = *s, d = c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0';
        unsigned long long carry = (unsigned)d;
        for (size_t i = 0; i < n; i++) {
            unsigned long long v = (unsigned long long)limbs[i] * (unsigned)base + carry;
            limbs[i] = (unsigned)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs[n++] = (unsigned)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    if (n == 0) {
        puts_(b, "0");
    } else {
        putf(b, "%u", limbs[n - 1]);
        for (size_t i = n - 1; i-- > 0;) {
            putf(b, "%09u", limbs[i]);
        }
    }
    free(limbs);
}

// Appends repr(float(text)): the shortest digits that round-trip, in Python's layout.
static void
dump_float_value(Buf *b, double v, int imag)
{
    if (isinf(v)) {
        puts_(b, "inf");
        return;
    }
    char tmp[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
        if (strtod(tmp, NULL) == v) {
            break;
        }
    }
    char digits[32];
    int nd = 0;
    for (char *p = tmp; *p && *p != 'e'; p++) {
        if (*p >= '0' && *p <= '9') {
            digits[nd++] = *p;
        }
    }
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    digits[nd] = '\0';
    int exp = atoi(strchr(tmp, 'e') + 1);
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            puts_(b, "0.");
            for (int i = -1; i > exp; i--) {
                puts_(b, "0");
            }
            puts_(b, digits);
        } else {
            for (int i = 0; i <= exp; i++) {
                put(b, i < nd ? &digits[i] : "0", 1);
            }
            if (nd > exp + 1) {
                puts_(b, ".");
                puts_(b, digits + exp + 1);
            } else if (!imag) {
                puts_(b, ".0");
            }
        }
    } else {
        put(b, digits, 1);
        if (nd > 1) {
            puts_(b, ".");
            puts_(b, digits + 1);
        }
        putf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

// Decodes one UTF-8 sequence (lenient: the compiler may see surrogates). -> its length.
static int
utf8_decode(const unsigned char *s, size_t len, unsigned *cp)
{
    if (s[0] < 0x80 || len < 2) {
        *cp = s[0];
        return 1;
    }
    if (s[0] < 0xe0) {
        *cp = ((s[0] & 0x1fu) << 6) | (s[1] & 0x3fu);
        return 2;
    }
    if (s[0] < 0xf0 || len < 4) {
        if (len < 3) {
            *cp = s[0];
            return 1;
        }
        *cp = ((s[0] & 0x0fu) << 12) | ((s[1] & 0x3fu) << 6) | (s[2] & 0x3fu);
        return 3;
    }
    *cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3fu) << 12) | ((s[2] & 0x3fu) << 6) |
          (s[3] & 0x3fu);
    return 4;
}

static int
unicode_printable(unsigned c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0xa0) || c == 0xad) {
        return 0;
    }
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2028 && c <= 0x2029) || c == 0xfeff ||
        (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2060 && c <= 0x2064) || (c >= 0xe000 && c <= 0xf8ff) || c == 0x3000 ||
        (c >= 0x2000 && c <= 0x200a) || c == 0x1680 || c == 0x205f || c >= 0xf0000) {
        return 0;
    }
    return 1;
}

// Appends Python's repr of a str (UTF-8) or bytes value.
static void
dump_string(Buf *b, const char *s, size_t len, int is_bytes)
{
    int has_sq = memchr(s, '\'', len) != NULL, has_dq = memchr(s, '"', len) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (is_bytes) {
        puts_(b, "b");
    }
    put(b, &q, 1);
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned c;
        int n = is_bytes ? (c = u[i], 1) : utf8_decode(u + i, len - i, &c);
        i += (size_t)n;
        if (c == (unsigned char)q || c == '\\') {
            putf(b, "\\%c", (int)c);
        } else if (c == '\n') {
            puts_(b, "\\n");
        } else if (c == '\r') {
            puts_(b, "\\r");
        } else if (c == '\t') {
            puts_(b, "\\t");
        } else if (is_bytes ? (c < 0x20 || c >= 0x7f) : !unicode_printable(c)) {
            if (c < 0x100) {
                putf(b, "\\x%02x", c);
            } else if (c < 0x10000) {
                putf(b, "\\u%04x", c);
            } else {
                putf(b, "\\U%08x", c);
            }
        } else {
            put(b, (const char *)u + i - n, (size_t)n);
        }
    }
    put(b, &q, 1);
}

static void
dump_constant(Buf *b, const AstNode *n)
{
    const char *s = n->v.Constant.s;
    switch (n->v.Constant.ckind) {
    case AST_CONST_NONE: puts_(b, "None"); break;
    case AST_CONST_TRUE: puts_(b, "True"); break;
    case AST_CONST_FALSE: puts_(b, "False"); break;
    case AST_CONST_ELLIPSIS: puts_(b, "Ellipsis"); break;
    case AST_CONST_INT: dump_int(b, s); break;
    case AST_CONST_FLOAT: dump_float_value(b, strtod(s, NULL), 0); break;
    case AST_CONST_IMAG: {
        double v = strtod(s, NULL);
        if (isinf(v)) {
            puts_(b, "infj");
        } else {
            dump_float_value(b, v, 1);
            puts_(b, "j");
        }
        break;
    }
    case AST_CONST_STR: dump_string(b, s, n->v.Constant.len, 0); break;
    case AST_CONST_BYTES: dump_string(b, s, n->v.Constant.len, 1); break;
    }
}

/* ==== nodes ==== */

static void dump_node(Buf *b, const AstNode *n);

static const char *const op_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
    "BitXor", "BitAnd", "FloorDiv",
};
static const char *const unary_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const ctx_names[] = {"Load()", "Store()", "Del()"};

// Each field writer adds ", " before all but the first field of a node.
typedef struct Fields {
    Buf *b;
    int count;
} Fields;

static void
field(Fields *f, const char *name)
{
    if (f->count++ > 0) {
        puts_(f->b, ", ");
    }
    puts_(f->b, name);
    puts_(f->b, "=");
}

static void
f_node(Fields *f, const char *name, const AstNode *n)
{
    if (n != NULL) {
        field(f, name);
        dump_node(f->b, n);
    }
}

static void
f_seq(Fields *f, const char *name, const AstSeq *s)
{
    field(f, name);
    puts_(f->b, "[");
    for (intptr_t i = 0; i < AST_SEQ_LEN(s); i++) {
        if (i > 0) {
            puts_(f->b, ", ");
        }
        const AstNode *item = AST_SEQ_GET(s, i);
        if (item == NULL) {
            puts_(f->b, "None");
        } else {
            dump_node(f->b, item);
        }
    }
    puts_(f->b, "]");
}

static void
f_names(Fields *f, const char *name, const AstSeq *s)
{
    field(f, name);
    puts_(f->b, "[");
    for (intptr_t i = 0; i < AST_SEQ_LEN(s); i++) {
        if (i > 0) {
            puts_(f->b, ", ");
        }
        const char *id = s->items[i];
        dump_string(f->b, id, strlen(id), 0);
    }
    puts_(f->b, "]");
}

static void
f_str(Fields *f, const char *name, const char *s)
{
    if (s != NULL) {
        field(f, name);
        dump_string(f->b, s, strlen(s), 0);
    }
}

static void
f_raw(Fields *f, const char *name, const char *text)
{
    field(f, name);
    puts_(f->b, text);
}

static void
f_int(Fields *f, const char *name, int v)
{
    field(f, name);
    putf(f->b, "%d", v);
}

static void
f_op(Fields *f, const char *name, const char *opname)
{
    field(f, name);
    puts_(f->b, opname);
    puts_(f->b, "()");
}

static void
dump_stmt(Fields *f, const AstNode *n)
{
    switch (n->kind) {
    case AST_Module:
        f_seq(f, "body", n->v.Module.body);
        f_raw(f, "type_ignores", "[]");
        break;
    case AST_Interactive: f_seq(f, "body", n->v.Interactive.body); break;
    case AST_Expression: f_node(f, "body", n->v.Expression.body); break;
    case AST_FunctionDef:
        f_str(f, "name", n->v.FunctionDef.name);
        f_node(f, "args", n->v.FunctionDef.args);
        f_seq(f, "body", n->v.FunctionDef.body);
        f_seq(f, "decorator_list", n->v.FunctionDef.decorator_list);
        f_node(f, "returns", n->v.FunctionDef.returns);
        break;
    case AST_ClassDef:
        f_str(f, "name", n->v.ClassDef.name);
        f_seq(f, "bases", n->v.ClassDef.bases);
        f_seq(f, "keywords", n->v.ClassDef.keywords);
        f_seq(f, "body", n->v.ClassDef.body);
        f_seq(f, "decorator_list", n->v.ClassDef.decorator_list);
        break;
    case AST_Return: f_node(f, "value", n->v.Return.value); break;
    case AST_Delete: f_seq(f, "targets", n->v.Delete.targets); break;
    case AST_Assign:
        f_seq(f, "targets", n->v.Assign.targets);
        f_node(f, "value", n->v.Assign.value);
        break;
    case AST_AugAssign:
        f_node(f, "target", n->v.AugAssign.target);
        f_op(f, "op", op_names[n->v.AugAssign.op]);
        f_node(f, "value", n->v.AugAssign.value);
        break;
    case AST_AnnAssign:
        f_node(f, "target", n->v.AnnAssign.target);
        f_node(f, "annotation", n->v.AnnAssign.annotation);
        f_node(f, "value", n->v.AnnAssign.value);
        f_int(f, "simple", n->v.AnnAssign.simple);
        break;
    case AST_For:
        f_node(f, "target", n->v.For.target);
        f_node(f, "iter", n->v.For.iter);
        f_seq(f, "body", n->v.For.body);
        f_seq(f, "orelse", n->v.For.orelse);
        break;
    case AST_While:
    case AST_If:
        f_node(f, "test", n->v.If.test);
        f_seq(f, "body", n->v.If.body);
        f_seq(f, "orelse", n->v.If.orelse);
        break;
    case AST_With:
        f_seq(f, "items", n->v.With.items);
        f_seq(f, "body", n->v.With.body);
        break;
    case AST_Raise:
        f_node(f, "exc", n->v.Raise.exc);
        f_node(f, "cause", n->v.Raise.cause);
        break;
    case AST_Try:
        f_seq(f, "body", n->v.Try.body);
        f_seq(f, "handlers", n->v.Try.handlers);
        f_seq(f, "orelse", n->v.Try.orelse);
        f_seq(f, "finalbody", n->v.Try.finalbody);
        break;
    case AST_Assert:
        f_node(f, "test", n->v.Assert.test);
        f_node(f, "msg", n->v.Assert.msg);
        break;
    case AST_Import: f_seq(f, "names", n->v.Import.names); break;
    case AST_ImportFrom:
        f_str(f, "module", n->v.ImportFrom.module);
        f_seq(f, "names", n->v.ImportFrom.names);
        f_int(f, "level", n->v.ImportFrom.level);
        break;
    case AST_Global:
    case AST_Nonlocal: f_names(f, "names", n->v.Global.names); break;
    case AST_Expr: f_node(f, "value", n->v.Expr.value); break;
    default: break;
    }
}

static void
dump_expr(Fields *f, const AstNode *n)
{
    switch (n->kind) {
    case AST_BoolOp:
        f_op(f, "op", n->v.BoolOp.op == AST_AND ? "And" : "Or");
        f_seq(f, "values", n->v.BoolOp.values);
        break;
    case AST_NamedExpr:
        f_node(f, "target", n->v.NamedExpr.target);
        f_node(f, "value", n->v.NamedExpr.value);
        break;
    case AST_BinOp:
        f_node(f, "left", n->v.BinOp.left);
        f_op(f, "op", op_names[n->v.BinOp.op]);
        f_node(f, "right", n->v.BinOp.right);
        break;
    case AST_UnaryOp:
        f_op(f, "op", unary_names[n->v.UnaryOp.op]);
        f_node(f, "operand", n->v.UnaryOp.operand);
        break;
    case AST_Lambda:
        f_node(f, "args", n->v.Lambda.args);
        f_node(f, "body", n->v.Lambda.body);
        break;
    case AST_IfExp:
        f_node(f, "test", n->v.IfExp.test);
        f_node(f, "body", n->v.IfExp.body);
        f_node(f, "orelse", n->v.IfExp.orelse);
        break;
    case AST_Dict:
        f_seq(f, "keys", n->v.Dict.keys);
        f_seq(f, "values", n->v.Dict.values);
        break;
    case AST_Set: f_seq(f, "elts", n->v.Set.elts); break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp:
        f_node(f, "elt", n->v.ListComp.elt);
        f_seq(f, "generators", n->v.ListComp.generators);
        break;
    case AST_DictComp:
        f_node(f, "key", n->v.DictComp.key);
        f_node(f, "value", n->v.DictComp.value);
        f_seq(f, "generators", n->v.DictComp.generators);
        break;
    case AST_Yield:
    case AST_YieldFrom: f_node(f, "value", n->v.Yield.value); break;
    case AST_Compare:
        f_node(f, "left", n->v.Compare.left);
        field(f, "ops");
        puts_(f->b, "[");
        for (int i = 0; i < n->v.Compare.nops; i++) {
            putf(f->b, "%s%s()", i ? ", " : "", cmp_names[n->v.Compare.ops[i]]);
        }
        puts_(f->b, "]");
        f_seq(f, "comparators", n->v.Compare.comparators);
        break;
    case AST_Call:
        f_node(f, "func", n->v.Call.func);
        f_seq(f, "args", n->v.Call.args);
        f_seq(f, "keywords", n->v.Call.keywords);
        break;
    case AST_FormattedValue:
        f_node(f, "value", n->v.FormattedValue.value);
        f_int(f, "conversion", n->v.FormattedValue.conversion);
        f_node(f, "format_spec", n->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr: f_seq(f, "values", n->v.JoinedStr.values); break;
    case AST_Constant:
        field(f, "value");
        dump_constant(f->b, n);
        if (n->v.Constant.u_prefix) {
            f_raw(f, "kind", "'u'");
        }
        break;
    case AST_Attribute:
        f_node(f, "value", n->v.Attribute.value);
        f_str(f, "attr", n->v.Attribute.attr);
        f_raw(f, "ctx", ctx_names[n->v.Attribute.ctx]);
        break;
    case AST_Subscript:
        f_node(f, "value", n->v.Subscript.value);
        f_node(f, "slice", n->v.Subscript.slice);
        f_raw(f, "ctx", ctx_names[n->v.Subscript.ctx]);
        break;
    case AST_Starred:
        f_node(f, "value", n->v.Starred.value);
        f_raw(f, "ctx", ctx_names[n->v.Starred.ctx]);
        break;
    case AST_Name:
        f_str(f, "id", n->v.Name.id);
        f_raw(f, "ctx", ctx_names[n->v.Name.ctx]);
        break;
    case AST_List:
    case AST_Tuple:
        f_seq(f, "elts", n->v.List.elts);
        f_raw(f, "ctx", ctx_names[n->v.List.ctx]);
        break;
    case AST_Slice:
        f_node(f, "lower", n->v.Slice.lower);
        f_node(f, "upper", n->v.Slice.upper);
        f_node(f, "step", n->v.Slice.step);
        break;
    default: break;
    }
}

static void
dump_helper(Fields *f, const AstNode *n)
{
    switch (n->kind) {
    case AST_comprehension:
        f_node(f, "target", n->v.comprehension.target);
        f_node(f, "iter", n->v.comprehension.iter);
        f_seq(f, "ifs", n->v.comprehension.ifs);
        f_int(f, "is_async", n->v.comprehension.is_async);
        break;
    case AST_ExceptHandler:
        f_node(f, "type", n->v.ExceptHandler.type);
        f_str(f, "name", n->v.ExceptHandler.name);
        f_seq(f, "body", n->v.ExceptHandler.body);
        break;
    case AST_arguments:
        f_seq(f, "posonlyargs", n->v.arguments.posonlyargs);
        f_seq(f, "args", n->v.arguments.args);
        f_node(f, "vararg", n->v.arguments.vararg);
        f_seq(f, "kwonlyargs", n->v.arguments.kwonlyargs);
        f_seq(f, "kw_defaults", n->v.arguments.kw_defaults);
        f_node(f, "kwarg", n->v.arguments.kwarg);
        f_seq(f, "defaults", n->v.arguments.defaults);
        break;
    case AST_arg:
        f_str(f, "arg", n->v.arg.arg);
        f_node(f, "annotation", n->v.arg.annotation);
        break;
    case AST_keyword:
        f_str(f, "arg", n->v.keyword.arg);
        f_node(f, "value", n->v.keyword.value);
        break;
    case AST_alias:
        f_str(f, "name", n->v.alias.name);
        f_str(f, "asname", n->v.alias.asname);
        break;
    case AST_withitem:
        f_node(f, "context_expr", n->v.withitem.context_expr);
        f_node(f, "optional_vars", n->v.withitem.optional_vars);
        break;
    default: break;
    }
}

static int dump_attributes;

static void
dump_node(Buf *b, const AstNode *n)
{
    puts_(b, mn_ast_kind_name(n->kind));
    puts_(b, "(");
    Fields f = {b, 0};
    if (n->kind <= AST_Continue) {
        dump_stmt(&f, n);
    } else if (n->kind <= AST_Slice) {
        dump_expr(&f, n);
    } else {
        dump_helper(&f, n);
    }
    if (dump_attributes && n->kind > AST_Expression &&
        (n->kind <= AST_Slice || n->kind == AST_ExceptHandler || n->kind == AST_arg ||
         n->kind == AST_keyword || n->kind == AST_alias)) {
        f_int(&f, "lineno", n->lineno);
        f_int(&f, "col_offset", n->col_offset);
        f_int(&f, "end_lineno", n->end_lineno);
        f_int(&f, "end_col_offset", n->end_col_offset);
    }
    puts_(b, ")");
}

char *
mn_ast_dump_attrs_str(const AstNode *node)
{
    dump_attributes = 1;
    char *s = mn_ast_dump_str(node);
    dump_attributes = 0;
    return s;
}

char *
mn_ast_dump_str(const AstNode *node)
{
    Buf b = {NULL, 0, 0};
    if (node == NULL) {
        puts_(&b, "None");
    } else {
        dump_node(&b, node);
    }
    return b.p;
}

void
mn_ast_dump(const AstNode *node)
{
    char *s = mn_ast_dump_str(node);
    if (s != NULL) {
        fputs(s, stdout);
        fputc('\n', stdout);
        free(s);
    }
}
