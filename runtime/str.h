/*
 * runtime/str.h - str with CPython's compact representation: one of 1-, 2- or 4-byte kinds
 * chosen by the largest code point, data directly after the header, NUL-terminated.
 * ASCII strings use MnStr (48 bytes + data); others MnCompactStr (72 bytes + data).
 * Instances of str subclasses are MnLegacyStr (state.compact == 0) with a separate buffer.
 * See also: runtime/str.c (core), str_build.c (MnStrBuf, from_format), str_codecs.c,
 * str_methods.c, str_methods2.c, str_format.c (str.format), str_unicode.c (properties),
 * runtime/intern.c, runtime/format.c
 */
#ifndef MN_STR_H
#define MN_STR_H

#include <stdarg.h>
#include "object.h"

enum { MN_STR_1BYTE = 1, MN_STR_2BYTE = 2, MN_STR_4BYTE = 4 };
enum { MN_NOT_INTERNED = 0, MN_INTERNED = 1 };

typedef struct MnStr {
    MnObject ob_base;
    intptr_t length;            // code points
    intptr_t hash;              // -1 until computed
    struct {
        unsigned int interned : 2;
        unsigned int kind : 3;
        unsigned int compact : 1;
        unsigned int ascii : 1;
        unsigned int ready : 1;
        unsigned int : 24;
    } state;
    void *wstr;                 // unused; keeps CPython's layout
} MnStr;

typedef struct MnCompactStr {
    MnStr base;
    intptr_t utf8_length;
    char *utf8;                 // owned UTF-8 copy, made on demand, or NULL
    intptr_t wstr_length;       // unused
} MnCompactStr;

// Instances of str subclasses: the code units live in a separate buffer (state.compact == 0),
// as CPython's legacy strings; 80 bytes like CPython's str.__basicsize__.
typedef struct MnLegacyStr {
    MnCompactStr base;
    void *data;                 // owned buffer of (length + 1) * kind bytes
} MnLegacyStr;

extern MnType mn_str_type;
#define MN_STR_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_UNICODE_SUBCLASS)
#define MN_STR_CHECK_EXACT(o) (MN_TYPE(o) == &mn_str_type)
#define MN_STR_LEN(o) (((MnStr *)(o))->length)
#define MN_STR_KIND(o) (((MnStr *)(o))->state.kind)
#define MN_STR_IS_ASCII(o) (((MnStr *)(o))->state.ascii)
// Pointer to the code units.
#define MN_STR_DATA(o)                                                          \
    (!((MnStr *)(o))->state.compact ? ((MnLegacyStr *)(o))->data                \
     : MN_STR_IS_ASCII(o) ? (void *)((MnStr *)(o) + 1)                          \
     : (void *)((MnCompactStr *)(o) + 1))
// Code point [i] of [o].
#define MN_STR_READ(o, i)                                                 \
    (MN_STR_KIND(o) == MN_STR_1BYTE ? ((const uint8_t *)MN_STR_DATA(o))[i] \
     : MN_STR_KIND(o) == MN_STR_2BYTE ? ((const uint16_t *)MN_STR_DATA(o))[i] \
     : ((const uint32_t *)MN_STR_DATA(o))[i])

// Sets up the empty-string and one-character caches. -> 0, or -1.
int mn_str_init(void);
// Decodes [len] bytes of UTF-8 ([len] < 0: strlen). UnicodeDecodeError on bad input, except
// that encoded surrogates (ED A0..BF xx) are accepted, so source literals like "\ud800" work
// (bytes.decode is strict: see mn_str_decode). -> new str, or NULL.
MnObject *mn_str_from_utf8(const char *s, intptr_t len);
MnObject *mn_str_from_cstr(const char *s);
// -> new str of [n] code points, or NULL.
MnObject *mn_str_from_ucs4(const uint32_t *cps, intptr_t n);
// A fresh, uninitialised str of [length] code points all <= [maxchar]; fill MN_STR_DATA.
// -> new str, or NULL.
MnObject *mn_str_new(intptr_t length, uint32_t maxchar);
// -> the cached one-character str for [cp] (new reference), or NULL.
MnObject *mn_str_from_char(uint32_t cp);
// printf-like: %s %.Ns %d %i %u %ld %lu %lld %zd %zu %x %c (code point) %p %% and objects:
// %U (a str), %R (repr of), %S (str of), %A (ascii of), %V? not supported. -> new str, or NULL.
MnObject *mn_str_from_format(const char *fmt, ...);
MnObject *mn_str_from_vformat(const char *fmt, va_list ap);
// UTF-8 of [o], cached on the object (borrowed, valid while [o] lives); *len may be NULL.
// -> pointer, or NULL with UnicodeEncodeError (lone surrogates).
const char *mn_str_as_utf8(MnObject *o, intptr_t *len);
// -> 1 if equal, 0 if not (never fails; both must be str).
int mn_str_eq(MnObject *a, MnObject *b);
// -> 1 if [o] equals the ASCII C string [s].
int mn_str_eq_cstr(MnObject *o, const char *s);
// -> <0, 0, >0 comparing code points.
int mn_str_compare(MnObject *a, MnObject *b);
// a + b. -> new str, or NULL.
MnObject *mn_str_concat(MnObject *a, MnObject *b);
// sep.join(iterable). -> new str, or NULL.
MnObject *mn_str_join(MnObject *sep, MnObject *iterable);
// s[start:end] (already clamped). -> new str, or NULL.
MnObject *mn_str_substring(MnObject *s, intptr_t start, intptr_t end);
// The string's hash (SipHash-1-3 with a zero key, cached). Never fails.
intptr_t mn_str_hash(MnObject *o);
// Interns the str in *p: replaces it with the canonical interned object (steals and returns
// a reference through *p). Never fails (keeps the original on MemoryError).
void mn_str_intern_inplace(MnObject **p);
// -> new reference to the interned str for [s], or NULL.
MnObject *mn_str_intern_cstr(const char *s);
// Drops the interned table at shutdown.
void mn_str_fini(void);

/* ==== additions (str engineer) ==== */

extern MnType mn_str_iterator_type, mn_str_ascii_iterator_type;

// sys.getsizeof without the collector header: CPython's values (ASCII 49+n, Latin-1 73+n,
// UCS-2 74+2n, UCS-4 76+4n). -> size in bytes.
size_t mn_str_sizeof(MnObject *o);
// Largest code point of [o]'s kind class: 127, 255, 65535 or 0x10ffff. -> the bound.
uint32_t mn_str_max_char_bound(MnObject *o);
// A str holding [n] code units of [kind] at [data], narrowed to the smallest kind that
// fits. -> new str, or NULL.
MnObject *mn_str_from_kind(int kind, const void *data, intptr_t n);
// Latin-1 bytes to str (never fails to decode). -> new str, or NULL.
MnObject *mn_str_from_latin1(const char *s, intptr_t len);
// Decodes [len] bytes with [encoding] ("utf-8", "latin-1", "ascii" and aliases; NULL means
// utf-8) and [errors] (NULL means "strict"). LookupError "unknown encoding: x".
// -> new str, or NULL.
MnObject *mn_str_decode(const char *s, intptr_t len, const char *encoding, const char *errors);
// str.encode(encoding, errors), same names as mn_str_decode. -> new bytes, or NULL.
MnObject *mn_str_encode(MnObject *o, const char *encoding, const char *errors);
// CPython builds the results of join, replace and the case mappings with PyUnicode_New,
// which never answers from the one-character cache: [s] (stolen) if it is not the cached
// one-character str, else a fresh copy of it. -> new str, or NULL ([s] may be NULL).
MnObject *mn_str_uncached(MnObject *s);
// s[i] as a one-character str (cached for Latin-1). [i] must be in range.
// -> new str, or NULL.
MnObject *mn_str_getitem(MnObject *s, intptr_t i);
// needle in haystack (both str). -> 1 or 0.
int mn_str_contains(MnObject *haystack, MnObject *needle);
// Index of [needle] in s[start:end] ([dir] > 0 first, < 0 last); both str, bounds clamped.
// -> index, or -1 when absent.
intptr_t mn_str_find(MnObject *s, MnObject *needle, intptr_t start, intptr_t end, int dir);
// repr(s) for a str. -> new str, or NULL.
MnObject *mn_str_repr(MnObject *s);
// ascii(o) escaping of an already computed repr [s]: non-ASCII as \x, \u, \U.
// -> new str, or NULL.
MnObject *mn_str_ascii_escape(MnObject *s);
// s * n for n >= 0. -> new str, or NULL.
MnObject *mn_str_repeat(MnObject *s, intptr_t n);
// *pa += b for the VM's `s += t`: grows *pa in place when the caller holds its only reference
// (exact, compact, not interned, and [b] fits its kind), else replaces *pa (stolen) with a new
// concatenation. [b] must be a str. -> 0, or -1 with an error set (*pa unchanged, or NULL if
// growing failed and the old string was freed).
int mn_str_append_inplace(MnObject **pa, MnObject *b);
// For int() and float() parsing: a copy of [s] with every Unicode decimal digit replaced by its
// ASCII digit and every Unicode space by ' ' (other non-ASCII characters become '?', which no
// parser accepts). Returns [s] itself (new reference) when it is already ASCII.
// -> new str, or NULL.
MnObject *mn_str_transform_decimal_ascii(MnObject *s);
// Decimal value of code point [cp] (unicodedata.decimal). -> 0..9, or -1.
int mn_str_decimal_value(uint32_t cp);
// The interned table's number of entries (for tests). -> count.
intptr_t mn_str_interned_count(void);

/* ==== a growable buffer for building str objects ==== */

// Collects code points, widening its kind as needed; mn_strbuf_finish makes the str.
typedef struct MnStrBuf {
    void *data;                 // owned, NULL until the first write
    intptr_t len;               // code points written
    intptr_t cap;               // code points allocated
    int kind;                   // 1, 2 or 4
    uint32_t maxchar;           // largest code point written
} MnStrBuf;

// Starts an empty buffer with room for [hint] code points.
void mn_strbuf_init(MnStrBuf *b, intptr_t hint);
// Appends one code point / [n] ASCII or Latin-1 bytes / the whole str [s].
// -> 0, or -1 with MemoryError set.
int mn_strbuf_put(MnStrBuf *b, uint32_t cp);
int mn_strbuf_put_latin1(MnStrBuf *b, const char *s, intptr_t n);
int mn_strbuf_put_cstr(MnStrBuf *b, const char *s);
int mn_strbuf_put_str(MnStrBuf *b, MnObject *s);
// s[start:end] of the str [s]. -> 0, or -1.
int mn_strbuf_put_substr(MnStrBuf *b, MnObject *s, intptr_t start, intptr_t end);
// Makes the str and resets the buffer. -> new str, or NULL.
MnObject *mn_strbuf_finish(MnStrBuf *b);
// Frees the buffer without making a str.
void mn_strbuf_discard(MnStrBuf *b);

#endif
