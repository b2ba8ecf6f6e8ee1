/*
 * runtime/freelists.h - the object free lists taken together (each lives with its type:
 * tuple.c, float.c, list.c, dict.c, slice.c): their report in sys._debugmallocstats(), and
 * the contents CPython 3.11 has on them when a program starts and after `import tracemalloc`.
 * Which objects come off a free list decides what tracemalloc counts (a reused object is no
 * new allocation), so mnemo starts from CPython's contents rather than from what its own,
 * different start-up happened to leave there.
 * See also: runtime/alloc.h (mn_object_reuse), runtime/tracemalloc.h
 */
#ifndef MN_FREELISTS_H
#define MN_FREELISTS_H

#include <stdio.h>
#include "object.h"
#include "subclasses.h"

// Writes CPython's free-list lines of sys._debugmallocstats() to [out]: dict, float and list
// objects, then tuples of 1 to 20 items.
void mn_freelists_print(FILE *out);

// Sets every free list to what CPython 3.11.7 holds when the main program begins: what its
// start-up leaves, and the dict objects its compiler frees after compiling [code] (the main
// program's code object, borrowed; their number follows the nesting of its scopes); also the
// built-in types' subclass tables (runtime/subclasses.h) and the collector's counts, count0
// grown by [compiled] (what compiling the program added to it). Called once, after start-up
// and compiling, before running it. -> 0, or -1 with MemoryError set.
int mn_freelists_at_main(MnObject *code, intptr_t compiled);

// Called after the import system ran the module code [code] (borrowed) compiled from
// Python source. CPython's import system is Python code whose temporaries leave objects on
// the free lists, and its compiler leaves dicts by the nesting of the module's scopes; mnemo's
// is C: each free list is filled up to what CPython's hold at least after such an import.
// -> 0, or -1 with MemoryError set.
int mn_freelists_after_module_code(MnObject *code);

// The contents of every free list at one moment.
typedef struct MnFreeLists {
    int dicts, keys, floats, lists, slices;
    int tuples[20];             // tuples of 1..20 items
    int gc_counts[3];           // the collector's counts (gc.get_count())
    int gc_enabled;             // whether automatic collection was on
    MnSubclassCounts classes;   // the built-in types' subclass tables
} MnFreeLists;

// Called before the import system loads module [name] (not yet in sys.modules): reads the
// collector's counts and the subclass tables into *[saved], and -> 1 with the free lists' contents there too when
// python3 has [name] loaded at start-up already (its import changes nothing there), else 0.
// Automatic collection is off during the import of such a module and of tracemalloc.
int mn_freelists_before_import(const char *name, MnFreeLists *saved);
// Called after the import of module [name], [loaded] or failed, with [saved] and [preloaded]
// from mn_freelists_before_import: turns automatic collection back on as it was; after a
// preloaded module, puts the free lists, counts and subclass tables back; after tracemalloc
// (whose import in CPython runs many others: fnmatch, linecache, pickle...), sets what
// CPython's import leaves. -> 0, or -1 with MemoryError set.
int mn_freelists_after_import(const char *name, const MnFreeLists *saved, int preloaded,
                              int loaded);

#endif
