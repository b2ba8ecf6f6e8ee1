/*
 * runtime/refcount.h - reference counting primitives.
 * An object is deallocated the instant its count reaches zero. Every build keeps the running
 * total of all reference counts (one add to a global per operation, as CPython's
 * _Py_RefTotal): `mnemo -X showrefcount` prints it. Code that changes ob_refcnt directly
 * must account for the change with MN_REF_INC/MN_REF_DEC.
 * See also: runtime/object.h, runtime/alloc.c (deallocation, trashcan), src/pythonrun.c
 */
#ifndef MN_REFCOUNT_H
#define MN_REFCOUNT_H

#include "object.h"

extern intptr_t mn_total_refs;  // total of the reference counts of objects made at run time
#define MN_REF_INC() (mn_total_refs++)
#define MN_REF_DEC() (mn_total_refs--)

// Gives [o], a singleton made at run time, CPython's static count (MN_IMMORTAL_REFCNT; the
// addition is not part of the running total).
static inline void
mn_singleton_fix(MnObject *o)
{
    o->ob_refcnt += MN_IMMORTAL_REFCNT - 1;
}

// Takes back what mn_singleton_fix added, before [o]'s last reference is dropped at exit.
static inline void
mn_singleton_release(MnObject *o)
{
    if (o != NULL) {
        o->ob_refcnt -= MN_IMMORTAL_REFCNT - 1;
    }
}

// Runs the type's tp_dealloc on [o], whose count just reached zero.
void mn_dealloc(MnObject *o);

// Adds a reference to [o] (not NULL).
static inline void
mn_incref(void *o)
{
    MN_REF_INC();
    ((MnObject *)o)->ob_refcnt++;
}

// Adds a reference to [o] if it is not NULL.
static inline void
mn_xincref(void *o)
{
    if (o != NULL) {
        mn_incref(o);
    }
}

// Drops a reference to [o] (not NULL); deallocates it at zero. May run arbitrary code.
static inline void
mn_decref(void *o)
{
    MN_REF_DEC();
    if (--((MnObject *)o)->ob_refcnt == 0) {
        mn_dealloc((MnObject *)o);
    }
}

// Drops a reference to [o] if it is not NULL.
static inline void
mn_xdecref(void *o)
{
    if (o != NULL) {
        mn_decref(o);
    }
}

// Returns [o] with a new reference (for `return mn_newref(mn_None);`).
static inline MnObject *
mn_newref(void *o)
{
    mn_incref(o);
    return (MnObject *)o;
}

static inline MnObject *
mn_xnewref(void *o)
{
    mn_xincref(o);
    return (MnObject *)o;
}

// Adds a reference to each of [args][0..n). CPython 3.11 packs the arguments of some calls in
// a tuple (keywords in a dict) that the callee's Python code can observe; the tuple comes from
// its free list there, so mnemo reproduces only the references (no allocation for the
// collector's counts or tracemalloc to see). Undo with mn_release_array on the same array.
static inline void
mn_hold_array(MnObject *const *args, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++) {
        mn_incref(args[i]);
    }
}

// Drops the references mn_hold_array added. May run arbitrary code.
static inline void
mn_release_array(MnObject *const *args, intptr_t n)
{
    for (intptr_t i = 0; i < n; i++) {
        mn_decref(args[i]);
    }
}

// Sets the field [op] to NULL, then drops the old value (safe if the drop runs code).
#define MN_CLEAR(op)                            \
    do {                                        \
        MnObject *tmp_ = (MnObject *)(op);      \
        if (tmp_ != NULL) {                     \
            (op) = NULL;                        \
            mn_decref(tmp_);                    \
        }                                       \
    } while (0)

// Stores [v] (a new reference, stolen) in [op] first, then drops the old value.
#define MN_SETREF(op, v)                        \
    do {                                        \
        MnObject *tmp_ = (MnObject *)(op);      \
        (op) = (v);                             \
        mn_xdecref(tmp_);                       \
    } while (0)

#endif
