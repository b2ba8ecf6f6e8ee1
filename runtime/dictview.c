/*
 * runtime/dictview.c - dict iterators (keys, values, items, forward and reversed), the
 * views dict_keys / dict_values / dict_items (len, iter, in, reversed, repr, set operations
 * and comparisons on keys and items views, isdisjoint, mapping) and mappingproxy.
 * Iterators stop with "dictionary changed size during iteration" when the size changes, and
 * the items iterator recycles its result tuple as CPython does.
 * See also: runtime/dict.c, runtime/dict_type.c, runtime/set.c
 */
#include "dict_impl.h"

/* ==== iterators ==== */

typedef struct DictIter {
    MnObject ob_base;
    MnDict *di_dict;            // owned, NULL once exhausted
    intptr_t di_used;
    intptr_t di_pos;
    MnObject *di_result;        // owned reusable pair (items iterators), or NULL
    intptr_t len;
} DictIter;

static int
is_reversed_iter(MnType *type)
{
    return type == &mn_dict_revkeyiter_type || type == &mn_dict_revvalueiter_type
           || type == &mn_dict_revitemiter_type;
}

MnObject *
mn_dictiter_new(MnDict *d, MnType *type)
{
    DictIter *di = (DictIter *)mn_object_alloc(type, 0);
    if (di == NULL) {
        return NULL;
    }
    di->di_dict = (MnDict *)mn_newref(d);
    di->di_used = d->ma_used;
    di->len = d->ma_used;
    intptr_t n = d->ma_values ? d->ma_values->norder : d->ma_keys->dk_nentries;
    di->di_pos = is_reversed_iter(type) ? n - 1 : 0;
    if (type == &mn_dict_itemiter_type || type == &mn_dict_revitemiter_type) {
        di->di_result = mn_tuple_pack(2, mn_None, mn_None);
        if (di->di_result == NULL) {
            mn_decref(di);
            return NULL;
        }
    }
    mn_gc_track(di);
    return (MnObject *)di;
}

static void
dictiter_dealloc(MnObject *self)
{
    DictIter *di = (DictIter *)self;
    mn_gc_untrack(self);
    MN_CLEAR(di->di_dict);
    MN_CLEAR(di->di_result);
    mn_object_free(self);
}

static int
dictiter_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    DictIter *di = (DictIter *)self;
    MN_VISIT(di->di_dict);
    MN_VISIT(di->di_result);
    return 0;
}

static MnObject *
dictiter_len(MnObject *self, MnObject *unused)
{
    (void)unused;
    DictIter *di = (DictIter *)self;
    intptr_t len = 0;
    if (di->di_dict != NULL && di->di_used == di->di_dict->ma_used) {
        len = di->len;
    }
    return mn_int_from_ssize(len);
}

static const MnMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_len, MN_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

/* Advances [di] to its next live entry. -> entry index, or -1 (exhausted or error set). */
static intptr_t
dictiter_advance(DictIter *di)
{
    MnDict *d = di->di_dict;
    if (d == NULL) {
        return -1;
    }
    if (di->di_used != d->ma_used) {
        mn_err_set_string(mn_exc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;
        return -1;
    }
    MnDictKeys *dk = d->ma_keys;
    intptr_t i = di->di_pos;
    if (d->ma_values != NULL) {
        // Split: positions walk the insertion order; the result is the entry index.
        int rev = is_reversed_iter(MN_TYPE(di));
        if (i < 0 || i >= d->ma_values->norder) {
            goto fail;
        }
        if (di->len == 0) {
            mn_err_set_string(mn_exc_RuntimeError, "dictionary keys changed during iteration");
            goto fail;
        }
        di->di_pos = rev ? i - 1 : i + 1;
        di->len--;
        return d->ma_values->order[i];
    }
    if (is_reversed_iter(MN_TYPE(di))) {
        while (i >= 0 && mn_dk_value(dk, i) == NULL) {
            i--;
        }
        if (i < 0) {
            goto fail;
        }
        di->di_pos = i - 1;
        di->len--;
        return i;
    }
    intptr_t n = dk->dk_nentries;
    while (i < n && mn_dk_value(dk, i) == NULL) {
        i++;
    }
    if (i >= n) {
        goto fail;
    }
    if (di->len == 0) {
        mn_err_set_string(mn_exc_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    di->di_pos = i + 1;
    di->len--;
    return i;
fail:
    di->di_dict = NULL;
    mn_decref(d);
    return -1;
}

// The value of entry [i] of [d], split or combined (borrowed).
static MnObject *
iter_value(MnDict *d, intptr_t i)
{
    return d->ma_values ? d->ma_values->values[i] : mn_dk_value(d->ma_keys, i);
}

static MnObject *
dictiter_nextkey(MnObject *self)
{
    DictIter *di = (DictIter *)self;
    intptr_t i = dictiter_advance(di);
    return i < 0 ? NULL : mn_newref(mn_dk_key(di->di_dict->ma_keys, i));
}

static MnObject *
dictiter_nextvalue(MnObject *self)
{
    DictIter *di = (DictIter *)self;
    intptr_t i = dictiter_advance(di);
    return i < 0 ? NULL : mn_newref(iter_value(di->di_dict, i));
}

static MnObject *
dictiter_nextitem(MnObject *self)
{
    DictIter *di = (DictIter *)self;
    intptr_t i = dictiter_advance(di);
    if (i < 0) {
        return NULL;
    }
    MnDictKeys *dk = di->di_dict->ma_keys;
    MnObject *key = mn_newref(mn_dk_key(dk, i)), *value = mn_newref(iter_value(di->di_dict, i));
    MnObject *result = di->di_result;
    if (MN_REFCNT(result) == 1) {
        MnObject *oldkey = MN_TUPLE_GET(result, 0), *oldvalue = MN_TUPLE_GET(result, 1);
        MN_TUPLE_SET(result, 0, key);
        MN_TUPLE_SET(result, 1, value);
        mn_incref(result);
        mn_decref(oldkey);
        mn_decref(oldvalue);
        if (!mn_gc_is_tracked(result)) {
            mn_gc_track(result);
        }
        return result;
    }
    result = mn_tuple_new(2);
    if (result == NULL) {
        mn_decref(key);
        mn_decref(value);
        return NULL;
    }
    MN_TUPLE_SET(result, 0, key);
    MN_TUPLE_SET(result, 1, value);
    return result;
}

static MnObject *
self_iter(MnObject *self)
{
    return mn_newref(self);
}

#define DICTITER_TYPE(cname, pyname, next)                                          \
    MnType cname = {                                                                \
        MN_TYPE_HEAD_INIT,                                                          \
        .tp_name = pyname,                                                          \
        .tp_basicsize = sizeof(DictIter),                                           \
        .tp_flags = MN_TPFLAG_GC,                                                   \
        .tp_dealloc = dictiter_dealloc,                                             \
        .tp_traverse = dictiter_traverse,                                           \
        .tp_iter = self_iter,                                                       \
        .tp_iternext = next,                                                        \
        .tp_methods = dictiter_methods,                                             \
    };

DICTITER_TYPE(mn_dict_keyiter_type, "dict_keyiterator", dictiter_nextkey)
DICTITER_TYPE(mn_dict_valueiter_type, "dict_valueiterator", dictiter_nextvalue)
DICTITER_TYPE(mn_dict_itemiter_type, "dict_itemiterator", dictiter_nextitem)
DICTITER_TYPE(mn_dict_revkeyiter_type, "dict_reversekeyiterator", dictiter_nextkey)
DICTITER_TYPE(mn_dict_revvalueiter_type, "dict_reversevalueiterator", dictiter_nextvalue)
DICTITER_TYPE(mn_dict_revitemiter_type, "dict_reverseitemiterator", dictiter_nextitem)

/* ==== views ==== */

typedef struct DictView {
    MnObject ob_base;
    MnDict *dv_dict;            // owned
} DictView;

#define DV_DICT(o) (((DictView *)(o))->dv_dict)
#define IS_SET_VIEW(o) \
    (MN_IS_TYPE(o, &mn_dict_keys_type) || MN_IS_TYPE(o, &mn_dict_items_type))

MnObject *
mn_dictview_new(MnObject *d, MnType *type)
{
    if (!MN_DICT_CHECK(d)) {
        return mn_err_bad_internal_call("mn_dictview_new");
    }
    DictView *dv = (DictView *)mn_object_alloc(type, 0);
    if (dv == NULL) {
        return NULL;
    }
    dv->dv_dict = (MnDict *)mn_newref(d);
    mn_gc_track(dv);
    return (MnObject *)dv;
}

static void
dictview_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(DV_DICT(self));
    mn_object_free(self);
}

static int
dictview_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(DV_DICT(self));
    return 0;
}

static intptr_t
dictview_len(MnObject *self)
{
    return DV_DICT(self) != NULL ? DV_DICT(self)->ma_used : 0;
}

static MnObject *
dictkeys_iter(MnObject *self)
{
    return mn_dictiter_new(DV_DICT(self), &mn_dict_keyiter_type);
}

static MnObject *
dictvalues_iter(MnObject *self)
{
    return mn_dictiter_new(DV_DICT(self), &mn_dict_valueiter_type);
}

static MnObject *
dictitems_iter(MnObject *self)
{
    return mn_dictiter_new(DV_DICT(self), &mn_dict_itemiter_type);
}

static MnObject *
dictkeys_reversed(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dictiter_new(DV_DICT(self), &mn_dict_revkeyiter_type);
}

static MnObject *
dictvalues_reversed(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dictiter_new(DV_DICT(self), &mn_dict_revvalueiter_type);
}

static MnObject *
dictitems_reversed(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_dictiter_new(DV_DICT(self), &mn_dict_revitemiter_type);
}

static int
dictkeys_contains(MnObject *self, MnObject *key)
{
    return DV_DICT(self) != NULL ? mn_dict_contains((MnObject *)DV_DICT(self), key) : 0;
}

static int
dictitems_contains(MnObject *self, MnObject *obj)
{
    if (DV_DICT(self) == NULL || !MN_TUPLE_CHECK(obj) || MN_TUPLE_LEN(obj) != 2) {
        return 0;
    }
    MnObject *found = NULL;
    int r = mn_dict_get_ref((MnObject *)DV_DICT(self), MN_TUPLE_GET(obj, 0), &found);
    if (r <= 0) {
        return r;
    }
    r = mn_object_richcompare_bool(found, MN_TUPLE_GET(obj, 1), MN_EQ);
    mn_decref(found);
    return r;
}

static MnObject *
dictview_repr(MnObject *self)
{
    int status = mn_repr_enter(self);
    if (status != 0) {
        return status > 0 ? mn_str_from_cstr("...") : NULL;
    }
    MnObject *res = NULL;
    MnObject *seq = mn_list_from_iterable(self);
    if (seq != NULL) {
        res = mn_str_from_format("%s(%R)", MN_TYPE(self)->tp_name, seq);
        mn_decref(seq);
    }
    mn_repr_leave(self);
    return res;
}

static MnObject *
dictview_mapping(MnObject *self, void *closure)
{
    (void)closure;
    return mn_mappingproxy_new((MnObject *)DV_DICT(self));
}

/* -> 1 if every item of [self] is in [other], 0 if not, -1 on error. */
static int
all_contained_in(MnObject *self, MnObject *other)
{
    MnObject *it = mn_object_get_iter(self);
    if (it == NULL) {
        return -1;
    }
    int ok = 1;
    MnObject *item;
    while ((item = mn_iter_next(it)) != NULL) {
        ok = mn_object_contains(other, item);
        mn_decref(item);
        if (ok <= 0) {
            break;
        }
    }
    if (ok > 0 && mn_err_occurred()) {
        ok = -1;
    }
    mn_decref(it);
    return ok;
}

static MnObject *
dictview_richcompare(MnObject *self, MnObject *other, int op)
{
    if (!MN_ANYSET_CHECK(other) && !IS_SET_VIEW(other)) {
        return mn_newref(mn_NotImplemented);
    }
    intptr_t len_self = mn_object_length(self);
    if (len_self < 0) {
        return NULL;
    }
    intptr_t len_other = mn_object_length(other);
    if (len_other < 0) {
        return NULL;
    }
    int ok = 0;
    switch (op) {
    case MN_NE:
    case MN_EQ:
        if (len_self == len_other) {
            ok = all_contained_in(self, other);
        }
        if (op == MN_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case MN_LT:
        if (len_self < len_other) {
            ok = all_contained_in(self, other);
        }
        break;
    case MN_LE:
        if (len_self <= len_other) {
            ok = all_contained_in(self, other);
        }
        break;
    case MN_GT:
        if (len_self > len_other) {
            ok = all_contained_in(other, self);
        }
        break;
    case MN_GE:
        if (len_self >= len_other) {
            ok = all_contained_in(other, self);
        }
        break;
    }
    if (ok < 0) {
        return NULL;
    }
    return mn_bool_from_long(ok);
}

/* set(view), going straight to the dict for keys views of exact dicts. */
static MnObject *
dictviews_to_set(MnObject *self)
{
    MnObject *left = self;
    if (MN_IS_TYPE(self, &mn_dict_keys_type) && MN_DICT_CHECK_EXACT(DV_DICT(self))) {
        left = (MnObject *)DV_DICT(self);
    }
    return mn_set_new(left);
}

static MnObject *
dictviews_sub(MnObject *self, MnObject *other)
{
    MnObject *result = dictviews_to_set(self);
    if (result != NULL && mn_set_difference_update(result, other) < 0) {
        MN_CLEAR(result);
    }
    return result;
}

static MnObject *
dictviews_or(MnObject *self, MnObject *other)
{
    MnObject *result = dictviews_to_set(self);
    if (result != NULL && mn_set_update(result, other) < 0) {
        MN_CLEAR(result);
    }
    return result;
}

static MnObject *
dictviews_and(MnObject *self, MnObject *other)
{
    if (!IS_SET_VIEW(self)) {
        MnObject *tmp = other;
        other = self;
        self = tmp;
    }
    intptr_t len_self = dictview_len(self);
    if (MN_IS_TYPE(other, &mn_set_type)) {
        intptr_t len_other = mn_object_length(other);
        if (len_other < 0) {
            return NULL;
        }
        if (len_self <= len_other) {
            return mn_set_intersection(other, self);
        }
    }
    if (IS_SET_VIEW(other) && dictview_len(other) > len_self) {
        MnObject *tmp = other;
        other = self;
        self = tmp;
    }
    MnObject *result = mn_set_new(NULL);
    if (result == NULL) {
        return NULL;
    }
    MnObject *it = mn_object_get_iter(other);
    if (it == NULL) {
        mn_decref(result);
        return NULL;
    }
    int is_keys = MN_IS_TYPE(self, &mn_dict_keys_type);
    MnObject *key;
    while ((key = mn_iter_next(it)) != NULL) {
        int rv = is_keys ? dictkeys_contains(self, key) : dictitems_contains(self, key);
        if (rv > 0) {
            rv = mn_set_add(result, key);
        }
        mn_decref(key);
        if (rv < 0) {
            goto fail;
        }
    }
    if (mn_err_occurred()) {
        goto fail;
    }
    mn_decref(it);
    return result;
fail:
    mn_decref(it);
    mn_decref(result);
    return NULL;
}

/* items ^ items: pairs present in only one side, keeping the other dict's order. */
static MnObject *
dictitems_xor(MnObject *self, MnObject *other)
{
    MnObject *d2 = (MnObject *)DV_DICT(other);
    MnObject *temp = mn_dict_copy((MnObject *)DV_DICT(self));
    MnObject *result = temp != NULL ? mn_set_new(NULL) : NULL;
    if (result == NULL) {
        mn_xdecref(temp);
        return NULL;
    }
    intptr_t pos = 0, hash;
    MnObject *key, *val2;
    while (mn_dict_next_hash(d2, &pos, &key, &val2, &hash)) {
        mn_incref(key);
        mn_incref(val2);
        MnObject *val1;
        int to_delete = 0;
        if (mn_dict_lookup((MnDict *)temp, key, hash, &val1) == DKIX_ERROR) {
            to_delete = -1;
        }
        else if (val1 != NULL) {
            mn_incref(val1);
            to_delete = mn_object_richcompare_bool(val1, val2, MN_EQ);
            mn_decref(val1);
        }
        if (to_delete > 0) {
            to_delete = mn_dict_del_item_hash(temp, key, hash);
        }
        else if (to_delete == 0) {
            MnObject *pair = mn_tuple_pack(2, key, val2);
            to_delete = pair == NULL ? -1 : mn_set_add(result, pair);
            mn_xdecref(pair);
        }
        mn_decref(key);
        mn_decref(val2);
        if (to_delete < 0) {
            goto fail;
        }
    }
    MnObject *remaining = mn_dictview_new(temp, &mn_dict_items_type);
    if (remaining == NULL || mn_set_update(result, remaining) < 0) {
        mn_xdecref(remaining);
        goto fail;
    }
    mn_decref(remaining);
    mn_decref(temp);
    return result;
fail:
    mn_decref(temp);
    mn_decref(result);
    return NULL;
}

static MnObject *
dictviews_xor(MnObject *self, MnObject *other)
{
    if (MN_IS_TYPE(self, &mn_dict_items_type) && MN_IS_TYPE(other, &mn_dict_items_type)) {
        return dictitems_xor(self, other);
    }
    MnObject *result = dictviews_to_set(self);
    if (result != NULL && mn_set_symmetric_difference_update(result, other) < 0) {
        MN_CLEAR(result);
    }
    return result;
}

static MnObject *
dictviews_isdisjoint(MnObject *self, MnObject *other)
{
    if (self == other) {
        return mn_bool_from_long(dictview_len(self) == 0);
    }
    if (MN_ANYSET_CHECK(other) || IS_SET_VIEW(other)) {
        intptr_t len_self = dictview_len(self);
        intptr_t len_other = mn_object_length(other);
        if (len_other < 0) {
            return NULL;
        }
        if (len_other > len_self) {
            MnObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    MnObject *it = mn_object_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    MnObject *item;
    while ((item = mn_iter_next(it)) != NULL) {
        int contains = mn_object_contains(self, item);
        mn_decref(item);
        if (contains != 0) {
            mn_decref(it);
            return contains < 0 ? NULL : mn_newref(mn_False);
        }
    }
    mn_decref(it);
    if (mn_err_occurred()) {
        return NULL;
    }
    return mn_newref(mn_True);
}

static const MnMethodDef dictkeys_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, MN_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictkeys_reversed, MN_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {0},
};

static const MnMethodDef dictitems_methods[] = {
    {"isdisjoint", dictviews_isdisjoint, MN_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", dictitems_reversed, MN_METH_NOARGS,
     "Return a reverse iterator over the dict items."},
    {0},
};

static const MnMethodDef dictvalues_methods[] = {
    {"__reversed__", dictvalues_reversed, MN_METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {0},
};

static const MnGetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL},
    {0},
};

MnType mn_dict_keys_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictkeys_iter,
    .tp_traverse = dictview_traverse,
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
    .mp_length = dictview_len,
    .sq_contains = dictkeys_contains,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getset,
};

MnType mn_dict_items_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictitems_iter,
    .tp_traverse = dictview_traverse,
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
    .mp_length = dictview_len,
    .sq_contains = dictitems_contains,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getset,
};

MnType mn_dict_values_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(DictView),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_iter = dictvalues_iter,
    .tp_traverse = dictview_traverse,
    .mp_length = dictview_len,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getset,
};

/* ==== mappingproxy ==== */

typedef struct MappingProxy {
    MnObject ob_base;
    MnObject *mapping;          // owned
} MappingProxy;

#define MP_MAPPING(o) (((MappingProxy *)(o))->mapping)

MnObject *
mn_mappingproxy_new(MnObject *mapping)
{
    MappingProxy *pp = (MappingProxy *)mn_object_alloc(&mn_mappingproxy_type, 0);
    if (pp == NULL) {
        return NULL;
    }
    pp->mapping = mn_newref(mapping);
    mn_gc_track(pp);
    return (MnObject *)pp;
}

static MnObject *
mappingproxy_tp_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)type;
    if (nargs != 1 || (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0)) {
        return mn_err_format(mn_exc_TypeError,
                             "mappingproxy() missing required argument 'mapping' (pos 1)");
    }
    MnObject *m = args[0];
    if (MN_LIST_CHECK(m) || MN_TUPLE_CHECK(m) || MN_TYPE(m)->mp_subscript == NULL) {
        return mn_err_format(mn_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             MN_TYPE(m)->tp_name);
    }
    return mn_mappingproxy_new(m);
}

static void
mappingproxy_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(MP_MAPPING(self));
    mn_object_free(self);
}

static int
mappingproxy_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(MP_MAPPING(self));
    return 0;
}

static intptr_t
mappingproxy_len(MnObject *self)
{
    return mn_object_length(MP_MAPPING(self));
}

static MnObject *
mappingproxy_getitem(MnObject *self, MnObject *key)
{
    return mn_object_getitem(MP_MAPPING(self), key);
}

static int
mappingproxy_contains(MnObject *self, MnObject *key)
{
    if (MN_DICT_CHECK_EXACT(MP_MAPPING(self))) {
        return mn_dict_contains(MP_MAPPING(self), key);
    }
    return mn_object_contains(MP_MAPPING(self), key);
}

static MnObject *
mappingproxy_iter(MnObject *self)
{
    return mn_object_get_iter(MP_MAPPING(self));
}

static MnObject *
mappingproxy_repr(MnObject *self)
{
    return mn_str_from_format("mappingproxy(%R)", MP_MAPPING(self));
}

static MnObject *
mappingproxy_str(MnObject *self)
{
    return mn_object_str(MP_MAPPING(self));
}

static MnObject *
mappingproxy_richcompare(MnObject *self, MnObject *other, int op)
{
    return mn_object_richcompare(MP_MAPPING(self), other, op);
}

static MnObject *
mappingproxy_get(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        return mn_err_format(mn_exc_TypeError, "get expected %s, got %zd",
                             nargs < 1 ? "at least 1 argument" : "at most 2 arguments",
                             nargs);
    }
    return mn_object_call_method(MP_MAPPING(self), "get", args, nargs);
}

#define PROXY_FORWARD(name)                                                 \
    static MnObject *                                                       \
    mappingproxy_##name(MnObject *self, MnObject *unused)                   \
    {                                                                       \
        (void)unused;                                                       \
        return mn_object_call_method(MP_MAPPING(self), #name, NULL, 0);     \
    }

PROXY_FORWARD(keys)
PROXY_FORWARD(values)
PROXY_FORWARD(items)
PROXY_FORWARD(copy)

static MnObject *
mappingproxy_or(MnObject *a, MnObject *b)
{
    if (MN_IS_TYPE(a, &mn_mappingproxy_type)) {
        a = MP_MAPPING(a);
    }
    if (MN_IS_TYPE(b, &mn_mappingproxy_type)) {
        b = MP_MAPPING(b);
    }
    return mn_number_binop(a, b, MN_BINOP_OR);
}

static MnObject *
mappingproxy_ior(MnObject *self, MnObject *other)
{
    (void)other;
    return mn_err_format(mn_exc_TypeError, "'|=' is not supported by %s; use '|' instead",
                         MN_TYPE(self)->tp_name);
}

static const MnMethodDef mappingproxy_methods[] = {
    {"get", mappingproxy_get, MN_METH_FAST, "Return the value for key if key is present."},
    {"keys", mappingproxy_keys, MN_METH_NOARGS, "D.keys() -> a set-like view of D's keys"},
    {"values", mappingproxy_values, MN_METH_NOARGS, "D.values() -> a view of D's values"},
    {"items", mappingproxy_items, MN_METH_NOARGS, "D.items() -> a set-like view of items"},
    {"copy", mappingproxy_copy, MN_METH_NOARGS, "D.copy() -> a shallow copy of D"},
    {0},
};

MnType mn_mappingproxy_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(MappingProxy),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = mappingproxy_dealloc,
    .tp_repr = mappingproxy_repr,
    .tp_str = mappingproxy_str,
    .tp_richcompare = mappingproxy_richcompare,
    .tp_iter = mappingproxy_iter,
    .tp_traverse = mappingproxy_traverse,
    .tp_new = mappingproxy_tp_new,
    .nb_or = mappingproxy_or,
    .nb_inplace_or = mappingproxy_ior,
    .mp_length = mappingproxy_len,
    .mp_subscript = mappingproxy_getitem,
    .sq_contains = mappingproxy_contains,
    .tp_methods = mappingproxy_methods,
};
