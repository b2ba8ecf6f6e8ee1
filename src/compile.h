/*
 * src/compile.h - AST to code object: symbol table (src/symtable.c), then one code unit per
 * scope emitting instructions with pseudo-ops for exception blocks, then the assembler
 * (src/compile_asm.c): stack depth, exception table, line table, constant merging.
 * See also: src/compile_expr.c, src/compile_stmt.c, src/compile_const.c, src/compile_asm.c
 */
#ifndef MN_COMPILE_H
#define MN_COMPILE_H

#include "object.h"
#include "ast.h"

// Compiles [root] (from mn_parse with [mode], an MnParseMode) for the file [filename] (a str).
// A tree is compiled once: the compiler leaves pointers to its constants in the nodes.
// -> new code object, or NULL with SyntaxError (or MemoryError) set.
MnObject *mn_compile(AstNode *root, MnObject *filename, int mode);
// As mn_compile, also giving in *[tree] (when [tree] is not NULL and the compilation succeeds)
// a new list of the objects CPython's syntax tree would hold: each literal occurrence and each
// folded constant. CPython keeps its tree alive while __main__, exec/eval of a string or a
// REPL entry runs, which shows in sys.getrefcount; the caller keeps the list as long.
// -> new code object, or NULL with SyntaxError (or MemoryError) set.
MnObject *mn_compile_ex(AstNode *root, MnObject *filename, int mode, MnObject **tree);

// Parses and compiles the UTF-8 text [src] (used by tests and exec/eval of strings).
// -> new code object, or NULL with SyntaxError set.
MnObject *mn_compile_string(const char *src, const char *filename, int mode);

#endif
