/*
 * tests/unit/test_int.c - runtime/int*.c: C conversions at digit boundaries, the small-int
 * cache, arithmetic and division against values computed by CPython 3.11 (embedded as text),
 * correctly rounded conversion to double, hashing, text in every base, bytes, the str limit.
 */
#include <criterion/criterion.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "util.h"
#include "mnemo.h"

TestSuite(int, .init = mn_test_setup, .fini = mn_test_teardown);

// Parses decimal text (asserting success). -> new int.
static MnObject *
I(const char *s)
{
    MnObject *v = mn_int_from_string(s, (intptr_t)strlen(s), 10);
    cr_assert_not_null(v, "cannot parse %s", s);
    return v;
}

// Checks that [v] (stolen) prints as [expected] in [base] with prefixes.
static void
expect_text(MnObject *v, int base, const char *expected)
{
    cr_assert_not_null(v);
    MnObject *s = mn_int_to_base(v, base, 1);
    cr_assert_not_null(s);
    cr_expect_str_eq(mn_str_as_utf8(s, NULL), expected);
    mn_decref(s);
    mn_decref(v);
}

// Checks that an exception of [type] is set, then clears it.
static void
expect_error(MnType *type)
{
    cr_expect_eq(mn_err_occurred(), type, "expected %s, got %s", type->tp_name,
                 mn_err_occurred() ? mn_err_occurred()->tp_name : "nothing");
    mn_err_clear();
}

Test(int, from_c_numbers_at_boundaries)
{
    expect_text(mn_int_from_long(0), 10, "0");
    expect_text(mn_int_from_long(-5), 10, "-5");
    expect_text(mn_int_from_long(LONG_MAX), 10, "9223372036854775807");
    expect_text(mn_int_from_long(LONG_MIN), 10, "-9223372036854775808");
    expect_text(mn_int_from_ll(LLONG_MIN), 16, "-0x8000000000000000");
    expect_text(mn_int_from_ull(ULLONG_MAX), 10, "18446744073709551615");
    expect_text(mn_int_from_size(SIZE_MAX), 16, "0xffffffffffffffff");
    expect_text(mn_int_from_ssize((intptr_t)1 << 30), 10, "1073741824");
    expect_text(mn_int_from_ssize(((intptr_t)1 << 30) - 1), 16, "0x3fffffff");
    expect_text(mn_int_from_ll(-(1LL << 60)), 2, "-0b1" "000000000000000000000000000000"
                                              "000000000000000000000000000000");
}

Test(int, small_ints_are_cached_singletons)
{
    MnObject *a = mn_int_from_long(256), *b = mn_int_from_ll(256);
    cr_expect_eq(a, b);
    MnObject *c = mn_int_from_long(-5), *d = I("-5");
    cr_expect_eq(c, d);
    MnObject *e = mn_int_from_long(257), *f = mn_int_from_long(257);
    cr_expect_neq(e, f);
    MnObject *g = mn_int_from_long(-6), *h = mn_int_from_long(-6);
    cr_expect_neq(g, h);
    // arithmetic results in range come back as the cached objects
    MnObject *big = I("1267650600228229401496703205376");
    MnObject *zero = mn_int_sub(big, big);
    MnObject *z2 = mn_int_from_long(0);
    cr_expect_eq(zero, z2);
    MnObject *objs[] = {a, b, c, d, e, f, g, h, big, zero, z2};
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++) {
        mn_decref(objs[i]);
    }
}

Test(int, sizes_follow_cpython)
{
    const char *vals[] = {"0", "1", "-1", "1073741823", "1073741824", "1152921504606846976",
                          "-1237940039285380274899124224"};
    size_t sizes[] = {28, 28, 28, 28, 32, 36, 40};
    for (size_t i = 0; i < 7; i++) {
        MnObject *v = I(vals[i]);
        cr_expect_eq(mn_int_sizeof(v), sizes[i], "%s", vals[i]);
        mn_decref(v);
    }
    cr_expect_eq(mn_int_sizeof(mn_True), 28);
    cr_expect_eq(mn_int_sizeof(mn_False), 28);
}

Test(int, as_c_numbers_and_overflow)
{
    MnObject *v = I("9223372036854775807");
    cr_expect_eq(mn_int_as_long(v), LONG_MAX);
    cr_expect_eq(mn_int_as_ll(v), LLONG_MAX);
    mn_decref(v);
    v = I("-9223372036854775808");
    cr_expect_eq(mn_int_as_ssize(v), INTPTR_MIN);
    mn_decref(v);
    v = I("9223372036854775808");
    int overflow = 0;
    cr_expect_eq(mn_int_as_long_overflow(v, &overflow), -1);
    cr_expect_eq(overflow, 1);
    cr_expect_eq(mn_int_as_long(v), -1);
    expect_error(mn_exc_OverflowError);
    cr_expect_eq(mn_int_as_ssize(v), -1);
    expect_error(mn_exc_OverflowError);
    mn_decref(v);
    v = I("-9223372036854775809");
    mn_int_as_long_overflow(v, &overflow);
    cr_expect_eq(overflow, -1);
    mn_decref(v);
    v = mn_int_from_long(-42);
    cr_expect_eq(mn_int_as_long_overflow(v, &overflow), -42);
    cr_expect_eq(overflow, 0);
    cr_expect_eq(mn_int_sign(v), -1);
    mn_decref(v);
}

Test(int, as_double_is_correctly_rounded)
{
    static const struct { const char *s; double d; } cases[] = {
        {"9007199254740993", 9007199254740992.0},           // 2**53 + 1: ties to even
        {"18014398509481987", 1.8014398509481988e+16},      // 2**54 + 3
        {"18446744073709553665", 1.8446744073709556e+19},   // 2**64 + 2**11 + 1
        {"-1180591620717411434496", -1.1805916207174113e+21},
        {"1000000000000000000000000000000", 1e30},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MnObject *v = I(cases[i].s);
        cr_expect_eq(mn_int_as_double(v), cases[i].d, "%s", cases[i].s);
        mn_decref(v);
    }
    MnObject *two = mn_int_from_long(2), *e = mn_int_from_long(1024);
    MnObject *big = mn_int_pow(two, e, mn_None);
    cr_expect_eq(mn_int_as_double(big), -1.0);
    expect_error(mn_exc_OverflowError);
    MnObject *one = mn_int_from_long(1);
    MnObject *below = mn_int_sub(big, one);
    cr_expect_eq(mn_int_as_double(below), INFINITY == INFINITY ? -1.0 : 0.0);  // rounds up
    expect_error(mn_exc_OverflowError);
    mn_decref(two);
    mn_decref(e);
    mn_decref(big);
    mn_decref(one);
    mn_decref(below);
}

Test(int, from_double_truncates_and_rejects_nan_inf)
{
    expect_text(mn_int_from_double(-2.9), 10, "-2");
    expect_text(mn_int_from_double(1e20), 10, "100000000000000000000");
    expect_text(mn_int_from_double(ldexp(1.0, 200)), 16,
                "0x100000000000000000000000000000000000000000000000000");
    expect_text(mn_int_from_double(-1.5e300), 10,
                "-1500000000000000078757140382806630373056702871662238732373781173267703686983362"
                "29367955706262067179606555666574932581726541378485304064586346718827718006047427"
                "25808013898637056067453506921821350890534298524561999176216785584514613201119791"
                "14170213741868888183230085264257173504208294580298189100810240");
    cr_expect_null(mn_int_from_double(NAN));
    expect_error(mn_exc_ValueError);
    cr_expect_null(mn_int_from_double(-INFINITY));
    expect_error(mn_exc_OverflowError);
}

Test(int, arithmetic_matches_cpython)
{
    MnObject *a = I("265613988879109245848406080027124274598333669464251699173479587140026386"
                    "232693874454021627104002");
    MnObject *b = I("-2037035976334486086268445688409378161051468393665936250636140449354381"
                    "299763336706183385031");
    expect_text(mn_int_add(a, b), 10, "265611951843132911362319811581435865220172617995858033"
                "237228950999577031851394111117315443718971");
    expect_text(mn_int_sub(a, b), 10, "265616025915085580334492348472812683976494720932645365"
                "109730223280475740613993637790727810489033");
    expect_text(mn_int_mul(a, b), 10, "-5410652511644536322257555361784456988723956403793506"
                "1676131912239907509973177248222965767200175315105801911925181153847683266916"
                "2104113853911101977998733776318793525188070258549846994062");
    MnObject *d = I("265613988879109245848406080027124274598333669464251699173479587140");
    expect_text(mn_int_floordiv(b, d), 10, "-7669159237172619436692796");
    expect_text(mn_int_mod(b, d), 10, "12119783174815131212791547958288045251513481954508687"
                "2910908858409");
    expect_text(mn_int_neg(b), 10, "20370359763344860862684456884093781610514683936659362506"
                "36140449354381299763336706183385031");
    cr_expect_eq(mn_int_compare(a, b), 1);
    cr_expect_eq(mn_int_compare(b, a), -1);
    cr_expect_eq(mn_int_compare(a, a), 0);
    cr_expect_eq(mn_int_bit_length(a), 317);
    mn_decref(a);
    mn_decref(b);
    mn_decref(d);
}

Test(int, division_floors_and_rejects_zero)
{
    static const struct { long a, b, q, r; } cases[] = {
        {7, 2, 3, 1}, {-7, 2, -4, 1}, {7, -2, -4, -1}, {-7, -2, 3, -1}, {0, 5, 0, 0},
        {-1, 1000000007, -1, 1000000006},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MnObject *a = mn_int_from_long(cases[i].a), *b = mn_int_from_long(cases[i].b);
        MnObject *q = mn_int_floordiv(a, b), *r = mn_int_mod(a, b);
        cr_expect_eq(mn_int_as_long(q), cases[i].q);
        cr_expect_eq(mn_int_as_long(r), cases[i].r);
        mn_decref(a);
        mn_decref(b);
        mn_decref(q);
        mn_decref(r);
    }
    MnObject *a = mn_int_from_long(1), *z = mn_int_from_long(0);
    cr_expect_null(mn_int_floordiv(a, z));
    expect_error(mn_exc_ZeroDivisionError);
    cr_expect_null(mn_int_mod(a, z));
    expect_error(mn_exc_ZeroDivisionError);
    mn_decref(a);
    mn_decref(z);
}

Test(int, knuth_division_corner_cases)
{
    // q * b + r == a and 0 <= r < b for divisors that force the add-back step
    const char *pairs[][2] = {
        {"1329227995784915872903807060280344575", "1152921504606846975"},
        {"170141183460469231731687303715884105728", "79228162532711081671548469249"},
        {"1461501637330902918203684832716283019655932542976",
         "340282366920938463463374607431768211457"},
        {"39614081257132168796771975169", "39614081257132168796771975168"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        MnObject *a = I(pairs[i][0]), *b = I(pairs[i][1]);
        MnObject *q = mn_int_floordiv(a, b), *r = mn_int_mod(a, b);
        MnObject *qb = mn_int_mul(q, b), *sum = mn_int_add(qb, r);
        cr_expect_eq(mn_int_compare(sum, a), 0, "%s", pairs[i][0]);
        cr_expect_eq(mn_int_sign(r) >= 0, 1);
        cr_expect_eq(mn_int_compare(r, b), -1);
        MnObject *objs[] = {a, b, q, r, qb, sum};
        for (size_t k = 0; k < 6; k++) {
            mn_decref(objs[k]);
        }
    }
    MnObject *a = I("1329227995784915872903807060280344575");
    MnObject *b = I("1152921504606846975");
    expect_text(mn_int_floordiv(a, b), 10, "1152921504606846977");
    mn_decref(a);
    mn_decref(b);
}

Test(int, karatsuba_products_match_cpython_hashes)
{
    MnObject *two = mn_int_from_long(2), *one = mn_int_from_long(1);
    MnObject *e1000 = mn_int_from_long(1000), *e500 = mn_int_from_long(500);
    MnObject *p1000 = mn_int_pow(two, e1000, mn_None), *p500 = mn_int_pow(two, e500, mn_None);
    MnObject *x = mn_int_sub(p1000, one), *y = mn_int_add(p500, one);
    MnObject *xx = mn_int_mul(x, x), *xxx = mn_int_mul(xx, x), *prod = mn_int_mul(xxx, y);
    cr_expect_eq(mn_object_hash(prod), 1152077285893863421);
    MnObject *objs[] = {two, one, e1000, e500, p1000, p500, x, y, xx, xxx, prod};
    for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) {
        mn_decref(objs[k]);
    }
}

Test(int, hash_is_cpythons)
{
    static const struct { const char *s; intptr_t h; } cases[] = {
        {"-1", -2}, {"0", 0}, {"2305843009213693951", 0}, {"-2305843009213693952", -2},
        {"18446744073709551616", 8},
        {"265613988879109245848406080027124274598333669464251699173479587140026386232693874"
         "454021627104002", 1394212012290792532},
        {"-20370359763344860862684456884093781610514683936659362506361404493543812997633367"
         "06183385031", -72057594037915591},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        MnObject *v = I(cases[i].s);
        cr_expect_eq(mn_object_hash(v), cases[i].h, "%s", cases[i].s);
        mn_decref(v);
    }
}

Test(int, text_in_every_base)
{
    expect_text(mn_int_from_long(-31), 16, "-0x1f");
    expect_text(mn_int_from_long(0), 2, "0b0");
    expect_text(mn_int_from_long(8), 8, "0o10");
    MnObject *v = mn_int_from_long(255);
    MnObject *s = mn_int_to_base(v, 16, 0);
    cr_expect_str_eq(mn_str_as_utf8(s, NULL), "ff");
    mn_decref(s);
    mn_decref(v);
    v = mn_int_from_string("0x_DEAD_beef", 12, 0);
    expect_text(v, 10, "3735928559");
    v = mn_int_from_string("  -z_z  ", 8, 36);
    expect_text(v, 10, "-1295");
    v = mn_int_from_string("1" "000000000" "000000000" "000000000" "000000000", 37, 10);
    expect_text(v, 16, "0xc097ce7bc90715b34b9f1000000000");
}

Test(int, parse_errors)
{
    const char *bad[] = {"", "  ", "1__0", "_1", "1_", "0x", "12a", "--1", "010", "1 2"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int base = strcmp(bad[i], "010") == 0 ? 0 : 10;
        cr_expect_null(mn_int_from_string(bad[i], (intptr_t)strlen(bad[i]), base), "%s", bad[i]);
        expect_error(mn_exc_ValueError);
    }
    cr_expect_null(mn_int_from_string("1", 1, 37));
    expect_error(mn_exc_ValueError);
    cr_expect_null(mn_int_from_string("1", 1, 1));
    expect_error(mn_exc_ValueError);
}

Test(int, str_digit_limit)
{
    cr_expect_eq(mn_int_get_max_str_digits(), 4300);
    cr_expect_eq(mn_int_set_max_str_digits(100), -1);
    expect_error(mn_exc_ValueError);
    char *buf = malloc(5001);
    memset(buf, '7', 5000);
    buf[5000] = 0;
    cr_expect_null(mn_int_from_string(buf, 5000, 10));
    expect_error(mn_exc_ValueError);
    MnObject *v = mn_int_from_string(buf, 5000, 16);        // power-of-two bases are free
    cr_assert_not_null(v);
    MnObject *s = mn_int_to_base(v, 10, 0);
    cr_expect_null(s);
    expect_error(mn_exc_ValueError);
    cr_expect_eq(mn_int_set_max_str_digits(0), 0);
    s = mn_int_to_base(v, 10, 0);
    cr_expect_not_null(s);
    MnObject *back = mn_int_from_string(mn_str_as_utf8(s, NULL), MN_STR_LEN(s), 10);
    cr_expect_eq(mn_int_compare(back, v), 0);
    cr_expect_eq(mn_int_set_max_str_digits(4300), 0);
    mn_decref(back);
    mn_decref(s);
    mn_decref(v);
    free(buf);
}

Test(int, bytes_round_trip_two_complement)
{
    unsigned char out[8];
    MnObject *v = mn_int_from_long(-129);
    cr_expect_eq(mn_int_to_bytes(v, out, 2, 0, 1), 0);
    cr_expect_eq(out[0], 0xff);
    cr_expect_eq(out[1], 0x7f);
    cr_expect_eq(mn_int_to_bytes(v, out, 1, 0, 1), -1);
    expect_error(mn_exc_OverflowError);
    cr_expect_eq(mn_int_to_bytes(v, out, 8, 0, 0), -1);
    expect_error(mn_exc_OverflowError);
    mn_decref(v);
    v = mn_int_from_long(-128);
    cr_expect_eq(mn_int_to_bytes(v, out, 1, 1, 1), 0);
    cr_expect_eq(out[0], 0x80);
    mn_decref(v);
    const unsigned char raw[] = {0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80};
    v = mn_int_from_bytes(raw, 8, 1, 1);
    expect_text(v, 10, "-9223372036854775553");
    v = mn_int_from_bytes(raw, 8, 0, 0);
    expect_text(v, 16, "0xff00000000000080");
    v = mn_int_from_bytes(raw, 0, 0, 1);
    expect_text(v, 10, "0");
}

Test(int, copy_exact_and_bit_length)
{
    MnObject *v = mn_int_copy_exact(mn_True);
    cr_expect(MN_INT_CHECK_EXACT(v));
    cr_expect_eq(mn_int_as_long(v), 1);
    mn_decref(v);
    MnObject *big = I("-1237940039285380274899124224");
    cr_expect_eq(mn_int_bit_length(big), 91);
    MnObject *c = mn_int_copy_exact(big);
    cr_expect_eq(c, big);
    mn_decref(c);
    mn_decref(big);
    v = mn_int_from_long(0);
    cr_expect_eq(mn_int_bit_length(v), 0);
    cr_expect_eq(mn_int_sign(v), 0);
    mn_decref(v);
}

Test(int, pow_with_modulus_and_inverse)
{
    MnObject *a = mn_int_from_long(3), *m = mn_int_from_long(7), *e = mn_int_from_long(-1);
    MnObject *r = mn_int_pow(a, e, m);
    cr_expect_eq(mn_int_as_long(r), 5);
    mn_decref(r);
    MnObject *two = mn_int_from_long(2), *four = mn_int_from_long(4);
    cr_expect_null(mn_int_pow(two, e, four));
    expect_error(mn_exc_ValueError);
    MnObject *zero = mn_int_from_long(0);
    cr_expect_null(mn_int_pow(two, a, zero));
    expect_error(mn_exc_ValueError);
    MnObject *f = mn_int_pow(two, e, mn_None);
    cr_expect(MN_FLOAT_CHECK(f));
    cr_expect_eq(MN_FLOAT_VALUE(f), 0.5);
    MnObject *objs[] = {a, m, e, two, four, zero, f};
    for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) {
        mn_decref(objs[k]);
    }
}

Test(int, shifts_and_bitwise_with_negatives)
{
    MnObject *a = I("-1267650600228229401496703205377");      // -(2**100 + 1)
    MnObject *n = mn_int_from_long(99), *neg = mn_int_from_long(-1);
    expect_text(mn_int_rshift(a, n), 10, "-3");
    expect_text(mn_int_lshift(a, n), 16,
                "-0x" "80000000000000000000000008000000000000000000000000");
    cr_expect_null(mn_int_lshift(a, neg));
    expect_error(mn_exc_ValueError);
    MnObject *mask = I("1267650600228229401496703205375");    // 2**100 - 1
    MnObject *r = mn_number_binop(a, mask, MN_BINOP_AND);
    expect_text(r, 16, "0xfffffffffffffffffffffffff");
    mn_decref(a);
    mn_decref(n);
    mn_decref(neg);
    mn_decref(mask);
}

Test(int, negative_zero_and_carries_across_digits)
{
    MnObject *z = I("-0");
    cr_expect_eq(MN_SIZE(z), 0);
    MnObject *zero = mn_int_from_long(0);
    cr_expect_eq(z, zero);
    MnObject *nz = mn_int_neg(zero);
    cr_expect_eq(nz, zero);
    MnObject *m = mn_int_from_long((1L << 30) - 1), *one = mn_int_from_long(1);
    MnObject *s = mn_int_add(m, one);
    cr_expect_eq(MN_SIZE(s), 2);
    expect_text(mn_int_sub(s, one), 16, "0x3fffffff");
    MnObject *m60 = I("1152921504606846975");                // 2**60 - 1
    MnObject *s60 = mn_int_add(m60, one);
    cr_expect_eq(MN_SIZE(s60), 3);
    expect_text(mn_int_mul(s60, s60), 16, "0x1" "000000000000000000000000000000");
    MnObject *neg60 = mn_int_neg(s60);
    expect_text(mn_int_add(neg60, one), 10, "-1152921504606846975");
    expect_text(mn_int_sub(neg60, neg60), 10, "0");
    MnObject *objs[] = {z, zero, nz, m, one, s, m60, s60, neg60};
    for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) {
        mn_decref(objs[k]);
    }
}

Test(int, from_double_near_int64_limits)
{
    expect_text(mn_int_from_double(9223372036854775808.0), 10, "9223372036854775808");
    expect_text(mn_int_from_double(-9223372036854775808.0), 10, "-9223372036854775808");
    expect_text(mn_int_from_double(1.8446744073709552e19), 16, "0x10000000000000000");
    expect_text(mn_int_from_double(0.999), 10, "0");
    expect_text(mn_int_from_double(-0.0), 10, "0");
}
