/*
 * runtime/float_text.c - float <-> text: the shortest round-trip digits behind repr(),
 * parsing for float(str), float.hex() and float.fromhex().
 * Digits come from the C library's correctly rounded printf/strtod; repr picks the shortest
 * string that reads back to the same double, as CPython's dtoa mode 0 does.
 * See also: runtime/float.c, runtime/format.c
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mnemo.h"
#include "format.h"

// <float.h> is shadowed by runtime/float.h on the include path
#define MN_DBL_MIN 2.2250738585072014e-308
#define MN_DBL_MIN_EXP (-1021)

/* ==== shortest digits ==== */

// Parses "d.ddde[+-]XX" from printf into bare digits and a decimal point position.
static int
split_exp_text(const char *text, char *digits, int *decpt)
{
    int n = 0;
    const char *p = text;
    while (*p && *p != 'e') {
        if (*p != '.') {
            digits[n++] = *p;
        }
        p++;
    }
    digits[n] = '\0';
    *decpt = atoi(p + 1) + 1;
    return n;
}

// Rebuilds "0.DIGITS e decpt" as text strtod reads. -> the value read back.
static double
read_back(const char *digits, int decpt)
{
    char buf[48];
    snprintf(buf, sizeof(buf), "0.%se%d", digits, decpt);
    return strtod(buf, NULL);
}

// Adds one unit in the last place of [digits] (n of them); may carry into a new digit.
static int
digits_increment(char *digits, int n, int *decpt)
{
    int i = n - 1;
    while (i >= 0 && digits[i] == '9') {
        digits[i] = '0';
        i--;
    }
    if (i >= 0) {
        digits[i]++;
        return n;
    }
    memmove(digits + 1, digits, (size_t)n + 1);
    digits[0] = '1';
    (*decpt)++;
    digits[n] = '\0';
    return n;
}

static int
strip_zeros(char *digits, int n)
{
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    return n;
}

// Correctly rounded [prec] significant digits of [a] (positive, finite).
static int
rounded_digits(double a, int prec, char *digits, int *decpt)
{
    char text[48];
    snprintf(text, sizeof(text), "%.*e", prec - 1, a);
    return split_exp_text(text, digits, decpt);
}

// Linear search for doubles whose round-trip interval is narrow or lopsided (subnormals,
// powers of two): the closest candidate of each length, then its upper neighbour.
static int
search_digits(double a, char *digits, int *decpt)
{
    for (int prec = 1; prec <= 17; prec++) {
        int n = rounded_digits(a, prec, digits, decpt);
        double back = read_back(digits, *decpt);
        if (back == a) {
            return strip_zeros(digits, n);
        }
        if (back < a) {
            char up[24];
            int updecpt = *decpt;
            memcpy(up, digits, (size_t)n + 1);
            digits_increment(up, n, &updecpt);
            if (read_back(up, updecpt) == a) {
                memcpy(digits, up, (size_t)n + 1);
                *decpt = updecpt;
                return strip_zeros(digits, n);
            }
        }
    }
    return rounded_digits(a, 17, digits, decpt);
}

int
mn_float_shortest_digits(double d, char *digits, int *decpt)
{
    double a = fabs(d);
    int exp2;
    double m = frexp(a, &exp2);
    if (a < MN_DBL_MIN || m == 0.5) {
        return search_digits(a, digits, decpt);
    }
    // At most one 15-digit decimal reads back to a normal double, and if a shorter string
    // does, it is that one: strip its zeros.
    int n = rounded_digits(a, 15, digits, decpt);
    if (read_back(digits, *decpt) == a) {
        return strip_zeros(digits, n);
    }
    n = rounded_digits(a, 16, digits, decpt);
    if (read_back(digits, *decpt) == a) {
        return n;
    }
    return rounded_digits(a, 17, digits, decpt);
}

/* ==== repr ==== */

int
mn_float_repr_buf(double d, char *buf, size_t size)
{
    char digits[24];
    char out[40];
    int decpt, n, len = 0;
    if (isnan(d)) {
        return snprintf(buf, size, "nan");
    }
    if (isinf(d)) {
        return snprintf(buf, size, d < 0 ? "-inf" : "inf");
    }
    if (signbit(d)) {
        out[len++] = '-';
    }
    if (d == 0.0) {
        memcpy(out + len, "0.0", 4);
        len += 3;
        return snprintf(buf, size, "%s", out);
    }
    n = mn_float_shortest_digits(d, digits, &decpt);
    if (decpt <= -4 || decpt > 16) {
        int e = decpt - 1;
        out[len++] = digits[0];
        if (n > 1) {
            out[len++] = '.';
            memcpy(out + len, digits + 1, (size_t)n - 1);
            len += n - 1;
        }
        len += sprintf(out + len, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        out[len++] = '0';
        out[len++] = '.';
        for (int i = 0; i < -decpt; i++) {
            out[len++] = '0';
        }
        memcpy(out + len, digits, (size_t)n);
        len += n;
    } else if (decpt >= n) {
        memcpy(out + len, digits, (size_t)n);
        len += n;
        for (int i = n; i < decpt; i++) {
            out[len++] = '0';
        }
        out[len++] = '.';
        out[len++] = '0';
    } else {
        memcpy(out + len, digits, (size_t)decpt);
        len += decpt;
        out[len++] = '.';
        memcpy(out + len, digits + decpt, (size_t)(n - decpt));
        len += n - decpt;
    }
    out[len] = '\0';
    return snprintf(buf, size, "%s", out);
}

/* ==== parsing float(str) ==== */

static int
is_space_cp(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f) || c == 0x85
           || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
           || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static int
ci_equal(const char *s, size_t n, const char *word)
{
    if (strlen(word) != n) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (tolower((unsigned char)s[i]) != word[i]) {
            return 0;
        }
    }
    return 1;
}

// Copies a decimal literal from [s] ([n] bytes, already stripped) into [out] without the
// underscores, checking Python's grammar. -> 0 if valid, -1 otherwise.
static int
clean_decimal(const char *s, size_t n, char *out)
{
    size_t i = 0, k = 0;
    int digits = 0, prev_digit = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        out[k++] = s[i++];
    }
    if (i < n && (ci_equal(s + i, n - i, "inf") || ci_equal(s + i, n - i, "infinity")
                  || ci_equal(s + i, n - i, "nan"))) {
        memcpy(out + k, s + i, n - i);
        out[k + n - i] = '\0';
        return 0;
    }
    int part = 0;   // 0 integer, 1 fraction, 2 exponent
    int exp_digits = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            out[k++] = c;
            prev_digit = 1;
            if (part == 2) {
                exp_digits++;
            } else {
                digits++;
            }
        } else if (c == '_') {
            if (!prev_digit || i + 1 >= n || !isdigit((unsigned char)s[i + 1])) {
                return -1;
            }
            prev_digit = 0;
        } else if (c == '.' && part == 0) {
            part = 1;
            out[k++] = c;
            prev_digit = 0;
        } else if ((c == 'e' || c == 'E') && part < 2 && digits > 0) {
            part = 2;
            out[k++] = 'e';
            prev_digit = 0;
            if (i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-')) {
                out[k++] = s[++i];
            }
        } else {
            return -1;
        }
    }
    out[k] = '\0';
    if (digits == 0 || (part == 2 && exp_digits == 0)) {
        return -1;
    }
    return 0;
}

// Parses an ASCII float literal of [n] bytes (no surrounding space). -> 0 and *out, or -1.
static int
parse_ascii(const char *s, size_t n, double *out)
{
    char small[64];
    char *buf = n < sizeof(small) ? small : mn_mem_alloc(n + 1);
    int rc = -1;
    if (buf == NULL) {
        mn_err_no_memory();
        return -2;
    }
    if (n > 0 && clean_decimal(s, n, buf) == 0) {
        *out = strtod(buf, NULL);
        rc = 0;
    }
    if (buf != small) {
        mn_mem_free(buf);
    }
    return rc;
}

// Parses text of [len] bytes (UTF-8) as float(); [orig] is the object for the message.
static MnObject *
parse_text(const char *s, intptr_t len, MnObject *orig)
{
    // strip ASCII and Unicode whitespace (decoding UTF-8 lead bytes only where needed)
    intptr_t lo = 0, hi = len;
    while (lo < hi) {
        unsigned char c = (unsigned char)s[lo];
        if (c < 0x80 && is_space_cp(c)) {
            lo++;
        } else if (c == 0xc2 && lo + 1 < hi && ((unsigned char)s[lo + 1] == 0x85
                                                 || (unsigned char)s[lo + 1] == 0xa0)) {
            lo += 2;
        } else {
            break;
        }
    }
    while (hi > lo) {
        unsigned char c = (unsigned char)s[hi - 1];
        if (c < 0x80 && is_space_cp(c)) {
            hi--;
        } else if (hi - 2 >= lo && (unsigned char)s[hi - 2] == 0xc2
                   && (c == 0x85 || c == 0xa0)) {
            hi -= 2;
        } else {
            break;
        }
    }
    double v;
    int rc = parse_ascii(s + lo, (size_t)(hi - lo), &v);
    if (rc == 0) {
        return mn_float_from_double(v);
    }
    if (rc == -2) {
        return NULL;
    }
    return mn_err_format(mn_exc_ValueError, "could not convert string to float: %R", orig);
}

MnObject *
mn_float_from_string(MnObject *str)
{
    if (MN_STR_CHECK(str)) {
        intptr_t len;
        if (MN_STR_IS_ASCII(str)) {
            return parse_text((const char *)MN_STR_DATA(str), MN_STR_LEN(str), str);
        }
        // Unicode digits and spaces become ASCII ones first, as CPython does
        MnObject *ascii = mn_str_transform_decimal_ascii(str);
        if (ascii == NULL) {
            return NULL;
        }
        const char *s = mn_str_as_utf8(ascii, &len);
        MnObject *res = s != NULL ? parse_text(s, len, str) : NULL;
        mn_decref(ascii);
        return res;
    }
    if (MN_BYTES_CHECK(str)) {
        return parse_text(MN_BYTES_DATA(str), MN_BYTES_LEN(str), str);
    }
    return mn_err_format(mn_exc_TypeError,
                         "float() argument must be a string or a real number, not '%s'",
                         MN_TYPE(str)->tp_name);
}

/* ==== hex ==== */

MnObject *
mn_float_hex(double x)
{
    char buf[64];
    if (isnan(x) || isinf(x)) {
        mn_float_repr_buf(x, buf, sizeof(buf));
        return mn_str_from_cstr(buf);
    }
    if (x == 0.0) {
        return mn_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(x), &e);
    // normal numbers: leading digit 1, exponent e-1; subnormals: leading 0, exponent -1022
    if (e - 1 >= MN_DBL_MIN_EXP - 1) {
        m = ldexp(m, 1);
        e -= 1;
    } else {
        m = ldexp(m, e - (MN_DBL_MIN_EXP - 1));
        e = MN_DBL_MIN_EXP - 1;
    }
    int len = 0;
    if (x < 0) {
        buf[len++] = '-';
    }
    int lead = (int)m;
    m -= lead;
    len += sprintf(buf + len, "0x%d.", lead);
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int dgt = (int)m;
        m -= dgt;
        buf[len++] = "0123456789abcdef"[dgt];
    }
    len += sprintf(buf + len, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return mn_str_from_cstr(buf);
}

static int
hex_value(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)tolower((unsigned char)c);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Rounds the 64-bit mantissa [mant] (value mant * 2**exp2, sticky bits below) to a double,
// half to even, with gradual underflow. Sets *overflow when too large.
static double
round_mantissa(uint64_t mant, int sticky, long exp2, int *overflow)
{
    *overflow = 0;
    if (mant == 0) {
        return 0.0;
    }
    int top = 63;
    while (!(mant >> top)) {
        top--;
    }
    long e = exp2 + top;            // value in [2**e, 2**(e+1))
    int keep = 53;
    if (e < MN_DBL_MIN_EXP - 1) {      // subnormal: fewer bits
        keep = 53 - (int)((MN_DBL_MIN_EXP - 1) - e);
        if (keep < 0) {
            return 0.0;
        }
    }
    int drop = top + 1 - keep;
    if (drop > 0) {
        uint64_t half = drop > 64 ? 0 : (drop == 64 ? (1ULL << 63) : (1ULL << (drop - 1)));
        uint64_t rest = drop >= 64 ? mant : (mant & ((1ULL << drop) - 1));
        uint64_t q = drop >= 64 ? 0 : mant >> drop;
        int up = rest > half || (rest == half && (sticky || (q & 1)));
        if (drop > 64) {
            up = 0;
        }
        q += (uint64_t)up;
        exp2 += drop;
        mant = q;
    }
    double r = ldexp((double)mant, (int)(exp2 < -20000 ? -20000 : exp2 > 20000 ? 20000 : exp2));
    if (isinf(r)) {
        *overflow = 1;
    }
    return r;
}

MnObject *
mn_float_fromhex_text(const char *s, intptr_t len, MnObject *orig)
{
    intptr_t i = 0, n = len;
    while (i < n && isspace((unsigned char)s[i])) {
        i++;
    }
    while (n > i && isspace((unsigned char)s[n - 1])) {
        n--;
    }
    int neg = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    if (ci_equal(s + i, (size_t)(n - i), "inf") || ci_equal(s + i, (size_t)(n - i), "infinity")) {
        return mn_float_from_double(neg ? -INFINITY : INFINITY);
    }
    if (ci_equal(s + i, (size_t)(n - i), "nan")) {
        return mn_float_from_double(neg ? -NAN : NAN);
    }
    if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
        i += 2;
    }
    uint64_t mant = 0;
    int sticky = 0, ndig = 0, seen_point = 0;
    long exp2 = 0;
    for (; i < n; i++) {
        if (s[i] == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        int v = hex_value(s[i]);
        if (v < 0) {
            break;
        }
        ndig++;
        if (mant >> 58) {
            sticky |= v != 0;
            if (!seen_point) {
                exp2 += 4;
            }
        } else {
            mant = mant * 16 + (uint64_t)v;
            if (seen_point) {
                exp2 -= 4;
            }
        }
    }
    if (ndig == 0) {
        goto invalid;
    }
    if (i < n && (s[i] == 'p' || s[i] == 'P')) {
        i++;
        int eneg = 0;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            eneg = s[i] == '-';
            i++;
        }
        if (i >= n || !isdigit((unsigned char)s[i])) {
            goto invalid;
        }
        long e = 0;
        for (; i < n && isdigit((unsigned char)s[i]); i++) {
            if (e < 100000000) {
                e = e * 10 + (s[i] - '0');
            }
        }
        exp2 += eneg ? -e : e;
    }
    if (i != n) {
        goto invalid;
    }
    int overflow;
    double r = round_mantissa(mant, sticky, exp2, &overflow);
    if (overflow) {
        return mn_err_format(mn_exc_OverflowError,
                             "hexadecimal value too large to represent as a float");
    }
    return mn_float_from_double(neg ? -r : r);
invalid:
    (void)orig;
    return mn_err_format(mn_exc_ValueError, "invalid hexadecimal floating-point string");
}

/* ==== round(x, n) ==== */

// Rounds the digit string [d] (integer digits of |x|, [n] of them) at [keep] digits, half to
// even, with [sticky] meaning a non-zero fraction follows. Writes the rounded integer text.
static void
round_digit_string(const char *d, int n, int keep, int sticky, char *out)
{
    memcpy(out, d, (size_t)keep);
    out[keep] = '\0';
    int first = d[keep] - '0';
    int rest = sticky;
    for (int i = keep + 1; i < n && !rest; i++) {
        rest = d[i] != '0';
    }
    int up = first > 5 || (first == 5 && (rest || (keep > 0 && (out[keep - 1] - '0') % 2)));
    if (up) {
        int i = keep - 1;
        while (i >= 0 && out[i] == '9') {
            out[i] = '0';
            i--;
        }
        if (i >= 0) {
            out[i]++;
        } else {
            memmove(out + 1, out, (size_t)keep + 1);
            out[0] = '1';
        }
    }
}

// x rounded to [ndigits] decimal places, correctly rounded as CPython's dtoa mode 3.
static MnObject *
double_round(double x, int ndigits)
{
    char small[720];
    double r;
    if (ndigits >= 0) {
        snprintf(small, sizeof(small), "%.*f", ndigits, x);
        r = strtod(small, NULL);
    } else {
        double a = fabs(x);
        double ip = trunc(a);
        char digits[320];
        char out[400];
        int n = snprintf(digits, sizeof(digits), "%.0f", ip);
        int drop = -ndigits;
        int keep = n - drop;
        if (ip == 0.0 || keep < 0) {
            r = 0.0;
        } else {
            round_digit_string(digits, n, keep, a != ip, out);
            int len = (int)strlen(out);
            if (len == 0) {
                r = 0.0;
            } else {
                snprintf(out + len, sizeof(out) - (size_t)len, "e%d", drop);
                r = strtod(out, NULL);
            }
        }
        r = copysign(r, x);
    }
    if (isinf(r)) {
        return mn_err_format(mn_exc_OverflowError, "rounded value too large to represent");
    }
    return mn_float_from_double(r);
}

MnObject *
mn_float_round(MnObject *self, MnObject *ndigits)
{
    double x = MN_FLOAT_VALUE(self);
    if (ndigits == mn_None) {
        double rounded = round(x);
        if (fabs(x - rounded) == 0.5) {
            rounded = 2.0 * round(x / 2.0);
        }
        return mn_int_from_double(rounded);
    }
    intptr_t n = mn_number_as_ssize(ndigits, NULL);
    if (n == -1 && mn_err_occurred()) {
        return NULL;
    }
    if (!isfinite(x) || x == 0.0 || n > 323) {
        return mn_float_from_double(x);
    }
    if (n < -308) {
        return mn_float_from_double(0.0 * x);
    }
    return double_round(x, (int)n);
}
