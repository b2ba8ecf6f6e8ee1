/*
 * runtime/iter.h - the builtin iterator types: enumerate, zip, map, filter, reversed, the
 * sequence iterator ("iterator", for objects with only __getitem__) and the callable
 * iterator (iter(f, sentinel)). Their type names and messages are CPython 3.11's.
 * See also: runtime/iter.c, lib/mod_builtins.c
 */
#ifndef MN_ITER_H
#define MN_ITER_H

#include "object.h"

extern MnType mn_enumerate_type, mn_zip_type, mn_map_type, mn_filter_type;
extern MnType mn_reversed_type, mn_seqiter_type, mn_calliter_type;

// An iterator calling seq[0], seq[1], ... until IndexError or StopIteration (what iter()
// returns for objects with __getitem__ and no __iter__). -> new reference, or NULL.
MnObject *mn_seqiter_new(MnObject *seq);
// iter([callable], [sentinel]): calls callable() until the result equals sentinel.
// -> new reference, or NULL.
MnObject *mn_calliter_new(MnObject *callable, MnObject *sentinel);
// reversed([seq]): seq.__reversed__() or a reverse sequence iterator; TypeError
// "'int' object is not reversible". -> new reference, or NULL.
MnObject *mn_reversed_new(MnObject *seq);

#endif
