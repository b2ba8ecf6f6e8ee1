/*
 * runtime/tuple.c - tuple: fixed-size GC container with inline items (40 + 8n bytes with the
 * collector header). The empty tuple is one static, untracked, immortal object. Hashing is
 * CPython 3.8+'s xxHash-based mix, so hash((1, 2)) agrees.
 * See also: runtime/list.c (shared trashcan), runtime/sequtil.c
 */
#include <stdarg.h>
#include <string.h>
#include "mnemo.h"
#include "sequtil.h"
#include "list_impl.h"

typedef struct {
    MnObject ob_base;
    intptr_t index;
    MnObject *seq;              // owned tuple, NULL once exhausted
} MnTupleIter;

// The empty tuple, with its collector header in front (untracked: gc_next is 0).
static struct {
    MnGCHead gc;
    MnTuple t;
} empty_tuple = {
    {0, 0},
    {.ob_base = {.ob_base = MN_OBJECT_HEAD_INIT_SINGLETON(&mn_tuple_type), .ob_size = 0}},
};
#define EMPTY ((MnObject *)&empty_tuple.t)

/* ==== free lists ==== */

// As CPython 3.11: dead exact tuples of 1..20 items are kept (up to 2000 per size) and
// reused by mn_tuple_new for sizes 1..19. A cached tuple is not a live object; its first
// item slot links the list.
#define TUPLE_MAXSAVESIZE 20
#define TUPLE_MAXFREELIST 2000
static MnTuple *tuple_free[TUPLE_MAXSAVESIZE];
static int tuple_numfree[TUPLE_MAXSAVESIZE];

static MnObject *
tuple_freelist_pop(intptr_t n)
{
    if (n >= TUPLE_MAXSAVESIZE || tuple_free[n - 1] == NULL) {
        return NULL;
    }
    MnTuple *op = tuple_free[n - 1];
    tuple_free[n - 1] = (MnTuple *)op->ob_item[0];
    tuple_numfree[n - 1]--;
    for (intptr_t i = 0; i < n; i++) {
        op->ob_item[i] = NULL;
    }
    mn_object_reuse((MnObject *)op);
    return (MnObject *)op;
}

static int
tuple_freelist_push(MnObject *o)
{
    intptr_t index = MN_SIZE(o) - 1;
    if (index < 0 || index >= TUPLE_MAXSAVESIZE || tuple_numfree[index] >= TUPLE_MAXFREELIST
        || !MN_TUPLE_CHECK_EXACT(o)) {
        return 0;
    }
    MnTuple *op = (MnTuple *)o;
    op->ob_item[0] = (MnObject *)tuple_free[index];
    tuple_free[index] = op;
    tuple_numfree[index]++;
#ifdef MN_DEBUG
    mn_live_objects--;
#endif
    return 1;
}

void
mn_tuple_touch_freelist(intptr_t n)
{
    if (n < 1 || n >= TUPLE_MAXSAVESIZE) {
        return;
    }
    MnTuple *op = tuple_free[n - 1];
    if (op != NULL) {
        // popped and pushed back: only its trace moves to the current line
        if (mn_tracemalloc_tracing) {
            mn_tracemalloc_on_reuse((MnObject *)op);
        }
        return;
    }
    MnObject *fresh = mn_object_alloc(&mn_tuple_type, n);
    if (fresh == NULL) {
        mn_err_clear();         // only a model of CPython's tuple: nothing is lost
        return;
    }
    mn_decref(fresh);           // its items are NULL: it goes straight to the free list
}

MnObject *
mn_tuple_hold_args(intptr_t n)
{
    if (n < 1 || n >= TUPLE_MAXSAVESIZE) {
        return NULL;
    }
    MnObject *t = mn_tuple_new(n);
    if (t == NULL) {
        mn_err_clear();         // only a model of CPython's tuple: nothing is lost
    }
    return t;
}

int
mn_tuple_freelist_count(intptr_t size)
{
    return size >= 1 && size <= TUPLE_MAXSAVESIZE ? tuple_numfree[size - 1] : 0;
}

void
mn_tuple_freelist_trim(intptr_t size, int keep)
{
    if (size < 1 || size > TUPLE_MAXSAVESIZE) {
        return;
    }
    intptr_t i = size - 1;
    while (tuple_numfree[i] > keep) {
        MnTuple *op = tuple_free[i];
        tuple_free[i] = (MnTuple *)op->ob_item[0];
        tuple_numfree[i]--;
        op->ob_item[0] = NULL;
#ifdef MN_DEBUG
        mn_live_objects++;
#endif
        mn_object_free((MnObject *)op);
    }
}

void
mn_tuple_fini(void)
{
    for (intptr_t size = 1; size <= TUPLE_MAXSAVESIZE; size++) {
        mn_tuple_freelist_trim(size, 0);
    }
}

/* ==== construction ==== */

MnObject *
mn_tuple_new(intptr_t n)
{
    if (n == 0) {
        return mn_newref(EMPTY);
    }
    if (n < 0) {
        return mn_err_bad_internal_call("mn_tuple_new");
    }
    if ((size_t)n > ((size_t)INTPTR_MAX - sizeof(MnTuple)) / sizeof(MnObject *)) {
        return mn_err_no_memory();
    }
    MnObject *op = tuple_freelist_pop(n);
    if (op == NULL) {
        op = mn_object_alloc(&mn_tuple_type, n);
        if (op == NULL) {
            return NULL;
        }
    }
    mn_gc_track(op);
    return op;
}

MnObject *
mn_tuple_pack(intptr_t n, ...)
{
    MnObject *t = mn_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++) {
        MN_TUPLE_SET(t, i, mn_newref(va_arg(ap, MnObject *)));
    }
    va_end(ap);
    return t;
}

MnObject *
mn_tuple_from_array(MnObject *const *items, intptr_t n)
{
    MnObject *t = mn_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        MN_TUPLE_SET(t, i, mn_newref(items[i]));
    }
    return t;
}

MnObject *
mn_tuple_from_iterable(MnObject *o)
{
    if (MN_TUPLE_CHECK_EXACT(o)) {
        return mn_newref(o);
    }
    if (MN_LIST_CHECK_EXACT(o)) {
        return mn_tuple_from_array(MN_LIST_ITEMS(o), MN_LIST_LEN(o));
    }
    MnObject *list = mn_list_from_iterable(o);
    if (list == NULL) {
        return NULL;
    }
    MnObject *t = mn_tuple_from_array(MN_LIST_ITEMS(list), MN_LIST_LEN(list));
    mn_decref(list);
    return t;
}

MnObject *
mn_tuple_slice(MnObject *t, intptr_t lo, intptr_t hi)
{
    intptr_t n = MN_SIZE(t);
    if (lo < 0) {
        lo = 0;
    }
    if (hi > n) {
        hi = n;
    }
    if (hi < lo) {
        hi = lo;
    }
    if (lo == 0 && hi == n && MN_TUPLE_CHECK_EXACT(t)) {
        return mn_newref(t);
    }
    return mn_tuple_from_array(MN_TUPLE_ITEMS(t) + lo, hi - lo);
}

/* ==== slots ==== */

static void
tuple_dealloc(MnObject *o)
{
    if (o == EMPTY) {
        return;         // immortal
    }
    mn_gc_untrack(o);
    int exact = MN_TUPLE_CHECK_EXACT(o);
    if (exact && mn_trashcan_begin(o)) {
        return;
    }
    for (intptr_t i = MN_SIZE(o); --i >= 0;) {
        mn_xdecref(MN_TUPLE_GET(o, i));
    }
    if (!tuple_freelist_push(o)) {
        mn_object_free(o);
    }
    if (exact) {
        mn_trashcan_end();
    }
}

static int
tuple_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    for (intptr_t i = MN_SIZE(o); --i >= 0;) {
        MN_VISIT(MN_TUPLE_GET(o, i));
    }
    return 0;
}

static MnObject *
tuple_repr(MnObject *o)
{
    intptr_t n = MN_SIZE(o);
    if (n == 0) {
        return mn_str_from_cstr("()");
    }
    int r = mn_repr_enter(o);
    if (r != 0) {
        return r > 0 ? mn_str_from_cstr("(...)") : NULL;
    }
    MnObject *res = NULL;
    intptr_t done = 0;
    MnObject **parts = mn_mem_alloc((size_t)n * sizeof(MnObject *));
    if (parts == NULL) {
        mn_err_no_memory();
        goto out;
    }
    for (; done < n; done++) {
        parts[done] = mn_object_repr(MN_TUPLE_GET(o, done));
        if (parts[done] == NULL) {
            goto out;
        }
    }
    res = mn_sequtil_join("(", parts, n, n == 1 ? ",)" : ")");
out:
    for (intptr_t i = 0; i < done; i++) {
        mn_decref(parts[i]);
    }
    mn_mem_free(parts);
    mn_repr_leave(o);
    return res;
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static intptr_t
tuple_hash(MnObject *o)
{
    intptr_t n = MN_SIZE(o);
    uint64_t acc = XXPRIME_5;
    for (intptr_t i = 0; i < n; i++) {
        intptr_t lane = mn_object_hash(MN_TUPLE_GET(o, i));
        if (lane == -1) {
            return -1;
        }
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) {
        return 1546275796;
    }
    return (intptr_t)acc;
}

static MnObject *
tuple_richcompare(MnObject *v, MnObject *w, int op)
{
    if (!MN_TUPLE_CHECK(v) || !MN_TUPLE_CHECK(w)) {
        return mn_newref(mn_NotImplemented);
    }
    intptr_t vlen = MN_SIZE(v), wlen = MN_SIZE(w), i;
    for (i = 0; i < vlen && i < wlen; i++) {
        MnObject *a = MN_TUPLE_GET(v, i), *b = MN_TUPLE_GET(w, i);
        if (a == b) {
            continue;
        }
        int k = mn_object_richcompare_bool(a, b, MN_EQ);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vlen || i >= wlen) {
        int res;
        switch (op) {
        case MN_LT: res = vlen < wlen; break;
        case MN_LE: res = vlen <= wlen; break;
        case MN_EQ: res = vlen == wlen; break;
        case MN_NE: res = vlen != wlen; break;
        case MN_GT: res = vlen > wlen; break;
        default: res = vlen >= wlen; break;
        }
        return mn_newref(res ? mn_True : mn_False);
    }
    if (op == MN_EQ) {
        return mn_newref(mn_False);
    }
    if (op == MN_NE) {
        return mn_newref(mn_True);
    }
    return mn_object_richcompare(MN_TUPLE_GET(v, i), MN_TUPLE_GET(w, i), op);
}

static intptr_t
tuple_length(MnObject *o)
{
    return MN_SIZE(o);
}

static int
tuple_contains(MnObject *o, MnObject *el)
{
    for (intptr_t i = 0; i < MN_SIZE(o); i++) {
        MnObject *item = MN_TUPLE_GET(o, i);
        if (item == el) {
            return 1;
        }
        int cmp = mn_object_richcompare_bool(item, el, MN_EQ);
        if (cmp != 0) {
            return cmp;
        }
    }
    return 0;
}

static MnObject *
tuple_subscript(MnObject *o, MnObject *key)
{
    intptr_t n = MN_SIZE(o);
    if (MN_INT_CHECK(key) || MN_TYPE(key)->nb_index != NULL) {
        intptr_t i;
        if (MN_INT_CHECK_EXACT(key) && MN_INT_IS_COMPACT(key)) {
            i = MN_INT_COMPACT_VALUE(key);
        } else {
            i = mn_number_as_ssize(key, mn_exc_IndexError);
            if (i == -1 && mn_err_occurred()) {
                return NULL;
            }
        }
        if (i < 0) {
            i += n;
        }
        if ((uintptr_t)i >= (uintptr_t)n) {
            return mn_err_format(mn_exc_IndexError, "tuple index out of range");
        }
        return mn_newref(MN_TUPLE_GET(o, i));
    }
    if (MN_SLICE_CHECK(key)) {
        intptr_t start, stop, step;
        intptr_t len = mn_slice_indices(key, n, &start, &stop, &step);
        if (len < 0) {
            return NULL;
        }
        if (len == n && step == 1 && MN_TUPLE_CHECK_EXACT(o)) {
            return mn_newref(o);
        }
        MnObject *res = mn_tuple_new(len);
        if (res == NULL) {
            return NULL;
        }
        for (intptr_t i = 0, cur = start; i < len; i++, cur += step) {
            MN_TUPLE_SET(res, i, mn_newref(MN_TUPLE_GET(o, cur)));
        }
        return res;
    }
    return mn_err_format(mn_exc_TypeError, "tuple indices must be integers or slices, not %s",
                         MN_TYPE(key)->tp_name);
}

static MnObject *
tuple_add(MnObject *a, MnObject *b)
{
    if (!MN_TUPLE_CHECK(a)) {
        return mn_newref(mn_NotImplemented);
    }
    if (!MN_TUPLE_CHECK(b)) {
        mn_binaryfunc f = MN_TYPE(b)->nb_add;
        if (f != NULL && f != tuple_add && MN_TYPE_HAS_FLAG(MN_TYPE(b), MN_TPFLAG_HEAPTYPE)) {
            MnObject *r = f(a, b);
            if (r != mn_NotImplemented) {
                return r;
            }
            mn_decref(r);
        }
        return mn_err_format(mn_exc_TypeError,
                             "can only concatenate tuple (not \"%s\") to tuple",
                             MN_TYPE(b)->tp_name);
    }
    intptr_t na = MN_SIZE(a), nb = MN_SIZE(b);
    if (nb == 0 && MN_TUPLE_CHECK_EXACT(a)) {
        return mn_newref(a);
    }
    if (na == 0 && MN_TUPLE_CHECK_EXACT(b)) {
        return mn_newref(b);
    }
    MnObject *t = mn_tuple_new(na + nb);
    if (t == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < na; i++) {
        MN_TUPLE_SET(t, i, mn_newref(MN_TUPLE_GET(a, i)));
    }
    for (intptr_t i = 0; i < nb; i++) {
        MN_TUPLE_SET(t, na + i, mn_newref(MN_TUPLE_GET(b, i)));
    }
    return t;
}

static MnObject *
tuple_mul(MnObject *a, MnObject *b)
{
    MnObject *seq = a, *num = b;
    if (!MN_TUPLE_CHECK(a)) {
        seq = b;
        num = a;
    }
    if (!MN_INT_CHECK(num) && MN_TYPE(num)->nb_index == NULL && seq == a) {
        mn_binaryfunc f = MN_TYPE(b)->nb_multiply;
        if (f != NULL && f != tuple_mul && MN_TYPE_HAS_FLAG(MN_TYPE(b), MN_TPFLAG_HEAPTYPE)) {
            MnObject *r = f(a, b);
            if (r != mn_NotImplemented) {
                return r;
            }
            mn_decref(r);
        }
    }
    intptr_t n;
    if (mn_list_repeat_count(num, &n) < 0) {
        return NULL;
    }
    intptr_t size = MN_SIZE(seq);
    if (n < 0) {
        n = 0;
    }
    if (MN_TUPLE_CHECK_EXACT(seq) && (n == 1 || size == 0)) {
        return mn_newref(seq);
    }
    if (size == 0 || n == 0) {
        return mn_newref(EMPTY);
    }
    if (size > INTPTR_MAX / 8 / n) {
        return mn_err_no_memory();
    }
    MnObject *t = mn_tuple_new(size * n);
    if (t == NULL) {
        return NULL;
    }
    intptr_t p = 0;
    for (intptr_t k = 0; k < n; k++) {
        for (intptr_t i = 0; i < size; i++) {
            MN_TUPLE_SET(t, p++, mn_newref(MN_TUPLE_GET(seq, i)));
        }
    }
    return t;
}

static MnObject *
tuple_iter(MnObject *o)
{
    MnTupleIter *it = (MnTupleIter *)mn_object_alloc(&mn_tuple_iter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = mn_newref(o);
    mn_gc_track(it);
    return (MnObject *)it;
}

static MnObject *
tuple_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (type == &mn_tuple_type && mn_sequtil_no_kw("tuple", kwnames) < 0) {
        return NULL;
    }
    if (mn_sequtil_check_positional("tuple", nargs, 0, 1) < 0) {
        return NULL;
    }
    MnObject *tmp = nargs ? mn_tuple_from_iterable(args[0]) : mn_newref(EMPTY);
    if (tmp == NULL || type == &mn_tuple_type) {
        return tmp;
    }
    intptr_t n = MN_SIZE(tmp);
    MnObject *t = mn_object_alloc(type, n);
    if (t == NULL) {
        mn_decref(tmp);
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        MN_TUPLE_SET(t, i, mn_newref(MN_TUPLE_GET(tmp, i)));
    }
    mn_decref(tmp);
    mn_gc_track(t);
    return t;
}

/* ==== methods ==== */

static MnObject *
tuple_index_meth(MnObject *o, MnObject *const *args, intptr_t nargs)
{
    if (mn_sequtil_check_positional("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    intptr_t start = 0, stop = INTPTR_MAX, n = MN_SIZE(o);
    if (nargs >= 2 && mn_list_index_arg(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs >= 3 && mn_list_index_arg(args[2], &stop) < 0) {
        return NULL;
    }
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += n;
    } else if (stop > n) {
        stop = n;
    }
    for (intptr_t i = start; i < stop; i++) {
        MnObject *item = MN_TUPLE_GET(o, i);
        int cmp = item == args[0] ? 1 : mn_object_richcompare_bool(item, args[0], MN_EQ);
        if (cmp < 0) {
            return NULL;
        }
        if (cmp > 0) {
            return mn_int_from_ssize(i);
        }
    }
    return mn_err_format(mn_exc_ValueError, "tuple.index(x): x not in tuple");
}

static MnObject *
tuple_count_meth(MnObject *o, MnObject *value)
{
    intptr_t count = 0;
    for (intptr_t i = 0; i < MN_SIZE(o); i++) {
        MnObject *item = MN_TUPLE_GET(o, i);
        int cmp = item == value ? 1 : mn_object_richcompare_bool(item, value, MN_EQ);
        if (cmp < 0) {
            return NULL;
        }
        count += cmp;
    }
    return mn_int_from_ssize(count);
}

static MnObject *
tuple_getnewargs(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnObject *copy = mn_tuple_from_array(MN_TUPLE_ITEMS(o), MN_SIZE(o));
    if (copy == NULL) {
        return NULL;
    }
    MnObject *res = mn_tuple_pack(1, copy);
    mn_decref(copy);
    return res;
}

static MnObject *
tuple_getitem_meth(MnObject *self, MnObject *key)
{
    return tuple_subscript(self, key);
}

static const MnMethodDef tuple_methods[] = {
    {"__getitem__", tuple_getitem_meth, MN_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__getnewargs__", tuple_getnewargs, MN_METH_NOARGS, NULL},
    {"index", tuple_index_meth, MN_METH_FAST, "Return first index of value."},
    {"count", tuple_count_meth, MN_METH_O, "Return number of occurrences of value."},
    {NULL, NULL, 0, NULL},
};

/* ==== iterator ==== */

static void
tupleiter_dealloc(MnObject *o)
{
    mn_gc_untrack(o);
    mn_xdecref(((MnTupleIter *)o)->seq);
    mn_object_free(o);
}

static int
tupleiter_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnTupleIter *)o)->seq);
    return 0;
}

static MnObject *
tupleiter_self(MnObject *o)
{
    return mn_newref(o);
}

static MnObject *
tupleiter_next(MnObject *o)
{
    MnTupleIter *it = (MnTupleIter *)o;
    MnObject *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index < MN_SIZE(seq)) {
        return mn_newref(MN_TUPLE_GET(seq, it->index++));
    }
    it->seq = NULL;
    mn_decref(seq);
    return NULL;
}

static MnObject *
tupleiter_length_hint(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnTupleIter *it = (MnTupleIter *)o;
    intptr_t n = it->seq ? MN_SIZE(it->seq) - it->index : 0;
    return mn_int_from_ssize(n);
}

static const MnMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, MN_METH_NOARGS, "Private method."},
    {NULL, NULL, 0, NULL},
};

MnType mn_tuple_iter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(MnTupleIter),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = tupleiter_dealloc,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = tupleiter_self,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
};

MnType mn_tuple_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "tuple",
    .tp_basicsize = sizeof(MnTuple) - sizeof(MnObject *),
    .tp_itemsize = sizeof(MnObject *),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE | MN_TPFLAG_TUPLE_SUBCLASS,
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_hash = tuple_hash,
    .tp_richcompare = tuple_richcompare,
    .tp_traverse = tuple_traverse,
    .tp_iter = tuple_iter,
    .tp_new = tuple_new,
    .nb_add = tuple_add,
    .nb_multiply = tuple_mul,
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
    .sq_contains = tuple_contains,
    .tp_methods = tuple_methods,
    .tp_doc = "Built-in immutable sequence.",
};
