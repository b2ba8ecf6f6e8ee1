/*
 * runtime/dict.c - the dict table: CPython 3.11's compact layout (a keys object holding an
 * index array and an insertion-ordered entries array), perturbation probing, growth to
 * used*3 rounded up to a power of two, dummies on delete, no shrinking. All-str tables use
 * two-word entries; the first non-str key converts the table. Lookups restart when an
 * __eq__ call mutates the dict. Dicts start untracked and are tracked when a container is
 * stored in them (MAINTAIN_TRACKING).
 * See also: runtime/dict_impl.h, runtime/dict_type.c (the dict type and its methods),
 * runtime/dictview.c (views and iterators)
 */
#include <string.h>
#include "dict_impl.h"
#include "tracemalloc.h"

#define PERTURB_SHIFT 5
#define LOG_MINSIZE 3
#define MINSIZE 8
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d) ((d)->ma_used * 3)

/* The shared empty keys object: one index slot (EMPTY), no usable entries. */
static struct {
    MnDictKeys hdr;
    int8_t indices[8];
} empty_keys_struct = {
    {1, 0, 0, MN_DICT_KEYS_UNICODE, 1, 0, 0},
    {-1, -1, -1, -1, -1, -1, -1, -1},
};
#define EMPTY_KEYS (&empty_keys_struct.hdr)

static uint64_t dict_version_counter;

uint64_t
mn_dict_next_version(void)
{
    return ++dict_version_counter;
}

/* ==== index array ==== */

static inline intptr_t
dk_get_index(MnDictKeys *dk, size_t i)
{
    uint8_t log2 = dk->dk_log2_size;
    if (log2 < 8) {
        return ((int8_t *)DK_INDICES(dk))[i];
    }
    if (log2 < 16) {
        return ((int16_t *)DK_INDICES(dk))[i];
    }
    if (log2 < 32) {
        return ((int32_t *)DK_INDICES(dk))[i];
    }
    return (intptr_t)((int64_t *)DK_INDICES(dk))[i];
}

static inline void
dk_set_index(MnDictKeys *dk, size_t i, intptr_t ix)
{
    uint8_t log2 = dk->dk_log2_size;
    if (log2 < 8) {
        ((int8_t *)DK_INDICES(dk))[i] = (int8_t)ix;
    }
    else if (log2 < 16) {
        ((int16_t *)DK_INDICES(dk))[i] = (int16_t)ix;
    }
    else if (log2 < 32) {
        ((int32_t *)DK_INDICES(dk))[i] = (int32_t)ix;
    }
    else {
        ((int64_t *)DK_INDICES(dk))[i] = (int64_t)ix;
    }
}

/* Smallest log2 table size that is at least [minsize] (with CPython 3.11's bit trick). */
static uint8_t
calculate_log2_keysize(intptr_t minsize)
{
    uint64_t m = (uint64_t)((minsize | MINSIZE) - 1) | (MINSIZE - 1);
    uint8_t bits = 0;
    while (m != 0) {
        bits++;
        m >>= 1;
    }
    return bits;
}

/* Table size that holds [n] items without growing. */
static uint8_t
estimate_log2_keysize(intptr_t n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

/* ==== keys objects ==== */

static size_t
keys_size(MnDictKeys *dk)
{
    size_t es = DK_IS_UNICODE(dk) ? sizeof(MnDictUEntry) : sizeof(MnDictEntry);
    return sizeof(MnDictKeys) + ((size_t)1 << dk->dk_log2_index_bytes)
           + (size_t)USABLE_FRACTION(DK_SIZE(dk)) * es;
}

/* Freed 8-slot str-keyed tables and freed dict objects are kept for reuse, as CPython
 * does (80 of each). */
#define MAXFREELIST 80
static MnDictKeys *keys_free_list[MAXFREELIST];
static int keys_numfree;
static MnDict *dict_free_list[MAXFREELIST];
static int dict_numfree;

/* Frees the memory of a keys object whose entries were released or moved. */
static void
keys_free_raw(MnDictKeys *dk)
{
    if (dk->dk_log2_size == LOG_MINSIZE && DK_IS_UNICODE(dk) && keys_numfree < MAXFREELIST) {
        keys_free_list[keys_numfree++] = dk;
        return;
    }
    mn_mem_free(dk);
}

static MnDictKeys *
new_keys_object(uint8_t log2_size, int unicode)
{
    if (log2_size >= 8 * sizeof(size_t) - 3) {
        mn_err_no_memory();
        return NULL;
    }
    intptr_t usable = USABLE_FRACTION((intptr_t)1 << log2_size);
    uint8_t log2_bytes = log2_size < 8 ? log2_size
                         : log2_size < 16 ? log2_size + 1
                         : log2_size < 32 ? log2_size + 2 : log2_size + 3;
    size_t es = unicode ? sizeof(MnDictUEntry) : sizeof(MnDictEntry);
    size_t ibytes = (size_t)1 << log2_bytes;
    MnDictKeys *dk;
    if (log2_size == LOG_MINSIZE && unicode && keys_numfree > 0) {
        dk = keys_free_list[--keys_numfree];
    }
    else {
        dk = mn_mem_alloc(sizeof(MnDictKeys) + ibytes + es * (size_t)usable);
    }
    if (dk == NULL) {
        mn_err_no_memory();
        return NULL;
    }
    dk->dk_refcnt = 1;
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = log2_bytes;
    dk->dk_kind = unicode ? MN_DICT_KEYS_UNICODE : MN_DICT_KEYS_GENERAL;
    dk->dk_version = 0;
    dk->dk_usable = usable;
    dk->dk_nentries = 0;
    memset(DK_INDICES(dk), 0xff, ibytes);
    memset(DK_INDICES(dk) + ibytes, 0, es * (size_t)usable);
    return dk;
}

/* Drops every key and value of [dk] and frees it. May run arbitrary code. */
static void
free_keys_object(MnDictKeys *dk)
{
    if (dk == EMPTY_KEYS) {
        return;
    }
    intptr_t n = dk->dk_nentries;
    for (intptr_t i = 0; i < n; i++) {
        mn_xdecref(mn_dk_key(dk, i));
        mn_xdecref(mn_dk_value(dk, i));
    }
    keys_free_raw(dk);
}

/* A copy of the combined table of [d] sharing (increfing) its keys and values. */
static MnDictKeys *
clone_keys(MnDictKeys *src)
{
    size_t size = keys_size(src);
    MnDictKeys *dk = mn_mem_alloc(size);
    if (dk == NULL) {
        mn_err_no_memory();
        return NULL;
    }
    memcpy(dk, src, size);
    for (intptr_t i = 0; i < dk->dk_nentries; i++) {
        if (mn_dk_value(dk, i) != NULL) {
            mn_incref(mn_dk_key(dk, i));
            mn_incref(mn_dk_value(dk, i));
        }
    }
    return dk;
}

/* ==== lookup ==== */

/* Index slot of the entry [ix] with [hash]. */
static size_t
lookdict_index(MnDictKeys *dk, intptr_t hash, intptr_t ix)
{
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        intptr_t got = dk_get_index(dk, i);
        if (got == ix || got == DKIX_EMPTY) {
            return i;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* Exact str key in a str-keyed table: never runs Python code. Small tables (int8
 * indices, the usual case for namespaces) get a loop without the index-width switch. */
static intptr_t
unicode_lookup_str(MnDictKeys *dk, MnObject *key, intptr_t hash)
{
    MnDictUEntry *ep0 = DK_UENTRIES(dk);
    if (dk->dk_log2_size < 8) {
        const int8_t *indices = (const int8_t *)DK_INDICES(dk);
        size_t mask = DK_MASK(dk);
        size_t perturb = (size_t)hash;
        size_t i = (size_t)hash & mask;
        for (;;) {
            intptr_t ix = indices[i];
            if (ix >= 0) {
                MnObject *k = ep0[ix].me_key;
                if (k == key || (MN_STR_CACHED_HASH(k) == hash && mn_str_eq(k, key))) {
                    return ix;
                }
            }
            else if (ix == DKIX_EMPTY) {
                return DKIX_EMPTY;
            }
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
    }
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        intptr_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            MnObject *k = ep0[ix].me_key;
            if (k == key || (MN_STR_CACHED_HASH(k) == hash && mn_str_eq(k, key))) {
                return ix;
            }
        }
        else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* Compares the stored [startkey] with [key]; -> 1/0, DKIX_ERROR, or DKIX_KEY_CHANGED when
 * the comparison mutated the table. */
static intptr_t
compare_stored(MnDict *mp, MnDictKeys *dk, MnObject *startkey, MnObject *key, intptr_t ix)
{
    mn_incref(startkey);
    int cmp = mn_object_richcompare_bool(startkey, key, MN_EQ);
    mn_decref(startkey);
    if (cmp < 0) {
        return DKIX_ERROR;
    }
    if (dk != mp->ma_keys || mn_dk_key(dk, ix) != startkey) {
        return DKIX_KEY_CHANGED;
    }
    return cmp;
}

/* Any key in a str-keyed table. */
static intptr_t
unicode_lookup_generic(MnDict *mp, MnDictKeys *dk, MnObject *key, intptr_t hash)
{
    MnDictUEntry *ep0 = DK_UENTRIES(dk);
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        intptr_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            MnObject *k = ep0[ix].me_key;
            if (k == key) {
                return ix;
            }
            if (MN_STR_CACHED_HASH(k) == hash) {
                intptr_t r = compare_stored(mp, dk, k, key, ix);
                if (r != 0) {
                    return r > 0 ? ix : r;
                }
            }
        }
        else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* Any key in a general table. */
static intptr_t
general_lookup(MnDict *mp, MnDictKeys *dk, MnObject *key, intptr_t hash)
{
    MnDictEntry *ep0 = DK_ENTRIES(dk);
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    int key_is_str = MN_STR_CHECK_EXACT(key);
    for (;;) {
        intptr_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            MnDictEntry *ep = &ep0[ix];
            if (ep->me_key == key) {
                return ix;
            }
            if (ep->me_hash == hash) {
                if (key_is_str && MN_STR_CHECK_EXACT(ep->me_key)) {
                    if (mn_str_eq(ep->me_key, key)) {
                        return ix;
                    }
                }
                else {
                    intptr_t r = compare_stored(mp, dk, ep->me_key, key, ix);
                    if (r != 0) {
                        return r > 0 ? ix : r;
                    }
                }
            }
        }
        else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

intptr_t
mn_dict_lookup(MnDict *mp, MnObject *key, intptr_t hash, MnObject **value)
{
    intptr_t ix;
    MnDictKeys *dk;
    for (;;) {
        dk = mp->ma_keys;
        if (DK_IS_UNICODE(dk)) {
            ix = MN_STR_CHECK_EXACT(key) ? unicode_lookup_str(dk, key, hash)
                                         : unicode_lookup_generic(mp, dk, key, hash);
        }
        else {
            ix = general_lookup(mp, dk, key, hash);
        }
        if (ix != DKIX_KEY_CHANGED) {
            break;
        }
    }
    if (ix < 0) {
        *value = NULL;
    }
    else {
        *value = mp->ma_values ? mp->ma_values->values[ix] : mn_dk_value(dk, ix);
    }
    return ix;
}

/* First index slot for [hash] that holds no entry (EMPTY or DUMMY stops the probe). */
static size_t
find_empty_slot(MnDictKeys *dk, intptr_t hash)
{
    size_t mask = DK_MASK(dk);
    size_t i = (size_t)hash & mask;
    intptr_t ix = dk_get_index(dk, i);
    for (size_t perturb = (size_t)hash; ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = dk_get_index(dk, i);
    }
    return i;
}

/* ==== resizing ==== */

static void
build_indices(MnDictKeys *dk, intptr_t n)
{
    size_t mask = DK_MASK(dk);
    for (intptr_t ix = 0; ix < n; ix++) {
        intptr_t hash = mn_dk_hash(dk, ix);
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; dk_get_index(dk, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        dk_set_index(dk, i, ix);
    }
}

/* Moves the live entries of [d] into a fresh table of 2**[log2_newsize] slots, keeping
 * the str-keyed kind only when [unicode] and the old table is str-keyed. */
static int
dictresize(MnDict *mp, uint8_t log2_newsize, int unicode)
{
    MnDictKeys *oldkeys = mp->ma_keys;
    if (!DK_IS_UNICODE(oldkeys)) {
        unicode = 0;
    }
    MnDictKeys *newkeys = new_keys_object(log2_newsize, unicode);
    if (newkeys == NULL) {
        return -1;
    }
    intptr_t numentries = mp->ma_used;
    intptr_t n = oldkeys->dk_nentries;
    intptr_t j = 0;
    if (mp->ma_values != NULL) {
        // Split: the keys are shared, so each moved entry takes a new reference to its key.
        MnDictValues *vals = mp->ma_values;
        for (intptr_t k = 0; k < vals->norder; k++) {
            intptr_t ix = vals->order[k];
            MnObject *key = mn_newref(DK_UENTRIES(oldkeys)[ix].me_key);
            if (unicode) {
                DK_UENTRIES(newkeys)[k].me_key = key;
                DK_UENTRIES(newkeys)[k].me_value = vals->values[ix];
            }
            else {
                DK_ENTRIES(newkeys)[k].me_key = key;
                DK_ENTRIES(newkeys)[k].me_value = vals->values[ix];
                DK_ENTRIES(newkeys)[k].me_hash = MN_STR_CACHED_HASH(key);
            }
        }
        mn_mem_free(vals);
        mp->ma_values = NULL;
        mp->ma_keys = newkeys;
        build_indices(newkeys, numentries);
        newkeys->dk_usable -= numentries;
        newkeys->dk_nentries = numentries;
        mn_dict_keys_decref(oldkeys);
        return 0;
    }
    if (unicode) {
        MnDictUEntry *src = DK_UENTRIES(oldkeys), *dst = DK_UENTRIES(newkeys);
        if (n == numentries) {
            memcpy(dst, src, (size_t)n * sizeof(MnDictUEntry));
        }
        else {
            for (intptr_t i = 0; i < n; i++) {
                if (src[i].me_value != NULL) {
                    dst[j++] = src[i];
                }
            }
        }
    }
    else {
        MnDictEntry *dst = DK_ENTRIES(newkeys);
        if (!DK_IS_UNICODE(oldkeys)) {
            MnDictEntry *src = DK_ENTRIES(oldkeys);
            if (n == numentries) {
                memcpy(dst, src, (size_t)n * sizeof(MnDictEntry));
            }
            else {
                for (intptr_t i = 0; i < n; i++) {
                    if (src[i].me_value != NULL) {
                        dst[j++] = src[i];
                    }
                }
            }
        }
        else {
            MnDictUEntry *src = DK_UENTRIES(oldkeys);
            for (intptr_t i = 0; i < n; i++) {
                if (src[i].me_value != NULL) {
                    dst[j].me_key = src[i].me_key;
                    dst[j].me_value = src[i].me_value;
                    dst[j].me_hash = MN_STR_CACHED_HASH(src[i].me_key);
                    j++;
                }
            }
        }
    }
    mp->ma_keys = newkeys;
    build_indices(newkeys, numentries);
    newkeys->dk_usable -= numentries;
    newkeys->dk_nentries = numentries;
    if (oldkeys != EMPTY_KEYS) {
        keys_free_raw(oldkeys);
    }
    return 0;
}

static int
insertion_resize(MnDict *mp, int unicode)
{
    return dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

int
mn_dict_presize(MnDict *mp, intptr_t n, int unicode)
{
    return dictresize(mp, estimate_log2_keysize(n), unicode);
}

/* ==== insertion ==== */

static inline int
may_be_tracked(MnObject *o)
{
    if (!MN_IS_GC(o)) {
        return 0;
    }
    if (MN_TUPLE_CHECK_EXACT(o)) {
        return MN_AS_GC(o)->gc_next != 0;
    }
    return 1;
}

static inline void
maintain_tracking(MnDict *mp, MnObject *key, MnObject *value)
{
    if (MN_AS_GC(mp)->gc_next == 0 && (may_be_tracked(key) || may_be_tracked(value))) {
        mn_gc_track(mp);
    }
}

/* Appends a new entry (key and value already owned by the caller's references, which
 * are stolen) to a table with room. */
static void
append_entry(MnDict *mp, MnObject *key, intptr_t hash, MnObject *value)
{
    MnDictKeys *dk = mp->ma_keys;
    size_t hashpos = find_empty_slot(dk, hash);
    intptr_t ix = dk->dk_nentries;
    dk_set_index(dk, hashpos, ix);
    if (DK_IS_UNICODE(dk)) {
        DK_UENTRIES(dk)[ix].me_key = key;
        DK_UENTRIES(dk)[ix].me_value = value;
    }
    else {
        MnDictEntry *ep = &DK_ENTRIES(dk)[ix];
        ep->me_key = key;
        ep->me_hash = hash;
        ep->me_value = value;
    }
    mp->ma_used++;
    mp->ma_version_tag = mn_dict_next_version();
    dk->dk_usable--;
    dk->dk_nentries++;
}

static int
insert_to_emptydict(MnDict *mp, MnObject *key, intptr_t hash, MnObject *value)
{
    MnDictKeys *newkeys = new_keys_object(LOG_MINSIZE, MN_STR_CHECK_EXACT(key));
    if (newkeys == NULL) {
        return -1;
    }
    mp->ma_keys = newkeys;
    maintain_tracking(mp, key, value);
    mn_incref(key);
    mn_incref(value);
    append_entry(mp, key, hash, value);
    return 0;
}

/* Adds exact str [key] to shared keys [dk] when there is room. -> entry index, or -1. */
static intptr_t
shared_keys_insert(MnDictKeys *dk, MnObject *key, intptr_t hash)
{
    intptr_t ix = unicode_lookup_str(dk, key, hash);
    if (ix >= 0) {
        return ix;
    }
    if (dk->dk_usable <= 0) {
        return -1;
    }
    dk->dk_version = 0;
    size_t hashpos = find_empty_slot(dk, hash);
    ix = dk->dk_nentries;
    dk_set_index(dk, hashpos, ix);
    DK_UENTRIES(dk)[ix].me_key = mn_newref(key);
    dk->dk_usable--;
    dk->dk_nentries++;
    return ix;
}

static void
values_add_order(MnDictValues *v, intptr_t ix)
{
    v->order[v->norder++] = (uint8_t)ix;
}

static void
values_del_order(MnDictValues *v, intptr_t ix)
{
    intptr_t k = 0;
    while (k < v->norder && v->order[k] != ix) {
        k++;
    }
    if (k < v->norder) {
        memmove(&v->order[k], &v->order[k + 1], (size_t)(v->norder - k - 1));
        v->norder--;
    }
}

/* insertdict for a split dict and an exact str key. -> 0 done, 1 the key does not fit the
 * shared keys (the caller converts the dict), -1 error. */
static int
insert_split(MnDict *mp, MnObject *key, intptr_t hash, MnObject *value, int only_if_absent,
             MnObject **found)
{
    intptr_t ix = shared_keys_insert(mp->ma_keys, key, hash);
    if (ix < 0) {
        return 1;
    }
    MnObject **slot = &mp->ma_values->values[ix];
    MnObject *old = *slot;
    if (old != NULL && only_if_absent) {
        *found = old;
        return 0;
    }
    maintain_tracking(mp, key, value);
    if (found != NULL) {
        *found = value;
    }
    *slot = mn_newref(value);
    if (old == NULL) {
        values_add_order(mp->ma_values, ix);
        mp->ma_used++;
    }
    mp->ma_version_tag = mn_dict_next_version();
    mn_xdecref(old);
    return 0;
}

/* d[key] = value (both borrowed). When [only_if_absent], an existing value is kept and
 * returned through *found (borrowed); else *found is the value now stored. */
static int
insertdict(MnDict *mp, MnObject *key, intptr_t hash, MnObject *value, int only_if_absent,
           MnObject **found)
{
    MnObject *old_value;
    if (mp->ma_keys == EMPTY_KEYS) {
        if (found != NULL) {
            *found = value;
        }
        return insert_to_emptydict(mp, key, hash, value);
    }
    if (DK_IS_UNICODE(mp->ma_keys) && !MN_STR_CHECK_EXACT(key)) {
        if (insertion_resize(mp, 0) < 0) {
            return -1;
        }
    }
    if (mp->ma_values != NULL) {
        int r = insert_split(mp, key, hash, value, only_if_absent, found);
        if (r <= 0) {
            return r;
        }
        if (insertion_resize(mp, 1) < 0) {
            return -1;
        }
    }
    mn_incref(key);
    mn_incref(value);
    intptr_t ix = mn_dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        goto fail;
    }
    if (ix == DKIX_EMPTY) {
        maintain_tracking(mp, key, value);
        if (mp->ma_keys->dk_usable <= 0 && insertion_resize(mp, 1) < 0) {
            goto fail;
        }
        if (found != NULL) {
            *found = value;
        }
        append_entry(mp, key, hash, value);
        return 0;
    }
    mn_decref(key);
    if (only_if_absent) {
        *found = old_value;
        mn_decref(value);
        return 0;
    }
    maintain_tracking(mp, key, value);
    if (found != NULL) {
        *found = value;
    }
    if (old_value == value) {
        mn_decref(value);
        return 0;
    }
    MnDictKeys *dk = mp->ma_keys;
    if (DK_IS_UNICODE(dk)) {
        DK_UENTRIES(dk)[ix].me_value = value;
    }
    else {
        DK_ENTRIES(dk)[ix].me_value = value;
    }
    mp->ma_version_tag = mn_dict_next_version();
    mn_decref(old_value);
    return 0;
fail:
    mn_decref(value);
    mn_decref(key);
    return -1;
}

/* ==== deletion ==== */

static void
delitem_common(MnDict *mp, intptr_t hash, intptr_t ix, MnObject *old_value)
{
    MnDictKeys *dk = mp->ma_keys;
    if (mp->ma_values != NULL) {
        mp->ma_used--;
        mp->ma_version_tag = mn_dict_next_version();
        mp->ma_values->values[ix] = NULL;
        values_del_order(mp->ma_values, ix);
        mn_decref(old_value);
        return;
    }
    size_t hashpos = lookdict_index(dk, hash, ix);
    MnObject *old_key;
    mp->ma_used--;
    mp->ma_version_tag = mn_dict_next_version();
    dk_set_index(dk, hashpos, DKIX_DUMMY);
    if (DK_IS_UNICODE(dk)) {
        MnDictUEntry *ep = &DK_UENTRIES(dk)[ix];
        old_key = ep->me_key;
        ep->me_key = NULL;
        ep->me_value = NULL;
    }
    else {
        MnDictEntry *ep = &DK_ENTRIES(dk)[ix];
        old_key = ep->me_key;
        ep->me_key = NULL;
        ep->me_value = NULL;
        ep->me_hash = 0;
    }
    mn_decref(old_key);
    mn_decref(old_value);
}

void
mn_dict_key_error(MnObject *key)
{
    MnObject *tup = mn_tuple_pack(1, key);
    if (tup != NULL) {
        mn_err_set_object(mn_exc_KeyError, tup);
        mn_decref(tup);
    }
}

/* ==== public API ==== */

static MnDict *
dict_alloc(MnDictKeys *keys, intptr_t used)
{
    MnDict *mp;
    if (dict_numfree > 0) {
        mp = dict_free_list[--dict_numfree];
        mn_object_reuse((MnObject *)mp);
    }
    else {
        mp = (MnDict *)mn_object_alloc(&mn_dict_type, 0);
    }
    if (mp == NULL) {
        if (keys != EMPTY_KEYS) {
            free_keys_object(keys);
        }
        return NULL;
    }
    mp->ma_keys = keys;
    mp->ma_values = NULL;
    mp->ma_used = used;
    mp->ma_version_tag = mn_dict_next_version();
    return mp;
}

MnObject *
mn_dict_new(void)
{
    return (MnObject *)dict_alloc(EMPTY_KEYS, 0);
}

void
mn_dict_init_empty(MnDict *mp)
{
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_values = NULL;
    mp->ma_used = 0;
    mp->ma_version_tag = mn_dict_next_version();
}

static MnObject *
dict_new_presized(intptr_t minused, int unicode)
{
    const uint8_t log2_max_presize = 17;
    const intptr_t max_presize = (intptr_t)1 << log2_max_presize;
    if (minused <= USABLE_FRACTION(MINSIZE)) {
        return mn_dict_new();
    }
    uint8_t log2 = minused > USABLE_FRACTION(max_presize) ? log2_max_presize
                                                          : estimate_log2_keysize(minused);
    MnDictKeys *keys = new_keys_object(log2, unicode);
    if (keys == NULL) {
        return NULL;
    }
    return (MnObject *)dict_alloc(keys, 0);
}

MnObject *
mn_dict_new_presized(intptr_t n)
{
    return dict_new_presized(n, 0);
}

MnObject *
mn_dict_from_items(MnObject *const *keys, intptr_t kstep, MnObject *const *values,
                   intptr_t vstep, intptr_t n)
{
    int unicode = 1;
    for (intptr_t i = 0; i < n; i++) {
        if (!MN_STR_CHECK_EXACT(keys[i * kstep])) {
            unicode = 0;
            break;
        }
    }
    MnObject *d = dict_new_presized(n, unicode);
    if (d == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        if (mn_dict_set_item(d, keys[i * kstep], values[i * vstep]) < 0) {
            mn_decref(d);
            return NULL;
        }
    }
    return d;
}

int
mn_dict_get_ref(MnObject *d, MnObject *key, MnObject **result)
{
    intptr_t hash = mn_dict_key_hash(key);
    MnObject *value;
    *result = NULL;
    if (hash == -1) {
        return -1;
    }
    intptr_t ix = mn_dict_lookup((MnDict *)d, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (value == NULL) {
        return 0;
    }
    *result = mn_newref(value);
    return 1;
}

MnObject *
mn_dict_get_item_borrow(MnObject *d, MnObject *key)
{
    intptr_t hash = mn_dict_key_hash(key);
    MnObject *value;
    if (hash == -1) {
        return NULL;
    }
    mn_dict_lookup((MnDict *)d, key, hash, &value);
    return value;
}

MnObject *
mn_dict_get_str_borrow(MnObject *d, MnObject *key)
{
    MnDict *mp = (MnDict *)d;
    MnDictKeys *dk = mp->ma_keys;
    intptr_t hash = MN_STR_CACHED_HASH(key);
    if (hash == -1) {
        hash = mn_str_hash(key);
    }
    if (DK_IS_UNICODE(dk) && MN_STR_CHECK_EXACT(key)) {
        intptr_t ix = unicode_lookup_str(dk, key, hash);
        if (ix < 0) {
            return NULL;
        }
        return mp->ma_values ? mp->ma_values->values[ix] : DK_UENTRIES(dk)[ix].me_value;
    }
    MnObject *value;
    if (mn_dict_lookup(mp, key, hash, &value) == DKIX_ERROR) {
        mn_err_clear();
        return NULL;
    }
    return value;
}

MnObject *
mn_dict_get_cstr_borrow(MnObject *d, const char *key)
{
    MnDict *mp = (MnDict *)d;
    MnDictKeys *dk = mp->ma_keys;
    size_t len = strlen(key);
    int ascii = 1;
    for (size_t k = 0; k < len; k++) {
        if ((unsigned char)key[k] >= 128) {
            ascii = 0;
            break;
        }
    }
    if (ascii && DK_IS_UNICODE(dk)) {
        intptr_t hash = mn_hash_bytes(key, len);
        MnDictUEntry *ep0 = DK_UENTRIES(dk);
        size_t mask = DK_MASK(dk);
        size_t perturb = (size_t)hash;
        size_t i = (size_t)hash & mask;
        for (;;) {
            intptr_t ix = dk_get_index(dk, i);
            if (ix >= 0) {
                MnObject *k = ep0[ix].me_key;
                if (MN_STR_CACHED_HASH(k) == hash && MN_STR_IS_ASCII(k)
                    && (size_t)MN_STR_LEN(k) == len && memcmp(MN_STR_DATA(k), key, len) == 0) {
                    return mp->ma_values ? mp->ma_values->values[ix] : ep0[ix].me_value;
                }
            }
            else if (ix == DKIX_EMPTY) {
                return NULL;
            }
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
    }
    MnObject *s = mn_str_from_utf8(key, (intptr_t)len);
    if (s == NULL) {
        mn_err_clear();
        return NULL;
    }
    MnObject *v = mn_dict_get_str_borrow(d, s);
    mn_decref(s);
    return v;
}

int
mn_dict_set_item_hash(MnObject *d, MnObject *key, intptr_t hash, MnObject *value)
{
    return insertdict((MnDict *)d, key, hash, value, 0, NULL);
}

int
mn_dict_set_item(MnObject *d, MnObject *key, MnObject *value)
{
    intptr_t hash = mn_dict_key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return insertdict((MnDict *)d, key, hash, value, 0, NULL);
}

int
mn_dict_set_item_cstr(MnObject *d, const char *key, MnObject *value)
{
    MnObject *k = mn_str_intern_cstr(key);
    if (k == NULL) {
        return -1;
    }
    int r = mn_dict_set_item(d, k, value);
    mn_decref(k);
    return r;
}

int
mn_dict_del_item_hash(MnObject *d, MnObject *key, intptr_t hash)
{
    MnDict *mp = (MnDict *)d;
    MnObject *old_value;
    intptr_t ix = mn_dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix == DKIX_EMPTY || old_value == NULL) {
        mn_dict_key_error(key);
        return -1;
    }
    delitem_common(mp, hash, ix, old_value);
    return 0;
}

int
mn_dict_del_item(MnObject *d, MnObject *key)
{
    intptr_t hash = mn_dict_key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return mn_dict_del_item_hash(d, key, hash);
}

int
mn_dict_del_item_cstr(MnObject *d, const char *key)
{
    MnObject *k = mn_str_from_utf8(key, -1);
    if (k == NULL) {
        return -1;
    }
    int r = mn_dict_del_item(d, k);
    mn_decref(k);
    return r;
}

int
mn_dict_contains_hash(MnObject *d, MnObject *key, intptr_t hash)
{
    MnObject *value;
    intptr_t ix = mn_dict_lookup((MnDict *)d, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    return value != NULL;
}

int
mn_dict_contains(MnObject *d, MnObject *key)
{
    intptr_t hash = mn_dict_key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return mn_dict_contains_hash(d, key, hash);
}

int
mn_dict_next_hash(MnObject *d, intptr_t *pos, MnObject **key, MnObject **value,
                  intptr_t *hash)
{
    MnDictKeys *dk = ((MnDict *)d)->ma_keys;
    intptr_t i = *pos;
    MnDictValues *vals = ((MnDict *)d)->ma_values;
    if (vals != NULL) {
        if (i < 0 || i >= vals->norder) {
            return 0;
        }
        intptr_t ix = vals->order[i];
        *pos = i + 1;
        if (key != NULL) {
            *key = DK_UENTRIES(dk)[ix].me_key;
        }
        if (value != NULL) {
            *value = vals->values[ix];
        }
        if (hash != NULL) {
            *hash = MN_STR_CACHED_HASH(DK_UENTRIES(dk)[ix].me_key);
        }
        return 1;
    }
    intptr_t n = dk->dk_nentries;
    while (i < n && mn_dk_value(dk, i) == NULL) {
        i++;
    }
    if (i >= n) {
        return 0;
    }
    *pos = i + 1;
    if (key != NULL) {
        *key = mn_dk_key(dk, i);
    }
    if (value != NULL) {
        *value = mn_dk_value(dk, i);
    }
    if (hash != NULL) {
        *hash = mn_dk_hash(dk, i);
    }
    return 1;
}

int
mn_dict_next(MnObject *d, intptr_t *pos, MnObject **key, MnObject **value)
{
    return mn_dict_next_hash(d, pos, key, value, NULL);
}

void
mn_dict_clear(MnObject *d)
{
    MnDict *mp = (MnDict *)d;
    MnDictKeys *oldkeys = mp->ma_keys;
    if (oldkeys == EMPTY_KEYS) {
        return;
    }
    if (mp->ma_values != NULL) {
        MnDictValues *vals = mp->ma_values;
        mp->ma_keys = EMPTY_KEYS;
        mp->ma_values = NULL;
        mp->ma_used = 0;
        mp->ma_version_tag = mn_dict_next_version();
        mn_dict_values_free(vals);
        mn_dict_keys_decref(oldkeys);
        return;
    }
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_values = NULL;
    mp->ma_used = 0;
    mp->ma_version_tag = mn_dict_next_version();
    free_keys_object(oldkeys);
}

/* Fills a new list with [what] (0 keys, 1 values, 2 items) of [d]. */
static MnObject *
dict_to_list(MnObject *d, int what)
{
    MnDict *mp = (MnDict *)d;
    for (;;) {
        intptr_t n = mp->ma_used;
        MnObject *list = mn_list_new(n);
        if (list == NULL) {
            return NULL;
        }
        MnObject **tuples = NULL;
        if (what == 2) {
            // Allocating the pairs can run the collector, which cannot change a dict's
            // size; but keep the CPython-style check anyway.
            for (intptr_t i = 0; i < n; i++) {
                MnObject *t = mn_tuple_new(2);
                if (t == NULL) {
                    mn_decref(list);
                    return NULL;
                }
                MN_LIST_SET(list, i, t);
            }
            tuples = MN_LIST_ITEMS(list);
        }
        if (n != mp->ma_used) {
            mn_decref(list);
            continue;
        }
        intptr_t pos = 0, j = 0;
        MnObject *key, *value;
        while (mn_dict_next(d, &pos, &key, &value)) {
            if (what == 0) {
                MN_LIST_SET(list, j, mn_newref(key));
            }
            else if (what == 1) {
                MN_LIST_SET(list, j, mn_newref(value));
            }
            else {
                MN_TUPLE_SET(tuples[j], 0, mn_newref(key));
                MN_TUPLE_SET(tuples[j], 1, mn_newref(value));
            }
            j++;
        }
        return list;
    }
}

MnObject *
mn_dict_keys(MnObject *d)
{
    return dict_to_list(d, 0);
}

MnObject *
mn_dict_values(MnObject *d)
{
    return dict_to_list(d, 1);
}

MnObject *
mn_dict_items(MnObject *d)
{
    return dict_to_list(d, 2);
}

MnObject *
mn_dict_pop(MnObject *d, MnObject *key, MnObject *deflt)
{
    MnDict *mp = (MnDict *)d;
    if (mp->ma_used == 0) {
        if (deflt != NULL) {
            return mn_newref(deflt);
        }
        mn_dict_key_error(key);
        return NULL;
    }
    intptr_t hash = mn_dict_key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    MnObject *old_value;
    intptr_t ix = mn_dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix == DKIX_EMPTY || old_value == NULL) {
        if (deflt != NULL) {
            return mn_newref(deflt);
        }
        mn_dict_key_error(key);
        return NULL;
    }
    mn_incref(old_value);
    delitem_common(mp, hash, ix, old_value);
    return old_value;
}

MnObject *
mn_dict_setdefault(MnObject *d, MnObject *key, MnObject *deflt)
{
    intptr_t hash = mn_dict_key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    MnObject *found = NULL;
    if (insertdict((MnDict *)d, key, hash, deflt, 1, &found) < 0) {
        return NULL;
    }
    return found;
}

MnObject *
mn_dict_popitem(MnObject *d)
{
    MnDict *mp = (MnDict *)d;
    if (mn_dict_unsplit(mp) < 0) {
        return NULL;
    }
    MnObject *res = mn_tuple_new(2);
    if (res == NULL) {
        return NULL;
    }
    if (mp->ma_used == 0) {
        mn_decref(res);
        mn_err_set_string(mn_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    MnDictKeys *dk = mp->ma_keys;
    intptr_t i = dk->dk_nentries - 1;
    while (i >= 0 && mn_dk_value(dk, i) == NULL) {
        i--;
    }
    MnObject *key = mn_dk_key(dk, i), *value = mn_dk_value(dk, i);
    intptr_t hash = mn_dk_hash(dk, i);
    size_t j = lookdict_index(dk, hash, i);
    dk_set_index(dk, j, DKIX_DUMMY);
    if (DK_IS_UNICODE(dk)) {
        DK_UENTRIES(dk)[i].me_key = NULL;
        DK_UENTRIES(dk)[i].me_value = NULL;
    }
    else {
        DK_ENTRIES(dk)[i].me_key = NULL;
        DK_ENTRIES(dk)[i].me_value = NULL;
    }
    MN_TUPLE_SET(res, 0, key);
    MN_TUPLE_SET(res, 1, value);
    dk->dk_nentries = i;
    mp->ma_used--;
    mp->ma_version_tag = mn_dict_next_version();
    return res;
}

MnObject *
mn_dict_copy(MnObject *d)
{
    MnDict *mp = (MnDict *)d;
    if (mp->ma_used == 0) {
        return mn_dict_new();
    }
    if (MN_TYPE(d)->tp_iter == mn_dict_type.tp_iter && mp->ma_values == NULL
        && mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        MnDictKeys *keys = clone_keys(mp->ma_keys);
        if (keys == NULL) {
            return NULL;
        }
        MnDict *res = dict_alloc(keys, mp->ma_used);
        if (res != NULL && MN_AS_GC(mp)->gc_next != 0) {
            mn_gc_track(res);
        }
        return (MnObject *)res;
    }
    MnObject *copy = mn_dict_new();
    if (copy != NULL && mn_dict_merge(copy, d, 1) < 0) {
        MN_CLEAR(copy);
    }
    return copy;
}

/* ==== merging ==== */

static int merge_item(MnDict *mp, MnObject *key, intptr_t hash, MnObject *value, int override);

/* merge_dict from a split dict [other]. */
static int
merge_split(MnDict *mp, MnDict *other, int override)
{
    intptr_t pos = 0, hash;
    MnObject *key, *value;
    while (mn_dict_next_hash((MnObject *)other, &pos, &key, &value, &hash)) {
        mn_incref(key);
        mn_incref(value);
        int err = merge_item(mp, key, hash, value, override);
        mn_decref(value);
        mn_decref(key);
        if (err != 0) {
            return -1;
        }
    }
    return 0;
}

static int
merge_item(MnDict *mp, MnObject *key, intptr_t hash, MnObject *value, int override)
{
    if (override == 1) {
        return insertdict(mp, key, hash, value, 0, NULL);
    }
    int err = mn_dict_contains_hash((MnObject *)mp, key, hash);
    if (err == 0) {
        return insertdict(mp, key, hash, value, 0, NULL);
    }
    if (err > 0 && override != 0) {
        mn_dict_key_error(key);
        return -1;
    }
    return err > 0 ? 0 : -1;
}

/* Merges a dict whose iteration is not overridden. */
static int
merge_dict(MnDict *mp, MnDict *other, int override)
{
    if (other == mp || other->ma_used == 0) {
        return 0;
    }
    if (mp->ma_values != NULL && mn_dict_unsplit(mp) < 0) {
        return -1;
    }
    if (other->ma_values != NULL) {
        return merge_split(mp, other, override);
    }
    if (mp->ma_used == 0) {
        override = 1;
        MnDictKeys *okeys = other->ma_keys;
        if (other->ma_values == NULL && other->ma_used == okeys->dk_nentries
            && (okeys->dk_log2_size == LOG_MINSIZE
                || USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->ma_used)) {
            MnDictKeys *keys = clone_keys(okeys);
            if (keys == NULL) {
                return -1;
            }
            MnDictKeys *old = mp->ma_keys;
            mp->ma_keys = keys;
            mp->ma_used = other->ma_used;
            mp->ma_version_tag = mn_dict_next_version();
            free_keys_object(old);
            if (MN_AS_GC(other)->gc_next != 0 && MN_AS_GC(mp)->gc_next == 0) {
                mn_gc_track(mp);
            }
            return 0;
        }
    }
    if (USABLE_FRACTION(DK_SIZE(mp->ma_keys)) < other->ma_used) {
        if (dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used),
                       DK_IS_UNICODE(other->ma_keys)) < 0) {
            return -1;
        }
    }
    MnDictKeys *okeys = other->ma_keys;
    intptr_t n = okeys->dk_nentries;
    for (intptr_t i = 0; i < n; i++) {
        MnObject *value = mn_dk_value(okeys, i);
        if (value == NULL) {
            continue;
        }
        MnObject *key = mn_dk_key(okeys, i);
        intptr_t hash = mn_dk_hash(okeys, i);
        int err = 0;
        mn_incref(key);
        mn_incref(value);
        if (override == 1) {
            err = insertdict(mp, key, hash, value, 0, NULL);
        }
        else {
            err = mn_dict_contains_hash((MnObject *)mp, key, hash);
            if (err == 0) {
                err = insertdict(mp, key, hash, value, 0, NULL);
            }
            else if (err > 0) {
                if (override != 0) {
                    mn_dict_key_error(key);
                    err = -1;
                }
                else {
                    err = 0;
                }
            }
        }
        mn_decref(value);
        mn_decref(key);
        if (err != 0) {
            return -1;
        }
        okeys = other->ma_keys;
        if (n != okeys->dk_nentries) {
            mn_err_set_string(mn_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* list(o.keys()) for any mapping. */
static MnObject *
mapping_keys(MnObject *o)
{
    if (MN_DICT_CHECK_EXACT(o)) {
        return mn_dict_keys(o);
    }
    MnObject *out = mn_object_call_method(o, "keys", NULL, 0);
    if (out == NULL || MN_LIST_CHECK_EXACT(out)) {
        return out;
    }
    MnObject *it = mn_object_get_iter(out);
    if (it == NULL) {
        if (mn_err_matches((MnObject *)mn_exc_TypeError)) {
            mn_err_clear();
            mn_err_format(mn_exc_TypeError, "%s.keys() returned a non-iterable (type %s)",
                          MN_TYPE(o)->tp_name, MN_TYPE(out)->tp_name);
        }
        mn_decref(out);
        return NULL;
    }
    mn_decref(out);
    MnObject *list = mn_list_from_iterable(it);
    mn_decref(it);
    return list;
}

/* Merges any mapping with keys() and __getitem__. */
static int
merge_mapping(MnObject *a, MnObject *b, int override)
{
    MnObject *keys = mapping_keys(b);
    if (keys == NULL) {
        return -1;
    }
    MnObject *it = mn_object_get_iter(keys);
    mn_decref(keys);
    if (it == NULL) {
        return -1;
    }
    MnObject *key;
    while ((key = mn_iter_next(it)) != NULL) {
        if (override != 1) {
            int status = mn_dict_contains(a, key);
            if (status != 0) {
                if (status > 0) {
                    if (override == 0) {
                        mn_decref(key);
                        continue;
                    }
                    mn_dict_key_error(key);
                }
                mn_decref(key);
                mn_decref(it);
                return -1;
            }
        }
        MnObject *value = mn_object_getitem(b, key);
        if (value == NULL) {
            mn_decref(key);
            mn_decref(it);
            return -1;
        }
        int status = mn_dict_set_item(a, key, value);
        mn_decref(key);
        mn_decref(value);
        if (status < 0) {
            mn_decref(it);
            return -1;
        }
    }
    mn_decref(it);
    return mn_err_occurred() ? -1 : 0;
}

int
mn_dict_merge_ex(MnObject *d, MnObject *other, int override)
{
    if (MN_DICT_CHECK(other) && MN_TYPE(other)->tp_iter == mn_dict_type.tp_iter) {
        return merge_dict((MnDict *)d, (MnDict *)other, override);
    }
    return merge_mapping(d, other, override);
}

int
mn_dict_merge(MnObject *d, MnObject *other, int override)
{
    return mn_dict_merge_ex(d, other, override ? 1 : 0);
}

/* The two items of a pair for dict(pairs): a tuple or list as is, else list(item). */
static MnObject *
pair_as_sequence(MnObject *item, intptr_t index)
{
    if (MN_TUPLE_CHECK(item) || MN_LIST_CHECK(item)) {
        return mn_newref(item);
    }
    MnObject *fast = mn_list_from_iterable(item);
    if (fast == NULL && mn_err_matches((MnObject *)mn_exc_TypeError)) {
        mn_err_clear();
        mn_err_format(mn_exc_TypeError,
                      "cannot convert dictionary update sequence element #%zd to a sequence",
                      index);
    }
    return fast;
}

int
mn_dict_merge_from_seq2(MnObject *d, MnObject *seq, int override)
{
    MnObject *it = mn_object_get_iter(seq);
    if (it == NULL) {
        return -1;
    }
    for (intptr_t i = 0;; i++) {
        MnObject *item = mn_iter_next(it);
        if (item == NULL) {
            break;
        }
        MnObject *fast = pair_as_sequence(item, i);
        mn_decref(item);
        if (fast == NULL) {
            goto fail;
        }
        int is_tuple = MN_TUPLE_CHECK(fast);
        intptr_t n = is_tuple ? MN_TUPLE_LEN(fast) : MN_LIST_LEN(fast);
        if (n != 2) {
            mn_err_format(mn_exc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; "
                          "2 is required", i, n);
            mn_decref(fast);
            goto fail;
        }
        MnObject **items = is_tuple ? MN_TUPLE_ITEMS(fast) : MN_LIST_ITEMS(fast);
        MnObject *key = mn_newref(items[0]), *value = mn_newref(items[1]);
        int status;
        if (override) {
            status = mn_dict_set_item(d, key, value);
        }
        else {
            status = mn_dict_setdefault(d, key, value) == NULL ? -1 : 0;
        }
        mn_decref(key);
        mn_decref(value);
        mn_decref(fast);
        if (status < 0) {
            goto fail;
        }
    }
    mn_decref(it);
    return mn_err_occurred() ? -1 : 0;
fail:
    mn_decref(it);
    return -1;
}

int
mn_dict_update(MnObject *d, MnObject *arg)
{
    if (MN_DICT_CHECK_EXACT(arg)) {
        return mn_dict_merge(d, arg, 1);
    }
    MnObject *func = NULL;
    MnObject *name = mn_str_intern_cstr("keys");
    if (name == NULL) {
        return -1;
    }
    int r = mn_object_lookup_attr(arg, name, &func);
    mn_decref(name);
    if (r < 0) {
        return -1;
    }
    if (func != NULL) {
        mn_decref(func);
        return mn_dict_merge(d, arg, 1);
    }
    return mn_dict_merge_from_seq2(d, arg, 1);
}

/* ==== collector support ==== */

void
mn_dict_maybe_untrack(MnObject *d)
{
    MnDict *mp = (MnDict *)d;
    if (MN_AS_GC(mp)->gc_next == 0) {
        return;
    }
    MnDictKeys *dk = mp->ma_keys;
    if (mp->ma_values != NULL) {
        for (intptr_t i = 0; i < mp->ma_values->capacity; i++) {
            MnObject *value = mp->ma_values->values[i];
            if (value != NULL && may_be_tracked(value)) {
                return;
            }
        }
        mn_gc_untrack(d);
        return;
    }
    for (intptr_t i = 0; i < dk->dk_nentries; i++) {
        MnObject *value = mn_dk_value(dk, i);
        if (value == NULL) {
            continue;
        }
        if (may_be_tracked(value) || may_be_tracked(mn_dk_key(dk, i))) {
            return;
        }
    }
    mn_gc_untrack(d);
}

size_t
mn_dict_sizeof(MnObject *d)
{
    MnDict *mp = (MnDict *)d;
    size_t size = (size_t)MN_TYPE(d)->tp_basicsize;
    if (mp->ma_values != NULL) {
        size += (size_t)(mp->ma_keys->dk_nentries + mp->ma_keys->dk_usable) * sizeof(MnObject *);
    }
    if (mp->ma_keys != EMPTY_KEYS && mp->ma_keys->dk_refcnt == 1) {
        size += keys_size(mp->ma_keys);
    }
    return size;
}

void
mn_dict_release(MnDict *mp)
{
    if (mp->ma_values != NULL) {
        mn_dict_clear((MnObject *)mp);
        return;
    }
    MnDictKeys *keys = mp->ma_keys;
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    free_keys_object(keys);
}

void
mn_dict_free_object(MnObject *self)
{
    if (MN_DICT_CHECK_EXACT(self) && dict_numfree < MAXFREELIST) {
        dict_free_list[dict_numfree++] = (MnDict *)self;
#ifdef MN_DEBUG
        mn_live_objects--;
#endif
        return;
    }
    mn_object_free(self);
}

void
mn_dict_table_shape(MnObject *d, intptr_t *entries, int *log2)
{
    MnDictKeys *dk = ((MnDict *)d)->ma_keys;
    *entries = dk == EMPTY_KEYS ? 0 : dk->dk_nentries;
    *log2 = dk == EMPTY_KEYS ? 0 : dk->dk_log2_size;
}

int
mn_dict_freelist_count(int keys)
{
    return keys ? keys_numfree : dict_numfree;
}

void
mn_dict_freelist_trim(int keys, int keep)
{
    while (!keys && dict_numfree > keep) {
        MnObject *o = (MnObject *)dict_free_list[--dict_numfree];
#ifdef MN_DEBUG
        mn_live_objects++;
#endif
        mn_object_free(o);
    }
    while (keys && keys_numfree > keep) {
        mn_mem_free(keys_free_list[--keys_numfree]);
    }
}

void
mn_dict_fini(void)
{
    mn_dict_freelist_trim(0, 0);
    mn_dict_freelist_trim(1, 0);
}

/* ==== split keys and inline values ==== */

int
mn_dict_unsplit(MnDict *mp)
{
    if (mp->ma_values == NULL) {
        return 0;
    }
    return dictresize(mp, estimate_log2_keysize(mp->ma_used > 0 ? mp->ma_used : 1), 1);
}

MnDictKeys *
mn_dict_shared_keys_new(void)
{
    MnDictKeys *dk = new_keys_object(6, 1);
    if (dk == NULL) {
        mn_err_clear();
        return NULL;
    }
    dk->dk_usable = MN_SHARED_KEYS_MAX;
    dk->dk_kind = MN_DICT_KEYS_SPLIT;
    return dk;
}

void
mn_dict_keys_decref(MnDictKeys *dk)
{
    if (--dk->dk_refcnt == 0) {
        free_keys_object(dk);
    }
}

size_t
mn_dict_keys_sizeof(MnDictKeys *dk)
{
    return keys_size(dk);
}

MnDictValues *
mn_dict_values_new(MnDictKeys *dk, int shrink)
{
    if (shrink && dk->dk_usable > 1) {
        dk->dk_usable--;
    }
    intptr_t n = dk->dk_nentries + dk->dk_usable;
    MnDictValues *v = mn_mem_alloc(sizeof(MnDictValues) + (size_t)n * sizeof(MnObject *));
    if (v == NULL) {
        mn_err_no_memory();
        return NULL;
    }
    if (mn_tracemalloc_tracing) {
        // CPython's values block: the order bytes (n + 2, rounded to 8), then the values.
        mn_tracemalloc_set_size(v, (((size_t)n + 2 + 7) & ~(size_t)7) + (size_t)n * 8);
    }
    v->capacity = n;
    v->norder = 0;
    memset(v->values, 0, (size_t)n * sizeof(MnObject *));
    return v;
}

void
mn_dict_values_free(MnDictValues *v)
{
    for (intptr_t i = 0; i < v->capacity; i++) {
        MN_CLEAR(v->values[i]);
    }
    mn_mem_free(v);
}

MnObject *
mn_dict_values_get(MnDictKeys *dk, MnDictValues *v, MnObject *name)
{
    intptr_t hash = MN_STR_CACHED_HASH(name);
    if (hash == -1) {
        hash = mn_str_hash(name);
    }
    intptr_t ix = unicode_lookup_str(dk, name, hash);
    return ix >= 0 && ix < v->capacity ? v->values[ix] : NULL;
}

int
mn_dict_values_store(MnDictKeys *dk, MnDictValues *v, MnObject *name, MnObject *value)
{
    if (!MN_STR_CHECK_EXACT(name)) {
        return 1;
    }
    intptr_t hash = MN_STR_CACHED_HASH(name);
    if (hash == -1) {
        hash = mn_str_hash(name);
    }
    intptr_t ix = shared_keys_insert(dk, name, hash);
    if (ix < 0 || ix >= v->capacity) {
        return 1;
    }
    MnObject *old = v->values[ix];
    if (old == NULL) {
        if (value == NULL) {
            return -1;
        }
        v->values[ix] = mn_newref(value);
        values_add_order(v, ix);
        return 0;
    }
    v->values[ix] = mn_xnewref(value);
    if (value == NULL) {
        values_del_order(v, ix);
    }
    mn_decref(old);
    return 0;
}

MnObject *
mn_dict_new_split(MnDictKeys *dk, MnDictValues *v)
{
    int track = 0;
    for (intptr_t i = 0; i < v->capacity; i++) {
        if (v->values[i] != NULL && may_be_tracked(v->values[i])) {
            track = 1;
        }
    }
    MnDict *mp = dict_alloc(EMPTY_KEYS, 0);
    if (mp == NULL) {
        mn_dict_values_free(v);
        return NULL;
    }
    dk->dk_refcnt++;
    mp->ma_keys = dk;
    mp->ma_used = v->norder;
    mp->ma_values = v;
    if (track) {
        mn_gc_track(mp);
    }
    return (MnObject *)mp;
}

int
mn_dict_values_traverse(MnDictValues *v, mn_visitproc visit, void *arg)
{
    for (intptr_t i = 0; i < v->capacity; i++) {
        MN_VISIT(v->values[i]);
    }
    return 0;
}
