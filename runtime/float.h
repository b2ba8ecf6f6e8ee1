/*
 * runtime/float.h - float (C double), CPython's shortest round-trip repr.
 * See also: runtime/float.c, runtime/format.c
 */
#ifndef MN_FLOAT_H
#define MN_FLOAT_H

#include "object.h"

typedef struct MnFloat {
    MnObject ob_base;
    double ob_fval;
} MnFloat;

extern MnType mn_float_type;
#define MN_FLOAT_CHECK(o) mn_type_is_subtype(MN_TYPE(o), &mn_float_type)
#define MN_FLOAT_CHECK_EXACT(o) (MN_TYPE(o) == &mn_float_type)
#define MN_FLOAT_VALUE(o) (((MnFloat *)(o))->ob_fval)

// -> new float, or NULL.
MnObject *mn_float_from_double(double v);
// float(s) parsing (whitespace, underscores per literal rules, inf/nan). ValueError
// "could not convert string to float: 'x'". -> new float, or NULL.
MnObject *mn_float_from_string(MnObject *str);
// Value of a float, an int or anything with __float__/__index__. -> value, or -1.0 with an
// error set (check mn_err_occurred()).
double mn_float_as_double(MnObject *o);
// Writes repr(d) (shortest round-trip, CPython's rules: 0.1, 1e+16, 1e-05, inf, nan) into
// [buf] of [size] bytes (32 is always enough). -> length written.
int mn_float_repr_buf(double d, char *buf, size_t size);

#endif
