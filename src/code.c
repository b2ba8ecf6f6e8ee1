/*
 * src/code.c - the code object type: attributes, repr, line and exception-table lookup,
 * and a disassembler for debugging (mnemo -X dis, tests).
 * See also: src/code.h, src/compile_asm.c
 */
#include <stdio.h>
#include "mnemo.h"
#include "code.h"
#include "weakref.h"

static const char *const opcode_names[] = {
#define MN_OP_NAME(name, effect) #name,
    MN_OPCODE_LIST(MN_OP_NAME)
#undef MN_OP_NAME
};

const char *
mn_opcode_name(int op)
{
    if (op < 0 || op >= MN_OP_COUNT) {
        return "<invalid>";
    }
    return opcode_names[op];
}

int
mn_code_addr2line(MnCode *code, int index)
{
    if (index < 0) {
        return code->co_firstlineno;
    }
    int lo = 0, hi = code->co_nlines - 1, found = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (code->co_lines[mid].start <= index) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return found < 0 ? -1 : code->co_lines[found].line;
}

const MnExcEntry *
mn_code_find_handler(MnCode *code, int index)
{
    int lo = 0, hi = code->co_nexc - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const MnExcEntry *e = &code->co_exctable[mid];
        if (index < e->start) {
            hi = mid - 1;
        } else if (index >= e->end) {
            lo = mid + 1;
        } else {
            return e;
        }
    }
    return NULL;
}

static void
code_dealloc(MnObject *self)
{
    MnCode *co = (MnCode *)self;
    if (co->co_weakreflist != NULL) {
        mn_weakref_clear_refs(self);
    }
    mn_mem_free(co->co_code);
    MN_CLEAR(co->co_consts);
    MN_CLEAR(co->co_names);
    MN_CLEAR(co->co_varnames);
    MN_CLEAR(co->co_cellvars);
    MN_CLEAR(co->co_freevars);
    MN_CLEAR(co->co_filename);
    MN_CLEAR(co->co_name);
    MN_CLEAR(co->co_qualname);
    mn_mem_free(co->co_cell2arg);
    mn_mem_free(co->co_lines);
    mn_mem_free(co->co_exctable);
    mn_mem_free(co->co_cache);
    mn_object_free(self);
}

static MnObject *
code_repr(MnObject *self)
{
    MnCode *co = (MnCode *)self;
    return mn_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->co_name,
                              (void *)self, co->co_filename, co->co_firstlineno);
}

static MnObject *
code_get_code(MnObject *self, void *closure)
{
    (void)closure;
    MnCode *co = (MnCode *)self;
    return mn_bytes_from((const char *)co->co_code,
                         (intptr_t)(co->co_ncode * (intptr_t)sizeof(MnInstr)));
}

static const MnMemberDef code_members[] = {
    {"co_argcount", MN_T_INT, offsetof(MnCode, co_argcount), MN_READONLY, NULL},
    {"co_posonlyargcount", MN_T_INT, offsetof(MnCode, co_posonlyargcount), MN_READONLY, NULL},
    {"co_kwonlyargcount", MN_T_INT, offsetof(MnCode, co_kwonlyargcount), MN_READONLY, NULL},
    {"co_nlocals", MN_T_INT, offsetof(MnCode, co_nlocals), MN_READONLY, NULL},
    {"co_stacksize", MN_T_INT, offsetof(MnCode, co_stacksize), MN_READONLY, NULL},
    {"co_flags", MN_T_INT, offsetof(MnCode, co_flags), MN_READONLY, NULL},
    {"co_firstlineno", MN_T_INT, offsetof(MnCode, co_firstlineno), MN_READONLY, NULL},
    {"co_consts", MN_T_OBJECT, offsetof(MnCode, co_consts), MN_READONLY, NULL},
    {"co_names", MN_T_OBJECT, offsetof(MnCode, co_names), MN_READONLY, NULL},
    {"co_varnames", MN_T_OBJECT, offsetof(MnCode, co_varnames), MN_READONLY, NULL},
    {"co_cellvars", MN_T_OBJECT, offsetof(MnCode, co_cellvars), MN_READONLY, NULL},
    {"co_freevars", MN_T_OBJECT, offsetof(MnCode, co_freevars), MN_READONLY, NULL},
    {"co_filename", MN_T_OBJECT, offsetof(MnCode, co_filename), MN_READONLY, NULL},
    {"co_name", MN_T_OBJECT, offsetof(MnCode, co_name), MN_READONLY, NULL},
    {"co_qualname", MN_T_OBJECT, offsetof(MnCode, co_qualname), MN_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const MnGetSetDef code_getset[] = {
    {"co_code", code_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

void
mn_code_dump(MnCode *co)
{
    const char *name = mn_str_as_utf8(co->co_qualname, NULL);
    printf("Disassembly of %s (stack %d, locals+ %d):\n", name ? name : "?", co->co_stacksize,
           co->co_nlocalsplus);
    int line = -2;
    for (intptr_t i = 0; i < co->co_ncode; i++) {
        MnInstr in = co->co_code[i];
        int l = mn_code_addr2line(co, (int)i);
        if (l != line) {
            printf("%4d", l);
            line = l;
        } else {
            printf("    ");
        }
        printf(" %5zd %-22s %u\n", (intptr_t)i, mn_opcode_name((int)MN_INSTR_OP(in)),
               (unsigned)MN_INSTR_ARG(in));
    }
    for (int i = 0; i < co->co_nexc; i++) {
        const MnExcEntry *e = &co->co_exctable[i];
        printf("  exc [%d, %d) -> %d depth %d%s\n", e->start, e->end, e->target, e->depth,
               e->lasti ? " lasti" : "");
    }
    for (intptr_t i = 0; i < MN_TUPLE_LEN(co->co_consts); i++) {
        MnObject *c = MN_TUPLE_GET(co->co_consts, i);
        if (MN_CODE_CHECK(c)) {
            mn_code_dump((MnCode *)c);
        }
    }
}

MnType mn_code_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "code",
    .tp_basicsize = sizeof(MnCode),
    .tp_dealloc = code_dealloc,         .tp_repr = code_repr,
    .tp_members = code_members,         .tp_getset = code_getset,
    .tp_weaklistoffset = offsetof(MnCode, co_weakreflist),
};
