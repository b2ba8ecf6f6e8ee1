/*
 * lib/mod_sys.h - what other C code needs from the sys module.
 * See also: lib/mod_sys.c
 */
#ifndef MN_MOD_SYS_H
#define MN_MOD_SYS_H

#include "object.h"

// Writes the str [s] to [file] directly when [file] is one of sys's standard streams.
// -> 1 written, 0 not a standard stream (call its write method instead), -1 error.
int mn_sys_write_str(MnObject *file, MnObject *s);

#endif
