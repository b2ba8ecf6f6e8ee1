/*
 * runtime/traceback.c - traceback objects and mn_err_add_traceback, which prepends an entry
 * for a frame to the current exception's __traceback__ as the exception unwinds.
 * See also: runtime/traceback.h, src/err.c (printing), src/frame.c (frame objects)
 */
#include "mnemo.h"
#include "traceback.h"
#include "frame.h"

MnObject *
mn_traceback_new(MnObject *next, MnObject *frame, int lasti, int lineno)
{
    MnTraceback *tb = (MnTraceback *)mn_object_alloc(&mn_traceback_type, 0);
    if (tb == NULL) {
        return NULL;
    }
    tb->tb_next = mn_xnewref(next);
    tb->tb_frame = mn_xnewref(frame);
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    mn_gc_track(tb);
    return (MnObject *)tb;
}

int
mn_err_add_traceback(MnObject *frame, int lineno)
{
    MnObject *exc = mn_err_fetch();
    if (exc == NULL) {
        return 0;
    }
    int lasti = -1;
    MnFrameObject *fo = (MnFrameObject *)frame;
    if (fo->f_frame != NULL && fo->f_frame->ip != NULL) {
        lasti = (int)(fo->f_frame->ip - fo->f_frame->f_code->co_code - 1) * 2;
    }
    MnObject *tb = mn_traceback_new(mn_exc_get_traceback(exc), frame, lasti, lineno);
    if (tb == NULL) {
        mn_err_clear();
        mn_err_restore(exc);
        return -1;
    }
    mn_exc_set_traceback(exc, tb);
    mn_decref(tb);
    mn_err_restore(exc);
    return 0;
}

static void
tb_dealloc(MnObject *self)
{
    MnTraceback *tb = (MnTraceback *)self;
    mn_gc_untrack(self);
    MN_CLEAR(tb->tb_next);
    MN_CLEAR(tb->tb_frame);
    mn_object_free(self);
}

static int
tb_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnTraceback *)self)->tb_next);
    MN_VISIT(((MnTraceback *)self)->tb_frame);
    return 0;
}

static int
tb_clear(MnObject *self)
{
    MN_CLEAR(((MnTraceback *)self)->tb_next);
    MN_CLEAR(((MnTraceback *)self)->tb_frame);
    return 0;
}

static MnObject *
tb_get_next(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *next = ((MnTraceback *)self)->tb_next;
    return mn_newref(next ? next : mn_None);
}

static int
tb_set_next(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL) {
        mn_err_format(mn_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value == mn_None) {
        MN_CLEAR(((MnTraceback *)self)->tb_next);
        return 0;
    }
    if (!MN_TRACEBACK_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "expected traceback object or None, got '%s'",
                      MN_TYPE(value)->tp_name);
        return -1;
    }
    for (MnObject *c = value; c != NULL; c = ((MnTraceback *)c)->tb_next) {
        if (c == self) {
            mn_err_format(mn_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    MN_SETREF(((MnTraceback *)self)->tb_next, mn_newref(value));
    return 0;
}

static const MnMemberDef tb_members[] = {
    {"tb_frame", MN_T_OBJECT, offsetof(MnTraceback, tb_frame), MN_READONLY, NULL},
    {"tb_lasti", MN_T_INT, offsetof(MnTraceback, tb_lasti), MN_READONLY, NULL},
    {"tb_lineno", MN_T_INT, offsetof(MnTraceback, tb_lineno), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const MnGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_traceback_type = {
    MN_TYPE_HEAD_INIT,                      .tp_name = "traceback",
    .tp_basicsize = sizeof(MnTraceback),    .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = tb_dealloc,
    .tp_traverse = tb_traverse,             .tp_clear = tb_clear,
    .tp_members = tb_members,               .tp_getset = tb_getset,
};
