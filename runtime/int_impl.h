/*
 * runtime/int_impl.h - helpers shared by the files of the int implementation; not a public API
 * (use runtime/int.h). int.c holds the object basics, int_arith.c the digit algorithms and the
 * number slots, int_str.c the text conversions, int_methods.c the methods and the type object.
 * See also: runtime/int.h
 */
#ifndef MN_INT_IMPL_H
#define MN_INT_IMPL_H

#include "int.h"
#include "refcount.h"

#define INT_DIGITS(o) (((MnLong *)(o))->ob_digit)
#define INT_NDIGITS(o) (MN_SIZE(o) < 0 ? -MN_SIZE(o) : MN_SIZE(o))
#define INT_IS_NEG(o) (MN_SIZE(o) < 0)

// Allocations beyond this many digits raise MemoryError (as CPython's failing malloc would).
#define MN_INT_MAX_DIGITS ((intptr_t)1 << 28)

// IEEE 754 double parameters (<float.h> is shadowed by runtime/float.h on the include path).
#define MN_DBL_MANT_DIG 53
#define MN_DBL_MAX_EXP 1024
#define MN_DBL_MIN_EXP (-1021)

// The small ints -5..256, static and immortal.
extern MnLong mn_int_small_ints[MN_SMALL_NEG + MN_SMALL_POS];

// -> new reference to the cached int [v] (which must be in -5..256).
static inline MnObject *
mn_int_small(long v)
{
    MnObject *o = (MnObject *)&mn_int_small_ints[v + MN_SMALL_NEG];
    mn_incref(o);
    return o;
}

// An exact int with |ob_size| = [ndigits] (positive), digits zero-filled, at least one digit
// allocated. -> new reference, or NULL with MemoryError set.
MnLong *mn_int_alloc(intptr_t ndigits);
// Strips leading zero digits of [v] (stolen; an exact int nobody else holds) and swaps small
// values for the cached objects. -> the result (never NULL).
MnObject *mn_int_normalize(MnLong *v);
// Number of significant bits of [d] (0 for 0).
int mn_int_digit_bits(mn_digit d);
// Sets the sign of the fresh int [v] to negative when [neg].
static inline void
mn_int_set_neg(MnLong *v, int neg)
{
    intptr_t n = MN_SIZE(v) < 0 ? -MN_SIZE(v) : MN_SIZE(v);
    MN_SIZE(v) = neg ? -n : n;
}
// Value of [o] when it fits in int64_t. -> 1 and *out set, or 0 when it does not fit.
int mn_int_to_i64(MnObject *o, int64_t *out);
// True division a / b of two ints, correctly rounded. -> new float, or NULL.
MnObject *mn_int_true_divide(MnObject *a, MnObject *b);
// divmod with floor semantics; [pdiv]/[pmod] may be NULL. [zmsg] is the ZeroDivisionError
// message. -> 0, or -1 with an exception set.
int mn_int_divmod_impl(MnObject *a, MnObject *b, MnObject **pdiv, MnObject **pmod,
                       const char *zmsg);
// Rounds [a] to a multiple of 10**[ndigits] (ndigits < 0, an int) half to even. -> new int.
MnObject *mn_int_round_neg(MnObject *a, MnObject *ndigits);
// repr(int) as text; honours the conversion limit. -> new str, or NULL.
MnObject *mn_int_repr(MnObject *o);
// Parses as int() does; [orig] (a str or bytes, or NULL) is shown in the error message.
// -> new int, or NULL.
MnObject *mn_int_parse(const char *s, intptr_t len, int base, MnObject *orig);

/* number slots, defined in int_arith.c */
MnObject *mn_int_nb_add(MnObject *a, MnObject *b);
MnObject *mn_int_nb_subtract(MnObject *a, MnObject *b);
MnObject *mn_int_nb_multiply(MnObject *a, MnObject *b);
MnObject *mn_int_nb_remainder(MnObject *a, MnObject *b);
MnObject *mn_int_nb_divmod(MnObject *a, MnObject *b);
MnObject *mn_int_nb_power(MnObject *a, MnObject *b, MnObject *c);
MnObject *mn_int_nb_lshift(MnObject *a, MnObject *b);
MnObject *mn_int_nb_rshift(MnObject *a, MnObject *b);
MnObject *mn_int_nb_and(MnObject *a, MnObject *b);
MnObject *mn_int_nb_xor(MnObject *a, MnObject *b);
MnObject *mn_int_nb_or(MnObject *a, MnObject *b);
MnObject *mn_int_nb_floor_divide(MnObject *a, MnObject *b);
MnObject *mn_int_nb_true_divide(MnObject *a, MnObject *b);
MnObject *mn_int_nb_negative(MnObject *a);
MnObject *mn_int_nb_positive(MnObject *a);
MnObject *mn_int_nb_absolute(MnObject *a);
MnObject *mn_int_nb_invert(MnObject *a);
int mn_int_nb_bool(MnObject *a);
MnObject *mn_int_nb_float(MnObject *a);
MnObject *mn_int_richcompare(MnObject *a, MnObject *b, int op);
intptr_t mn_int_hash(MnObject *o);

#endif
