/*
 * runtime/sequtil.h - helpers shared by the sequence types and the builtins module:
 * argument checking with CPython's messages, length hints, joining reprs.
 * See also: runtime/sequtil.c, runtime/list.c, lib/mod_builtins.c
 */
#ifndef MN_SEQUTIL_H
#define MN_SEQUTIL_H

#include "object.h"

// Checks a positional count as CPython's _PyArg_CheckPositional:
// "[name] expected at most 1 argument, got 2". -> 0, or -1 with TypeError.
int mn_sequtil_check_positional(const char *name, intptr_t nargs, intptr_t min, intptr_t max);
// Refuses keyword arguments: "[name]() takes no keyword arguments". -> 0, or -1 with TypeError.
int mn_sequtil_no_kw(const char *name, MnObject *kwnames);

enum {
    MN_ARGS_POS_NOTE = 1,       // "missing required argument 'x' (pos 1)" instead of without
    MN_ARGS_NO_TOTAL = 2,       // no "takes at most N arguments" check (unknown names first)
};

// Matches [nargs] positional values and the keywords in [kwnames] against [names] (a
// NULL-terminated list; the first [maxpos] may come positionally, the first [required] are
// required) as CPython's argument clinic does, with its messages ("'foo' is an invalid
// keyword argument for sort()", "sort() takes no positional arguments", "enumerate() takes at
// most 2 arguments (3 given)"). Fills [out] with borrowed values (NULL when absent).
// -> 0, or -1 with TypeError.
int mn_sequtil_parse(const char *fname, MnObject *const *args, intptr_t nargs,
                     MnObject *kwnames, const char *const *names, int maxpos, int required,
                     int flags, MnObject **out);
// operator.index(o) as an exact int (bool and int subclasses are copied).
// -> new int, or NULL with TypeError.
MnObject *mn_sequtil_index_exact(MnObject *o);
// operator.length_hint(o, default): len(o), else o.__length_hint__(), else [deflt].
// -> hint >= 0, or -1 with an exception set.
intptr_t mn_sequtil_length_hint(MnObject *o, intptr_t deflt);
// [open] + ", ".join(strs) + [close] for [n] str objects (borrowed); [open] and [close] are
// ASCII. Runs no Python code. -> new str, or NULL.
MnObject *mn_sequtil_join(const char *open, MnObject *const *strs, intptr_t n,
                          const char *close);

#endif
