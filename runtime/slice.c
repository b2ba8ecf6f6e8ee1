/*
 * runtime/slice.c - slice objects (GC containers, unhashable as in 3.11) and the index
 * arithmetic of slicing: machine-sized (mn_slice_indices, CPython's PySlice_Unpack +
 * PySlice_AdjustIndices) and arbitrary-precision (slice.indices, range slicing).
 * See also: runtime/range.h, runtime/list_slice.c, runtime/range.c
 */
#include "mnemo.h"
#include "sequtil.h"

// As CPython 3.11, one dead slice object is kept for reuse (not a live object).
static MnSlice *slice_cache;

void
mn_slice_fini(void)
{
    if (slice_cache != NULL) {
        MnObject *o = (MnObject *)slice_cache;
        slice_cache = NULL;
#ifdef MN_DEBUG
        mn_live_objects++;
#endif
        mn_object_free(o);
    }
}

int
mn_slice_cache_count(void)
{
    return slice_cache != NULL;
}

MnObject *
mn_slice_new(MnObject *start, MnObject *stop, MnObject *step)
{
    MnSlice *s = slice_cache;
    if (s != NULL) {
        slice_cache = NULL;
        mn_object_reuse((MnObject *)s);
    } else {
        s = (MnSlice *)mn_object_alloc(&mn_slice_type, 0);
        if (s == NULL) {
            return NULL;
        }
    }
    s->start = mn_newref(start ? start : mn_None);
    s->stop = mn_newref(stop ? stop : mn_None);
    s->step = mn_newref(step ? step : mn_None);
    mn_gc_track(s);
    return (MnObject *)s;
}

// _PyEval_SliceIndex: None leaves *x alone; ints and __index__ objects are clamped.
static int
slice_index(MnObject *v, intptr_t *x)
{
    if (v == mn_None) {
        return 0;
    }
    if (MN_INT_CHECK_EXACT(v) && MN_INT_IS_COMPACT(v)) {
        *x = MN_INT_COMPACT_VALUE(v);
        return 0;
    }
    if (!MN_INT_CHECK(v) && MN_TYPE(v)->nb_index == NULL) {
        mn_err_format(mn_exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    intptr_t r = mn_number_as_ssize(v, NULL);
    if (r == -1 && mn_err_occurred()) {
        return -1;
    }
    *x = r;
    return 0;
}

intptr_t
mn_slice_indices(MnObject *slice, intptr_t length, intptr_t *pstart, intptr_t *pstop,
                 intptr_t *pstep)
{
    MnSlice *s = (MnSlice *)slice;
    intptr_t start, stop, step = 1;
    if (s->step != mn_None) {
        if (slice_index(s->step, &step) < 0) {
            return -1;
        }
        if (step == 0) {
            mn_err_format(mn_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (step < -INTPTR_MAX) {
            step = -INTPTR_MAX;
        }
    }
    start = step < 0 ? INTPTR_MAX : 0;
    if (slice_index(s->start, &start) < 0) {
        return -1;
    }
    stop = step < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (slice_index(s->stop, &stop) < 0) {
        return -1;
    }
    if (start < 0) {
        start += length;
        if (start < 0) {
            start = step < 0 ? -1 : 0;
        }
    } else if (start >= length) {
        start = step < 0 ? length - 1 : length;
    }
    if (stop < 0) {
        stop += length;
        if (stop < 0) {
            stop = step < 0 ? -1 : 0;
        }
    } else if (stop >= length) {
        stop = step < 0 ? length - 1 : length;
    }
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    if (step < 0) {
        if (stop < start) {
            return (start - stop - 1) / (0 - step) + 1;
        }
    } else if (start < stop) {
        return (stop - start - 1) / step + 1;
    }
    return 0;
}

// A slice bound as an int: None gives [deflt]; negatives are offset by [length] and then
// clamped to [lower, upper]. -> new int, or NULL.
static MnObject *
long_bound(MnObject *v, MnObject *deflt, MnObject *length, MnObject *lower, MnObject *upper)
{
    if (v == mn_None) {
        return mn_newref(deflt);
    }
    if (!MN_INT_CHECK(v) && MN_TYPE(v)->nb_index == NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "slice indices must be integers or None or have an __index__ "
                             "method");
    }
    MnObject *x = mn_sequtil_index_exact(v);
    if (x == NULL) {
        return NULL;
    }
    if (mn_int_sign(x) < 0) {
        MN_SETREF(x, mn_int_add(x, length));
        if (x == NULL) {
            return NULL;
        }
        if (mn_int_compare(x, lower) < 0) {
            MN_SETREF(x, mn_newref(lower));
        }
    } else if (mn_int_compare(x, upper) > 0) {
        MN_SETREF(x, mn_newref(upper));
    }
    return x;
}

int
mn_slice_long_indices(MnObject *slice, MnObject *length, MnObject **start, MnObject **stop,
                      MnObject **step)
{
    MnSlice *s = (MnSlice *)slice;
    MnObject *lower = NULL, *upper = NULL;
    *start = *stop = *step = NULL;
    if (s->step == mn_None) {
        *step = mn_int_from_long(1);
    } else {
        if (!MN_INT_CHECK(s->step) && MN_TYPE(s->step)->nb_index == NULL) {
            mn_err_format(mn_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ "
                          "method");
            return -1;
        }
        *step = mn_sequtil_index_exact(s->step);
        if (*step != NULL && mn_int_sign(*step) == 0) {
            mn_err_format(mn_exc_ValueError, "slice step cannot be zero");
            goto fail;
        }
    }
    if (*step == NULL) {
        goto fail;
    }
    int neg = mn_int_sign(*step) < 0;
    if (neg) {
        lower = mn_int_from_long(-1);
        upper = lower ? mn_int_add(length, lower) : NULL;
    } else {
        lower = mn_int_from_long(0);
        upper = mn_newref(length);
    }
    if (upper == NULL) {
        goto fail;
    }
    *start = long_bound(s->start, neg ? upper : lower, length, lower, upper);
    if (*start == NULL) {
        goto fail;
    }
    *stop = long_bound(s->stop, neg ? lower : upper, length, lower, upper);
    if (*stop == NULL) {
        goto fail;
    }
    mn_decref(lower);
    mn_decref(upper);
    return 0;
fail:
    mn_xdecref(lower);
    mn_xdecref(upper);
    MN_CLEAR(*start);
    MN_CLEAR(*stop);
    MN_CLEAR(*step);
    return -1;
}

/* ==== the slice type ==== */

static void
slice_dealloc(MnObject *o)
{
    MnSlice *s = (MnSlice *)o;
    mn_gc_untrack(o);
    MN_CLEAR(s->start);
    MN_CLEAR(s->stop);
    MN_CLEAR(s->step);
    if (slice_cache == NULL) {
        slice_cache = s;
#ifdef MN_DEBUG
        mn_live_objects--;
#endif
    } else {
        mn_object_free(o);
    }
}

static int
slice_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MnSlice *s = (MnSlice *)o;
    MN_VISIT(s->start);
    MN_VISIT(s->stop);
    MN_VISIT(s->step);
    return 0;
}

static MnObject *
slice_repr(MnObject *o)
{
    MnSlice *s = (MnSlice *)o;
    return mn_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static MnObject *
slice_richcompare(MnObject *v, MnObject *w, int op)
{
    if (!MN_SLICE_CHECK(v) || !MN_SLICE_CHECK(w)) {
        return mn_newref(mn_NotImplemented);
    }
    if (v == w && (op == MN_EQ || op == MN_NE || op == MN_LE || op == MN_GE)) {
        return mn_newref(op == MN_NE ? mn_False : mn_True);
    }
    MnSlice *a = (MnSlice *)v, *b = (MnSlice *)w;
    MnObject *t1 = mn_tuple_pack(3, a->start, a->stop, a->step);
    MnObject *t2 = t1 ? mn_tuple_pack(3, b->start, b->stop, b->step) : NULL;
    MnObject *res = t2 ? mn_object_richcompare(t1, t2, op) : NULL;
    mn_xdecref(t1);
    mn_xdecref(t2);
    return res;
}

static MnObject *
slice_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)type;
    if (mn_sequtil_no_kw("slice", kwnames) < 0) {
        return NULL;
    }
    if (mn_sequtil_check_positional("slice", nargs, 1, 3) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return mn_slice_new(NULL, args[0], NULL);
    }
    return mn_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static MnObject *
slice_indices_meth(MnObject *self, MnObject *len)
{
    MnObject *length = mn_sequtil_index_exact(len);
    if (length == NULL) {
        return NULL;
    }
    if (mn_int_sign(length) < 0) {
        mn_decref(length);
        return mn_err_format(mn_exc_ValueError, "length should not be negative");
    }
    MnObject *start, *stop, *step;
    int r = mn_slice_long_indices(self, length, &start, &stop, &step);
    mn_decref(length);
    if (r < 0) {
        return NULL;
    }
    MnObject *res = mn_tuple_pack(3, start, stop, step);
    mn_decref(start);
    mn_decref(stop);
    mn_decref(step);
    return res;
}

static const MnMethodDef slice_methods[] = {
    {"indices", slice_indices_meth, MN_METH_O,
     "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

static const MnMemberDef slice_members[] = {
    {"start", MN_T_OBJECT, offsetof(MnSlice, start), MN_READONLY, NULL},
    {"stop", MN_T_OBJECT, offsetof(MnSlice, stop), MN_READONLY, NULL},
    {"step", MN_T_OBJECT, offsetof(MnSlice, step), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

MnType mn_slice_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "slice",
    .tp_basicsize = sizeof(MnSlice),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_richcompare = slice_richcompare,
    .tp_traverse = slice_traverse,
    .tp_new = slice_new,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])",
};
