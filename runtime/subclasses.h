/*
 * runtime/subclasses.h - the subclass tables of the built-in types filled to CPython 3.11.7's
 * (stand-in entries for the subclasses its start-up and preloaded modules make), so that a
 * table grows, and tracemalloc sees the block, at the class statement where CPython's does.
 * See also: runtime/subclasses.c, runtime/freelists.h
 */
#ifndef MN_SUBCLASSES_H
#define MN_SUBCLASSES_H

#include "object.h"

// How many built-in types have a modelled table.
#define MN_SUBCLASS_TABLES 26

// The shape of one table: live entries, used entries (deleted ones included) and the log2 of
// its size (0 for no table).
typedef struct MnSubclassTable {
    intptr_t live, entries;
    int log2;
} MnSubclassTable;

// Every modelled table at one moment.
typedef struct MnSubclassCounts {
    MnSubclassTable table[MN_SUBCLASS_TABLES];
} MnSubclassCounts;

// Gives every modelled table CPython's size, live count and deleted slots as the main program
// begins. Called once, after start-up, before running it. -> 0, or -1 with MemoryError set.
int mn_subclasses_at_main(void);

// Reads the shape of every modelled table into *[counts].
void mn_subclasses_read(MnSubclassCounts *counts);

// Called after module [name] was loaded, with the counts [before] it: for a module python3
// has loaded at start-up ([preloaded]: its import changes nothing there), gives each table
// back its shape [before], with stand-ins for the classes mnemo's import made; for
// tracemalloc, the shape [before] grown by the classes CPython's import makes. Other
// modules are left as they are. -> 0, or -1 with an exception.
int mn_subclasses_after_import(const char *name, int preloaded, const MnSubclassCounts *before);

#endif
