/*
 * tests/unit/test_float.c - runtime/float.c and runtime/float_text.c: repr against CPython's
 * output for embedded values, round-tripping of random doubles, parsing, arithmetic, round().
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "mnemo.h"
#include "float_repr_data.h"

TestSuite(float, .init = mn_test_setup, .fini = mn_test_teardown);

static double
from_bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof(d));
    return d;
}

Test(float, repr_matches_cpython_for_embedded_values)
{
    size_t n = sizeof(float_repr_cases) / sizeof(float_repr_cases[0]);
    for (size_t i = 0; i < n; i++) {
        char buf[32];
        double d = from_bits(float_repr_cases[i].bits);
        mn_float_repr_buf(d, buf, sizeof(buf));
        cr_expect_str_eq(buf, float_repr_cases[i].repr, "bits %llx",
                         (unsigned long long)float_repr_cases[i].bits);
    }
}

Test(float, repr_round_trips_random_doubles)
{
    uint64_t state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 5000; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        double d = from_bits(state);
        if (!isfinite(d)) {
            continue;
        }
        char buf[32];
        int len = mn_float_repr_buf(d, buf, sizeof(buf));
        cr_assert_lt(len, 32);
        cr_expect_eq(strtod(buf, NULL), d, "%s", buf);
        cr_expect(strchr(buf, '.') != NULL || strchr(buf, 'e') != NULL, "%s", buf);
    }
}

Test(float, repr_uses_cpython_notation_thresholds)
{
    static const struct { double d; const char *s; } cases[] = {
        {1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {1e-5, "1e-05"}, {1e-4, "0.0001"},
        {-0.0, "-0.0"}, {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"},
        {1.5e300, "1.5e+300"}, {123456789012345678.0, "1.2345678901234568e+17"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char buf[32];
        mn_float_repr_buf(cases[i].d, buf, sizeof(buf));
        cr_expect_str_eq(buf, cases[i].s);
    }
}

static double
parse(const char *text, int *ok)
{
    MnObject *s = mn_str_from_cstr(text);
    cr_assert_not_null(s);
    MnObject *f = mn_float_from_string(s);
    mn_decref(s);
    if (f == NULL) {
        *ok = 0;
        cr_assert(mn_err_matches((MnObject *)mn_exc_ValueError));
        mn_err_clear();
        return 0.0;
    }
    *ok = 1;
    double v = MN_FLOAT_VALUE(f);
    mn_decref(f);
    return v;
}

Test(float, parses_python_float_literals)
{
    int ok;
    cr_expect_eq(parse("  1_000.5 ", &ok), 1000.5);
    cr_expect(ok);
    cr_expect_eq(parse("-1e-3", &ok), -1e-3);
    cr_expect(isinf(parse("-Infinity", &ok)) && ok);
    cr_expect(isnan(parse("nan", &ok)) && ok);
    cr_expect_eq(parse(".5", &ok), 0.5);
    cr_expect_eq(parse("5.", &ok), 5.0);
    const char *bad[] = {"", "abc", "1_", "_1", "1__0", "1e", "0x10", "1.2.3", "e5", "."};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        parse(bad[i], &ok);
        cr_expect(!ok, "%s parsed", bad[i]);
    }
}

static double
binop(double a, double b, int op)
{
    MnObject *x = mn_float_from_double(a), *y = mn_float_from_double(b);
    MnObject *r = mn_number_binop(x, y, op);
    mn_decref(x);
    mn_decref(y);
    cr_assert_not_null(r);
    double v = MN_FLOAT_VALUE(r);
    mn_decref(r);
    return v;
}

Test(float, floor_division_and_modulo_follow_the_divisor)
{
    cr_expect_eq(binop(-7.0, 2.0, MN_BINOP_FLOOR_DIVIDE), -4.0);
    cr_expect_eq(binop(-7.0, 2.0, MN_BINOP_REMAINDER), 1.0);
    cr_expect_eq(binop(7.0, -2.0, MN_BINOP_REMAINDER), -1.0);
    cr_expect(signbit(binop(0.0, -3.0, MN_BINOP_REMAINDER)));
    cr_expect_eq(binop(1.0, 0.1, MN_BINOP_FLOOR_DIVIDE), 9.0);
    MnObject *x = mn_float_from_double(1.0), *z = mn_float_from_double(0.0);
    cr_expect_null(mn_number_binop(x, z, MN_BINOP_TRUE_DIVIDE));
    cr_expect(mn_err_matches((MnObject *)mn_exc_ZeroDivisionError));
    mn_err_clear();
    mn_decref(x);
    mn_decref(z);
}

Test(float, power_special_cases)
{
    double r;
    cr_expect_eq(mn_float_pow_values(2.0, 10.0, &r), 0);
    cr_expect_eq(r, 1024.0);
    cr_expect_eq(mn_float_pow_values(-2.0, 3.0, &r), 0);
    cr_expect_eq(r, -8.0);
    cr_expect_eq(mn_float_pow_values(0.0, -1.0, &r), -1);
    cr_expect(mn_err_matches((MnObject *)mn_exc_ZeroDivisionError));
    mn_err_clear();
    cr_expect_eq(mn_float_pow_values(10.0, 400.0, &r), -1);
    cr_expect(mn_err_matches((MnObject *)mn_exc_OverflowError));
    mn_err_clear();
    cr_expect_eq(mn_float_pow_values(-8.0, 1.0 / 3.0, &r), -1);
    cr_expect(mn_err_matches((MnObject *)mn_exc_NotImplementedError));
    mn_err_clear();
}

static double
round_to(double x, long n)
{
    MnObject *f = mn_float_from_double(x), *nd = mn_int_from_long(n);
    MnObject *r = mn_float_round(f, nd);
    mn_decref(f);
    mn_decref(nd);
    cr_assert_not_null(r);
    double v = MN_FLOAT_VALUE(r);
    mn_decref(r);
    return v;
}

Test(float, round_is_correctly_rounded)
{
    cr_expect_eq(round_to(2.675, 2), 2.67);
    cr_expect_eq(round_to(0.125, 2), 0.12);
    cr_expect_eq(round_to(1250.0, -2), 1200.0);
    cr_expect_eq(round_to(1350.0, -2), 1400.0);
    cr_expect_eq(round_to(149.5, -2), 100.0);
    cr_expect_eq(round_to(999.0, -3), 1000.0);
    cr_expect_eq(round_to(0.1, 400), 0.1);
    MnObject *f = mn_float_from_double(2.5);
    MnObject *r = mn_float_round(f, mn_None);
    cr_expect_eq(mn_int_as_long(r), 2);
    mn_decref(r);
    mn_decref(f);
}

Test(float, as_double_converts_ints_exactly_and_rejects_others)
{
    MnObject *i = mn_int_from_long(1L << 40);
    cr_expect_eq(mn_float_as_double(i), 1099511627776.0);
    mn_decref(i);
    MnObject *s = mn_str_from_cstr("x");
    cr_expect_eq(mn_float_as_double(s), -1.0);
    cr_expect(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    mn_decref(s);
}

Test(float, hash_of_integral_values_matches_int_hash)
{
    for (long k = -1000; k <= 1000; k += 37) {
        MnObject *f = mn_float_from_double((double)k), *i = mn_int_from_long(k);
        cr_expect_eq(mn_object_hash(f), mn_object_hash(i));
        mn_decref(f);
        mn_decref(i);
    }
}

Test(float, free_list_reuses_objects_without_leaking)
{
    MnObject *objs[300];
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 300; i++) {
            objs[i] = mn_float_from_double(i * 0.5);
            cr_assert_not_null(objs[i]);
        }
        for (int i = 0; i < 300; i++) {
            cr_expect_eq(MN_FLOAT_VALUE(objs[i]), i * 0.5);
            mn_decref(objs[i]);
        }
    }
}

Test(float, hex_and_fromhex_round_trip)
{
    double vals[] = {1.0, 0.1, -2.5, 5e-324, 1.7976931348623157e308, 0.0};
    for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
        MnObject *h = mn_float_hex(vals[i]);
        intptr_t len;
        const char *s = mn_str_as_utf8(h, &len);
        MnObject *back = mn_float_fromhex_text(s, len, h);
        cr_assert_not_null(back);
        cr_expect_eq(MN_FLOAT_VALUE(back), vals[i], "%s", s);
        mn_decref(back);
        mn_decref(h);
    }
}
