/*
 * runtime/iter.c - enumerate, zip, map, filter, reversed, the sequence iterator and the
 * callable iterator, with CPython 3.11's layouts (so sys.getsizeof agrees) and its reuse of
 * the result tuple of enumerate and zip when the caller dropped it.
 * See also: runtime/iter.h, lib/mod_builtins.c
 */
#include "mnemo.h"
#include "sequtil.h"
#include "iter.h"

typedef struct {
    MnObject ob_base;
    intptr_t en_index;
    MnObject *en_sit;           // owned iterator
    MnObject *en_result;        // owned reusable result tuple, or NULL
    MnObject *en_longindex;     // owned int once the index passes INTPTR_MAX, or NULL
    MnObject *one;              // borrowed small int 1 (layout as CPython)
} MnEnumerate;

typedef struct {
    MnObject ob_base;
    intptr_t tuplesize;
    MnObject *ittuple;          // owned tuple of iterators
    MnObject *result;           // owned reusable result tuple, or NULL
    int strict;
} MnZip;

typedef struct {
    MnObject ob_base;
    MnObject *func;             // owned
    MnObject *iters;            // owned tuple of iterators
} MnMap;

typedef struct {
    MnObject ob_base;
    MnObject *func;             // owned (None: truth of the items)
    MnObject *it;               // owned iterator
} MnFilter;

typedef struct {
    MnObject ob_base;
    intptr_t index;
    MnObject *seq;              // owned, NULL once exhausted
} MnSeqIter;

typedef struct {
    MnObject ob_base;
    MnObject *callable;         // owned, NULL once exhausted
    MnObject *sentinel;         // owned, NULL once exhausted
} MnCallIter;

static MnObject *
iter_self(MnObject *o)
{
    return mn_newref(o);
}

// A result tuple may be reused when only we hold it.
static MnObject *
reusable(MnObject *result)
{
    if (result != NULL && MN_REFCNT(result) == 1) {
        return result;
    }
    return NULL;
}

/* ==== enumerate ==== */

static MnObject *
enumerate_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"iterable", "start", NULL};
    MnObject *out[2];
    if (mn_sequtil_parse("enumerate", args, nargs, kwnames, names, 2, 1, 0, out) < 0) {
        return NULL;
    }
    intptr_t index = 0;
    MnObject *longindex = NULL;
    if (out[1] != NULL) {
        MnObject *start = mn_sequtil_index_exact(out[1]);
        if (start == NULL) {
            return NULL;
        }
        int overflow = 0;
        long v = mn_int_as_long_overflow(start, &overflow);
        if (overflow) {
            longindex = start;
        } else {
            index = (intptr_t)v;
            mn_decref(start);
        }
    }
    MnObject *it = mn_object_get_iter(out[0]);
    if (it == NULL) {
        mn_xdecref(longindex);
        return NULL;
    }
    MnEnumerate *en = (MnEnumerate *)mn_object_alloc(type, 0);
    if (en == NULL) {
        mn_decref(it);
        mn_xdecref(longindex);
        return NULL;
    }
    en->en_index = index;
    en->en_sit = it;
    en->en_longindex = longindex;
    en->en_result = mn_tuple_pack(2, mn_None, mn_None);
    if (en->en_result == NULL) {
        mn_decref(en);
        return NULL;
    }
    mn_gc_track(en);
    return (MnObject *)en;
}

static void
enumerate_dealloc(MnObject *o)
{
    MnEnumerate *en = (MnEnumerate *)o;
    mn_gc_untrack(o);
    mn_xdecref(en->en_sit);
    mn_xdecref(en->en_result);
    mn_xdecref(en->en_longindex);
    mn_object_free(o);
}

static int
enumerate_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MnEnumerate *en = (MnEnumerate *)o;
    MN_VISIT(en->en_sit);
    MN_VISIT(en->en_result);
    MN_VISIT(en->en_longindex);
    return 0;
}

static MnObject *
pair_result(MnObject **slot, MnObject *a, MnObject *b)
{
    MnObject *result = reusable(*slot);
    if (result != NULL) {
        MnObject *olda = MN_TUPLE_GET(result, 0), *oldb = MN_TUPLE_GET(result, 1);
        MN_TUPLE_SET(result, 0, a);
        MN_TUPLE_SET(result, 1, b);
        mn_decref(olda);
        mn_decref(oldb);
        if (!mn_gc_is_tracked(result)) {
            mn_gc_track(result);
        }
        return mn_newref(result);
    }
    result = mn_tuple_new(2);
    if (result == NULL) {
        mn_decref(a);
        mn_decref(b);
        return NULL;
    }
    MN_TUPLE_SET(result, 0, a);
    MN_TUPLE_SET(result, 1, b);
    return result;
}

static MnObject *
enumerate_next(MnObject *o)
{
    MnEnumerate *en = (MnEnumerate *)o;
    MnObject *item = mn_iter_next(en->en_sit);
    if (item == NULL) {
        return NULL;
    }
    MnObject *index;
    if (en->en_longindex == NULL && en->en_index == INTPTR_MAX) {
        en->en_longindex = mn_int_from_ssize(INTPTR_MAX);
        if (en->en_longindex == NULL) {
            mn_decref(item);
            return NULL;
        }
    }
    if (en->en_longindex != NULL) {
        MnObject *one = mn_int_from_long(1);
        MnObject *next = mn_int_add(en->en_longindex, one);
        mn_decref(one);
        if (next == NULL) {
            mn_decref(item);
            return NULL;
        }
        index = en->en_longindex;
        en->en_longindex = next;
    } else {
        index = mn_int_from_ssize(en->en_index);
        if (index == NULL) {
            mn_decref(item);
            return NULL;
        }
        en->en_index++;
    }
    return pair_result(&en->en_result, index, item);
}

/* ==== zip ==== */

static MnObject *
zip_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    int strict = 0;
    intptr_t nkw = kwnames ? MN_SIZE(kwnames) : 0;
    if (nkw > 0) {
        static const char *const names[] = {"strict", NULL};
        MnObject *out[1];
        if (mn_sequtil_parse("zip", args + nargs, 0, kwnames, names, 0, 0, 0, out) < 0) {
            return NULL;
        }
        if (out[0] != NULL) {
            strict = mn_object_is_true(out[0]);
            if (strict < 0) {
                return NULL;
            }
        }
    }
    MnObject *ittuple = mn_tuple_new(nargs);
    if (ittuple == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        MnObject *it = mn_object_get_iter(args[i]);
        if (it == NULL) {
            mn_decref(ittuple);
            return NULL;
        }
        MN_TUPLE_SET(ittuple, i, it);
    }
    MnObject *result = mn_tuple_new(nargs);
    if (result == NULL) {
        mn_decref(ittuple);
        return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        MN_TUPLE_SET(result, i, mn_newref(mn_None));
    }
    MnZip *z = (MnZip *)mn_object_alloc(type, 0);
    if (z == NULL) {
        mn_decref(ittuple);
        mn_decref(result);
        return NULL;
    }
    z->tuplesize = nargs;
    z->ittuple = ittuple;
    z->result = result;
    z->strict = strict;
    mn_gc_track(z);
    return (MnObject *)z;
}

static void
zip_dealloc(MnObject *o)
{
    MnZip *z = (MnZip *)o;
    mn_gc_untrack(o);
    mn_xdecref(z->ittuple);
    mn_xdecref(z->result);
    mn_object_free(o);
}

static int
zip_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MnZip *z = (MnZip *)o;
    MN_VISIT(z->ittuple);
    MN_VISIT(z->result);
    return 0;
}

// After iterator [i] ran out in strict mode: the length mismatch error, or NULL (done).
static MnObject *
zip_strict_check(MnZip *z, intptr_t i)
{
    if (mn_err_occurred()) {
        return NULL;
    }
    if (i) {
        return mn_err_format(mn_exc_ValueError,
                             "zip() argument %zd is shorter than argument%s%zd", i + 1,
                             i == 1 ? " " : "s 1-", i);
    }
    for (i = 1; i < z->tuplesize; i++) {
        MnObject *item = mn_iter_next(MN_TUPLE_GET(z->ittuple, i));
        if (item != NULL) {
            mn_decref(item);
            return mn_err_format(mn_exc_ValueError,
                                 "zip() argument %zd is longer than argument%s%zd", i + 1,
                                 i == 1 ? " " : "s 1-", i);
        }
        if (mn_err_occurred()) {
            return NULL;
        }
    }
    return NULL;
}

static MnObject *
zip_next(MnObject *o)
{
    MnZip *z = (MnZip *)o;
    intptr_t n = z->tuplesize;
    if (n == 0) {
        return NULL;
    }
    MnObject *result = reusable(z->result);
    if (result != NULL) {
        mn_incref(result);
        for (intptr_t i = 0; i < n; i++) {
            MnObject *item = mn_iter_next(MN_TUPLE_GET(z->ittuple, i));
            if (item == NULL) {
                mn_decref(result);
                return z->strict ? zip_strict_check(z, i) : NULL;
            }
            MnObject *old = MN_TUPLE_GET(result, i);
            MN_TUPLE_SET(result, i, item);
            mn_decref(old);
        }
        if (!mn_gc_is_tracked(result)) {
            mn_gc_track(result);
        }
        return result;
    }
    result = mn_tuple_new(n);
    if (result == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        MnObject *item = mn_iter_next(MN_TUPLE_GET(z->ittuple, i));
        if (item == NULL) {
            // fill the rest so the tuple can be freed
            for (intptr_t j = i; j < n; j++) {
                MN_TUPLE_SET(result, j, mn_newref(mn_None));
            }
            mn_decref(result);
            return z->strict ? zip_strict_check(z, i) : NULL;
        }
        MN_TUPLE_SET(result, i, item);
    }
    return result;
}

/* ==== map ==== */

static MnObject *
map_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (type == &mn_map_type && mn_sequtil_no_kw("map", kwnames) < 0) {
        return NULL;
    }
    if (nargs < 2) {
        return mn_err_format(mn_exc_TypeError, "map() must have at least two arguments.");
    }
    MnObject *iters = mn_tuple_new(nargs - 1);
    if (iters == NULL) {
        return NULL;
    }
    for (intptr_t i = 1; i < nargs; i++) {
        MnObject *it = mn_object_get_iter(args[i]);
        if (it == NULL) {
            for (intptr_t j = i; j < nargs; j++) {
                MN_TUPLE_SET(iters, j - 1, mn_newref(mn_None));
            }
            mn_decref(iters);
            return NULL;
        }
        MN_TUPLE_SET(iters, i - 1, it);
    }
    MnMap *m = (MnMap *)mn_object_alloc(type, 0);
    if (m == NULL) {
        mn_decref(iters);
        return NULL;
    }
    m->func = mn_newref(args[0]);
    m->iters = iters;
    mn_gc_track(m);
    return (MnObject *)m;
}

static void
map_dealloc(MnObject *o)
{
    MnMap *m = (MnMap *)o;
    mn_gc_untrack(o);
    mn_xdecref(m->func);
    mn_xdecref(m->iters);
    mn_object_free(o);
}

static int
map_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MnMap *m = (MnMap *)o;
    MN_VISIT(m->func);
    MN_VISIT(m->iters);
    return 0;
}

static MnObject *
map_next(MnObject *o)
{
    MnMap *m = (MnMap *)o;
    intptr_t n = MN_SIZE(m->iters);
    MnObject *small[5];
    MnObject **stack = small;
    if (n > 5) {
        stack = mn_mem_alloc((size_t)n * sizeof(MnObject *));
        if (stack == NULL) {
            return mn_err_no_memory();
        }
    }
    MnObject *res = NULL;
    intptr_t got = 0;
    for (; got < n; got++) {
        stack[got] = mn_iter_next(MN_TUPLE_GET(m->iters, got));
        if (stack[got] == NULL) {
            goto done;
        }
    }
    res = mn_object_call(m->func, stack, n, NULL);
done:
    for (intptr_t i = 0; i < got; i++) {
        mn_decref(stack[i]);
    }
    if (stack != small) {
        mn_mem_free(stack);
    }
    return res;
}

/* ==== filter ==== */

static MnObject *
filter_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (type == &mn_filter_type && mn_sequtil_no_kw("filter", kwnames) < 0) {
        return NULL;
    }
    if (mn_sequtil_check_positional("filter", nargs, 2, 2) < 0) {
        return NULL;
    }
    MnObject *it = mn_object_get_iter(args[1]);
    if (it == NULL) {
        return NULL;
    }
    MnFilter *f = (MnFilter *)mn_object_alloc(type, 0);
    if (f == NULL) {
        mn_decref(it);
        return NULL;
    }
    f->func = mn_newref(args[0]);
    f->it = it;
    mn_gc_track(f);
    return (MnObject *)f;
}

static void
filter_dealloc(MnObject *o)
{
    MnFilter *f = (MnFilter *)o;
    mn_gc_untrack(o);
    mn_xdecref(f->func);
    mn_xdecref(f->it);
    mn_object_free(o);
}

static int
filter_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MnFilter *f = (MnFilter *)o;
    MN_VISIT(f->func);
    MN_VISIT(f->it);
    return 0;
}

static MnObject *
filter_next(MnObject *o)
{
    MnFilter *f = (MnFilter *)o;
    int truth_only = f->func == mn_None || f->func == (MnObject *)&mn_bool_type;
    for (;;) {
        MnObject *item = mn_iter_next(f->it);
        if (item == NULL) {
            return NULL;
        }
        int ok;
        if (truth_only) {
            ok = mn_object_is_true(item);
        } else {
            MnObject *good = mn_object_call_one(f->func, item);
            if (good == NULL) {
                mn_decref(item);
                return NULL;
            }
            ok = mn_object_is_true(good);
            mn_decref(good);
        }
        if (ok > 0) {
            return item;
        }
        mn_decref(item);
        if (ok < 0) {
            return NULL;
        }
    }
}

/* ==== reversed ==== */

static int
is_sequence(MnObject *o)
{
    return MN_TYPE(o)->mp_subscript != NULL && !MN_DICT_CHECK(o);
}

static MnObject *
reversed_alloc(MnType *type, MnObject *seq)
{
    MnObject *meth = mn_type_lookup_cstr(MN_TYPE(seq), "__reversed__");
    if (meth == mn_None) {
        return mn_err_format(mn_exc_TypeError, "'%s' object is not reversible",
                             MN_TYPE(seq)->tp_name);
    }
    if (meth != NULL) {
        return mn_object_call_method(seq, "__reversed__", NULL, 0);
    }
    if (!is_sequence(seq)) {
        return mn_err_format(mn_exc_TypeError, "'%s' object is not reversible",
                             MN_TYPE(seq)->tp_name);
    }
    intptr_t n = mn_object_length(seq);
    if (n < 0) {
        return NULL;
    }
    MnSeqIter *ro = (MnSeqIter *)mn_object_alloc(type, 0);
    if (ro == NULL) {
        return NULL;
    }
    ro->index = n - 1;
    ro->seq = mn_newref(seq);
    mn_gc_track(ro);
    return (MnObject *)ro;
}

MnObject *
mn_reversed_new(MnObject *seq)
{
    return reversed_alloc(&mn_reversed_type, seq);
}

static MnObject *
reversed_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (type == &mn_reversed_type && mn_sequtil_no_kw("reversed", kwnames) < 0) {
        return NULL;
    }
    if (mn_sequtil_check_positional("reversed", nargs, 1, 1) < 0) {
        return NULL;
    }
    return reversed_alloc(type, args[0]);
}

static void
seqiter_dealloc(MnObject *o)
{
    mn_gc_untrack(o);
    mn_xdecref(((MnSeqIter *)o)->seq);
    mn_object_free(o);
}

static int
seqiter_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnSeqIter *)o)->seq);
    return 0;
}

// seq[index] for the sequence iterators. -> item, or NULL: exhausted (no error) or error.
static MnObject *
seq_item(MnObject *seq, intptr_t index)
{
    MnObject *i = mn_int_from_ssize(index);
    if (i == NULL) {
        return NULL;
    }
    MnObject *item = mn_object_getitem(seq, i);
    mn_decref(i);
    if (item == NULL && (mn_err_matches((MnObject *)mn_exc_IndexError)
                         || mn_err_matches((MnObject *)mn_exc_StopIteration))) {
        mn_err_clear();
    }
    return item;
}

static MnObject *
reversed_next(MnObject *o)
{
    MnSeqIter *ro = (MnSeqIter *)o;
    if (ro->seq != NULL && ro->index >= 0) {
        MnObject *item = seq_item(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (mn_err_occurred()) {
            return NULL;
        }
    }
    ro->index = -1;
    MN_CLEAR(ro->seq);
    return NULL;
}

static MnObject *
reversed_length_hint(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnSeqIter *ro = (MnSeqIter *)o;
    if (ro->seq == NULL) {
        return mn_int_from_long(0);
    }
    intptr_t n = mn_object_length(ro->seq);
    if (n < 0) {
        return NULL;
    }
    return mn_int_from_ssize(n < ro->index + 1 ? 0 : ro->index + 1);
}

/* ==== sequence iterator and callable iterator ==== */

MnObject *
mn_seqiter_new(MnObject *seq)
{
    MnSeqIter *it = (MnSeqIter *)mn_object_alloc(&mn_seqiter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = mn_newref(seq);
    mn_gc_track(it);
    return (MnObject *)it;
}

static MnObject *
seqiter_next(MnObject *o)
{
    MnSeqIter *it = (MnSeqIter *)o;
    if (it->seq == NULL) {
        return NULL;
    }
    MnObject *item = seq_item(it->seq, it->index);
    if (item != NULL) {
        it->index++;
        return item;
    }
    if (!mn_err_occurred()) {
        MN_CLEAR(it->seq);
    }
    return NULL;
}

static MnObject *
seqiter_length_hint(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnSeqIter *it = (MnSeqIter *)o;
    if (it->seq == NULL) {
        return mn_int_from_long(0);
    }
    intptr_t n = mn_object_length(it->seq);
    if (n < 0) {
        if (mn_err_matches((MnObject *)mn_exc_TypeError)) {
            mn_err_clear();
            return mn_newref(mn_NotImplemented);
        }
        return NULL;
    }
    return mn_int_from_ssize(n > it->index ? n - it->index : 0);
}

MnObject *
mn_calliter_new(MnObject *callable, MnObject *sentinel)
{
    MnCallIter *it = (MnCallIter *)mn_object_alloc(&mn_calliter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->callable = mn_newref(callable);
    it->sentinel = mn_newref(sentinel);
    mn_gc_track(it);
    return (MnObject *)it;
}

static void
calliter_dealloc(MnObject *o)
{
    MnCallIter *it = (MnCallIter *)o;
    mn_gc_untrack(o);
    mn_xdecref(it->callable);
    mn_xdecref(it->sentinel);
    mn_object_free(o);
}

static int
calliter_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MnCallIter *it = (MnCallIter *)o;
    MN_VISIT(it->callable);
    MN_VISIT(it->sentinel);
    return 0;
}

static MnObject *
calliter_next(MnObject *o)
{
    MnCallIter *it = (MnCallIter *)o;
    if (it->callable == NULL) {
        return NULL;
    }
    MnObject *result = mn_object_call_noargs(it->callable);
    if (result == NULL) {
        if (mn_err_matches((MnObject *)mn_exc_StopIteration)) {
            mn_err_clear();
            MN_CLEAR(it->callable);
            MN_CLEAR(it->sentinel);
        }
        return NULL;
    }
    int ok = mn_object_richcompare_bool(it->sentinel, result, MN_EQ);
    if (ok == 0) {
        return result;
    }
    mn_decref(result);
    if (ok > 0) {
        MN_CLEAR(it->callable);
        MN_CLEAR(it->sentinel);
    }
    return NULL;
}

static const MnMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, MN_METH_NOARGS, "Private method."},
    {NULL, NULL, 0, NULL},
};

static const MnMethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, MN_METH_NOARGS, "Private method."},
    {NULL, NULL, 0, NULL},
};

#define ITER_FLAGS (MN_TPFLAG_GC | MN_TPFLAG_BASETYPE)

MnType mn_enumerate_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(MnEnumerate),
    .tp_flags = ITER_FLAGS,
    .tp_dealloc = enumerate_dealloc,
    .tp_traverse = enumerate_traverse,
    .tp_iter = iter_self,
    .tp_iternext = enumerate_next,
    .tp_new = enumerate_new,
    .tp_doc = "Return an enumerate object.",
};

MnType mn_zip_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "zip",
    .tp_basicsize = sizeof(MnZip),
    .tp_flags = ITER_FLAGS,
    .tp_dealloc = zip_dealloc,
    .tp_traverse = zip_traverse,
    .tp_iter = iter_self,
    .tp_iternext = zip_next,
    .tp_new = zip_new,
    .tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

MnType mn_map_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "map",
    .tp_basicsize = sizeof(MnMap),
    .tp_flags = ITER_FLAGS,
    .tp_dealloc = map_dealloc,
    .tp_traverse = map_traverse,
    .tp_iter = iter_self,
    .tp_iternext = map_next,
    .tp_new = map_new,
    .tp_doc = "map(func, *iterables) --> map object",
};

MnType mn_filter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "filter",
    .tp_basicsize = sizeof(MnFilter),
    .tp_flags = ITER_FLAGS,
    .tp_dealloc = filter_dealloc,
    .tp_traverse = filter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = filter_next,
    .tp_new = filter_new,
    .tp_doc = "filter(function or None, iterable) --> filter object",
};

MnType mn_reversed_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "reversed",
    .tp_basicsize = sizeof(MnSeqIter),
    .tp_flags = ITER_FLAGS,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = reversed_next,
    .tp_new = reversed_new,
    .tp_methods = reversed_methods,
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
};

MnType mn_seqiter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "iterator",
    .tp_basicsize = sizeof(MnSeqIter),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = seqiter_dealloc,
    .tp_traverse = seqiter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
};

MnType mn_calliter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(MnCallIter),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = calliter_dealloc,
    .tp_traverse = calliter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = calliter_next,
};
