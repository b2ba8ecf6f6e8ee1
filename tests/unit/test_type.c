/*
 * tests/unit/test_type.c - object and type: readying, MRO, lookup, class creation, slots made
 * from Python-level special methods, __slots__ layout, instance lifetime.
 */
#include <criterion/criterion.h>
#include <string.h>
#include "util.h"
#include "mnemo.h"

TestSuite(type, .init = mn_test_setup, .fini = mn_test_teardown);

static MnObject *
str(const char *s)
{
    MnObject *o = mn_str_from_cstr(s);
    cr_assert_not_null(o);
    return o;
}

static int
str_is(MnObject *o, const char *s)
{
    return o != NULL && MN_STR_CHECK(o) && strcmp(mn_str_as_utf8(o, NULL), s) == 0;
}

// class <name>(<bases>): namespace
static MnObject *
make_class(const char *name, MnObject *bases, MnObject *ns)
{
    MnObject *n = str(name);
    MnObject *b = bases ? mn_newref(bases) : mn_tuple_new(0);
    MnObject *d = ns ? mn_newref(ns) : mn_dict_new();
    MnObject *cls = mn_type_new_class(n, b, d);
    mn_decref(n);
    mn_decref(b);
    mn_decref(d);
    return cls;
}

Test(type, static_types_are_ready_with_object_base)
{
    cr_expect(MN_TYPE_HAS_FLAG(&mn_object_type, MN_TPFLAG_READY));
    cr_expect(MN_TYPE_HAS_FLAG(&mn_type_type, MN_TPFLAG_READY));
    cr_expect_eq(mn_type_type.tp_base, &mn_object_type);
    cr_expect_eq(MN_TUPLE_LEN(mn_object_type.tp_mro), 1);
    cr_expect_eq(MN_TUPLE_LEN(mn_type_type.tp_mro), 2);
    cr_expect_eq(MN_TUPLE_GET(mn_type_type.tp_mro, 1), (MnObject *)&mn_object_type);
    cr_expect_eq(MN_TUPLE_LEN(mn_object_type.tp_bases), 0);
}

Test(type, lookup_finds_slot_wrappers_and_methods)
{
    cr_expect_not_null(mn_type_lookup_cstr(&mn_object_type, "__repr__"));
    cr_expect_not_null(mn_type_lookup_cstr(&mn_object_type, "__init_subclass__"));
    cr_expect_not_null(mn_type_lookup_cstr(&mn_type_type, "__repr__"));
    cr_expect_not_null(mn_type_lookup_cstr(&mn_type_type, "mro"));
    cr_expect_null(mn_type_lookup_cstr(&mn_object_type, "nonexistent"));
    cr_expect_null(mn_err_occurred());
}

Test(type, type_name_strips_module)
{
    cr_expect_str_eq(mn_type_name(&mn_object_type), "object");
    cr_expect_str_eq(mn_type_name(mn_exc_KeyError), "KeyError");
}

Test(type, repr_of_builtin_types)
{
    MnObject *r = mn_object_repr((MnObject *)&mn_type_type);
    cr_expect(str_is(r, "<class 'type'>"));
    mn_decref(r);
    r = mn_object_repr((MnObject *)mn_exc_ValueError);
    cr_expect(str_is(r, "<class 'ValueError'>"));
    mn_decref(r);
}

Test(type, calling_type_with_one_argument_gives_the_type)
{
    MnObject *arg = (MnObject *)&mn_object_type;
    MnObject *t = mn_object_call((MnObject *)&mn_type_type, &arg, 1, NULL);
    cr_expect_eq(t, (MnObject *)&mn_type_type);
    mn_decref(t);
}

Test(type, object_instances_and_their_repr)
{
    MnObject *o = mn_object_call_noargs((MnObject *)&mn_object_type);
    cr_assert_not_null(o);
    MnObject *r = mn_object_repr(o);
    cr_expect(r != NULL && strncmp(mn_str_as_utf8(r, NULL), "<object object at 0x", 20) == 0);
    cr_expect_eq(mn_object_hash(o), mn_hash_pointer(o));
    mn_decref(r);
    mn_decref(o);
}

Test(type, object_rejects_arguments)
{
    MnObject *one = mn_int_from_long(1);
    MnObject *o = mn_object_call((MnObject *)&mn_object_type, &one, 1, NULL);
    cr_expect_null(o);
    cr_expect_eq(mn_err_occurred(), mn_exc_TypeError);
    MnObject *e = mn_err_fetch();
    MnObject *s = mn_object_str(e);
    cr_expect(str_is(s, "object() takes no arguments"));
    mn_decref(s);
    mn_decref(e);
    mn_decref(one);
}

Test(type, class_creation_and_mro)
{
    MnObject *a = make_class("A", NULL, NULL);
    cr_assert_not_null(a);
    MnObject *bases = mn_tuple_pack(1, a);
    MnObject *b = make_class("B", bases, NULL);
    cr_assert_not_null(b);
    cr_expect(MN_TYPE_HAS_FLAG((MnType *)b, MN_TPFLAG_HEAPTYPE));
    cr_expect_eq(MN_TUPLE_LEN(((MnType *)b)->tp_mro), 3);
    cr_expect_eq(MN_TUPLE_GET(((MnType *)b)->tp_mro, 1), a);
    cr_expect(mn_type_is_subtype((MnType *)b, (MnType *)a));
    cr_expect_str_eq(mn_type_name((MnType *)b), "B");
    MnObject *inst = mn_object_call_noargs(b);
    cr_assert_not_null(inst);
    cr_expect_eq(MN_TYPE(inst), (MnType *)b);
    cr_expect(mn_gc_is_tracked(inst));
    mn_decref(inst);
    mn_decref(bases);
    mn_decref(b);
    mn_decref(a);
    mn_gc_collect_nofail();
}

Test(type, inconsistent_mro_is_rejected)
{
    MnObject *a = make_class("A", NULL, NULL);
    MnObject *ab = mn_tuple_pack(1, a);
    MnObject *b = make_class("B", ab, NULL);
    MnObject *bases = mn_tuple_pack(2, a, b);
    MnObject *c = make_class("C", bases, NULL);
    cr_expect_null(c);
    MnObject *e = mn_err_fetch();
    MnObject *s = mn_object_str(e);
    cr_expect(str_is(s, "Cannot create a consistent method resolution\norder (MRO) for bases "
                        "A, B"));
    mn_xdecref(s);
    mn_xdecref(e);
    mn_decref(bases);
    mn_decref(ab);
    mn_decref(b);
    mn_decref(a);
    mn_gc_collect_nofail();
}

Test(type, duplicate_and_final_bases_are_rejected)
{
    MnObject *a = make_class("A", NULL, NULL);
    MnObject *bases = mn_tuple_pack(2, a, a);
    cr_expect_null(make_class("C", bases, NULL));
    MnObject *e = mn_err_fetch();
    MnObject *s = mn_object_str(e);
    cr_expect(str_is(s, "duplicate base class A"));
    mn_xdecref(s);
    mn_xdecref(e);
    mn_decref(bases);
    bases = mn_tuple_pack(1, &mn_bool_type);
    cr_expect_null(make_class("D", bases, NULL));
    e = mn_err_fetch();
    s = mn_object_str(e);
    cr_expect(str_is(s, "type 'bool' is not an acceptable base type"));
    mn_xdecref(s);
    mn_xdecref(e);
    mn_decref(bases);
    mn_decref(a);
    mn_gc_collect_nofail();
}

Test(type, plain_instances_have_dict_and_weakref_words)
{
    MnObject *a = make_class("A", NULL, NULL);
    MnType *t = (MnType *)a;
    cr_expect_eq(t->tp_dictoffset, -48);    // CPython 3.11's reported value
    cr_expect_eq(t->tp_weaklistoffset, 16);
    cr_expect_eq(t->tp_basicsize, 24);
    cr_expect(MN_TYPE_HAS_FLAG(t, MN_TPFLAG_GC));
    cr_expect(MN_TYPE_HAS_FLAG(t, MN_TPFLAG_MANAGED_DICT));
    cr_expect_eq(mn_object_pre_header_size(t), 32);
    mn_decref(a);
    mn_gc_collect_nofail();
}

Test(type, slots_become_members_and_drop_the_dict)
{
    MnObject *ns = mn_dict_new();
    MnObject *slots = mn_tuple_pack(2, str("b"), str("a"));
    // the two strs above are owned by the tuple after a decref each
    mn_decref(MN_TUPLE_GET(slots, 0));
    mn_decref(MN_TUPLE_GET(slots, 1));
    mn_dict_set_item_cstr(ns, "__slots__", slots);
    MnObject *s = make_class("S", NULL, ns);
    cr_assert_not_null(s);
    MnType *t = (MnType *)s;
    cr_expect_eq(t->tp_dictoffset, 0);
    cr_expect_eq(t->tp_weaklistoffset, 0);
    cr_expect_eq(t->tp_basicsize, 32);
    cr_expect_str_eq(t->ht_members[0].name, "a");
    cr_expect_eq(t->ht_members[0].offset, 16);
    cr_expect_eq(t->ht_members[1].offset, 24);
    MnObject *inst = mn_object_call_noargs(s);
    MnObject *v = mn_int_from_long(7);
    cr_expect_eq(mn_object_setattr_str(inst, "a", v), 0);
    MnObject *got = mn_object_getattr_str(inst, "a");
    cr_expect_eq(got, v);
    cr_expect_null(mn_object_getattr_str(inst, "b"));
    cr_expect_eq(mn_err_occurred(), mn_exc_AttributeError);
    mn_err_clear();
    cr_expect_eq(mn_object_setattr_str(inst, "c", v), -1);
    mn_err_clear();
    mn_decref(got);
    mn_decref(v);
    mn_decref(inst);
    mn_decref(s);
    mn_decref(slots);
    mn_decref(ns);
    mn_gc_collect_nofail();
}

Test(type, unhashable_builtins_have_hash_none)
{
    MnObject *h = mn_dict_get_cstr_borrow(mn_list_type.tp_dict, "__hash__");
    cr_expect_eq(h, mn_None);
    MnObject *l = mn_list_new(0);
    cr_expect_eq(mn_object_hash(l), -1);
    mn_err_clear();
    mn_decref(l);
}

Test(type, setting_attributes_of_builtin_types_fails)
{
    MnObject *v = mn_int_from_long(1);
    cr_expect_eq(mn_object_setattr_str((MnObject *)&mn_int_type, "x", v), -1);
    MnObject *e = mn_err_fetch();
    MnObject *s = mn_object_str(e);
    cr_expect(str_is(s, "cannot set 'x' attribute of immutable type 'int'"));
    mn_decref(s);
    mn_decref(e);
    mn_decref(v);
}

Test(type, type_dict_is_a_mappingproxy)
{
    MnObject *d = mn_object_getattr_str((MnObject *)&mn_object_type, "__dict__");
    cr_assert_not_null(d);
    cr_expect_str_eq(MN_TYPE(d)->tp_name, "mappingproxy");
    cr_expect_gt(mn_object_length(d), 5);
    mn_decref(d);
}
