/*
 * runtime/range.c - range objects (start, stop, step and length as ints of any size), their
 * O(1) membership, indexing and slicing, and the two iterators: range_iterator over C longs
 * and longrange_iterator over ints.
 * See also: runtime/range.h, runtime/slice.c
 */
#include <limits.h>
#include "mnemo.h"
#include "sequtil.h"

typedef struct {
    MnObject ob_base;
    long index, start, step, len;
} MnRangeIter;

typedef struct {
    MnObject ob_base;
    MnObject *index, *start, *step, *len;   // owned ints
} MnLongRangeIter;

#define R(o) ((MnRange *)(o))

static int
as_long(MnObject *o, long *out)
{
    int overflow = 0;
    long v = mn_int_as_long_overflow(o, &overflow);
    if (overflow) {
        return 0;
    }
    *out = v;
    return 1;
}

// Number of items in range(start, stop, step). -> new int, or NULL.
static MnObject *
compute_length(MnObject *start, MnObject *stop, MnObject *step)
{
    long a, b, s;
    if (as_long(start, &a) && as_long(stop, &b) && as_long(step, &s)) {
        unsigned long n = 0;
        if (s > 0 && a < b) {
            n = ((unsigned long)b - 1 - (unsigned long)a) / (unsigned long)s + 1;
        } else if (s < 0 && b < a) {
            n = ((unsigned long)a - 1 - (unsigned long)b) / (0UL - (unsigned long)s) + 1;
        }
        // CPython 3.11 computes the length as ((hi - lo - 1) // step) + 1 on ints: a quotient
        // that fits one digit gives a medium int (32 bytes); a bigger one, one digit more
        if (n <= MN_LONG_MASK) {
            return mn_int_from_long((long)n);
        }
        MnObject *q = mn_int_from_ull(n - 1), *one = mn_int_from_long(1);
        MnObject *res = q ? mn_int_add(q, one) : NULL;
        mn_xdecref(q);
        mn_decref(one);
        return res;
    }
    MnObject *lo, *hi, *st;
    if (mn_int_sign(step) > 0) {
        lo = start;
        hi = stop;
        st = mn_newref(step);
    } else {
        lo = stop;
        hi = start;
        st = mn_int_neg(step);
        if (st == NULL) {
            return NULL;
        }
    }
    if (mn_int_compare(lo, hi) >= 0) {
        mn_decref(st);
        return mn_int_from_long(0);
    }
    MnObject *one = mn_int_from_long(1);
    MnObject *diff = mn_int_sub(hi, lo);
    MnObject *t = diff ? mn_int_sub(diff, one) : NULL;
    MnObject *q = t ? mn_int_floordiv(t, st) : NULL;
    MnObject *res = q ? mn_int_add(q, one) : NULL;
    mn_xdecref(diff);
    mn_xdecref(t);
    mn_xdecref(q);
    mn_decref(one);
    mn_decref(st);
    return res;
}

MnObject *
mn_range_new(MnObject *start, MnObject *stop, MnObject *step)
{
    MnObject *len = compute_length(start, stop, step);
    if (len == NULL) {
        return NULL;
    }
    MnRange *r = (MnRange *)mn_object_alloc(&mn_range_type, 0);
    if (r == NULL) {
        mn_decref(len);
        return NULL;
    }
    r->start = mn_newref(start);
    r->stop = mn_newref(stop);
    r->step = mn_newref(step);
    r->length = len;
    return (MnObject *)r;
}

static MnObject *
range_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)type;
    if (mn_sequtil_no_kw("range", kwnames) < 0) {
        return NULL;
    }
    if (mn_sequtil_check_positional("range", nargs, 1, 3) < 0) {
        return NULL;
    }
    MnObject *v[3] = {NULL, NULL, NULL};
    MnObject *res = NULL;
    for (intptr_t i = 0; i < nargs; i++) {
        v[i] = mn_sequtil_index_exact(args[i]);
        if (v[i] == NULL) {
            goto done;
        }
    }
    if (nargs == 1) {
        MnObject *zero = mn_int_from_long(0), *one = mn_int_from_long(1);
        res = mn_range_new(zero, v[0], one);
        mn_decref(zero);
        mn_decref(one);
        goto done;
    }
    if (nargs == 3 && mn_int_sign(v[2]) == 0) {
        mn_err_format(mn_exc_ValueError, "range() arg 3 must not be zero");
        goto done;
    }
    if (nargs == 2) {
        v[2] = mn_int_from_long(1);
    }
    res = mn_range_new(v[0], v[1], v[2]);
done:
    for (int i = 0; i < 3; i++) {
        mn_xdecref(v[i]);
    }
    return res;
}

static void
range_dealloc(MnObject *o)
{
    mn_decref(R(o)->start);
    mn_decref(R(o)->stop);
    mn_decref(R(o)->step);
    mn_decref(R(o)->length);
    mn_object_free(o);
}

static MnObject *
range_repr(MnObject *o)
{
    MnRange *r = R(o);
    MnObject *one = mn_int_from_long(1);
    int unit = mn_int_compare(r->step, one) == 0;
    mn_decref(one);
    if (unit) {
        return mn_str_from_format("range(%R, %R)", r->start, r->stop);
    }
    return mn_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static intptr_t
range_length(MnObject *o)
{
    return mn_int_as_ssize(R(o)->length);
}

static int
range_bool(MnObject *o)
{
    return mn_int_sign(R(o)->length) != 0;
}

// True when [v] fits one 30-bit digit (CPython's compact ints).
static int
one_digit(long v)
{
    return v >= -(long)MN_LONG_MASK && v <= (long)MN_LONG_MASK;
}

// start + i * step for an int [i] already in range. -> new int, or NULL.
static MnObject *
compute_item(MnRange *r, MnObject *i)
{
    long a, s, k;
    // only when start, i, step and i * step all fit one digit: CPython 3.11's int fast paths
    // then give a medium int (or two exact digits); otherwise the int arithmetic sizes it
    if (as_long(r->start, &a) && as_long(r->step, &s) && as_long(i, &k) && one_digit(a)
        && one_digit(s) && one_digit(k) && one_digit(k * s)) {
        return mn_int_from_long(a + k * s);
    }
    MnObject *p = mn_int_mul(i, r->step);
    if (p == NULL) {
        return NULL;
    }
    MnObject *res = mn_int_add(r->start, p);
    mn_decref(p);
    return res;
}

static MnObject *
range_item(MnRange *r, MnObject *key)
{
    MnObject *i = mn_sequtil_index_exact(key);
    if (i == NULL) {
        return NULL;
    }
    if (mn_int_sign(i) < 0) {
        MN_SETREF(i, mn_int_add(i, r->length));
        if (i == NULL) {
            return NULL;
        }
    }
    if (mn_int_sign(i) < 0 || mn_int_compare(i, r->length) >= 0) {
        mn_decref(i);
        return mn_err_format(mn_exc_IndexError, "range object index out of range");
    }
    MnObject *res = compute_item(r, i);
    mn_decref(i);
    return res;
}

static MnObject *
range_subscript(MnObject *o, MnObject *key)
{
    MnRange *r = R(o);
    if (MN_INT_CHECK(key) || MN_TYPE(key)->nb_index != NULL) {
        return range_item(r, key);
    }
    if (MN_SLICE_CHECK(key)) {
        MnObject *start, *stop, *step;
        if (mn_slice_long_indices(key, r->length, &start, &stop, &step) < 0) {
            return NULL;
        }
        MnObject *res = NULL;
        MnObject *substep = mn_int_mul(step, r->step);
        MnObject *substart = substep ? compute_item(r, start) : NULL;
        MnObject *substop = substart ? compute_item(r, stop) : NULL;
        if (substop != NULL) {
            res = mn_range_new(substart, substop, substep);
        }
        mn_xdecref(substep);
        mn_xdecref(substart);
        mn_xdecref(substop);
        mn_decref(start);
        mn_decref(stop);
        mn_decref(step);
        return res;
    }
    return mn_err_format(mn_exc_TypeError, "range indices must be integers or slices, not %s",
                         MN_TYPE(key)->tp_name);
}

// ob in r for an exact int or bool. -> 1, 0, or -1.
static int
contains_long(MnRange *r, MnObject *ob)
{
    int step_pos = mn_int_sign(r->step) > 0;
    if (step_pos) {
        if (mn_int_compare(r->start, ob) > 0 || mn_int_compare(ob, r->stop) >= 0) {
            return 0;
        }
    } else {
        if (mn_int_compare(ob, r->start) > 0 || mn_int_compare(r->stop, ob) >= 0) {
            return 0;
        }
    }
    MnObject *d = mn_int_sub(ob, r->start);
    MnObject *m = d ? mn_int_mod(d, r->step) : NULL;
    mn_xdecref(d);
    if (m == NULL) {
        return -1;
    }
    int res = mn_int_sign(m) == 0;
    mn_decref(m);
    return res;
}

// Linear search for objects that are not ints: -> index >= 0, -1 not found, -2 error.
static intptr_t
linear_find(MnObject *o, MnObject *ob, intptr_t *count)
{
    MnObject *it = mn_object_get_iter(o);
    if (it == NULL) {
        return -2;
    }
    intptr_t i = 0, found = -1;
    MnObject *item;
    while ((item = mn_iter_next(it)) != NULL) {
        int cmp = mn_object_richcompare_bool(item, ob, MN_EQ);
        mn_decref(item);
        if (cmp < 0) {
            mn_decref(it);
            return -2;
        }
        if (cmp > 0) {
            if (count == NULL) {
                found = i;
                break;
            }
            (*count)++;
        }
        i++;
    }
    mn_decref(it);
    if (mn_err_occurred()) {
        return -2;
    }
    return found;
}

static int
range_contains(MnObject *o, MnObject *ob)
{
    if (MN_INT_CHECK_EXACT(ob) || MN_BOOL_CHECK(ob)) {
        return contains_long(R(o), ob);
    }
    intptr_t r = linear_find(o, ob, NULL);
    return r == -2 ? -1 : r >= 0;
}

static MnObject *
range_richcompare(MnObject *v, MnObject *w, int op)
{
    if (MN_TYPE(w) != &mn_range_type || (op != MN_EQ && op != MN_NE)) {
        return mn_newref(mn_NotImplemented);
    }
    int eq;
    MnRange *a = R(v), *b = R(w);
    if (v == w) {
        eq = 1;
    } else if (mn_int_compare(a->length, b->length) != 0) {
        eq = 0;
    } else if (mn_int_sign(a->length) == 0) {
        eq = 1;
    } else if (mn_int_compare(a->start, b->start) != 0) {
        eq = 0;
    } else if (mn_int_sign(a->length) == 1 && MN_SIZE(a->length) == 1
               && ((MnLong *)a->length)->ob_digit[0] == 1) {
        eq = 1;
    } else {
        eq = mn_int_compare(a->step, b->step) == 0;
    }
    if (op == MN_NE) {
        eq = !eq;
    }
    return mn_newref(eq ? mn_True : mn_False);
}

static intptr_t
range_hash(MnObject *o)
{
    MnRange *r = R(o);
    MnObject *t;
    int n = mn_int_sign(r->length) == 0 ? 0
            : (MN_SIZE(r->length) == 1 && ((MnLong *)r->length)->ob_digit[0] == 1) ? 1 : 2;
    if (n == 0) {
        t = mn_tuple_pack(3, r->length, mn_None, mn_None);
    } else if (n == 1) {
        t = mn_tuple_pack(3, r->length, r->start, mn_None);
    } else {
        t = mn_tuple_pack(3, r->length, r->start, r->step);
    }
    if (t == NULL) {
        return -1;
    }
    intptr_t h = mn_object_hash(t);
    mn_decref(t);
    return h;
}

/* ==== iteration ==== */

static MnObject *
make_range_iter(long start, long step, long len)
{
    MnRangeIter *it = (MnRangeIter *)mn_object_alloc(&mn_range_iter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->start = start;
    it->step = step;
    it->len = len;
    return (MnObject *)it;
}

static MnObject *
make_longrange_iter(MnObject *start, MnObject *step, MnObject *len)
{
    MnLongRangeIter *it = (MnLongRangeIter *)mn_object_alloc(&mn_longrange_iter_type, 0);
    if (it == NULL) {
        mn_decref(start);
        mn_decref(step);
        mn_decref(len);
        return NULL;
    }
    it->index = mn_int_from_long(0);
    it->start = start;
    it->step = step;
    it->len = len;
    return (MnObject *)it;
}

static MnObject *
range_iter(MnObject *o)
{
    MnRange *r = R(o);
    long a, b, s, n;
    if (as_long(r->start, &a) && as_long(r->stop, &b) && as_long(r->step, &s)
        && as_long(r->length, &n)) {
        return make_range_iter(a, s, n);
    }
    return make_longrange_iter(mn_newref(r->start), mn_newref(r->step), mn_newref(r->length));
}

static MnObject *
range_reversed(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnRange *r = R(o);
    long a, s, n;
    if (as_long(r->start, &a) && as_long(r->step, &s) && as_long(r->length, &n)
        && s != LONG_MIN) {
        long long last;
        if (n == 0) {
            return make_range_iter(a, -s, 0);
        }
        if (!__builtin_mul_overflow((long long)(n - 1), (long long)s, &last)
            && !__builtin_add_overflow(last, (long long)a, &last) && last >= LONG_MIN
            && last <= LONG_MAX) {
            return make_range_iter((long)last, -s, n);
        }
    }
    // start + (len - 1) * step, stepping by -step
    MnObject *one = mn_int_from_long(1);
    MnObject *lm1 = mn_int_sub(r->length, one);
    mn_decref(one);
    MnObject *last = lm1 ? compute_item(r, lm1) : NULL;
    mn_xdecref(lm1);
    if (last == NULL) {
        return NULL;
    }
    MnObject *negstep = mn_int_neg(r->step);
    if (negstep == NULL) {
        mn_decref(last);
        return NULL;
    }
    return make_longrange_iter(last, negstep, mn_newref(r->length));
}

static MnObject *
range_count(MnObject *o, MnObject *ob)
{
    if (MN_INT_CHECK_EXACT(ob) || MN_BOOL_CHECK(ob)) {
        int r = contains_long(R(o), ob);
        return r < 0 ? NULL : mn_int_from_long(r);
    }
    intptr_t count = 0;
    if (linear_find(o, ob, &count) == -2) {
        return NULL;
    }
    return mn_int_from_ssize(count);
}

static MnObject *
range_index(MnObject *o, MnObject *ob)
{
    MnRange *r = R(o);
    if (MN_INT_CHECK_EXACT(ob) || MN_BOOL_CHECK(ob)) {
        int c = contains_long(r, ob);
        if (c < 0) {
            return NULL;
        }
        if (c == 0) {
            return mn_err_format(mn_exc_ValueError, "%R is not in range", ob);
        }
        MnObject *d = mn_int_sub(ob, r->start);
        if (d == NULL) {
            return NULL;
        }
        if (MN_INT_IS_COMPACT(r->step) && MN_INT_COMPACT_VALUE(r->step) == 1) {
            return d;   // CPython 3.11 returns the difference itself for step 1
        }
        MnObject *res = mn_int_floordiv(d, r->step);
        mn_decref(d);
        return res;
    }
    intptr_t i = linear_find(o, ob, NULL);
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        return mn_err_format(mn_exc_ValueError, "sequence.index(x): x not in sequence");
    }
    return mn_int_from_ssize(i);
}

static MnObject *
range_getitem_meth(MnObject *self, MnObject *key)
{
    return range_subscript(self, key);
}

static const MnMethodDef range_methods[] = {
    {"__getitem__", range_getitem_meth, MN_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", range_reversed, MN_METH_NOARGS,
     "Return a reverse iterator."},
    {"count", range_count, MN_METH_O, "rangeobject.count(value) -> integer"},
    {"index", range_index, MN_METH_O, "rangeobject.index(value) -> integer"},
    {NULL, NULL, 0, NULL},
};

static const MnMemberDef range_members[] = {
    {"start", MN_T_OBJECT, offsetof(MnRange, start), MN_READONLY, NULL},
    {"stop", MN_T_OBJECT, offsetof(MnRange, stop), MN_READONLY, NULL},
    {"step", MN_T_OBJECT, offsetof(MnRange, step), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static MnObject *
iter_self(MnObject *o)
{
    return mn_newref(o);
}

static MnObject *
rangeiter_next(MnObject *o)
{
    MnRangeIter *it = (MnRangeIter *)o;
    if (it->index < it->len) {
        unsigned long v = (unsigned long)it->start
                          + (unsigned long)(it->index++) * (unsigned long)it->step;
        return mn_int_from_long((long)v);
    }
    return NULL;
}

static MnObject *
rangeiter_length_hint(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnRangeIter *it = (MnRangeIter *)o;
    return mn_int_from_long(it->len - it->index);
}

static void
rangeiter_dealloc(MnObject *o)
{
    mn_object_free(o);
}

static MnObject *
longrangeiter_next(MnObject *o)
{
    MnLongRangeIter *it = (MnLongRangeIter *)o;
    if (mn_int_compare(it->index, it->len) >= 0) {
        return NULL;
    }
    MnObject *one = mn_int_from_long(1);
    MnObject *next = mn_int_add(it->index, one);
    mn_decref(one);
    if (next == NULL) {
        return NULL;
    }
    MnObject *p = mn_int_mul(it->index, it->step);
    MN_SETREF(it->index, next);
    if (p == NULL) {
        return NULL;
    }
    MnObject *res = mn_int_add(it->start, p);
    mn_decref(p);
    return res;
}

static MnObject *
longrangeiter_length_hint(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnLongRangeIter *it = (MnLongRangeIter *)o;
    return mn_int_sub(it->len, it->index);
}

static void
longrangeiter_dealloc(MnObject *o)
{
    MnLongRangeIter *it = (MnLongRangeIter *)o;
    mn_decref(it->index);
    mn_decref(it->start);
    mn_decref(it->step);
    mn_decref(it->len);
    mn_object_free(o);
}

static const MnMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, MN_METH_NOARGS, "Private method."},
    {NULL, NULL, 0, NULL},
};

static const MnMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, MN_METH_NOARGS, "Private method."},
    {NULL, NULL, 0, NULL},
};

MnType mn_range_iter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(MnRangeIter),
    .tp_dealloc = rangeiter_dealloc,
    .tp_iter = iter_self,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
};

MnType mn_longrange_iter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(MnLongRangeIter),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_iter = iter_self,
    .tp_iternext = longrangeiter_next,
    .tp_methods = longrangeiter_methods,
};

MnType mn_range_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "range",
    .tp_basicsize = sizeof(MnRange),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_hash = range_hash,
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_new = range_new,
    .nb_bool = range_bool,
    .mp_length = range_length,
    .mp_subscript = range_subscript,
    .sq_contains = range_contains,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};
