/*
 * runtime/int_str.c - int <-> text: repr/str in base 10 (quadratic conversion through base
 * 10**9 with a small constant), bin/oct/hex in linear time, and int() parsing of str/bytes with
 * CPython's rules for whitespace, signs, prefixes and underscores. Also CPython 3.11's limit on
 * decimal conversions (sys.set_int_max_str_digits, 4300 digits by default).
 * See also: runtime/int.c, runtime/int_impl.h, runtime/format.c (format(int, spec))
 */
#include <math.h>
#include <string.h>
#include "int_impl.h"
#include "alloc.h"
#include "err.h"
#include "exc.h"
#include "str.h"

#define DEC_BASE 1000000000u
#define DEC_DIGITS 9
#define MAX_STR_DIGITS_THRESHOLD 640

static intptr_t max_str_digits = 4300;

intptr_t
mn_int_get_max_str_digits(void)
{
    return max_str_digits;
}

int
mn_int_set_max_str_digits(intptr_t n)
{
    if (n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
        mn_err_format(mn_exc_ValueError, "maxdigits must be 0 or larger than %d",
                      MAX_STR_DIGITS_THRESHOLD);
        return -1;
    }
    max_str_digits = n;
    return 0;
}

static MnObject *
limit_error_str(void)
{
    return mn_err_format(mn_exc_ValueError,
                         "Exceeds the limit (%zd digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         max_str_digits);
}

/* ==== int -> text ==== */

// Writes the decimal digits of [v] ending just before [end]. -> start of the digits.
static char *
write_u64(char *end, unsigned long long v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

// A fresh ASCII str holding [n] bytes of [text]. -> new str, or NULL.
static MnObject *
ascii_str(const char *text, intptr_t n)
{
    MnObject *s = mn_str_new(n, 127);
    if (s != NULL) {
        memcpy(MN_STR_DATA(s), text, (size_t)n);
    }
    return s;
}

static MnObject *
to_decimal(MnObject *o, int check_limit)
{
    intptr_t na = INT_NDIGITS(o);
    int neg = INT_IS_NEG(o);
    if (na <= 2) {
        char buf[32];
        unsigned long long m = na == 0 ? 0 : INT_DIGITS(o)[0];
        if (na == 2) {
            m |= (unsigned long long)INT_DIGITS(o)[1] << MN_LONG_SHIFT;
        }
        char *p = write_u64(buf + sizeof buf, m);
        if (neg) {
            *--p = '-';
        }
        return ascii_str(p, buf + sizeof buf - p);
    }
    if (check_limit && max_str_digits > 0 &&
        na >= 10 * max_str_digits / (3 * MN_LONG_SHIFT) + 2) {
        return limit_error_str();
    }
    // base 10**9 digits, least significant first: out = out * 2**30 + digit, from the top
    intptr_t cap = 1 + na + na / 99;
    uint32_t *out = mn_mem_alloc((size_t)cap * sizeof(uint32_t));
    if (out == NULL) {
        return mn_err_no_memory();
    }
    intptr_t nout = 0;
    const mn_digit *d = INT_DIGITS(o);
    for (intptr_t i = na; --i >= 0;) {
        mn_twodigits hi = d[i];
        for (intptr_t j = 0; j < nout; j++) {
            mn_twodigits z = ((mn_twodigits)out[j] << MN_LONG_SHIFT) | hi;
            hi = z / DEC_BASE;
            out[j] = (uint32_t)(z - hi * DEC_BASE);
        }
        while (hi) {
            out[nout++] = (uint32_t)(hi % DEC_BASE);
            hi /= DEC_BASE;
        }
    }
    // digits of the top group, then 9 per group
    intptr_t ndec = DEC_DIGITS * (nout - 1);
    for (uint32_t t = out[nout - 1]; t; t /= 10) {
        ndec++;
    }
    if (check_limit && max_str_digits > 0 && ndec > max_str_digits) {
        mn_mem_free(out);
        return limit_error_str();
    }
    MnObject *s = mn_str_new(ndec + neg, 127);
    if (s == NULL) {
        mn_mem_free(out);
        return NULL;
    }
    char *p = (char *)MN_STR_DATA(s) + ndec + neg;
    for (intptr_t j = 0; j < nout - 1; j++) {
        uint32_t g = out[j];
        for (int k = 0; k < DEC_DIGITS; k++) {
            *--p = (char)('0' + g % 10);
            g /= 10;
        }
    }
    p = write_u64(p, out[nout - 1]);
    if (neg) {
        *--p = '-';
    }
    mn_mem_free(out);
    return s;
}

static MnObject *
to_pow2_base(MnObject *o, int base, int prefix)
{
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    int neg = INT_IS_NEG(o);
    int64_t nbits = mn_int_bit_length(o);
    intptr_t nchars = nbits == 0 ? 1 : (intptr_t)((nbits + bits - 1) / bits);
    intptr_t len = nchars + neg + (prefix ? 2 : 0);
    MnObject *s = mn_str_new(len, 127);
    if (s == NULL) {
        return NULL;
    }
    char *start = (char *)MN_STR_DATA(s), *p = start + len;
    const mn_digit *d = INT_DIGITS(o);
    intptr_t na = INT_NDIGITS(o);
    mn_twodigits acc = 0;
    int accbits = 0;
    intptr_t i = 0;
    for (intptr_t c = 0; c < nchars; c++) {
        if (accbits < bits && i < na) {
            acc |= (mn_twodigits)d[i++] << accbits;
            accbits += MN_LONG_SHIFT;
        }
        *--p = "0123456789abcdef"[acc & (unsigned)(base - 1)];
        acc >>= bits;
        accbits -= bits;
    }
    if (prefix) {
        *--p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        *--p = '0';
    }
    if (neg) {
        *--p = '-';
    }
    return s;
}

MnObject *
mn_int_to_base(MnObject *o, int base, int prefix)
{
    if (base == 10) {
        return to_decimal(o, 1);
    }
    if (base == 2 || base == 8 || base == 16) {
        return to_pow2_base(o, base, prefix);
    }
    return mn_err_bad_internal_call("mn_int_to_base");
}

MnObject *
mn_int_repr(MnObject *o)
{
    return to_decimal(o, 1);
}

/* ==== text -> int ==== */

static int
is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Value of the digit character [c], or 99.
static int
digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static MnObject *
invalid_literal(const char *s, intptr_t len, int base, MnObject *orig)
{
    // the message shows repr() of the argument cut to 200 characters
    MnObject *r;
    if (orig != NULL) {
        r = mn_object_repr(orig);
    } else {
        MnObject *str = mn_str_from_utf8(s, len);
        r = str ? mn_object_repr(str) : NULL;
        mn_xdecref(str);
    }
    if (r != NULL && MN_STR_LEN(r) > 200) {
        MN_SETREF(r, mn_str_substring(r, 0, 200));
    }
    if (r != NULL) {
        mn_err_format(mn_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
        mn_decref(r);
    }
    return NULL;
}

// Digits [p, end) (validated, maybe with underscores) in a power-of-two base.
static MnObject *
parse_pow2(const char *p, const char *end, intptr_t ndigits, int base)
{
    int bits = 0;
    while ((1 << bits) < base) {
        bits++;
    }
    MnLong *z = mn_int_alloc((intptr_t)(((int64_t)ndigits * bits + MN_LONG_SHIFT - 1) /
                                        MN_LONG_SHIFT));
    if (z == NULL) {
        return NULL;
    }
    mn_twodigits acc = 0;
    int accbits = 0;
    intptr_t i = 0;
    for (const char *q = end; q-- > p;) {
        if (*q == '_') {
            continue;
        }
        acc |= (mn_twodigits)digit_value((unsigned char)*q) << accbits;
        accbits += bits;
        if (accbits >= MN_LONG_SHIFT) {
            z->ob_digit[i++] = (mn_digit)(acc & MN_LONG_MASK);
            acc >>= MN_LONG_SHIFT;
            accbits -= MN_LONG_SHIFT;
        }
    }
    if (accbits > 0) {
        z->ob_digit[i] = (mn_digit)acc;
    }
    return (MnObject *)z;
}

// Digits [p, end) in any other base: z = z * base**k + chunk, k digits at a time.
static MnObject *
parse_general(const char *p, const char *end, intptr_t ndigits, int base)
{
    // the largest k with base**k <= 2**30
    int width = 0;
    mn_twodigits maxmult = 1;
    while (maxmult * base <= MN_LONG_BASE) {
        maxmult *= base;
        width++;
    }
    // CPython's estimate of the digits needed (its block size); a rare carry past it grows the
    // int by one digit into a new block, as CPython does
    double per_char = log((double)base) / log((double)MN_LONG_BASE);
    intptr_t cap = (intptr_t)((double)ndigits * per_char + 1.0);
    MnLong *z = mn_int_alloc(cap);
    if (z == NULL) {
        return NULL;
    }
    mn_digit *zd = z->ob_digit;
    intptr_t nz = 0;
    while (p < end) {
        mn_twodigits chunk = 0, mult = 1;
        for (int k = 0; k < width && p < end; p++) {
            if (*p == '_') {
                continue;
            }
            chunk = chunk * base + (mn_twodigits)digit_value((unsigned char)*p);
            mult *= base;
            k++;
        }
        if (mult == 1) {
            break;
        }
        mn_twodigits carry = chunk;
        for (intptr_t j = 0; j < nz; j++) {
            carry += (mn_twodigits)zd[j] * mult;
            zd[j] = (mn_digit)(carry & MN_LONG_MASK);
            carry >>= MN_LONG_SHIFT;
        }
        while (carry) {
            if (nz == cap) {
                MnLong *t = mn_int_alloc(++cap);
                if (t == NULL) {
                    mn_decref(z);
                    return NULL;
                }
                memcpy(t->ob_digit, zd, (size_t)nz * sizeof(mn_digit));
                mn_decref(z);
                z = t;
                zd = z->ob_digit;
            }
            zd[nz++] = (mn_digit)(carry & MN_LONG_MASK);
            carry >>= MN_LONG_SHIFT;
        }
    }
    MN_SIZE(z) = nz;
    return (MnObject *)z;
}

MnObject *
mn_int_parse(const char *s, intptr_t len, int base, MnObject *orig)
{
    if ((base != 0 && base < 2) || base > 36) {
        return mn_err_format(mn_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    const char *p = s, *end = s + len;
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    while (end > p && is_space((unsigned char)end[-1])) {
        end--;
    }
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p++ == '-';
    }
    int b = base, zeros_only = 0;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            p += 2;
            if (p < end && *p == '_') {
                p++;
            }
        }
    }
    if (b == 0) {
        b = 10;
        zeros_only = p < end && *p == '0';
    }
    // digits separated by single underscores; the limit is checked before any trailing junk
    intptr_t ndigits = 0;
    int bad = 0;
    const char *start = p;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == start || q + 1 >= end || q[1] == '_') {
                bad = 1;
                break;
            }
            continue;
        }
        int v = digit_value((unsigned char)*q);
        if (v >= b) {
            bad = 1;
            break;
        }
        bad |= zeros_only && v != 0;
        ndigits++;
    }
    if ((b & (b - 1)) != 0 && max_str_digits > 0 && ndigits > max_str_digits) {
        return mn_err_format(mn_exc_ValueError,
                             "Exceeds the limit (%zd digits) for integer string conversion: "
                             "value has %zd digits; use sys.set_int_max_str_digits() to "
                             "increase the limit", max_str_digits, ndigits);
    }
    if (bad || ndigits == 0) {
        return invalid_literal(s, len, base, orig);
    }
    MnObject *z;
    if ((b & (b - 1)) == 0) {
        z = parse_pow2(start, end, ndigits, b);
    } else {
        z = parse_general(start, end, ndigits, b);
    }
    if (z == NULL) {
        return NULL;
    }
    mn_int_set_neg((MnLong *)z, neg);
    return mn_int_normalize((MnLong *)z);
}

MnObject *
mn_int_from_string(const char *s, intptr_t len, int base)
{
    return mn_int_parse(s, len, base, NULL);
}
