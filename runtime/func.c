/*
 * runtime/func.c - function objects: creation from a code object, attributes (__defaults__,
 * __kwdefaults__, __code__, __dict__, __annotations__ ...), repr, and the descriptor that
 * binds them to instances. Calls go to src/eval.c (mn_eval_call_function).
 * See also: runtime/func.h, runtime/method.c, src/frame.c
 */
#include "mnemo.h"
#include "func.h"
#include "method.h"
#include "code.h"
#include "eval.h"
#include "weakref.h"

MnObject *
mn_func_builtins_for(MnObject *globals)
{
    MnObject *b = mn_dict_get_cstr_borrow(globals, "__builtins__");
    if (b != NULL) {
        if (MN_MODULE_CHECK(b)) {
            return MN_MODULE_DICT(b);
        }
        if (MN_DICT_CHECK(b)) {
            return b;
        }
    }
    return mn_rt.builtins;
}

static MnObject *
func_call(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return mn_eval_call_function(self, args, nargs, kwnames);
}

MnObject *
mn_func_new(MnObject *code, MnObject *globals, MnObject *qualname)
{
    MnCode *co = (MnCode *)code;
    MnFunction *f = (MnFunction *)mn_object_alloc(&mn_func_type, 0);
    if (f == NULL) {
        return NULL;
    }
    f->func_code = mn_newref(code);
    f->func_globals = mn_newref(globals);
    f->func_builtins = mn_xnewref(mn_func_builtins_for(globals));
    f->func_name = mn_newref(co->co_name);
    f->func_qualname = mn_newref(qualname ? qualname : co->co_qualname);
    MnObject *doc = mn_None;
    if ((co->co_flags & MN_CO_OPTIMIZED) && MN_TUPLE_LEN(co->co_consts) > 0 &&
        MN_STR_CHECK(MN_TUPLE_GET(co->co_consts, 0))) {
        doc = MN_TUPLE_GET(co->co_consts, 0);
    }
    f->func_doc = mn_newref(doc);
    MnObject *module = mn_dict_get_cstr_borrow(globals, "__name__");
    f->func_module = mn_xnewref(module);
    f->vectorcall = func_call;
    mn_gc_track(f);
    return (MnObject *)f;
}

static int
func_clear(MnObject *self)
{
    MnFunction *f = (MnFunction *)self;
    MN_CLEAR(f->func_globals);
    MN_CLEAR(f->func_builtins);
    MN_CLEAR(f->func_module);
    MN_CLEAR(f->func_defaults);
    MN_CLEAR(f->func_kwdefaults);
    MN_CLEAR(f->func_doc);
    MN_CLEAR(f->func_dict);
    MN_CLEAR(f->func_closure);
    MN_CLEAR(f->func_annotations);
    return 0;
}

static void
func_dealloc(MnObject *self)
{
    MnFunction *f = (MnFunction *)self;
    mn_gc_untrack(self);
    if (f->func_weakreflist != NULL) {
        mn_weakref_clear_refs(self);
    }
    func_clear(self);
    MN_CLEAR(f->func_code);
    MN_CLEAR(f->func_name);
    MN_CLEAR(f->func_qualname);
    mn_object_free(self);
}

static int
func_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MnFunction *f = (MnFunction *)self;
    MN_VISIT(f->func_code);
    MN_VISIT(f->func_globals);
    MN_VISIT(f->func_builtins);
    MN_VISIT(f->func_module);
    MN_VISIT(f->func_defaults);
    MN_VISIT(f->func_kwdefaults);
    MN_VISIT(f->func_doc);
    MN_VISIT(f->func_name);
    MN_VISIT(f->func_dict);
    MN_VISIT(f->func_closure);
    MN_VISIT(f->func_annotations);
    MN_VISIT(f->func_qualname);
    return 0;
}

static MnObject *
func_repr(MnObject *self)
{
    return mn_str_from_format("<function %U at %p>", ((MnFunction *)self)->func_qualname,
                              (void *)self);
}

static MnObject *
func_descr_get(MnObject *self, MnObject *obj, MnObject *type)
{
    (void)type;
    if (obj == NULL || obj == mn_None) {
        return mn_newref(self);
    }
    return mn_method_new(self, obj);
}

/* ==== attributes ==== */

static MnObject *
func_get_code(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(((MnFunction *)self)->func_code);
}

static int
func_set_code(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL || !MN_CODE_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    MnFunction *f = (MnFunction *)self;
    int nfree = ((MnCode *)value)->co_nfrees;
    int nclosure = f->func_closure ? (int)MN_TUPLE_LEN(f->func_closure) : 0;
    if (nfree != nclosure) {
        mn_err_format(mn_exc_ValueError,
                      "%U() requires a code object with %d free vars, not %d",
                      f->func_name, nclosure, nfree);
        return -1;
    }
    MN_SETREF(f->func_code, mn_newref(value));
    return 0;
}

static MnObject *
func_get_name(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(((MnFunction *)self)->func_name);
}

static int
func_set_name(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL || !MN_STR_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    MN_SETREF(((MnFunction *)self)->func_name, mn_newref(value));
    return 0;
}

static MnObject *
func_get_qualname(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(((MnFunction *)self)->func_qualname);
}

static int
func_set_qualname(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL || !MN_STR_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    MN_SETREF(((MnFunction *)self)->func_qualname, mn_newref(value));
    return 0;
}

static MnObject *
func_get_defaults(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *d = ((MnFunction *)self)->func_defaults;
    return mn_newref(d ? d : mn_None);
}

static int
func_set_defaults(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == mn_None) {
        value = NULL;
    }
    if (value != NULL && !MN_TUPLE_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    MN_SETREF(((MnFunction *)self)->func_defaults, mn_xnewref(value));
    return 0;
}

static MnObject *
func_get_kwdefaults(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *d = ((MnFunction *)self)->func_kwdefaults;
    return mn_newref(d ? d : mn_None);
}

static int
func_set_kwdefaults(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == mn_None) {
        value = NULL;
    }
    if (value != NULL && !MN_DICT_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    MN_SETREF(((MnFunction *)self)->func_kwdefaults, mn_xnewref(value));
    return 0;
}

static MnObject *
func_get_annotations(MnObject *self, void *closure)
{
    (void)closure;
    MnFunction *f = (MnFunction *)self;
    if (f->func_annotations == NULL) {
        f->func_annotations = mn_dict_new();
        if (f->func_annotations == NULL) {
            return NULL;
        }
    } else if (MN_TUPLE_CHECK(f->func_annotations)) {
        MnObject *t = f->func_annotations;
        MnObject *d = mn_dict_new();
        if (d == NULL) {
            return NULL;
        }
        for (intptr_t i = 0; i + 1 < MN_TUPLE_LEN(t); i += 2) {
            if (mn_dict_set_item(d, MN_TUPLE_GET(t, i), MN_TUPLE_GET(t, i + 1)) < 0) {
                mn_decref(d);
                return NULL;
            }
        }
        MN_SETREF(f->func_annotations, d);
    }
    return mn_newref(f->func_annotations);
}

static int
func_set_annotations(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == mn_None) {
        value = NULL;
    }
    if (value != NULL && !MN_DICT_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    MN_SETREF(((MnFunction *)self)->func_annotations, mn_xnewref(value));
    return 0;
}

static MnObject *
func_get_dict(MnObject *self, void *closure)
{
    (void)closure;
    MnFunction *f = (MnFunction *)self;
    if (f->func_dict == NULL) {
        f->func_dict = mn_dict_new();
        if (f->func_dict == NULL) {
            return NULL;
        }
    }
    return mn_newref(f->func_dict);
}

static int
func_set_dict(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!MN_DICT_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      MN_TYPE(value)->tp_name);
        return -1;
    }
    MN_SETREF(((MnFunction *)self)->func_dict, mn_newref(value));
    return 0;
}

static MnObject *
func_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)type;
    if ((kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) || nargs < 2) {
        return mn_err_format(mn_exc_TypeError, "function() expects a code object and globals");
    }
    if (!MN_CODE_CHECK(args[0])) {
        return mn_err_format(mn_exc_TypeError,
                             "function() argument 'code' must be code, not %s",
                             MN_TYPE(args[0])->tp_name);
    }
    if (!MN_DICT_CHECK(args[1])) {
        return mn_err_format(mn_exc_TypeError,
                             "function() argument 'globals' must be dict, not %s",
                             MN_TYPE(args[1])->tp_name);
    }
    if (((MnCode *)args[0])->co_nfrees > 0) {
        return mn_err_format(mn_exc_TypeError, "arg 5 (closure) must be tuple");
    }
    return mn_func_new(args[0], args[1], NULL);
}

static const MnMemberDef func_members[] = {
    {"__closure__", MN_T_OBJECT, offsetof(MnFunction, func_closure), MN_READONLY, NULL},
    {"__doc__", MN_T_OBJECT, offsetof(MnFunction, func_doc), 0, NULL},
    {"__globals__", MN_T_OBJECT, offsetof(MnFunction, func_globals), MN_READONLY, NULL},
    {"__module__", MN_T_OBJECT, offsetof(MnFunction, func_module), 0, NULL},
    {"__builtins__", MN_T_OBJECT, offsetof(MnFunction, func_builtins), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const MnGetSetDef func_getset[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_func_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "function",
    .tp_basicsize = sizeof(MnFunction), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = func_dealloc,         .tp_repr = func_repr,
    .tp_traverse = func_traverse,       .tp_clear = func_clear,
    .tp_call = func_call,               .tp_descr_get = func_descr_get,
    .tp_members = func_members,         .tp_getset = func_getset,
    .tp_new = func_new,
    .tp_dictoffset = offsetof(MnFunction, func_dict),
    .tp_weaklistoffset = offsetof(MnFunction, func_weakreflist),
};
