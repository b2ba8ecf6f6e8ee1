/*
 * tests/unit/test_runtime.c - runtime/runtime.c: start-up and teardown.
 */
#include <criterion/criterion.h>
#include "mnemo.h"
#include "util.h"

TestSuite(runtime, .init = mn_test_setup, .fini = mn_test_teardown);

Test(runtime, starts_with_the_core_modules_and_defaults)
{
    cr_assert_eq(mn_rt.recursion_limit, 1000);
    cr_assert_eq(mn_rt.recursion_depth, 0);
    cr_assert_null(mn_rt.exc);
    cr_assert_not_null(mn_dict_get_cstr_borrow(mn_rt.modules, "builtins"));
    cr_assert_not_null(mn_dict_get_cstr_borrow(mn_rt.modules, "sys"));
    cr_assert_not_null(mn_dict_get_cstr_borrow(mn_rt.modules, "_io"));
    cr_assert(MN_TYPE_HAS_FLAG(&mn_list_type, MN_TPFLAG_READY));
}

Test(runtime, a_second_runtime_after_teardown_works)
{
    intptr_t leaked = mn_runtime_fini();
    cr_assert_eq(leaked, 0);
    cr_assert_not(MN_TYPE_HAS_FLAG(&mn_list_type, MN_TPFLAG_READY));
    static char *argv[] = {"again", NULL};
    cr_assert_eq(mn_runtime_init(1, argv), 0);
    MnObject *l = mn_list_new(0);
    cr_assert_not_null(l);
    mn_decref(l);
    cr_assert_eq(MN_LIST_LEN(mn_rt.argv), 1);
}

Test(runtime, cycles_left_at_exit_are_collected_by_teardown)
{
    MnObject *a = mn_list_new(0), *b = mn_list_new(0);
    mn_list_append(a, b);
    mn_list_append(b, a);
    mn_decref(a);
    mn_decref(b);
    // mn_test_teardown checks that nothing is left alive.
}

Test(runtime, recursion_counter_guards_c_calls)
{
    mn_rt.recursion_depth = mn_rt.recursion_limit;
    cr_assert_eq(mn_enter_recursive_call(" in comparison"), -1);
    MnObject *exc = mn_err_fetch();
    cr_assert_eq(MN_TYPE(exc), mn_exc_RecursionError);
    mn_decref(exc);
    mn_rt.recursion_depth = 0;
    cr_assert_eq(mn_enter_recursive_call(""), 0);
    cr_assert_eq(mn_rt.recursion_depth, 1);
    mn_leave_recursive_call();
    cr_assert_eq(mn_rt.recursion_depth, 0);
}
