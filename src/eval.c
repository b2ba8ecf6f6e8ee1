/*
 * src/eval.c - the dispatch loop. One C activation runs a chain of Python frames: CALL of a
 * Python function pushes a frame on the data stack and continues here; RETURN_VALUE pops
 * back to the caller. Errors unwind through the code's exception table; a frame without a
 * handler is popped and the error continues in its caller. Longer logic lives in
 * src/eval_helpers.c.
 * See also: src/eval.h, src/eval_impl.h, src/frame.c, src/opcodes.h
 */
#include "eval_impl.h"

MnFrame *
mn_eval_current_frame(void)
{
    return mn_rt.frame;
}

static int
check_recursion(void)
{
    if (mn_rt.recursion_depth >= mn_rt.recursion_limit) {
        mn_err_format(mn_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

// Pushes a frame for a call of the Python function [func] and binds its arguments. With
// [steal] the positional arguments' references move into the frame.
static MnFrame *
push_call(MnObject *func, MnObject **args, intptr_t nargs, MnObject *kwnames, int *stolen)
{
    MnCode *co = (MnCode *)((MnFunction *)func)->func_code;
    if (check_recursion() < 0) {
        return NULL;
    }
    MnFrame *f = mn_frame_push(func);
    if (f == NULL) {
        return NULL;
    }
    if (kwnames == NULL && nargs == co->co_argcount && co->co_kwonlyargcount == 0 &&
        !(co->co_flags & (MN_CO_VARARGS | MN_CO_VARKEYWORDS))) {
        for (intptr_t i = 0; i < nargs; i++) {
            f->localsplus[i] = args[i];
        }
        *stolen = 1;
        return f;
    }
    *stolen = 0;
    if (mn_frame_bind_args(f, args, nargs, kwnames) < 0) {
        mn_frame_clear(f);
        mn_frame_pop(f);
        return NULL;
    }
    return f;
}

MnObject *
mn_eval_call_function(MnObject *func, MnObject *const *args, intptr_t nargs,
                      MnObject *kwnames)
{
    MnCode *co = (MnCode *)((MnFunction *)func)->func_code;
    if (co->co_flags & MN_CO_GENERATOR) {
        MnObject *gen = mn_gen_new(func);
        if (gen == NULL) {
            return NULL;
        }
        if (mn_frame_bind_args(MN_GEN_FRAME(gen), args, nargs, kwnames) < 0) {
            mn_decref(gen);
            return NULL;
        }
        return gen;
    }
    MnFrame *f = mn_frame_push(func);
    if (f == NULL) {
        return NULL;
    }
    if (mn_frame_bind_args(f, args, nargs, kwnames) < 0) {
        mn_frame_clear(f);
        mn_frame_pop(f);
        return NULL;
    }
    return mn_eval_frame(f, 0);
}

MnObject *
mn_eval_code(MnObject *code, MnObject *globals, MnObject *locals)
{
    if (mn_dict_get_cstr_borrow(globals, "__builtins__") == NULL && mn_rt.builtins_module) {
        if (mn_dict_set_item_cstr(globals, "__builtins__", mn_rt.builtins_module) < 0) {
            return NULL;
        }
    }
    MnObject *func = mn_func_new(code, globals, NULL);
    if (func == NULL) {
        return NULL;
    }
    MnFrame *f = mn_frame_push(func);
    mn_decref(func);
    if (f == NULL) {
        return NULL;
    }
    f->f_locals = mn_xnewref(locals ? locals : globals);
    return mn_eval_frame(f, 0);
}

MnObject *
mn_eval_globals(void)
{
    return mn_rt.frame ? mn_rt.frame->f_globals : NULL;
}

MnObject *
mn_eval_builtins(void)
{
    return mn_rt.frame ? mn_rt.frame->f_builtins : mn_rt.builtins;
}

MnObject *
mn_eval_locals(void)
{
    MnFrame *f = mn_rt.frame;
    if (f == NULL) {
        return mn_err_format(mn_exc_SystemError, "frame does not exist");
    }
    return mn_frame_locals_dict(f);
}

/* ==== the loop ==== */

#if MN_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
#define DISPATCH() do { FETCH(); goto *targets[opcode]; } while (0)
#else
#define TARGET(op) case MN_OP_##op:
#define DISPATCH() do { FETCH(); goto dispatch; } while (0)
#endif

#define FETCH()                                 \
    do {                                        \
        MnInstr in_ = *ip++;                    \
        frame->ip = ip;                         \
        opcode = (int)MN_INSTR_OP(in_);         \
        oparg = (int)MN_INSTR_ARG(in_);         \
    } while (0)
#define SAVE_IP() (frame->ip = ip)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define GETLOCAL(i) (localsplus[i])
#define NAME(i) MN_TUPLE_GET(frame->f_code->co_names, i)
#define JUMPTO(i) (ip = frame->f_code->co_code + (i))
#define LOAD_REGISTERS()                                            \
    do {                                                            \
        ip = frame->ip;                                             \
        localsplus = frame->localsplus;                             \
        sp = localsplus + frame->stacktop;                          \
        consts = MN_TUPLE_ITEMS(frame->f_code->co_consts);          \
    } while (0)
#define CHECK_INTERRUPT()                                           \
    do {                                                            \
        if (mn_rt.interrupt) {                                      \
            mn_rt.interrupt = 0;                                    \
            mn_err_set_object(mn_exc_KeyboardInterrupt, NULL);      \
            goto error;                                             \
        }                                                           \
    } while (0)

MnObject *
mn_eval_frame(MnFrame *entry, int throwflag)
{
#if MN_COMPUTED_GOTO
    static void *const targets[MN_OP_COUNT] = {
#define MN_OP_TARGET(name, effect) [MN_OP_##name] = &&TARGET_##name,
        MN_OPCODE_LIST(MN_OP_TARGET)
#undef MN_OP_TARGET
    };
#endif
    MnFrame *frame = entry;
    const MnInstr *ip;
    MnObject **sp, **localsplus;
    MnObject *const *consts;
    MnObject *kwnames = NULL;
    MnObject *retval = NULL;
    int opcode, oparg;

    entry->is_entry = 1;
    entry->previous = mn_rt.frame;
    if (check_recursion() < 0) {
        if (entry->owner == MN_FRAME_DATASTACK) {
            mn_frame_clear(entry);
            mn_frame_pop(entry);
        }
        return NULL;
    }
    mn_rt.recursion_depth++;
    mn_rt.frame = frame;
    LOAD_REGISTERS();
    if (throwflag) {
        goto error;
    }
    DISPATCH();

#if !MN_COMPUTED_GOTO
dispatch:
    switch (opcode) {
#endif

    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(POP_TOP) {
        MnObject *v = POP();
        mn_decref(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        MnObject *v = PEEK(oparg);
        PUSH(mn_newref(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        MnObject *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PUSH(mn_newref(consts[oparg]));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        MnObject *v = GETLOCAL(oparg);
        if (v == NULL) {
            mn_eval_unbound_local(frame, oparg);
            goto error;
        }
        PUSH(mn_newref(v));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        MnObject *old = GETLOCAL(oparg);
        GETLOCAL(oparg) = POP();
        mn_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        MnObject *old = GETLOCAL(oparg);
        if (old == NULL) {
            mn_eval_unbound_local(frame, oparg);
            goto error;
        }
        GETLOCAL(oparg) = NULL;
        mn_decref(old);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        MnObject *v = mn_eval_load_name(frame, NAME(oparg));
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        MnObject *v = POP();
        int r = mn_eval_store_name(frame, NAME(oparg), v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        if (mn_eval_delete_name(frame, NAME(oparg)) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        MnCacheEntry *ce = &frame->f_code->co_cache[MN_INSTR_ARG(*ip)];
        ip++;
        MnObject *g = frame->f_globals, *b = frame->f_builtins, *v;
        if (ce->p2 == (void *)g && ce->v1 == ((MnDict *)g)->ma_version_tag &&
            ce->v2 == ((MnDict *)b)->ma_version_tag && ce->p1 != NULL) {
            v = mn_newref(ce->p1);
        } else {
            v = mn_eval_load_global(frame, NAME(oparg >> 1), ce);
            if (v == NULL) {
                goto error;
            }
        }
        if (oparg & 1) {
            PUSH(NULL);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        MnObject *v = POP();
        int r = mn_dict_set_item(frame->f_globals, NAME(oparg), v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (mn_dict_del_item(frame->f_globals, NAME(oparg)) < 0) {
            if (mn_err_matches((MnObject *)mn_exc_KeyError)) {
                mn_err_clear();
                mn_eval_name_error(NAME(oparg));
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        if (mn_eval_make_cell(frame, oparg) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        MnCode *co = frame->f_code;
        MnObject *closure = ((MnFunction *)frame->f_func)->func_closure;
        int base = co->co_nlocals + co->co_ncells;
        for (int i = 0; i < oparg; i++) {
            MnObject *cell = MN_TUPLE_GET(closure, i);
            MN_SETREF(GETLOCAL(base + i), mn_newref(cell));
        }
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(mn_newref(GETLOCAL(oparg)));
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        MnObject *v = MN_CELL_GET(GETLOCAL(oparg));
        if (v == NULL) {
            mn_eval_unbound_deref(frame, oparg);
            goto error;
        }
        PUSH(mn_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        MnObject *v = mn_eval_load_classderef(frame, oparg);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        MnObject *v = POP();
        MnCell *cell = (MnCell *)GETLOCAL(oparg);
        MnObject *old = cell->ob_ref;
        cell->ob_ref = v;
        mn_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        MnCell *cell = (MnCell *)GETLOCAL(oparg);
        if (cell->ob_ref == NULL) {
            mn_eval_unbound_deref(frame, oparg);
            goto error;
        }
        MN_CLEAR(cell->ob_ref);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        MnObject *owner = TOP();
        MnCacheEntry *ce = &frame->f_code->co_cache[MN_INSTR_ARG(*ip)];
        ip++;
        MnType *tp = MN_TYPE(owner);
        MnObject *res = NULL;
        if (ce->p1 == (void *)tp && ce->v1 == tp->tp_version_tag) {
            MnObject **dp = mn_object_dict_ptr(owner);
            if (dp && *dp) {
                res = mn_dict_get_str_borrow(*dp, NAME(oparg));
            }
            else if (dp && MN_TYPE_HAS_FLAG(tp, MN_TPFLAG_MANAGED_DICT) &&
                     *MN_INSTANCE_VALUES_PTR(owner)) {
                res = mn_dict_values_get(tp->ht_cached_keys, *MN_INSTANCE_VALUES_PTR(owner),
                                         NAME(oparg));
            }
            mn_xincref(res);
        }
        if (res == NULL) {
            res = mn_eval_load_attr(owner, NAME(oparg), ce);
        }
        mn_decref(owner);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        MnObject *owner = TOP();
        ip++;
        MnObject *meth = NULL;
        int found = mn_eval_load_method(owner, NAME(oparg), &meth);
        if (found < 0) {
            goto error;
        }
        if (found) {
            SET_TOP(meth);
            PUSH(owner);
        } else {
            SET_TOP(NULL);
            mn_decref(owner);
            PUSH(meth);
        }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        MnObject *owner = POP(), *v = POP();
        SAVE_IP();
        int r = mn_eval_store_attr(owner, NAME(oparg), v);
        mn_decref(owner);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        MnObject *owner = POP();
        int r = mn_object_setattr(owner, NAME(oparg), NULL);
        mn_decref(owner);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        MnObject *right = POP(), *left = TOP();
        MnObject *res = NULL;
        if (MN_INT_CHECK_EXACT(left) && MN_INT_CHECK_EXACT(right) &&
            MN_INT_IS_COMPACT(left) && MN_INT_IS_COMPACT(right)) {
            res = mn_eval_int_binop(left, right, oparg);
        } else if (MN_FLOAT_CHECK_EXACT(left) || MN_FLOAT_CHECK_EXACT(right)) {
            res = mn_eval_float_binop(left, right, oparg);
        }
        if (res == NULL) {
            res = oparg >= MN_BINOP_INPLACE
                ? mn_number_inplace_binop(left, right, oparg - MN_BINOP_INPLACE)
                : (oparg == MN_BINOP_POWER ? mn_number_power(left, right, mn_None)
                                           : mn_number_binop(left, right, oparg));
        }
        mn_decref(left);
        mn_decref(right);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        MnObject *v = TOP();
        MnObject *res = mn_number_positive(v);
        mn_decref(v);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        MnObject *v = TOP();
        MnObject *res = mn_number_negative(v);
        mn_decref(v);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        MnObject *v = TOP();
        MnObject *res = mn_number_invert(v);
        mn_decref(v);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        MnObject *v = TOP();
        int t = v == mn_True ? 1 : v == mn_False || v == mn_None ? 0 : mn_object_is_true(v);
        mn_decref(v);
        if (t < 0) {
            sp--;
            goto error;
        }
        SET_TOP(mn_newref(t ? mn_False : mn_True));
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        MnObject *right = POP(), *left = TOP();
        MnObject *res;
        if (MN_INT_CHECK_EXACT(left) && MN_INT_CHECK_EXACT(right) &&
            MN_INT_IS_COMPACT(left) && MN_INT_IS_COMPACT(right)) {
            res = mn_eval_int_compare(left, right, oparg);
        } else {
            res = mn_object_richcompare(left, right, oparg);
        }
        mn_decref(left);
        mn_decref(right);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(IS_OP) {
        MnObject *right = POP(), *left = TOP();
        int r = (left == right) ^ oparg;
        mn_decref(left);
        mn_decref(right);
        SET_TOP(mn_newref(r ? mn_True : mn_False));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        MnObject *right = POP(), *left = TOP();
        int r = mn_object_contains(right, left);
        mn_decref(left);
        mn_decref(right);
        if (r < 0) {
            sp--;
            goto error;
        }
        SET_TOP(mn_newref((r ^ oparg) ? mn_True : mn_False));
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        MnObject *key = POP(), *container = TOP();
        MnObject *res = mn_eval_subscr(container, key);
        mn_decref(container);
        mn_decref(key);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        MnObject *key = POP(), *container = POP(), *v = POP();
        if (MN_LIST_CHECK_EXACT(container) && MN_INT_CHECK_EXACT(key) &&
            MN_INT_IS_COMPACT(key)) {
            intptr_t i = MN_INT_COMPACT_VALUE(key), n = MN_LIST_LEN(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                MnObject *old = MN_LIST_GET(container, i);
                MN_LIST_SET(container, i, v);
                mn_decref(old);
                mn_decref(key);
                mn_decref(container);
                DISPATCH();
            }
        }
        int r = mn_object_setitem(container, key, v);
        mn_decref(key);
        mn_decref(container);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        MnObject *key = POP(), *container = POP();
        int r = mn_object_setitem(container, key, NULL);
        mn_decref(key);
        mn_decref(container);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        MnObject *step = oparg == 3 ? POP() : NULL;
        MnObject *stop = POP(), *start = TOP();
        MnObject *s = mn_slice_new(start, stop, step);
        mn_decref(start);
        mn_decref(stop);
        mn_xdecref(step);
        SET_TOP(s);
        if (s == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        MnObject *t = mn_tuple_new(oparg);
        if (t == NULL) {
            goto error;
        }
        for (int i = oparg - 1; i >= 0; i--) {
            MN_TUPLE_SET(t, i, POP());
        }
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        MnObject *l = mn_list_new(oparg);
        if (l == NULL) {
            goto error;
        }
        for (int i = oparg - 1; i >= 0; i--) {
            MN_LIST_SET(l, i, POP());
        }
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        MnObject *s = mn_eval_build_set(sp - oparg, oparg);
        while (oparg-- > 0) {
            mn_decref(POP());
        }
        if (s == NULL) {
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        MnObject *d = mn_eval_build_map(sp - 2 * oparg, oparg);
        for (int i = 0; i < 2 * oparg; i++) {
            mn_decref(POP());
        }
        if (d == NULL) {
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        MnObject *keys = POP();
        MnObject *d = mn_eval_build_const_key_map(keys, sp - oparg, oparg);
        mn_decref(keys);
        for (int i = 0; i < oparg; i++) {
            mn_decref(POP());
        }
        if (d == NULL) {
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        MnObject *s = mn_eval_build_string(sp - oparg, oparg);
        for (int i = 0; i < oparg; i++) {
            mn_decref(POP());
        }
        if (s == NULL) {
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        MnObject *v = POP();
        int r = mn_list_append(PEEK(oparg), v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_ADD) {
        MnObject *v = POP();
        int r = mn_set_add(PEEK(oparg), v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        MnObject *v = POP(), *k = POP();
        int r = mn_dict_set_item(PEEK(oparg), k, v);
        mn_decref(k);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        MnObject *v = POP();
        int r = mn_eval_list_extend(PEEK(oparg), v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        MnObject *v = POP();
        int r = mn_eval_set_update(PEEK(oparg), v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        MnObject *v = POP();
        int r = mn_eval_dict_update(PEEK(oparg), v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        MnObject *v = POP();
        int r = mn_eval_dict_merge(PEEK(oparg), v, PEEK(oparg + 2));
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        MnObject *l = TOP();
        MnObject *t = mn_list_as_tuple(l);
        mn_decref(l);
        SET_TOP(t);
        if (t == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        MnObject *seq = POP();
        int r = mn_eval_unpack(seq, oparg, -1, sp + oparg);
        mn_decref(seq);
        if (r < 0) {
            goto error;
        }
        sp += oparg;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        MnObject *seq = POP();
        int r = mn_eval_unpack(seq, before, after, sp + before + after + 1);
        mn_decref(seq);
        if (r < 0) {
            goto error;
        }
        sp += before + after + 1;
        DISPATCH();
    }

    TARGET(GET_ITER) {
        MnObject *v = TOP();
        MnObject *it = mn_object_get_iter(v);
        mn_decref(v);
        SET_TOP(it);
        if (it == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        MnObject *it = TOP();
        MnObject *next = MN_TYPE(it)->tp_iternext(it);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (mn_err_occurred() != NULL) {
            if (!mn_err_matches((MnObject *)mn_exc_StopIteration)) {
                goto error;
            }
            mn_err_clear();
        }
        sp--;
        mn_decref(it);
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        JUMPTO(oparg);
        CHECK_INTERRUPT();
        DISPATCH();
    }

    TARGET(JUMP_NO_INTERRUPT) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        MnObject *v = POP();
        int t = v == mn_True ? 1 : v == mn_False || v == mn_None ? 0 : mn_object_is_true(v);
        mn_decref(v);
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        MnObject *v = POP();
        int t = v == mn_True ? 1 : v == mn_False || v == mn_None ? 0 : mn_object_is_true(v);
        mn_decref(v);
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        MnObject *v = POP();
        if (v == mn_None) {
            JUMPTO(oparg);
        }
        mn_decref(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        MnObject *v = POP();
        if (v != mn_None) {
            JUMPTO(oparg);
        }
        mn_decref(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        MnObject *v = TOP();
        int t = v == mn_True ? 1 : v == mn_False || v == mn_None ? 0 : mn_object_is_true(v);
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMPTO(oparg);
        } else {
            sp--;
            mn_decref(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        MnObject *v = TOP();
        int t = v == mn_True ? 1 : v == mn_False || v == mn_None ? 0 : mn_object_is_true(v);
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMPTO(oparg);
        } else {
            sp--;
            mn_decref(v);
        }
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL) {
        int is_meth = PEEK(oparg + 2) != NULL;
        int total = oparg + is_meth;
        MnObject *callable = is_meth ? PEEK(oparg + 2) : PEEK(oparg + 1);
        MnObject **args = sp - total;
        if (!is_meth && MN_METHOD_CHECK(callable)) {
            MnObject *self = ((MnMethod *)callable)->im_self;
            MnObject *func = ((MnMethod *)callable)->im_func;
            PEEK(oparg + 2) = mn_newref(func);
            PEEK(oparg + 1) = mn_newref(self);
            mn_decref(callable);
            callable = func;
            args = sp - oparg - 1;
            total = oparg + 1;
            is_meth = 1;
        }
        MnObject *kw = kwnames;
        kwnames = NULL;
        intptr_t nargs = total - (kw ? MN_TUPLE_LEN(kw) : 0);
        CHECK_INTERRUPT();
        if (MN_FUNC_CHECK(callable) &&
            !(((MnCode *)((MnFunction *)callable)->func_code)->co_flags & MN_CO_GENERATOR)) {
            int stolen = 0;
            MnFrame *nf = push_call(callable, args, nargs, kw, &stolen);
            if (nf == NULL) {
                goto error;
            }
            for (int i = stolen ? (int)nargs : 0; i < total; i++) {
                mn_decref(args[i]);
            }
            sp = args;
            MnObject *c1 = POP();
            if (!is_meth) {
                sp--;
            }
            mn_xdecref(c1);
            frame->stacktop = (int)(sp - localsplus);
            nf->previous = frame;
            frame = nf;
            mn_rt.recursion_depth++;
            mn_rt.frame = frame;
            LOAD_REGISTERS();
            DISPATCH();
        }
        MnObject *res = mn_object_call(callable, args, nargs, kw);
        for (int i = 0; i < total; i++) {
            mn_decref(args[i]);
        }
        sp = args;
        MnObject *c1 = POP();
        if (!is_meth) {
            sp--;
        }
        mn_xdecref(c1);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        MnObject *kwargs = (oparg & 1) ? POP() : NULL;
        MnObject *callargs = POP(), *func = POP();
        if (MN_LIST_CHECK_EXACT(callargs)) {
            // as CPython, the list is dropped before the call: only the tuple holds the items
            MN_SETREF(callargs, mn_list_as_tuple(callargs));
            if (callargs == NULL) {
                mn_xdecref(kwargs);
                mn_decref(func);
                mn_xdecref(POP());
                goto error;
            }
        }
        MnObject *res = mn_eval_call_ex(func, callargs, kwargs);
        mn_xdecref(kwargs);
        mn_decref(callargs);
        mn_decref(func);
        MnObject *null = POP();
        mn_xdecref(null);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        MnObject *code = POP();
        MnObject *func = mn_func_new(code, frame->f_globals, NULL);
        mn_decref(code);
        if (func == NULL) {
            goto error;
        }
        MnFunction *fn = (MnFunction *)func;
        if (oparg & MN_MKFN_CLOSURE) {
            fn->func_closure = POP();
        }
        if (oparg & MN_MKFN_ANNOTATIONS) {
            fn->func_annotations = POP();
        }
        if (oparg & MN_MKFN_KWDEFAULTS) {
            fn->func_kwdefaults = POP();
        }
        if (oparg & MN_MKFN_DEFAULTS) {
            fn->func_defaults = POP();
        }
        PUSH(func);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        goto exit_frame;
    }

    TARGET(RAISE_VARARGS) {
        MnObject *cause = oparg == 2 ? POP() : NULL;
        MnObject *exc = oparg >= 1 ? POP() : NULL;
        int r = mn_eval_do_raise(exc, cause);
        if (r == 1) {
            goto exception_unwind;
        }
        goto error;
    }

    TARGET(RERAISE) {
        MnObject *exc = POP();
        mn_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        MnObject *v = TOP();
        MnObject *prev = mn_rt.handled;
        SET_TOP(prev ? prev : mn_newref(mn_None));
        mn_rt.handled = mn_newref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        MnObject *v = POP();
        MnObject *old = mn_rt.handled;
        if (v == mn_None) {
            mn_decref(v);
            v = NULL;
        }
        mn_rt.handled = v;
        mn_xdecref(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        MnObject *type = POP();
        int r = mn_eval_check_exc_match(TOP(), type);
        mn_decref(type);
        if (r < 0) {
            goto error;
        }
        PUSH(mn_newref(r ? mn_True : mn_False));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(mn_newref(mn_exc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        MnObject *mgr = TOP();
        MnObject *exit = NULL;
        MnObject *enter = mn_eval_before_with(mgr, &exit);
        if (enter == NULL) {
            goto error;
        }
        SET_TOP(exit);
        mn_decref(mgr);
        MnObject *res = mn_object_call_noargs(enter);
        mn_decref(enter);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        MnObject *res = mn_eval_with_except(PEEK(4), TOP());
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        frame->stacktop = (int)(sp - localsplus);
        frame->yield_from = (uint8_t)oparg;
        MnGen *gen = (MnGen *)((char *)frame - offsetof(MnGen, gi_iframe));
        gen->gi_state = MN_GEN_SUSPENDED;
        mn_rt.recursion_depth--;
        mn_rt.frame = frame->previous;
        frame->previous = NULL;
        return retval;
    }

    TARGET(SEND) {
        MnObject *v = POP();
        MnObject *res = NULL;
        int r = mn_eval_send(TOP(), v, &res);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            MnObject *recv = POP();
            mn_decref(recv);
            JUMPTO(oparg);
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        MnObject *v = TOP();
        if (!MN_GEN_CHECK(v)) {
            MnObject *it = mn_object_get_iter(v);
            mn_decref(v);
            SET_TOP(it);
            if (it == NULL) {
                sp--;
                goto error;
            }
        }
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        MnObject *v = POP();
        mn_decref(v);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        MnObject *fromlist = POP(), *level = TOP();
        MnObject *res = mn_import_module_level(NAME(oparg), frame->f_globals, fromlist,
                                               (int)mn_int_as_long(level));
        mn_decref(fromlist);
        mn_decref(level);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        MnObject *res = mn_eval_import_from(TOP(), NAME(oparg));
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        MnObject *bc = mn_dict_get_cstr_borrow(frame->f_builtins, "__build_class__");
        if (bc == NULL) {
            mn_err_format(mn_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(mn_newref(bc));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (mn_eval_setup_annotations(frame) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        MnObject *spec = (oparg & MN_FVS_HAVE_SPEC) ? POP() : NULL;
        MnObject *v = TOP();
        MnObject *res = mn_eval_format_value(v, oparg & 3, spec);
        mn_xdecref(spec);
        mn_decref(v);
        SET_TOP(res);
        if (res == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        MnObject *v = POP();
        int r = mn_eval_print_expr(v);
        mn_decref(v);
        if (r < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(CACHE)
    TARGET(SETUP_FINALLY)
    TARGET(SETUP_CLEANUP)
    TARGET(SETUP_WITH)
    TARGET(POP_BLOCK) {
        mn_err_format(mn_exc_SystemError, "unexpected opcode %d", opcode);
        goto error;
    }

#if !MN_COMPUTED_GOTO
    default:
        mn_err_format(mn_exc_SystemError, "unknown opcode %d", opcode);
        goto error;
    }
#endif

error:
    kwnames = NULL;
    {
        MnObject *fo = mn_frame_get_object(frame);
        if (fo != NULL) {
            mn_err_add_traceback(fo, mn_code_addr2line(frame->f_code,
                                                       (int)(ip - frame->f_code->co_code) - 1));
        }
    }
exception_unwind: {
        MnCode *co = frame->f_code;
        int index = (int)(ip - co->co_code) - 1;
        const MnExcEntry *h = mn_code_find_handler(co, index);
        MnObject **base = localsplus + co->co_nlocalsplus;
        if (h == NULL) {
            while (sp > base) {
                MnObject *v = POP();
                mn_xdecref(v);
            }
            retval = NULL;
            goto exit_frame;
        }
        while (sp > base + h->depth) {
            MnObject *v = POP();
            mn_xdecref(v);
        }
        if (h->lasti) {
            MnObject *lasti = mn_int_from_long(index);
            if (lasti == NULL) {
                goto exception_unwind;
            }
            PUSH(lasti);
        }
        MnObject *exc = mn_err_fetch();
        PUSH(exc);
        JUMPTO(h->target);
        DISPATCH();
    }

exit_frame: {
        MnObject **base = localsplus + frame->f_code->co_nlocalsplus;
        while (sp > base) {
            MnObject *v = POP();
            mn_xdecref(v);
        }
        frame->stacktop = (int)(sp - localsplus);
        mn_rt.recursion_depth--;
        MnFrame *prev = frame->previous;
        mn_rt.frame = prev;
        if (frame->is_entry) {
            if (frame->owner == MN_FRAME_DATASTACK) {
                MnObject *exc = retval == NULL ? mn_err_fetch() : NULL;
                mn_frame_clear(frame);
                mn_frame_pop(frame);
                if (retval == NULL) {
                    mn_err_restore(exc);
                }
            } else {
                frame->previous = NULL;
            }
            return retval;
        }
        if (retval == NULL) {
            MnObject *exc = mn_err_fetch();
            mn_frame_clear(frame);
            mn_err_restore(exc);
        } else {
            mn_frame_clear(frame);
        }
        mn_frame_pop(frame);
        frame = prev;
        LOAD_REGISTERS();
        if (retval == NULL) {
            goto error;
        }
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }
}
