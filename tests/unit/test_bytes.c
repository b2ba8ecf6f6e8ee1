/*
 * tests/unit/test_bytes.c - bytes layout (33 + n), singletons, hashing, decoding.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"
#include "str_impl.h"

TestSuite(bytes, .init = mn_test_setup, .fini = mn_test_teardown);

Test(bytes, layout_matches_cpython)
{
    cr_expect_eq(mn_bytes_type.tp_basicsize, 33);
    cr_expect_eq(mn_bytes_type.tp_itemsize, 1);
    MnObject *b = mn_bytes_from("abc", 3);
    cr_assert_not_null(b);
    cr_expect_eq(MN_BYTES_LEN(b), 3);
    cr_expect_eq(MN_BYTES_DATA(b)[3], '\0');
    cr_expect_eq(((MnBytes *)b)->ob_shash, -1);
    mn_decref(b);
}

Test(bytes, empty_and_single_bytes_are_shared)
{
    MnObject *e1 = mn_bytes_from("", 0), *e2 = mn_bytes_from(NULL, 0);
    cr_expect_eq(e1, e2);
    MnObject *a1 = mn_bytes_from("a", 1), *a2 = mn_bytes_from("a", 1);
    cr_expect_eq(a1, a2);
    mn_decref(e1);
    mn_decref(e2);
    mn_decref(a1);
    mn_decref(a2);
}

Test(bytes, hash_matches_str_and_cpython)
{
    MnObject *b = mn_bytes_from("abc", 3);
    cr_expect_eq(mn_object_hash(b), (intptr_t)-4594863902769663758LL);
    cr_expect_eq(((MnBytes *)b)->ob_shash, (intptr_t)-4594863902769663758LL);
    mn_decref(b);
}

Test(bytes, decode_and_repr)
{
    MnObject *b = mn_bytes_from("h\xc3\xa9\n'", 5);
    MnObject *s = mn_str_decode(MN_BYTES_DATA(b), MN_BYTES_LEN(b), NULL, NULL);
    cr_assert_not_null(s);
    cr_expect_eq(MN_STR_LEN(s), 4);
    cr_expect_eq(MN_STR_READ(s, 1), 0xe9);
    MnObject *r = mn_object_repr(b);
    cr_assert_not_null(r);
    cr_expect_str_eq(mn_str_as_utf8(r, NULL), "b\"h\\xc3\\xa9\\n'\"");
    mn_decref(r);
    mn_decref(s);
    mn_decref(b);
}

Test(bytes, percent_formatting_follows_pep_461)
{
    const char *spec = "%s|%5.2s|%c|%c|%%|%-3b|";
    MnObject *fmt = mn_bytes_from(spec, (intptr_t)strlen(spec));
    MnObject *x = mn_bytes_from("xyz", 3), *c1 = mn_int_from_long(65), *c2 = mn_bytes_from("q", 1);
    MnObject *args = mn_tuple_pack(5, x, x, c1, c2, c2);
    MnObject *r = mn_bytes_format(fmt, args);
    cr_assert_not_null(r);
    cr_expect_eq(MN_BYTES_LEN(r), 20);
    cr_expect_eq(memcmp(MN_BYTES_DATA(r), "xyz|   xy|A|q|%|q  |", 20), 0);
    mn_decref(r);
    MnObject *one = mn_tuple_pack(1, x);
    cr_expect_null(mn_bytes_format(fmt, one));       // not enough arguments
    cr_expect(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    MnObject *plain = mn_bytes_from("plain", 5);
    cr_expect_null(mn_bytes_format(plain, x));       // not all arguments converted
    cr_expect(mn_err_matches((MnObject *)mn_exc_TypeError));
    mn_err_clear();
    MnObject *all[] = {fmt, x, c1, c2, args, one, plain};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        mn_decref(all[i]);
    }
}

Test(bytes, slicing_and_search_helpers)
{
    cr_expect_eq(mn_bytes_search("abcabc", 6, "bc", 2, 1), 1);
    cr_expect_eq(mn_bytes_search("abcabc", 6, "bc", 2, -1), 4);
    cr_expect_eq(mn_bytes_search("abcabc", 6, "x", 1, 1), -1);
    cr_expect_eq(mn_bytes_search("abc", 3, "", 0, -1), 3);
    cr_expect_eq(mn_bytes_count_sub("aaaa", 4, "aa", 2, 100), 2);
    cr_expect_eq(mn_bytes_count_sub("aaaa", 4, "", 0, 100), 5);
    cr_expect_eq(mn_bytes_count_sub("aaaa", 4, "a", 1, 3), 3);
}
