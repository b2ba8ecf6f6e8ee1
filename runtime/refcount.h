/*
 * runtime/refcount.h - reference counting primitives.
 * An object is deallocated the instant its count reaches zero. In a debug build
 * (MN_DEBUG) the runtime also keeps the total of all reference counts.
 * See also: runtime/object.h, runtime/alloc.c (deallocation, trashcan)
 */
#ifndef MN_REFCOUNT_H
#define MN_REFCOUNT_H

#include "object.h"

#ifdef MN_DEBUG
extern intptr_t mn_total_refs;
#define MN_REF_INC() (mn_total_refs++)
#define MN_REF_DEC() (mn_total_refs--)
#else
#define MN_REF_INC() ((void)0)
#define MN_REF_DEC() ((void)0)
#endif

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
