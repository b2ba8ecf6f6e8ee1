/*
 * runtime/slots.c - special methods and type slots, both directions.
 * C slots become Python-visible slot wrappers (int.__add__); Python methods defined in a class
 * become slots through generic functions (slot_nb_add) that look the method up on the type
 * and call it, with CPython's reflected-operand dispatch for binary operators.
 * mn_slotdefs is the one table that maps names to slots; several names may share a slot
 * (__add__/__radd__, __setattr__/__delattr__, the six comparisons).
 * See also: runtime/type.c (readying), runtime/typeobject.c (classes), runtime/descr.c
 */
#include <string.h>
#include "mnemo.h"
#include "func.h"
#include "type_internal.h"

#define SLOT(t, off) (*(mn_anyfunc *)((char *)(t) + (off)))
#define NAME(id) mn_slot_name(SN_##id)

/* ==== interned names ==== */

// Borrowed pointers to the interned names. The strings are owned by the dict of a private
// static type registered with the runtime, so the teardown that releases the static types'
// dicts also gives these back (before the interned table goes).
static MnObject *special_names[SN_COUNT];
static MnType names_holder_type = {
    MN_TYPE_HEAD_INIT, .tp_name = "special_names", .tp_basicsize = sizeof(MnObject),
};

MnObject *
mn_slot_name(int id)
{
    return special_names[id];
}

MnObject *
mn_slots_holder_dict(void)
{
    return mn_slots_init() < 0 ? NULL : names_holder_type.tp_dict;
}

int
mn_slots_init(void)
{
#define MAKE_NAME(n) #n,
    static const char *const texts[] = {MN_SPECIAL_NAMES(MAKE_NAME) NULL};
#undef MAKE_NAME
    static int busy;
    MnType *h = &names_holder_type;
    if (!MN_TYPE_HAS_FLAG(h, MN_TPFLAG_READY) || h->tp_dict == NULL) {
        memset(special_names, 0, sizeof special_names);     // left from a previous runtime
    } else if (special_names[SN_COUNT - 1] != NULL) {
        return 0;
    }
    if (busy) {
        return 0;
    }
    busy = 1;
    int rc = -1;
    if (h->tp_dict == NULL && (h->tp_dict = mn_dict_new()) == NULL) {
        goto done;
    }
    h->tp_flags |= MN_TPFLAG_READY;
    if (mn_runtime_ready_type(h) < 0) {
        goto done;
    }
    for (int i = 0; i < SN_COUNT; i++) {
        MnObject *s = mn_str_intern_cstr(texts[i]);
        if (s == NULL || mn_dict_set_item(h->tp_dict, s, s) < 0) {
            mn_xdecref(s);
            goto done;
        }
        special_names[i] = s;
        mn_decref(s);
    }
    rc = 0;
done:
    busy = 0;
    return rc;
}

void
mn_slots_fini(void)
{
    memset(special_names, 0, sizeof special_names);
}

/* ==== calling special methods ==== */

int
mn_slots_is_unbound_method(MnObject *func)
{
    MnType *t = MN_TYPE(func);
    return t == &mn_func_type || t == &mn_method_descr_type || t == &mn_wrapper_descr_type;
}

MnObject *
mn_slots_call_unbound(MnObject *func, MnObject *self, MnObject *const *args, intptr_t nargs,
                      MnObject *kwnames)
{
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    MnObject *small[8], **stack = small, *res;
    if (mn_slots_is_unbound_method(func)) {
        if (nargs + nkw + 1 > 8) {
            stack = mn_mem_alloc(sizeof(MnObject *) * (size_t)(nargs + nkw + 1));
            if (stack == NULL) {
                return mn_err_no_memory();
            }
        }
        stack[0] = self;
        for (intptr_t i = 0; i < nargs + nkw; i++) {
            stack[i + 1] = args[i];
        }
        res = mn_object_call(func, stack, nargs + 1, kwnames);
        if (stack != small) {
            mn_mem_free(stack);
        }
        return res;
    }
    mn_descrgetfunc get = MN_TYPE(func)->tp_descr_get;
    if (get == NULL) {
        return mn_object_call(func, args, nargs, kwnames);
    }
    MnObject *bound = get(func, self, (MnObject *)MN_TYPE(self));
    if (bound == NULL) {
        return NULL;
    }
    res = mn_object_call(bound, args, nargs, kwnames);
    mn_decref(bound);
    return res;
}

MnObject *
mn_slots_call_special(MnObject *self, MnObject *name, MnObject *const *args, intptr_t nargs,
                      int *found)
{
    MnObject *func = mn_type_lookup(MN_TYPE(self), name);
    if (func == NULL) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    mn_incref(func);
    MnObject *res = mn_slots_call_unbound(func, self, args, nargs, NULL);
    mn_decref(func);
    return res;
}

// Calls self.name(args) and raises AttributeError when the type lacks it.
static MnObject *
call_method(MnObject *self, int id, MnObject *const *args, intptr_t nargs)
{
    int found;
    MnObject *res = mn_slots_call_special(self, special_names[id], args, nargs, &found);
    if (!found) {
        mn_err_set_object(mn_exc_AttributeError, special_names[id]);
        return NULL;
    }
    return res;
}

// Calls self.name(args), answering NotImplemented when the type lacks it.
static MnObject *
call_maybe(MnObject *self, int id, MnObject *const *args, intptr_t nargs)
{
    int found;
    MnObject *res = mn_slots_call_special(self, special_names[id], args, nargs, &found);
    if (!found) {
        return mn_newref(mn_NotImplemented);
    }
    return res;
}

/* ==== generic slot functions: operators ==== */

static int
method_is_overloaded(MnType *left, MnType *right, int id)
{
    MnObject *b = mn_type_lookup(right, special_names[id]);
    if (b == NULL) {
        return 0;
    }
    return mn_type_lookup(left, special_names[id]) != b;
}

static MnObject *
binary_dispatch(MnObject *self, MnObject *other, size_t off, mn_anyfunc func, int lid, int rid)
{
    MnType *ts = MN_TYPE(self), *to = MN_TYPE(other);
    int do_other = ts != to && SLOT(to, off) == func;
    MnObject *r;
    if (SLOT(ts, off) == func) {
        if (do_other && mn_type_is_subtype(to, ts) && method_is_overloaded(ts, to, rid)) {
            r = call_maybe(other, rid, &self, 1);
            if (r != mn_NotImplemented) {
                return r;
            }
            mn_decref(r);
            do_other = 0;
        }
        r = call_maybe(self, lid, &other, 1);
        if (r != mn_NotImplemented || to == ts) {
            return r;
        }
        mn_decref(r);
    }
    if (do_other) {
        return call_maybe(other, rid, &self, 1);
    }
    return mn_newref(mn_NotImplemented);
}

#define SLOT_BINARY(slot, l, r)                                                        \
    static MnObject *slot_##slot(MnObject *a, MnObject *b)                             \
    {                                                                                  \
        return binary_dispatch(a, b, offsetof(MnType, slot), (mn_anyfunc)slot_##slot, \
                               SN_##l, SN_##r);                                        \
    }
SLOT_BINARY(nb_add, __add__, __radd__)
SLOT_BINARY(nb_subtract, __sub__, __rsub__)
SLOT_BINARY(nb_multiply, __mul__, __rmul__)
SLOT_BINARY(nb_remainder, __mod__, __rmod__)
SLOT_BINARY(nb_divmod, __divmod__, __rdivmod__)
SLOT_BINARY(nb_lshift, __lshift__, __rlshift__)
SLOT_BINARY(nb_rshift, __rshift__, __rrshift__)
SLOT_BINARY(nb_and, __and__, __rand__)
SLOT_BINARY(nb_xor, __xor__, __rxor__)
SLOT_BINARY(nb_or, __or__, __ror__)
SLOT_BINARY(nb_floor_divide, __floordiv__, __rfloordiv__)
SLOT_BINARY(nb_true_divide, __truediv__, __rtruediv__)
SLOT_BINARY(nb_matrix_multiply, __matmul__, __rmatmul__)

static MnObject *slot_nb_power(MnObject *a, MnObject *b, MnObject *c);

static MnObject *
power_dispatch(MnObject *self, MnObject *other)
{
    // binary_dispatch compares slots with the generic function; do it by hand for nb_power.
    MnType *ts = MN_TYPE(self), *to = MN_TYPE(other);
    mn_ternaryfunc mine = slot_nb_power;
    int do_other = ts != to && to->nb_power == mine;
    MnObject *r;
    if (ts->nb_power == mine) {
        if (do_other && mn_type_is_subtype(to, ts) && method_is_overloaded(ts, to, SN___rpow__)) {
            r = call_maybe(other, SN___rpow__, &self, 1);
            if (r != mn_NotImplemented) {
                return r;
            }
            mn_decref(r);
            do_other = 0;
        }
        r = call_maybe(self, SN___pow__, &other, 1);
        if (r != mn_NotImplemented || to == ts) {
            return r;
        }
        mn_decref(r);
    }
    if (do_other) {
        return call_maybe(other, SN___rpow__, &self, 1);
    }
    return mn_newref(mn_NotImplemented);
}

static MnObject *
slot_nb_power(MnObject *a, MnObject *b, MnObject *c)
{
    if (c == mn_None) {
        return power_dispatch(a, b);
    }
    // Three-argument pow never uses __rpow__.
    if (MN_TYPE(a)->nb_power == slot_nb_power) {
        MnObject *args[2] = {b, c};
        return call_maybe(a, SN___pow__, args, 2);
    }
    return mn_newref(mn_NotImplemented);
}

#define SLOT_INPLACE(slot, n)                                  \
    static MnObject *slot_##slot(MnObject *a, MnObject *b)     \
    {                                                          \
        return call_maybe(a, SN_##n, &b, 1);                   \
    }
SLOT_INPLACE(nb_inplace_add, __iadd__)
SLOT_INPLACE(nb_inplace_subtract, __isub__)
SLOT_INPLACE(nb_inplace_multiply, __imul__)
SLOT_INPLACE(nb_inplace_remainder, __imod__)
SLOT_INPLACE(nb_inplace_lshift, __ilshift__)
SLOT_INPLACE(nb_inplace_rshift, __irshift__)
SLOT_INPLACE(nb_inplace_and, __iand__)
SLOT_INPLACE(nb_inplace_xor, __ixor__)
SLOT_INPLACE(nb_inplace_or, __ior__)
SLOT_INPLACE(nb_inplace_floor_divide, __ifloordiv__)
SLOT_INPLACE(nb_inplace_true_divide, __itruediv__)
SLOT_INPLACE(nb_inplace_matrix_multiply, __imatmul__)

static MnObject *
slot_nb_inplace_power(MnObject *a, MnObject *b, MnObject *c)
{
    (void)c;
    return call_maybe(a, SN___ipow__, &b, 1);
}

#define SLOT_UNARY(slot, n)                                    \
    static MnObject *slot_##slot(MnObject *a)                  \
    {                                                          \
        return call_method(a, SN_##n, NULL, 0);                \
    }
SLOT_UNARY(nb_negative, __neg__)
SLOT_UNARY(nb_positive, __pos__)
SLOT_UNARY(nb_absolute, __abs__)
SLOT_UNARY(nb_invert, __invert__)
SLOT_UNARY(nb_int, __int__)
SLOT_UNARY(nb_float, __float__)
SLOT_UNARY(nb_index, __index__)
SLOT_UNARY(tp_str, __str__)

static MnObject *
slot_tp_repr(MnObject *self)
{
    int found;
    MnObject *res = mn_slots_call_special(self, special_names[SN___repr__], NULL, 0, &found);
    if (!found) {
        return mn_str_from_format("<%s object at %p>", MN_TYPE(self)->tp_name, (void *)self);
    }
    return res;
}

/* ==== generic slot functions: truth, length, hashing, comparison ==== */

static intptr_t slot_mp_length(MnObject *self);

static int
slot_nb_bool(MnObject *self)
{
    int found;
    MnObject *res = mn_slots_call_special(self, special_names[SN___bool__], NULL, 0, &found);
    if (!found) {
        if (mn_type_lookup(MN_TYPE(self), special_names[SN___len__]) == NULL) {
            return 1;
        }
        intptr_t n = slot_mp_length(self);
        return n < 0 ? -1 : n > 0;
    }
    if (res == NULL) {
        return -1;
    }
    int truth;
    if (res == mn_True || res == mn_False) {
        truth = res == mn_True;
    } else {
        mn_err_format(mn_exc_TypeError, "__bool__ should return bool, returned %s",
                      mn_type_name(MN_TYPE(res)));
        truth = -1;
    }
    mn_decref(res);
    return truth;
}

static intptr_t
slot_mp_length(MnObject *self)
{
    MnObject *res = call_method(self, SN___len__, NULL, 0);
    if (res == NULL) {
        return -1;
    }
    MnObject *idx = mn_number_index(res);
    mn_decref(res);
    if (idx == NULL) {
        return -1;
    }
    if (mn_int_sign(idx) < 0) {
        mn_decref(idx);
        mn_err_format(mn_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    intptr_t n = mn_int_as_ssize(idx);
    mn_decref(idx);
    if (n == -1 && mn_err_occurred()) {
        if (mn_err_matches((MnObject *)mn_exc_OverflowError)) {
            mn_err_clear();
            mn_err_format(mn_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    return n;
}

intptr_t
mn_slots_hash_not_implemented(MnObject *self)
{
    mn_err_format(mn_exc_TypeError, "unhashable type: '%s'", MN_TYPE(self)->tp_name);
    return -1;
}

static intptr_t
slot_tp_hash(MnObject *self)
{
    MnObject *func = mn_type_lookup(MN_TYPE(self), special_names[SN___hash__]);
    if (func == NULL || func == mn_None) {
        return mn_slots_hash_not_implemented(self);
    }
    mn_incref(func);
    MnObject *res = mn_slots_call_unbound(func, self, NULL, 0, NULL);
    mn_decref(func);
    if (res == NULL) {
        return -1;
    }
    if (!MN_INT_CHECK(res)) {
        mn_decref(res);
        mn_err_format(mn_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    int overflow = 0;
    long h = mn_int_as_long_overflow(res, &overflow);
    if (overflow) {
        h = (long)mn_int_type.tp_hash(res);
    }
    mn_decref(res);
    return h == -1 ? -2 : (intptr_t)h;
}

static MnObject *
slot_tp_richcompare(MnObject *self, MnObject *other, int op)
{
    static const int ids[] = {SN___lt__, SN___le__, SN___eq__, SN___ne__, SN___gt__, SN___ge__};
    return call_maybe(self, ids[op], &other, 1);
}

/* ==== generic slot functions: containers, iteration, calls ==== */

static MnObject *
slot_mp_subscript(MnObject *self, MnObject *key)
{
    return call_method(self, SN___getitem__, &key, 1);
}

static int
slot_mp_ass_subscript(MnObject *self, MnObject *key, MnObject *value)
{
    MnObject *args[2] = {key, value};
    MnObject *res = value == NULL ? call_method(self, SN___delitem__, args, 1)
                                  : call_method(self, SN___setitem__, args, 2);
    if (res == NULL) {
        return -1;
    }
    mn_decref(res);
    return 0;
}

static int
contains_by_iteration(MnObject *self, MnObject *value)
{
    MnObject *it = mn_object_get_iter(self);
    if (it == NULL) {
        return -1;
    }
    int result = 0;
    for (;;) {
        MnObject *item = mn_iter_next(it);
        if (item == NULL) {
            result = mn_err_occurred() ? -1 : 0;
            break;
        }
        int eq = item == value ? 1 : mn_object_richcompare_bool(item, value, MN_EQ);
        mn_decref(item);
        if (eq != 0) {
            result = eq;
            break;
        }
    }
    mn_decref(it);
    return result;
}

static int
slot_sq_contains(MnObject *self, MnObject *value)
{
    MnObject *func = mn_type_lookup(MN_TYPE(self), special_names[SN___contains__]);
    if (func == mn_None) {
        mn_err_format(mn_exc_TypeError, "'%s' object is not a container",
                      mn_type_name(MN_TYPE(self)));
        return -1;
    }
    if (func == NULL) {
        return contains_by_iteration(self, value);
    }
    mn_incref(func);
    MnObject *res = mn_slots_call_unbound(func, self, &value, 1, NULL);
    mn_decref(func);
    if (res == NULL) {
        return -1;
    }
    int truth = mn_object_is_true(res);
    mn_decref(res);
    return truth;
}

static MnObject *
slot_tp_iter(MnObject *self)
{
    MnObject *func = mn_type_lookup(MN_TYPE(self), special_names[SN___iter__]);
    if (func == mn_None || func == NULL) {
        return mn_err_format(mn_exc_TypeError, "'%s' object is not iterable",
                             mn_type_name(MN_TYPE(self)));
    }
    mn_incref(func);
    MnObject *res = mn_slots_call_unbound(func, self, NULL, 0, NULL);
    mn_decref(func);
    if (res != NULL && MN_TYPE(res)->tp_iternext == NULL) {
        mn_err_format(mn_exc_TypeError, "iter() returned non-iterator of type '%s'",
                      mn_type_name(MN_TYPE(res)));
        mn_decref(res);
        return NULL;
    }
    return res;
}

static MnObject *
slot_tp_iternext(MnObject *self)
{
    return call_method(self, SN___next__, NULL, 0);
}

static MnObject *
slot_tp_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *func = mn_type_lookup(MN_TYPE(self), special_names[SN___call__]);
    if (func == NULL) {
        return mn_err_format(mn_exc_TypeError, "'%s' object is not callable",
                             mn_type_name(MN_TYPE(self)));
    }
    mn_incref(func);
    MnObject *res = mn_slots_call_unbound(func, self, args, nargs, kwnames);
    mn_decref(func);
    return res;
}

/* ==== generic slot functions: attributes and descriptors ==== */

static MnObject *
slot_tp_getattr_hook(MnObject *self, MnObject *name)
{
    MnType *tp = MN_TYPE(self);
    MnObject *getattribute = mn_type_lookup(tp, special_names[SN___getattribute__]);
    MnObject *getattr = mn_type_lookup(tp, special_names[SN___getattr__]);
    MnObject *res;
    if (getattribute == NULL ||
        (mn_descr_is_wrapper(getattribute) &&
         ((MnWrapperDescr *)getattribute)->d_wrapped ==
             (mn_anyfunc)mn_object_generic_getattr)) {
        res = mn_object_generic_getattr(self, name);
    } else {
        mn_incref(getattribute);
        res = mn_slots_call_unbound(getattribute, self, &name, 1, NULL);
        mn_decref(getattribute);
    }
    if (res == NULL && getattr != NULL && mn_err_matches((MnObject *)mn_exc_AttributeError)) {
        mn_err_clear();
        getattr = mn_type_lookup(tp, special_names[SN___getattr__]);
        if (getattr == NULL) {
            return mn_err_format(mn_exc_AttributeError, "'%s' object has no attribute '%U'",
                                 mn_type_name(tp), name);
        }
        mn_incref(getattr);
        res = mn_slots_call_unbound(getattr, self, &name, 1, NULL);
        mn_decref(getattr);
    }
    return res;
}

static int
slot_tp_setattro(MnObject *self, MnObject *name, MnObject *value)
{
    MnObject *args[2] = {name, value};
    MnObject *res = value == NULL ? call_method(self, SN___delattr__, args, 1)
                                  : call_method(self, SN___setattr__, args, 2);
    if (res == NULL) {
        return -1;
    }
    mn_decref(res);
    return 0;
}

static MnObject *
slot_tp_descr_get(MnObject *self, MnObject *obj, MnObject *type)
{
    MnObject *func = mn_type_lookup(MN_TYPE(self), special_names[SN___get__]);
    if (func == NULL) {
        return mn_newref(self);
    }
    MnObject *args[2] = {obj ? obj : mn_None, type ? type : mn_None};
    mn_incref(func);
    MnObject *res = mn_slots_call_unbound(func, self, args, 2, NULL);
    mn_decref(func);
    return res;
}

static int
slot_tp_descr_set(MnObject *self, MnObject *obj, MnObject *value)
{
    MnObject *args[2] = {obj, value};
    MnObject *res = value == NULL ? call_method(self, SN___delete__, args, 1)
                                  : call_method(self, SN___set__, args, 2);
    if (res == NULL) {
        return -1;
    }
    mn_decref(res);
    return 0;
}

/* ==== generic slot functions: construction and finalization ==== */

// CPython 3.11 passes the keyword arguments of a class call to __new__/__init__ as a dict
// and, to call the method, copies every argument (and the instance or class put in front,
// [first]) into a new array with a new reference. [hold] 1 takes those references, 0 drops
// them again.
static void
kw_call_copy(int hold, MnObject *first, MnObject *const *args, intptr_t nargs,
             MnObject *kwnames)
{
    if (kwnames == NULL || MN_TUPLE_LEN(kwnames) == 0) {
        return;
    }
    intptr_t n = nargs + MN_TUPLE_LEN(kwnames);
    if (hold) {
        mn_incref(first);
        mn_hold_array(args, n);
    } else {
        mn_release_array(args, n);
        mn_decref(first);
    }
}

static int
slot_tp_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *func = mn_type_lookup(MN_TYPE(self), special_names[SN___init__]);
    if (func == NULL) {
        mn_err_format(mn_exc_AttributeError, "__init__");
        return -1;
    }
    kw_call_copy(1, self, args, nargs, kwnames);
    mn_incref(func);
    MnObject *res = mn_slots_call_unbound(func, self, args, nargs, kwnames);
    mn_decref(func);
    kw_call_copy(0, self, args, nargs, kwnames);
    if (res == NULL) {
        return -1;
    }
    if (res != mn_None) {
        mn_err_format(mn_exc_TypeError, "__init__() should return None, not '%s'",
                      mn_type_name(MN_TYPE(res)));
        mn_decref(res);
        return -1;
    }
    mn_decref(res);
    return 0;
}

static MnObject *
slot_tp_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnObject *func = mn_object_getattr((MnObject *)type, special_names[SN___new__]);
    if (func == NULL) {
        return NULL;
    }
    kw_call_copy(1, (MnObject *)type, args, nargs, kwnames);
    MnObject *res = mn_slots_call_unbound(func, (MnObject *)type, args, nargs, kwnames);
    kw_call_copy(0, (MnObject *)type, args, nargs, kwnames);
    mn_decref(func);
    return res;
}

// Calls __new__ found as a plain callable (a function once the staticmethod is unwrapped).
static void
slot_tp_finalize(MnObject *self)
{
    MnObject *saved = mn_err_fetch();
    MnObject *del = mn_type_lookup(MN_TYPE(self), special_names[SN___del__]);
    if (del != NULL) {
        mn_incref(del);
        MnObject *res = mn_slots_call_unbound(del, self, NULL, 0, NULL);
        if (res == NULL) {
            mn_err_write_unraisable(del);
        } else {
            mn_decref(res);
        }
        mn_decref(del);
    }
    mn_err_restore(saved);
}

/* ==== slot wrappers: calling a C slot from Python ==== */

static int
check_args(MnObject *const *args, intptr_t nargs, MnObject *kwnames, intptr_t want, const char *n)
{
    (void)args;
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        mn_err_format(mn_exc_TypeError, "wrapper %s() takes no keyword arguments", n);
        return -1;
    }
    if (nargs != want) {
        mn_err_format(mn_exc_TypeError, "expected %zd argument%s, got %zd", want,
                      want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

#define CHECK(n) \
    if (check_args(args, nargs, kwnames, (n), "") < 0) return NULL

static MnObject *
wrap_unary(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
           mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(0);
    return ((mn_unaryfunc)wrapped)(self);
}

static MnObject *
wrap_binary_l(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
              mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(1);
    return ((mn_binaryfunc)wrapped)(self, args[0]);
}

static MnObject *
wrap_binary_r(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
              mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(1);
    return ((mn_binaryfunc)wrapped)(args[0], self);
}

static MnObject *
wrap_ternary(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    (void)arg;
    if (nargs == 2) {
        CHECK(2);
        return ((mn_ternaryfunc)wrapped)(self, args[0], args[1]);
    }
    CHECK(1);
    return ((mn_ternaryfunc)wrapped)(self, args[0], mn_None);
}

static MnObject *
wrap_ternary_r(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
               mn_anyfunc wrapped, int arg)
{
    (void)arg;
    if (nargs == 2) {
        CHECK(2);
        return ((mn_ternaryfunc)wrapped)(args[0], self, args[1]);
    }
    CHECK(1);
    return ((mn_ternaryfunc)wrapped)(args[0], self, mn_None);
}

static MnObject *
wrap_inquiry(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(0);
    int r = ((mn_inquiry)wrapped)(self);
    return r < 0 ? NULL : mn_bool_from_long(r);
}

static MnObject *
wrap_len(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
         mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(0);
    intptr_t n = ((mn_lenfunc)wrapped)(self);
    return n < 0 ? NULL : mn_int_from_ssize(n);
}

static MnObject *
wrap_hash(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
          mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(0);
    intptr_t h = ((mn_hashfunc)wrapped)(self);
    return h == -1 && mn_err_occurred() ? NULL : mn_int_from_ssize(h);
}

static MnObject *
wrap_richcmp(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    CHECK(1);
    return ((mn_richcmpfunc)wrapped)(self, args[0], arg);
}

static MnObject *
wrap_next(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
          mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(0);
    MnObject *res = ((mn_iternextfunc)wrapped)(self);
    if (res == NULL && !mn_err_occurred()) {
        mn_err_set_object(mn_exc_StopIteration, NULL);
    }
    return res;
}

static MnObject *
wrap_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
          mn_anyfunc wrapped, int arg)
{
    (void)arg;
    return ((mn_callfunc)wrapped)(self, args, nargs, kwnames);
}

static MnObject *
wrap_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
          mn_anyfunc wrapped, int arg)
{
    (void)arg;
    if (((mn_initfunc)wrapped)(self, args, nargs, kwnames) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static int
check_name(MnObject *name)
{
    if (!MN_STR_CHECK(name)) {
        mn_err_format(mn_exc_TypeError, "attribute name must be string, not '%s'",
                      mn_type_name(MN_TYPE(name)));
        return -1;
    }
    return 0;
}

static MnObject *
wrap_getattr(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(1);
    if (check_name(args[0]) < 0) {
        return NULL;
    }
    return ((mn_getattrofunc)wrapped)(self, args[0]);
}

static MnObject *
wrap_setattr(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(2);
    if (check_name(args[0]) < 0 || ((mn_setattrofunc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
wrap_delattr(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(1);
    if (check_name(args[0]) < 0 || ((mn_setattrofunc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
wrap_descr_get(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
               mn_anyfunc wrapped, int arg)
{
    (void)arg;
    if (nargs != 2) {
        CHECK(1);
    } else {
        CHECK(2);
    }
    MnObject *obj = args[0] == mn_None ? NULL : args[0];
    MnObject *type = nargs == 2 && args[1] != mn_None ? args[1] : NULL;
    if (obj == NULL && type == NULL) {
        return mn_err_format(mn_exc_TypeError, "__get__(None, None) is invalid");
    }
    return ((mn_descrgetfunc)wrapped)(self, obj, type);
}

static MnObject *
wrap_descr_set(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
               mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(2);
    if (((mn_descrsetfunc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
wrap_descr_delete(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
                  mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(1);
    if (((mn_descrsetfunc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
wrap_setitem(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(2);
    if (((mn_objobjargproc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
wrap_delitem(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(1);
    if (((mn_objobjargproc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
wrap_contains(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
              mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(1);
    int r = ((mn_objobjproc)wrapped)(self, args[0]);
    return r < 0 ? NULL : mn_bool_from_long(r);
}

static MnObject *
wrap_del(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
         mn_anyfunc wrapped, int arg)
{
    (void)arg;
    CHECK(0);
    ((mn_destructor)wrapped)(self);
    return mn_newref(mn_None);
}

#undef CHECK

/* ==== the table ==== */

#define S(n, slot, heap, wrap, a, doc) \
    {#n, SN_##n, offsetof(MnType, slot), (mn_anyfunc)(heap), wrap, a, doc}
#define BIN(l, r, slot, op)                                                              \
    S(l, slot, slot_##slot, wrap_binary_l, 0, "Return self" op "value."),                \
    S(r, slot, slot_##slot, wrap_binary_r, 0, "Return value" op "self.")
#define INPL(n, slot, op) S(n, slot, slot_##slot, wrap_binary_l, 0, "Return self" op "value.")
#define UN(n, slot, doc) S(n, slot, slot_##slot, wrap_unary, 0, doc)

const MnSlotDef mn_slotdefs[] = {
    S(__getattribute__, tp_getattro, slot_tp_getattr_hook, wrap_getattr, 0,
      "Return getattr(self, name)."),
    S(__getattr__, tp_getattro, slot_tp_getattr_hook, NULL, 0, NULL),
    S(__setattr__, tp_setattro, slot_tp_setattro, wrap_setattr, 0,
      "Implement setattr(self, name, value)."),
    S(__delattr__, tp_setattro, slot_tp_setattro, wrap_delattr, 0,
      "Implement delattr(self, name)."),
    UN(__repr__, tp_repr, "Return repr(self)."),
    S(__hash__, tp_hash, slot_tp_hash, wrap_hash, 0, "Return hash(self)."),
    S(__call__, tp_call, slot_tp_call, wrap_call, 0, "Call self as a function."),
    UN(__str__, tp_str, "Return str(self)."),
    S(__lt__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, MN_LT, "Return self<value."),
    S(__le__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, MN_LE, "Return self<=value."),
    S(__eq__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, MN_EQ, "Return self==value."),
    S(__ne__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, MN_NE, "Return self!=value."),
    S(__gt__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, MN_GT, "Return self>value."),
    S(__ge__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, MN_GE, "Return self>=value."),
    UN(__iter__, tp_iter, "Implement iter(self)."),
    S(__next__, tp_iternext, slot_tp_iternext, wrap_next, 0, "Implement next(self)."),
    S(__get__, tp_descr_get, slot_tp_descr_get, wrap_descr_get, 0,
      "Return an attribute of instance, which is of type owner."),
    S(__set__, tp_descr_set, slot_tp_descr_set, wrap_descr_set, 0,
      "Set an attribute of instance to value."),
    S(__delete__, tp_descr_set, slot_tp_descr_set, wrap_descr_delete, 0,
      "Delete an attribute of instance."),
    S(__init__, tp_init, slot_tp_init, wrap_init, 0,
      "Initialize self.  See help(type(self)) for accurate signature."),
    S(__new__, tp_new, slot_tp_new, NULL, 0, NULL),
    S(__del__, tp_finalize, slot_tp_finalize, wrap_del, 0,
      "Called when the instance is about to be destroyed."),
    BIN(__add__, __radd__, nb_add, "+"),
    BIN(__sub__, __rsub__, nb_subtract, "-"),
    BIN(__mul__, __rmul__, nb_multiply, "*"),
    BIN(__mod__, __rmod__, nb_remainder, "%"),
    BIN(__divmod__, __rdivmod__, nb_divmod, ", divmod"),
    S(__pow__, nb_power, slot_nb_power, wrap_ternary, 0, "Return pow(self, value, mod)."),
    S(__rpow__, nb_power, slot_nb_power, wrap_ternary_r, 0, "Return pow(value, self, mod)."),
    UN(__neg__, nb_negative, "-self"),
    UN(__pos__, nb_positive, "+self"),
    UN(__abs__, nb_absolute, "abs(self)"),
    S(__bool__, nb_bool, slot_nb_bool, wrap_inquiry, 0, "True if self else False"),
    UN(__invert__, nb_invert, "~self"),
    BIN(__lshift__, __rlshift__, nb_lshift, "<<"),
    BIN(__rshift__, __rrshift__, nb_rshift, ">>"),
    BIN(__and__, __rand__, nb_and, "&"),
    BIN(__xor__, __rxor__, nb_xor, "^"),
    BIN(__or__, __ror__, nb_or, "|"),
    UN(__int__, nb_int, "int(self)"),
    UN(__float__, nb_float, "float(self)"),
    INPL(__iadd__, nb_inplace_add, "+="),
    INPL(__isub__, nb_inplace_subtract, "-="),
    INPL(__imul__, nb_inplace_multiply, "*="),
    INPL(__imod__, nb_inplace_remainder, "%="),
    S(__ipow__, nb_inplace_power, slot_nb_inplace_power, wrap_ternary, 0, "Return self**=value."),
    INPL(__ilshift__, nb_inplace_lshift, "<<="),
    INPL(__irshift__, nb_inplace_rshift, ">>="),
    INPL(__iand__, nb_inplace_and, "&="),
    INPL(__ixor__, nb_inplace_xor, "^="),
    INPL(__ior__, nb_inplace_or, "|="),
    BIN(__floordiv__, __rfloordiv__, nb_floor_divide, "//"),
    BIN(__truediv__, __rtruediv__, nb_true_divide, "/"),
    INPL(__ifloordiv__, nb_inplace_floor_divide, "//="),
    INPL(__itruediv__, nb_inplace_true_divide, "/="),
    UN(__index__, nb_index, "Return self converted to an integer, if self is suitable for use "
                            "as an index into a list."),
    BIN(__matmul__, __rmatmul__, nb_matrix_multiply, "@"),
    INPL(__imatmul__, nb_inplace_matrix_multiply, "@="),
    S(__len__, mp_length, slot_mp_length, wrap_len, 0, "Return len(self)."),
    S(__getitem__, mp_subscript, slot_mp_subscript, wrap_binary_l, 0, "Return self[key]."),
    S(__setitem__, mp_ass_subscript, slot_mp_ass_subscript, wrap_setitem, 0,
      "Set self[key] to value."),
    S(__delitem__, mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem, 0,
      "Delete self[key]."),
    S(__contains__, sq_contains, slot_sq_contains, wrap_contains, 0,
      "Return key in self."),
    {NULL, 0, 0, NULL, NULL, 0, NULL},
};

/* ==== wiring slots to names ==== */

int
mn_slots_add_wrappers(MnType *type)
{
    if (mn_slots_init() < 0) {
        return -1;
    }
    for (const MnSlotDef *d = mn_slotdefs; d->name != NULL; d++) {
        mn_anyfunc f = SLOT(type, d->offset);
        if (f == NULL || d->wrapper == NULL) {
            continue;
        }
        if (d->offset == offsetof(MnType, tp_hash) &&
            f == (mn_anyfunc)mn_slots_hash_not_implemented) {
            continue;
        }
        MnObject *name = special_names[d->name_id];
        if (mn_dict_get_str_borrow(type->tp_dict, name) != NULL) {
            continue;
        }
        MnObject *w = mn_descr_new_wrapper(type, d, f);
        if (w == NULL) {
            return -1;
        }
        int rc = mn_dict_set_item(type->tp_dict, name, w);
        mn_decref(w);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

// The value for the slot at [off] of heap type [type], from what its MRO defines under
// the names that share the slot.
static mn_anyfunc
resolve_slot(MnType *type, const MnSlotDef *group, size_t count)
{
    mn_anyfunc specific = NULL, generic = NULL;
    int use_generic = 0, found_any = 0;
    for (size_t i = 0; i < count; i++) {
        const MnSlotDef *d = &group[i];
        MnObject *descr = mn_type_lookup(type, special_names[d->name_id]);
        generic = d->heap_func;
        if (descr == NULL) {
            continue;
        }
        found_any = 1;
        if (d->offset == offsetof(MnType, tp_hash) && descr == mn_None) {
            return (mn_anyfunc)mn_slots_hash_not_implemented;
        }
        if (mn_descr_is_wrapper(descr) && ((MnWrapperDescr *)descr)->d_base->offset == d->offset) {
            mn_anyfunc w = ((MnWrapperDescr *)descr)->d_wrapped;
            if (specific == NULL || specific == w) {
                specific = w;
                continue;
            }
        }
        if (d->offset == offsetof(MnType, tp_new)) {
            // __new__ of builtin types is a builtin bound to the type: keep the inherited slot.
            if (MN_TYPE(descr) == &mn_cfunction_type) {
                return SLOT(type, d->offset);
            }
        }
        use_generic = 1;
    }
    if (use_generic) {
        return generic;
    }
    if (!found_any) {
        return NULL;
    }
    return specific;
}

static void
fixup_group(MnType *type, const MnSlotDef *group, size_t count)
{
    size_t off = group[0].offset;
    mn_anyfunc f = resolve_slot(type, group, count);
    if (off == offsetof(MnType, tp_getattro) && f == NULL) {
        f = (mn_anyfunc)mn_object_generic_getattr;
    }
    if (off == offsetof(MnType, tp_setattro) && f == NULL) {
        f = (mn_anyfunc)mn_object_generic_setattr;
    }
    if (off == offsetof(MnType, tp_new) && f == NULL && type->tp_base != NULL) {
        f = (mn_anyfunc)type->tp_base->tp_new;
    }
    if (off == offsetof(MnType, tp_hash) && f == NULL) {
        f = (mn_anyfunc)mn_slots_hash_not_implemented;
    }
    if (off == offsetof(MnType, tp_finalize) && f == NULL && type->tp_base != NULL) {
        f = (mn_anyfunc)type->tp_base->tp_finalize;
    }
    SLOT(type, off) = f;
}

// Slot groups: runs of consecutive slotdefs sharing a slot offset. __getattr__ and
// __getattribute__ are adjacent, so are the comparisons and each binary pair.
static size_t
group_len(const MnSlotDef *d)
{
    size_t n = 1;
    while (d[n].name != NULL && d[n].offset == d->offset) {
        n++;
    }
    return n;
}

void
mn_slots_fixup(MnType *type)
{
    for (const MnSlotDef *d = mn_slotdefs; d->name != NULL;) {
        size_t n = group_len(d);
        fixup_group(type, d, n);
        d += n;
    }
    if (type->tp_finalize != NULL) {
        type->tp_flags |= MN_TPFLAG_HAS_FINALIZE;
    }
}

static void
update_subclasses(MnType *type, const MnSlotDef *group, size_t count)
{
    fixup_group(type, group, count);
    if (type->tp_subclasses == NULL) {
        return;
    }
    intptr_t pos = 0;
    MnObject *key, *value;
    while (mn_dict_next(type->tp_subclasses, &pos, &key, &value)) {
        MnType *sub = mn_type_subclass_of_key(key);
        if (sub != NULL && MN_TYPE_HAS_FLAG(sub, MN_TPFLAG_HEAPTYPE)) {
            update_subclasses(sub, group, count);
        }
    }
}

void
mn_slots_update(MnType *type, MnObject *name)
{
    for (const MnSlotDef *d = mn_slotdefs; d->name != NULL;) {
        size_t n = group_len(d);
        for (size_t i = 0; i < n; i++) {
            if (mn_str_eq(special_names[d[i].name_id], name)) {
                update_subclasses(type, d, n);
                break;
            }
        }
        d += n;
    }
    if (type->tp_finalize != NULL) {
        type->tp_flags |= MN_TPFLAG_HAS_FINALIZE;
    }
}
