/*
 * runtime/type.c - the types `object` and `type`, readying static types, MRO lookup, and the
 * mappingproxy (runtime/dictview.c) that type.__dict__ returns.
 * Readying fills a type's dict (slot wrappers, methods, members, getsets), computes its MRO
 * and inherits the slots it leaves NULL from each type of the MRO in order.
 * See also: runtime/typeobject.c (class statements), runtime/slots.c, runtime/descr.c
 */
#include <string.h>
#include "mnemo.h"
#include "type_internal.h"
#include "iter.h"
#include "weakref.h"

#define TYPE(o) ((MnType *)(o))

/* ==== lookup, with a cache keyed by (version tag, name) ==== */

// Every ready type has a version tag no other type state ever had; mn_type_modified gives a
// type and its subclasses fresh tags, so cached results (borrowed values, or misses) of
// older tags can never be hit again.
#define MCACHE_SIZE 4096
typedef struct MCacheEntry {
    unsigned int tag;
    MnObject *name;             // borrowed; checked together with its hash
    intptr_t hash;
    MnObject *value;            // borrowed, or NULL for a cached miss
} MCacheEntry;

static MCacheEntry mcache[MCACHE_SIZE];
static unsigned int last_tag;

static unsigned int
new_version_tag(void)
{
    if (++last_tag == 0) {
        memset(mcache, 0, sizeof mcache);
        last_tag = 1;
    }
    return last_tag;
}

static MnObject *
find_in_mro(MnType *type, MnObject *name)
{
    MnObject *mro = type->tp_mro;
    if (mro == NULL) {
        for (MnType *t = type; t != NULL; t = t->tp_base) {
            MnObject *v = t->tp_dict ? mn_dict_get_str_borrow(t->tp_dict, name) : NULL;
            if (v != NULL) {
                return v;
            }
        }
        return NULL;
    }
    intptr_t n = MN_TUPLE_LEN(mro);
    for (intptr_t i = 0; i < n; i++) {
        MnObject *dict = TYPE(MN_TUPLE_GET(mro, i))->tp_dict;
        if (dict == NULL) {
            continue;
        }
        MnObject *v = mn_dict_get_str_borrow(dict, name);
        if (v != NULL) {
            return v;
        }
    }
    return NULL;
}

MnObject *
mn_type_lookup(MnType *type, MnObject *name)
{
    unsigned int tag = type->tp_version_tag;
    if (tag == 0 || !MN_STR_CHECK_EXACT(name) || !((MnStr *)name)->state.interned ||
        mn_rt.finalizing ||
        !MN_TYPE_HAS_FLAG(type, MN_TPFLAG_READY)) {
        return find_in_mro(type, name);
    }
    intptr_t h = ((MnStr *)name)->hash;
    if (h == -1) {
        h = mn_str_hash(name);
    }
    MCacheEntry *e = &mcache[((size_t)tag * 2654435761u ^ (size_t)h) & (MCACHE_SIZE - 1)];
    if (e->tag == tag && e->name == name && e->hash == h) {
        return e->value;
    }
    MnObject *v = find_in_mro(type, name);
    e->tag = tag;
    e->name = name;
    e->hash = h;
    e->value = v;
    return v;
}

MnObject *
mn_type_lookup_cstr(MnType *type, const char *name)
{
    MnObject *s = mn_str_intern_cstr(name);
    if (s == NULL) {
        mn_err_clear();
        return NULL;
    }
    MnObject *v = mn_type_lookup(type, s);
    mn_decref(s);
    return v;
}

const char *
mn_type_name(MnType *type)
{
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        return type->tp_name;
    }
    const char *dot = strrchr(type->tp_name, '.');
    return dot ? dot + 1 : type->tp_name;
}

MnObject *
mn_type_qualname(MnType *type)
{
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        return mn_newref(type->ht_qualname);
    }
    return mn_str_from_cstr(mn_type_name(type));
}

MnObject *
mn_type_module(MnType *type)
{
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        MnObject *mod = mn_dict_get_str_borrow(type->tp_dict, mn_slot_name(SN___module__));
        if (mod == NULL) {
            return mn_err_format(mn_exc_AttributeError, "__module__");
        }
        return mn_newref(mod);
    }
    const char *dot = strrchr(type->tp_name, '.');
    if (dot != NULL) {
        return mn_str_from_utf8(type->tp_name, dot - type->tp_name);
    }
    return mn_str_intern_cstr("builtins");
}

void
mn_type_modified(MnType *type)
{
    if (type->tp_version_tag != 0) {
        type->tp_version_tag = new_version_tag();
    }
    if (type->tp_subclasses == NULL) {
        return;
    }
    intptr_t pos = 0;
    MnObject *key;
    while (mn_dict_next(type->tp_subclasses, &pos, &key, NULL)) {
        MnType *sub = mn_type_subclass_of_key(key);
        if (sub != NULL) {
            mn_type_modified(sub);
        }
    }
}

MnType *
mn_type_subclass_of_key(MnObject *key)
{
    intptr_t address = mn_int_as_ssize(key);
    return address & 1 ? NULL : (MnType *)(uintptr_t)address;
}

/* ==== subclass registry: the subclass's address as an int key, a weak reference value ==== */

int
mn_type_add_subclass(MnType *base, MnType *sub)
{
    if (base->tp_subclasses == NULL) {
        base->tp_subclasses = mn_dict_new();
        if (base->tp_subclasses == NULL) {
            return -1;
        }
    }
    MnObject *key = mn_int_from_ssize((intptr_t)(uintptr_t)sub);
    if (key == NULL) {
        return -1;
    }
    // As CPython, a class is held by a weak reference (the shared one: getweakrefcount of a
    // class is 1); static types, readied before weak references exist, get None.
    MnObject *value = MN_TYPE_HAS_FLAG(sub, MN_TPFLAG_HEAPTYPE) ?
                      mn_weakref_new_ref((MnObject *)sub, NULL) : mn_newref(mn_None);
    int rc = value ? mn_dict_set_item(base->tp_subclasses, key, value) : -1;
    mn_xdecref(value);
    mn_decref(key);
    return rc;
}

void
mn_type_remove_subclass(MnType *base, MnType *sub)
{
    if (base->tp_subclasses == NULL) {
        return;
    }
    MnObject *saved = mn_err_fetch();
    MnObject *key = mn_int_from_ssize((intptr_t)(uintptr_t)sub);
    if (key != NULL && mn_dict_del_item(base->tp_subclasses, key) < 0) {
        mn_err_clear();
    }
    mn_xdecref(key);
    mn_err_restore(saved);
}

/* ==== readying ==== */

static int
add_to_dict(MnType *type, const char *name, MnObject *value)
{
    if (value == NULL) {
        return -1;
    }
    int rc = 0;
    if (mn_dict_get_cstr_borrow(type->tp_dict, name) == NULL) {
        rc = mn_dict_set_item_cstr(type->tp_dict, name, value);
    }
    mn_decref(value);
    return rc;
}

static int
add_tables(MnType *type)
{
    for (const MnMethodDef *m = type->tp_methods; m && m->name; m++) {
        if (add_to_dict(type, m->name, mn_descr_new_method(type, m)) < 0) {
            return -1;
        }
    }
    for (const MnMemberDef *m = type->tp_members; m && m->name; m++) {
        if (add_to_dict(type, m->name, mn_descr_new_member(type, m)) < 0) {
            return -1;
        }
    }
    for (const MnGetSetDef *g = type->tp_getset; g && g->name; g++) {
        if (add_to_dict(type, g->name, mn_descr_new_getset(type, g)) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
overrides_hash(MnType *type)
{
    MnObject *dict = type->tp_dict;
    return mn_dict_get_str_borrow(dict, mn_slot_name(SN___eq__)) != NULL ||
           mn_dict_get_str_borrow(dict, mn_slot_name(SN___hash__)) != NULL;
}

#define COPY(slot)                                      \
    do {                                                \
        if (!type->slot) {                       \
            type->slot = base->slot;                    \
        }                                               \
    } while (0)

static void
inherit_number_slots(MnType *type, MnType *base)
{
    COPY(nb_add); COPY(nb_subtract); COPY(nb_multiply); COPY(nb_remainder);
    COPY(nb_divmod); COPY(nb_power); COPY(nb_lshift); COPY(nb_rshift); COPY(nb_and);
    COPY(nb_xor); COPY(nb_or); COPY(nb_floor_divide); COPY(nb_true_divide);
    COPY(nb_matrix_multiply); COPY(nb_inplace_add); COPY(nb_inplace_subtract);
    COPY(nb_inplace_multiply); COPY(nb_inplace_remainder); COPY(nb_inplace_floor_divide);
    COPY(nb_inplace_true_divide); COPY(nb_inplace_power); COPY(nb_inplace_lshift);
    COPY(nb_inplace_rshift); COPY(nb_inplace_and); COPY(nb_inplace_xor); COPY(nb_inplace_or);
    COPY(nb_inplace_matrix_multiply); COPY(nb_negative); COPY(nb_positive);
    COPY(nb_absolute); COPY(nb_invert); COPY(nb_bool); COPY(nb_int); COPY(nb_float);
    COPY(nb_index);
}

static void
inherit_slots(MnType *type, MnType *base)
{
    inherit_number_slots(type, base);
    COPY(mp_length); COPY(mp_subscript); COPY(mp_ass_subscript); COPY(sq_contains);
    COPY(tp_dealloc);
    if (type->tp_getattro == NULL && type->tp_setattro == NULL) {
        type->tp_getattro = base->tp_getattro;
        type->tp_setattro = base->tp_setattro;
    }
    COPY(tp_repr); COPY(tp_call); COPY(tp_str);
    if (type->tp_richcompare == NULL && type->tp_hash == NULL && !overrides_hash(type)) {
        type->tp_richcompare = base->tp_richcompare;
        type->tp_hash = base->tp_hash;
    }
    COPY(tp_iter); COPY(tp_iternext); COPY(tp_descr_get); COPY(tp_descr_set);
    COPY(tp_init);
    if (MN_TYPE_HAS_FLAG(base, MN_TPFLAG_HAS_FINALIZE) || base->tp_finalize != NULL) {
        COPY(tp_finalize);
    }
}

static void
inherit_special(MnType *type, MnType *base)
{
    const unsigned long subclass_flags =
        MN_TPFLAG_LONG_SUBCLASS | MN_TPFLAG_LIST_SUBCLASS | MN_TPFLAG_TUPLE_SUBCLASS |
        MN_TPFLAG_BYTES_SUBCLASS | MN_TPFLAG_UNICODE_SUBCLASS | MN_TPFLAG_DICT_SUBCLASS |
        MN_TPFLAG_BASE_EXC_SUBCLASS | MN_TPFLAG_TYPE_SUBCLASS;
    type->tp_flags |= base->tp_flags & subclass_flags;
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_GC) && MN_TYPE_HAS_FLAG(base, MN_TPFLAG_GC) &&
        type->tp_traverse == NULL && type->tp_clear == NULL) {
        type->tp_flags |= MN_TPFLAG_GC;
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    if (type->tp_basicsize == 0) {
        type->tp_basicsize = base->tp_basicsize;
    }
    COPY(tp_itemsize);
    COPY(tp_weaklistoffset);
    COPY(tp_dictoffset);
    if (type->tp_new == NULL && MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        type->tp_new = base->tp_new;
    } else if (type->tp_new == NULL && base != &mn_object_type) {
        type->tp_new = base->tp_new;
    }
}

#undef COPY

static MnObject *
static_mro(MnType *type)
{
    MnObject *base_mro = type->tp_base ? type->tp_base->tp_mro : NULL;
    intptr_t n = base_mro ? MN_TUPLE_LEN(base_mro) : 0;
    MnObject *mro = mn_tuple_new(n + 1);
    if (mro == NULL) {
        return NULL;
    }
    MN_TUPLE_SET(mro, 0, mn_newref(type));
    for (intptr_t i = 0; i < n; i++) {
        MN_TUPLE_SET(mro, i + 1, mn_newref(MN_TUPLE_GET(base_mro, i)));
    }
    return mro;
}

static int
ready_dict_and_doc(MnType *type)
{
    if (mn_dict_get_str_borrow(type->tp_dict, mn_slot_name(SN___doc__)) == NULL) {
        MnObject *doc = type->tp_doc ? mn_str_from_cstr(type->tp_doc) : mn_newref(mn_None);
        if (doc == NULL) {
            return -1;
        }
        int rc = mn_dict_set_item(type->tp_dict, mn_slot_name(SN___doc__), doc);
        mn_decref(doc);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static int
ready_hash(MnType *type)
{
    // A class that inherits "unhashable" (a subclass of list) keeps __hash__ out of its own
    // dict, as CPython's; a built-in type shows its None there.
    int heap = MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE);
    if (type->tp_hash != NULL && (heap || type->tp_hash != mn_slots_hash_not_implemented)) {
        return 0;
    }
    if (mn_dict_get_str_borrow(type->tp_dict, mn_slot_name(SN___hash__)) == NULL &&
        mn_dict_set_item(type->tp_dict, mn_slot_name(SN___hash__), mn_None) < 0) {
        return -1;
    }
    type->tp_hash = mn_slots_hash_not_implemented;
    return 0;
}

int
mn_type_ready(MnType *type)
{
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_READY)) {
        return 0;
    }
    if (mn_slots_init() < 0) {
        return -1;
    }
    int heap = MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE);
    if (type != &mn_object_type && type->tp_base == NULL) {
        type->tp_base = &mn_object_type;
    }
    MnType *base = type->tp_base;
    if (base != NULL && mn_type_ready(base) < 0) {
        return -1;
    }
    if (type->tp_bases == NULL) {
        type->tp_bases = base ? mn_tuple_pack(1, base) : mn_tuple_new(0);
        if (type->tp_bases == NULL) {
            return -1;
        }
    }
    if (type->tp_dict == NULL && (type->tp_dict = mn_dict_new()) == NULL) {
        return -1;
    }
    if (mn_slots_add_wrappers(type) < 0) {
        return -1;
    }
    if (!heap && type->tp_new != NULL &&
        add_to_dict(type, "__new__", mn_descr_new_tp_new_wrapper(type)) < 0) {
        return -1;
    }
    if (add_tables(type) < 0) {
        return -1;
    }
    MnObject *mro = heap ? mn_type_compute_mro(type) : static_mro(type);
    if (mro == NULL) {
        return -1;
    }
    MN_SETREF(type->tp_mro, mro);
    if (base != NULL) {
        inherit_special(type, base);
    }
    for (intptr_t i = 1; i < MN_TUPLE_LEN(mro); i++) {
        inherit_slots(type, TYPE(MN_TUPLE_GET(mro, i)));
    }
    if (type->tp_getattro == NULL) {
        type->tp_getattro = mn_object_generic_getattr;
    }
    if (type->tp_setattro == NULL) {
        type->tp_setattro = mn_object_generic_setattr;
    }
    if (ready_hash(type) < 0 || (!heap && ready_dict_and_doc(type) < 0)) {
        return -1;
    }
    for (intptr_t i = 0; i < MN_TUPLE_LEN(type->tp_bases); i++) {
        if (mn_type_add_subclass(TYPE(MN_TUPLE_GET(type->tp_bases, i)), type) < 0) {
            return -1;
        }
    }
    type->tp_flags |= MN_TPFLAG_READY;
    type->tp_version_tag = new_version_tag();
    // Static types are remembered so the runtime's teardown releases their dicts.
    return heap ? 0 : mn_runtime_ready_type(type);
}

/* ==== object ==== */

static int
excess_args(intptr_t nargs, MnObject *kwnames)
{
    return nargs > 0 || (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0);
}

static int object_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kw);
static MnObject *object_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kw);

static int
object_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    MnType *type = MN_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (type->tp_init != object_init) {
            mn_err_format(mn_exc_TypeError,
                          "object.__init__() takes exactly one argument (the instance to "
                          "initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            mn_err_format(mn_exc_TypeError,
                          "%s.__init__() takes exactly one argument (the instance to "
                          "initialize)", type->tp_name);
            return -1;
        }
    }
    return 0;
}

static MnObject *
object_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new) {
            return mn_err_format(mn_exc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to "
                                 "instantiate)");
        }
        if (type->tp_init == object_init) {
            return mn_err_format(mn_exc_TypeError, "%s() takes no arguments", type->tp_name);
        }
    }
    MnObject *obj = mn_type_generic_new(type, NULL, 0, NULL);
    if (obj != NULL && MN_TYPE_HAS_FLAG(type, MN_TPFLAG_MANAGED_DICT) &&
        type->ht_cached_keys != NULL) {
        // Attributes start inline; each new instance gives up one usable shared entry.
        *MN_INSTANCE_VALUES_PTR(obj) = mn_dict_values_new(type->ht_cached_keys, 1);
        if (*MN_INSTANCE_VALUES_PTR(obj) == NULL) {
            MN_CLEAR(obj);
        }
    }
    return obj;
}

MnObject *
mn_type_generic_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    MnObject *obj = mn_object_alloc(type, 0);
    if (obj != NULL && MN_TYPE_HAS_FLAG(type, MN_TPFLAG_GC)) {
        mn_gc_track(obj);
    }
    return obj;
}

static void
object_dealloc(MnObject *self)
{
    mn_object_free(self);
}

static MnObject *
object_repr(MnObject *self)
{
    MnType *type = MN_TYPE(self);
    MnObject *mod = mn_type_module(type), *res;
    if (mod == NULL) {
        mn_err_clear();
    }
    MnObject *name = mn_type_qualname(type);
    if (name == NULL) {
        mn_xdecref(mod);
        return NULL;
    }
    if (mod != NULL && MN_STR_CHECK(mod) && !mn_str_eq_cstr(mod, "builtins")) {
        res = mn_str_from_format("<%U.%U object at %p>", mod, name, (void *)self);
    } else {
        res = mn_str_from_format("<%s object at %p>", type->tp_name, (void *)self);
    }
    mn_xdecref(mod);
    mn_decref(name);
    return res;
}

static MnObject *
object_str(MnObject *self)
{
    mn_unaryfunc f = MN_TYPE(self)->tp_repr;
    return f ? f(self) : object_repr(self);
}

static intptr_t
object_hash(MnObject *self)
{
    return mn_hash_pointer(self);
}

static MnObject *
object_richcompare(MnObject *self, MnObject *other, int op)
{
    if (op == MN_EQ) {
        return mn_newref(self == other ? mn_True : mn_NotImplemented);
    }
    if (op == MN_NE) {
        mn_richcmpfunc f = MN_TYPE(self)->tp_richcompare;
        if (f == NULL) {
            return mn_newref(mn_NotImplemented);
        }
        MnObject *res = f(self, other, MN_EQ);
        if (res != NULL && res != mn_NotImplemented) {
            int ok = mn_object_is_true(res);
            mn_decref(res);
            return ok < 0 ? NULL : mn_bool_from_long(!ok);
        }
        return res;
    }
    return mn_newref(mn_NotImplemented);
}

static MnObject *
object_format(MnObject *self, MnObject *spec)
{
    if (!MN_STR_CHECK(spec)) {
        return mn_err_format(mn_exc_TypeError,
                             "__format__() argument must be str, not %s",
                             mn_type_name(MN_TYPE(spec)));
    }
    if (MN_STR_LEN(spec) > 0) {
        return mn_err_format(mn_exc_TypeError, "unsupported format string passed to %s.__format__",
                             MN_TYPE(self)->tp_name);
    }
    return mn_object_str(self);
}

static MnObject *
object_sizeof(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnType *t = MN_TYPE(self);
    intptr_t size = t->tp_basicsize;
    if (t->tp_itemsize != 0) {
        intptr_t n = MN_SIZE(self);
        size += t->tp_itemsize * (n < 0 ? -n : n);
    }
    return mn_int_from_ssize(size);
}

static int
merge_class_dict(MnObject *dict, MnObject *cls)
{
    MnObject *d = NULL, *bases = NULL;
    int rc = -1;
    if (mn_object_lookup_attr(cls, mn_slot_name(SN___dict__), &d) < 0) {
        return -1;
    }
    if (d != NULL) {
        MnObject *keys = mn_object_call_method(d, "keys", NULL, 0);
        if (keys == NULL) {
            goto done;
        }
        MnObject *it = mn_object_get_iter(keys);
        mn_decref(keys);
        if (it == NULL) {
            goto done;
        }
        MnObject *k;
        while ((k = mn_iter_next(it)) != NULL) {
            int r = mn_dict_set_item(dict, k, mn_None);
            mn_decref(k);
            if (r < 0) {
                mn_decref(it);
                goto done;
            }
        }
        mn_decref(it);
        if (mn_err_occurred()) {
            goto done;
        }
    }
    MnObject *bname = mn_str_from_cstr("__bases__");
    if (bname == NULL) {
        goto done;
    }
    int found = mn_object_lookup_attr(cls, bname, &bases);
    mn_decref(bname);
    if (found < 0) {
        goto done;
    }
    if (bases != NULL && MN_TUPLE_CHECK(bases)) {
        for (intptr_t i = 0; i < MN_TUPLE_LEN(bases); i++) {
            if (merge_class_dict(dict, MN_TUPLE_GET(bases, i)) < 0) {
                goto done;
            }
        }
    }
    rc = 0;
done:
    mn_xdecref(d);
    mn_xdecref(bases);
    return rc;
}

static MnObject *
object_dir(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *dict = NULL, *cls = NULL, *res = NULL;
    if (mn_object_lookup_attr(self, mn_slot_name(SN___dict__), &dict) < 0) {
        return NULL;
    }
    if (dict == NULL || !MN_DICT_CHECK(dict)) {
        MN_SETREF(dict, mn_dict_new());
    } else {
        MN_SETREF(dict, mn_dict_copy(dict));
    }
    if (dict == NULL) {
        return NULL;
    }
    if (mn_object_lookup_attr(self, mn_slot_name(SN___class__), &cls) < 0) {
        goto done;
    }
    if (cls != NULL && merge_class_dict(dict, cls) < 0) {
        goto done;
    }
    res = mn_dict_keys(dict);
done:
    mn_xdecref(cls);
    mn_decref(dict);
    return res;
}

static MnObject *
object_getstate(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject **dp = mn_object_materialized_dict_ptr(self);
    if (dp != NULL && *dp != NULL && MN_DICT_LEN(*dp) > 0) {
        return mn_dict_copy(*dp);
    }
    return mn_newref(mn_None);
}

// Pickling is outside the subset: the protocol methods exist (for dir() and hasattr) but
// refuse, as CPython does for objects it cannot pickle.
static MnObject *
object_reduce(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)args;
    (void)nargs;
    return mn_err_format(mn_exc_TypeError, "cannot pickle '%s' object",
                         mn_type_name(MN_TYPE(self)));
}

static MnObject *
object_init_subclass(MnObject *cls, MnObject *unused)
{
    (void)cls;
    (void)unused;
    return mn_newref(mn_None);
}

static MnObject *
object_subclasshook(MnObject *cls, MnObject *const *args, intptr_t nargs)
{
    (void)cls;
    (void)args;
    (void)nargs;
    return mn_newref(mn_NotImplemented);
}

static MnObject *
object_get_class(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(MN_TYPE(self));
}

// Same instance layout: equal sizes, same dict/weakref offsets and the same slot layout.
static int
compatible_layout(MnType *a, MnType *b)
{
    while (a->tp_base != NULL && MN_TYPE_HAS_FLAG(a, MN_TPFLAG_HEAPTYPE) &&
           a->ht_slots == NULL && a->tp_basicsize == a->tp_base->tp_basicsize) {
        a = a->tp_base;
    }
    while (b->tp_base != NULL && MN_TYPE_HAS_FLAG(b, MN_TPFLAG_HEAPTYPE) &&
           b->ht_slots == NULL && b->tp_basicsize == b->tp_base->tp_basicsize) {
        b = b->tp_base;
    }
    if (a->tp_basicsize != b->tp_basicsize || a->tp_itemsize != b->tp_itemsize ||
        a->tp_dictoffset != b->tp_dictoffset || a->tp_weaklistoffset != b->tp_weaklistoffset ||
        (a->tp_flags & MN_TPFLAG_GC) != (b->tp_flags & MN_TPFLAG_GC)) {
        return 0;
    }
    if (a == b) {
        return 1;
    }
    if (MN_TYPE_HAS_FLAG(a, MN_TPFLAG_HEAPTYPE) && MN_TYPE_HAS_FLAG(b, MN_TPFLAG_HEAPTYPE)) {
        MnObject *sa = a->ht_slots, *sb = b->ht_slots;
        if (sa == NULL || sb == NULL) {
            return sa == sb && compatible_layout(a->tp_base, b->tp_base);
        }
        if (mn_object_richcompare_bool(sa, sb, MN_EQ) != 1) {
            return 0;
        }
        return compatible_layout(a->tp_base, b->tp_base);
    }
    return 0;
}

static int
object_set_class(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!MN_TYPE_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      mn_type_name(MN_TYPE(value)));
        return -1;
    }
    MnType *newto = TYPE(value), *oldto = MN_TYPE(self);
    if (!MN_TYPE_HAS_FLAG(newto, MN_TPFLAG_HEAPTYPE) ||
        !MN_TYPE_HAS_FLAG(oldto, MN_TPFLAG_HEAPTYPE)) {
        mn_err_format(mn_exc_TypeError,
                      "__class__ assignment only supported for mutable types or ModuleType "
                      "subclasses");
        return -1;
    }
    if (!compatible_layout(newto, oldto)) {
        mn_err_format(mn_exc_TypeError, "__class__ assignment: '%s' object layout differs from "
                      "'%s'", newto->tp_name, oldto->tp_name);
        return -1;
    }
    MnObject **dp = mn_object_materialized_dict_ptr(self);
    if (dp != NULL && *dp == NULL && MN_TYPE_HAS_FLAG(oldto, MN_TPFLAG_MANAGED_DICT) &&
        oldto->ht_cached_keys != NULL) {
        return -1;
    }
    mn_incref(newto);
    MN_TYPE(self) = newto;
    mn_decref(oldto);
    return 0;
}

static const MnMethodDef object_methods[] = {
    {"__dir__", object_dir, MN_METH_NOARGS, "Default dir() implementation."},
    {"__getstate__", object_getstate, MN_METH_NOARGS, "Helper for pickle."},
    {"__reduce__", object_reduce, MN_METH_FAST, "Helper for pickle."},
    {"__reduce_ex__", object_reduce, MN_METH_FAST, "Helper for pickle."},
    {"__format__", object_format, MN_METH_O, "Default object formatter."},
    {"__sizeof__", object_sizeof, MN_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__init_subclass__", object_init_subclass, MN_METH_NOARGS | MN_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, MN_METH_FAST | MN_METH_CLASS,
     "Abstract classes can override this to customize issubclass()."},
    {NULL, NULL, 0, NULL},
};

static const MnGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_object_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "object",
    .tp_basicsize = sizeof(MnObject), .tp_flags = MN_TPFLAG_BASETYPE,
    .tp_dealloc = object_dealloc,   .tp_repr = object_repr,
    .tp_str = object_str,           .tp_hash = object_hash,
    .tp_richcompare = object_richcompare,
    .tp_getattro = mn_object_generic_getattr, .tp_setattro = mn_object_generic_setattr,
    .tp_init = object_init,         .tp_new = object_new,
    .tp_methods = object_methods,   .tp_getset = object_getset,
    .tp_doc = "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
};

/* ==== type: attributes ==== */

static MnObject *
type_get_name(MnObject *self, void *closure)
{
    (void)closure;
    if (MN_TYPE_HAS_FLAG(TYPE(self), MN_TPFLAG_HEAPTYPE)) {
        return mn_newref(TYPE(self)->ht_name);
    }
    return mn_str_from_cstr(mn_type_name(TYPE(self)));
}

// Writes type.__dict__[key] (value NULL: deletes), invalidating cached lookups before and
// after (the write may drop an object whose __del__ looks attributes up).
static int
type_dict_write(MnType *type, MnObject *key, MnObject *value)
{
    mn_type_modified(type);
    int rc = value ? mn_dict_set_item(type->tp_dict, key, value)
                   : mn_dict_del_item(type->tp_dict, key);
    mn_type_modified(type);
    return rc;
}

static int
check_set_special(MnType *type, MnObject *value, const char *name)
{
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        mn_err_format(mn_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                      type->tp_name);
        return -1;
    }
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                      name, type->tp_name);
        return -1;
    }
    return 0;
}

static int
type_set_name(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    MnType *type = TYPE(self);
    if (check_set_special(type, value, "__name__") < 0) {
        return -1;
    }
    if (!MN_STR_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                      type->tp_name, mn_type_name(MN_TYPE(value)));
        return -1;
    }
    intptr_t len;
    const char *utf8 = mn_str_as_utf8(value, &len);
    if (utf8 == NULL) {
        return -1;
    }
    if ((intptr_t)strlen(utf8) != len) {
        mn_err_format(mn_exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    mn_incref(value);
    MnObject *old = type->ht_name;
    type->ht_name = value;
    type->tp_name = utf8;
    mn_decref(old);
    return 0;
}

static MnObject *
type_get_qualname(MnObject *self, void *closure)
{
    (void)closure;
    return mn_type_qualname(TYPE(self));
}

static int
type_set_qualname(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    MnType *type = TYPE(self);
    if (check_set_special(type, value, "__qualname__") < 0) {
        return -1;
    }
    if (!MN_STR_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      type->tp_name, mn_type_name(MN_TYPE(value)));
        return -1;
    }
    MN_SETREF(type->ht_qualname, mn_newref(value));
    return 0;
}

static MnObject *
type_get_module(MnObject *self, void *closure)
{
    (void)closure;
    return mn_type_module(TYPE(self));
}

static int
type_set_module(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    MnType *type = TYPE(self);
    if (check_set_special(type, value, "__module__") < 0) {
        return -1;
    }
    return type_dict_write(type, mn_slot_name(SN___module__), value);
}

static MnObject *
type_get_bases(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *b = TYPE(self)->tp_bases;
    return b ? mn_newref(b) : mn_tuple_new(0);
}

static MnObject *
type_get_dict(MnObject *self, void *closure)
{
    (void)closure;
    if (TYPE(self)->tp_dict == NULL) {
        return mn_newref(mn_None);
    }
    return mn_mappingproxy_new(TYPE(self)->tp_dict);
}

static MnObject *
type_get_doc(MnObject *self, void *closure)
{
    (void)closure;
    MnType *type = TYPE(self);
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE) && type->tp_doc != NULL) {
        return mn_str_from_cstr(type->tp_doc);
    }
    MnObject *doc = mn_dict_get_str_borrow(type->tp_dict, mn_slot_name(SN___doc__));
    if (doc == NULL) {
        return mn_newref(mn_None);
    }
    mn_descrgetfunc get = MN_TYPE(doc)->tp_descr_get;
    if (get != NULL) {
        return get(doc, NULL, self);
    }
    return mn_newref(doc);
}

static int
type_set_doc(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    MnType *type = TYPE(self);
    if (check_set_special(type, value, "__doc__") < 0) {
        return -1;
    }
    return type_dict_write(type, mn_slot_name(SN___doc__), value);
}

static MnObject *
type_get_annotations(MnObject *self, void *closure)
{
    (void)closure;
    MnType *type = TYPE(self);
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        return mn_err_format(mn_exc_AttributeError, "type object '%s' has no attribute "
                             "'__annotations__'", type->tp_name);
    }
    MnObject *name = mn_slot_name(SN___annotations__);
    MnObject *ann = mn_dict_get_str_borrow(type->tp_dict, name);
    if (ann != NULL) {
        mn_descrgetfunc get = MN_TYPE(ann)->tp_descr_get;
        return get ? get(ann, NULL, self) : mn_newref(ann);
    }
    ann = mn_dict_new();
    if (ann == NULL || type_dict_write(type, name, ann) < 0) {
        mn_xdecref(ann);
        return NULL;
    }
    return ann;
}

static int
type_set_annotations(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    MnType *type = TYPE(self);
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        mn_err_format(mn_exc_TypeError, "cannot set '__annotations__' attribute of immutable "
                      "type '%s'", type->tp_name);
        return -1;
    }
    if (type_dict_write(type, mn_slot_name(SN___annotations__), value) < 0) {
        if (value == NULL && mn_err_matches((MnObject *)mn_exc_KeyError)) {
            mn_err_clear();
            mn_err_format(mn_exc_AttributeError, "__annotations__");
        }
        return -1;
    }
    return 0;
}

static const MnMemberDef type_members[] = {
    {"__basicsize__", MN_T_SSIZE, offsetof(MnType, tp_basicsize), MN_READONLY, NULL},
    {"__itemsize__", MN_T_SSIZE, offsetof(MnType, tp_itemsize), MN_READONLY, NULL},
    {"__flags__", MN_T_SSIZE, offsetof(MnType, tp_flags), MN_READONLY, NULL},
    {"__weakrefoffset__", MN_T_SSIZE, offsetof(MnType, tp_weaklistoffset), MN_READONLY, NULL},
    {"__base__", MN_T_OBJECT, offsetof(MnType, tp_base), MN_READONLY, NULL},
    {"__dictoffset__", MN_T_SSIZE, offsetof(MnType, tp_dictoffset), MN_READONLY, NULL},
    {"__mro__", MN_T_OBJECT, offsetof(MnType, tp_mro), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const MnGetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== type: methods ==== */

static MnObject *
type_mro_method(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *mro = MN_TYPE_HAS_FLAG(TYPE(self), MN_TPFLAG_HEAPTYPE)
                    ? mn_type_compute_mro(TYPE(self)) : mn_newref(TYPE(self)->tp_mro);
    if (mro == NULL) {
        return NULL;
    }
    MnObject *list = mn_list_from_iterable(mro);
    mn_decref(mro);
    return list;
}

static MnObject *
type_subclasses(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *list = mn_list_new(0), *key;
    MnObject *reg = TYPE(self)->tp_subclasses;
    intptr_t pos = 0;
    if (list == NULL || reg == NULL) {
        return list;
    }
    while (mn_dict_next(reg, &pos, &key, NULL)) {
        MnObject *sub = (MnObject *)mn_type_subclass_of_key(key);
        if (sub != NULL && mn_list_append(list, sub) < 0) {
            mn_decref(list);
            return NULL;
        }
    }
    return list;
}

static MnObject *
type_instancecheck(MnObject *self, MnObject *inst)
{
    MnObject *cls = NULL;
    if (mn_type_is_subtype(MN_TYPE(inst), TYPE(self))) {
        return mn_newref(mn_True);
    }
    if (mn_object_lookup_attr(inst, mn_slot_name(SN___class__), &cls) < 0) {
        return NULL;
    }
    int r = cls != NULL && cls != (MnObject *)MN_TYPE(inst) && MN_TYPE_CHECK(cls) &&
            mn_type_is_subtype(TYPE(cls), TYPE(self));
    mn_xdecref(cls);
    return mn_bool_from_long(r);
}

static MnObject *
type_subclasscheck(MnObject *self, MnObject *sub)
{
    int r = mn_object_issubclass(sub, self);
    return r < 0 ? NULL : mn_bool_from_long(r);
}

static MnObject *
type_dir(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *dict = mn_dict_new(), *res = NULL;
    if (dict == NULL) {
        return NULL;
    }
    if (merge_class_dict(dict, self) == 0) {
        res = mn_dict_keys(dict);
    }
    mn_decref(dict);
    return res;
}

static MnObject *
type_sizeof(MnObject *self, MnObject *unused)
{
    (void)unused;
    // CPython 3.11's figures: sizeof(PyTypeObject) for static types; for classes
    // sizeof(PyHeapTypeObject) plus the shared attribute keys (sys.getsizeof adds the
    // collector header of heap types).
    MnType *type = TYPE(self);
    intptr_t size = 408;
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        size = 904;
        if (type->ht_cached_keys != NULL) {
            size += (intptr_t)mn_dict_keys_sizeof(type->ht_cached_keys);
        }
    }
    return mn_int_from_ssize(size);
}

static MnObject *
type_prepare(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return mn_dict_new();
}

static const MnMethodDef type_methods[] = {
    {"mro", type_mro_method, MN_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, MN_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, MN_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, MN_METH_O, "Check if a class is a subclass."},
    {"__dir__", type_dir, MN_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, MN_METH_NOARGS, "Return memory consumption of the type object."},
    {"__prepare__", type_prepare, MN_METH_FASTKW | MN_METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {NULL, NULL, 0, NULL},
};

/* ==== type: slots ==== */

static MnObject *
type_repr(MnObject *self)
{
    MnType *type = TYPE(self);
    MnObject *mod = mn_type_module(type), *res;
    if (mod == NULL) {
        mn_err_clear();
    }
    MnObject *name = mn_type_qualname(type);
    if (name == NULL) {
        mn_xdecref(mod);
        return NULL;
    }
    if (mod != NULL && MN_STR_CHECK(mod) && !mn_str_eq_cstr(mod, "builtins")) {
        res = mn_str_from_format("<class '%U.%U'>", mod, name);
    } else {
        res = mn_str_from_format("<class '%s'>", type->tp_name);
    }
    mn_xdecref(mod);
    mn_decref(name);
    return res;
}

// True when CPython 3.11 calls [type] with the positional arguments packed in a tuple and the
// keyword values in a dict (classes, str, int, bytes and zip have no vectorcall there): a
// dunder method run by the call sees one more reference to each argument.
static int
call_packs_args(MnType *type)
{
    return MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE) || type == &mn_str_type ||
           type == &mn_int_type || type == &mn_bytes_type || type == &mn_zip_type;
}

// True when CPython 3.11 packs the positional arguments of a call of [type] in a tuple:
// the types of call_packs_args, and others whose dunders run no Python code.
static int
call_makes_arg_tuple(MnType *type, int packs)
{
    return packs || type == &mn_slice_type || type == &mn_object_type ||
           type == &mn_staticmethod_type || type == &mn_classmethod_type ||
           type == &mn_property_type;
}

static MnObject *
type_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnType *type = TYPE(self);
    int nkw = kwnames ? (int)MN_TUPLE_LEN(kwnames) : 0;
    if (type == &mn_type_type && nargs == 1 && nkw == 0) {
        return mn_newref(MN_TYPE(args[0]));
    }
    if (type->tp_new == NULL) {
        return mn_err_format(mn_exc_TypeError, "cannot create '%s' instances", type->tp_name);
    }
    int pin = call_packs_args(type);
    if (pin) {
        mn_hold_array(args, nargs + nkw);
    }
    // CPython's argument tuple (no vectorcall there), alive while type() makes a class
    MnObject *held = type == &mn_type_type ? mn_tuple_hold_args(nargs) : NULL;
    if (held == NULL && call_makes_arg_tuple(type, pin)) {
        mn_tuple_touch_freelist(nargs);
    }
    MnObject *obj = type->tp_new(type, args, nargs, kwnames);
    if (obj != NULL && mn_type_is_subtype(MN_TYPE(obj), type)) {
        mn_initfunc init = MN_TYPE(obj)->tp_init;
        if (init != NULL && init(obj, args, nargs, kwnames) < 0) {
            MN_CLEAR(obj);
        }
    }
    if (pin) {
        mn_release_array(args, nargs + nkw);
    }
    mn_xdecref(held);
    return obj;
}

static MnObject *
type_new(MnType *metatype, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)metatype;
    int nkw = kwnames ? (int)MN_TUPLE_LEN(kwnames) : 0;
    if (nargs == 1 && nkw == 0) {
        return mn_newref(MN_TYPE(args[0]));
    }
    if (nargs != 3) {
        return mn_err_format(mn_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    static const char *const want[] = {"str", "tuple", "dict"};
    int ok[3] = {MN_STR_CHECK(args[0]), MN_TUPLE_CHECK(args[1]), MN_DICT_CHECK(args[2])};
    for (int i = 0; i < 3; i++) {
        if (!ok[i]) {
            return mn_err_format(mn_exc_TypeError, "type.__new__() argument %d must be %s, not %s",
                                 i + 1, want[i], mn_type_name(MN_TYPE(args[i])));
        }
    }
    MnObject *kw = NULL;
    if (nkw > 0) {
        kw = mn_dict_new();
        for (int i = 0; kw != NULL && i < nkw; i++) {
            if (mn_dict_set_item(kw, MN_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                MN_CLEAR(kw);
            }
        }
        if (kw == NULL) {
            return NULL;
        }
    }
    MnObject *res = mn_type_new_class_kw(args[0], args[1], args[2], kw);
    mn_xdecref(kw);
    return res;
}

static int
type_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    (void)args;
    if (nargs == 1 && kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        mn_err_format(mn_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        mn_err_format(mn_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static MnObject *
type_getattro(MnObject *self, MnObject *name)
{
    MnType *type = TYPE(self), *meta = MN_TYPE(self);
    MnObject *meta_attr = mn_type_lookup(meta, name);
    mn_descrgetfunc meta_get = NULL;
    if (meta_attr != NULL) {
        mn_incref(meta_attr);
        meta_get = MN_TYPE(meta_attr)->tp_descr_get;
        if (meta_get != NULL && MN_TYPE(meta_attr)->tp_descr_set != NULL) {
            MnObject *res = meta_get(meta_attr, self, (MnObject *)meta);
            mn_decref(meta_attr);
            return res;
        }
    }
    MnObject *attr = mn_type_lookup(type, name);
    if (attr != NULL) {
        mn_xdecref(meta_attr);
        mn_descrgetfunc get = MN_TYPE(attr)->tp_descr_get;
        if (get != NULL) {
            mn_incref(attr);
            MnObject *res = get(attr, NULL, self);
            mn_decref(attr);
            return res;
        }
        return mn_newref(attr);
    }
    if (meta_get != NULL) {
        MnObject *res = meta_get(meta_attr, self, (MnObject *)meta);
        mn_decref(meta_attr);
        return res;
    }
    if (meta_attr != NULL) {
        return meta_attr;
    }
    return mn_err_format(mn_exc_AttributeError, "type object '%s' has no attribute '%U'",
                         type->tp_name, name);
}

static int
type_setattro(MnObject *self, MnObject *name, MnObject *value)
{
    MnType *type = TYPE(self);
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        mn_err_format(mn_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                      type->tp_name);
        return -1;
    }
    MnObject *meta_attr = mn_type_lookup(MN_TYPE(self), name);
    if (meta_attr != NULL && MN_TYPE(meta_attr)->tp_descr_set != NULL) {
        mn_incref(meta_attr);
        int rc = MN_TYPE(meta_attr)->tp_descr_set(meta_attr, self, value);
        mn_decref(meta_attr);
        return rc;
    }
    MnObject *key = mn_newref(name);
    mn_str_intern_inplace(&key);
    int rc = type_dict_write(type, key, value);
    if (rc < 0 && value == NULL && mn_err_matches((MnObject *)mn_exc_KeyError)) {
        mn_err_clear();
        mn_err_format(mn_exc_AttributeError, "type object '%s' has no attribute '%U'",
                      type->tp_name, name);
    }
    if (rc == 0 && MN_STR_LEN(key) > 4 && MN_STR_READ(key, 0) == '_' &&
        MN_STR_READ(key, 1) == '_') {
        mn_slots_update(type, key);
    }
    mn_decref(key);
    return rc;
}

static int
type_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MnType *type = TYPE(self);
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        return 0;
    }
    MN_VISIT(type->tp_dict);
    MN_VISIT(type->tp_mro);
    MN_VISIT(type->tp_bases);
    MN_VISIT(type->tp_base);
    MN_VISIT(type->ht_slots);
    return 0;
}

static int
type_clear(MnObject *self)
{
    MnType *type = TYPE(self);
    mn_type_modified(type);
    if (type->tp_dict != NULL) {
        mn_dict_clear(type->tp_dict);
    }
    MN_CLEAR(type->tp_mro);
    mn_type_modified(type);
    return 0;
}

static void
type_dealloc(MnObject *self)
{
    MnType *type = TYPE(self);
    mn_gc_untrack(self);
    if (type->tp_weaklist != NULL) {
        mn_weakref_clear_refs(self);
    }
    if (type->tp_bases != NULL) {
        for (intptr_t i = 0; i < MN_TUPLE_LEN(type->tp_bases); i++) {
            mn_type_remove_subclass(TYPE(MN_TUPLE_GET(type->tp_bases, i)), type);
        }
    }
    mn_type_modified(type);
    MN_CLEAR(type->tp_dict);
    MN_CLEAR(type->tp_mro);
    MN_CLEAR(type->tp_bases);
    MN_CLEAR(type->tp_base);
    MN_CLEAR(type->tp_subclasses);
    MN_CLEAR(type->ht_slots);
    MN_CLEAR(type->ht_qualname);
    MN_CLEAR(type->ht_name);
    if (type->ht_cached_keys != NULL) {
        mn_dict_keys_decref(type->ht_cached_keys);
        type->ht_cached_keys = NULL;
    }
    mn_mem_free(type->ht_members);
    type->ht_members = NULL;
    mn_object_free(self);
}

// A class object is allocated with CPython's sizes, which __basicsize__, __itemsize__ and
// object.__sizeof__ show: a PyHeapTypeObject, and a member slot per __slots__ name (ob_size).
_Static_assert(sizeof(MnType) <= 904, "MnType fits CPython's PyHeapTypeObject");

MnType mn_type_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "type",
    .tp_basicsize = 904,            .tp_itemsize = 40,
    .tp_flags = MN_TPFLAG_BASETYPE | MN_TPFLAG_GC | MN_TPFLAG_TYPE_SUBCLASS,
    .tp_weaklistoffset = offsetof(MnType, tp_weaklist),
    .tp_dealloc = type_dealloc,     .tp_repr = type_repr,
    .tp_call = type_call,           .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,   .tp_traverse = type_traverse,
    .tp_clear = type_clear,         .tp_new = type_new,
    .tp_init = type_init,           .tp_methods = type_methods,
    .tp_getset = type_getset,       .tp_members = type_members,
    .tp_doc = "type(object) -> the object's type\n"
              "type(name, bases, dict, **kwds) -> a new type",
};

int
mn_type_init(void)
{
    return mn_slots_init();
}

void
mn_type_fini(void)
{
    mn_slots_fini();
}
