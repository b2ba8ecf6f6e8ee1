/*
 * lib/mod_io.h - open() for the builtins module.
 * See also: lib/mod_io.c
 */
#ifndef MN_MOD_IO_H
#define MN_MOD_IO_H

#include "object.h"

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None).
// -> new file object, or NULL (OSError subclasses with CPython's messages, ValueError).
MnObject *mn_io_open(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames);

#endif
