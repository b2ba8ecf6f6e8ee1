/*
 * runtime/dict.h - compact, insertion-ordered dict with CPython 3.11's table layout and growth
 * (64 bytes empty with the collector header, 224 after one insert). Created untracked; tracked
 * when a container is stored, as CPython does.
 * See also: runtime/dict.c
 */
#ifndef MN_DICT_H
#define MN_DICT_H

#include "object.h"

struct MnDictKeys;
struct MnDictValues;

typedef struct MnDict {
    MnObject ob_base;
    intptr_t ma_used;               // number of items
    uint64_t ma_version_tag;        // changes on every mutation
    struct MnDictKeys *ma_keys;     // owned (shared for split dicts)
    struct MnDictValues *ma_values; // owned, or NULL for a combined table
} MnDict;

extern MnType mn_dict_type;
#define MN_DICT_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_DICT_SUBCLASS)
#define MN_DICT_CHECK_EXACT(o) (MN_TYPE(o) == &mn_dict_type)
#define MN_DICT_LEN(o) (((MnDict *)(o))->ma_used)

// -> new empty dict, or NULL.
MnObject *mn_dict_new(void);
// d[key] lookup. -> 1 found (*result: new reference), 0 missing (*result NULL), -1 error.
int mn_dict_get_ref(MnObject *d, MnObject *key, MnObject **result);
// d[key] with a str key whose lookup cannot run Python code. -> borrowed value, or NULL
// (missing; no exception set).
MnObject *mn_dict_get_str_borrow(MnObject *d, MnObject *key);
// As above with a C string key. -> borrowed value, or NULL.
MnObject *mn_dict_get_cstr_borrow(MnObject *d, const char *key);
// d[key] = value (both borrowed). -> 0, or -1 (TypeError for unhashable keys).
int mn_dict_set_item(MnObject *d, MnObject *key, MnObject *value);
int mn_dict_set_item_cstr(MnObject *d, const char *key, MnObject *value);
// del d[key]. -> 0, or -1 (KeyError if missing).
int mn_dict_del_item(MnObject *d, MnObject *key);
int mn_dict_del_item_cstr(MnObject *d, const char *key);
// key in d. -> 1, 0, -1.
int mn_dict_contains(MnObject *d, MnObject *key);
// Iterates: start with *pos = 0; fills borrowed *key and *value (either may be NULL).
// -> 1 while there is an item, 0 at the end.
int mn_dict_next(MnObject *d, intptr_t *pos, MnObject **key, MnObject **value);
// d.update(other) where [other] is a dict or a mapping with keys(); [override] 0 keeps
// existing keys, 1 replaces them. -> 0, or -1.
int mn_dict_merge(MnObject *d, MnObject *other, int override);
// d.copy(). -> new dict, or NULL.
MnObject *mn_dict_copy(MnObject *d);
// d.clear().
void mn_dict_clear(MnObject *d);
// list(d.keys()), list(d.values()), list(d.items()). -> new list, or NULL.
MnObject *mn_dict_keys(MnObject *d);
MnObject *mn_dict_values(MnObject *d);
MnObject *mn_dict_items(MnObject *d);
// d.pop(key, default) with [deflt] NULL meaning KeyError. -> new reference, or NULL.
MnObject *mn_dict_pop(MnObject *d, MnObject *key, MnObject *deflt);
// d.setdefault(key, deflt). -> borrowed value, or NULL.
MnObject *mn_dict_setdefault(MnObject *d, MnObject *key, MnObject *deflt);
// d.popitem(): removes the last item. -> new (key, value) tuple, or NULL (KeyError
// "popitem(): dictionary is empty").
MnObject *mn_dict_popitem(MnObject *d);

// A dict whose table holds [n] items without growing (CPython's _PyDict_NewPresized: the
// empty dict for n <= 5). -> new dict, or NULL.
MnObject *mn_dict_new_presized(intptr_t n);
// A dict from [n] keys and values read at keys[i*kstep], values[i*vstep] (BUILD_MAP,
// BUILD_CONST_KEY_MAP: presized, str-keyed table when every key is an exact str).
// -> new dict, or NULL.
MnObject *mn_dict_from_items(MnObject *const *keys, intptr_t kstep, MnObject *const *values,
                             intptr_t vstep, intptr_t n);
// d[key] that may run __eq__/__hash__. -> borrowed value, or NULL (missing: no exception;
// error: exception set). Do not hold the result across code that can mutate [d].
MnObject *mn_dict_get_item_borrow(MnObject *d, MnObject *key);
// d.update(arg) for one positional argument: a dict, a mapping with keys(), or an iterable
// of pairs. -> 0, or -1.
int mn_dict_update(MnObject *d, MnObject *arg);
// As mn_dict_merge; [override] 2 raises KeyError(key) on a duplicate key (for f(**kw)).
// -> 0, or -1.
int mn_dict_merge_ex(MnObject *d, MnObject *other, int override);
// d.update(pairs) from an iterable of 2-sequences. -> 0, or -1 (ValueError/TypeError as
// CPython: "dictionary update sequence element #0 has length 3; 2 is required").
int mn_dict_merge_from_seq2(MnObject *d, MnObject *seq, int override);
// Untracks [d] when no key or value can be part of a cycle (the collector calls this).
void mn_dict_maybe_untrack(MnObject *d);
// d.__sizeof__(): the object size WITHOUT the 16-byte collector header (sys.getsizeof
// adds it): 48, plus the keys table when the dict owns one. -> bytes.
size_t mn_dict_sizeof(MnObject *d);
// Releases the free lists of dict objects and tables; the runtime's teardown calls it.
void mn_dict_fini(void);
// -> how many dead dict objects ([keys] false) or 8-slot str-keyed tables ([keys] true) the
// free lists hold (CPython keeps up to 80 of each).
int mn_dict_freelist_count(int keys);
// Frees cached dict objects ([keys] false) or tables until at most [keep] are left.
void mn_dict_freelist_trim(int keys, int keep);
// The shape of [d]'s table: *[entries] slots of the entry array used (deleted ones
// included) and *[log2] the log2 of its size; 0 and 0 when it has none yet.
void mn_dict_table_shape(MnObject *d, intptr_t *entries, int *log2);
// The next value for ma_version_tag (a global counter shared by all dicts). -> tag.
uint64_t mn_dict_next_version(void);

/* ==== split keys and inline instance values (CPython 3.11's ht_cached_keys) ==== */
// At most this many attribute names are shared by the instances of a class.
#define MN_SHARED_KEYS_MAX 30
// New shared keys for a class (64 slots, 30 usable). -> owned keys, or NULL (no error set).
struct MnDictKeys *mn_dict_shared_keys_new(void);
// Drops one reference to keys [dk] (frees them with their names at zero).
void mn_dict_keys_decref(struct MnDictKeys *dk);
// Bytes of keys [dk] as CPython's _PyDict_KeysSize counts them.
size_t mn_dict_keys_sizeof(struct MnDictKeys *dk);
// Values for a new instance sharing [dk]: when [shrink], one usable entry is given up first
// (as CPython does for each object created). -> owned values, or NULL with an error set.
struct MnDictValues *mn_dict_values_new(struct MnDictKeys *dk, int shrink);
// Drops every value and frees [v].
void mn_dict_values_free(struct MnDictValues *v);
// The borrowed value of attribute [name] (an exact str) in [v], or NULL.
MnObject *mn_dict_values_get(struct MnDictKeys *dk, struct MnDictValues *v, MnObject *name);
// Sets ([value] non-NULL) or deletes attribute [name] in [v], adding the name to [dk] when
// there is room. -> 0; 1 when [name] cannot be stored in the shared keys (nothing done);
// -1 with AttributeError set when deleting a missing name.
int mn_dict_values_store(struct MnDictKeys *dk, struct MnDictValues *v, MnObject *name,
                         MnObject *value);
// A split dict over [dk] that takes over [v] (stolen). -> new dict, or NULL.
MnObject *mn_dict_new_split(struct MnDictKeys *dk, struct MnDictValues *v);
// Visits every value of [v]. -> first non-zero visit result, or 0.
int mn_dict_values_traverse(struct MnDictValues *v, mn_visitproc visit, void *arg);

// View, iterator and proxy types (runtime/dictview.c).
extern MnType mn_dict_keys_type, mn_dict_values_type, mn_dict_items_type;
extern MnType mn_dict_keyiter_type, mn_dict_valueiter_type, mn_dict_itemiter_type;
extern MnType mn_dict_revkeyiter_type, mn_dict_revvalueiter_type, mn_dict_revitemiter_type;
extern MnType mn_mappingproxy_type;
// A read-only mappingproxy over [mapping] (borrowed). -> new reference, or NULL.
MnObject *mn_mappingproxy_new(MnObject *mapping);

#endif
