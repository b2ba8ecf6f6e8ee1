/*
 * runtime/method.c - bound method objects. Calling prepends __self__ to the arguments without
 * building a tuple; attribute lookups not found on the method type go to __func__.
 * See also: runtime/method.h, runtime/func.c
 */
#include "mnemo.h"
#include "method.h"
#include "weakref.h"

MnObject *
mn_method_new(MnObject *func, MnObject *self)
{
    MnMethod *m = (MnMethod *)mn_object_alloc(&mn_method_type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->im_func = mn_newref(func);
    m->im_self = mn_newref(self);
    mn_gc_track(m);
    return (MnObject *)m;
}

MnObject *
mn_call_prepend(MnObject *callable, MnObject *self, MnObject *const *args, intptr_t nargs,
                MnObject *kwnames)
{
    MnObject *small[8];
    intptr_t total = nargs + (kwnames ? MN_TUPLE_LEN(kwnames) : 0);
    MnObject **buf = small;
    if (total + 1 > 8) {
        buf = mn_mem_alloc(sizeof(MnObject *) * (size_t)(total + 1));
        if (buf == NULL) {
            return mn_err_no_memory();
        }
    }
    buf[0] = self;
    for (intptr_t i = 0; i < total; i++) {
        buf[i + 1] = args[i];
    }
    MnObject *res = mn_object_call(callable, buf, nargs + 1, kwnames);
    if (buf != small) {
        mn_mem_free(buf);
    }
    return res;
}

static MnObject *
method_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnMethod *m = (MnMethod *)self;
    return mn_call_prepend(m->im_func, m->im_self, args, nargs, kwnames);
}

static void
method_dealloc(MnObject *self)
{
    MnMethod *m = (MnMethod *)self;
    mn_gc_untrack(self);
    if (m->im_weakreflist != NULL) {
        mn_weakref_clear_refs(self);
    }
    MN_CLEAR(m->im_func);
    MN_CLEAR(m->im_self);
    mn_object_free(self);
}

static int
method_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnMethod *)self)->im_func);
    MN_VISIT(((MnMethod *)self)->im_self);
    return 0;
}

static int
method_clear(MnObject *self)
{
    MN_CLEAR(((MnMethod *)self)->im_func);
    MN_CLEAR(((MnMethod *)self)->im_self);
    return 0;
}

static int
lookup_cstr(MnObject *o, const char *name, MnObject **result)
{
    MnObject *key = mn_str_intern_cstr(name);
    if (key == NULL) {
        return -1;
    }
    int r = mn_object_lookup_attr(o, key, result);
    mn_decref(key);
    return r;
}

static MnObject *
method_repr(MnObject *self)
{
    MnMethod *m = (MnMethod *)self;
    MnObject *name = NULL;
    if (lookup_cstr(m->im_func, "__qualname__", &name) < 0) {
        return NULL;
    }
    if (name == NULL || !MN_STR_CHECK(name)) {
        mn_xdecref(name);
        name = NULL;
        if (lookup_cstr(m->im_func, "__name__", &name) < 0) {
            return NULL;
        }
    }
    MnObject *res;
    if (name == NULL || !MN_STR_CHECK(name)) {
        res = mn_str_from_format("<bound method ? of %R>", m->im_self);
    } else {
        res = mn_str_from_format("<bound method %U of %R>", name, m->im_self);
    }
    mn_xdecref(name);
    return res;
}

static MnObject *
method_richcompare(MnObject *a, MnObject *b, int op)
{
    if ((op != MN_EQ && op != MN_NE) || !MN_METHOD_CHECK(a) || !MN_METHOD_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    MnMethod *x = (MnMethod *)a, *y = (MnMethod *)b;
    int eq = x->im_self == y->im_self;
    if (eq) {
        eq = mn_object_richcompare_bool(x->im_func, y->im_func, MN_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return mn_bool_from_long(op == MN_EQ ? eq : !eq);
}

static intptr_t
method_hash(MnObject *self)
{
    MnMethod *m = (MnMethod *)self;
    intptr_t x = mn_hash_pointer(m->im_self);
    intptr_t y = mn_object_hash(m->im_func);
    if (y == -1) {
        return -1;
    }
    x ^= y;
    return x == -1 ? -2 : x;
}

static MnObject *
method_getattro(MnObject *self, MnObject *name)
{
    MnType *tp = MN_TYPE(self);
    MnObject *descr = mn_type_lookup(tp, name);
    if (descr != NULL) {
        mn_descrgetfunc f = MN_TYPE(descr)->tp_descr_get;
        if (f != NULL) {
            return f(descr, self, (MnObject *)tp);
        }
        return mn_newref(descr);
    }
    return mn_object_getattr(((MnMethod *)self)->im_func, name);
}

static MnObject *
method_descr_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)obj;
    (void)type;
    return mn_newref(self);
}

static MnObject *
method_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)type;
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        return mn_err_format(mn_exc_TypeError, "method() takes no keyword arguments");
    }
    if (nargs != 2) {
        return mn_err_format(mn_exc_TypeError, "method expected 2 arguments, got %zd", nargs);
    }
    if (MN_TYPE(args[0])->tp_call == NULL) {
        return mn_err_format(mn_exc_TypeError, "first argument must be callable");
    }
    if (args[1] == mn_None) {
        return mn_err_format(mn_exc_TypeError, "instance must not be None");
    }
    return mn_method_new(args[0], args[1]);
}

static MnObject *
method_get_doc(MnObject *self, void *closure)
{
    (void)closure;
    return mn_object_getattr_str(((MnMethod *)self)->im_func, "__doc__");
}

static const MnMemberDef method_members[] = {
    {"__func__", MN_T_OBJECT, offsetof(MnMethod, im_func), MN_READONLY, NULL},
    {"__self__", MN_T_OBJECT, offsetof(MnMethod, im_self), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const MnGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_method_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "method",
    .tp_basicsize = sizeof(MnMethod),   .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = method_dealloc,       .tp_repr = method_repr,
    .tp_traverse = method_traverse,     .tp_clear = method_clear,
    .tp_richcompare = method_richcompare, .tp_hash = method_hash,
    .tp_getattro = method_getattro,     .tp_call = method_call,
    .tp_descr_get = method_descr_get,   .tp_new = method_new,
    .tp_members = method_members,       .tp_getset = method_getset,
    .tp_weaklistoffset = offsetof(MnMethod, im_weakreflist),
};
