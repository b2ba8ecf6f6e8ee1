/*
 * tests/unit/test_descr.c - builtin functions, method descriptors, slot wrappers, members,
 * getsets, staticmethod/classmethod/property and the argument-count messages.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

TestSuite(descr, .init = mn_test_setup, .fini = mn_test_teardown);

static int
str_is(MnObject *o, const char *s)
{
    return o != NULL && MN_STR_CHECK(o) && strcmp(mn_str_as_utf8(o, NULL), s) == 0;
}

static void
expect_error(const char *msg)
{
    MnObject *e = mn_err_fetch();
    cr_assert_not_null(e);
    MnObject *s = mn_object_str(e);
    cr_expect(str_is(s, msg), "got: %s", s ? mn_str_as_utf8(s, NULL) : "NULL");
    mn_xdecref(s);
    mn_decref(e);
}

static MnObject *
f_noargs(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_newref(self ? self : mn_None);
}

static MnObject *
f_one(MnObject *self, MnObject *arg)
{
    (void)self;
    return mn_newref(arg);
}

static const MnMethodDef defs[] = {
    {"f", f_noargs, MN_METH_NOARGS, "f doc"},
    {"len", f_one, MN_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

Test(descr, argument_count_messages)
{
    MnObject *one = mn_int_from_long(1);
    MnObject *args[2] = {one, one};
    cr_expect_null(mn_cfunction_call_def(&defs[0], NULL, args, 1, NULL));
    expect_error("f() takes no arguments (1 given)");
    cr_expect_null(mn_cfunction_call_def(&defs[1], NULL, args, 2, NULL));
    expect_error("len() takes exactly one argument (2 given)");
    MnObject *kw = mn_tuple_pack(1, mn_None);
    cr_expect_null(mn_cfunction_call_def(&defs[1], NULL, args, 1, kw));
    expect_error("len() takes no keyword arguments");
    MnObject *r = mn_cfunction_call_def(&defs[1], NULL, args, 1, NULL);
    cr_expect_eq(r, one);
    mn_decref(r);
    mn_decref(kw);
    mn_decref(one);
}

Test(descr, builtin_function_repr_and_call)
{
    MnObject *f = mn_cfunction_new(&defs[1], NULL, NULL);
    MnObject *r = mn_object_repr(f);
    cr_expect(str_is(r, "<built-in function len>"));
    MnObject *x = mn_int_from_long(5);
    MnObject *res = mn_object_call(f, &x, 1, NULL);
    cr_expect_eq(res, x);
    mn_decref(res);
    mn_decref(x);
    mn_decref(r);
    mn_decref(f);
}

Test(descr, method_descriptor_checks_self_type)
{
    MnObject *d = mn_descr_new_method(&mn_list_type, &defs[0]);
    MnObject *r = mn_object_repr(d);
    cr_expect(str_is(r, "<method 'f' of 'list' objects>"));
    MnObject *one = mn_int_from_long(1);
    cr_expect_null(mn_object_call(d, &one, 1, NULL));
    expect_error("descriptor 'f' for 'list' objects doesn't apply to a 'int' object");
    MnObject *l = mn_list_new(0);
    MnObject *res = mn_object_call(d, &l, 1, NULL);
    cr_expect_eq(res, l);
    mn_decref(res);
    mn_decref(l);
    mn_decref(one);
    mn_decref(r);
    mn_decref(d);
}

Test(descr, slot_wrappers_exist_for_int_add)
{
    MnObject *w = mn_type_lookup_cstr(&mn_int_type, "__add__");
    cr_assert_not_null(w);
    cr_expect_str_eq(MN_TYPE(w)->tp_name, "wrapper_descriptor");
    MnObject *r = mn_object_repr(w);
    cr_expect(str_is(r, "<slot wrapper '__add__' of 'int' objects>"));
    MnObject *args[2] = {mn_int_from_long(2), mn_int_from_long(3)};
    MnObject *sum = mn_object_call(w, args, 2, NULL);
    cr_expect_eq(mn_int_as_long(sum), 5);
    mn_decref(sum);
    mn_decref(args[0]);
    mn_decref(args[1]);
    mn_decref(r);
}

Test(descr, staticmethod_and_classmethod_wrap_callables)
{
    MnObject *f = mn_cfunction_new(&defs[1], NULL, NULL);
    MnObject *sm = mn_staticmethod_new(f);
    cr_assert_not_null(sm);
    cr_expect_str_eq(MN_TYPE(sm)->tp_name, "staticmethod");
    MnObject *got = MN_TYPE(sm)->tp_descr_get(sm, NULL, (MnObject *)&mn_int_type);
    cr_expect_eq(got, f);
    mn_decref(got);
    MnObject *cm = mn_classmethod_new(f);
    cr_expect_str_eq(MN_TYPE(cm)->tp_name, "classmethod");
    MnObject *r = mn_object_repr(cm);
    cr_expect(str_is(r, "<classmethod(<built-in function len>)>"));
    mn_decref(r);
    mn_decref(cm);
    mn_decref(sm);
    mn_decref(f);
}

Test(descr, member_descriptors_read_struct_fields)
{
    MnObject *v = mn_type_lookup_cstr(mn_exc_StopIteration, "value");
    cr_assert_not_null(v);
    cr_expect_str_eq(MN_TYPE(v)->tp_name, "member_descriptor");
    MnObject *r = mn_object_repr(v);
    cr_expect(str_is(r, "<member 'value' of 'StopIteration' objects>"));
    mn_decref(r);
}
