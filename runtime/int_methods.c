/*
 * runtime/int_methods.c - the int type: int() construction (from numbers, __int__, __index__,
 * __trunc__, str and bytes with a base; int subclasses), the methods and attributes of int
 * (bit_length, to_bytes, from_bytes, __round__ ...) and the type object itself.
 * See also: runtime/int.c, int_arith.c, int_str.c, runtime/bool.c
 */
#include <string.h>
#include "int_impl.h"
#include "gc.h"
#include "alloc.h"
#include "bytes.h"
#include "err.h"
#include "exc.h"
#include "format.h"
#include "none.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ==== bytes conversions ==== */

MnObject *
mn_int_from_bytes(const unsigned char *b, size_t n, int little, int is_signed)
{
    int neg = 0;
    if (n > 0 && is_signed) {
        neg = (little ? b[n - 1] : b[0]) >= 0x80;
    }
    // CPython sizes the int from the significant bytes: leading 0x00 (0xff when negative) are
    // dropped, and a negative value keeps one more byte
    size_t m = n;
    unsigned char pad = neg ? 0xff : 0x00;
    while (m > 0 && (little ? b[m - 1] : b[n - m]) == pad) {
        m--;
    }
    if (neg && m < n) {
        m++;
    }
    if (n == 0) {
        return mn_int_small(0);
    }
    intptr_t nd = (intptr_t)((m * 8 + MN_LONG_SHIFT - 1) / MN_LONG_SHIFT);
    MnLong *z = mn_int_alloc(nd);
    if (z == NULL) {
        return NULL;
    }
    mn_twodigits acc = 0;
    int accbits = 0;
    intptr_t i = 0;
    for (size_t k = 0; k < m; k++) {
        unsigned char c = little ? b[k] : b[n - 1 - k];
        acc |= (mn_twodigits)(neg ? c ^ 0xff : c) << accbits;
        accbits += 8;
        if (accbits >= MN_LONG_SHIFT) {
            z->ob_digit[i++] = (mn_digit)(acc & MN_LONG_MASK);
            acc >>= MN_LONG_SHIFT;
            accbits -= MN_LONG_SHIFT;
        }
    }
    if (i < nd) {
        z->ob_digit[i] = (mn_digit)acc;
    }
    if (neg) {
        // the bytes were inverted: magnitude = ~value + 1
        mn_digit carry = 1;
        for (intptr_t j = 0; j < nd && carry; j++) {
            carry += z->ob_digit[j];
            z->ob_digit[j] = carry & MN_LONG_MASK;
            carry >>= MN_LONG_SHIFT;
        }
        mn_int_set_neg(z, 1);
    }
    return mn_int_normalize(z);
}

// True when |o| is a power of two.
static int
is_pow2_magnitude(MnObject *o)
{
    intptr_t n = INT_NDIGITS(o);
    const mn_digit *d = INT_DIGITS(o);
    for (intptr_t i = 0; i < n - 1; i++) {
        if (d[i]) {
            return 0;
        }
    }
    return n > 0 && (d[n - 1] & (d[n - 1] - 1)) == 0;
}

int
mn_int_to_bytes(MnObject *o, unsigned char *out, size_t n, int little, int is_signed)
{
    int neg = INT_IS_NEG(o);
    if (neg && !is_signed) {
        mn_err_format(mn_exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    int64_t bits = mn_int_bit_length(o);
    if (neg && is_pow2_magnitude(o)) {
        bits--;                 // -2**k needs k bits plus the sign
    }
    if (is_signed) {
        bits++;
    }
    if ((uint64_t)(bits + 7) / 8 > n) {
        mn_err_format(mn_exc_OverflowError, "int too big to convert");
        return -1;
    }
    intptr_t na = INT_NDIGITS(o);
    const mn_digit *d = INT_DIGITS(o);
    mn_twodigits acc = 0;
    int accbits = 0;
    mn_digit carry = 1;
    intptr_t i = 0;
    for (size_t k = 0; k < n; k++) {
        if (accbits < 8) {
            mn_digit digit = i < na ? d[i] : 0;
            i++;
            if (neg) {
                carry += digit ^ MN_LONG_MASK;
                digit = carry & MN_LONG_MASK;
                carry >>= MN_LONG_SHIFT;
            }
            acc |= (mn_twodigits)digit << accbits;
            accbits += MN_LONG_SHIFT;
        }
        out[little ? k : n - 1 - k] = (unsigned char)(acc & 0xff);
        acc >>= 8;
        accbits -= 8;
    }
    return 0;
}

/* ==== construction ==== */

// int(s, base) for a str: Unicode decimal digits and spaces count as their ASCII forms.
static MnObject *
parse_str(MnObject *x, int base)
{
    MnObject *ascii = mn_str_transform_decimal_ascii(x);
    if (ascii == NULL) {
        return NULL;
    }
    intptr_t len;
    const char *s = mn_str_as_utf8(ascii, &len);
    MnObject *r = s ? mn_int_parse(s, len, base, x) : NULL;
    mn_decref(ascii);
    return r;
}

// int(x) for one argument (CPython's PyNumber_Long). -> new exact int, or NULL.
static MnObject *
int_from_object(MnObject *x)
{
    if (MN_INT_CHECK_EXACT(x)) {
        return mn_newref(x);
    }
    MnType *tp = MN_TYPE(x);
    MnObject *r;
    if (tp->nb_int != NULL) {
        r = tp->nb_int(x);
        if (r == NULL || MN_INT_CHECK_EXACT(r)) {
            return r;
        }
        if (!MN_INT_CHECK(r)) {
            mn_err_format(mn_exc_TypeError, "__int__ returned non-int (type %s)",
                          MN_TYPE(r)->tp_name);
            mn_decref(r);
            return NULL;
        }
        MN_SETREF(r, mn_int_copy_exact(r));
        return r;
    }
    if (tp->nb_index != NULL) {
        r = mn_number_index(x);
        if (r != NULL && !MN_INT_CHECK_EXACT(r)) {
            MN_SETREF(r, mn_int_copy_exact(r));
        }
        return r;
    }
    if (mn_type_lookup_cstr(tp, "__trunc__") != NULL) {
        r = mn_object_call_method(x, "__trunc__", NULL, 0);
        if (r == NULL || MN_INT_CHECK_EXACT(r)) {
            return r;
        }
        if (MN_INT_CHECK(r)) {
            MN_SETREF(r, mn_int_copy_exact(r));
            return r;
        }
        if (MN_TYPE(r)->nb_index == NULL) {
            mn_err_format(mn_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                          MN_TYPE(r)->tp_name);
            mn_decref(r);
            return NULL;
        }
        MN_SETREF(r, mn_number_index(r));
        if (r != NULL && !MN_INT_CHECK_EXACT(r)) {
            MN_SETREF(r, mn_int_copy_exact(r));
        }
        return r;
    }
    if (MN_STR_CHECK(x)) {
        return parse_str(x, 10);
    }
    if (MN_BYTES_CHECK(x)) {
        return mn_int_parse(MN_BYTES_DATA(x), MN_BYTES_LEN(x), 10, x);
    }
    return mn_err_format(mn_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real "
                         "number, not '%s'", tp->tp_name);
}

// int(x, base). -> new exact int, or NULL.
static MnObject *
int_from_string_base(MnObject *x, MnObject *obase)
{
    MnObject *bo = mn_number_index(obase);
    if (bo == NULL) {
        return NULL;
    }
    int overflow;
    long base = mn_int_as_long_overflow(bo, &overflow);
    mn_decref(bo);
    if (overflow || (base != 0 && base < 2) || base > 36) {
        return mn_err_format(mn_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (MN_STR_CHECK(x)) {
        return parse_str(x, (int)base);
    }
    if (MN_BYTES_CHECK(x)) {
        return mn_int_parse(MN_BYTES_DATA(x), MN_BYTES_LEN(x), (int)base, x);
    }
    return mn_err_format(mn_exc_TypeError, "int() can't convert non-string with explicit base");
}

// An instance of the int subclass [type] with the value of the exact int [v] (stolen).
static MnObject *
subtype_from_exact(MnType *type, MnObject *v)
{
    intptr_t n = INT_NDIGITS(v);
    MnObject *o = mn_object_alloc(type, n > 0 ? n : 1);
    if (o != NULL) {
        MN_SIZE(o) = MN_SIZE(v);
        memcpy(INT_DIGITS(o), INT_DIGITS(v), (size_t)n * sizeof(mn_digit));
        if (MN_IS_GC(o)) {
            mn_gc_track(o);         // a subclass with a __dict__ can be in cycles
        }
    }
    mn_decref(v);
    return o;
}

static MnObject *
int_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 2) {
        return mn_err_format(mn_exc_TypeError, "int() takes at most 2 arguments (%zd given)",
                             nargs + nkw);
    }
    MnObject *x = nargs > 0 ? args[0] : NULL, *obase = nargs > 1 ? args[1] : NULL;
    for (intptr_t i = 0; i < nkw; i++) {
        MnObject *name = MN_TUPLE_GET(kwnames, i);
        if (!mn_str_eq_cstr(name, "base")) {
            return mn_err_format(mn_exc_TypeError, "'%U' is an invalid keyword argument for int()",
                                 name);
        }
        if (obase != NULL) {
            return mn_err_format(mn_exc_TypeError,
                                 "argument for int() given by name ('base') and position (2)");
        }
        obase = args[nargs + i];
    }
    MnObject *v;
    if (x == NULL) {
        if (obase != NULL) {
            return mn_err_format(mn_exc_TypeError, "int() missing string argument");
        }
        v = mn_int_small(0);
    } else if (obase == NULL) {
        v = int_from_object(x);
    } else {
        v = int_from_string_base(x, obase);
    }
    if (v == NULL || type == &mn_int_type) {
        return v;
    }
    return subtype_from_exact(type, v);
}

static void
int_dealloc(MnObject *o)
{
    uintptr_t p = (uintptr_t)o, lo = (uintptr_t)&mn_int_small_ints[0];
    if (p >= lo && p < lo + sizeof mn_int_small_ints) {
        o->ob_refcnt = MN_IMMORTAL_REFCNT;  // immortal: an unbalanced decref must not free it
        return;
    }
    mn_object_free(o);
}

/* ==== methods ==== */

static MnObject *
int_conjugate(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_copy_exact(self);
}

static MnObject *
int_bit_length(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_ssize((intptr_t)mn_int_bit_length(self));
}

static MnObject *
int_bit_count(MnObject *self, MnObject *unused)
{
    (void)unused;
    long long count = 0;
    for (intptr_t i = 0; i < INT_NDIGITS(self); i++) {
        count += __builtin_popcount(INT_DIGITS(self)[i]);
    }
    return mn_int_from_ssize((intptr_t)count);
}

static MnObject *
int_as_integer_ratio(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *n = mn_int_copy_exact(self);
    if (n == NULL) {
        return NULL;
    }
    MnObject *one = mn_int_small(1);
    MnObject *t = mn_tuple_pack(2, n, one);
    mn_decref(n);
    mn_decref(one);
    return t;
}

static MnObject *
int_getnewargs(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *n = mn_int_copy_exact(self);
    if (n == NULL) {
        return NULL;
    }
    MnObject *t = mn_tuple_pack(1, n);
    mn_decref(n);
    return t;
}

static MnObject *
int_sizeof_method(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_size(mn_int_sizeof(self));
}

static MnObject *
int_round(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "__round__ expected at most 1 argument, got %zd",
                             nargs);
    }
    if (nargs == 0 || args[0] == mn_None) {
        return mn_int_copy_exact(self);
    }
    MnObject *nd = mn_number_index(args[0]);
    if (nd == NULL) {
        return NULL;
    }
    MnObject *r = INT_IS_NEG(nd) ? mn_int_round_neg(self, nd) : mn_int_copy_exact(self);
    mn_decref(nd);
    return r;
}

static MnObject *
int_format(MnObject *self, MnObject *spec)
{
    if (!MN_STR_CHECK(spec)) {
        return mn_err_format(mn_exc_TypeError, "__format__() argument must be str, not %s",
                             MN_TYPE(spec)->tp_name);
    }
    return mn_format_int(self, spec);
}

// Matches positional and keyword arguments against [names] ([npos] may be positional).
// Fills [out] (borrowed, NULL when absent). -> 0, or -1 with TypeError set.
static int
parse_args(const char *fname, const char *const *names, int nnames, int npos,
           MnObject *const *args, intptr_t nargs, MnObject *kwnames, MnObject **out)
{
    for (int i = 0; i < nnames; i++) {
        out[i] = NULL;
    }
    if (nargs > npos) {
        mn_err_format(mn_exc_TypeError, "%s() takes at most %d positional arguments (%zd given)",
                      fname, npos, nargs);
        return -1;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        MnObject *name = MN_TUPLE_GET(kwnames, k);
        int i = 0;
        while (i < nnames && !mn_str_eq_cstr(name, names[i])) {
            i++;
        }
        if (i == nnames) {
            mn_err_format(mn_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                          name, fname);
            return -1;
        }
        if (out[i] != NULL) {
            mn_err_format(mn_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%d)", fname,
                          names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

// byteorder argument: -> 1 little, 0 big, -1 error.
static int
parse_byteorder(const char *fname, MnObject *o)
{
    if (o == NULL) {
        return 0;
    }
    if (!MN_STR_CHECK(o)) {
        mn_err_format(mn_exc_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                      MN_TYPE(o)->tp_name);
        return -1;
    }
    if (mn_str_eq_cstr(o, "little")) {
        return 1;
    }
    if (mn_str_eq_cstr(o, "big")) {
        return 0;
    }
    mn_err_format(mn_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static MnObject *
int_to_bytes(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    MnObject *a[3];
    if (parse_args("to_bytes", names, 3, 2, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    intptr_t length = 1;
    if (a[0] != NULL) {
        MnObject *l = mn_number_index(a[0]);
        if (l == NULL) {
            return NULL;
        }
        length = mn_int_as_ssize(l);
        mn_decref(l);
        if (length == -1 && mn_err_occurred()) {
            return NULL;
        }
        if (length < 0) {
            return mn_err_format(mn_exc_ValueError, "length argument must be non-negative");
        }
    }
    int little = parse_byteorder("to_bytes", a[1]);
    int is_signed = a[2] ? mn_object_is_true(a[2]) : 0;
    if (little < 0 || is_signed < 0) {
        return NULL;
    }
    MnObject *b = mn_bytes_from(NULL, length);
    if (b == NULL) {
        return NULL;
    }
    if (mn_int_to_bytes(self, (unsigned char *)MN_BYTES_DATA(b), (size_t)length, little,
                        is_signed) < 0) {
        mn_decref(b);
        return NULL;
    }
    return b;
}

static MnObject *
int_from_bytes(MnObject *cls, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    MnObject *a[3];
    if (parse_args("from_bytes", names, 3, 2, args, nargs, kwnames, a) < 0) {
        return NULL;
    }
    if (a[0] == NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "from_bytes() missing required argument 'bytes' (pos 1)");
    }
    int little = parse_byteorder("from_bytes", a[1]);
    int is_signed = a[2] ? mn_object_is_true(a[2]) : 0;
    if (little < 0 || is_signed < 0) {
        return NULL;
    }
    MnObject *b;
    if (MN_BYTES_CHECK(a[0])) {
        b = mn_newref(a[0]);
    } else if (MN_INT_CHECK(a[0]) || MN_STR_CHECK(a[0])) {
        return mn_err_format(mn_exc_TypeError, "cannot convert '%s' object to bytes",
                             MN_TYPE(a[0])->tp_name);
    } else {
        b = mn_object_call_one((MnObject *)&mn_bytes_type, a[0]);
        if (b == NULL) {
            return NULL;
        }
    }
    MnObject *v = mn_int_from_bytes((const unsigned char *)MN_BYTES_DATA(b),
                                    (size_t)MN_BYTES_LEN(b), little, is_signed);
    mn_decref(b);
    if (v != NULL && cls != (MnObject *)&mn_int_type) {
        MN_SETREF(v, mn_object_call_one(cls, v));
    }
    return v;
}

static const MnMethodDef int_methods[] = {
    {"conjugate", int_conjugate, MN_METH_NOARGS,
     "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, MN_METH_NOARGS,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, MN_METH_NOARGS,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, MN_METH_FASTKW,
     "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, MN_METH_FASTKW | MN_METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, MN_METH_NOARGS, "Return integer ratio."},
    {"__trunc__", int_conjugate, MN_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", int_conjugate, MN_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", int_conjugate, MN_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, MN_METH_FAST, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, MN_METH_NOARGS, NULL},
    {"__format__", int_format, MN_METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", int_sizeof_method, MN_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

/* ==== attributes ==== */

static MnObject *
int_get_self(MnObject *self, void *closure)
{
    (void)closure;
    return mn_int_copy_exact(self);
}

static MnObject *
int_get_zero(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_int_small(0);
}

static MnObject *
int_get_one(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_int_small(1);
}

static const MnGetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms",
     NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_int_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "int",
    .tp_basicsize = offsetof(MnLong, ob_digit),
    .tp_itemsize = sizeof(mn_digit),
    .tp_flags = MN_TPFLAG_BASETYPE | MN_TPFLAG_LONG_SUBCLASS,
    .tp_dealloc = int_dealloc,
    .tp_repr = mn_int_repr,
    .tp_hash = mn_int_hash,
    .tp_richcompare = mn_int_richcompare,
    .tp_new = int_new,
    .nb_add = mn_int_nb_add,
    .nb_subtract = mn_int_nb_subtract,
    .nb_multiply = mn_int_nb_multiply,
    .nb_remainder = mn_int_nb_remainder,
    .nb_divmod = mn_int_nb_divmod,
    .nb_power = mn_int_nb_power,
    .nb_lshift = mn_int_nb_lshift,
    .nb_rshift = mn_int_nb_rshift,
    .nb_and = mn_int_nb_and,
    .nb_xor = mn_int_nb_xor,
    .nb_or = mn_int_nb_or,
    .nb_floor_divide = mn_int_nb_floor_divide,
    .nb_true_divide = mn_int_nb_true_divide,
    .nb_negative = mn_int_nb_negative,
    .nb_positive = mn_int_nb_positive,
    .nb_absolute = mn_int_nb_absolute,
    .nb_invert = mn_int_nb_invert,
    .nb_bool = mn_int_nb_bool,
    .nb_int = mn_int_copy_exact,
    .nb_float = mn_int_nb_float,
    .nb_index = mn_int_copy_exact,
    .tp_methods = int_methods,
    .tp_getset = int_getset,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};
