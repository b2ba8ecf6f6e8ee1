/*
 * runtime/str_format.c - str.format and str.format_map (PEP 3101): literal text with {{ }}
 * escapes, replacement fields {name.attr[key]!conv:spec}, automatic or manual numbering
 * (never both), format specs that are themselves expanded (two levels at most), and
 * str.__format__.
 * See also: runtime/format.c (the format mini-language), runtime/str_methods.c
 */
#include <string.h>
#include "mnemo.h"
#include "format.h"
#include "str_impl.h"

typedef struct FormatCtx {
    MnObject *const *args;      // borrowed positional arguments, or NULL for format_map
    intptr_t nargs;
    MnObject *kwargs;           // borrowed mapping, or NULL
    int auto_state;             // 0 not decided, 1 automatic, 2 manual
    intptr_t auto_next;
} FormatCtx;

static MnObject *build(MnObject *fmt, intptr_t start, intptr_t end, FormatCtx *ctx, int depth);

static MnObject *
value_error(const char *msg)
{
    return mn_err_format(mn_exc_ValueError, "%s", msg);
}

// Decimal value of fmt[start:end], or -1 if it is not all decimal digits (or empty).
// -> value, -1, or -2 with ValueError set on overflow.
static intptr_t
field_integer(MnObject *fmt, intptr_t start, intptr_t end)
{
    if (start >= end) {
        return -1;
    }
    intptr_t v = 0;
    for (intptr_t i = start; i < end; i++) {
        int d = mn_uni_decimal(MN_STR_READ(fmt, i));
        if (d < 0) {
            return -1;
        }
        if (v > (INTPTR_MAX - d) / 10) {
            value_error("Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

// Looks up the first part of a field name (an index, automatic, or a keyword).
static MnObject *
first_object(MnObject *fmt, intptr_t start, intptr_t end, FormatCtx *ctx)
{
    intptr_t index = field_integer(fmt, start, end);
    if (index == -2) {
        return NULL;
    }
    int empty = start >= end;
    if (empty || index >= 0) {
        if (ctx->auto_state == 0) {
            ctx->auto_state = empty ? 1 : 2;
        }
        if (ctx->auto_state == 2 && empty) {
            return value_error("cannot switch from manual field specification to automatic "
                               "field numbering");
        }
        if (ctx->auto_state == 1 && !empty) {
            return value_error("cannot switch from automatic field numbering to manual field "
                               "specification");
        }
        if (empty) {
            index = ctx->auto_next++;
        }
    }
    if (index < 0) {
        MnObject *key = mn_str_substring(fmt, start, end);
        if (key == NULL) {
            return NULL;
        }
        MnObject *obj = NULL;
        if (ctx->kwargs == NULL) {
            mn_err_set_object(mn_exc_KeyError, key);
        } else {
            obj = mn_object_getitem(ctx->kwargs, key);
        }
        mn_decref(key);
        return obj;
    }
    if (ctx->args == NULL) {
        return value_error("Format string contains positional fields");
    }
    if (index >= ctx->nargs) {
        return mn_err_format(mn_exc_IndexError, "Replacement index %zd out of range for "
                             "positional args tuple", index);
    }
    return mn_newref(ctx->args[index]);
}

// Resolves a whole field name fmt[start:end]: first part, then .attr and [key] parts.
static MnObject *
field_object(MnObject *fmt, intptr_t start, intptr_t end, FormatCtx *ctx)
{
    intptr_t i = start;
    while (i < end && MN_STR_READ(fmt, i) != '.' && MN_STR_READ(fmt, i) != '[') {
        i++;
    }
    MnObject *obj = first_object(fmt, start, i, ctx);
    while (obj != NULL && i < end) {
        uint32_t c = MN_STR_READ(fmt, i++);
        intptr_t nstart = i, nend;
        MnObject *next = NULL;
        if (c == '.') {
            while (i < end && MN_STR_READ(fmt, i) != '.' && MN_STR_READ(fmt, i) != '[') {
                i++;
            }
            nend = i;
        } else if (c == '[') {
            while (i < end && MN_STR_READ(fmt, i) != ']') {
                i++;
            }
            if (i >= end) {
                mn_decref(obj);
                return value_error("Missing ']' in format string");
            }
            nend = i++;
        } else {
            mn_decref(obj);
            return value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (nstart == nend) {
            mn_decref(obj);
            return value_error("Empty attribute in format string");
        }
        intptr_t index = c == '[' ? field_integer(fmt, nstart, nend) : -1;
        MnObject *key = index == -2 ? NULL
                      : index >= 0 ? mn_int_from_ssize(index)
                      : mn_str_substring(fmt, nstart, nend);
        if (key != NULL) {
            next = c == '.' ? mn_object_getattr(obj, key) : mn_object_getitem(obj, key);
            mn_decref(key);
        }
        mn_decref(obj);
        obj = next;
    }
    return obj;
}

static MnObject *
convert(MnObject *obj, uint32_t conv)
{
    switch (conv) {
    case 'r':
        return mn_object_repr(obj);
    case 's':
        return mn_object_str(obj);
    case 'a':
        return mn_object_ascii(obj);
    default:
        if (conv > 32 && conv < 127) {
            return mn_err_format(mn_exc_ValueError, "Unknown conversion specifier %c",
                                 (int)conv);
        }
        return mn_err_format(mn_exc_ValueError, "Unknown conversion specifier \\x%x",
                             (unsigned int)conv);
    }
}

// Formats [obj] with [spec] (a str) and appends the result. -> 0, or -1.
static int
render(MnStrBuf *b, MnObject *obj, MnObject *spec)
{
    MnObject *r;
    if (MN_STR_CHECK_EXACT(obj)) {
        r = mn_format_str(obj, spec);
    } else if (MN_INT_CHECK_EXACT(obj)) {
        r = mn_format_int(obj, spec);
    } else if (MN_FLOAT_CHECK_EXACT(obj)) {
        r = mn_format_float(obj, spec);
    } else {
        r = mn_object_format(obj, spec);
    }
    if (r == NULL) {
        return -1;
    }
    int rc = mn_strbuf_put_str(b, r);
    mn_decref(r);
    return rc;
}

// Parses the field that starts after the '{' at *pos and renders it. -> 0, or -1.
static int
do_field(MnStrBuf *b, MnObject *fmt, intptr_t *pos, intptr_t end, FormatCtx *ctx, int depth)
{
    intptr_t i = *pos, name_start = i;
    uint32_t c = 0;
    while (i < end) {
        c = MN_STR_READ(fmt, i++);
        if (c == '{') {
            value_error("unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < end && MN_STR_READ(fmt, i) != ']') {
                i++;
            }
            c = 0;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
        c = 0;
    }
    intptr_t name_end = i - 1;
    uint32_t conv = 0;
    intptr_t spec_start = i, spec_end = i;
    int expand = 0;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= end) {
                value_error("end of string while looking for conversion specifier");
                return -1;
            }
            conv = MN_STR_READ(fmt, i++);
            if (i < end) {
                uint32_t d = MN_STR_READ(fmt, i++);
                if (d == '}') {
                    spec_start = spec_end = i;
                    goto parsed;
                }
                if (d != ':') {
                    value_error("expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec_start = i;
        int count = 1;
        while (i < end) {
            uint32_t d = MN_STR_READ(fmt, i++);
            if (d == '{') {
                expand = 1;
                count++;
            } else if (d == '}' && --count == 0) {
                spec_end = i - 1;
                goto parsed;
            }
        }
        value_error("unmatched '{' in format spec");
        return -1;
    } else if (c != '}') {
        value_error("expected '}' before end of string");
        return -1;
    }
    name_end = i - 1;
parsed:
    *pos = i;
    MnObject *obj = field_object(fmt, name_start, name_end, ctx);
    if (obj == NULL) {
        return -1;
    }
    if (conv != 0) {
        MnObject *t = convert(obj, conv);
        mn_decref(obj);
        if (t == NULL) {
            return -1;
        }
        obj = t;
    }
    MnObject *spec = expand ? build(fmt, spec_start, spec_end, ctx, depth - 1)
                            : mn_str_substring(fmt, spec_start, spec_end);
    int rc = -1;
    if (spec != NULL) {
        rc = render(b, obj, spec);
        mn_decref(spec);
    }
    mn_decref(obj);
    return rc;
}

static MnObject *
build(MnObject *fmt, intptr_t start, intptr_t end, FormatCtx *ctx, int depth)
{
    if (depth <= 0) {
        return value_error("Max string recursion exceeded");
    }
    MnStrBuf b;
    mn_strbuf_init(&b, end - start + 16);
    intptr_t i = start;
    while (i < end) {
        intptr_t lit = i;
        uint32_t c = 0;
        while (i < end) {
            c = MN_STR_READ(fmt, i);
            if (c == '{' || c == '}') {
                break;
            }
            i++;
        }
        if (mn_strbuf_put_substr(&b, fmt, lit, i) < 0) {
            goto fail;
        }
        if (i >= end) {
            break;
        }
        i++;    // past the brace
        int doubled = i < end && MN_STR_READ(fmt, i) == c;
        if (c == '}' && !doubled) {
            value_error("Single '}' encountered in format string");
            goto fail;
        }
        if (c == '{' && i >= end) {
            value_error("Single '{' encountered in format string");
            goto fail;
        }
        if (doubled) {
            if (mn_strbuf_put(&b, c) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        if (do_field(&b, fmt, &i, end, ctx, depth) < 0) {
            goto fail;
        }
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

MnObject *
mn_str_method_format(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    FormatCtx ctx = {args, nargs, NULL, 0, 0};
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        ctx.kwargs = mn_dict_new();
        if (ctx.kwargs == NULL) {
            return NULL;
        }
        for (intptr_t k = 0; k < MN_TUPLE_LEN(kwnames); k++) {
            if (mn_dict_set_item(ctx.kwargs, MN_TUPLE_GET(kwnames, k), args[nargs + k]) < 0) {
                mn_decref(ctx.kwargs);
                return NULL;
            }
        }
    }
    // CPython 3.11 gets the positional arguments as a tuple: each value has that reference.
    mn_hold_array(args, nargs);
    mn_tuple_touch_freelist(nargs);
    MnObject *r = build(self, 0, MN_STR_LEN(self), &ctx, 2);
    mn_release_array(args, nargs);
    mn_xdecref(ctx.kwargs);
    return r;
}

MnObject *
mn_str_method_format_map(MnObject *self, MnObject *mapping)
{
    FormatCtx ctx = {NULL, 0, mapping, 0, 0};
    return build(self, 0, MN_STR_LEN(self), &ctx, 2);
}

MnObject *
mn_str_method_format_spec(MnObject *self, MnObject *spec)
{
    if (!MN_STR_CHECK(spec)) {
        return mn_err_format(mn_exc_TypeError, "__format__() argument must be str, not %s",
                             MN_TYPE(spec)->tp_name);
    }
    return mn_format_str(self, spec);
}
