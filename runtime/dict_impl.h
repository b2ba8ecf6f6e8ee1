/*
 * runtime/dict_impl.h - internals shared by dict.c, dictview.c and set.c: the keys object
 * (CPython 3.11's PyDictKeysObject layout: header, index array of int8/16/32/64 by table
 * size, then the entries), entry access by kind, and the lookup and insert primitives.
 * Invariant: a combined table owns every non-NULL key and value in its entries; a deleted
 * entry has key and value NULL and its index slot holds DKIX_DUMMY.
 * See also: runtime/dict.h, runtime/dict.c, runtime/dictview.c
 */
#ifndef MN_DICT_IMPL_H
#define MN_DICT_IMPL_H

#include "mnemo.h"

enum { MN_DICT_KEYS_GENERAL = 0, MN_DICT_KEYS_UNICODE = 1, MN_DICT_KEYS_SPLIT = 2 };

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DKIX_KEY_CHANGED (-4)

// The header of a keys object (32 bytes, as CPython's); the index array follows it.
typedef struct MnDictKeys {
    intptr_t dk_refcnt;
    uint8_t dk_log2_size;
    uint8_t dk_log2_index_bytes;
    uint8_t dk_kind;
    uint32_t dk_version;
    intptr_t dk_usable;
    intptr_t dk_nentries;
} MnDictKeys;

typedef struct MnDictEntry {
    intptr_t me_hash;
    MnObject *me_key;           // owned, or NULL (deleted / never used)
    MnObject *me_value;         // owned, or NULL
} MnDictEntry;

typedef struct MnDictUEntry {
    MnObject *me_key;           // owned exact str, or NULL
    MnObject *me_value;         // owned, or NULL
} MnDictUEntry;

#define DK_SIZE(dk) ((intptr_t)1 << (dk)->dk_log2_size)
#define DK_MASK(dk) ((size_t)DK_SIZE(dk) - 1)
#define DK_INDICES(dk) ((char *)((MnDictKeys *)(dk) + 1))
#define DK_IS_UNICODE(dk) ((dk)->dk_kind != MN_DICT_KEYS_GENERAL)
#define DK_ENTRIES(dk) \
    ((MnDictEntry *)(DK_INDICES(dk) + ((size_t)1 << (dk)->dk_log2_index_bytes)))
#define DK_UENTRIES(dk) \
    ((MnDictUEntry *)(DK_INDICES(dk) + ((size_t)1 << (dk)->dk_log2_index_bytes)))

// The values of a split dict or of an instance whose attributes are stored inline: one slot
// per entry of the shared keys (capacity fixed when allocated), and the order in which the
// slots that hold a value were filled (CPython 3.11 keeps that order in a byte prefix).
typedef struct MnDictValues {
    intptr_t capacity;
    intptr_t norder;
    uint8_t order[MN_SHARED_KEYS_MAX + 2];
    MnObject *values[];
} MnDictValues;

// The cached hash of an exact str that is known to have been hashed.
#define MN_STR_CACHED_HASH(o) (((MnStr *)(o))->hash)

// Key [i] of the entries of [dk] (borrowed, NULL if deleted).
static inline MnObject *
mn_dk_key(MnDictKeys *dk, intptr_t i)
{
    return DK_IS_UNICODE(dk) ? DK_UENTRIES(dk)[i].me_key : DK_ENTRIES(dk)[i].me_key;
}

// Value [i] of the entries of [dk] (borrowed, NULL if deleted).
static inline MnObject *
mn_dk_value(MnDictKeys *dk, intptr_t i)
{
    return DK_IS_UNICODE(dk) ? DK_UENTRIES(dk)[i].me_value : DK_ENTRIES(dk)[i].me_value;
}

// Hash of the live entry [i] of [dk].
static inline intptr_t
mn_dk_hash(MnDictKeys *dk, intptr_t i)
{
    return DK_IS_UNICODE(dk) ? MN_STR_CACHED_HASH(DK_UENTRIES(dk)[i].me_key)
                             : DK_ENTRIES(dk)[i].me_hash;
}

// The hash of a key: the cached value for exact str, else hash(). -> hash, or -1 with error.
static inline intptr_t
mn_dict_key_hash(MnObject *key)
{
    if (MN_STR_CHECK_EXACT(key)) {
        intptr_t h = MN_STR_CACHED_HASH(key);
        return h != -1 ? h : mn_str_hash(key);
    }
    return mn_object_hash(key);
}

// Finds [key] with [hash] in [d]. *value gets the borrowed value or NULL.
// -> entry index >= 0, DKIX_EMPTY when missing, DKIX_ERROR with an exception set.
intptr_t mn_dict_lookup(MnDict *d, MnObject *key, intptr_t hash, MnObject **value);
// d[key] = value with a known hash; borrows both. -> 0, or -1.
int mn_dict_set_item_hash(MnObject *d, MnObject *key, intptr_t hash, MnObject *value);
// key in d with a known hash. -> 1, 0, -1.
int mn_dict_contains_hash(MnObject *d, MnObject *key, intptr_t hash);
// del d[key] with a known hash. -> 0, or -1 (KeyError if missing).
int mn_dict_del_item_hash(MnObject *d, MnObject *key, intptr_t hash);
// As mn_dict_next, also giving the hash of the key. -> 1 while there is an item, 0 at the end.
int mn_dict_next_hash(MnObject *d, intptr_t *pos, MnObject **key, MnObject **value,
                      intptr_t *hash);
// Makes the table of the empty dict [d] big enough for [n] items without growing.
// -> 0, or -1.
int mn_dict_presize(MnDict *d, intptr_t n, int unicode);
// Gives the fresh object [d] (dict or subclass, from tp_new) the shared empty table.
void mn_dict_init_empty(MnDict *d);
// Drops the table of [d], leaving it empty (tp_clear and dealloc). May run code.
void mn_dict_release(MnDict *d);
// Frees a dead dict (tp_dealloc), keeping exact dicts on a free list.
void mn_dict_free_object(MnObject *d);
// Raises KeyError(key), wrapping [key] in a tuple so that tuples are not unpacked.
void mn_dict_key_error(MnObject *key);

// Turns the split dict [d] into a combined one of its own (no-op for combined dicts).
// -> 0, or -1 (no memory).
int mn_dict_unsplit(MnDict *d);

/* ==== dictview.c ==== */
// Views of [d]: dict_keys, dict_values, dict_items. -> new view, or NULL.
MnObject *mn_dictview_new(MnObject *d, MnType *type);
// Iterators used by dict.__iter__ and dict.__reversed__. -> new iterator, or NULL.
MnObject *mn_dictiter_new(MnDict *d, MnType *type);

#endif
