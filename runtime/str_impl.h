/*
 * runtime/str_impl.h - internals shared by the str and bytes files: Unicode character
 * properties (generated tables in str_unicode_db.c), argument parsing for methods, the
 * method tables that str.c and bytes.c put into their types, and search helpers.
 * See also: runtime/str.c, runtime/str_methods.c, runtime/str_unicode.c, runtime/bytes.c
 */
#ifndef MN_STR_IMPL_H
#define MN_STR_IMPL_H

#include "mnemo.h"

/* ==== Unicode character properties (runtime/str_unicode.c) ==== */

enum {
    MN_UNI_ALPHA = 1 << 0,
    MN_UNI_DECIMAL = 1 << 1,
    MN_UNI_DIGIT = 1 << 2,
    MN_UNI_NUMERIC = 1 << 3,
    MN_UNI_SPACE = 1 << 4,
    MN_UNI_PRINTABLE = 1 << 5,
    MN_UNI_LOWER = 1 << 6,
    MN_UNI_UPPER = 1 << 7,
    MN_UNI_TITLE = 1 << 8,
    MN_UNI_CASED = 1 << 9,
    MN_UNI_CASE_IGNORABLE = 1 << 10,
    MN_UNI_XID_START = 1 << 11,
    MN_UNI_XID_CONTINUE = 1 << 12,
    MN_UNI_EXT_LOWER = 1 << 13,
    MN_UNI_EXT_UPPER = 1 << 14,
    MN_UNI_EXT_TITLE = 1 << 15,
    MN_UNI_EXT_FOLD = 1 << 16,
};

// The property flags (MN_UNI_*) of code point [cp]. -> flags.
unsigned int mn_uni_flags(uint32_t cp);
// Full case mappings: writes up to 3 code points of lower/upper/title/casefold([cp]) to [out].
// -> number written (1..3).
int mn_uni_lower(uint32_t cp, uint32_t *out);
int mn_uni_upper(uint32_t cp, uint32_t *out);
int mn_uni_title(uint32_t cp, uint32_t *out);
int mn_uni_fold(uint32_t cp, uint32_t *out);
// Decimal digit value of [cp] (unicodedata.decimal). -> 0..9, or -1.
int mn_uni_decimal(uint32_t cp);
// -> 1 if [cp] ends a line for str.splitlines.
int mn_uni_is_linebreak(uint32_t cp);

// The flags of the ASCII code points (generated), for the fast path below.
extern const uint32_t mn_unidb_ascii_flags[128];

// mn_uni_flags with an ASCII fast path. -> flags.
static inline unsigned int
mn_uni_flags_fast(uint32_t cp)
{
    return cp < 128 ? mn_unidb_ascii_flags[cp] : mn_uni_flags(cp);
}

#define MN_UNI_IS(cp, f) ((mn_uni_flags_fast(cp) & (f)) != 0)

/* ==== argument parsing for methods ==== */

// How errors are worded, following CPython's three argument parsers.
enum {
    MN_ARGS_POS,        // "center expected at least 1 argument, got 0"; no keywords
    MN_ARGS_TUPLE,      // "find() takes at least 1 argument (0 given)"; no keywords
    MN_ARGS_KW,         // "split() takes at most 2 arguments (3 given)"; keywords allowed
};

// Fills out[0..max) with borrowed arguments (NULL when absent) for method [fname] whose
// parameters are named [names] ([min] required). -> 0, or -1 with TypeError set.
int mn_args_parse(const char *fname, int mode, MnObject *const *args, intptr_t nargs,
                  MnObject *kwnames, const char *const *names, int min, int max,
                  MnObject **out);
// An index argument: an int (or __index__) clamped to intptr_t, or None meaning [deflt].
// -> 0, or -1 with TypeError ("slice indices must be integers or None or have an __index__
// method").
int mn_args_slice_index(MnObject *o, intptr_t *out, intptr_t deflt);
// The type name argument-clinic messages show: "None" for None, else the type's name.
static inline const char *
mn_args_type_name(MnObject *o)
{
    return o == mn_None ? "None" : MN_TYPE(o)->tp_name;
}
// Clamps [start, end) against [len] as slice notation does.
void mn_args_adjust_indices(intptr_t *start, intptr_t *end, intptr_t len);

/* ==== tables and helpers used across files ==== */

// Copies s[start:start+n] (any kind) into [dst] of [dkind], which must be wide enough.
void mn_str_copy_units(void *dst, int dkind, MnObject *s, intptr_t start, intptr_t n);

extern const MnMethodDef mn_str_methods[];
extern const MnMethodDef mn_bytes_methods[];
extern MnType mn_bytes_iterator_type;

// __format__ of str (runs mn_format_str).
MnObject *mn_str_method_format_spec(MnObject *self, MnObject *spec);
// str.format(*args, **kwargs). -> new str, or NULL.
MnObject *mn_str_method_format(MnObject *self, MnObject *const *args, intptr_t nargs,
                               MnObject *kwnames);
MnObject *mn_str_method_format_map(MnObject *self, MnObject *mapping);

// Raises UnicodeDecodeError / UnicodeEncodeError ([obj] bytes / str, [start, end), [reason]).
void mn_str_raise_decode_error(const char *encoding, const char *data, intptr_t len,
                               intptr_t start, intptr_t end, const char *reason);
void mn_str_raise_encode_error(const char *encoding, MnObject *s, intptr_t start,
                               intptr_t end, const char *reason);

// Byte-string search: index of [needle] in [hay] from the left ([dir] > 0) or right.
// -> index, or -1.
intptr_t mn_bytes_search(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen,
                         int dir);
// Counts non-overlapping occurrences of [needle] (at most [maxcount]). -> count.
intptr_t mn_bytes_count_sub(const char *hay, intptr_t hlen, const char *needle, intptr_t nlen,
                            intptr_t maxcount);

#endif
