/*
 * runtime/str_codecs.c - the built-in codecs: UTF-8 (strict validation as CPython: no
 * overlongs, no surrogates, nothing above U+10FFFF), Latin-1 and ASCII, with the error
 * handlers strict, ignore, replace, surrogateescape, backslashreplace and surrogatepass (the
 * compiler decodes literals with it, so "\ud800" works), and the cached
 * UTF-8 form of a str (mn_str_as_utf8).
 * See also: runtime/str.c, runtime/bytes.c (bytes.decode)
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "str_impl.h"

enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_UNKNOWN };
enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_SURROGATEESCAPE, ERR_BACKSLASHREPLACE,
       ERR_SURROGATEPASS, ERR_UNKNOWN };

static const char *const enc_names[] = {"utf-8", "latin-1", "ascii"};

// Maps an encoding name to one of ours (CPython's normalisation: case, '_' and ' ' as '-').
static int
lookup_encoding(const char *name)
{
    if (name == NULL) {
        return ENC_UTF8;
    }
    char norm[32];
    size_t n = strlen(name);
    if (n >= sizeof norm) {
        return ENC_UNKNOWN;
    }
    for (size_t i = 0; i <= n; i++) {
        char c = name[i];
        norm[i] = c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1",
                                         "8859", "cp819", "l1", "latin", "iso-ir-100",
                                         "csisolatin1", "iso-8859-1:1987", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", "ansi-x3.4-1968",
                                        "cp367", "csascii", "ibm367", "iso646-us",
                                        "iso-ir-6", NULL};
    const char *const *tables[] = {utf8, latin1, ascii};
    for (int t = 0; t < 3; t++) {
        for (int i = 0; tables[t][i] != NULL; i++) {
            if (strcmp(norm, tables[t][i]) == 0) {
                return t;
            }
        }
    }
    return ENC_UNKNOWN;
}

static int
lookup_errors(const char *name)
{
    if (name == NULL || strcmp(name, "strict") == 0) {
        return ERR_STRICT;
    }
    static const char *const names[] = {"strict", "ignore", "replace", "surrogateescape",
                                        "backslashreplace", "surrogatepass"};
    for (int i = 1; i < 6; i++) {
        if (strcmp(name, names[i]) == 0) {
            return i;
        }
    }
    return ERR_UNKNOWN;
}

static int
unknown_handler(const char *errors)
{
    mn_err_format(mn_exc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

/* ==== raising ==== */

void
mn_str_raise_decode_error(const char *encoding, const char *data, intptr_t len,
                          intptr_t start, intptr_t end, const char *reason)
{
    MnObject *args[5] = {NULL};
    args[0] = mn_str_from_cstr(encoding);
    args[1] = args[0] ? mn_bytes_from(data, len) : NULL;
    args[2] = args[1] ? mn_int_from_long((long)start) : NULL;   // Py_BuildValue "n": medium
    args[3] = args[2] ? mn_int_from_long((long)end) : NULL;
    args[4] = args[3] ? mn_str_from_cstr(reason) : NULL;
    if (args[4] != NULL) {
        MnObject *exc = mn_exc_new(mn_exc_UnicodeDecodeError, args, 5);
        if (exc != NULL) {
            mn_err_set_object(mn_exc_UnicodeDecodeError, exc);
            mn_decref(exc);
        }
    }
    for (int i = 0; i < 5; i++) {
        mn_xdecref(args[i]);
    }
}

void
mn_str_raise_encode_error(const char *encoding, MnObject *s, intptr_t start, intptr_t end,
                          const char *reason)
{
    MnObject *args[5] = {NULL};
    args[0] = mn_str_from_cstr(encoding);
    args[1] = args[0] ? mn_newref(s) : NULL;
    args[2] = args[1] ? mn_int_from_long((long)start) : NULL;   // Py_BuildValue "n": medium
    args[3] = args[2] ? mn_int_from_long((long)end) : NULL;
    args[4] = args[3] ? mn_str_from_cstr(reason) : NULL;
    if (args[4] != NULL) {
        MnObject *exc = mn_exc_new(mn_exc_UnicodeEncodeError, args, 5);
        if (exc != NULL) {
            mn_err_set_object(mn_exc_UnicodeEncodeError, exc);
            mn_decref(exc);
        }
    }
    for (int i = 0; i < 5; i++) {
        mn_xdecref(args[i]);
    }
}

/* ==== decoding ==== */

// Examines one UTF-8 sequence at s[i]. Fills *cp and returns its length, or returns 0 and
// sets *bad_end (end of the bad span) and *reason.
static int
utf8_step(const uint8_t *s, intptr_t n, intptr_t i, uint32_t *cp, intptr_t *bad_end,
          const char **reason)
{
    uint32_t c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need;
    uint8_t lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        c &= 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        lo = c == 0xe0 ? 0xa0 : 0x80;
        hi = c == 0xed ? 0x9f : 0xbf;
        c &= 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        lo = c == 0xf0 ? 0x90 : 0x80;
        hi = c == 0xf4 ? 0x8f : 0xbf;
        c &= 0x07;
    } else {
        *bad_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k <= need; k++) {
        if (i + k >= n) {
            *bad_end = n;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t b = s[i + k];
        uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
        if (b < l || b > h) {
            *bad_end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
        c = (c << 6) | (b & 0x3f);
    }
    *cp = c;
    return need + 1;
}

// Applies a decode error handler to the bad bytes [start, end). -> 0, or -1.
static int
decode_error(MnStrBuf *b, int handler, const char *errors, const char *encoding,
             const char *s, intptr_t n, intptr_t start, intptr_t end, const char *reason)
{
    switch (handler) {
    case ERR_STRICT:
    case ERR_SURROGATEPASS:
        mn_str_raise_decode_error(encoding, s, n, start, end, reason);
        return -1;
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        return mn_strbuf_put(b, 0xfffd);
    case ERR_SURROGATEESCAPE:
        for (intptr_t i = start; i < end; i++) {
            uint8_t c = (uint8_t)s[i];
            if (c < 128) {
                mn_str_raise_decode_error(encoding, s, n, start, end, reason);
                return -1;
            }
            if (mn_strbuf_put(b, 0xdc00 + c) < 0) {
                return -1;
            }
        }
        return 0;
    case ERR_BACKSLASHREPLACE:
        for (intptr_t i = start; i < end; i++) {
            char esc[8];
            int k = snprintf(esc, sizeof esc, "\\x%02x", (uint8_t)s[i]);
            if (mn_strbuf_put_latin1(b, esc, k) < 0) {
                return -1;
            }
        }
        return 0;
    default:
        return unknown_handler(errors);
    }
}

static MnObject *
decode_utf8(const char *s, intptr_t n, const char *errors)
{
    const uint8_t *u = (const uint8_t *)s;
    intptr_t i = 0;
    while (i < n && u[i] < 0x80) {
        i++;
    }
    if (i == n) {
        if (n == 1) {
            return mn_str_from_char(u[0]);
        }
        MnObject *r = mn_str_new(n, 127);
        if (r != NULL && n > 0) {
            memcpy(MN_STR_DATA(r), s, (size_t)n);
        }
        return r;
    }
    int handler = lookup_errors(errors);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    if (mn_strbuf_put_latin1(&b, s, i) < 0) {
        goto fail;
    }
    while (i < n) {
        uint32_t cp;
        intptr_t bad_end;
        const char *reason;
        int len = utf8_step(u, n, i, &cp, &bad_end, &reason);
        if (len == 0 && handler == ERR_SURROGATEPASS && u[i] == 0xed && i + 2 < n
            && u[i + 1] >= 0xa0 && u[i + 1] <= 0xbf && (u[i + 2] & 0xc0) == 0x80) {
            cp = 0xd000 | ((uint32_t)(u[i + 1] & 0x3f) << 6) | (u[i + 2] & 0x3f);
            len = 3;
        }
        if (len == 0) {
            if (decode_error(&b, handler, errors, "utf-8", s, n, i, bad_end, reason) < 0) {
                goto fail;
            }
            i = bad_end;
            continue;
        }
        if (mn_strbuf_put(&b, cp) < 0) {
            goto fail;
        }
        i += len;
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

MnObject *
mn_str_from_utf8(const char *s, intptr_t len)
{
    if (len < 0) {
        len = (intptr_t)strlen(s);
    }
    return decode_utf8(s, len, "surrogatepass");
}

static MnObject *
decode_ascii(const char *s, intptr_t n, const char *errors)
{
    int handler = lookup_errors(errors);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    for (intptr_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)s[i];
        int rc = c < 128 ? mn_strbuf_put(&b, c)
               : decode_error(&b, handler, errors, "ascii", s, n, i, i + 1,
                              "ordinal not in range(128)");
        if (rc < 0) {
            mn_strbuf_discard(&b);
            return NULL;
        }
    }
    return mn_strbuf_finish(&b);
}

MnObject *
mn_str_decode(const char *s, intptr_t len, const char *encoding, const char *errors)
{
    switch (lookup_encoding(encoding)) {
    case ENC_UTF8:
        return decode_utf8(s, len, errors);
    case ENC_LATIN1:
        return mn_str_from_latin1(s, len);
    case ENC_ASCII:
        return decode_ascii(s, len, errors);
    default:
        return mn_err_format(mn_exc_LookupError, "unknown encoding: %s", encoding);
    }
}

/* ==== encoding ==== */

typedef struct ByteBuf {
    char *data;                 // owned
    intptr_t len, cap;
} ByteBuf;

static int
bb_put(ByteBuf *bb, const char *s, intptr_t n)
{
    if (bb->len + n > bb->cap) {
        intptr_t cap = bb->cap * 2 > bb->len + n ? bb->cap * 2 : bb->len + n + 16;
        char *p = mn_mem_realloc(bb->data, (size_t)cap + 1);
        if (p == NULL) {
            mn_err_no_memory();
            return -1;
        }
        bb->data = p;
        bb->cap = cap;
    }
    memcpy(bb->data + bb->len, s, (size_t)n);
    bb->len += n;
    return 0;
}

static int
put_utf8_cp(ByteBuf *bb, uint32_t c)
{
    char out[4];
    int n;
    if (c < 0x80) {
        out[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        out[0] = (char)(0xf0 | (c >> 18));
        out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    return bb_put(bb, out, n);
}

// Can [c] be encoded with [enc] without an error handler?
static int
encodable(int enc, uint32_t c)
{
    switch (enc) {
    case ENC_UTF8:
        return c < 0xd800 || c > 0xdfff;
    case ENC_LATIN1:
        return c < 256;
    default:
        return c < 128;
    }
}

static int
put_encoded(ByteBuf *bb, int enc, uint32_t c)
{
    if (enc == ENC_UTF8) {
        return put_utf8_cp(bb, c);
    }
    char ch = (char)c;
    return bb_put(bb, &ch, 1);
}

// Encodes [s] into [bb]. -> 0, or -1.
static int
encode_into(ByteBuf *bb, MnObject *s, int enc, const char *errors)
{
    intptr_t n = MN_STR_LEN(s);
    int handler = lookup_errors(errors);
    const char *reason = enc == ENC_UTF8 ? "surrogates not allowed"
                       : enc == ENC_LATIN1 ? "ordinal not in range(256)"
                       : "ordinal not in range(128)";
    for (intptr_t i = 0; i < n;) {
        uint32_t c = MN_STR_READ(s, i);
        if (encodable(enc, c)) {
            if (put_encoded(bb, enc, c) < 0) {
                return -1;
            }
            i++;
            continue;
        }
        intptr_t end = i + 1;
        while (end < n && !encodable(enc, MN_STR_READ(s, end))) {
            end++;
        }
        switch (handler) {
        case ERR_SURROGATEPASS:
            if (enc == ENC_UTF8) {
                for (intptr_t k = i; k < end; k++) {
                    if (put_utf8_cp(bb, MN_STR_READ(s, k)) < 0) {
                        return -1;
                    }
                }
                break;
            }
            mn_str_raise_encode_error(enc_names[enc], s, i, end, reason);
            return -1;
        case ERR_STRICT:
            mn_str_raise_encode_error(enc_names[enc], s, i, end, reason);
            return -1;
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (intptr_t k = i; k < end; k++) {
                if (bb_put(bb, "?", 1) < 0) {
                    return -1;
                }
            }
            break;
        case ERR_SURROGATEESCAPE:
            for (intptr_t k = i; k < end; k++) {
                uint32_t d = MN_STR_READ(s, k);
                if (d < 0xdc80 || d > 0xdcff) {
                    mn_str_raise_encode_error(enc_names[enc], s, k, k + 1, reason);
                    return -1;
                }
                char ch = (char)(d - 0xdc00);
                if (bb_put(bb, &ch, 1) < 0) {
                    return -1;
                }
            }
            break;
        case ERR_BACKSLASHREPLACE:
            for (intptr_t k = i; k < end; k++) {
                uint32_t d = MN_STR_READ(s, k);
                char esc[12];
                int m = d < 0x100 ? snprintf(esc, sizeof esc, "\\x%02x", (unsigned int)d)
                      : d < 0x10000 ? snprintf(esc, sizeof esc, "\\u%04x", (unsigned int)d)
                      : snprintf(esc, sizeof esc, "\\U%08x", (unsigned int)d);
                if (bb_put(bb, esc, m) < 0) {
                    return -1;
                }
            }
            break;
        default:
            return unknown_handler(errors);
        }
        i = end;
    }
    return 0;
}

MnObject *
mn_str_encode(MnObject *o, const char *encoding, const char *errors)
{
    int enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN) {
        return mn_err_format(mn_exc_LookupError, "unknown encoding: %s", encoding);
    }
    if (MN_STR_IS_ASCII(o) || (enc != ENC_ASCII && MN_STR_KIND(o) == 1 && enc == ENC_LATIN1)) {
        return mn_bytes_from(MN_STR_DATA(o), MN_STR_LEN(o));
    }
    if (enc == ENC_UTF8 && !MN_STR_IS_ASCII(o) && MN_STR_CHECK_EXACT(o)
        && ((MnCompactStr *)o)->utf8 != NULL) {
        return mn_bytes_from(((MnCompactStr *)o)->utf8, ((MnCompactStr *)o)->utf8_length);
    }
    ByteBuf bb = {NULL, 0, 0};
    if (encode_into(&bb, o, enc, errors) < 0) {
        mn_mem_free(bb.data);
        return NULL;
    }
    MnObject *r = mn_bytes_from(bb.data, bb.len);
    mn_mem_free(bb.data);
    return r;
}

const char *
mn_str_as_utf8(MnObject *o, intptr_t *len)
{
    if (MN_STR_IS_ASCII(o)) {
        if (len != NULL) {
            *len = MN_STR_LEN(o);
        }
        return MN_STR_DATA(o);
    }
    MnCompactStr *c = (MnCompactStr *)o;
    if (c->utf8 == NULL) {
        ByteBuf bb = {NULL, 0, 0};
        if (encode_into(&bb, o, ENC_UTF8, NULL) < 0) {
            mn_mem_free(bb.data);
            return NULL;
        }
        if (bb.data == NULL) {
            bb.data = mn_mem_alloc(1);
            if (bb.data == NULL) {
                mn_err_no_memory();
                return NULL;
            }
        }
        bb.data[bb.len] = '\0';
        c->utf8 = bb.data;
        c->utf8_length = bb.len;
    }
    if (len != NULL) {
        *len = c->utf8_length;
    }
    return c->utf8;
}
