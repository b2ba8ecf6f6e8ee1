/*
 * runtime/gen.c - generator objects: the frame lives inside the object; send/throw/close
 * resume it through mn_eval_frame. `yield from` delegation of throw/close to the
 * sub-iterator happens here; PEP 479 turns an escaping StopIteration into RuntimeError.
 * See also: runtime/gen.h, src/eval.c (YIELD_VALUE, SEND), src/frame.c
 */
#include "mnemo.h"
#include "gen.h"
#include "func.h"
#include "frame.h"
#include "eval.h"
#include "traceback.h"
#include "weakref.h"

#define GEN(o) ((MnGen *)(o))

MnObject *
mn_gen_new(MnObject *func)
{
    MnFunction *fn = (MnFunction *)func;
    MnCode *co = (MnCode *)fn->func_code;
    MnGen *g = (MnGen *)mn_object_alloc(&mn_gen_type, co->co_framesize);
    if (g == NULL) {
        return NULL;
    }
    g->gi_name = mn_newref(fn->func_name);
    g->gi_qualname = mn_newref(fn->func_qualname);
    g->gi_code = mn_newref(co);
    g->gi_state = MN_GEN_CREATED;
    g->gi_framewords = co->co_framesize;
    MnFrame *f = MN_GEN_FRAME(g);
    mn_frame_init_specials(f, func, NULL);
    f->owner = MN_FRAME_GENERATOR;
    mn_gc_track(g);
    return (MnObject *)g;
}

static void
gen_clear_frame(MnGen *g)
{
    if (!g->gi_closed_frame) {
        g->gi_closed_frame = 1;
        mn_frame_clear(MN_GEN_FRAME(g));
    }
}

static void
set_stop_iteration(MnObject *value)
{
    if (value == mn_None) {
        mn_err_set_object(mn_exc_StopIteration, NULL);
        return;
    }
    MnObject *exc = mn_exc_new(mn_exc_StopIteration, &value, 1);
    if (exc != NULL) {
        mn_err_set_object(mn_exc_StopIteration, exc);
        mn_decref(exc);
    }
}

static void
pep479(void)
{
    if (!mn_err_matches((MnObject *)mn_exc_StopIteration)) {
        return;
    }
    MnObject *stop = mn_err_fetch();
    MnObject *msg = mn_str_from_cstr("generator raised StopIteration");
    MnObject *rt = msg ? mn_exc_new(mn_exc_RuntimeError, &msg, 1) : NULL;
    mn_xdecref(msg);
    if (rt == NULL) {
        mn_decref(stop);
        return;
    }
    mn_exc_set_context(rt, mn_newref(stop));
    mn_exc_set_cause(rt, stop);
    mn_err_restore(rt);
}

// Runs the generator; [value] is pushed as the result of the pending yield unless [exc].
static int
gen_resume(MnGen *g, MnObject *value, int exc, MnObject **result)
{
    MnFrame *f = MN_GEN_FRAME(g);
    *result = NULL;
    if (g->gi_state == MN_GEN_RUNNING) {
        mn_err_format(mn_exc_ValueError, "generator already executing");
        return -1;
    }
    if (g->gi_state == MN_GEN_CLOSED) {
        if (exc) {
            return -1;
        }
        *result = mn_newref(mn_None);
        return 0;
    }
    if (!exc) {
        f->localsplus[f->stacktop++] = mn_newref(value ? value : mn_None);
    }
    g->gi_state = MN_GEN_RUNNING;
    MnObject *outer = mn_rt.handled;
    mn_rt.handled = g->gi_exc ? g->gi_exc : mn_xnewref(outer);
    g->gi_exc = NULL;
    mn_incref(g);
    MnObject *res = mn_eval_frame(f, exc);
    MnObject *inner = mn_rt.handled;
    mn_rt.handled = outer;
    if (inner == outer) {
        mn_xdecref(inner);
    } else {
        g->gi_exc = inner;
    }
    int ret;
    if (g->gi_state == MN_GEN_SUSPENDED) {
        ret = 1;
    } else {
        g->gi_state = MN_GEN_CLOSED;
        MN_CLEAR(g->gi_exc);
        if (res == NULL) {
            pep479();
        }
        gen_clear_frame(g);
        ret = res ? 0 : -1;
    }
    *result = res;
    mn_decref(g);
    return ret;
}

int
mn_gen_send_ex(MnObject *gen, MnObject *value, MnObject **result)
{
    MnGen *g = GEN(gen);
    if (g->gi_state == MN_GEN_CREATED && value != NULL && value != mn_None) {
        mn_err_format(mn_exc_TypeError, "can't send non-None value to a just-started generator");
        *result = NULL;
        return -1;
    }
    return gen_resume(g, value, 0, result);
}

MnObject *
mn_gen_send(MnObject *gen, MnObject *value)
{
    MnObject *res;
    int r = mn_gen_send_ex(gen, value, &res);
    if (r == 0) {
        set_stop_iteration(res);
        mn_decref(res);
        return NULL;
    }
    return res;
}

static MnObject *
gen_iternext(MnObject *self)
{
    MnObject *res;
    int r = mn_gen_send_ex(self, mn_None, &res);
    if (r == 0) {
        if (res != mn_None) {
            set_stop_iteration(res);
        }
        mn_decref(res);
        return NULL;
    }
    return res;
}

/* ==== throw and close ==== */

static MnObject *gen_throw_exc(MnGen *g, MnObject *exc, int close_on_genexit);

// The sub-iterator a generator suspended in `yield from` is delegating to (borrowed).
static MnObject *
gen_yf(MnGen *g)
{
    MnFrame *f = MN_GEN_FRAME(g);
    if (g->gi_state != MN_GEN_SUSPENDED || !f->yield_from) {
        return NULL;
    }
    return f->localsplus[f->stacktop - 1];
}

static int
close_iter(MnObject *yf)
{
    if (MN_GEN_CHECK(yf)) {
        return mn_gen_close(yf);
    }
    MnObject *meth = NULL;
    MnObject *name = mn_str_intern_cstr("close");
    if (name == NULL) {
        return -1;
    }
    int r = mn_object_lookup_attr(yf, name, &meth);
    mn_decref(name);
    if (r < 0) {
        mn_err_write_unraisable(yf);
        return 0;
    }
    if (meth != NULL) {
        MnObject *res = mn_object_call_noargs(meth);
        mn_decref(meth);
        if (res == NULL) {
            return -1;
        }
        mn_decref(res);
    }
    return 0;
}

// Throws [exc] (an instance, borrowed) into the frame of [g] itself.
static MnObject *
throw_here(MnGen *g, MnObject *exc)
{
    if (g->gi_state == MN_GEN_CLOSED) {
        mn_err_restore(mn_newref(exc));
        return NULL;
    }
    if (g->gi_state == MN_GEN_CREATED) {
        g->gi_state = MN_GEN_CLOSED;
        gen_clear_frame(g);
        mn_err_restore(mn_newref(exc));
        return NULL;
    }
    mn_err_restore(mn_newref(exc));
    MnObject *res;
    int r = gen_resume(g, NULL, 1, &res);
    if (r == 0) {
        set_stop_iteration(res);
        mn_decref(res);
        return NULL;
    }
    return res;
}

// After the sub-iterator of a `yield from` finished with [value]: pop it and continue after
// the SEND loop with [value] as the result of the yield from.
static MnObject *
finish_yield_from(MnGen *g, MnObject *value)
{
    MnFrame *f = MN_GEN_FRAME(g);
    const MnInstr *send = f->ip - 2;
    MN_CLEAR(f->localsplus[f->stacktop - 1]);
    f->stacktop--;
    f->ip = f->f_code->co_code + MN_INSTR_ARG(*send);
    f->yield_from = 0;
    MnObject *res;
    int r = gen_resume(g, value, 0, &res);
    if (r == 0) {
        set_stop_iteration(res);
        mn_decref(res);
        return NULL;
    }
    return res;
}

static MnObject *
delegate_throw(MnGen *g, MnObject *yf, MnObject *exc)
{
    MnObject *ret;
    g->gi_state = MN_GEN_RUNNING;
    if (MN_GEN_CHECK(yf)) {
        ret = gen_throw_exc(GEN(yf), exc, 1);
    } else {
        MnObject *meth = NULL;
        MnObject *name = mn_str_intern_cstr("throw");
        int r = name ? mn_object_lookup_attr(yf, name, &meth) : -1;
        mn_xdecref(name);
        if (r <= 0) {
            g->gi_state = MN_GEN_SUSPENDED;
            if (r < 0) {
                return NULL;
            }
            return throw_here(g, exc);
        }
        MnObject *args[3] = {(MnObject *)MN_TYPE(exc), exc, mn_None};
        MnObject *tb = mn_exc_get_traceback(exc);
        if (tb != NULL) {
            args[2] = tb;
        }
        ret = mn_object_call(meth, args, 3, NULL);
        mn_decref(meth);
    }
    g->gi_state = MN_GEN_SUSPENDED;
    if (ret != NULL) {
        return ret;
    }
    if (mn_err_matches((MnObject *)mn_exc_StopIteration)) {
        MnObject *stop = mn_err_fetch();
        MnObject *val = ((MnStopIteration *)stop)->value;
        val = mn_newref(val ? val : mn_None);
        mn_decref(stop);
        ret = finish_yield_from(g, val);
        mn_decref(val);
        return ret;
    }
    if (mn_err_occurred() == NULL) {
        return finish_yield_from(g, mn_None);
    }
    MnObject *err = mn_err_fetch();
    ret = throw_here(g, err);
    mn_decref(err);
    return ret;
}

static MnObject *
gen_throw_exc(MnGen *g, MnObject *exc, int close_on_genexit)
{
    MnObject *yf = gen_yf(g);
    if (yf != NULL) {
        mn_incref(yf);
        MnObject *ret;
        if (close_on_genexit && mn_err_given_matches(exc, (MnObject *)mn_exc_GeneratorExit)) {
            g->gi_state = MN_GEN_RUNNING;
            int r = close_iter(yf);
            g->gi_state = MN_GEN_SUSPENDED;
            if (r < 0) {
                MnObject *err = mn_err_fetch();
                ret = throw_here(g, err);
                mn_decref(err);
            } else {
                ret = throw_here(g, exc);
            }
        } else {
            ret = delegate_throw(g, yf, exc);
        }
        mn_decref(yf);
        return ret;
    }
    return throw_here(g, exc);
}

// Builds the exception instance for throw(typ, val, tb). -> new reference, or NULL.
static MnObject *
make_throw_exc(MnObject *typ, MnObject *val, MnObject *tb)
{
    MnObject *exc;
    if (tb == mn_None) {
        tb = NULL;
    } else if (tb != NULL && !MN_TRACEBACK_CHECK(tb)) {
        return mn_err_format(mn_exc_TypeError, "throw() third argument must be a traceback object");
    }
    if (MN_TYPE_CHECK(typ) && MN_EXC_TYPE_CHECK(typ)) {
        if (val != NULL && val != mn_None && mn_object_isinstance(val, typ) == 1) {
            exc = mn_newref(val);
        } else if (val == NULL || val == mn_None) {
            exc = mn_exc_new((MnType *)typ, NULL, 0);
        } else if (MN_TUPLE_CHECK(val)) {
            exc = mn_object_call((MnObject *)typ, MN_TUPLE_ITEMS(val), MN_TUPLE_LEN(val), NULL);
        } else {
            exc = mn_object_call((MnObject *)typ, &val, 1, NULL);
        }
        if (exc == NULL) {
            return NULL;
        }
        if (!MN_EXC_CHECK(exc)) {
            mn_err_format(mn_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          typ, MN_TYPE(exc)->tp_name);
            mn_decref(exc);
            return NULL;
        }
    } else if (MN_EXC_CHECK(typ)) {
        if (val != NULL && val != mn_None) {
            return mn_err_format(mn_exc_TypeError,
                                 "instance exception may not have a separate value");
        }
        exc = mn_newref(typ);
    } else {
        return mn_err_format(mn_exc_TypeError,
                             "exceptions must be classes or instances deriving from "
                             "BaseException, not %s", MN_TYPE(typ)->tp_name);
    }
    if (tb != NULL) {
        mn_exc_set_traceback(exc, tb);
    }
    return exc;
}

static MnObject *
gen_throw(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    if (nargs < 1 || nargs > 3) {
        return mn_err_format(mn_exc_TypeError, "throw expected at least 1 argument, got %zd",
                             nargs);
    }
    MnObject *exc = make_throw_exc(args[0], nargs > 1 ? args[1] : NULL,
                                   nargs > 2 ? args[2] : NULL);
    if (exc == NULL) {
        return NULL;
    }
    MnObject *res = gen_throw_exc(GEN(self), exc, 1);
    mn_decref(exc);
    return res;
}

int
mn_gen_close(MnObject *gen)
{
    MnGen *g = GEN(gen);
    if (g->gi_state == MN_GEN_CREATED || g->gi_state == MN_GEN_CLOSED) {
        if (g->gi_state == MN_GEN_RUNNING) {
            mn_err_format(mn_exc_ValueError, "generator already executing");
            return -1;
        }
        g->gi_state = MN_GEN_CLOSED;
        gen_clear_frame(g);
        return 0;
    }
    if (g->gi_state == MN_GEN_RUNNING) {
        mn_err_format(mn_exc_ValueError, "generator already executing");
        return -1;
    }
    MnObject *exc = mn_exc_new(mn_exc_GeneratorExit, NULL, 0);
    if (exc == NULL) {
        return -1;
    }
    MnObject *res = gen_throw_exc(g, exc, 1);
    mn_decref(exc);
    if (res != NULL) {
        mn_decref(res);
        mn_err_format(mn_exc_RuntimeError, "generator ignored GeneratorExit");
        return -1;
    }
    if (mn_err_matches((MnObject *)mn_exc_StopIteration) ||
        mn_err_matches((MnObject *)mn_exc_GeneratorExit)) {
        mn_err_clear();
        return 0;
    }
    return mn_err_occurred() ? -1 : 0;
}

/* ==== the type ==== */

static MnObject *
gen_send_meth(MnObject *self, MnObject *arg)
{
    return mn_gen_send(self, arg);
}

static MnObject *
gen_close_meth(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (mn_gen_close(self) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static void
gen_finalize(MnObject *self)
{
    MnGen *g = GEN(self);
    if (g->gi_state != MN_GEN_SUSPENDED) {
        return;
    }
    MnObject *saved = mn_err_fetch();
    if (mn_gen_close(self) < 0) {
        mn_err_write_unraisable(self);
    }
    mn_err_restore(saved);
}

static void
gen_dealloc(MnObject *self)
{
    MnGen *g = GEN(self);
    mn_gc_untrack(self);
    if (g->gi_weakreflist != NULL) {
        mn_weakref_clear_refs(self);
    }
    if (g->gi_state == MN_GEN_SUSPENDED) {
        // Resurrect for the duration of close(); keep it if close() stored a reference.
        MN_REFCNT(self) = 0;
        mn_incref(self);
        gen_finalize(self);
        MN_REF_DEC();
        if (--MN_REFCNT(self) != 0) {
            mn_gc_track(self);
            return;
        }
    }
    gen_clear_frame(g);
    MN_CLEAR(g->gi_exc);
    MN_CLEAR(g->gi_name);
    MN_CLEAR(g->gi_qualname);
    MN_CLEAR(g->gi_code);
    mn_object_free(self);
}

static int
gen_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MnGen *g = GEN(self);
    MN_VISIT(g->gi_exc);
    MN_VISIT(g->gi_name);
    MN_VISIT(g->gi_qualname);
    if (!g->gi_closed_frame) {
        MnFrame *f = MN_GEN_FRAME(g);
        MN_VISIT(f->f_func);
        MN_VISIT(f->f_locals);
        MN_VISIT(f->frame_obj);
        int top = g->gi_state == MN_GEN_RUNNING ? f->f_code->co_nlocalsplus : f->stacktop;
        for (int i = 0; i < top; i++) {
            MN_VISIT(f->localsplus[i]);
        }
    }
    return 0;
}

static int
gen_tp_clear(MnObject *self)
{
    MnGen *g = GEN(self);
    MN_CLEAR(g->gi_exc);
    g->gi_state = MN_GEN_CLOSED;
    gen_clear_frame(g);
    return 0;
}

static MnObject *
gen_repr(MnObject *self)
{
    return mn_str_from_format("<generator object %U at %p>", GEN(self)->gi_qualname,
                              (void *)self);
}

static MnObject *
gen_iter(MnObject *self)
{
    return mn_newref(self);
}

static MnObject *
gen_get_frame(MnObject *self, void *closure)
{
    (void)closure;
    MnGen *g = GEN(self);
    if (g->gi_closed_frame || g->gi_state == MN_GEN_CLOSED) {
        return mn_newref(mn_None);
    }
    return mn_xnewref(mn_frame_get_object(MN_GEN_FRAME(g)));
}

static MnObject *
gen_get_running(MnObject *self, void *closure)
{
    (void)closure;
    return mn_bool_from_long(GEN(self)->gi_state == MN_GEN_RUNNING);
}

static MnObject *
gen_get_suspended(MnObject *self, void *closure)
{
    (void)closure;
    return mn_bool_from_long(GEN(self)->gi_state == MN_GEN_SUSPENDED);
}

static MnObject *
gen_get_yieldfrom(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *yf = gen_yf(GEN(self));
    return mn_newref(yf ? yf : mn_None);
}

static MnObject *
gen_get_name(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(GEN(self)->gi_name);
}

static int
gen_set_name(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL || !MN_STR_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    MN_SETREF(GEN(self)->gi_name, mn_newref(value));
    return 0;
}

static MnObject *
gen_get_qualname(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(GEN(self)->gi_qualname);
}

static int
gen_set_qualname(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    if (value == NULL || !MN_STR_CHECK(value)) {
        mn_err_format(mn_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    MN_SETREF(GEN(self)->gi_qualname, mn_newref(value));
    return 0;
}

static const MnMethodDef gen_methods[] = {
    {"send", (void *)gen_send_meth, MN_METH_O, NULL},
    {"throw", (void *)gen_throw, MN_METH_FAST, NULL},
    {"close", (void *)gen_close_meth, MN_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MnMemberDef gen_members[] = {
    {"gi_code", MN_T_OBJECT, offsetof(MnGen, gi_code), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const MnGetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_gen_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "generator",
    .tp_basicsize = sizeof(MnGen),      .tp_itemsize = sizeof(MnObject *),
    .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_HAS_FINALIZE,
    .tp_dealloc = gen_dealloc,          .tp_repr = gen_repr,
    .tp_traverse = gen_traverse,        .tp_clear = gen_tp_clear,
    .tp_finalize = gen_finalize,
    .tp_iter = gen_iter,                .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,          .tp_members = gen_members,
    .tp_getset = gen_getset,
    .tp_weaklistoffset = offsetof(MnGen, gi_weakreflist),
};
