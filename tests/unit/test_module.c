/*
 * tests/unit/test_module.c - runtime/module.c: module objects.
 */
#include <criterion/criterion.h>
#include "mnemo.h"
#include "util.h"

TestSuite(module, .init = mn_test_setup, .fini = mn_test_teardown);

Test(module, new_module_has_standard_names)
{
    MnObject *m = mn_module_new("demo");
    cr_assert_not_null(m);
    MnObject *d = MN_MODULE_DICT(m);
    cr_assert(mn_str_eq_cstr(mn_dict_get_cstr_borrow(d, "__name__"), "demo"));
    cr_assert_eq(mn_dict_get_cstr_borrow(d, "__doc__"), mn_None);
    cr_assert_eq(mn_module_add_int(m, "answer", 42), 0);
    MnObject *v = mn_object_getattr_str(m, "answer");
    cr_assert_eq(mn_int_as_long(v), 42);
    mn_decref(v);
    cr_assert_null(mn_object_getattr_str(m, "missing"));
    MnObject *exc = mn_err_fetch();
    MnObject *s = mn_object_str(exc);
    cr_assert_str_eq(mn_str_as_utf8(s, NULL), "module 'demo' has no attribute 'missing'");
    mn_decref(s);
    mn_decref(exc);
    MnObject *r = mn_object_repr(m);
    cr_assert_str_eq(mn_str_as_utf8(r, NULL), "<module 'demo'>");
    mn_decref(r);
    mn_decref(m);
}

Test(module, sys_and_builtins_are_registered)
{
    cr_assert_not_null(mn_dict_get_cstr_borrow(mn_rt.modules, "sys"));
    cr_assert_not_null(mn_dict_get_cstr_borrow(mn_rt.modules, "builtins"));
    cr_assert_not_null(mn_dict_get_cstr_borrow(mn_rt.builtins, "len"));
    cr_assert_not_null(mn_dict_get_cstr_borrow(mn_rt.builtins, "ValueError"));
}
