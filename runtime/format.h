/*
 * runtime/format.h - the format mini-language (format(), str.format, f-strings) for int,
 * float and str, and printf-style `%` formatting of str.
 * See also: runtime/format.c
 */
#ifndef MN_FORMAT_H
#define MN_FORMAT_H

#include "object.h"

// format(v, spec) for an int, a float and a str; [spec] is a str. CPython's errors
// ("Unknown format code 'd' for object of type 'float'"). -> new str, or NULL.
MnObject *mn_format_int(MnObject *v, MnObject *spec);
MnObject *mn_format_float(MnObject *v, MnObject *spec);
MnObject *mn_format_str(MnObject *v, MnObject *spec);
// fmt % args for a str [fmt]; [args] is a tuple, a mapping or a single value.
// -> new str, or NULL.
MnObject *mn_format_percent(MnObject *fmt, MnObject *args);

#endif
