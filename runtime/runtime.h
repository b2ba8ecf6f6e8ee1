/*
 * runtime/runtime.h - MnRuntime: every piece of mutable interpreter state in one struct
 * (as Lua's global_State). One runtime per process; mn_rt is it.
 * See also: runtime/runtime.c (init and final teardown), src/main.c
 */
#ifndef MN_RUNTIME_H
#define MN_RUNTIME_H

#include "object.h"

struct MnFrame;

typedef struct MnRuntime {
    MnObject *exc;              // owned: the exception being raised, or NULL
    MnObject *handled;          // owned: exception stack for sys.exc_info() (see eval.c), or NULL
    struct MnFrame *frame;      // borrowed: the innermost executing frame, or NULL
    int recursion_depth;        // Python-level call depth
    int recursion_limit;        // sys.getrecursionlimit(), 1000
    MnObject *builtins;         // owned dict: the builtins module's namespace
    MnObject *builtins_module;  // owned module
    MnObject *modules;          // owned dict: sys.modules
    MnObject *sys;              // owned module: sys
    MnObject *interned;         // owned dict: interned strings (str -> same str)
    MnObject *repr_stack;       // owned list: containers whose repr is in progress
    MnObject *argv;             // owned list: sys.argv
    MnObject *path;             // owned list: sys.path
    MnObject *memory_error;     // owned: the preallocated MemoryError instance
    int finalizing;             // set while the runtime is being torn down
    int verbose_flags;          // -X options and flags that change behaviour
    intptr_t gc_count0;         // GC objects allocated minus freed since the last collection
    int gc_enabled;             // gc.isenabled()
    intptr_t gc_threshold0;     // gc.get_threshold()[0]: count0 above it triggers a collection
    volatile int interrupt;     // set by the SIGINT handler; checked by the eval loop
} MnRuntime;

extern MnRuntime mn_rt;

// Creates every static type, singleton and builtin module. -> 0, or -1 (message printed).
int mn_runtime_init(int argc, char **argv);
// Readies a static type (idempotent) and remembers it so teardown can release its dict.
// -> 0, or -1.
int mn_runtime_ready_type(MnType *type);
// Tears everything down; in a debug build reports objects still alive. -> number of leaked
// objects (0 in release builds).
intptr_t mn_runtime_fini(void);

#endif
