/*
 * runtime/format_impl.h - internals shared by the format files: a growable UTF-8 output
 * buffer and the float-to-text core used by both format() and `%` formatting.
 * See also: runtime/format.c, runtime/format_percent.c
 */
#ifndef MN_FORMAT_IMPL_H
#define MN_FORMAT_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "object.h"

// A growable UTF-8 byte buffer; starts in the inline array.
typedef struct MnFmtBuf {
    char *p;                    // owned when != small
    size_t len, cap;
    char small[256];
} MnFmtBuf;

// Starts an empty buffer.
void mn_fmtbuf_init(MnFmtBuf *b);
// Appends [n] bytes. -> 0, or -1 with MemoryError set.
int mn_fmtbuf_put(MnFmtBuf *b, const char *s, size_t n);
// Appends the UTF-8 encoding of [cp], [count] times. -> 0, or -1 with MemoryError set.
int mn_fmtbuf_fill(MnFmtBuf *b, uint32_t cp, intptr_t count);
// Turns the bytes into a str and frees the buffer. -> new str, or NULL.
MnObject *mn_fmtbuf_finish(MnFmtBuf *b);
// Frees the buffer without making a str.
void mn_fmtbuf_free(MnFmtBuf *b);

enum {
    MN_FMT_ALT = 1,             // '#': keep the point and trailing zeros
    MN_FMT_ADD_DOT_0 = 2,       // add ".0" to integral results without exponent
    MN_FMT_UPPER = 4,           // INF, NAN, E
};

// Formats |[x]| (sign ignored) with [type] one of e f g r (r: repr, shortest) and
// [prec] digits, into a fresh mn_mem buffer. -> NUL-terminated text, or NULL with MemoryError.
char *mn_fmt_double_abs(double x, char type, int prec, int flags);

#endif
