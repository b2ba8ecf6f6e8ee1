/*
 * runtime/alloc.h - the one allocation choke point.
 * Every byte mnemo allocates goes through mn_mem_* (raw memory) or mn_object_alloc (objects).
 * The small-object allocator and tracemalloc hook in here (issue 6); the debug build counts
 * live objects here.
 * See also: runtime/gc.h (collector header), runtime/refcount.h
 */
#ifndef MN_ALLOC_H
#define MN_ALLOC_H

#include <stddef.h>
#include "object.h"

// Reads MNEMOMALLOC (=malloc turns the small-block cache off). Called first at start-up.
void mn_alloc_init(void);
// Returns every cached block to the system (runtime teardown).
void mn_alloc_fini(void);

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
// types), as CPython 3.11's pre-header; the debug build's own bookkeeping is not counted.
// -> size in bytes.
size_t mn_object_pre_header_size(MnType *type);
// Frees the memory of [o] (which must be untracked); does not touch its type's refcount.
void mn_object_free(MnObject *o);
// Resizes a variable-size object that nobody else references (refcount 1, untracked).
// -> the object (maybe moved), or NULL with MemoryError set (the old object is freed).
MnObject *mn_object_resize(MnObject *o, intptr_t nitems);
// Bytes taken by an object of [type] with [nitems] items, excluding any collector header.
size_t mn_object_size_for(MnType *type, intptr_t nitems);

// Object blocks allocated and not yet freed (objects kept on a type's free list count, as in
// CPython's block count). -> the count.
intptr_t mn_alloc_block_count(void);

#ifdef MN_DEBUG
#include <stdio.h>
extern intptr_t mn_live_objects;   // objects allocated and not yet freed
// Lists up to [max] objects still alive (type, address, refcount) on [f].
void mn_alloc_report_leaks(FILE *f, int max);
#endif

#endif
