/*
 * runtime/tracemalloc.h - allocation tracing behind the tracemalloc module.
 * While tracing is on, runtime/alloc.c reports every block it hands out or takes back (object
 * blocks with their collector header, and raw mn_mem_* blocks), and this file records, per
 * live block, its size and the Python stack (file, line) at allocation, up to nframe frames.
 * Its own tables live in malloc memory, never in alloc.c's, so tracing never traces itself.
 * See also: runtime/alloc.c, lib/mod_tracemalloc.c, lib/tracemalloc.py
 */
#ifndef MN_TRACEMALLOC_H
#define MN_TRACEMALLOC_H

#include <stddef.h>
#include "object.h"

// Largest number of frames a traceback may keep (CPython's limit).
#define MN_TRACEMALLOC_MAX_NFRAME 65535

// Nonzero while tracemalloc is tracing; alloc.c tests it before calling the hooks below.
extern int mn_tracemalloc_tracing;

// A block of [size] bytes starting at [ptr] was allocated (ptr is the block's start, i.e. the
// collector header for GC objects; size is what was requested, as CPython's tracemalloc sees).
void mn_tracemalloc_on_alloc(void *ptr, size_t size);
// The block at [ptr] is being freed.
void mn_tracemalloc_on_free(void *ptr);
// The block at [old] was resized to [size] bytes and now starts at [ptr].
void mn_tracemalloc_on_realloc(void *old, void *ptr, size_t size);

// Suspends tracing of new blocks (frees and reuses are still seen) until
// mn_tracemalloc_resume([the result]): for objects mnemo makes only to model CPython's state.
int mn_tracemalloc_pause(void);
void mn_tracemalloc_resume(int saved);

// [o] was taken from a free list (no allocation): when its block is traced, the trace now
// has the current traceback, as CPython's _PyTraceMalloc_NewReference.
void mn_tracemalloc_on_reuse(MnObject *o);

// The traced block at [ptr] counts as [size] bytes from now on: for blocks whose layout
// differs from CPython's, so that tracemalloc reports what CPython asks for. No-op when the
// block is not traced.
void mn_tracemalloc_set_size(void *ptr, size_t size);

// What the import system is doing for the module being loaded: the importlib frames
// CPython 3.11 shows between the importing frame and the allocation differ by step.
typedef enum MnImportPhase {
    MN_IMPORT_CREATE,           // making the module object (module_from_spec)
    MN_IMPORT_COMPILE,          // compiling its source (source_to_code)
    MN_IMPORT_EXEC,             // running its code (exec_module)
} MnImportPhase;

// Brackets the loading of one module by the import system (written in C here, in Python in
// CPython): while inside, allocations are charged to the "<frozen importlib._bootstrap>" and
// "<frozen importlib._bootstrap_external>" frames CPython 3.11 has between the importing
// frame and the module's own code, not to the line of the import statement. [levels] is how
// many enclosing packages of the requested dotted name are being imported on the way (each
// adds CPython's nested _find_and_load frames); [fromlist] is true when the module is loaded
// as a submodule named by `from package import name`. Starts in MN_IMPORT_CREATE. Cheap;
// called whether or not tracing is on.
void mn_tracemalloc_enter_import(int levels, int fromlist);
// Moves the innermost import to [phase].
void mn_tracemalloc_import_phase(MnImportPhase phase);
void mn_tracemalloc_exit_import(void);

// Starts tracing with tracebacks of up to [nframe] frames (1..MAX_NFRAME, checked by the
// caller); does nothing when already tracing. -> 0, or -1 with MemoryError set.
int mn_tracemalloc_start(int nframe);
// Stops tracing and forgets every trace (the traceback limit is kept).
void mn_tracemalloc_stop(void);
// Forgets every trace and resets the traced memory counters; tracing goes on.
void mn_tracemalloc_clear(void);
// -> the maximum number of frames a traceback keeps.
int mn_tracemalloc_traceback_limit(void);
// Stores the traced memory now and its peak since start or the last reset in [cur], [peak].
void mn_tracemalloc_traced_memory(size_t *cur, size_t *peak);
// Sets the peak to the current traced memory.
void mn_tracemalloc_reset_peak(void);
// -> bytes used by tracemalloc's own tables.
size_t mn_tracemalloc_memory(void);
// Every trace as a list of (domain, size, frames, total_nframe), frames being a tuple of
// (filename, lineno) from the most recent call; an empty list when not tracing.
// -> new reference, or NULL with an exception set.
MnObject *mn_tracemalloc_get_traces(void);
// The frames tuple of the block holding [obj], or None when not traced.
// -> new reference, or NULL with an exception set.
MnObject *mn_tracemalloc_object_traceback(MnObject *obj);
// Stops tracing and releases everything (runtime teardown).
void mn_tracemalloc_fini(void);

#endif
