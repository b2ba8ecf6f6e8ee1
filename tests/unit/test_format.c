/*
 * tests/unit/test_format.c - runtime/format.c and runtime/format_percent.c: the format
 * mini-language for int, float and str, and printf-style `%` formatting, with CPython's
 * results and error messages.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "util.h"
#include "mnemo.h"
#include "format.h"

TestSuite(format, .init = mn_test_setup, .fini = mn_test_teardown);

// Checks that [res] (stolen) is a str equal to [want].
static void
expect_text(MnObject *res, const char *want)
{
    cr_assert_not_null(res, "expected %s, got an error", want);
    cr_expect_str_eq(mn_str_as_utf8(res, NULL), want);
    mn_decref(res);
}

// Checks that [res] is NULL with [type] set whose message is [msg].
static void
expect_error(MnObject *res, MnType *type, const char *msg)
{
    cr_assert_null(res, "expected an error: %s", msg);
    cr_assert(mn_err_matches((MnObject *)type));
    MnObject *exc = mn_err_fetch();
    MnObject *text = mn_object_str(exc);
    cr_expect_str_eq(mn_str_as_utf8(text, NULL), msg);
    mn_decref(text);
    mn_decref(exc);
}

static MnObject *
fmt_float(double v, const char *spec)
{
    MnObject *f = mn_float_from_double(v), *s = mn_str_from_cstr(spec);
    MnObject *r = mn_format_float(f, s);
    mn_decref(f);
    mn_decref(s);
    return r;
}

static MnObject *
fmt_int(long v, const char *spec)
{
    MnObject *i = mn_int_from_long(v), *s = mn_str_from_cstr(spec);
    MnObject *r = mn_format_int(i, s);
    mn_decref(i);
    mn_decref(s);
    return r;
}

static MnObject *
fmt_str(const char *v, const char *spec)
{
    MnObject *o = mn_str_from_cstr(v), *s = mn_str_from_cstr(spec);
    MnObject *r = mn_format_str(o, s);
    mn_decref(o);
    mn_decref(s);
    return r;
}

Test(format, float_types_and_precision)
{
    expect_text(fmt_float(1234.5678, ".2f"), "1234.57");
    expect_text(fmt_float(1234.5678, ",.2f"), "1,234.57");
    expect_text(fmt_float(1234.5678, "015,.2f"), "0,000,001,234.57");
    expect_text(fmt_float(1234.5678, "e"), "1.234568e+03");
    expect_text(fmt_float(1234.5678, ".3"), "1.23e+03");
    expect_text(fmt_float(100.0, ".3"), "1e+02");
    expect_text(fmt_float(100.0, ".4"), "100.0");
    expect_text(fmt_float(999999.5, "#g"), "1.00000e+06");
    expect_text(fmt_float(1e16, ""), "1e+16");
    expect_text(fmt_float(0.256, ".1%"), "25.6%");
    expect_text(fmt_float(-0.0, "z.1f"), "0.0");
    expect_text(fmt_float(2.5, "^+9.1f"), "  +2.5   ");
    expect_text(fmt_float(1.0 / 0.0, "010"), "0000000inf");
    expect_text(fmt_float(2.675, ".2f"), "2.67");
}

Test(format, int_types_and_grouping)
{
    expect_text(fmt_int(255, "#x"), "0xff");
    expect_text(fmt_int(255, "#010b"), "0b11111111");
    expect_text(fmt_int(-255, "X"), "-FF");
    expect_text(fmt_int(1234, "010,"), "00,001,234");
    expect_text(fmt_int(1234, "08,"), "0,001,234");
    expect_text(fmt_int(12345678, "#020_x"), "0x000_0000_00bc_614e");
    expect_text(fmt_int(65, "c"), "A");
    expect_text(fmt_int(5, "x<+#10o"), "+0o5xxxxxx");
    expect_text(fmt_int(7, "e"), "7.000000e+00");
    expect_text(fmt_int(-42, "=+8"), "-     42");
}

Test(format, str_alignment_and_precision)
{
    expect_text(fmt_str("hello", "*^11"), "***hello***");
    expect_text(fmt_str("hello", ".3"), "hel");
    expect_text(fmt_str("hello", "05"), "hello");
    expect_text(fmt_str("ab", "05"), "ab000");
    expect_text(fmt_str("abc", "\xc3\xa9^7.2"), "\xc3\xa9\xc3\xa9" "ab" "\xc3\xa9\xc3\xa9\xc3\xa9");
}

Test(format, spec_errors_use_cpython_messages)
{
    expect_error(fmt_float(1.5, "d"), mn_exc_ValueError,
                 "Unknown format code 'd' for object of type 'float'");
    expect_error(fmt_int(1, ".2d"), mn_exc_ValueError,
                 "Precision not allowed in integer format specifier");
    expect_error(fmt_int(1, "abc"), mn_exc_ValueError,
                 "Invalid format specifier 'abc' for object of type 'int'");
    expect_error(fmt_str("a", "+"), mn_exc_ValueError,
                 "Sign not allowed in string format specifier");
    expect_error(fmt_str("a", ","), mn_exc_ValueError, "Cannot specify ',' with 's'.");
    expect_error(fmt_float(1.0, "."), mn_exc_ValueError, "Format specifier missing precision");
    expect_error(fmt_int(1, ",_"), mn_exc_ValueError, "Cannot specify both ',' and '_'.");
    expect_error(fmt_int(0x110000, "c"), mn_exc_OverflowError, "%c arg not in range(0x110000)");
}

static MnObject *
percent(const char *fmt, MnObject *args)
{
    MnObject *f = mn_str_from_cstr(fmt);
    MnObject *r = mn_format_percent(f, args);
    mn_decref(f);
    mn_decref(args);
    return r;
}

Test(format, percent_conversions)
{
    MnObject *a = mn_int_from_long(42), *b = mn_float_from_double(3.14159);
    MnObject *c = mn_str_from_cstr("xy");
    expect_text(percent("%5d|%-5d|%05d|%+d", mn_tuple_pack(4, a, a, a, a)),
                "   42|42   |00042|+42");
    expect_text(percent("%.2f %e %g %#x %o", mn_tuple_pack(5, b, b, b, a, a)),
                "3.14 3.141590e+00 3.14159 0x2a 52");
    expect_text(percent("%s %r %.1s %c", mn_tuple_pack(4, c, c, c, a)), "xy 'xy' x *");
    expect_text(percent("100%% %s", mn_newref(c)), "100% xy");
    mn_decref(a);
    mn_decref(b);
    mn_decref(c);
}

Test(format, percent_mapping_and_star)
{
    MnObject *d = mn_dict_new();
    MnObject *v = mn_int_from_long(7);
    mn_dict_set_item_cstr(d, "k", v);
    expect_text(percent("%(k)03d|%(k)s", mn_newref(d)), "007|7");
    MnObject *w = mn_int_from_long(6);
    expect_text(percent("%*d|", mn_tuple_pack(2, w, v)), "     7|");
    mn_decref(w);
    mn_decref(v);
    mn_decref(d);
}

Test(format, percent_errors)
{
    MnObject *one = mn_int_from_long(1), *s = mn_str_from_cstr("a");
    expect_error(percent("%d", mn_newref(s)), mn_exc_TypeError,
                 "%d format: a real number is required, not str");
    expect_error(percent("%s %s", mn_tuple_pack(1, one)), mn_exc_TypeError,
                 "not enough arguments for format string");
    expect_error(percent("%s", mn_tuple_pack(2, one, one)), mn_exc_TypeError,
                 "not all arguments converted during string formatting");
    expect_error(percent("%y", mn_newref(one)), mn_exc_ValueError,
                 "unsupported format character 'y' (0x79) at index 1");
    expect_error(percent("%(a)s", mn_newref(one)), mn_exc_TypeError, "format requires a mapping");
    expect_error(percent("%*d", mn_tuple_pack(2, s, one)), mn_exc_TypeError, "* wants int");
    expect_error(percent("abc %", mn_newref(one)), mn_exc_ValueError, "incomplete format");
    mn_decref(one);
    mn_decref(s);
}
