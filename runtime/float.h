/*
 * runtime/float.h - float (C double), CPython's shortest round-trip repr.
 * See also: runtime/float.c, runtime/format.c
 */
#ifndef MN_FLOAT_H
#define MN_FLOAT_H

#include <stddef.h>
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

// Shortest digits that read back to |[d]| (finite, non-zero), as CPython's repr picks them:
// writes up to 17 digits and a NUL to [digits]; the value is 0.DIGITS * 10**(*decpt).
// -> the number of digits.
int mn_float_shortest_digits(double d, char *digits, int *decpt);
// float.hex() of [x]. -> new str, or NULL.
MnObject *mn_float_hex(double x);
// float.fromhex() of [len] bytes of [s]; [orig] is the str argument. ValueError
// "invalid hexadecimal floating-point string", OverflowError when too large.
// -> new float, or NULL.
MnObject *mn_float_fromhex_text(const char *s, intptr_t len, MnObject *orig);
// x ** y with CPython's special cases (ZeroDivisionError, OverflowError (34, ...),
// NotImplementedError for complex results). -> 0 with *out set, or -1 with an error set.
int mn_float_pow_values(double x, double y, double *out);
// float.__round__: [ndigits] mn_None gives an int (half to even), else a float rounded
// correctly to that many decimal places. -> new reference, or NULL.
MnObject *mn_float_round(MnObject *self, MnObject *ndigits);
// Frees the float free list at shutdown (the lead calls it from mn_runtime_fini).
void mn_float_fini(void);
// -> how many dead floats the free list holds (CPython keeps up to 100).
int mn_float_freelist_count(void);
// Frees cached floats until at most [keep] are left.
void mn_float_freelist_trim(int keep);

#endif
