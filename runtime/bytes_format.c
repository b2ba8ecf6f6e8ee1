/*
 * runtime/bytes_format.c - printf-style `bytes % args` (PEP 461): %s and %b take bytes (or
 * __bytes__), %r and %a give ascii(), %c an int or one byte, and the numeric conversions are
 * rendered by the str formatter (mn_format_percent) one directive at a time. Arguments are
 * consumed as CPython does: a tuple item by item, any other value as the single argument, and
 * a mapping for %(key) lookups with bytes keys.
 * See also: runtime/format_percent.c (str % args), runtime/bytes.c
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "format.h"
#include "str_impl.h"

enum { F_LJUST = 1 };

typedef struct BFmt {
    char *data;                 // owned output buffer
    intptr_t len, cap;
    MnObject *args;             // borrowed: the tuple, the single value or a keyed value
    intptr_t arglen, argidx;
    MnObject *dict;             // borrowed mapping, or NULL
    MnObject *keyed;            // owned value looked up by %(key), or NULL
} BFmt;

static int
out_put(BFmt *f, const char *s, intptr_t n)
{
    if (f->len + n > f->cap) {
        intptr_t cap = f->cap * 2 > f->len + n ? f->cap * 2 : f->len + n + 32;
        char *p = mn_mem_realloc(f->data, (size_t)cap);
        if (p == NULL) {
            mn_err_no_memory();
            return -1;
        }
        f->data = p;
        f->cap = cap;
    }
    memcpy(f->data + f->len, s, (size_t)n);
    f->len += n;
    return 0;
}

static int
out_fill(BFmt *f, char c, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++) {
        if (out_put(f, &c, 1) < 0) {
            return -1;
        }
    }
    return 0;
}

// Appends [s] of [n] bytes cut to [prec] and padded with spaces to [width].
static int
out_padded(BFmt *f, const char *s, intptr_t n, int flags, intptr_t width, intptr_t prec)
{
    if (prec >= 0 && n > prec) {
        n = prec;
    }
    intptr_t pad = width > n ? width - n : 0;
    if (!(flags & F_LJUST) && out_fill(f, ' ', pad) < 0) {
        return -1;
    }
    if (out_put(f, s, n) < 0) {
        return -1;
    }
    return (flags & F_LJUST) ? out_fill(f, ' ', pad) : 0;
}

// The next positional argument (borrowed). -> reference, or NULL with TypeError.
static MnObject *
next_arg(BFmt *f)
{
    if (f->argidx < f->arglen) {
        intptr_t i = f->argidx++;
        return f->arglen < 0 ? f->args : MN_TUPLE_GET(f->args, i);
    }
    return mn_err_format(mn_exc_TypeError, "not enough arguments for format string");
}

// %s / %b: the bytes of [v]. -> new bytes, or NULL.
static MnObject *
as_bytes(MnObject *v)
{
    if (MN_BYTES_CHECK(v)) {
        return mn_newref(v);
    }
    if (mn_type_lookup_cstr(MN_TYPE(v), "__bytes__") != NULL) {
        MnObject *r = mn_object_call_method(v, "__bytes__", NULL, 0);
        if (r != NULL && !MN_BYTES_CHECK(r)) {
            mn_err_format(mn_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                          MN_TYPE(r)->tp_name);
            mn_decref(r);
            return NULL;
        }
        return r;
    }
    return mn_err_format(mn_exc_TypeError, "%%b requires a bytes-like object, or an object "
                         "that implements __bytes__, not '%s'", MN_TYPE(v)->tp_name);
}

static int
format_char(BFmt *f, MnObject *v, int flags, intptr_t width)
{
    char c;
    if (MN_BYTES_CHECK(v) && MN_BYTES_LEN(v) == 1) {
        c = MN_BYTES_DATA(v)[0];
    } else if (MN_INT_CHECK(v) || (!MN_BYTES_CHECK(v) && !MN_STR_CHECK(v)
                                   && MN_TYPE(v)->nb_index != NULL)) {
        intptr_t x = mn_number_as_ssize(v, NULL);
        if (x == -1 && mn_err_occurred()) {
            return -1;
        }
        if (x < 0 || x > 255) {
            mn_err_format(mn_exc_OverflowError, "%%c arg not in range(256)");
            return -1;
        }
        c = (char)x;
    } else {
        mn_err_format(mn_exc_TypeError,
                      "%%c requires an integer in range(256) or a single byte");
        return -1;
    }
    return out_padded(f, &c, 1, flags, width, -1);
}

// Numeric conversions through the str formatter: "%<spec>" % (v,).
static int
format_number(BFmt *f, const char *spec, intptr_t speclen, MnObject *v)
{
    MnObject *sfmt = mn_str_from_latin1(spec, speclen);
    // A lone non-tuple argument is passed as is: no 1-tuple that would stay on the tuple free
    // list (CPython makes none, and tracemalloc would see it).
    MnObject *t = sfmt == NULL ? NULL : MN_TUPLE_CHECK(v) ? mn_tuple_pack(1, v) : mn_newref(v);
    MnObject *s = t ? mn_format_percent(sfmt, t) : NULL;
    mn_xdecref(sfmt);
    mn_xdecref(t);
    if (s == NULL) {
        return -1;
    }
    intptr_t n;
    const char *u = mn_str_as_utf8(s, &n);
    int rc = u == NULL ? -1 : out_put(f, u, n);
    mn_decref(s);
    return rc;
}

// Reads a width or precision at fmt[*pos] ('*' takes an argument). -> 0, or -1.
static int
read_count(BFmt *f, const char *fmt, intptr_t n, intptr_t *pos, intptr_t *value, int *flags,
           int is_width)
{
    if (*pos < n && fmt[*pos] == '*') {
        (*pos)++;
        MnObject *v = next_arg(f);
        if (v == NULL) {
            return -1;
        }
        if (!MN_INT_CHECK(v)) {
            mn_err_format(mn_exc_TypeError, "* wants int");
            return -1;
        }
        intptr_t x = mn_number_as_ssize(v, mn_exc_OverflowError);
        if (x == -1 && mn_err_occurred()) {
            return -1;
        }
        if (is_width && x < 0) {
            *flags |= F_LJUST;
            x = -x;
        }
        *value = x < 0 ? 0 : x;
        return 0;
    }
    while (*pos < n && fmt[*pos] >= '0' && fmt[*pos] <= '9') {
        *value = (*value < 0 ? 0 : *value) * 10 + (fmt[(*pos)++] - '0');
    }
    return 0;
}

// Handles "%(key)": looks the key up in the mapping. -> 0, or -1.
static int
lookup_key(BFmt *f, const char *fmt, intptr_t n, intptr_t *pos)
{
    if (f->dict == NULL) {
        mn_err_format(mn_exc_TypeError, "format requires a mapping");
        return -1;
    }
    intptr_t start = ++(*pos), depth = 1;
    while (*pos < n && depth > 0) {
        depth += fmt[*pos] == '(' ? 1 : fmt[*pos] == ')' ? -1 : 0;
        (*pos)++;
    }
    if (depth > 0) {
        mn_err_format(mn_exc_ValueError, "incomplete format key");
        return -1;
    }
    MnObject *key = mn_bytes_from(fmt + start, *pos - 1 - start);
    if (key == NULL) {
        return -1;
    }
    MnObject *v = mn_object_getitem(f->dict, key);
    mn_decref(key);
    if (v == NULL) {
        return -1;
    }
    MN_SETREF(f->keyed, v);
    f->args = v;
    f->arglen = -1;
    f->argidx = -2;
    return 0;
}

// One directive starting after the '%' at *pos. -> 0, or -1.
static int
directive(BFmt *f, const char *fmt, intptr_t n, intptr_t *pos)
{
    intptr_t start = *pos - 1;
    if (*pos < n && fmt[*pos] == '(' && lookup_key(f, fmt, n, pos) < 0) {
        return -1;
    }
    int flags = 0;
    intptr_t flags_at = *pos;
    while (*pos < n && strchr("-+ #0", fmt[*pos]) != NULL) {
        flags |= fmt[*pos] == '-' ? F_LJUST : 0;
        (*pos)++;
    }
    intptr_t flags_end = *pos, width = -1, prec = -1;
    if (read_count(f, fmt, n, pos, &width, &flags, 1) < 0) {
        return -1;
    }
    if (*pos < n && fmt[*pos] == '.') {
        (*pos)++;
        prec = 0;
        if (read_count(f, fmt, n, pos, &prec, &flags, 0) < 0) {
            return -1;
        }
    }
    while (*pos < n && (fmt[*pos] == 'h' || fmt[*pos] == 'l' || fmt[*pos] == 'L')) {
        (*pos)++;
    }
    if (*pos >= n) {
        mn_err_format(mn_exc_ValueError, "incomplete format");
        return -1;
    }
    char conv = fmt[(*pos)++];
    if (conv == '%') {
        return out_put(f, "%", 1);
    }
    (void)start;
    if (strchr("sbracdiuoxXeEfFgG", conv) == NULL) {
        uint8_t u = (uint8_t)conv;
        mn_err_format(mn_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                      u >= 32 && u < 127 ? (int)u : '?', (unsigned int)u, *pos - 1);
        return -1;
    }
    MnObject *v = next_arg(f);
    if (v == NULL) {
        return -1;
    }
    if (conv == 's' || conv == 'b' || conv == 'r' || conv == 'a') {
        MnObject *b;
        if (conv == 'r' || conv == 'a') {
            MnObject *s = mn_object_ascii(v);
            b = s ? mn_str_encode(s, "ascii", NULL) : NULL;
            mn_xdecref(s);
        } else {
            b = as_bytes(v);
        }
        if (b == NULL) {
            return -1;
        }
        int rc = out_padded(f, MN_BYTES_DATA(b), MN_BYTES_LEN(b), flags, width, prec);
        mn_decref(b);
        return rc;
    }
    if (conv == 'c') {
        return format_char(f, v, flags, width);
    }
    char spec[96];
    int k = snprintf(spec, sizeof spec, "%%%.*s", (int)(flags_end - flags_at > 8 ? 8
                                                         : flags_end - flags_at),
                     fmt + flags_at);
    if (width >= 0) {
        k += snprintf(spec + k, sizeof spec - (size_t)k, "%zd", width);
    }
    if (prec >= 0) {
        k += snprintf(spec + k, sizeof spec - (size_t)k, ".%zd", prec);
    }
    spec[k++] = conv;
    return format_number(f, spec, k, v);
}

MnObject *
mn_bytes_format(MnObject *format, MnObject *args)
{
    const char *fmt = MN_BYTES_DATA(format);
    intptr_t n = MN_BYTES_LEN(format);
    BFmt f = {NULL, 0, 0, args, -1, -2, NULL, NULL};
    if (MN_TUPLE_CHECK(args)) {
        f.arglen = MN_TUPLE_LEN(args);
        f.argidx = 0;
    }
    if (MN_TYPE(args)->mp_subscript != NULL && !MN_TUPLE_CHECK(args) && !MN_BYTES_CHECK(args)
        && !MN_STR_CHECK(args)) {
        f.dict = args;
    }
    MnObject *r = NULL;
    intptr_t pos = 0;
    while (pos < n) {
        if (fmt[pos] != '%') {
            const char *next = memchr(fmt + pos, '%', (size_t)(n - pos));
            intptr_t end = next ? next - fmt : n;
            if (out_put(&f, fmt + pos, end - pos) < 0) {
                goto done;
            }
            pos = end;
            continue;
        }
        pos++;
        if (directive(&f, fmt, n, &pos) < 0) {
            goto done;
        }
    }
    if (f.argidx < f.arglen && f.dict == NULL) {
        mn_err_format(mn_exc_TypeError, "not all arguments converted during bytes formatting");
        goto done;
    }
    r = mn_bytes_from(f.data == NULL ? "" : f.data, f.len);
done:
    mn_mem_free(f.data);
    mn_xdecref(f.keyed);
    return r;
}
