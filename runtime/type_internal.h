/*
 * runtime/type_internal.h - what runtime/type.c, typeobject.c, slots.c, descr.c and super.c
 * share and nobody else needs: the slot table, descriptor layouts, helpers for heap types.
 * See also: runtime/type.h (public API), runtime/descr.h
 */
#ifndef MN_TYPE_INTERNAL_H
#define MN_TYPE_INTERNAL_H

#include "object.h"

// Every special name the type machinery looks up; SN___add__ etc. index the interned strings.
#define MN_SPECIAL_NAMES(X) \
    X(__getattribute__) X(__getattr__) X(__setattr__) X(__delattr__) X(__repr__) \
    X(__hash__) X(__call__) X(__str__) X(__lt__) X(__le__) X(__eq__) X(__ne__) X(__gt__) \
    X(__ge__) X(__iter__) X(__next__) X(__get__) X(__set__) X(__delete__) X(__init__) \
    X(__new__) X(__del__) X(__add__) X(__radd__) X(__sub__) X(__rsub__) X(__mul__) \
    X(__rmul__) X(__mod__) X(__rmod__) X(__divmod__) X(__rdivmod__) X(__pow__) X(__rpow__) \
    X(__neg__) X(__pos__) X(__abs__) X(__bool__) X(__invert__) X(__lshift__) \
    X(__rlshift__) X(__rshift__) X(__rrshift__) X(__and__) X(__rand__) X(__xor__) \
    X(__rxor__) X(__or__) X(__ror__) X(__int__) X(__float__) X(__iadd__) X(__isub__) \
    X(__imul__) X(__imod__) X(__ipow__) X(__ilshift__) X(__irshift__) X(__iand__) \
    X(__ixor__) X(__ior__) X(__floordiv__) X(__rfloordiv__) X(__truediv__) X(__rtruediv__) \
    X(__ifloordiv__) X(__itruediv__) X(__index__) X(__matmul__) X(__rmatmul__) \
    X(__imatmul__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) \
    X(__init_subclass__) X(__set_name__) X(__class_getitem__) X(__classcell__) \
    X(__slots__) X(__dict__) X(__weakref__) X(__module__) X(__qualname__) X(__doc__) \
    X(__name__) X(__class__) X(__format__) X(__annotations__) X(__notes__)

#define MN_SN_ENUM(n) SN_##n,
enum { MN_SPECIAL_NAMES(MN_SN_ENUM) SN_COUNT };
#undef MN_SN_ENUM

// Any slot function, stored in tables and compared by address.
typedef void (*mn_anyfunc)(void);

// A slot wrapper's C function: calls the slot [wrapped] on [self] with Python arguments.
typedef MnObject *(*mn_wrapperfunc)(MnObject *self, MnObject *const *args, intptr_t nargs,
                                    MnObject *kwnames, mn_anyfunc wrapped, int arg);

// One special method name and the type slot it maps to.
typedef struct MnSlotDef {
    const char *name;
    int name_id;                // index into the interned special names
    size_t offset;              // offsetof(MnType, slot)
    mn_anyfunc heap_func;           // generic slot function that calls the Python method
    mn_wrapperfunc wrapper;     // NULL: no slot wrapper is exposed for this name
    int arg;                    // extra argument for the wrapper (comparison op)
    const char *doc;
} MnSlotDef;

extern const MnSlotDef mn_slotdefs[];

// The interned special name number [id] (borrowed; valid after mn_slots_init).
MnObject *mn_slot_name(int id);
// Creates the interned names of every slotdef. -> 0, or -1.
int mn_slots_init(void);
// Forgets the interned names (the runtime's teardown releases them).
void mn_slots_fini(void);
// A private dict that lives as long as the runtime, for the type machinery's own tables.
// -> borrowed dict, or NULL with an error set.
MnObject *mn_slots_holder_dict(void);

// Adds slot wrappers for the slots [type] defines itself to its dict. -> 0, or -1.
int mn_slots_add_wrappers(MnType *type);
// Points every special-method slot of heap type [type] at its generic or inherited function.
void mn_slots_fixup(MnType *type);
// After type.[name] changed: recomputes the slots named [name] in [type] and its subclasses.
void mn_slots_update(MnType *type, MnObject *name);
// tp_hash of unhashable types: raises TypeError "unhashable type: 'list'".
intptr_t mn_slots_hash_not_implemented(MnObject *self);
// Calls the special method [name] found on the type of [self]; *found is set to 0 (and
// NULL returned, no error) when the type has no such attribute. -> new reference, or NULL.
MnObject *mn_slots_call_special(MnObject *self, MnObject *name, MnObject *const *args,
                                intptr_t nargs, int *found);
// Calls descriptor [func] found on a type as a method of [self]. -> new reference, or NULL.
MnObject *mn_slots_call_unbound(MnObject *func, MnObject *self, MnObject *const *args,
                                intptr_t nargs, MnObject *kwnames);
// True for callables that take self as their first argument without binding (functions,
// method descriptors, slot wrappers).
int mn_slots_is_unbound_method(MnObject *func);

/* ==== descriptor layouts (runtime/descr.c) ==== */

typedef struct MnDescr {
    MnObject ob_base;
    MnType *d_type;             // owned
    MnObject *d_name;           // owned str
    MnObject *d_qualname;       // owned str, or NULL until asked
} MnDescr;

typedef struct MnMethodDescr {
    MnDescr d_common;
    const MnMethodDef *d_method;  // borrowed static table
    mn_callfunc vectorcall;       // call entry point; keeps CPython's size (72 with GC)
} MnMethodDescr;

typedef struct MnMemberDescr {
    MnDescr d_common;
    const MnMemberDef *d_member;  // borrowed (static table or the heap type's ht_members)
} MnMemberDescr;

typedef struct MnGetSetDescr {
    MnDescr d_common;
    const MnGetSetDef *d_getset;  // borrowed static table
} MnGetSetDescr;

typedef struct MnWrapperDescr {
    MnDescr d_common;
    const MnSlotDef *d_base;    // borrowed
    mn_anyfunc d_wrapped;       // the slot function it calls
} MnWrapperDescr;

// A slot wrapper for [type]'s slot described by [def] that calls [wrapped].
// -> new reference, or NULL.
MnObject *mn_descr_new_wrapper(MnType *type, const MnSlotDef *def, mn_anyfunc wrapped);
// The builtin function object type.__new__ of [type]. -> new reference, or NULL.
MnObject *mn_descr_new_tp_new_wrapper(MnType *type);
// True when [descr] is a wrapper_descriptor.
int mn_descr_is_wrapper(MnObject *descr);
// The method type used to bind callables that are not descriptors (vm's bound method).
MnObject *mn_descr_bind(MnObject *func, MnObject *self);

/* ==== heap types (runtime/typeobject.c) ==== */

// The instance __dict__ slot of [o] (handles negative tp_dictoffset), or NULL.
MnObject **mn_type_instance_dict_ptr(MnObject *o);
// Registers [sub] with [base]'s subclass registry / removes it. -> 0, or -1.
int mn_type_add_subclass(MnType *base, MnType *sub);
void mn_type_remove_subclass(MnType *base, MnType *sub);
// The __module__ string of [type] (new reference), or NULL with an error set.
MnObject *mn_type_module(MnType *type);
// The __qualname__ of [type] (new reference), or NULL.
MnObject *mn_type_qualname(MnType *type);
// Computes the C3 MRO of heap type [type] from tp_bases. -> new tuple, or NULL.
MnObject *mn_type_compute_mro(MnType *type);



#endif
