/*
 * src/err.h - raising, fetching and restoring exceptions; traceback text.
 * The current exception is one owned object in mn_rt.exc (an instance of BaseException or
 * a subclass); its traceback hangs on it as __traceback__. A NULL/-1 result from any
 * function means an exception is set.
 * See also: runtime/exc.c (the hierarchy), src/eval.c (unwinding)
 */
#ifndef MN_ERR_H
#define MN_ERR_H

#include <stdarg.h>
#include "object.h"

// Raises [type] with [value]: NULL (no args), an instance of [type] (raised as is), a tuple
// (the args), or any other object (the single arg). Borrows both.
void mn_err_set_object(MnType *type, MnObject *value);
// Raises [type] with a message from a C string.
void mn_err_set_string(MnType *type, const char *msg);
// Raises [type] with a message built by mn_str_from_format. -> NULL always.
MnObject *mn_err_format(MnType *type, const char *fmt, ...);
MnObject *mn_err_vformat(MnType *type, const char *fmt, va_list ap);
// Raises MemoryError (the preallocated instance). -> NULL always.
MnObject *mn_err_no_memory(void);
// Raises [exc] (an exception instance or class, instantiated if a class); sets __context__
// from the exception being handled. Borrows [exc].
void mn_err_raise(MnObject *exc);
// -> the type of the current exception (borrowed), or NULL.
MnType *mn_err_occurred(void);
// -> 1 if the current exception is an instance of [type] (a type or a tuple of types).
int mn_err_matches(MnObject *type);
// -> 1 if the exception instance [exc] matches [type] (a type or a tuple of types).
int mn_err_given_matches(MnObject *exc, MnObject *type);
// Takes the current exception out of the runtime. -> new reference, or NULL if none.
MnObject *mn_err_fetch(void);
// Makes [exc] (stolen; NULL clears) the current exception.
void mn_err_restore(MnObject *exc);
// Clears the current exception.
void mn_err_clear(void);
// Raises TypeError "bad argument" style internal errors: SystemError with [msg].
MnObject *mn_err_bad_internal_call(const char *where);
// Prints "Exception ignored in: <repr of obj>" and the current exception's traceback to
// stderr, then clears it (used for __del__ and callbacks).
void mn_err_write_unraisable(MnObject *obj);
// Prints [exc] with its chain (__cause__, __context__) and tracebacks to stderr in CPython
// 3.11's format without caret lines.
void mn_err_print_exception(MnObject *exc);
// Appends a traceback entry for the frame [frame] at [lineno] to the current exception.
// -> 0, or -1.
int mn_err_add_traceback(MnObject *frame, int lineno);

#endif
