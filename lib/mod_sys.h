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
// Writes the str [s] to the file object [file]: directly for a standard stream, else through
// file.write(s). -> 0, or -1 with an exception set.
int mn_sys_file_write(MnObject *file, MnObject *s);
// As CPython's PySys_WriteStderr: writes [text] to sys.stderr, or to the C stderr when
// sys.stderr is unset or None. Errors are swallowed; a pending exception is kept.
void mn_sys_write_stderr(const char *text);

#endif
