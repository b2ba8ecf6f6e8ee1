/*
 * lib/mod_posix.h - helpers of the `posix` module shared with other C modules.
 * See also: lib/mod_posix.c, lib/mod_io.c, lib/mod_resource.c
 */
#ifndef MN_MOD_POSIX_H
#define MN_MOD_POSIX_H

#include "object.h"

// Raises the OSError subclass for errno [err] with CPython's message
// ("[Errno 2] No such file or directory: 'x'", "... 'a' -> 'b'" when [filename2] is given).
// [filename] and [filename2] may be NULL. -> NULL always.
MnObject *mn_posix_error(int err, MnObject *filename, MnObject *filename2);

// os.fspath([path]): a str or bytes as is, else the result of its __fspath__.
// -> new str or bytes, or NULL with TypeError
// ("expected str, bytes or os.PathLike object, not int").
MnObject *mn_posix_fspath(MnObject *path);

// The repr of a struct-sequence-like tuple: "[type_name](f0=v0, f1=v1, ...)" for the first
// [n] items of [self], named by [fields]. -> new str, or NULL.
MnObject *mn_posix_structseq_repr(MnObject *self, const char *type_name,
                                  const char *const *fields, int n);

#endif
