/*
 * runtime/tracemalloc.c - allocation tracing: per live block, its size and the traceback of
 * the Python stack when it was allocated.
 * Three malloc-backed tables, none of them allocating through alloc.c: traces (block address
 * -> size, traceback; open addressing with linear probing and backward-shift deletion),
 * tracebacks (interned: equal stacks share one record, as CPython does) and filenames (the
 * code objects' co_filename strings, each held by one strong reference while tracing).
 * A reentrancy flag keeps the hooks from tracing anything they cause themselves.
 * See also: runtime/alloc.c (calls the hooks), lib/mod_tracemalloc.c, lib/tracemalloc.py
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "mnemo.h"
#include "frame.h"
#include "opcodes.h"
#include "tracemalloc.h"

int mn_tracemalloc_tracing;

typedef struct TmFrame {
    MnObject *filename;         // borrowed from the filenames table
    int lineno;
} TmFrame;

typedef struct TmTraceback {
    size_t hash;
    int nframe;
    int total_nframe;
    TmFrame frames[];           // the most recent call first
} TmTraceback;

typedef struct TmTrace {
    uintptr_t ptr;              // 0: empty slot
    size_t size;
    TmTraceback *tb;            // borrowed from the tracebacks table
} TmTrace;

// A table of pointers (tracebacks or filenames) keyed by hash; no deletion.
typedef struct PtrSet {
    void **slots;
    size_t cap, len;
} PtrSet;

static struct {
    int nframe;                 // traceback limit (kept after stop, as CPython)
    int reentrant;
    TmTrace *traces;
    size_t cap, len;
    PtrSet tracebacks;          // owned TmTraceback records
    PtrSet filenames;           // strong references to str objects
    size_t traced, peak;
    size_t tb_bytes;            // memory of the traceback records
    MnObject *unknown;          // owned "<unknown>", for blocks allocated with no Python frame
    MnObject *importlib[2];     // owned "<frozen importlib._bootstrap>", "..._external>"
    struct {
        struct MnFrame *frame;  // borrowed: the frame current at enter_import
        unsigned char phase, levels, fromlist;
    } imports[64];
    int nimport;
    TmTraceback *scratch;       // buffer of MAX_NFRAME frames for the traceback being built
    TmTraceback *empty;         // ("<unknown>", 0)
} tm = {.nframe = 1};

/* ==== hashing ==== */

static size_t
hash_ptr(uintptr_t p)
{
    uint64_t x = (uint64_t)p >> 4;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x ^ (x >> 29));
}

static size_t
hash_traceback(const TmTraceback *tb)
{
    size_t h = 0x345678u ^ (size_t)tb->total_nframe;
    for (int i = 0; i < tb->nframe; i++) {
        h = (h ^ hash_ptr((uintptr_t)tb->frames[i].filename)) * 1000003u;
        h ^= (size_t)tb->frames[i].lineno * 0x27d4eb2du;
    }
    return h ^ (size_t)tb->nframe;
}

static int
traceback_equal(const TmTraceback *a, const TmTraceback *b)
{
    if (a->hash != b->hash || a->nframe != b->nframe || a->total_nframe != b->total_nframe) {
        return 0;
    }
    for (int i = 0; i < a->nframe; i++) {
        if (a->frames[i].filename != b->frames[i].filename ||
            a->frames[i].lineno != b->frames[i].lineno) {
            return 0;
        }
    }
    return 1;
}

/* ==== the pointer sets (tracebacks, filenames) ==== */

// Finds the slot of an item equal to [key] (or the empty slot where it goes).
static void **
set_slot(PtrSet *s, void *key, size_t hash, int is_tb)
{
    size_t mask = s->cap - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        void *cur = s->slots[i];
        if (cur == NULL || cur == key ||
            (is_tb && traceback_equal((TmTraceback *)cur, (TmTraceback *)key))) {
            return &s->slots[i];
        }
    }
}

static size_t
item_hash(void *item, int is_tb)
{
    return is_tb ? ((TmTraceback *)item)->hash : hash_ptr((uintptr_t)item);
}

// Makes room for one more item. -> 0, or -1 (out of memory).
static int
set_reserve(PtrSet *s, int is_tb)
{
    if ((s->len + 1) * 2 <= s->cap) {
        return 0;
    }
    size_t ncap = s->cap ? s->cap * 2 : 64;
    void **old = s->slots;
    size_t ocap = s->cap;
    s->slots = calloc(ncap, sizeof(void *));
    if (s->slots == NULL) {
        s->slots = old;
        return -1;
    }
    s->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (old[i] != NULL) {
            *set_slot(s, old[i], item_hash(old[i], is_tb), is_tb) = old[i];
        }
    }
    free(old);
    return 0;
}

/* ==== the traces table ==== */

static TmTrace *
trace_find(uintptr_t ptr)
{
    if (tm.cap == 0) {
        return NULL;
    }
    size_t mask = tm.cap - 1;
    for (size_t i = hash_ptr(ptr) & mask;; i = (i + 1) & mask) {
        if (tm.traces[i].ptr == ptr) {
            return &tm.traces[i];
        }
        if (tm.traces[i].ptr == 0) {
            return NULL;
        }
    }
}

static TmTrace *
trace_slot(uintptr_t ptr)
{
    size_t mask = tm.cap - 1;
    size_t i = hash_ptr(ptr) & mask;
    while (tm.traces[i].ptr != 0 && tm.traces[i].ptr != ptr) {
        i = (i + 1) & mask;
    }
    return &tm.traces[i];
}

static int
traces_reserve(void)
{
    if ((tm.len + 1) * 4 <= tm.cap * 3) {
        return 0;
    }
    size_t ncap = tm.cap ? tm.cap * 2 : 1024;
    TmTrace *old = tm.traces;
    size_t ocap = tm.cap;
    tm.traces = calloc(ncap, sizeof(TmTrace));
    if (tm.traces == NULL) {
        tm.traces = old;
        return -1;
    }
    tm.cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (old[i].ptr != 0) {
            *trace_slot(old[i].ptr) = old[i];
        }
    }
    free(old);
    return 0;
}

// Removes the trace at [t], shifting later entries of its probe run back into the hole.
static void
trace_remove(TmTrace *t)
{
    size_t mask = tm.cap - 1;
    size_t hole = (size_t)(t - tm.traces);
    tm.traced -= t->size;
    tm.len--;
    for (size_t i = (hole + 1) & mask; tm.traces[i].ptr != 0; i = (i + 1) & mask) {
        size_t home = hash_ptr(tm.traces[i].ptr) & mask;
        // Move entry i into the hole when its home is not cyclically in (hole, i].
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            tm.traces[hole] = tm.traces[i];
            hole = i;
        }
    }
    tm.traces[hole].ptr = 0;
}

/* ==== capturing the stack ==== */

// -> the interned filename [name] (a strong reference is kept in the table), or NULL.
static MnObject *
intern_filename(MnObject *name)
{
    if (set_reserve(&tm.filenames, 0) < 0) {
        return NULL;
    }
    void **slot = set_slot(&tm.filenames, name, hash_ptr((uintptr_t)name), 0);
    if (*slot == NULL) {
        *slot = mn_newref(name);
        tm.filenames.len++;
    }
    return name;
}

/* ==== import frames ==== */

// A frame of CPython 3.11.7's importlib: file 0 is _bootstrap, 1 is _bootstrap_external.
typedef struct ImportFrame {
    unsigned char file;
    short lineno;
} ImportFrame;

// The frames of each step, the most recent first: module_from_spec/_new_module; get_code,
// source_to_code and _call_with_frames_removed(compile); exec_module and
// _call_with_frames_removed(exec). Each ends in _load_unlocked, _find_and_load_unlocked and
// _find_and_load.
static const ImportFrame import_steps[3][7] = {
    [MN_IMPORT_CREATE] = {{0, 553}, {0, 579}, {0, 676}, {0, 1147}, {0, 1176}},
    [MN_IMPORT_COMPILE] = {{0, 241}, {1, 1004}, {1, 1074}, {1, 936}, {0, 690}, {0, 1147},
                           {0, 1176}},
    [MN_IMPORT_EXEC] = {{0, 241}, {1, 940}, {0, 690}, {0, 1147}, {0, 1176}},
};
static const int import_step_len[3] = {5, 7, 5};
// An enclosing package imported on the way: _find_and_load_unlocked calls __import__ on the
// parent through _call_with_frames_removed.
static const ImportFrame import_level[3] = {{0, 241}, {0, 1126}, {0, 1176}};
// `from package import submodule`: _handle_fromlist imports the submodule.
static const ImportFrame import_fromlist[2] = {{0, 241}, {0, 1232}};

static void
add_import_frames(TmTraceback *tb, const ImportFrame *frames, int n)
{
    for (int i = 0; i < n; i++) {
        if (tb->nframe < tm.nframe) {
            tb->frames[tb->nframe].filename = tm.importlib[frames[i].file];
            tb->frames[tb->nframe].lineno = frames[i].lineno;
            tb->nframe++;
        }
        if (tb->total_nframe < MN_TRACEMALLOC_MAX_NFRAME) {
            tb->total_nframe++;
        }
    }
}

// Adds the importlib frames of the import at index [i] of tm.imports, innermost first.
static void
add_import(TmTraceback *tb, int i)
{
    int phase = tm.imports[i].phase;
    add_import_frames(tb, import_steps[phase], import_step_len[phase]);
    for (int k = 0; k < tm.imports[i].levels; k++) {
        add_import_frames(tb, import_level, 3);
    }
    if (tm.imports[i].fromlist) {
        add_import_frames(tb, import_fromlist, 2);
    }
}

void
mn_tracemalloc_enter_import(int levels, int fromlist)
{
    if (tm.nimport < 64) {
        tm.imports[tm.nimport].frame = mn_rt.frame;
        tm.imports[tm.nimport].phase = MN_IMPORT_CREATE;
        tm.imports[tm.nimport].levels = (unsigned char)(levels < 255 ? levels : 255);
        tm.imports[tm.nimport].fromlist = fromlist != 0;
    }
    tm.nimport++;
}

void
mn_tracemalloc_import_phase(MnImportPhase phase)
{
    if (tm.nimport > 0 && tm.nimport <= 64) {
        tm.imports[tm.nimport - 1].phase = (unsigned char)phase;
    }
}

void
mn_tracemalloc_exit_import(void)
{
    tm.nimport--;
}

// A frame still running its prologue (not started, or making its cells) is left out of
// tracebacks, as CPython 3.11 leaves out its incomplete frames.
static int
frame_incomplete(const MnFrame *f)
{
    intptr_t index = f->ip - f->f_code->co_code - 1;
    if (index < 0) {
        return f->owner != MN_FRAME_GENERATOR;
    }
    int op = (int)MN_INSTR_OP(f->f_code->co_code[index]);
    return op == MN_OP_MAKE_CELL || op == MN_OP_COPY_FREE_VARS;
}

// -> the interned traceback of the current Python stack, or NULL (out of memory).
static TmTraceback *
capture_traceback(void)
{
    TmTraceback *tb = tm.scratch;
    tb->nframe = 0;
    tb->total_nframe = 0;
    int imp = (tm.nimport < 64 ? tm.nimport : 64) - 1;
    for (MnFrame *f = mn_rt.frame;; f = f->previous) {
        while (imp >= 0 && tm.imports[imp].frame == f) {
            add_import(tb, imp);
            imp--;
        }
        if (f == NULL) {
            break;
        }
        if (frame_incomplete(f)) {
            continue;
        }
        if (tb->nframe < tm.nframe) {
            MnObject *name = intern_filename(f->f_code->co_filename);
            if (name == NULL) {
                return NULL;
            }
            int line = mn_frame_lineno(f);
            tb->frames[tb->nframe].filename = name;
            tb->frames[tb->nframe].lineno = line < 0 ? 0 : line;
            tb->nframe++;
        }
        if (tb->total_nframe < MN_TRACEMALLOC_MAX_NFRAME) {
            tb->total_nframe++;
        }
    }
    if (tb->nframe == 0) {
        return tm.empty;
    }
    tb->hash = hash_traceback(tb);
    if (set_reserve(&tm.tracebacks, 1) < 0) {
        return NULL;
    }
    void **slot = set_slot(&tm.tracebacks, tb, tb->hash, 1);
    if (*slot == NULL) {
        size_t bytes = sizeof(TmTraceback) + (size_t)tb->nframe * sizeof(TmFrame);
        TmTraceback *copy = malloc(bytes);
        if (copy == NULL) {
            return NULL;
        }
        memcpy(copy, tb, bytes);
        *slot = copy;
        tm.tracebacks.len++;
        tm.tb_bytes += bytes;
    }
    return *slot;
}

/* ==== the hooks ==== */

static void
add_trace(uintptr_t ptr, size_t size)
{
    TmTraceback *tb = capture_traceback();
    if (tb == NULL || traces_reserve() < 0) {
        return;                 // out of memory: the block goes untraced
    }
    TmTrace *t = trace_slot(ptr);
    if (t->ptr == ptr) {
        tm.traced -= t->size;
    } else {
        t->ptr = ptr;
        tm.len++;
    }
    t->size = size;
    t->tb = tb;
    tm.traced += size;
    if (tm.traced > tm.peak) {
        tm.peak = tm.traced;
    }
}

void
mn_tracemalloc_on_alloc(void *ptr, size_t size)
{
    if (!mn_tracemalloc_tracing || tm.reentrant || ptr == NULL) {
        return;
    }
    tm.reentrant = 1;
    add_trace((uintptr_t)ptr, size);
    tm.reentrant = 0;
}

void
mn_tracemalloc_on_free(void *ptr)
{
    if (!mn_tracemalloc_tracing || ptr == NULL) {
        return;
    }
    TmTrace *t = trace_find((uintptr_t)ptr);
    if (t != NULL) {
        trace_remove(t);
    }
}

void
mn_tracemalloc_on_realloc(void *old, void *ptr, size_t size)
{
    if (!mn_tracemalloc_tracing || ptr == NULL) {
        return;
    }
    if (tm.reentrant) {
        // As CPython: a block resized while the tracer itself works is no longer traced.
        mn_tracemalloc_on_free(old);
        return;
    }
    if (old != NULL && old != ptr) {
        mn_tracemalloc_on_free(old);
    }
    mn_tracemalloc_on_alloc(ptr, size);
}

int
mn_tracemalloc_pause(void)
{
    int saved = tm.reentrant;
    tm.reentrant = 1;
    return saved;
}

void
mn_tracemalloc_resume(int saved)
{
    tm.reentrant = saved;
}

void
mn_tracemalloc_on_reuse(MnObject *o)
{
    // Also while the tracer builds its own objects (tm.reentrant), as CPython: capturing a
    // traceback makes no object.
    if (!mn_tracemalloc_tracing) {
        return;
    }
    TmTrace *t = trace_find((uintptr_t)o - mn_object_pre_header_size(MN_TYPE(o)));
    if (t == NULL) {
        return;
    }
    int saved = tm.reentrant;
    tm.reentrant = 1;
    TmTraceback *tb = capture_traceback();
    tm.reentrant = saved;
    if (tb != NULL) {
        t->tb = tb;
    }
}

void
mn_tracemalloc_set_size(void *ptr, size_t size)
{
    if (!mn_tracemalloc_tracing || ptr == NULL) {
        return;
    }
    TmTrace *t = trace_find((uintptr_t)ptr);
    if (t != NULL) {
        tm.traced = tm.traced - t->size + size;
        t->size = size;
        if (tm.traced > tm.peak) {
            tm.peak = tm.traced;
        }
    }
}

/* ==== control ==== */

static void
release_tables(int keep_buffers)
{
    int saved = tm.reentrant;
    tm.reentrant = 1;
    free(tm.traces);
    tm.traces = NULL;
    tm.cap = tm.len = 0;
    tm.traced = tm.peak = 0;
    for (size_t i = 0; i < tm.tracebacks.cap; i++) {
        free(tm.tracebacks.slots[i]);
    }
    free(tm.tracebacks.slots);
    memset(&tm.tracebacks, 0, sizeof tm.tracebacks);
    tm.tb_bytes = 0;
    // Dropping the filenames can free strings, which calls the hooks: the table is detached
    // first.
    PtrSet names = tm.filenames;
    memset(&tm.filenames, 0, sizeof tm.filenames);
    for (size_t i = 0; i < names.cap; i++) {
        mn_xdecref((MnObject *)names.slots[i]);
    }
    free(names.slots);
    if (!keep_buffers) {
        free(tm.scratch);
        free(tm.empty);
        tm.scratch = tm.empty = NULL;
        MN_CLEAR(tm.unknown);
        MN_CLEAR(tm.importlib[0]);
        MN_CLEAR(tm.importlib[1]);
    }
    tm.reentrant = saved;
}

int
mn_tracemalloc_start(int nframe)
{
    if (mn_tracemalloc_tracing) {
        return 0;
    }
    tm.reentrant = 1;
    if (tm.unknown == NULL) {
        tm.unknown = mn_str_from_utf8("<unknown>", 9);
    }
    if (tm.importlib[0] == NULL) {
        tm.importlib[0] = mn_str_from_utf8("<frozen importlib._bootstrap>", -1);
    }
    if (tm.importlib[1] == NULL) {
        tm.importlib[1] = mn_str_from_utf8("<frozen importlib._bootstrap_external>", -1);
    }
    if (tm.scratch == NULL) {
        tm.scratch = malloc(sizeof(TmTraceback) + MN_TRACEMALLOC_MAX_NFRAME * sizeof(TmFrame));
        tm.empty = malloc(sizeof(TmTraceback) + sizeof(TmFrame));
    }
    tm.reentrant = 0;
    if (tm.unknown == NULL || tm.importlib[0] == NULL || tm.importlib[1] == NULL ||
        tm.scratch == NULL || tm.empty == NULL) {
        release_tables(0);
        mn_err_clear();
        mn_err_no_memory();
        return -1;
    }
    tm.empty->nframe = 1;
    tm.empty->total_nframe = 0;
    tm.empty->frames[0].filename = tm.unknown;
    tm.empty->frames[0].lineno = 0;
    tm.empty->hash = hash_traceback(tm.empty);
    tm.nframe = nframe;
    tm.traced = tm.peak = 0;
    mn_tracemalloc_tracing = 1;
    return 0;
}

void
mn_tracemalloc_stop(void)
{
    if (!mn_tracemalloc_tracing) {
        return;
    }
    mn_tracemalloc_tracing = 0;
    release_tables(0);
}

void
mn_tracemalloc_clear(void)
{
    if (!mn_tracemalloc_tracing) {
        return;
    }
    release_tables(1);
}

void
mn_tracemalloc_fini(void)
{
    mn_tracemalloc_stop();
}

int
mn_tracemalloc_traceback_limit(void)
{
    return tm.nframe;
}

void
mn_tracemalloc_traced_memory(size_t *cur, size_t *peak)
{
    *cur = mn_tracemalloc_tracing ? tm.traced : 0;
    *peak = mn_tracemalloc_tracing ? tm.peak : 0;
}

void
mn_tracemalloc_reset_peak(void)
{
    if (mn_tracemalloc_tracing) {
        tm.peak = tm.traced;
    }
}

size_t
mn_tracemalloc_memory(void)
{
    size_t n = sizeof tm + tm.cap * sizeof(TmTrace) + tm.tb_bytes +
               (tm.tracebacks.cap + tm.filenames.cap) * sizeof(void *);
    if (tm.scratch != NULL) {
        n += sizeof(TmTraceback) + MN_TRACEMALLOC_MAX_NFRAME * sizeof(TmFrame);
    }
    return n;
}

/* ==== results as Python objects ==== */

static MnObject *
frames_tuple(const TmTraceback *tb)
{
    MnObject *res = mn_tuple_new(tb->nframe);
    if (res == NULL) {
        return NULL;
    }
    for (int i = 0; i < tb->nframe; i++) {
        // PyLong_FromUnsignedLong as CPython's frame_to_pyobject: exact digits
        MnObject *line = mn_int_from_size((size_t)tb->frames[i].lineno);
        MnObject *pair = line ? mn_tuple_pack(2, tb->frames[i].filename, line) : NULL;
        mn_xdecref(line);
        if (pair == NULL) {
            mn_decref(res);
            return NULL;
        }
        MN_TUPLE_SET(res, i, pair);
    }
    return res;
}

// One frames tuple per distinct traceback, so equal tracebacks share their tuple.
typedef struct TbCache {
    const TmTraceback **keys;
    MnObject **values;          // owned
    size_t cap;
} TbCache;

static MnObject *
cached_frames(TbCache *c, const TmTraceback *tb)
{
    size_t mask = c->cap - 1;
    size_t i = hash_ptr((uintptr_t)tb) & mask;
    while (c->keys[i] != NULL && c->keys[i] != tb) {
        i = (i + 1) & mask;
    }
    if (c->keys[i] == NULL) {
        MnObject *t = frames_tuple(tb);
        if (t == NULL) {
            return NULL;
        }
        c->keys[i] = tb;
        c->values[i] = t;
    }
    return c->values[i];
}

// Appends to [list] a tuple for each of the [n] traces of [copy] (copied out of the table).
// -> 0, or -1 with an exception set.
static int
traces_list(MnObject *list, const TmTrace *copy, size_t n, TbCache *cache)
{
    for (size_t i = 0; i < n; i++) {
        MnObject *frames = cached_frames(cache, copy[i].tb);
        MnObject *size = frames ? mn_int_from_size(copy[i].size) : NULL;
        MnObject *total = size ? mn_int_from_size((size_t)copy[i].tb->total_nframe) : NULL;
        MnObject *zero = total ? mn_int_from_long(0) : NULL;
        MnObject *item = zero ? mn_tuple_pack(4, zero, size, frames, total) : NULL;
        mn_xdecref(size);
        mn_xdecref(total);
        mn_xdecref(zero);
        if (item == NULL || mn_list_append(list, item) < 0) {
            mn_xdecref(item);
            return -1;
        }
        mn_decref(item);
    }
    return 0;
}

MnObject *
mn_tracemalloc_get_traces(void)
{
    if (!mn_tracemalloc_tracing || tm.len == 0) {
        return mn_list_new(0);
    }
    // As CPython: the list is made (and traced) first, then the traces are copied, then the
    // list is filled with tracing suspended (new blocks are not traced; reused ones move).
    MnObject *res = mn_list_new(0);
    if (res == NULL) {
        return NULL;
    }
    size_t n = 0, ntb = tm.tracebacks.len + 1;
    TmTrace *copy = malloc(tm.len * sizeof(TmTrace));
    TbCache cache = {NULL, NULL, 64};
    while (cache.cap < ntb * 2) {
        cache.cap *= 2;
    }
    cache.keys = calloc(cache.cap, sizeof(void *));
    cache.values = calloc(cache.cap, sizeof(MnObject *));
    if (copy != NULL && cache.keys != NULL && cache.values != NULL) {
        for (size_t i = 0; i < tm.cap; i++) {
            if (tm.traces[i].ptr != 0) {
                copy[n++] = tm.traces[i];
            }
        }
        // Tracebacks stay alive while the list is built unless Python code clears them, and
        // building runs no Python code.
        int saved = tm.reentrant;
        tm.reentrant = 1;
        if (traces_list(res, copy, n, &cache) < 0) {
            MN_CLEAR(res);
        }
        tm.reentrant = saved;
    } else {
        mn_err_no_memory();
        MN_CLEAR(res);
    }
    for (size_t i = 0; cache.values != NULL && i < cache.cap; i++) {
        mn_xdecref(cache.values[i]);
    }
    free(cache.keys);
    free(cache.values);
    free(copy);
    return res;
}

MnObject *
mn_tracemalloc_object_traceback(MnObject *obj)
{
    if (!mn_tracemalloc_tracing) {
        return mn_newref(mn_None);
    }
    // CPython 3.11 steps back over the collector header only, so objects of classes with a
    // managed __dict__ (two more words in front there) are never found: the same here.
    if (MN_TYPE_HAS_FLAG(MN_TYPE(obj), MN_TPFLAG_MANAGED_DICT)) {
        return mn_newref(mn_None);
    }
    uintptr_t ptr = (uintptr_t)obj;
    if (MN_TYPE_HAS_FLAG(MN_TYPE(obj), MN_TPFLAG_GC)) {
        ptr -= sizeof(MnGCHead);
    }
    TmTrace *t = trace_find(ptr);
    if (t == NULL) {
        return mn_newref(mn_None);
    }
    return frames_tuple(t->tb);
}
