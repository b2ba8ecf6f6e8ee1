/*
 * runtime/descr.h - descriptors and callables made from C tables: builtin functions and
 * methods (MnMethodDef), member and getset descriptors, slot wrappers, classmethod,
 * staticmethod, property, super.
 * See also: runtime/descr.c, runtime/type.c
 */
#ifndef MN_DESCR_H
#define MN_DESCR_H

#include "object.h"

// A builtin function or bound builtin method.
typedef struct MnCFunction {
    MnObject ob_base;
    const MnMethodDef *m_ml;    // borrowed (static table)
    MnObject *m_self;           // owned: bound self or module, or NULL
    MnObject *m_module;         // owned: module name, or NULL
    MnObject *m_weakreflist;    // weak reference list head (kept NULL until weakrefs exist)
    mn_callfunc vectorcall;     // the call entry point, as CPython's layout (72 bytes with GC)
} MnCFunction;

extern MnType mn_cfunction_type, mn_method_descr_type, mn_classmethod_descr_type;
extern MnType mn_member_descr_type, mn_getset_descr_type, mn_wrapper_descr_type;
extern MnType mn_method_wrapper_type;
extern MnType mn_staticmethod_type, mn_classmethod_type, mn_property_type, mn_super_type;

// A builtin function object for [def] bound to [self] (may be NULL). -> new reference, or NULL.
MnObject *mn_cfunction_new(const MnMethodDef *def, MnObject *self, MnObject *module);
// Descriptors for a type's tables. -> new reference, or NULL.
MnObject *mn_descr_new_method(MnType *type, const MnMethodDef *def);
MnObject *mn_descr_new_member(MnType *type, const MnMemberDef *def);
MnObject *mn_descr_new_getset(MnType *type, const MnGetSetDef *def);
// Calls a MnMethodDef function with [self] using the one calling convention, checking the
// argument count against the flags ("f() takes no arguments (1 given)").
MnObject *mn_cfunction_call_def(const MnMethodDef *def, MnObject *self, MnObject *const *args,
                                intptr_t nargs, MnObject *kwnames);
// staticmethod(f) / classmethod(f). -> new reference, or NULL.
MnObject *mn_staticmethod_new(MnObject *callable);
MnObject *mn_classmethod_new(MnObject *callable);

#endif
