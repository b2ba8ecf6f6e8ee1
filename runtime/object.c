/*
 * runtime/object.c - the generic protocols every part of mnemo uses: repr/str/format, hash,
 * rich comparison, truth, attributes, calls, iteration, containers and number operators,
 * each dispatching through the type's slots with CPython's fallbacks and error messages.
 * See also: runtime/object.h (the slot contracts), runtime/type.c (slots of classes)
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "iter.h"

static const char *
tname(MnObject *o)
{
    return MN_TYPE(o)->tp_name;
}

int
mn_enter_recursive_call(const char *where)
{
    if (mn_rt.recursion_depth >= mn_rt.recursion_limit) {
        mn_err_format(mn_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    mn_rt.recursion_depth++;
    return 0;
}

void
mn_leave_recursive_call(void)
{
    mn_rt.recursion_depth--;
}


/* ==== repr, str, ascii, format ==== */

MnObject *
mn_object_repr(MnObject *o)
{
    MnType *type = MN_TYPE(o);
    if (type->tp_repr == NULL) {
        return mn_str_from_format("<%s object at %p>", type->tp_name, (void *)o);
    }
    if (mn_enter_recursive_call(" while getting the repr of an object") < 0) {
        return NULL;
    }
    MnObject *res = type->tp_repr(o);
    mn_leave_recursive_call();
    if (res != NULL && !MN_STR_CHECK(res)) {
        mn_err_format(mn_exc_TypeError, "__repr__ returned non-string (type %s)", tname(res));
        mn_decref(res);
        return NULL;
    }
    return res;
}

MnObject *
mn_object_str(MnObject *o)
{
    if (MN_STR_CHECK_EXACT(o)) {
        return mn_newref(o);
    }
    MnType *type = MN_TYPE(o);
    if (type->tp_str == NULL) {
        return mn_object_repr(o);
    }
    if (mn_enter_recursive_call(" while getting the str of an object") < 0) {
        return NULL;
    }
    MnObject *res = type->tp_str(o);
    mn_leave_recursive_call();
    if (res != NULL && !MN_STR_CHECK(res)) {
        mn_err_format(mn_exc_TypeError, "__str__ returned non-string (type %s)", tname(res));
        mn_decref(res);
        return NULL;
    }
    return res;
}

MnObject *
mn_object_ascii(MnObject *o)
{
    MnObject *r = mn_object_repr(o);
    if (r == NULL || MN_STR_IS_ASCII(r)) {
        return r;
    }
    intptr_t n = MN_STR_LEN(r), out = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(r, i);
        out += c < 0x80 ? 1 : c < 0x100 ? 4 : c < 0x10000 ? 6 : 10;
    }
    MnObject *res = mn_str_new(out, 0x7f);
    if (res == NULL) {
        mn_decref(r);
        return NULL;
    }
    char *d = MN_STR_DATA(res);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(r, i);
        if (c < 0x80) {
            *d++ = (char)c;
        } else if (c < 0x100) {
            d += sprintf(d, "\\x%02x", c);
        } else if (c < 0x10000) {
            d += sprintf(d, "\\u%04x", c);
        } else {
            d += sprintf(d, "\\U%08x", c);
        }
    }
    mn_decref(r);
    return res;
}

MnObject *
mn_object_format(MnObject *o, MnObject *spec)
{
    int empty = spec == NULL || MN_STR_LEN(spec) == 0;
    if (empty && (MN_STR_CHECK_EXACT(o) || MN_INT_CHECK_EXACT(o))) {
        return mn_object_str(o);
    }
    MnObject *meth = mn_type_lookup_cstr(MN_TYPE(o), "__format__");
    if (meth == NULL) {
        return mn_err_format(mn_exc_TypeError, "Type %s doesn't define __format__", tname(o));
    }
    MnObject *spec_obj = spec ? mn_newref(spec) : mn_str_from_cstr("");
    if (spec_obj == NULL) {
        return NULL;
    }
    MnObject *res = mn_object_call_method(o, "__format__", &spec_obj, 1);
    mn_decref(spec_obj);
    if (res != NULL && !MN_STR_CHECK(res)) {
        mn_err_format(mn_exc_TypeError, "__format__ must return a str, not %s", tname(res));
        mn_decref(res);
        return NULL;
    }
    return res;
}

/* ==== hash and comparison ==== */

intptr_t
mn_object_hash(MnObject *o)
{
    MnType *type = MN_TYPE(o);
    if (type->tp_hash == NULL) {
        mn_err_format(mn_exc_TypeError, "unhashable type: '%s'", type->tp_name);
        return -1;
    }
    return type->tp_hash(o);
}

static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {MN_GT, MN_GE, MN_EQ, MN_NE, MN_LT, MN_LE};

static MnObject *
do_richcompare(MnObject *v, MnObject *w, int op)
{
    MnType *tv = MN_TYPE(v), *tw = MN_TYPE(w);
    int checked_reverse = 0;
    MnObject *res;
    if (tv != tw && mn_type_is_subtype(tw, tv) && tw->tp_richcompare != NULL) {
        checked_reverse = 1;
        res = tw->tp_richcompare(w, v, cmp_swapped[op]);
        if (res != mn_NotImplemented) {
            return res;
        }
        mn_decref(res);
    }
    if (tv->tp_richcompare != NULL) {
        res = tv->tp_richcompare(v, w, op);
        if (res != mn_NotImplemented) {
            return res;
        }
        mn_decref(res);
    }
    if (!checked_reverse && tw->tp_richcompare != NULL) {
        res = tw->tp_richcompare(w, v, cmp_swapped[op]);
        if (res != mn_NotImplemented) {
            return res;
        }
        mn_decref(res);
    }
    if (op == MN_EQ) {
        return mn_newref(v == w ? mn_True : mn_False);
    }
    if (op == MN_NE) {
        return mn_newref(v != w ? mn_True : mn_False);
    }
    return mn_err_format(mn_exc_TypeError,
                         "'%s' not supported between instances of '%s' and '%s'",
                         cmp_symbols[op], tv->tp_name, tw->tp_name);
}

MnObject *
mn_object_richcompare(MnObject *v, MnObject *w, int op)
{
    if (mn_enter_recursive_call(" in comparison") < 0) {
        return NULL;
    }
    MnObject *res = do_richcompare(v, w, op);
    mn_leave_recursive_call();
    return res;
}

int
mn_object_richcompare_bool(MnObject *v, MnObject *w, int op)
{
    if (v == w) {
        if (op == MN_EQ) {
            return 1;
        }
        if (op == MN_NE) {
            return 0;
        }
    }
    MnObject *res = mn_object_richcompare(v, w, op);
    if (res == NULL) {
        return -1;
    }
    int ok = MN_BOOL_CHECK(res) ? res == mn_True : mn_object_is_true(res);
    mn_decref(res);
    return ok;
}

int
mn_object_is_true(MnObject *o)
{
    if (o == mn_True) {
        return 1;
    }
    if (o == mn_False || o == mn_None) {
        return 0;
    }
    MnType *type = MN_TYPE(o);
    if (type->nb_bool != NULL) {
        return type->nb_bool(o);
    }
    if (type->mp_length != NULL) {
        intptr_t n = type->mp_length(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ==== attributes ==== */

static int
check_name(MnObject *name)
{
    if (!MN_STR_CHECK(name)) {
        mn_err_format(mn_exc_TypeError, "attribute name must be string, not '%s'", tname(name));
        return -1;
    }
    return 0;
}

// Records the object and name on a fresh AttributeError, for "Did you mean" hints.
static void
set_attribute_error_context(MnObject *o, MnObject *name)
{
    MnObject *exc = mn_rt.exc;
    if (exc == NULL || !mn_type_is_subtype(MN_TYPE(exc), mn_exc_AttributeError)) {
        return;
    }
    MnAttributeError *ae = (MnAttributeError *)exc;
    if (ae->name == NULL && ae->obj == NULL) {
        ae->name = mn_newref(name);
        ae->obj = mn_newref(o);
    }
}

MnObject *
mn_object_getattr(MnObject *o, MnObject *name)
{
    if (check_name(name) < 0) {
        return NULL;
    }
    MnType *type = MN_TYPE(o);
    MnObject *res = type->tp_getattro != NULL ? type->tp_getattro(o, name)
                                              : mn_object_generic_getattr(o, name);
    if (res == NULL) {
        set_attribute_error_context(o, name);
    }
    return res;
}

MnObject *
mn_object_getattr_str(MnObject *o, const char *name)
{
    MnObject *n = mn_str_intern_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    MnObject *res = mn_object_getattr(o, n);
    mn_decref(n);
    return res;
}

int
mn_object_lookup_attr(MnObject *o, MnObject *name, MnObject **result)
{
    *result = mn_object_getattr(o, name);
    if (*result != NULL) {
        return 1;
    }
    if (mn_err_matches((MnObject *)mn_exc_AttributeError)) {
        mn_err_clear();
        return 0;
    }
    return -1;
}

int
mn_object_setattr(MnObject *o, MnObject *name, MnObject *value)
{
    if (check_name(name) < 0) {
        return -1;
    }
    MnType *type = MN_TYPE(o);
    mn_incref(name);
    if (MN_STR_CHECK_EXACT(name)) {
        mn_str_intern_inplace(&name);
    }
    int res;
    if (type->tp_setattro != NULL) {
        res = type->tp_setattro(o, name, value);
    } else {
        res = mn_object_generic_setattr(o, name, value);
    }
    mn_decref(name);
    return res;
}

int
mn_object_setattr_str(MnObject *o, const char *name, MnObject *value)
{
    MnObject *n = mn_str_intern_cstr(name);
    if (n == NULL) {
        return -1;
    }
    int res = mn_object_setattr(o, n, value);
    mn_decref(n);
    return res;
}

MnObject **
mn_object_dict_ptr(MnObject *o)
{
    MnType *type = MN_TYPE(o);
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_MANAGED_DICT)) {
        return MN_INSTANCE_MANAGED_DICT_PTR(o);
    }
    intptr_t offset = type->tp_dictoffset;
    if (offset == 0) {
        return NULL;
    }
    if (offset < 0) {
        // Counted from the end of a variable-size object (int, tuple, bytes subclasses).
        intptr_t n = MN_SIZE(o) < 0 ? -MN_SIZE(o) : MN_SIZE(o);
        intptr_t size = type->tp_basicsize + n * type->tp_itemsize;
        offset += (size + 7) & ~(intptr_t)7;
    }
    return (MnObject **)((char *)o + offset);
}

static MnObject *
no_attribute(MnObject *o, MnObject *name)
{
    return mn_err_format(mn_exc_AttributeError, "'%s' object has no attribute '%U'", tname(o),
                         name);
}

MnObject *
mn_object_generic_getattr(MnObject *o, MnObject *name)
{
    MnType *type = MN_TYPE(o);
    MnObject *descr = mn_type_lookup(type, name);
    mn_descrgetfunc get = NULL;
    if (descr != NULL) {
        mn_incref(descr);
        get = MN_TYPE(descr)->tp_descr_get;
        if (get != NULL && MN_TYPE(descr)->tp_descr_set != NULL) {
            MnObject *res = get(descr, o, (MnObject *)type);
            mn_decref(descr);
            return res;
        }
    }
    MnObject **dictptr = mn_object_dict_ptr(o);
    if (dictptr != NULL && *dictptr == NULL && MN_TYPE_HAS_FLAG(type, MN_TPFLAG_MANAGED_DICT) &&
        *MN_INSTANCE_VALUES_PTR(o) != NULL && MN_STR_CHECK_EXACT(name)) {
        MnObject *res = mn_dict_values_get(type->ht_cached_keys, *MN_INSTANCE_VALUES_PTR(o),
                                           name);
        if (res != NULL) {
            mn_xdecref(descr);
            return mn_newref(res);
        }
    }
    else if (dictptr != NULL && *dictptr != NULL) {
        MnObject *dict = mn_newref(*dictptr);
        MnObject *res;
        int found = mn_dict_get_ref(dict, name, &res);
        mn_decref(dict);
        if (found != 0) {
            mn_xdecref(descr);
            return found > 0 ? res : NULL;
        }
    }
    if (get != NULL) {
        MnObject *res = get(descr, o, (MnObject *)type);
        mn_decref(descr);
        return res;
    }
    if (descr != NULL) {
        return descr;
    }
    return no_attribute(o, name);
}

int
mn_object_generic_setattr(MnObject *o, MnObject *name, MnObject *value)
{
    MnType *type = MN_TYPE(o);
    MnObject *descr = mn_type_lookup(type, name);
    if (descr != NULL) {
        mn_descrsetfunc set = MN_TYPE(descr)->tp_descr_set;
        if (set != NULL) {
            mn_incref(descr);
            int res = set(descr, o, value);
            mn_decref(descr);
            return res;
        }
    }
    MnObject **dictptr = mn_object_dict_ptr(o);
    if (dictptr == NULL) {
        if (descr == NULL) {
            no_attribute(o, name);
        } else {
            mn_err_format(mn_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                          tname(o), name);
        }
        return -1;
    }
    if (*dictptr == NULL && MN_TYPE_HAS_FLAG(type, MN_TPFLAG_MANAGED_DICT)) {
        if (*MN_INSTANCE_VALUES_PTR(o) != NULL) {
            int r = mn_dict_values_store(type->ht_cached_keys, *MN_INSTANCE_VALUES_PTR(o),
                                         name, value);
            if (r <= 0) {
                if (r < 0) {
                    no_attribute(o, name);
                }
                return r;
            }
        }
        // No room in the shared keys (or no values): continue with a real dict.
        dictptr = mn_object_materialized_dict_ptr(o);
        if (*dictptr == NULL && mn_err_occurred()) {
            return -1;
        }
        if (*dictptr == NULL && value != NULL && type->ht_cached_keys != NULL) {
            // A first attribute without inline values: a split dict over the class keys.
            struct MnDictValues *v = mn_dict_values_new(type->ht_cached_keys, 0);
            if (v == NULL || (*dictptr = mn_dict_new_split(type->ht_cached_keys, v)) == NULL) {
                return -1;
            }
        }
    }
    if (value == NULL) {
        if (*dictptr == NULL || mn_dict_del_item(*dictptr, name) < 0) {
            if (*dictptr == NULL || mn_err_matches((MnObject *)mn_exc_KeyError)) {
                mn_err_clear();
                no_attribute(o, name);
            }
            return -1;
        }
        return 0;
    }
    if (*dictptr == NULL) {
        *dictptr = mn_dict_new();
        if (*dictptr == NULL) {
            return -1;
        }
    }
    MnObject *dict = mn_newref(*dictptr);
    int res = mn_dict_set_item(dict, name, value);
    mn_decref(dict);
    return res;
}

/* ==== calls ==== */

MnObject *
mn_object_call(MnObject *callable, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    mn_callfunc call = MN_TYPE(callable)->tp_call;
    if (call == NULL) {
        return mn_err_format(mn_exc_TypeError, "'%s' object is not callable", tname(callable));
    }
    MnObject *res = call(callable, args, nargs, kwnames);
    if (res == NULL && mn_err_occurred() == NULL) {
        return mn_err_format(mn_exc_SystemError, "%R returned NULL without setting an exception",
                             callable);
    }
    return res;
}

MnObject *
mn_object_call_tuple_dict(MnObject *callable, MnObject *args, MnObject *kwargs)
{
    intptr_t npos = args ? MN_TUPLE_LEN(args) : 0;
    intptr_t nkw = kwargs ? MN_DICT_LEN(kwargs) : 0;
    if (nkw == 0) {
        return mn_object_call(callable, args ? MN_TUPLE_ITEMS(args) : NULL, npos, NULL);
    }
    MnObject **stack = mn_mem_alloc(sizeof(MnObject *) * (size_t)(npos + nkw));
    MnObject *kwnames = mn_tuple_new(nkw);
    if (stack == NULL || kwnames == NULL) {
        mn_mem_free(stack);
        mn_xdecref(kwnames);
        return mn_err_no_memory();
    }
    for (intptr_t i = 0; i < npos; i++) {
        stack[i] = MN_TUPLE_GET(args, i);
    }
    intptr_t pos = 0, i = 0;
    MnObject *key, *value;
    while (mn_dict_next(kwargs, &pos, &key, &value)) {
        MN_TUPLE_SET(kwnames, i, mn_newref(key));
        stack[npos + i] = value;
        i++;
    }
    // Keep the values alive while the callee runs, even if it mutates the dict.
    for (intptr_t j = 0; j < nkw; j++) {
        mn_incref(stack[npos + j]);
    }
    MnObject *res = mn_object_call(callable, stack, npos, kwnames);
    for (intptr_t j = 0; j < nkw; j++) {
        mn_decref(stack[npos + j]);
    }
    mn_decref(kwnames);
    mn_mem_free(stack);
    return res;
}

MnObject *
mn_object_call_noargs(MnObject *callable)
{
    return mn_object_call(callable, NULL, 0, NULL);
}

MnObject *
mn_object_call_one(MnObject *callable, MnObject *arg)
{
    return mn_object_call(callable, &arg, 1, NULL);
}

MnObject *
mn_object_call_method(MnObject *self, const char *name, MnObject *const *args, intptr_t nargs)
{
    MnType *type = MN_TYPE(self);
    MnObject *descr = mn_type_lookup_cstr(type, name);
    if (descr == NULL) {
        return mn_err_format(mn_exc_AttributeError, "'%s' object has no attribute '%s'",
                             type->tp_name, name);
    }
    mn_incref(descr);
    MnObject *bound = descr;
    mn_descrgetfunc get = MN_TYPE(descr)->tp_descr_get;
    if (get != NULL) {
        bound = get(descr, self, (MnObject *)type);
        mn_decref(descr);
        if (bound == NULL) {
            return NULL;
        }
    }
    MnObject *res = mn_object_call(bound, args, nargs, NULL);
    mn_decref(bound);
    return res;
}

/* ==== iteration and containers ==== */

MnObject *
mn_object_get_iter(MnObject *o)
{
    MnType *type = MN_TYPE(o);
    if (type->tp_iter == NULL) {
        if (type->mp_subscript != NULL && !MN_DICT_CHECK(o)) {
            return mn_seqiter_new(o);
        }
        return mn_err_format(mn_exc_TypeError, "'%s' object is not iterable", type->tp_name);
    }
    MnObject *it = type->tp_iter(o);
    if (it != NULL && MN_TYPE(it)->tp_iternext == NULL) {
        mn_err_format(mn_exc_TypeError, "iter() returned non-iterator of type '%s'", tname(it));
        mn_decref(it);
        return NULL;
    }
    return it;
}

MnObject *
mn_iter_next(MnObject *it)
{
    mn_iternextfunc next = MN_TYPE(it)->tp_iternext;
    if (next == NULL) {
        return mn_err_format(mn_exc_TypeError, "'%s' object is not an iterator", tname(it));
    }
    MnObject *res = next(it);
    if (res == NULL && mn_err_occurred() != NULL &&
        mn_err_matches((MnObject *)mn_exc_StopIteration)) {
        mn_err_clear();
    }
    return res;
}

intptr_t
mn_object_length(MnObject *o)
{
    mn_lenfunc len = MN_TYPE(o)->mp_length;
    if (len == NULL) {
        mn_err_format(mn_exc_TypeError, "object of type '%s' has no len()", tname(o));
        return -1;
    }
    return len(o);
}

MnObject *
mn_object_getitem(MnObject *o, MnObject *key)
{
    mn_binaryfunc get = MN_TYPE(o)->mp_subscript;
    if (get != NULL) {
        return get(o, key);
    }
    if (MN_TYPE_CHECK(o)) {
        MnObject *meth;
        MnObject *name = mn_str_intern_cstr("__class_getitem__");
        if (name == NULL) {
            return NULL;
        }
        int found = mn_object_lookup_attr(o, name, &meth);
        mn_decref(name);
        if (found < 0) {
            return NULL;
        }
        if (found) {
            MnObject *res = mn_object_call_one(meth, key);
            mn_decref(meth);
            return res;
        }
        return mn_err_format(mn_exc_TypeError, "type '%s' is not subscriptable",
                             ((MnType *)o)->tp_name);
    }
    return mn_err_format(mn_exc_TypeError, "'%s' object is not subscriptable", tname(o));
}

int
mn_object_setitem(MnObject *o, MnObject *key, MnObject *value)
{
    mn_objobjargproc set = MN_TYPE(o)->mp_ass_subscript;
    if (set != NULL) {
        return set(o, key, value);
    }
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "'%s' object doesn't support item deletion", tname(o));
    } else if (MN_TYPE(o)->mp_subscript != NULL) {
        mn_err_format(mn_exc_TypeError, "'%s' object does not support item assignment",
                      tname(o));
    } else {
        mn_err_format(mn_exc_TypeError, "'%s' object does not support item assignment",
                      tname(o));
    }
    return -1;
}

int
mn_object_contains(MnObject *o, MnObject *item)
{
    mn_objobjproc contains = MN_TYPE(o)->sq_contains;
    if (contains != NULL) {
        return contains(o, item);
    }
    if (MN_TYPE(o)->tp_iter == NULL && MN_TYPE(o)->mp_subscript == NULL) {
        mn_err_format(mn_exc_TypeError, "argument of type '%s' is not iterable", tname(o));
        return -1;
    }
    MnObject *it = mn_object_get_iter(o);
    if (it == NULL) {
        return -1;
    }
    int found = 0;
    MnObject *x;
    while ((x = mn_iter_next(it)) != NULL) {
        found = mn_object_richcompare_bool(x, item, MN_EQ);
        mn_decref(x);
        if (found != 0) {
            break;
        }
    }
    mn_decref(it);
    if (found == 0 && mn_err_occurred()) {
        return -1;
    }
    return found;
}

/* ==== isinstance and issubclass ==== */

int
mn_type_is_subtype(MnType *a, MnType *b)
{
    if (a == b) {
        return 1;
    }
    MnObject *mro = a->tp_mro;
    if (mro != NULL) {
        intptr_t n = MN_TUPLE_LEN(mro);
        for (intptr_t i = 0; i < n; i++) {
            if (MN_TUPLE_GET(mro, i) == (MnObject *)b) {
                return 1;
            }
        }
        return 0;
    }
    for (MnType *t = a->tp_base; t != NULL; t = t->tp_base) {
        if (t == b) {
            return 1;
        }
    }
    return b == &mn_object_type;
}

int
mn_object_isinstance(MnObject *o, MnObject *cls)
{
    if (MN_TYPE_CHECK(cls)) {
        if (mn_type_is_subtype(MN_TYPE(o), (MnType *)cls)) {
            return 1;
        }
        if (MN_TYPE(o)->tp_getattro == mn_object_generic_getattr ||
            MN_TYPE(o)->tp_getattro == NULL) {
            return 0;
        }
        // As CPython, an object may claim another class through __class__ (a weakref
        // proxy does); only objects with their own attribute lookup are asked.
        MnObject *icls = NULL;
        MnObject *name = mn_str_intern_cstr("__class__");
        int found = name ? mn_object_lookup_attr(o, name, &icls) : -1;
        mn_xdecref(name);
        if (found < 0) {
            return -1;
        }
        int r = icls != NULL && icls != (MnObject *)MN_TYPE(o) && MN_TYPE_CHECK(icls) &&
                mn_type_is_subtype((MnType *)icls, (MnType *)cls);
        mn_xdecref(icls);
        return r;
    }
    if (MN_TUPLE_CHECK(cls)) {
        intptr_t n = MN_TUPLE_LEN(cls);
        for (intptr_t i = 0; i < n; i++) {
            int r = mn_object_isinstance(o, MN_TUPLE_GET(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    mn_err_set_string(mn_exc_TypeError,
                      "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int
mn_object_issubclass(MnObject *derived, MnObject *cls)
{
    if (MN_TUPLE_CHECK(cls)) {
        intptr_t n = MN_TUPLE_LEN(cls);
        for (intptr_t i = 0; i < n; i++) {
            int r = mn_object_issubclass(derived, MN_TUPLE_GET(cls, i));
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    if (!MN_TYPE_CHECK(derived)) {
        mn_err_set_string(mn_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!MN_TYPE_CHECK(cls)) {
        mn_err_set_string(mn_exc_TypeError,
                          "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return mn_type_is_subtype((MnType *)derived, (MnType *)cls);
}

/* ==== number operators ==== */

static const char *const binop_symbols[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

const char *
mn_binop_symbol(int op)
{
    return binop_symbols[op];
}

// Offsets of the binary slot for each MnBinOp, then of the in-place slot.
static const size_t binop_slot[] = {
    offsetof(MnType, nb_add), offsetof(MnType, nb_and), offsetof(MnType, nb_floor_divide),
    offsetof(MnType, nb_lshift), offsetof(MnType, nb_matrix_multiply),
    offsetof(MnType, nb_multiply), offsetof(MnType, nb_remainder), offsetof(MnType, nb_or),
    offsetof(MnType, nb_power), offsetof(MnType, nb_rshift), offsetof(MnType, nb_subtract),
    offsetof(MnType, nb_true_divide), offsetof(MnType, nb_xor),
};
static const size_t inplace_slot[] = {
    offsetof(MnType, nb_inplace_add), offsetof(MnType, nb_inplace_and),
    offsetof(MnType, nb_inplace_floor_divide), offsetof(MnType, nb_inplace_lshift),
    offsetof(MnType, nb_inplace_matrix_multiply), offsetof(MnType, nb_inplace_multiply),
    offsetof(MnType, nb_inplace_remainder), offsetof(MnType, nb_inplace_or),
    offsetof(MnType, nb_inplace_power), offsetof(MnType, nb_inplace_rshift),
    offsetof(MnType, nb_inplace_subtract), offsetof(MnType, nb_inplace_true_divide),
    offsetof(MnType, nb_inplace_xor),
};

static void *
slot_at(MnType *type, size_t offset)
{
    return *(void **)((char *)type + offset);
}

// Calls a binary (or, for power, ternary with None) slot.
static MnObject *
call_slot(void *slot, int op, MnObject *v, MnObject *w)
{
    if (op == MN_BINOP_POWER) {
        return ((mn_ternaryfunc)slot)(v, w, mn_None);
    }
    return ((mn_binaryfunc)slot)(v, w);
}

// CPython's binary_op1: the right operand's slot first when its type is a subclass.
// -> new reference (maybe mn_NotImplemented), or NULL.
static MnObject *
binary_op1(MnObject *v, MnObject *w, int op)
{
    size_t off = binop_slot[op];
    void *slotv = slot_at(MN_TYPE(v), off);
    void *slotw = NULL;
    if (MN_TYPE(w) != MN_TYPE(v)) {
        slotw = slot_at(MN_TYPE(w), off);
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    MnObject *x;
    if (slotv != NULL) {
        if (slotw != NULL && mn_type_is_subtype(MN_TYPE(w), MN_TYPE(v))) {
            x = call_slot(slotw, op, v, w);
            if (x != mn_NotImplemented) {
                return x;
            }
            mn_decref(x);
            slotw = NULL;
        }
        x = call_slot(slotv, op, v, w);
        if (x != mn_NotImplemented) {
            return x;
        }
        mn_decref(x);
    }
    if (slotw != NULL) {
        return call_slot(slotw, op, v, w);
    }
    return mn_newref(mn_NotImplemented);
}

static MnObject *
binop_type_error(MnObject *v, MnObject *w, int op)
{
    const char *sym = mn_binop_symbol(op);
    if (op == MN_BINOP_POWER || op == MN_BINOP_POWER + MN_BINOP_INPLACE) {
        sym = op == MN_BINOP_POWER ? "** or pow()" : "**=";
    }
    return mn_err_format(mn_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         sym, tname(v), tname(w));
}

MnObject *
mn_number_binop(MnObject *v, MnObject *w, int op)
{
    MnObject *res = binary_op1(v, w, op);
    if (res == mn_NotImplemented) {
        mn_decref(res);
        return binop_type_error(v, w, op);
    }
    return res;
}

MnObject *
mn_number_inplace_binop(MnObject *v, MnObject *w, int op)
{
    if (op >= MN_BINOP_INPLACE) {
        op -= MN_BINOP_INPLACE;
    }
    void *islot = slot_at(MN_TYPE(v), inplace_slot[op]);
    if (islot != NULL) {
        MnObject *x = call_slot(islot, op, v, w);
        if (x != mn_NotImplemented) {
            return x;
        }
        mn_decref(x);
    }
    MnObject *res = binary_op1(v, w, op);
    if (res == mn_NotImplemented) {
        mn_decref(res);
        return binop_type_error(v, w, op + MN_BINOP_INPLACE);
    }
    return res;
}

MnObject *
mn_number_power(MnObject *v, MnObject *w, MnObject *z)
{
    if (z == mn_None) {
        return mn_number_binop(v, w, MN_BINOP_POWER);
    }
    mn_ternaryfunc slotv = MN_TYPE(v)->nb_power, slotw = NULL, slotz = NULL;
    if (MN_TYPE(w) != MN_TYPE(v)) {
        slotw = MN_TYPE(w)->nb_power;
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    mn_ternaryfunc order[3] = {slotv, slotw, NULL};
    if (MN_TYPE(z) != MN_TYPE(v) && MN_TYPE(z) != MN_TYPE(w)) {
        slotz = MN_TYPE(z)->nb_power;
        if (slotz != slotv && slotz != slotw) {
            order[2] = slotz;
        }
    }
    for (int i = 0; i < 3; i++) {
        if (order[i] == NULL) {
            continue;
        }
        MnObject *x = order[i](v, w, z);
        if (x != mn_NotImplemented) {
            return x;
        }
        mn_decref(x);
    }
    return mn_err_format(mn_exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         tname(v), tname(w), tname(z));
}

static MnObject *
unary(MnObject *o, size_t offset, const char *what)
{
    mn_unaryfunc f = (mn_unaryfunc)slot_at(MN_TYPE(o), offset);
    if (f == NULL) {
        return mn_err_format(mn_exc_TypeError, "bad operand type for %s: '%s'", what, tname(o));
    }
    return f(o);
}

MnObject *
mn_number_negative(MnObject *o)
{
    return unary(o, offsetof(MnType, nb_negative), "unary -");
}

MnObject *
mn_number_positive(MnObject *o)
{
    return unary(o, offsetof(MnType, nb_positive), "unary +");
}

MnObject *
mn_number_invert(MnObject *o)
{
    return unary(o, offsetof(MnType, nb_invert), "unary ~");
}

MnObject *
mn_number_absolute(MnObject *o)
{
    return unary(o, offsetof(MnType, nb_absolute), "abs()");
}

MnObject *
mn_number_index(MnObject *o)
{
    if (MN_INT_CHECK(o)) {
        return mn_newref(o);
    }
    mn_unaryfunc f = MN_TYPE(o)->nb_index;
    if (f == NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "'%s' object cannot be interpreted as an integer", tname(o));
    }
    MnObject *res = f(o);
    if (res != NULL && !MN_INT_CHECK(res)) {
        mn_err_format(mn_exc_TypeError, "__index__ returned non-int (type %s)", tname(res));
        mn_decref(res);
        return NULL;
    }
    return res;
}

intptr_t
mn_number_as_ssize(MnObject *o, MnType *exc)
{
    MnObject *i = mn_number_index(o);
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    long v = mn_int_as_long_overflow(i, &overflow);
    if (overflow != 0) {
        if (exc != NULL) {
            mn_err_format(exc, "cannot fit '%s' into an index-sized integer", tname(o));
            mn_decref(i);
            return -1;
        }
        v = overflow < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    mn_decref(i);
    return (intptr_t)v;
}

MnObject *
mn_number_long(MnObject *o)
{
    if (MN_INT_CHECK_EXACT(o)) {
        return mn_newref(o);
    }
    MnType *type = MN_TYPE(o);
    if (type->nb_int != NULL) {
        MnObject *res = type->nb_int(o);
        if (res != NULL && !MN_INT_CHECK(res)) {
            mn_err_format(mn_exc_TypeError, "__int__ returned non-int (type %s)", tname(res));
            mn_decref(res);
            return NULL;
        }
        if (res != NULL && !MN_INT_CHECK_EXACT(res)) {
            MN_SETREF(res, mn_int_copy_exact(res));
        }
        return res;
    }
    if (type->nb_index != NULL) {
        MnObject *res = mn_number_index(o);
        if (res != NULL && !MN_INT_CHECK_EXACT(res)) {
            MN_SETREF(res, mn_int_copy_exact(res));
        }
        return res;
    }
    if (MN_FLOAT_CHECK(o)) {
        return mn_int_from_double(MN_FLOAT_VALUE(o));
    }
    return mn_err_format(mn_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real "
                         "number, not '%s'", tname(o));
}

MnObject *
mn_number_float(MnObject *o)
{
    if (MN_FLOAT_CHECK_EXACT(o)) {
        return mn_newref(o);
    }
    MnType *type = MN_TYPE(o);
    if (type->nb_float != NULL) {
        MnObject *res = type->nb_float(o);
        if (res != NULL && !MN_FLOAT_CHECK(res)) {
            mn_err_format(mn_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                          tname(o), tname(res));
            mn_decref(res);
            return NULL;
        }
        if (res != NULL && !MN_FLOAT_CHECK_EXACT(res)) {
            MN_SETREF(res, mn_float_from_double(MN_FLOAT_VALUE(res)));
        }
        return res;
    }
    if (MN_FLOAT_CHECK(o)) {
        return mn_float_from_double(MN_FLOAT_VALUE(o));
    }
    if (type->nb_index != NULL || MN_INT_CHECK(o)) {
        MnObject *i = mn_number_index(o);
        if (i == NULL) {
            return NULL;
        }
        double d = mn_int_as_double(i);
        mn_decref(i);
        if (d == -1.0 && mn_err_occurred()) {
            return NULL;
        }
        return mn_float_from_double(d);
    }
    return mn_err_format(mn_exc_TypeError,
                         "float() argument must be a string or a real number, not '%s'",
                         tname(o));
}

/* ==== repr recursion guard ==== */

int
mn_repr_enter(MnObject *o)
{
    MnObject *stack = mn_rt.repr_stack;
    intptr_t n = MN_LIST_LEN(stack);
    for (intptr_t i = 0; i < n; i++) {
        if (MN_LIST_GET(stack, i) == o) {
            return 1;
        }
    }
    return mn_list_append(stack, o) < 0 ? -1 : 0;
}

void
mn_repr_leave(MnObject *o)
{
    MnObject *stack = mn_rt.repr_stack;
    for (intptr_t i = MN_LIST_LEN(stack) - 1; i >= 0; i--) {
        if (MN_LIST_GET(stack, i) == o) {
            MnObject **items = MN_LIST_ITEMS(stack);
            memmove(&items[i], &items[i + 1],
                    sizeof(MnObject *) * (size_t)(MN_LIST_LEN(stack) - i - 1));
            MN_SIZE(stack)--;
            mn_decref(o);
            return;
        }
    }
}
