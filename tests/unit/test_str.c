/*
 * tests/unit/test_str.c - str representation (kinds, sizes, singletons, UTF-8 cache), codecs,
 * hashing, comparison, building and mn_str_from_format.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

TestSuite(str, .init = mn_test_setup, .fini = mn_test_teardown);

static MnObject *
u8(const char *s)
{
    MnObject *o = mn_str_from_utf8(s, -1);
    cr_assert_not_null(o);
    return o;
}

Test(str, kind_is_the_smallest_that_fits)
{
    MnObject *a = u8("abc"), *l = u8("caf\xc3\xa9"), *b = u8("\xe2\x82\xac"),
             *e = u8("\xf0\x9f\x98\x80!");
    cr_expect(MN_STR_IS_ASCII(a));
    cr_expect_eq(MN_STR_KIND(a), 1);
    cr_expect(!MN_STR_IS_ASCII(l));
    cr_expect_eq(MN_STR_KIND(l), 1);
    cr_expect_eq(MN_STR_KIND(b), 2);
    cr_expect_eq(MN_STR_KIND(e), 4);
    cr_expect_eq(MN_STR_LEN(e), 2);
    cr_expect_eq(MN_STR_READ(e, 0), 0x1f600);
    cr_expect_eq(MN_STR_READ(l, 3), 0xe9);
    mn_decref(a);
    mn_decref(l);
    mn_decref(b);
    mn_decref(e);
}

Test(str, sizes_match_cpython)
{
    MnObject *a = u8("abcd"), *l = u8("\xc3\xa9\xc3\xa9"), *b = u8("\xe2\x82\xac"),
             *e = u8("\xf0\x9f\x98\x80"), *z = u8("");
    cr_expect_eq(mn_str_sizeof(a), 49 + 4);
    cr_expect_eq(mn_str_sizeof(l), 73 + 2);
    cr_expect_eq(mn_str_sizeof(b), 74 + 2);
    cr_expect_eq(mn_str_sizeof(e), 76 + 4);
    cr_expect_eq(mn_str_sizeof(z), 49);
    mn_decref(a);
    mn_decref(l);
    mn_decref(b);
    mn_decref(e);
    mn_decref(z);
}

Test(str, empty_and_latin1_characters_are_singletons)
{
    MnObject *x = u8(""), *y = mn_str_new(0, 0);
    cr_expect_eq(x, y);
    MnObject *c1 = mn_str_from_char('q'), *c2 = u8("q"), *c3 = mn_str_from_char(0xe9);
    MnObject *c4 = u8("\xc3\xa9");
    cr_expect_eq(c1, c2);
    cr_expect_eq(c3, c4);
    MnObject *s = u8("pqr"), *sub = mn_str_substring(s, 1, 2);
    cr_expect_eq(sub, c1);
    mn_decref(sub);
    MnObject *all[] = {x, y, c1, c2, c3, c4, s};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        mn_decref(all[i]);
    }
}

Test(str, substring_narrows_the_kind)
{
    MnObject *s = u8("x\xc3\xa9\xe2\x82\xac"), *sub = mn_str_substring(s, 0, 2);
    cr_expect_eq(MN_STR_KIND(s), 2);
    cr_expect_eq(MN_STR_KIND(sub), 1);
    cr_expect(!MN_STR_IS_ASCII(sub));
    MnObject *a = mn_str_substring(s, 0, 1);
    cr_expect(MN_STR_IS_ASCII(a));
    mn_decref(a);
    mn_decref(sub);
    mn_decref(s);
}

Test(str, utf8_is_cached_and_ascii_uses_the_data)
{
    MnObject *a = u8("hello"), *b = u8("h\xc3\xa9llo \xe2\x82\xac");
    intptr_t n;
    cr_expect_eq(mn_str_as_utf8(a, &n), (const char *)MN_STR_DATA(a));
    cr_expect_eq(n, 5);
    const char *p = mn_str_as_utf8(b, &n);
    cr_expect_str_eq(p, "h\xc3\xa9llo \xe2\x82\xac");
    cr_expect_eq(n, 10);
    cr_expect_eq(mn_str_as_utf8(b, NULL), p);
    cr_expect_eq(((MnCompactStr *)b)->utf8, p);
    cr_expect_eq(mn_str_sizeof(b), 74 + 2 * 7);
    mn_decref(a);
    mn_decref(b);
}

Test(str, invalid_utf8_raises_unicode_decode_error)
{
    cr_expect_null(mn_str_from_utf8("\xff", 1));
    cr_expect(mn_err_matches((MnObject *)mn_exc_UnicodeDecodeError));
    mn_err_clear();
    cr_expect_null(mn_str_from_utf8("a\xe2\x82", 3));
    cr_expect(mn_err_matches((MnObject *)mn_exc_UnicodeDecodeError));
    mn_err_clear();
    cr_expect_null(mn_str_decode("\xed\xa0\x80", 3, NULL, NULL));    // a surrogate
    mn_err_clear();
    MnObject *sur = mn_str_from_utf8("\xed\xa0\x80", 3);       // literals may hold them
    cr_assert_not_null(sur);
    cr_expect_eq(MN_STR_READ(sur, 0), 0xd800);
    mn_decref(sur);
    cr_expect_null(mn_str_from_utf8("\xc0\x80", 2));            // overlong
    mn_err_clear();
    MnObject *r = mn_str_decode("a\xff" "b", 3, "utf-8", "replace");
    cr_assert_not_null(r);
    cr_expect_eq(MN_STR_LEN(r), 3);
    cr_expect_eq(MN_STR_READ(r, 1), 0xfffd);
    mn_decref(r);
    r = mn_str_decode("a\xff", 2, "utf-8", "surrogateescape");
    cr_assert_not_null(r);
    cr_expect_eq(MN_STR_READ(r, 1), 0xdcff);
    MnObject *back = mn_str_encode(r, "utf-8", "surrogateescape");
    cr_assert_not_null(back);
    cr_expect_eq(MN_BYTES_LEN(back), 2);
    cr_expect_eq((uint8_t)MN_BYTES_DATA(back)[1], 0xff);
    mn_decref(back);
    cr_expect_null(mn_str_as_utf8(r, NULL));
    cr_expect(mn_err_matches((MnObject *)mn_exc_UnicodeEncodeError));
    mn_err_clear();
    mn_decref(r);
}

Test(str, latin1_and_ascii_codecs)
{
    MnObject *s = mn_str_decode("caf\xe9", 4, "Latin_1", NULL);
    cr_assert_not_null(s);
    cr_expect_eq(MN_STR_READ(s, 3), 0xe9);
    MnObject *b = mn_str_encode(s, "latin-1", NULL);
    cr_assert_not_null(b);
    cr_expect_eq(memcmp(MN_BYTES_DATA(b), "caf\xe9", 4), 0);
    mn_decref(b);
    cr_expect_null(mn_str_encode(s, "ascii", NULL));
    cr_expect(mn_err_matches((MnObject *)mn_exc_UnicodeEncodeError));
    mn_err_clear();
    b = mn_str_encode(s, "ascii", "backslashreplace");
    cr_assert_not_null(b);
    cr_expect_eq(MN_BYTES_LEN(b), 7);
    cr_expect_eq(memcmp(MN_BYTES_DATA(b), "caf\\xe9", 7), 0);
    mn_decref(b);
    cr_expect_null(mn_str_encode(s, "klingon", NULL));
    cr_expect(mn_err_matches((MnObject *)mn_exc_LookupError));
    mn_err_clear();
    mn_decref(s);
}

Test(str, hashes_match_cpython_with_seed_zero)
{
    MnObject *a = u8("a"), *e = u8("\xc3\xa9"), *eu = u8("\xe2\x82\xac"),
             *sm = u8("\xf0\x9f\x98\x80"), *z = u8(""), *abc = u8("abc");
    cr_expect_eq(mn_str_hash(a), (intptr_t)4644417185603328019LL);
    cr_expect_eq(mn_str_hash(e), (intptr_t)6047309291227476195LL);
    cr_expect_eq(mn_str_hash(eu), (intptr_t)-5529981157763016009LL);
    cr_expect_eq(mn_str_hash(sm), (intptr_t)-3536540696076613844LL);
    cr_expect_eq(mn_str_hash(z), 0);
    cr_expect_eq(mn_str_hash(abc), (intptr_t)-4594863902769663758LL);
    cr_expect_eq(((MnStr *)abc)->hash, (intptr_t)-4594863902769663758LL);
    MnObject *all[] = {a, e, eu, sm, z, abc};
    for (size_t i = 0; i < 6; i++) {
        mn_decref(all[i]);
    }
}

Test(str, comparison_is_by_code_point)
{
    MnObject *a = u8("abc"), *b = u8("abd"), *c = u8("ab"), *d = u8("ab\xe2\x82\xac"),
             *e = u8("abc");
    cr_expect_lt(mn_str_compare(a, b), 0);
    cr_expect_gt(mn_str_compare(a, c), 0);
    cr_expect_gt(mn_str_compare(d, a), 0);
    cr_expect_eq(mn_str_compare(a, e), 0);
    cr_expect(mn_str_eq(a, e));
    cr_expect(!mn_str_eq(a, b));
    cr_expect(mn_str_eq_cstr(a, "abc"));
    cr_expect(!mn_str_eq_cstr(d, "ab"));
    MnObject *all[] = {a, b, c, d, e};
    for (size_t i = 0; i < 5; i++) {
        mn_decref(all[i]);
    }
}

Test(str, concat_repeat_and_find)
{
    MnObject *a = u8("ab"), *b = u8("\xe2\x82\xac"), *ab = mn_str_concat(a, b);
    cr_assert_not_null(ab);
    cr_expect_eq(MN_STR_KIND(ab), 2);
    cr_expect_eq(MN_STR_LEN(ab), 3);
    MnObject *rep = mn_str_repeat(ab, 3);
    cr_expect_eq(MN_STR_LEN(rep), 9);
    cr_expect_eq(MN_STR_READ(rep, 8), 0x20ac);
    cr_expect_eq(mn_str_find(rep, b, 0, 9, 1), 2);
    cr_expect_eq(mn_str_find(rep, b, 0, 9, -1), 8);
    cr_expect_eq(mn_str_find(a, b, 0, 2, 1), -1);
    cr_expect(mn_str_contains(rep, a));
    mn_decref(rep);
    mn_decref(ab);
    mn_decref(a);
    mn_decref(b);
}

Test(str, strbuf_widens_as_needed)
{
    MnStrBuf b;
    mn_strbuf_init(&b, 0);
    cr_assert_eq(mn_strbuf_put_cstr(&b, "ab"), 0);
    cr_assert_eq(mn_strbuf_put(&b, 0xe9), 0);
    cr_assert_eq(mn_strbuf_put(&b, 0x1f600), 0);
    cr_assert_eq(mn_strbuf_put(&b, 'z'), 0);
    MnObject *s = mn_strbuf_finish(&b);
    cr_assert_not_null(s);
    cr_expect_eq(MN_STR_KIND(s), 4);
    cr_expect_eq(MN_STR_LEN(s), 5);
    cr_expect_eq(MN_STR_READ(s, 3), 0x1f600);
    cr_expect_eq(MN_STR_READ(s, 4), 'z');
    mn_decref(s);
}

Test(str, from_format_handles_every_conversion)
{
    MnObject *name = u8("x\xc3\xa9"), *num = mn_int_from_long(42);
    MnObject *s = mn_str_from_format("%d|%i|%u|%ld|%lu|%lld|%zd|%zu|%x|%c|%s|%.3s|%U|%R|%S|%%|%5d|%-3d|",
                                     -7, 8, 9u, -10L, 11UL, -12LL, (intptr_t)13, (size_t)14,
                                     255u, 0xe9, "h\xc3\xa9", "abcdef", name, name, num, 3, 4);
    cr_assert_not_null(s);
    MnObject *want = u8("-7|8|9|-10|11|-12|13|14|ff|\xc3\xa9|h\xc3\xa9|abc|x\xc3\xa9|'x\xc3\xa9'|42|%|"
                        "    3|4  |");
    cr_expect(mn_str_eq(s, want), "got %s", mn_str_as_utf8(s, NULL));
    mn_decref(want);
    mn_decref(s);
    s = mn_str_from_format("%A|%p", name, (void *)0x1234);
    cr_assert_not_null(s);
    cr_expect_str_eq(mn_str_as_utf8(s, NULL), "'x\\xe9'|0x1234");
    mn_decref(s);
    mn_decref(name);
    mn_decref(num);
}

Test(str, repr_escapes_like_cpython)
{
    MnObject *s = u8("a'b\"c\n\x01\x7f\xc2\xa0\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\\");
    MnObject *r = mn_str_repr(s);
    cr_assert_not_null(r);
    cr_expect_str_eq(mn_str_as_utf8(r, NULL),
                     "'a\\'b\"c\\n\\x01\\x7f\\xa0\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\\\\'");
    mn_decref(r);
    mn_decref(s);
    s = u8("it's");
    r = mn_str_repr(s);
    cr_expect_str_eq(mn_str_as_utf8(r, NULL), "\"it's\"");
    mn_decref(r);
    mn_decref(s);
}

Test(str, join_and_getitem)
{
    MnObject *sep = u8(", "), *a = u8("x"), *b = u8("\xe2\x82\xac");
    MnObject *list = mn_list_new(0);
    mn_list_append(list, a);
    mn_list_append(list, b);
    MnObject *j = mn_str_join(sep, list);
    cr_assert_not_null(j);
    cr_expect_str_eq(mn_str_as_utf8(j, NULL), "x, \xe2\x82\xac");
    MnObject *c = mn_str_getitem(j, 0);
    cr_expect_eq(c, a);
    mn_decref(c);
    mn_decref(j);
    mn_decref(list);
    mn_decref(sep);
    mn_decref(a);
    mn_decref(b);
}

Test(str, append_inplace_grows_a_sole_reference)
{
    MnObject *s = mn_str_from_cstr("ab");
    MnObject *c = mn_str_from_cstr("cd");
    for (int i = 0; i < 50; i++) {
        cr_assert_eq(mn_str_append_inplace(&s, c), 0);
    }
    cr_expect_eq(MN_STR_LEN(s), 102);
    cr_expect_eq(mn_str_sizeof(s), 49 + 102);
    cr_expect_eq(((char *)MN_STR_DATA(s))[102], '\0');
    MnObject *e = mn_str_from_utf8("\xc3\xa9", -1);
    MnObject *keep = s;
    mn_incref(keep);
    cr_assert_eq(mn_str_append_inplace(&s, e), 0);       // shared: a new object
    cr_expect_neq(s, keep);
    cr_expect_eq(MN_STR_KIND(s), 1);
    cr_expect(!MN_STR_IS_ASCII(s));
    cr_expect_eq(MN_STR_READ(s, 102), 0xe9);
    cr_expect_eq(MN_STR_LEN(keep), 102);
    cr_assert_eq(mn_str_append_inplace(&s, c), 0);
    cr_expect_eq(MN_STR_LEN(s), 105);
    cr_expect_eq(mn_str_hash(s), mn_str_hash(s));
    mn_decref(keep);
    mn_decref(s);
    mn_decref(c);
    mn_decref(e);
}

Test(str, from_format_precision_width_and_errors)
{
    MnObject *u = mn_str_from_cstr("xyz");
    MnObject *s = mn_str_from_format("[%.3s][%5s][%-5s][%.2U][%05d]", "h\xc3\xa9llo", "ab", "cd", u, -42);
    cr_assert_not_null(s);
    cr_expect_str_eq(mn_str_as_utf8(s, NULL), "[h\xc3\xa9l][   ab][cd   ][xy][-0042]");
    mn_decref(s);
    mn_decref(u);
    cr_expect_null(mn_str_from_format("%c", 0x110000));
    cr_expect(mn_err_matches((MnObject *)mn_exc_OverflowError));
    mn_err_clear();
}

Test(str, unicode_digits_transform_for_number_parsing)
{
    MnObject *s = mn_str_from_utf8("\xd9\xa3\xd9\xa4 \xef\xbc\x91\xc3\xa9", -1);  // "٣٤ １é"
    MnObject *t = mn_str_transform_decimal_ascii(s);
    cr_assert_not_null(t);
    cr_expect_str_eq(mn_str_as_utf8(t, NULL), "34 1?");
    cr_expect_eq(mn_str_decimal_value('7'), 7);
    cr_expect_eq(mn_str_decimal_value(0x0663), 3);
    cr_expect_eq(mn_str_decimal_value('x'), -1);
    mn_decref(t);
    mn_decref(s);
}
