/*
 * lib/mod_builtins_more.c - the larger builtin functions: min/max, sum (with CPython 3.11's
 * int and float fast paths), sorted, round, pow, divmod, dir, vars, exec, eval, compile.
 * See also: lib/mod_builtins.c (the module table), src/pythonrun.h
 */
#include <limits.h>
#include <string.h>
#include "mnemo.h"
#include "sequtil.h"
#include "eval.h"
#include "code.h"
#include "pythonrun.h"
#include "mod_builtins.h"

/* ==== min / max ==== */

static MnObject *
min_max(const char *name, MnObject *const *args, intptr_t nargs, MnObject *kwnames, int op)
{
    static const char *const names[] = {"key", "default", NULL};
    MnObject *kw[2] = {NULL, NULL};
    if (nargs == 0) {
        return mn_err_format(mn_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    if (kwnames != NULL && MN_SIZE(kwnames) > 0 &&
        mn_sequtil_parse(name, args + nargs, 0, kwnames, names, 0, 0, 0, kw) < 0) {
        return NULL;
    }
    int positional = nargs > 1;
    MnObject *keyfunc = kw[0] == mn_None ? NULL : kw[0];
    MnObject *deflt = kw[1];
    if (positional && deflt != NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional "
                             "arguments",
                             name);
    }
    // CPython 3.11 receives the arguments as a tuple and the keywords as a dict, and iterates
    // that tuple or its only item: the items see those references.
    intptr_t nkw = kwnames != NULL ? MN_SIZE(kwnames) : 0;
    MnObject *const *held = positional ? args + nargs : args;
    intptr_t nheld = positional ? nkw : nargs + nkw;
    MnObject *it;
    mn_hold_array(held, nheld);
    if (positional) {
        MnObject *t = mn_tuple_from_array(args, nargs);
        it = t != NULL ? mn_object_get_iter(t) : NULL;
        mn_xdecref(t);
    } else {
        it = mn_object_get_iter(args[0]);
    }
    if (it == NULL) {
        mn_release_array(held, nheld);
        return NULL;
    }
    MnObject *maxitem = NULL, *maxval = NULL, *item;
    while ((item = mn_iter_next(it)) != NULL) {
        MnObject *val = item;
        if (keyfunc != NULL) {
            val = mn_object_call_one(keyfunc, item);
            if (val == NULL) {
                mn_decref(item);
                goto fail;
            }
        } else {
            mn_incref(val);
        }
        if (maxval == NULL) {
            maxitem = item;
            maxval = val;
            continue;
        }
        int cmp = mn_object_richcompare_bool(val, maxval, op);
        if (cmp < 0) {
            mn_decref(item);
            mn_decref(val);
            goto fail;
        }
        if (cmp > 0) {
            MN_SETREF(maxval, val);
            MN_SETREF(maxitem, item);
        } else {
            mn_decref(item);
            mn_decref(val);
        }
    }
    if (mn_err_occurred()) {
        goto fail;
    }
    mn_decref(it);
    mn_release_array(held, nheld);
    if (maxval == NULL) {
        if (deflt != NULL) {
            return mn_newref(deflt);
        }
        return mn_err_format(mn_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    mn_decref(maxval);
    return maxitem;
fail:
    mn_xdecref(maxitem);
    mn_xdecref(maxval);
    mn_decref(it);
    mn_release_array(held, nheld);
    return NULL;
}

MnObject *
mn_builtin_min(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    return min_max("min", args, nargs, kwnames, MN_LT);
}

MnObject *
mn_builtin_max(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    return min_max("max", args, nargs, kwnames, MN_GT);
}

/* ==== sum ==== */

// Adds the rest of [it] to [result] (stolen) with plain `+`. -> new reference, or NULL.
static MnObject *
sum_generic(MnObject *it, MnObject *result)
{
    MnObject *item;
    while ((item = mn_iter_next(it)) != NULL) {
        MnObject *t = mn_number_binop(result, item, MN_BINOP_ADD);
        mn_decref(result);
        mn_decref(item);
        if (t == NULL) {
            return NULL;
        }
        result = t;
    }
    if (mn_err_occurred()) {
        mn_decref(result);
        return NULL;
    }
    return result;
}

// The int fast path: *result (a new int) is summed in a C long while possible. -> 1 when
// the iterator is exhausted (*result is the total), 0 when the caller must go on with
// *result, -1 on error (*result NULL).
static int
sum_ints(MnObject *it, MnObject **result)
{
    int overflow = 0;
    long acc = mn_int_as_long_overflow(*result, &overflow);
    if (overflow) {
        return 0;
    }
    mn_decref(*result);
    *result = NULL;
    for (;;) {
        MnObject *item = mn_iter_next(it);
        if (item == NULL) {
            if (mn_err_occurred()) {
                return -1;
            }
            *result = mn_int_from_long(acc);
            return *result ? 1 : -1;
        }
        if (MN_INT_CHECK_EXACT(item) || MN_BOOL_CHECK(item)) {
            overflow = 0;
            long b = mn_int_as_long_overflow(item, &overflow);
            long s;
            if (!overflow && !__builtin_add_overflow(acc, b, &s)) {
                acc = s;
                mn_decref(item);
                continue;
            }
        }
        MnObject *r = mn_int_from_long(acc);
        MnObject *t = r ? mn_number_binop(r, item, MN_BINOP_ADD) : NULL;
        mn_xdecref(r);
        mn_decref(item);
        if (t == NULL) {
            return -1;
        }
        *result = t;
        return 0;
    }
}

// The float fast path, as sum_ints.
static int
sum_floats(MnObject *it, MnObject **result)
{
    double acc = MN_FLOAT_VALUE(*result);
    mn_decref(*result);
    *result = NULL;
    for (;;) {
        MnObject *item = mn_iter_next(it);
        if (item == NULL) {
            if (mn_err_occurred()) {
                return -1;
            }
            *result = mn_float_from_double(acc);
            return *result ? 1 : -1;
        }
        if (MN_FLOAT_CHECK_EXACT(item)) {
            acc += MN_FLOAT_VALUE(item);
            mn_decref(item);
            continue;
        }
        if (MN_INT_CHECK(item)) {
            int overflow = 0;
            long v = mn_int_as_long_overflow(item, &overflow);
            if (!overflow) {
                acc += (double)v;
                mn_decref(item);
                continue;
            }
        }
        MnObject *r = mn_float_from_double(acc);
        MnObject *t = r ? mn_number_binop(r, item, MN_BINOP_ADD) : NULL;
        mn_xdecref(r);
        mn_decref(item);
        if (t == NULL) {
            return -1;
        }
        *result = t;
        return 0;
    }
}

MnObject *
mn_builtin_sum(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"iterable", "start", NULL};
    MnObject *a[2];
    if (nargs == 0 && (kwnames == NULL || MN_SIZE(kwnames) == 0)) {
        return mn_err_format(mn_exc_TypeError,
                             "sum() takes at least 1 positional argument (0 given)");
    }
    if (mn_sequtil_parse("sum", args, nargs, kwnames, names, 2, 1, 0, a) < 0) {
        return NULL;
    }
    MnObject *start = a[1];
    if (start != NULL) {
        if (MN_STR_CHECK(start)) {
            return mn_err_format(mn_exc_TypeError,
                                 "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (MN_BYTES_CHECK(start)) {
            return mn_err_format(mn_exc_TypeError,
                                 "sum() can't sum bytes [use b''.join(seq) instead]");
        }
    }
    MnObject *it = mn_object_get_iter(a[0]);
    if (it == NULL) {
        return NULL;
    }
    MnObject *result = start ? mn_newref(start) : mn_int_from_long(0);
    if (result == NULL) {
        goto fail;
    }
    int r = 0;
    if (MN_INT_CHECK_EXACT(result)) {
        r = sum_ints(it, &result);
    }
    if (r == 0 && MN_FLOAT_CHECK_EXACT(result)) {
        r = sum_floats(it, &result);
    }
    if (r < 0) {
        goto fail;
    }
    if (r == 0) {
        result = sum_generic(it, result);
    }
    mn_decref(it);
    return result;
fail:
    mn_decref(it);
    return NULL;
}

/* ==== sorted, round, pow, divmod ==== */

MnObject *
mn_builtin_sorted(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    if (mn_sequtil_check_positional("sorted", nargs, 1, 1) < 0) {
        return NULL;
    }
    MnObject *list = mn_list_from_iterable(args[0]);
    if (list == NULL) {
        return NULL;
    }
    MnObject *r = mn_list_sort_method(list, args + 1, 0, kwnames);
    if (r == NULL) {
        mn_decref(list);
        return NULL;
    }
    mn_decref(r);
    return list;
}

MnObject *
mn_builtin_round(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"number", "ndigits", NULL};
    MnObject *a[2];
    if (mn_sequtil_parse("round", args, nargs, kwnames, names, 2, 1, MN_ARGS_POS_NOTE, a) < 0) {
        return NULL;
    }
    if (mn_type_lookup_cstr(MN_TYPE(a[0]), "__round__") == NULL) {
        return mn_err_format(mn_exc_TypeError, "type %s doesn't define __round__ method",
                             MN_TYPE(a[0])->tp_name);
    }
    if (a[1] == NULL || a[1] == mn_None) {
        return mn_object_call_method(a[0], "__round__", NULL, 0);
    }
    return mn_object_call_method(a[0], "__round__", &a[1], 1);
}

MnObject *
mn_builtin_pow(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    MnObject *a[3];
    if (mn_sequtil_parse("pow", args, nargs, kwnames, names, 3, 2, MN_ARGS_POS_NOTE, a) < 0) {
        return NULL;
    }
    return mn_number_power(a[0], a[1], a[2] ? a[2] : mn_None);
}

MnObject *
mn_number_divmod(MnObject *a, MnObject *b)
{
    mn_binaryfunc slotv = MN_TYPE(a)->nb_divmod;
    mn_binaryfunc slotw = NULL;
    if (MN_TYPE(b) != MN_TYPE(a)) {
        slotw = MN_TYPE(b)->nb_divmod;
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    MnObject *x;
    if (slotv != NULL) {
        if (slotw != NULL && mn_type_is_subtype(MN_TYPE(b), MN_TYPE(a))) {
            x = slotw(a, b);
            if (x != mn_NotImplemented) {
                return x;
            }
            mn_decref(x);
            slotw = NULL;
        }
        x = slotv(a, b);
        if (x != mn_NotImplemented) {
            return x;
        }
        mn_decref(x);
    }
    if (slotw != NULL) {
        x = slotw(a, b);
        if (x != mn_NotImplemented) {
            return x;
        }
        mn_decref(x);
    }
    return mn_err_format(mn_exc_TypeError,
                         "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         MN_TYPE(a)->tp_name, MN_TYPE(b)->tp_name);
}

MnObject *
mn_builtin_divmod(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("divmod", nargs, 2, 2) < 0) {
        return NULL;
    }
    return mn_number_divmod(args[0], args[1]);
}

/* ==== dir, vars ==== */

static int
merge_keys(MnObject *names, MnObject *dict)
{
    if (dict == NULL || !MN_DICT_CHECK(dict)) {
        return 0;
    }
    intptr_t pos = 0;
    MnObject *key;
    while (mn_dict_next(dict, &pos, &key, NULL)) {
        if (mn_set_add(names, key) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
merge_type(MnObject *names, MnType *type)
{
    MnObject *mro = type->tp_mro;
    if (mro == NULL) {
        return merge_keys(names, type->tp_dict);
    }
    for (intptr_t i = 0; i < MN_TUPLE_LEN(mro); i++) {
        if (merge_keys(names, ((MnType *)MN_TUPLE_GET(mro, i))->tp_dict) < 0) {
            return -1;
        }
    }
    return 0;
}

// The default dir(o): module dict; class attributes along the MRO; or the instance
// __dict__ plus the attributes of its class. -> new set, or NULL.
static MnObject *
default_dir(MnObject *o)
{
    MnObject *names = mn_set_new(NULL);
    if (names == NULL) {
        return NULL;
    }
    int r = 0;
    if (MN_MODULE_CHECK(o)) {
        r = merge_keys(names, MN_MODULE_DICT(o));
    } else if (MN_TYPE_CHECK(o)) {
        r = merge_type(names, (MnType *)o);
    } else {
        MnObject **dp = mn_object_materialized_dict_ptr(o);
        r = merge_keys(names, dp ? *dp : NULL);
        if (r == 0) {
            r = merge_type(names, MN_TYPE(o));
        }
    }
    if (r < 0) {
        mn_decref(names);
        return NULL;
    }
    return names;
}

MnObject *
mn_builtin_dir(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("dir", nargs, 0, 1) < 0) {
        return NULL;
    }
    MnObject *src;
    if (nargs == 0) {
        MnObject *locals = mn_eval_locals();
        if (locals == NULL) {
            return NULL;
        }
        src = MN_DICT_CHECK(locals) ? mn_dict_keys(locals) : mn_list_from_iterable(locals);
        mn_decref(locals);
    } else if (mn_type_lookup_cstr(MN_TYPE(args[0]), "__dir__") != NULL &&
               !MN_TYPE_CHECK(args[0]) && !MN_MODULE_CHECK(args[0])) {
        src = mn_object_call_method(args[0], "__dir__", NULL, 0);
    } else {
        src = default_dir(args[0]);
    }
    if (src == NULL) {
        return NULL;
    }
    MnObject *list = mn_list_from_iterable(src);
    mn_decref(src);
    if (list == NULL) {
        return NULL;
    }
    if (mn_list_sort(list, NULL, 0) < 0) {
        mn_decref(list);
        return NULL;
    }
    return list;
}

MnObject *
mn_builtin_vars(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("vars", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return mn_eval_locals();
    }
    MnObject *d = NULL;
    MnObject *name = mn_str_intern_cstr("__dict__");
    if (name == NULL) {
        return NULL;
    }
    int r = mn_object_lookup_attr(args[0], name, &d);
    mn_decref(name);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        return mn_err_format(mn_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* ==== exec, eval, compile ==== */

// The source text of exec/eval/compile: str or bytes. -> UTF-8 (borrowed from [src]) with
// *len, or NULL with TypeError naming [fname].
static const char *
source_text(MnObject *src, const char *fname, intptr_t *len, const char *what)
{
    if (MN_STR_CHECK(src)) {
        return mn_str_as_utf8(src, len);
    }
    if (MN_BYTES_CHECK(src)) {
        *len = MN_BYTES_LEN(src);
        return MN_BYTES_DATA(src);
    }
    mn_err_format(mn_exc_TypeError, "%s() arg 1 must be a %s object", fname, what);
    return NULL;
}

static MnObject *
run_source(const char *fname, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
           int mode)
{
    if (mn_sequtil_no_kw(fname, kwnames) < 0 ||
        mn_sequtil_check_positional(fname, nargs, 1, 3) < 0) {
        return NULL;
    }
    MnObject *globals = nargs > 1 ? args[1] : mn_None;
    MnObject *locals = nargs > 2 ? args[2] : mn_None;
    if (mode == MN_PARSE_EXEC) {
        if (globals != mn_None && !MN_DICT_CHECK(globals)) {
            return mn_err_format(mn_exc_TypeError, "exec() globals must be a dict, not %s",
                                 MN_TYPE(globals)->tp_name);
        }
        if (locals != mn_None && MN_TYPE(locals)->mp_subscript == NULL) {
            return mn_err_format(mn_exc_TypeError, "locals must be a mapping or None, not %s",
                                 MN_TYPE(locals)->tp_name);
        }
    } else {
        if (locals != mn_None && MN_TYPE(locals)->mp_subscript == NULL) {
            return mn_err_format(mn_exc_TypeError, "locals must be a mapping");
        }
        if (globals != mn_None && !MN_DICT_CHECK(globals)) {
            return mn_err_format(mn_exc_TypeError,
                                 MN_TYPE(globals)->mp_subscript != NULL
                                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                     : "globals must be a dict");
        }
    }
    MnObject *res = NULL, *ownlocals = NULL;
    if (globals == mn_None) {
        globals = mn_eval_globals();
        if (globals == NULL) {
            return mn_err_format(mn_exc_SystemError, "globals and locals cannot be NULL");
        }
        if (locals == mn_None) {
            ownlocals = mn_eval_locals();
            if (ownlocals == NULL) {
                return NULL;
            }
            locals = ownlocals;
        }
    } else if (locals == mn_None) {
        locals = globals;
    }
    MnObject *src = args[0];
    if (MN_CODE_CHECK(src)) {
        res = mn_eval_code(src, globals, locals);
    } else {
        intptr_t len;
        const char *text = source_text(src, fname, &len,
                                       "string, bytes or code");
        if (text == NULL) {
            if (mn_err_matches((MnObject *)mn_exc_TypeError)) {
                mn_err_clear();
                mn_err_format(mn_exc_TypeError,
                              "%s() arg 1 must be a string, bytes or code object", fname);
            }
            goto done;
        }
        if (mode == MN_PARSE_EVAL) {
            while (len > 0 && (*text == ' ' || *text == '\t')) {
                text++;
                len--;
            }
        }
        char *copy = mn_mem_alloc((size_t)len + 1);
        if (copy == NULL) {
            mn_err_no_memory();
            goto done;
        }
        memcpy(copy, text, (size_t)len);
        copy[len] = '\0';
        MnObject *filename = mn_str_from_cstr("<string>");
        if (filename != NULL) {
            res = mn_run_string(copy, filename, mode, globals, locals);
            mn_decref(filename);
        }
        mn_mem_free(copy);
    }
    if (res != NULL && mode == MN_PARSE_EXEC) {
        MN_SETREF(res, mn_newref(mn_None));
    }
done:
    mn_xdecref(ownlocals);
    return res;
}

MnObject *
mn_builtin_exec(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    return run_source("exec", args, nargs, kwnames, MN_PARSE_EXEC);
}

MnObject *
mn_builtin_eval(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    return run_source("eval", args, nargs, kwnames, MN_PARSE_EVAL);
}

MnObject *
mn_builtin_compile(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags",
                                        "dont_inherit", "optimize", NULL};
    MnObject *a[6];
    if (mn_sequtil_parse("compile", args, nargs, kwnames, names, 6, 3, MN_ARGS_POS_NOTE,
                         a) < 0) {
        return NULL;
    }
    if (!MN_STR_CHECK(a[2])) {
        return mn_err_format(mn_exc_TypeError, "compile() argument 'mode' must be str, not %s",
                             MN_TYPE(a[2])->tp_name);
    }
    int mode;
    if (mn_str_eq_cstr(a[2], "exec")) {
        mode = MN_PARSE_EXEC;
    } else if (mn_str_eq_cstr(a[2], "eval")) {
        mode = MN_PARSE_EVAL;
    } else if (mn_str_eq_cstr(a[2], "single")) {
        mode = MN_PARSE_SINGLE;
    } else {
        return mn_err_format(mn_exc_ValueError,
                             "compile() mode must be 'exec', 'eval' or 'single'");
    }
    MnObject *filename = a[1];
    if (!MN_STR_CHECK(filename)) {
        return mn_err_format(mn_exc_TypeError,
                             "compile() argument 'filename' must be str, not %s",
                             MN_TYPE(filename)->tp_name);
    }
    if (MN_CODE_CHECK(a[0])) {
        return mn_newref(a[0]);
    }
    intptr_t len;
    const char *text = source_text(a[0], "compile", &len, "string, bytes or AST");
    if (text == NULL) {
        return NULL;
    }
    return mn_compile_source(text, (size_t)len, filename, mode);
}
