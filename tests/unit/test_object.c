/*
 * tests/unit/test_object.c - runtime/object.c: the generic protocols and their messages.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "mnemo.h"
#include "util.h"

TestSuite(object, .init = mn_test_setup, .fini = mn_test_teardown);

// The current exception's type name and str(), then clears it.
static void
expect_error(MnType *type, const char *msg)
{
    cr_assert_not_null(mn_err_occurred(), "no exception set");
    MnObject *exc = mn_err_fetch();
    cr_assert_eq(MN_TYPE(exc), type, "got %s", MN_TYPE(exc)->tp_name);
    MnObject *s = mn_object_str(exc);
    cr_assert_str_eq(mn_str_as_utf8(s, NULL), msg);
    mn_decref(s);
    mn_decref(exc);
}

static void
expect_repr(MnObject *o, const char *text)
{
    MnObject *r = mn_object_repr(o);
    cr_assert_not_null(r);
    cr_assert_str_eq(mn_str_as_utf8(r, NULL), text);
    mn_decref(r);
}

Test(object, repr_and_str_of_basic_values)
{
    MnObject *i = mn_int_from_long(-42);
    expect_repr(i, "-42");
    MnObject *s = mn_str_from_cstr("it's");
    expect_repr(s, "\"it's\"");
    MnObject *st = mn_object_str(s);
    cr_assert_eq(st, s);
    mn_decref(st);
    expect_repr(mn_None, "None");
    mn_decref(i);
    mn_decref(s);
}

Test(object, richcompare_falls_back_to_identity_for_equality)
{
    MnObject *a = mn_list_new(0);
    cr_assert_eq(mn_object_richcompare_bool(a, a, MN_EQ), 1);
    cr_assert_eq(mn_object_richcompare_bool(a, mn_None, MN_EQ), 0);
    cr_assert_eq(mn_object_richcompare_bool(a, mn_None, MN_NE), 1);
    cr_assert_eq(mn_object_richcompare_bool(a, mn_None, MN_LT), -1);
    expect_error(mn_exc_TypeError, "'<' not supported between instances of 'list' and 'NoneType'");
    mn_decref(a);
}

Test(object, unhashable_types_raise)
{
    MnObject *l = mn_list_new(0);
    cr_assert_eq(mn_object_hash(l), -1);
    expect_error(mn_exc_TypeError, "unhashable type: 'list'");
    mn_decref(l);
}

Test(object, binop_dispatch_and_messages)
{
    MnObject *a = mn_int_from_long(40), *b = mn_int_from_long(2);
    MnObject *sum = mn_number_binop(a, b, MN_BINOP_ADD);
    expect_repr(sum, "42");
    MnObject *s = mn_str_from_cstr("x");
    cr_assert_null(mn_number_binop(a, s, MN_BINOP_ADD));
    expect_error(mn_exc_TypeError, "unsupported operand type(s) for +: 'int' and 'str'");
    cr_assert_null(mn_number_binop(a, s, MN_BINOP_POWER));
    expect_error(mn_exc_TypeError, "unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    cr_assert_null(mn_number_inplace_binop(a, s, MN_BINOP_SUBTRACT));
    expect_error(mn_exc_TypeError, "unsupported operand type(s) for -=: 'int' and 'str'");
    cr_assert_null(mn_number_negative(s));
    expect_error(mn_exc_TypeError, "bad operand type for unary -: 'str'");
    mn_decref(a);
    mn_decref(b);
    mn_decref(sum);
    mn_decref(s);
}

Test(object, truth_values)
{
    MnObject *zero = mn_int_from_long(0), *empty = mn_list_new(0), *s = mn_str_from_cstr("a");
    cr_assert_eq(mn_object_is_true(zero), 0);
    cr_assert_eq(mn_object_is_true(empty), 0);
    cr_assert_eq(mn_object_is_true(s), 1);
    cr_assert_eq(mn_object_is_true(mn_None), 0);
    cr_assert_eq(mn_object_is_true(mn_True), 1);
    mn_decref(zero);
    mn_decref(empty);
    mn_decref(s);
}

Test(object, containers_and_iteration)
{
    MnObject *l = mn_list_new(0);
    for (long i = 0; i < 5; i++) {
        MnObject *v = mn_int_from_long(i * i);
        mn_list_append(l, v);
        mn_decref(v);
    }
    cr_assert_eq(mn_object_length(l), 5);
    MnObject *nine = mn_int_from_long(9);
    cr_assert_eq(mn_object_contains(l, nine), 1);
    MnObject *it = mn_object_get_iter(l);
    long total = 0;
    MnObject *x;
    while ((x = mn_iter_next(it)) != NULL) {
        total += mn_int_as_long(x);
        mn_decref(x);
    }
    cr_assert_null(mn_err_occurred());
    cr_assert_eq(total, 30);
    cr_assert_eq(mn_object_length(nine), -1);
    expect_error(mn_exc_TypeError, "object of type 'int' has no len()");
    cr_assert_null(mn_object_get_iter(nine));
    expect_error(mn_exc_TypeError, "'int' object is not iterable");
    cr_assert_null(mn_object_getitem(nine, nine));
    expect_error(mn_exc_TypeError, "'int' object is not subscriptable");
    cr_assert_null(mn_object_call(nine, NULL, 0, NULL));
    expect_error(mn_exc_TypeError, "'int' object is not callable");
    mn_decref(it);
    mn_decref(nine);
    mn_decref(l);
}

Test(object, attributes_and_missing_attribute_message)
{
    MnObject *l = mn_list_new(0);
    MnObject *name = mn_str_from_cstr("nope");
    cr_assert_null(mn_object_getattr(l, name));
    expect_error(mn_exc_AttributeError, "'list' object has no attribute 'nope'");
    MnObject *res;
    cr_assert_eq(mn_object_lookup_attr(l, name, &res), 0);
    cr_assert_null(mn_err_occurred());
    MnObject *append = mn_object_getattr_str(l, "append");
    cr_assert_not_null(append);
    MnObject *one = mn_int_from_long(1);
    MnObject *r = mn_object_call_one(append, one);
    cr_assert_eq(r, mn_None);
    cr_assert_eq(MN_LIST_LEN(l), 1);
    cr_assert_eq(mn_object_setattr(l, name, one), -1);
    expect_error(mn_exc_AttributeError, "'list' object has no attribute 'nope'");
    mn_decref(r);
    mn_decref(one);
    mn_decref(append);
    mn_decref(name);
    mn_decref(l);
}

Test(object, isinstance_and_subtypes)
{
    cr_assert(mn_type_is_subtype(&mn_bool_type, &mn_int_type));
    cr_assert(mn_type_is_subtype(&mn_int_type, &mn_object_type));
    cr_assert_not(mn_type_is_subtype(&mn_int_type, &mn_bool_type));
    cr_assert_eq(mn_object_isinstance(mn_True, (MnObject *)&mn_int_type), 1);
    MnObject *two = mn_int_from_long(2);
    cr_assert_eq(mn_object_isinstance(mn_True, two), -1);
    expect_error(mn_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    mn_decref(two);
}

Test(object, repr_guard_detects_reentry)
{
    MnObject *l = mn_list_new(0);
    cr_assert_eq(mn_repr_enter(l), 0);
    cr_assert_eq(mn_repr_enter(l), 1);
    mn_repr_leave(l);
    cr_assert_eq(mn_repr_enter(l), 0);
    mn_repr_leave(l);
    mn_decref(l);
}
