/*
 * runtime/alloc.h - the one allocation choke point.
 * Every byte mnemo allocates goes through mn_mem_* (raw memory) or mn_object_alloc (objects).
 * Requests of up to 512 bytes are served by a pymalloc-style small-object allocator (size
 * classes of 16 bytes, 16 KiB pools, 1 MiB arenas), larger ones by malloc; every block is
 * reported to tracemalloc while it traces. The debug build counts live objects here.
 * See also: runtime/gc.h (collector header), runtime/refcount.h, runtime/tracemalloc.h
 */
#ifndef MN_ALLOC_H
#define MN_ALLOC_H

#include <stddef.h>
#include <stdio.h>
#include "object.h"
#include "refcount.h"
#include "tracemalloc.h"

// Reads MNEMOMALLOC (malloc or pymalloc). Called first at start-up.
void mn_alloc_init(void);
// Runtime teardown (arenas stay mapped: memory freed later may still live in them).
void mn_alloc_fini(void);
// Chooses the allocator for new blocks: [name] "malloc" (everything to the system malloc, so
// Valgrind and AddressSanitizer see each block) or "pymalloc" (the small-object allocator).
// Blocks already handed out are freed correctly either way. -> 0, or -1 for an unknown name.
int mn_alloc_set_allocator(const char *name);
// -> 1 while the small-object allocator serves new blocks, 0 under MNEMOMALLOC=malloc.
int mn_alloc_small_enabled(void);

// Raw memory. No exception is set on failure: callers raise with mn_err_no_memory().
// -> memory, or NULL.
void *mn_mem_alloc(size_t size);
// Zero-filled raw memory. -> memory, or NULL.
void *mn_mem_calloc(size_t count, size_t size);
// -> memory (maybe moved), or NULL (the old block is then still valid).
void *mn_mem_realloc(void *p, size_t size);
// Frees memory from mn_mem_*; NULL is allowed.
void mn_mem_free(void *p);
// Copies a NUL-terminated string into mn_mem memory. -> copy, or NULL.
char *mn_mem_strdup(const char *s);

// Allocates a zero-filled object of [type] with room for [nitems] items (tp_itemsize each),
// with a collector header in front when the type is MN_TPFLAG_GC (not yet tracked).
// Sets ob_refcnt to 1, ob_type (with a new reference to heap types) and, for itemsize > 0,
// ob_size to [nitems]. -> new reference, or NULL with MemoryError set.
MnObject *mn_object_alloc(MnType *type, intptr_t nitems);
// Bytes an object of [type] carries in front of its header (the collector header for GC
// types, then the managed __dict__ words), as CPython 3.11's pre-header; the debug build's
// own bookkeeping is not counted. -> size in bytes.
size_t mn_object_pre_header_size(MnType *type);
// Frees the memory of [o] (which must be untracked); does not touch its type's refcount.
void mn_object_free(MnObject *o);
// Resizes a variable-size object that nobody else references (refcount 1, untracked).
// -> the object (maybe moved), or NULL with MemoryError set (the old object is freed).
MnObject *mn_object_resize(MnObject *o, intptr_t nitems);
// Bytes taken by an object of [type] with [nitems] items, excluding any collector header.
size_t mn_object_size_for(MnType *type, intptr_t nitems);

// Blocks (objects and mn_mem_* memory) allocated and not yet freed, as CPython's
// sys.getallocatedblocks(): objects kept on a type's free list count; 0 when every block goes
// to malloc (MNEMOMALLOC=malloc), as CPython under PYTHONMALLOC=malloc. -> the count.
intptr_t mn_alloc_block_count(void);

// The state of the small-object allocator, for sys._debugmallocstats and tests.
typedef struct MnAllocStats {
    size_t pools[32];           // per size class: pools in use (used or full)
    size_t blocks[32];          // blocks handed out
    size_t free_blocks[32];     // blocks free in those pools
    size_t free_pools;          // empty pools and pools not carved yet, in all arenas
    size_t arenas_current, arenas_allocated_total, arenas_highwater;
    size_t arena_alignment;     // bytes lost because an arena is not pool-aligned
    size_t arena_map_leaves;    // leaves of the address map
    intptr_t raw_blocks;        // blocks from malloc
} MnAllocStats;
// Fills [s].
void mn_alloc_stats(MnAllocStats *s);
// Writes CPython's _debugmallocstats report of the small-object allocator on [out].
// -> 1, or 0 (nothing written) under MNEMOMALLOC=malloc.
int mn_alloc_print_stats(FILE *out);
// -> 1 if [p] lies in one of the allocator's arenas, else 0.
int mn_alloc_owns(const void *p);
enum { MN_POOL_EMPTY, MN_POOL_USED, MN_POOL_FULL };
// -> the state of the pool holding small block [p] (MN_POOL_*), or -1 if [p] is not small.
int mn_alloc_pool_state(const void *p);
// -> the number of the arena holding small block [p], or -1 if [p] is not small.
int mn_alloc_arena_index(const void *p);

#ifdef MN_DEBUG
#include <stdio.h>
extern intptr_t mn_live_objects;   // objects allocated and not yet freed
// Lists up to [max] objects still alive (type, address, refcount) on [f].
void mn_alloc_report_leaks(FILE *f, int max);
#endif

// Brings [o], kept on its type's free list, back as a new object: refcount 1, counted live
// again, and while tracing its traced block (if any) charged to the current traceback, as
// CPython 3.11's _Py_NewReference does. The caller sets up the rest.
static inline void
mn_object_reuse(MnObject *o)
{
    MN_REFCNT(o) = 1;
    MN_REF_INC();
#ifdef MN_DEBUG
    mn_live_objects++;
#endif
    if (__builtin_expect(mn_tracemalloc_tracing, 0)) {
        mn_tracemalloc_on_reuse(o);
    }
}

#endif
