/*
 * lib/mod_math_int.c - the integer functions of `math`: gcd, lcm, isqrt, factorial, comb,
 * perm. Small arguments use C arithmetic; large ones go through the int API (products are
 * split in halves so multiplications stay balanced).
 * See also: lib/mod_math.c, runtime/int.h
 */
#include <math.h>
#include <stdint.h>

#include "mnemo.h"
#include "mod_math.h"

/* ==== helpers ==== */

static MnObject *
int_binop(MnObject *a, MnObject *b, int op)
{
    return mn_number_binop(a, b, op);
}

// Steals [a]; -> a op b (new), or NULL.
static MnObject *
steal_binop(MnObject *a, MnObject *b, int op)
{
    if (a == NULL) {
        return NULL;
    }
    MnObject *r = int_binop(a, b, op);
    mn_decref(a);
    return r;
}

static MnObject *
int_abs(MnObject *a)
{
    if (mn_int_sign(a) < 0) {
        return mn_int_neg(a);
    }
    return mn_int_copy_exact(a);
}

static uint64_t
gcd_u64(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// gcd of two ints (exact ints). -> new non-negative int, or NULL.
static MnObject *
gcd2(MnObject *a, MnObject *b)
{
    int oa, ob;
    long long x = mn_int_as_long_overflow(a, &oa);
    long long y = mn_int_as_long_overflow(b, &ob);
    if (!oa && !ob && x != INT64_MIN && y != INT64_MIN) {
        uint64_t ux = (uint64_t)(x < 0 ? -x : x), uy = (uint64_t)(y < 0 ? -y : y);
        uint64_t g = gcd_u64(ux, uy);
        // CPython returns a one-digit gcd through PyLong_FromLong: a medium int
        return g <= MN_LONG_MASK ? mn_int_from_long((long)g) : mn_int_from_ull(g);
    }
    MnObject *u = int_abs(a), *v = u ? int_abs(b) : NULL;
    if (v == NULL) {
        mn_xdecref(u);
        return NULL;
    }
    while (mn_int_sign(v) != 0) {
        MnObject *r = mn_int_mod(u, v);
        if (r == NULL) {
            mn_decref(u);
            mn_decref(v);
            return NULL;
        }
        mn_decref(u);
        u = v;
        v = r;
    }
    mn_decref(v);
    return u;
}

/* ==== gcd, lcm ==== */

MnObject *
mn_math_gcd(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs == 0) {
        return mn_int_from_long(0);
    }
    MnObject *res = mn_number_index(args[0]);
    if (res == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        MnObject *r = int_abs(res);
        mn_decref(res);
        return r;
    }
    for (intptr_t i = 1; i < nargs; i++) {
        MnObject *x = mn_number_index(args[i]);
        if (x == NULL) {
            mn_decref(res);
            return NULL;
        }
        MnObject *g = gcd2(res, x);
        mn_decref(x);
        mn_decref(res);
        if (g == NULL) {
            return NULL;
        }
        res = g;
    }
    return res;
}

MnObject *
mn_math_lcm(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs == 0) {
        return mn_int_from_long(1);
    }
    MnObject *res = mn_number_index(args[0]);
    if (res == NULL) {
        return NULL;
    }
    MN_SETREF(res, int_abs(res));
    for (intptr_t i = 1; i < nargs && res != NULL; i++) {
        MnObject *x = mn_number_index(args[i]);
        if (x == NULL) {
            mn_decref(res);
            return NULL;
        }
        if (mn_int_sign(res) == 0 || mn_int_sign(x) == 0) {
            mn_decref(x);
            mn_decref(res);
            res = mn_int_from_long(0);
            continue;
        }
        MnObject *g = gcd2(res, x);
        MnObject *q = g ? mn_int_floordiv(res, g) : NULL;
        MnObject *p = q ? mn_int_mul(q, x) : NULL;
        mn_xdecref(g);
        mn_xdecref(q);
        mn_decref(x);
        mn_decref(res);
        res = p ? int_abs(p) : NULL;
        mn_xdecref(p);
    }
    return res;
}

/* ==== isqrt ==== */

static uint64_t
isqrt_u64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrtl((long double)n);
    while (r * r > n) {
        r--;
    }
    while ((r + 1) * (r + 1) <= n && (r + 1) < 4294967296ULL) {
        r++;
    }
    return r;
}

MnObject *
mn_math_isqrt(MnObject *self, MnObject *arg)
{
    (void)self;
    MnObject *n = mn_number_index(arg);
    if (n == NULL) {
        return NULL;
    }
    if (mn_int_sign(n) < 0) {
        mn_decref(n);
        return mn_err_format(mn_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    int64_t bits = mn_int_bit_length(n);
    if (bits <= 63) {
        long long v = mn_int_as_ll(n);
        mn_decref(n);
        return mn_int_from_ull(isqrt_u64((uint64_t)v));
    }
    // The recurrence CPython runs (its last steps decide the result's block): with
    // c = (bits - 1) // 2, for s from c.bit_length() - 1 down to 0: e = d, d = c >> s,
    // a = (a << (d - e - 1)) + (n >> (2*c - e - d + 1)) // a; then a - (a*a > n).
    int64_t c = (bits - 1) / 2, d = 0;
    MnObject *a = mn_int_from_long(1);
    for (int s = 63 - __builtin_clzll((unsigned long long)c); s >= 0 && a != NULL; s--) {
        int64_t e = d;
        d = c >> s;
        MnObject *k1 = mn_int_from_ll(d - e - 1);
        MnObject *k2 = k1 ? mn_int_from_ll(2 * c - e - d + 1) : NULL;
        MnObject *hi = k2 ? mn_int_rshift(n, k2) : NULL;
        MnObject *q = hi ? mn_int_floordiv(hi, a) : NULL;
        MnObject *sa = q ? mn_int_lshift(a, k1) : NULL;
        MnObject *na = sa ? mn_int_add(sa, q) : NULL;
        mn_xdecref(k1);
        mn_xdecref(k2);
        mn_xdecref(hi);
        mn_xdecref(q);
        mn_xdecref(sa);
        MN_SETREF(a, na);
    }
    MnObject *sq = a ? mn_int_mul(a, a) : NULL;
    if (sq != NULL && mn_int_compare(sq, n) > 0) {
        MnObject *one = mn_int_from_long(1);
        MN_SETREF(a, mn_int_sub(a, one));
        mn_decref(one);
    }
    mn_xdecref(sq);
    if (a != NULL && bits <= 64) {
        // below 2**64 CPython works in C and converts the result exactly
        MN_SETREF(a, mn_int_from_ull((unsigned long long)mn_int_as_ll(a)));
    }
    mn_decref(n);
    return a;
}

/* ==== products ==== */

// The product of the integers lo, lo+1, ..., hi-1 (lo < hi, small values), split in halves.
static MnObject *
range_product(uint64_t lo, uint64_t hi)
{
    if (hi - lo <= 8) {
        // products of up to 8 consecutive numbers below 2**7 fit; otherwise multiply stepwise
        MnObject *acc = mn_int_from_ull(lo);
        for (uint64_t k = lo + 1; k < hi && acc != NULL; k++) {
            MnObject *f = mn_int_from_ull(k);
            acc = f ? steal_binop(acc, f, MN_BINOP_MULTIPLY) : NULL;
            mn_xdecref(f);
        }
        return acc;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    MnObject *a = range_product(lo, mid);
    MnObject *b = a ? range_product(mid, hi) : NULL;
    MnObject *r = b ? mn_int_mul(a, b) : NULL;
    mn_xdecref(a);
    mn_xdecref(b);
    return r;
}

MnObject *
mn_math_factorial(MnObject *self, MnObject *arg)
{
    (void)self;
    MnObject *n = mn_number_index(arg);
    if (n == NULL) {
        return NULL;
    }
    int overflow;
    long long v = mn_int_as_long_overflow(n, &overflow);
    int neg = mn_int_sign(n) < 0;
    mn_decref(n);
    if (overflow) {
        if (neg) {
            return mn_err_format(mn_exc_ValueError, "factorial() not defined for negative values");
        }
        return mn_err_format(mn_exc_OverflowError,
                             "factorial() argument should not exceed %ld", (long)INT64_MAX);
    }
    if (v < 0) {
        return mn_err_format(mn_exc_ValueError, "factorial() not defined for negative values");
    }
    if (v <= 20) {
        unsigned long long f = 1;
        for (long long k = 2; k <= v; k++) {
            f *= (unsigned long long)k;
        }
        return mn_int_from_ull(f);
    }
    // CPython builds n! as its odd part shifted left by the power of two it holds, so the
    // result's block is that shift's size
    int64_t twos = v - __builtin_popcountll((unsigned long long)v);
    MnObject *f = range_product(1, (uint64_t)v + 1);
    MnObject *sh = f ? mn_int_from_ll(twos) : NULL;
    MnObject *odd = sh ? mn_int_rshift(f, sh) : NULL;
    MnObject *res = odd ? mn_int_lshift(odd, sh) : NULL;
    mn_xdecref(f);
    mn_xdecref(sh);
    mn_xdecref(odd);
    return res;
}

// Reads n and k for comb/perm. -> 0, or -1 with an error set.
static int
n_and_k(MnObject *const *args, MnObject **n, MnObject **k)
{
    *n = mn_number_index(args[0]);
    if (*n == NULL) {
        return -1;
    }
    *k = mn_number_index(args[1]);
    if (*k == NULL) {
        mn_decref(*n);
        return -1;
    }
    if (mn_int_sign(*n) < 0 || mn_int_sign(*k) < 0) {
        mn_err_format(mn_exc_ValueError, mn_int_sign(*n) < 0 ? "n must be a non-negative integer"
                                                            : "k must be a non-negative integer");
        mn_decref(*n);
        mn_decref(*k);
        return -1;
    }
    return 0;
}

// n * (n-1) * ... * (n-k+1) for an int [n] and a small [k]; splits into halves.
static MnObject *
falling_product(MnObject *n, long long k)
{
    if (k == 0) {
        return mn_int_from_long(1);
    }
    if (k == 1) {
        return mn_newref(n);
    }
    long long j = k / 2;
    MnObject *a = falling_product(n, j);
    MnObject *off = a ? mn_int_from_ll(j) : NULL;
    MnObject *n2 = off ? mn_int_sub(n, off) : NULL;
    MnObject *b = n2 ? falling_product(n2, k - j) : NULL;
    MnObject *r = b ? mn_int_mul(a, b) : NULL;
    mn_xdecref(a);
    mn_xdecref(off);
    mn_xdecref(n2);
    mn_xdecref(b);
    return r;
}

static MnObject *
comb_or_perm(MnObject *n, MnObject *k, int is_comb)
{
    MnObject *res = NULL;
    if (mn_int_compare(k, n) > 0) {
        return mn_int_from_long(0);
    }
    MnObject *kk = mn_newref(k);
    if (is_comb) {
        MnObject *nk = mn_int_sub(n, k);
        if (nk == NULL) {
            mn_decref(kk);
            return NULL;
        }
        if (mn_int_compare(nk, kk) < 0) {
            MN_SETREF(kk, nk);
        } else {
            mn_decref(nk);
        }
    }
    int overflow;
    long long kv = mn_int_as_long_overflow(kk, &overflow);
    mn_decref(kk);
    if (overflow) {
        return mn_err_format(mn_exc_OverflowError, "%s must not exceed %ld",
                             is_comb ? "min(n - k, k)" : "k", (long)INT64_MAX);
    }
    res = falling_product(n, kv);
    if (res != NULL && !is_comb && kv > 1) {
        // CPython computes a P(n, k) that fits a long long in C and converts it exactly
        int ovf;
        long long pv = mn_int_as_long_overflow(res, &ovf);
        if (!ovf) {
            MN_SETREF(res, mn_int_from_ull((unsigned long long)pv));
        }
    }
    if (res != NULL && is_comb && kv > 1) {
        MnObject *kobj = mn_int_from_ll(kv);
        MnObject *f = kobj ? mn_math_factorial(NULL, kobj) : NULL;
        mn_xdecref(kobj);
        if (f == NULL) {
            mn_decref(res);
            return NULL;
        }
        MN_SETREF(res, mn_int_floordiv(res, f));
        mn_decref(f);
        // a C(n, k) with C(n, k) * k within a long long is computed in C and converted exactly
        int ovf;
        long long cv = res ? mn_int_as_long_overflow(res, &ovf) : 0;
        long long ck;
        if (res != NULL && !ovf && !__builtin_mul_overflow(cv, kv, &ck)) {
            MN_SETREF(res, mn_int_from_ull((unsigned long long)cv));
        }
    }
    return res;
}

MnObject *
mn_math_comb(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs != 2) {
        return mn_err_format(mn_exc_TypeError, "comb expected 2 arguments, got %zd", nargs);
    }
    MnObject *n, *k;
    if (n_and_k(args, &n, &k) < 0) {
        return NULL;
    }
    MnObject *r = comb_or_perm(n, k, 1);
    mn_decref(n);
    mn_decref(k);
    return r;
}

MnObject *
mn_math_perm(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs < 1 || nargs > 2) {
        return mn_err_format(mn_exc_TypeError, "perm expected at most 2 arguments, got %zd",
                             nargs);
    }
    if (nargs == 1 || args[1] == mn_None) {
        MnObject *n = mn_number_index(args[0]);
        MnObject *r = n ? mn_math_factorial(NULL, n) : NULL;
        mn_xdecref(n);
        return r;
    }
    MnObject *n, *k;
    if (n_and_k(args, &n, &k) < 0) {
        return NULL;
    }
    MnObject *r = comb_or_perm(n, k, 0);
    mn_decref(n);
    mn_decref(k);
    return r;
}
