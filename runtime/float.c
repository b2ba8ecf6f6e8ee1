/*
 * runtime/float.c - the float type: a C double in a 24-byte object, with CPython's
 * arithmetic (floor division and modulo follow the divisor's sign), exact comparisons
 * against ints of any size, hashing via mn_hash_double, float() and the float methods.
 * Exact floats are recycled through a free list of up to 100 objects, as CPython does.
 * See also: runtime/float_text.c (repr, parsing, hex), runtime/format.c, runtime/hash.c
 */
#include <errno.h>
#include <math.h>
#include <string.h>

#include "mnemo.h"
#include "format.h"


#define FREE_LIST_MAX 100

static MnFloat *free_list;          // owned chain, linked through the ob_fval bytes
static int num_free;

/* ==== allocation ==== */

MnObject *
mn_float_from_double(double v)
{
    MnFloat *f = free_list;
    if (f != NULL) {
        memcpy(&free_list, &f->ob_fval, sizeof(free_list));
        num_free--;
        mn_object_reuse((MnObject *)f);
    } else {
        f = (MnFloat *)mn_object_alloc(&mn_float_type, 0);
        if (f == NULL) {
            return NULL;
        }
    }
    f->ob_fval = v;
    return (MnObject *)f;
}

static void
float_dealloc(MnObject *self)
{
    if (MN_FLOAT_CHECK_EXACT(self) && num_free < FREE_LIST_MAX) {
        // the link to the next free float lives in the value; type and size stay valid
        memcpy(&((MnFloat *)self)->ob_fval, &free_list, sizeof(free_list));
        free_list = (MnFloat *)self;
        num_free++;
#ifdef MN_DEBUG
        mn_live_objects--;
#endif
        return;
    }
    if (MN_IS_GC(self)) {
        mn_gc_untrack(self);
    }
    mn_object_free(self);
}

int
mn_float_freelist_count(void)
{
    return num_free;
}

void
mn_float_freelist_trim(int keep)
{
    while (num_free > keep) {
        MnFloat *f = free_list;
        memcpy(&free_list, &f->ob_fval, sizeof(free_list));
        num_free--;
#ifdef MN_DEBUG
        mn_live_objects++;
#endif
        mn_object_free((MnObject *)f);
    }
}

void
mn_float_fini(void)
{
    mn_float_freelist_trim(0);
}

// A float of [type] (float or a subclass) holding [v]. -> new reference, or NULL.
static MnObject *
float_new_of_type(MnType *type, double v)
{
    if (type == &mn_float_type) {
        return mn_float_from_double(v);
    }
    MnObject *o = mn_object_alloc(type, 0);
    if (o != NULL) {
        MN_FLOAT_VALUE(o) = v;
        if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_GC)) {
            mn_gc_track(o);
        }
    }
    return o;
}

/* ==== conversions ==== */

// Converts a number slot's result of __float__ to a double, checking its type.
static double
from_float_result(MnObject *o, MnObject *res)
{
    if (res == NULL) {
        return -1.0;
    }
    if (!MN_FLOAT_CHECK(res)) {
        mn_err_format(mn_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                      MN_TYPE(o)->tp_name, MN_TYPE(res)->tp_name);
        mn_decref(res);
        return -1.0;
    }
    double v = MN_FLOAT_VALUE(res);
    mn_decref(res);
    return v;
}

double
mn_float_as_double(MnObject *o)
{
    if (MN_FLOAT_CHECK_EXACT(o)) {
        return MN_FLOAT_VALUE(o);
    }
    if (MN_INT_CHECK(o)) {
        return mn_int_as_double(o);
    }
    MnType *tp = MN_TYPE(o);
    if (tp->nb_float != NULL) {
        return from_float_result(o, tp->nb_float(o));
    }
    if (MN_FLOAT_CHECK(o)) {
        return MN_FLOAT_VALUE(o);
    }
    if (tp->nb_index != NULL) {
        MnObject *i = mn_number_index(o);
        if (i == NULL) {
            return -1.0;
        }
        double v = mn_int_as_double(i);
        mn_decref(i);
        return v;
    }
    mn_err_format(mn_exc_TypeError, "must be real number, not %s", tp->tp_name);
    return -1.0;
}

// Operand of a binary operator as a double. -> 1 converted, 0 not a float or int, -1 error.
static inline int
to_double(MnObject *o, double *out)
{
    if (MN_FLOAT_CHECK(o)) {
        *out = MN_FLOAT_VALUE(o);
        return 1;
    }
    if (MN_INT_CHECK(o)) {
        if (MN_INT_IS_COMPACT(o)) {
            *out = (double)MN_INT_COMPACT_VALUE(o);
            return 1;
        }
        *out = mn_int_as_double(o);
        if (*out == -1.0 && mn_err_occurred()) {
            return -1;
        }
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                        \
    do {                                                \
        int ra_ = to_double((a), &(x));                 \
        if (ra_ <= 0) {                                 \
            return ra_ < 0 ? NULL : mn_newref(mn_NotImplemented); \
        }                                               \
        int rb_ = to_double((b), &(y));                 \
        if (rb_ <= 0) {                                 \
            return rb_ < 0 ? NULL : mn_newref(mn_NotImplemented); \
        }                                               \
    } while (0)

/* ==== repr and hash ==== */

static MnObject *
float_repr(MnObject *self)
{
    char buf[32];
    int n = mn_float_repr_buf(MN_FLOAT_VALUE(self), buf, sizeof(buf));
    return mn_str_from_utf8(buf, n);
}

static intptr_t
float_hash(MnObject *self)
{
    return mn_hash_double(self, MN_FLOAT_VALUE(self));
}

/* ==== arithmetic ==== */

static MnObject *
float_add(MnObject *a, MnObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return mn_float_from_double(x + y);
}

static MnObject *
float_sub(MnObject *a, MnObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return mn_float_from_double(x - y);
}

static MnObject *
float_mul(MnObject *a, MnObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    return mn_float_from_double(x * y);
}

static MnObject *
float_div(MnObject *a, MnObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return mn_err_format(mn_exc_ZeroDivisionError, "float division by zero");
    }
    return mn_float_from_double(x / y);
}

static double
float_mod_value(double x, double y)
{
    double mod = fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
        }
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static MnObject *
float_rem(MnObject *a, MnObject *b)
{
    double x, y;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return mn_err_format(mn_exc_ZeroDivisionError, "float modulo");
    }
    return mn_float_from_double(float_mod_value(x, y));
}

// Python's floor division and modulo of two doubles (y != 0).
static void
float_divmod_values(double x, double y, double *floordiv, double *mod)
{
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    if (div != 0.0) {
        double f = floor(div);
        if (div - f > 0.5) {
            f += 1.0;
        }
        *floordiv = f;
    } else {
        *floordiv = copysign(0.0, x / y);
    }
    *mod = m;
}

static MnObject *
float_floordiv(MnObject *a, MnObject *b)
{
    double x, y, d, m;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return mn_err_format(mn_exc_ZeroDivisionError, "float floor division by zero");
    }
    float_divmod_values(x, y, &d, &m);
    return mn_float_from_double(d);
}

static MnObject *
float_divmod(MnObject *a, MnObject *b)
{
    double x, y, d, m;
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return mn_err_format(mn_exc_ZeroDivisionError, "float divmod()");
    }
    float_divmod_values(x, y, &d, &m);
    MnObject *fd = mn_float_from_double(d);
    MnObject *fm = fd ? mn_float_from_double(m) : NULL;
    MnObject *res = fm ? mn_tuple_pack(2, fd, fm) : NULL;
    mn_xdecref(fd);
    mn_xdecref(fm);
    return res;
}

static int
is_odd_integer(double w)
{
    return floor(w) == w && fmod(fabs(w), 2.0) == 1.0;
}

// x ** y with CPython's special cases. -> 0 and *out, or -1 with an error set.
int
mn_float_pow_values(double iv, double iw, double *out)
{
    int negate = 0;
    if (iw == 0.0) {
        *out = 1.0;
        return 0;
    }
    if (isnan(iv)) {
        *out = iv;
        return 0;
    }
    if (isnan(iw)) {
        *out = iv == 1.0 ? 1.0 : iw;
        return 0;
    }
    if (isinf(iw)) {
        double a = fabs(iv);
        *out = a == 1.0 ? 1.0 : ((iw > 0) == (a > 1.0)) ? fabs(iw) : 0.0;
        return 0;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0) {
            *out = odd ? iv : fabs(iv);
        } else {
            *out = odd ? copysign(0.0, iv) : 0.0;
        }
        return 0;
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) {
            mn_err_format(mn_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return -1;
        }
        *out = odd ? iv : 0.0;
        return 0;
    }
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            mn_err_format(mn_exc_NotImplementedError,
                          "complex numbers are not supported by mnemo");
            return -1;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return 0;
    }
    errno = 0;
    double r = pow(iv, iw);
    if (negate) {
        r = -r;
    }
    if (isinf(r)) {
        MnObject *code = mn_int_from_long(ERANGE);
        MnObject *msg = code ? mn_str_from_cstr("Numerical result out of range") : NULL;
        MnObject *args = msg ? mn_tuple_pack(2, code, msg) : NULL;
        if (args != NULL) {
            mn_err_set_object(mn_exc_OverflowError, args);
        }
        mn_xdecref(code);
        mn_xdecref(msg);
        mn_xdecref(args);
        return -1;
    }
    *out = r;
    return 0;
}

static MnObject *
float_pow(MnObject *a, MnObject *b, MnObject *c)
{
    double x, y, r;
    if (c != mn_None) {
        return mn_err_format(mn_exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
    }
    CONVERT_BOTH(a, b, x, y);
    if (mn_float_pow_values(x, y, &r) < 0) {
        return NULL;
    }
    return mn_float_from_double(r);
}

static MnObject *
float_neg(MnObject *self)
{
    return mn_float_from_double(-MN_FLOAT_VALUE(self));
}

static MnObject *
float_pos(MnObject *self)
{
    if (MN_FLOAT_CHECK_EXACT(self)) {
        return mn_newref(self);
    }
    return mn_float_from_double(MN_FLOAT_VALUE(self));
}

static MnObject *
float_abs(MnObject *self)
{
    return mn_float_from_double(fabs(MN_FLOAT_VALUE(self)));
}

static int
float_bool(MnObject *self)
{
    return MN_FLOAT_VALUE(self) != 0.0;
}

static MnObject *
float_int(MnObject *self)
{
    double v = MN_FLOAT_VALUE(self);
    if (v > -9.2e18 && v < 9.2e18) {
        return mn_int_from_ll((long long)v);
    }
    return mn_int_from_double(v);
}

static MnObject *
float_float(MnObject *self)
{
    return float_pos(self);
}

/* ==== comparison ==== */

static int
cmp_result(int c, int op)
{
    switch (op) {
    case MN_LT: return c < 0;
    case MN_LE: return c <= 0;
    case MN_EQ: return c == 0;
    case MN_NE: return c != 0;
    case MN_GT: return c > 0;
    default: return c >= 0;
    }
}

static MnObject *
bool_result(int r)
{
    return mn_newref(r ? mn_True : mn_False);
}

// Compares the finite double [x] with the int [n] exactly. -> -1, 0, 1, or -2 with an error.
static int
compare_with_int(double x, MnObject *n)
{
    int isign = mn_int_sign(n);
    int xsign = x < 0 ? -1 : x > 0 ? 1 : 0;
    if (xsign != isign) {
        return xsign < isign ? -1 : 1;
    }
    if (isign == 0) {
        return 0;
    }
    int64_t nbits = mn_int_bit_length(n);
    if (nbits <= 48) {
        double y = mn_int_as_double(n);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    int exp;
    frexp(x, &exp);
    // |x| < 2**exp and |n| >= 2**(nbits-1)
    if (exp < nbits) {
        return xsign > 0 ? -1 : 1;
    }
    if (exp > nbits) {
        return xsign > 0 ? 1 : -1;
    }
    double ipart;
    double frac = modf(x, &ipart);
    MnObject *xi = mn_int_from_double(ipart);
    if (xi == NULL) {
        return -2;
    }
    int c = mn_int_compare(xi, n);
    mn_decref(xi);
    if (c == 0 && frac != 0.0) {
        c = frac > 0 ? 1 : -1;
    }
    return c;
}

static MnObject *
float_richcompare(MnObject *a, MnObject *b, int op)
{
    if (!MN_FLOAT_CHECK(a)) {
        return mn_newref(mn_NotImplemented);
    }
    double x = MN_FLOAT_VALUE(a);
    if (MN_FLOAT_CHECK(b)) {
        double y = MN_FLOAT_VALUE(b);
        switch (op) {
        case MN_LT: return bool_result(x < y);
        case MN_LE: return bool_result(x <= y);
        case MN_EQ: return bool_result(x == y);
        case MN_NE: return bool_result(x != y);
        case MN_GT: return bool_result(x > y);
        default: return bool_result(x >= y);
        }
    }
    if (!MN_INT_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    if (isnan(x)) {
        return bool_result(op == MN_NE);
    }
    if (isinf(x)) {
        return bool_result(cmp_result(x > 0 ? 1 : -1, op));
    }
    if (MN_INT_IS_COMPACT(b)) {
        double y = (double)MN_INT_COMPACT_VALUE(b);
        return bool_result(cmp_result(x < y ? -1 : x > y ? 1 : 0, op));
    }
    int c = compare_with_int(x, b);
    if (c == -2) {
        return NULL;
    }
    return bool_result(cmp_result(c, op));
}

/* ==== construction ==== */

static MnObject *
float_vectorcall_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        return mn_err_format(mn_exc_TypeError, "float() takes no keyword arguments");
    }
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "float expected at most 1 argument, got %zd",
                             nargs);
    }
    MnObject *exact;
    if (nargs == 0) {
        exact = mn_float_from_double(0.0);
    } else {
        MnObject *x = args[0];
        if (MN_FLOAT_CHECK_EXACT(x)) {
            exact = mn_newref(x);
        } else if (MN_STR_CHECK(x) || MN_BYTES_CHECK(x)) {
            exact = mn_float_from_string(x);
        } else if (MN_FLOAT_CHECK(x) || MN_INT_CHECK(x) || MN_TYPE(x)->nb_float != NULL
                   || MN_TYPE(x)->nb_index != NULL) {
            double v = mn_float_as_double(x);
            if (v == -1.0 && mn_err_occurred()) {
                return NULL;
            }
            exact = mn_float_from_double(v);
        } else {
            return mn_err_format(mn_exc_TypeError,
                                 "float() argument must be a string or a real number, not '%s'",
                                 MN_TYPE(x)->tp_name);
        }
    }
    if (exact == NULL || type == &mn_float_type) {
        return exact;
    }
    MnObject *res = float_new_of_type(type, MN_FLOAT_VALUE(exact));
    mn_decref(exact);
    return res;
}

/* ==== methods ==== */

static MnObject *
float_conjugate(MnObject *self, MnObject *unused)
{
    (void)unused;
    return float_pos(self);
}

static MnObject *
float_is_integer(MnObject *self, MnObject *unused)
{
    (void)unused;
    double v = MN_FLOAT_VALUE(self);
    return bool_result(isfinite(v) && floor(v) == v);
}

static MnObject *
float_trunc(MnObject *self, MnObject *unused)
{
    (void)unused;
    return float_int(self);
}

static MnObject *
float_floor(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_double(floor(MN_FLOAT_VALUE(self)));
}

static MnObject *
float_ceil(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_double(ceil(MN_FLOAT_VALUE(self)));
}

static MnObject *
float_getnewargs(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *v = mn_float_from_double(MN_FLOAT_VALUE(self));
    if (v == NULL) {
        return NULL;
    }
    MnObject *res = mn_tuple_pack(1, v);
    mn_decref(v);
    return res;
}

static MnObject *
float_format_method(MnObject *self, MnObject *spec)
{
    if (!MN_STR_CHECK(spec)) {
        return mn_err_format(mn_exc_TypeError, "__format__() argument must be str, not %s",
                             MN_TYPE(spec)->tp_name);
    }
    return mn_format_float(self, spec);
}

static MnObject *
float_hex_method(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_float_hex(MN_FLOAT_VALUE(self));
}

static MnObject *
float_fromhex(MnObject *cls, MnObject *arg)
{
    if (!MN_STR_CHECK(arg)) {
        return mn_err_format(mn_exc_TypeError, "bad argument type for built-in operation");
    }
    intptr_t len;
    const char *s = mn_str_as_utf8(arg, &len);
    if (s == NULL) {
        return NULL;
    }
    MnObject *res = mn_float_fromhex_text(s, len, arg);
    if (res == NULL || cls == (MnObject *)&mn_float_type) {
        return res;
    }
    MnObject *sub = mn_object_call_one(cls, res);
    mn_decref(res);
    return sub;
}

static MnObject *
float_as_integer_ratio(MnObject *self, MnObject *unused)
{
    (void)unused;
    double v = MN_FLOAT_VALUE(self);
    if (isinf(v)) {
        return mn_err_format(mn_exc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        return mn_err_format(mn_exc_ValueError, "cannot convert NaN to integer ratio");
    }
    int exp;
    double m = frexp(v, &exp);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        exp--;
    }
    MnObject *num = mn_int_from_double(m);
    MnObject *one = mn_int_from_long(1);
    MnObject *shift = mn_int_from_long(exp < 0 ? -exp : exp);
    MnObject *den = NULL, *res = NULL;
    if (num == NULL || one == NULL || shift == NULL) {
        goto done;
    }
    if (exp >= 0) {
        MnObject *big = mn_number_binop(num, shift, MN_BINOP_LSHIFT);
        if (big == NULL) {
            goto done;
        }
        MN_SETREF(num, big);
        den = mn_newref(one);
    } else {
        den = mn_number_binop(one, shift, MN_BINOP_LSHIFT);
        if (den == NULL) {
            goto done;
        }
    }
    res = mn_tuple_pack(2, num, den);
done:
    mn_xdecref(num);
    mn_xdecref(one);
    mn_xdecref(shift);
    mn_xdecref(den);
    return res;
}

static MnObject *
float_get_real(MnObject *self, void *closure)
{
    (void)closure;
    return float_pos(self);
}

static MnObject *
float_get_imag(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_float_from_double(0.0);
}

static MnObject *
float_round_method(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "__round__ expected at most 1 argument, got %zd",
                             nargs);
    }
    return mn_float_round(self, nargs == 1 ? args[0] : mn_None);
}

static const MnMethodDef float_methods[] = {
    {"conjugate", float_conjugate, MN_METH_NOARGS, "Return self, the complex conjugate."},
    {"__trunc__", float_trunc, MN_METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, MN_METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, MN_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", float_round_method, MN_METH_FAST, "Return the Integral closest to x."},
    {"as_integer_ratio", float_as_integer_ratio, MN_METH_NOARGS,
     "Return integer ratio."},
    {"fromhex", float_fromhex, MN_METH_O | MN_METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"hex", float_hex_method, MN_METH_NOARGS,
     "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", float_is_integer, MN_METH_NOARGS,
     "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, MN_METH_NOARGS, NULL},
    {"__format__", float_format_method, MN_METH_O, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const MnGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_float_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "float",
    .tp_basicsize = sizeof(MnFloat),
    .tp_flags = MN_TPFLAG_BASETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_dealloc = float_dealloc,
    .tp_repr = float_repr,
    .tp_hash = float_hash,
    .tp_richcompare = float_richcompare,
    .tp_new = float_vectorcall_new,
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_floor_divide = float_floordiv,
    .nb_true_divide = float_div,
    .nb_negative = float_neg,
    .nb_positive = float_pos,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
};
