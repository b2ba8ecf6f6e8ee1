/*
 * src/eval.h - the bytecode interpreter: one dispatch loop over MnFrame, with Python-to-Python
 * calls handled inside the loop (no C recursion), plus entry points for the rest of the
 * runtime (module code, class bodies, function calls, generators, zero-argument super).
 * See also: src/eval_helpers.c, src/frame.h, src/code.h, src/opcodes.h
 */
#ifndef MN_EVAL_H
#define MN_EVAL_H

#include "object.h"

struct MnFrame;

// Runs module / exec / eval code [code] with [globals] and [locals] (a mapping; may be the
// same object as [globals]). Adds __builtins__ to [globals] if missing.
// -> new reference (the result), or NULL with an exception set.
MnObject *mn_eval_code(MnObject *code, MnObject *globals, MnObject *locals);
// Runs the frame [f] (already set up, with arguments bound) until it returns or raises.
// [throwflag] 1 starts by unwinding the current exception (generator throw).
// -> new reference, or NULL.
MnObject *mn_eval_frame(struct MnFrame *f, int throwflag);
// Calls the Python function [func] with the one calling convention.
// -> new reference, or NULL.
MnObject *mn_eval_call_function(MnObject *func, MnObject *const *args, intptr_t nargs,
                                MnObject *kwnames);
// The globals dict of the innermost Python frame.
// -> borrowed dict, or NULL when no Python code runs (no exception set).
MnObject *mn_eval_globals(void);
// locals() of the innermost Python frame: its locals mapping (module/class), or a fresh
// snapshot dict of the function's locals. -> new reference, or NULL (error set).
MnObject *mn_eval_locals(void);
// The builtins dict in effect.
// -> borrowed dict.
MnObject *mn_eval_builtins(void);
// __build_class__(func, name, *bases, **kwds). -> new class, or NULL.
MnObject *mn_eval_build_class(MnObject *self, MnObject *const *args, intptr_t nargs,
                              MnObject *kwnames);
// Zero-argument super(): the __class__ cell's type and the first argument of the current
// frame (both borrowed). -> 0, or -1 with RuntimeError set.
int mn_eval_super_args(MnType **type, MnObject **obj);
// The innermost executing frame.
// -> borrowed frame, or NULL when no Python code runs.
struct MnFrame *mn_eval_current_frame(void);

#endif
