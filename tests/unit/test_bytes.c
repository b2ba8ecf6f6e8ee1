/*
 * tests/unit/test_bytes.c - bytes layout (33 + n), singletons, hashing, decoding.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

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
