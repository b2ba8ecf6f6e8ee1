/*
 * runtime/int.h - arbitrary-precision int with CPython's layout: 30-bit digits stored
 * little-endian in ob_digit, the sign in ob_size (so sys.getsizeof agrees with CPython).
 * Small ints -5..256 are static singletons. Implementation: int.c (basics), int_arith.c,
 * int_str.c, int_methods.c (the type), with private helpers in int_impl.h.
 * See also: runtime/int.c, runtime/bool.c
 */
#ifndef MN_INT_H
#define MN_INT_H

#include "object.h"

typedef uint32_t mn_digit;
typedef uint64_t mn_twodigits;
typedef int64_t mn_stwodigits;
#define MN_LONG_SHIFT 30
#define MN_LONG_BASE ((mn_digit)1 << MN_LONG_SHIFT)
#define MN_LONG_MASK ((mn_digit)(MN_LONG_BASE - 1))

typedef struct MnLong {
    MnVarObject ob_base;        // ob_size: number of digits, negative for negative values
    mn_digit ob_digit[1];
} MnLong;

#define MN_SMALL_NEG 5
#define MN_SMALL_POS 257

extern MnType mn_int_type;
#define MN_INT_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_LONG_SUBCLASS)
#define MN_INT_CHECK_EXACT(o) (MN_TYPE(o) == &mn_int_type)

// Resets the int state (the str-digit limit to 4300); the small ints -5..256 are static,
// immortal objects that need no setup. -> 0, or -1.
int mn_int_init(void);
// -> new int (the cached object for -5..256), or NULL with MemoryError.
MnObject *mn_int_from_long(long v);
MnObject *mn_int_from_ssize(intptr_t v);
MnObject *mn_int_from_size(size_t v);
MnObject *mn_int_from_ll(long long v);
MnObject *mn_int_from_ull(unsigned long long v);
// int(d): truncates; ValueError "cannot convert float NaN to integer", OverflowError
// "cannot convert float infinity to integer". -> new int, or NULL.
MnObject *mn_int_from_double(double d);
// Parses [len] bytes of [s] as int() does with [base] (0 or 2..36): whitespace, sign,
// underscores, prefixes. ValueError "invalid literal for int() with base 10: 'x'" on error.
// -> new int, or NULL.
MnObject *mn_int_from_string(const char *s, intptr_t len, int base);
// -> the value; -1 with OverflowError "Python int too large to convert to C long" if it
// does not fit. [o] must be an int.
long mn_int_as_long(MnObject *o);
intptr_t mn_int_as_ssize(MnObject *o);
long long mn_int_as_ll(MnObject *o);
// -> the value; *overflow is set to -1/+1 (and the result is -1) when it does not fit.
long mn_int_as_long_overflow(MnObject *o, int *overflow);
// -> the nearest double; -1.0 with OverflowError "int too large to convert to float".
double mn_int_as_double(MnObject *o);
// -> -1, 0 or 1.
int mn_int_sign(MnObject *o);
// Text in [base] 2, 8, 10 or 16, with "0b"/"0o"/"0x" prefixes when [prefix]. -> new str, or NULL.
MnObject *mn_int_to_base(MnObject *o, int base, int prefix);
// Arithmetic used by other runtime files (both ints). -> new int, or NULL.
MnObject *mn_int_add(MnObject *a, MnObject *b);
MnObject *mn_int_sub(MnObject *a, MnObject *b);
MnObject *mn_int_mul(MnObject *a, MnObject *b);
MnObject *mn_int_floordiv(MnObject *a, MnObject *b);
MnObject *mn_int_mod(MnObject *a, MnObject *b);
MnObject *mn_int_neg(MnObject *a);
// -> -1, 0, 1 comparing two ints (never fails).
int mn_int_compare(MnObject *a, MnObject *b);
// Number of bits in |o| (int.bit_length).
int64_t mn_int_bit_length(MnObject *o);
// A copy of [o] as an exact int (for int subclasses). -> new int, or NULL.
MnObject *mn_int_copy_exact(MnObject *o);
// sys.getsizeof without the collector part: CPython's int.__sizeof__ (28 for 0 and one digit,
// then 4 bytes per extra 30-bit digit).
size_t mn_int_sizeof(MnObject *o);
// int.from_bytes: [n] bytes of [b], little-endian when [little], two's complement when
// [is_signed]. -> new int, or NULL.
MnObject *mn_int_from_bytes(const unsigned char *b, size_t n, int little, int is_signed);
// int.to_bytes: writes [o] into [n] bytes of [out]. -> 0, or -1 with OverflowError
// "int too big to convert" / "can't convert negative int to unsigned".
int mn_int_to_bytes(MnObject *o, unsigned char *out, size_t n, int little, int is_signed);
// The int/str conversion limit (sys.get_int_max_str_digits), 4300 by default; 0 is no limit.
intptr_t mn_int_get_max_str_digits(void);
// sys.set_int_max_str_digits(n). -> 0, or -1 with ValueError
// "maxdigits must be 0 or larger than 640".
int mn_int_set_max_str_digits(intptr_t n);
// pow(a, b, c) for ints ([c] mn_None when absent). -> new int or float, or NULL.
MnObject *mn_int_pow(MnObject *a, MnObject *b, MnObject *c);
// a << b and a >> b for ints. -> new int, or NULL.
MnObject *mn_int_lshift(MnObject *a, MnObject *b);
MnObject *mn_int_rshift(MnObject *a, MnObject *b);
// Tears down the int state (nothing is allocated; resets the limit). Called at runtime fini.
void mn_int_fini(void);

// True when [o] is an exact int that fits in one digit (the VM's fast paths).
#define MN_INT_IS_COMPACT(o) (MN_SIZE(o) >= -1 && MN_SIZE(o) <= 1)
// The value of a compact int.
#define MN_INT_COMPACT_VALUE(o) \
    ((intptr_t)MN_SIZE(o) * (intptr_t)((MnLong *)(o))->ob_digit[0])

/* ==== bool (runtime/bool.c): int subclass with two instances ==== */
extern MnType mn_bool_type;
extern MnLong mn_false_struct, mn_true_struct;
#define mn_False ((MnObject *)&mn_false_struct)
#define mn_True ((MnObject *)&mn_true_struct)
#define MN_BOOL_CHECK(o) (MN_TYPE(o) == &mn_bool_type)
// -> new reference to mn_True or mn_False.
MnObject *mn_bool_from_long(long v);

#endif
