/*
 * runtime/freelists.c - the free lists taken together: the sys._debugmallocstats() lines and
 * CPython 3.11.7's contents at the start of a program and after `import tracemalloc`.
 *
 * The contents were measured on python3 3.11.7 (the oracle): the counts of the dict, float,
 * list and tuple lists are the lines sys._debugmallocstats() prints as a two-line script's
 * first statement (and after `import tracemalloc`); the 8-slot str-keyed dict tables and the
 * cached slice, which it does not print, by sys.getallocatedblocks() around making 200 dicts
 * {'a': i} and one slice. A list is set to its count by freeing its surplus, or by making
 * that many objects and dropping them together.
 * See also: runtime/freelists.h
 */
#include <string.h>

#include "mnemo.h"
#include "freelists.h"
#include "code.h"
#include "gc.h"

// As the main program begins.
static const MnFreeLists at_main = {
    .dicts = 8, .keys = 71, .floats = 4, .lists = 40, .slices = 1,
    .tuples = {4, 8, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6},
};

// At least, after importing a small module of Python source (its scopes add dicts).
static const MnFreeLists after_source_import = {
    .dicts = 11, .keys = 0, .floats = 3, .lists = 37, .slices = 1,
    .tuples = {4, 9, 2, 2, 3, 0, 7, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6},
};

// After `import tracemalloc` as the program's first statement.
static const MnFreeLists after_tracemalloc = {
    .dicts = 4, .keys = 74, .floats = 4, .lists = 34, .slices = 1,
    .tuples = {4, 16, 4, 5, 1, 0, 0, 4, 2, 3, 3, 3, 4, 2, 1, 1, 1, 2, 1, 6},
};

/* ==== report ==== */

// One line as CPython prints it: "N free NAMEs * S bytes each" right-aligned in 48
// columns, then the product with thousands separators.
static void
print_line(FILE *out, int count, const char *name, size_t size)
{
    char label[128], digits[32], grouped[48];
    snprintf(label, sizeof label, "%d free %ss * %zu bytes each", count, name, size);
    int n = snprintf(digits, sizeof digits, "%zu", (size_t)count * size);
    int j = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) {
            grouped[j++] = ',';
        }
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    fprintf(out, "%48s =%21s\n", label, grouped);
}

void
mn_freelists_print(FILE *out)
{
    // The sizes are CPython's struct sizes (without the collector header), as it prints them.
    print_line(out, mn_dict_freelist_count(0), "PyDictObject", 48);
    print_line(out, mn_float_freelist_count(), "PyFloatObject", 24);
    print_line(out, mn_list_freelist_count(), "PyListObject", 40);
    for (int size = 1; size <= 20; size++) {
        char name[40];
        snprintf(name, sizeof name, "%d-sized PyTupleObject", size);
        print_line(out, mn_tuple_freelist_count(size), name, 24 + 8 * (size_t)size);
    }
}

/* ==== setting the contents ==== */

// One free list: [count] and [trim] read and cut it, [make] makes an object that lands on it
// when dropped (-> new reference, or NULL). [arg] tells apart the lists of one kind (tuple
// sizes; dict objects 0, tables 1).
typedef struct Kind {
    int (*count)(intptr_t arg);
    void (*trim)(intptr_t arg, int keep);
    MnObject *(*make)(intptr_t arg);
} Kind;

static int
dict_count(intptr_t keys)
{
    return mn_dict_freelist_count((int)keys);
}

static void
dict_trim(intptr_t keys, int keep)
{
    mn_dict_freelist_trim((int)keys, keep);
}

// A dict object, with a one-key table for arg 1.
static MnObject *
make_dict(intptr_t keys)
{
    MnObject *d = mn_dict_new();
    if (d != NULL && keys && mn_dict_set_item_cstr(d, "k", mn_None) < 0) {
        MN_CLEAR(d);
    }
    return d;
}

static int
float_count(intptr_t arg)
{
    (void)arg;
    return mn_float_freelist_count();
}

static void
float_trim(intptr_t arg, int keep)
{
    (void)arg;
    mn_float_freelist_trim(keep);
}

static MnObject *
make_float(intptr_t arg)
{
    (void)arg;
    return mn_float_from_double(0.0);
}

static int
list_count(intptr_t arg)
{
    (void)arg;
    return mn_list_freelist_count();
}

static void
list_trim(intptr_t arg, int keep)
{
    (void)arg;
    mn_list_freelist_trim(keep);
}

static MnObject *
make_list(intptr_t arg)
{
    (void)arg;
    return mn_list_new(0);
}

static int
slice_count(intptr_t arg)
{
    (void)arg;
    return mn_slice_cache_count();
}

static void
slice_trim(intptr_t arg, int keep)
{
    (void)arg;
    if (keep == 0) {
        mn_slice_fini();
    }
}

static MnObject *
make_slice(intptr_t arg)
{
    (void)arg;
    return mn_slice_new(NULL, NULL, NULL);
}

static const Kind dicts = {dict_count, dict_trim, make_dict};
static const Kind floats = {float_count, float_trim, make_float};
static const Kind lists = {list_count, list_trim, make_list};
static const Kind slices = {slice_count, slice_trim, make_slice};
static const Kind tuples = {mn_tuple_freelist_count, mn_tuple_freelist_trim, mn_tuple_new};

// Makes the list [kind]/[arg] hold [want] objects: cuts it, or makes [want] objects and
// drops them together (those taken from the list first come back to it).
static int
set_one(const Kind *kind, intptr_t arg, int want)
{
    if (kind->count(arg) >= want) {
        kind->trim(arg, want);
        return 0;
    }
    MnObject **made = mn_mem_alloc((size_t)want * sizeof(MnObject *));
    if (made == NULL) {
        mn_err_no_memory();
        return -1;
    }
    int n = 0;
    while (n < want && (made[n] = kind->make(arg)) != NULL) {
        n++;
    }
    for (int i = 0; i < n; i++) {
        mn_decref(made[i]);
    }
    mn_mem_free(made);
    return n == want ? 0 : -1;
}

// *[fl] = the current contents.
static void
read_all(MnFreeLists *fl)
{
    fl->dicts = dict_count(0);
    fl->keys = dict_count(1);
    fl->floats = float_count(0);
    fl->lists = list_count(0);
    fl->slices = slice_count(0);
    for (intptr_t size = 1; size <= 20; size++) {
        fl->tuples[size - 1] = mn_tuple_freelist_count(size);
    }
}

// Sets every list to [fl]. The objects made to fill them are neither traced nor counted by
// the collector (nor do they start a collection): CPython's free lists hold objects made
// before, taken and put back.
static int
set_all(const MnFreeLists *fl)
{
    int saved = mn_tracemalloc_pause();
    int counts[3], gc_was_enabled = mn_rt.gc_enabled;
    mn_gc_get_count(counts);
    mn_rt.gc_enabled = 0;
    // The tables first: making one-key dicts also fills the dict objects' list.
    int rc = set_one(&dicts, 1, fl->keys) < 0 || set_one(&dicts, 0, fl->dicts) < 0 ||
             set_one(&floats, 0, fl->floats) < 0 || set_one(&lists, 0, fl->lists) < 0 ||
             set_one(&slices, 0, fl->slices) < 0 ? -1 : 0;
    for (intptr_t size = 1; rc == 0 && size <= 20; size++) {
        rc = set_one(&tuples, size, fl->tuples[size - 1]);
    }
    mn_rt.gc_enabled = gc_was_enabled;
    mn_gc_set_count(counts);
    mn_tracemalloc_resume(saved);
    return rc;
}

static int
at_least(int have, int want)
{
    return have > want ? have : want;
}

// Fills every list up to [fl]; lists holding more keep what they hold.
static int
raise_all(const MnFreeLists *fl)
{
    MnFreeLists now;
    read_all(&now);
    now.dicts = at_least(now.dicts, fl->dicts);
    now.keys = at_least(now.keys, fl->keys);
    now.floats = at_least(now.floats, fl->floats);
    now.lists = at_least(now.lists, fl->lists);
    now.slices = at_least(now.slices, fl->slices);
    for (int i = 0; i < 20; i++) {
        now.tuples[i] = at_least(now.tuples[i], fl->tuples[i]);
    }
    return set_all(&now);
}

// Counts the code objects nested in [code] (itself excluded) into *scopes, and the deepest
// nesting below it into *depth.
static void
count_scopes(MnObject *code, int *scopes, int *depth)
{
    MnObject *consts = ((MnCode *)code)->co_consts;
    int deepest = 0;
    for (intptr_t i = 0; i < MN_TUPLE_LEN(consts); i++) {
        MnObject *c = MN_TUPLE_GET(consts, i);
        if (MN_CODE_CHECK(c)) {
            int d = 0;
            (*scopes)++;
            count_scopes(c, scopes, &d);
            if (d + 1 > deepest) {
                deepest = d + 1;
            }
        }
    }
    *depth = deepest;
}

// Adds to [fl]->dicts the dict objects CPython's compiler frees after compiling [code]: about
// six per scope being compiled at once, and one symbol table per scope (measured at the start
// of a program: 8 with no nested scope, 14 for one function, 15 for two, 20 for a function
// nested in another).
static void
add_compiler_dicts(MnFreeLists *fl, MnObject *code)
{
    int scopes = 0, depth = 0;
    if (code != NULL && MN_CODE_CHECK(code)) {
        count_scopes(code, &scopes, &depth);
    }
    fl->dicts += 6 * depth + (scopes - depth);
    if (fl->dicts > 80) {
        fl->dicts = 80;
    }
}

// The collector's counts as a two-line program begins in CPython 3.11.7; count0 grows with
// what compiling the program leaves.
static const int gc_counts_at_main[3] = {249, 0, 2};

// gc.get_stats() then: CPython's start-up has run 22 young collections and 2 of generation 1.
static const intptr_t gc_stats_at_main[3][3] = {{22, 43, 0}, {2, 92, 0}, {0, 0, 0}};

// What mnemo's count0 grows by when it compiles such a program (15) and the more that its
// `import gc` leaves than CPython's (20): `import gc; print(gc.get_count())` then prints
// CPython's (249, 0, 2).
#define TRIVIAL_PROGRAM_COUNT 35

int
mn_freelists_at_main(MnObject *code, intptr_t compiled)
{
    MnFreeLists fl = at_main;
    add_compiler_dicts(&fl, code);
    if (mn_subclasses_at_main() < 0 || set_all(&fl) < 0) {
        return -1;
    }
    intptr_t count0 = gc_counts_at_main[0] + compiled - TRIVIAL_PROGRAM_COUNT;
    int counts[3] = {count0 < 0 ? 0 : count0 > 600 ? 600 : (int)count0, gc_counts_at_main[1],
                     gc_counts_at_main[2]};
    mn_gc_set_count(counts);
    for (int i = 0; i < 3; i++) {
        mn_gc_set_stats(i, gc_stats_at_main[i]);
    }
    return 0;
}

int
mn_freelists_after_module_code(MnObject *code)
{
    MnFreeLists fl = after_source_import;
    add_compiler_dicts(&fl, code);
    return raise_all(&fl);
}

// The modules of mnemo's library that python3 here has imported before the main program
// starts (the site module and the .pth files of its site-packages load them).
static const char *const preloaded[] = {
    "_weakref", "_weakrefset", "atexit", "collections", "contextlib", "errno", "functools",
    "io", "itertools", "keyword", "math", "operator", "os", "posix", "posixpath", "random",
    "reprlib", "time", "weakref",
};

int
mn_freelists_before_import(const char *name, MnFreeLists *saved)
{
    mn_gc_get_count(saved->gc_counts);
    saved->gc_enabled = mn_rt.gc_enabled;
    mn_subclasses_read(&saved->classes);
    for (size_t i = 0; i < sizeof preloaded / sizeof preloaded[0]; i++) {
        if (strcmp(name, preloaded[i]) == 0) {
            read_all(saved);
            mn_rt.gc_enabled = 0;   // CPython's import of it collects nothing
            return 1;
        }
    }
    if (strcmp(name, "tracemalloc") == 0) {
        mn_rt.gc_enabled = 0;       // CPython's collections are modelled afterwards
    }
    return 0;
}

// What `import tracemalloc` does to the collector's counts in CPython 3.11.7 (measured from
// several starting counts): two collections of generation 0, which leave count0 57 lower.
static void
count_tracemalloc_import(const int before[3])
{
    int counts[3] = {before[0] > 57 ? before[0] - 57 : 0, before[1] + 2, before[2]};
    if (counts[1] > 10) {
        counts[1] -= 11;        // a generation-1 collection came in between
        counts[2]++;
    }
    mn_gc_set_count(counts);
}

// One class [name] of module pickle with base [base] (borrowed), as its class statement
// makes it. -> new reference, or NULL.
static MnObject *
pickle_class(const char *name, MnObject *base)
{
    MnObject *n = mn_str_from_cstr(name), *bases = mn_tuple_pack(1, base);
    MnObject *ns = mn_dict_new(), *module = mn_str_intern_cstr("pickle"), *cls = NULL;
    if (n != NULL && bases != NULL && ns != NULL && module != NULL &&
        mn_dict_set_item_cstr(ns, "__module__", module) == 0 &&
        mn_dict_set_item_cstr(ns, "__qualname__", n) == 0 &&
        mn_dict_set_item_cstr(ns, "__doc__", n) == 0) {
        cls = mn_type_new_class(n, bases, ns);
    }
    mn_xdecref(n);
    mn_xdecref(bases);
    mn_xdecref(ns);
    mn_xdecref(module);
    return cls;
}

// CPython's `import tracemalloc` imports pickle, whose exception classes written in Python
// are replaced by _pickle's: the three dead classes remain a reference cycle that the next
// full collection finds (10 objects), after the two young collections the import runs
// (they untrack the tuple (Exception,) and move everything young to generation 1).
static int
leave_pickle_garbage(void)
{
    int tracing = mn_tracemalloc_pause();
    MnObject *base = pickle_class("PickleError", (MnObject *)mn_exc_Exception);
    MnObject *a = base ? pickle_class("PicklingError", base) : NULL;
    MnObject *b = a ? pickle_class("UnpicklingError", base) : NULL;
    int rc = b != NULL ? 0 : -1;
    if (rc == 0) {
        mn_gc_collect(0);
        mn_gc_collect(0);
    }
    mn_xdecref(b);
    mn_xdecref(a);
    mn_xdecref(base);
    mn_tracemalloc_resume(tracing);
    return rc;
}

int
mn_freelists_after_import(const char *name, const MnFreeLists *saved, int preloaded,
                          int loaded)
{
    int rc = 0;
    if (loaded && preloaded) {
        rc = set_all(saved);
        mn_gc_set_count(saved->gc_counts);
    } else if (loaded && strcmp(name, "tracemalloc") == 0) {
        rc = leave_pickle_garbage() < 0 || set_all(&after_tracemalloc) < 0 ? -1 : 0;
        count_tracemalloc_import(saved->gc_counts);
    }
    if (rc == 0 && loaded) {
        rc = mn_subclasses_after_import(name, preloaded, &saved->classes);
    }
    mn_rt.gc_enabled = saved->gc_enabled;
    return rc;
}
