/*
 * runtime/func.h - Python function objects (def, lambda, comprehension bodies), with CPython
 * 3.11's field order. A function is a non-data descriptor: looked up on an instance it gives
 * a bound method (runtime/method.c).
 * See also: runtime/func.c, src/eval.c (calls), src/frame.c (argument binding)
 */
#ifndef MN_FUNC_H
#define MN_FUNC_H

#include "object.h"

typedef struct MnFunction {
    MnObject ob_base;
    MnObject *func_code;        // owned code object
    MnObject *func_globals;     // owned dict
    MnObject *func_builtins;    // owned dict
    MnObject *func_name;        // owned str
    MnObject *func_qualname;    // owned str
    MnObject *func_defaults;    // owned tuple, or NULL
    MnObject *func_kwdefaults;  // owned dict, or NULL
    MnObject *func_closure;     // owned tuple of cells, or NULL
    MnObject *func_doc;         // owned, or NULL (None)
    MnObject *func_dict;        // owned dict, or NULL
    MnObject *func_weakreflist; // owned list head, or NULL
    MnObject *func_module;      // owned, or NULL
    MnObject *func_annotations; // owned dict, or NULL
    mn_callfunc vectorcall;
    uint32_t func_version;
} MnFunction;

extern MnType mn_func_type;
#define MN_FUNC_CHECK(o) (MN_TYPE(o) == &mn_func_type)

// A function for [code] (borrowed) running in [globals] (borrowed dict); name, qualname and
// doc come from the code; __module__ from globals['__name__']. -> new reference, or NULL.
MnObject *mn_func_new(MnObject *code, MnObject *globals, MnObject *qualname);
// The builtins dict for [globals]: globals['__builtins__'] (module or dict), else the
// runtime's. -> borrowed reference.
MnObject *mn_func_builtins_for(MnObject *globals);

#endif
