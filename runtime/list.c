/*
 * runtime/list.c - list: a GC container with an over-allocated item array grown exactly as
 * CPython 3.11's list_resize, so sys.getsizeof agrees (56, 88, 88, 88, 88, 120 ...).
 * Items may be NULL only while a list is being built (mn_list_new) or sorted.
 * Also: the trashcan (bounded nested deallocation) and list iterators.
 * See also: runtime/sort.c (list.sort), runtime/list_slice.c, runtime/sequtil.c
 */
#include <string.h>
#include "mnemo.h"
#include "sequtil.h"
#include "list_impl.h"

/* ==== storage ==== */

int
mn_list_resize(MnList *self, intptr_t newsize)
{
    intptr_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        MN_SIZE(self) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - MN_SIZE(self) > (intptr_t)(new_allocated - (size_t)newsize)) {
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        new_allocated = 0;
    }
    if (new_allocated > (size_t)INTPTR_MAX / sizeof(MnObject *)) {
        mn_err_no_memory();
        return -1;
    }
    MnObject **items;
    if (new_allocated == 0) {
        mn_mem_free(self->ob_item);
        items = NULL;
    } else {
        items = mn_mem_realloc(self->ob_item, new_allocated * sizeof(MnObject *));
        if (items == NULL) {
            mn_err_no_memory();
            return -1;
        }
    }
    self->ob_item = items;
    MN_SIZE(self) = newsize;
    self->allocated = (intptr_t)new_allocated;
    return 0;
}

int
mn_list_preallocate_exact(MnList *self, intptr_t size)
{
    if (size <= 0) {
        return 0;
    }
    // rounded up to even, as CPython 3.11 (the allocator's 16-byte granularity)
    size = (intptr_t)(((size_t)size + 1) & ~(size_t)1);
    if ((size_t)size > (size_t)INTPTR_MAX / sizeof(MnObject *)) {
        mn_err_no_memory();
        return -1;
    }
    MnObject **items = mn_mem_alloc((size_t)size * sizeof(MnObject *));
    if (items == NULL) {
        mn_err_no_memory();
        return -1;
    }
    mn_mem_free(self->ob_item);
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

size_t
mn_list_sizeof(MnObject *list)
{
    return (size_t)MN_TYPE(list)->tp_basicsize
           + (size_t)((MnList *)list)->allocated * sizeof(MnObject *);
}

/* ==== trashcan ==== */

#define TRASH_DEPTH_LIMIT 50

// Deferred deallocations. Process-wide like the allocator's pools; the runtime is single
// threaded and this queue is always empty between top-level deallocations.
static struct {
    int depth;
    int draining;
    MnObject **pending;     // objects with refcount 0 waiting for their tp_dealloc
    intptr_t count, cap;
} trash;

int
mn_trashcan_begin(MnObject *o)
{
    if (trash.depth < TRASH_DEPTH_LIMIT) {
        trash.depth++;
        return 0;
    }
    if (trash.count == trash.cap) {
        intptr_t ncap = trash.cap ? trash.cap * 2 : 64;
        MnObject **p = mn_mem_realloc(trash.pending, (size_t)ncap * sizeof(MnObject *));
        if (p == NULL) {
            trash.depth++;          // cannot defer: deallocate recursively
            return 0;
        }
        trash.pending = p;
        trash.cap = ncap;
    }
    trash.pending[trash.count++] = o;
    return 1;
}

void
mn_trashcan_end(void)
{
    trash.depth--;
    if (trash.depth > 0 || trash.draining || trash.count == 0) {
        return;
    }
    trash.draining = 1;
    while (trash.count > 0) {
        MnObject *o = trash.pending[--trash.count];
        MN_TYPE(o)->tp_dealloc(o);
    }
    trash.draining = 0;
    mn_mem_free(trash.pending);
    trash.pending = NULL;
    trash.cap = 0;
}

/* ==== free list ==== */

// As CPython 3.11, up to 80 dead exact lists keep their object memory for reuse by
// mn_list_new (not by the list() constructor). A cached object is not a live object.
#define LIST_MAXFREELIST 80
static MnList *list_free[LIST_MAXFREELIST];
static int list_numfree;

static MnList *
list_freelist_pop(void)
{
    if (list_numfree == 0) {
        return NULL;
    }
    MnList *op = list_free[--list_numfree];
    mn_object_reuse((MnObject *)op);
    return op;
}

static int
list_freelist_push(MnList *op)
{
    if (list_numfree >= LIST_MAXFREELIST || !MN_LIST_CHECK_EXACT(op)) {
        return 0;
    }
    list_free[list_numfree++] = op;
#ifdef MN_DEBUG
    mn_live_objects--;
#endif
    return 1;
}

int
mn_list_freelist_count(void)
{
    return list_numfree;
}

void
mn_list_freelist_trim(int keep)
{
    while (list_numfree > keep) {
        MnObject *op = (MnObject *)list_free[--list_numfree];
#ifdef MN_DEBUG
        mn_live_objects++;
#endif
        mn_object_free(op);
    }
}

void
mn_list_fini(void)
{
    mn_list_freelist_trim(0);
}

/* ==== construction ==== */

MnObject *
mn_list_new_untracked(MnType *type, intptr_t n)
{
    MnList *op = (MnList *)mn_object_alloc(type, 0);
    if (op == NULL) {
        return NULL;
    }
    if (n > 0) {
        if ((size_t)n > (size_t)INTPTR_MAX / sizeof(MnObject *)) {
            mn_decref(op);
            return mn_err_no_memory();
        }
        op->ob_item = mn_mem_calloc((size_t)n, sizeof(MnObject *));
        if (op->ob_item == NULL) {
            mn_decref(op);
            return mn_err_no_memory();
        }
    }
    MN_SIZE(op) = n;
    op->allocated = n;
    return (MnObject *)op;
}

MnObject *
mn_list_new(intptr_t n)
{
    if (n < 0) {
        return mn_err_bad_internal_call("mn_list_new");
    }
    MnList *op = list_freelist_pop();
    if (op == NULL) {
        MnObject *o = mn_list_new_untracked(&mn_list_type, n);
        if (o != NULL) {
            mn_gc_track(o);
        }
        return o;
    }
    op->ob_item = NULL;
    if (n > 0) {
        if ((size_t)n > (size_t)INTPTR_MAX / sizeof(MnObject *)
            || (op->ob_item = mn_mem_calloc((size_t)n, sizeof(MnObject *))) == NULL) {
            MN_SIZE(op) = 0;
            op->allocated = 0;
            mn_decref(op);
            return mn_err_no_memory();
        }
    }
    MN_SIZE(op) = n;
    op->allocated = n;
    mn_gc_track(op);
    return (MnObject *)op;
}

MnObject *
mn_list_from_array(MnObject *const *items, intptr_t n)
{
    MnObject *op = mn_list_new(n);
    if (op == NULL) {
        return NULL;
    }
    MnObject **dst = MN_LIST_ITEMS(op);
    for (intptr_t i = 0; i < n; i++) {
        dst[i] = mn_newref(items[i]);
    }
    return op;
}

MnObject *
mn_list_from_iterable(MnObject *iterable)
{
    MnObject *op = mn_list_new(0);
    if (op == NULL) {
        return NULL;
    }
    if (mn_list_extend(op, iterable) < 0) {
        mn_decref(op);
        return NULL;
    }
    return op;
}

MnObject *
mn_list_as_tuple(MnObject *list)
{
    return mn_tuple_from_array(MN_LIST_ITEMS(list), MN_LIST_LEN(list));
}

/* ==== growth ==== */

int
mn_list_append(MnObject *list, MnObject *item)
{
    MnList *self = (MnList *)list;
    intptr_t n = MN_SIZE(self);
    if (n < self->allocated) {
        self->ob_item[n] = mn_newref(item);
        MN_SIZE(self) = n + 1;
        return 0;
    }
    if (mn_list_resize(self, n + 1) < 0) {
        return -1;
    }
    self->ob_item[n] = mn_newref(item);
    return 0;
}

int
mn_list_insert(MnObject *list, intptr_t where, MnObject *item)
{
    MnList *self = (MnList *)list;
    intptr_t n = MN_SIZE(self);
    if (mn_list_resize(self, n + 1) < 0) {
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    MnObject **items = self->ob_item;
    memmove(items + where + 1, items + where, (size_t)(n - where) * sizeof(MnObject *));
    items[where] = mn_newref(item);
    return 0;
}

static int
extend_fast(MnList *self, MnObject *const *src, intptr_t n)
{
    intptr_t m = MN_SIZE(self);
    if (n == 0) {
        return 0;
    }
    if (self->ob_item == NULL) {
        if (mn_list_preallocate_exact(self, n) < 0) {
            return -1;
        }
        MN_SIZE(self) = n;
    } else if (mn_list_resize(self, m + n) < 0) {
        return -1;
    }
    // [src] may be our own items (l.extend(l)); re-read after the resize
    MnObject **dst = self->ob_item + m;
    for (intptr_t i = 0; i < n; i++) {
        dst[i] = mn_newref(src[i]);
    }
    return 0;
}

static int
extend_iter(MnList *self, MnObject *iterable)
{
    MnObject *it = mn_object_get_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    mn_iternextfunc next = MN_TYPE(it)->tp_iternext;
    intptr_t n = mn_sequtil_length_hint(iterable, 8);
    if (n < 0) {
        mn_decref(it);
        return -1;
    }
    intptr_t m = MN_SIZE(self);
    if (m > INTPTR_MAX - n) {
        // the hint overflows: ignore it
    } else if (self->ob_item == NULL) {
        if (n && mn_list_preallocate_exact(self, n) < 0) {
            goto error;
        }
    } else {
        // make room (or shrink) exactly as CPython, then restore the size
        if (mn_list_resize(self, m + n) < 0) {
            goto error;
        }
        MN_SIZE(self) = m;
    }
    for (;;) {
        MnObject *item = next ? next(it) : mn_iter_next(it);
        if (item == NULL) {
            if (mn_err_occurred()) {
                if (!mn_err_matches((MnObject *)mn_exc_StopIteration)) {
                    goto error;
                }
                mn_err_clear();
            }
            break;
        }
        intptr_t sz = MN_SIZE(self);
        if (sz < self->allocated) {
            self->ob_item[sz] = item;
            MN_SIZE(self) = sz + 1;
        } else {
            int r = mn_list_append((MnObject *)self, item);
            mn_decref(item);
            if (r < 0) {
                goto error;
            }
        }
    }
    if (MN_SIZE(self) < self->allocated) {
        if (mn_list_resize(self, MN_SIZE(self)) < 0) {
            goto error;
        }
    }
    mn_decref(it);
    return 0;
error:
    mn_decref(it);
    return -1;
}

int
mn_list_extend(MnObject *list, MnObject *iterable)
{
    MnList *self = (MnList *)list;
    if (MN_LIST_CHECK_EXACT(iterable) || MN_TUPLE_CHECK_EXACT(iterable) || iterable == list) {
        intptr_t n = MN_SIZE(iterable);
        MnObject *const *src = MN_LIST_CHECK(iterable) ? MN_LIST_ITEMS(iterable)
                                                       : MN_TUPLE_ITEMS(iterable);
        if (iterable == list) {
            // the resize may move our own array: copy through a snapshot of the count
            intptr_t m = MN_SIZE(self);
            if (m == 0) {
                return 0;
            }
            if (mn_list_resize(self, 2 * m) < 0) {
                return -1;
            }
            for (intptr_t i = 0; i < m; i++) {
                self->ob_item[m + i] = mn_newref(self->ob_item[i]);
            }
            return 0;
        }
        return extend_fast(self, src, n);
    }
    return extend_iter(self, iterable);
}

MnObject *
mn_list_get_slice(MnObject *list, intptr_t lo, intptr_t hi)
{
    intptr_t n = MN_SIZE(list);
    if (lo < 0) {
        lo = 0;
    } else if (lo > n) {
        lo = n;
    }
    if (hi < lo) {
        hi = lo;
    } else if (hi > n) {
        hi = n;
    }
    return mn_list_from_array(MN_LIST_ITEMS(list) + lo, hi - lo);
}

void
mn_list_reverse(MnObject *list)
{
    MnObject **lo = MN_LIST_ITEMS(list);
    intptr_t n = MN_SIZE(list);
    if (n < 2) {
        return;
    }
    MnObject **hi = lo + n - 1;
    while (lo < hi) {
        MnObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}

/* ==== slots ==== */

int
mn_list_clear_items(MnList *self)
{
    MnObject **items = self->ob_item;
    if (items == NULL) {
        return 0;
    }
    intptr_t i = MN_SIZE(self);
    MN_SIZE(self) = 0;
    self->ob_item = NULL;
    self->allocated = 0;
    while (--i >= 0) {
        mn_xdecref(items[i]);
    }
    mn_mem_free(items);
    return 0;
}

static void
list_dealloc(MnObject *o)
{
    MnList *self = (MnList *)o;
    mn_gc_untrack(o);
    int exact = MN_LIST_CHECK_EXACT(o);
    if (exact && mn_trashcan_begin(o)) {
        return;
    }
    if (self->ob_item != NULL) {
        intptr_t i = MN_SIZE(self);
        while (--i >= 0) {
            mn_xdecref(self->ob_item[i]);
        }
        mn_mem_free(self->ob_item);
        self->ob_item = NULL;
    }
    if (!list_freelist_push(self)) {
        mn_object_free(o);
    }
    if (exact) {
        mn_trashcan_end();
    }
}

static int
list_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MnList *self = (MnList *)o;
    for (intptr_t i = MN_SIZE(self); --i >= 0;) {
        MN_VISIT(self->ob_item[i]);
    }
    return 0;
}

static int
list_clear(MnObject *o)
{
    return mn_list_clear_items((MnList *)o);
}

static MnObject *
list_repr(MnObject *o)
{
    MnList *self = (MnList *)o;
    if (MN_SIZE(self) == 0) {
        return mn_str_from_cstr("[]");
    }
    int r = mn_repr_enter(o);
    if (r != 0) {
        return r > 0 ? mn_str_from_cstr("[...]") : NULL;
    }
    MnObject *res = NULL;
    intptr_t cap = MN_SIZE(self), n = 0;
    MnObject **parts = mn_mem_alloc((size_t)cap * sizeof(MnObject *));
    if (parts == NULL) {
        mn_err_no_memory();
        goto done;
    }
    // the list may change while reprs run Python code: re-read its size each time
    // The item is not pinned, as in CPython 3.11 (a __repr__ sees the list's reference and
    // its own frame's; a list or dict item pins itself on the repr stack).
    for (intptr_t i = 0; i < MN_SIZE(self); i++) {
        MnObject *s = mn_object_repr(self->ob_item[i]);
        if (s == NULL) {
            goto done;
        }
        if (n == cap) {
            MnObject **p = mn_mem_realloc(parts, (size_t)(cap * 2) * sizeof(MnObject *));
            if (p == NULL) {
                mn_decref(s);
                mn_err_no_memory();
                goto done;
            }
            parts = p;
            cap *= 2;
        }
        parts[n++] = s;
    }
    res = mn_sequtil_join("[", parts, n, "]");
done:
    for (intptr_t i = 0; i < n; i++) {
        mn_decref(parts[i]);
    }
    mn_mem_free(parts);
    mn_repr_leave(o);
    return res;
}

static MnObject *
list_richcompare(MnObject *v, MnObject *w, int op)
{
    if (!MN_LIST_CHECK(v) || !MN_LIST_CHECK(w)) {
        return mn_newref(mn_NotImplemented);
    }
    if (MN_SIZE(v) != MN_SIZE(w) && (op == MN_EQ || op == MN_NE)) {
        return mn_newref(op == MN_EQ ? mn_False : mn_True);
    }
    intptr_t i;
    for (i = 0; i < MN_SIZE(v) && i < MN_SIZE(w); i++) {
        MnObject *vi = MN_LIST_GET(v, i), *wi = MN_LIST_GET(w, i);
        if (vi == wi) {
            continue;
        }
        mn_incref(vi);
        mn_incref(wi);
        int k = mn_object_richcompare_bool(vi, wi, MN_EQ);
        mn_decref(vi);
        mn_decref(wi);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= MN_SIZE(v) || i >= MN_SIZE(w)) {
        intptr_t a = MN_SIZE(v), b = MN_SIZE(w);
        int res;
        switch (op) {
        case MN_LT: res = a < b; break;
        case MN_LE: res = a <= b; break;
        case MN_EQ: res = a == b; break;
        case MN_NE: res = a != b; break;
        case MN_GT: res = a > b; break;
        default: res = a >= b; break;
        }
        return mn_newref(res ? mn_True : mn_False);
    }
    if (op == MN_EQ) {
        return mn_newref(mn_False);
    }
    if (op == MN_NE) {
        return mn_newref(mn_True);
    }
    MnObject *vi = mn_newref(MN_LIST_GET(v, i)), *wi = mn_newref(MN_LIST_GET(w, i));
    MnObject *res = mn_object_richcompare(vi, wi, op);
    mn_decref(vi);
    mn_decref(wi);
    return res;
}

static intptr_t
list_length(MnObject *o)
{
    return MN_SIZE(o);
}

static int
list_contains(MnObject *o, MnObject *el)
{
    for (intptr_t i = 0; i < MN_SIZE(o); i++) {
        MnObject *item = MN_LIST_GET(o, i);
        if (item == el) {
            return 1;
        }
        mn_incref(item);
        int cmp = mn_object_richcompare_bool(item, el, MN_EQ);
        mn_decref(item);
        if (cmp != 0) {
            return cmp;
        }
    }
    return 0;
}

MnObject *
mn_list_concat(MnObject *a, MnObject *b)
{
    intptr_t na = MN_SIZE(a), nb = MN_SIZE(b);
    if (na > INTPTR_MAX / 8 - nb) {
        return mn_err_no_memory();
    }
    MnObject *np = mn_list_new(na + nb);
    if (np == NULL) {
        return NULL;
    }
    MnObject **dst = MN_LIST_ITEMS(np);
    for (intptr_t i = 0; i < na; i++) {
        dst[i] = mn_newref(MN_LIST_GET(a, i));
    }
    for (intptr_t i = 0; i < nb; i++) {
        dst[na + i] = mn_newref(MN_LIST_GET(b, i));
    }
    return np;
}

// Tries the other operand's own binary slot before giving up on a sequence operation, as
// CPython's PyNumber_Add does before falling back to sq_concat.
// Only classes can define __radd__/__rmul__ for lists; builtin types never accept them.
static MnObject *
try_other(MnObject *a, MnObject *b, size_t slot_offset, mn_binaryfunc mine)
{
    mn_binaryfunc f = *(mn_binaryfunc *)((char *)MN_TYPE(b) + slot_offset);
    if (f != NULL && f != mine && MN_TYPE_HAS_FLAG(MN_TYPE(b), MN_TPFLAG_HEAPTYPE)) {
        return f(a, b);
    }
    return mn_newref(mn_NotImplemented);
}

static MnObject *
list_add(MnObject *a, MnObject *b)
{
    if (!MN_LIST_CHECK(a)) {
        return mn_newref(mn_NotImplemented);
    }
    if (!MN_LIST_CHECK(b)) {
        MnObject *r = try_other(a, b, offsetof(MnType, nb_add), list_add);
        if (r != mn_NotImplemented) {
            return r;
        }
        mn_decref(r);
        return mn_err_format(mn_exc_TypeError,
                             "can only concatenate list (not \"%s\") to list",
                             MN_TYPE(b)->tp_name);
    }
    return mn_list_concat(a, b);
}

MnObject *
mn_list_repeat(MnObject *a, intptr_t n)
{
    intptr_t size = MN_SIZE(a);
    if (n < 0 || size == 0) {
        n = 0;
    }
    if (n > 0 && size > INTPTR_MAX / 8 / n) {
        return mn_err_no_memory();
    }
    MnObject *np = mn_list_new(size * n);
    if (np == NULL) {
        return NULL;
    }
    MnObject **dst = MN_LIST_ITEMS(np);
    MnObject **src = MN_LIST_ITEMS(a);
    if (size == 1) {
        MnObject *elem = src[0];
        for (intptr_t i = 0; i < n; i++) {
            dst[i] = elem;
        }
        MN_REFCNT(elem) += n;
        mn_total_refs += n;
        return np;
    }
    for (intptr_t k = 0; k < n; k++) {
        for (intptr_t i = 0; i < size; i++) {
            *dst++ = mn_newref(src[i]);
        }
    }
    return np;
}

// The repeat count of seq * n: an index-able [n], or a TypeError naming its type.
int
mn_list_repeat_count(MnObject *n, intptr_t *count)
{
    if (!MN_INT_CHECK(n) && MN_TYPE(n)->nb_index == NULL) {
        mn_err_format(mn_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      MN_TYPE(n)->tp_name);
        return -1;
    }
    intptr_t c = mn_number_as_ssize(n, mn_exc_OverflowError);
    if (c == -1 && mn_err_occurred()) {
        return -1;
    }
    *count = c;
    return 0;
}

static MnObject *
list_mul(MnObject *a, MnObject *b)
{
    MnObject *seq = a, *num = b;
    if (!MN_LIST_CHECK(a)) {
        seq = b;
        num = a;
    }
    if (!MN_INT_CHECK(num) && MN_TYPE(num)->nb_index == NULL && seq == a) {
        MnObject *r = try_other(a, b, offsetof(MnType, nb_multiply), list_mul);
        if (r != mn_NotImplemented) {
            return r;
        }
        mn_decref(r);
    }
    intptr_t n;
    if (mn_list_repeat_count(num, &n) < 0) {
        return NULL;
    }
    return mn_list_repeat(seq, n);
}

static MnObject *
list_inplace_add(MnObject *a, MnObject *b)
{
    if (mn_list_extend(a, b) < 0) {
        return NULL;
    }
    return mn_newref(a);
}

static MnObject *
list_inplace_mul(MnObject *a, MnObject *b)
{
    intptr_t n;
    if (mn_list_repeat_count(b, &n) < 0) {
        return NULL;
    }
    MnList *self = (MnList *)a;
    intptr_t size = MN_SIZE(self);
    if (size == 0 || n == 1) {
        return mn_newref(a);
    }
    if (n < 1) {
        mn_list_clear_items(self);
        return mn_newref(a);
    }
    if (size > INTPTR_MAX / 8 / n) {
        return mn_err_no_memory();
    }
    if (mn_list_resize(self, size * n) < 0) {
        return NULL;
    }
    MnObject **items = self->ob_item;
    intptr_t p = size;
    for (intptr_t k = 1; k < n; k++) {
        for (intptr_t j = 0; j < size; j++) {
            items[p++] = mn_newref(items[j]);
        }
    }
    return mn_newref(a);
}

static MnObject *
list_iter(MnObject *o)
{
    MnListIter *it = (MnListIter *)mn_object_alloc(&mn_list_iter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = mn_newref(o);
    mn_gc_track(it);
    return (MnObject *)it;
}

static MnObject *
list_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    MnObject *op = mn_list_new_untracked(type, 0);
    if (op != NULL) {
        mn_gc_track(op);
    }
    return op;
}

static int
list_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (MN_TYPE(self) == &mn_list_type && mn_sequtil_no_kw("list", kwnames) < 0) {
        return -1;
    }
    if (mn_sequtil_check_positional("list", nargs, 0, 1) < 0) {
        return -1;
    }
    if (MN_SIZE(self) > 0 || ((MnList *)self)->ob_item != NULL) {
        mn_list_clear_items((MnList *)self);
    }
    if (nargs == 1) {
        return mn_list_extend(self, args[0]);
    }
    return 0;
}

/* ==== methods ==== */

static MnObject *
list_append_meth(MnObject *self, MnObject *item)
{
    if (mn_list_append(self, item) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
list_extend_meth(MnObject *self, MnObject *iterable)
{
    if (mn_list_extend(self, iterable) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

// A Py_ssize_t argument as argument clinic converts it: __index__, then OverflowError
// "Python int too large to convert to C ssize_t". -> 0, or -1.
static int
ssize_arg(MnObject *v, intptr_t *out)
{
    MnObject *i = mn_number_index(v);
    if (i == NULL) {
        return -1;
    }
    intptr_t x = mn_int_as_ssize(i);
    mn_decref(i);
    if (x == -1 && mn_err_occurred()) {
        return -1;
    }
    *out = x;
    return 0;
}

static MnObject *
list_insert_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (mn_sequtil_check_positional("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    intptr_t where;
    if (ssize_arg(args[0], &where) < 0) {
        return NULL;
    }
    if (mn_list_insert(self, where, args[1]) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
list_pop_meth(MnObject *o, MnObject *const *args, intptr_t nargs)
{
    MnList *self = (MnList *)o;
    if (mn_sequtil_check_positional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    intptr_t i = -1;
    if (nargs == 1 && ssize_arg(args[0], &i) < 0) {
        return NULL;
    }
    intptr_t n = MN_SIZE(self);
    if (n == 0) {
        return mn_err_format(mn_exc_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return mn_err_format(mn_exc_IndexError, "pop index out of range");
    }
    MnObject *v = self->ob_item[i];
    if (i == n - 1) {
        if (mn_list_resize(self, n - 1) < 0) {
            return NULL;
        }
        return v;
    }
    memmove(self->ob_item + i, self->ob_item + i + 1, (size_t)(n - i - 1) * sizeof(MnObject *));
    if (mn_list_resize(self, n - 1) < 0) {
        // cannot happen for a shrink that fails only on realloc; keep the item owned
        return NULL;
    }
    return v;
}

// Removes items [lo, hi) (clamped by the caller) and shrinks as list_ass_slice does.
int
mn_list_delete_range(MnList *self, intptr_t lo, intptr_t hi)
{
    intptr_t d = hi - lo;
    if (d <= 0) {
        return 0;
    }
    intptr_t n = MN_SIZE(self);
    MnObject **recycle = mn_mem_alloc((size_t)d * sizeof(MnObject *));
    if (recycle == NULL) {
        mn_err_no_memory();
        return -1;
    }
    memcpy(recycle, self->ob_item + lo, (size_t)d * sizeof(MnObject *));
    memmove(self->ob_item + lo, self->ob_item + hi, (size_t)(n - hi) * sizeof(MnObject *));
    if (mn_list_resize(self, n - d) < 0) {
        mn_mem_free(recycle);
        return -1;
    }
    for (intptr_t k = d - 1; k >= 0; k--) {
        mn_decref(recycle[k]);
    }
    mn_mem_free(recycle);
    return 0;
}

static MnObject *
list_remove_meth(MnObject *o, MnObject *value)
{
    MnList *self = (MnList *)o;
    for (intptr_t i = 0; i < MN_SIZE(self); i++) {
        MnObject *item = mn_newref(self->ob_item[i]);
        int cmp = item == value ? 1 : mn_object_richcompare_bool(item, value, MN_EQ);
        mn_decref(item);
        if (cmp < 0) {
            return NULL;
        }
        if (cmp > 0) {
            if (mn_list_delete_range(self, i, i + 1) < 0) {
                return NULL;
            }
            return mn_newref(mn_None);
        }
    }
    return mn_err_format(mn_exc_ValueError, "list.remove(x): x not in list");
}

// A start/stop argument of index(): an int (clamped) or an __index__ object.
int
mn_list_index_arg(MnObject *v, intptr_t *out)
{
    if (!MN_INT_CHECK(v) && MN_TYPE(v)->nb_index == NULL) {
        mn_err_format(mn_exc_TypeError,
                      "slice indices must be integers or have an __index__ method");
        return -1;
    }
    intptr_t x = mn_number_as_ssize(v, NULL);
    if (x == -1 && mn_err_occurred()) {
        return -1;
    }
    *out = x;
    return 0;
}

static MnObject *
list_index_meth(MnObject *o, MnObject *const *args, intptr_t nargs)
{
    if (mn_sequtil_check_positional("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    intptr_t start = 0, stop = INTPTR_MAX;
    if (nargs >= 2 && mn_list_index_arg(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs >= 3 && mn_list_index_arg(args[2], &stop) < 0) {
        return NULL;
    }
    if (start < 0) {
        start += MN_SIZE(o);
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += MN_SIZE(o);
    }
    for (intptr_t i = start; i < stop && i < MN_SIZE(o); i++) {
        MnObject *item = mn_newref(MN_LIST_GET(o, i));
        int cmp = item == args[0] ? 1 : mn_object_richcompare_bool(item, args[0], MN_EQ);
        mn_decref(item);
        if (cmp < 0) {
            return NULL;
        }
        if (cmp > 0) {
            return mn_int_from_ssize(i);
        }
    }
    return mn_err_format(mn_exc_ValueError, "%R is not in list", args[0]);
}

static MnObject *
list_count_meth(MnObject *o, MnObject *value)
{
    intptr_t count = 0;
    for (intptr_t i = 0; i < MN_SIZE(o); i++) {
        MnObject *item = MN_LIST_GET(o, i);
        if (item == value) {
            count++;
            continue;
        }
        mn_incref(item);
        int cmp = mn_object_richcompare_bool(item, value, MN_EQ);
        mn_decref(item);
        if (cmp < 0) {
            return NULL;
        }
        count += cmp;
    }
    return mn_int_from_ssize(count);
}

static MnObject *
list_reverse_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    mn_list_reverse(self);
    return mn_newref(mn_None);
}

static MnObject *
list_copy_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_list_get_slice(self, 0, MN_SIZE(self));
}

static MnObject *
list_clear_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    mn_list_clear_items((MnList *)self);
    return mn_newref(mn_None);
}

static MnObject *
list_reversed_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnListIter *it = (MnListIter *)mn_object_alloc(&mn_list_reviter_type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = MN_SIZE(self) - 1;
    it->seq = mn_newref(self);
    mn_gc_track(it);
    return (MnObject *)it;
}

static MnObject *
list_sizeof_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_size(mn_list_sizeof(self));
}

static MnObject *
list_getitem_meth(MnObject *self, MnObject *key)
{
    return mn_list_subscript(self, key);
}

static const MnMethodDef list_methods[] = {
    {"__getitem__", list_getitem_meth, MN_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", list_reversed_meth, MN_METH_NOARGS, "Return a reverse iterator."},
    {"__sizeof__", list_sizeof_meth, MN_METH_NOARGS, "Return the size of the list in memory."},
    {"clear", list_clear_meth, MN_METH_NOARGS, "Remove all items from list."},
    {"copy", list_copy_meth, MN_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", list_append_meth, MN_METH_O, "Append object to the end of the list."},
    {"insert", list_insert_meth, MN_METH_FAST, "Insert object before index."},
    {"extend", list_extend_meth, MN_METH_O, "Extend list by appending elements."},
    {"pop", list_pop_meth, MN_METH_FAST, "Remove and return item at index (default last)."},
    {"remove", list_remove_meth, MN_METH_O, "Remove first occurrence of value."},
    {"index", list_index_meth, MN_METH_FAST, "Return first index of value."},
    {"count", list_count_meth, MN_METH_O, "Return number of occurrences of value."},
    {"reverse", list_reverse_meth, MN_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", mn_list_sort_method, MN_METH_FASTKW, "Sort the list in ascending order."},
    {NULL, NULL, 0, NULL},
};

/* ==== iterators ==== */

static void
listiter_dealloc(MnObject *o)
{
    mn_gc_untrack(o);
    mn_xdecref(((MnListIter *)o)->seq);
    mn_object_free(o);
}

static int
listiter_traverse(MnObject *o, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnListIter *)o)->seq);
    return 0;
}

static MnObject *
listiter_self(MnObject *o)
{
    return mn_newref(o);
}

static MnObject *
listiter_next(MnObject *o)
{
    MnListIter *it = (MnListIter *)o;
    MnObject *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index < MN_SIZE(seq)) {
        return mn_newref(MN_LIST_GET(seq, it->index++));
    }
    it->seq = NULL;
    mn_decref(seq);
    return NULL;
}

static MnObject *
listiter_length_hint(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnListIter *it = (MnListIter *)o;
    intptr_t n = 0;
    if (it->seq != NULL && it->index < MN_SIZE(it->seq)) {
        n = MN_SIZE(it->seq) - it->index;
    }
    return mn_int_from_ssize(n);
}

static MnObject *
listreviter_next(MnObject *o)
{
    MnListIter *it = (MnListIter *)o;
    MnObject *seq = it->seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->index >= 0 && it->index < MN_SIZE(seq)) {
        return mn_newref(MN_LIST_GET(seq, it->index--));
    }
    it->index = -1;
    it->seq = NULL;
    mn_decref(seq);
    return NULL;
}

static MnObject *
listreviter_length_hint(MnObject *o, MnObject *unused)
{
    (void)unused;
    MnListIter *it = (MnListIter *)o;
    intptr_t n = 0;
    if (it->seq != NULL && it->index + 1 <= MN_SIZE(it->seq)) {
        n = it->index + 1;
    }
    return mn_int_from_ssize(n);
}

static const MnMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, MN_METH_NOARGS, "Private method."},
    {NULL, NULL, 0, NULL},
};

static const MnMethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, MN_METH_NOARGS, "Private method."},
    {NULL, NULL, 0, NULL},
};

MnType mn_list_iter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(MnListIter),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_iter = listiter_self,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
};

MnType mn_list_reviter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(MnListIter),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_iter = listiter_self,
    .tp_iternext = listreviter_next,
    .tp_methods = listreviter_methods,
};

MnType mn_list_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "list",
    .tp_basicsize = sizeof(MnList),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE | MN_TPFLAG_LIST_SUBCLASS,
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_richcompare = list_richcompare,
    .tp_traverse = list_traverse,
    .tp_clear = list_clear,
    .tp_iter = list_iter,
    .tp_new = list_new,
    .tp_init = list_init,
    .nb_add = list_add,
    .nb_multiply = list_mul,
    .nb_inplace_add = list_inplace_add,
    .nb_inplace_multiply = list_inplace_mul,
    .mp_length = list_length,
    .mp_subscript = mn_list_subscript,
    .mp_ass_subscript = mn_list_ass_subscript,
    .sq_contains = list_contains,
    .tp_methods = list_methods,
    .tp_doc = "Built-in mutable sequence.",
};
