/*
 * runtime/list_slice.c - list indexing and slicing: l[i], l[a:b:c], assignment and deletion
 * of items and (extended) slices, resizing exactly as CPython's list_ass_slice.
 * See also: runtime/list.c, runtime/slice.c (mn_slice_indices)
 */
#include <string.h>
#include "mnemo.h"
#include "list_impl.h"

static int
is_index(MnObject *key)
{
    return MN_INT_CHECK(key) || MN_TYPE(key)->nb_index != NULL;
}

static intptr_t
key_as_index(MnObject *key)
{
    if (MN_INT_CHECK_EXACT(key) && MN_INT_IS_COMPACT(key)) {
        return MN_INT_COMPACT_VALUE(key);
    }
    return mn_number_as_ssize(key, mn_exc_IndexError);
}

MnObject *
mn_list_subscript(MnObject *self, MnObject *key)
{
    intptr_t n = MN_SIZE(self);
    if (is_index(key)) {
        intptr_t i = key_as_index(key);
        if (i == -1 && mn_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += n;
        }
        if ((uintptr_t)i >= (uintptr_t)n) {
            return mn_err_format(mn_exc_IndexError, "list index out of range");
        }
        return mn_newref(MN_LIST_GET(self, i));
    }
    if (MN_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t len = mn_slice_indices(key, n, &start, &stop, &step);
        if (len < 0) {
            return NULL;
        }
        if (step == 1) {
            return mn_list_from_array(MN_LIST_ITEMS(self) + start, len);
        }
        MnObject *res = mn_list_new(len);
        if (res == NULL) {
            return NULL;
        }
        for (intptr_t i = 0, cur = start; i < len; i++, cur += step) {
            MN_LIST_SET(res, i, mn_newref(MN_LIST_GET(self, cur)));
        }
        return res;
    }
    return mn_err_format(mn_exc_TypeError, "list indices must be integers or slices, not %s",
                         MN_TYPE(key)->tp_name);
}

// PySequence_Fast: [v] itself when an exact list or tuple, else a new list of its items;
// TypeError [msg] when it is not iterable. -> new reference, or NULL.
static MnObject *
seq_fast(MnObject *v, const char *msg)
{
    if (MN_LIST_CHECK_EXACT(v) || MN_TUPLE_CHECK_EXACT(v)) {
        return mn_newref(v);
    }
    MnObject *it = mn_object_get_iter(v);
    if (it == NULL) {
        if (mn_err_matches((MnObject *)mn_exc_TypeError)) {
            mn_err_clear();
            mn_err_set_string(mn_exc_TypeError, msg);
        }
        return NULL;
    }
    MnObject *res = mn_list_from_iterable(it);
    mn_decref(it);
    return res;
}

static MnObject **
fast_items(MnObject *seq)
{
    return MN_LIST_CHECK_EXACT(seq) ? MN_LIST_ITEMS(seq) : MN_TUPLE_ITEMS(seq);
}

// a[ilow:ihigh] = v (v NULL deletes), as CPython's list_ass_slice.
static int
list_ass_slice(MnList *a, intptr_t ilow, intptr_t ihigh, MnObject *v)
{
    MnObject *seq = NULL;
    intptr_t n = 0;
    if (v != NULL) {
        if (v == (MnObject *)a) {
            seq = mn_list_get_slice(v, 0, MN_SIZE(v));
        } else {
            seq = seq_fast(v, "can only assign an iterable");
        }
        if (seq == NULL) {
            return -1;
        }
        n = MN_SIZE(seq);
    }
    intptr_t size = MN_SIZE(a);
    if (ilow < 0) {
        ilow = 0;
    } else if (ilow > size) {
        ilow = size;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    } else if (ihigh > size) {
        ihigh = size;
    }
    intptr_t norig = ihigh - ilow;
    intptr_t d = n - norig;
    if (size + d == 0) {
        mn_xdecref(seq);
        return mn_list_clear_items(a);
    }
    MnObject **recycle = NULL;
    if (norig > 0) {
        recycle = mn_mem_alloc((size_t)norig * sizeof(MnObject *));
        if (recycle == NULL) {
            mn_xdecref(seq);
            mn_err_no_memory();
            return -1;
        }
        memcpy(recycle, a->ob_item + ilow, (size_t)norig * sizeof(MnObject *));
    }
    if (d < 0) {
        memmove(a->ob_item + ihigh + d, a->ob_item + ihigh,
                (size_t)(size - ihigh) * sizeof(MnObject *));
        if (mn_list_resize(a, size + d) < 0) {
            goto fail;
        }
    } else if (d > 0) {
        if (mn_list_resize(a, size + d) < 0) {
            goto fail;
        }
        memmove(a->ob_item + ihigh + d, a->ob_item + ihigh,
                (size_t)(size - ihigh) * sizeof(MnObject *));
    }
    if (n > 0) {
        MnObject **src = fast_items(seq);
        for (intptr_t k = 0; k < n; k++) {
            a->ob_item[ilow + k] = mn_newref(src[k]);
        }
    }
    for (intptr_t k = norig - 1; k >= 0; k--) {
        mn_decref(recycle[k]);
    }
    mn_mem_free(recycle);
    mn_xdecref(seq);
    return 0;
fail:
    mn_mem_free(recycle);
    mn_xdecref(seq);
    return -1;
}

static int
del_extended(MnList *self, intptr_t start, intptr_t step, intptr_t len)
{
    if (len <= 0) {
        return 0;
    }
    if (step < 0) {
        start = start + step * (len - 1);
        step = -step;
    }
    MnObject **garbage = mn_mem_alloc((size_t)len * sizeof(MnObject *));
    if (garbage == NULL) {
        mn_err_no_memory();
        return -1;
    }
    intptr_t size = MN_SIZE(self);
    MnObject **items = self->ob_item;
    intptr_t cur = start, i;
    for (i = 0; i < len; i++, cur += step) {
        garbage[i] = items[cur];
        intptr_t lim = step - 1;
        if (cur + step >= size) {
            lim = size - cur - 1;
        }
        memmove(items + cur - i, items + cur + 1, (size_t)lim * sizeof(MnObject *));
    }
    cur = start + len * step;
    if (cur < size) {
        memmove(items + cur - len, items + cur, (size_t)(size - cur) * sizeof(MnObject *));
    }
    int r = mn_list_resize(self, size - len);
    for (i = 0; i < len; i++) {
        mn_decref(garbage[i]);
    }
    mn_mem_free(garbage);
    return r;
}

static int
set_extended(MnList *self, intptr_t start, intptr_t step, intptr_t len, MnObject *value)
{
    MnObject *seq;
    if ((MnObject *)self == value) {
        seq = mn_list_get_slice(value, 0, MN_SIZE(value));
    } else {
        seq = seq_fast(value, "must assign iterable to extended slice");
    }
    if (seq == NULL) {
        return -1;
    }
    if (MN_SIZE(seq) != len) {
        mn_err_format(mn_exc_ValueError,
                      "attempt to assign sequence of size %zd to extended slice of size %zd",
                      MN_SIZE(seq), len);
        mn_decref(seq);
        return -1;
    }
    if (len == 0) {
        mn_decref(seq);
        return 0;
    }
    MnObject **garbage = mn_mem_alloc((size_t)len * sizeof(MnObject *));
    if (garbage == NULL) {
        mn_decref(seq);
        mn_err_no_memory();
        return -1;
    }
    MnObject **src = fast_items(seq);
    intptr_t cur = start;
    for (intptr_t i = 0; i < len; i++, cur += step) {
        garbage[i] = self->ob_item[cur];
        self->ob_item[cur] = mn_newref(src[i]);
    }
    for (intptr_t i = 0; i < len; i++) {
        mn_decref(garbage[i]);
    }
    mn_mem_free(garbage);
    mn_decref(seq);
    return 0;
}

int
mn_list_ass_subscript(MnObject *o, MnObject *key, MnObject *value)
{
    MnList *self = (MnList *)o;
    if (is_index(key)) {
        intptr_t i = key_as_index(key);
        if (i == -1 && mn_err_occurred()) {
            return -1;
        }
        intptr_t n = MN_SIZE(self);
        if (i < 0) {
            i += n;
        }
        if ((uintptr_t)i >= (uintptr_t)n) {
            mn_err_format(mn_exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (value == NULL) {
            return mn_list_delete_range(self, i, i + 1);
        }
        MnObject *old = self->ob_item[i];
        self->ob_item[i] = mn_newref(value);
        mn_decref(old);
        return 0;
    }
    if (MN_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t len = mn_slice_indices(key, MN_SIZE(self), &start, &stop, &step);
        if (len < 0) {
            return -1;
        }
        if (step == 1) {
            return list_ass_slice(self, start, stop, value);
        }
        if (value == NULL) {
            return del_extended(self, start, step, len);
        }
        return set_extended(self, start, step, len, value);
    }
    mn_err_format(mn_exc_TypeError, "list indices must be integers or slices, not %s",
                  MN_TYPE(key)->tp_name);
    return -1;
}
