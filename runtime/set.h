/*
 * runtime/set.h - set and frozenset with CPython's open-addressing table (216 bytes empty,
 * 8-entry small table inline), so iteration orders equal CPython's.
 * See also: runtime/set.c
 */
#ifndef MN_SET_H
#define MN_SET_H

#include "object.h"

typedef struct MnSetEntry {
    MnObject *key;              // owned, NULL (never used) or the dummy
    intptr_t hash;
} MnSetEntry;

#define MN_SET_MINSIZE 8

typedef struct MnSet {
    MnObject ob_base;
    intptr_t fill;              // active + dummy entries
    intptr_t used;              // active entries
    intptr_t mask;              // table size - 1
    MnSetEntry *table;          // smalltable or an owned array
    intptr_t hash;              // frozenset hash, -1 until computed
    intptr_t finger;            // pop() search start
    MnSetEntry smalltable[MN_SET_MINSIZE];
    MnObject *weakreflist;      // owned list head, or NULL
} MnSet;

extern MnType mn_set_type, mn_frozenset_type;
#define MN_SET_CHECK(o) (mn_type_is_subtype(MN_TYPE(o), &mn_set_type))
#define MN_FROZENSET_CHECK(o) (mn_type_is_subtype(MN_TYPE(o), &mn_frozenset_type))
#define MN_ANYSET_CHECK(o) (MN_SET_CHECK(o) || MN_FROZENSET_CHECK(o))
#define MN_SET_LEN(o) (((MnSet *)(o))->used)

// set(iterable) / frozenset(iterable); [iterable] may be NULL. -> new reference, or NULL.
MnObject *mn_set_new(MnObject *iterable);
MnObject *mn_frozenset_new(MnObject *iterable);
// s.add(key). -> 0, or -1.
int mn_set_add(MnObject *s, MnObject *key);
// key in s. -> 1, 0, -1.
int mn_set_contains(MnObject *s, MnObject *key);
// s.discard(key). -> 1 removed, 0 absent, -1 error.
int mn_set_discard(MnObject *s, MnObject *key);
// Iterates like mn_dict_next: borrowed *key, and its *hash ([hash] may be NULL).
// -> 1 while there is an item, 0 at the end.
int mn_set_next(MnObject *s, intptr_t *pos, MnObject **key, intptr_t *hash);
// s.update(iterable) for one iterable (BUILD_SET / SET_UPDATE). -> 0, or -1.
int mn_set_update(MnObject *s, MnObject *iterable);
// s.difference_update(other) / s.symmetric_difference_update(other). -> 0, or -1.
int mn_set_difference_update(MnObject *s, MnObject *other);
int mn_set_symmetric_difference_update(MnObject *s, MnObject *other);
// s.intersection(other) for one iterable. -> new set (of s's base type), or NULL.
MnObject *mn_set_intersection(MnObject *s, MnObject *other);
// s.clear(). Never fails.
void mn_set_clear(MnObject *s);
// s.pop(). -> new reference, or NULL (KeyError "pop from an empty set").
MnObject *mn_set_pop(MnObject *s);
// s.__sizeof__(): the object size WITHOUT the 16-byte collector header (sys.getsizeof adds
// it): 200, plus the table when it outgrew the inline small table. -> bytes.
size_t mn_set_sizeof(MnObject *s);

extern MnType mn_setiter_type;

#endif
