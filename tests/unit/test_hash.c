/*
 * tests/unit/test_hash.c - SipHash-1-3 of bytes, the double hash and the pointer hash,
 * compared with CPython 3.11 under PYTHONHASHSEED=0.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

TestSuite(hash, .init = mn_test_setup, .fini = mn_test_teardown);

Test(hash, bytes_match_cpython_with_seed_zero)
{
    char xs[100];
    memset(xs, 'x', sizeof(xs));
    cr_expect_eq(mn_hash_bytes("", 0), 0);
    cr_expect_eq(mn_hash_bytes("a", 1), 4644417185603328019LL);
    cr_expect_eq(mn_hash_bytes("abc", 3), -4594863902769663758LL);
    cr_expect_eq(mn_hash_bytes("abcdefgh", 8), 4574395652268504554LL);
    cr_expect_eq(mn_hash_bytes(xs, 100), 1359644457043326220LL);
    cr_expect_eq(mn_hash_bytes("hello", 5), -2096571579003691106LL);
}

Test(hash, str_hash_is_the_bytes_hash_of_ascii_data)
{
    MnObject *s = mn_str_from_cstr("abc");
    cr_assert_not_null(s);
    cr_expect_eq(mn_str_hash(s), mn_hash_bytes("abc", 3));
    cr_expect_eq(mn_object_hash(s), -4594863902769663758LL);
    mn_decref(s);
}

Test(hash, doubles_match_cpython)
{
    cr_expect_eq(mn_hash_double(NULL, 0.0), 0);
    cr_expect_eq(mn_hash_double(NULL, -0.0), 0);
    cr_expect_eq(mn_hash_double(NULL, 1.0), 1);
    cr_expect_eq(mn_hash_double(NULL, -1.0), -2);
    cr_expect_eq(mn_hash_double(NULL, 0.5), 1152921504606846976LL);
    cr_expect_eq(mn_hash_double(NULL, 1.5), 1152921504606846977LL);
    cr_expect_eq(mn_hash_double(NULL, -2.25), -576460752303423490LL);
    cr_expect_eq(mn_hash_double(NULL, 1e300), 1224995262755759164LL);
    cr_expect_eq(mn_hash_double(NULL, 3.14159), 326484311674566659LL);
    cr_expect_eq(mn_hash_double(NULL, 1e-300), 482449582752280463LL);
    cr_expect_eq(mn_hash_double(NULL, 123456789.123), 283618680910892309LL);
    cr_expect_eq(mn_hash_double(NULL, 4294967296.0), 4294967296LL);
    cr_expect_eq(mn_hash_double(NULL, INFINITY), 314159);
    cr_expect_eq(mn_hash_double(NULL, -INFINITY), -314159);
}

Test(hash, nan_hashes_by_identity)
{
    int a, b;
    cr_expect_eq(mn_hash_double((MnObject *)&a, NAN), mn_hash_pointer(&a));
    cr_expect_neq(mn_hash_double((MnObject *)&a, NAN), mn_hash_double((MnObject *)&b, NAN));
}

Test(hash, pointer_is_rotated_right_by_four)
{
    uintptr_t p = 0x7f0012345670;
    intptr_t h = mn_hash_pointer((void *)p);
    cr_expect_eq((uintptr_t)h, (p >> 4) | ((uintptr_t)0 << 60));
    uintptr_t q = 0x7f001234567f;
    cr_expect_eq((uintptr_t)mn_hash_pointer((void *)q), (q >> 4) | ((uintptr_t)0xf << 60));
    cr_expect_eq(mn_hash_pointer((void *)(uintptr_t)-1), -2);
}
