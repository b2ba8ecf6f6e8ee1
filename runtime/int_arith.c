/*
 * runtime/int_arith.c - int arithmetic: + - * (schoolbook, then Karatsuba from 70 digits),
 * floor division and modulo (one-digit division and Knuth's algorithm D), true division
 * correctly rounded, ** with and without modulus, shifts, and & | ^ ~ with two's-complement
 * semantics for negative values. Values that fit in one digit take int64 fast paths.
 * Every number slot answers NotImplemented when an operand is not an int.
 * See also: runtime/int.c, runtime/int_impl.h
 */
#include <math.h>
#include <string.h>
#include "int_impl.h"
#include "alloc.h"
#include "err.h"
#include "exc.h"
#include "float.h"
#include "none.h"
#include "tuple.h"

#define KARATSUBA_CUTOFF 70
#define KARATSUBA_SQUARE_CUTOFF (2 * KARATSUBA_CUTOFF)

#define BOTH_INTS(a, b) (MN_INT_CHECK(a) && MN_INT_CHECK(b))
#define BOTH_COMPACT(a, b) (MN_INT_IS_COMPACT(a) && MN_INT_IS_COMPACT(b))

// floor(z / 2**30) for a signed value, without relying on >> of negatives.
static inline mn_stwodigits
floor_shift(mn_stwodigits z)
{
    return z >= 0 ? z >> MN_LONG_SHIFT : -((-(z + 1)) >> MN_LONG_SHIFT) - 1;
}

// Value of an int of at most one digit, the operands of CPython's fast paths (results then
// take a whole MnLong, or exactly two digits). -> 1 and *out, or 0 when larger.
static inline int
medium_value(MnObject *o, int64_t *out)
{
    intptr_t s = MN_SIZE(o);
    if (s < -1 || s > 1) {
        return 0;
    }
    *out = s * (int64_t)INT_DIGITS(o)[0];
    return 1;
}

// Value of an int of at most two digits (|v| < 2**60). -> 1 and *out, or 0 when larger.
static inline int
two_digit_value(MnObject *o, int64_t *out)
{
    intptr_t s = MN_SIZE(o);
    if (s < -2 || s > 2) {
        return 0;
    }
    const mn_digit *d = INT_DIGITS(o);
    int64_t v = s == 0 ? 0 : (int64_t)d[0];
    if (s == 2 || s == -2) {
        v |= (int64_t)d[1] << MN_LONG_SHIFT;
    }
    *out = s < 0 ? -v : v;
    return 1;
}

// The int [v] in a block of [room] digits (room >= the digits of v), normalized. -> new
// reference, or NULL.
static MnObject *
from_i64_block(int64_t v, intptr_t room)
{
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (u <= MN_SMALL_NEG || (v > 0 && u < MN_SMALL_POS)) {
        return mn_int_small((long)v);
    }
    MnLong *z = mn_int_alloc(room);
    if (z == NULL) {
        return NULL;
    }
    intptr_t n = 0;
    for (; u; n++, u >>= MN_LONG_SHIFT) {
        z->ob_digit[n] = (mn_digit)(u & MN_LONG_MASK);
    }
    MN_SIZE(z) = v < 0 ? -n : n;
    return (MnObject *)z;
}

// Digits CPython's x_add / x_sub allocate for operands of at most two digits (not both
// single): the longer plus one for a sum of magnitudes; for a difference the longer, or up to
// the highest digit where equal-length operands differ.
static inline intptr_t
add_room(MnObject *a, MnObject *b, int magnitudes_add)
{
    intptr_t na = INT_NDIGITS(a), nb = INT_NDIGITS(b);
    if (magnitudes_add) {
        return (na > nb ? na : nb) + 1;
    }
    if (na != nb) {
        return na > nb ? na : nb;
    }
    const mn_digit *da = INT_DIGITS(a), *db = INT_DIGITS(b);
    return da[na - 1] != db[nb - 1] ? 2 : 1;
}

/* ==== addition and subtraction of magnitudes ==== */

// |a| + |b|. -> new positive int (not normalized), or NULL.
static MnLong *
x_add(MnObject *a, MnObject *b)
{
    intptr_t na = INT_NDIGITS(a), nb = INT_NDIGITS(b);
    if (na < nb) {
        MnObject *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    MnLong *z = mn_int_alloc(na + 1);
    if (z == NULL) {
        return NULL;
    }
    const mn_digit *da = INT_DIGITS(a), *db = INT_DIGITS(b);
    mn_digit carry = 0;
    intptr_t i = 0;
    for (; i < nb; i++) {
        carry += da[i] + db[i];
        z->ob_digit[i] = carry & MN_LONG_MASK;
        carry >>= MN_LONG_SHIFT;
    }
    for (; i < na; i++) {
        carry += da[i];
        z->ob_digit[i] = carry & MN_LONG_MASK;
        carry >>= MN_LONG_SHIFT;
    }
    z->ob_digit[i] = carry;
    return z;
}

// |a| - |b| with its sign. -> new int (not normalized), or NULL.
static MnLong *
x_sub(MnObject *a, MnObject *b)
{
    intptr_t na = INT_NDIGITS(a), nb = INT_NDIGITS(b);
    int neg = 0;
    if (na < nb || (na == nb && na > 0 && INT_DIGITS(a)[na - 1] < INT_DIGITS(b)[nb - 1])) {
        neg = 1;
    } else if (na == nb) {
        intptr_t i = na;
        while (--i >= 0 && INT_DIGITS(a)[i] == INT_DIGITS(b)[i]) {
        }
        if (i < 0) {
            return mn_int_alloc(0);
        }
        neg = INT_DIGITS(a)[i] < INT_DIGITS(b)[i];
        na = nb = i + 1;
    }
    if (neg) {
        MnObject *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    MnLong *z = mn_int_alloc(na);
    if (z == NULL) {
        return NULL;
    }
    const mn_digit *da = INT_DIGITS(a), *db = INT_DIGITS(b);
    mn_digit borrow = 0;
    intptr_t i = 0;
    for (; i < nb; i++) {
        borrow = da[i] - db[i] - borrow;
        z->ob_digit[i] = borrow & MN_LONG_MASK;
        borrow = (borrow >> MN_LONG_SHIFT) & 1;
    }
    for (; i < na; i++) {
        borrow = da[i] - borrow;
        z->ob_digit[i] = borrow & MN_LONG_MASK;
        borrow = (borrow >> MN_LONG_SHIFT) & 1;
    }
    mn_int_set_neg(z, neg);
    return z;
}

MnObject *
mn_int_add(MnObject *a, MnObject *b)
{
    int64_t x, y;
    if (medium_value(a, &x) && medium_value(b, &y)) {
        return mn_int_from_ll(x + y);
    }
    if (two_digit_value(a, &x) && two_digit_value(b, &y)) {
        return from_i64_block(x + y, add_room(a, b, INT_IS_NEG(a) == INT_IS_NEG(b)));
    }
    MnLong *z;
    if (INT_IS_NEG(a) == INT_IS_NEG(b)) {
        z = x_add(a, b);
        if (z != NULL) {
            mn_int_set_neg(z, INT_IS_NEG(a));
        }
    } else {
        z = x_sub(a, b);        // |a| - |b|
        if (z != NULL && INT_IS_NEG(a)) {
            MN_SIZE(z) = -MN_SIZE(z);
        }
    }
    return z ? mn_int_normalize(z) : NULL;
}

MnObject *
mn_int_sub(MnObject *a, MnObject *b)
{
    int64_t x, y;
    if (medium_value(a, &x) && medium_value(b, &y)) {
        return mn_int_from_ll(x - y);
    }
    if (two_digit_value(a, &x) && two_digit_value(b, &y)) {
        return from_i64_block(x - y, add_room(a, b, INT_IS_NEG(a) != INT_IS_NEG(b)));
    }
    MnLong *z;
    if (INT_IS_NEG(a) != INT_IS_NEG(b)) {
        z = x_add(a, b);
        if (z != NULL) {
            mn_int_set_neg(z, INT_IS_NEG(a));
        }
    } else {
        z = x_sub(a, b);
        if (z != NULL && INT_IS_NEG(a)) {
            MN_SIZE(z) = -MN_SIZE(z);
        }
    }
    return z ? mn_int_normalize(z) : NULL;
}

/* ==== multiplication on digit arrays ==== */

// z[0 .. na+nb) = a * b, schoolbook.
static void
school_mul(const mn_digit *a, intptr_t na, const mn_digit *b, intptr_t nb, mn_digit *z)
{
    memset(z, 0, (size_t)(na + nb) * sizeof(mn_digit));
    if (a == b && na == nb) {
        // squaring: each cross product once, doubled
        for (intptr_t i = 0; i < na; i++) {
            mn_twodigits f = a[i];
            mn_digit *pz = z + 2 * i;
            mn_twodigits carry = *pz + f * f;
            *pz++ = (mn_digit)(carry & MN_LONG_MASK);
            carry >>= MN_LONG_SHIFT;
            f <<= 1;
            for (intptr_t j = i + 1; j < na; j++) {
                carry += *pz + a[j] * f;
                *pz++ = (mn_digit)(carry & MN_LONG_MASK);
                carry >>= MN_LONG_SHIFT;
            }
            while (carry) {
                carry += *pz;
                *pz++ = (mn_digit)(carry & MN_LONG_MASK);
                carry >>= MN_LONG_SHIFT;
            }
        }
        return;
    }
    for (intptr_t i = 0; i < nb; i++) {
        mn_twodigits f = b[i], carry = 0;
        if (f == 0) {
            continue;
        }
        mn_digit *pz = z + i;
        for (intptr_t j = 0; j < na; j++) {
            carry += pz[j] + a[j] * f;
            pz[j] = (mn_digit)(carry & MN_LONG_MASK);
            carry >>= MN_LONG_SHIFT;
        }
        pz[na] = (mn_digit)carry;
    }
}

// z[0 .. nz) += a[0 .. na) (na <= nz); the carry out of z is dropped (known to be 0).
static void
add_into(mn_digit *z, intptr_t nz, const mn_digit *a, intptr_t na)
{
    mn_digit carry = 0;
    intptr_t i = 0;
    for (; i < na; i++) {
        carry += z[i] + a[i];
        z[i] = carry & MN_LONG_MASK;
        carry >>= MN_LONG_SHIFT;
    }
    for (; carry && i < nz; i++) {
        carry += z[i];
        z[i] = carry & MN_LONG_MASK;
        carry >>= MN_LONG_SHIFT;
    }
}

// z[0 .. nz) -= a[0 .. na) (na <= nz, result non-negative).
static void
sub_from(mn_digit *z, intptr_t nz, const mn_digit *a, intptr_t na)
{
    mn_digit borrow = 0;
    intptr_t i = 0;
    for (; i < na; i++) {
        borrow = z[i] - a[i] - borrow;
        z[i] = borrow & MN_LONG_MASK;
        borrow = (borrow >> MN_LONG_SHIFT) & 1;
    }
    for (; borrow && i < nz; i++) {
        borrow = z[i] - borrow;
        z[i] = borrow & MN_LONG_MASK;
        borrow = (borrow >> MN_LONG_SHIFT) & 1;
    }
}

// z = a + b as digit arrays (na >= nb); z has na + 1 digits. -> number of digits used.
static intptr_t
add_arrays(const mn_digit *a, intptr_t na, const mn_digit *b, intptr_t nb, mn_digit *z)
{
    memcpy(z, a, (size_t)na * sizeof(mn_digit));
    z[na] = 0;
    add_into(z, na + 1, b, nb);
    return na + 1;
}

static int k_mul(const mn_digit *a, intptr_t na, const mn_digit *b, intptr_t nb, mn_digit *z);

// na <= nb / 2: multiplies [a] by slices of [b] na digits long.
static int
k_lopsided(const mn_digit *a, intptr_t na, const mn_digit *b, intptr_t nb, mn_digit *z)
{
    mn_digit *t = mn_mem_alloc((size_t)(2 * na) * sizeof(mn_digit));
    if (t == NULL) {
        return -1;
    }
    memset(z, 0, (size_t)(na + nb) * sizeof(mn_digit));
    for (intptr_t off = 0; off < nb; off += na) {
        intptr_t n = nb - off < na ? nb - off : na;
        if (k_mul(b + off, n, a, na, t) < 0) {
            mn_mem_free(t);
            return -1;
        }
        add_into(z + off, na + nb - off, t, n + na);
    }
    mn_mem_free(t);
    return 0;
}

// z[0 .. na+nb) = a * b. -> 0, or -1 (out of memory, nothing raised).
static int
k_mul(const mn_digit *a, intptr_t na, const mn_digit *b, intptr_t nb, mn_digit *z)
{
    if (na > nb) {
        const mn_digit *t = a;
        a = b;
        b = t;
        intptr_t tn = na;
        na = nb;
        nb = tn;
    }
    int square = a == b && na == nb;
    if (na <= (square ? KARATSUBA_SQUARE_CUTOFF : KARATSUBA_CUTOFF)) {
        school_mul(a, na, b, nb, z);
        return 0;
    }
    if (2 * na <= nb) {
        return k_lopsided(a, na, b, nb, z);
    }
    // a = ah*B**h + al, b = bh*B**h + bl, with h <= na - 1
    intptr_t h = nb / 2;
    intptr_t n1 = (h > na - h ? h : na - h) + 1;   // al + ah
    intptr_t n2 = nb - h + 1;                      // bl + bh (nb - h >= h)
    mn_digit *t1 = mn_mem_alloc((size_t)(n1 + n2 + n1 + n2) * sizeof(mn_digit));
    if (t1 == NULL) {
        return -1;
    }
    mn_digit *t2 = t1 + n1, *t3 = t2 + n2;
    if (k_mul(a, h, b, h, z) < 0 || k_mul(a + h, na - h, b + h, nb - h, z + 2 * h) < 0) {
        goto fail;
    }
    if (h >= na - h) {
        add_arrays(a, h, a + h, na - h, t1);
    } else {
        add_arrays(a + h, na - h, a, h, t1);
    }
    if (square) {
        if (k_mul(t1, n1, t1, n1, t3) < 0) {
            goto fail;
        }
        n2 = n1;
    } else {
        add_arrays(b + h, nb - h, b, h, t2);
        if (k_mul(t1, n1, t2, n2, t3) < 0) {
            goto fail;
        }
    }
    intptr_t n3 = n1 + n2;
    sub_from(t3, n3, z, 2 * h);
    sub_from(t3, n3, z + 2 * h, na + nb - 2 * h);
    while (n3 > 0 && t3[n3 - 1] == 0) {
        n3--;
    }
    add_into(z + h, na + nb - h, t3, n3);
    mn_mem_free(t1);
    return 0;
fail:
    mn_mem_free(t1);
    return -1;
}

MnObject *
mn_int_mul(MnObject *a, MnObject *b)
{
    int64_t x, y, p;
    if (medium_value(a, &x) && medium_value(b, &y) && !__builtin_mul_overflow(x, y, &p)) {
        return mn_int_from_ll(p);
    }
    intptr_t na = INT_NDIGITS(a), nb = INT_NDIGITS(b);
    if (na == 0 || nb == 0) {
        return mn_int_small(0);
    }
    MnLong *z = mn_int_alloc(na + nb);
    if (z == NULL) {
        return NULL;
    }
    if (k_mul(INT_DIGITS(a), na, INT_DIGITS(b), nb, z->ob_digit) < 0) {
        mn_decref(z);
        return mn_err_no_memory();
    }
    mn_int_set_neg(z, INT_IS_NEG(a) != INT_IS_NEG(b));
    return mn_int_normalize(z);
}

/* ==== division ==== */

// q[0 .. n) = a / d (q may be a). -> the remainder.
static mn_digit
divrem1(mn_digit *q, const mn_digit *a, intptr_t n, mn_digit d)
{
    mn_twodigits rem = 0;
    for (intptr_t i = n; --i >= 0;) {
        rem = (rem << MN_LONG_SHIFT) | a[i];
        mn_digit qd = (mn_digit)(rem / d);
        q[i] = qd;
        rem -= (mn_twodigits)qd * d;
    }
    return (mn_digit)rem;
}

// z = a << d (0 <= d < 30) over n digits. -> the bits shifted out of the top.
static mn_digit
digits_lshift(mn_digit *z, const mn_digit *a, intptr_t n, int d)
{
    mn_digit carry = 0;
    for (intptr_t i = 0; i < n; i++) {
        mn_twodigits acc = ((mn_twodigits)a[i] << d) | carry;
        z[i] = (mn_digit)acc & MN_LONG_MASK;
        carry = (mn_digit)(acc >> MN_LONG_SHIFT);
    }
    return carry;
}

// z = a >> d (0 <= d < 30) over n digits, from the top. -> the bits shifted out.
static mn_digit
digits_rshift(mn_digit *z, const mn_digit *a, intptr_t n, int d)
{
    mn_digit carry = 0, mask = ((mn_digit)1 << d) - 1;
    for (intptr_t i = n; --i >= 0;) {
        mn_twodigits acc = ((mn_twodigits)carry << MN_LONG_SHIFT) | a[i];
        carry = a[i] & mask;
        z[i] = (mn_digit)(acc >> d);
    }
    return carry;
}

// |v| divmod |w| with |w| of 2+ digits and |v| >= |w| (Knuth, algorithm D).
// -> 0 with positive unnormalized *pq and *pr, or -1 with MemoryError set.
static int
x_divrem(MnObject *v1, MnObject *w1, MnLong **pq, MnLong **pr)
{
    intptr_t size_v = INT_NDIGITS(v1), size_w = INT_NDIGITS(w1);
    MnLong *v = mn_int_alloc(size_v + 1);
    MnLong *w = v ? mn_int_alloc(size_w) : NULL;
    if (w == NULL) {
        mn_xdecref(v);
        return -1;
    }
    int d = MN_LONG_SHIFT - mn_int_digit_bits(INT_DIGITS(w1)[size_w - 1]);
    digits_lshift(w->ob_digit, INT_DIGITS(w1), size_w, d);
    mn_digit carry = digits_lshift(v->ob_digit, INT_DIGITS(v1), size_v, d);
    if (carry != 0 || v->ob_digit[size_v - 1] >= w->ob_digit[size_w - 1]) {
        v->ob_digit[size_v] = carry;
        size_v++;
    }
    intptr_t k = size_v - size_w;
    MnLong *a = mn_int_alloc(k);
    if (a == NULL) {
        mn_decref(v);
        mn_decref(w);
        return -1;
    }
    mn_digit *vd = v->ob_digit, *wd = w->ob_digit;
    mn_digit wm1 = wd[size_w - 1], wm2 = wd[size_w - 2];
    for (intptr_t j = k; --j >= 0;) {
        mn_digit *vk = vd + j;
        mn_digit vtop = vk[size_w];
        mn_twodigits vv = ((mn_twodigits)vtop << MN_LONG_SHIFT) | vk[size_w - 1];
        mn_digit q = (mn_digit)(vv / wm1);
        mn_digit r = (mn_digit)(vv - (mn_twodigits)wm1 * q);
        while ((mn_twodigits)wm2 * q > (((mn_twodigits)r << MN_LONG_SHIFT) | vk[size_w - 2])) {
            --q;
            r += wm1;
            if (r >= MN_LONG_BASE) {
                break;
            }
        }
        mn_stwodigits zhi = 0;
        for (intptr_t i = 0; i < size_w; i++) {
            mn_stwodigits z = (mn_stwodigits)vk[i] + zhi - (mn_stwodigits)q * wd[i];
            vk[i] = (mn_digit)z & MN_LONG_MASK;
            zhi = floor_shift(z);
        }
        if ((mn_stwodigits)vtop + zhi < 0) {
            mn_digit c = 0;
            for (intptr_t i = 0; i < size_w; i++) {
                c += vk[i] + wd[i];
                vk[i] = c & MN_LONG_MASK;
                c >>= MN_LONG_SHIFT;
            }
            --q;
        }
        a->ob_digit[j] = q;
    }
    digits_rshift(wd, vd, size_w, d);
    mn_decref(v);
    *pq = a;
    *pr = w;
    return 0;
}

// Truncating a divmod b (b != 0, |a| >= |b|, not both single digits), sized as CPython's
// long_divrem: the quotient takes |a| digits (x_divrem's count when |b| has 2+ digits), a
// single-digit divisor's remainder comes from a C long. -> 0 with normalized signed results,
// or -1.
static int
divrem_signed(MnObject *a, MnObject *b, MnObject **pq, MnObject **pr)
{
    intptr_t na = INT_NDIGITS(a), nb = INT_NDIGITS(b);
    int nega = INT_IS_NEG(a);
    MnLong *q, *r = NULL;
    if (nb == 1) {
        q = mn_int_alloc(na);
        if (q == NULL) {
            return -1;
        }
        long rem = (long)divrem1(q->ob_digit, INT_DIGITS(a), na, INT_DIGITS(b)[0]);
        *pr = mn_int_from_long(nega ? -rem : rem);
        if (*pr == NULL) {
            mn_decref(q);
            return -1;
        }
    } else {
        if (x_divrem(a, b, &q, &r) < 0) {
            return -1;
        }
        mn_int_set_neg(r, nega);
        *pr = mn_int_normalize(r);
    }
    mn_int_set_neg(q, nega != INT_IS_NEG(b));
    *pq = mn_int_normalize(q);
    return 0;
}

static int64_t
floordiv_i64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q--;
    }
    return q;
}

int
mn_int_divmod_impl(MnObject *a, MnObject *b, MnObject **pdiv, MnObject **pmod, const char *zmsg)
{
    if (MN_SIZE(b) == 0) {
        mn_err_format(mn_exc_ZeroDivisionError, "%s", zmsg);
        return -1;
    }
    int64_t x, y;
    if (medium_value(a, &x) && medium_value(b, &y)) {
        int64_t q = floordiv_i64(x, y);
        MnObject *d = NULL, *m = NULL;
        if (pdiv && (d = mn_int_from_ll(q)) == NULL) {
            return -1;
        }
        if (pmod && (m = mn_int_from_ll(x - q * y)) == NULL) {
            mn_xdecref(d);
            return -1;
        }
        if (pdiv) {
            *pdiv = d;
        }
        if (pmod) {
            *pmod = m;
        }
        return 0;
    }
    MnObject *div, *mod;
    intptr_t na = INT_NDIGITS(a), nb = INT_NDIGITS(b);
    if (na < nb || (na == nb && INT_DIGITS(a)[na - 1] < INT_DIGITS(b)[nb - 1])) {
        // |a| < |b|: a itself is the truncated remainder
        div = mn_int_small(0);
        mod = mn_int_copy_exact(a);
        if (mod == NULL) {
            mn_decref(div);
            return -1;
        }
    } else if (divrem_signed(a, b, &div, &mod) < 0) {
        return -1;
    }
    if (MN_SIZE(mod) != 0 && (MN_SIZE(mod) < 0) != (MN_SIZE(b) < 0)) {
        MnObject *t = mn_int_add(mod, b);
        mn_decref(mod);
        mod = t;
        if (mod == NULL) {
            mn_decref(div);
            return -1;
        }
        if (pdiv) {
            MnObject *one = mn_int_small(1);
            t = mn_int_sub(div, one);
            mn_decref(one);
            mn_decref(div);
            div = t;
            if (div == NULL) {
                mn_decref(mod);
                return -1;
            }
        }
    }
    if (pdiv) {
        *pdiv = div;
    } else {
        mn_decref(div);
    }
    if (pmod) {
        *pmod = mod;
    } else {
        mn_decref(mod);
    }
    return 0;
}

MnObject *
mn_int_floordiv(MnObject *a, MnObject *b)
{
    MnObject *d;
    if (mn_int_divmod_impl(a, b, &d, NULL, "integer division or modulo by zero") < 0) {
        return NULL;
    }
    return d;
}

MnObject *
mn_int_mod(MnObject *a, MnObject *b)
{
    MnObject *m;
    if (mn_int_divmod_impl(a, b, NULL, &m, "integer modulo by zero") < 0) {
        return NULL;
    }
    return m;
}

MnObject *
mn_int_true_divide(MnObject *a, MnObject *b)
{
    if (MN_SIZE(b) == 0) {
        return mn_err_format(mn_exc_ZeroDivisionError, "division by zero");
    }
    int neg = INT_IS_NEG(a) != INT_IS_NEG(b);
    if (MN_SIZE(a) == 0) {
        return mn_float_from_double(neg ? -0.0 : 0.0);
    }
    int64_t abits = mn_int_bit_length(a), bbits = mn_int_bit_length(b);
    if (abits <= MN_DBL_MANT_DIG && bbits <= MN_DBL_MANT_DIG) {
        int64_t x, y;
        mn_int_to_i64(a, &x);
        mn_int_to_i64(b, &y);
        return mn_float_from_double((double)x / (double)y);
    }
    int64_t diff = abits - bbits;
    if (diff > MN_DBL_MAX_EXP) {
        return mn_err_format(mn_exc_OverflowError,
                             "integer division result too large for a float");
    }
    if (diff < MN_DBL_MIN_EXP - MN_DBL_MANT_DIG - 1) {
        return mn_float_from_double(neg ? -0.0 : 0.0);
    }
    // x = |a| / |b| scaled by 2**-shift to MN_DBL_MANT_DIG + 2 or 3 bits, with a sticky flag
    int64_t shift = (diff > MN_DBL_MIN_EXP ? diff : MN_DBL_MIN_EXP) - MN_DBL_MANT_DIG - 2;
    MnObject *aa = mn_int_nb_absolute(a), *bb = mn_int_nb_absolute(b);
    MnObject *sc = NULL, *x = NULL, *r = NULL;
    MnObject *res = NULL;
    if (aa == NULL || bb == NULL || (sc = mn_int_from_ll(shift < 0 ? -shift : shift)) == NULL) {
        goto done;
    }
    int inexact = 0;
    MnObject *scaled = shift < 0 ? mn_int_lshift(aa, sc) : mn_int_rshift(aa, sc);
    if (scaled == NULL) {
        goto done;
    }
    if (shift > 0) {
        // bits shifted out of |a| make the result inexact
        MnObject *back = mn_int_lshift(scaled, sc);
        if (back == NULL) {
            mn_decref(scaled);
            goto done;
        }
        inexact = mn_int_compare(back, aa) != 0;
        mn_decref(back);
    }
    if (mn_int_divmod_impl(scaled, bb, &x, &r, "division by zero") < 0) {
        mn_decref(scaled);
        goto done;
    }
    mn_decref(scaled);
    inexact |= MN_SIZE(r) != 0;
    int64_t xbits = mn_int_bit_length(x);
    int64_t lowest = MN_DBL_MIN_EXP - shift;    // bits below the smallest subnormal
    int64_t ebits = (xbits > lowest ? xbits : lowest) - MN_DBL_MANT_DIG;
    int64_t xv;
    mn_int_to_i64(x, &xv);      // at most MN_DBL_MANT_DIG + 3 bits
    uint64_t low = (uint64_t)xv | (uint64_t)inexact;
    uint64_t mask = (uint64_t)1 << (ebits - 1);
    if ((low & mask) && (low & (3 * mask - 1))) {
        low += mask;
    }
    low &= ~(2 * mask - 1);
    double dx = (double)low;
    if (shift + xbits >= MN_DBL_MAX_EXP &&
        (shift + xbits > MN_DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits))) {
        mn_err_format(mn_exc_OverflowError, "integer division result too large for a float");
        goto done;
    }
    dx = ldexp(dx, (int)shift);
    res = mn_float_from_double(neg ? -dx : dx);
done:
    mn_xdecref(aa);
    mn_xdecref(bb);
    mn_xdecref(sc);
    mn_xdecref(x);
    mn_xdecref(r);
    return res;
}

/* ==== unary operators ==== */

MnObject *
mn_int_neg(MnObject *a)
{
    if (MN_INT_IS_COMPACT(a)) {
        return mn_int_from_ll(-(long long)MN_INT_COMPACT_VALUE(a));
    }
    intptr_t n = INT_NDIGITS(a);
    MnLong *z = mn_int_alloc(n);
    if (z == NULL) {
        return NULL;
    }
    memcpy(z->ob_digit, INT_DIGITS(a), (size_t)n * sizeof(mn_digit));
    MN_SIZE(z) = -MN_SIZE(a);
    return (MnObject *)z;
}

MnObject *
mn_int_nb_negative(MnObject *a)
{
    return mn_int_neg(a);
}

MnObject *
mn_int_nb_positive(MnObject *a)
{
    return mn_int_copy_exact(a);
}

MnObject *
mn_int_nb_absolute(MnObject *a)
{
    return INT_IS_NEG(a) ? mn_int_neg(a) : mn_int_copy_exact(a);
}

MnObject *
mn_int_nb_invert(MnObject *a)
{
    if (MN_INT_IS_COMPACT(a)) {
        return mn_int_from_ll(~(long long)MN_INT_COMPACT_VALUE(a));
    }
    // ~a == -(a + 1)
    MnObject *one = mn_int_small(1);
    MnObject *t = mn_int_add(a, one);
    mn_decref(one);
    if (t == NULL) {
        return NULL;
    }
    if (MN_REFCNT(t) == 1) {
        // a fresh sum: negate in place, keeping its block (as CPython does)
        MN_SIZE(t) = -MN_SIZE(t);
        return t;
    }
    MnObject *r = mn_int_neg(t);
    mn_decref(t);
    return r;
}

int
mn_int_nb_bool(MnObject *a)
{
    return MN_SIZE(a) != 0;
}

MnObject *
mn_int_nb_float(MnObject *a)
{
    double d = mn_int_as_double(a);
    if (d == -1.0 && mn_err_occurred()) {
        return NULL;
    }
    return mn_float_from_double(d);
}

/* ==== shifts ==== */

// The shift count of [b] as int64 (clamped to INT64_MAX when huge).
// -> 0, or -1 with ValueError "negative shift count".
static int
shift_count(MnObject *b, int64_t *out)
{
    if (INT_IS_NEG(b)) {
        mn_err_format(mn_exc_ValueError, "negative shift count");
        return -1;
    }
    if (!mn_int_to_i64(b, out)) {
        *out = INT64_MAX;
    }
    return 0;
}

MnObject *
mn_int_lshift(MnObject *a, MnObject *b)
{
    int64_t n;
    if (shift_count(b, &n) < 0) {
        return NULL;
    }
    if (MN_SIZE(a) == 0) {
        return mn_int_small(0);
    }
    if (MN_INT_IS_COMPACT(a) && n < MN_LONG_SHIFT) {
        return mn_int_from_ll((long long)MN_INT_COMPACT_VALUE(a) * ((long long)1 << n));
    }
    int64_t wshift = n / MN_LONG_SHIFT;
    int rshift = (int)(n % MN_LONG_SHIFT);
    intptr_t na = INT_NDIGITS(a);
    if (wshift > MN_INT_MAX_DIGITS) {
        return mn_err_no_memory();
    }
    // CPython's size: a top digit for the carry only when the shift is not whole digits
    MnLong *z = mn_int_alloc(na + (intptr_t)wshift + (rshift != 0));
    if (z == NULL) {
        return NULL;
    }
    mn_digit top = digits_lshift(z->ob_digit + wshift, INT_DIGITS(a), na, rshift);
    if (rshift != 0) {
        z->ob_digit[na + wshift] = top;
    }
    mn_int_set_neg(z, INT_IS_NEG(a));
    return mn_int_normalize(z);
}

MnObject *
mn_int_rshift(MnObject *a, MnObject *b)
{
    int64_t n;
    if (shift_count(b, &n) < 0) {
        return NULL;
    }
    if (MN_INT_IS_COMPACT(a)) {
        long long v = MN_INT_COMPACT_VALUE(a);
        if (n >= 63) {
            return mn_int_small(v < 0 ? -1 : 0);
        }
        // floor semantics without shifting a negative value
        return mn_int_from_ll(v < 0 ? ~(~v >> n) : v >> n);
    }
    intptr_t na = INT_NDIGITS(a);
    int neg = INT_IS_NEG(a);
    int64_t wshift = n / MN_LONG_SHIFT;
    int rshift = (int)(n % MN_LONG_SHIFT);
    // CPython sizes the result as |a| less the whole digits shifted out, counting a shift of
    // whole digits of a negative value as one digit fewer and 30 bits more
    int64_t wsize = wshift;
    if (neg && rshift == 0) {
        if (wshift == 0) {
            return mn_int_copy_exact(a);
        }
        wsize--;
    }
    if (wsize >= na) {
        return mn_int_small(-neg);
    }
    intptr_t nz = na - (intptr_t)wsize;
    MnLong *z = mn_int_alloc(nz);
    if (z == NULL) {
        return NULL;
    }
    int lost = 0;
    if (wshift < na) {
        intptr_t nk = na - (intptr_t)wshift;
        const mn_digit *d = INT_DIGITS(a);
        lost = digits_rshift(z->ob_digit, d + wshift, nk, rshift) != 0;
        for (intptr_t i = 0; i < wshift && !lost; i++) {
            lost = d[i] != 0;
        }
    } else {
        lost = 1;
    }
    if (neg && lost) {
        // floor of a negative quotient: one more in magnitude (fits: see the sizing above)
        mn_digit carry = 1;
        for (intptr_t i = 0; i < nz && carry; i++) {
            carry += z->ob_digit[i];
            z->ob_digit[i] = carry & MN_LONG_MASK;
            carry >>= MN_LONG_SHIFT;
        }
    }
    mn_int_set_neg(z, neg);
    return mn_int_normalize(z);
}

/* ==== bitwise operators ==== */

// Two's-complement digits of [a] over [n] digits (n > ndigits(a)) into [out].
static void
twos_complement(MnObject *a, mn_digit *out, intptr_t n)
{
    intptr_t na = INT_NDIGITS(a);
    const mn_digit *d = INT_DIGITS(a);
    if (!INT_IS_NEG(a)) {
        memcpy(out, d, (size_t)na * sizeof(mn_digit));
        memset(out + na, 0, (size_t)(n - na) * sizeof(mn_digit));
        return;
    }
    mn_digit carry = 1;
    for (intptr_t i = 0; i < n; i++) {
        carry += (i < na ? d[i] : 0) ^ MN_LONG_MASK;
        out[i] = carry & MN_LONG_MASK;
        carry >>= MN_LONG_SHIFT;
    }
}

// CPython's block for a op b: the longer operand, or the one that bounds the result (the
// shorter for & of two positives and | of two negatives, the positive one for & with mixed
// signs, the negative one for |), plus a digit when the result is negative. -> digits.
static intptr_t
bitwise_room(char op, intptr_t na, int sa, intptr_t nb, int sb)
{
    intptr_t nlong = na > nb ? na : nb, nshort = na > nb ? nb : na;
    int sshort = na > nb ? sb : sa;
    switch (op) {
    case '&':
        return (sshort ? nlong : nshort) + (sa & sb);
    case '|':
        return (sshort ? nshort : nlong) + (sa | sb);
    default:
        return nlong + (sa ^ sb);
    }
}

static MnObject *
bitwise(MnObject *a, char op, MnObject *b)
{
    int64_t x, y;
    if (medium_value(a, &x) && medium_value(b, &y)) {
        return mn_int_from_ll(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    intptr_t na = INT_NDIGITS(a), nb = INT_NDIGITS(b);
    if (two_digit_value(a, &x) && two_digit_value(b, &y)) {
        return from_i64_block(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y),
                              bitwise_room(op, na, INT_IS_NEG(a), nb, INT_IS_NEG(b)));
    }
    intptr_t n = (na > nb ? na : nb) + 1;
    mn_digit *ta = mn_mem_alloc((size_t)n * 2 * sizeof(mn_digit));
    if (ta == NULL) {
        return mn_err_no_memory();
    }
    mn_digit *tb = ta + n;
    twos_complement(a, ta, n);
    twos_complement(b, tb, n);
    int sa = INT_IS_NEG(a), sb = INT_IS_NEG(b), neg;
    intptr_t nz = bitwise_room(op, na, sa, nb, sb);
    switch (op) {
    case '&':
        for (intptr_t i = 0; i < n; i++) {
            ta[i] &= tb[i];
        }
        neg = sa & sb;
        break;
    case '|':
        for (intptr_t i = 0; i < n; i++) {
            ta[i] |= tb[i];
        }
        neg = sa | sb;
        break;
    default:
        for (intptr_t i = 0; i < n; i++) {
            ta[i] ^= tb[i];
        }
        neg = sa ^ sb;
        break;
    }
    MnLong *z = mn_int_alloc(nz);
    if (z == NULL) {
        mn_mem_free(ta);
        return NULL;
    }
    mn_digit *za = z->ob_digit;
    if (neg) {
        // back from two's complement: magnitude = ~t + 1, which fits in nz digits
        mn_digit carry = 1;
        for (intptr_t i = 0; i < nz; i++) {
            carry += ta[i] ^ MN_LONG_MASK;
            za[i] = carry & MN_LONG_MASK;
            carry >>= MN_LONG_SHIFT;
        }
        mn_int_set_neg(z, 1);
    } else {
        memcpy(za, ta, (size_t)nz * sizeof(mn_digit));
    }
    mn_mem_free(ta);
    return mn_int_normalize(z);
}

/* ==== power ==== */

static MnObject *
mul_mod(MnObject *x, MnObject *y, MnObject *m)
{
    MnObject *p = mn_int_mul(x, y);
    if (p == NULL || m == NULL) {
        return p;
    }
    MnObject *r = mn_int_mod(p, m);
    mn_decref(p);
    return r;
}

// The inverse of [a] modulo [n] (n > 1). -> new int, or NULL with ValueError
// "base is not invertible for the given modulus".
static MnObject *
inverse_mod(MnObject *a, MnObject *n)
{
    MnObject *r0 = mn_int_mod(a, n), *r1 = mn_newref(n);
    MnObject *s0 = mn_int_small(1), *s1 = mn_int_small(0);
    MnObject *res = NULL;
    if (r0 == NULL) {
        goto done;
    }
    while (MN_SIZE(r1) != 0) {
        MnObject *q, *r;
        if (mn_int_divmod_impl(r0, r1, &q, &r, "") < 0) {
            goto done;
        }
        MnObject *qs = mn_int_mul(q, s1);
        mn_decref(q);
        MnObject *s = qs ? mn_int_sub(s0, qs) : NULL;
        mn_xdecref(qs);
        if (s == NULL) {
            mn_decref(r);
            goto done;
        }
        MN_SETREF(r0, r1);
        r1 = r;
        MN_SETREF(s0, s1);
        s1 = s;
    }
    if (MN_SIZE(r0) != 1 || INT_DIGITS(r0)[0] != 1) {
        mn_err_format(mn_exc_ValueError, "base is not invertible for the given modulus");
        goto done;
    }
    res = mn_int_mod(s0, n);
done:
    mn_xdecref(r0);
    mn_xdecref(r1);
    mn_xdecref(s0);
    mn_xdecref(s1);
    return res;
}

// a ** b for small values when the result fits in int64. -> 1 and *out, or 0.
// Digits CPython allocates for x * y: none of its own for two single digits (the C-integer
// path), else the sum of the digit counts. -> the count, or 0.
static intptr_t
mul_room(int64_t x, int64_t y)
{
    uint64_t ux = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    uint64_t uy = y < 0 ? 0 - (uint64_t)y : (uint64_t)y;
    if (ux < MN_LONG_BASE && uy < MN_LONG_BASE) {
        return 0;
    }
    intptr_t n = 0;
    for (; ux; ux >>= MN_LONG_SHIFT) {
        n++;
    }
    for (; uy; uy >>= MN_LONG_SHIFT) {
        n++;
    }
    return n;
}

// a ** b (b >= 0) in int64 by CPython's left-to-right loop (from 1; its first products are
// C-integer results, so starting from a gives the same blocks).
// -> 1 with *out and *room (digits of the last product's block, 0 for a C-integer result),
// or 0 on overflow.
static int
pow_i64(int64_t a, int64_t b, int64_t *out, intptr_t *room)
{
    int64_t z = a, t;
    *room = 0;
    if (b == 0) {
        *out = 1;
        return 1;
    }
    for (int bit = 62 - __builtin_clzll((unsigned long long)b); bit >= 0; bit--) {
        if (__builtin_mul_overflow(z, z, &t)) {
            return 0;
        }
        *room = mul_room(z, z);
        z = t;
        if ((b >> bit) & 1) {
            if (__builtin_mul_overflow(z, a, &t)) {
                return 0;
            }
            *room = mul_room(z, a);
            z = t;
        }
    }
    *out = z;
    return 1;
}

// a ** -b as a float (b > 0).
static MnObject *
pow_negative(MnObject *a, MnObject *b)
{
    double x = mn_int_as_double(a);
    if (x == -1.0 && mn_err_occurred()) {
        return NULL;
    }
    double y = mn_int_as_double(b);
    if (y == -1.0 && mn_err_occurred()) {
        return NULL;
    }
    if (x == 0.0) {
        return mn_err_format(mn_exc_ZeroDivisionError,
                             "0.0 cannot be raised to a negative power");
    }
    return mn_float_from_double(pow(x, y));
}

MnObject *
mn_int_pow(MnObject *a, MnObject *b, MnObject *c)
{
    MnObject *mod = NULL, *base = NULL, *exp = NULL, *res = NULL;
    int neg_out = 0;
    if (c == mn_None) {
        if (INT_IS_NEG(b)) {
            return pow_negative(a, b);
        }
        int64_t x, y, r;
        intptr_t room;
        if (MN_INT_IS_COMPACT(a) && mn_int_to_i64(b, &y)) {
            x = MN_INT_COMPACT_VALUE(a);
            if (pow_i64(x, y, &r, &room)) {
                if (room == 0) {
                    return mn_int_from_ll(r);
                }
                MnLong *z = mn_int_alloc(room);
                if (z == NULL) {
                    return NULL;
                }
                uint64_t u = r < 0 ? 0 - (uint64_t)r : (uint64_t)r;
                for (intptr_t i = 0; u; i++, u >>= MN_LONG_SHIFT) {
                    z->ob_digit[i] = (mn_digit)(u & MN_LONG_MASK);
                }
                mn_int_set_neg(z, r < 0);
                return mn_int_normalize(z);
            }
        }
        base = mn_newref(a);
        exp = mn_newref(b);
    } else {
        if (MN_SIZE(c) == 0) {
            return mn_err_format(mn_exc_ValueError, "pow() 3rd argument cannot be 0");
        }
        neg_out = INT_IS_NEG(c);
        mod = mn_int_nb_absolute(c);
        if (mod == NULL) {
            return NULL;
        }
        if (MN_SIZE(mod) == 1 && INT_DIGITS(mod)[0] == 1) {
            mn_decref(mod);
            return mn_int_small(0);
        }
        if (INT_IS_NEG(b)) {
            MnObject *inv = inverse_mod(a, mod);
            exp = inv ? mn_int_neg(b) : NULL;
            base = inv;
        } else {
            // as CPython: reduce the base only when negative or longer than the modulus
            int reduce = INT_IS_NEG(a) || INT_NDIGITS(a) > INT_NDIGITS(mod);
            base = reduce ? mn_int_mod(a, mod) : mn_newref(a);
            exp = mn_newref(b);
        }
        if (base == NULL || exp == NULL) {
            goto done;
        }
    }
    // left to right binary exponentiation
    res = mn_int_small(1);
    for (int64_t bit = mn_int_bit_length(exp); --bit >= 0;) {
        MnObject *t = mul_mod(res, res, mod);
        mn_decref(res);
        res = t;
        if (res == NULL) {
            goto done;
        }
        if ((INT_DIGITS(exp)[bit / MN_LONG_SHIFT] >> (bit % MN_LONG_SHIFT)) & 1) {
            t = mul_mod(res, base, mod);
            mn_decref(res);
            res = t;
            if (res == NULL) {
                goto done;
            }
        }
    }
    if (mod != NULL) {
        // the loop may not have reduced 1 ** 0
        MnObject *t = mn_int_mod(res, mod);
        mn_decref(res);
        res = t;
        if (res != NULL && neg_out && MN_SIZE(res) != 0) {
            t = mn_int_sub(res, mod);
            mn_decref(res);
            res = t;
        }
    }
done:
    mn_xdecref(mod);
    mn_xdecref(base);
    mn_xdecref(exp);
    return res;
}

/* ==== number slots ==== */

MnObject *
mn_int_nb_add(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_add(a, b);
}

MnObject *
mn_int_nb_subtract(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_sub(a, b);
}

MnObject *
mn_int_nb_multiply(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_mul(a, b);
}

MnObject *
mn_int_nb_remainder(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_mod(a, b);
}

MnObject *
mn_int_nb_floor_divide(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_floordiv(a, b);
}

MnObject *
mn_int_nb_true_divide(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_true_divide(a, b);
}

MnObject *
mn_int_nb_lshift(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_lshift(a, b);
}

MnObject *
mn_int_nb_rshift(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_rshift(a, b);
}

MnObject *
mn_int_nb_and(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return bitwise(a, '&', b);
}

MnObject *
mn_int_nb_or(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return bitwise(a, '|', b);
}

MnObject *
mn_int_nb_xor(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return bitwise(a, '^', b);
}

MnObject *
mn_int_nb_divmod(MnObject *a, MnObject *b)
{
    if (!BOTH_INTS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    MnObject *d, *m;
    if (mn_int_divmod_impl(a, b, &d, &m, "integer division or modulo by zero") < 0) {
        return NULL;
    }
    MnObject *t = mn_tuple_pack(2, d, m);
    mn_decref(d);
    mn_decref(m);
    return t;
}

MnObject *
mn_int_nb_power(MnObject *a, MnObject *b, MnObject *c)
{
    if (!BOTH_INTS(a, b) || (c != mn_None && !MN_INT_CHECK(c))) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_int_pow(a, b, c);
}

MnObject *
mn_int_round_neg(MnObject *a, MnObject *ndigits)
{
    // q, r = divmod(a, 10**-ndigits); round q half to even; result a - r (+ b when rounding up)
    MnObject *ten = mn_int_small(10), *nd = mn_int_neg(ndigits);
    MnObject *p = nd ? mn_int_pow(ten, nd, mn_None) : NULL;
    MnObject *q = NULL, *r = NULL, *twice = NULL, *res = NULL;
    mn_decref(ten);
    mn_xdecref(nd);
    if (p == NULL || mn_int_divmod_impl(a, p, &q, &r, "") < 0) {
        goto done;
    }
    MnObject *two = mn_int_small(2);
    twice = mn_int_mul(r, two);
    mn_decref(two);
    if (twice == NULL) {
        goto done;
    }
    int c = mn_int_compare(twice, p);
    int odd = MN_SIZE(q) != 0 && (INT_DIGITS(q)[0] & 1);
    if (c > 0 || (c == 0 && odd)) {
        // rounding up: the nearest remainder r - p is subtracted (one block, as CPython's)
        MnObject *t = mn_int_sub(r, p);
        if (t == NULL) {
            goto done;
        }
        MN_SETREF(r, t);
    }
    res = mn_int_sub(a, r);
done:
    mn_xdecref(p);
    mn_xdecref(q);
    mn_xdecref(r);
    mn_xdecref(twice);
    return res;
}
