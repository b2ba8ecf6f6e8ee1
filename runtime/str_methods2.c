/*
 * runtime/str_methods2.c - str methods that cut and assemble strings: split, rsplit,
 * splitlines, partition, rpartition, replace, join, expandtabs, translate, maketrans, encode.
 * Results reuse the original object where CPython does (a split that finds nothing returns
 * [s] itself, a join of one item returns the item).
 * See also: runtime/str_methods.c (the method table), runtime/str.c
 */
#include <string.h>
#include "mnemo.h"
#include "str_impl.h"

// Appends s[i:j] to [list]. -> 0, or -1.
static int
append_piece(MnObject *list, MnObject *s, intptr_t i, intptr_t j)
{
    MnObject *piece = mn_str_substring(s, i, j);
    if (piece == NULL) {
        return -1;
    }
    int rc = mn_list_append(list, piece);
    mn_decref(piece);
    return rc;
}

static int
split_args(const char *fname, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
           MnObject **sep, intptr_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit"};
    MnObject *a[2];
    if (mn_args_parse(fname, MN_ARGS_KW, args, nargs, kwnames, names, 0, 2, a) < 0) {
        return -1;
    }
    *maxsplit = -1;
    if (a[1] != NULL) {
        *maxsplit = mn_number_as_ssize(a[1], mn_exc_OverflowError);
        if (*maxsplit == -1 && mn_err_occurred()) {
            return -1;
        }
    }
    if (*maxsplit < 0) {
        *maxsplit = INTPTR_MAX;
    }
    *sep = a[0] == mn_None ? NULL : a[0];
    if (*sep != NULL) {
        if (!MN_STR_CHECK(*sep)) {
            mn_err_format(mn_exc_TypeError, "must be str or None, not %s",
                          MN_TYPE(*sep)->tp_name);
            return -1;
        }
        if (MN_STR_LEN(*sep) == 0) {
            mn_err_format(mn_exc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static int
is_space_at(MnObject *s, intptr_t i)
{
    return MN_UNI_IS(MN_STR_READ(s, i), MN_UNI_SPACE);
}

static int
split_whitespace(MnObject *list, MnObject *s, intptr_t maxsplit)
{
    intptr_t n = MN_STR_LEN(s), i = 0;
    while (i < n) {
        while (i < n && is_space_at(s, i)) {
            i++;
        }
        if (i == n) {
            break;
        }
        if (maxsplit-- == 0) {
            return append_piece(list, s, i, n);
        }
        intptr_t j = i;
        while (j < n && !is_space_at(s, j)) {
            j++;
        }
        if (append_piece(list, s, i, j) < 0) {
            return -1;
        }
        i = j;
    }
    return 0;
}

static int
rsplit_whitespace(MnObject *list, MnObject *s, intptr_t maxsplit)
{
    intptr_t j = MN_STR_LEN(s);
    while (j > 0) {
        while (j > 0 && is_space_at(s, j - 1)) {
            j--;
        }
        if (j == 0) {
            break;
        }
        if (maxsplit-- == 0) {
            return append_piece(list, s, 0, j);
        }
        intptr_t i = j;
        while (i > 0 && !is_space_at(s, i - 1)) {
            i--;
        }
        if (append_piece(list, s, i, j) < 0) {
            return -1;
        }
        j = i;
    }
    return 0;
}

// Reverses a list in place.
static void
reverse_list(MnObject *list)
{
    MnObject **items = MN_LIST_ITEMS(list);
    for (intptr_t i = 0, j = MN_LIST_LEN(list) - 1; i < j; i++, j--) {
        MnObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

// The result list of a split, with room for min(maxsplit + 1, 12) items as CPython's
// PREALLOC_SIZE, so that sys.getsizeof of the result agrees (appends past 12 grow it as usual).
static MnObject *
split_list_new(intptr_t maxsplit)
{
    MnObject *list = mn_list_new(maxsplit >= 12 ? 12 : maxsplit + 1);
    if (list != NULL) {
        MN_SIZE(list) = 0;
    }
    return list;
}

static MnObject *
do_split(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames, int right)
{
    MnObject *sep;
    intptr_t maxsplit;
    if (split_args(fname, args, nargs, kwnames, &sep, &maxsplit) < 0) {
        return NULL;
    }
    // a separator longer than the string (or of a wider kind) cannot occur: a list of one
    int hopeless = sep != NULL && (MN_STR_LEN(sep) > MN_STR_LEN(self)
                                   || MN_STR_KIND(sep) > MN_STR_KIND(self));
    MnObject *list = split_list_new(hopeless ? 0 : maxsplit);
    if (list == NULL) {
        return NULL;
    }
    int rc;
    if (sep == NULL) {
        rc = right ? rsplit_whitespace(list, self, maxsplit)
                   : split_whitespace(list, self, maxsplit);
    } else if (!right) {
        intptr_t i = 0, n = MN_STR_LEN(self), slen = MN_STR_LEN(sep);
        rc = 0;
        while (maxsplit-- > 0) {
            intptr_t at = mn_str_find(self, sep, i, n, 1);
            if (at < 0) {
                break;
            }
            if ((rc = append_piece(list, self, i, at)) < 0) {
                break;
            }
            i = at + slen;
        }
        if (rc == 0) {
            rc = append_piece(list, self, i, n);
        }
    } else {
        intptr_t j = MN_STR_LEN(self), slen = MN_STR_LEN(sep);
        rc = 0;
        while (maxsplit-- > 0) {
            intptr_t at = mn_str_find(self, sep, 0, j, -1);
            if (at < 0) {
                break;
            }
            if ((rc = append_piece(list, self, at + slen, j)) < 0) {
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
        reverse_list(list);
    }
    return list;
}

MnObject *
mn_str_m_split(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_split("str.split", self, args, nargs, kwnames, 0);
}

MnObject *
mn_str_m_rsplit(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_split("str.rsplit", self, args, nargs, kwnames, 1);
}

MnObject *
mn_str_m_splitlines(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"keepends"};
    MnObject *a;
    if (mn_args_parse("str.splitlines", MN_ARGS_KW, args, nargs, kwnames, names, 0, 1, &a)
        < 0) {
        return NULL;
    }
    int keep = 0;
    if (a != NULL) {
        if (MN_FLOAT_CHECK(a)) {
            return mn_err_format(mn_exc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        }
        keep = mn_object_is_true(a);
        if (keep < 0) {
            return NULL;
        }
    }
    MnObject *list = mn_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    intptr_t n = MN_STR_LEN(self), i = 0;
    while (i < n) {
        intptr_t j = i;
        while (j < n && !mn_uni_is_linebreak(MN_STR_READ(self, j))) {
            j++;
        }
        intptr_t eol = j;
        if (j < n) {
            if (MN_STR_READ(self, j) == '\r' && j + 1 < n && MN_STR_READ(self, j + 1) == '\n') {
                j += 2;
            } else {
                j++;
            }
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

// Builds (a, sep, b) for partition / rpartition.
static MnObject *
triple(MnObject *a, MnObject *b, MnObject *c)
{
    MnObject *t = NULL;
    if (a != NULL && b != NULL && c != NULL) {
        t = mn_tuple_pack(3, a, b, c);
    }
    mn_xdecref(a);
    mn_xdecref(b);
    mn_xdecref(c);
    return t;
}

static MnObject *
do_partition(MnObject *self, MnObject *sep, int right)
{
    if (!MN_STR_CHECK(sep)) {
        return mn_err_format(mn_exc_TypeError, "must be str, not %s", MN_TYPE(sep)->tp_name);
    }
    if (MN_STR_LEN(sep) == 0) {
        return mn_err_format(mn_exc_ValueError, "empty separator");
    }
    intptr_t n = MN_STR_LEN(self);
    intptr_t at = mn_str_find(self, sep, 0, n, right ? -1 : 1);
    if (at < 0) {
        MnObject *whole = mn_str_substring(self, 0, n);
        if (right) {
            return triple(mn_str_new(0, 0), mn_str_new(0, 0), whole);
        }
        return triple(whole, mn_str_new(0, 0), mn_str_new(0, 0));
    }
    return triple(mn_str_substring(self, 0, at), mn_newref(sep),
                  mn_str_substring(self, at + MN_STR_LEN(sep), n));
}

MnObject *
mn_str_m_partition(MnObject *self, MnObject *sep)
{
    return do_partition(self, sep, 0);
}

MnObject *
mn_str_m_rpartition(MnObject *self, MnObject *sep)
{
    return do_partition(self, sep, 1);
}

/* ==== replace ==== */

MnObject *
mn_str_m_replace(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"old", "new", "count"};
    MnObject *a[3];
    if (mn_args_parse("str.replace", MN_ARGS_POS, args, nargs, kwnames, names, 2, 3, a) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (!MN_STR_CHECK(a[i])) {
            return mn_err_format(mn_exc_TypeError, "replace() argument %d must be str, not %s",
                                 i + 1, mn_args_type_name(a[i]));
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
    MnObject *old = a[0], *new = a[1];
    intptr_t n = MN_STR_LEN(self), olen = MN_STR_LEN(old);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    intptr_t i = 0, done = 0;
    if (olen == 0) {
        // insert [new] before every character and at the end
        for (; i <= n && done < count; done++) {
            if (mn_strbuf_put_str(&b, new) < 0
                || (i < n && mn_strbuf_put_substr(&b, self, i, i + 1) < 0)) {
                goto fail;
            }
            i++;
        }
    } else {
        while (done < count) {
            intptr_t at = mn_str_find(self, old, i, n, 1);
            if (at < 0) {
                break;
            }
            if (mn_strbuf_put_substr(&b, self, i, at) < 0 || mn_strbuf_put_str(&b, new) < 0) {
                goto fail;
            }
            i = at + olen;
            done++;
        }
    }
    if (done == 0 && MN_STR_CHECK_EXACT(self)) {
        mn_strbuf_discard(&b);
        return mn_newref(self);
    }
    if (i < n && mn_strbuf_put_substr(&b, self, i, n) < 0) {
        goto fail;
    }
    return mn_str_uncached(mn_strbuf_finish(&b));
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

/* ==== join ==== */

MnObject *
mn_str_join(MnObject *sep, MnObject *iterable)
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
        seq = mn_list_from_iterable(iterable);
        if (seq == NULL) {
            return NULL;
        }
    }
    int is_list = MN_LIST_CHECK(seq);
    intptr_t n = is_list ? MN_LIST_LEN(seq) : MN_TUPLE_LEN(seq);
    MnObject *const *items = is_list ? MN_LIST_ITEMS(seq) : MN_TUPLE_ITEMS(seq);
    MnObject *r = NULL;
    if (n == 1 && MN_STR_CHECK_EXACT(items[0])) {
        r = mn_newref(items[0]);
        goto done;
    }
    intptr_t total = 0, seplen = MN_STR_LEN(sep);
    uint32_t maxchar = n > 1 && seplen > 0 ? mn_str_max_char_bound(sep) : 0;
    for (intptr_t i = 0; i < n; i++) {
        if (!MN_STR_CHECK(items[i])) {
            mn_err_format(mn_exc_TypeError, "sequence item %zd: expected str instance, %s found",
                          i, MN_TYPE(items[i])->tp_name);
            goto done;
        }
        total += MN_STR_LEN(items[i]);
        if (MN_STR_LEN(items[i]) > 0) {
            uint32_t m = mn_str_max_char_bound(items[i]);
            maxchar = m > maxchar ? m : maxchar;
        }
    }
    if (n > 1) {
        total += (n - 1) * seplen;
    }
    if (total == 0) {
        r = mn_str_new(0, 0);
        goto done;
    }
    r = mn_str_new(total, maxchar);    // a fresh object even for one character, as CPython
    if (r == NULL) {
        goto done;
    }
    int kind = MN_STR_KIND(r);
    char *dst = MN_STR_DATA(r);
    intptr_t at = 0;
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0 && seplen > 0) {
            mn_str_copy_units(dst + at * kind, kind, sep, 0, seplen);
            at += seplen;
        }
        intptr_t len = MN_STR_LEN(items[i]);
        mn_str_copy_units(dst + at * kind, kind, items[i], 0, len);
        at += len;
    }
done:
    mn_decref(seq);
    return r;
}

MnObject *
mn_str_m_join(MnObject *self, MnObject *iterable)
{
    return mn_str_join(self, iterable);
}

/* ==== expandtabs ==== */

MnObject *
mn_str_m_expandtabs(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"tabsize"};
    MnObject *a;
    if (mn_args_parse("str.expandtabs", MN_ARGS_KW, args, nargs, kwnames, names, 0, 1, &a)
        < 0) {
        return NULL;
    }
    intptr_t tabsize = 8;
    if (a != NULL) {
        tabsize = mn_number_as_ssize(a, mn_exc_OverflowError);
        if (tabsize == -1 && mn_err_occurred()) {
            return NULL;
        }
    }
    intptr_t n = MN_STR_LEN(self), col = 0;
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(self, i);
        if (c == '\t') {
            if (tabsize > 0) {
                intptr_t spaces = tabsize - col % tabsize;
                col += spaces;
                while (spaces-- > 0) {
                    if (mn_strbuf_put(&b, ' ') < 0) {
                        goto fail;
                    }
                }
            }
            continue;
        }
        col = c == '\n' || c == '\r' ? 0 : col + 1;
        if (mn_strbuf_put(&b, c) < 0) {
            goto fail;
        }
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

/* ==== translate and maketrans ==== */

MnObject *
mn_str_m_translate(MnObject *self, MnObject *table)
{
    intptr_t n = MN_STR_LEN(self);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(self, i);
        MnObject *key = mn_int_from_long((long)c);
        if (key == NULL) {
            goto fail;
        }
        MnObject *v = mn_object_getitem(table, key);
        mn_decref(key);
        if (v == NULL) {
            if (mn_err_matches((MnObject *)mn_exc_LookupError)) {
                mn_err_clear();
                if (mn_strbuf_put(&b, c) < 0) {
                    goto fail;
                }
                continue;
            }
            goto fail;
        }
        int rc = 0;
        if (v == mn_None) {
            rc = 0;
        } else if (MN_INT_CHECK(v)) {
            long cp = mn_int_as_long(v);
            if (cp == -1 && mn_err_occurred()) {
                rc = -1;
            } else if (cp < 0 || cp > 0x10ffff) {
                mn_err_format(mn_exc_ValueError, "character mapping must be in range(0x110000)");
                rc = -1;
            } else {
                rc = mn_strbuf_put(&b, (uint32_t)cp);
            }
        } else if (MN_STR_CHECK(v)) {
            rc = mn_strbuf_put_str(&b, v);
        } else {
            mn_err_format(mn_exc_TypeError, "character mapping must return integer, None or str");
            rc = -1;
        }
        mn_decref(v);
        if (rc < 0) {
            goto fail;
        }
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

// d[ord(key)] = value for maketrans. -> 0, or -1.
static int
set_cp(MnObject *d, uint32_t cp, MnObject *value)
{
    MnObject *key = mn_int_from_long((long)cp);
    if (key == NULL) {
        return -1;
    }
    int rc = mn_dict_set_item(d, key, value);
    mn_decref(key);
    return rc;
}

static MnObject *
maketrans_dict(MnObject *x)
{
    if (!MN_DICT_CHECK(x)) {
        return mn_err_format(mn_exc_TypeError, "if you give only one argument to maketrans it "
                             "must be a dict");
    }
    MnObject *d = mn_dict_new();
    if (d == NULL) {
        return NULL;
    }
    intptr_t pos = 0;
    MnObject *k, *v;
    while (mn_dict_next(x, &pos, &k, &v)) {
        int rc;
        if (MN_STR_CHECK(k)) {
            if (MN_STR_LEN(k) != 1) {
                mn_err_format(mn_exc_ValueError, "string keys in translate table must be of "
                              "length 1");
                goto fail;
            }
            rc = set_cp(d, MN_STR_READ(k, 0), v);
        } else if (MN_INT_CHECK(k)) {
            rc = mn_dict_set_item(d, k, v);
        } else {
            mn_err_format(mn_exc_TypeError, "keys in translate table must be strings or "
                          "integers");
            goto fail;
        }
        if (rc < 0) {
            goto fail;
        }
    }
    return d;
fail:
    mn_decref(d);
    return NULL;
}

MnObject *
mn_str_m_maketrans(MnObject *unused, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)unused;
    static const char *const names[] = {"x", "y", "z"};
    MnObject *a[3];
    if (mn_args_parse("str.maketrans", MN_ARGS_POS, args, nargs, kwnames, names, 1, 3, a) < 0) {
        return NULL;
    }
    for (int i = 1; i < 3; i++) {
        if (a[i] != NULL && !MN_STR_CHECK(a[i])) {
            return mn_err_format(mn_exc_TypeError, "maketrans() argument %d must be str, not %s",
                                 i + 1, mn_args_type_name(a[i]));
        }
    }
    if (a[1] == NULL) {
        return maketrans_dict(a[0]);
    }
    if (!MN_STR_CHECK(a[0])) {
        return mn_err_format(mn_exc_TypeError, "first maketrans argument must be a string if "
                             "there is a second argument");
    }
    if (MN_STR_LEN(a[0]) != MN_STR_LEN(a[1])) {
        return mn_err_format(mn_exc_ValueError, "the first two maketrans arguments must have "
                             "equal length");
    }
    MnObject *d = mn_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < MN_STR_LEN(a[0]); i++) {
        MnObject *v = mn_int_from_long((long)MN_STR_READ(a[1], i));
        int rc = v == NULL ? -1 : set_cp(d, MN_STR_READ(a[0], i), v);
        mn_xdecref(v);
        if (rc < 0) {
            goto fail;
        }
    }
    if (a[2] != NULL) {
        for (intptr_t i = 0; i < MN_STR_LEN(a[2]); i++) {
            if (set_cp(d, MN_STR_READ(a[2], i), mn_None) < 0) {
                goto fail;
            }
        }
    }
    return d;
fail:
    mn_decref(d);
    return NULL;
}

/* ==== encode ==== */

MnObject *
mn_str_m_encode(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors"};
    MnObject *a[2];
    if (mn_args_parse("str.encode", MN_ARGS_KW, args, nargs, kwnames, names, 0, 2, a) < 0) {
        return NULL;
    }
    const char *enc[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        if (a[i] == NULL) {
            continue;
        }
        if (!MN_STR_CHECK(a[i])) {
            return mn_err_format(mn_exc_TypeError, "encode() argument '%s' must be str, not %s",
                                 names[i], mn_args_type_name(a[i]));
        }
        enc[i] = mn_str_as_utf8(a[i], NULL);
        if (enc[i] == NULL) {
            return NULL;
        }
    }
    return mn_str_encode(self, enc[0], enc[1]);
}
