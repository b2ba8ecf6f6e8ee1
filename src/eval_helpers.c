/*
 * src/eval_helpers.c - out-of-line bodies of the longer instructions: name lookups and their
 * errors, LOAD_METHOD without a bound method, int fast paths, displays, unpacking, calls with
 * star-args and double-star kwargs, raise, except matching, with, yield from, import, f-strings.
 * See also: src/eval.c, src/eval_impl.h
 */
#include <stdio.h>
#include "eval_impl.h"

/* ==== names ==== */

static MnObject *
localsplus_name(MnCode *co, int index)
{
    if (index < co->co_nlocals) {
        return MN_TUPLE_GET(co->co_varnames, index);
    }
    index -= co->co_nlocals;
    if (index < co->co_ncells) {
        return MN_TUPLE_GET(co->co_cellvars, index);
    }
    return MN_TUPLE_GET(co->co_freevars, index - co->co_ncells);
}

static void
raise_name_error(MnType *type, const char *fmt, MnObject *name)
{
    MnObject *msg = mn_str_from_format(fmt, name);
    if (msg == NULL) {
        return;
    }
    MnObject *exc = mn_exc_new(type, &msg, 1);
    mn_decref(msg);
    if (exc == NULL) {
        return;
    }
    MN_SETREF(((MnNameError *)exc)->name, mn_newref(name));
    mn_err_set_object(type, exc);
    mn_decref(exc);
}

void
mn_eval_name_error(MnObject *name)
{
    raise_name_error(mn_exc_NameError, "name '%U' is not defined", name);
}

void
mn_eval_unbound_local(MnFrame *f, int index)
{
    raise_name_error(mn_exc_UnboundLocalError,
                     "cannot access local variable '%U' where it is not associated with a value",
                     localsplus_name(f->f_code, index));
}

void
mn_eval_unbound_deref(MnFrame *f, int index)
{
    MnCode *co = f->f_code;
    if (index < co->co_nlocals + co->co_ncells) {
        mn_eval_unbound_local(f, index);
        return;
    }
    raise_name_error(mn_exc_NameError,
                     "cannot access free variable '%U' where it is not associated with a value "
                     "in enclosing scope", localsplus_name(co, index));
}

// Looks [name] up in the mapping [m]. -> 1 found (*v new), 0 missing, -1 error.
static int
mapping_lookup(MnObject *m, MnObject *name, MnObject **v)
{
    if (MN_DICT_CHECK_EXACT(m)) {
        return mn_dict_get_ref(m, name, v);
    }
    *v = mn_object_getitem(m, name);
    if (*v != NULL) {
        return 1;
    }
    if (mn_err_matches((MnObject *)mn_exc_KeyError)) {
        mn_err_clear();
        return 0;
    }
    return -1;
}

MnObject *
mn_eval_load_name(MnFrame *f, MnObject *name)
{
    MnObject *v = NULL;
    if (f->f_locals == NULL) {
        return mn_err_format(mn_exc_SystemError, "no locals when loading %R", name);
    }
    int r = mapping_lookup(f->f_locals, name, &v);
    if (r != 0) {
        return r < 0 ? NULL : v;
    }
    r = mn_dict_get_ref(f->f_globals, name, &v);
    if (r != 0) {
        return r < 0 ? NULL : v;
    }
    r = mapping_lookup(f->f_builtins, name, &v);
    if (r != 0) {
        return r < 0 ? NULL : v;
    }
    mn_eval_name_error(name);
    return NULL;
}

int
mn_eval_store_name(MnFrame *f, MnObject *name, MnObject *v)
{
    if (f->f_locals == NULL) {
        mn_err_format(mn_exc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (MN_DICT_CHECK_EXACT(f->f_locals)) {
        return mn_dict_set_item(f->f_locals, name, v);
    }
    return mn_object_setitem(f->f_locals, name, v);
}

int
mn_eval_delete_name(MnFrame *f, MnObject *name)
{
    if (f->f_locals == NULL) {
        mn_err_format(mn_exc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    int r = MN_DICT_CHECK_EXACT(f->f_locals) ? mn_dict_del_item(f->f_locals, name)
                                             : mn_object_setitem(f->f_locals, name, NULL);
    if (r < 0 && mn_err_matches((MnObject *)mn_exc_KeyError)) {
        mn_err_clear();
        mn_eval_name_error(name);
    }
    return r;
}

MnObject *
mn_eval_load_global(MnFrame *f, MnObject *name, MnCacheEntry *ce)
{
    MnObject *v = mn_dict_get_str_borrow(f->f_globals, name);
    if (v == NULL) {
        v = mn_dict_get_str_borrow(f->f_builtins, name);
        if (v == NULL) {
            mn_eval_name_error(name);
            return NULL;
        }
    }
    if (MN_DICT_CHECK_EXACT(f->f_globals) && MN_DICT_CHECK_EXACT(f->f_builtins)) {
        ce->p1 = v;
        ce->p2 = f->f_globals;
        ce->v1 = ((MnDict *)f->f_globals)->ma_version_tag;
        ce->v2 = ((MnDict *)f->f_builtins)->ma_version_tag;
    }
    return mn_newref(v);
}

int
mn_eval_make_cell(MnFrame *f, int index)
{
    MnCode *co = f->f_code;
    MnObject *init = NULL;
    int ci = index - co->co_nlocals;
    if (co->co_cell2arg != NULL && co->co_cell2arg[ci] >= 0) {
        int a = co->co_cell2arg[ci];
        init = f->localsplus[a];
        f->localsplus[a] = NULL;
    }
    MnObject *cell = mn_cell_new(init);
    mn_xdecref(init);
    if (cell == NULL) {
        return -1;
    }
    MN_SETREF(f->localsplus[index], cell);
    return 0;
}

MnObject *
mn_eval_load_classderef(MnFrame *f, int index)
{
    MnObject *name = localsplus_name(f->f_code, index);
    if (f->f_locals != NULL) {
        MnObject *v = NULL;
        int r = mapping_lookup(f->f_locals, name, &v);
        if (r != 0) {
            return r < 0 ? NULL : v;
        }
    }
    MnObject *v = MN_CELL_GET(f->localsplus[index]);
    if (v == NULL) {
        mn_eval_unbound_deref(f, index);
        return NULL;
    }
    return mn_newref(v);
}

MnObject *
mn_eval_load_attr(MnObject *owner, MnObject *name, MnCacheEntry *ce)
{
    MnType *tp = MN_TYPE(owner);
    if (tp->tp_getattro == mn_object_generic_getattr && tp->tp_version_tag != 0 &&
        MN_STR_CHECK_EXACT(name) && mn_type_lookup(tp, name) == NULL) {
        ce->p1 = tp;
        ce->v1 = tp->tp_version_tag;
    }
    return mn_object_getattr(owner, name);
}

int
mn_eval_store_attr(MnObject *owner, MnObject *name, MnObject *v)
{
    MnType *tp = MN_TYPE(owner);
    if (tp->tp_setattro == mn_object_generic_setattr && MN_STR_CHECK_EXACT(name) &&
        mn_type_lookup(tp, name) == NULL) {
        MnObject **dp = mn_object_dict_ptr(owner);
        if (dp != NULL && *dp != NULL) {
            MnObject *dict = mn_newref(*dp);
            int r = mn_dict_set_item(dict, name, v);
            mn_decref(dict);
            return r;
        }
        if (dp != NULL && MN_TYPE_HAS_FLAG(tp, MN_TPFLAG_MANAGED_DICT) &&
            *MN_INSTANCE_VALUES_PTR(owner) != NULL &&
            mn_dict_values_store(tp->ht_cached_keys, *MN_INSTANCE_VALUES_PTR(owner), name,
                                 v) == 0) {
            return 0;
        }
    }
    return mn_object_setattr(owner, name, v);
}

int
mn_eval_load_method(MnObject *owner, MnObject *name, MnObject **meth)
{
    MnType *tp = MN_TYPE(owner);
    if (tp->tp_getattro == mn_object_generic_getattr || tp->tp_getattro == NULL) {
        MnObject *descr = mn_type_lookup(tp, name);
        if (descr != NULL && (MN_FUNC_CHECK(descr) ||
                              MN_TYPE(descr) == &mn_method_descr_type)) {
            MnObject **dictptr = mn_object_dict_ptr(owner);
            MnObject *dict = dictptr ? *dictptr : NULL;
            int shadowed = dictptr != NULL && dict == NULL &&
                           MN_TYPE_HAS_FLAG(tp, MN_TPFLAG_MANAGED_DICT) &&
                           *MN_INSTANCE_VALUES_PTR(owner) != NULL &&
                           mn_dict_values_get(tp->ht_cached_keys, *MN_INSTANCE_VALUES_PTR(owner),
                                              name) != NULL;
            if (!shadowed && (dict == NULL || mn_dict_get_str_borrow(dict, name) == NULL)) {
                *meth = mn_newref(descr);
                return 1;
            }
        }
    }
    *meth = mn_object_getattr(owner, name);
    return *meth == NULL ? -1 : 0;
}

/* ==== operators ==== */

// The value of an exact float or compact int operand as a double. -> 1, or 0 for others.
static int
float_operand(MnObject *o, double *out)
{
    if (MN_FLOAT_CHECK_EXACT(o)) {
        *out = MN_FLOAT_VALUE(o);
        return 1;
    }
    if (MN_INT_CHECK_EXACT(o) && MN_INT_IS_COMPACT(o)) {
        *out = (double)MN_INT_COMPACT_VALUE(o);     // exact: |value| < 2**30
        return 1;
    }
    return 0;
}

MnObject *
mn_eval_float_binop(MnObject *l, MnObject *r, int op)
{
    double a, b;
    if (!float_operand(l, &a) || !float_operand(r, &b)) {
        return NULL;
    }
    if (op >= MN_BINOP_INPLACE) {
        op -= MN_BINOP_INPLACE;
    }
    switch (op) {
    case MN_BINOP_ADD: return mn_float_from_double(a + b);
    case MN_BINOP_SUBTRACT: return mn_float_from_double(a - b);
    case MN_BINOP_MULTIPLY: return mn_float_from_double(a * b);
    case MN_BINOP_TRUE_DIVIDE: return b != 0.0 ? mn_float_from_double(a / b) : NULL;
    default: return NULL;
    }
}

MnObject *
mn_eval_int_binop(MnObject *l, MnObject *r, int op)
{
    intptr_t a = MN_INT_COMPACT_VALUE(l), b = MN_INT_COMPACT_VALUE(r);
    if (op >= MN_BINOP_INPLACE) {
        op -= MN_BINOP_INPLACE;
    }
    switch (op) {
    case MN_BINOP_ADD: return mn_int_from_long(a + b);
    case MN_BINOP_SUBTRACT: return mn_int_from_long(a - b);
    case MN_BINOP_MULTIPLY: return mn_int_from_long(a * b);
    case MN_BINOP_AND: return mn_int_from_long(a & b);
    case MN_BINOP_OR: return mn_int_from_long(a | b);
    case MN_BINOP_XOR: return mn_int_from_long(a ^ b);
    case MN_BINOP_RSHIFT:
        if (b < 0) {
            return NULL;
        }
        return mn_int_from_long(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case MN_BINOP_LSHIFT:
        if (b < 0 || b >= 30) {
            return NULL;    // whole-digit shifts size their result as CPython's general path
        }
        return mn_int_from_long(a * ((intptr_t)1 << b));
    case MN_BINOP_FLOOR_DIVIDE:
        if (b == 0) {
            return NULL;
        }
        {
            intptr_t q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) {
                q--;
            }
            return mn_int_from_long(q);
        }
    case MN_BINOP_REMAINDER:
        if (b == 0) {
            return NULL;
        }
        {
            intptr_t m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                m += b;
            }
            return mn_int_from_long(m);
        }
    default:
        return NULL;
    }
}

MnObject *
mn_eval_int_compare(MnObject *l, MnObject *r, int op)
{
    intptr_t a = MN_INT_COMPACT_VALUE(l), b = MN_INT_COMPACT_VALUE(r);
    int res;
    switch (op) {
    case MN_LT: res = a < b; break;
    case MN_LE: res = a <= b; break;
    case MN_EQ: res = a == b; break;
    case MN_NE: res = a != b; break;
    case MN_GT: res = a > b; break;
    default: res = a >= b; break;
    }
    return mn_newref(res ? mn_True : mn_False);
}

MnObject *
mn_eval_subscr(MnObject *container, MnObject *key)
{
    if (MN_INT_CHECK_EXACT(key) && MN_INT_IS_COMPACT(key)) {
        intptr_t i = MN_INT_COMPACT_VALUE(key);
        if (MN_LIST_CHECK_EXACT(container)) {
            intptr_t n = MN_LIST_LEN(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return mn_newref(MN_LIST_GET(container, i));
            }
        } else if (MN_TUPLE_CHECK_EXACT(container)) {
            intptr_t n = MN_TUPLE_LEN(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return mn_newref(MN_TUPLE_GET(container, i));
            }
        }
    }
    return mn_object_getitem(container, key);
}

/* ==== displays ==== */

MnObject *
mn_eval_build_set(MnObject **items, int n)
{
    MnObject *s = mn_set_new(NULL);
    for (int i = 0; s != NULL && i < n; i++) {
        if (mn_set_add(s, items[i]) < 0) {
            MN_CLEAR(s);
        }
    }
    return s;
}

MnObject *
mn_eval_build_map(MnObject **items, int n)
{
    MnObject *d = mn_dict_new();
    for (int i = 0; d != NULL && i < n; i++) {
        if (mn_dict_set_item(d, items[2 * i], items[2 * i + 1]) < 0) {
            MN_CLEAR(d);
        }
    }
    return d;
}

MnObject *
mn_eval_build_const_key_map(MnObject *keys, MnObject **values, int n)
{
    MnObject *d = mn_dict_new();
    for (int i = 0; d != NULL && i < n; i++) {
        if (mn_dict_set_item(d, MN_TUPLE_GET(keys, i), values[i]) < 0) {
            MN_CLEAR(d);
        }
    }
    return d;
}

MnObject *
mn_eval_build_string(MnObject **items, int n)
{
    MnObject *t = mn_tuple_from_array(items, n);
    MnObject *sep = t ? mn_str_from_cstr("") : NULL;
    MnObject *res = sep ? mn_str_join(sep, t) : NULL;
    mn_xdecref(sep);
    mn_xdecref(t);
    return res;
}

static int
is_iterable(MnObject *o)
{
    MnType *tp = MN_TYPE(o);
    return tp->tp_iter != NULL || tp->mp_subscript != NULL;
}

int
mn_eval_list_extend(MnObject *list, MnObject *iterable)
{
    if (!is_iterable(iterable)) {
        mn_err_format(mn_exc_TypeError, "Value after * must be an iterable, not %s",
                      MN_TYPE(iterable)->tp_name);
        return -1;
    }
    return mn_list_extend(list, iterable);
}

int
mn_eval_set_update(MnObject *set, MnObject *iterable)
{
    return mn_set_update(set, iterable);
}

static int
has_keys(MnObject *o)
{
    if (MN_DICT_CHECK(o)) {
        return 1;
    }
    MnObject *k = mn_type_lookup_cstr(MN_TYPE(o), "keys");
    return k != NULL;
}

int
mn_eval_dict_update(MnObject *dict, MnObject *update)
{
    if (!has_keys(update)) {
        mn_err_format(mn_exc_TypeError, "'%s' object is not a mapping", MN_TYPE(update)->tp_name);
        return -1;
    }
    return mn_dict_merge(dict, update, 1);
}

MnObject *
mn_eval_func_description(MnObject *func)
{
    MnObject *qualname = mn_object_getattr_str(func, "__qualname__");
    if (qualname == NULL) {
        mn_err_clear();
        return mn_object_str(func);
    }
    MnObject *module = mn_object_getattr_str(func, "__module__");
    if (module == NULL) {
        mn_err_clear();
    }
    MnObject *res;
    if (module != NULL && MN_STR_CHECK(module) && !mn_str_eq_cstr(module, "builtins")) {
        res = mn_str_from_format("%U.%U()", module, qualname);
    } else {
        res = mn_str_from_format("%U()", qualname);
    }
    mn_xdecref(module);
    mn_decref(qualname);
    return res;
}

int
mn_eval_dict_merge(MnObject *dict, MnObject *update, MnObject *func)
{
    if (!has_keys(update)) {
        MnObject *desc = mn_eval_func_description(func);
        if (desc != NULL) {
            mn_err_format(mn_exc_TypeError, "%U argument after ** must be a mapping, not %s",
                          desc, MN_TYPE(update)->tp_name);
            mn_decref(desc);
        }
        return -1;
    }
    MnObject *keys = MN_DICT_CHECK(update) ? mn_dict_keys(update)
                                            : mn_object_call_method(update, "keys", NULL, 0);
    if (keys == NULL) {
        return -1;
    }
    MnObject *it = mn_object_get_iter(keys);
    mn_decref(keys);
    if (it == NULL) {
        return -1;
    }
    MnObject *k;
    int r = 0;
    while (r == 0 && (k = mn_iter_next(it)) != NULL) {
        int has = mn_dict_contains(dict, k);
        if (has > 0) {
            MnObject *desc = mn_eval_func_description(func);
            if (desc != NULL) {
                if (MN_STR_CHECK(k)) {
                    mn_err_format(mn_exc_TypeError,
                                  "%U got multiple values for keyword argument '%U'", desc, k);
                } else {
                    mn_err_format(mn_exc_TypeError, "%U keywords must be strings", desc);
                }
                mn_decref(desc);
            }
            r = -1;
        } else if (has == 0) {
            MnObject *v = mn_object_getitem(update, k);
            r = v ? mn_dict_set_item(dict, k, v) : -1;
            mn_xdecref(v);
        } else {
            r = -1;
        }
        mn_decref(k);
    }
    mn_decref(it);
    if (r == 0 && mn_err_occurred()) {
        r = -1;
    }
    return r;
}

/* ==== unpacking ==== */

int
mn_eval_unpack(MnObject *seq, int before, int after, MnObject **top)
{
    int n = before;
    if (after < 0 && (MN_TUPLE_CHECK_EXACT(seq) || MN_LIST_CHECK_EXACT(seq))) {
        intptr_t len = MN_SIZE(seq);
        MnObject **items = MN_TUPLE_CHECK_EXACT(seq) ? MN_TUPLE_ITEMS(seq) : MN_LIST_ITEMS(seq);
        if (len == n) {
            for (int i = 0; i < n; i++) {
                top[-1 - i] = mn_newref(items[i]);
            }
            return 0;
        }
        if (len < n) {
            mn_err_format(mn_exc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                          n, len);
        } else {
            mn_err_format(mn_exc_ValueError, "too many values to unpack (expected %d)", n);
        }
        return -1;
    }
    if (!is_iterable(seq)) {
        mn_err_format(mn_exc_TypeError, "cannot unpack non-iterable %s object",
                      MN_TYPE(seq)->tp_name);
        return -1;
    }
    MnObject *it = mn_object_get_iter(seq);
    if (it == NULL) {
        return -1;
    }
    int i = 0;
    for (; i < before; i++) {
        MnObject *v = mn_iter_next(it);
        if (v == NULL) {
            if (!mn_err_occurred()) {
                if (after < 0) {
                    mn_err_format(mn_exc_ValueError,
                                  "not enough values to unpack (expected %d, got %d)", before, i);
                } else {
                    mn_err_format(mn_exc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  before + after, i);
                }
            }
            goto fail;
        }
        top[-1 - i] = v;
    }
    if (after < 0) {
        MnObject *extra = mn_iter_next(it);
        if (extra != NULL) {
            mn_decref(extra);
            mn_err_format(mn_exc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (mn_err_occurred()) {
            goto fail;
        }
        mn_decref(it);
        return 0;
    }
    MnObject *rest = mn_list_from_iterable(it);
    if (rest == NULL) {
        goto fail;
    }
    intptr_t rlen = MN_LIST_LEN(rest);
    if (rlen < after) {
        mn_err_format(mn_exc_ValueError,
                      "not enough values to unpack (expected at least %d, got %zd)",
                      before + after, before + rlen);
        mn_decref(rest);
        goto fail;
    }
    top[-1 - before] = rest;
    for (int j = 0; j < after; j++) {
        MnObject *v = MN_LIST_GET(rest, rlen - after + j);
        top[-2 - before - j] = v;
    }
    MN_SIZE(rest) = rlen - after;
    mn_decref(it);
    return 0;
fail:
    for (int j = 0; j < i; j++) {
        mn_decref(top[-1 - j]);
    }
    mn_decref(it);
    return -1;
}

/* ==== calls ==== */

MnObject *
mn_eval_call_ex(MnObject *func, MnObject *args, MnObject *kwargs)
{
    MnObject *t;
    if (MN_TUPLE_CHECK_EXACT(args)) {
        t = mn_newref(args);
    } else {
        if (!is_iterable(args)) {
            MnObject *desc = mn_eval_func_description(func);
            if (desc != NULL) {
                mn_err_format(mn_exc_TypeError, "%U argument after * must be an iterable, not %s",
                              desc, MN_TYPE(args)->tp_name);
                mn_decref(desc);
            }
            return NULL;
        }
        t = mn_tuple_from_iterable(args);
        if (t == NULL) {
            return NULL;
        }
    }
    MnObject *res = mn_object_call_tuple_dict(func, t, kwargs);
    mn_decref(t);
    return res;
}

/* ==== exceptions ==== */

static MnObject *
make_instance(MnObject *exc)
{
    if (MN_TYPE_CHECK(exc) && MN_EXC_TYPE_CHECK(exc)) {
        MnObject *v = mn_object_call_noargs(exc);
        if (v == NULL) {
            return NULL;
        }
        if (!MN_EXC_CHECK(v)) {
            mn_err_format(mn_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          exc, MN_TYPE(v)->tp_name);
            mn_decref(v);
            return NULL;
        }
        return v;
    }
    if (MN_EXC_CHECK(exc)) {
        return mn_newref(exc);
    }
    return NULL;
}

int
mn_eval_do_raise(MnObject *exc, MnObject *cause)
{
    if (exc == NULL) {
        MnObject *h = mn_rt.handled;
        if (h == NULL || h == mn_None) {
            mn_err_format(mn_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        mn_err_restore(mn_newref(h));
        return 1;
    }
    MnObject *value = make_instance(exc);
    mn_decref(exc);
    if (value == NULL) {
        mn_xdecref(cause);
        if (!mn_err_occurred()) {
            mn_err_format(mn_exc_TypeError, "exceptions must derive from BaseException");
        }
        return 0;
    }
    if (cause != NULL) {
        MnObject *c = NULL;
        if (cause != mn_None) {
            c = make_instance(cause);
            if (c == NULL) {
                mn_decref(cause);
                mn_decref(value);
                if (!mn_err_occurred()) {
                    mn_err_format(mn_exc_TypeError,
                                  "exception causes must derive from BaseException");
                }
                return 0;
            }
        }
        mn_decref(cause);
        MnBaseException *be = (MnBaseException *)value;
        MN_SETREF(be->cause, c);
        be->suppress_context = 1;
    }
    mn_err_raise(value);
    mn_decref(value);
    return 0;
}

static int
valid_exc_class(MnObject *t)
{
    return MN_TYPE_CHECK(t) && MN_EXC_TYPE_CHECK(t);
}

int
mn_eval_check_exc_match(MnObject *exc, MnObject *type)
{
    int ok = valid_exc_class(type);
    if (!ok && MN_TUPLE_CHECK(type)) {
        ok = 1;
        for (intptr_t i = 0; i < MN_TUPLE_LEN(type); i++) {
            if (!valid_exc_class(MN_TUPLE_GET(type, i))) {
                ok = 0;
            }
        }
    }
    if (!ok) {
        mn_err_format(mn_exc_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return mn_err_given_matches(exc, type);
}

static MnObject *
bind_special(MnObject *descr, MnObject *self)
{
    mn_descrgetfunc get = MN_TYPE(descr)->tp_descr_get;
    if (get != NULL) {
        return get(descr, self, (MnObject *)MN_TYPE(self));
    }
    return mn_newref(descr);
}

MnObject *
mn_eval_before_with(MnObject *mgr, MnObject **exit)
{
    MnObject *enter = mn_type_lookup_cstr(MN_TYPE(mgr), "__enter__");
    if (enter == NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "'%s' object does not support the context manager protocol",
                             MN_TYPE(mgr)->tp_name);
    }
    MnObject *ex = mn_type_lookup_cstr(MN_TYPE(mgr), "__exit__");
    if (ex == NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "'%s' object does not support the context manager protocol "
                             "(missed __exit__ method)", MN_TYPE(mgr)->tp_name);
    }
    mn_incref(enter);
    *exit = bind_special(ex, mgr);
    if (*exit == NULL) {
        mn_decref(enter);
        return NULL;
    }
    MnObject *bound = bind_special(enter, mgr);
    mn_decref(enter);
    if (bound == NULL) {
        MN_CLEAR(*exit);
    }
    return bound;
}

MnObject *
mn_eval_with_except(MnObject *exit, MnObject *val)
{
    MnObject *tb = mn_exc_get_traceback(val);
    MnObject *args[3] = {(MnObject *)MN_TYPE(val), val, tb ? tb : mn_None};
    return mn_object_call(exit, args, 3, NULL);
}

/* ==== generators ==== */

int
mn_eval_send(MnObject *recv, MnObject *v, MnObject **res)
{
    if (MN_GEN_CHECK(recv)) {
        int r = mn_gen_send_ex(recv, v, res);
        return r < 0 ? -1 : r;
    }
    MnObject *out;
    if (v == mn_None && MN_TYPE(recv)->tp_iternext != NULL) {
        out = MN_TYPE(recv)->tp_iternext(recv);
    } else {
        out = mn_object_call_method(recv, "send", &v, 1);
    }
    if (out != NULL) {
        *res = out;
        return 1;
    }
    if (mn_err_occurred() == NULL) {
        *res = mn_newref(mn_None);
        return 0;
    }
    if (mn_err_matches((MnObject *)mn_exc_StopIteration)) {
        MnObject *stop = mn_err_fetch();
        MnObject *val = ((MnStopIteration *)stop)->value;
        *res = mn_newref(val ? val : mn_None);
        mn_decref(stop);
        return 0;
    }
    return -1;
}

/* ==== import, annotations, formatting, REPL ==== */

MnObject *
mn_eval_import_from(MnObject *module, MnObject *name)
{
    MnObject *v = NULL;
    int r = mn_object_lookup_attr(module, name, &v);
    if (r != 0) {
        return r < 0 ? NULL : v;
    }
    MnObject *modname = mn_object_getattr_str(module, "__name__");
    if (modname == NULL) {
        mn_err_clear();
    } else if (MN_STR_CHECK(modname)) {
        MnObject *full = mn_str_from_format("%U.%U", modname, name);
        if (full != NULL && mn_rt.modules != NULL) {
            r = mn_dict_get_ref(mn_rt.modules, full, &v);
            mn_decref(full);
            if (r != 0) {
                mn_decref(modname);
                return r < 0 ? NULL : v;
            }
        } else {
            mn_xdecref(full);
        }
    }
    MnObject *path = mn_object_getattr_str(module, "__file__");
    if (path == NULL) {
        mn_err_clear();
    }
    MnObject *msg;
    if (path != NULL && MN_STR_CHECK(path)) {
        msg = mn_str_from_format("cannot import name %R from %R (%U)", name,
                                 modname ? modname : mn_None, path);
    } else {
        msg = mn_str_from_format("cannot import name %R from %R (unknown location)", name,
                                 modname ? modname : mn_None);
    }
    if (msg != NULL) {
        MnObject *exc = mn_exc_new(mn_exc_ImportError, &msg, 1);
        if (exc != NULL) {
            MnImportError *ie = (MnImportError *)exc;
            MN_SETREF(ie->name, mn_xnewref(modname));
            MN_SETREF(ie->path, mn_xnewref(path));
            mn_err_set_object(mn_exc_ImportError, exc);
            mn_decref(exc);
        }
        mn_decref(msg);
    }
    mn_xdecref(modname);
    mn_xdecref(path);
    return NULL;
}

int
mn_eval_setup_annotations(MnFrame *f)
{
    MnObject *v = NULL;
    MnObject *name = mn_str_intern_cstr("__annotations__");
    if (name == NULL) {
        return -1;
    }
    int r = mapping_lookup(f->f_locals, name, &v);
    if (r == 0) {
        MnObject *d = mn_dict_new();
        r = d ? mn_eval_store_name(f, name, d) : -1;
        mn_xdecref(d);
    } else if (r > 0) {
        mn_decref(v);
        r = 0;
    }
    mn_decref(name);
    return r;
}

MnObject *
mn_eval_format_value(MnObject *v, int conv, MnObject *spec)
{
    MnObject *conv_v = NULL;
    switch (conv) {
    case MN_FVC_STR: conv_v = mn_object_str(v); break;
    case MN_FVC_REPR: conv_v = mn_object_repr(v); break;
    case MN_FVC_ASCII: conv_v = mn_object_ascii(v); break;
    default:
        // no conversion: format v itself (the stack's reference is the only one, as CPython)
        if (spec == NULL && MN_STR_CHECK_EXACT(v)) {
            return mn_newref(v);
        }
        return mn_object_format(v, spec);
    }
    if (conv_v == NULL) {
        return NULL;
    }
    if (spec == NULL && MN_STR_CHECK_EXACT(conv_v)) {
        return conv_v;
    }
    MnObject *res = mn_object_format(conv_v, spec);
    mn_decref(conv_v);
    return res;
}

int
mn_eval_print_expr(MnObject *v)
{
    MnObject *hook = mn_rt.sys ? mn_dict_get_cstr_borrow(MN_MODULE_DICT(mn_rt.sys),
                                                        "displayhook") : NULL;
    if (hook != NULL) {
        MnObject *r = mn_object_call_one(hook, v);
        mn_xdecref(r);
        return r ? 0 : -1;
    }
    if (v == mn_None) {
        return 0;
    }
    if (mn_dict_set_item_cstr(mn_rt.builtins, "_", mn_None) < 0) {
        return -1;
    }
    MnObject *repr = mn_object_repr(v);
    if (repr == NULL) {
        return -1;
    }
    const char *s = mn_str_as_utf8(repr, NULL);
    if (s != NULL) {
        printf("%s\n", s);
    }
    mn_decref(repr);
    return mn_dict_set_item_cstr(mn_rt.builtins, "_", v);
}
