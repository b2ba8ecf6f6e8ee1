/*
 * runtime/weakref.c - weakref.ReferenceType (weakref.ref), weakref.ProxyType and
 * weakref.CallableProxyType, and the clearing of weak references when their object dies.
 * Invariant of a referent's list: the shared callback-less exact ref (if any) comes first,
 * then the shared callback-less proxy (if any), then everything else in creation order.
 * A cleared reference has wr_object == mn_None and is in no list.
 * See also: runtime/weakref.h, lib/mod_weakref.c, lib/weakref.py, runtime/gc.c
 */
#include "mnemo.h"
#include "weakref.h"
#include "sequtil.h"
#include "mod_builtins.h"

#define WR(o) ((MnWeakRef *)(o))

static MnObject *
reference_error(void)
{
    return mn_err_format(mn_exc_ReferenceError, "weakly-referenced object no longer exists");
}

/* ==== the list of a referent ==== */

MnWeakRef **
mn_weakref_list_ptr(MnObject *o)
{
    intptr_t off = MN_TYPE(o)->tp_weaklistoffset;
    if (off <= 0) {
        return NULL;
    }
    return (MnWeakRef **)((char *)o + off);
}

static int
is_ref(MnObject *o)
{
    return mn_type_is_subtype(MN_TYPE(o), &mn_weakref_type);
}

static int
is_proxy(MnObject *o)
{
    return MN_IS_TYPE(o, &mn_weakproxy_type) || MN_IS_TYPE(o, &mn_weakcallableproxy_type);
}

int
mn_weakref_check(MnObject *o)
{
    return is_ref(o) || is_proxy(o);
}

// The shared callback-less exact ref and proxy at the head of a list (either may be NULL).
static void
basic_refs(MnWeakRef *head, MnWeakRef **ref, MnWeakRef **proxy)
{
    *ref = NULL;
    *proxy = NULL;
    if (head != NULL && head->wr_callback == NULL) {
        if (MN_IS_TYPE(head, &mn_weakref_type)) {
            *ref = head;
            head = head->wr_next;
        }
        if (head != NULL && head->wr_callback == NULL && is_proxy(MN_OBJ(head))) {
            *proxy = head;
        }
    }
}

static void
insert_head(MnWeakRef *wr, MnWeakRef **list)
{
    MnWeakRef *next = *list;
    wr->wr_prev = NULL;
    wr->wr_next = next;
    if (next != NULL) {
        next->wr_prev = wr;
    }
    *list = wr;
}

static void
insert_after(MnWeakRef *wr, MnWeakRef *prev)
{
    wr->wr_prev = prev;
    wr->wr_next = prev->wr_next;
    if (prev->wr_next != NULL) {
        prev->wr_next->wr_prev = wr;
    }
    prev->wr_next = wr;
}

// Links [wr] (fresh, not yet in a list) into [list] where it belongs.
static void
insert_new(MnWeakRef *wr, MnWeakRef **list, int shared)
{
    MnWeakRef *ref, *proxy;
    basic_refs(*list, &ref, &proxy);
    MnWeakRef *prev;
    if (shared && MN_IS_TYPE(wr, &mn_weakref_type)) {
        prev = NULL;
    } else if (shared) {
        prev = ref;
    } else {
        prev = proxy != NULL ? proxy : ref;
    }
    if (prev == NULL) {
        insert_head(wr, list);
    } else {
        insert_after(wr, prev);
    }
}

// Unlinks [wr] from its referent's list (if still alive) and marks it dead.
static void
unlink_ref(MnWeakRef *wr)
{
    if (wr->wr_object == mn_None) {
        return;
    }
    MnWeakRef **list = mn_weakref_list_ptr(wr->wr_object);
    if (*list == wr) {
        *list = wr->wr_next;
    }
    if (wr->wr_prev != NULL) {
        wr->wr_prev->wr_next = wr->wr_next;
    }
    if (wr->wr_next != NULL) {
        wr->wr_next->wr_prev = wr->wr_prev;
    }
    wr->wr_object = mn_None;
    wr->wr_prev = NULL;
    wr->wr_next = NULL;
}

void
mn_weakref_clear_ref(MnWeakRef *wr)
{
    unlink_ref(wr);
}

// Unlinks [wr] and drops its callback.
static void
clear_weakref(MnWeakRef *wr)
{
    unlink_ref(wr);
    MN_CLEAR(wr->wr_callback);
}

intptr_t
mn_weakref_count(MnObject *o)
{
    MnWeakRef **list = mn_weakref_list_ptr(o);
    intptr_t n = 0;
    for (MnWeakRef *wr = list ? *list : NULL; wr != NULL; wr = wr->wr_next) {
        n++;
    }
    return n;
}

/* ==== clearing when the referent dies ==== */

static void
call_callback(MnObject *wr, MnObject *callback)
{
    MnObject *res = mn_object_call_one(callback, wr);
    if (res == NULL) {
        mn_err_write_unraisable(callback);
    } else {
        mn_decref(res);
    }
}

void
mn_weakref_clear_refs(MnObject *o)
{
    MnWeakRef **list = mn_weakref_list_ptr(o);
    if (list == NULL || *list == NULL) {
        return;
    }
    // The shared references have no callback: clear them first.
    for (int i = 0; i < 2 && *list != NULL && (*list)->wr_callback == NULL; i++) {
        clear_weakref(*list);
    }
    if (*list == NULL) {
        return;
    }
    MnObject *saved = mn_err_fetch();
    intptr_t count = 0;
    for (MnWeakRef *wr = *list; wr != NULL; wr = wr->wr_next) {
        count++;
    }
    // References and callbacks are held in a tuple while the callbacks run, as CPython does.
    MnObject *pending = mn_tuple_new(count * 2);
    if (pending == NULL) {
        mn_err_clear();
        while (*list != NULL) {
            clear_weakref(*list);
        }
        mn_err_restore(saved);
        return;
    }
    for (intptr_t i = 0; i < count; i++) {
        MnWeakRef *wr = *list;
        MnObject *callback = wr->wr_callback;
        wr->wr_callback = NULL;
        if (MN_REFCNT(wr) > 0) {
            MN_TUPLE_SET(pending, i * 2, mn_newref(wr));
            MN_TUPLE_SET(pending, i * 2 + 1, callback);
        } else {
            mn_xdecref(callback);
        }
        unlink_ref(wr);
    }
    for (intptr_t i = 0; i < count; i++) {
        MnObject *callback = MN_TUPLE_GET(pending, i * 2 + 1);
        if (callback != NULL) {
            call_callback(MN_TUPLE_GET(pending, i * 2), callback);
        }
    }
    mn_decref(pending);
    mn_err_restore(saved);
}

/* ==== creation ==== */

int
mn_weakref_ready_types(void)
{
    if (MN_TYPE_HAS_FLAG(&mn_weakcallableproxy_type, MN_TPFLAG_READY)) {
        return 0;
    }
    if (mn_runtime_ready_type(&mn_weakref_type) < 0 ||
        mn_runtime_ready_type(&mn_weakproxy_type) < 0 ||
        mn_runtime_ready_type(&mn_weakcallableproxy_type) < 0) {
        return -1;
    }
    return 0;
}

static int
check_referent(MnObject *ob)
{
    if (mn_weakref_list_ptr(ob) == NULL) {
        mn_err_format(mn_exc_TypeError, "cannot create weak reference to '%s' object",
                      MN_TYPE(ob)->tp_name);
        return -1;
    }
    return 0;
}

// A fresh reference of [type] to [ob], tracked but not yet linked.
static MnWeakRef *
alloc_ref(MnType *type, MnObject *ob, MnObject *callback)
{
    MnWeakRef *wr = (MnWeakRef *)mn_object_alloc(type, 0);
    if (wr == NULL) {
        return NULL;
    }
    wr->wr_object = ob;
    wr->wr_callback = mn_xnewref(callback);
    wr->hash = -1;
    wr->wr_prev = NULL;
    wr->wr_next = NULL;
    wr->vectorcall = NULL;
    mn_gc_track(wr);
    return wr;
}

// Shared body of weakref.ref(ob, callback) and weakref.proxy(ob, callback): reuses the shared
// reference when there is no callback. [proxy] selects the proxy types.
static MnObject *
get_or_create(MnType *type, MnObject *ob, MnObject *callback, int proxy)
{
    if (check_referent(ob) < 0 || mn_weakref_ready_types() < 0) {
        return NULL;
    }
    if (callback == mn_None) {
        callback = NULL;
    }
    MnWeakRef **list = mn_weakref_list_ptr(ob);
    MnWeakRef *ref, *prx;
    int shared = callback == NULL && (proxy || type == &mn_weakref_type);
    if (shared) {
        basic_refs(*list, &ref, &prx);
        MnWeakRef *existing = proxy ? prx : ref;
        if (existing != NULL) {
            return mn_newref(existing);
        }
    }
    if (proxy) {
        type = MN_TYPE(ob)->tp_call != NULL ? &mn_weakcallableproxy_type : &mn_weakproxy_type;
    }
    MnWeakRef *wr = alloc_ref(type, ob, callback);
    if (wr == NULL) {
        return NULL;
    }
    if (shared) {
        // The allocation may have run the collector, which may have made one meanwhile.
        basic_refs(*list, &ref, &prx);
        MnWeakRef *existing = proxy ? prx : ref;
        if (existing != NULL) {
            mn_decref(wr);
            return mn_newref(existing);
        }
    }
    insert_new(wr, list, shared);
    return MN_OBJ(wr);
}

MnObject *
mn_weakref_new_ref(MnObject *ob, MnObject *callback)
{
    return get_or_create(&mn_weakref_type, ob, callback, 0);
}

MnObject *
mn_weakref_new_proxy(MnObject *ob, MnObject *callback)
{
    return get_or_create(&mn_weakproxy_type, ob, callback, 1);
}

MnObject *
mn_weakref_get(MnObject *wr)
{
    return WR(wr)->wr_object;
}

/* ==== weakref.ReferenceType ==== */

static MnObject *
weakref_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)kwnames;      // ignored here; __init__ rejects them for plain refs
    if (mn_sequtil_check_positional("__new__", nargs, 1, 2) < 0) {
        return NULL;
    }
    return get_or_create(type, args[0], nargs > 1 ? args[1] : NULL, 0);
}

static int
weakref_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    (void)args;
    if (mn_sequtil_no_kw("ref", kwnames) < 0 ||
        mn_sequtil_check_positional("__init__", nargs, 1, 2) < 0) {
        return -1;
    }
    return 0;
}

static void
weakref_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    clear_weakref(WR(self));
    mn_object_free(self);
}

static int
weakref_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(WR(self)->wr_callback);
    return 0;
}

static int
weakref_tp_clear(MnObject *self)
{
    clear_weakref(WR(self));
    return 0;
}

static MnObject *
weakref_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    if (mn_sequtil_no_kw("weakref", kwnames) < 0 ||
        mn_sequtil_check_positional("weakref", nargs, 0, 0) < 0) {
        return NULL;
    }
    return mn_newref(WR(self)->wr_object);
}

static intptr_t
weakref_hash(MnObject *self)
{
    MnWeakRef *wr = WR(self);
    if (wr->hash != -1) {
        return wr->hash;
    }
    MnObject *ob = wr->wr_object;
    if (ob == mn_None) {
        mn_err_format(mn_exc_TypeError, "weak object has gone away");
        return -1;
    }
    mn_incref(ob);
    wr->hash = mn_object_hash(ob);
    mn_decref(ob);
    return wr->hash;
}

static MnObject *
weakref_repr(MnObject *self)
{
    MnObject *ob = WR(self)->wr_object;
    if (ob == mn_None) {
        return mn_str_from_format("<weakref at %p; dead>", (void *)self);
    }
    mn_incref(ob);
    MnObject *name = NULL, *res = NULL;
    MnObject *key = mn_str_intern_cstr("__name__");
    int found = key ? mn_object_lookup_attr(ob, key, &name) : -1;
    mn_xdecref(key);
    if (found < 0) {
        goto done;
    }
    if (name == NULL || !MN_STR_CHECK(name)) {
        res = mn_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self,
                                 MN_TYPE(ob)->tp_name, (void *)ob);
    } else {
        res = mn_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                                 MN_TYPE(ob)->tp_name, (void *)ob, name);
    }
done:
    mn_xdecref(name);
    mn_decref(ob);
    return res;
}

static MnObject *
weakref_richcompare(MnObject *a, MnObject *b, int op)
{
    if ((op != MN_EQ && op != MN_NE) || !mn_weakref_check(a) || !mn_weakref_check(b)) {
        return mn_newref(mn_NotImplemented);
    }
    MnObject *x = WR(a)->wr_object, *y = WR(b)->wr_object;
    if (x == mn_None || y == mn_None) {
        int same = (a == b) == (op == MN_EQ);
        return mn_newref(same ? mn_True : mn_False);
    }
    mn_incref(x);
    mn_incref(y);
    MnObject *res = mn_object_richcompare(x, y, op);
    mn_decref(x);
    mn_decref(y);
    return res;
}

static const MnMemberDef weakref_members[] = {
    {"__callback__", MN_T_OBJECT, offsetof(MnWeakRef, wr_callback), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

MnType mn_weakref_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(MnWeakRef),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = weakref_dealloc,
    .tp_repr = weakref_repr,
    .tp_hash = weakref_hash,
    .tp_call = weakref_call,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_tp_clear,
    .tp_richcompare = weakref_richcompare,
    .tp_members = weakref_members,
    .tp_init = weakref_init,
    .tp_new = weakref_new,
};

/* ==== proxies ==== */

// The referent of [o] (new reference) when [o] is a proxy, else [o] itself (new reference).
// -> NULL with ReferenceError for a dead proxy.
static MnObject *
unwrap(MnObject *o)
{
    if (is_proxy(o)) {
        o = WR(o)->wr_object;
        if (o == mn_None) {
            return reference_error();
        }
    }
    return mn_newref(o);
}

// The live referent of proxy [self] (new reference), or NULL with ReferenceError.
static MnObject *
referent(MnObject *self)
{
    MnObject *o = WR(self)->wr_object;
    if (o == mn_None) {
        return reference_error();
    }
    return mn_newref(o);
}

static MnObject *
proxy_binary(MnObject *a, MnObject *b, int op, int inplace)
{
    MnObject *x = unwrap(a);
    if (x == NULL) {
        return NULL;
    }
    MnObject *y = unwrap(b);
    if (y == NULL) {
        mn_decref(x);
        return NULL;
    }
    MnObject *res = inplace ? mn_number_inplace_binop(x, y, op) : mn_number_binop(x, y, op);
    mn_decref(x);
    mn_decref(y);
    return res;
}

#define PROXY_BINARY(fname, op)                                         \
    static MnObject *                                                   \
    fname(MnObject *a, MnObject *b)                                     \
    {                                                                   \
        return proxy_binary(a, b, op, 0);                               \
    }                                                                   \
    static MnObject *                                                   \
    fname##_inplace(MnObject *a, MnObject *b)                           \
    {                                                                   \
        return proxy_binary(a, b, op, 1);                               \
    }

PROXY_BINARY(proxy_add, MN_BINOP_ADD)
PROXY_BINARY(proxy_sub, MN_BINOP_SUBTRACT)
PROXY_BINARY(proxy_mul, MN_BINOP_MULTIPLY)
PROXY_BINARY(proxy_mod, MN_BINOP_REMAINDER)
PROXY_BINARY(proxy_lshift, MN_BINOP_LSHIFT)
PROXY_BINARY(proxy_rshift, MN_BINOP_RSHIFT)
PROXY_BINARY(proxy_and, MN_BINOP_AND)
PROXY_BINARY(proxy_xor, MN_BINOP_XOR)
PROXY_BINARY(proxy_or, MN_BINOP_OR)
PROXY_BINARY(proxy_floordiv, MN_BINOP_FLOOR_DIVIDE)
PROXY_BINARY(proxy_truediv, MN_BINOP_TRUE_DIVIDE)
PROXY_BINARY(proxy_matmul, MN_BINOP_MATMUL)

static MnObject *
proxy_divmod(MnObject *a, MnObject *b)
{
    MnObject *x = unwrap(a);
    MnObject *y = x ? unwrap(b) : NULL;
    MnObject *res = y ? mn_number_divmod(x, y) : NULL;
    mn_xdecref(x);
    mn_xdecref(y);
    return res;
}

static MnObject *
proxy_power3(MnObject *a, MnObject *b, MnObject *c, int inplace)
{
    MnObject *x = unwrap(a);
    MnObject *y = x ? unwrap(b) : NULL;
    MnObject *z = y ? unwrap(c) : NULL;
    MnObject *res = NULL;
    if (z != NULL) {
        if (inplace && z == mn_None) {
            res = mn_number_inplace_binop(x, y, MN_BINOP_POWER);
        } else {
            res = mn_number_power(x, y, z);
        }
    }
    mn_xdecref(x);
    mn_xdecref(y);
    mn_xdecref(z);
    return res;
}

static MnObject *
proxy_pow(MnObject *a, MnObject *b, MnObject *c)
{
    return proxy_power3(a, b, c, 0);
}

static MnObject *
proxy_ipow(MnObject *a, MnObject *b, MnObject *c)
{
    return proxy_power3(a, b, c, 1);
}

#define PROXY_UNARY(fname, generic)                                     \
    static MnObject *                                                   \
    fname(MnObject *self)                                               \
    {                                                                   \
        MnObject *o = referent(self);                                   \
        if (o == NULL) {                                                \
            return NULL;                                                \
        }                                                               \
        MnObject *res = generic(o);                                     \
        mn_decref(o);                                                   \
        return res;                                                     \
    }

PROXY_UNARY(proxy_neg, mn_number_negative)
PROXY_UNARY(proxy_pos, mn_number_positive)
PROXY_UNARY(proxy_abs, mn_number_absolute)
PROXY_UNARY(proxy_invert, mn_number_invert)
PROXY_UNARY(proxy_int, mn_number_long)
PROXY_UNARY(proxy_float, mn_number_float)
PROXY_UNARY(proxy_index, mn_number_index)
PROXY_UNARY(proxy_str, mn_object_str)
PROXY_UNARY(proxy_iter, mn_object_get_iter)

static int
proxy_bool(MnObject *self)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return -1;
    }
    int res = mn_object_is_true(o);
    mn_decref(o);
    return res;
}

static MnObject *
proxy_repr(MnObject *self)
{
    MnObject *o = WR(self)->wr_object;
    return mn_str_from_format("<weakproxy at %p to %s at %p>", (void *)self,
                              MN_TYPE(o)->tp_name, (void *)o);
}

static MnObject *
proxy_getattr(MnObject *self, MnObject *name)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return NULL;
    }
    MnObject *res = mn_object_getattr(o, name);
    mn_decref(o);
    return res;
}

static int
proxy_setattr(MnObject *self, MnObject *name, MnObject *value)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return -1;
    }
    int res = mn_object_setattr(o, name, value);
    mn_decref(o);
    return res;
}

static MnObject *
proxy_richcompare(MnObject *a, MnObject *b, int op)
{
    MnObject *x = unwrap(a);
    MnObject *y = x ? unwrap(b) : NULL;
    MnObject *res = y ? mn_object_richcompare(x, y, op) : NULL;
    mn_xdecref(x);
    mn_xdecref(y);
    return res;
}

static MnObject *
proxy_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return NULL;
    }
    MnObject *res = mn_object_call(o, args, nargs, kwnames);
    mn_decref(o);
    return res;
}

static intptr_t
proxy_length(MnObject *self)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return -1;
    }
    intptr_t res = mn_object_length(o);
    mn_decref(o);
    return res;
}

static MnObject *
proxy_getitem(MnObject *self, MnObject *key)
{
    MnObject *o = referent(self);
    MnObject *k = o ? unwrap(key) : NULL;
    MnObject *res = k ? mn_object_getitem(o, k) : NULL;
    mn_xdecref(o);
    mn_xdecref(k);
    return res;
}

static int
proxy_setitem(MnObject *self, MnObject *key, MnObject *value)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return -1;
    }
    int res = mn_object_setitem(o, key, value);
    mn_decref(o);
    return res;
}

static int
proxy_contains(MnObject *self, MnObject *value)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return -1;
    }
    int res = mn_object_contains(o, value);
    mn_decref(o);
    return res;
}

static MnObject *
proxy_iternext(MnObject *self)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return NULL;
    }
    MnType *t = MN_TYPE(o);
    MnObject *res = NULL;
    if (t->tp_iternext == NULL) {
        mn_err_format(mn_exc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                      t->tp_name);
    } else {
        res = mn_iter_next(o);
    }
    mn_decref(o);
    return res;
}

static MnObject *
proxy_call_special(MnObject *self, const char *name)
{
    MnObject *o = referent(self);
    if (o == NULL) {
        return NULL;
    }
    MnObject *res = mn_object_call_method(o, name, NULL, 0);
    mn_decref(o);
    return res;
}

static MnObject *
proxy_bytes(MnObject *self, MnObject *unused)
{
    (void)unused;
    return proxy_call_special(self, "__bytes__");
}

static MnObject *
proxy_reversed(MnObject *self, MnObject *unused)
{
    (void)unused;
    return proxy_call_special(self, "__reversed__");
}

static const MnMethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, MN_METH_NOARGS, NULL},
    {"__reversed__", proxy_reversed, MN_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

#define PROXY_SLOTS                                                                     \
    .tp_basicsize = sizeof(MnWeakRef), .tp_flags = MN_TPFLAG_GC,                        \
    .tp_dealloc = weakref_dealloc, .tp_repr = proxy_repr, .tp_str = proxy_str,          \
    .tp_getattro = proxy_getattr, .tp_setattro = proxy_setattr,                         \
    .tp_traverse = weakref_traverse, .tp_clear = weakref_tp_clear,                      \
    .tp_richcompare = proxy_richcompare, .tp_iter = proxy_iter,                         \
    .tp_iternext = proxy_iternext, .tp_methods = proxy_methods,                         \
    .nb_add = proxy_add, .nb_subtract = proxy_sub, .nb_multiply = proxy_mul,            \
    .nb_remainder = proxy_mod, .nb_divmod = proxy_divmod, .nb_power = proxy_pow,        \
    .nb_lshift = proxy_lshift, .nb_rshift = proxy_rshift, .nb_and = proxy_and,          \
    .nb_xor = proxy_xor, .nb_or = proxy_or, .nb_floor_divide = proxy_floordiv,          \
    .nb_true_divide = proxy_truediv, .nb_matrix_multiply = proxy_matmul,                \
    .nb_inplace_add = proxy_add_inplace, .nb_inplace_subtract = proxy_sub_inplace,      \
    .nb_inplace_multiply = proxy_mul_inplace, .nb_inplace_remainder = proxy_mod_inplace,\
    .nb_inplace_floor_divide = proxy_floordiv_inplace,                                  \
    .nb_inplace_true_divide = proxy_truediv_inplace, .nb_inplace_power = proxy_ipow,    \
    .nb_inplace_lshift = proxy_lshift_inplace, .nb_inplace_rshift = proxy_rshift_inplace,\
    .nb_inplace_and = proxy_and_inplace, .nb_inplace_xor = proxy_xor_inplace,           \
    .nb_inplace_or = proxy_or_inplace, .nb_inplace_matrix_multiply = proxy_matmul_inplace,\
    .nb_negative = proxy_neg, .nb_positive = proxy_pos, .nb_absolute = proxy_abs,       \
    .nb_invert = proxy_invert, .nb_bool = proxy_bool, .nb_int = proxy_int,              \
    .nb_float = proxy_float, .nb_index = proxy_index,                                   \
    .mp_length = proxy_length, .mp_subscript = proxy_getitem,                           \
    .mp_ass_subscript = proxy_setitem, .sq_contains = proxy_contains

MnType mn_weakproxy_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "weakref.ProxyType",
    PROXY_SLOTS,
};

MnType mn_weakcallableproxy_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "weakref.CallableProxyType",
    PROXY_SLOTS,
    .tp_call = proxy_call,
};
