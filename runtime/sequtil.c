/*
 * runtime/sequtil.c - argument checking with CPython's messages, length hints and joining
 * of repr pieces, shared by list, tuple, range, the iterators and the builtins module.
 * See also: runtime/sequtil.h
 */
#include <string.h>
#include "mnemo.h"
#include "sequtil.h"

int
mn_sequtil_check_positional(const char *name, intptr_t nargs, intptr_t min, intptr_t max)
{
    if (nargs < min) {
        mn_err_format(mn_exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        mn_err_format(mn_exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int
mn_sequtil_no_kw(const char *name, MnObject *kwnames)
{
    if (kwnames != NULL && MN_SIZE(kwnames) > 0) {
        mn_err_format(mn_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int
find_name(const char *const *names, MnObject *key)
{
    for (int i = 0; names[i] != NULL; i++) {
        if (mn_str_eq_cstr(key, names[i])) {
            return i;
        }
    }
    return -1;
}

int
mn_sequtil_parse(const char *fname, MnObject *const *args, intptr_t nargs,
                 MnObject *kwnames, const char *const *names, int maxpos, int required,
                 int flags, MnObject **out)
{
    int total = 0;
    while (names[total] != NULL) {
        total++;
    }
    intptr_t nkw = kwnames ? MN_SIZE(kwnames) : 0;
    for (int i = 0; i < total; i++) {
        out[i] = NULL;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            mn_err_format(mn_exc_TypeError, "%s() takes no positional arguments", fname);
        } else if (maxpos == total) {
            mn_err_format(mn_exc_TypeError, "%s() takes %s %d argument%s (%zd given)", fname,
                          required == total ? "exactly" : "at most", maxpos,
                          maxpos == 1 ? "" : "s", nargs + nkw);
        } else {
            mn_err_format(mn_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                          fname, required == maxpos ? "exactly" : "at most", maxpos,
                          maxpos == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    if (nargs + nkw > total && !(flags & MN_ARGS_NO_TOTAL)) {
        if (maxpos == 0) {
            mn_err_format(mn_exc_TypeError, "%s() takes at most %d keyword argument%s (%zd given)",
                          fname, total, total == 1 ? "" : "s", nargs + nkw);
        } else {
            mn_err_format(mn_exc_TypeError, "%s() takes at most %d argument%s (%zd given)",
                          fname, total, total == 1 ? "" : "s", nargs + nkw);
        }
        return -1;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    for (intptr_t k = 0; k < nkw; k++) {
        MnObject *key = MN_TUPLE_GET(kwnames, k);
        int idx = find_name(names, key);
        if (idx < 0) {
            mn_err_format(mn_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                          fname);
            return -1;
        }
        if (out[idx] != NULL) {
            mn_err_format(mn_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[idx], idx + 1);
            return -1;
        }
        out[idx] = args[nargs + k];
    }
    for (int i = 0; i < required; i++) {
        if (out[i] == NULL) {
            if (flags & MN_ARGS_POS_NOTE) {
                mn_err_format(mn_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                              fname, names[i], i + 1);
            } else {
                mn_err_format(mn_exc_TypeError, "%s() missing required argument '%s'", fname,
                              names[i]);
            }
            return -1;
        }
    }
    return 0;
}

MnObject *
mn_sequtil_index_exact(MnObject *o)
{
    MnObject *i = mn_number_index(o);
    if (i != NULL && !MN_INT_CHECK_EXACT(i)) {
        MN_SETREF(i, mn_int_copy_exact(i));
    }
    return i;
}

intptr_t
mn_sequtil_length_hint(MnObject *o, intptr_t deflt)
{
    MnType *tp = MN_TYPE(o);
    if (tp->mp_length != NULL) {
        intptr_t n = tp->mp_length(o);
        if (n >= 0) {
            return n;
        }
        if (!mn_err_matches((MnObject *)mn_exc_TypeError)) {
            return -1;
        }
        mn_err_clear();
    }
    MnObject *meth = mn_type_lookup_cstr(tp, "__length_hint__");
    if (meth == NULL) {
        return deflt;
    }
    MnObject *res = mn_object_call_method(o, "__length_hint__", NULL, 0);
    if (res == NULL) {
        if (mn_err_matches((MnObject *)mn_exc_TypeError)) {
            mn_err_clear();
            return deflt;
        }
        return -1;
    }
    if (res == mn_NotImplemented) {
        mn_decref(res);
        return deflt;
    }
    if (!MN_INT_CHECK(res)) {
        mn_err_format(mn_exc_TypeError, "__length_hint__ must be an integer, not %s",
                      MN_TYPE(res)->tp_name);
        mn_decref(res);
        return -1;
    }
    intptr_t n = mn_int_as_ssize(res);
    mn_decref(res);
    if (n == -1 && mn_err_occurred()) {
        return -1;
    }
    if (n < 0) {
        mn_err_format(mn_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

static void
put_cp(void *data, int kind, intptr_t i, uint32_t cp)
{
    if (kind == MN_STR_1BYTE) {
        ((uint8_t *)data)[i] = (uint8_t)cp;
    } else if (kind == MN_STR_2BYTE) {
        ((uint16_t *)data)[i] = (uint16_t)cp;
    } else {
        ((uint32_t *)data)[i] = cp;
    }
}

static uint32_t
kind_max(MnObject *s)
{
    if (MN_STR_IS_ASCII(s)) {
        return 127;
    }
    switch (MN_STR_KIND(s)) {
    case MN_STR_1BYTE:
        return 255;
    case MN_STR_2BYTE:
        return 0xFFFF;
    default:
        return 0x10FFFF;
    }
}

MnObject *
mn_sequtil_join(const char *open, MnObject *const *strs, intptr_t n, const char *close)
{
    intptr_t olen = (intptr_t)strlen(open), clen = (intptr_t)strlen(close);
    intptr_t len = olen + clen + (n > 1 ? 2 * (n - 1) : 0);
    uint32_t maxc = 127;
    for (intptr_t i = 0; i < n; i++) {
        len += MN_STR_LEN(strs[i]);
        uint32_t m = kind_max(strs[i]);
        if (m > maxc) {
            maxc = m;
        }
    }
    MnObject *res = mn_str_new(len, maxc);
    if (res == NULL) {
        return NULL;
    }
    void *data = MN_STR_DATA(res);
    int kind = MN_STR_KIND(res);
    intptr_t pos = 0;
    for (intptr_t j = 0; j < olen; j++) {
        put_cp(data, kind, pos++, (uint8_t)open[j]);
    }
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0) {
            put_cp(data, kind, pos++, ',');
            put_cp(data, kind, pos++, ' ');
        }
        MnObject *s = strs[i];
        intptr_t sl = MN_STR_LEN(s);
        if (kind == MN_STR_1BYTE && MN_STR_KIND(s) == MN_STR_1BYTE) {
            memcpy((uint8_t *)data + pos, MN_STR_DATA(s), (size_t)sl);
            pos += sl;
        } else {
            for (intptr_t j = 0; j < sl; j++) {
                put_cp(data, kind, pos++, MN_STR_READ(s, j));
            }
        }
    }
    for (intptr_t j = 0; j < clen; j++) {
        put_cp(data, kind, pos++, (uint8_t)close[j]);
    }
    return res;
}
