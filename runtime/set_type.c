/*
 * runtime/set_type.c - the set, frozenset and set_iterator types: construction, repr,
 * subset comparisons, the operators | & - ^ (and in-place forms on set), the methods, and
 * the frozenset hash (CPython 3.11's shuffled xor of entry hashes, then final mixing).
 * A set given as a key to `in`, remove or discard is looked up as a frozenset.
 * See also: runtime/set.c (the table), runtime/set_impl.h
 */
#include "set_impl.h"
#include "weakref.h"

#define SET(o) ((MnSet *)(o))

/* ==== lifetime ==== */

static void
set_dealloc(MnObject *self)
{
    MnSet *so = SET(self);
    mn_gc_untrack(self);
    int exact = MN_IS_TYPE(self, &mn_set_type) || MN_IS_TYPE(self, &mn_frozenset_type);
    if (exact && mn_trashcan_begin(self)) {
        return;
    }
    if (so->weakreflist != NULL) {
        mn_weakref_clear_refs(self);
    }
    intptr_t used = so->used;
    for (MnSetEntry *entry = so->table; used > 0; entry++) {
        if (entry->key != NULL && !mn_set_is_dummy(entry->key)) {
            used--;
            mn_decref(entry->key);
        }
    }
    if (so->table != so->smalltable) {
        mn_mem_free(so->table);
    }
    mn_object_free(self);
    if (exact) {
        mn_trashcan_end();
    }
}

static int
set_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    intptr_t pos = 0;
    MnSetEntry *entry;
    while (mn_set_next_entry(SET(self), &pos, &entry)) {
        MN_VISIT(entry->key);
    }
    return 0;
}

static int
set_tp_clear(MnObject *self)
{
    mn_set_clear(self);
    return 0;
}

static int
no_keywords(const char *name, MnObject *kwnames)
{
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        mn_err_format(mn_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int
at_most_one(const char *name, intptr_t nargs)
{
    if (nargs > 1) {
        mn_err_format(mn_exc_TypeError, "%s expected at most 1 argument, got %zd", name, nargs);
        return -1;
    }
    return 0;
}

static MnObject *
set_tp_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)args;
    (void)nargs;
    if (type == &mn_set_type && no_keywords("set", kwnames) < 0) {
        return NULL;
    }
    return mn_set_make(type, NULL);
}

static int
set_init(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (no_keywords("set", kwnames) < 0 || at_most_one(MN_TYPE(self)->tp_name, nargs) < 0) {
        return -1;
    }
    if (SET(self)->fill) {
        mn_set_clear(self);
    }
    SET(self)->hash = -1;
    if (nargs == 0) {
        return 0;
    }
    return mn_set_update(self, args[0]);
}

static MnObject *
frozenset_tp_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    if (type == &mn_frozenset_type && no_keywords("frozenset", kwnames) < 0) {
        return NULL;
    }
    if (at_most_one(type->tp_name, nargs) < 0) {
        return NULL;
    }
    MnObject *iterable = nargs > 0 ? args[0] : NULL;
    if (type == &mn_frozenset_type && iterable != NULL
        && MN_IS_TYPE(iterable, &mn_frozenset_type)) {
        return mn_newref(iterable);
    }
    return mn_set_make(type, iterable);
}

/* ==== repr, len, contains, hash ==== */

static MnObject *
set_repr(MnObject *self)
{
    const char *name = MN_TYPE(self)->tp_name;
    int status = mn_repr_enter(self);
    if (status != 0) {
        return status > 0 ? mn_str_from_format("%s(...)", name) : NULL;
    }
    MnObject *result = NULL;
    if (SET(self)->used == 0) {
        result = mn_str_from_format("%s()", name);
        goto done;
    }
    MnObject *keys = mn_list_from_iterable(self);
    if (keys == NULL) {
        goto done;
    }
    MnObject *listrepr = mn_object_repr(keys);
    mn_decref(keys);
    if (listrepr == NULL) {
        goto done;
    }
    MnObject *inner = mn_str_substring(listrepr, 1, MN_STR_LEN(listrepr) - 1);
    mn_decref(listrepr);
    if (inner == NULL) {
        goto done;
    }
    if (MN_IS_TYPE(self, &mn_set_type)) {
        result = mn_str_from_format("{%U}", inner);
    }
    else {
        result = mn_str_from_format("%s({%U})", name, inner);
    }
    mn_decref(inner);
done:
    mn_repr_leave(self);
    return result;
}

static intptr_t
set_len(MnObject *self)
{
    return SET(self)->used;
}

/* key in s; a set key that is unhashable is retried as a frozenset. */
static int
set_sq_contains(MnObject *self, MnObject *key)
{
    int rv = mn_set_contains_key(SET(self), key);
    if (rv < 0) {
        if (!MN_SET_CHECK(key) || !mn_err_matches((MnObject *)mn_exc_TypeError)) {
            return -1;
        }
        mn_err_clear();
        MnObject *tmp = mn_set_make(&mn_frozenset_type, key);
        if (tmp == NULL) {
            return -1;
        }
        rv = mn_set_contains_key(SET(self), tmp);
        mn_decref(tmp);
    }
    return rv;
}

static uint64_t
shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static intptr_t
frozenset_hash(MnObject *self)
{
    MnSet *so = SET(self);
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t hash = 0;
    for (MnSetEntry *entry = so->table; entry <= &so->table[so->mask]; entry++) {
        hash ^= shuffle_bits((uint64_t)entry->hash);
    }
    // Remove the effect of an odd number of empty and of dummy entries.
    if ((so->mask + 1 - so->fill) & 1) {
        hash ^= shuffle_bits(0);
    }
    if ((so->fill - so->used) & 1) {
        hash ^= shuffle_bits((uint64_t)-1);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) {
        hash = 590923713UL;
    }
    so->hash = (intptr_t)hash;
    return so->hash;
}

/* ==== comparisons ==== */

static MnObject *
set_issubset(MnObject *self, MnObject *other)
{
    if (!MN_ANYSET_CHECK(other)) {
        MnObject *tmp = mn_set_make(&mn_set_type, other);
        if (tmp == NULL) {
            return NULL;
        }
        MnObject *res = set_issubset(self, tmp);
        mn_decref(tmp);
        return res;
    }
    int r = mn_set_issubset_set(SET(self), SET(other));
    return r < 0 ? NULL : mn_bool_from_long(r);
}

static MnObject *
set_issuperset(MnObject *self, MnObject *other)
{
    if (MN_ANYSET_CHECK(other)) {
        return set_issubset(other, self);
    }
    MnObject *it = mn_object_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    MnObject *key;
    while ((key = mn_iter_next(it)) != NULL) {
        int rv = mn_set_contains_key(SET(self), key);
        mn_decref(key);
        if (rv <= 0) {
            mn_decref(it);
            return rv < 0 ? NULL : mn_newref(mn_False);
        }
    }
    mn_decref(it);
    if (mn_err_occurred()) {
        return NULL;
    }
    return mn_newref(mn_True);
}

static MnObject *
set_richcompare(MnObject *v, MnObject *w, int op)
{
    if (!MN_ANYSET_CHECK(w)) {
        return mn_newref(mn_NotImplemented);
    }
    int r;
    switch (op) {
    case MN_EQ:
    case MN_NE:
        if (SET(v)->used != SET(w)->used) {
            r = 0;
        }
        else if (SET(v)->hash != -1 && SET(w)->hash != -1 && SET(v)->hash != SET(w)->hash) {
            r = 0;
        }
        else {
            r = mn_set_issubset_set(SET(v), SET(w));
            if (r < 0) {
                return NULL;
            }
        }
        return mn_bool_from_long(op == MN_EQ ? r : !r);
    case MN_LE:
        return set_issubset(v, w);
    case MN_GE:
        return set_issuperset(v, w);
    case MN_LT:
        if (SET(v)->used >= SET(w)->used) {
            return mn_newref(mn_False);
        }
        return set_issubset(v, w);
    case MN_GT:
        if (SET(v)->used <= SET(w)->used) {
            return mn_newref(mn_False);
        }
        return set_issuperset(v, w);
    }
    return mn_newref(mn_NotImplemented);
}

/* ==== algebra ==== */

static MnObject *
set_copy(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_set_make_basetype(MN_TYPE(self), self);
}

static MnObject *
frozenset_copy(MnObject *self, MnObject *unused)
{
    if (MN_IS_TYPE(self, &mn_frozenset_type)) {
        return mn_newref(self);
    }
    return set_copy(self, unused);
}

static MnObject *
set_difference(MnObject *self, MnObject *other)
{
    MnSet *so = SET(self);
    intptr_t other_size;
    if (MN_ANYSET_CHECK(other)) {
        other_size = MN_SET_LEN(other);
    }
    else if (MN_DICT_CHECK_EXACT(other)) {
        other_size = MN_DICT_LEN(other);
    }
    else {
        other_size = -1;
    }
    if (other_size < 0 || (so->used >> 2) > other_size) {
        MnObject *result = set_copy(self, NULL);
        if (result != NULL && mn_set_difference_update(result, other) < 0) {
            MN_CLEAR(result);
        }
        return result;
    }
    MnObject *result = mn_set_make_basetype(MN_TYPE(self), NULL);
    if (result == NULL) {
        return NULL;
    }
    int is_dict = MN_DICT_CHECK_EXACT(other);
    intptr_t pos = 0;
    MnSetEntry *entry;
    while (mn_set_next_entry(so, &pos, &entry)) {
        MnObject *key = mn_newref(entry->key);
        intptr_t hash = entry->hash;
        int rv = is_dict ? mn_dict_contains_hash(other, key, hash)
                         : mn_set_contains_entry(SET(other), key, hash);
        if (rv == 0) {
            rv = mn_set_add_entry(SET(result), key, hash);
        }
        mn_decref(key);
        if (rv < 0) {
            mn_decref(result);
            return NULL;
        }
    }
    return result;
}

static MnObject *
set_symmetric_difference(MnObject *self, MnObject *other)
{
    MnObject *otherset = mn_set_make_basetype(MN_TYPE(self), other);
    if (otherset == NULL) {
        return NULL;
    }
    if (mn_set_symmetric_difference_update(otherset, self) < 0) {
        mn_decref(otherset);
        return NULL;
    }
    return otherset;
}

#define BOTH_SETS(a, b) (MN_ANYSET_CHECK(a) && MN_ANYSET_CHECK(b))

static MnObject *
set_or(MnObject *a, MnObject *b)
{
    if (!BOTH_SETS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    MnObject *result = set_copy(a, NULL);
    if (result != NULL && a != b && mn_set_update(result, b) < 0) {
        MN_CLEAR(result);
    }
    return result;
}

static MnObject *
set_and(MnObject *a, MnObject *b)
{
    if (!BOTH_SETS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return mn_set_intersection(a, b);
}

static MnObject *
set_sub(MnObject *a, MnObject *b)
{
    if (!BOTH_SETS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return set_difference(a, b);
}

static MnObject *
set_xor(MnObject *a, MnObject *b)
{
    if (!BOTH_SETS(a, b)) {
        return mn_newref(mn_NotImplemented);
    }
    return set_symmetric_difference(a, b);
}

static MnObject *
set_ior(MnObject *a, MnObject *b)
{
    if (!MN_ANYSET_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    if (mn_set_update(a, b) < 0) {
        return NULL;
    }
    return mn_newref(a);
}

/* s &= other: the intersection's table replaces s's. */
static int
intersection_update(MnObject *self, MnObject *other)
{
    MnObject *tmp = mn_set_intersection(self, other);
    if (tmp == NULL) {
        return -1;
    }
    mn_set_swap_bodies(SET(self), SET(tmp));
    mn_decref(tmp);
    return 0;
}

static MnObject *
set_iand(MnObject *a, MnObject *b)
{
    if (!MN_ANYSET_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    if (intersection_update(a, b) < 0) {
        return NULL;
    }
    return mn_newref(a);
}

static MnObject *
set_isub(MnObject *a, MnObject *b)
{
    if (!MN_ANYSET_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    if (mn_set_difference_update(a, b) < 0) {
        return NULL;
    }
    return mn_newref(a);
}

static MnObject *
set_ixor(MnObject *a, MnObject *b)
{
    if (!MN_ANYSET_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    if (mn_set_symmetric_difference_update(a, b) < 0) {
        return NULL;
    }
    return mn_newref(a);
}

/* ==== methods ==== */

static MnObject *
set_add_meth(MnObject *self, MnObject *key)
{
    if (mn_set_add_key(SET(self), key) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

/* Discards [key], retrying an unhashable set key as a frozenset. */
static int
discard_with_frozen_retry(MnObject *self, MnObject *key)
{
    int rv = mn_set_discard_key(SET(self), key);
    if (rv < 0) {
        if (!MN_SET_CHECK(key) || !mn_err_matches((MnObject *)mn_exc_TypeError)) {
            return -1;
        }
        mn_err_clear();
        MnObject *tmp = mn_set_make(&mn_frozenset_type, key);
        if (tmp == NULL) {
            return -1;
        }
        rv = mn_set_discard_key(SET(self), tmp);
        mn_decref(tmp);
    }
    return rv;
}

static MnObject *
set_remove_meth(MnObject *self, MnObject *key)
{
    int rv = discard_with_frozen_retry(self, key);
    if (rv < 0) {
        return NULL;
    }
    if (rv == 0) {
        mn_dict_key_error(key);
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
set_discard_meth(MnObject *self, MnObject *key)
{
    if (discard_with_frozen_retry(self, key) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
set_pop_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_set_pop(self);
}

static MnObject *
set_clear_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    mn_set_clear(self);
    return mn_newref(mn_None);
}

static MnObject *
set_contains_meth(MnObject *self, MnObject *key)
{
    int rv = set_sq_contains(self, key);
    return rv < 0 ? NULL : mn_bool_from_long(rv);
}

static MnObject *
set_sizeof_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_size(mn_set_sizeof(self));
}

static MnObject *
set_update_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    for (intptr_t i = 0; i < nargs; i++) {
        if (mn_set_update(self, args[i]) < 0) {
            return NULL;
        }
    }
    return mn_newref(mn_None);
}

static MnObject *
set_union_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    MnObject *result = set_copy(self, NULL);
    if (result == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        if (args[i] != self && mn_set_update(result, args[i]) < 0) {
            mn_decref(result);
            return NULL;
        }
    }
    return result;
}

static MnObject *
intersection_multi(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (nargs == 0) {
        return set_copy(self, NULL);
    }
    MnObject *result = mn_newref(self);
    for (intptr_t i = 0; i < nargs; i++) {
        MnObject *next = mn_set_intersection(result, args[i]);
        mn_decref(result);
        if (next == NULL) {
            return NULL;
        }
        result = next;
    }
    return result;
}

static MnObject *
set_intersection_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    return intersection_multi(self, args, nargs);
}

static MnObject *
set_intersection_update_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    MnObject *tmp = intersection_multi(self, args, nargs);
    if (tmp == NULL) {
        return NULL;
    }
    mn_set_swap_bodies(SET(self), SET(tmp));
    mn_decref(tmp);
    return mn_newref(mn_None);
}

static MnObject *
set_difference_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (nargs == 0) {
        return set_copy(self, NULL);
    }
    MnObject *result = set_difference(self, args[0]);
    for (intptr_t i = 1; result != NULL && i < nargs; i++) {
        if (mn_set_difference_update(result, args[i]) < 0) {
            MN_CLEAR(result);
        }
    }
    return result;
}

static MnObject *
set_difference_update_meth(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    for (intptr_t i = 0; i < nargs; i++) {
        if (mn_set_difference_update(self, args[i]) < 0) {
            return NULL;
        }
    }
    return mn_newref(mn_None);
}

static MnObject *
set_symmetric_difference_meth(MnObject *self, MnObject *other)
{
    return set_symmetric_difference(self, other);
}

static MnObject *
set_symmetric_difference_update_meth(MnObject *self, MnObject *other)
{
    if (mn_set_symmetric_difference_update(self, other) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
set_isdisjoint(MnObject *self, MnObject *other)
{
    MnSet *so = SET(self);
    if (self == other) {
        return mn_bool_from_long(so->used == 0);
    }
    if (MN_IS_TYPE(other, &mn_set_type) || MN_IS_TYPE(other, &mn_frozenset_type)) {
        if (MN_SET_LEN(other) > so->used) {
            MnObject *tmp = (MnObject *)so;
            so = SET(other);
            other = tmp;
        }
        intptr_t pos = 0;
        MnSetEntry *entry;
        while (mn_set_next_entry(SET(other), &pos, &entry)) {
            MnObject *key = mn_newref(entry->key);
            int rv = mn_set_contains_entry(so, key, entry->hash);
            mn_decref(key);
            if (rv != 0) {
                return rv < 0 ? NULL : mn_newref(mn_False);
            }
        }
        return mn_newref(mn_True);
    }
    MnObject *it = mn_object_get_iter(other);
    if (it == NULL) {
        return NULL;
    }
    MnObject *key;
    while ((key = mn_iter_next(it)) != NULL) {
        int rv = mn_set_contains_key(so, key);
        mn_decref(key);
        if (rv != 0) {
            mn_decref(it);
            return rv < 0 ? NULL : mn_newref(mn_False);
        }
    }
    mn_decref(it);
    if (mn_err_occurred()) {
        return NULL;
    }
    return mn_newref(mn_True);
}

static MnObject *set_iter(MnObject *self);

static const MnMethodDef set_methods[] = {
    {"add", set_add_meth, MN_METH_O, "Add an element to a set."},
    {"clear", set_clear_meth, MN_METH_NOARGS, "Remove all elements from this set."},
    {"__contains__", set_contains_meth, MN_METH_O, "x.__contains__(y) <==> y in x."},
    {"copy", set_copy, MN_METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", set_discard_meth, MN_METH_O, "Remove an element from a set if it is a member."},
    {"difference", set_difference_meth, MN_METH_FAST,
     "Return the difference of two or more sets as a new set."},
    {"difference_update", set_difference_update_meth, MN_METH_FAST,
     "Remove all elements of another set from this set."},
    {"intersection", set_intersection_meth, MN_METH_FAST,
     "Return the intersection of two sets as a new set."},
    {"intersection_update", set_intersection_update_meth, MN_METH_FAST,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", set_isdisjoint, MN_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", set_issubset, MN_METH_O, "Report whether another set contains this set."},
    {"issuperset", set_issuperset, MN_METH_O, "Report whether this set contains another set."},
    {"pop", set_pop_meth, MN_METH_NOARGS, "Remove and return an arbitrary set element."},
    {"remove", set_remove_meth, MN_METH_O, "Remove an element from a set; it must be a member."},
    {"__sizeof__", set_sizeof_meth, MN_METH_NOARGS, "S.__sizeof__() -> size of S in bytes"},
    {"symmetric_difference", set_symmetric_difference_meth, MN_METH_O,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", set_symmetric_difference_update_meth, MN_METH_O,
     "Update a set with the symmetric difference of itself and another."},
    {"union", set_union_meth, MN_METH_FAST, "Return the union of sets as a new set."},
    {"update", set_update_meth, MN_METH_FAST, "Update a set with the union of itself and others."},
    {0},
};

static const MnMethodDef frozenset_methods[] = {
    {"__contains__", set_contains_meth, MN_METH_O, "x.__contains__(y) <==> y in x."},
    {"copy", frozenset_copy, MN_METH_NOARGS, "Return a shallow copy of a set."},
    {"difference", set_difference_meth, MN_METH_FAST,
     "Return the difference of two or more sets as a new set."},
    {"intersection", set_intersection_meth, MN_METH_FAST,
     "Return the intersection of two sets as a new set."},
    {"isdisjoint", set_isdisjoint, MN_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", set_issubset, MN_METH_O, "Report whether another set contains this set."},
    {"issuperset", set_issuperset, MN_METH_O, "Report whether this set contains another set."},
    {"__sizeof__", set_sizeof_meth, MN_METH_NOARGS, "S.__sizeof__() -> size of S in bytes"},
    {"symmetric_difference", set_symmetric_difference_meth, MN_METH_O,
     "Return the symmetric difference of two sets as a new set."},
    {"union", set_union_meth, MN_METH_FAST, "Return the union of sets as a new set."},
    {0},
};

/* ==== iterator ==== */

typedef struct SetIter {
    MnObject ob_base;
    MnSet *si_set;              // owned, NULL once exhausted
    intptr_t si_used;
    intptr_t si_pos;
    intptr_t len;
} SetIter;

static MnObject *
set_iter(MnObject *self)
{
    SetIter *si = (SetIter *)mn_object_alloc(&mn_setiter_type, 0);
    if (si == NULL) {
        return NULL;
    }
    si->si_set = (MnSet *)mn_newref(self);
    si->si_used = SET(self)->used;
    si->si_pos = 0;
    si->len = SET(self)->used;
    mn_gc_track(si);
    return (MnObject *)si;
}

static void
setiter_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(((SetIter *)self)->si_set);
    mn_object_free(self);
}

static int
setiter_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((SetIter *)self)->si_set);
    return 0;
}

static MnObject *
setiter_next(MnObject *self)
{
    SetIter *si = (SetIter *)self;
    MnSet *so = si->si_set;
    if (so == NULL) {
        return NULL;
    }
    if (si->si_used != so->used) {
        mn_err_set_string(mn_exc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1;
        return NULL;
    }
    intptr_t i = si->si_pos, mask = so->mask;
    MnSetEntry *entry = so->table;
    while (i <= mask && (entry[i].key == NULL || mn_set_is_dummy(entry[i].key))) {
        i++;
    }
    si->si_pos = i + 1;
    if (i > mask) {
        si->si_set = NULL;
        mn_decref(so);
        return NULL;
    }
    si->len--;
    return mn_newref(entry[i].key);
}

static MnObject *
setiter_len(MnObject *self, MnObject *unused)
{
    (void)unused;
    SetIter *si = (SetIter *)self;
    intptr_t len = 0;
    if (si->si_set != NULL && si->si_used == si->si_set->used) {
        len = si->len;
    }
    return mn_int_from_ssize(len);
}

static MnObject *
setiter_self(MnObject *self)
{
    return mn_newref(self);
}

static const MnMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_len, MN_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {0},
};

MnType mn_setiter_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIter),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = setiter_dealloc,
    .tp_traverse = setiter_traverse,
    .tp_iter = setiter_self,
    .tp_iternext = setiter_next,
    .tp_methods = setiter_methods,
};

MnType mn_set_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "set",
    .tp_basicsize = sizeof(MnSet),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_richcompare = set_richcompare,
    .tp_iter = set_iter,
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_new = set_tp_new,
    .tp_init = set_init,
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
    .mp_length = set_len,
    .sq_contains = set_sq_contains,
    .tp_methods = set_methods,
    .tp_weaklistoffset = offsetof(MnSet, weakreflist),
    .tp_doc = "set() -> new empty set object",
};

MnType mn_frozenset_type = {
    MN_TYPE_HEAD_INIT,
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(MnSet),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_hash = frozenset_hash,
    .tp_richcompare = set_richcompare,
    .tp_iter = set_iter,
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_new = frozenset_tp_new,
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .mp_length = set_len,
    .sq_contains = set_sq_contains,
    .tp_methods = frozenset_methods,
    .tp_weaklistoffset = offsetof(MnSet, weakreflist),
    .tp_doc = "frozenset() -> empty frozenset object",
};
