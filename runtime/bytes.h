/*
 * runtime/bytes.h - immutable bytes, CPython's layout (33 + n bytes).
 * See also: runtime/bytes.c
 */
#ifndef MN_BYTES_H
#define MN_BYTES_H

#include "object.h"

typedef struct MnBytes {
    MnVarObject ob_base;        // ob_size: length
    intptr_t ob_shash;          // -1 until computed
    char ob_sval[1];            // ob_size bytes then a NUL
} MnBytes;

extern MnType mn_bytes_type;
#define MN_BYTES_CHECK(o) MN_TYPE_HAS_FLAG(MN_TYPE(o), MN_TPFLAG_BYTES_SUBCLASS)
#define MN_BYTES_DATA(o) (((MnBytes *)(o))->ob_sval)
#define MN_BYTES_LEN(o) MN_SIZE(o)

// Copies [len] bytes of [s] ([s] NULL: uninitialised). -> new bytes, or NULL.
MnObject *mn_bytes_from(const char *s, intptr_t len);
// fmt % args for bytes (PEP 461). -> new bytes, or NULL.
MnObject *mn_bytes_format(MnObject *fmt, MnObject *args);
// Drops the empty and one-byte caches (called by mn_str_fini).
void mn_bytes_fini(void);
// bytes.decode for [len] bytes at [s] with [encoding] and [errors] (NULL: utf-8, strict).
// -> new str, or NULL.
#define mn_bytes_decode(s, len, encoding, errors) mn_str_decode(s, len, encoding, errors)

#endif
