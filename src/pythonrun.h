/*
 * src/pythonrun.h - source to result: parse, compile, run; the __main__ module; turning parse
 * errors into SyntaxError objects; what an uncaught exception means for the exit status.
 * See also: src/main.c, src/parse.h, src/compile.h, src/eval.h
 */
#ifndef MN_PYTHONRUN_H
#define MN_PYTHONRUN_H

#include <stddef.h>
#include <stdio.h>
#include "object.h"
#include "parse.h"

// Raises the SyntaxError (or IndentationError, TabError, MemoryError) described by [err] for
// the file [filename] (a str).
void mn_parse_error_set(const MnParseError *err, MnObject *filename);
// A source file must be UTF-8 (no other coding declarations are supported): SyntaxError
// "Non-UTF-8 code starting with '\xff' in file F on line N, ..." as CPython. -> 0, or -1.
int mn_check_source_file_encoding(const char *src, size_t len, const char *filename);
// Parses and compiles [len] bytes of [src]. -> new code object, or NULL with an error set.
MnObject *mn_compile_source(const char *src, size_t len, MnObject *filename, int mode);
// As mn_compile_source for the contents of a source file (SyntaxError offsets as CPython
// gives them for files). -> new code object, or NULL.
MnObject *mn_compile_file_source(const char *src, size_t len, MnObject *filename);
// Parses and compiles as above ([file]: SyntaxError offsets as for a source file); when
// [tree] is not NULL, also gives the new list of objects CPython's syntax tree would hold
// (see mn_compile_ex), to keep alive while the code runs. -> new code object, or NULL.
MnObject *mn_compile_tree(const char *src, size_t len, MnObject *filename, int mode, int file,
                          MnObject **tree);
// exec/eval of source text in [globals]/[locals] (locals may be NULL: the globals).
// -> the value (None for exec), or NULL.
MnObject *mn_run_string(const char *src, MnObject *filename, int mode, MnObject *globals,
                        MnObject *locals);
// Creates the __main__ module (registered in sys.modules). -> borrowed module, or NULL.
MnObject *mn_main_module(void);
// Runs [len] bytes of [src] as __main__ with __file__ = [path] (NULL: no __file__).
// -> exit status (exceptions already printed).
int mn_run_main_source(const char *src, size_t len, const char *filename, const char *path);
// Runs the file at [path] as __main__. -> exit status; 2 if it cannot be read.
int mn_run_main_file(const char *path);
// Runs the file at [path] as __main__ for `-m` (as runpy: no syntax tree kept while it runs).
// -> exit status; 2 if it cannot be read.
int mn_run_module_file(const char *path);
// Handles the current exception at top level: SystemExit gives its status (printing a
// non-integer code), anything else is printed with its traceback. -> the exit status.
int mn_handle_uncaught(void);
// With [on], mn_handle_uncaught prints SystemExit as any other exception (the script of
// `mnemo -i script.py`, as CPython's inspect mode).
void mn_pythonrun_set_inspect(int on);
// -> 1 if mn_handle_uncaught last printed a KeyboardInterrupt (the process must then die by
// SIGINT), else 0; resets the indication.
int mn_pythonrun_take_interrupt(void);
// With [on], mn_show_refcount prints (`mnemo -X showrefcount`).
void mn_pythonrun_set_showrefcount(int on);
// Prints "[N refs, M blocks]" on stderr, as CPython's debug build does after each REPL entry
// and at exit: N the total of all reference counts, M the object blocks allocated. Does
// nothing unless turned on by mn_pythonrun_set_showrefcount.
void mn_show_refcount(void);
// Reads [f] to its end. -> mn_mem buffer (caller frees) with *len set, or NULL with errno set.
char *mn_read_stream(FILE *f, size_t *len);
// Reads a whole file. -> mn_mem buffer (caller frees) with *len set, or NULL with errno set.
char *mn_read_file(const char *path, size_t *len);

#endif
