/*
 * runtime/gen.h - generator objects. A generator owns its frame (an MnFrame inside the object,
 * as CPython 3.11); send/throw/close resume it with mn_eval_frame. `yield from` delegation
 * goes through the SEND instruction; throw/close delegate to the sub-iterator first.
 * See also: runtime/gen.c, src/eval.c (YIELD_VALUE, SEND), src/frame.c
 */
#ifndef MN_GEN_H
#define MN_GEN_H

#include "object.h"

struct MnFrame;

typedef struct MnGen {
    MnVarObject ob_base;       // ob_size: words of gi_iframe
    MnObject *gi_name;          // owned str
    MnObject *gi_qualname;      // owned str
    MnObject *gi_exc;           // owned: the exception handled inside while suspended, or NULL
    MnObject *gi_weakreflist;   // owned list head, or NULL
    MnObject *gi_code;          // owned code object
    int8_t gi_state;            // MN_GEN_CREATED, _SUSPENDED, _RUNNING, _CLOSED
    int8_t gi_closed_frame;     // the frame has been cleared
    intptr_t gi_framewords;     // size of gi_frame in words
    MnObject *gi_iframe[];      // owned: the MnFrame (variable size)
} MnGen;

enum { MN_GEN_CREATED, MN_GEN_SUSPENDED, MN_GEN_RUNNING, MN_GEN_CLOSED };

extern MnType mn_gen_type;
#define MN_GEN_CHECK(o) (MN_TYPE(o) == &mn_gen_type)
#define MN_GEN_FRAME(g) ((struct MnFrame *)((MnGen *)(g))->gi_iframe)

// A new generator for the function [func] (borrowed) with an uninitialised frame to bind
// arguments into. -> new reference, or NULL.
MnObject *mn_gen_new(MnObject *func);
// Resumes [gen] with [value] (borrowed) as the result of its yield (None for next()).
// -> 1 with *result the yielded value, 0 with *result the returned value, -1 on error.
int mn_gen_send_ex(MnObject *gen, MnObject *value, MnObject **result);
// gen.send(value): -> yielded value (new), or NULL (StopIteration(value) set on return).
MnObject *mn_gen_send(MnObject *gen, MnObject *value);
// gen.close(). -> 0, or -1.
int mn_gen_close(MnObject *gen);

#endif
