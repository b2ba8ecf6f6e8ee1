/*
 * runtime/typeobject.c - class creation (type(name, bases, dict) and the class statement),
 * C3 linearization, layout (best base, __slots__, __dict__ and __weakref__ words) and the
 * life of heap-type instances (subtype dealloc with PEP 442 finalization, traverse, clear).
 * Layout of a plain class instance: base fields, the slots, then __dict__ plus a reserved
 * word (the 16 bytes CPython 3.11 keeps before the object), then the weakref list head.
 * See also: runtime/type.c (readying), runtime/slots.c (special methods)
 */
#include <string.h>
#include "mnemo.h"
#include "cell.h"
#include "eval.h"
#include "type_internal.h"
#include "weakref.h"

#define TYPE(o) ((MnType *)(o))
#define PTR_SIZE ((intptr_t)sizeof(MnObject *))

/* ==== C3 linearization ==== */

static int
in_tail(MnObject *const *seqs, const intptr_t *pos, intptr_t nseqs, MnObject *cand)
{
    for (intptr_t i = 0; i < nseqs; i++) {
        for (intptr_t j = pos[i] + 1; j < MN_TUPLE_LEN(seqs[i]); j++) {
            if (MN_TUPLE_GET(seqs[i], j) == cand) {
                return 1;
            }
        }
    }
    return 0;
}

static void
mro_error(MnObject *const *seqs, const intptr_t *pos, intptr_t nseqs)
{
    MnObject *names = mn_list_new(0), *seen = mn_list_new(0);
    if (names == NULL || seen == NULL) {
        goto done;
    }
    for (intptr_t i = 0; i < nseqs; i++) {
        if (pos[i] >= MN_TUPLE_LEN(seqs[i])) {
            continue;
        }
        MnObject *head = MN_TUPLE_GET(seqs[i], pos[i]);
        int dup = 0;
        for (intptr_t k = 0; k < MN_LIST_LEN(seen); k++) {
            dup |= MN_LIST_GET(seen, k) == head;
        }
        if (dup) {
            continue;
        }
        MnObject *n = mn_str_from_cstr(mn_type_name(TYPE(head)));
        if (n == NULL || mn_list_append(seen, head) < 0 || mn_list_append(names, n) < 0) {
            mn_xdecref(n);
            goto done;
        }
        mn_decref(n);
    }
    MnObject *sep = mn_str_from_cstr(", ");
    MnObject *joined = sep ? mn_str_join(sep, names) : NULL;
    if (joined != NULL) {
        mn_err_format(mn_exc_TypeError, "Cannot create a consistent method resolution\n"
                      "order (MRO) for bases %U", joined);
    }
    mn_xdecref(sep);
    mn_xdecref(joined);
done:
    mn_xdecref(names);
    mn_xdecref(seen);
}

MnObject *
mn_type_compute_mro(MnType *type)
{
    MnObject *bases = type->tp_bases;
    intptr_t nb = MN_TUPLE_LEN(bases);
    if (nb == 1) {
        MnObject *bm = TYPE(MN_TUPLE_GET(bases, 0))->tp_mro;
        MnObject *mro = mn_tuple_new(MN_TUPLE_LEN(bm) + 1);
        if (mro == NULL) {
            return NULL;
        }
        MN_TUPLE_SET(mro, 0, mn_newref(type));
        for (intptr_t i = 0; i < MN_TUPLE_LEN(bm); i++) {
            MN_TUPLE_SET(mro, i + 1, mn_newref(MN_TUPLE_GET(bm, i)));
        }
        return mro;
    }
    intptr_t nseqs = nb + 1;
    MnObject **seqs = mn_mem_alloc(sizeof(MnObject *) * (size_t)nseqs);
    intptr_t *pos = mn_mem_calloc((size_t)nseqs, sizeof(intptr_t));
    MnObject *result = mn_list_new(0), *mro = NULL;
    if (seqs == NULL || pos == NULL || result == NULL) {
        if (result != NULL) {
            mn_err_no_memory();
        }
        goto done;
    }
    for (intptr_t i = 0; i < nb; i++) {
        seqs[i] = TYPE(MN_TUPLE_GET(bases, i))->tp_mro;
    }
    seqs[nb] = bases;
    if (mn_list_append(result, (MnObject *)type) < 0) {
        goto done;
    }
    for (;;) {
        MnObject *cand = NULL;
        int remaining = 0;
        for (intptr_t i = 0; i < nseqs && cand == NULL; i++) {
            if (pos[i] >= MN_TUPLE_LEN(seqs[i])) {
                continue;
            }
            remaining = 1;
            MnObject *head = MN_TUPLE_GET(seqs[i], pos[i]);
            if (!in_tail(seqs, pos, nseqs, head)) {
                cand = head;
            }
        }
        if (cand == NULL) {
            if (remaining) {
                mro_error(seqs, pos, nseqs);
                goto done;
            }
            break;
        }
        if (mn_list_append(result, cand) < 0) {
            goto done;
        }
        for (intptr_t i = 0; i < nseqs; i++) {
            if (pos[i] < MN_TUPLE_LEN(seqs[i]) && MN_TUPLE_GET(seqs[i], pos[i]) == cand) {
                pos[i]++;
            }
        }
    }
    mro = mn_list_as_tuple(result);
done:
    mn_mem_free(seqs);
    mn_mem_free(pos);
    mn_xdecref(result);
    return mro;
}

/* ==== best base ==== */

// True when [type] adds fields beyond [base]'s that are not just __dict__ / __weakref__.
static int
extra_ivars(MnType *type, MnType *base)
{
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        return type->ht_slots != NULL && MN_TUPLE_LEN(type->ht_slots) > 0;
    }
    return type->tp_basicsize != base->tp_basicsize || type->tp_itemsize != base->tp_itemsize;
}

static MnType *
solid_base(MnType *type)
{
    MnType *base = type->tp_base ? solid_base(type->tp_base) : &mn_object_type;
    return type->tp_base != NULL && extra_ivars(type, type->tp_base) ? type : base;
}

static MnType *
best_base(MnObject *bases)
{
    MnType *winner = NULL, *base = NULL;
    for (intptr_t i = 0; i < MN_TUPLE_LEN(bases); i++) {
        MnObject *b = MN_TUPLE_GET(bases, i);
        if (!MN_TYPE_CHECK(b)) {
            mn_err_format(mn_exc_TypeError, "bases must be types");
            return NULL;
        }
        MnType *bt = TYPE(b);
        if (!MN_TYPE_HAS_FLAG(bt, MN_TPFLAG_BASETYPE)) {
            mn_err_format(mn_exc_TypeError, "type '%s' is not an acceptable base type",
                          bt->tp_name);
            return NULL;
        }
        if (!MN_TYPE_HAS_FLAG(bt, MN_TPFLAG_READY) && mn_type_ready(bt) < 0) {
            return NULL;
        }
        MnType *cand = solid_base(bt);
        if (winner == NULL) {
            winner = cand;
            base = bt;
        } else if (mn_type_is_subtype(winner, cand)) {
            // keep the winner
        } else if (mn_type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            mn_err_format(mn_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* ==== __slots__ ==== */

static int
is_identifier(MnObject *s)
{
    intptr_t n = MN_STR_LEN(s);
    if (n == 0) {
        return 0;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(s, i);
        int ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c > 127 ||
                 (i > 0 && c >= '0' && c <= '9');
        if (!ok) {
            return 0;
        }
    }
    return 1;
}

// Private names in __slots__ are mangled like attribute names: __x in class C is _C__x.
static MnObject *
mangle(MnObject *classname, MnObject *name)
{
    intptr_t n = MN_STR_LEN(name);
    if (n < 3 || MN_STR_READ(name, 0) != '_' || MN_STR_READ(name, 1) != '_' ||
        (MN_STR_READ(name, n - 1) == '_' && MN_STR_READ(name, n - 2) == '_')) {
        return mn_newref(name);
    }
    intptr_t cn = MN_STR_LEN(classname), start = 0;
    while (start < cn && MN_STR_READ(classname, start) == '_') {
        start++;
    }
    if (start == cn) {
        return mn_newref(name);
    }
    MnObject *stripped = mn_str_substring(classname, start, cn);
    if (stripped == NULL) {
        return NULL;
    }
    MnObject *res = mn_str_from_format("_%U%U", stripped, name);
    mn_decref(stripped);
    return res;
}

typedef struct Layout {
    MnObject *slots;            // owned sorted tuple of mangled slot names, or NULL
    int add_dict, add_weak;
} Layout;

static int
parse_slots(MnObject *name, MnObject *dict, MnType *base, Layout *lay)
{
    MnObject *spec = mn_dict_get_str_borrow(dict, mn_slot_name(SN___slots__));
    // A class object has its dict already (CPython's type has a dict offset): a subclass of
    // type gets no __dict__ slot.
    int may_dict = base->tp_dictoffset == 0 && !mn_type_is_subtype(base, &mn_type_type);
    int may_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
    if (spec == NULL) {
        lay->add_dict = may_dict;
        lay->add_weak = may_weak;
        return 0;
    }
    MnObject *items = MN_STR_CHECK(spec) ? mn_tuple_pack(1, spec) : mn_tuple_from_iterable(spec);
    MnObject *names = items ? mn_list_new(0) : NULL;
    int rc = -1;
    if (names == NULL) {
        goto done;
    }
    for (intptr_t i = 0; i < MN_TUPLE_LEN(items); i++) {
        MnObject *s = MN_TUPLE_GET(items, i);
        if (!MN_STR_CHECK(s)) {
            mn_err_format(mn_exc_TypeError, "__slots__ items must be strings, not '%s'",
                          mn_type_name(MN_TYPE(s)));
            goto done;
        }
        if (!is_identifier(s)) {
            mn_err_format(mn_exc_TypeError, "__slots__ must be identifiers");
            goto done;
        }
    }
    if (MN_TUPLE_LEN(items) > 0 && base->tp_itemsize != 0) {
        mn_err_format(mn_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                      base->tp_name);
        goto done;
    }
    for (intptr_t i = 0; i < MN_TUPLE_LEN(items); i++) {
        MnObject *s = MN_TUPLE_GET(items, i);
        if (mn_str_eq_cstr(s, "__dict__")) {
            if (!may_dict || lay->add_dict) {
                mn_err_format(mn_exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto done;
            }
            lay->add_dict = 1;
            continue;
        }
        if (mn_str_eq_cstr(s, "__weakref__")) {
            if (!may_weak || lay->add_weak) {
                mn_err_format(mn_exc_TypeError, "__weakref__ slot disallowed: either we already "
                              "got one, or __itemsize__ != 0");
                goto done;
            }
            lay->add_weak = 1;
            continue;
        }
        MnObject *m = mangle(name, s);
        if (m == NULL) {
            goto done;
        }
        if (mn_dict_get_str_borrow(dict, m) != NULL) {
            mn_err_format(mn_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            mn_decref(m);
            goto done;
        }
        mn_str_intern_inplace(&m);
        int a = mn_list_append(names, m);
        mn_decref(m);
        if (a < 0) {
            goto done;
        }
    }
    if (mn_list_sort(names, NULL, 0) < 0) {
        goto done;
    }
    lay->slots = mn_list_as_tuple(names);
    rc = lay->slots ? 0 : -1;
done:
    mn_xdecref(items);
    mn_xdecref(names);
    return rc;
}

/* ==== instance __dict__ and __weakref__ ==== */

MnObject **
mn_type_instance_dict_ptr(MnObject *o)
{
    if (MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_MANAGED_DICT)) {
        return MN_INSTANCE_MANAGED_DICT_PTR(o);
    }
    intptr_t off = MN_TYPE(o)->tp_dictoffset;
    if (off == 0) {
        return NULL;
    }
    if (off < 0) {
        MnType *t = MN_TYPE(o);
        intptr_t n = MN_SIZE(o) < 0 ? -MN_SIZE(o) : MN_SIZE(o);
        intptr_t size = t->tp_basicsize + n * t->tp_itemsize;
        size = (size + PTR_SIZE - 1) & ~(PTR_SIZE - 1);
        off += size;
    }
    return (MnObject **)((char *)o + off);
}

MnObject **
mn_object_materialized_dict_ptr(MnObject *o)
{
    MnObject **p = mn_type_instance_dict_ptr(o);
    if (p == NULL || *p != NULL || !MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_MANAGED_DICT)) {
        return p;
    }
    struct MnDictValues **vp = MN_INSTANCE_VALUES_PTR(o);
    MnType *type = MN_TYPE(o);
    if (*vp != NULL) {
        // The dict takes the values over; the instance keeps only the dict.
        struct MnDictValues *v = *vp;
        *vp = NULL;
        *p = mn_dict_new_split(type->ht_cached_keys, v);
    }
    return p;
}

static MnObject *
subtype_get_dict(MnObject *self, void *closure)
{
    (void)closure;
    MnObject **p = mn_object_materialized_dict_ptr(self);
    if (p == NULL) {
        return mn_err_format(mn_exc_AttributeError, "This object has no __dict__");
    }
    if (*p == NULL && (*p = mn_dict_new()) == NULL) {
        return NULL;
    }
    return mn_newref(*p);
}

static int
subtype_set_dict(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    MnObject **p = mn_type_instance_dict_ptr(self);
    if (p == NULL) {
        mn_err_format(mn_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value != NULL && !MN_DICT_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      mn_type_name(MN_TYPE(value)));
        return -1;
    }
    if (MN_TYPE_HAS_FLAG(MN_TYPE(self), MN_TPFLAG_MANAGED_DICT) &&
        *MN_INSTANCE_VALUES_PTR(self) != NULL) {
        struct MnDictValues *v = *MN_INSTANCE_VALUES_PTR(self);
        *MN_INSTANCE_VALUES_PTR(self) = NULL;
        mn_dict_values_free(v);
    }
    MN_SETREF(*p, mn_xnewref(value));
    return 0;
}

static MnObject *
subtype_get_weakref(MnObject *self, void *closure)
{
    (void)closure;
    intptr_t off = MN_TYPE(self)->tp_weaklistoffset;
    MnObject *w = off ? *(MnObject **)((char *)self + off) : NULL;
    return mn_newref(w ? w : mn_None);
}

static const MnGetSetDef subtype_dict_getset[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict,
     "dictionary for instance variables (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MnGetSetDef subtype_weakref_getset[] = {
    {"__weakref__", subtype_get_weakref, NULL, "list of weak references to the object (if "
     "defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== heap-type instances ==== */

static MnType *
first_static_base(MnType *type)
{
    while (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        type = type->tp_base;
    }
    return type;
}

static void
clear_slots(MnType *type, MnObject *self)
{
    for (MnMemberDef *m = type->ht_members; m != NULL && m->name != NULL; m++) {
        if (m->type == MN_T_OBJECT_EX) {
            MN_CLEAR(*(MnObject **)((char *)self + m->offset));
        }
    }
}

// Drops the inline attribute values of [self], if any.
static void
clear_inline_values(MnObject *self)
{
    if (MN_TYPE_HAS_FLAG(MN_TYPE(self), MN_TPFLAG_MANAGED_DICT) &&
        *MN_INSTANCE_VALUES_PTR(self) != NULL) {
        struct MnDictValues *v = *MN_INSTANCE_VALUES_PTR(self);
        *MN_INSTANCE_VALUES_PTR(self) = NULL;
        mn_dict_values_free(v);
    }
}

static int
subtype_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MnType *type = MN_TYPE(self), *base = type;
    while (MN_TYPE_HAS_FLAG(base, MN_TPFLAG_HEAPTYPE)) {
        for (MnMemberDef *m = base->ht_members; m != NULL && m->name != NULL; m++) {
            if (m->type == MN_T_OBJECT_EX) {
                MN_VISIT(*(MnObject **)((char *)self + m->offset));
            }
        }
        base = base->tp_base;
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        MnObject **dp = mn_type_instance_dict_ptr(self);
        if (dp != NULL) {
            MN_VISIT(*dp);
        }
        if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_MANAGED_DICT) && *MN_INSTANCE_VALUES_PTR(self)) {
            int r = mn_dict_values_traverse(*MN_INSTANCE_VALUES_PTR(self), visit, arg);
            if (r) {
                return r;
            }
        }
    }
    MN_VISIT(type);
    if (base->tp_traverse != NULL) {
        return base->tp_traverse(self, visit, arg);
    }
    return 0;
}

static int
subtype_clear(MnObject *self)
{
    MnType *type = MN_TYPE(self), *base = type;
    while (MN_TYPE_HAS_FLAG(base, MN_TPFLAG_HEAPTYPE)) {
        clear_slots(base, self);
        base = base->tp_base;
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        clear_inline_values(self);
        MnObject **dp = mn_type_instance_dict_ptr(self);
        if (dp != NULL && *dp != NULL) {
            MN_CLEAR(*dp);
        }
    }
    if (base->tp_clear != NULL) {
        return base->tp_clear(self);
    }
    return 0;
}

// Objects whose __del__ ran and that were resurrected: address (int) -> None, kept in the
// holder dict under "__finalized__". PEP 442 runs a finalizer at most once, so their final
// dealloc skips it.
static MnObject *
finalized_table(int create)
{
    MnObject *holder = mn_slots_holder_dict();
    if (holder == NULL) {
        mn_err_clear();
        return NULL;
    }
    MnObject *t = mn_dict_get_cstr_borrow(holder, "__finalized__");
    if (t == NULL && create) {
        t = mn_dict_new();
        if (t == NULL || mn_dict_set_item_cstr(holder, "__finalized__", t) < 0) {
            mn_err_clear();
            mn_xdecref(t);
            return NULL;
        }
        mn_decref(t);
    }
    return t;
}

int
mn_type_is_finalized(MnObject *o)
{
    if (MN_IS_GC(o)) {
        return mn_gc_is_finalized(o);
    }
    MnObject *table = finalized_table(0);
    if (table == NULL || MN_DICT_LEN(table) == 0) {
        return 0;
    }
    MnObject *key = mn_int_from_ssize((intptr_t)(uintptr_t)o);
    if (key == NULL) {
        mn_err_clear();
        return 0;
    }
    int r = mn_dict_contains(table, key);
    mn_decref(key);
    return r > 0;
}

void
mn_type_set_finalized(MnObject *o, int flag)
{
    if (MN_IS_GC(o)) {
        mn_gc_set_finalized(o, flag);
        return;
    }
    MnObject *saved = mn_err_fetch();
    MnObject *table = finalized_table(flag);
    MnObject *key = table ? mn_int_from_ssize((intptr_t)(uintptr_t)o) : NULL;
    if (key != NULL) {
        if ((flag ? mn_dict_set_item(table, key, mn_None) : mn_dict_del_item(table, key)) < 0) {
            mn_err_clear();
        }
        mn_decref(key);
    }
    mn_err_clear();
    mn_err_restore(saved);
}

// Runs __del__ from dealloc; -> -1 when the object was resurrected (dealloc must stop).
static int
call_finalizer_from_dealloc(MnObject *self)
{
    MnType *type = MN_TYPE(self);
    if (type->tp_finalize == NULL) {
        return 0;
    }
    if (mn_type_is_finalized(self)) {
        mn_type_set_finalized(self, 0);
        return 0;
    }
    self->ob_refcnt = 1;            // temporarily alive while __del__ runs
    MN_REF_INC();
    type->tp_finalize(self);
    MN_REF_DEC();
    if (--self->ob_refcnt == 0) {
        return 0;
    }
    mn_type_set_finalized(self, 1);
    return -1;
}

static void
subtype_dealloc(MnObject *self)
{
    MnType *type = MN_TYPE(self);
    MnType *base = first_static_base(type);
    int gc = MN_IS_GC(self);
    if (gc) {
        mn_gc_untrack(self);
    }
    if (type->tp_finalize != NULL) {
        if (call_finalizer_from_dealloc(self) < 0) {
            if (gc) {
                mn_gc_track(self);
            }
            return;
        }
        type = MN_TYPE(self);      // __del__ may have assigned __class__
        base = first_static_base(type);
    }
    if (type->tp_weaklistoffset != 0 && base->tp_weaklistoffset == 0) {
        mn_weakref_clear_refs(self);
    }
    for (MnType *t = type; MN_TYPE_HAS_FLAG(t, MN_TPFLAG_HEAPTYPE); t = t->tp_base) {
        clear_slots(t, self);
    }
    if (type->tp_dictoffset != 0 && base->tp_dictoffset == 0) {
        clear_inline_values(self);
        MnObject **dp = mn_type_instance_dict_ptr(self);
        if (dp != NULL && *dp != NULL) {
            MN_CLEAR(*dp);
        }
    }
    // The static base frees the memory; its dealloc untracks again harmlessly.
    base->tp_dealloc(self);
    mn_decref(type);
}

/* ==== class creation ==== */

static int
set_qualname_and_doc(MnType *type, MnObject *dict)
{
    MnObject *qn = mn_dict_get_str_borrow(dict, mn_slot_name(SN___qualname__));
    if (qn != NULL) {
        if (!MN_STR_CHECK(qn)) {
            mn_err_format(mn_exc_TypeError, "type __qualname__ must be a str, not %s",
                          mn_type_name(MN_TYPE(qn)));
            return -1;
        }
        type->ht_qualname = mn_newref(qn);
        if (mn_dict_del_item(dict, mn_slot_name(SN___qualname__)) < 0) {
            return -1;
        }
    } else {
        type->ht_qualname = mn_newref(type->ht_name);
    }
    if (mn_dict_get_str_borrow(dict, mn_slot_name(SN___doc__)) == NULL &&
        mn_dict_set_item(dict, mn_slot_name(SN___doc__), mn_None) < 0) {
        return -1;
    }
    if (mn_dict_get_str_borrow(dict, mn_slot_name(SN___module__)) == NULL) {
        MnObject *globals = mn_eval_globals();
        MnObject *mod = globals ? mn_dict_get_cstr_borrow(globals, "__name__") : NULL;
        if (mod != NULL && mn_dict_set_item(dict, mn_slot_name(SN___module__), mod) < 0) {
            return -1;
        }
    }
    return 0;
}

// __new__ becomes a staticmethod, __init_subclass__ and __class_getitem__ classmethods.
static int
wrap_special_functions(MnObject *dict)
{
    static const int ids[] = {SN___new__, SN___init_subclass__, SN___class_getitem__};
    for (int i = 0; i < 3; i++) {
        MnObject *f = mn_dict_get_str_borrow(dict, mn_slot_name(ids[i]));
        if (f == NULL || !mn_slots_is_unbound_method(f)) {
            continue;
        }
        MnObject *w = i == 0 ? mn_staticmethod_new(f) : mn_classmethod_new(f);
        if (w == NULL || mn_dict_set_item(dict, mn_slot_name(ids[i]), w) < 0) {
            mn_xdecref(w);
            return -1;
        }
        mn_decref(w);
    }
    return 0;
}

static int
add_layout_descriptors(MnType *type, Layout *lay, MnType *base)
{
    intptr_t offset = base->tp_basicsize;
    intptr_t nslots = lay->slots ? MN_TUPLE_LEN(lay->slots) : 0;
    // tracemalloc reports CPython 3.11's block: a PyHeapTypeObject (904 bytes) with a 40-byte
    // member slot per __slots__ name and one more, behind the collector header.
    mn_tracemalloc_set_size((char *)type - mn_object_pre_header_size(&mn_type_type),
                            16 + 904 + 40 * ((size_t)nslots + 1));
    if (nslots > 0) {
        // Counted in the type's block above (CPython keeps the table inside it): untraced.
        int tracing = mn_tracemalloc_pause();
        type->ht_members = mn_mem_calloc((size_t)nslots + 1, sizeof(MnMemberDef));
        mn_tracemalloc_resume(tracing);
        if (type->ht_members == NULL) {
            mn_err_no_memory();
            return -1;
        }
        for (intptr_t i = 0; i < nslots; i++) {
            MnMemberDef *m = &type->ht_members[i];
            m->name = mn_str_as_utf8(MN_TUPLE_GET(lay->slots, i), NULL);
            if (m->name == NULL) {
                return -1;
            }
            m->type = MN_T_OBJECT_EX;
            m->offset = offset;
            offset += PTR_SIZE;
        }
    }
    type->ht_slots = lay->slots;
    lay->slots = NULL;
    MN_SIZE(type) = nslots;     // CPython's member count: object.__sizeof__ counts 40 each
    if (lay->add_dict && base->tp_itemsize != 0) {
        type->tp_dictoffset = -PTR_SIZE;    // after the items, as CPython
        offset += PTR_SIZE;
    }
    if (lay->add_weak) {
        type->tp_weaklistoffset = offset;
        offset += PTR_SIZE;
    }
    if (lay->add_dict && base->tp_itemsize == 0) {
        // The dict and inline values pointers live in front of the collector header
        // (MN_INSTANCE_MANAGED_DICT_PTR); the offset is the value CPython 3.11 reports.
        type->tp_dictoffset = -offset - 3 * PTR_SIZE;
        type->tp_flags |= MN_TPFLAG_MANAGED_DICT;
    }
    type->tp_flags |= base->tp_flags & MN_TPFLAG_MANAGED_DICT;
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_MANAGED_DICT)) {
        type->ht_cached_keys = mn_dict_shared_keys_new();
    }
    type->tp_basicsize = offset;
    type->tp_itemsize = base->tp_itemsize;
    MnObject *d = type->tp_dict;
    for (intptr_t i = 0; i < nslots; i++) {
        MnObject *md = mn_descr_new_member(type, &type->ht_members[i]);
        if (md == NULL || mn_dict_set_item(d, MN_TUPLE_GET(type->ht_slots, i), md) < 0) {
            mn_xdecref(md);
            return -1;
        }
        mn_decref(md);
    }
    const MnGetSetDef *tables[2] = {lay->add_dict ? subtype_dict_getset : NULL,
                                    lay->add_weak ? subtype_weakref_getset : NULL};
    for (int i = 0; i < 2; i++) {
        if (tables[i] == NULL || mn_dict_get_cstr_borrow(d, tables[i]->name) != NULL) {
            continue;
        }
        MnObject *gd = mn_descr_new_getset(type, tables[i]);
        if (gd == NULL || mn_dict_set_item_cstr(d, tables[i]->name, gd) < 0) {
            mn_xdecref(gd);
            return -1;
        }
        mn_decref(gd);
    }
    return 0;
}

static MnObject *
check_bases(MnObject *bases)
{
    if (MN_TUPLE_LEN(bases) == 0) {
        return mn_tuple_pack(1, &mn_object_type);
    }
    intptr_t n = MN_TUPLE_LEN(bases);
    for (intptr_t i = 0; i < n; i++) {
        MnObject *b = MN_TUPLE_GET(bases, i);
        if (!MN_TYPE_CHECK(b)) {
            return mn_err_format(mn_exc_TypeError, "metaclass conflict: the metaclass of a "
                                 "derived class must be a (non-strict) subclass of the "
                                 "metaclasses of all its bases");
        }
        for (intptr_t j = i + 1; j < n; j++) {
            if (MN_TUPLE_GET(bases, j) == b) {
                return mn_err_format(mn_exc_TypeError, "duplicate base class %s",
                                     mn_type_name(TYPE(b)));
            }
        }
    }
    return mn_newref(bases);
}

// __set_name__ of each value of the class dict, iterated over a copy (a callback may change
// the dict), as CPython's type_new_set_names does; the copy's table is a fresh block.
static int
call_set_name(MnType *type)
{
    MnObject *names = mn_dict_copy(type->tp_dict);
    if (names == NULL) {
        return -1;
    }
    int rc = 0;
    intptr_t pos = 0;
    MnObject *key, *value;
    while (rc == 0 && mn_dict_next(names, &pos, &key, &value)) {
        int found;
        MnObject *args[2] = {(MnObject *)type, key};
        MnObject *res = mn_slots_call_special(value, mn_slot_name(SN___set_name__), args, 2,
                                              &found);
        if (!found) {
            continue;
        }
        if (res == NULL) {
            MnObject *cause = mn_err_fetch();
            mn_err_format(mn_exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R "
                          "in '%s'", mn_type_name(MN_TYPE(value)), key, type->tp_name);
            MnObject *exc = mn_err_fetch();
            if (exc != NULL && cause != NULL) {
                mn_exc_set_context(exc, mn_newref(cause));
                mn_exc_set_cause(exc, cause);
                cause = NULL;
            }
            mn_xdecref(cause);
            mn_err_restore(exc);
            rc = -1;
        } else {
            mn_decref(res);
        }
    }
    mn_decref(names);
    return rc;
}

static int
call_init_subclass(MnType *type, MnObject *kwargs)
{
    MnObject *sup = NULL, *func = NULL, *res = NULL;
    MnObject *args[2] = {(MnObject *)type, (MnObject *)type};
    sup = mn_object_call((MnObject *)&mn_super_type, args, 2, NULL);
    if (sup == NULL) {
        return -1;
    }
    func = mn_object_getattr(sup, mn_slot_name(SN___init_subclass__));
    mn_decref(sup);
    if (func == NULL) {
        return -1;
    }
    res = mn_object_call_tuple_dict(func, NULL, kwargs);
    mn_decref(func);
    if (res == NULL) {
        return -1;
    }
    mn_decref(res);
    return 0;
}

static int
fill_class_cell(MnType *type)
{
    MnObject *cell = mn_dict_get_str_borrow(type->tp_dict, mn_slot_name(SN___classcell__));
    if (cell == NULL) {
        return 0;
    }
    if (!MN_CELL_CHECK(cell)) {
        mn_err_format(mn_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                      (MnObject *)MN_TYPE(cell));
        return -1;
    }
    mn_cell_set(cell, (MnObject *)type);
    mn_type_modified(type);
    int rc = mn_dict_del_item(type->tp_dict, mn_slot_name(SN___classcell__));
    mn_type_modified(type);
    return rc;
}

static MnType *
alloc_heap_type(MnObject *name, MnObject *bases, MnType *base, MnObject *dict)
{
    MnType *type = TYPE(mn_object_alloc(&mn_type_type, 0));
    if (type == NULL) {
        return NULL;
    }
    type->tp_flags = MN_TPFLAG_HEAPTYPE | MN_TPFLAG_BASETYPE | MN_TPFLAG_GC;
    type->ht_name = mn_newref(name);
    type->tp_name = mn_str_as_utf8(name, NULL);
    type->tp_base = TYPE(mn_newref(base));
    type->tp_bases = mn_newref(bases);
    type->tp_dict = dict;
    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    if (type->tp_name == NULL) {
        mn_decref(type);
        return NULL;
    }
    return type;
}

MnObject *
mn_type_new_class_kw(MnObject *name, MnObject *bases, MnObject *dict, MnObject *kwargs)
{
    if (mn_slots_init() < 0) {
        return NULL;
    }
    Layout lay = {NULL, 0, 0};
    MnObject *b = check_bases(bases);
    if (b == NULL) {
        return NULL;
    }
    MnType *base = best_base(b);
    MnObject *d = base ? mn_dict_copy(dict) : NULL;
    if (d == NULL) {
        mn_decref(b);
        return NULL;
    }
    MnType *type = alloc_heap_type(name, b, base, d);
    mn_decref(b);
    if (type == NULL) {
        mn_decref(d);
        return NULL;
    }
    mn_gc_track(type);      // as CPython: the class joins generation 0 when it is allocated
    if (parse_slots(name, d, base, &lay) < 0 || add_layout_descriptors(type, &lay, base) < 0 ||
        set_qualname_and_doc(type, d) < 0 || wrap_special_functions(d) < 0 ||
        mn_type_ready(type) < 0) {
        goto fail;
    }
    mn_slots_fixup(type);
    if (fill_class_cell(type) < 0 || call_set_name(type) < 0 ||
        call_init_subclass(type, kwargs) < 0) {
        mn_decref(type);
        return NULL;
    }
    return (MnObject *)type;
fail:
    // Not tracked yet: break the type <-> descriptor and type <-> MRO cycles by hand.
    mn_xdecref(lay.slots);
    mn_dict_clear(type->tp_dict);
    MN_CLEAR(type->tp_mro);
    mn_decref(type);
    return NULL;
}

MnObject *
mn_type_new_class(MnObject *name, MnObject *bases, MnObject *dict)
{
    return mn_type_new_class_kw(name, bases, dict, NULL);
}
