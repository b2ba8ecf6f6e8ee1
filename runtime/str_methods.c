/*
 * runtime/str_methods.c - argument parsing shared by str and bytes methods, and the str
 * methods about characters: case mapping (full mappings, final sigma), predicates, padding,
 * stripping, searching (find, index, count, startswith, endswith).
 * See also: runtime/str_methods2.c (split, replace, join, translate ...), runtime/str.c
 */
#include <string.h>
#include "mnemo.h"
#include "str_impl.h"

/* ==== argument parsing ==== */

static const char *
short_name(const char *fname)
{
    const char *dot = strrchr(fname, '.');
    return dot ? dot + 1 : fname;
}

int
mn_args_parse(const char *fname, int mode, MnObject *const *args, intptr_t nargs,
              MnObject *kwnames, const char *const *names, int min, int max, MnObject **out)
{
    const char *name = short_name(fname);
    intptr_t nkw = kwnames == NULL ? 0 : MN_TUPLE_LEN(kwnames);
    for (int i = 0; i < max; i++) {
        out[i] = NULL;
    }
    if (mode != MN_ARGS_KW) {
        if (nkw > 0) {
            mn_err_format(mn_exc_TypeError, "%s() takes no keyword arguments", fname);
            return -1;
        }
        if (nargs < min || nargs > max) {
            int few = nargs < min;
            int bound = few ? min : max;
            if (mode == MN_ARGS_POS) {
                mn_err_format(mn_exc_TypeError, "%s expected %s%d argument%s, got %zd", name,
                              min == max ? "" : few ? "at least " : "at most ", bound,
                              bound == 1 ? "" : "s", nargs);
            } else {
                mn_err_format(mn_exc_TypeError, "%s() takes %s %d argument%s (%zd given)",
                              name, min == max ? "exactly" : few ? "at least" : "at most",
                              bound, bound == 1 ? "" : "s", nargs);
            }
            return -1;
        }
        for (intptr_t i = 0; i < nargs; i++) {
            out[i] = args[i];
        }
        return 0;
    }
    if (nargs + nkw > max) {
        mn_err_format(mn_exc_TypeError, "%s() takes at most %d argument%s (%zd given)", name,
                      max, max == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    for (intptr_t k = 0; k < nkw; k++) {
        MnObject *kw = MN_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = 0; i < max; i++) {
            if (mn_str_eq_cstr(kw, names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            mn_err_format(mn_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw,
                          name);
            return -1;
        }
        if (out[found] != NULL) {
            mn_err_format(mn_exc_TypeError, "argument for %s() given by name ('%s') and "
                          "position (%d)", name, names[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < min; i++) {
        if (out[i] == NULL) {
            mn_err_format(mn_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                          name, names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

int
mn_args_slice_index(MnObject *o, intptr_t *out, intptr_t deflt)
{
    if (o == NULL || o == mn_None) {
        *out = deflt;
        return 0;
    }
    if (!MN_INT_CHECK(o) && MN_TYPE(o)->nb_index == NULL) {
        mn_err_format(mn_exc_TypeError, "slice indices must be integers or None or have an "
                      "__index__ method");
        return -1;
    }
    intptr_t v = mn_number_as_ssize(o, NULL);
    if (v == -1 && mn_err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

void
mn_args_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len)
{
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}

// An integer argument (width, tabsize ...). -> 0, or -1.
static int
int_arg(MnObject *o, intptr_t *out)
{
    intptr_t v = mn_number_as_ssize(o, mn_exc_OverflowError);
    if (v == -1 && mn_err_occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

// Returns [self] unchanged: itself if an exact str, else an exact copy.
static MnObject *
unchanged(MnObject *self)
{
    if (MN_STR_CHECK_EXACT(self)) {
        return mn_newref(self);
    }
    return mn_str_from_kind(MN_STR_KIND(self), MN_STR_DATA(self), MN_STR_LEN(self));
}

/* ==== case mapping ==== */

enum { MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD };

// Final sigma rule: is s[i] (a capital sigma) at the end of a cased word?
static int
final_sigma(MnObject *s, intptr_t i)
{
    intptr_t n = MN_STR_LEN(s);
    intptr_t j = i - 1;
    while (j >= 0 && MN_UNI_IS(MN_STR_READ(s, j), MN_UNI_CASE_IGNORABLE)) {
        j--;
    }
    if (j < 0 || !MN_UNI_IS(MN_STR_READ(s, j), MN_UNI_CASED)) {
        return 0;
    }
    j = i + 1;
    while (j < n && MN_UNI_IS(MN_STR_READ(s, j), MN_UNI_CASE_IGNORABLE)) {
        j++;
    }
    return j == n || !MN_UNI_IS(MN_STR_READ(s, j), MN_UNI_CASED);
}

// Appends mapping [how] of s[i]. -> 0, or -1.
static int
put_mapped(MnStrBuf *b, MnObject *s, intptr_t i, int how)
{
    uint32_t c = MN_STR_READ(s, i), out[3];
    int n;
    if (how == MAP_LOWER && c == 0x3a3) {
        return mn_strbuf_put(b, final_sigma(s, i) ? 0x3c2 : 0x3c3);
    }
    switch (how) {
    case MAP_LOWER: n = mn_uni_lower(c, out); break;
    case MAP_UPPER: n = mn_uni_upper(c, out); break;
    case MAP_TITLE: n = mn_uni_title(c, out); break;
    default: n = mn_uni_fold(c, out); break;
    }
    for (int k = 0; k < n; k++) {
        if (mn_strbuf_put(b, out[k]) < 0) {
            return -1;
        }
    }
    return 0;
}

// ASCII fast path: lower (how 0) or upper (1) or swapcase (2) into a fresh str.
static MnObject *
ascii_case(MnObject *self, int how)
{
    intptr_t n = MN_STR_LEN(self);
    MnObject *r = mn_str_new(n, 127);
    if (r == NULL || n == 0) {
        return r;
    }
    const uint8_t *src = MN_STR_DATA(self);
    uint8_t *dst = MN_STR_DATA(r);
    for (intptr_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        int up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        if ((how == 0 || how == 2) && up) {
            c += 32;
        } else if ((how == 1 || how == 2) && low) {
            c -= 32;
        }
        dst[i] = c;
    }
    return r;
}

static MnObject *
map_all(MnObject *self, int how)
{
    intptr_t n = MN_STR_LEN(self);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    for (intptr_t i = 0; i < n; i++) {
        if (put_mapped(&b, self, i, how) < 0) {
            mn_strbuf_discard(&b);
            return NULL;
        }
    }
    return mn_str_uncached(mn_strbuf_finish(&b));
}

static MnObject *
str_lower(MnObject *self, MnObject *unused)
{
    (void)unused;
    return MN_STR_IS_ASCII(self) ? ascii_case(self, 0) : map_all(self, MAP_LOWER);
}

static MnObject *
str_upper(MnObject *self, MnObject *unused)
{
    (void)unused;
    return MN_STR_IS_ASCII(self) ? ascii_case(self, 1) : map_all(self, MAP_UPPER);
}

static MnObject *
str_casefold(MnObject *self, MnObject *unused)
{
    (void)unused;
    return MN_STR_IS_ASCII(self) ? ascii_case(self, 0) : map_all(self, MAP_FOLD);
}

static MnObject *
str_swapcase(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (MN_STR_IS_ASCII(self)) {
        return ascii_case(self, 2);
    }
    intptr_t n = MN_STR_LEN(self);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(self, i);
        int how = MN_UNI_IS(c, MN_UNI_UPPER) ? MAP_LOWER
                : MN_UNI_IS(c, MN_UNI_LOWER) ? MAP_UPPER : -1;
        int rc = how < 0 ? mn_strbuf_put(&b, c) : put_mapped(&b, self, i, how);
        if (rc < 0) {
            mn_strbuf_discard(&b);
            return NULL;
        }
    }
    return mn_str_uncached(mn_strbuf_finish(&b));
}

static MnObject *
str_capitalize(MnObject *self, MnObject *unused)
{
    (void)unused;
    intptr_t n = MN_STR_LEN(self);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    for (intptr_t i = 0; i < n; i++) {
        if (put_mapped(&b, self, i, i == 0 ? MAP_TITLE : MAP_LOWER) < 0) {
            mn_strbuf_discard(&b);
            return NULL;
        }
    }
    return mn_str_uncached(mn_strbuf_finish(&b));
}

static MnObject *
str_title(MnObject *self, MnObject *unused)
{
    (void)unused;
    intptr_t n = MN_STR_LEN(self);
    MnStrBuf b;
    mn_strbuf_init(&b, n);
    int prev_cased = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(self, i);
        if (put_mapped(&b, self, i, prev_cased ? MAP_LOWER : MAP_TITLE) < 0) {
            mn_strbuf_discard(&b);
            return NULL;
        }
        prev_cased = MN_UNI_IS(c, MN_UNI_CASED);
    }
    return mn_str_uncached(mn_strbuf_finish(&b));
}

/* ==== predicates ==== */

// True when the string is non-empty and every character has one of [flags].
static MnObject *
all_have(MnObject *self, unsigned int flags)
{
    intptr_t n = MN_STR_LEN(self);
    if (n == 0) {
        return mn_newref(mn_False);
    }
    for (intptr_t i = 0; i < n; i++) {
        if (!(mn_uni_flags_fast(MN_STR_READ(self, i)) & flags)) {
            return mn_newref(mn_False);
        }
    }
    return mn_newref(mn_True);
}

static MnObject *
str_isalpha(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_have(self, MN_UNI_ALPHA);
}

static MnObject *
str_isalnum(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_have(self, MN_UNI_ALPHA | MN_UNI_DECIMAL | MN_UNI_DIGIT | MN_UNI_NUMERIC);
}

static MnObject *
str_isdecimal(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_have(self, MN_UNI_DECIMAL);
}

static MnObject *
str_isdigit(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_have(self, MN_UNI_DIGIT | MN_UNI_DECIMAL);
}

static MnObject *
str_isnumeric(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_have(self, MN_UNI_NUMERIC | MN_UNI_DIGIT | MN_UNI_DECIMAL);
}

static MnObject *
str_isspace(MnObject *self, MnObject *unused)
{
    (void)unused;
    return all_have(self, MN_UNI_SPACE);
}

static MnObject *
str_isascii(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_newref(MN_STR_IS_ASCII(self) ? mn_True : mn_False);
}

static MnObject *
str_isprintable(MnObject *self, MnObject *unused)
{
    (void)unused;
    intptr_t n = MN_STR_LEN(self);
    for (intptr_t i = 0; i < n; i++) {
        if (!MN_UNI_IS(MN_STR_READ(self, i), MN_UNI_PRINTABLE)) {
            return mn_newref(mn_False);
        }
    }
    return mn_newref(mn_True);
}

static MnObject *
str_isidentifier(MnObject *self, MnObject *unused)
{
    (void)unused;
    intptr_t n = MN_STR_LEN(self);
    if (n == 0) {
        return mn_newref(mn_False);
    }
    uint32_t c = MN_STR_READ(self, 0);
    if (c != '_' && !MN_UNI_IS(c, MN_UNI_XID_START)) {
        return mn_newref(mn_False);
    }
    for (intptr_t i = 1; i < n; i++) {
        if (!MN_UNI_IS(MN_STR_READ(self, i), MN_UNI_XID_CONTINUE)) {
            return mn_newref(mn_False);
        }
    }
    return mn_newref(mn_True);
}

static MnObject *
str_islower(MnObject *self, MnObject *unused)
{
    (void)unused;
    intptr_t n = MN_STR_LEN(self);
    int cased = 0;
    for (intptr_t i = 0; i < n; i++) {
        unsigned int f = mn_uni_flags_fast(MN_STR_READ(self, i));
        if (f & (MN_UNI_UPPER | MN_UNI_TITLE)) {
            return mn_newref(mn_False);
        }
        cased |= (f & MN_UNI_LOWER) != 0;
    }
    return mn_newref(cased ? mn_True : mn_False);
}

static MnObject *
str_isupper(MnObject *self, MnObject *unused)
{
    (void)unused;
    intptr_t n = MN_STR_LEN(self);
    int cased = 0;
    for (intptr_t i = 0; i < n; i++) {
        unsigned int f = mn_uni_flags_fast(MN_STR_READ(self, i));
        if (f & (MN_UNI_LOWER | MN_UNI_TITLE)) {
            return mn_newref(mn_False);
        }
        cased |= (f & MN_UNI_UPPER) != 0;
    }
    return mn_newref(cased ? mn_True : mn_False);
}

static MnObject *
str_istitle(MnObject *self, MnObject *unused)
{
    (void)unused;
    intptr_t n = MN_STR_LEN(self);
    int cased = 0, prev = 0;
    for (intptr_t i = 0; i < n; i++) {
        unsigned int f = mn_uni_flags_fast(MN_STR_READ(self, i));
        if (f & (MN_UNI_UPPER | MN_UNI_TITLE)) {
            if (prev) {
                return mn_newref(mn_False);
            }
            prev = cased = 1;
        } else if (f & MN_UNI_LOWER) {
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

// [left] fill characters, then [self], then [right] fill characters.
static MnObject *
pad(MnObject *self, intptr_t left, intptr_t right, uint32_t fill)
{
    MnStrBuf b;
    mn_strbuf_init(&b, MN_STR_LEN(self) + left + right);
    for (intptr_t i = 0; i < left; i++) {
        if (mn_strbuf_put(&b, fill) < 0) {
            goto fail;
        }
    }
    if (mn_strbuf_put_str(&b, self) < 0) {
        goto fail;
    }
    for (intptr_t i = 0; i < right; i++) {
        if (mn_strbuf_put(&b, fill) < 0) {
            goto fail;
        }
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

// Parses (width, fillchar=' ') for center/ljust/rjust. -> 1 to pad, 0 unchanged, -1 error.
static int
pad_args(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames, intptr_t *marg, uint32_t *fill)
{
    static const char *const names[] = {"width", "fillchar"};
    MnObject *a[2];
    if (mn_args_parse(fname, MN_ARGS_POS, args, nargs, kwnames, names, 1, 2, a) < 0) {
        return -1;
    }
    intptr_t width;
    if (int_arg(a[0], &width) < 0) {
        return -1;
    }
    *fill = ' ';
    if (a[1] != NULL) {
        if (!MN_STR_CHECK(a[1])) {
            mn_err_format(mn_exc_TypeError, "The fill character must be a unicode character, "
                          "not %s", MN_TYPE(a[1])->tp_name);
            return -1;
        }
        if (MN_STR_LEN(a[1]) != 1) {
            mn_err_format(mn_exc_TypeError,
                          "The fill character must be exactly one character long");
            return -1;
        }
        *fill = MN_STR_READ(a[1], 0);
    }
    *marg = width - MN_STR_LEN(self);
    return *marg > 0;
}

static MnObject *
str_center(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t marg;
    uint32_t fill;
    int rc = pad_args("str.center", self, args, nargs, kwnames, &marg, &fill);
    if (rc <= 0) {
        return rc < 0 ? NULL : unchanged(self);
    }
    intptr_t width = marg + MN_STR_LEN(self);
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static MnObject *
str_ljust(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t marg;
    uint32_t fill;
    int rc = pad_args("str.ljust", self, args, nargs, kwnames, &marg, &fill);
    if (rc <= 0) {
        return rc < 0 ? NULL : unchanged(self);
    }
    return pad(self, 0, marg, fill);
}

static MnObject *
str_rjust(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t marg;
    uint32_t fill;
    int rc = pad_args("str.rjust", self, args, nargs, kwnames, &marg, &fill);
    if (rc <= 0) {
        return rc < 0 ? NULL : unchanged(self);
    }
    return pad(self, marg, 0, fill);
}

static MnObject *
str_zfill(MnObject *self, MnObject *arg)
{
    intptr_t width;
    if (int_arg(arg, &width) < 0) {
        return NULL;
    }
    intptr_t n = MN_STR_LEN(self);
    if (width <= n) {
        return unchanged(self);
    }
    MnStrBuf b;
    mn_strbuf_init(&b, width);
    intptr_t start = 0;
    if (n > 0) {
        uint32_t c = MN_STR_READ(self, 0);
        if (c == '+' || c == '-') {
            if (mn_strbuf_put(&b, c) < 0) {
                goto fail;
            }
            start = 1;
        }
    }
    for (intptr_t i = n; i < width; i++) {
        if (mn_strbuf_put(&b, '0') < 0) {
            goto fail;
        }
    }
    if (mn_strbuf_put_substr(&b, self, start, n) < 0) {
        goto fail;
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

/* ==== stripping ==== */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static int
in_chars(MnObject *chars, uint32_t c)
{
    intptr_t n = MN_STR_LEN(chars);
    for (intptr_t i = 0; i < n; i++) {
        if (MN_STR_READ(chars, i) == c) {
            return 1;
        }
    }
    return 0;
}

static MnObject *
do_strip(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames, int where)
{
    static const char *const names[] = {"chars"};
    MnObject *chars;
    if (mn_args_parse(fname, MN_ARGS_POS, args, nargs, kwnames, names, 0, 1, &chars) < 0) {
        return NULL;
    }
    if (chars == mn_None) {
        chars = NULL;
    }
    if (chars != NULL && !MN_STR_CHECK(chars)) {
        return mn_err_format(mn_exc_TypeError, "%s arg must be None or str",
                             short_name(fname));
    }
    intptr_t i = 0, j = MN_STR_LEN(self);
    if (where & STRIP_LEFT) {
        while (i < j) {
            uint32_t c = MN_STR_READ(self, i);
            if (chars ? !in_chars(chars, c) : !MN_UNI_IS(c, MN_UNI_SPACE)) {
                break;
            }
            i++;
        }
    }
    if (where & STRIP_RIGHT) {
        while (j > i) {
            uint32_t c = MN_STR_READ(self, j - 1);
            if (chars ? !in_chars(chars, c) : !MN_UNI_IS(c, MN_UNI_SPACE)) {
                break;
            }
            j--;
        }
    }
    if (i == 0 && j == MN_STR_LEN(self)) {
        return unchanged(self);
    }
    return mn_str_substring(self, i, j);
}

static MnObject *
str_strip(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_strip("str.strip", self, args, nargs, kwnames, STRIP_BOTH);
}

static MnObject *
str_lstrip(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_strip("str.lstrip", self, args, nargs, kwnames, STRIP_LEFT);
}

static MnObject *
str_rstrip(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return do_strip("str.rstrip", self, args, nargs, kwnames, STRIP_RIGHT);
}

/* ==== searching ==== */

// Parses (sub, start=None, end=None) for find-like methods. -> 0, or -1.
static int
find_args(const char *fname, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
          MnObject **sub, intptr_t *start, intptr_t *end)
{
    static const char *const names[] = {"sub", "start", "end"};
    MnObject *a[3];
    if (mn_args_parse(fname, MN_ARGS_TUPLE, args, nargs, kwnames, names, 1, 3, a) < 0) {
        return -1;
    }
    if (mn_args_slice_index(a[1], start, 0) < 0
        || mn_args_slice_index(a[2], end, INTPTR_MAX) < 0) {
        return -1;
    }
    *sub = a[0];
    return 0;
}

static intptr_t
find_common(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
            MnObject *kwnames, int dir)
{
    MnObject *sub;
    intptr_t start, end;
    if (find_args(fname, args, nargs, kwnames, &sub, &start, &end) < 0) {
        return -2;
    }
    if (!MN_STR_CHECK(sub)) {
        mn_err_format(mn_exc_TypeError, "must be str, not %s", MN_TYPE(sub)->tp_name);
        return -2;
    }
    return mn_str_find(self, sub, start, end, dir);
}

static MnObject *
str_find(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("str.find", self, args, nargs, kwnames, 1);
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
str_rfind(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("str.rfind", self, args, nargs, kwnames, -1);
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
str_index(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("str.index", self, args, nargs, kwnames, 1);
    if (r == -1) {
        return mn_err_format(mn_exc_ValueError, "substring not found");
    }
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
str_rindex(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t r = find_common("str.rindex", self, args, nargs, kwnames, -1);
    if (r == -1) {
        return mn_err_format(mn_exc_ValueError, "substring not found");
    }
    return r == -2 ? NULL : mn_int_from_ssize(r);
}

static MnObject *
str_count(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *sub;
    intptr_t start, end;
    if (find_args("str.count", args, nargs, kwnames, &sub, &start, &end) < 0) {
        return NULL;
    }
    if (!MN_STR_CHECK(sub)) {
        return mn_err_format(mn_exc_TypeError, "must be str, not %s", MN_TYPE(sub)->tp_name);
    }
    intptr_t len = MN_STR_LEN(self), slen = MN_STR_LEN(sub);
    mn_args_adjust_indices(&start, &end, len);
    if (end - start < slen || start > len) {
        return mn_int_from_long(0);
    }
    if (slen == 0) {
        return mn_int_from_ssize(end - start + 1);
    }
    intptr_t count = 0;
    while (start <= end - slen) {
        intptr_t at = mn_str_find(self, sub, start, end, 1);
        if (at < 0) {
            break;
        }
        count++;
        start = at + slen;
    }
    return mn_int_from_ssize(count);
}

// Does s[start:end] start ([dir] < 0) or end ([dir] > 0) with [sub]? -> 1 or 0.
static int
tail_match(MnObject *s, MnObject *sub, intptr_t start, intptr_t end, int dir)
{
    intptr_t slen = MN_STR_LEN(sub);
    mn_args_adjust_indices(&start, &end, MN_STR_LEN(s));
    end -= slen;
    if (end < start) {
        return 0;
    }
    if (slen == 0) {
        return 1;
    }
    intptr_t at = dir < 0 ? start : end;
    for (intptr_t i = 0; i < slen; i++) {
        if (MN_STR_READ(s, at + i) != MN_STR_READ(sub, i)) {
            return 0;
        }
    }
    return 1;
}

static MnObject *
starts_ends(const char *fname, MnObject *self, MnObject *const *args, intptr_t nargs,
            MnObject *kwnames, int dir)
{
    MnObject *sub;
    intptr_t start, end;
    if (find_args(fname, args, nargs, kwnames, &sub, &start, &end) < 0) {
        return NULL;
    }
    const char *name = short_name(fname);
    if (MN_TUPLE_CHECK(sub)) {
        for (intptr_t i = 0; i < MN_TUPLE_LEN(sub); i++) {
            MnObject *item = MN_TUPLE_GET(sub, i);
            if (!MN_STR_CHECK(item)) {
                return mn_err_format(mn_exc_TypeError, "tuple for %s must only contain str, "
                                     "not %s", name, MN_TYPE(item)->tp_name);
            }
            if (tail_match(self, item, start, end, dir)) {
                return mn_newref(mn_True);
            }
        }
        return mn_newref(mn_False);
    }
    if (!MN_STR_CHECK(sub)) {
        return mn_err_format(mn_exc_TypeError, "%s first arg must be str or a tuple of str, "
                             "not %s", name, MN_TYPE(sub)->tp_name);
    }
    return mn_newref(tail_match(self, sub, start, end, dir) ? mn_True : mn_False);
}

static MnObject *
str_startswith(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return starts_ends("str.startswith", self, args, nargs, kwnames, -1);
}

static MnObject *
str_endswith(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return starts_ends("str.endswith", self, args, nargs, kwnames, 1);
}

static MnObject *
str_removeprefix(MnObject *self, MnObject *arg)
{
    if (!MN_STR_CHECK(arg)) {
        return mn_err_format(mn_exc_TypeError, "removeprefix() argument must be str, not %s",
                             mn_args_type_name(arg));
    }
    if (tail_match(self, arg, 0, INTPTR_MAX, -1)) {
        return mn_str_substring(self, MN_STR_LEN(arg), MN_STR_LEN(self));
    }
    return unchanged(self);
}

static MnObject *
str_removesuffix(MnObject *self, MnObject *arg)
{
    if (!MN_STR_CHECK(arg)) {
        return mn_err_format(mn_exc_TypeError, "removesuffix() argument must be str, not %s",
                             mn_args_type_name(arg));
    }
    if (MN_STR_LEN(arg) > 0 && tail_match(self, arg, 0, INTPTR_MAX, 1)) {
        return mn_str_substring(self, 0, MN_STR_LEN(self) - MN_STR_LEN(arg));
    }
    return unchanged(self);
}

/* ==== small dunder methods ==== */

static MnObject *
str_sizeof_method(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_size(mn_str_sizeof(self));
}

static MnObject *
str_getnewargs(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *copy = mn_str_from_kind(MN_STR_KIND(self), MN_STR_DATA(self), MN_STR_LEN(self));
    if (copy == NULL) {
        return NULL;
    }
    MnObject *t = mn_tuple_pack(1, copy);
    mn_decref(copy);
    return t;
}

/* ==== the method table (the rest lives in str_methods2.c) ==== */

MnObject *mn_str_m_split(MnObject *, MnObject *const *, intptr_t, MnObject *);
MnObject *mn_str_m_rsplit(MnObject *, MnObject *const *, intptr_t, MnObject *);
MnObject *mn_str_m_splitlines(MnObject *, MnObject *const *, intptr_t, MnObject *);
MnObject *mn_str_m_replace(MnObject *, MnObject *const *, intptr_t, MnObject *);
MnObject *mn_str_m_join(MnObject *, MnObject *);
MnObject *mn_str_m_partition(MnObject *, MnObject *);
MnObject *mn_str_m_rpartition(MnObject *, MnObject *);
MnObject *mn_str_m_expandtabs(MnObject *, MnObject *const *, intptr_t, MnObject *);
MnObject *mn_str_m_translate(MnObject *, MnObject *);
MnObject *mn_str_m_maketrans(MnObject *, MnObject *const *, intptr_t, MnObject *);
MnObject *mn_str_m_encode(MnObject *, MnObject *const *, intptr_t, MnObject *);

#define NOARGS(name, fn) {name, fn, MN_METH_NOARGS, NULL}
#define KW(name, fn) {name, fn, MN_METH_FASTKW, NULL}
#define ONE(name, fn) {name, fn, MN_METH_O, NULL}

const MnMethodDef mn_str_methods[] = {
    KW("encode", mn_str_m_encode),
    KW("replace", mn_str_m_replace),
    KW("split", mn_str_m_split),
    KW("rsplit", mn_str_m_rsplit),
    ONE("join", mn_str_m_join),
    NOARGS("capitalize", str_capitalize),
    NOARGS("casefold", str_casefold),
    NOARGS("title", str_title),
    KW("center", str_center),
    KW("count", str_count),
    KW("expandtabs", mn_str_m_expandtabs),
    KW("find", str_find),
    ONE("partition", mn_str_m_partition),
    KW("index", str_index),
    KW("ljust", str_ljust),
    NOARGS("lower", str_lower),
    KW("lstrip", str_lstrip),
    KW("rfind", str_rfind),
    KW("rindex", str_rindex),
    KW("rjust", str_rjust),
    KW("rstrip", str_rstrip),
    ONE("rpartition", mn_str_m_rpartition),
    KW("splitlines", mn_str_m_splitlines),
    KW("strip", str_strip),
    NOARGS("swapcase", str_swapcase),
    ONE("translate", mn_str_m_translate),
    NOARGS("upper", str_upper),
    KW("startswith", str_startswith),
    KW("endswith", str_endswith),
    ONE("removeprefix", str_removeprefix),
    ONE("removesuffix", str_removesuffix),
    NOARGS("isascii", str_isascii),
    NOARGS("islower", str_islower),
    NOARGS("isupper", str_isupper),
    NOARGS("istitle", str_istitle),
    NOARGS("isspace", str_isspace),
    NOARGS("isdecimal", str_isdecimal),
    NOARGS("isdigit", str_isdigit),
    NOARGS("isnumeric", str_isnumeric),
    NOARGS("isalpha", str_isalpha),
    NOARGS("isalnum", str_isalnum),
    NOARGS("isidentifier", str_isidentifier),
    NOARGS("isprintable", str_isprintable),
    ONE("zfill", str_zfill),
    KW("format", mn_str_method_format),
    ONE("format_map", mn_str_method_format_map),
    ONE("__format__", mn_str_method_format_spec),
    {"maketrans", mn_str_m_maketrans, MN_METH_FASTKW | MN_METH_STATIC, NULL},
    NOARGS("__sizeof__", str_sizeof_method),
    NOARGS("__getnewargs__", str_getnewargs),
    {NULL, NULL, 0, NULL},
};
