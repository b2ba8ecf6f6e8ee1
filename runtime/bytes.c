/*
 * runtime/bytes.c - immutable bytes with CPython's layout (33 + n bytes, NUL-terminated),
 * the empty and one-byte singletons, repr, hashing (SipHash-1-3 as str), comparison,
 * concatenation, repetition, indexing (ints), slicing, iteration and the constructor.
 * See also: runtime/bytes_methods.c, runtime/str_codecs.c (decode), runtime/hash.c
 */
#include <stddef.h>
#include <string.h>
#include "mnemo.h"
#include "str_impl.h"

static MnObject *empty_bytes;           // owned
static MnObject *byte_chars[256];       // owned, made by mn_str_init

MnObject *
mn_bytes_from(const char *s, intptr_t len)
{
    if (len < 0) {
        return mn_err_bad_internal_call("mn_bytes_from");
    }
    if (len == 0 && empty_bytes != NULL) {
        return mn_newref(empty_bytes);
    }
    if (len == 1 && s != NULL && byte_chars[(uint8_t)s[0]] != NULL) {
        return mn_newref(byte_chars[(uint8_t)s[0]]);
    }
    MnObject *o = mn_object_alloc(&mn_bytes_type, len);
    if (o == NULL) {
        return NULL;
    }
    ((MnBytes *)o)->ob_shash = -1;
    if (s != NULL) {
        memcpy(MN_BYTES_DATA(o), s, (size_t)len);
    }
    MN_BYTES_DATA(o)[len] = '\0';
    if (len == 0) {
        empty_bytes = mn_newref(o);
        mn_singleton_fix(o);
    } else if (len == 1 && s != NULL) {
        byte_chars[(uint8_t)s[0]] = mn_newref(o);
        mn_singleton_fix(o);
    }
    return o;
}

void
mn_bytes_fini(void)
{
    for (int i = 0; i < 256; i++) {
        mn_singleton_release(byte_chars[i]);
        MN_CLEAR(byte_chars[i]);
    }
    mn_singleton_release(empty_bytes);
    MN_CLEAR(empty_bytes);
}

/* ==== search helpers (also used by str) ==== */

intptr_t
mn_bytes_search(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen, int dir)
{
    if (nlen == 0) {
        return dir > 0 ? 0 : hlen;
    }
    if (nlen > hlen) {
        return -1;
    }
    if (dir > 0) {
        if (nlen == 1) {
            const char *p = memchr(hay, needle[0], (size_t)hlen);
            return p ? p - hay : -1;
        }
        const char *p = memmem(hay, (size_t)hlen, needle, (size_t)nlen);
        return p ? p - hay : -1;
    }
    if (nlen == 1) {
        const char *p = memrchr(hay, needle[0], (size_t)hlen);
        return p ? p - hay : -1;
    }
    for (intptr_t i = hlen - nlen; i >= 0; i--) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)nlen) == 0) {
            return i;
        }
    }
    return -1;
}

intptr_t
mn_bytes_count_sub(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen,
                   intptr_t maxcount)
{
    if (nlen == 0) {
        return hlen + 1 < maxcount ? hlen + 1 : maxcount;
    }
    intptr_t count = 0, i = 0;
    while (count < maxcount) {
        intptr_t at = mn_bytes_search(hay + i, hlen - i, needle, nlen, 1);
        if (at < 0) {
            break;
        }
        count++;
        i += at + nlen;
    }
    return count;
}

/* ==== slots ==== */

static MnObject *
bytes_repr(MnObject *self)
{
    const uint8_t *s = (const uint8_t *)MN_BYTES_DATA(self);
    intptr_t n = MN_BYTES_LEN(self);
    int has_single = memchr(s, '\'', (size_t)n) != NULL;
    int has_double = memchr(s, '"', (size_t)n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    MnStrBuf b;
    mn_strbuf_init(&b, n + 3);
    static const char hex[] = "0123456789abcdef";
    if (mn_strbuf_put_latin1(&b, "b", 1) < 0 || mn_strbuf_put(&b, (uint32_t)quote) < 0) {
        goto fail;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        char esc[4];
        int k = 0;
        if (c == quote || c == '\\') {
            esc[k++] = '\\';
            esc[k++] = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[k++] = '\\';
            esc[k++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < ' ' || c >= 0x7f) {
            esc[k++] = '\\';
            esc[k++] = 'x';
            esc[k++] = hex[c >> 4];
            esc[k++] = hex[c & 15];
        } else {
            esc[k++] = (char)c;
        }
        if (mn_strbuf_put_latin1(&b, esc, k) < 0) {
            goto fail;
        }
    }
    if (mn_strbuf_put(&b, (uint32_t)quote) < 0) {
        goto fail;
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

static intptr_t
bytes_hash(MnObject *self)
{
    MnBytes *b = (MnBytes *)self;
    if (b->ob_shash == -1) {
        b->ob_shash = mn_hash_bytes(b->ob_sval, (size_t)MN_BYTES_LEN(self));
    }
    return b->ob_shash;
}

static MnObject *
bytes_richcompare(MnObject *a, MnObject *b, int op)
{
    if (!MN_BYTES_CHECK(a) || !MN_BYTES_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    intptr_t la = MN_BYTES_LEN(a), lb = MN_BYTES_LEN(b);
    int r;
    if ((op == MN_EQ || op == MN_NE) && la != lb) {
        r = op == MN_NE;
    } else {
        int c = memcmp(MN_BYTES_DATA(a), MN_BYTES_DATA(b), (size_t)(la < lb ? la : lb));
        if (c == 0) {
            c = la < lb ? -1 : la > lb ? 1 : 0;
        }
        switch (op) {
        case MN_LT: r = c < 0; break;
        case MN_LE: r = c <= 0; break;
        case MN_EQ: r = c == 0; break;
        case MN_NE: r = c != 0; break;
        case MN_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return mn_newref(r ? mn_True : mn_False);
}

static MnObject *
bytes_add(MnObject *a, MnObject *b)
{
    if (!MN_BYTES_CHECK(a)) {
        return mn_newref(mn_NotImplemented);
    }
    if (!MN_BYTES_CHECK(b)) {
        if (MN_TYPE_HAS_FLAG(MN_TYPE(b), MN_TPFLAG_HEAPTYPE) && MN_TYPE(b)->nb_add != NULL) {
            return mn_newref(mn_NotImplemented);
        }
        return mn_err_format(mn_exc_TypeError, "can't concat %s to %s", MN_TYPE(b)->tp_name,
                             MN_TYPE(a)->tp_name);
    }
    intptr_t la = MN_BYTES_LEN(a), lb = MN_BYTES_LEN(b);
    if (la == 0 && MN_IS_TYPE(b, &mn_bytes_type)) {
        return mn_newref(b);
    }
    if (lb == 0 && MN_IS_TYPE(a, &mn_bytes_type)) {
        return mn_newref(a);
    }
    if (la > INTPTR_MAX / 2 - lb) {
        return mn_err_no_memory();
    }
    MnObject *r = mn_bytes_from(NULL, la + lb);
    if (r != NULL) {
        memcpy(MN_BYTES_DATA(r), MN_BYTES_DATA(a), (size_t)la);
        memcpy(MN_BYTES_DATA(r) + la, MN_BYTES_DATA(b), (size_t)lb);
    }
    return r;
}

static MnObject *
bytes_multiply(MnObject *a, MnObject *b)
{
    MnObject *s = a, *count = b;
    if (!MN_BYTES_CHECK(a)) {
        s = b;
        count = a;
    }
    if (!MN_INT_CHECK(count) && MN_TYPE(count)->nb_index == NULL) {
        if (MN_TYPE_HAS_FLAG(MN_TYPE(count), MN_TPFLAG_HEAPTYPE) && count == b
            && MN_TYPE(count)->nb_multiply != NULL) {
            return mn_newref(mn_NotImplemented);
        }
        return mn_err_format(mn_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             MN_TYPE(count)->tp_name);
    }
    intptr_t n = mn_number_as_ssize(count, mn_exc_OverflowError);
    if (n == -1 && mn_err_occurred()) {
        return NULL;
    }
    intptr_t len = MN_BYTES_LEN(s);
    if (n <= 0 || len == 0) {
        return mn_bytes_from("", 0);
    }
    if (n == 1 && MN_IS_TYPE(s, &mn_bytes_type)) {
        return mn_newref(s);
    }
    if (len > INTPTR_MAX / 2 / n) {
        return mn_err_no_memory();
    }
    MnObject *r = mn_bytes_from(NULL, len * n);
    if (r == NULL) {
        return NULL;
    }
    char *dst = MN_BYTES_DATA(r);
    if (len == 1) {
        memset(dst, MN_BYTES_DATA(s)[0], (size_t)n);
        return r;
    }
    for (intptr_t i = 0; i < n; i++) {
        memcpy(dst + i * len, MN_BYTES_DATA(s), (size_t)len);
    }
    return r;
}

static MnObject *
bytes_remainder(MnObject *a, MnObject *b)
{
    if (!MN_BYTES_CHECK(a)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_bytes_format(a, b);
}

static intptr_t
bytes_length(MnObject *self)
{
    return MN_BYTES_LEN(self);
}

static MnObject *
bytes_subscript(MnObject *self, MnObject *key)
{
    intptr_t len = MN_BYTES_LEN(self);
    if (MN_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t n = mn_slice_indices(key, len, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1) {
            if (n == len && MN_IS_TYPE(self, &mn_bytes_type)) {
                return mn_newref(self);
            }
            return mn_bytes_from(MN_BYTES_DATA(self) + start, n);
        }
        MnObject *r = mn_bytes_from(NULL, n);
        if (r == NULL) {
            return NULL;
        }
        for (intptr_t i = 0, j = start; i < n; i++, j += step) {
            MN_BYTES_DATA(r)[i] = MN_BYTES_DATA(self)[j];
        }
        if (n == 1) {
            MnObject *cached = mn_bytes_from(MN_BYTES_DATA(r), 1);
            mn_decref(r);
            return cached;
        }
        return r;
    }
    if (!MN_INT_CHECK(key) && MN_TYPE(key)->nb_index == NULL) {
        return mn_err_format(mn_exc_TypeError, "byte indices must be integers or slices, not %s",
                             MN_TYPE(key)->tp_name);
    }
    intptr_t i = mn_number_as_ssize(key, mn_exc_IndexError);
    if (i == -1 && mn_err_occurred()) {
        return NULL;
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        return mn_err_format(mn_exc_IndexError, "index out of range");
    }
    return mn_int_from_long((uint8_t)MN_BYTES_DATA(self)[i]);
}

static int
bytes_contains(MnObject *self, MnObject *item)
{
    if (MN_INT_CHECK(item) || (!MN_BYTES_CHECK(item) && MN_TYPE(item)->nb_index != NULL)) {
        intptr_t v = mn_number_as_ssize(item, NULL);
        if (v == -1 && mn_err_occurred()) {
            return -1;
        }
        if (v < 0 || v > 255) {
            mn_err_format(mn_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(MN_BYTES_DATA(self), (int)v, (size_t)MN_BYTES_LEN(self)) != NULL;
    }
    if (!MN_BYTES_CHECK(item)) {
        mn_err_format(mn_exc_TypeError, "a bytes-like object is required, not '%s'",
                      MN_TYPE(item)->tp_name);
        return -1;
    }
    return mn_bytes_search(MN_BYTES_DATA(self), MN_BYTES_LEN(self), MN_BYTES_DATA(item),
                           MN_BYTES_LEN(item), 1) >= 0;
}

static void
bytes_dealloc(MnObject *self)
{
    mn_object_free(self);
}

/* ==== construction ==== */

// bytes(iterable of ints). -> new bytes, or NULL.
static MnObject *
bytes_from_iterable(MnObject *src)
{
    MnObject *it = mn_object_get_iter(src);
    if (it == NULL) {
        if (mn_err_matches((MnObject *)mn_exc_TypeError)) {
            mn_err_clear();
            mn_err_format(mn_exc_TypeError, "cannot convert '%s' object to bytes",
                          MN_TYPE(src)->tp_name);
        }
        return NULL;
    }
    intptr_t len = 0, cap = 16;
    char *buf = mn_mem_alloc((size_t)cap);
    MnObject *item, *r = NULL;
    if (buf == NULL) {
        mn_decref(it);
        return mn_err_no_memory();
    }
    while ((item = mn_iter_next(it)) != NULL) {
        intptr_t v = mn_number_as_ssize(item, NULL);
        mn_decref(item);
        if (v == -1 && mn_err_occurred()) {
            goto done;
        }
        if (v < 0 || v > 255) {
            mn_err_format(mn_exc_ValueError, "bytes must be in range(0, 256)");
            goto done;
        }
        if (len == cap) {
            char *p = mn_mem_realloc(buf, (size_t)cap * 2);
            if (p == NULL) {
                mn_err_no_memory();
                goto done;
            }
            buf = p;
            cap *= 2;
        }
        buf[len++] = (char)v;
    }
    if (!mn_err_occurred()) {
        r = mn_bytes_from(buf, len);
    }
done:
    mn_mem_free(buf);
    mn_decref(it);
    return r;
}

static MnObject *
bytes_make(MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    MnObject *a[3];
    if (mn_args_parse("bytes", MN_ARGS_KW, args, nargs, kwnames, names, 0, 3, a) < 0) {
        return NULL;
    }
    const char *enc[2] = {NULL, NULL};
    for (int i = 1; i < 3; i++) {
        if (a[i] == NULL) {
            continue;
        }
        if (!MN_STR_CHECK(a[i])) {
            return mn_err_format(mn_exc_TypeError, "bytes() argument '%s' must be str, not %s",
                                 names[i], mn_args_type_name(a[i]));
        }
        if ((enc[i - 1] = mn_str_as_utf8(a[i], NULL)) == NULL) {
            return NULL;
        }
    }
    MnObject *src = a[0];
    if (src == NULL) {
        if (a[1] != NULL || a[2] != NULL) {
            return mn_err_format(mn_exc_TypeError, a[1] != NULL
                                 ? "encoding without a string argument"
                                 : "errors without a string argument");
        }
        return mn_bytes_from("", 0);
    }
    if (MN_STR_CHECK(src)) {
        if (a[1] == NULL) {
            return mn_err_format(mn_exc_TypeError, "string argument without an encoding");
        }
        return mn_str_encode(src, enc[0], enc[1]);
    }
    if (a[1] != NULL || a[2] != NULL) {
        return mn_err_format(mn_exc_TypeError, a[1] != NULL
                             ? "encoding without a string argument"
                             : "errors without a string argument");
    }
    if (!MN_BYTES_CHECK(src) && mn_type_lookup_cstr(MN_TYPE(src), "__bytes__") != NULL) {
        MnObject *r = mn_object_call_method(src, "__bytes__", NULL, 0);
        if (r != NULL && !MN_BYTES_CHECK(r)) {
            mn_err_format(mn_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                          MN_TYPE(r)->tp_name);
            mn_decref(r);
            return NULL;
        }
        return r;
    }
    if (MN_BYTES_CHECK(src)) {
        if (MN_IS_TYPE(src, &mn_bytes_type)) {
            return mn_newref(src);
        }
        return mn_bytes_from(MN_BYTES_DATA(src), MN_BYTES_LEN(src));
    }
    if (MN_INT_CHECK(src) || MN_TYPE(src)->nb_index != NULL) {
        intptr_t n = mn_number_as_ssize(src, mn_exc_OverflowError);
        if (n == -1 && mn_err_occurred()) {
            return NULL;
        }
        if (n < 0) {
            return mn_err_format(mn_exc_ValueError, "negative count");
        }
        MnObject *r = mn_bytes_from(NULL, n);
        if (r != NULL) {
            memset(MN_BYTES_DATA(r), 0, (size_t)n);
        }
        return r;
    }
    return bytes_from_iterable(src);
}

static MnObject *
bytes_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *exact = bytes_make(args, nargs, kwnames);
    if (exact == NULL || type == &mn_bytes_type) {
        return exact;
    }
    intptr_t n = MN_BYTES_LEN(exact);
    MnObject *o = mn_object_alloc(type, n);
    if (o != NULL) {
        ((MnBytes *)o)->ob_shash = -1;
        memcpy(MN_BYTES_DATA(o), MN_BYTES_DATA(exact), (size_t)n + 1);
        if (MN_IS_GC(o)) {
            mn_gc_track(o);         // a subclass with a __dict__ can be in cycles
        }
    }
    mn_decref(exact);
    return o;
}

/* ==== iterator ==== */

typedef struct BytesIter {
    MnObject ob_base;
    MnObject *seq;              // owned, NULL when exhausted
    intptr_t index;
} BytesIter;

static MnObject *
bytes_iter(MnObject *self)
{
    BytesIter *it = (BytesIter *)mn_object_alloc(&mn_bytes_iterator_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->seq = mn_newref(self);
    it->index = 0;
    mn_gc_track(it);
    return (MnObject *)it;
}

static MnObject *
bytesiter_next(MnObject *self)
{
    BytesIter *it = (BytesIter *)self;
    if (it->seq == NULL) {
        return NULL;
    }
    if (it->index < MN_BYTES_LEN(it->seq)) {
        return mn_int_from_long((uint8_t)MN_BYTES_DATA(it->seq)[it->index++]);
    }
    MN_CLEAR(it->seq);
    return NULL;
}

static MnObject *
bytesiter_iter(MnObject *self)
{
    return mn_newref(self);
}

static void
bytesiter_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(((BytesIter *)self)->seq);
    mn_object_free(self);
}

static int
bytesiter_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((BytesIter *)self)->seq);
    return 0;
}

static MnObject *
bytesiter_length_hint(MnObject *self, MnObject *unused)
{
    (void)unused;
    BytesIter *it = (BytesIter *)self;
    intptr_t n = it->seq == NULL ? 0 : MN_BYTES_LEN(it->seq) - it->index;
    return mn_int_from_ssize(n < 0 ? 0 : n);
}

static const MnMethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint, MN_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MnType mn_bytes_iterator_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(BytesIter),  .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = bytesiter_dealloc,    .tp_traverse = bytesiter_traverse,
    .tp_iter = bytesiter_iter,          .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
};

MnType mn_bytes_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "bytes",
    .tp_basicsize = offsetof(MnBytes, ob_sval) + 1,
    .tp_itemsize = 1,
    .tp_flags = MN_TPFLAG_BASETYPE | MN_TPFLAG_BYTES_SUBCLASS,
    .tp_dealloc = bytes_dealloc,        .tp_repr = bytes_repr,
    .tp_hash = bytes_hash,              .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,              .tp_new = bytes_new,
    .nb_add = bytes_add,                .nb_multiply = bytes_multiply,
    .nb_remainder = bytes_remainder,
    .mp_length = bytes_length,          .mp_subscript = bytes_subscript,
    .sq_contains = bytes_contains,      .tp_methods = mn_bytes_methods,
    .tp_doc = "bytes(iterable_of_ints) -> bytes",
};
