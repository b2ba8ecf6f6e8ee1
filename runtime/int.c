/*
 * runtime/int.c - int object basics: the static small-int cache (-5..256), allocation and
 * normalization, conversions to and from C numbers and double, comparison and hashing.
 * Layout is CPython's: 30-bit digits little-endian in ob_digit, sign and count in ob_size,
 * at least one digit allocated (so 0 takes 28 bytes). Results are always normalized: no
 * leading zero digits, and values in -5..256 are the cached objects.
 * See also: runtime/int_arith.c, int_str.c, int_methods.c, bool.c, runtime/int_impl.h
 */
#include <math.h>
#include <limits.h>
#include <string.h>
#include "int_impl.h"
#include "alloc.h"
#include "err.h"
#include "exc.h"
#include "float.h"
#include "hash.h"
#include "none.h"

#define SMALL(v)                                                                   \
    {                                                                              \
        .ob_base = {.ob_base = MN_OBJECT_HEAD_INIT_SINGLETON(&mn_int_type),        \
                    .ob_size = ((v) < 0 ? -1 : (v) > 0 ? 1 : 0)},                  \
        .ob_digit = {(mn_digit)((v) < 0 ? -(v) : (v))},                            \
    }

MnLong mn_int_small_ints[MN_SMALL_NEG + MN_SMALL_POS] = {
    SMALL(-5), SMALL(-4), SMALL(-3), SMALL(-2), SMALL(-1), SMALL(0), SMALL(1), SMALL(2),
    SMALL(3), SMALL(4), SMALL(5), SMALL(6), SMALL(7), SMALL(8), SMALL(9), SMALL(10),
    SMALL(11), SMALL(12), SMALL(13), SMALL(14), SMALL(15), SMALL(16), SMALL(17), SMALL(18),
    SMALL(19), SMALL(20), SMALL(21), SMALL(22), SMALL(23), SMALL(24), SMALL(25), SMALL(26),
    SMALL(27), SMALL(28), SMALL(29), SMALL(30), SMALL(31), SMALL(32), SMALL(33), SMALL(34),
    SMALL(35), SMALL(36), SMALL(37), SMALL(38), SMALL(39), SMALL(40), SMALL(41), SMALL(42),
    SMALL(43), SMALL(44), SMALL(45), SMALL(46), SMALL(47), SMALL(48), SMALL(49), SMALL(50),
    SMALL(51), SMALL(52), SMALL(53), SMALL(54), SMALL(55), SMALL(56), SMALL(57), SMALL(58),
    SMALL(59), SMALL(60), SMALL(61), SMALL(62), SMALL(63), SMALL(64), SMALL(65), SMALL(66),
    SMALL(67), SMALL(68), SMALL(69), SMALL(70), SMALL(71), SMALL(72), SMALL(73), SMALL(74),
    SMALL(75), SMALL(76), SMALL(77), SMALL(78), SMALL(79), SMALL(80), SMALL(81), SMALL(82),
    SMALL(83), SMALL(84), SMALL(85), SMALL(86), SMALL(87), SMALL(88), SMALL(89), SMALL(90),
    SMALL(91), SMALL(92), SMALL(93), SMALL(94), SMALL(95), SMALL(96), SMALL(97), SMALL(98),
    SMALL(99), SMALL(100), SMALL(101), SMALL(102), SMALL(103), SMALL(104), SMALL(105), SMALL(106),
    SMALL(107), SMALL(108), SMALL(109), SMALL(110), SMALL(111), SMALL(112), SMALL(113), SMALL(114),
    SMALL(115), SMALL(116), SMALL(117), SMALL(118), SMALL(119), SMALL(120), SMALL(121), SMALL(122),
    SMALL(123), SMALL(124), SMALL(125), SMALL(126), SMALL(127), SMALL(128), SMALL(129), SMALL(130),
    SMALL(131), SMALL(132), SMALL(133), SMALL(134), SMALL(135), SMALL(136), SMALL(137), SMALL(138),
    SMALL(139), SMALL(140), SMALL(141), SMALL(142), SMALL(143), SMALL(144), SMALL(145), SMALL(146),
    SMALL(147), SMALL(148), SMALL(149), SMALL(150), SMALL(151), SMALL(152), SMALL(153), SMALL(154),
    SMALL(155), SMALL(156), SMALL(157), SMALL(158), SMALL(159), SMALL(160), SMALL(161), SMALL(162),
    SMALL(163), SMALL(164), SMALL(165), SMALL(166), SMALL(167), SMALL(168), SMALL(169), SMALL(170),
    SMALL(171), SMALL(172), SMALL(173), SMALL(174), SMALL(175), SMALL(176), SMALL(177), SMALL(178),
    SMALL(179), SMALL(180), SMALL(181), SMALL(182), SMALL(183), SMALL(184), SMALL(185), SMALL(186),
    SMALL(187), SMALL(188), SMALL(189), SMALL(190), SMALL(191), SMALL(192), SMALL(193), SMALL(194),
    SMALL(195), SMALL(196), SMALL(197), SMALL(198), SMALL(199), SMALL(200), SMALL(201), SMALL(202),
    SMALL(203), SMALL(204), SMALL(205), SMALL(206), SMALL(207), SMALL(208), SMALL(209), SMALL(210),
    SMALL(211), SMALL(212), SMALL(213), SMALL(214), SMALL(215), SMALL(216), SMALL(217), SMALL(218),
    SMALL(219), SMALL(220), SMALL(221), SMALL(222), SMALL(223), SMALL(224), SMALL(225), SMALL(226),
    SMALL(227), SMALL(228), SMALL(229), SMALL(230), SMALL(231), SMALL(232), SMALL(233), SMALL(234),
    SMALL(235), SMALL(236), SMALL(237), SMALL(238), SMALL(239), SMALL(240), SMALL(241), SMALL(242),
    SMALL(243), SMALL(244), SMALL(245), SMALL(246), SMALL(247), SMALL(248), SMALL(249), SMALL(250),
    SMALL(251), SMALL(252), SMALL(253), SMALL(254), SMALL(255), SMALL(256),
};

int
mn_int_init(void)
{
    mn_int_set_max_str_digits(4300);
    return 0;
}

void
mn_int_fini(void)
{
    mn_int_set_max_str_digits(4300);
}

/* ==== allocation ==== */

MnLong *
mn_int_alloc(intptr_t ndigits)
{
    if (ndigits > MN_INT_MAX_DIGITS) {
        mn_err_no_memory();
        return NULL;
    }
    MnLong *v = (MnLong *)mn_object_alloc(&mn_int_type, ndigits > 0 ? ndigits : 1);
    if (v == NULL) {
        return NULL;
    }
    MN_SIZE(v) = ndigits;
    return v;
}

MnObject *
mn_int_normalize(MnLong *v)
{
    intptr_t n = INT_NDIGITS(v);
    int neg = MN_SIZE(v) < 0;
    while (n > 0 && v->ob_digit[n - 1] == 0) {
        n--;
    }
    if (n <= 1) {
        long val = n ? (long)v->ob_digit[0] : 0;
        if (neg) {
            val = -val;
        }
        if (val >= -MN_SMALL_NEG && val < MN_SMALL_POS) {
            mn_decref(v);
            return mn_int_small(val);
        }
    }
    MN_SIZE(v) = neg ? -n : n;
    return (MnObject *)v;
}

int
mn_int_digit_bits(mn_digit d)
{
    int n = 0;
    while (d >= 256) {
        d >>= 8;
        n += 8;
    }
    while (d) {
        d >>= 1;
        n++;
    }
    return n;
}

size_t
mn_int_sizeof(MnObject *o)
{
    intptr_t n = INT_NDIGITS(o);
    return offsetof(MnLong, ob_digit) + (size_t)(n > 0 ? n : 1) * sizeof(mn_digit);
}

/* ==== from C numbers ==== */

// [whole]: a one-digit value takes a whole MnLong as CPython's PyLong_FromLong does; otherwise
// exactly the digits needed (PyLong_FromSsize_t, the unsigned conversions).
static MnObject *
from_magnitude(unsigned long long mag, int neg, int whole)
{
    if (mag < MN_SMALL_POS && (!neg || mag <= MN_SMALL_NEG)) {
        return mn_int_small(neg ? -(long)mag : (long)mag);
    }
    if (mag < MN_LONG_BASE) {
        // As CPython's medium ints: a whole MnLong (two digits' room, 32 bytes) is asked for,
        // which is what tracemalloc reports; getsizeof still counts one digit.
        MnLong *v = mn_int_alloc(whole ? 2 : 1);
        if (v != NULL) {
            v->ob_digit[0] = (mn_digit)mag;
            MN_SIZE(v) = neg ? -1 : 1;
        }
        return (MnObject *)v;
    }
    intptr_t n = 0;
    for (unsigned long long t = mag; t; t >>= MN_LONG_SHIFT) {
        n++;
    }
    MnLong *v = mn_int_alloc(n);
    if (v == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        v->ob_digit[i] = (mn_digit)(mag & MN_LONG_MASK);
        mag >>= MN_LONG_SHIFT;
    }
    MN_SIZE(v) = neg ? -n : n;
    return (MnObject *)v;
}

MnObject *
mn_int_from_ll(long long v)
{
    if (v >= -MN_SMALL_NEG && v < MN_SMALL_POS) {
        return mn_int_small((long)v);
    }
    if (v > -(long long)MN_LONG_BASE && v < (long long)MN_LONG_BASE) {
        // the hot one-digit case, a whole MnLong as in from_magnitude
        MnLong *z = (MnLong *)mn_object_alloc(&mn_int_type, 2);
        if (z != NULL) {
            z->ob_digit[0] = (mn_digit)(v < 0 ? -v : v);
            MN_SIZE(z) = v < 0 ? -1 : 1;
        }
        return (MnObject *)z;
    }
    if (v < 0) {
        return from_magnitude(0ULL - (unsigned long long)v, 1, 1);
    }
    return from_magnitude((unsigned long long)v, 0, 1);
}

MnObject *
mn_int_from_long(long v)
{
    return mn_int_from_ll(v);
}

MnObject *
mn_int_from_ssize(intptr_t v)
{
    if (v >= -MN_SMALL_NEG && v < MN_SMALL_POS) {
        return mn_int_small((long)v);
    }
    if (v < 0) {
        return from_magnitude(0ULL - (unsigned long long)v, 1, 0);
    }
    return from_magnitude((unsigned long long)v, 0, 0);
}

MnObject *
mn_int_from_size(size_t v)
{
    return from_magnitude(v, 0, 0);
}

MnObject *
mn_int_from_ull(unsigned long long v)
{
    return from_magnitude(v, 0, 0);
}

MnObject *
mn_int_from_double(double d)
{
    if (isnan(d)) {
        return mn_err_format(mn_exc_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        return mn_err_format(mn_exc_OverflowError, "cannot convert float infinity to integer");
    }
    if (d > -9.2e18 && d < 9.2e18) {
        return mn_int_from_ll((long long)d);
    }
    int neg = d < 0;
    int expo;
    double frac = frexp(neg ? -d : d, &expo);   // |d| = frac * 2**expo, expo > 63
    intptr_t n = (expo - 1) / MN_LONG_SHIFT + 1;
    MnLong *v = mn_int_alloc(n);
    if (v == NULL) {
        return NULL;
    }
    frac = ldexp(frac, (expo - 1) % MN_LONG_SHIFT + 1);
    for (intptr_t i = n; --i >= 0;) {
        mn_digit bits = (mn_digit)frac;
        v->ob_digit[i] = bits;
        frac -= (double)bits;
        frac = ldexp(frac, MN_LONG_SHIFT);
    }
    mn_int_set_neg(v, neg);
    return mn_int_normalize(v);
}

/* ==== to C numbers ==== */

// Magnitude of [o] as unsigned 64 bits. -> 1, or 0 when it does not fit.
static int
magnitude_u64(MnObject *o, unsigned long long *out)
{
    intptr_t n = INT_NDIGITS(o);
    const mn_digit *d = INT_DIGITS(o);
    unsigned long long x = 0;
    for (intptr_t i = n; --i >= 0;) {
        if (x >> (64 - MN_LONG_SHIFT)) {
            return 0;
        }
        x = (x << MN_LONG_SHIFT) | d[i];
    }
    *out = x;
    return 1;
}

int
mn_int_to_i64(MnObject *o, int64_t *out)
{
    unsigned long long m;
    if (!magnitude_u64(o, &m)) {
        return 0;
    }
    if (INT_IS_NEG(o)) {
        if (m > (unsigned long long)INT64_MAX + 1) {
            return 0;
        }
        *out = (int64_t)(0ULL - m);
    } else {
        if (m > (unsigned long long)INT64_MAX) {
            return 0;
        }
        *out = (int64_t)m;
    }
    return 1;
}

// The int value of [o] (an int, or anything with __index__). -> new int, or NULL.
static MnObject *
as_int(MnObject *o)
{
    if (o == NULL) {
        return mn_err_bad_internal_call("int conversion");
    }
    if (MN_INT_CHECK(o)) {
        return mn_newref(o);
    }
    return mn_number_index(o);
}

long long
mn_int_as_ll(MnObject *o)
{
    MnObject *v = as_int(o);
    if (v == NULL) {
        return -1;
    }
    int64_t x;
    int ok = mn_int_to_i64(v, &x);
    mn_decref(v);
    if (!ok) {
        mn_err_format(mn_exc_OverflowError, "int too big to convert");
        return -1;
    }
    return x;
}

long
mn_int_as_long_overflow(MnObject *o, int *overflow)
{
    *overflow = 0;
    MnObject *v = as_int(o);
    if (v == NULL) {
        return -1;
    }
    int64_t x;
    int ok = mn_int_to_i64(v, &x);
    if (!ok || x < LONG_MIN || x > LONG_MAX) {
        *overflow = INT_IS_NEG(v) ? -1 : 1;
        mn_decref(v);
        return -1;
    }
    mn_decref(v);
    return (long)x;
}

long
mn_int_as_long(MnObject *o)
{
    if (MN_INT_CHECK(o) && MN_INT_IS_COMPACT(o)) {
        return (long)MN_INT_COMPACT_VALUE(o);
    }
    int overflow;
    long x = mn_int_as_long_overflow(o, &overflow);
    if (overflow) {
        mn_err_format(mn_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return x;
}

intptr_t
mn_int_as_ssize(MnObject *o)
{
    if (MN_INT_CHECK(o) && MN_INT_IS_COMPACT(o)) {
        return MN_INT_COMPACT_VALUE(o);
    }
    int overflow;
    long x = mn_int_as_long_overflow(o, &overflow);
    if (overflow) {
        mn_err_format(mn_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)x;
}

// The top 64 bits of |o| with every lower bit ORed into the last one, and the bit length.
static uint64_t
top_bits(MnObject *o, int64_t *nbits)
{
    intptr_t n = INT_NDIGITS(o);
    const mn_digit *d = INT_DIGITS(o);
    int64_t bits = mn_int_bit_length(o);
    *nbits = bits;
    if (bits <= 64) {
        uint64_t x = 0;
        for (intptr_t i = n; --i >= 0;) {
            x = (x << MN_LONG_SHIFT) | d[i];
        }
        return x;
    }
    int64_t shift = bits - 64;
    uint64_t x = 0;
    int sticky = 0;
    for (intptr_t i = n; --i >= 0;) {
        int64_t lo = (int64_t)i * MN_LONG_SHIFT;
        if (lo >= shift) {
            x |= (uint64_t)d[i] << (lo - shift);
        } else if (lo + MN_LONG_SHIFT > shift) {
            int64_t k = shift - lo;
            x |= (uint64_t)d[i] >> k;
            sticky |= (d[i] & (((mn_digit)1 << k) - 1)) != 0;
        } else if (d[i]) {
            sticky = 1;
            break;
        }
    }
    return x | (uint64_t)sticky;
}

double
mn_int_as_double(MnObject *o)
{
    if (!MN_INT_CHECK(o)) {
        mn_err_bad_internal_call("mn_int_as_double");
        return -1.0;
    }
    if (MN_INT_IS_COMPACT(o)) {
        return (double)MN_INT_COMPACT_VALUE(o);
    }
    int64_t nbits;
    uint64_t top = top_bits(o, &nbits);
    double x = (double)top;     // rounds half to even; the sticky bit breaks ties correctly
    if (nbits > 64) {
        if (nbits > MN_DBL_MAX_EXP) {
            goto overflow;
        }
        x = ldexp(x, (int)(nbits - 64));
        if (isinf(x)) {
            goto overflow;
        }
    }
    return INT_IS_NEG(o) ? -x : x;
overflow:
    mn_err_format(mn_exc_OverflowError, "int too large to convert to float");
    return -1.0;
}

/* ==== queries ==== */

int
mn_int_sign(MnObject *o)
{
    intptr_t s = MN_SIZE(o);
    return s < 0 ? -1 : s > 0;
}

int64_t
mn_int_bit_length(MnObject *o)
{
    intptr_t n = INT_NDIGITS(o);
    if (n == 0) {
        return 0;
    }
    return (int64_t)(n - 1) * MN_LONG_SHIFT + mn_int_digit_bits(INT_DIGITS(o)[n - 1]);
}

int
mn_int_compare(MnObject *a, MnObject *b)
{
    intptr_t sa = MN_SIZE(a), sb = MN_SIZE(b);
    if (sa != sb) {
        return sa < sb ? -1 : 1;
    }
    intptr_t i = sa < 0 ? -sa : sa;
    const mn_digit *da = INT_DIGITS(a), *db = INT_DIGITS(b);
    while (--i >= 0 && da[i] == db[i]) {
    }
    if (i < 0) {
        return 0;
    }
    int c = da[i] < db[i] ? -1 : 1;
    return sa < 0 ? -c : c;
}

MnObject *
mn_int_richcompare(MnObject *a, MnObject *b, int op)
{
    if (!MN_INT_CHECK(a) || !MN_INT_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    int c = a == b ? 0 : mn_int_compare(a, b);
    int r;
    switch (op) {
    case MN_LT: r = c < 0; break;
    case MN_LE: r = c <= 0; break;
    case MN_EQ: r = c == 0; break;
    case MN_NE: r = c != 0; break;
    case MN_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mn_newref(r ? mn_True : mn_False);
}

intptr_t
mn_int_hash(MnObject *o)
{
    intptr_t n = INT_NDIGITS(o);
    const mn_digit *d = INT_DIGITS(o);
    if (n <= 1) {
        intptr_t x = MN_INT_COMPACT_VALUE(o);
        return x == -1 ? -2 : x;
    }
    uint64_t x = 0;
    for (intptr_t i = n; --i >= 0;) {
        x = ((x << MN_LONG_SHIFT) & MN_HASH_MODULUS) | (x >> (MN_HASH_BITS - MN_LONG_SHIFT));
        x += d[i];
        if (x >= MN_HASH_MODULUS) {
            x -= MN_HASH_MODULUS;
        }
    }
    intptr_t h = INT_IS_NEG(o) ? -(intptr_t)x : (intptr_t)x;
    return h == -1 ? -2 : h;
}

MnObject *
mn_int_copy_exact(MnObject *o)
{
    if (MN_INT_CHECK_EXACT(o)) {
        return mn_newref(o);
    }
    intptr_t n = INT_NDIGITS(o);
    if (n <= 1) {
        long v = (long)MN_INT_COMPACT_VALUE(o);
        if (v >= -MN_SMALL_NEG && v < MN_SMALL_POS) {
            return mn_int_small(v);
        }
    }
    // CPython's _PyLong_Copy: exactly the digits of the value (one digit takes 28 bytes)
    MnLong *v = mn_int_alloc(n);
    if (v == NULL) {
        return NULL;
    }
    memcpy(v->ob_digit, INT_DIGITS(o), (size_t)n * sizeof(mn_digit));
    MN_SIZE(v) = MN_SIZE(o);
    return (MnObject *)v;
}
