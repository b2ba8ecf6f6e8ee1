/*
 * lib/mod_math.c - the `math` module: constants, libm wrappers with CPython's error rules
 * (ValueError "math domain error" for invalid arguments, OverflowError "math range error"),
 * gamma/lgamma by the same Lanczos method as CPython (so results agree to the bit), exact
 * fsum (Shewchuk), hypot/dist with compensated summation, log of huge ints.
 * See also: lib/mod_math_int.c (integer functions), lib/modules.c
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "mnemo.h"
#include "mod_math.h"

#define MATH_PI 3.141592653589793238462643383279502884197
#define MATH_LOGPI 1.144729885849400174143427351353058711647
#define MATH_DBL_MIN 2.2250738585072014e-308

/* ==== argument helpers ==== */

// -> 0 and *out, or -1 with an error set.
static inline int
arg_double(MnObject *o, double *out)
{
    if (MN_FLOAT_CHECK_EXACT(o)) {
        *out = MN_FLOAT_VALUE(o);
        return 0;
    }
    if (MN_INT_CHECK_EXACT(o) && MN_INT_IS_COMPACT(o)) {
        *out = (double)MN_INT_COMPACT_VALUE(o);
        return 0;
    }
    *out = mn_float_as_double(o);
    return (*out == -1.0 && mn_err_occurred()) ? -1 : 0;
}

static int
check_nargs(const char *name, intptr_t nargs, intptr_t want)
{
    if (nargs != want) {
        mn_err_format(mn_exc_TypeError, "%s expected %zd arguments, got %zd", name, want, nargs);
        return -1;
    }
    return 0;
}

static MnObject *
domain_error(void)
{
    return mn_err_format(mn_exc_ValueError, "math domain error");
}

static MnObject *
range_error(void)
{
    return mn_err_format(mn_exc_OverflowError, "math range error");
}

// CPython's errno check: EDOM is a domain error, ERANGE an overflow unless it underflowed.
static MnObject *
result_or_errno(double r)
{
    if (errno == EDOM) {
        return domain_error();
    }
    if (errno == ERANGE && fabs(r) >= 1.5) {
        return range_error();
    }
    return mn_float_from_double(r);
}

// One-argument function with CPython's math_1 rules.
static MnObject *
math_1(MnObject *arg, double (*func)(double), int can_overflow)
{
    double x, r;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    errno = 0;
    r = func(x);
    if (isnan(r) && !isnan(x)) {
        return domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? range_error() : domain_error();
    }
    if (isfinite(r) && errno != 0) {
        return result_or_errno(r);
    }
    return mn_float_from_double(r);
}

/* ==== gamma (Lanczos, N=13, g=6.024680040776729583740234375) ==== */

static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[13] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

// sin(pi * x) accurate near integers (finite x).
static double
sin_pi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(MATH_PI * y); break;
    case 1: r = cos(MATH_PI * (y - 0.5)); break;
    case 2: r = sin(MATH_PI * (1.0 - y)); break;
    case 3: r = -cos(MATH_PI * (y - 1.5)); break;
    default: r = sin(MATH_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double
lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double
m_gamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23.0) {
            double f = 1.0;
            for (int k = 2; k < (int)x; k++) {
                f *= k;
            }
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) {
            errno = ERANGE;
        }
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0) {
            return 0.0 / sin_pi(x);
        }
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = ax + lanczos_g_minus_half, z, r;
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -MATH_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sp = pow(y, ax / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (isinf(r)) {
        errno = ERANGE;
    }
    return r;
}

static double
m_lgamma(double x)
{
    if (!isfinite(x)) {
        return isnan(x) ? x : HUGE_VAL;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return -log(ax);
    }
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = MATH_LOGPI - log(fabs(sin_pi(ax))) - log(ax) - r;
    }
    if (isinf(r)) {
        errno = ERANGE;
    }
    return r;
}

// gamma/lgamma: the errno set by the helpers decides the error.
static MnObject *
math_errno_1(MnObject *arg, double (*func)(double))
{
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    errno = 0;
    double r = func(x);
    if (errno == EDOM || (isnan(r) && !isnan(x))) {
        return domain_error();
    }
    if (errno == ERANGE || (isinf(r) && isfinite(x))) {
        return (fabs(r) >= 1.5 || isinf(r)) ? range_error() : mn_float_from_double(r);
    }
    return mn_float_from_double(r);
}

/* ==== one-argument functions ==== */

static double
m_log1p(double x)
{
    if (x == 0.0) {
        return x;
    }
    return log1p(x);
}

#define FUNC1(name, cfunc, overflow)                        \
    static MnObject *                                       \
    math_##name(MnObject *self, MnObject *arg)              \
    {                                                       \
        (void)self;                                         \
        return math_1(arg, cfunc, overflow);                \
    }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(erf, erf, 0)
FUNC1(erfc, erfc, 0)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1(log1p, m_log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)

static MnObject *
math_gamma(MnObject *self, MnObject *arg)
{
    (void)self;
    return math_errno_1(arg, m_gamma);
}

static MnObject *
math_lgamma(MnObject *self, MnObject *arg)
{
    (void)self;
    return math_errno_1(arg, m_lgamma);
}

static MnObject *
math_degrees(MnObject *self, MnObject *arg)
{
    (void)self;
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    return mn_float_from_double(x * (180.0 / MATH_PI));
}

static MnObject *
math_radians(MnObject *self, MnObject *arg)
{
    (void)self;
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    return mn_float_from_double(x * (MATH_PI / 180.0));
}

static MnObject *
math_isnan(MnObject *self, MnObject *arg)
{
    (void)self;
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    return mn_bool_from_long(isnan(x));
}

static MnObject *
math_isinf(MnObject *self, MnObject *arg)
{
    (void)self;
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    return mn_bool_from_long(isinf(x));
}

static MnObject *
math_isfinite(MnObject *self, MnObject *arg)
{
    (void)self;
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    return mn_bool_from_long(isfinite(x));
}

static MnObject *
math_ulp(MnObject *self, MnObject *arg)
{
    (void)self;
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return mn_float_from_double(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return mn_float_from_double(x);
    }
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return mn_float_from_double(x - x2);
    }
    return mn_float_from_double(x2 - x);
}

/* ==== floor, ceil, trunc ==== */

// Calls type(x).<name>(x) if defined. -> 1 with *res, 0 when absent, -1 on error.
static int
call_special(MnObject *x, const char *name, MnObject **res)
{
    MnObject *m = mn_type_lookup_cstr(MN_TYPE(x), name);
    if (m == NULL) {
        return 0;
    }
    *res = mn_object_call_method(x, name, NULL, 0);
    return *res == NULL ? -1 : 1;
}

static MnObject *
floor_or_ceil(MnObject *x, int is_ceil)
{
    if (MN_FLOAT_CHECK_EXACT(x)) {
        double v = MN_FLOAT_VALUE(x);
        return mn_int_from_double(is_ceil ? ceil(v) : floor(v));
    }
    if (MN_INT_CHECK_EXACT(x)) {
        return mn_newref(x);
    }
    MnObject *res;
    int rc = call_special(x, is_ceil ? "__ceil__" : "__floor__", &res);
    if (rc != 0) {
        return rc < 0 ? NULL : res;
    }
    double v;
    if (arg_double(x, &v) < 0) {
        return NULL;
    }
    return mn_int_from_double(is_ceil ? ceil(v) : floor(v));
}

static MnObject *
math_floor(MnObject *self, MnObject *arg)
{
    (void)self;
    return floor_or_ceil(arg, 0);
}

static MnObject *
math_ceil(MnObject *self, MnObject *arg)
{
    (void)self;
    return floor_or_ceil(arg, 1);
}

static MnObject *
math_trunc(MnObject *self, MnObject *x)
{
    (void)self;
    if (MN_FLOAT_CHECK_EXACT(x)) {
        return mn_int_from_double(trunc(MN_FLOAT_VALUE(x)));
    }
    if (MN_INT_CHECK_EXACT(x)) {
        return mn_newref(x);
    }
    MnObject *res;
    int rc = call_special(x, "__trunc__", &res);
    if (rc == 0) {
        return mn_err_format(mn_exc_TypeError, "type %s doesn't define __trunc__ method",
                             MN_TYPE(x)->tp_name);
    }
    return rc < 0 ? NULL : res;
}

/* ==== two-argument functions ==== */

static int
two_doubles(const char *name, MnObject *const *args, intptr_t nargs, double *x, double *y)
{
    if (check_nargs(name, nargs, 2) < 0 || arg_double(args[0], x) < 0
        || arg_double(args[1], y) < 0) {
        return -1;
    }
    return 0;
}

static MnObject *
math_atan2(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double y, x;
    if (two_doubles("atan2", args, nargs, &y, &x) < 0) {
        return NULL;
    }
    return mn_float_from_double(atan2(y, x));
}

static MnObject *
math_copysign(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double x, y;
    if (two_doubles("copysign", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    return mn_float_from_double(copysign(x, y));
}

static MnObject *
math_fmod(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double x, y;
    if (two_doubles("fmod", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (isinf(y) && isfinite(x)) {
        return mn_float_from_double(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return domain_error();
    }
    return mn_float_from_double(r);
}

static MnObject *
math_remainder(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double x, y;
    if (two_doubles("remainder", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    if (isnan(x) || isnan(y)) {
        return mn_float_from_double(isnan(x) ? x : y);
    }
    if (isinf(x) || y == 0.0) {
        return domain_error();
    }
    if (isinf(y)) {
        return mn_float_from_double(x);
    }
    return mn_float_from_double(remainder(x, y));
}

static MnObject *
math_nextafter(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double x, y;
    if (two_doubles("nextafter", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    return mn_float_from_double(nextafter(x, y));
}

static MnObject *
math_pow(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double x, y, r = 0.0;
    if (two_doubles("pow", args, nargs, &x, &y) < 0) {
        return NULL;
    }
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) {
                r = odd_y ? x : fabs(x);
            } else if (y == 0.0) {
                r = 1.0;
            } else {
                r = odd_y ? copysign(0.0, x) : 0.0;
            }
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        return mn_float_from_double(r);
    }
    r = pow(x, y);
    errno = 0;
    if (isnan(r)) {
        errno = EDOM;
    } else if (isinf(r)) {
        errno = x == 0.0 ? EDOM : ERANGE;
    }
    return result_or_errno(r);
}

static MnObject *
math_ldexp(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double x;
    if (check_nargs("ldexp", nargs, 2) < 0 || arg_double(args[0], &x) < 0) {
        return NULL;
    }
    if (!MN_INT_CHECK(args[1])) {
        return mn_err_format(mn_exc_TypeError, "Expected an int as second argument to ldexp.");
    }
    int overflow;
    long e = mn_int_as_long_overflow(args[1], &overflow);
    if (overflow) {
        e = overflow < 0 ? -100000 : 100000;
    }
    if (x == 0.0 || !isfinite(x)) {
        return mn_float_from_double(x);
    }
    if (e > 100000) {
        e = 100000;
    } else if (e < -100000) {
        e = -100000;
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        return range_error();
    }
    return mn_float_from_double(r);
}

/* ==== tuples out ==== */

static MnObject *
pair(double a, double b)
{
    MnObject *x = mn_float_from_double(a);
    MnObject *y = x ? mn_float_from_double(b) : NULL;
    MnObject *t = y ? mn_tuple_pack(2, x, y) : NULL;
    mn_xdecref(x);
    mn_xdecref(y);
    return t;
}

static MnObject *
math_modf(MnObject *self, MnObject *arg)
{
    (void)self;
    double x, ip;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    if (isinf(x)) {
        return pair(copysign(0.0, x), x);
    }
    if (isnan(x)) {
        return pair(x, x);
    }
    double fp = modf(x, &ip);
    return pair(fp, ip);
}

static MnObject *
math_frexp(MnObject *self, MnObject *arg)
{
    (void)self;
    double x;
    int e = 0;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    if (isfinite(x) && x != 0.0) {
        x = frexp(x, &e);
    }
    MnObject *m = mn_float_from_double(x);
    MnObject *ex = m ? mn_int_from_long(e) : NULL;
    MnObject *t = ex ? mn_tuple_pack(2, m, ex) : NULL;
    mn_xdecref(m);
    mn_xdecref(ex);
    return t;
}

/* ==== logarithms ==== */

// frexp for an int too large for a double: |n| ~= m * 2**e with m in [0.5, 1), the mantissa
// correctly rounded (half to even) to 53 bits.
static double
int_frexp(MnObject *n, int64_t *e)
{
    MnLong *v = (MnLong *)n;
    intptr_t size = MN_SIZE(n) < 0 ? -MN_SIZE(n) : MN_SIZE(n);
    int64_t bits = mn_int_bit_length(n);
    // gather the top 64 bits, remembering whether anything below is non-zero
    uint64_t top = 0;
    int sticky = 0;
    int64_t taken = 0;
    for (intptr_t i = size - 1; i >= 0; i--) {
        mn_digit d = v->ob_digit[i];
        int dbits = i == size - 1 ? (int)(bits - (int64_t)(size - 1) * MN_LONG_SHIFT)
                                  : MN_LONG_SHIFT;
        if (taken + dbits <= 64) {
            top = (top << dbits) | d;
            taken += dbits;
        } else {
            int room = (int)(64 - taken);
            if (room > 0) {
                top = (top << room) | (d >> (dbits - room));
                sticky |= (d & ((1u << (dbits - room)) - 1)) != 0;
                taken = 64;
            } else {
                sticky |= d != 0;
            }
        }
    }
    // top holds the leading `taken` bits; round to 53
    int drop = (int)taken - 53;
    uint64_t q = top, rest = 0, half = 0;
    if (drop > 0) {
        q = top >> drop;
        rest = top & ((1ULL << drop) - 1);
        half = 1ULL << (drop - 1);
        if (rest > half || (rest == half && (sticky || (q & 1)))) {
            q++;
        }
    }
    double m = ldexp((double)q, -(drop > 0 ? 53 : (int)taken));
    if (m == 1.0) {
        m = 0.5;
        bits++;
    }
    *e = bits;
    return m;
}

static MnObject *
log_helper(MnObject *arg, double (*func)(double), double *out)
{
    if (MN_INT_CHECK(arg)) {
        if (mn_int_sign(arg) <= 0) {
            return domain_error();
        }
        double x = mn_int_as_double(arg);
        if (x == -1.0 && mn_err_occurred()) {
            if (!mn_err_matches((MnObject *)mn_exc_OverflowError)) {
                return NULL;
            }
            mn_err_clear();
            int64_t e;
            double m = int_frexp(arg, &e);
            *out = func(m) + func(2.0) * (double)e;
            return mn_None;
        }
        *out = func(x);
        return mn_None;
    }
    double x;
    if (arg_double(arg, &x) < 0) {
        return NULL;
    }
    errno = 0;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return mn_None;
    }
    if (x <= 0.0) {
        return domain_error();
    }
    *out = func(x);
    return mn_None;
}

static MnObject *
math_log(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double num = 0.0, den = 0.0;
    if (nargs < 1 || nargs > 2) {
        return mn_err_format(mn_exc_TypeError, "math.log requires 1 to 2 arguments");
    }
    if (log_helper(args[0], log, &num) == NULL) {
        return NULL;
    }
    if (nargs == 1) {
        return mn_float_from_double(num);
    }
    if (log_helper(args[1], log, &den) == NULL) {
        return NULL;
    }
    if (den == 0.0) {
        return mn_err_format(mn_exc_ZeroDivisionError, "float division by zero");
    }
    return mn_float_from_double(num / den);
}

static MnObject *
math_log2(MnObject *self, MnObject *arg)
{
    (void)self;
    double r = 0.0;
    return log_helper(arg, log2, &r) ? mn_float_from_double(r) : NULL;
}

static MnObject *
math_log10(MnObject *self, MnObject *arg)
{
    (void)self;
    double r = 0.0;
    return log_helper(arg, log10, &r) ? mn_float_from_double(r) : NULL;
}

/* ==== norms ==== */

typedef struct { double hi, lo; } DoubleLength;

static inline DoubleLength
dl_fast_sum(double a, double b)
{
    double x = a + b;
    double z = x - a;
    return (DoubleLength){x, b - z};
}

static inline DoubleLength
dl_mul(double x, double y)
{
    double z = x * y;
    return (DoubleLength){z, fma(x, y, -z)};
}

// sqrt(sum(v*v)) for |v[i]| <= max, compensated and corrected as CPython 3.11 computes it.
static double
vector_norm(intptr_t n, double *vec, double max, int found_nan)
{
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, x, h;
    DoubleLength pr, sm;
    int max_e;
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (intptr_t i = 0; i < n; i++) {
            vec[i] /= MATH_DBL_MIN;
        }
        return MATH_DBL_MIN * vector_norm(n, vec, max / MATH_DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    for (intptr_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static MnObject *
math_hypot(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    double small[16];
    double *v = nargs <= 16 ? small : mn_mem_alloc(sizeof(double) * (size_t)nargs);
    double max = 0.0;
    int found_nan = 0;
    if (v == NULL) {
        return mn_err_no_memory();
    }
    for (intptr_t i = 0; i < nargs; i++) {
        double x;
        if (arg_double(args[i], &x) < 0) {
            if (v != small) {
                mn_mem_free(v);
            }
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    double r = vector_norm(nargs, v, max, found_nan);
    if (v != small) {
        mn_mem_free(v);
    }
    return mn_float_from_double(r);
}

static MnObject *
math_dist(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (check_nargs("dist", nargs, 2) < 0) {
        return NULL;
    }
    MnObject *p = mn_tuple_from_iterable(args[0]);
    MnObject *q = p ? mn_tuple_from_iterable(args[1]) : NULL;
    MnObject *res = NULL;
    double *v = NULL;
    if (q == NULL) {
        goto done;
    }
    intptr_t n = MN_TUPLE_LEN(p);
    if (MN_TUPLE_LEN(q) != n) {
        mn_err_format(mn_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = mn_mem_alloc(sizeof(double) * (size_t)(n ? n : 1));
    if (v == NULL) {
        mn_err_no_memory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (intptr_t i = 0; i < n; i++) {
        double a, b;
        if (arg_double(MN_TUPLE_GET(p, i), &a) < 0 || arg_double(MN_TUPLE_GET(q, i), &b) < 0) {
            goto done;
        }
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    res = mn_float_from_double(vector_norm(n, v, max, found_nan));
done:
    mn_mem_free(v);
    mn_xdecref(p);
    mn_xdecref(q);
    return res;
}

/* ==== fsum ==== */

static MnObject *
math_fsum(MnObject *self, MnObject *seq)
{
    (void)self;
    MnObject *it = mn_object_get_iter(seq);
    if (it == NULL) {
        return NULL;
    }
    double small[32];
    double *p = small;
    intptr_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    MnObject *res = NULL;
    for (;;) {
        MnObject *item = mn_iter_next(it);
        if (item == NULL) {
            if (mn_err_occurred()) {
                goto done;
            }
            break;
        }
        double x;
        int rc = arg_double(item, &x);
        mn_decref(item);
        if (rc < 0) {
            goto done;
        }
        double xsave = x;
        intptr_t i = 0;
        for (intptr_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    mn_err_format(mn_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *np = mn_mem_alloc(sizeof(double) * (size_t)cap * 2);
                    if (np == NULL) {
                        mn_err_no_memory();
                        goto done;
                    }
                    memcpy(np, p, sizeof(double) * (size_t)n);
                    if (p != small) {
                        mn_mem_free(p);
                    }
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) {
            mn_err_format(mn_exc_ValueError, "-inf + inf in fsum");
        } else {
            res = mn_float_from_double(special_sum);
        }
        goto done;
    }
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
    }
    res = mn_float_from_double(hi);
done:
    if (p != small) {
        mn_mem_free(p);
    }
    mn_decref(it);
    return res;
}

/* ==== keyword functions: isclose, prod ==== */

// Finds keyword [name] among [kwnames]; the values follow the [nargs] positional ones.
// Rejects unknown names. -> 0, or -1 with TypeError.
static int
parse_kwargs(const char *func, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             const char *const *names, MnObject **values, int nnames)
{
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        MnObject *key = MN_TUPLE_GET(kwnames, i);
        int found = 0;
        for (int j = 0; j < nnames; j++) {
            if (mn_str_eq_cstr(key, names[j])) {
                values[j] = args[nargs + i];
                found = 1;
            }
        }
        if (!found) {
            mn_err_format(mn_exc_TypeError, "%R is an invalid keyword argument for %s()", key,
                          func);
            return -1;
        }
    }
    return 0;
}

static MnObject *
math_isclose(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MnObject *vals[4] = {NULL, NULL, NULL, NULL};
    if (nargs > 2) {
        return mn_err_format(mn_exc_TypeError,
                             "isclose() takes exactly 2 positional arguments (%zd given)", nargs);
    }
    for (intptr_t i = 0; i < nargs; i++) {
        vals[i] = args[i];
    }
    if (parse_kwargs("isclose", args, nargs, kwnames, names, vals, 4) < 0) {
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (vals[i] == NULL) {
            return mn_err_format(mn_exc_TypeError, "isclose() missing required argument '%s' "
                                 "(pos %d)", names[i], i + 1);
        }
    }
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (arg_double(vals[0], &a) < 0 || arg_double(vals[1], &b) < 0
        || (vals[2] && arg_double(vals[2], &rel) < 0)
        || (vals[3] && arg_double(vals[3], &abs_tol) < 0)) {
        return NULL;
    }
    if (rel < 0.0 || abs_tol < 0.0) {
        return mn_err_format(mn_exc_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return mn_bool_from_long(1);
    }
    if (isinf(a) || isinf(b)) {
        return mn_bool_from_long(0);
    }
    double diff = fabs(b - a);
    int close = (diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol);
    return mn_bool_from_long(close);
}

static MnObject *
math_prod(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"start"};
    MnObject *start = NULL;
    if (nargs != 1) {
        return mn_err_format(mn_exc_TypeError,
                             "prod() takes exactly 1 positional argument (%zd given)", nargs);
    }
    if (parse_kwargs("prod", args, nargs, kwnames, names, &start, 1) < 0) {
        return NULL;
    }
    MnObject *acc = start ? mn_newref(start) : mn_int_from_long(1);
    MnObject *it = acc ? mn_object_get_iter(args[0]) : NULL;
    if (it == NULL) {
        mn_xdecref(acc);
        return NULL;
    }
    for (;;) {
        MnObject *item = mn_iter_next(it);
        if (item == NULL) {
            if (mn_err_occurred()) {
                MN_CLEAR(acc);
            }
            break;
        }
        MnObject *r = mn_number_binop(acc, item, MN_BINOP_MULTIPLY);
        mn_decref(item);
        mn_decref(acc);
        acc = r;
        if (acc == NULL) {
            break;
        }
    }
    mn_decref(it);
    return acc;
}

/* ==== the module ==== */

static const MnMethodDef math_methods[] = {
    {"acos", math_acos, MN_METH_O, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, MN_METH_O, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, MN_METH_O, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, MN_METH_O, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, MN_METH_O, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, MN_METH_FAST, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, MN_METH_O, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, MN_METH_O, "Return the cube root of x."},
    {"ceil", math_ceil, MN_METH_O, "Return the ceiling of x as an Integral."},
    {"comb", mn_math_comb, MN_METH_FAST, "Number of ways to choose k items from n items."},
    {"copysign", math_copysign, MN_METH_FAST,
     "Return a float with the magnitude of x and the sign of y."},
    {"cos", math_cos, MN_METH_O, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, MN_METH_O, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, MN_METH_O, "Convert angle x from radians to degrees."},
    {"dist", math_dist, MN_METH_FAST, "Return the Euclidean distance between two points."},
    {"erf", math_erf, MN_METH_O, "Error function at x."},
    {"erfc", math_erfc, MN_METH_O, "Complementary error function at x."},
    {"exp", math_exp, MN_METH_O, "Return e raised to the power of x."},
    {"exp2", math_exp2, MN_METH_O, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, MN_METH_O, "Return exp(x)-1."},
    {"fabs", math_fabs, MN_METH_O, "Return the absolute value of the float x."},
    {"factorial", mn_math_factorial, MN_METH_O, "Find n!."},
    {"floor", math_floor, MN_METH_O, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, MN_METH_FAST, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, MN_METH_O, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, MN_METH_O, "Return an accurate floating point sum of values."},
    {"gamma", math_gamma, MN_METH_O, "Gamma function at x."},
    {"gcd", mn_math_gcd, MN_METH_FAST, "Greatest Common Divisor."},
    {"hypot", math_hypot, MN_METH_FAST, "Multidimensional Euclidean distance from the origin."},
    {"isclose", math_isclose, MN_METH_FASTKW, "Determine whether two floats are close."},
    {"isfinite", math_isfinite, MN_METH_O, "Return True if x is neither an infinity nor a NaN."},
    {"isinf", math_isinf, MN_METH_O, "Return True if x is a positive or negative infinity."},
    {"isnan", math_isnan, MN_METH_O, "Return True if x is a NaN (not a number)."},
    {"isqrt", mn_math_isqrt, MN_METH_O, "Return the integer part of the square root."},
    {"lcm", mn_math_lcm, MN_METH_FAST, "Least Common Multiple."},
    {"ldexp", math_ldexp, MN_METH_FAST, "Return x * (2**i)."},
    {"lgamma", math_lgamma, MN_METH_O, "Natural logarithm of absolute value of Gamma."},
    {"log", math_log, MN_METH_FAST, "log(x, [base=math.e])"},
    {"log10", math_log10, MN_METH_O, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, MN_METH_O, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, MN_METH_O, "Return the base 2 logarithm of x."},
    {"modf", math_modf, MN_METH_O, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, MN_METH_FAST, "Return the next floating-point value after x."},
    {"perm", mn_math_perm, MN_METH_FAST,
     "Number of ways to choose k items from n items in order."},
    {"pow", math_pow, MN_METH_FAST, "Return x**y (x to the power of y)."},
    {"prod", math_prod, MN_METH_FASTKW, "Calculate the product of all the elements."},
    {"radians", math_radians, MN_METH_O, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, MN_METH_FAST,
     "Difference between x and the closest multiple of y."},
    {"sin", math_sin, MN_METH_O, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, MN_METH_O, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, MN_METH_O, "Return the square root of x."},
    {"tan", math_tan, MN_METH_O, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, MN_METH_O, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, MN_METH_O, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, MN_METH_O, "Return the value of the least significant bit of x."},
    {NULL, NULL, 0, NULL},
};

static int
add_float(MnObject *m, const char *name, double v)
{
    MnObject *f = mn_float_from_double(v);
    if (f == NULL) {
        return -1;
    }
    int rc = mn_module_add_object(m, name, f);
    mn_decref(f);
    return rc;
}

static int
math_init(MnObject *m)
{
    if (add_float(m, "pi", MATH_PI) < 0 || add_float(m, "e", 2.718281828459045235360287) < 0
        || add_float(m, "tau", 2.0 * MATH_PI) < 0 || add_float(m, "inf", INFINITY) < 0
        || add_float(m, "nan", NAN) < 0) {
        return -1;
    }
    return 0;
}

const MnModuleDef mn_module_math = {
    .name = "math",
    .methods = math_methods,
    .init = math_init,
    .doc = "This module provides access to the mathematical functions\n"
           "defined by the C standard.",
};
