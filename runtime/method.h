/*
 * runtime/method.h - bound methods: a callable pairing a function with the instance (or class,
 * for classmethod) it was looked up on; calling it prepends self.
 * See also: runtime/method.c, runtime/func.c (tp_descr_get)
 */
#ifndef MN_METHOD_H
#define MN_METHOD_H

#include "object.h"

typedef struct MnMethod {
    MnObject ob_base;
    MnObject *im_func;          // owned callable
    MnObject *im_self;          // owned instance
    MnObject *im_weakreflist;   // owned list head, or NULL
    mn_callfunc vectorcall;     // keeps CPython's layout (sys.getsizeof)
} MnMethod;

extern MnType mn_method_type;
#define MN_METHOD_CHECK(o) (MN_TYPE(o) == &mn_method_type)

// A bound method of [func] to [self] (both borrowed). -> new reference, or NULL.
MnObject *mn_method_new(MnObject *func, MnObject *self);
// Calls [callable] with [self] prepended to [args] (one calling convention, all borrowed).
// -> new reference, or NULL.
MnObject *mn_call_prepend(MnObject *callable, MnObject *self, MnObject *const *args,
                          intptr_t nargs, MnObject *kwnames);

#endif
