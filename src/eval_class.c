/*
 * src/eval_class.c - __build_class__ (runs a class body with a fresh namespace, then creates
 * the class and fills its __class__ cell) and the frame inspection behind zero-argument
 * super().
 * See also: src/eval.h, runtime/type.c (mn_type_new_class), runtime/descr.c (super)
 */
#include "eval_impl.h"

static MnObject *
run_class_body(MnObject *func, MnObject *ns)
{
    MnFrame *f = mn_frame_push(func);
    if (f == NULL) {
        return NULL;
    }
    f->f_locals = mn_newref(ns);
    return mn_eval_frame(f, 0);
}

// The class keywords as a dict (NULL when none). -> 0, or -1 (metaclass= is refused).
static int
class_keywords(MnObject *const *args, intptr_t nargs, MnObject *kwnames, MnObject **kwargs)
{
    *kwargs = NULL;
    if (kwnames == NULL || MN_TUPLE_LEN(kwnames) == 0) {
        return 0;
    }
    *kwargs = mn_dict_new();
    if (*kwargs == NULL) {
        return -1;
    }
    for (intptr_t i = 0; i < MN_TUPLE_LEN(kwnames); i++) {
        MnObject *key = MN_TUPLE_GET(kwnames, i);
        if (mn_str_eq_cstr(key, "metaclass")) {
            mn_err_format(mn_exc_NotImplementedError,
                          "the metaclass keyword is not supported by mnemo");
            MN_CLEAR(*kwargs);
            return -1;
        }
        if (mn_dict_set_item(*kwargs, key, args[nargs + i]) < 0) {
            MN_CLEAR(*kwargs);
            return -1;
        }
    }
    return 0;
}

MnObject *
mn_eval_build_class(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    if (nargs < 2) {
        return mn_err_format(mn_exc_TypeError, "__build_class__: not enough arguments");
    }
    MnObject *func = args[0], *name = args[1];
    if (!MN_FUNC_CHECK(func)) {
        return mn_err_format(mn_exc_TypeError, "__build_class__: func must be a function");
    }
    if (!MN_STR_CHECK(name)) {
        return mn_err_format(mn_exc_TypeError, "__build_class__: name is not a string");
    }
    MnObject *kwargs = NULL;
    if (class_keywords(args, nargs, kwnames, &kwargs) < 0) {
        return NULL;
    }
    MnObject *bases = mn_tuple_from_array(args + 2, nargs - 2);
    if (bases == NULL) {
        mn_xdecref(kwargs);
        return NULL;
    }
    MnObject *ns = mn_dict_new();
    MnObject *cls = NULL, *cell = NULL;
    if (ns == NULL) {
        goto done;
    }
    cell = run_class_body(func, ns);
    if (cell == NULL) {
        goto done;
    }
    if (MN_CELL_CHECK(cell)) {
        if (mn_dict_get_cstr_borrow(ns, "__classcell__") != NULL &&
            mn_dict_del_item_cstr(ns, "__classcell__") < 0) {
            goto done;
        }
    }
    MnObject *call_args = mn_tuple_hold_args(3);    // CPython calls type(name, bases, ns)
    cls = mn_type_new_class_kw(name, bases, ns, kwargs);
    mn_xdecref(call_args);
    if (cls != NULL && MN_CELL_CHECK(cell)) {
        mn_cell_set(cell, cls);
    }
done:
    mn_xdecref(cell);
    mn_xdecref(ns);
    mn_xdecref(kwargs);
    mn_decref(bases);
    return cls;
}

int
mn_eval_super_args(MnType **type, MnObject **obj)
{
    MnFrame *f = mn_rt.frame;
    if (f == NULL) {
        mn_err_format(mn_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    MnCode *co = f->f_code;
    if (co->co_argcount == 0) {
        mn_err_format(mn_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    MnObject *first = f->localsplus[0];
    if (co->co_cell2arg != NULL) {
        for (int i = 0; i < co->co_ncells; i++) {
            if (co->co_cell2arg[i] == 0) {
                MnObject *cell = f->localsplus[co->co_nlocals + i];
                first = cell && MN_CELL_CHECK(cell) ? MN_CELL_GET(cell) : first;
            }
        }
    }
    if (first == NULL) {
        mn_err_format(mn_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->co_nfrees; i++) {
        if (mn_str_eq_cstr(MN_TUPLE_GET(co->co_freevars, i), "__class__")) {
            MnObject *cell = f->localsplus[co->co_nlocals + co->co_ncells + i];
            MnObject *t = cell ? MN_CELL_GET(cell) : NULL;
            if (t == NULL) {
                mn_err_format(mn_exc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!MN_TYPE_CHECK(t)) {
                mn_err_format(mn_exc_RuntimeError, "super(): __class__ is not a type (%s)",
                              MN_TYPE(t)->tp_name);
                return -1;
            }
            *type = (MnType *)t;
            *obj = first;
            return 0;
        }
    }
    mn_err_format(mn_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}
