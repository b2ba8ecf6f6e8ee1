/*
 * runtime/dict_type.c - the dict type: construction (dict(mapping), dict(pairs), dict(**kw)),
 * repr with the recursion guard, ==/!=, subscripting with __missing__ for subclasses, |
 * and |=, and the methods (get, pop, popitem, setdefault, update, fromkeys, ...).
 * See also: runtime/dict.c (the table), runtime/dictview.c (views and iterators)
 */
#include <string.h>
#include "dict_impl.h"

/* ==== lifetime ==== */

static void
dict_dealloc(MnObject *self)
{
    MnDict *mp = (MnDict *)self;
    mn_gc_untrack(self);
    int exact = MN_DICT_CHECK_EXACT(self);
    if (exact && mn_trashcan_begin(self)) {
        return;
    }
    mn_dict_release(mp);
    mn_dict_free_object(self);
    if (exact) {
        mn_trashcan_end();
    }
}

static int
dict_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MnDictKeys *dk = ((MnDict *)self)->ma_keys;
    intptr_t n = dk->dk_nentries;
    if (((MnDict *)self)->ma_values != NULL) {
        return mn_dict_values_traverse(((MnDict *)self)->ma_values, visit, arg);
    }
    if (DK_IS_UNICODE(dk)) {
        MnDictUEntry *ep = DK_UENTRIES(dk);
        for (intptr_t i = 0; i < n; i++) {
            MN_VISIT(ep[i].me_value);
        }
    }
    else {
        MnDictEntry *ep = DK_ENTRIES(dk);
        for (intptr_t i = 0; i < n; i++) {
            if (ep[i].me_value != NULL) {
                MN_VISIT(ep[i].me_value);
                MN_VISIT(ep[i].me_key);
            }
        }
    }
    return 0;
}

static int
dict_tp_clear(MnObject *self)
{
    mn_dict_clear(self);
    return 0;
}

static MnObject *
dict_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    MnObject *self = mn_object_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    mn_dict_init_empty((MnDict *)self);
    if (type != &mn_dict_type) {
        mn_gc_track(self);
    }
    return self;
}

/* dict.update / dict.__init__ argument handling: one optional positional, keywords. */
static int
update_common(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames,
              const char *fname)
{
    if (nargs > 1) {
        mn_err_format(mn_exc_TypeError, "%s expected at most 1 argument, got %zd", fname,
                      nargs);
        return -1;
    }
    if (nargs == 1 && mn_dict_update(self, args[0]) < 0) {
        return -1;
    }
    if (kwnames != NULL) {
        intptr_t nk = MN_TUPLE_LEN(kwnames);
        for (intptr_t i = 0; i < nk; i++) {
            if (mn_dict_set_item(self, MN_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int
dict_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    return update_common(self, args, nargs, kwnames, "dict");
}

/* ==== repr ==== */

static int
append_cstr(MnObject *parts, const char *s)
{
    MnObject *o = mn_str_intern_cstr(s);
    if (o == NULL) {
        return -1;
    }
    int r = mn_list_append(parts, o);
    mn_decref(o);
    return r;
}

static int
append_repr(MnObject *parts, MnObject *o)
{
    MnObject *r = mn_object_repr(o);
    if (r == NULL) {
        return -1;
    }
    int res = mn_list_append(parts, r);
    mn_decref(r);
    return res;
}

static MnObject *
dict_repr(MnObject *self)
{
    int status = mn_repr_enter(self);
    if (status != 0) {
        return status > 0 ? mn_str_from_cstr("{...}") : NULL;
    }
    MnObject *res = NULL, *parts = NULL, *empty = NULL;
    if (MN_DICT_LEN(self) == 0) {
        res = mn_str_from_cstr("{}");
        goto done;
    }
    parts = mn_list_new(0);
    if (parts == NULL || append_cstr(parts, "{") < 0) {
        goto done;
    }
    intptr_t pos = 0;
    MnObject *key, *value;
    int first = 1;
    while (mn_dict_next(self, &pos, &key, &value)) {
        mn_incref(key);
        mn_incref(value);
        int err = (!first && append_cstr(parts, ", ") < 0) || append_repr(parts, key) < 0
                  || append_cstr(parts, ": ") < 0 || append_repr(parts, value) < 0;
        mn_decref(key);
        mn_decref(value);
        if (err) {
            goto done;
        }
        first = 0;
    }
    if (append_cstr(parts, "}") < 0) {
        goto done;
    }
    empty = mn_str_from_cstr("");
    if (empty != NULL) {
        res = mn_str_join(empty, parts);
    }
done:
    mn_xdecref(parts);
    mn_xdecref(empty);
    mn_repr_leave(self);
    return res;
}

/* ==== comparison ==== */

static int
dict_equal(MnDict *a, MnDict *b)
{
    if (a->ma_used != b->ma_used) {
        return 0;
    }
    if (a->ma_values != NULL) {
        // Walk the combined one (a split dict's entries hold no values).
        MnDict *t = a;
        a = b;
        b = t;
        if (a->ma_values != NULL && mn_dict_unsplit(a) < 0) {
            return -1;
        }
    }
    for (intptr_t i = 0; i < a->ma_keys->dk_nentries; i++) {
        MnDictKeys *dk = a->ma_keys;
        MnObject *aval = mn_dk_value(dk, i);
        if (aval == NULL) {
            continue;
        }
        MnObject *key = mn_dk_key(dk, i);
        intptr_t hash = mn_dk_hash(dk, i);
        mn_incref(aval);
        mn_incref(key);
        MnObject *bval;
        intptr_t ix = mn_dict_lookup(b, key, hash, &bval);
        if (ix == DKIX_ERROR || bval == NULL) {
            mn_decref(key);
            mn_decref(aval);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        mn_incref(bval);
        int cmp = mn_object_richcompare_bool(aval, bval, MN_EQ);
        mn_decref(key);
        mn_decref(aval);
        mn_decref(bval);
        if (cmp <= 0) {
            return cmp;
        }
    }
    return 1;
}

static MnObject *
dict_richcompare(MnObject *v, MnObject *w, int op)
{
    if (!MN_DICT_CHECK(v) || !MN_DICT_CHECK(w) || (op != MN_EQ && op != MN_NE)) {
        return mn_newref(mn_NotImplemented);
    }
    int cmp = dict_equal((MnDict *)v, (MnDict *)w);
    if (cmp < 0) {
        return NULL;
    }
    return mn_bool_from_long(cmp == (op == MN_EQ));
}

/* ==== mapping protocol ==== */

static intptr_t
dict_length(MnObject *self)
{
    return MN_DICT_LEN(self);
}

/* Calls type(self).__missing__(self, key) if it exists. *found says whether it did. */
static MnObject *
call_missing(MnObject *self, MnObject *key, int *found)
{
    MnObject *f = mn_type_lookup_cstr(MN_TYPE(self), "__missing__");
    *found = f != NULL;
    if (f == NULL) {
        return NULL;
    }
    mn_incref(f);
    MnObject *bound;
    if (MN_TYPE(f)->tp_descr_get != NULL) {
        bound = MN_TYPE(f)->tp_descr_get(f, self, (MnObject *)MN_TYPE(self));
    }
    else {
        bound = mn_newref(f);
    }
    mn_decref(f);
    if (bound == NULL) {
        return NULL;
    }
    MnObject *res = mn_object_call_one(bound, key);
    mn_decref(bound);
    return res;
}

static MnObject *
dict_subscript(MnObject *self, MnObject *key)
{
    intptr_t hash = mn_dict_key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    MnObject *value;
    intptr_t ix = mn_dict_lookup((MnDict *)self, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (value != NULL) {
        return mn_newref(value);
    }
    if (!MN_DICT_CHECK_EXACT(self)) {
        int found;
        MnObject *res = call_missing(self, key, &found);
        if (found || mn_err_occurred()) {
            return res;
        }
    }
    mn_dict_key_error(key);
    return NULL;
}

static int
dict_ass_sub(MnObject *self, MnObject *key, MnObject *value)
{
    if (value == NULL) {
        return mn_dict_del_item(self, key);
    }
    return mn_dict_set_item(self, key, value);
}

static int
dict_sq_contains(MnObject *self, MnObject *key)
{
    return mn_dict_contains(self, key);
}

static MnObject *
dict_iter(MnObject *self)
{
    return mn_dictiter_new((MnDict *)self, &mn_dict_keyiter_type);
}

/* ==== | and |= ==== */

static MnObject *
dict_or(MnObject *self, MnObject *other)
{
    if (!MN_DICT_CHECK(self) || !MN_DICT_CHECK(other)) {
        return mn_newref(mn_NotImplemented);
    }
    MnObject *res = mn_dict_copy(self);
    if (res != NULL && mn_dict_update(res, other) < 0) {
        MN_CLEAR(res);
    }
    return res;
}

static MnObject *
dict_ior(MnObject *self, MnObject *other)
{
    if (mn_dict_update(self, other) < 0) {
        return NULL;
    }
    return mn_newref(self);
}

/* ==== methods ==== */

static int
check_args(const char *name, intptr_t nargs, intptr_t min, intptr_t max)
{
    if (nargs < min) {
        mn_err_format(mn_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name,
                      min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        mn_err_format(mn_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name,
                      max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static MnObject *
dict_contains_meth(MnObject *self, MnObject *key)
{
    int r = mn_dict_contains(self, key);
    return r < 0 ? NULL : mn_bool_from_long(r);
}

static MnObject *
dict_getitem_meth(MnObject *self, MnObject *key)
{
    return dict_subscript(self, key);
}

static MnObject *
dict_sizeof_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_size(mn_dict_sizeof(self));
}

static MnObject *
dict_get(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (check_args("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    MnObject *value = NULL;
    int r = mn_dict_get_ref(self, args[0], &value);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        return mn_newref(nargs > 1 ? args[1] : mn_None);
    }
    return value;
}

static MnObject *
dict_setdefault_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (check_args("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    MnObject *v = mn_dict_setdefault(self, args[0], nargs > 1 ? args[1] : mn_None);
    return mn_xnewref(v);
}

static MnObject *
dict_pop_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (check_args("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    return mn_dict_pop(self, args[0], nargs > 1 ? args[1] : NULL);
}

static MnObject *
dict_popitem_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dict_popitem(self);
}

static MnObject *
dict_keys_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dictview_new(self, &mn_dict_keys_type);
}

static MnObject *
dict_values_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dictview_new(self, &mn_dict_values_type);
}

static MnObject *
dict_items_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dictview_new(self, &mn_dict_items_type);
}

static MnObject *
dict_update_meth(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (update_common(self, args, nargs, kwnames, "update") < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
dict_clear_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    mn_dict_clear(self);
    return mn_newref(mn_None);
}

static MnObject *
dict_copy_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dict_copy(self);
}

static MnObject *
dict_reversed_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dictiter_new((MnDict *)self, &mn_dict_revkeyiter_type);
}

/* dict.fromkeys(iterable, value=None), a classmethod. */
static MnObject *
dict_fromkeys(MnObject *cls, MnObject *const *args, intptr_t nargs)
{
    if (check_args("fromkeys", nargs, 1, 2) < 0) {
        return NULL;
    }
    MnObject *iterable = args[0], *value = nargs > 1 ? args[1] : mn_None;
    MnObject *d = mn_object_call_noargs(cls);
    if (d == NULL) {
        return NULL;
    }
    intptr_t pos = 0, hash;
    MnObject *key;
    if (MN_DICT_CHECK_EXACT(d) && MN_DICT_CHECK_EXACT(iterable)) {
        MnDict *src = (MnDict *)iterable;
        if (mn_dict_presize((MnDict *)d, src->ma_used, DK_IS_UNICODE(src->ma_keys)) < 0) {
            goto fail;
        }
        while (mn_dict_next_hash(iterable, &pos, &key, NULL, &hash)) {
            if (mn_dict_set_item_hash(d, key, hash, value) < 0) {
                goto fail;
            }
        }
        return d;
    }
    if (MN_DICT_CHECK_EXACT(d)
        && (MN_IS_TYPE(iterable, &mn_set_type) || MN_IS_TYPE(iterable, &mn_frozenset_type))) {
        if (mn_dict_presize((MnDict *)d, MN_SET_LEN(iterable), 0) < 0) {
            goto fail;
        }
        while (mn_set_next(iterable, &pos, &key, &hash)) {
            if (mn_dict_set_item_hash(d, key, hash, value) < 0) {
                goto fail;
            }
        }
        return d;
    }
    MnObject *it = mn_object_get_iter(iterable);
    if (it == NULL) {
        goto fail;
    }
    while ((key = mn_iter_next(it)) != NULL) {
        int r = MN_DICT_CHECK_EXACT(d) ? mn_dict_set_item(d, key, value)
                                       : mn_object_setitem(d, key, value);
        mn_decref(key);
        if (r < 0) {
            mn_decref(it);
            goto fail;
        }
    }
    mn_decref(it);
    if (mn_err_occurred()) {
        goto fail;
    }
    return d;
fail:
    mn_decref(d);
    return NULL;
}

static const MnMethodDef dict_methods[] = {
    {"__contains__", dict_contains_meth, MN_METH_O, "True if the dictionary has the key."},
    {"__getitem__", dict_getitem_meth, MN_METH_O, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", dict_sizeof_meth, MN_METH_NOARGS, "D.__sizeof__() -> size of D in bytes"},
    {"get", dict_get, MN_METH_FAST, "Return the value for key if key is in the dictionary."},
    {"setdefault", dict_setdefault_meth, MN_METH_FAST, "Insert key with a default value."},
    {"pop", dict_pop_meth, MN_METH_FAST, "D.pop(k[,d]) -> v"},
    {"popitem", dict_popitem_meth, MN_METH_NOARGS, "Remove and return a (key, value) pair."},
    {"keys", dict_keys_meth, MN_METH_NOARGS, "D.keys() -> a set-like view of D's keys"},
    {"items", dict_items_meth, MN_METH_NOARGS, "D.items() -> a set-like view of D's items"},
    {"values", dict_values_meth, MN_METH_NOARGS, "D.values() -> a view of D's values"},
    {"update", dict_update_meth, MN_METH_FASTKW, "D.update([E, ]**F) -> None."},
    {"fromkeys", dict_fromkeys, MN_METH_FAST | MN_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", dict_clear_meth, MN_METH_NOARGS, "D.clear() -> None."},
    {"copy", dict_copy_meth, MN_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dict_reversed_meth, MN_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {0},
};

MnType mn_dict_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "dict",
    .tp_basicsize = sizeof(MnDict),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE | MN_TPFLAG_DICT_SUBCLASS,
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_new = dict_new,
    .tp_init = dict_init,
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_sub,
    .sq_contains = dict_sq_contains,
    .tp_methods = dict_methods,
    .tp_doc = "dict() -> new empty dictionary",
};
