/*
 * runtime/set.c - the set table: CPython 3.11's open addressing over (key, hash) entries,
 * 8 entries inline, each probe scanning LINEAR_PROBES (9) neighbours before perturbation,
 * dummies on delete (reused by later inserts on the same probe path), growth to used*4
 * (used*2 above 50000) once fill reaches 3/5 of the mask, so iteration orders equal
 * CPython's. A lookup restarts when an __eq__ call mutates the table.
 * See also: runtime/set.h, runtime/set_type.c (set and frozenset types, methods, operators)
 */
#include <string.h>
#include "set_impl.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* Marks deleted entries (hash -1); never visible to Python code. */
static MnObject dummy_struct = MN_OBJECT_HEAD_INIT(&mn_object_type);
#define dummy (&dummy_struct)

/* ==== probing ==== */

MnSetEntry *
mn_set_lookkey(MnSet *so, MnObject *key, intptr_t hash)
{
restart:;
    size_t perturb = (size_t)hash;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    for (;;) {
        MnSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                return entry;
            }
            if (entry->hash == hash) {
                MnObject *startkey = entry->key;
                if (startkey == key) {
                    return entry;
                }
                if (MN_STR_CHECK_EXACT(startkey) && MN_STR_CHECK_EXACT(key)) {
                    if (mn_str_eq(startkey, key)) {
                        return entry;
                    }
                }
                else {
                    MnSetEntry *table = so->table;
                    mn_incref(startkey);
                    int cmp = mn_object_richcompare_bool(startkey, key, MN_EQ);
                    mn_decref(startkey);
                    if (cmp < 0) {
                        return NULL;
                    }
                    if (table != so->table || entry->key != startkey) {
                        goto restart;
                    }
                    if (cmp > 0) {
                        return entry;
                    }
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Puts [key] in a table known to hold no equal key and no dummies. */
static void
set_insert_clean(MnSetEntry *table, size_t mask, MnObject *key, intptr_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        MnSetEntry *entry = &table[i];
        if (entry->key == NULL) {
            goto found;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) {
                    goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuilds the table with the smallest power-of-two size > [minused]. */
int
mn_set_table_resize(MnSet *so, intptr_t minused)
{
    MnSetEntry *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    int old_malloced = oldtable != so->smalltable;
    MnSetEntry small_copy[MN_SET_MINSIZE];
    size_t newsize = MN_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    MnSetEntry *newtable;
    if (newsize == MN_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) {
                return 0;
            }
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    }
    else {
        newtable = mn_mem_alloc(sizeof(MnSetEntry) * newsize);
        if (newtable == NULL) {
            mn_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, sizeof(MnSetEntry) * newsize);
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    size_t newmask = newsize - 1;
    int had_dummies = so->fill != so->used;
    so->fill = so->used;
    for (MnSetEntry *entry = oldtable; entry <= oldtable + oldmask; entry++) {
        if (entry->key != NULL && (!had_dummies || entry->key != dummy)) {
            set_insert_clean(newtable, newmask, entry->key, entry->hash);
        }
    }
    if (old_malloced) {
        mn_mem_free(oldtable);
    }
    return 0;
}

int
mn_set_add_entry(MnSet *so, MnObject *key, intptr_t hash)
{
    MnSetEntry *freeslot, *entry;
    size_t perturb, mask, i;
    // Hold the key: an __eq__ call could otherwise free it before it is stored.
    mn_incref(key);
restart:
    mask = (size_t)so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash) {
                MnObject *startkey = entry->key;
                if (startkey == key) {
                    goto found_active;
                }
                if (MN_STR_CHECK_EXACT(startkey) && MN_STR_CHECK_EXACT(key)
                    && mn_str_eq(startkey, key)) {
                    goto found_active;
                }
                MnSetEntry *table = so->table;
                mn_incref(startkey);
                int cmp = mn_object_richcompare_bool(startkey, key, MN_EQ);
                mn_decref(startkey);
                if (cmp > 0) {
                    goto found_active;
                }
                if (cmp < 0) {
                    mn_decref(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey) {
                    goto restart;
                }
                mask = (size_t)so->mask;
            }
            else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) {
        return 0;
    }
    return mn_set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    mn_decref(key);
    return 0;
}

/* ==== keyed operations ==== */

static inline intptr_t
key_hash(MnObject *key)
{
    if (MN_STR_CHECK_EXACT(key)) {
        intptr_t h = ((MnStr *)key)->hash;
        return h != -1 ? h : mn_str_hash(key);
    }
    return mn_object_hash(key);
}

int
mn_set_contains_entry(MnSet *so, MnObject *key, intptr_t hash)
{
    MnSetEntry *entry = mn_set_lookkey(so, key, hash);
    if (entry == NULL) {
        return -1;
    }
    return entry->key != NULL;
}

int
mn_set_discard_entry(MnSet *so, MnObject *key, intptr_t hash)
{
    MnSetEntry *entry = mn_set_lookkey(so, key, hash);
    if (entry == NULL) {
        return -1;
    }
    if (entry->key == NULL) {
        return 0;
    }
    MnObject *old_key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    mn_decref(old_key);
    return 1;
}

int
mn_set_add_key(MnSet *so, MnObject *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return mn_set_add_entry(so, key, hash);
}

int
mn_set_contains_key(MnSet *so, MnObject *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return mn_set_contains_entry(so, key, hash);
}

int
mn_set_discard_key(MnSet *so, MnObject *key)
{
    intptr_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return mn_set_discard_entry(so, key, hash);
}

static void
set_empty_to_minsize(MnSet *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = MN_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

void
mn_set_clear(MnObject *s)
{
    MnSet *so = (MnSet *)s;
    MnSetEntry *table = so->table;
    intptr_t used = so->used;
    int malloced = table != so->smalltable;
    MnSetEntry small_copy[MN_SET_MINSIZE];
    // Empty the set first: the decrefs below can run code that looks at it.
    if (malloced) {
        set_empty_to_minsize(so);
    }
    else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (MnSetEntry *entry = table; used > 0; entry++) {
        if (entry->key != NULL && entry->key != dummy) {
            used--;
            mn_decref(entry->key);
        }
    }
    if (malloced) {
        mn_mem_free(table);
    }
}

int
mn_set_next_entry(MnSet *so, intptr_t *pos, MnSetEntry **entry_ptr)
{
    intptr_t i = *pos;
    intptr_t mask = so->mask;
    MnSetEntry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == dummy)) {
        i++;
        entry++;
    }
    *pos = i + 1;
    if (i > mask) {
        return 0;
    }
    *entry_ptr = entry;
    return 1;
}

int
mn_set_next(MnObject *s, intptr_t *pos, MnObject **key, intptr_t *hash)
{
    MnSetEntry *entry;
    if (!mn_set_next_entry((MnSet *)s, pos, &entry)) {
        return 0;
    }
    *key = entry->key;
    if (hash != NULL) {
        *hash = entry->hash;
    }
    return 1;
}

MnObject *
mn_set_pop(MnObject *s)
{
    MnSet *so = (MnSet *)s;
    if (so->used == 0) {
        mn_err_set_string(mn_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    MnSetEntry *entry = so->table + (so->finger & so->mask);
    MnSetEntry *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == dummy) {
        entry++;
        if (entry > limit) {
            entry = so->table;
        }
    }
    MnObject *key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

/* ==== bulk operations ==== */

static int
set_merge(MnSet *so, MnSet *other)
{
    if (other == so || other->used == 0) {
        return 0;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (mn_set_table_resize(so, (so->used + other->used) * 2) != 0) {
            return -1;
        }
    }
    MnSetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            MnObject *key = other_entry->key;
            if (key != NULL) {
                so_entry->key = mn_newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (intptr_t i = other->mask + 1; i > 0; i--, other_entry++) {
            MnObject *key = other_entry->key;
            if (key != NULL && key != dummy) {
                set_insert_clean(so->table, newmask, mn_newref(key), other_entry->hash);
            }
        }
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        MnObject *key = other_entry->key;
        if (key != NULL && key != dummy) {
            if (mn_set_add_entry(so, key, other_entry->hash) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

int
mn_set_update(MnObject *s, MnObject *other)
{
    MnSet *so = (MnSet *)s;
    if (MN_ANYSET_CHECK(other)) {
        return set_merge(so, (MnSet *)other);
    }
    if (MN_DICT_CHECK_EXACT(other)) {
        intptr_t dictsize = MN_DICT_LEN(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (mn_set_table_resize(so, (so->used + dictsize) * 2) != 0) {
                return -1;
            }
        }
        intptr_t pos = 0, hash;
        MnObject *key;
        while (mn_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            if (mn_set_add_entry(so, key, hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    MnObject *it = mn_object_get_iter(other);
    if (it == NULL) {
        return -1;
    }
    MnObject *key;
    while ((key = mn_iter_next(it)) != NULL) {
        int r = mn_set_add_key(so, key);
        mn_decref(key);
        if (r < 0) {
            mn_decref(it);
            return -1;
        }
    }
    mn_decref(it);
    return mn_err_occurred() ? -1 : 0;
}

MnObject *
mn_set_make(MnType *type, MnObject *iterable)
{
    MnSet *so = (MnSet *)mn_object_alloc(type, 0);
    if (so == NULL) {
        return NULL;
    }
    so->fill = 0;
    so->used = 0;
    so->mask = MN_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    mn_gc_track(so);
    if (iterable != NULL && mn_set_update((MnObject *)so, iterable) < 0) {
        mn_decref(so);
        return NULL;
    }
    return (MnObject *)so;
}

MnObject *
mn_set_make_basetype(MnType *type, MnObject *iterable)
{
    if (type != &mn_set_type && type != &mn_frozenset_type) {
        type = mn_type_is_subtype(type, &mn_set_type) ? &mn_set_type : &mn_frozenset_type;
    }
    return mn_set_make(type, iterable);
}

MnObject *
mn_set_new(MnObject *iterable)
{
    return mn_set_make(&mn_set_type, iterable);
}

MnObject *
mn_frozenset_new(MnObject *iterable)
{
    return mn_set_make(&mn_frozenset_type, iterable);
}

int
mn_set_add(MnObject *s, MnObject *key)
{
    return mn_set_add_key((MnSet *)s, key);
}

int
mn_set_contains(MnObject *s, MnObject *key)
{
    return mn_set_contains_key((MnSet *)s, key);
}

int
mn_set_discard(MnObject *s, MnObject *key)
{
    return mn_set_discard_key((MnSet *)s, key);
}

size_t
mn_set_sizeof(MnObject *s)
{
    MnSet *so = (MnSet *)s;
    size_t res = (size_t)MN_TYPE(s)->tp_basicsize;
    if (so->table != so->smalltable) {
        res += (size_t)(so->mask + 1) * sizeof(MnSetEntry);
    }
    return res;
}

void
mn_set_swap_bodies(MnSet *a, MnSet *b)
{
    intptr_t t;
    MnSetEntry tab[MN_SET_MINSIZE];
    t = a->fill;
    a->fill = b->fill;
    b->fill = t;
    t = a->used;
    a->used = b->used;
    b->used = t;
    t = a->mask;
    a->mask = b->mask;
    b->mask = t;
    MnSetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (MN_FROZENSET_CHECK(a) && MN_FROZENSET_CHECK(b)) {
        t = a->hash;
        a->hash = b->hash;
        b->hash = t;
    }
    else {
        a->hash = -1;
        b->hash = -1;
    }
}

MnObject *
mn_set_intersection(MnObject *s, MnObject *other)
{
    MnSet *so = (MnSet *)s;
    if (s == other) {
        return mn_set_make_basetype(MN_TYPE(s), s);
    }
    MnObject *result = mn_set_make_basetype(MN_TYPE(s), NULL);
    if (result == NULL) {
        return NULL;
    }
    MnObject *key;
    intptr_t hash;
    int rv;
    if (MN_ANYSET_CHECK(other)) {
        intptr_t pos = 0;
        MnSetEntry *entry;
        if (MN_SET_LEN(other) > MN_SET_LEN(so)) {
            MnObject *tmp = (MnObject *)so;
            so = (MnSet *)other;
            other = tmp;
        }
        while (mn_set_next_entry((MnSet *)other, &pos, &entry)) {
            key = mn_newref(entry->key);
            hash = entry->hash;
            rv = mn_set_contains_entry(so, key, hash);
            if (rv > 0) {
                rv = mn_set_add_entry((MnSet *)result, key, hash);
            }
            mn_decref(key);
            if (rv < 0) {
                mn_decref(result);
                return NULL;
            }
        }
        return result;
    }
    MnObject *it = mn_object_get_iter(other);
    if (it == NULL) {
        mn_decref(result);
        return NULL;
    }
    while ((key = mn_iter_next(it)) != NULL) {
        hash = key_hash(key);
        rv = hash == -1 ? -1 : mn_set_contains_entry(so, key, hash);
        if (rv > 0) {
            rv = mn_set_add_entry((MnSet *)result, key, hash);
            if (rv == 0 && MN_SET_LEN(result) >= MN_SET_LEN(so)) {
                mn_decref(key);
                break;
            }
        }
        mn_decref(key);
        if (rv < 0) {
            goto error;
        }
    }
    if (mn_err_occurred()) {
        goto error;
    }
    mn_decref(it);
    return result;
error:
    mn_decref(it);
    mn_decref(result);
    return NULL;
}

int
mn_set_difference_update(MnObject *s, MnObject *other)
{
    MnSet *so = (MnSet *)s;
    if (s == other) {
        mn_set_clear(s);
        return 0;
    }
    if (MN_ANYSET_CHECK(other)) {
        if ((MN_SET_LEN(other) >> 3) > MN_SET_LEN(so)) {
            other = mn_set_intersection(s, other);
            if (other == NULL) {
                return -1;
            }
        }
        else {
            mn_incref(other);
        }
        intptr_t pos = 0;
        MnSetEntry *entry;
        while (mn_set_next_entry((MnSet *)other, &pos, &entry)) {
            MnObject *key = mn_newref(entry->key);
            int r = mn_set_discard_entry(so, key, entry->hash);
            mn_decref(key);
            if (r < 0) {
                mn_decref(other);
                return -1;
            }
        }
        mn_decref(other);
    }
    else {
        MnObject *it = mn_object_get_iter(other);
        if (it == NULL) {
            return -1;
        }
        MnObject *key;
        while ((key = mn_iter_next(it)) != NULL) {
            int r = mn_set_discard_key(so, key);
            mn_decref(key);
            if (r < 0) {
                mn_decref(it);
                return -1;
            }
        }
        mn_decref(it);
        if (mn_err_occurred()) {
            return -1;
        }
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) {
        return 0;
    }
    return mn_set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int
mn_set_symmetric_difference_update(MnObject *s, MnObject *other)
{
    MnSet *so = (MnSet *)s;
    if (s == other) {
        mn_set_clear(s);
        return 0;
    }
    intptr_t pos = 0, hash;
    MnObject *key;
    if (MN_DICT_CHECK_EXACT(other)) {
        while (mn_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            mn_incref(key);
            int rv = mn_set_discard_entry(so, key, hash);
            if (rv == 0) {
                rv = mn_set_add_entry(so, key, hash);
            }
            mn_decref(key);
            if (rv < 0) {
                return -1;
            }
        }
        return 0;
    }
    MnObject *otherset;
    if (MN_ANYSET_CHECK(other)) {
        otherset = mn_newref(other);
    }
    else {
        otherset = mn_set_make_basetype(MN_TYPE(s), other);
        if (otherset == NULL) {
            return -1;
        }
    }
    MnSetEntry *entry;
    while (mn_set_next_entry((MnSet *)otherset, &pos, &entry)) {
        key = mn_newref(entry->key);
        hash = entry->hash;
        int rv = mn_set_discard_entry(so, key, hash);
        if (rv == 0) {
            rv = mn_set_add_entry(so, key, hash);
        }
        mn_decref(key);
        if (rv < 0) {
            mn_decref(otherset);
            return -1;
        }
    }
    mn_decref(otherset);
    return 0;
}

/* -> 1 if every element of [so] is in [other] (any set), 0 if not, -1 on error. */
int
mn_set_issubset_set(MnSet *so, MnSet *other)
{
    if (so->used > other->used) {
        return 0;
    }
    intptr_t pos = 0;
    MnSetEntry *entry;
    while (mn_set_next_entry(so, &pos, &entry)) {
        MnObject *key = mn_newref(entry->key);
        int rv = mn_set_contains_entry(other, key, entry->hash);
        mn_decref(key);
        if (rv <= 0) {
            return rv;
        }
    }
    return 1;
}

int
mn_set_is_dummy(MnObject *key)
{
    return key == dummy;
}
