/*
 * runtime/traceback.h - traceback objects: the chain of (frame, line) entries an exception
 * collects as it unwinds. mn_err_add_traceback (src/err.h) is implemented in traceback.c.
 * See also: runtime/traceback.c, src/err.c (printing), src/eval.c (unwinding)
 */
#ifndef MN_TRACEBACK_H
#define MN_TRACEBACK_H

#include "object.h"

typedef struct MnTraceback {
    MnObject ob_base;
    MnObject *tb_next;          // owned traceback, or NULL
    MnObject *tb_frame;         // owned frame object
    int tb_lasti;
    int tb_lineno;
} MnTraceback;

extern MnType mn_traceback_type;
#define MN_TRACEBACK_CHECK(o) (MN_TYPE(o) == &mn_traceback_type)

// A traceback entry (all borrowed; [next] may be NULL). -> new reference, or NULL.
MnObject *mn_traceback_new(MnObject *next, MnObject *frame, int lasti, int lineno);

#endif
