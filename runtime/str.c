/*
 * runtime/str.c - the str type: compact representation (ASCII MnStr, or MnCompactStr with a
 * 1-, 2- or 4-byte kind picked by the largest code point), the empty and Latin-1 singletons,
 * hashing, comparison, concatenation, repetition, indexing, slicing, iteration, repr.
 * Invariant: a compact str always uses the smallest kind that fits its largest code point,
 * so two equal strings have equal kinds. Instances of subclasses are "legacy" strings whose
 * code units live in a separate buffer (state.compact == 0).
 * See also: runtime/str_build.c (builders, from_format), runtime/str_codecs.c,
 * runtime/str_methods.c, runtime/str_format.c, runtime/intern.c
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "format.h"
#include "str_impl.h"

// Allocation helper: its itemsize of 1 lets mn_object_alloc give exactly the bytes a compact
// str needs; the object's type is switched to str right after.
static MnType str_alloc_type = {
    MN_TYPE_HEAD_INIT, .tp_name = "str", .tp_basicsize = 0, .tp_itemsize = 1,
    .tp_flags = MN_TPFLAG_READY,
};

static MnObject *empty_str;             // owned
static MnObject *latin1_chars[256];     // owned, made by mn_str_init

void mn_str_intern_fini(void);          // runtime/intern.c
void mn_str_intern_forget(MnObject *s); // runtime/intern.c

/* ==== creation ==== */

static MnObject *
str_alloc(intptr_t length, uint32_t maxchar)
{
    int kind;
    int ascii = maxchar < 128;
    size_t header = ascii ? sizeof(MnStr) : sizeof(MnCompactStr);
    if (maxchar < 256) {
        kind = MN_STR_1BYTE;
    } else if (maxchar < 65536) {
        kind = MN_STR_2BYTE;
    } else {
        kind = MN_STR_4BYTE;
    }
    if (length < 0 || length > (INTPTR_MAX - (intptr_t)header) / kind - 1) {
        return mn_err_no_memory();
    }
    MnObject *o = mn_object_alloc(&str_alloc_type, (intptr_t)header + (length + 1) * kind);
    if (o == NULL) {
        return NULL;
    }
    o->ob_type = &mn_str_type;
    MnStr *s = (MnStr *)o;
    s->length = length;
    s->hash = -1;
    s->state.interned = MN_NOT_INTERNED;
    s->state.kind = kind;
    s->state.compact = 1;
    s->state.ascii = ascii;
    s->state.ready = 1;
    s->wstr = NULL;
    return o;
}

MnObject *
mn_str_new(intptr_t length, uint32_t maxchar)
{
    if (length == 0 && empty_str != NULL) {
        return mn_newref(empty_str);
    }
    return str_alloc(length, maxchar);
}

MnObject *
mn_str_from_char(uint32_t cp)
{
    if (cp < 256) {
        MnObject *c = latin1_chars[cp];
        if (c == NULL) {
            c = str_alloc(1, cp);
            if (c == NULL) {
                return NULL;
            }
            ((uint8_t *)MN_STR_DATA(c))[0] = (uint8_t)cp;
            mn_singleton_fix(c);
            latin1_chars[cp] = c;
        }
        return mn_newref(c);
    }
    if (cp > 0x10ffff) {
        return mn_err_format(mn_exc_ValueError, "chr() arg not in range(0x110000)");
    }
    MnObject *s = str_alloc(1, cp);
    if (s == NULL) {
        return NULL;
    }
    if (cp < 65536) {
        ((uint16_t *)MN_STR_DATA(s))[0] = (uint16_t)cp;
    } else {
        ((uint32_t *)MN_STR_DATA(s))[0] = cp;
    }
    return s;
}

MnObject *
mn_str_uncached(MnObject *s)
{
    if (s == NULL || MN_STR_LEN(s) != 1 || MN_STR_KIND(s) != MN_STR_1BYTE) {
        return s;
    }
    uint8_t cp = ((const uint8_t *)MN_STR_DATA(s))[0];
    if (latin1_chars[cp] != s) {
        return s;
    }
    MnObject *r = str_alloc(1, cp);
    if (r != NULL) {
        ((uint8_t *)MN_STR_DATA(r))[0] = cp;
    }
    mn_decref(s);
    return r;
}

static uint32_t
max_char_of(int kind, const void *data, intptr_t n)
{
    uint32_t m = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (intptr_t i = 0; i < n; i++) {
            m |= p[i];
        }
        return m;
    }
    if (kind == 2) {
        const uint16_t *p = data;
        for (intptr_t i = 0; i < n; i++) {
            if (p[i] > m) {
                m = p[i];
            }
        }
        return m;
    }
    const uint32_t *p = data;
    for (intptr_t i = 0; i < n; i++) {
        if (p[i] > m) {
            m = p[i];
        }
    }
    return m;
}

// Copies [n] code units of [skind] into [dst] of [dkind] (which must be wide enough, or
// narrower when every value fits).
static void
copy_units(void *dst, int dkind, const void *src, int skind, intptr_t n)
{
    if (dkind == skind) {
        memcpy(dst, src, (size_t)n * (size_t)dkind);
        return;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = skind == 1 ? ((const uint8_t *)src)[i]
                   : skind == 2 ? ((const uint16_t *)src)[i] : ((const uint32_t *)src)[i];
        if (dkind == 1) {
            ((uint8_t *)dst)[i] = (uint8_t)c;
        } else if (dkind == 2) {
            ((uint16_t *)dst)[i] = (uint16_t)c;
        } else {
            ((uint32_t *)dst)[i] = c;
        }
    }
}

void
mn_str_copy_units(void *dst, int dkind, MnObject *s, intptr_t start, intptr_t n)
{
    int skind = MN_STR_KIND(s);
    copy_units(dst, dkind, (const char *)MN_STR_DATA(s) + start * skind, skind, n);
}

MnObject *
mn_str_from_kind(int kind, const void *data, intptr_t n)
{
    if (n == 0) {
        return mn_str_new(0, 0);
    }
    uint32_t maxchar = max_char_of(kind, data, n);
    if (n == 1 && maxchar < 256) {
        return mn_str_from_char(maxchar);
    }
    MnObject *s = str_alloc(n, maxchar);
    if (s == NULL) {
        return NULL;
    }
    copy_units(MN_STR_DATA(s), MN_STR_KIND(s), data, kind, n);
    return s;
}

MnObject *
mn_str_from_ucs4(const uint32_t *cps, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++) {
        if (cps[i] > 0x10ffff) {
            return mn_err_format(mn_exc_ValueError, "character U+%x is not in range "
                                 "[U+0000; U+10ffff]", (unsigned int)cps[i]);
        }
    }
    return mn_str_from_kind(4, cps, n);
}

MnObject *
mn_str_from_latin1(const char *s, intptr_t len)
{
    return mn_str_from_kind(1, s, len);
}

MnObject *
mn_str_from_cstr(const char *s)
{
    return mn_str_from_utf8(s, -1);
}

uint32_t
mn_str_max_char_bound(MnObject *o)
{
    switch (MN_STR_KIND(o)) {
    case MN_STR_1BYTE:
        return MN_STR_IS_ASCII(o) ? 127 : 255;
    case MN_STR_2BYTE:
        return 65535;
    default:
        return 0x10ffff;
    }
}

MnObject *
mn_str_substring(MnObject *s, intptr_t start, intptr_t end)
{
    if (start < 0) {
        start = 0;
    }
    if (end > MN_STR_LEN(s)) {
        end = MN_STR_LEN(s);
    }
    if (start >= end) {
        return mn_str_new(0, 0);
    }
    if (start == 0 && end == MN_STR_LEN(s) && MN_STR_CHECK_EXACT(s)) {
        return mn_newref(s);
    }
    int kind = MN_STR_KIND(s);
    const char *data = (const char *)MN_STR_DATA(s) + start * kind;
    if (MN_STR_IS_ASCII(s)) {
        if (end - start == 1) {
            return mn_str_from_char((uint8_t)data[0]);
        }
        MnObject *r = str_alloc(end - start, 127);
        if (r != NULL) {
            memcpy(MN_STR_DATA(r), data, (size_t)(end - start));
        }
        return r;
    }
    return mn_str_from_kind(kind, data, end - start);
}

MnObject *
mn_str_getitem(MnObject *s, intptr_t i)
{
    return mn_str_from_char(MN_STR_READ(s, i));
}

/* ==== comparison and hashing ==== */

int
mn_str_eq(MnObject *a, MnObject *b)
{
    if (a == b) {
        return 1;
    }
    if (MN_STR_LEN(a) != MN_STR_LEN(b) || MN_STR_KIND(a) != MN_STR_KIND(b)) {
        return 0;
    }
    intptr_t ha = ((MnStr *)a)->hash, hb = ((MnStr *)b)->hash;
    if (ha != -1 && hb != -1 && ha != hb) {
        return 0;
    }
    return memcmp(MN_STR_DATA(a), MN_STR_DATA(b),
                  (size_t)MN_STR_LEN(a) * (size_t)MN_STR_KIND(a)) == 0;
}

int
mn_str_eq_cstr(MnObject *o, const char *s)
{
    size_t n = strlen(s);
    if (!MN_STR_IS_ASCII(o) || (size_t)MN_STR_LEN(o) != n) {
        return 0;
    }
    return memcmp(MN_STR_DATA(o), s, n) == 0;
}

int
mn_str_compare(MnObject *a, MnObject *b)
{
    intptr_t la = MN_STR_LEN(a), lb = MN_STR_LEN(b);
    intptr_t n = la < lb ? la : lb;
    if (MN_STR_KIND(a) == 1 && MN_STR_KIND(b) == 1) {
        int c = memcmp(MN_STR_DATA(a), MN_STR_DATA(b), (size_t)n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    } else {
        for (intptr_t i = 0; i < n; i++) {
            uint32_t ca = MN_STR_READ(a, i), cb = MN_STR_READ(b, i);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

intptr_t
mn_str_hash(MnObject *o)
{
    MnStr *s = (MnStr *)o;
    if (s->hash != -1) {
        return s->hash;
    }
    s->hash = mn_hash_bytes(MN_STR_DATA(o), (size_t)s->length * (size_t)s->state.kind);
    return s->hash;
}

static intptr_t
str_hash(MnObject *o)
{
    return mn_str_hash(o);
}

static MnObject *
str_richcompare(MnObject *a, MnObject *b, int op)
{
    if (!MN_STR_CHECK(a) || !MN_STR_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    int r;
    if (op == MN_EQ || op == MN_NE) {
        r = mn_str_eq(a, b) ^ (op == MN_NE);
    } else {
        int c = mn_str_compare(a, b);
        switch (op) {
        case MN_LT: r = c < 0; break;
        case MN_LE: r = c <= 0; break;
        case MN_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return mn_newref(r ? mn_True : mn_False);
}

/* ==== search ==== */

// Index of [needle] ([nlen] units of [nkind] <= [hkind]) in [hay] from the left or right.
static intptr_t
find_units(const void *hay, int hkind, intptr_t hlen, const void *needle, int nkind,
           intptr_t nlen, int dir)
{
    if (nlen == 0) {
        return dir > 0 ? 0 : hlen;
    }
    if (nlen > hlen) {
        return -1;
    }
    if (hkind == 1 && nkind == 1) {
        return mn_bytes_search(hay, hlen, needle, nlen, dir);
    }
#define UNIT(p, k, i) ((k) == 1 ? ((const uint8_t *)(p))[i] \
                       : (k) == 2 ? ((const uint16_t *)(p))[i] : ((const uint32_t *)(p))[i])
    uint32_t first = UNIT(needle, nkind, 0);
    intptr_t last = hlen - nlen;
    for (intptr_t k = 0; k <= last; k++) {
        intptr_t i = dir > 0 ? k : last - k;
        if (UNIT(hay, hkind, i) != first) {
            continue;
        }
        intptr_t j = 1;
        while (j < nlen && UNIT(hay, hkind, i + j) == UNIT(needle, nkind, j)) {
            j++;
        }
        if (j == nlen) {
            return i;
        }
    }
#undef UNIT
    return -1;
}

intptr_t
mn_str_find(MnObject *s, MnObject *needle, intptr_t start, intptr_t end, int dir)
{
    mn_args_adjust_indices(&start, &end, MN_STR_LEN(s));
    if (end - start < MN_STR_LEN(needle)) {
        return -1;
    }
    if (MN_STR_KIND(needle) > MN_STR_KIND(s)) {
        return -1;
    }
    int kind = MN_STR_KIND(s);
    intptr_t r = find_units((const char *)MN_STR_DATA(s) + start * kind, kind, end - start,
                            MN_STR_DATA(needle), MN_STR_KIND(needle), MN_STR_LEN(needle), dir);
    return r < 0 ? -1 : r + start;
}

int
mn_str_contains(MnObject *haystack, MnObject *needle)
{
    return mn_str_find(haystack, needle, 0, MN_STR_LEN(haystack), 1) >= 0;
}

static int
str_contains(MnObject *self, MnObject *item)
{
    if (!MN_STR_CHECK(item)) {
        mn_err_format(mn_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      MN_TYPE(item)->tp_name);
        return -1;
    }
    return mn_str_contains(self, item);
}

/* ==== operators ==== */

MnObject *
mn_str_concat(MnObject *a, MnObject *b)
{
    intptr_t la = MN_STR_LEN(a), lb = MN_STR_LEN(b);
    if (la == 0 && MN_STR_CHECK_EXACT(b)) {
        return mn_newref(b);
    }
    if (lb == 0 && MN_STR_CHECK_EXACT(a)) {
        return mn_newref(a);
    }
    if (la > INTPTR_MAX / 4 - lb) {
        return mn_err_format(mn_exc_OverflowError, "strings are too large to concat");
    }
    uint32_t ma = mn_str_max_char_bound(a), mb = mn_str_max_char_bound(b);
    MnObject *r = str_alloc(la + lb, ma > mb ? ma : mb);
    if (r == NULL) {
        return NULL;
    }
    int kind = MN_STR_KIND(r);
    copy_units(MN_STR_DATA(r), kind, MN_STR_DATA(a), MN_STR_KIND(a), la);
    copy_units((char *)MN_STR_DATA(r) + la * kind, kind, MN_STR_DATA(b), MN_STR_KIND(b), lb);
    return r;
}

int
mn_str_append_inplace(MnObject **pa, MnObject *b)
{
    MnObject *a = *pa;
    MnStr *s = (MnStr *)a;
    intptr_t la = s->length, lb = MN_STR_LEN(b);
    if (MN_REFCNT(a) != 1 || !MN_STR_CHECK_EXACT(a) || s->state.interned != MN_NOT_INTERNED
        || !s->state.compact || mn_str_max_char_bound(b) > mn_str_max_char_bound(a)
        || la == 0 || lb == 0 || la > INTPTR_MAX / 4 - lb) {
        MnObject *r = mn_str_concat(a, b);
        if (r == NULL) {
            return -1;
        }
        *pa = r;
        mn_decref(a);
        return 0;
    }
    int kind = s->state.kind;
    size_t header = s->state.ascii ? sizeof(MnStr) : sizeof(MnCompactStr);
    if (!s->state.ascii) {
        MnCompactStr *c = (MnCompactStr *)a;
        mn_mem_free(c->utf8);
        c->utf8 = NULL;
        c->utf8_length = 0;
    }
    a->ob_type = &str_alloc_type;       // resize by bytes, then restore the real type
    MnObject *g = mn_object_resize(a, (intptr_t)header + (la + lb + 1) * kind);
    if (g == NULL) {
        *pa = NULL;     // mn_object_resize freed the old object
        return -1;
    }
    g->ob_type = &mn_str_type;
    s = (MnStr *)g;
    s->length = la + lb;
    s->hash = -1;
    char *data = MN_STR_DATA(g);
    copy_units(data + la * kind, kind, MN_STR_DATA(b), MN_STR_KIND(b), lb);
    memset(data + (la + lb) * kind, 0, (size_t)kind);
    *pa = g;
    return 0;
}

static MnObject *
str_add(MnObject *a, MnObject *b)
{
    if (!MN_STR_CHECK(a)) {
        return mn_newref(mn_NotImplemented);
    }
    if (!MN_STR_CHECK(b)) {
        if (MN_TYPE_HAS_FLAG(MN_TYPE(b), MN_TPFLAG_HEAPTYPE) && MN_TYPE(b)->nb_add != NULL) {
            return mn_newref(mn_NotImplemented);    // let a reflected __radd__ run
        }
        return mn_err_format(mn_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                             MN_TYPE(b)->tp_name);
    }
    return mn_str_concat(a, b);
}

MnObject *
mn_str_repeat(MnObject *s, intptr_t n)
{
    intptr_t len = MN_STR_LEN(s);
    if (n <= 0 || len == 0) {
        return mn_str_new(0, 0);
    }
    if (n == 1 && MN_STR_CHECK_EXACT(s)) {
        return mn_newref(s);
    }
    if (len > INTPTR_MAX / 4 / n) {
        return mn_err_format(mn_exc_OverflowError, "repeated string is too long");
    }
    MnObject *r = str_alloc(len * n, mn_str_max_char_bound(s));
    if (r == NULL) {
        return NULL;
    }
    size_t unit = (size_t)len * (size_t)MN_STR_KIND(s);
    char *dst = MN_STR_DATA(r);
    if (len == 1 && MN_STR_KIND(s) == 1) {
        memset(dst, ((uint8_t *)MN_STR_DATA(s))[0], (size_t)n);
        return r;
    }
    memcpy(dst, MN_STR_DATA(s), unit);
    size_t done = unit, total = unit * (size_t)n;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
    return r;
}

static MnObject *
str_multiply(MnObject *a, MnObject *b)
{
    MnObject *s = a, *count = b;
    if (!MN_STR_CHECK(a)) {
        s = b;
        count = a;
    }
    if (!MN_INT_CHECK(count)) {
        if (MN_TYPE_HAS_FLAG(MN_TYPE(count), MN_TPFLAG_HEAPTYPE) && count == b
            && MN_TYPE(count)->nb_multiply != NULL && MN_TYPE(count)->nb_index == NULL) {
            return mn_newref(mn_NotImplemented);    // let a reflected __rmul__ run
        }
        if (MN_TYPE(count)->nb_index == NULL) {
            return mn_err_format(mn_exc_TypeError,
                                 "can't multiply sequence by non-int of type '%s'",
                                 MN_TYPE(count)->tp_name);
        }
    }
    intptr_t n = mn_number_as_ssize(count, mn_exc_OverflowError);
    if (n == -1 && mn_err_occurred()) {
        return NULL;
    }
    return mn_str_repeat(s, n);
}

static MnObject *
str_remainder(MnObject *a, MnObject *b)
{
    if (!MN_STR_CHECK(a)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_format_percent(a, b);
}

static intptr_t
str_length(MnObject *self)
{
    return MN_STR_LEN(self);
}

static int
str_bool(MnObject *self)
{
    return MN_STR_LEN(self) != 0;
}

static MnObject *
str_slice(MnObject *s, MnObject *slice)
{
    intptr_t start, stop, step;
    intptr_t n = mn_slice_indices(slice, MN_STR_LEN(s), &start, &stop, &step);
    if (n < 0) {
        return NULL;
    }
    if (step == 1) {
        return mn_str_substring(s, start, start + n);
    }
    if (n == 0) {
        return mn_str_new(0, 0);
    }
    int kind = MN_STR_KIND(s);
    const char *src = MN_STR_DATA(s);
    uint32_t maxchar = 0;
    for (intptr_t i = 0, j = start; i < n; i++, j += step) {
        uint32_t c = MN_STR_READ(s, j);
        if (c > maxchar) {
            maxchar = c;
        }
    }
    if (n == 1 && maxchar < 256) {
        return mn_str_from_char(maxchar);
    }
    MnObject *r = str_alloc(n, maxchar);
    if (r == NULL) {
        return NULL;
    }
    void *dst = MN_STR_DATA(r);
    int dkind = MN_STR_KIND(r);
    for (intptr_t i = 0, j = start; i < n; i++, j += step) {
        copy_units((char *)dst + i * dkind, dkind, src + j * kind, kind, 1);
    }
    return r;
}

static MnObject *
str_subscript(MnObject *self, MnObject *key)
{
    if (MN_SLICE_CHECK(key)) {
        return str_slice(self, key);
    }
    if (!MN_INT_CHECK(key) && MN_TYPE(key)->nb_index == NULL) {
        return mn_err_format(mn_exc_TypeError, "string indices must be integers, not '%s'",
                             MN_TYPE(key)->tp_name);
    }
    intptr_t i = mn_number_as_ssize(key, mn_exc_IndexError);
    if (i == -1 && mn_err_occurred()) {
        return NULL;
    }
    if (i < 0) {
        i += MN_STR_LEN(self);
    }
    if (i < 0 || i >= MN_STR_LEN(self)) {
        return mn_err_format(mn_exc_IndexError, "string index out of range");
    }
    return mn_str_getitem(self, i);
}

/* ==== repr and str ==== */

MnObject *
mn_str_repr(MnObject *s)
{
    intptr_t len = MN_STR_LEN(s);
    int has_single = 0, has_double = 0;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = MN_STR_READ(s, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t quote = has_single && !has_double ? '"' : '\'';
    MnStrBuf b;
    mn_strbuf_init(&b, len + 2);
    static const char hex[] = "0123456789abcdef";
    int rc = mn_strbuf_put(&b, quote);
    for (intptr_t i = 0; i < len && rc == 0; i++) {
        uint32_t c = MN_STR_READ(s, i);
        char esc[12];
        int n = 0;
        if (c == quote || c == '\\') {
            esc[n++] = '\\';
            esc[n++] = (char)c;
        } else if (c == '\t') {
            esc[n++] = '\\';
            esc[n++] = 't';
        } else if (c == '\n') {
            esc[n++] = '\\';
            esc[n++] = 'n';
        } else if (c == '\r') {
            esc[n++] = '\\';
            esc[n++] = 'r';
        } else if (c < ' ' || c == 0x7f) {
            n = snprintf(esc, sizeof esc, "\\x%c%c", hex[c >> 4], hex[c & 15]);
        } else if (c < 0x7f || MN_UNI_IS(c, MN_UNI_PRINTABLE)) {
            rc = mn_strbuf_put(&b, c);
            continue;
        } else if (c < 0x100) {
            n = snprintf(esc, sizeof esc, "\\x%02x", (unsigned int)c);
        } else if (c < 0x10000) {
            n = snprintf(esc, sizeof esc, "\\u%04x", (unsigned int)c);
        } else {
            n = snprintf(esc, sizeof esc, "\\U%08x", (unsigned int)c);
        }
        rc = mn_strbuf_put_latin1(&b, esc, n);
    }
    if (rc < 0 || mn_strbuf_put(&b, quote) < 0) {
        mn_strbuf_discard(&b);
        return NULL;
    }
    return mn_strbuf_finish(&b);
}

MnObject *
mn_str_ascii_escape(MnObject *s)
{
    if (MN_STR_IS_ASCII(s)) {
        return mn_newref(s);
    }
    intptr_t len = MN_STR_LEN(s);
    MnStrBuf b;
    mn_strbuf_init(&b, len + 8);
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = MN_STR_READ(s, i);
        char esc[12];
        int n;
        if (c < 0x80) {
            if (mn_strbuf_put(&b, c) < 0) {
                goto fail;
            }
            continue;
        }
        if (c < 0x100) {
            n = snprintf(esc, sizeof esc, "\\x%02x", (unsigned int)c);
        } else if (c < 0x10000) {
            n = snprintf(esc, sizeof esc, "\\u%04x", (unsigned int)c);
        } else {
            n = snprintf(esc, sizeof esc, "\\U%08x", (unsigned int)c);
        }
        if (mn_strbuf_put_latin1(&b, esc, n) < 0) {
            goto fail;
        }
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

static MnObject *
str_repr(MnObject *self)
{
    return mn_str_repr(self);
}

// str(s): an exact copy for instances of subclasses.
static MnObject *
str_str(MnObject *self)
{
    if (MN_STR_CHECK_EXACT(self)) {
        return mn_newref(self);
    }
    return mn_str_from_kind(MN_STR_KIND(self), MN_STR_DATA(self), MN_STR_LEN(self));
}

size_t
mn_str_sizeof(MnObject *o)
{
    MnStr *s = (MnStr *)o;
    size_t data = ((size_t)s->length + 1) * (size_t)s->state.kind;
    if (!s->state.compact) {
        return sizeof(MnLegacyStr) + data;
    }
    return (s->state.ascii ? sizeof(MnStr) : sizeof(MnCompactStr)) + data;
}

/* ==== construction and deallocation ==== */

// str(object='') / str(object=b'', encoding='utf-8', errors='strict').
static MnObject *
str_make(MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    MnObject *a[3];
    if (mn_args_parse("str", MN_ARGS_KW, args, nargs, kwnames, names, 0, 3, a) < 0) {
        return NULL;
    }
    if (a[1] == NULL && a[2] == NULL) {
        return a[0] == NULL ? mn_str_new(0, 0) : mn_object_str(a[0]);
    }
    const char *enc = NULL, *errs = NULL;
    for (int i = 1; i < 3; i++) {
        if (a[i] != NULL && !MN_STR_CHECK(a[i])) {
            return mn_err_format(mn_exc_TypeError, "str() argument '%s' must be str, not %s",
                                 names[i], mn_args_type_name(a[i]));
        }
        if (a[i] != NULL) {
            const char *u = mn_str_as_utf8(a[i], NULL);
            if (u == NULL) {
                return NULL;
            }
            if (i == 1) {
                enc = u;
            } else {
                errs = u;
            }
        }
    }
    if (a[0] == NULL) {
        return mn_str_new(0, 0);
    }
    if (!MN_BYTES_CHECK(a[0])) {
        if (MN_STR_CHECK(a[0])) {
            return mn_err_format(mn_exc_TypeError, "decoding str is not supported");
        }
        return mn_err_format(mn_exc_TypeError,
                             "decoding to str: need a bytes-like object, %s found",
                             MN_TYPE(a[0])->tp_name);
    }
    return mn_str_decode(MN_BYTES_DATA(a[0]), MN_BYTES_LEN(a[0]), enc, errs);
}

static MnObject *
str_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *exact = str_make(args, nargs, kwnames);
    if (exact == NULL || type == &mn_str_type) {
        return exact;
    }
    if (!MN_STR_CHECK(exact)) {
        mn_decref(exact);
        return mn_err_format(mn_exc_TypeError, "__str__ returned non-string");
    }
    MnObject *o = mn_object_alloc(type, 0);
    if (o == NULL) {
        mn_decref(exact);
        return NULL;
    }
    MnLegacyStr *l = (MnLegacyStr *)o;
    size_t bytes = ((size_t)MN_STR_LEN(exact) + 1) * (size_t)MN_STR_KIND(exact);
    l->data = mn_mem_alloc(bytes);
    if (l->data == NULL) {
        mn_decref(exact);
        mn_decref(o);
        return mn_err_no_memory();
    }
    memcpy(l->data, MN_STR_DATA(exact), bytes);
    MnStr *s = (MnStr *)o;
    s->length = MN_STR_LEN(exact);
    s->hash = -1;
    s->state.kind = MN_STR_KIND(exact);
    s->state.ascii = MN_STR_IS_ASCII(exact);
    s->state.compact = 0;
    s->state.ready = 1;
    mn_decref(exact);
    if (MN_IS_GC(o)) {
        mn_gc_track(o);             // a subclass with a __dict__ can be in cycles
    }
    return o;
}

static void
str_dealloc(MnObject *self)
{
    MnStr *s = (MnStr *)self;
    if (s->state.interned != MN_NOT_INTERNED) {
        mn_str_intern_forget(self);
    }
    if (!s->state.ascii || !s->state.compact) {
        MnCompactStr *c = (MnCompactStr *)self;
        mn_mem_free(c->utf8);
        c->utf8 = NULL;
    }
    if (!s->state.compact) {
        mn_mem_free(((MnLegacyStr *)self)->data);
        ((MnLegacyStr *)self)->data = NULL;
    }
    mn_object_free(self);
}

/* ==== init and fini ==== */

int
mn_str_init(void)
{
    if (empty_str == NULL) {
        empty_str = str_alloc(0, 0);
        if (empty_str == NULL) {
            return -1;
        }
        mn_singleton_fix(empty_str);
    }
    if (mn_rt.interned == NULL) {
        mn_rt.interned = mn_dict_new();
        if (mn_rt.interned == NULL) {
            return -1;
        }
    }
    // CPython 3.11 has every one-character Latin-1 str and one-byte bytes statically: made
    // here, before tracemalloc or a program could see them being allocated.
    for (int i = 0; i < 256; i++) {
        char byte = (char)i;
        MnObject *c = mn_str_from_char((uint32_t)i), *b = mn_bytes_from(&byte, 1);
        mn_xdecref(c);
        mn_xdecref(b);
        if (c == NULL || b == NULL) {
            return -1;
        }
    }
    return 0;
}

void
mn_str_fini(void)
{
    mn_str_intern_fini();
    mn_bytes_fini();
    for (int i = 0; i < 256; i++) {
        mn_singleton_release(latin1_chars[i]);
        MN_CLEAR(latin1_chars[i]);
    }
    mn_singleton_release(empty_str);
    MN_CLEAR(empty_str);
}

/* ==== iterators ==== */

typedef struct StrIter {
    MnObject ob_base;
    MnObject *str;              // owned, NULL when exhausted
    intptr_t index;
} StrIter;

static MnObject *
str_iter(MnObject *self)
{
    MnType *tp = MN_STR_IS_ASCII(self) && ((MnStr *)self)->state.compact
                 ? &mn_str_ascii_iterator_type : &mn_str_iterator_type;
    StrIter *it = (StrIter *)mn_object_alloc(tp, 0);
    if (it == NULL) {
        return NULL;
    }
    it->str = mn_newref(self);
    it->index = 0;
    mn_gc_track(it);
    return (MnObject *)it;
}

static MnObject *
striter_next(MnObject *self)
{
    StrIter *it = (StrIter *)self;
    if (it->str == NULL) {
        return NULL;
    }
    if (it->index < MN_STR_LEN(it->str)) {
        return mn_str_getitem(it->str, it->index++);
    }
    MN_CLEAR(it->str);
    return NULL;
}

static MnObject *
striter_iter(MnObject *self)
{
    return mn_newref(self);
}

static void
striter_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(((StrIter *)self)->str);
    mn_object_free(self);
}

static int
striter_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((StrIter *)self)->str);
    return 0;
}

static MnObject *
striter_length_hint(MnObject *self, MnObject *unused)
{
    (void)unused;
    StrIter *it = (StrIter *)self;
    intptr_t n = it->str == NULL ? 0 : MN_STR_LEN(it->str) - it->index;
    return mn_int_from_ssize(n < 0 ? 0 : n);
}

static const MnMethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, MN_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MnType mn_str_iterator_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "str_iterator",
    .tp_basicsize = sizeof(StrIter),    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = striter_dealloc,      .tp_traverse = striter_traverse,
    .tp_iter = striter_iter,            .tp_iternext = striter_next,
    .tp_methods = striter_methods,
};

MnType mn_str_ascii_iterator_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(StrIter),    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = striter_dealloc,      .tp_traverse = striter_traverse,
    .tp_iter = striter_iter,            .tp_iternext = striter_next,
    .tp_methods = striter_methods,
};

MnType mn_str_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "str",
    .tp_basicsize = sizeof(MnLegacyStr),
    .tp_flags = MN_TPFLAG_BASETYPE | MN_TPFLAG_UNICODE_SUBCLASS,
    .tp_dealloc = str_dealloc,          .tp_repr = str_repr,
    .tp_str = str_str,                  .tp_hash = str_hash,
    .tp_richcompare = str_richcompare,  .tp_iter = str_iter,
    .tp_new = str_new,
    .nb_add = str_add,                  .nb_multiply = str_multiply,
    .nb_remainder = str_remainder,      .nb_bool = str_bool,
    .mp_length = str_length,            .mp_subscript = str_subscript,
    .sq_contains = str_contains,        .tp_methods = mn_str_methods,
    .tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
};
