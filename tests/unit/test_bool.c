/*
 * tests/unit/test_bool.c - runtime/bool.c: the two static instances, their int values, repr,
 * the bool constructor and & | ^ keeping bool.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "util.h"
#include "mnemo.h"

TestSuite(bool, .init = mn_test_setup, .fini = mn_test_teardown);

Test(bool, instances_are_ints_with_values_one_and_zero)
{
    cr_expect(MN_INT_CHECK(mn_True));
    cr_expect(!MN_INT_CHECK_EXACT(mn_True));
    cr_expect(MN_BOOL_CHECK(mn_False));
    cr_expect_eq(mn_int_as_long(mn_True), 1);
    cr_expect_eq(mn_int_as_long(mn_False), 0);
    cr_expect_eq(MN_SIZE(mn_True), 1);
    cr_expect_eq(MN_SIZE(mn_False), 0);
    cr_expect_eq(mn_object_hash(mn_True), 1);
    cr_expect_eq(mn_bool_type.tp_base, &mn_int_type);
    cr_expect(!MN_TYPE_HAS_FLAG(&mn_bool_type, MN_TPFLAG_BASETYPE));
}

Test(bool, from_long_returns_the_singletons)
{
    MnObject *t = mn_bool_from_long(42), *f = mn_bool_from_long(0);
    cr_expect_eq(t, mn_True);
    cr_expect_eq(f, mn_False);
    mn_decref(t);
    mn_decref(f);
}

Test(bool, repr_is_the_name)
{
    MnObject *r = mn_object_repr(mn_True);
    cr_expect_str_eq(mn_str_as_utf8(r, NULL), "True");
    mn_decref(r);
    r = mn_object_str(mn_False);
    cr_expect_str_eq(mn_str_as_utf8(r, NULL), "False");
    mn_decref(r);
}

Test(bool, bitwise_of_two_bools_is_bool_else_int)
{
    MnObject *r = mn_number_binop(mn_True, mn_False, MN_BINOP_OR);
    cr_expect_eq(r, mn_True);
    mn_decref(r);
    r = mn_number_binop(mn_True, mn_True, MN_BINOP_XOR);
    cr_expect_eq(r, mn_False);
    mn_decref(r);
    MnObject *three = mn_int_from_long(3);
    r = mn_number_binop(mn_True, three, MN_BINOP_AND);
    cr_expect(MN_INT_CHECK_EXACT(r));
    cr_expect_eq(mn_int_as_long(r), 1);
    mn_decref(r);
    r = mn_number_binop(mn_True, mn_True, MN_BINOP_ADD);
    cr_expect(MN_INT_CHECK_EXACT(r));
    cr_expect_eq(mn_int_as_long(r), 2);
    mn_decref(r);
    mn_decref(three);
}

Test(bool, constructor_uses_truth_value)
{
    MnObject *empty = mn_str_from_cstr("");
    MnObject *args[] = {empty};
    MnObject *r = mn_object_call((MnObject *)&mn_bool_type, args, 1, NULL);
    cr_expect_eq(r, mn_False);
    mn_decref(r);
    r = mn_object_call((MnObject *)&mn_bool_type, NULL, 0, NULL);
    cr_expect_eq(r, mn_False);
    mn_decref(r);
    MnObject *big = mn_int_from_ll(1LL << 40);
    args[0] = big;
    r = mn_object_call((MnObject *)&mn_bool_type, args, 1, NULL);
    cr_expect_eq(r, mn_True);
    mn_decref(r);
    MnObject *two[] = {big, big};
    cr_expect_null(mn_object_call((MnObject *)&mn_bool_type, two, 2, NULL));
    cr_expect_eq(mn_err_occurred(), mn_exc_TypeError);
    mn_err_clear();
    mn_decref(big);
    mn_decref(empty);
}
