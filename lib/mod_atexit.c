/*
 * lib/mod_atexit.c - the `atexit` module: functions registered to run at normal interpreter
 * exit, last registered first, before module globals are cleared (src/main.c calls
 * mn_atexit_run between the program and mn_runtime_fini, where CPython's Py_FinalizeEx
 * calls its exit functions). As in CPython, unregister empties slots without shrinking the
 * table, so _ncallbacks() counts them until the next run or _clear().
 * See also: lib/mod_atexit.h, lib/weakref.py (finalize), src/main.c
 */
#include <stdio.h>
#include "mnemo.h"
#include "modules.h"
#include "mod_atexit.h"

// Each entry is a tuple (func, args, kwargs-or-None), or None once unregistered.
static MnObject *callbacks;     // owned list, or NULL before the first register
static int closed;              // set once the exit functions ran at shutdown

static void
report_failure(MnObject *func)
{
    MnObject *exc = mn_err_fetch();
    fflush(stdout);
    MnObject *r = mn_object_repr(func);
    if (r == NULL) {
        mn_err_clear();
        fputs("Exception ignored in atexit callback: <object repr() failed>\n", stderr);
    } else {
        const char *s = mn_str_as_utf8(r, NULL);
        if (s == NULL) {
            mn_err_clear();
            s = "?";
        }
        fprintf(stderr, "Exception ignored in atexit callback: %s\n", s);
        mn_decref(r);
    }
    mn_err_print_exception(exc);
    mn_decref(exc);
}

// Calls every registered function, newest first, then forgets them all.
static void
run_callbacks(void)
{
    MnObject *list = callbacks;
    if (list == NULL) {
        return;
    }
    mn_incref(list);
    for (intptr_t i = MN_LIST_LEN(list) - 1; i >= 0; i--) {
        if (i >= MN_LIST_LEN(list)) {
            continue;           // a callback called _clear()
        }
        MnObject *entry = MN_LIST_GET(list, i);
        if (entry == mn_None) {
            continue;
        }
        mn_incref(entry);
        MnObject *func = MN_TUPLE_GET(entry, 0);
        MnObject *kw = MN_TUPLE_GET(entry, 2);
        MnObject *res = mn_object_call_tuple_dict(func, MN_TUPLE_GET(entry, 1),
                                                  kw == mn_None ? NULL : kw);
        if (res == NULL) {
            report_failure(func);
        } else {
            mn_decref(res);
        }
        mn_decref(entry);
    }
    mn_decref(list);
    MN_CLEAR(callbacks);
}

void
mn_atexit_run(void)
{
    MnObject *saved = mn_err_fetch();
    run_callbacks();
    closed = 1;
    mn_err_restore(saved);
}

static MnObject *
atexit_register(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    if (nargs < 1) {
        return mn_err_format(mn_exc_TypeError,
                             "register() takes at least 1 argument (0 given)");
    }
    MnObject *func = args[0];
    if (MN_TYPE(func)->tp_call == NULL) {
        return mn_err_format(mn_exc_TypeError, "the first argument must be callable");
    }
    if (closed) {
        return mn_newref(func);        // too late to run: CPython drops these as well
    }
    MnObject *pos = mn_tuple_new(nargs - 1);
    MnObject *kw = pos ? mn_dict_new() : NULL;
    MnObject *entry = NULL;
    if (kw == NULL) {
        goto fail;
    }
    for (intptr_t i = 1; i < nargs; i++) {
        MN_TUPLE_SET(pos, i - 1, mn_newref(args[i]));
    }
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        if (mn_dict_set_item(kw, MN_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
            goto fail;
        }
    }
    entry = mn_tuple_pack(3, func, pos, nkw ? kw : mn_None);
    if (entry == NULL || (callbacks == NULL && (callbacks = mn_list_new(0)) == NULL) ||
        mn_list_append(callbacks, entry) < 0) {
        goto fail;
    }
    mn_decref(pos);
    mn_decref(kw);
    mn_decref(entry);
    return mn_newref(func);
fail:
    mn_xdecref(pos);
    mn_xdecref(kw);
    mn_xdecref(entry);
    return NULL;
}

static MnObject *
atexit_unregister(MnObject *self, MnObject *func)
{
    (void)self;
    for (intptr_t i = 0; callbacks != NULL && i < MN_LIST_LEN(callbacks); i++) {
        MnObject *entry = MN_LIST_GET(callbacks, i);
        if (entry == mn_None) {
            continue;
        }
        mn_incref(entry);
        int eq = mn_object_richcompare_bool(MN_TUPLE_GET(entry, 0), func, MN_EQ);
        mn_decref(entry);
        if (eq < 0) {
            return NULL;
        }
        if (eq && i < MN_LIST_LEN(callbacks) && MN_LIST_GET(callbacks, i) == entry) {
            MN_SETREF(MN_LIST_ITEMS(callbacks)[i], mn_newref(mn_None));
        }
    }
    return mn_newref(mn_None);
}

static MnObject *
atexit_run_exitfuncs(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    run_callbacks();
    return mn_newref(mn_None);
}

static MnObject *
atexit_clear(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    MN_CLEAR(callbacks);
    return mn_newref(mn_None);
}

static MnObject *
atexit_ncallbacks(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_ssize(callbacks ? MN_LIST_LEN(callbacks) : 0);
}

static const MnMethodDef atexit_methods[] = {
    {"register", atexit_register, MN_METH_FASTKW,
     "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon "
     "normal program termination\n\n    func - function to be called at exit\n    args - "
     "optional arguments to pass to func\n    kwargs - optional keyword arguments to pass "
     "to func\n\n    func is returned to facilitate usage as a decorator."},
    {"unregister", atexit_unregister, MN_METH_O,
     "unregister(func) -> None\n\nUnregister an exit function which was previously "
     "registered using\natexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs", atexit_run_exitfuncs, MN_METH_NOARGS,
     "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback "
     "raises an exception, it is logged with sys.unraisablehook."},
    {"_clear", atexit_clear, MN_METH_NOARGS,
     "_clear() -> None\n\nClear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, MN_METH_NOARGS,
     "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

const MnModuleDef mn_module_atexit = {
    .name = "atexit",
    .methods = atexit_methods,
    .doc = "allow programmer to define multiple exit functions to be executed\nupon normal "
           "program termination.\n\nTwo public functions, register and unregister, are "
           "defined.\n",
};
