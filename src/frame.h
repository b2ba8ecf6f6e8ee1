/*
 * src/frame.h - execution frames and the call protocol.
 * An MnFrame is plain memory: it lives in the per-runtime data stack (chunks of words) for
 * ordinary calls, or inside a generator object. Python-to-Python calls push a frame and stay
 * in the same C loop. A frame object (MnFrameObject, the Python-visible `frame`) is made on
 * demand (tracebacks, generators' gi_frame) and takes over the frame's contents when the
 * frame exits while the object is still referenced (as CPython 3.11).
 * Layout of localsplus: co_nlocals locals (arguments first), co_ncells cells, co_nfrees
 * free cells, then the value stack.
 * See also: src/eval.c, runtime/func.c, runtime/gen.c, runtime/traceback.c
 */
#ifndef MN_FRAME_H
#define MN_FRAME_H

#include "object.h"
#include "code.h"

enum { MN_FRAME_DATASTACK = 0, MN_FRAME_GENERATOR = 1, MN_FRAME_OBJECT = 2 };

typedef struct MnFrame {
    MnObject *f_func;           // owned function object
    MnCode *f_code;             // owned
    MnObject *f_globals;        // borrowed from f_func
    MnObject *f_builtins;       // borrowed from f_func
    MnObject *f_locals;         // owned mapping for module/class code, or NULL
    struct MnFrame *previous;   // borrowed: the caller, or NULL
    struct MnFrameObject *frame_obj;    // owned frame object, or NULL
    const MnInstr *ip;          // next instruction to run (after SAVE_IP)
    int stacktop;               // index in localsplus of the first free stack slot
    uint8_t owner;              // MN_FRAME_DATASTACK, _GENERATOR or _OBJECT
    uint8_t is_entry;           // returning from it leaves the C eval loop
    uint8_t yield_from;         // generator suspended inside `yield from`
    uint8_t unused;
    MnObject *localsplus[];     // owned: locals, cells, frees, stack
} MnFrame;

typedef struct MnFrameObject {
    MnVarObject ob_base;       // ob_size: words of f_data
    MnFrame *f_frame;           // borrowed: the live frame, or f_data once it owns it
    struct MnFrameObject *f_back;   // owned: set when the frame exits, or NULL
    int f_lineno;               // line when detached (0 while live)
    int f_detached;
    MnObject *f_data[];         // owned: storage for the frame once it owns it
} MnFrameObject;

extern MnType mn_frame_type;
#define MN_FRAME_OBJ_CHECK(o) (MN_TYPE(o) == &mn_frame_type)

// Words (MnObject *) an MnFrame for [code] needs.
// -> word count.
#define MN_FRAME_WORDS(code) \
    ((int)((sizeof(MnFrame) + sizeof(MnObject *) - 1) / sizeof(MnObject *)) + \
     (code)->co_nlocalsplus + (code)->co_stacksize)

// Sets up / releases the data stack. mn_frame_init -> 0, or -1.
int mn_frame_init(void);
void mn_frame_fini(void);

// Pushes a frame for [func] (a function object, borrowed) on the data stack with no
// arguments bound (locals NULL). -> frame, or NULL with MemoryError/RecursionError set.
MnFrame *mn_frame_push(MnObject *func);
// Pops the innermost data-stack frame [f] after mn_frame_clear.
void mn_frame_pop(MnFrame *f);
// Drops every reference [f] holds (locals, stack, function, code, locals dict); if a frame
// object outlives it, the object takes the contents over instead.
void mn_frame_clear(MnFrame *f);
// Initialises the header of [f] for [func] (borrowed; takes new references).
void mn_frame_init_specials(MnFrame *f, MnObject *func, MnObject *locals);
// Binds [args]/[kwnames] (the one calling convention) to the parameters of f's function,
// with CPython's messages. Borrows the arguments. -> 0, or -1 with TypeError set.
int mn_frame_bind_args(MnFrame *f, MnObject *const *args, intptr_t nargs, MnObject *kwnames);
// The frame object for [f], created on first use. -> borrowed reference, or NULL.
MnObject *mn_frame_get_object(MnFrame *f);
// The code object of the frame object [frame]. -> borrowed reference.
MnObject *mn_frame_get_code(MnObject *frame);
// The current line of the frame object [frame].
// -> line number (never fails).
int mn_frame_get_lineno(MnObject *frame);
// The current line of the live frame [f].
// -> line number (never fails).
int mn_frame_lineno(MnFrame *f);
// A dict of the frame's locals (f_locals / locals()). -> new reference, or NULL.
MnObject *mn_frame_locals_dict(MnFrame *f);
// Copies [f] (header and locals, stack up to stacktop) into [dst], moving the references.
void mn_frame_copy(MnFrame *f, MnFrame *dst);

#endif
