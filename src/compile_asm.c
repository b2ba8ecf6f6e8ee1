/*
 * src/compile_asm.c - the assembler: resolves labels, computes the maximum stack depth by
 * flow analysis, turns the SETUP_* / POP_BLOCK pseudo-ops into an exception table (each
 * instruction labelled with its innermost handler, as CPython 3.11's label_exception_targets),
 * builds the line table and the code object.
 * See also: src/compile_impl.h, src/code.h, src/opcodes.h
 */
#include <string.h>
#include "compile_impl.h"
#include "frame.h"

static const signed char base_effect[] = {
#define MN_OP_EFFECT(name, effect) effect,
    MN_OPCODE_LIST(MN_OP_EFFECT)
#undef MN_OP_EFFECT
};

static int
popcount4(int x)
{
    return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
}

int
mn_opcode_stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case MN_OP_LOAD_GLOBAL: return 1 + (arg & 1);
    case MN_OP_BUILD_SLICE:
    case MN_OP_BUILD_TUPLE:
    case MN_OP_BUILD_LIST:
    case MN_OP_BUILD_SET:
    case MN_OP_BUILD_STRING: return 1 - arg;
    case MN_OP_BUILD_MAP: return 1 - 2 * arg;
    case MN_OP_BUILD_CONST_KEY_MAP: return -arg;
    case MN_OP_UNPACK_SEQUENCE: return arg - 1;
    case MN_OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case MN_OP_JUMP_IF_FALSE_OR_POP:
    case MN_OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case MN_OP_CALL: return -(arg + 1);
    case MN_OP_CALL_FUNCTION_EX: return -2 - (arg & 1);
    case MN_OP_MAKE_FUNCTION: return -popcount4(arg);
    case MN_OP_RAISE_VARARGS: return -arg;
    case MN_OP_SEND: return jump ? -1 : 0;
    case MN_OP_FORMAT_VALUE: return (arg & MN_FVS_HAVE_SPEC) ? -1 : 0;
    case MN_OP_FOR_ITER: return jump ? -1 : 1;
    case MN_OP_SETUP_FINALLY: return jump ? 1 : 0;
    case MN_OP_SETUP_CLEANUP: return jump ? 2 : 0;
    case MN_OP_SETUP_WITH: return jump ? 1 : 0;
    default: return base_effect[op];
    }
}

static int
is_jump(int op)
{
    switch (op) {
    case MN_OP_JUMP: case MN_OP_JUMP_BACKWARD: case MN_OP_JUMP_NO_INTERRUPT:
    case MN_OP_POP_JUMP_IF_FALSE: case MN_OP_POP_JUMP_IF_TRUE: case MN_OP_POP_JUMP_IF_NONE:
    case MN_OP_POP_JUMP_IF_NOT_NONE: case MN_OP_JUMP_IF_FALSE_OR_POP:
    case MN_OP_JUMP_IF_TRUE_OR_POP: case MN_OP_FOR_ITER: case MN_OP_SEND:
    case MN_OP_SETUP_FINALLY: case MN_OP_SETUP_CLEANUP: case MN_OP_SETUP_WITH:
        return 1;
    default:
        return 0;
    }
}

static int
no_fallthrough(int op)
{
    switch (op) {
    case MN_OP_JUMP: case MN_OP_JUMP_BACKWARD: case MN_OP_JUMP_NO_INTERRUPT:
    case MN_OP_RETURN_VALUE: case MN_OP_RAISE_VARARGS: case MN_OP_RERAISE:
        return 1;
    default:
        return 0;
    }
}

static int
is_deref(int op)
{
    return op == MN_OP_MAKE_CELL || op == MN_OP_LOAD_CLOSURE || op == MN_OP_LOAD_DEREF ||
           op == MN_OP_LOAD_CLASSDEREF || op == MN_OP_STORE_DEREF || op == MN_OP_DELETE_DEREF;
}

typedef struct Work {
    int *stack;                 // owned
    int n;
} Work;

static int
stack_depth(Unit *u, int *depth, int *tgt, int *maxdepth)
{
    Work w = {mn_mem_alloc(sizeof(int) * (size_t)(u->n + 1)), 0};
    if (w.stack == NULL) {
        mn_err_no_memory();
        return -1;
    }
    for (int i = 0; i < u->n; i++) {
        depth[i] = -1;
    }
    int max = 0;
    if (u->n > 0) {
        depth[0] = 0;
        w.stack[w.n++] = 0;
    }
    while (w.n > 0) {
        int i = w.stack[--w.n];
        int d = depth[i];
        for (;;) {
            CInstr *in = &u->code[i];
            if (d > max) {
                max = d;
            }
            if (is_jump(in->op) && tgt[i] >= 0 && tgt[i] < u->n) {
                int jd = d + mn_opcode_stack_effect(in->op, in->arg, 1);
                if (jd > max) {
                    max = jd;
                }
                if (depth[tgt[i]] < 0) {
                    depth[tgt[i]] = jd;
                    w.stack[w.n++] = tgt[i];
                }
            }
            if (no_fallthrough(in->op) || i + 1 >= u->n) {
                break;
            }
            d += mn_opcode_stack_effect(in->op, in->arg, 0);
            if (d > max) {
                max = d;
            }
            i++;
            if (depth[i] >= 0) {
                break;
            }
            depth[i] = d;
        }
    }
    mn_mem_free(w.stack);
    *maxdepth = max;
    return 0;
}

typedef struct Handlers {
    int *target, *hdepth, *lasti, *parent;  // owned arrays, one entry per handler
    int n;
} Handlers;

static int
label_handlers(Unit *u, int *depth, int *tgt, int *state, Handlers *h)
{
    int *stack = mn_mem_alloc(sizeof(int) * (size_t)(u->n + 1));
    h->target = mn_mem_alloc(sizeof(int) * (size_t)(u->n + 1));
    h->hdepth = mn_mem_alloc(sizeof(int) * (size_t)(u->n + 1));
    h->lasti = mn_mem_alloc(sizeof(int) * (size_t)(u->n + 1));
    h->parent = mn_mem_alloc(sizeof(int) * (size_t)(u->n + 1));
    if (!stack || !h->target || !h->hdepth || !h->lasti || !h->parent) {
        mn_mem_free(stack);
        mn_err_no_memory();
        return -1;
    }
    h->n = 0;
    for (int i = 0; i < u->n; i++) {
        state[i] = -2;
    }
    int sp = 0;
    if (u->n > 0) {
        state[0] = -1;
        stack[sp++] = 0;
    }
    while (sp > 0) {
        int i = stack[--sp];
        int s = state[i];
        for (;;) {
            CInstr *in = &u->code[i];
            int next = s;
            if (in->op == MN_OP_SETUP_FINALLY || in->op == MN_OP_SETUP_CLEANUP ||
                in->op == MN_OP_SETUP_WITH) {
                int k = h->n++;
                h->target[k] = tgt[i];
                h->hdepth[k] = depth[i] - (in->op == MN_OP_SETUP_WITH ? 1 : 0);
                h->lasti[k] = in->op != MN_OP_SETUP_FINALLY;
                h->parent[k] = s;
                next = k;
                if (tgt[i] >= 0 && state[tgt[i]] == -2) {
                    state[tgt[i]] = s;
                    stack[sp++] = tgt[i];
                }
            } else if (in->op == MN_OP_POP_BLOCK) {
                next = s >= 0 ? h->parent[s] : -1;
            } else if (is_jump(in->op) && tgt[i] >= 0 && state[tgt[i]] == -2) {
                state[tgt[i]] = s;
                stack[sp++] = tgt[i];
            }
            if (no_fallthrough(in->op) || i + 1 >= u->n) {
                break;
            }
            i++;
            if (state[i] != -2) {
                break;
            }
            state[i] = next;
            s = next;
        }
    }
    mn_mem_free(stack);
    return 0;
}

static MnObject *
list_to_tuple(MnObject *list)
{
    return mn_tuple_from_array(MN_LIST_ITEMS(list), MN_LIST_LEN(list));
}

static int
fill_tables(Unit *u, MnCode *co, int *newidx, int *state, Handlers *h)
{
    int nreal = (int)co->co_ncode;
    co->co_lines = mn_mem_alloc(sizeof(MnLineEntry) * (size_t)(nreal + 1));
    co->co_exctable = mn_mem_alloc(sizeof(MnExcEntry) * (size_t)(nreal + 1));
    if (co->co_lines == NULL || co->co_exctable == NULL) {
        mn_err_no_memory();
        return -1;
    }
    int prev_line = -3, prev_state = -1;
    for (int i = 0; i < u->n; i++) {
        CInstr *in = &u->code[i];
        if (in->op >= MN_OP_FIRST_PSEUDO) {
            continue;
        }
        int j = newidx[i];
        if (in->line != prev_line) {
            co->co_lines[co->co_nlines].start = j;
            co->co_lines[co->co_nlines].line = in->line;
            co->co_nlines++;
            prev_line = in->line;
        }
        int s = state[i] >= 0 ? state[i] : -1;
        if (s >= 0 && s == prev_state && co->co_nexc > 0 &&
            co->co_exctable[co->co_nexc - 1].end == j) {
            co->co_exctable[co->co_nexc - 1].end = j + 1;
        } else if (s >= 0) {
            MnExcEntry *e = &co->co_exctable[co->co_nexc++];
            e->start = j;
            e->end = j + 1;
            e->target = newidx[h->target[s]];
            e->depth = h->hdepth[s];
            e->lasti = h->lasti[s];
        }
        prev_state = s;
    }
    return 0;
}

static int
make_cell2arg(MnCode *co)
{
    int nargs = co->co_argcount + co->co_kwonlyargcount +
                ((co->co_flags & MN_CO_VARARGS) ? 1 : 0) +
                ((co->co_flags & MN_CO_VARKEYWORDS) ? 1 : 0);
    int any = 0;
    int *map = NULL;
    for (int i = 0; i < co->co_ncells; i++) {
        MnObject *cell = MN_TUPLE_GET(co->co_cellvars, i);
        for (int a = 0; a < nargs; a++) {
            if (mn_str_eq(cell, MN_TUPLE_GET(co->co_varnames, a))) {
                if (map == NULL) {
                    map = mn_mem_alloc(sizeof(int) * (size_t)co->co_ncells);
                    if (map == NULL) {
                        mn_err_no_memory();
                        return -1;
                    }
                    for (int k = 0; k < co->co_ncells; k++) {
                        map[k] = -1;
                    }
                }
                map[i] = a;
                any = 1;
            }
        }
    }
    co->co_cell2arg = any ? map : NULL;
    return 0;
}

static MnCode *
new_code(Compiler *c, Unit *u, int maxdepth, int nreal)
{
    MnCode *co = (MnCode *)mn_object_alloc(&mn_code_type, 0);
    if (co == NULL) {
        return NULL;
    }
    co->co_consts = list_to_tuple(u->consts);
    co->co_names = list_to_tuple(u->names);
    co->co_varnames = list_to_tuple(u->varnames);
    co->co_cellvars = list_to_tuple(u->cellvars);
    co->co_freevars = list_to_tuple(u->freevars);
    co->co_filename = mn_newref(c->filename);
    co->co_name = mn_newref(u->name);
    co->co_qualname = mn_newref(u->qualname);
    co->co_code = mn_mem_alloc(sizeof(MnInstr) * (size_t)(nreal + 1));
    co->co_ncache = u->ncache;
    co->co_cache = mn_mem_calloc((size_t)u->ncache + 1, sizeof(MnCacheEntry));
    if (!co->co_consts || !co->co_names || !co->co_varnames || !co->co_cellvars ||
        !co->co_freevars || !co->co_code || !co->co_cache) {
        mn_decref(co);
        if (mn_err_occurred() == NULL) {
            mn_err_no_memory();
        }
        return NULL;
    }
    co->co_ncode = nreal;
    co->co_argcount = u->argcount;
    co->co_posonlyargcount = u->posonly;
    co->co_kwonlyargcount = u->kwonly;
    co->co_nlocals = (int)MN_TUPLE_LEN(co->co_varnames);
    co->co_ncells = (int)MN_TUPLE_LEN(co->co_cellvars);
    co->co_nfrees = (int)MN_TUPLE_LEN(co->co_freevars);
    co->co_nlocalsplus = co->co_nlocals + co->co_ncells + co->co_nfrees;
    co->co_stacksize = maxdepth > 0 ? maxdepth : 1;
    co->co_flags = u->flags;
    if (co->co_ncells == 0 && co->co_nfrees == 0) {
        co->co_flags |= MN_CO_NOFREE;
    }
    co->co_firstlineno = u->firstlineno;
    co->co_framesize = MN_FRAME_WORDS(co);
    return co;
}

MnObject *
cu_assemble(Compiler *c, Unit *u)
{
    int n = u->n;
    int *tgt = mn_mem_alloc(sizeof(int) * (size_t)(n + 1));
    int *depth = mn_mem_alloc(sizeof(int) * (size_t)(n + 1));
    int *state = mn_mem_alloc(sizeof(int) * (size_t)(n + 1));
    int *newidx = mn_mem_alloc(sizeof(int) * (size_t)(n + 2));
    Handlers h;
    memset(&h, 0, sizeof h);
    MnCode *co = NULL;
    if (!tgt || !depth || !state || !newidx) {
        mn_err_no_memory();
        goto done;
    }
    for (int i = 0; i < n; i++) {
        int t = u->code[i].target;
        tgt[i] = t >= 0 ? u->labels[t] : -1;
    }
    int maxdepth;
    if (stack_depth(u, depth, tgt, &maxdepth) < 0 ||
        label_handlers(u, depth, tgt, state, &h) < 0) {
        goto done;
    }
    int nreal = 0;
    for (int i = 0; i < n; i++) {
        newidx[i] = nreal;
        if (u->code[i].op < MN_OP_FIRST_PSEUDO) {
            nreal++;
        }
    }
    newidx[n] = nreal;
    co = new_code(c, u, maxdepth, nreal);
    if (co == NULL) {
        goto done;
    }
    for (int i = 0; i < n; i++) {
        CInstr *in = &u->code[i];
        if (in->op >= MN_OP_FIRST_PSEUDO) {
            continue;
        }
        int arg = in->arg;
        if (tgt[i] >= 0) {
            arg = newidx[tgt[i]];
        } else if (is_deref(in->op)) {
            arg += co->co_nlocals;
        }
        co->co_code[newidx[i]] = MN_INSTR(in->op, arg);
    }
    if (fill_tables(u, co, newidx, state, &h) < 0 || make_cell2arg(co) < 0) {
        MN_CLEAR(co);
    }
done:
    mn_mem_free(tgt);
    mn_mem_free(depth);
    mn_mem_free(state);
    mn_mem_free(newidx);
    mn_mem_free(h.target);
    mn_mem_free(h.hdepth);
    mn_mem_free(h.lasti);
    mn_mem_free(h.parent);
    return (MnObject *)co;
}
