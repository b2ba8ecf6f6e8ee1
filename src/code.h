/*
 * src/code.h - code objects: the immutable result of compiling one scope (module, class body,
 * function, lambda, comprehension). Instructions are MnInstr words (src/opcodes.h); the line
 * table maps runs of instructions to lines; the exception table maps instruction ranges to
 * handlers (zero-cost try, as CPython 3.11). Inline caches for LOAD_GLOBAL / LOAD_ATTR live
 * in a mutable side array owned by the code object.
 * See also: src/compile_asm.c (builds them), src/eval.c, src/frame.c
 */
#ifndef MN_CODE_H
#define MN_CODE_H

#include "object.h"
#include "opcodes.h"

// Code flags, with CPython's values.
enum {
    MN_CO_OPTIMIZED = 0x1, MN_CO_NEWLOCALS = 0x2, MN_CO_VARARGS = 0x4, MN_CO_VARKEYWORDS = 0x8,
    MN_CO_NESTED = 0x10, MN_CO_GENERATOR = 0x20, MN_CO_NOFREE = 0x40,
};

// One exception-table entry: instructions [start, end) jump to [target] with the value stack
// cut to [depth] items (plus the offset of the raising instruction first when [lasti]).
typedef struct MnExcEntry {
    int32_t start, end, target;
    int32_t depth;
    int32_t lasti;
} MnExcEntry;

// Instructions from [start] up to the next entry's start belong to [line] (-1: none).
typedef struct MnLineEntry {
    int32_t start;
    int32_t line;
} MnLineEntry;

// An inline cache entry (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD). Contents are opcode-specific.
typedef struct MnCacheEntry {
    uint64_t v1, v2;
    void *p1;                   // borrowed, valid while the versions match
    void *p2;                   // borrowed
} MnCacheEntry;

typedef struct MnCode {
    MnObject ob_base;
    MnInstr *co_code;           // owned array of co_ncode instructions
    intptr_t co_ncode;
    MnObject *co_consts;        // owned tuple
    MnObject *co_names;         // owned tuple of interned str
    MnObject *co_varnames;      // owned tuple of interned str (arguments first)
    MnObject *co_cellvars;      // owned tuple of interned str
    MnObject *co_freevars;      // owned tuple of interned str
    MnObject *co_filename;      // owned str
    MnObject *co_name;          // owned str
    MnObject *co_qualname;      // owned str
    MnObject *co_weakreflist;   // owned list head, or NULL
    int co_argcount, co_posonlyargcount, co_kwonlyargcount;
    int co_nlocals, co_ncells, co_nfrees, co_nlocalsplus;
    int co_stacksize;
    int co_framesize;           // words a frame of this code needs (header + locals + stack)
    int co_flags;
    int co_firstlineno;
    int *co_cell2arg;           // owned: for each cell var, its argument index or -1; or NULL
    MnLineEntry *co_lines;      // owned
    int co_nlines;
    MnExcEntry *co_exctable;    // owned
    int co_nexc;
    MnCacheEntry *co_cache;     // owned, zeroed
    int co_ncache;
} MnCode;

extern MnType mn_code_type;
#define MN_CODE_CHECK(o) (MN_TYPE(o) == &mn_code_type)

// The line of instruction [index] of [code].
// -> line, -1 when none, co_firstlineno for index < 0.
int mn_code_addr2line(MnCode *code, int index);
// The handler for an exception raised at instruction [index]. -> entry (borrowed), or NULL.
const MnExcEntry *mn_code_find_handler(MnCode *code, int index);
// Name of an opcode, for disassembly and error messages.
// -> static string ("LOAD_FAST"; "<invalid>" when out of range).
const char *mn_opcode_name(int op);
// Writes a disassembly of [code] (and nested code constants) to stdout (debugging aid).
void mn_code_dump(MnCode *code);

#endif
