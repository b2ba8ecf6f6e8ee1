/*
 * runtime/format.c - the format mini-language for int, float and str:
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type], with CPython 3.11's
 * defaults (numbers right-aligned, '0' meaning sign-aware zero padding), grouping that
 * extends into zero padding, and CPython's error messages.
 * Output is built as UTF-8 in an MnFmtBuf (the fill may be any character).
 * See also: runtime/format_percent.c (`%`), runtime/float_text.c (shortest digits)
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mnemo.h"
#include "format.h"
#include "format_impl.h"

/* ==== output buffer ==== */

void
mn_fmtbuf_init(MnFmtBuf *b)
{
    b->p = b->small;
    b->len = 0;
    b->cap = sizeof(b->small);
}

static int
fmtbuf_reserve(MnFmtBuf *b, size_t extra)
{
    if (b->len + extra <= b->cap) {
        return 0;
    }
    size_t cap = b->cap * 2;
    while (cap < b->len + extra) {
        cap *= 2;
    }
    char *p;
    if (b->p == b->small) {
        p = mn_mem_alloc(cap);
        if (p != NULL) {
            memcpy(p, b->small, b->len);
        }
    } else {
        p = mn_mem_realloc(b->p, cap);
    }
    if (p == NULL) {
        mn_err_no_memory();
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

int
mn_fmtbuf_put(MnFmtBuf *b, const char *s, size_t n)
{
    if (fmtbuf_reserve(b, n) < 0) {
        return -1;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    return 0;
}

static int
encode_utf8(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

int
mn_fmtbuf_fill(MnFmtBuf *b, uint32_t cp, intptr_t count)
{
    char enc[4];
    int n = encode_utf8(cp, enc);
    if (count <= 0) {
        return 0;
    }
    if (fmtbuf_reserve(b, (size_t)count * (size_t)n) < 0) {
        return -1;
    }
    if (n == 1) {
        memset(b->p + b->len, enc[0], (size_t)count);
        b->len += (size_t)count;
        return 0;
    }
    for (intptr_t i = 0; i < count; i++) {
        memcpy(b->p + b->len, enc, (size_t)n);
        b->len += (size_t)n;
    }
    return 0;
}

void
mn_fmtbuf_free(MnFmtBuf *b)
{
    if (b->p != b->small) {
        mn_mem_free(b->p);
    }
    b->p = b->small;
    b->len = 0;
}

MnObject *
mn_fmtbuf_finish(MnFmtBuf *b)
{
    MnObject *res = mn_str_from_utf8(b->p, (intptr_t)b->len);
    mn_fmtbuf_free(b);
    return res;
}

/* ==== float text core ==== */

static char *
dup_text(const char *s)
{
    char *p = mn_mem_strdup(s);
    if (p == NULL) {
        mn_err_no_memory();
    }
    return p;
}

// repr-style text with CPython's 'r' mode and the '#' flag (a point is always kept).
static char *
repr_text(double a, int flags)
{
    char buf[40];
    mn_float_repr_buf(a, buf, sizeof(buf));
    if ((flags & MN_FMT_ALT) && strchr(buf, '.') == NULL) {
        char *e = strchr(buf, 'e');
        if (e != NULL) {
            memmove(e + 1, e, strlen(e) + 1);
            *e = '.';
        }
    }
    return dup_text(buf);
}

// Removes trailing zeros (and a bare point) from the digits after the point in [s], before
// any exponent.
static void
strip_fraction_zeros(char *s)
{
    char *point = strchr(s, '.');
    if (point == NULL) {
        return;
    }
    char *exp = strpbrk(s, "eE");
    char *end = exp ? exp : s + strlen(s);
    char *q = end;
    while (q > point + 1 && q[-1] == '0') {
        q--;
    }
    if (q == point + 1) {
        q = point;
    }
    memmove(q, end, strlen(end) + 1);
}

// 'g': exponent notation when the exponent is < -4 or >= precision (precision-1 with
// ADD_DOT_0, CPython's rule for format() without a type, which also adds ".0" to integral
// fixed-point results). Trailing zeros go unless '#'.
static char *
general_text(double a, int prec, int flags)
{
    int dot0 = (flags & MN_FMT_ADD_DOT_0) != 0;
    char head[40];
    if (prec == 0) {
        prec = 1;
    }
    snprintf(head, sizeof(head), "%.*e", prec - 1, a);
    int x = atoi(strchr(head, 'e') + 1);
    int alt = (flags & MN_FMT_ALT) != 0;
    int upper = (flags & MN_FMT_UPPER) != 0;
    int use_exp = x < -4 || x >= (dot0 ? prec - 1 : prec);
    char fmt[16];
    snprintf(fmt, sizeof(fmt), "%%%s.*%c", alt ? "#" : "", use_exp ? (upper ? 'E' : 'e') : 'f');
    int digits = use_exp ? prec - 1 : prec - 1 - x;
    int n = snprintf(NULL, 0, fmt, digits, a);
    char *p = mn_mem_alloc((size_t)n + 3);
    if (p == NULL) {
        mn_err_no_memory();
        return NULL;
    }
    snprintf(p, (size_t)n + 1, fmt, digits, a);
    if (!alt) {
        strip_fraction_zeros(p);
    }
    if (dot0 && !use_exp && strchr(p, '.') == NULL) {
        strcat(p, ".0");
    }
    return p;
}

char *
mn_fmt_double_abs(double x, char type, int prec, int flags)
{
    double a = fabs(x);
    int upper = (flags & MN_FMT_UPPER) != 0;
    if (isnan(a) || isinf(a)) {
        const char *t = isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return dup_text(t);
    }
    if (type == 'r') {
        return repr_text(a, flags);
    }
    if (type == 'g') {
        return general_text(a, prec, flags);
    }
    char fmt[16];
    snprintf(fmt, sizeof(fmt), "%%%s.*%c", (flags & MN_FMT_ALT) ? "#" : "",
             upper ? (char)toupper((unsigned char)type) : type);
    int n = snprintf(NULL, 0, fmt, prec, a);
    char *p = mn_mem_alloc((size_t)n + 1);
    if (p == NULL) {
        mn_err_no_memory();
        return NULL;
    }
    snprintf(p, (size_t)n + 1, fmt, prec, a);
    return p;
}

/* ==== spec parsing ==== */

typedef struct Spec {
    uint32_t fill;
    char align;                 // '<' '>' '^' '=', or 0 for the default
    char sign;                  // '+' '-' ' ', or 0
    int no_neg_0;               // 'z'
    int alt;                    // '#'
    intptr_t width;             // -1 when absent
    char grouping;              // ',' '_', or 0
    int group_size;             // 3, or 4 for '_' with b o x X
    intptr_t precision;         // -1 when absent
    uint32_t type;              // the type code, or the default
} Spec;

static int
is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static MnObject *
unknown_code(uint32_t type, MnObject *v)
{
    if (type > 32 && type < 128) {
        return mn_err_format(mn_exc_ValueError, "Unknown format code '%c' for object of type '%s'",
                             (int)type, MN_TYPE(v)->tp_name);
    }
    return mn_err_format(mn_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                         (unsigned int)type, MN_TYPE(v)->tp_name);
}

// Reads digits at [*pos]. -> the number (or -1 when there are none), -2 on overflow.
static intptr_t
read_number(MnObject *spec, intptr_t *pos, intptr_t end)
{
    intptr_t n = -1;
    while (*pos < end) {
        uint32_t c = MN_STR_READ(spec, *pos);
        if (c < '0' || c > '9') {
            break;
        }
        if (n < 0) {
            n = 0;
        }
        if (n > (INTPTR_MAX - 9) / 10) {
            mn_err_format(mn_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        n = n * 10 + (c - '0');
        (*pos)++;
    }
    return n;
}

static int
bad_grouping(char sep, uint32_t type)
{
    if (type > 32 && type < 128) {
        mn_err_format(mn_exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    } else {
        mn_err_format(mn_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep,
                      (unsigned int)type);
    }
    return -1;
}

// Parses [spec] for the object [v]. [default_type] is 'd', 's' or 0, [default_align] '>' or
// '<'. -> 0, or -1 with ValueError set.
static int
parse_spec(MnObject *spec, MnObject *v, uint32_t default_type, char default_align, Spec *s)
{
    intptr_t end = MN_STR_LEN(spec), pos = 0;
    int fill_given = 0;
    s->fill = ' ';
    s->align = 0;
    s->sign = 0;
    s->no_neg_0 = 0;
    s->alt = 0;
    s->width = -1;
    s->grouping = 0;
    s->group_size = 3;
    s->precision = -1;
    s->type = default_type;
    if (end >= 2 && is_align(MN_STR_READ(spec, 1))) {
        s->fill = MN_STR_READ(spec, 0);
        s->align = (char)MN_STR_READ(spec, 1);
        fill_given = 1;
        pos = 2;
    } else if (end >= 1 && is_align(MN_STR_READ(spec, 0))) {
        s->align = (char)MN_STR_READ(spec, 0);
        pos = 1;
    }
    if (pos < end) {
        uint32_t c = MN_STR_READ(spec, pos);
        if (c == '+' || c == '-' || c == ' ') {
            s->sign = (char)c;
            pos++;
        }
    }
    if (pos < end && MN_STR_READ(spec, pos) == 'z') {
        s->no_neg_0 = 1;
        pos++;
    }
    if (pos < end && MN_STR_READ(spec, pos) == '#') {
        s->alt = 1;
        pos++;
    }
    if (pos < end && MN_STR_READ(spec, pos) == '0' && !fill_given) {
        s->fill = '0';
        if (s->align == 0 && default_align == '>') {
            s->align = '=';
        }
        pos++;
    }
    s->width = read_number(spec, &pos, end);
    if (s->width == -2) {
        return -1;
    }
    if (pos < end && (MN_STR_READ(spec, pos) == ',' || MN_STR_READ(spec, pos) == '_')) {
        s->grouping = (char)MN_STR_READ(spec, pos);
        pos++;
        if (pos < end && MN_STR_READ(spec, pos) != (uint32_t)s->grouping
            && (MN_STR_READ(spec, pos) == ',' || MN_STR_READ(spec, pos) == '_')) {
            mn_err_format(mn_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (pos < end && MN_STR_READ(spec, pos) == '.') {
        pos++;
        s->precision = read_number(spec, &pos, end);
        if (s->precision == -2) {
            return -1;
        }
        if (s->precision == -1) {
            mn_err_format(mn_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        mn_err_format(mn_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                      spec, MN_TYPE(v)->tp_name);
        return -1;
    }
    if (end - pos == 1) {
        s->type = MN_STR_READ(spec, pos);
    }
    if (s->align == 0) {
        s->align = default_align;
    }
    if (s->grouping) {
        switch (s->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (s->grouping == '_') {
                s->group_size = 4;
                break;
            }
            return bad_grouping(s->grouping, s->type);
        default:
            return bad_grouping(s->grouping, s->type);
        }
    }
    return 0;
}

/* ==== layout ==== */

// Appends [fill] to reach [width] around content of [len] characters written by the caller
// between the two calls: -> left padding count (*right gets the right one).
static intptr_t
split_padding(const Spec *s, intptr_t len, intptr_t *right)
{
    intptr_t pad = s->width > len ? s->width - len : 0;
    *right = 0;
    switch (s->align) {
    case '<':
        *right = pad;
        return 0;
    case '^':
        *right = pad - pad / 2;
        return pad / 2;
    default:
        return pad;
    }
}

// Appends [n] digits with separators every [g] (counting from the right), zero-extended on
// the left to [min_len] characters when [min_len] > 0.
static int
put_grouped(MnFmtBuf *b, const char *digits, intptr_t n, char sep, int g, intptr_t min_len)
{
    intptr_t total = n;
    if (min_len > 0) {
        while (total + (total - 1) / g < min_len) {
            total++;
        }
    }
    intptr_t out_len = total + (total - 1) / g;
    if (fmtbuf_reserve(b, (size_t)out_len) < 0) {
        return -1;
    }
    char *p = b->p + b->len + out_len;
    intptr_t i = n, k = 0;
    while (k < total) {
        if (k > 0 && k % g == 0) {
            *--p = sep;
        }
        *--p = i > 0 ? digits[--i] : '0';
        k++;
    }
    b->len += (size_t)out_len;
    return 0;
}

// Lays out a number: [sign] and [prefix] (ASCII), integer digits [idig] ([ni] bytes), then
// [rest] (fraction, exponent, suffix). Applies grouping, zero padding and alignment.
static int
emit_number(MnFmtBuf *b, const Spec *s, const char *sign, const char *prefix, const char *idig,
            intptr_t ni, const char *rest, intptr_t nr)
{
    intptr_t ns = (intptr_t)strlen(sign), np = (intptr_t)strlen(prefix);
    intptr_t ngrouped = ni;
    intptr_t min_digits = 0;
    if (s->grouping && ni > 0) {
        if (s->fill == '0' && s->align == '=' && s->width > 0) {
            min_digits = s->width - ns - np - nr;
        }
        intptr_t total = ni;
        if (min_digits > 0) {
            while (total + (total - 1) / s->group_size < min_digits) {
                total++;
            }
        }
        ngrouped = total + (total - 1) / s->group_size;
    }
    intptr_t len = ns + np + ngrouped + nr;
    intptr_t right, left = split_padding(s, len, &right);
    if (s->align != '=' && mn_fmtbuf_fill(b, s->fill, left) < 0) {
        return -1;
    }
    if (mn_fmtbuf_put(b, sign, (size_t)ns) < 0 || mn_fmtbuf_put(b, prefix, (size_t)np) < 0) {
        return -1;
    }
    if (s->align == '=' && mn_fmtbuf_fill(b, s->fill, left) < 0) {
        return -1;
    }
    if (s->grouping && ni > 0) {
        if (put_grouped(b, idig, ni, s->grouping, s->group_size, min_digits) < 0) {
            return -1;
        }
    } else if (mn_fmtbuf_put(b, idig, (size_t)ni) < 0) {
        return -1;
    }
    if (mn_fmtbuf_put(b, rest, (size_t)nr) < 0) {
        return -1;
    }
    return mn_fmtbuf_fill(b, s->fill, right);
}

static const char *
sign_text(const Spec *s, int negative)
{
    if (negative) {
        return "-";
    }
    return s->sign == '+' ? "+" : s->sign == ' ' ? " " : "";
}

// Appends [text] ([nbytes] bytes of UTF-8, [nchars] characters) padded per [s].
static int
emit_text(MnFmtBuf *b, const Spec *s, const char *text, intptr_t nbytes, intptr_t nchars)
{
    intptr_t right, left = split_padding(s, nchars, &right);
    if (mn_fmtbuf_fill(b, s->fill, left) < 0 || mn_fmtbuf_put(b, text, (size_t)nbytes) < 0) {
        return -1;
    }
    return mn_fmtbuf_fill(b, s->fill, right);
}

/* ==== float ==== */

// Formats the double [x] per the parsed spec (type e E f F g G n % r or 0) into [b].
static int
format_double(MnFmtBuf *b, double x, const Spec *s)
{
    uint32_t type = s->type;
    int flags = s->alt ? MN_FMT_ALT : 0;
    int add_pct = 0;
    intptr_t prec = s->precision;
    char t;
    if (type == 0) {
        flags |= MN_FMT_ADD_DOT_0;
        t = prec < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        t = 'g';
    } else if (type == '%') {
        t = 'f';
        x *= 100.0;
        add_pct = 1;
    } else if (type == 'E' || type == 'F' || type == 'G') {
        t = (char)tolower((int)type);
        flags |= MN_FMT_UPPER;
    } else {
        t = (char)type;
    }
    if (prec < 0) {
        prec = 6;
    }
    if (prec > 1000000) {
        mn_err_format(mn_exc_ValueError, "precision too big");
        return -1;
    }
    char *text = mn_fmt_double_abs(x, t, (int)prec, flags);
    if (text == NULL) {
        return -1;
    }
    int negative = signbit(x) && !isnan(x);
    if (negative && s->no_neg_0) {
        // 'z': a result that rounded to zero loses its sign
        int nonzero = 0;
        for (const char *q = text; *q && *q != 'e' && *q != 'E'; q++) {
            if (*q >= '1' && *q <= '9') {
                nonzero = 1;
                break;
            }
        }
        negative = nonzero || isinf(x);
    }
    intptr_t ni = 0;
    while (text[ni] >= '0' && text[ni] <= '9') {
        ni++;
    }
    size_t tl = strlen(text);
    int rc;
    if (add_pct) {
        char *p = mn_mem_realloc(text, tl + 2);
        if (p == NULL) {
            mn_mem_free(text);
            mn_err_no_memory();
            return -1;
        }
        text = p;
        text[tl++] = '%';
        text[tl] = '\0';
    }
    rc = emit_number(b, s, sign_text(s, negative), "", text, ni, text + ni, (intptr_t)tl - ni);
    mn_mem_free(text);
    return rc;
}

MnObject *
mn_format_float(MnObject *v, MnObject *spec)
{
    Spec s;
    if (spec == NULL || MN_STR_LEN(spec) == 0) {
        return mn_object_str(v);
    }
    if (parse_spec(spec, v, 0, '>', &s) < 0) {
        return NULL;
    }
    switch (s.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return unknown_code(s.type, v);
    }
    double x = MN_FLOAT_CHECK(v) ? MN_FLOAT_VALUE(v) : mn_float_as_double(v);
    if (x == -1.0 && mn_err_occurred()) {
        return NULL;
    }
    MnFmtBuf b;
    mn_fmtbuf_init(&b);
    if (format_double(&b, x, &s) < 0) {
        mn_fmtbuf_free(&b);
        return NULL;
    }
    return mn_fmtbuf_finish(&b);
}

/* ==== int ==== */

static int
format_int_char(MnFmtBuf *b, MnObject *v, Spec *s)
{
    if (s->sign) {
        mn_err_format(mn_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        return -1;
    }
    if (s->alt) {
        mn_err_format(mn_exc_ValueError,
                      "Alternate form (#) not allowed with integer format specifier 'c'");
        return -1;
    }
    int overflow;
    long cp = mn_int_as_long_overflow(v, &overflow);
    if (overflow || cp < 0 || cp > 0x10ffff) {
        mn_err_format(mn_exc_OverflowError, "%%c arg not in range(0x110000)");
        return -1;
    }
    char enc[4];
    int n = encode_utf8((uint32_t)cp, enc);
    if (s->align == '=') {
        s->align = '>';
    }
    return emit_text(b, s, enc, n, 1);
}

// Digits of |v| in [base] (lower case). *text is the borrowed/owned holder to release.
static const char *
int_digits(MnObject *v, int base, char *small, MnObject **holder, intptr_t *n, int *negative)
{
    *holder = NULL;
    if (MN_INT_IS_COMPACT(v)) {
        intptr_t x = MN_INT_COMPACT_VALUE(v);
        unsigned long long u = x < 0 ? (unsigned long long)0 - (unsigned long long)x
                                     : (unsigned long long)x;
        *negative = x < 0;
        char *p = small + 70;
        *p = '\0';
        do {
            *--p = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        *n = small + 70 - p;
        return p;
    }
    MnObject *str = mn_int_to_base(v, base, 0);
    if (str == NULL) {
        return NULL;
    }
    intptr_t len;
    const char *p = mn_str_as_utf8(str, &len);
    if (p == NULL) {
        mn_decref(str);
        return NULL;
    }
    *holder = str;
    *negative = p[0] == '-';
    if (*negative) {
        p++;
        len--;
    }
    *n = len;
    return p;
}

static int
format_int_spec(MnFmtBuf *b, MnObject *v, Spec *s)
{
    if (s->precision != -1) {
        mn_err_format(mn_exc_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (s->no_neg_0) {
        mn_err_format(mn_exc_ValueError,
                      "Negative zero coercion (z) not allowed in integer format specifier");
        return -1;
    }
    if (s->type == 'c') {
        return format_int_char(b, v, s);
    }
    int base = 10;
    const char *prefix = "";
    switch (s->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    if (!s->alt) {
        prefix = "";
    }
    char small[72];
    MnObject *holder;
    intptr_t n;
    int negative;
    const char *digits = int_digits(v, base, small, &holder, &n, &negative);
    if (digits == NULL) {
        return -1;
    }
    char *upper = NULL;
    if (s->type == 'X') {
        upper = mn_mem_alloc((size_t)n + 1);
        if (upper == NULL) {
            mn_xdecref(holder);
            mn_err_no_memory();
            return -1;
        }
        for (intptr_t i = 0; i < n; i++) {
            upper[i] = (char)toupper((unsigned char)digits[i]);
        }
        digits = upper;
    }
    int rc = emit_number(b, s, sign_text(s, negative), prefix, digits, n, "", 0);
    mn_mem_free(upper);
    mn_xdecref(holder);
    return rc;
}

MnObject *
mn_format_int(MnObject *v, MnObject *spec)
{
    Spec s;
    if (spec == NULL || MN_STR_LEN(spec) == 0) {
        return mn_object_str(v);
    }
    if (parse_spec(spec, v, 'd', '>', &s) < 0) {
        return NULL;
    }
    MnFmtBuf b;
    mn_fmtbuf_init(&b);
    int rc;
    switch (s.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        rc = format_int_spec(&b, v, &s);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x = mn_int_as_double(v);
        if (x == -1.0 && mn_err_occurred()) {
            return NULL;
        }
        rc = format_double(&b, x, &s);
        break;
    }
    default:
        return unknown_code(s.type, v);
    }
    if (rc < 0) {
        mn_fmtbuf_free(&b);
        return NULL;
    }
    return mn_fmtbuf_finish(&b);
}

/* ==== str ==== */

MnObject *
mn_format_str(MnObject *v, MnObject *spec)
{
    Spec s;
    if (spec == NULL || MN_STR_LEN(spec) == 0) {
        return mn_object_str(v);
    }
    if (parse_spec(spec, v, 's', '<', &s) < 0) {
        return NULL;
    }
    if (s.type != 's') {
        return unknown_code(s.type, v);
    }
    if (s.sign) {
        return mn_err_format(mn_exc_ValueError, s.sign == ' '
                             ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier");
    }
    if (s.no_neg_0) {
        return mn_err_format(mn_exc_ValueError,
                             "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (s.alt) {
        return mn_err_format(mn_exc_ValueError,
                             "Alternate form (#) not allowed in string format specifier");
    }
    if (s.align == '=') {
        return mn_err_format(mn_exc_ValueError,
                             "'=' alignment not allowed in string format specifier");
    }
    intptr_t len = MN_STR_LEN(v);
    MnObject *part;
    if (s.precision >= 0 && s.precision < len) {
        part = mn_str_substring(v, 0, s.precision);
        len = s.precision;
    } else {
        part = mn_newref(v);
    }
    if (part == NULL) {
        return NULL;
    }
    if (s.width <= len && MN_STR_CHECK_EXACT(part)) {
        return part;
    }
    intptr_t nbytes;
    const char *text = mn_str_as_utf8(part, &nbytes);
    if (text == NULL) {
        mn_decref(part);
        return NULL;
    }
    MnFmtBuf b;
    mn_fmtbuf_init(&b);
    int rc = emit_text(&b, &s, text, nbytes, len);
    mn_decref(part);
    if (rc < 0) {
        mn_fmtbuf_free(&b);
        return NULL;
    }
    return mn_fmtbuf_finish(&b);
}
