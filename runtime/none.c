/*
 * runtime/none.c - the singletons None, NotImplemented and Ellipsis and their types.
 * The three objects are static and never freed; calling their type returns the singleton.
 * None hashes by address (object's default hash), as in CPython 3.11.
 * See also: runtime/none.h, runtime/type.c
 */
#include <stdio.h>
#include <stdlib.h>
#include "mnemo.h"

static MnObject *
none_repr(MnObject *self)
{
    (void)self;
    return mn_str_from_cstr("None");
}

static MnObject *
notimplemented_repr(MnObject *self)
{
    (void)self;
    return mn_str_from_cstr("NotImplemented");
}

static MnObject *
ellipsis_repr(MnObject *self)
{
    (void)self;
    return mn_str_from_cstr("Ellipsis");
}

static int
none_bool(MnObject *self)
{
    (void)self;
    return 0;
}

// A static singleton's count reached zero: a reference counting bug somewhere.
static void
singleton_dealloc(MnObject *self)
{
    fprintf(stderr, "mnemo: deallocating %s\n", MN_TYPE(self)->tp_name);
    abort();
}

static MnObject *
singleton_new(MnType *type, MnObject *singleton, intptr_t nargs, MnObject *kwnames)
{
    if (nargs > 0 || (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0)) {
        // CPython names ellipsis by its types-module name here.
        const char *name = type == &mn_ellipsis_type ? "EllipsisType" : type->tp_name;
        return mn_err_format(mn_exc_TypeError, "%s takes no arguments", name);
    }
    return mn_newref(singleton);
}

static MnObject *
none_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    return singleton_new(type, mn_None, nargs, kwnames);
}

static MnObject *
notimplemented_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    return singleton_new(type, mn_NotImplemented, nargs, kwnames);
}

static MnObject *
ellipsis_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    return singleton_new(type, mn_Ellipsis, nargs, kwnames);
}

static MnObject *
singleton_reduce(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (self == mn_NotImplemented) {
        return mn_str_from_cstr("NotImplemented");
    }
    return mn_str_from_cstr("Ellipsis");
}

static const MnMethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce, MN_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

MnType mn_none_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "NoneType",
    .tp_basicsize = sizeof(MnObject),
    .tp_dealloc = singleton_dealloc, .tp_repr = none_repr,
    .nb_bool = none_bool,           .tp_new = none_new,
};

MnType mn_notimplemented_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(MnObject),
    .tp_dealloc = singleton_dealloc, .tp_repr = notimplemented_repr,
    .tp_new = notimplemented_new,   .tp_methods = singleton_methods,
};

MnType mn_ellipsis_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "ellipsis",
    .tp_basicsize = sizeof(MnObject),
    .tp_dealloc = singleton_dealloc, .tp_repr = ellipsis_repr,
    .tp_new = ellipsis_new,         .tp_methods = singleton_methods,
};

MnObject mn_none_struct = MN_OBJECT_HEAD_INIT(&mn_none_type);
MnObject mn_notimplemented_struct = MN_OBJECT_HEAD_INIT(&mn_notimplemented_type);
MnObject mn_ellipsis_struct = MN_OBJECT_HEAD_INIT(&mn_ellipsis_type);
