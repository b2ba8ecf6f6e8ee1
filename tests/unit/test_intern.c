/*
 * tests/unit/test_intern.c - interned strings: one object per value, mortal (the table's
 * references are not counted), removed from the table when they die.
 */
#include <criterion/criterion.h>
#include "util.h"
#include "mnemo.h"

TestSuite(intern, .init = mn_test_setup, .fini = mn_test_teardown);

Test(intern, interning_twice_gives_the_same_object)
{
    MnObject *a = mn_str_intern_cstr("some_identifier_xyz");
    MnObject *b = mn_str_from_cstr("some_identifier_xyz");
    cr_assert_not_null(a);
    cr_assert_neq(a, b);
    mn_str_intern_inplace(&b);
    cr_expect_eq(a, b);
    cr_expect_eq(((MnStr *)a)->state.interned, MN_INTERNED);
    cr_expect_eq(MN_REFCNT(a), 2);
    mn_decref(a);
    mn_decref(b);
}

Test(intern, interned_strings_are_mortal)
{
    intptr_t before = mn_str_interned_count();
    MnObject *s = mn_str_from_cstr("mortal_name_123");
    cr_expect_eq(MN_REFCNT(s), 1);
    mn_str_intern_inplace(&s);
    cr_expect_eq(MN_REFCNT(s), 1);
    cr_expect_eq(mn_str_interned_count(), before + 1);
    mn_decref(s);
    cr_expect_eq(mn_str_interned_count(), before);
    MnObject *again = mn_str_intern_cstr("mortal_name_123");
    cr_expect_eq(MN_REFCNT(again), 1);
    cr_expect_eq(mn_str_interned_count(), before + 1);
    mn_decref(again);
}

Test(intern, interning_is_idempotent_and_keeps_other_strings_apart)
{
    MnObject *s = mn_str_intern_cstr("abc_def");
    MnObject *same = s;
    mn_incref(same);
    mn_str_intern_inplace(&same);
    cr_expect_eq(same, s);
    cr_expect_eq(MN_REFCNT(s), 2);
    MnObject *t = mn_str_intern_cstr("abc_deg");
    cr_expect_neq(s, t);
    mn_decref(same);
    mn_decref(s);
    mn_decref(t);
}
