/*
 * runtime/str_unicode.c - Unicode character properties and case mappings, read from the
 * generated two-level tables in str_unicode_db.c (a block index by code point >> SHIFT, then
 * a record per code point; records hold flags and one-character mappings as deltas, or
 * indexes into an extension table for multi-character mappings such as 'ß'.upper()).
 * See also: runtime/str_unicode_gen.py, runtime/str_methods.c
 */
#include "mnemo.h"
#include "str_impl.h"

#define MN_UNIDB_SHIFT 7

typedef struct MnUniRecord {
    uint32_t flags;
    int32_t lower, upper, title, fold;
    int8_t decimal;
} MnUniRecord;

extern const MnUniRecord mn_unidb_records[];
extern const uint32_t mn_unidb_ext[];
extern const uint16_t mn_unidb_index1[];
extern const uint16_t mn_unidb_index2[];

static const MnUniRecord *
record_of(uint32_t cp)
{
    if (cp > 0x10ffff) {
        cp = 0xfffe;    // a non-character: no properties
    }
    uint32_t block = mn_unidb_index1[cp >> MN_UNIDB_SHIFT];
    uint32_t index = mn_unidb_index2[(block << MN_UNIDB_SHIFT)
                                     + (cp & ((1u << MN_UNIDB_SHIFT) - 1))];
    return &mn_unidb_records[index];
}

unsigned int
mn_uni_flags(uint32_t cp)
{
    return record_of(cp)->flags;
}

static int
map_one(uint32_t cp, uint32_t *out, int32_t value, unsigned int ext_flag)
{
    const MnUniRecord *r = record_of(cp);
    if (!(r->flags & ext_flag)) {
        out[0] = (uint32_t)((int32_t)cp + value);
        return 1;
    }
    const uint32_t *e = &mn_unidb_ext[value];
    int n = (int)e[0];
    for (int i = 0; i < n; i++) {
        out[i] = e[1 + i];
    }
    return n;
}

int
mn_uni_lower(uint32_t cp, uint32_t *out)
{
    return map_one(cp, out, record_of(cp)->lower, MN_UNI_EXT_LOWER);
}

int
mn_uni_upper(uint32_t cp, uint32_t *out)
{
    return map_one(cp, out, record_of(cp)->upper, MN_UNI_EXT_UPPER);
}

int
mn_uni_title(uint32_t cp, uint32_t *out)
{
    return map_one(cp, out, record_of(cp)->title, MN_UNI_EXT_TITLE);
}

int
mn_uni_fold(uint32_t cp, uint32_t *out)
{
    return map_one(cp, out, record_of(cp)->fold, MN_UNI_EXT_FOLD);
}

int
mn_uni_decimal(uint32_t cp)
{
    return record_of(cp)->decimal;
}

int
mn_uni_is_linebreak(uint32_t cp)
{
    switch (cp) {
    case '\n': case '\v': case '\f': case '\r': case 0x1c: case 0x1d: case 0x1e: case 0x85:
    case 0x2028: case 0x2029:
        return 1;
    default:
        return 0;
    }
}

int
mn_str_decimal_value(uint32_t cp)
{
    return record_of(cp)->decimal;
}

MnObject *
mn_str_transform_decimal_ascii(MnObject *s)
{
    if (MN_STR_IS_ASCII(s)) {
        return mn_newref(s);
    }
    intptr_t n = MN_STR_LEN(s);
    MnObject *r = mn_str_new(n, 127);
    if (r == NULL) {
        return NULL;
    }
    char *out = MN_STR_DATA(r);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = MN_STR_READ(s, i);
        int d;
        if (c < 128) {
            out[i] = (char)c;
        } else if (MN_UNI_IS(c, MN_UNI_SPACE)) {
            out[i] = ' ';
        } else if ((d = record_of(c)->decimal) >= 0) {
            out[i] = (char)('0' + d);
        } else {
            out[i] = '?';
        }
    }
    return r;
}
