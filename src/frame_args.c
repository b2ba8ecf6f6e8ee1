/*
 * src/frame_args.c - binding call arguments to a frame's parameters (positional, keyword,
 * defaults, *args, **kwargs, keyword-only, positional-only) with CPython 3.11's messages.
 * See also: src/frame.h, src/eval.c
 */
#include "mnemo.h"
#include "frame.h"
#include "func.h"

static MnObject *
join_names(MnObject *names)
{
    intptr_t n = MN_LIST_LEN(names);
    MnObject *res = NULL;
    if (n == 1) {
        return mn_str_from_format("%R", MN_LIST_GET(names, 0));
    }
    if (n == 2) {
        return mn_str_from_format("%R and %R", MN_LIST_GET(names, 0), MN_LIST_GET(names, 1));
    }
    MnObject *acc = mn_str_from_cstr("");
    for (intptr_t i = 0; acc != NULL && i < n; i++) {
        const char *sep = i == 0 ? "" : (i == n - 1 ? ", and " : ", ");
        res = mn_str_from_format("%U%s%R", acc, sep, MN_LIST_GET(names, i));
        mn_decref(acc);
        acc = res;
    }
    return acc;
}

// The name CPython 3.11 puts in argument errors: the function's __qualname__ (which
// the program may have changed), else the code object's.
static MnObject *
call_qualname(MnCode *co, MnFrame *f)
{
    MnFunction *fn = (MnFunction *)f->f_func;
    if (fn != NULL && fn->func_qualname != NULL && MN_STR_CHECK(fn->func_qualname)) {
        return fn->func_qualname;
    }
    return co->co_qualname;
}

static void
missing_arguments(MnCode *co, MnFrame *f, int start, int end, int kwonly, int ndefaults_from)
{
    MnObject *names = mn_list_new(0);
    if (names == NULL) {
        return;
    }
    for (int i = start; i < end; i++) {
        if (f->localsplus[i] == NULL && i < ndefaults_from) {
            if (mn_list_append(names, MN_TUPLE_GET(co->co_varnames, i)) < 0) {
                mn_decref(names);
                return;
            }
        }
    }
    intptr_t n = MN_LIST_LEN(names);
    MnObject *joined = join_names(names);
    mn_decref(names);
    if (joined == NULL) {
        return;
    }
    mn_err_format(mn_exc_TypeError, "%U() missing %zd required %s argument%s: %U",
                  call_qualname(co, f), n, kwonly ? "keyword-only" : "positional",
                  n == 1 ? "" : "s", joined);
    mn_decref(joined);
}

static void
too_many_positional(MnCode *co, MnFrame *f, intptr_t given, intptr_t ndefaults)
{
    int kwonly_given = 0;
    for (int i = co->co_argcount; i < co->co_argcount + co->co_kwonlyargcount; i++) {
        kwonly_given += f->localsplus[i] != NULL;
    }
    MnObject *sig;
    int plural;
    if (ndefaults > 0) {
        sig = mn_str_from_format("from %zd to %d", co->co_argcount - ndefaults,
                                 co->co_argcount);
        plural = 1;
    } else {
        sig = mn_str_from_format("%d", co->co_argcount);
        plural = co->co_argcount != 1;
    }
    if (sig == NULL) {
        return;
    }
    MnObject *kwsig = kwonly_given
        ? mn_str_from_format(" positional argument%s (and %d keyword-only argument%s)",
                             given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "")
        : mn_str_from_cstr("");
    if (kwsig != NULL) {
        mn_err_format(mn_exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                      call_qualname(co, f), sig, plural ? "s" : "", given, kwsig,
                      given == 1 && !kwonly_given ? "was" : "were");
        mn_decref(kwsig);
    }
    mn_decref(sig);
}

static int
posonly_passed_as_keyword(MnCode *co, MnObject *qualname, MnObject *kwnames)
{
    MnObject *names = mn_list_new(0);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < co->co_posonlyargcount; i++) {
        MnObject *pname = MN_TUPLE_GET(co->co_varnames, i);
        for (intptr_t k = 0; k < MN_TUPLE_LEN(kwnames); k++) {
            if (mn_str_eq(pname, MN_TUPLE_GET(kwnames, k))) {
                if (mn_list_append(names, pname) < 0) {
                    mn_decref(names);
                    return -1;
                }
                break;
            }
        }
    }
    if (MN_LIST_LEN(names) == 0) {
        mn_decref(names);
        return 0;
    }
    MnObject *sep = mn_str_from_cstr(", ");
    MnObject *joined = sep ? mn_str_join(sep, names) : NULL;
    mn_xdecref(sep);
    mn_decref(names);
    if (joined != NULL) {
        mn_err_format(mn_exc_TypeError,
                      "%U() got some positional-only arguments passed as keyword arguments: "
                      "'%U'", qualname, joined);
        mn_decref(joined);
    }
    return 1;
}

static intptr_t
find_keyword(MnCode *co, MnObject *name, int total)
{
    for (int i = co->co_posonlyargcount; i < total; i++) {
        if (MN_TUPLE_GET(co->co_varnames, i) == name) {
            return i;
        }
    }
    for (int i = co->co_posonlyargcount; i < total; i++) {
        if (mn_str_eq(MN_TUPLE_GET(co->co_varnames, i), name)) {
            return i;
        }
    }
    return -1;
}

static int
bind_keywords(MnCode *co, MnFrame *f, MnObject *const *kwargs, MnObject *kwnames,
              MnObject *kwdict)
{
    int total = co->co_argcount + co->co_kwonlyargcount;
    for (intptr_t k = 0; k < MN_TUPLE_LEN(kwnames); k++) {
        MnObject *name = MN_TUPLE_GET(kwnames, k), *value = kwargs[k];
        if (!MN_STR_CHECK(name)) {
            mn_err_format(mn_exc_TypeError, "keywords must be strings");
            return -1;
        }
        intptr_t j = find_keyword(co, name, total);
        if (j < 0) {
            if (kwdict != NULL) {
                if (mn_dict_set_item(kwdict, name, value) < 0) {
                    return -1;
                }
                continue;
            }
            if (posonly_passed_as_keyword(co, call_qualname(co, f), kwnames) != 0) {
                return -1;
            }
            mn_err_format(mn_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                          call_qualname(co, f), name);
            return -1;
        }
        if (f->localsplus[j] != NULL) {
            mn_err_format(mn_exc_TypeError, "%U() got multiple values for argument '%U'",
                          call_qualname(co, f), name);
            return -1;
        }
        f->localsplus[j] = mn_newref(value);
    }
    return 0;
}

static int
fill_defaults(MnCode *co, MnFunction *fn, MnFrame *f, intptr_t nargs)
{
    intptr_t ndefs = fn->func_defaults ? MN_TUPLE_LEN(fn->func_defaults) : 0;
    int argcount = co->co_argcount;
    if (nargs < argcount) {
        intptr_t first_default = argcount - ndefs;
        int missing = 0;
        for (intptr_t i = nargs; i < first_default; i++) {
            missing += f->localsplus[i] == NULL;
        }
        if (missing) {
            missing_arguments(co, f, (int)nargs, argcount, 0, (int)first_default);
            return -1;
        }
        for (intptr_t i = first_default > nargs ? first_default : nargs; i < argcount; i++) {
            if (f->localsplus[i] == NULL) {
                f->localsplus[i] = mn_newref(MN_TUPLE_GET(fn->func_defaults,
                                                          i - first_default));
            }
        }
    }
    int missing = 0;
    int total = argcount + co->co_kwonlyargcount;
    for (int i = argcount; i < total; i++) {
        if (f->localsplus[i] != NULL) {
            continue;
        }
        MnObject *name = MN_TUPLE_GET(co->co_varnames, i);
        MnObject *def = fn->func_kwdefaults ? mn_dict_get_str_borrow(fn->func_kwdefaults, name)
                                            : NULL;
        if (def != NULL) {
            f->localsplus[i] = mn_newref(def);
        } else {
            missing++;
        }
    }
    if (missing) {
        missing_arguments(co, f, argcount, total, 1, total);
        return -1;
    }
    return 0;
}

int
mn_frame_bind_args(MnFrame *f, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    MnCode *co = f->f_code;
    MnFunction *fn = (MnFunction *)f->f_func;
    int argcount = co->co_argcount;
    int total = argcount + co->co_kwonlyargcount;
    MnObject *kwdict = NULL;
    if (co->co_flags & MN_CO_VARKEYWORDS) {
        kwdict = mn_dict_new();
        if (kwdict == NULL) {
            return -1;
        }
        f->localsplus[total + ((co->co_flags & MN_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    intptr_t n = nargs < argcount ? nargs : argcount;
    for (intptr_t i = 0; i < n; i++) {
        f->localsplus[i] = mn_newref(args[i]);
    }
    if (co->co_flags & MN_CO_VARARGS) {
        MnObject *rest = nargs > n ? mn_tuple_from_array(args + n, nargs - n) : mn_tuple_new(0);
        if (rest == NULL) {
            return -1;
        }
        f->localsplus[total] = rest;
    }
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        if (bind_keywords(co, f, args + nargs, kwnames, kwdict) < 0) {
            return -1;
        }
    }
    if (nargs > argcount && !(co->co_flags & MN_CO_VARARGS)) {
        too_many_positional(co, f, nargs,
                            fn->func_defaults ? MN_TUPLE_LEN(fn->func_defaults) : 0);
        return -1;
    }
    if (nargs < argcount || co->co_kwonlyargcount > 0) {
        return fill_defaults(co, fn, f, nargs);
    }
    return 0;
}
