/*
 * runtime/str_build.c - building strings: MnStrBuf (a code-point buffer that widens its kind
 * as larger code points arrive) and mn_str_from_format, the printf of the runtime that every
 * error message goes through.
 * See also: runtime/str.c, src/err.c (mn_err_format)
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "str_impl.h"

/* ==== MnStrBuf ==== */

void
mn_strbuf_init(MnStrBuf *b, intptr_t hint)
{
    b->data = NULL;
    b->len = 0;
    b->cap = hint > 0 ? hint : 0;
    b->kind = 1;
    b->maxchar = 0;
}

static int
kind_for(uint32_t cp)
{
    return cp < 256 ? 1 : cp < 65536 ? 2 : 4;
}

static uint32_t
unit_at(const void *p, int kind, intptr_t i)
{
    return kind == 1 ? ((const uint8_t *)p)[i]
         : kind == 2 ? ((const uint16_t *)p)[i] : ((const uint32_t *)p)[i];
}

static void
unit_put(void *p, int kind, intptr_t i, uint32_t c)
{
    if (kind == 1) {
        ((uint8_t *)p)[i] = (uint8_t)c;
    } else if (kind == 2) {
        ((uint16_t *)p)[i] = (uint16_t)c;
    } else {
        ((uint32_t *)p)[i] = c;
    }
}

// Makes room for [extra] more code points, all below or at [maxchar]. -> 0, or -1.
static int
strbuf_reserve(MnStrBuf *b, intptr_t extra, uint32_t maxchar)
{
    int kind = kind_for(maxchar);
    if (kind < b->kind) {
        kind = b->kind;
    }
    if (extra > INTPTR_MAX / 4 - b->len) {
        mn_err_no_memory();
        return -1;
    }
    intptr_t need = b->len + extra;
    if (b->data != NULL && kind == b->kind && need <= b->cap) {
        return 0;
    }
    intptr_t cap = b->cap;
    if (need > cap) {
        cap = cap + cap / 2 > need ? cap + cap / 2 : need;
        if (cap < 16) {
            cap = 16;
        }
    }
    if (cap < 16) {
        cap = 16;
    }
    if (kind == b->kind) {
        void *p = mn_mem_realloc(b->data, (size_t)cap * (size_t)kind);
        if (p == NULL) {
            mn_err_no_memory();
            return -1;
        }
        b->data = p;
    } else {
        void *p = mn_mem_alloc((size_t)cap * (size_t)kind);
        if (p == NULL) {
            mn_err_no_memory();
            return -1;
        }
        for (intptr_t i = 0; i < b->len; i++) {
            unit_put(p, kind, i, unit_at(b->data, b->kind, i));
        }
        mn_mem_free(b->data);
        b->data = p;
        b->kind = kind;
    }
    b->cap = cap;
    return 0;
}

int
mn_strbuf_put(MnStrBuf *b, uint32_t cp)
{
    if (b->data == NULL || b->len >= b->cap || (int)kind_for(cp) > b->kind) {
        if (strbuf_reserve(b, 1, cp) < 0) {
            return -1;
        }
    }
    unit_put(b->data, b->kind, b->len++, cp);
    if (cp > b->maxchar) {
        b->maxchar = cp;
    }
    return 0;
}

int
mn_strbuf_put_latin1(MnStrBuf *b, const char *s, intptr_t n)
{
    if (strbuf_reserve(b, n, 0) < 0) {
        return -1;
    }
    const uint8_t *u = (const uint8_t *)s;
    if (b->kind == 1) {
        memcpy((uint8_t *)b->data + b->len, u, (size_t)n);
        for (intptr_t i = 0; i < n; i++) {
            b->maxchar |= u[i];
        }
        if (b->maxchar > 255) {
            b->maxchar = 255;
        }
    } else {
        for (intptr_t i = 0; i < n; i++) {
            unit_put(b->data, b->kind, b->len + i, u[i]);
            if (u[i] > b->maxchar) {
                b->maxchar = u[i];
            }
        }
    }
    b->len += n;
    return 0;
}

int
mn_strbuf_put_cstr(MnStrBuf *b, const char *s)
{
    return mn_strbuf_put_latin1(b, s, (intptr_t)strlen(s));
}

int
mn_strbuf_put_substr(MnStrBuf *b, MnObject *s, intptr_t start, intptr_t end)
{
    if (end <= start) {
        return 0;
    }
    intptr_t n = end - start;
    uint32_t bound = mn_str_max_char_bound(s);
    if (strbuf_reserve(b, n, bound < 256 ? 0 : bound) < 0) {
        return -1;
    }
    int skind = MN_STR_KIND(s);
    const char *src = (const char *)MN_STR_DATA(s) + start * skind;
    if (skind == b->kind) {
        memcpy((char *)b->data + b->len * b->kind, src, (size_t)n * (size_t)skind);
        if (bound < 256) {
            for (intptr_t i = 0; i < n && b->maxchar < 128; i++) {
                b->maxchar |= (uint8_t)src[i];
            }
            if (b->maxchar > 255) {
                b->maxchar = 255;
            }
        } else if (bound > b->maxchar) {
            b->maxchar = bound;     // the source has at least one unit of its own kind
        }
    } else {
        for (intptr_t i = 0; i < n; i++) {
            uint32_t c = unit_at(src, skind, i);
            unit_put(b->data, b->kind, b->len + i, c);
            if (c > b->maxchar) {
                b->maxchar = c;
            }
        }
    }
    b->len += n;
    return 0;
}

int
mn_strbuf_put_str(MnStrBuf *b, MnObject *s)
{
    return mn_strbuf_put_substr(b, s, 0, MN_STR_LEN(s));
}

MnObject *
mn_strbuf_finish(MnStrBuf *b)
{
    MnObject *r;
    if (b->len == 0) {
        r = mn_str_new(0, 0);
    } else if (b->len == 1 && b->maxchar < 256) {
        r = mn_str_from_char(unit_at(b->data, b->kind, 0));
    } else {
        // maxchar may overstate a substring's bound: find the true one when it matters
        uint32_t m = b->maxchar;
        if (m >= 256 && b->kind > 1) {
            m = 0;
            for (intptr_t i = 0; i < b->len; i++) {
                uint32_t c = unit_at(b->data, b->kind, i);
                m = c > m ? c : m;
            }
        } else if (m >= 128) {
            m = 0;
            for (intptr_t i = 0; i < b->len && m < 128; i++) {
                m |= unit_at(b->data, b->kind, i);
            }
        }
        r = mn_str_new(b->len, m);
        if (r != NULL) {
            int kind = MN_STR_KIND(r);
            if (kind == b->kind) {
                memcpy(MN_STR_DATA(r), b->data, (size_t)b->len * (size_t)kind);
            } else {
                for (intptr_t i = 0; i < b->len; i++) {
                    unit_put(MN_STR_DATA(r), kind, i, unit_at(b->data, b->kind, i));
                }
            }
        }
    }
    mn_strbuf_discard(b);
    return r;
}

void
mn_strbuf_discard(MnStrBuf *b)
{
    mn_mem_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->kind = 1;
    b->maxchar = 0;
}

/* ==== mn_str_from_format ==== */

// Appends UTF-8 text leniently (bad bytes become U+FFFD), at most [maxchars] code points
// ([maxchars] < 0: all). -> 0, or -1.
static int
put_utf8(MnStrBuf *b, const char *s, intptr_t n, intptr_t maxchars)
{
    const uint8_t *u = (const uint8_t *)s;
    intptr_t i = 0, count = 0;
    while (i < n && (maxchars < 0 || count < maxchars)) {
        uint32_t c = u[i];
        int len = 1;
        if (c >= 0x80) {
            int need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
            if (need > 0) {
                uint32_t v = c & (0x3f >> need);
                int ok = 1;
                for (int k = 1; k <= need; k++) {
                    if (i + k >= n || (u[i + k] & 0xc0) != 0x80) {
                        ok = 0;
                        break;
                    }
                    v = (v << 6) | (u[i + k] & 0x3f);
                }
                if (ok) {
                    c = v;
                    len = need + 1;
                } else {
                    c = 0xfffd;
                }
            } else {
                c = 0xfffd;
            }
        }
        if (mn_strbuf_put(b, c) < 0) {
            return -1;
        }
        i += len;
        count++;
    }
    return 0;
}

// Appends [s] truncated to [prec] code points (< 0: all), padded to [width]. -> 0, or -1.
static int
put_obj_str(MnStrBuf *b, MnObject *s, intptr_t width, intptr_t prec, int left)
{
    intptr_t n = MN_STR_LEN(s);
    if (prec >= 0 && prec < n) {
        n = prec;
    }
    if (!left) {
        for (intptr_t i = n; i < width; i++) {
            if (mn_strbuf_put(b, ' ') < 0) {
                return -1;
            }
        }
    }
    if (mn_strbuf_put_substr(b, s, 0, n) < 0) {
        return -1;
    }
    if (left) {
        for (intptr_t i = n; i < width; i++) {
            if (mn_strbuf_put(b, ' ') < 0) {
                return -1;
            }
        }
    }
    return 0;
}

// Appends ASCII [text] padded to [width] with spaces (or zeros when [zero]).
static int
put_padded(MnStrBuf *b, const char *text, intptr_t width, int left, int zero)
{
    intptr_t n = (intptr_t)strlen(text);
    if (!left && n < width) {
        if (zero && (text[0] == '-')) {
            if (mn_strbuf_put(b, '-') < 0) {
                return -1;
            }
            text++;
            n--;
            width--;
        }
        for (intptr_t i = n; i < width; i++) {
            if (mn_strbuf_put(b, zero ? '0' : ' ') < 0) {
                return -1;
            }
        }
    }
    if (mn_strbuf_put_latin1(b, text, n) < 0) {
        return -1;
    }
    for (intptr_t i = n; left && i < width; i++) {
        if (mn_strbuf_put(b, ' ') < 0) {
            return -1;
        }
    }
    return 0;
}

// Handles one object conversion (%U %S %R %A). -> 0, or -1.
static int
put_object(MnStrBuf *b, char conv, MnObject *o, intptr_t width, intptr_t prec, int left)
{
    MnObject *s;
    if (conv == 'U') {
        s = mn_newref(o);
    } else if (conv == 'S') {
        s = mn_object_str(o);
    } else if (conv == 'R') {
        s = mn_object_repr(o);
    } else {
        s = mn_object_ascii(o);
    }
    if (s == NULL) {
        return -1;
    }
    int rc = put_obj_str(b, s, width, prec, left);
    mn_decref(s);
    return rc;
}

MnObject *
mn_str_from_vformat(const char *fmt, va_list ap)
{
    MnStrBuf b;
    mn_strbuf_init(&b, (intptr_t)strlen(fmt) + 16);
    const char *p = fmt;
    va_list args;
    va_copy(args, ap);
    while (*p) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') {
                q++;
            }
            if (put_utf8(&b, p, q - p, -1) < 0) {
                goto fail;
            }
            p = q;
            continue;
        }
        const char *start = p++;
        int left = 0, zero = 0;
        intptr_t width = -1, prec = -1;
        while (*p == '-' || *p == '0') {
            left |= *p == '-';
            zero |= *p == '0';
            p++;
        }
        if (*p == '*') {
            width = va_arg(args, int);
            p++;
        }
        while (*p >= '0' && *p <= '9') {
            width = (width < 0 ? 0 : width) * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = va_arg(args, int);
                p++;
            }
            while (*p >= '0' && *p <= '9') {
                prec = prec * 10 + (*p++ - '0');
            }
        }
        int lng = 0, size_t_ = 0;
        if (*p == 'l') {
            lng = 1;
            p++;
            if (*p == 'l') {
                lng = 2;
                p++;
            }
        } else if (*p == 'z') {
            size_t_ = 1;
            p++;
        }
        char num[64];
        char conv = *p;
        switch (conv) {
        case 'd':
        case 'i': {
            long long v;
            if (lng == 2) {
                v = va_arg(args, long long);
            } else if (lng == 1) {
                v = va_arg(args, long);
            } else if (size_t_) {
                v = va_arg(args, ptrdiff_t);
            } else {
                v = va_arg(args, int);
            }
            snprintf(num, sizeof num, "%.*lld", prec < 0 ? 1 : (prec > 40 ? 40 : (int)prec), v);
            if (put_padded(&b, num, width, left, zero) < 0) {
                goto fail;
            }
            break;
        }
        case 'u':
            if (lng == 2) {
                snprintf(num, sizeof num, "%llu", va_arg(args, unsigned long long));
            } else if (lng == 1) {
                snprintf(num, sizeof num, "%lu", va_arg(args, unsigned long));
            } else if (size_t_) {
                snprintf(num, sizeof num, "%zu", va_arg(args, size_t));
            } else {
                snprintf(num, sizeof num, "%u", va_arg(args, unsigned int));
            }
            if (put_padded(&b, num, width, left, zero) < 0) {
                goto fail;
            }
            break;
        case 'x':
            if (lng == 2) {
                snprintf(num, sizeof num, "%llx", va_arg(args, unsigned long long));
            } else if (lng == 1) {
                snprintf(num, sizeof num, "%lx", va_arg(args, unsigned long));
            } else if (size_t_) {
                snprintf(num, sizeof num, "%zx", va_arg(args, size_t));
            } else {
                snprintf(num, sizeof num, "%x", va_arg(args, unsigned int));
            }
            if (put_padded(&b, num, width, left, zero) < 0) {
                goto fail;
            }
            break;
        case 'p':
            snprintf(num, sizeof num, "%p", va_arg(args, void *));
            if (num[1] != 'x') {    // some libcs omit the prefix
                char tmp[80];
                snprintf(tmp, sizeof tmp, "0x%.60s", num);
                memcpy(num, tmp, strlen(tmp) + 1);
            }
            if (put_padded(&b, num, width, left, 0) < 0) {
                goto fail;
            }
            break;
        case 'c': {
            int cp = va_arg(args, int);
            if (cp < 0 || cp > 0x10ffff) {
                mn_strbuf_discard(&b);
                va_end(args);
                return mn_err_format(mn_exc_OverflowError,
                                     "character argument not in range(0x110000)");
            }
            if (mn_strbuf_put(&b, (uint32_t)cp) < 0) {
                goto fail;
            }
            break;
        }
        case 's': {
            const char *s = va_arg(args, const char *);
            if (s == NULL) {
                s = "(null)";
            }
            MnStrBuf tmp;
            mn_strbuf_init(&tmp, 0);
            if (put_utf8(&tmp, s, (intptr_t)strlen(s), prec) < 0) {
                mn_strbuf_discard(&tmp);
                goto fail;
            }
            MnObject *str = mn_strbuf_finish(&tmp);
            if (str == NULL) {
                goto fail;
            }
            int rc = put_obj_str(&b, str, width, -1, left);
            mn_decref(str);
            if (rc < 0) {
                goto fail;
            }
            break;
        }
        case 'U':
        case 'S':
        case 'R':
        case 'A':
            if (put_object(&b, conv, va_arg(args, MnObject *), width, prec, left) < 0) {
                goto fail;
            }
            break;
        case '%':
            if (mn_strbuf_put(&b, '%') < 0) {
                goto fail;
            }
            break;
        default:
            // unknown: copy the rest of the format verbatim, as CPython does
            if (put_utf8(&b, start, (intptr_t)strlen(start), -1) < 0) {
                goto fail;
            }
            p = start + strlen(start);
            continue;
        }
        if (*p) {
            p++;
        }
    }
    va_end(args);
    return mn_strbuf_finish(&b);
fail:
    va_end(args);
    mn_strbuf_discard(&b);
    return NULL;
}

MnObject *
mn_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    MnObject *r = mn_str_from_vformat(fmt, ap);
    va_end(ap);
    return r;
}
