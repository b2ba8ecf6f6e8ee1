/*
 * runtime/format_percent.c - printf-style `fmt % args` for str: %s %r %a %c %d %i %u %o %x %X
 * %e %E %f %F %g %G and %%, with flags -+ #0, width and precision (also `*`), and the
 * %(key)s mapping form. Arguments are consumed as CPython does: a tuple item by item, any
 * other value as the single argument, a mapping (not tuple/str) for %(key) lookups.
 * See also: runtime/format.c (the mini-language and the output buffer)
 */
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "mnemo.h"
#include "format.h"
#include "format_impl.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Ctx {
    MnObject *fmt;
    MnObject *args;             // the tuple, the single value, or a looked-up value
    int args_owned;             // args is a looked-up value (owned); else borrowed, as CPython
    intptr_t arglen, argidx;
    MnObject *dict;             // borrowed mapping, or NULL
    MnFmtBuf out;
} Ctx;

// The next argument (borrowed from ctx->args). -> reference, or NULL with TypeError.
static MnObject *
next_arg(Ctx *c)
{
    intptr_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        if (c->arglen < 0) {
            return c->args;
        }
        return MN_TUPLE_GET(c->args, i);
    }
    return mn_err_format(mn_exc_TypeError, "not enough arguments for format string");
}

static inline uint32_t
fmt_char(Ctx *c, intptr_t i)
{
    return MN_STR_READ(c->fmt, i);
}

// Appends sign + prefix + body with width/flags applied; [body_chars] counts characters.
static int
emit_padded(Ctx *c, int flags, intptr_t width, const char *sign, const char *prefix,
            const char *body, intptr_t body_bytes, intptr_t body_chars)
{
    intptr_t ns = (intptr_t)strlen(sign), np = (intptr_t)strlen(prefix);
    intptr_t len = ns + np + body_chars;
    intptr_t pad = width > len ? width - len : 0;
    MnFmtBuf *b = &c->out;
    if (!(flags & F_LJUST) && !(flags & F_ZERO) && mn_fmtbuf_fill(b, ' ', pad) < 0) {
        return -1;
    }
    if (mn_fmtbuf_put(b, sign, (size_t)ns) < 0 || mn_fmtbuf_put(b, prefix, (size_t)np) < 0) {
        return -1;
    }
    if (!(flags & F_LJUST) && (flags & F_ZERO) && mn_fmtbuf_fill(b, '0', pad) < 0) {
        return -1;
    }
    if (mn_fmtbuf_put(b, body, (size_t)body_bytes) < 0) {
        return -1;
    }
    if ((flags & F_LJUST) && mn_fmtbuf_fill(b, ' ', pad) < 0) {
        return -1;
    }
    return 0;
}

// %s %r %a: [s] is a str.
static int
emit_str(Ctx *c, int flags, intptr_t width, intptr_t prec, MnObject *s)
{
    intptr_t len = MN_STR_LEN(s);
    MnObject *part;
    if (prec >= 0 && prec < len) {
        part = mn_str_substring(s, 0, prec);
        len = prec;
    } else {
        part = mn_newref(s);
    }
    if (part == NULL) {
        return -1;
    }
    intptr_t nbytes;
    const char *text = mn_str_as_utf8(part, &nbytes);
    int rc = -1;
    if (text != NULL) {
        rc = emit_padded(c, flags & ~F_ZERO, width, "", "", text, nbytes, len);
    }
    mn_decref(part);
    return rc;
}

static int
format_char(Ctx *c, int flags, intptr_t width, MnObject *v)
{
    uint32_t cp;
    if (MN_STR_CHECK(v)) {
        if (MN_STR_LEN(v) != 1) {
            mn_err_format(mn_exc_TypeError, "%%c requires int or char");
            return -1;
        }
        cp = MN_STR_READ(v, 0);
    } else if (MN_INT_CHECK(v)) {
        int overflow;
        long x = mn_int_as_long_overflow(v, &overflow);
        if (overflow || x < 0 || x > 0x10ffff) {
            mn_err_format(mn_exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)x;
    } else {
        mn_err_format(mn_exc_TypeError, "%%c requires int or char");
        return -1;
    }
    MnFmtBuf tmp;
    mn_fmtbuf_init(&tmp);
    if (mn_fmtbuf_fill(&tmp, cp, 1) < 0) {
        return -1;
    }
    int rc = emit_padded(c, flags & ~F_ZERO, width, "", "", tmp.p, (intptr_t)tmp.len, 1);
    mn_fmtbuf_free(&tmp);
    return rc;
}

// The int to format for %d/%x...: a new reference, or NULL with TypeError.
static MnObject *
integer_arg(MnObject *v, uint32_t conv)
{
    if (MN_INT_CHECK(v)) {
        return mn_newref(v);
    }
    MnType *tp = MN_TYPE(v);
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (tp->nb_index != NULL || tp->nb_int != NULL || tp->nb_float != NULL) {
            return mn_number_long(v);
        }
        return mn_err_format(mn_exc_TypeError, "%%%c format: a real number is required, not %s",
                             (int)conv, tp->tp_name);
    }
    if (tp->nb_index != NULL) {
        return mn_number_index(v);
    }
    return mn_err_format(mn_exc_TypeError, "%%%c format: an integer is required, not %s",
                         (int)conv, tp->tp_name);
}

static int
format_integer(Ctx *c, int flags, intptr_t width, intptr_t prec, MnObject *v, uint32_t conv)
{
    MnObject *n = integer_arg(v, conv);
    if (n == NULL) {
        return -1;
    }
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    MnObject *text = mn_int_to_base(n, base, 0);
    mn_decref(n);
    if (text == NULL) {
        return -1;
    }
    intptr_t len;
    const char *d = mn_str_as_utf8(text, &len);
    if (d == NULL) {
        mn_decref(text);
        return -1;
    }
    int negative = d[0] == '-';
    if (negative) {
        d++;
        len--;
    }
    const char *sign = negative ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    const char *prefix = "";
    if (flags & F_ALT) {
        prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
    }
    intptr_t zeros = prec > len ? prec - len : 0;
    MnFmtBuf body;
    mn_fmtbuf_init(&body);
    int rc = -1;
    if (mn_fmtbuf_fill(&body, '0', zeros) == 0 && mn_fmtbuf_put(&body, d, (size_t)len) == 0) {
        if (conv == 'X') {
            for (size_t i = 0; i < body.len; i++) {
                body.p[i] = (char)toupper((unsigned char)body.p[i]);
            }
        }
        rc = emit_padded(c, flags, width, sign, prefix, body.p, (intptr_t)body.len,
                         (intptr_t)body.len);
    }
    mn_fmtbuf_free(&body);
    mn_decref(text);
    return rc;
}

static int
format_floating(Ctx *c, int flags, intptr_t width, intptr_t prec, MnObject *v, uint32_t conv)
{
    double x = mn_float_as_double(v);
    if (x == -1.0 && mn_err_occurred()) {
        return -1;
    }
    if (prec < 0) {
        prec = 6;
    }
    int fl = (flags & F_ALT) ? MN_FMT_ALT : 0;
    if (isupper((int)conv)) {
        fl |= MN_FMT_UPPER;
    }
    char *text = mn_fmt_double_abs(x, (char)tolower((int)conv), (int)prec, fl);
    if (text == NULL) {
        return -1;
    }
    int negative = signbit(x) && !isnan(x);
    const char *sign = negative ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
    intptr_t n = (intptr_t)strlen(text);
    int rc = emit_padded(c, flags, width, sign, "", text, n, n);
    mn_mem_free(text);
    return rc;
}

// Formats one conversion of value [v].
static int
convert(Ctx *c, int flags, intptr_t width, intptr_t prec, uint32_t conv, MnObject *v,
        intptr_t index)
{
    MnObject *s;
    int rc;
    switch (conv) {
    case 's': case 'r': case 'a':
        s = conv == 's' ? mn_object_str(v) : conv == 'r' ? mn_object_repr(v) : mn_object_ascii(v);
        if (s == NULL) {
            return -1;
        }
        rc = emit_str(c, flags, width, prec, s);
        mn_decref(s);
        return rc;
    case 'c':
        return format_char(c, flags, width, v);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        return format_integer(c, flags, width, prec, v, conv);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return format_floating(c, flags, width, prec, v, conv);
    default:
        mn_err_format(mn_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                      conv < 128 ? (int)conv : '?', (unsigned int)conv, index);
        return -1;
    }
}

// Reads '*' (from the arguments) or digits. -> 0, or -1 with an error set.
static int
read_count(Ctx *c, intptr_t *pos, intptr_t end, intptr_t *value, int *flags, int is_width)
{
    if (*pos < end && fmt_char(c, *pos) == '*') {
        (*pos)++;
        MnObject *v = next_arg(c);
        if (v == NULL) {
            return -1;
        }
        if (!MN_INT_CHECK(v)) {
            mn_err_format(mn_exc_TypeError, "* wants int");
            return -1;
        }
        intptr_t n = mn_int_as_ssize(v);
        if (n == -1 && mn_err_occurred()) {
            return -1;
        }
        if (n < 0) {
            if (is_width) {
                *flags |= F_LJUST;
                n = -n;
            } else {
                n = 0;
            }
        }
        *value = n;
        return 0;
    }
    intptr_t n = -1;
    while (*pos < end) {
        uint32_t ch = fmt_char(c, *pos);
        if (ch < '0' || ch > '9') {
            break;
        }
        if (n < 0) {
            n = 0;
        }
        if (n > (INTPTR_MAX - 9) / 10) {
            mn_err_format(mn_exc_ValueError, is_width ? "width too big" : "precision too big");
            return -1;
        }
        n = n * 10 + (ch - '0');
        (*pos)++;
    }
    *value = n < 0 ? (is_width ? 0 : -1) : n;
    return 0;
}

// Looks up "(key)" starting at [*pos] (just after '('). -> 0, or -1.
static int
lookup_key(Ctx *c, intptr_t *pos, intptr_t end)
{
    if (c->dict == NULL) {
        mn_err_format(mn_exc_TypeError, "format requires a mapping");
        return -1;
    }
    intptr_t start = *pos, depth = 1;
    while (*pos < end) {
        uint32_t ch = fmt_char(c, *pos);
        if (ch == '(') {
            depth++;
        } else if (ch == ')' && --depth == 0) {
            break;
        }
        (*pos)++;
    }
    if (depth != 0) {
        mn_err_format(mn_exc_ValueError, "incomplete format key");
        return -1;
    }
    MnObject *key = mn_str_substring(c->fmt, start, *pos);
    (*pos)++;
    if (key == NULL) {
        return -1;
    }
    MnObject *v = mn_object_getitem(c->dict, key);
    mn_decref(key);
    if (v == NULL) {
        return -1;
    }
    if (c->args_owned) {
        mn_decref(c->args);
    }
    c->args = v;
    c->args_owned = 1;
    c->arglen = -1;
    c->argidx = -2;
    return 0;
}

// One '%' directive starting at [*pos] (just after the '%').
static int
directive(Ctx *c, intptr_t *pos, intptr_t end)
{
    int flags = 0;
    intptr_t width, prec = -1;
    if (*pos < end && fmt_char(c, *pos) == '(') {
        (*pos)++;
        if (lookup_key(c, pos, end) < 0) {
            return -1;
        }
    }
    for (; *pos < end; (*pos)++) {
        uint32_t ch = fmt_char(c, *pos);
        int f = ch == '-' ? F_LJUST : ch == '+' ? F_SIGN : ch == ' ' ? F_BLANK
                : ch == '#' ? F_ALT : ch == '0' ? F_ZERO : 0;
        if (f == 0) {
            break;
        }
        flags |= f;
    }
    if (read_count(c, pos, end, &width, &flags, 1) < 0) {
        return -1;
    }
    if (*pos < end && fmt_char(c, *pos) == '.') {
        (*pos)++;
        if (read_count(c, pos, end, &prec, &flags, 0) < 0) {
            return -1;
        }
        if (prec < 0) {
            prec = 0;
        }
    }
    // length modifiers are accepted and ignored, as CPython does
    while (*pos < end && (fmt_char(c, *pos) == 'h' || fmt_char(c, *pos) == 'l'
                          || fmt_char(c, *pos) == 'L')) {
        (*pos)++;
    }
    if (*pos >= end) {
        mn_err_format(mn_exc_ValueError, "incomplete format");
        return -1;
    }
    intptr_t index = *pos;
    uint32_t conv = fmt_char(c, (*pos)++);
    MnObject *v = next_arg(c);
    if (v == NULL) {
        return -1;
    }
    return convert(c, flags, width, prec, conv, v, index);
}

static int
is_mapping(MnObject *o)
{
    return !MN_TUPLE_CHECK(o) && !MN_STR_CHECK(o) && MN_TYPE(o)->mp_subscript != NULL;
}

MnObject *
mn_format_percent(MnObject *fmt, MnObject *args)
{
    Ctx c;
    c.fmt = fmt;
    c.args = args;
    c.args_owned = 0;
    if (MN_TUPLE_CHECK(args)) {
        c.arglen = MN_TUPLE_LEN(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.dict = is_mapping(args) ? args : NULL;
    mn_fmtbuf_init(&c.out);
    intptr_t end = MN_STR_LEN(fmt), pos = 0;
    int ascii = MN_STR_IS_ASCII(fmt);
    const char *data = ascii ? (const char *)MN_STR_DATA(fmt) : NULL;
    while (pos < end) {
        intptr_t start = pos;
        while (pos < end && fmt_char(&c, pos) != '%') {
            pos++;
        }
        if (pos > start) {
            int rc = 0;
            if (ascii) {
                rc = mn_fmtbuf_put(&c.out, data + start, (size_t)(pos - start));
            } else {
                for (intptr_t i = start; i < pos && rc == 0; i++) {
                    rc = mn_fmtbuf_fill(&c.out, fmt_char(&c, i), 1);
                }
            }
            if (rc < 0) {
                goto fail;
            }
        }
        if (pos >= end) {
            break;
        }
        pos++;
        if (pos < end && fmt_char(&c, pos) == '%') {
            pos++;
            if (mn_fmtbuf_put(&c.out, "%", 1) < 0) {
                goto fail;
            }
            continue;
        }
        if (directive(&c, &pos, end) < 0) {
            goto fail;
        }
    }
    if (c.argidx < c.arglen && c.dict == NULL) {
        mn_err_format(mn_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    if (c.args_owned) {
        mn_decref(c.args);
    }
    return mn_fmtbuf_finish(&c.out);
fail:
    if (c.args_owned) {
        mn_decref(c.args);
    }
    mn_fmtbuf_free(&c.out);
    return NULL;
}
