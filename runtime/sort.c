/*
 * runtime/sort.c - list.sort: a stable merge sort (binary insertion for short runs, then
 * bottom-up merging) that compares with `<` only, as CPython's timsort does. The list is
 * emptied while sorting so that mutation by a key or __lt__ is detected ("list modified
 * during sort"); on an error every item stays in the list.
 * See also: runtime/list.c
 */
#include <string.h>
#include "mnemo.h"
#include "sequtil.h"
#include "list_impl.h"

typedef struct {
    MnObject *key;              // borrowed (the item itself, or an owned key in keys[])
    MnObject *value;            // borrowed from the saved item array
} SortPair;

typedef int (*lt_func)(MnObject *a, MnObject *b);

static int
lt_generic(MnObject *a, MnObject *b)
{
    return mn_object_richcompare_bool(a, b, MN_LT);
}

static int
lt_str(MnObject *a, MnObject *b)
{
    return mn_str_compare(a, b) < 0;
}

static int
lt_compact_int(MnObject *a, MnObject *b)
{
    return MN_INT_COMPACT_VALUE(a) < MN_INT_COMPACT_VALUE(b);
}

static int
lt_int(MnObject *a, MnObject *b)
{
    return mn_int_compare(a, b) < 0;
}

static int
lt_float(MnObject *a, MnObject *b)
{
    return MN_FLOAT_VALUE(a) < MN_FLOAT_VALUE(b);
}

static lt_func
choose_compare(SortPair *p, intptr_t n)
{
    MnType *tp = MN_TYPE(p[0].key);
    int compact = 1;
    for (intptr_t i = 0; i < n; i++) {
        MnObject *k = p[i].key;
        if (MN_TYPE(k) != tp) {
            return lt_generic;
        }
        if (tp == &mn_int_type && !MN_INT_IS_COMPACT(k)) {
            compact = 0;
        }
    }
    if (tp == &mn_str_type) {
        return lt_str;
    }
    if (tp == &mn_int_type) {
        return compact ? lt_compact_int : lt_int;
    }
    if (tp == &mn_float_type) {
        return lt_float;
    }
    return lt_generic;
}

// Sorts p[lo, hi) by binary insertion, p[lo, start) being sorted already. -> 0, or -1.
static int
binary_insertion(SortPair *p, intptr_t lo, intptr_t start, intptr_t hi, lt_func lt)
{
    for (intptr_t i = start; i < hi; i++) {
        SortPair pivot = p[i];
        intptr_t l = lo, r = i;
        while (l < r) {
            intptr_t m = l + ((r - l) >> 1);
            int c = lt(pivot.key, p[m].key);
            if (c < 0) {
                return -1;
            }
            if (c) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        memmove(p + l + 1, p + l, (size_t)(i - l) * sizeof(SortPair));
        p[l] = pivot;
    }
    return 0;
}

// Number of leading pairs of the sorted run a[0, n) whose key is not greater than [key]
// (where an equal key from a later run goes, keeping stability). -> count, or -1.
static intptr_t
count_not_greater(SortPair *a, intptr_t n, MnObject *key, lt_func lt)
{
    intptr_t lo = 0, hi = n;
    while (lo < hi) {
        intptr_t m = lo + ((hi - lo) >> 1);
        int c = lt(key, a[m].key);
        if (c < 0) {
            return -1;
        }
        if (c) {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    return lo;
}

// Number of leading pairs of the sorted run a[0, n) whose key is less than [key]. -> count,
// or -1.
static intptr_t
count_less(SortPair *a, intptr_t n, MnObject *key, lt_func lt)
{
    intptr_t lo = 0, hi = n;
    while (lo < hi) {
        intptr_t m = lo + ((hi - lo) >> 1);
        int c = lt(a[m].key, key);
        if (c < 0) {
            return -1;
        }
        if (c) {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    return lo;
}

// Merges the sorted runs a[0, mid) and a[mid, n) using [tmp] (room for n pairs). Pairs
// already in place at either end are skipped first, as timsort's galloping does.
// On error every pair is still in a[0, n). -> 0, or -1.
static int
merge(SortPair *a, intptr_t mid, intptr_t n, SortPair *tmp, lt_func lt)
{
    int c = lt(a[mid].key, a[mid - 1].key);
    if (c <= 0) {
        return c;               // already ordered (or an error)
    }
    intptr_t skip = count_not_greater(a, mid, a[mid].key, lt);
    if (skip < 0) {
        return -1;
    }
    a += skip;
    mid -= skip;
    n -= skip;
    intptr_t right = count_less(a + mid, n - mid, a[mid - 1].key, lt);
    if (right < 0) {
        return -1;
    }
    n = mid + right;
    memcpy(tmp, a, (size_t)mid * sizeof(SortPair));
    intptr_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) {
        c = lt(a[j].key, tmp[i].key);
        if (c < 0) {
            memcpy(a + k, tmp + i, (size_t)(mid - i) * sizeof(SortPair));
            return -1;
        }
        if (c) {
            a[k++] = a[j++];
        } else {
            a[k++] = tmp[i++];
        }
    }
    if (i < mid) {
        memcpy(a + k, tmp + i, (size_t)(mid - i) * sizeof(SortPair));
    }
    return 0;
}

#define MIN_RUN 32

// Length of the natural run starting at p[0] (n >= 2): non-descending, or strictly
// descending (then reversed in place, which keeps stability). -> length, or -1.
static intptr_t
count_run(SortPair *p, intptr_t n, lt_func lt)
{
    int c = lt(p[1].key, p[0].key);
    if (c < 0) {
        return -1;
    }
    intptr_t len = 2;
    if (c) {
        for (; len < n; len++) {
            c = lt(p[len].key, p[len - 1].key);
            if (c < 0) {
                return -1;
            }
            if (!c) {
                break;
            }
        }
        for (intptr_t i = 0, j = len - 1; i < j; i++, j--) {
            SortPair t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return len;
    }
    for (; len < n; len++) {
        c = lt(p[len].key, p[len - 1].key);
        if (c < 0) {
            return -1;
        }
        if (c) {
            break;
        }
    }
    return len;
}

static int
merge_sort(SortPair *p, intptr_t n)
{
    if (n < 2) {
        return 0;
    }
    lt_func lt = choose_compare(p, n);
    // split into natural runs of at least MIN_RUN pairs; bounds[k] starts run k
    intptr_t cap = n / MIN_RUN + 2, nruns = 0;
    intptr_t *bounds = mn_mem_alloc((size_t)(cap + 1) * sizeof(intptr_t));
    SortPair *tmp = NULL;
    int r = -1;
    if (bounds == NULL) {
        mn_err_no_memory();
        return -1;
    }
    for (intptr_t lo = 0; lo < n;) {
        intptr_t len = n - lo < 2 ? n - lo : count_run(p + lo, n - lo, lt);
        if (len < 0) {
            goto done;
        }
        if (len < MIN_RUN && lo + len < n) {
            intptr_t force = n - lo < MIN_RUN ? n - lo : MIN_RUN;
            if (binary_insertion(p, lo, lo + len, lo + force, lt) < 0) {
                goto done;
            }
            len = force;
        }
        if (nruns == cap) {
            intptr_t *nb = mn_mem_realloc(bounds, (size_t)(cap * 2 + 1) * sizeof(intptr_t));
            if (nb == NULL) {
                mn_err_no_memory();
                goto done;
            }
            bounds = nb;
            cap *= 2;
        }
        bounds[nruns++] = lo;
        lo += len;
    }
    bounds[nruns] = n;
    if (nruns > 1) {
        tmp = mn_mem_alloc((size_t)n * sizeof(SortPair));
        if (tmp == NULL) {
            mn_err_no_memory();
            goto done;
        }
    }
    while (nruns > 1) {
        intptr_t out = 0;
        for (intptr_t k = 0; k < nruns; k += 2) {
            if (k + 1 < nruns) {
                intptr_t lo = bounds[k], mid = bounds[k + 1], hi = bounds[k + 2];
                if (merge(p + lo, mid - lo, hi - lo, tmp, lt) < 0) {
                    goto done;
                }
            }
            bounds[out++] = bounds[k];
        }
        bounds[out] = n;
        nruns = out;
    }
    r = 0;
done:
    mn_mem_free(tmp);
    mn_mem_free(bounds);
    return r;
}

static void
reverse_items(MnObject **items, intptr_t n)
{
    for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
        MnObject *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

int
mn_list_sort(MnObject *list, MnObject *keyfunc, int reverse)
{
    MnList *self = (MnList *)list;
    if (keyfunc == mn_None) {
        keyfunc = NULL;
    }
    intptr_t n = MN_SIZE(self);
    MnObject **saved = self->ob_item;
    intptr_t saved_allocated = self->allocated;
    MN_SIZE(self) = 0;
    self->ob_item = NULL;
    self->allocated = -1;

    int result = -1;
    intptr_t nkeys = 0;
    MnObject **keys = NULL;
    SortPair *pairs = NULL;
    if (n > 0) {
        pairs = mn_mem_alloc((size_t)n * sizeof(SortPair));
        if (pairs == NULL) {
            mn_err_no_memory();
            goto restore;
        }
    }
    if (keyfunc != NULL && n > 0) {
        keys = mn_mem_alloc((size_t)n * sizeof(MnObject *));
        if (keys == NULL) {
            mn_err_no_memory();
            goto restore;
        }
        for (; nkeys < n; nkeys++) {
            keys[nkeys] = mn_object_call_one(keyfunc, saved[nkeys]);
            if (keys[nkeys] == NULL) {
                goto restore;
            }
        }
    }
    if (reverse && n > 1) {
        reverse_items(saved, n);
        if (keys != NULL) {
            reverse_items(keys, n);
        }
    }
    for (intptr_t i = 0; i < n; i++) {
        pairs[i].value = saved[i];
        pairs[i].key = keys ? keys[i] : saved[i];
    }
    int r = merge_sort(pairs, n);
    for (intptr_t i = 0; i < n; i++) {
        saved[i] = pairs[i].value;
    }
    if (r == 0) {
        result = 0;
    }
    if (self->allocated != -1 && result == 0) {
        mn_err_format(mn_exc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && n > 1) {
        reverse_items(saved, n);
    }
restore:
    for (intptr_t i = 0; i < nkeys; i++) {
        mn_decref(keys[i]);
    }
    mn_mem_free(keys);
    mn_mem_free(pairs);
    {
        MnObject **final_items = self->ob_item;
        intptr_t final_n = MN_SIZE(self);
        MN_SIZE(self) = n;
        self->ob_item = saved;
        self->allocated = saved_allocated;
        if (final_items != NULL) {
            while (--final_n >= 0) {
                mn_decref(final_items[final_n]);
            }
            mn_mem_free(final_items);
        }
    }
    return result;
}

MnObject *
mn_list_sort_method(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"key", "reverse", NULL};
    MnObject *out[2];
    if (mn_sequtil_parse("sort", args, nargs, kwnames, names, 0, 0, 0, out) < 0) {
        return NULL;
    }
    int reverse = 0;
    if (out[1] != NULL) {
        // a C int, as argument clinic's bool(accept={int}) converter
        MnObject *v = mn_number_index(out[1]);
        if (v == NULL) {
            return NULL;
        }
        int overflow = 0;
        long r = mn_int_as_long_overflow(v, &overflow);
        mn_decref(v);
        if (overflow || r > INT32_MAX || r < INT32_MIN) {
            return mn_err_format(mn_exc_OverflowError,
                                 "Python int too large to convert to C int");
        }
        reverse = r != 0;
    }
    if (mn_list_sort(self, out[0], reverse) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}
