/*
 * runtime/type.h - type objects: readying static types, class creation (C3 MRO, __slots__,
 * special methods mapped onto slots), attribute lookup through the MRO.
 * See also: runtime/type.c, runtime/descr.c
 */
#ifndef MN_TYPE_H
#define MN_TYPE_H

#include "object.h"

#define MN_TYPE_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_TYPE_SUBCLASS)

// Completes a static type: base (object by default), bases, MRO, dict with method, member
// and getset descriptors and slot wrappers (__add__ ...), inherited slots. Idempotent.
// -> 0, or -1.
int mn_type_ready(MnType *type);
// Finds [name] (a str) along the MRO of [type]. -> borrowed reference, or NULL (no error).
MnObject *mn_type_lookup(MnType *type, MnObject *name);
MnObject *mn_type_lookup_cstr(MnType *type, const char *name);
// type(name, bases, dict): creates a class. -> new type, or NULL.
MnObject *mn_type_new_class(MnObject *name, MnObject *bases, MnObject *dict);
// As mn_type_new_class, passing the class keywords [kwargs] (a dict, or NULL) to
// __init_subclass__. -> new type, or NULL.
MnObject *mn_type_new_class_kw(MnObject *name, MnObject *bases, MnObject *dict,
                               MnObject *kwargs);
// The __name__ of a type (the part after the last dot of tp_name for static types).
const char *mn_type_name(MnType *type);
// Generic tp_new for object and builtins that accept no arguments.
MnObject *mn_type_generic_new(MnType *type, MnObject *const *args, intptr_t nargs,
                              MnObject *kwnames);
// Call mn_type_modified after changing a type's dict (invalidates caches, updates slots).
void mn_type_modified(MnType *type);
// The class a key of a subclass table stands for, or NULL for a stand-in entry
// (runtime/subclasses.c). -> borrowed.
MnType *mn_type_subclass_of_key(MnObject *key);

// PEP 442 bookkeeping used by heap-type dealloc (and available to the collector): whether
// the finalizer (__del__) of [o] already ran and [o] was resurrected. -> 1 or 0.
int mn_type_is_finalized(MnObject *o);
// Marks ([flag] 1) or unmarks ([flag] 0) [o] as finalized. Never fails; keeps any current
// exception.
void mn_type_set_finalized(MnObject *o, int flag);
// Interns the special method names the type machinery uses. -> 0, or -1. (Also done lazily
// by mn_type_ready.)
int mn_type_init(void);
// Forgets the special names (optional: the release of the static types gives them back).
void mn_type_fini(void);

#endif
