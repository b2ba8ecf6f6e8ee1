/*
 * runtime/bytes_methods.c - the methods of bytes: decode, searching (find, index, count,
 * startswith, endswith with int or bytes arguments), split/rsplit/splitlines, partition,
 * strip, replace, join, case mapping and predicates on ASCII, padding, hex and fromhex.
 * See also: runtime/bytes.c, runtime/str_methods.c (argument parsing)
 */
#include <string.h>
#include "mnemo.h"
#include "str_impl.h"

#define DATA(o) MN_BYTES_DATA(o)
#define LEN(o) MN_BYTES_LEN(o)

static int
is_ascii_space(uint8_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static MnObject *
unchanged(MnObject *self)
{
    if (MN_IS_TYPE(self, &mn_bytes_type)) {
        return mn_newref(self);
    }
    return mn_bytes_from(DATA(self), LEN(self));
}

static MnObject *
need_bytes(MnObject *o)
{
    return mn_err_format(mn_exc_TypeError, "a bytes-like object is required, not '%s'",
                         MN_TYPE(o)->tp_name);
}

/* ==== decode ==== */

static MnObject *
bytes_decode(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    MnObject *a[2];
    if (mn_args_parse("bytes.decode", MN_ARGS_KW, args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    const char *enc[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        if (a[i] == NULL) {
            continue;
        }
        if (!MN_STR_CHECK(a[i])) {
            return mn_err_format(mn_exc_TypeError, "decode() argument '%s' must be str, not %s",
                                 names[i], mn_args_type_name(a[i]));
        }
        if ((enc[i] = mn_str_as_utf8(a[i], NULL)) == NULL) {
            return NULL;
        }
    }
    return mn_str_decode(DATA(self), LEN(self), enc[0], enc[1]);
}

/* ==== searching ==== */

// Parses (sub, start, end) where sub is bytes or an int 0..255; *buf holds an int's byte.
static int
sub_args(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames, const char **sub, intptr_t *slen, char *buf, intptr_t *start,
         intptr_t *end)
{
    static const char *const names[] = {"sub", "start", "end"};
    MnObject *a[3];
    if (mn_args_parse(fname, MN_ARGS_TUPLE, args, nargs, kwnames, names, 1, 3, a) < 0) {
        return -1;
    }
    if (MN_BYTES_CHECK(a[0])) {
        *sub = DATA(a[0]);
        *slen = LEN(a[0]);
    } else if (MN_INT_CHECK(a[0]) || MN_TYPE(a[0])->nb_index != NULL) {
        intptr_t v = mn_number_as_ssize(a[0], NULL);
        if (v == -1 && mn_err_occurred()) {
            return -1;
        }
        if (v < 0 || v > 255) {
            mn_err_format(mn_exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        buf[0] = (char)v;
        *sub = buf;
        *slen = 1;
    } else {
        mn_err_format(mn_exc_TypeError, "argument should be integer or bytes-like object, "
                      "not '%s'", MN_TYPE(a[0])->tp_name);
        return -1;
    }
    if (mn_args_slice_index(a[1], start, 0) < 0
        || mn_args_slice_index(a[2], end, INTPTR_MAX) < 0) {
        return -1;
    }
    mn_args_adjust_indices(start, end, LEN(self));
    return 0;
}

// -> index, -1 when absent, -2 on error.
static intptr_t
find_common(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
            MnObject *kwnames, int dir)
{
    const char *sub;
    intptr_t slen, start, end;
    char buf[1];
    if (sub_args(fname, self, args, nargs, kwnames, &sub, &slen, buf, &start, &end) < 0) {
        return -2;
    }
    if (end - start < slen) {
        return -1;
    }
    intptr_t r = mn_bytes_search(DATA(self) + start, end - start, sub, slen, dir);
    return r < 0 ? -1 : r + start;
}

static MnObject *
bytes_find(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("bytes.find", self, args, nargs, kwnames, 1);
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
bytes_rfind(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("bytes.rfind", self, args, nargs, kwnames, -1);
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
bytes_index(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("bytes.index", self, args, nargs, kwnames, 1);
    if (r == -1) {
        return mn_err_format(mn_exc_ValueError, "subsection not found");
    }
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
bytes_rindex(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("bytes.rindex", self, args, nargs, kwnames, -1);
    if (r == -1) {
        return mn_err_format(mn_exc_ValueError, "subsection not found");
    }
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
bytes_count(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    const char *sub;
    intptr_t slen, start, end;
    char buf[1];
    if (sub_args("bytes.count", self, args, nargs, kwnames, &sub, &slen, buf, &start, &end)
        < 0) {
        return NULL;
    }
    if (end - start < slen || start > LEN(self)) {
        return mn_int_from_long(0);
    }
    return mn_int_from_ssize(mn_bytes_count_sub(DATA(self) + start, end - start, sub, slen,
                                                INTPTR_MAX));
}

static int
tail_match(MnObject *self, MnObject *sub, intptr_t start, intptr_t end, int dir)
{
    intptr_t slen = LEN(sub);
    mn_args_adjust_indices(&start, &end, LEN(self));
    end -= slen;
    if (end < start) {
        return 0;
    }
    return memcmp(DATA(self) + (dir < 0 ? start : end), DATA(sub), (size_t)slen) == 0;
}

static MnObject *
starts_ends(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
            MnObject *kwnames, int dir)
{
    static const char *const names[] = {"prefix", "start", "end"};
    MnObject *a[3];
    intptr_t start, end;
    if (mn_args_parse(fname, MN_ARGS_TUPLE, args, nargs, kwnames, names, 1, 3, a) < 0
        || mn_args_slice_index(a[1], &start, 0) < 0
        || mn_args_slice_index(a[2], &end, INTPTR_MAX) < 0) {
        return NULL;
    }
    if (MN_TUPLE_CHECK(a[0])) {
        for (intptr_t i = 0; i < MN_TUPLE_LEN(a[0]); i++) {
            MnObject *item = MN_TUPLE_GET(a[0], i);
            if (!MN_BYTES_CHECK(item)) {
                return need_bytes(item);
            }
            if (tail_match(self, item, start, end, dir)) {
                return mn_newref(mn_True);
            }
        }
        return mn_newref(mn_False);
    }
    if (!MN_BYTES_CHECK(a[0])) {
        return mn_err_format(mn_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, "
                             "not %s", fname + 6, MN_TYPE(a[0])->tp_name);
    }
    return mn_newref(tail_match(self, a[0], start, end, dir) ? mn_True : mn_False);
}

static MnObject *
bytes_startswith(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return starts_ends("bytes.startswith", self, args, nargs, kwnames, -1);
}

static MnObject *
bytes_endswith(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return starts_ends("bytes.endswith", self, args, nargs, kwnames, 1);
}

static MnObject *
bytes_removeprefix(MnObject *self, MnObject *arg)
{
    if (!MN_BYTES_CHECK(arg)) {
        return need_bytes(arg);
    }
    if (LEN(arg) <= LEN(self) && memcmp(DATA(self), DATA(arg), (size_t)LEN(arg)) == 0
        && LEN(arg) > 0) {
        return mn_bytes_from(DATA(self) + LEN(arg), LEN(self) - LEN(arg));
    }
    return unchanged(self);
}

static MnObject *
bytes_removesuffix(MnObject *self, MnObject *arg)
{
    if (!MN_BYTES_CHECK(arg)) {
        return need_bytes(arg);
    }
    intptr_t n = LEN(self), k = LEN(arg);
    if (k > 0 && k <= n && memcmp(DATA(self) + n - k, DATA(arg), (size_t)k) == 0) {
        return mn_bytes_from(DATA(self), n - k);
    }
    return unchanged(self);
}

/* ==== split and partition ==== */

static int
append_piece(MnObject *list, MnObject *self, intptr_t i, intptr_t j)
{
    MnObject *piece = (i == 0 && j == LEN(self)) ? unchanged(self)
                    : mn_bytes_from(DATA(self) + i, j - i);
    if (piece == NULL) {
        return -1;
    }
    int rc = mn_list_append(list, piece);
    mn_decref(piece);
    return rc;
}

static MnObject *
do_split(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames, int right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    MnObject *a[2];
    if (mn_args_parse(fname, MN_ARGS_KW, args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    intptr_t maxsplit = -1;
    if (a[1] != NULL) {
        maxsplit = mn_number_as_ssize(a[1], mn_exc_OverflowError);
        if (maxsplit == -1 && mn_err_occurred()) {
            return NULL;
        }
    }
    if (maxsplit < 0) {
        maxsplit = INTPTR_MAX;
    }
    MnObject *sep = a[0] == mn_None ? NULL : a[0];
    if (sep != NULL && !MN_BYTES_CHECK(sep)) {
        return need_bytes(sep);
    }
    if (sep != NULL && LEN(sep) == 0) {
        return mn_err_format(mn_exc_ValueError, "empty separator");
    }
    // room for min(maxsplit + 1, 12) pieces, as CPython's PREALLOC_SIZE (sys.getsizeof)
    MnObject *list = mn_list_new(maxsplit >= 12 ? 12 : maxsplit + 1);
    if (list == NULL) {
        return NULL;
    }
    MN_SIZE(list) = 0;
    const uint8_t *s = (const uint8_t *)DATA(self);
    intptr_t n = LEN(self);
    int rc = 0;
    if (sep == NULL && !right) {
        intptr_t i = 0;
        while (rc == 0) {
            while (i < n && is_ascii_space(s[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            intptr_t j = i;
            if (maxsplit-- == 0) {
                rc = append_piece(list, self, i, n);
                break;
            }
            while (j < n && !is_ascii_space(s[j])) {
                j++;
            }
            rc = append_piece(list, self, i, j);
            i = j;
        }
    } else if (sep == NULL) {
        intptr_t j = n;
        while (rc == 0) {
            while (j > 0 && is_ascii_space(s[j - 1])) {
                j--;
            }
            if (j == 0) {
                break;
            }
            intptr_t i = j;
            if (maxsplit-- == 0) {
                rc = append_piece(list, self, 0, j);
                break;
            }
            while (i > 0 && !is_ascii_space(s[i - 1])) {
                i--;
            }
            rc = append_piece(list, self, i, j);
            j = i;
        }
    } else if (!right) {
        intptr_t i = 0;
        while (maxsplit-- > 0) {
            intptr_t at = mn_bytes_search((const char *)s + i, n - i, DATA(sep), LEN(sep), 1);
            if (at < 0 || (rc = append_piece(list, self, i, i + at)) < 0) {
                break;
            }
            i += at + LEN(sep);
        }
        if (rc == 0) {
            rc = append_piece(list, self, i, n);
        }
    } else {
        intptr_t j = n;
        while (maxsplit-- > 0) {
            intptr_t at = mn_bytes_search((const char *)s, j, DATA(sep), LEN(sep), -1);
            if (at < 0 || (rc = append_piece(list, self, at + LEN(sep), j)) < 0) {
                break;
            }
            j = at;
        }
        if (rc == 0) {
            rc = append_piece(list, self, 0, j);
        }
    }
    if (rc < 0) {
        mn_decref(list);
        return NULL;
    }
    if (right) {
        MnObject **items = MN_LIST_ITEMS(list);
        for (intptr_t i = 0, j = MN_LIST_LEN(list) - 1; i < j; i++, j--) {
            MnObject *t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }
    return list;
}

static MnObject *
bytes_split(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_split("bytes.split", self, args, nargs, kwnames, 0);
}

static MnObject *
bytes_rsplit(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_split("bytes.rsplit", self, args, nargs, kwnames, 1);
}

static MnObject *
bytes_splitlines(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"keepends"};
    MnObject *a;
    if (mn_args_parse("bytes.splitlines", MN_ARGS_KW, args, nargs, kwnames, names, 0, 1, &a)
        < 0) {
        return NULL;
    }
    int keep = a == NULL ? 0 : mn_object_is_true(a);
    if (keep < 0) {
        return NULL;
    }
    MnObject *list = mn_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    const char *s = DATA(self);
    intptr_t n = LEN(self), i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r') {
            j++;
        }
        intptr_t eol = j;
        if (j < n) {
            j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
            if (keep) {
                eol = j;
            }
        }
        if (append_piece(list, self, i, eol) < 0) {
            mn_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static MnObject *
do_partition(MnObject *self, MnObject *sep, int right)
{
    if (!MN_BYTES_CHECK(sep)) {
        return need_bytes(sep);
    }
    if (LEN(sep) == 0) {
        return mn_err_format(mn_exc_ValueError, "empty separator");
    }
    intptr_t n = LEN(self);
    intptr_t at = mn_bytes_search(DATA(self), n, DATA(sep), LEN(sep), right ? -1 : 1);
    MnObject *parts[3];
    if (at < 0) {
        parts[right ? 2 : 0] = unchanged(self);
        parts[1] = mn_bytes_from("", 0);
        parts[right ? 0 : 2] = mn_bytes_from("", 0);
    } else {
        parts[0] = mn_bytes_from(DATA(self), at);
        parts[1] = mn_newref(sep);
        parts[2] = mn_bytes_from(DATA(self) + at + LEN(sep), n - at - LEN(sep));
    }
    MnObject *t = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL) {
        t = mn_tuple_pack(3, parts[0], parts[1], parts[2]);
    }
    for (int i = 0; i < 3; i++) {
        mn_xdecref(parts[i]);
    }
    return t;
}

static MnObject *
bytes_partition(MnObject *self, MnObject *sep)
{
    return do_partition(self, sep, 0);
}

static MnObject *
bytes_rpartition(MnObject *self, MnObject *sep)
{
    return do_partition(self, sep, 1);
}

/* ==== strip, replace, join ==== */

static MnObject *
do_strip(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames, int where)
{
    static const char *const names[] = {"bytes"};
    MnObject *chars;
    if (mn_args_parse(fname, MN_ARGS_POS, args, nargs, kwnames, names, 0, 1, &chars) < 0) {
        return NULL;
    }
    if (chars == mn_None) {
        chars = NULL;
    }
    if (chars != NULL && !MN_BYTES_CHECK(chars)) {
        return need_bytes(chars);
    }
    const uint8_t *s = (const uint8_t *)DATA(self);
    intptr_t i = 0, j = LEN(self);
#define STRIPPED(c) (chars ? memchr(DATA(chars), (c), (size_t)LEN(chars)) != NULL \
                           : is_ascii_space(c))
    if (where & 1) {
        while (i < j && STRIPPED(s[i])) {
            i++;
        }
    }
    if (where & 2) {
        while (j > i && STRIPPED(s[j - 1])) {
            j--;
        }
    }
#undef STRIPPED
    if (i == 0 && j == LEN(self)) {
        return unchanged(self);
    }
    return mn_bytes_from((const char *)s + i, j - i);
}

static MnObject *
bytes_strip(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_strip("bytes.strip", self, args, nargs, kwnames, 3);
}

static MnObject *
bytes_lstrip(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_strip("bytes.lstrip", self, args, nargs, kwnames, 1);
}

static MnObject *
bytes_rstrip(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_strip("bytes.rstrip", self, args, nargs, kwnames, 2);
}

static MnObject *
bytes_replace(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"old", "new", "count"};
    MnObject *a[3];
    if (mn_args_parse("bytes.replace", MN_ARGS_POS, args, nargs, kwnames, names, 2, 3, a) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (!MN_BYTES_CHECK(a[i])) {
            return need_bytes(a[i]);
        }
    }
    intptr_t count = -1;
    if (a[2] != NULL) {
        count = mn_number_as_ssize(a[2], mn_exc_OverflowError);
        if (count == -1 && mn_err_occurred()) {
            return NULL;
        }
    }
    if (count < 0) {
        count = INTPTR_MAX;
    }
    const char *s = DATA(self), *old = DATA(a[0]), *new = DATA(a[1]);
    intptr_t n = LEN(self), olen = LEN(a[0]), nlen = LEN(a[1]);
    intptr_t found = mn_bytes_count_sub(s, n, old, olen, count);
    if (found == 0) {
        return unchanged(self);
    }
    intptr_t total = n + found * (nlen - olen);
    MnObject *r = mn_bytes_from(NULL, total);
    if (r == NULL) {
        return NULL;
    }
    char *dst = DATA(r);
    intptr_t i = 0;
    for (intptr_t k = 0; k < found; k++) {
        intptr_t at;
        if (olen == 0) {
            at = i;
        } else {
            at = i + mn_bytes_search(s + i, n - i, old, olen, 1);
        }
        memcpy(dst, s + i, (size_t)(at - i));
        dst += at - i;
        memcpy(dst, new, (size_t)nlen);
        dst += nlen;
        if (olen == 0) {
            if (at < n) {
                *dst++ = s[at];
            }
            i = at + 1;
        } else {
            i = at + olen;
        }
    }
    if (i < n) {
        memcpy(dst, s + i, (size_t)(n - i));
    }
    return r;
}

static MnObject *
bytes_join(MnObject *self, MnObject *iterable)
{
    MnObject *seq;
    if (MN_LIST_CHECK_EXACT(iterable) || MN_TUPLE_CHECK_EXACT(iterable)) {
        seq = mn_newref(iterable);
    } else {
        MnObject *it = mn_object_get_iter(iterable);
        if (it == NULL) {
            if (mn_err_matches((MnObject *)mn_exc_TypeError)) {
                mn_err_clear();
                mn_err_format(mn_exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        mn_decref(it);
        if ((seq = mn_list_from_iterable(iterable)) == NULL) {
            return NULL;
        }
    }
    int is_list = MN_LIST_CHECK(seq);
    intptr_t n = is_list ? MN_LIST_LEN(seq) : MN_TUPLE_LEN(seq);
    MnObject *const *items = is_list ? MN_LIST_ITEMS(seq) : MN_TUPLE_ITEMS(seq);
    MnObject *r = NULL;
    intptr_t total = n > 0 ? (n - 1) * LEN(self) : 0;
    for (intptr_t i = 0; i < n; i++) {
        if (!MN_BYTES_CHECK(items[i])) {
            mn_err_format(mn_exc_TypeError, "sequence item %zd: expected a bytes-like object, "
                          "%s found", i, MN_TYPE(items[i])->tp_name);
            goto done;
        }
        total += LEN(items[i]);
    }
    if (n == 1 && MN_IS_TYPE(items[0], &mn_bytes_type)) {
        r = mn_newref(items[0]);
        goto done;
    }
    r = mn_bytes_from(NULL, total);
    if (r != NULL) {
        char *dst = DATA(r);
        for (intptr_t i = 0; i < n; i++) {
            if (i > 0) {
                memcpy(dst, DATA(self), (size_t)LEN(self));
                dst += LEN(self);
            }
            memcpy(dst, DATA(items[i]), (size_t)LEN(items[i]));
            dst += LEN(items[i]);
        }
    }
done:
    mn_decref(seq);
    return r;
}

/* ==== ASCII case mapping and predicates ==== */

enum { B_LOWER, B_UPPER, B_SWAP, B_CAPITALIZE, B_TITLE };

static MnObject *
map_case(MnObject *self, int how)
{
    intptr_t n = LEN(self);
    MnObject *r = mn_bytes_from(NULL, n);
    if (r == NULL) {
        return NULL;
    }
    const uint8_t *s = (const uint8_t *)DATA(self);
    uint8_t *d = (uint8_t *)DATA(r);
    int prev_cased = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        int up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        int to_low = how == B_LOWER || (how == B_SWAP && up)
                   || (how == B_CAPITALIZE && i > 0) || (how == B_TITLE && prev_cased);
        int to_up = how == B_UPPER || (how == B_SWAP && low)
                  || (how == B_CAPITALIZE && i == 0) || (how == B_TITLE && !prev_cased);
        if (to_low && up) {
            c += 32;
        } else if (to_up && low) {
            c -= 32;
        }
        prev_cased = up || low;
        d[i] = c;
    }
    return r;
}

static MnObject *
bytes_lower(MnObject *self, MnObject *unused)
{
    (void)unused;
    return map_case(self, B_LOWER);
}

static MnObject *
bytes_upper(MnObject *self, MnObject *unused)
{
    (void)unused;
    return map_case(self, B_UPPER);
}

static MnObject *
bytes_swapcase(MnObject *self, MnObject *unused)
{
    (void)unused;
    return map_case(self, B_SWAP);
}

static MnObject *
bytes_capitalize(MnObject *self, MnObject *unused)
{
    (void)unused;
    return map_case(self, B_CAPITALIZE);
}

static MnObject *
bytes_title(MnObject *self, MnObject *unused)
{
    (void)unused;
    return map_case(self, B_TITLE);
}

enum { P_ALPHA = 1, P_DIGIT = 2, P_SPACE = 4, P_LOWER = 8, P_UPPER = 16 };

static int
props(uint8_t c)
{
    int p = 0;
    if (c >= 'a' && c <= 'z') {
        p |= P_ALPHA | P_LOWER;
    } else if (c >= 'A' && c <= 'Z') {
        p |= P_ALPHA | P_UPPER;
    } else if (c >= '0' && c <= '9') {
        p |= P_DIGIT;
    } else if (is_ascii_space(c)) {
        p |= P_SPACE;
    }
    return p;
}

static MnObject *
all_props(MnObject *self, int want)
{
    intptr_t n = LEN(self);
    if (n == 0) {
        return mn_newref(mn_False);
    }
    for (intptr_t i = 0; i < n; i++) {
        if (!(props((uint8_t)DATA(self)[i]) & want)) {
            return mn_newref(mn_False);
        }
    }
    return mn_newref(mn_True);
}

static MnObject *
bytes_isalpha(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_props(self, P_ALPHA);
}

static MnObject *
bytes_isdigit(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_props(self, P_DIGIT);
}

static MnObject *
bytes_isalnum(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_props(self, P_ALPHA | P_DIGIT);
}

static MnObject *
bytes_isspace(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_props(self, P_SPACE);
}

static MnObject *
bytes_isascii(MnObject *self, MnObject *unused)
{
    (void)unused;
    for (intptr_t i = 0; i < LEN(self); i++) {
        if ((uint8_t)DATA(self)[i] >= 128) {
            return mn_newref(mn_False);
        }
    }
    return mn_newref(mn_True);
}

// islower ([want] P_LOWER) or isupper (P_UPPER): no cased byte of the other case, at least one.
static MnObject *
cased_check(MnObject *self, int want)
{
    int seen = 0;
    for (intptr_t i = 0; i < LEN(self); i++) {
        int p = props((uint8_t)DATA(self)[i]);
        if (p & (P_LOWER | P_UPPER) & ~want) {
            return mn_newref(mn_False);
        }
        seen |= (p & want) != 0;
    }
    return mn_newref(seen ? mn_True : mn_False);
}

static MnObject *
bytes_islower(MnObject *self, MnObject *unused)
{
    (void)unused;
    return cased_check(self, P_LOWER);
}

static MnObject *
bytes_isupper(MnObject *self, MnObject *unused)
{
    (void)unused;
    return cased_check(self, P_UPPER);
}

static MnObject *
bytes_istitle(MnObject *self, MnObject *unused)
{
    (void)unused;
    int cased = 0, prev = 0;
    for (intptr_t i = 0; i < LEN(self); i++) {
        int p = props((uint8_t)DATA(self)[i]);
        if (p & P_UPPER) {
            if (prev) {
                return mn_newref(mn_False);
            }
            prev = cased = 1;
        } else if (p & P_LOWER) {
            if (!prev) {
                return mn_newref(mn_False);
            }
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return mn_newref(cased ? mn_True : mn_False);
}

/* ==== padding ==== */

static MnObject *
pad_common(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
           MnObject *kwnames, int where)
{
    static const char *const names[] = {"width", "fillchar"};
    MnObject *a[2];
    if (mn_args_parse(fname, MN_ARGS_POS, args, nargs, kwnames, names, 1, 2, a) < 0) {
        return NULL;
    }
    intptr_t width = mn_number_as_ssize(a[0], mn_exc_OverflowError);
    if (width == -1 && mn_err_occurred()) {
        return NULL;
    }
    char fill = ' ';
    if (a[1] != NULL) {
        if (!MN_BYTES_CHECK(a[1]) || LEN(a[1]) != 1) {
            return mn_err_format(mn_exc_TypeError, "%s() argument 2 must be a byte string of "
                                 "length 1, not %s", fname + 6, mn_args_type_name(a[1]));
        }
        fill = DATA(a[1])[0];
    }
    intptr_t n = LEN(self), marg = width - n;
    if (marg <= 0) {
        return unchanged(self);
    }
    intptr_t left = where == 0 ? marg / 2 + (marg & width & 1) : where < 0 ? 0 : marg;
    MnObject *r = mn_bytes_from(NULL, width);
    if (r != NULL) {
        memset(DATA(r), fill, (size_t)left);
        memcpy(DATA(r) + left, DATA(self), (size_t)n);
        memset(DATA(r) + left + n, fill, (size_t)(marg - left));
    }
    return r;
}

static MnObject *
bytes_center(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return pad_common("bytes.center", self, args, nargs, kwnames, 0);
}

static MnObject *
bytes_ljust(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return pad_common("bytes.ljust", self, args, nargs, kwnames, -1);
}

static MnObject *
bytes_rjust(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return pad_common("bytes.rjust", self, args, nargs, kwnames, 1);
}

static MnObject *
bytes_zfill(MnObject *self, MnObject *arg)
{
    intptr_t width = mn_number_as_ssize(arg, mn_exc_OverflowError);
    if (width == -1 && mn_err_occurred()) {
        return NULL;
    }
    intptr_t n = LEN(self);
    if (width <= n) {
        return unchanged(self);
    }
    MnObject *r = mn_bytes_from(NULL, width);
    if (r == NULL) {
        return NULL;
    }
    char *d = DATA(r);
    intptr_t fill = width - n;
    memset(d, '0', (size_t)fill);
    memcpy(d + fill, DATA(self), (size_t)n);
    if (n > 0 && (DATA(self)[0] == '+' || DATA(self)[0] == '-')) {
        d[0] = DATA(self)[0];
        d[fill] = '0';
    }
    return r;
}

/* ==== hex and fromhex ==== */

static MnObject *
bytes_hex(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    MnObject *a[2];
    if (mn_args_parse("bytes.hex", MN_ARGS_KW, args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    char sep = 0;
    intptr_t group = 1;
    if (a[0] != NULL) {
        const char *p = NULL;
        intptr_t plen = mn_object_length(a[0]);
        if (plen < 0) {
            return NULL;
        }
        if (MN_STR_CHECK(a[0]) && MN_STR_IS_ASCII(a[0])) {
            p = MN_STR_DATA(a[0]);
        } else if (MN_BYTES_CHECK(a[0])) {
            p = DATA(a[0]);
        }
        if (plen != 1) {
            return mn_err_format(mn_exc_ValueError, "sep must be length 1.");
        }
        if (p == NULL || (uint8_t)p[0] >= 128) {
            return mn_err_format(mn_exc_ValueError, "sep must be ASCII.");
        }
        sep = p[0];
        if (a[1] != NULL) {
            group = mn_number_as_ssize(a[1], mn_exc_OverflowError);
            if (group == -1 && mn_err_occurred()) {
                return NULL;
            }
        }
    }
    static const char digits[] = "0123456789abcdef";
    intptr_t n = LEN(self);
    intptr_t g = group < 0 ? -group : group;
    intptr_t nseps = (sep && g > 0 && n > 0) ? (n - 1) / g : 0;
    MnObject *r = mn_str_new(2 * n + nseps, 127);
    if (r == NULL || n == 0) {
        return r;
    }
    char *d = MN_STR_DATA(r);
    const uint8_t *s = (const uint8_t *)DATA(self);
    for (intptr_t i = 0, k = 0; i < n; i++) {
        // separators count groups from the right when bytes_per_sep > 0
        if (nseps && i > 0) {
            intptr_t from = group > 0 ? n - i : i;
            if (from % g == 0) {
                d[k++] = sep;
            }
        }
        d[k++] = digits[s[i] >> 4];
        d[k++] = digits[s[i] & 15];
    }
    return r;
}

static int
hex_value(uint32_t c)
{
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if (c >= 'a' && c <= 'f') {
        return (int)(c - 'a' + 10);
    }
    if (c >= 'A' && c <= 'F') {
        return (int)(c - 'A' + 10);
    }
    return -1;
}

static MnObject *
bytes_fromhex(MnObject *cls, MnObject *arg)
{
    if (!MN_STR_CHECK(arg)) {
        return mn_err_format(mn_exc_TypeError, "fromhex() argument must be str, not %s",
                             mn_args_type_name(arg));
    }
    intptr_t n = MN_STR_LEN(arg), k = 0;
    MnObject *r = mn_bytes_from(NULL, n / 2);
    if (r == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n;) {
        uint32_t c = MN_STR_READ(arg, i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int hi = hex_value(c);
        if (hi < 0) {
            mn_decref(r);
            return mn_err_format(mn_exc_ValueError, "non-hexadecimal number found in fromhex() "
                                 "arg at position %zd", i);
        }
        int lo = i + 1 < n ? hex_value(MN_STR_READ(arg, i + 1)) : -1;
        if (lo < 0) {
            mn_decref(r);
            return mn_err_format(mn_exc_ValueError, "non-hexadecimal number found in fromhex() "
                                 "arg at position %zd", i + 1);
        }
        DATA(r)[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    MnObject *res = mn_bytes_from(DATA(r), k);
    mn_decref(r);
    if (res != NULL && (MnType *)cls != &mn_bytes_type) {
        MnObject *sub = mn_object_call_one(cls, res);
        mn_decref(res);
        return sub;
    }
    return res;
}

/* ==== misc ==== */

static MnObject *
bytes_expandtabs(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"tabsize"};
    MnObject *a;
    if (mn_args_parse("bytes.expandtabs", MN_ARGS_KW, args, nargs, kwnames, names, 0, 1, &a)
        < 0) {
        return NULL;
    }
    intptr_t tab = 8;
    if (a != NULL && (tab = mn_number_as_ssize(a, mn_exc_OverflowError)) == -1
        && mn_err_occurred()) {
        return NULL;
    }
    MnObject *s = mn_str_decode(DATA(self), LEN(self), "latin-1", NULL);
    if (s == NULL) {
        return NULL;
    }
    MnObject *targ = mn_int_from_ssize(tab);
    MnObject *e = targ ? mn_object_call_method(s, "expandtabs", &targ, 1) : NULL;
    mn_xdecref(targ);
    mn_decref(s);
    if (e == NULL) {
        return NULL;
    }
    MnObject *r = mn_str_encode(e, "latin-1", NULL);
    mn_decref(e);
    return r;
}

static MnObject *
bytes_getnewargs(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *copy = mn_bytes_from(DATA(self), LEN(self));
    if (copy == NULL) {
        return NULL;
    }
    MnObject *t = mn_tuple_pack(1, copy);
    mn_decref(copy);
    return t;
}

static MnObject *
bytes_sizeof(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_ssize(MN_TYPE(self)->tp_basicsize + LEN(self));
}

#define NOARGS(name, fn) {name, fn, MN_METH_NOARGS, NULL}
#define KW(name, fn) {name, fn, MN_METH_FASTKW, NULL}
#define ONE(name, fn) {name, fn, MN_METH_O, NULL}

const MnMethodDef mn_bytes_methods[] = {
    NOARGS("__getnewargs__", bytes_getnewargs),
    NOARGS("__sizeof__", bytes_sizeof),
    NOARGS("capitalize", bytes_capitalize),
    KW("center", bytes_center),
    KW("count", bytes_count),
    KW("decode", bytes_decode),
    KW("endswith", bytes_endswith),
    KW("expandtabs", bytes_expandtabs),
    KW("find", bytes_find),
    {"fromhex", bytes_fromhex, MN_METH_O | MN_METH_CLASS, NULL},
    KW("hex", bytes_hex),
    KW("index", bytes_index),
    NOARGS("isalnum", bytes_isalnum),
    NOARGS("isalpha", bytes_isalpha),
    NOARGS("isascii", bytes_isascii),
    NOARGS("isdigit", bytes_isdigit),
    NOARGS("islower", bytes_islower),
    NOARGS("isspace", bytes_isspace),
    NOARGS("istitle", bytes_istitle),
    NOARGS("isupper", bytes_isupper),
    ONE("join", bytes_join),
    KW("ljust", bytes_ljust),
    NOARGS("lower", bytes_lower),
    KW("lstrip", bytes_lstrip),
    ONE("partition", bytes_partition),
    KW("replace", bytes_replace),
    ONE("removeprefix", bytes_removeprefix),
    ONE("removesuffix", bytes_removesuffix),
    KW("rfind", bytes_rfind),
    KW("rindex", bytes_rindex),
    KW("rjust", bytes_rjust),
    ONE("rpartition", bytes_rpartition),
    KW("rsplit", bytes_rsplit),
    KW("rstrip", bytes_rstrip),
    KW("split", bytes_split),
    KW("splitlines", bytes_splitlines),
    KW("startswith", bytes_startswith),
    KW("strip", bytes_strip),
    NOARGS("swapcase", bytes_swapcase),
    NOARGS("title", bytes_title),
    NOARGS("upper", bytes_upper),
    ONE("zfill", bytes_zfill),
    {NULL, NULL, 0, NULL},
};
