/*
 * runtime/descr_func.c - the descriptor wrappers written in Python as decorators:
 * staticmethod, classmethod (both copy __name__, __doc__... of what they wrap, as 3.10+)
 * and property (fget/fset/fdel/doc, getter/setter/deleter copies, __set_name__).
 * See also: runtime/descr.c, runtime/descr.h
 */
#include "mnemo.h"
#include "method.h"
#include "type_internal.h"

/* ==== staticmethod and classmethod ==== */

typedef struct MnFuncWrapper {
    MnObject ob_base;
    MnObject *callable;         // owned, or NULL before __init__
    MnObject *dict;             // owned, or NULL
} MnFuncWrapper;

#define FW(o) ((MnFuncWrapper *)(o))

static MnObject *
fw_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    MnObject *self = mn_object_alloc(type, 0);
    if (self != NULL) {
        mn_gc_track(self);
    }
    return self;
}

// Copies __module__, __name__, __qualname__, __doc__ of the callable and sets __wrapped__.
static int
fw_copy_attributes(MnObject *self, MnObject *callable)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    if (FW(self)->dict == NULL && (FW(self)->dict = mn_dict_new()) == NULL) {
        return -1;
    }
    for (int i = 0; i < 5; i++) {
        MnObject *v = NULL, *name = mn_str_intern_cstr(names[i]);
        if (name == NULL) {
            return -1;
        }
        int found = mn_object_lookup_attr(callable, name, &v);
        int rc = found > 0 ? mn_dict_set_item(FW(self)->dict, name, v) : found;
        mn_xdecref(v);
        mn_decref(name);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

static int
fw_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    const char *name = mn_type_name(MN_TYPE(self));
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        mn_err_format(mn_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != 1) {
        mn_err_format(mn_exc_TypeError, "%s expected 1 argument, got %zd", name, nargs);
        return -1;
    }
    MN_SETREF(FW(self)->callable, mn_newref(args[0]));
    return fw_copy_attributes(self, args[0]);
}

static void
fw_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(FW(self)->callable);
    MN_CLEAR(FW(self)->dict);
    mn_object_free(self);
}

static int
fw_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(FW(self)->callable);
    MN_VISIT(FW(self)->dict);
    return 0;
}

static int
fw_clear(MnObject *self)
{
    MN_CLEAR(FW(self)->callable);
    MN_CLEAR(FW(self)->dict);
    return 0;
}

static MnObject *
fw_repr(MnObject *self)
{
    MnObject *c = FW(self)->callable;
    return mn_str_from_format("<%s(%R)>", mn_type_name(MN_TYPE(self)), c ? c : mn_None);
}

static int
fw_check(MnObject *self)
{
    if (FW(self)->callable == NULL) {
        mn_err_format(mn_exc_RuntimeError, "uninitialized %s object",
                      mn_type_name(MN_TYPE(self)));
        return -1;
    }
    return 0;
}

static MnObject *
fw_get_isabstract(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *v = NULL;
    if (FW(self)->callable == NULL) {
        return mn_newref(mn_False);
    }
    MnObject *name = mn_str_intern_cstr("__isabstractmethod__");
    if (name == NULL) {
        return NULL;
    }
    int found = mn_object_lookup_attr(FW(self)->callable, name, &v);
    mn_decref(name);
    if (found <= 0) {
        return found < 0 ? NULL : mn_newref(mn_False);
    }
    int t = mn_object_is_true(v);
    mn_decref(v);
    return t < 0 ? NULL : mn_bool_from_long(t);
}

static MnObject *
fw_get_dict(MnObject *self, void *closure)
{
    (void)closure;
    if (FW(self)->dict == NULL && (FW(self)->dict = mn_dict_new()) == NULL) {
        return NULL;
    }
    return mn_newref(FW(self)->dict);
}

static const MnGetSetDef fw_getset[] = {
    {"__isabstractmethod__", fw_get_isabstract, NULL, NULL, NULL},
    {"__dict__", fw_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const MnMemberDef fw_members[] = {
    {"__func__", MN_T_OBJECT, offsetof(MnFuncWrapper, callable), MN_READONLY, NULL},
    {"__wrapped__", MN_T_OBJECT, offsetof(MnFuncWrapper, callable), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static MnObject *
staticmethod_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)obj;
    (void)type;
    if (fw_check(self) < 0) {
        return NULL;
    }
    return mn_newref(FW(self)->callable);
}

static MnObject *
staticmethod_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (fw_check(self) < 0) {
        return NULL;
    }
    return mn_object_call(FW(self)->callable, args, nargs, kwnames);
}

static MnObject *
classmethod_get(MnObject *self, MnObject *obj, MnObject *type)
{
    if (fw_check(self) < 0) {
        return NULL;
    }
    if (type == NULL) {
        type = (MnObject *)MN_TYPE(obj);
    }
    MnObject *c = FW(self)->callable;
    if (MN_TYPE(c)->tp_descr_get != NULL) {
        return MN_TYPE(c)->tp_descr_get(c, type, type);
    }
    return mn_method_new(c, type);
}

// The C-level constructor (PyStaticMethod_New/PyClassMethod_New): the callable only, without
// the attributes the Python-level call copies; type creation wraps __new__ and
// __init_subclass__ this way.
static MnObject *
fw_create(MnType *type, MnObject *callable)
{
    MnObject *self = fw_new(type, NULL, 0, NULL);
    if (self != NULL) {
        FW(self)->callable = mn_newref(callable);
    }
    return self;
}

MnObject *
mn_staticmethod_new(MnObject *callable)
{
    return fw_create(&mn_staticmethod_type, callable);
}

MnObject *
mn_classmethod_new(MnObject *callable)
{
    return fw_create(&mn_classmethod_type, callable);
}

/* ==== property ==== */

typedef struct MnProperty {
    MnObject ob_base;
    MnObject *fget, *fset, *fdel, *doc;     // owned, or NULL
    MnObject *name;             // owned str from __set_name__, or NULL
    int getter_doc;             // the doc came from fget.__doc__
} MnProperty;

#define PROP(o) ((MnProperty *)(o))

static int
property_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(PROP(self)->fget);
    MN_VISIT(PROP(self)->fset);
    MN_VISIT(PROP(self)->fdel);
    MN_VISIT(PROP(self)->doc);
    MN_VISIT(PROP(self)->name);
    return 0;
}

static int
property_clear(MnObject *self)
{
    MN_CLEAR(PROP(self)->fget);
    MN_CLEAR(PROP(self)->fset);
    MN_CLEAR(PROP(self)->fdel);
    MN_CLEAR(PROP(self)->doc);
    MN_CLEAR(PROP(self)->name);
    return 0;
}

static void
property_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    property_clear(self);
    mn_object_free(self);
}

static int
property_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    MnObject *vals[4] = {NULL, NULL, NULL, NULL};
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    if (nargs > 4) {
        mn_err_format(mn_exc_TypeError, "property() takes at most 4 arguments (%zd given)",
                      nargs + nkw);
        return -1;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        vals[i] = args[i];
    }
    for (intptr_t i = 0; i < nkw; i++) {
        MnObject *k = MN_TUPLE_GET(kwnames, i);
        int j = 0;
        while (j < 4 && !mn_str_eq_cstr(k, names[j])) {
            j++;
        }
        if (j == 4) {
            mn_err_format(mn_exc_TypeError, "property() got an unexpected keyword argument '%U'",
                          k);
            return -1;
        }
        if (vals[j] != NULL) {
            mn_err_format(mn_exc_TypeError, "argument for property() given by name ('%s') and "
                          "position (%d)", names[j], j + 1);
            return -1;
        }
        vals[j] = args[nargs + i];
    }
    MnObject **fields[4] = {&PROP(self)->fget, &PROP(self)->fset, &PROP(self)->fdel,
                            &PROP(self)->doc};
    for (int j = 0; j < 4; j++) {
        MnObject *v = vals[j] == mn_None ? NULL : vals[j];
        MN_SETREF(*fields[j], mn_xnewref(v));
    }
    PROP(self)->getter_doc = 0;
    if (PROP(self)->fget != NULL) {
        if (PROP(self)->doc == NULL) {
            MnObject *d = NULL;
            if (mn_object_lookup_attr(PROP(self)->fget, mn_slot_name(SN___doc__), &d) < 0) {
                return -1;
            }
            if (d != NULL && d != mn_None) {
                PROP(self)->doc = d;
                PROP(self)->getter_doc = 1;
            } else {
                mn_xdecref(d);
            }
        }
    }
    return 0;
}

static MnObject *
property_error(MnObject *self, MnObject *obj, const char *what)
{
    MnObject *qn = obj ? mn_type_qualname(MN_TYPE(obj)) : NULL;
    if (obj != NULL && qn == NULL) {
        return NULL;
    }
    if (PROP(self)->name != NULL && qn != NULL) {
        mn_err_format(mn_exc_AttributeError, "property %R of %R object has no %s",
                      PROP(self)->name, qn, what);
    } else if (qn != NULL) {
        mn_err_format(mn_exc_AttributeError, "property of %R object has no %s", qn, what);
    } else {
        mn_err_format(mn_exc_AttributeError, "property has no %s", what);
    }
    mn_xdecref(qn);
    return NULL;
}

static MnObject *
property_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)type;
    if (obj == NULL || obj == mn_None) {
        return mn_newref(self);
    }
    if (PROP(self)->fget == NULL) {
        return property_error(self, obj, "getter");
    }
    return mn_object_call_one(PROP(self)->fget, obj);
}

static int
property_set(MnObject *self, MnObject *obj, MnObject *value)
{
    MnObject *func = value == NULL ? PROP(self)->fdel : PROP(self)->fset;
    if (func == NULL) {
        property_error(self, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    MnObject *args[2] = {obj, value};
    MnObject *res = mn_object_call(func, args, value == NULL ? 1 : 2, NULL);
    if (res == NULL) {
        return -1;
    }
    mn_decref(res);
    return 0;
}

// type(self)(fget, fset, fdel, doc) with one of them replaced.
static MnObject *
property_copy(MnObject *self, int which, MnObject *func)
{
    MnObject *vals[4] = {PROP(self)->fget, PROP(self)->fset, PROP(self)->fdel, NULL};
    for (int i = 0; i < 3; i++) {
        vals[i] = vals[i] ? vals[i] : mn_None;
    }
    vals[which] = func;
    vals[3] = PROP(self)->getter_doc && which == 0 ? mn_None
              : PROP(self)->doc ? PROP(self)->doc : mn_None;
    MnObject *res = mn_object_call((MnObject *)MN_TYPE(self), vals, 4, NULL);
    if (res != NULL && MN_TYPE(res) == MN_TYPE(self) && PROP(self)->name != NULL) {
        MN_SETREF(PROP(res)->name, mn_newref(PROP(self)->name));
    }
    return res;
}

static MnObject *
property_getter(MnObject *self, MnObject *f)
{
    return property_copy(self, 0, f);
}

static MnObject *
property_setter(MnObject *self, MnObject *f)
{
    return property_copy(self, 1, f);
}

static MnObject *
property_deleter(MnObject *self, MnObject *f)
{
    return property_copy(self, 2, f);
}

static MnObject *
property_set_name(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (nargs != 2) {
        return mn_err_format(mn_exc_TypeError, "__set_name__() takes 2 positional arguments but "
                             "%zd were given", nargs);
    }
    MN_SETREF(PROP(self)->name, mn_newref(args[1]));
    return mn_newref(mn_None);
}

static MnObject *
property_get_isabstract(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *fs[3] = {PROP(self)->fget, PROP(self)->fset, PROP(self)->fdel};
    MnObject *name = mn_str_intern_cstr("__isabstractmethod__");
    if (name == NULL) {
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        MnObject *v = NULL;
        int found = fs[i] ? mn_object_lookup_attr(fs[i], name, &v) : 0;
        int t = found > 0 ? mn_object_is_true(v) : found;
        mn_xdecref(v);
        if (t != 0) {
            mn_decref(name);
            return t < 0 ? NULL : mn_newref(mn_True);
        }
    }
    mn_decref(name);
    return mn_newref(mn_False);
}

static const MnMethodDef property_methods[] = {
    {"getter", property_getter, MN_METH_O, "Descriptor to obtain a copy of the property with a "
     "different getter."},
    {"setter", property_setter, MN_METH_O, "Descriptor to obtain a copy of the property with a "
     "different setter."},
    {"deleter", property_deleter, MN_METH_O, "Descriptor to obtain a copy of the property with "
     "a different deleter."},
    {"__set_name__", property_set_name, MN_METH_FAST, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static const MnMemberDef property_members[] = {
    {"fget", MN_T_OBJECT, offsetof(MnProperty, fget), MN_READONLY, NULL},
    {"fset", MN_T_OBJECT, offsetof(MnProperty, fset), MN_READONLY, NULL},
    {"fdel", MN_T_OBJECT, offsetof(MnProperty, fdel), MN_READONLY, NULL},
    {"__doc__", MN_T_OBJECT, offsetof(MnProperty, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const MnGetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== the types ==== */

MnType mn_staticmethod_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "staticmethod",
    .tp_basicsize = sizeof(MnFuncWrapper),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = fw_dealloc,       .tp_repr = fw_repr,
    .tp_call = staticmethod_call,   .tp_traverse = fw_traverse,
    .tp_clear = fw_clear,           .tp_descr_get = staticmethod_get,
    .tp_new = fw_new,               .tp_init = fw_init,
    .tp_getset = fw_getset,         .tp_dictoffset = offsetof(MnFuncWrapper, dict),
    .tp_members = fw_members,
    .tp_doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
};

MnType mn_classmethod_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "classmethod",
    .tp_basicsize = sizeof(MnFuncWrapper),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = fw_dealloc,       .tp_repr = fw_repr,
    .tp_traverse = fw_traverse,     .tp_clear = fw_clear,
    .tp_descr_get = classmethod_get, .tp_new = fw_new,
    .tp_init = fw_init,             .tp_getset = fw_getset,
    .tp_dictoffset = offsetof(MnFuncWrapper, dict), .tp_members = fw_members,
    .tp_doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
};

MnType mn_property_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "property",
    .tp_basicsize = sizeof(MnProperty),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = property_dealloc, .tp_traverse = property_traverse,
    .tp_clear = property_clear,     .tp_descr_get = property_get,
    .tp_descr_set = property_set,   .tp_new = fw_new,
    .tp_init = property_init,       .tp_methods = property_methods,
    .tp_members = property_members, .tp_getset = property_getset,
    .tp_doc = "Property attribute.",
};
