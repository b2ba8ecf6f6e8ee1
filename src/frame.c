/*
 * src/frame.c - the data stack of frames, argument binding with CPython's messages, and frame
 * objects (created on demand; they take over a frame's contents when it exits while still
 * referenced, e.g. from a traceback).
 * See also: src/frame.h, src/eval.c, runtime/gen.c
 */
#include <string.h>
#include "mnemo.h"
#include "frame.h"
#include "func.h"
#include "cell.h"

/* ==== the data stack ==== */

typedef struct Chunk {
    struct Chunk *prev;         // owned chain of older chunks
    MnObject **prev_top;        // top of the previous chunk when this one was started
    size_t size;                // words in data
    MnObject *data[];
} Chunk;

#define CHUNK_WORDS (64 * 1024)

static struct {
    Chunk *chunk;
    MnObject **top;
    MnObject **limit;
} ds;

int
mn_frame_init(void)
{
    return 0;
}

void
mn_frame_fini(void)
{
    while (ds.chunk != NULL) {
        Chunk *prev = ds.chunk->prev;
        mn_mem_free(ds.chunk);
        ds.chunk = prev;
    }
    ds.top = ds.limit = NULL;
}

static MnObject **
push_chunk(size_t words)
{
    size_t size = words > CHUNK_WORDS ? words : CHUNK_WORDS;
    Chunk *c = mn_mem_alloc(sizeof(Chunk) + size * sizeof(MnObject *));
    if (c == NULL) {
        mn_err_no_memory();
        return NULL;
    }
    c->prev = ds.chunk;
    c->prev_top = ds.top;
    c->size = size;
    ds.chunk = c;
    ds.top = c->data;
    ds.limit = c->data + size;
    return c->data;
}

MnFrame *
mn_frame_push(MnObject *func)
{
    MnCode *co = (MnCode *)((MnFunction *)func)->func_code;
    size_t words = (size_t)co->co_framesize;
    MnObject **base = ds.top;
    if (base == NULL || base + words > ds.limit) {
        base = push_chunk(words);
        if (base == NULL) {
            return NULL;
        }
    }
    ds.top = base + words;
    MnFrame *f = (MnFrame *)base;
    mn_frame_init_specials(f, func, NULL);
    f->owner = MN_FRAME_DATASTACK;
    return f;
}

void
mn_frame_pop(MnFrame *f)
{
    MnObject **base = (MnObject **)f;
    if (base == ds.chunk->data && ds.chunk->prev != NULL) {
        Chunk *c = ds.chunk;
        ds.chunk = c->prev;
        ds.top = c->prev_top;
        ds.limit = ds.chunk->data + ds.chunk->size;
        mn_mem_free(c);
        return;
    }
    ds.top = base;
}

void
mn_frame_init_specials(MnFrame *f, MnObject *func, MnObject *locals)
{
    MnFunction *fn = (MnFunction *)func;
    MnCode *co = (MnCode *)fn->func_code;
    f->f_func = mn_newref(func);
    f->f_code = (MnCode *)mn_newref(co);
    f->f_globals = fn->func_globals;
    f->f_builtins = fn->func_builtins;
    f->f_locals = mn_xnewref(locals);
    f->previous = NULL;
    f->frame_obj = NULL;
    f->ip = co->co_code;
    f->stacktop = co->co_nlocalsplus;
    f->owner = MN_FRAME_DATASTACK;
    f->is_entry = 0;
    f->yield_from = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        f->localsplus[i] = NULL;
    }
}

/* ==== frame objects ==== */

void
mn_frame_copy(MnFrame *f, MnFrame *dst)
{
    memcpy(dst, f, sizeof(MnFrame) + sizeof(MnObject *) * (size_t)f->stacktop);
}

static void
take_ownership(MnFrame *f, MnFrameObject *fo)
{
    fo->f_lineno = mn_frame_lineno(f);
    MnFrame *dst = (MnFrame *)fo->f_data;
    mn_frame_copy(f, dst);
    dst->owner = MN_FRAME_OBJECT;
    dst->frame_obj = NULL;
    dst->previous = NULL;
    fo->f_frame = dst;
    fo->f_detached = 1;
    MnFrame *prev = f->previous;
    if (prev != NULL && fo->f_back == NULL) {
        MnObject *back = mn_frame_get_object(prev);
        if (back == NULL) {
            mn_err_clear();
        } else {
            fo->f_back = (MnFrameObject *)mn_newref(back);
        }
    }
    mn_gc_track(fo);
}

static void
clear_contents(MnFrame *f)
{
    for (int i = 0; i < f->stacktop; i++) {
        MN_CLEAR(f->localsplus[i]);
    }
    f->stacktop = 0;
    MN_CLEAR(f->f_locals);
    MnObject *func = f->f_func, *code = (MnObject *)f->f_code;
    f->f_func = NULL;
    f->f_code = NULL;
    mn_xdecref(func);
    mn_xdecref(code);
}

void
mn_frame_clear(MnFrame *f)
{
    MnFrameObject *fo = f->frame_obj;
    if (fo != NULL) {
        f->frame_obj = NULL;
        if (MN_REFCNT(fo) > 1) {
            mn_gc_untrack(fo);
            take_ownership(f, fo);
            mn_decref(fo);
            return;
        }
        fo->f_frame = NULL;
        mn_decref(fo);
    }
    clear_contents(f);
}

MnObject *
mn_frame_get_object(MnFrame *f)
{
    if (f->frame_obj != NULL) {
        return (MnObject *)f->frame_obj;
    }
    MnFrameObject *fo = (MnFrameObject *)mn_object_alloc(&mn_frame_type,
                                                         f->f_code->co_framesize);
    if (fo == NULL) {
        return NULL;
    }
    fo->f_frame = f;
    f->frame_obj = fo;
    // As CPython 3.11: untracked while the frame runs; tracked once it owns the frame.
    return (MnObject *)fo;
}

MnObject *
mn_frame_get_code(MnObject *frame)
{
    MnFrameObject *fo = (MnFrameObject *)frame;
    return fo->f_frame ? (MnObject *)fo->f_frame->f_code : mn_None;
}

int
mn_frame_lineno(MnFrame *f)
{
    int index = (int)(f->ip - f->f_code->co_code) - 1;
    return mn_code_addr2line(f->f_code, index);
}

int
mn_frame_get_lineno(MnObject *frame)
{
    MnFrameObject *fo = (MnFrameObject *)frame;
    if (fo->f_detached || fo->f_frame == NULL) {
        return fo->f_lineno;
    }
    return mn_frame_lineno(fo->f_frame);
}

MnObject *
mn_frame_locals_dict(MnFrame *f)
{
    if (f->f_locals != NULL) {
        return mn_newref(f->f_locals);
    }
    MnCode *co = f->f_code;
    MnObject *d = mn_dict_new();
    if (d == NULL) {
        return NULL;
    }
    int nlocals = co->co_nlocals;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        MnObject *name, *v = f->localsplus[i];
        if (i < nlocals) {
            name = MN_TUPLE_GET(co->co_varnames, i);
        } else if (i < nlocals + co->co_ncells) {
            name = MN_TUPLE_GET(co->co_cellvars, i - nlocals);
        } else {
            name = MN_TUPLE_GET(co->co_freevars, i - nlocals - co->co_ncells);
        }
        if (v != NULL && i >= nlocals) {
            if (!MN_CELL_CHECK(v)) {
                continue;
            }
            v = MN_CELL_GET(v);
        }
        if (v == NULL) {
            continue;
        }
        if (mn_dict_set_item(d, name, v) < 0) {
            mn_decref(d);
            return NULL;
        }
    }
    return d;
}

static void
frame_dealloc(MnObject *self)
{
    MnFrameObject *fo = (MnFrameObject *)self;
    mn_gc_untrack(self);
    if (fo->f_detached) {
        clear_contents(fo->f_frame);
    } else if (fo->f_frame != NULL && fo->f_frame->frame_obj == fo) {
        fo->f_frame->frame_obj = NULL;
    }
    MN_CLEAR(fo->f_back);
    mn_object_free(self);
}

static int
frame_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MnFrameObject *fo = (MnFrameObject *)self;
    MN_VISIT(fo->f_back);
    if (fo->f_detached) {
        MnFrame *f = fo->f_frame;
        MN_VISIT(f->f_func);
        MN_VISIT(f->f_code);
        MN_VISIT(f->f_locals);
        for (int i = 0; i < f->stacktop; i++) {
            MN_VISIT(f->localsplus[i]);
        }
    }
    return 0;
}

static int
frame_tp_clear(MnObject *self)
{
    MnFrameObject *fo = (MnFrameObject *)self;
    MN_CLEAR(fo->f_back);
    if (fo->f_detached) {
        MnFrame *f = fo->f_frame;
        for (int i = 0; i < f->stacktop; i++) {
            MN_CLEAR(f->localsplus[i]);
        }
        f->stacktop = 0;
        MN_CLEAR(f->f_locals);
    }
    return 0;
}

static MnObject *
frame_repr(MnObject *self)
{
    MnFrameObject *fo = (MnFrameObject *)self;
    MnCode *co = fo->f_frame ? fo->f_frame->f_code : NULL;
    if (co == NULL) {
        return mn_str_from_format("<frame at %p>", (void *)self);
    }
    MnObject *fname = mn_object_repr(co->co_filename);
    if (fname == NULL) {
        return NULL;
    }
    MnObject *r = mn_str_from_format("<frame at %p, file %U, line %d, code %U>", (void *)self,
                                     fname, mn_frame_get_lineno(self), co->co_name);
    mn_decref(fname);
    return r;
}

static MnObject *
frame_get_code(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(mn_frame_get_code(self));
}

static MnObject *
frame_get_lineno(MnObject *self, void *closure)
{
    (void)closure;
    return mn_int_from_long(mn_frame_get_lineno(self));
}

static MnObject *
frame_get_globals(MnObject *self, void *closure)
{
    (void)closure;
    MnFrame *f = ((MnFrameObject *)self)->f_frame;
    return mn_newref(f && f->f_func ? f->f_globals : mn_None);
}

static MnObject *
frame_get_builtins(MnObject *self, void *closure)
{
    (void)closure;
    MnFrame *f = ((MnFrameObject *)self)->f_frame;
    return mn_newref(f && f->f_func ? f->f_builtins : mn_None);
}

static MnObject *
frame_get_locals(MnObject *self, void *closure)
{
    (void)closure;
    MnFrame *f = ((MnFrameObject *)self)->f_frame;
    if (f == NULL || f->f_code == NULL) {
        return mn_dict_new();
    }
    return mn_frame_locals_dict(f);
}

static MnObject *
frame_get_back(MnObject *self, void *closure)
{
    (void)closure;
    MnFrameObject *fo = (MnFrameObject *)self;
    if (fo->f_back != NULL) {
        return mn_newref(fo->f_back);
    }
    if (!fo->f_detached && fo->f_frame != NULL && fo->f_frame->previous != NULL) {
        return mn_xnewref(mn_frame_get_object(fo->f_frame->previous));
    }
    return mn_newref(mn_None);
}

static MnObject *
frame_get_lasti(MnObject *self, void *closure)
{
    (void)closure;
    MnFrame *f = ((MnFrameObject *)self)->f_frame;
    if (f == NULL || f->f_code == NULL) {
        return mn_int_from_long(-1);
    }
    return mn_int_from_long((long)((f->ip - f->f_code->co_code) - 1) * 2);
}

static const MnGetSetDef frame_getset[] = {
    {"f_code", frame_get_code, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL, NULL},
    {"f_builtins", frame_get_builtins, NULL, NULL, NULL},
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_frame_type = {
    MN_TYPE_HEAD_INIT,                      .tp_name = "frame",
    .tp_basicsize = sizeof(MnFrameObject),  .tp_itemsize = sizeof(MnObject *),
    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = frame_dealloc,            .tp_repr = frame_repr,
    .tp_traverse = frame_traverse,          .tp_clear = frame_tp_clear,
    .tp_getset = frame_getset,
};
