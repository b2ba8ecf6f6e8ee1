/*
 * runtime/descr.c - callables and descriptors built from C tables: builtin functions and
 * bound builtin methods (MnMethodDef), method descriptors (list.append), classmethod
 * descriptors (dict.fromkeys), member descriptors (__slots__, C struct fields), getset
 * descriptors (computed attributes), slot wrappers (int.__add__) and method-wrappers.
 * See also: runtime/descr.h, runtime/descr_func.c (staticmethod, classmethod, property),
 * runtime/super.c, runtime/slots.c (the slot table)
 */
#include <string.h>
#include "mnemo.h"
#include "method.h"
#include "type_internal.h"
#include "weakref.h"

#define CF(o) ((MnCFunction *)(o))
#define DESCR(o) ((MnDescr *)(o))

/* ==== calling a MnMethodDef ==== */

// The name used in argument errors: "len", "list.append", "T.__init_subclass__".
static MnObject *
def_display_name(const MnMethodDef *def, MnObject *self)
{
    if (self != NULL && MN_MODULE_CHECK(self)) {
        MnObject *mod = ((MnModule *)self)->md_name;
        if (mod != NULL && !mn_str_eq_cstr(mod, "builtins")) {
            return mn_str_from_format("%U.%s", mod, def->name);
        }
    }
    if (self == NULL || MN_MODULE_CHECK(self)) {
        return mn_str_from_cstr(def->name);
    }
    if (MN_TYPE_CHECK(self) && (def->flags & MN_METH_CLASS)) {
        return mn_str_from_format("%s.%s", mn_type_name((MnType *)self), def->name);
    }
    return mn_str_from_format("%s.%s", mn_type_name(MN_TYPE(self)), def->name);
}

static MnObject *
call_error(const MnMethodDef *def, MnObject *self, const char *fmt, intptr_t n)
{
    MnObject *name = def_display_name(def, self);
    if (name == NULL) {
        return NULL;
    }
    mn_err_format(mn_exc_TypeError, fmt, name, n);
    mn_decref(name);
    return NULL;
}

static MnObject *
call_def(const MnMethodDef *def, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames);

MnObject *
mn_cfunction_call_def(const MnMethodDef *def, MnObject *self, MnObject *const *args,
                      intptr_t nargs, MnObject *kwnames)
{
    if (mn_enter_recursive_call(" while calling a Python object") < 0) {
        return NULL;
    }
    MnObject *res = call_def(def, self, args, nargs, kwnames);
    mn_leave_recursive_call();
    return res;
}

static MnObject *
call_def(const MnMethodDef *def, MnObject *self, MnObject *const *args, intptr_t nargs,
         MnObject *kwnames)
{
    int kind = def->flags & (MN_METH_NOARGS | MN_METH_O | MN_METH_FAST | MN_METH_FASTKW);
    if (kind == MN_METH_FASTKW) {
        return ((mn_callfunc)def->func)(self, args, nargs, kwnames);
    }
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        return call_error(def, self, "%U() takes no keyword arguments", 0);
    }
    switch (kind) {
    case MN_METH_NOARGS:
        if (nargs != 0) {
            return call_error(def, self, "%U() takes no arguments (%zd given)", nargs);
        }
        return ((mn_cfunc)def->func)(self, NULL);
    case MN_METH_O:
        if (nargs != 1) {
            return call_error(def, self, "%U() takes exactly one argument (%zd given)", nargs);
        }
        return ((mn_cfunc)def->func)(self, args[0]);
    case MN_METH_FAST:
        return ((mn_cfunc_fast)def->func)(self, args, nargs);
    default:
        return mn_err_bad_internal_call("mn_cfunction_call_def: bad flags");
    }
}

/* ==== builtin_function_or_method ==== */

static MnObject *
cfunction_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames);

MnObject *
mn_cfunction_new(const MnMethodDef *def, MnObject *self, MnObject *module)
{
    MnObject *f = mn_object_alloc(&mn_cfunction_type, 0);
    if (f == NULL) {
        return NULL;
    }
    CF(f)->m_ml = def;
    CF(f)->m_self = mn_xnewref(self);
    CF(f)->m_module = mn_xnewref(module);
    CF(f)->vectorcall = cfunction_call;
    mn_gc_track(f);
    return f;
}

static void
cfunction_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    if (CF(self)->m_weakreflist != NULL) {
        mn_weakref_clear_refs(self);
    }
    MN_CLEAR(CF(self)->m_self);
    MN_CLEAR(CF(self)->m_module);
    mn_object_free(self);
}

static int
cfunction_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(CF(self)->m_self);
    MN_VISIT(CF(self)->m_module);
    return 0;
}

static MnObject *
cfunction_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return mn_cfunction_call_def(CF(self)->m_ml, CF(self)->m_self, args, nargs, kwnames);
}

static int
is_function_self(MnObject *self)
{
    return self == NULL || MN_MODULE_CHECK(self);
}

static MnObject *
cfunction_repr(MnObject *self)
{
    MnObject *s = CF(self)->m_self;
    if (is_function_self(s)) {
        return mn_str_from_format("<built-in function %s>", CF(self)->m_ml->name);
    }
    return mn_str_from_format("<built-in method %s of %s object at %p>", CF(self)->m_ml->name,
                              MN_TYPE(s)->tp_name, (void *)s);
}

static MnObject *
cfunction_richcompare(MnObject *a, MnObject *b, int op)
{
    if ((op != MN_EQ && op != MN_NE) || MN_TYPE(b) != &mn_cfunction_type) {
        return mn_newref(mn_NotImplemented);
    }
    int eq = CF(a)->m_ml == CF(b)->m_ml && CF(a)->m_self == CF(b)->m_self;
    return mn_bool_from_long(op == MN_EQ ? eq : !eq);
}

static intptr_t
cfunction_hash(MnObject *self)
{
    intptr_t x = mn_hash_pointer(CF(self)->m_self);
    intptr_t y = mn_hash_pointer(CF(self)->m_ml->func);
    x ^= y;
    return x == -1 ? -2 : x;
}

static MnObject *
cfunction_get_name(MnObject *self, void *closure)
{
    (void)closure;
    return mn_str_from_cstr(CF(self)->m_ml->name);
}

static MnObject *
cfunction_get_qualname(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *s = CF(self)->m_self;
    if (is_function_self(s)) {
        return mn_str_from_cstr(CF(self)->m_ml->name);
    }
    MnType *t = MN_TYPE_CHECK(s) ? (MnType *)s : MN_TYPE(s);
    MnObject *qn = mn_type_qualname(t);
    if (qn == NULL) {
        return NULL;
    }
    MnObject *res = mn_str_from_format("%U.%s", qn, CF(self)->m_ml->name);
    mn_decref(qn);
    return res;
}

static MnObject *
cfunction_get_self(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *s = CF(self)->m_self;
    return mn_newref(s ? s : mn_None);
}

static MnObject *
cfunction_get_module(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *m = CF(self)->m_module;
    return mn_newref(m ? m : mn_None);
}

static MnObject *
cfunction_get_doc(MnObject *self, void *closure)
{
    (void)closure;
    const char *doc = CF(self)->m_ml->doc;
    return doc ? mn_str_from_cstr(doc) : mn_newref(mn_None);
}

static const MnGetSetDef cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__module__", cfunction_get_module, NULL, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== common descriptor parts ==== */

static MnObject *
descr_alloc(MnType *descrtype, MnType *type, const char *name)
{
    MnObject *d = mn_object_alloc(descrtype, 0);
    if (d == NULL) {
        return NULL;
    }
    DESCR(d)->d_type = (MnType *)mn_newref(type);
    DESCR(d)->d_name = mn_str_intern_cstr(name);
    if (DESCR(d)->d_name == NULL) {
        mn_decref(d);
        return NULL;
    }
    mn_gc_track(d);
    return d;
}

static void
descr_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(DESCR(self)->d_type);
    MN_CLEAR(DESCR(self)->d_name);
    MN_CLEAR(DESCR(self)->d_qualname);
    mn_object_free(self);
}

static int
descr_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(DESCR(self)->d_type);
    return 0;
}

// Checks that [obj] may use the descriptor. -> 0, or -1 with TypeError set.
static int
descr_check(MnObject *self, MnObject *obj)
{
    if (!mn_type_is_subtype(MN_TYPE(obj), DESCR(self)->d_type)) {
        mn_err_format(mn_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a "
                      "'%s' object", DESCR(self)->d_name, mn_type_name(DESCR(self)->d_type),
                      mn_type_name(MN_TYPE(obj)));
        return -1;
    }
    return 0;
}

static MnObject *
descr_repr_kind(MnObject *self, const char *kind)
{
    return mn_str_from_format("<%s '%U' of '%s' objects>", kind, DESCR(self)->d_name,
                              DESCR(self)->d_type->tp_name);
}

static MnObject *
descr_get_name(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(DESCR(self)->d_name);
}

static MnObject *
descr_get_qualname(MnObject *self, void *closure)
{
    (void)closure;
    if (DESCR(self)->d_qualname == NULL) {
        MnObject *tq = mn_type_qualname(DESCR(self)->d_type);
        if (tq == NULL) {
            return NULL;
        }
        DESCR(self)->d_qualname = mn_str_from_format("%U.%U", tq, DESCR(self)->d_name);
        mn_decref(tq);
        if (DESCR(self)->d_qualname == NULL) {
            return NULL;
        }
    }
    return mn_newref(DESCR(self)->d_qualname);
}

static MnObject *
descr_get_objclass(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(DESCR(self)->d_type);
}

/* ==== method_descriptor and classmethod_descriptor ==== */

#define MDEF(o) (((MnMethodDescr *)(o))->d_method)

MnObject *
mn_descr_new_method(MnType *type, const MnMethodDef *def)
{
    if (def->flags & MN_METH_STATIC) {
        MnObject *f = mn_cfunction_new(def, NULL, NULL);
        if (f == NULL) {
            return NULL;
        }
        MnObject *sm = mn_staticmethod_new(f);
        mn_decref(f);
        return sm;
    }
    MnType *dt = (def->flags & MN_METH_CLASS) ? &mn_classmethod_descr_type : &mn_method_descr_type;
    MnObject *d = descr_alloc(dt, type, def->name);
    if (d != NULL) {
        MDEF(d) = def;
        ((MnMethodDescr *)d)->vectorcall = dt->tp_call;
    }
    return d;
}

static MnObject *
method_descr_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (nargs < 1) {
        MnObject *qn = descr_get_qualname(self, NULL);
        if (qn != NULL) {
            mn_err_format(mn_exc_TypeError, "unbound method %U() needs an argument", qn);
            mn_decref(qn);
        }
        return NULL;
    }
    if (descr_check(self, args[0]) < 0) {
        return NULL;
    }
    return mn_cfunction_call_def(MDEF(self), args[0], args + 1, nargs - 1, kwnames);
}

static MnObject *
method_descr_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)type;
    if (obj == NULL) {
        return mn_newref(self);
    }
    if (descr_check(self, obj) < 0) {
        return NULL;
    }
    return mn_cfunction_new(MDEF(self), obj, NULL);
}

static MnObject *
method_descr_repr(MnObject *self)
{
    return descr_repr_kind(self, "method");
}

static MnObject *
method_descr_get_doc(MnObject *self, void *closure)
{
    (void)closure;
    const char *doc = MDEF(self)->doc;
    return doc ? mn_str_from_cstr(doc) : mn_newref(mn_None);
}

static const MnGetSetDef method_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_descr_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MnObject *
classmethod_descr_get(MnObject *self, MnObject *obj, MnObject *type)
{
    if (type == NULL) {
        type = (MnObject *)MN_TYPE(obj);
    }
    if (!MN_TYPE_CHECK(type)) {
        return mn_err_format(mn_exc_TypeError, "descriptor '%U' for type '%s' needs a type, not "
                             "a '%s' as arg 2", DESCR(self)->d_name,
                             mn_type_name(DESCR(self)->d_type), mn_type_name(MN_TYPE(type)));
    }
    if (!mn_type_is_subtype((MnType *)type, DESCR(self)->d_type)) {
        return mn_err_format(mn_exc_TypeError, "descriptor '%U' requires a subtype of '%s' but "
                             "received '%s'", DESCR(self)->d_name,
                             mn_type_name(DESCR(self)->d_type), mn_type_name((MnType *)type));
    }
    return mn_cfunction_new(MDEF(self), type, NULL);
}

static MnObject *
classmethod_descr_call(MnObject *self, MnObject *const *args, intptr_t nargs,
                       MnObject *kwnames)
{
    if (nargs < 1) {
        return mn_err_format(mn_exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                             DESCR(self)->d_name, mn_type_name(DESCR(self)->d_type));
    }
    if (!MN_TYPE_CHECK(args[0])) {
        return mn_err_format(mn_exc_TypeError, "descriptor '%U' for type '%s' needs a type, not "
                             "a '%s' as arg 2", DESCR(self)->d_name,
                             mn_type_name(DESCR(self)->d_type), mn_type_name(MN_TYPE(args[0])));
    }
    if (!mn_type_is_subtype((MnType *)args[0], DESCR(self)->d_type)) {
        return mn_err_format(mn_exc_TypeError, "descriptor '%U' requires a subtype of '%s' but "
                             "received '%s'", DESCR(self)->d_name,
                             mn_type_name(DESCR(self)->d_type),
                             mn_type_name((MnType *)args[0]));
    }
    return mn_cfunction_call_def(MDEF(self), args[0], args + 1, nargs - 1, kwnames);
}

/* ==== member_descriptor ==== */

#define MEMBER(o) (((MnMemberDescr *)(o))->d_member)

MnObject *
mn_descr_new_member(MnType *type, const MnMemberDef *def)
{
    MnObject *d = descr_alloc(&mn_member_descr_type, type, def->name);
    if (d != NULL) {
        MEMBER(d) = def;
    }
    return d;
}

static MnObject *
member_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)type;
    if (obj == NULL) {
        return mn_newref(self);
    }
    if (descr_check(self, obj) < 0) {
        return NULL;
    }
    const MnMemberDef *m = MEMBER(self);
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case MN_T_OBJECT: {
        MnObject *v = *(MnObject **)addr;
        return mn_newref(v ? v : mn_None);
    }
    case MN_T_OBJECT_EX: {
        MnObject *v = *(MnObject **)addr;
        if (v == NULL) {
            return mn_err_format(mn_exc_AttributeError, "'%s' object has no attribute '%s'",
                                 MN_TYPE(obj)->tp_name, m->name);
        }
        return mn_newref(v);
    }
    case MN_T_INT:
        return mn_int_from_long(*(int *)addr);
    case MN_T_SSIZE:
        return mn_int_from_ssize(*(intptr_t *)addr);
    case MN_T_BOOL:
        return mn_bool_from_long(*(char *)addr);
    case MN_T_DOUBLE:
        return mn_float_from_double(*(double *)addr);
    default:
        return mn_err_format(mn_exc_SystemError, "bad memberdescr type for %s", m->name);
    }
}

static int
member_set_number(const MnMemberDef *m, char *addr, MnObject *value)
{
    if (m->type == MN_T_BOOL) {
        if (!MN_BOOL_CHECK(value)) {
            mn_err_format(mn_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == mn_True;
        return 0;
    }
    if (m->type == MN_T_DOUBLE) {
        double d = mn_float_as_double(value);
        if (d == -1.0 && mn_err_occurred()) {
            return -1;
        }
        *(double *)addr = d;
        return 0;
    }
    if (!MN_INT_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "an integer is required");
        return -1;
    }
    intptr_t v = mn_int_as_ssize(value);
    if (v == -1 && mn_err_occurred()) {
        return -1;
    }
    if (m->type == MN_T_INT) {
        *(int *)addr = (int)v;
    } else {
        *(intptr_t *)addr = v;
    }
    return 0;
}

static int
member_set(MnObject *self, MnObject *obj, MnObject *value)
{
    if (descr_check(self, obj) < 0) {
        return -1;
    }
    const MnMemberDef *m = MEMBER(self);
    char *addr = (char *)obj + m->offset;
    if (m->flags & MN_READONLY) {
        mn_err_format(mn_exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (m->type == MN_T_OBJECT || m->type == MN_T_OBJECT_EX) {
        MnObject **p = (MnObject **)addr;
        if (value == NULL && m->type == MN_T_OBJECT_EX && *p == NULL) {
            mn_err_format(mn_exc_AttributeError, "%s", m->name);
            return -1;
        }
        MN_SETREF(*p, mn_xnewref(value));
        return 0;
    }
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    return member_set_number(m, addr, value);
}

static MnObject *
member_repr(MnObject *self)
{
    return descr_repr_kind(self, "member");
}

static MnObject *
member_get_doc(MnObject *self, void *closure)
{
    (void)closure;
    const char *doc = MEMBER(self)->doc;
    return doc ? mn_str_from_cstr(doc) : mn_newref(mn_None);
}

static const MnGetSetDef member_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== getset_descriptor ==== */

#define GETSET(o) (((MnGetSetDescr *)(o))->d_getset)

MnObject *
mn_descr_new_getset(MnType *type, const MnGetSetDef *def)
{
    MnObject *d = descr_alloc(&mn_getset_descr_type, type, def->name);
    if (d != NULL) {
        GETSET(d) = def;
    }
    return d;
}

static MnObject *
getset_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)type;
    if (obj == NULL) {
        return mn_newref(self);
    }
    if (descr_check(self, obj) < 0) {
        return NULL;
    }
    if (GETSET(self)->get == NULL) {
        return mn_err_format(mn_exc_AttributeError, "attribute '%U' of '%s' objects is not "
                             "readable", DESCR(self)->d_name, mn_type_name(DESCR(self)->d_type));
    }
    return GETSET(self)->get(obj, GETSET(self)->closure);
}

static int
getset_set(MnObject *self, MnObject *obj, MnObject *value)
{
    if (descr_check(self, obj) < 0) {
        return -1;
    }
    if (GETSET(self)->set == NULL) {
        mn_err_format(mn_exc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                      DESCR(self)->d_name, mn_type_name(DESCR(self)->d_type));
        return -1;
    }
    return GETSET(self)->set(obj, value, GETSET(self)->closure);
}

static MnObject *
getset_repr(MnObject *self)
{
    return descr_repr_kind(self, "attribute");
}

static MnObject *
getset_get_doc(MnObject *self, void *closure)
{
    (void)closure;
    const char *doc = GETSET(self)->doc;
    return doc ? mn_str_from_cstr(doc) : mn_newref(mn_None);
}

static const MnGetSetDef getset_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== wrapper_descriptor and method-wrapper ==== */

#define WRAP(o) ((MnWrapperDescr *)(o))

typedef struct MnMethodWrapper {
    MnObject ob_base;
    MnObject *descr;            // owned wrapper_descriptor
    MnObject *self;             // owned
} MnMethodWrapper;

#define MW(o) ((MnMethodWrapper *)(o))

MnObject *
mn_descr_new_wrapper(MnType *type, const MnSlotDef *def, mn_anyfunc wrapped)
{
    MnObject *d = descr_alloc(&mn_wrapper_descr_type, type, def->name);
    if (d != NULL) {
        WRAP(d)->d_base = def;
        WRAP(d)->d_wrapped = wrapped;
    }
    return d;
}

int
mn_descr_is_wrapper(MnObject *descr)
{
    return MN_TYPE(descr) == &mn_wrapper_descr_type;
}

static MnObject *
wrapper_descr_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (nargs < 1) {
        return mn_err_format(mn_exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                             DESCR(self)->d_name, mn_type_name(DESCR(self)->d_type));
    }
    if (!mn_type_is_subtype(MN_TYPE(args[0]), DESCR(self)->d_type)) {
        return mn_err_format(mn_exc_TypeError, "descriptor '%U' requires a '%s' object but "
                             "received a '%s'", DESCR(self)->d_name,
                             mn_type_name(DESCR(self)->d_type), mn_type_name(MN_TYPE(args[0])));
    }
    return WRAP(self)->d_base->wrapper(args[0], args + 1, nargs - 1, kwnames,
                                       WRAP(self)->d_wrapped, WRAP(self)->d_base->arg);
}

static MnObject *
wrapper_descr_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)type;
    if (obj == NULL) {
        return mn_newref(self);
    }
    if (descr_check(self, obj) < 0) {
        return NULL;
    }
    MnObject *mw = mn_object_alloc(&mn_method_wrapper_type, 0);
    if (mw == NULL) {
        return NULL;
    }
    MW(mw)->descr = mn_newref(self);
    MW(mw)->self = mn_newref(obj);
    mn_gc_track(mw);
    return mw;
}

static MnObject *
wrapper_descr_repr(MnObject *self)
{
    return descr_repr_kind(self, "slot wrapper");
}

static MnObject *
wrapper_descr_get_doc(MnObject *self, void *closure)
{
    (void)closure;
    const char *doc = WRAP(self)->d_base->doc;
    return doc ? mn_str_from_cstr(doc) : mn_newref(mn_None);
}

static const MnGetSetDef wrapper_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapper_descr_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static void
method_wrapper_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(MW(self)->descr);
    MN_CLEAR(MW(self)->self);
    mn_object_free(self);
}

static int
method_wrapper_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(MW(self)->descr);
    MN_VISIT(MW(self)->self);
    return 0;
}

static MnObject *
method_wrapper_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnWrapperDescr *d = WRAP(MW(self)->descr);
    return d->d_base->wrapper(MW(self)->self, args, nargs, kwnames, d->d_wrapped, d->d_base->arg);
}

static MnObject *
method_wrapper_repr(MnObject *self)
{
    MnObject *s = MW(self)->self;
    return mn_str_from_format("<method-wrapper '%U' of %s object at %p>",
                              DESCR(MW(self)->descr)->d_name, MN_TYPE(s)->tp_name, (void *)s);
}

static MnObject *
method_wrapper_richcompare(MnObject *a, MnObject *b, int op)
{
    if ((op != MN_EQ && op != MN_NE) || MN_TYPE(b) != &mn_method_wrapper_type) {
        return mn_newref(mn_NotImplemented);
    }
    int eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
    return mn_bool_from_long(op == MN_EQ ? eq : !eq);
}

static intptr_t
method_wrapper_hash(MnObject *self)
{
    intptr_t h = mn_hash_pointer(MW(self)->self) ^ mn_hash_pointer(MW(self)->descr);
    return h == -1 ? -2 : h;
}

static MnObject *
method_wrapper_get_self(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(MW(self)->self);
}

static MnObject *
method_wrapper_get_name(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(DESCR(MW(self)->descr)->d_name);
}

static MnObject *
method_wrapper_get_qualname(MnObject *self, void *closure)
{
    (void)closure;
    return descr_get_qualname(MW(self)->descr, NULL);
}

static const MnGetSetDef method_wrapper_getset[] = {
    {"__self__", method_wrapper_get_self, NULL, NULL, NULL},
    {"__name__", method_wrapper_get_name, NULL, NULL, NULL},
    {"__qualname__", method_wrapper_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ==== T.__new__ for builtin types ==== */

static MnObject *
tp_new_wrapper(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnType *type = (MnType *)self;
    if (nargs < 1) {
        return mn_err_format(mn_exc_TypeError, "%s.__new__(): not enough arguments",
                             type->tp_name);
    }
    MnObject *arg0 = args[0];
    if (!MN_TYPE_CHECK(arg0)) {
        return mn_err_format(mn_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                             type->tp_name, mn_type_name(MN_TYPE(arg0)));
    }
    MnType *subtype = (MnType *)arg0;
    if (!mn_type_is_subtype(subtype, type)) {
        return mn_err_format(mn_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                             type->tp_name, subtype->tp_name, subtype->tp_name, type->tp_name);
    }
    MnType *staticbase = subtype;
    while (staticbase != NULL && staticbase->tp_new != NULL &&
           MN_TYPE_HAS_FLAG(staticbase, MN_TPFLAG_HEAPTYPE)) {
        staticbase = staticbase->tp_base;
    }
    if (staticbase != NULL && staticbase->tp_new != type->tp_new &&
        mn_type_is_subtype(staticbase, type) && staticbase != type) {
        return mn_err_format(mn_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                             type->tp_name, subtype->tp_name, staticbase->tp_name);
    }
    return type->tp_new(subtype, args + 1, nargs - 1, kwnames);
}

static const MnMethodDef tp_new_def = {
    "__new__", (void *)tp_new_wrapper, MN_METH_FASTKW,
    "Create and return a new object.  See help(type) for accurate signature.",
};

MnObject *
mn_descr_new_tp_new_wrapper(MnType *type)
{
    return mn_cfunction_new(&tp_new_def, (MnObject *)type, NULL);
}

MnObject *
mn_descr_bind(MnObject *func, MnObject *self)
{
    return mn_method_new(func, self);
}

/* ==== the types ==== */

MnType mn_cfunction_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(MnCFunction), .tp_flags = MN_TPFLAG_GC,
    .tp_weaklistoffset = offsetof(MnCFunction, m_weakreflist),
    .tp_dealloc = cfunction_dealloc, .tp_repr = cfunction_repr,
    .tp_hash = cfunction_hash,      .tp_richcompare = cfunction_richcompare,
    .tp_call = cfunction_call,      .tp_traverse = cfunction_traverse,
    .tp_getset = cfunction_getset,
};

MnType mn_method_descr_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(MnMethodDescr), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = descr_dealloc,    .tp_repr = method_descr_repr,
    .tp_call = method_descr_call,   .tp_traverse = descr_traverse,
    .tp_descr_get = method_descr_get, .tp_getset = method_descr_getset,
};

MnType mn_classmethod_descr_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(MnMethodDescr), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = descr_dealloc,    .tp_repr = method_descr_repr,
    .tp_call = classmethod_descr_call, .tp_traverse = descr_traverse,
    .tp_descr_get = classmethod_descr_get, .tp_getset = method_descr_getset,
};

MnType mn_member_descr_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(MnMemberDescr), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = descr_dealloc,    .tp_repr = member_repr,
    .tp_traverse = descr_traverse,  .tp_descr_get = member_get,
    .tp_descr_set = member_set,     .tp_getset = member_getset,
};

MnType mn_getset_descr_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(MnGetSetDescr), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = descr_dealloc,    .tp_repr = getset_repr,
    .tp_traverse = descr_traverse,  .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,     .tp_getset = getset_getset,
};

MnType mn_wrapper_descr_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(MnWrapperDescr), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = descr_dealloc,    .tp_repr = wrapper_descr_repr,
    .tp_call = wrapper_descr_call,  .tp_traverse = descr_traverse,
    .tp_descr_get = wrapper_descr_get, .tp_getset = wrapper_descr_getset,
};

MnType mn_method_wrapper_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(MnMethodWrapper), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = method_wrapper_dealloc, .tp_repr = method_wrapper_repr,
    .tp_hash = method_wrapper_hash, .tp_richcompare = method_wrapper_richcompare,
    .tp_call = method_wrapper_call, .tp_traverse = method_wrapper_traverse,
    .tp_getset = method_wrapper_getset,
};
