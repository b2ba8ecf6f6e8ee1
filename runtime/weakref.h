/*
 * runtime/weakref.h - weak references: weakref.ref (and subclasses), proxy and callable proxy.
 * Every object whose type has tp_weaklistoffset != 0 keeps a doubly linked list of the weak
 * references to it, headed at that offset. Plain references without callback come first, as
 * in CPython, so they are shared. The referent is borrowed: a weak reference never keeps its
 * object alive. When the object dies, mn_weakref_clear_refs unlinks and clears every reference
 * and calls the callbacks; the collector clears them itself (gc.c: handle_weakrefs).
 * See also: runtime/weakref.c, lib/mod_weakref.c, lib/weakref.py, runtime/gc.c
 */
#ifndef MN_WEAKREF_H
#define MN_WEAKREF_H

#include "object.h"

// Layout as CPython 3.11's PyWeakReference (64 bytes + the GC header: getsizeof 80).
typedef struct MnWeakRef {
    MnObject ob_base;
    MnObject *wr_object;            // borrowed referent; mn_None once cleared
    MnObject *wr_callback;          // owned callable, or NULL
    intptr_t hash;                  // cached hash of the referent, -1 until computed
    struct MnWeakRef *wr_prev;      // neighbours in the referent's list
    struct MnWeakRef *wr_next;
    void *vectorcall;               // unused; keeps the size equal to CPython's
} MnWeakRef;

extern MnType mn_weakref_type;              // weakref.ReferenceType
extern MnType mn_weakproxy_type;            // weakref.ProxyType
extern MnType mn_weakcallableproxy_type;    // weakref.CallableProxyType

// -> 1 if [o] is a weakref.ref (or subclass instance), a proxy or a callable proxy, else 0.
int mn_weakref_check(MnObject *o);

// -> the address of the weak reference list head of [o], or NULL if [o]'s type does not
// support weak references.
MnWeakRef **mn_weakref_list_ptr(MnObject *o);

// Unlinks [wr] from its referent's list and sets wr_object to None, without calling the
// callback (the collector decides about callbacks itself).
void mn_weakref_clear_ref(MnWeakRef *wr);

// Called by the dealloc of every type with weak references, once the object's refcount is 0:
// clears each weak reference to [o] and then calls the callbacks, each with its (dead)
// reference, in CPython's order. Errors raised by callbacks are reported as unraisable.
// Keeps any pending exception intact.
void mn_weakref_clear_refs(MnObject *o);

// weakref.ref([o], [callback]) from C ([callback] may be NULL).
// -> new reference, or NULL with TypeError set if [o] cannot be weakly referenced.
MnObject *mn_weakref_new_ref(MnObject *o, MnObject *callback);
// weakref.proxy([o], [callback]) from C ([callback] may be NULL or None): a CallableProxyType
// when [o] is callable. -> new reference, or NULL with TypeError set.
MnObject *mn_weakref_new_proxy(MnObject *o, MnObject *callback);
// The referent of the weakref.ref [wr]. -> borrowed referent, or mn_None once it is dead.
MnObject *mn_weakref_get(MnObject *wr);

// Readies the three weak reference types (idempotent; done on first use).
// -> 0, or -1.
int mn_weakref_ready_types(void);

// -> the number of weak references to [o] (weakref.getweakrefcount).
intptr_t mn_weakref_count(MnObject *o);

#endif
