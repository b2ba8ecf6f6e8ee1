/*
 * runtime/alloc.c - the one allocation choke point (as clox's reallocate).
 * Raw blocks go through mn_mem_*, objects through mn_object_alloc/mn_object_free. The
 * small-object allocator and tracemalloc hook in here later; the debug build counts live
 * objects and total references here.
 * See also: runtime/gc.c (collector header), runtime/refcount.h
 */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mnemo.h"

intptr_t mn_total_refs;
static intptr_t live_blocks;    // object blocks handed out and not yet freed

#ifdef MN_DEBUG
intptr_t mn_live_objects;

// Debug builds keep every live object in one list so leaks can be named at exit.
typedef struct DebugHead {
    struct DebugHead *prev, *next;
    size_t gc_head;             // bytes of collector header between this and the object
    size_t pad;
} DebugHead;
static DebugHead all_objects = {&all_objects, &all_objects, 0, 0};
#define DEBUG_PRE sizeof(DebugHead)

static void
debug_link(char *mem, size_t pre)
{
    DebugHead *d = (DebugHead *)mem;
    d->gc_head = pre - DEBUG_PRE;
    d->next = &all_objects;
    d->prev = all_objects.prev;
    all_objects.prev->next = d;
    all_objects.prev = d;
}

static void
debug_unlink(char *mem)
{
    DebugHead *d = (DebugHead *)mem;
    d->prev->next = d->next;
    d->next->prev = d->prev;
}

void
mn_alloc_report_leaks(FILE *f, int max)
{
    int shown = 0;
    for (DebugHead *d = all_objects.next; d != &all_objects && shown < max; d = d->next) {
        MnObject *o = (MnObject *)((char *)(d + 1) + d->gc_head);
        if (o->ob_refcnt <= 0) {
            continue;               // kept on a free list, not alive
        }
        fprintf(f, "  leaked: %s object at %p, refcount %ld\n", o->ob_type->tp_name, (void *)o,
                (long)o->ob_refcnt);
        shown++;
    }
}
#else
#define DEBUG_PRE 0
#endif

void *
mn_mem_alloc(size_t size)
{
    return malloc(size ? size : 1);
}

void *
mn_mem_calloc(size_t count, size_t size)
{
    return calloc(count ? count : 1, size ? size : 1);
}

void *
mn_mem_realloc(void *p, size_t size)
{
    return realloc(p, size ? size : 1);
}

void
mn_mem_free(void *p)
{
    free(p);
}

char *
mn_mem_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = mn_mem_alloc(n);
    if (copy != NULL) {
        memcpy(copy, s, n);
    }
    return copy;
}

/* ==== the block cache for small objects ==== */

// Freed object blocks of up to 512 bytes are kept in per-size-class lists (16-byte classes)
// and handed out again last-freed-first, as CPython's pymalloc does, so a dying object's
// address goes to the next object of its size. Off with MNEMOMALLOC=malloc. Under
// AddressSanitizer a cached block is poisoned, so a use after free is still reported.
#define SMALL_LIMIT 512
#define NCLASSES (SMALL_LIMIT / 16)
#define CACHE_MAX 4096

// Per class, a stack of cached blocks (kept outside the blocks, so that a sanitizer can poison
// each whole block while it waits).
static void *cached[NCLASSES + 1][CACHE_MAX];
static int n_free[NCLASSES + 1];
static int cache_enabled = 1;

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON_CACHED(b, size) ASAN_POISON_MEMORY_REGION((b), (size))
#define UNPOISON_CACHED(b, size) ASAN_UNPOISON_MEMORY_REGION((b), (size))
#else
#define POISON_CACHED(b, size) ((void)0)
#define UNPOISON_CACHED(b, size) ((void)0)
#endif

void
mn_alloc_init(void)
{
    const char *env = getenv("MNEMOMALLOC");
    if (env != NULL && strcmp(env, "malloc") == 0) {
        cache_enabled = 0;
    }
}

void
mn_alloc_fini(void)
{
    for (int c = 0; c <= NCLASSES; c++) {
        while (n_free[c] > 0) {
            void *b = cached[c][--n_free[c]];
            UNPOISON_CACHED(b, (size_t)c << 4);
            free(b);
        }
    }
}

// Zeroed memory for an object of [total] bytes (headers included). -> block, or NULL.
static char *
block_alloc(size_t total)
{
    char *mem;
    if (cache_enabled && total <= SMALL_LIMIT) {
        size_t c = (total + 15) >> 4;
        if (n_free[c] > 0) {
            mem = cached[c][--n_free[c]];
            UNPOISON_CACHED(mem, c << 4);
            memset(mem, 0, c << 4);
        } else {
            mem = calloc(1, c << 4);
        }
    } else {
        mem = calloc(1, total);
    }
    live_blocks += mem != NULL;
    return mem;
}

static void
block_free(char *mem)
{
    live_blocks--;
    if (cache_enabled) {
        size_t c = malloc_usable_size(mem) >> 4;
        if (c >= 1 && c <= NCLASSES && n_free[c] < CACHE_MAX) {
            cached[c][n_free[c]++] = mem;
            POISON_CACHED(mem, c << 4);
            return;
        }
    }
    free(mem);
}

size_t
mn_object_size_for(MnType *type, intptr_t nitems)
{
    size_t size = (size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize;
    return (size + 7) & ~(size_t)7;
}

static size_t
pre_header_size(MnType *type)
{
    return DEBUG_PRE + (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_GC) ? sizeof(MnGCHead) : 0);
}

size_t
mn_object_pre_header_size(MnType *type)
{
    return pre_header_size(type) - DEBUG_PRE;
}

MnObject *
mn_object_alloc(MnType *type, intptr_t nitems)
{
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_READY) && mn_rt.builtins != NULL) {
        if (mn_runtime_ready_type(type) < 0) {
            return NULL;
        }
    }
    size_t pre = pre_header_size(type);
    char *mem = block_alloc(pre + mn_object_size_for(type, nitems));
    if (mem == NULL) {
        return mn_err_no_memory();
    }
    MnObject *o = (MnObject *)(mem + pre);
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_GC)) {
        mn_rt.gc_count0++;
    }
    o->ob_refcnt = 1;
    o->ob_type = type;
    MN_REF_INC();
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        mn_incref(type);
    }
    if (type->tp_itemsize != 0) {
        ((MnVarObject *)o)->ob_size = nitems;
    }
#ifdef MN_DEBUG
    mn_live_objects++;
    debug_link(mem, pre);
#endif
    return o;
}

void
mn_object_free(MnObject *o)
{
    char *mem = (char *)o - pre_header_size(MN_TYPE(o));
    if (MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_GC) && mn_rt.gc_count0 > 0) {
        mn_rt.gc_count0--;
    }
#ifdef MN_DEBUG
    mn_live_objects--;
    debug_unlink(mem);
#endif
    block_free(mem);
}

MnObject *
mn_object_resize(MnObject *o, intptr_t nitems)
{
    MnType *type = MN_TYPE(o);
    size_t pre = pre_header_size(type);
    char *mem = (char *)o - pre;
#ifdef MN_DEBUG
    debug_unlink(mem);
#endif
    char *grown = mn_mem_realloc(mem, pre + mn_object_size_for(type, nitems));
    if (grown == NULL) {
#ifdef MN_DEBUG
        debug_link(mem, pre);
#endif
        mn_object_free(o);
        return mn_err_no_memory();
    }
#ifdef MN_DEBUG
    debug_link(grown, pre);
#endif
    o = (MnObject *)(grown + pre);
    ((MnVarObject *)o)->ob_size = nitems;
    return o;
}

intptr_t
mn_alloc_block_count(void)
{
    return live_blocks;
}

void
mn_dealloc(MnObject *o)
{
    MN_TYPE(o)->tp_dealloc(o);
}
