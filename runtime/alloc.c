/*
 * runtime/alloc.c - the one allocation choke point (as clox's reallocate), with a
 * pymalloc-style small-object allocator behind it.
 * Raw blocks go through mn_mem_*, objects through mn_object_alloc/free/resize; both use the
 * small-object allocator for requests of up to 512 bytes (as CPython 3.11's PyMem_Malloc and
 * PyObject_Malloc do) and malloc above. Small blocks come in 32 size classes (16 bytes apart);
 * a pool (16 KiB, 48-byte header) holds blocks of one class, an arena (1 MiB from mmap) holds
 * pools. A pool is used (some blocks free), full (none free, in no list) or empty (on its
 * arena's free-pool list). Freed blocks go to the front of their pool's free list, so the next
 * request of that class gets the address just freed; untouched blocks are carved lazily.
 * Arenas with free pools are kept sorted fullest first; an arena whose pools are all empty
 * goes back to the system (unless it is the last usable one). A radix map over 1 MiB granules
 * tells in two loads whether a pointer lies in an arena. The debug build keeps every live
 * object in a list (DebugHead in front) to name leaks at exit; under AddressSanitizer free
 * and untouched small blocks are poisoned.
 * See also: runtime/gc.c (collector header), runtime/tracemalloc.c, lib/mod_sys.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "mnemo.h"
#include "tracemalloc.h"

#ifdef MN_SANITIZE
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)0)
#define UNPOISON(p, n) ((void)0)
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

intptr_t mn_total_refs;

/* ==== sizes (CPython 3.11, 64-bit Linux) ==== */

#define ALIGN_SHIFT 4
#define SMALL_LIMIT 512
#define NCLASSES (SMALL_LIMIT >> ALIGN_SHIFT)
#define CLASS_SIZE(c) (((unsigned)(c) + 1) << ALIGN_SHIFT)
#define POOL_BITS 14
#define POOL_SIZE ((size_t)1 << POOL_BITS)
#define ARENA_BITS 20
#define ARENA_SIZE ((size_t)1 << ARENA_BITS)
#define POOLS_PER_ARENA (ARENA_SIZE / POOL_SIZE)
#define POOL_OVERHEAD 48
#define POOL_OF(p) ((Pool *)((uintptr_t)(p) & ~(uintptr_t)(POOL_SIZE - 1)))
#define BLOCKS_IN_POOL(c) ((unsigned)((POOL_SIZE - POOL_OVERHEAD) / CLASS_SIZE(c)))
#define NO_CLASS 0xffffu

typedef uint8_t Block;

// The header at the start of every pool (48 bytes, as CPython's pool_header).
typedef struct Pool {
    unsigned count;             // blocks handed out
    unsigned pad;
    Block *freeblock;           // head of the free list; NULL when the pool is full
    struct Pool *nextpool;      // used pools: circular list per class; empty: arena's list
    struct Pool *prevpool;
    unsigned arenaindex;        // slot of the owning arena in arena_slots
    unsigned szidx;             // size class, NO_CLASS before first use
    unsigned nextoffset;        // offset of the next untouched block
    unsigned maxnextoffset;     // largest offset a block may start at
} Pool;
_Static_assert(sizeof(Pool) == POOL_OVERHEAD, "pool header is 48 bytes");

typedef struct Arena {
    uintptr_t address;          // start of the mapping; 0 while the slot is unused
    Block *pool_address;        // next pool never carved yet
    unsigned nfreepools;        // empty pools plus pools not carved yet
    unsigned ntotalpools;       // 64, or 63 when the mapping is not pool-aligned
    Pool *freepools;            // empty pools (singly linked through nextpool)
    struct Arena *nextarena;    // usable_arenas list (or the unused-slot list)
    struct Arena *prevarena;
    unsigned index;             // slot in arena_slots
} Arena;

/* ==== allocator state ==== */

#define USED_HEAD(i) {0, 0, NULL, &used_heads[i], &used_heads[i], 0, NO_CLASS, 0, 0}
#define USED_HEAD8(i) USED_HEAD(i), USED_HEAD(i + 1), USED_HEAD(i + 2), USED_HEAD(i + 3), \
    USED_HEAD(i + 4), USED_HEAD(i + 5), USED_HEAD(i + 6), USED_HEAD(i + 7)
// Per size class, the head of the circular list of used pools (neither full nor empty).
static Pool used_heads[NCLASSES] = {USED_HEAD8(0), USED_HEAD8(8), USED_HEAD8(16),
                                    USED_HEAD8(24)};

static Arena **arena_slots;     // every arena object ever made, indexed by Pool.arenaindex
static unsigned n_arena_slots;
static Arena *unused_arenas;    // slots whose mapping was returned
static Arena *usable_arenas;    // arenas with a free pool, fewest free pools first
static Arena *last_with_nfree[POOLS_PER_ARENA + 1];  // rightmost usable arena with n free

static size_t arenas_allocated_total;
static size_t arenas_current;
static size_t arenas_highwater;
static intptr_t raw_blocks;     // blocks from malloc (large, or every block when disabled)
static int small_enabled = 1;
static int allocator_chosen;    // mn_alloc_set_allocator was called: MNEMOMALLOC is not read

/* ==== arena map ==== */

// Each 1 MiB granule of the address space records the end of an arena that ends inside it
// (tail_end) and how much of it an arena starting inside it covers (head_len).
typedef struct Granule {
    uint32_t tail_end;
    uint32_t head_len;
} Granule;
#define MAP_ADDR_BITS 48
#define MAP_LEAF_BITS 14
#define MAP_TOP_BITS (MAP_ADDR_BITS - ARENA_BITS - MAP_LEAF_BITS)
typedef struct MapLeaf {
    Granule g[1 << MAP_LEAF_BITS];
} MapLeaf;
static MapLeaf *map_top[1 << MAP_TOP_BITS];
static size_t map_leaves;

static inline int
in_arena(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (UNLIKELY(a >> MAP_ADDR_BITS)) {
        return 0;
    }
    const MapLeaf *leaf = map_top[a >> (ARENA_BITS + MAP_LEAF_BITS)];
    if (leaf == NULL) {
        return 0;
    }
    const Granule *g = &leaf->g[(a >> ARENA_BITS) & ((1u << MAP_LEAF_BITS) - 1)];
    uint32_t off = (uint32_t)(a & (ARENA_SIZE - 1));
    return off < g->tail_end || off + g->head_len >= ARENA_SIZE;
}

// -> the granule holding address [a], creating its leaf when [create]; NULL on failure.
static Granule *
map_granule(uintptr_t a, int create)
{
    MapLeaf **slot = &map_top[a >> (ARENA_BITS + MAP_LEAF_BITS)];
    if (*slot == NULL) {
        if (!create) {
            return NULL;
        }
        *slot = calloc(1, sizeof(MapLeaf));
        if (*slot == NULL) {
            return NULL;
        }
        map_leaves++;
    }
    return &(*slot)->g[(a >> ARENA_BITS) & ((1u << MAP_LEAF_BITS) - 1)];
}

// Marks the arena at [base] as ours ([used]) or not. -> 0, or -1 when a leaf cannot be made.
static int
map_mark(uintptr_t base, int used)
{
    uint32_t off = (uint32_t)(base & (ARENA_SIZE - 1));
    Granule *head = map_granule(base, used);
    Granule *tail = off != 0 ? map_granule(base + ARENA_SIZE, used) : NULL;
    if (head == NULL || (off != 0 && tail == NULL)) {
        return -1;
    }
    head->head_len = used ? (uint32_t)(ARENA_SIZE - off) : 0;
    if (tail != NULL) {
        tail->tail_end = used ? off : 0;
    }
    return 0;
}

/* ==== arenas ==== */

// Maps a new arena. -> its arena object, or NULL.
static Arena *
new_arena(void)
{
    if (unused_arenas == NULL) {
        unsigned n = n_arena_slots ? n_arena_slots * 2 : 16;
        Arena **slots = realloc(arena_slots, n * sizeof(Arena *));
        if (slots == NULL) {
            return NULL;
        }
        arena_slots = slots;
        for (unsigned i = n_arena_slots; i < n; i++) {
            slots[i] = calloc(1, sizeof(Arena));
            if (slots[i] == NULL) {
                while (i-- > n_arena_slots) {
                    free(slots[i]);
                }
                return NULL;
            }
            slots[i]->index = i;
        }
        for (unsigned i = n; i-- > n_arena_slots;) {
            slots[i]->nextarena = unused_arenas;
            unused_arenas = slots[i];
        }
        n_arena_slots = n;
    }
    void *mem = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
                     0);
    if (mem == MAP_FAILED) {
        return NULL;
    }
    uintptr_t base = (uintptr_t)mem;
    if ((base + ARENA_SIZE) >> MAP_ADDR_BITS || map_mark(base, 1) < 0) {
        munmap(mem, ARENA_SIZE);
        return NULL;
    }
    Arena *ao = unused_arenas;
    unused_arenas = ao->nextarena;
    ao->address = base;
    ao->freepools = NULL;
    ao->pool_address = (Block *)((base + POOL_SIZE - 1) & ~(uintptr_t)(POOL_SIZE - 1));
    ao->ntotalpools = (unsigned)POOLS_PER_ARENA - ((base & (POOL_SIZE - 1)) != 0);
    ao->nfreepools = ao->ntotalpools;
    ao->nextarena = ao->prevarena = NULL;
    POISON(mem, ARENA_SIZE);
#ifdef MN_SANITIZE
    __lsan_register_root_region(mem, ARENA_SIZE);
#endif
    arenas_allocated_total++;
    if (++arenas_current > arenas_highwater) {
        arenas_highwater = arenas_current;
    }
    return ao;
}

static void
free_arena(Arena *ao)
{
    map_mark(ao->address, 0);
#ifdef MN_SANITIZE
    __lsan_unregister_root_region((void *)ao->address, ARENA_SIZE);
#endif
    UNPOISON((void *)ao->address, ARENA_SIZE);
    munmap((void *)ao->address, ARENA_SIZE);
    ao->address = 0;
    ao->nextarena = unused_arenas;
    unused_arenas = ao;
    arenas_current--;
}

/* ==== pools ==== */

// Takes an empty pool from the fullest usable arena (mapping a new arena if none).
// -> the pool, or NULL.
static Pool *
take_pool(void)
{
    if (usable_arenas == NULL) {
        usable_arenas = new_arena();
        if (usable_arenas == NULL) {
            return NULL;
        }
        last_with_nfree[usable_arenas->nfreepools] = usable_arenas;
    }
    Arena *ao = usable_arenas;
    // ao has the fewest free pools, so after taking one it stays first.
    if (last_with_nfree[ao->nfreepools] == ao) {
        last_with_nfree[ao->nfreepools] = NULL;
    }
    if (ao->nfreepools > 1) {
        last_with_nfree[ao->nfreepools - 1] = ao;
    }
    Pool *pool = ao->freepools;
    if (pool != NULL) {
        ao->freepools = pool->nextpool;
    } else {
        pool = (Pool *)ao->pool_address;
        UNPOISON(pool, POOL_OVERHEAD);
        pool->arenaindex = ao->index;
        pool->szidx = NO_CLASS;
        ao->pool_address += POOL_SIZE;
    }
    if (--ao->nfreepools == 0) {
        usable_arenas = ao->nextarena;
        if (usable_arenas != NULL) {
            usable_arenas->prevarena = NULL;
        }
    }
    return pool;
}

// A pool of class [c] has no free block left: carve an untouched one or retire the pool.
static void
pool_extend(Pool *pool, unsigned c)
{
    if (UNLIKELY(pool->nextoffset <= pool->maxnextoffset)) {
        Block *b = (Block *)pool + pool->nextoffset;
        pool->nextoffset += CLASS_SIZE(c);
        UNPOISON(b, sizeof(Block *));
        *(Block **)b = NULL;
        POISON(b, CLASS_SIZE(c));
        pool->freeblock = b;
        return;
    }
    Pool *next = pool->nextpool;
    Pool *prev = pool->prevpool;
    next->prevpool = prev;
    prev->nextpool = next;
}

static Block *
alloc_from_new_pool(unsigned c)
{
    Pool *pool = take_pool();
    if (pool == NULL) {
        return NULL;
    }
    Pool *head = &used_heads[c];
    pool->nextpool = head->nextpool;
    pool->prevpool = head;
    head->nextpool->prevpool = pool;
    head->nextpool = pool;
    pool->count = 1;
    Block *b;
    if (pool->szidx == c) {
        // The pool held blocks of this class before: its free list is still valid.
        b = pool->freeblock;
        UNPOISON(b, CLASS_SIZE(c));
        pool->freeblock = *(Block **)b;
        return b;
    }
    unsigned size = CLASS_SIZE(c);
    pool->szidx = c;
    pool->nextoffset = POOL_OVERHEAD + 2 * size;
    pool->maxnextoffset = (unsigned)POOL_SIZE - size;
    b = (Block *)pool + POOL_OVERHEAD;
    UNPOISON(b, size);
    Block *second = b + size;
    UNPOISON(second, sizeof(Block *));
    *(Block **)second = NULL;
    POISON(second, size);
    pool->freeblock = second;
    return b;
}

// A pool that was full got a block back: it becomes the first used pool of its class.
static void
insert_to_usedpool(Pool *pool)
{
    // At the front, as CPython: the next blocks of this size come from it.
    Pool *head = &used_heads[pool->szidx];
    Pool *next = head->nextpool;
    pool->nextpool = next;
    pool->prevpool = head;
    next->prevpool = pool;
    head->nextpool = pool;
}

// Unlinks [ao] from usable_arenas.
static void
unlink_usable(Arena *ao)
{
    if (ao->prevarena == NULL) {
        usable_arenas = ao->nextarena;
    } else {
        ao->prevarena->nextarena = ao->nextarena;
    }
    if (ao->nextarena != NULL) {
        ao->nextarena->prevarena = ao->prevarena;
    }
}

// A pool became empty: give it to its arena and keep usable_arenas sorted.
static void
insert_to_freepool(Pool *pool)
{
    pool->nextpool->prevpool = pool->prevpool;
    pool->prevpool->nextpool = pool->nextpool;
    Arena *ao = arena_slots[pool->arenaindex];
    pool->nextpool = ao->freepools;
    ao->freepools = pool;
    unsigned nf = ao->nfreepools;
    Arena *lastnf = last_with_nfree[nf];
    if (lastnf == ao) {
        Arena *p = ao->prevarena;
        last_with_nfree[nf] = p != NULL && p->nfreepools == nf ? p : NULL;
    }
    ao->nfreepools = ++nf;
    if (nf == ao->ntotalpools && ao->nextarena != NULL) {
        unlink_usable(ao);
        free_arena(ao);
        return;
    }
    if (nf == 1) {
        ao->nextarena = usable_arenas;
        ao->prevarena = NULL;
        if (usable_arenas != NULL) {
            usable_arenas->prevarena = ao;
        }
        usable_arenas = ao;
        if (last_with_nfree[1] == NULL) {
            last_with_nfree[1] = ao;
        }
        return;
    }
    if (last_with_nfree[nf] == NULL) {
        last_with_nfree[nf] = ao;
    }
    if (ao == lastnf) {
        return;
    }
    // ao now has more free pools than the arena after it: move it behind lastnf.
    unlink_usable(ao);
    ao->prevarena = lastnf;
    ao->nextarena = lastnf->nextarena;
    if (ao->nextarena != NULL) {
        ao->nextarena->prevarena = ao;
    }
    lastnf->nextarena = ao;
}

/* ==== blocks ==== */

// A block of [n] bytes (1..SMALL_LIMIT). -> block, or NULL when no arena can be mapped.
static inline void *
small_alloc(size_t n)
{
    unsigned c = (unsigned)(n - 1) >> ALIGN_SHIFT;
    Pool *pool = used_heads[c].nextpool;
    if (LIKELY(pool != &used_heads[c])) {
        pool->count++;
        Block *b = pool->freeblock;
        UNPOISON(b, CLASS_SIZE(c));
        if (UNLIKELY((pool->freeblock = *(Block **)b) == NULL)) {
            pool_extend(pool, c);
        }
        return b;
    }
    return alloc_from_new_pool(c);
}

// Gives block [p] (which must be in an arena) back to its pool.
static inline void
small_free(void *p)
{
    Pool *pool = POOL_OF(p);
    Block *last = pool->freeblock;
    *(Block **)p = last;
    POISON(p, CLASS_SIZE(pool->szidx));
    pool->freeblock = p;
    pool->count--;
    if (UNLIKELY(last == NULL)) {
        insert_to_usedpool(pool);
        return;
    }
    if (UNLIKELY(pool->count == 0)) {
        insert_to_freepool(pool);
    }
}

// [n] bytes from the small-object allocator or malloc. -> block, or NULL.
static inline void *
block_alloc(size_t n)
{
    if (LIKELY(small_enabled && n - 1 < SMALL_LIMIT)) {
        void *b = small_alloc(n);
        if (LIKELY(b != NULL)) {
            return b;
        }
    }
    void *b = malloc(n ? n : 1);
    raw_blocks += b != NULL;
    return b;
}

static inline void
block_free(void *p)
{
    if (LIKELY(in_arena(p))) {
        small_free(p);
    } else {
        raw_blocks--;
        free(p);
    }
}

// Resizes [p] to [n] bytes, CPython's way: a small block stays put when it still fits and
// would not shrink by a quarter or more; a malloc'd block stays with malloc.
// -> the block (maybe moved), or NULL with [p] still valid.
static void *
block_realloc(void *p, size_t n)
{
    if (p == NULL) {
        return block_alloc(n);
    }
    if (!in_arena(p)) {
        return realloc(p, n ? n : 1);
    }
    size_t size = CLASS_SIZE(POOL_OF(p)->szidx);
    if (n <= size) {
        if (4 * n > 3 * size) {
            return p;
        }
        size = n;
    }
    void *q = block_alloc(n);
    if (q != NULL) {
        memcpy(q, p, size);
        small_free(p);
    }
    return q;
}

/* ==== tracing hooks ==== */

// Set while a tracemalloc hook runs, so memory the tracer allocates for itself is not traced.
static int in_trace;

static void
trace_alloc(void *p, size_t size)
{
    if (!in_trace) {
        in_trace = 1;
        mn_tracemalloc_on_alloc(p, size);
        in_trace = 0;
    }
}

static void
trace_free(void *p)
{
    if (!in_trace) {
        in_trace = 1;
        mn_tracemalloc_on_free(p);
        in_trace = 0;
    }
}

static void
trace_realloc(uintptr_t old, void *p, size_t size)
{
    if (!in_trace) {
        in_trace = 1;
        if (old == 0) {
            mn_tracemalloc_on_alloc(p, size);
        } else {
            mn_tracemalloc_on_realloc((void *)old, p, size);
        }
        in_trace = 0;
    }
}

/* ==== raw memory ==== */

void *
mn_mem_alloc(size_t size)
{
    void *p = block_alloc(size);
    if (UNLIKELY(mn_tracemalloc_tracing) && p != NULL) {
        trace_alloc(p, size);
    }
    return p;
}

void *
mn_mem_calloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size) {
        return NULL;
    }
    size_t n = count * size;
    void *p;
    if (small_enabled && n - 1 < SMALL_LIMIT) {
        p = block_alloc(n);
        if (p != NULL) {
            memset(p, 0, n);
        }
    } else {
        p = calloc(n ? n : 1, 1);
        raw_blocks += p != NULL;
    }
    if (UNLIKELY(mn_tracemalloc_tracing) && p != NULL) {
        trace_alloc(p, n);
    }
    return p;
}

void *
mn_mem_realloc(void *p, size_t size)
{
    uintptr_t old = (uintptr_t)p;     // the old address, for the tracer only
    void *q = block_realloc(p, size);
    if (UNLIKELY(mn_tracemalloc_tracing) && q != NULL) {
        trace_realloc(old, q, size);
    }
    return q;
}

void
mn_mem_free(void *p)
{
    if (p != NULL) {
        if (UNLIKELY(mn_tracemalloc_tracing)) {
            trace_free(p);
        }
        block_free(p);
    }
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

/* ==== objects ==== */

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

size_t
mn_object_size_for(MnType *type, intptr_t nitems)
{
    size_t size = (size_t)type->tp_basicsize + (size_t)nitems * (size_t)type->tp_itemsize;
    return (size + 7) & ~(size_t)7;
}

static inline size_t
pre_header_size(MnType *type)
{
    return DEBUG_PRE + (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_GC) ? sizeof(MnGCHead) : 0) +
           (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_MANAGED_DICT) ?
            MN_MANAGED_DICT_WORDS * sizeof(void *) : 0);
}

size_t
mn_object_pre_header_size(MnType *type)
{
    return pre_header_size(type) - DEBUG_PRE;
}

// Zeroed memory for an object of [total] bytes (headers included). -> block, or NULL.
static inline char *
object_block_alloc(size_t total)
{
    char *mem;
    if (LIKELY(small_enabled && total <= SMALL_LIMIT)) {
        mem = small_alloc(total);
        if (LIKELY(mem != NULL)) {
            memset(mem, 0, total);
            return mem;
        }
    }
    mem = calloc(1, total);
    raw_blocks += mem != NULL;
    return mem;
}

// The bytes CPython asks for such an object (what tracemalloc reports): not rounded up, so
// str, int and bytes sizes match.
static size_t
requested_size(MnType *type, size_t pre, intptr_t nitems)
{
    return pre - DEBUG_PRE + (size_t)type->tp_basicsize +
           (size_t)nitems * (size_t)type->tp_itemsize;
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
    size_t total = pre + mn_object_size_for(type, nitems);
    char *mem = object_block_alloc(total);
    if (mem == NULL) {
        return mn_err_no_memory();
    }
    if (UNLIKELY(mn_tracemalloc_tracing)) {
        trace_alloc(mem + DEBUG_PRE, requested_size(type, pre, nitems));
    }
    MnObject *o = (MnObject *)(mem + pre);
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_GC) && ++mn_rt.gc_count0 > mn_rt.gc_threshold0) {
        // As CPython 3.11: a collection may run here, before the new object is set up.
        mn_gc_collect_on_alloc();
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
    if (UNLIKELY(mn_tracemalloc_tracing)) {
        trace_free(mem + DEBUG_PRE);
    }
    block_free(mem);
}

MnObject *
mn_object_resize(MnObject *o, intptr_t nitems)
{
    MnType *type = MN_TYPE(o);
    size_t pre = pre_header_size(type);
    char *mem = (char *)o - pre;
    size_t total = pre + mn_object_size_for(type, nitems);
#ifdef MN_DEBUG
    debug_unlink(mem);
#endif
    uintptr_t old = (uintptr_t)mem;   // the old address, for the tracer only
    char *grown = block_realloc(mem, total);
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
    if (UNLIKELY(mn_tracemalloc_tracing)) {
        trace_realloc(old + DEBUG_PRE, grown + DEBUG_PRE, requested_size(type, pre, nitems));
    }
    o = (MnObject *)(grown + pre);
    ((MnVarObject *)o)->ob_size = nitems;
    return o;
}

void
mn_dealloc(MnObject *o)
{
    MN_TYPE(o)->tp_dealloc(o);
}

/* ==== set-up and statistics ==== */

int
mn_alloc_set_allocator(const char *name)
{
    if (strcmp(name, "malloc") == 0) {
        small_enabled = 0;
    } else if (strcmp(name, "pymalloc") == 0 || strcmp(name, "default") == 0) {
        small_enabled = 1;
    } else {
        return -1;
    }
    allocator_chosen = 1;
    return 0;
}

int
mn_alloc_small_enabled(void)
{
    return small_enabled;
}

void
mn_alloc_init(void)
{
    const char *env = getenv("MNEMOMALLOC");
    if (!allocator_chosen && env != NULL && env[0] != '\0') {
        mn_alloc_set_allocator(env);
    }
}

void
mn_alloc_fini(void)
{
    // Arenas stay mapped: memory freed after teardown may still live in them.
}

int
mn_alloc_owns(const void *p)
{
    return p != NULL && in_arena(p);
}

int
mn_alloc_pool_state(const void *p)
{
    if (!mn_alloc_owns(p)) {
        return -1;
    }
    const Pool *pool = POOL_OF(p);
    if (pool->count == 0) {
        return MN_POOL_EMPTY;
    }
    return pool->freeblock == NULL ? MN_POOL_FULL : MN_POOL_USED;
}

int
mn_alloc_arena_index(const void *p)
{
    return mn_alloc_owns(p) ? (int)POOL_OF(p)->arenaindex : -1;
}

void
mn_alloc_stats(MnAllocStats *s)
{
    memset(s, 0, sizeof *s);
    s->arenas_allocated_total = arenas_allocated_total;
    s->arenas_highwater = arenas_highwater;
    s->arena_map_leaves = map_leaves;
    s->raw_blocks = raw_blocks;
    for (unsigned i = 0; i < n_arena_slots; i++) {
        const Arena *ao = arena_slots[i];
        if (ao->address == 0) {
            continue;
        }
        s->arenas_current++;
        s->free_pools += ao->nfreepools;
        s->arena_alignment += ao->ntotalpools < POOLS_PER_ARENA ? POOL_SIZE : 0;
        for (const Block *b = (const Block *)((ao->address + POOL_SIZE - 1) &
                                              ~(uintptr_t)(POOL_SIZE - 1));
             b < ao->pool_address; b += POOL_SIZE) {
            const Pool *pool = (const Pool *)b;
            if (pool->count == 0) {
                continue;
            }
            s->pools[pool->szidx]++;
            s->blocks[pool->szidx] += pool->count;
            s->free_blocks[pool->szidx] += BLOCKS_IN_POOL(pool->szidx) - pool->count;
        }
    }
}

intptr_t
mn_alloc_block_count(void)
{
    if (!small_enabled) {
        return 0;   // as CPython under PYTHONMALLOC=malloc: only its object allocator counts
    }
    intptr_t n = raw_blocks;
    for (unsigned i = 0; i < n_arena_slots; i++) {
        const Arena *ao = arena_slots[i];
        if (ao->address == 0) {
            continue;
        }
        for (const Block *b = (const Block *)((ao->address + POOL_SIZE - 1) &
                                              ~(uintptr_t)(POOL_SIZE - 1));
             b < ao->pool_address; b += POOL_SIZE) {
            n += ((const Pool *)b)->count;
        }
    }
    return n;
}

// One "label = value" line of the report, the value with thousands separators.
static void
print_line(FILE *out, const char *label, size_t value)
{
    char digits[32];
    char grouped[48];
    int n = snprintf(digits, sizeof digits, "%zu", value);
    int j = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) {
            grouped[j++] = ',';
        }
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    fprintf(out, "%-35s=%21s\n", label, grouped);
}

int
mn_alloc_print_stats(FILE *out)
{
    if (!small_enabled) {
        return 0;
    }
    MnAllocStats s;
    mn_alloc_stats(&s);
    fprintf(out, "Small block threshold = %d, in %d size classes.\n\n", SMALL_LIMIT, NCLASSES);
    fputs("class   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    size_t allocated = 0, available = 0, headers = 0, quantization = 0;
    for (unsigned c = 0; c < NCLASSES; c++) {
        if (s.pools[c] == 0) {
            continue;
        }
        unsigned size = CLASS_SIZE(c);
        fprintf(out, "%5u %6u %11zu %15zu %13zu\n", c, size, s.pools[c], s.blocks[c],
                s.free_blocks[c]);
        allocated += s.blocks[c] * size;
        available += s.free_blocks[c] * size;
        headers += s.pools[c] * POOL_OVERHEAD;
        quantization += s.pools[c] * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    fputc('\n', out);
    char buf[64];
    print_line(out, "# arenas allocated total", s.arenas_allocated_total);
    print_line(out, "# arenas reclaimed", s.arenas_allocated_total - s.arenas_current);
    print_line(out, "# arenas highwater mark", s.arenas_highwater);
    print_line(out, "# arenas allocated current", s.arenas_current);
    snprintf(buf, sizeof buf, "%zu arenas * %zu bytes/arena", s.arenas_current, ARENA_SIZE);
    print_line(out, buf, s.arenas_current * ARENA_SIZE);
    fputc('\n', out);
    print_line(out, "# bytes in allocated blocks", allocated);
    print_line(out, "# bytes in available blocks", available);
    snprintf(buf, sizeof buf, "%zu unused pools * %zu bytes", s.free_pools, POOL_SIZE);
    print_line(out, buf, s.free_pools * POOL_SIZE);
    print_line(out, "# bytes lost to pool headers", headers);
    print_line(out, "# bytes lost to quantization", quantization);
    print_line(out, "# bytes lost to arena alignment", s.arena_alignment);
    print_line(out, "Total", allocated + available + s.free_pools * POOL_SIZE + headers +
               quantization + s.arena_alignment);
    fputs("\narena map counts\n", out);
    print_line(out, "# arena map mid nodes", 0);
    print_line(out, "# arena map bot nodes", s.arena_map_leaves);
    fputc('\n', out);
    size_t root = sizeof map_top;
    size_t leaves = s.arena_map_leaves * sizeof(MapLeaf);
    print_line(out, "# bytes lost to arena map root", root);
    print_line(out, "# bytes lost to arena map mid", 0);
    print_line(out, "# bytes lost to arena map bot", leaves);
    print_line(out, "Total", root + leaves);
    return 1;
}
