/*
 * runtime/cell.c - cell objects: one owned slot shared between a scope and its closures.
 * Repr as CPython: "<cell at 0x...: int object at 0x...>" / "<cell at 0x...: empty>".
 * See also: runtime/cell.h, src/eval.c
 */
#include "mnemo.h"
#include "cell.h"

MnObject *
mn_cell_new(MnObject *value)
{
    MnCell *c = (MnCell *)mn_object_alloc(&mn_cell_type, 0);
    if (c == NULL) {
        return NULL;
    }
    c->ob_ref = mn_xnewref(value);
    mn_gc_track(c);
    return (MnObject *)c;
}

void
mn_cell_set(MnObject *cell, MnObject *value)
{
    MN_SETREF(((MnCell *)cell)->ob_ref, mn_xnewref(value));
}

static void
cell_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(((MnCell *)self)->ob_ref);
    mn_object_free(self);
}

static int
cell_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnCell *)self)->ob_ref);
    return 0;
}

static int
cell_clear(MnObject *self)
{
    MN_CLEAR(((MnCell *)self)->ob_ref);
    return 0;
}

static MnObject *
cell_repr(MnObject *self)
{
    MnObject *ref = ((MnCell *)self)->ob_ref;
    if (ref == NULL) {
        return mn_str_from_format("<cell at %p: empty>", (void *)self);
    }
    return mn_str_from_format("<cell at %p: %s object at %p>", (void *)self,
                              MN_TYPE(ref)->tp_name, (void *)ref);
}

static MnObject *
cell_richcompare(MnObject *a, MnObject *b, int op)
{
    if (!MN_CELL_CHECK(a) || !MN_CELL_CHECK(b)) {
        return mn_newref(mn_NotImplemented);
    }
    MnObject *x = ((MnCell *)a)->ob_ref, *y = ((MnCell *)b)->ob_ref;
    if (x != NULL && y != NULL) {
        return mn_object_richcompare(x, y, op);
    }
    int c = (x != NULL) - (y != NULL);
    int r;
    switch (op) {
    case MN_LT: r = c < 0; break;
    case MN_LE: r = c <= 0; break;
    case MN_EQ: r = c == 0; break;
    case MN_NE: r = c != 0; break;
    case MN_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return mn_bool_from_long(r);
}

static MnObject *
cell_get_contents(MnObject *self, void *closure)
{
    (void)closure;
    MnObject *ref = ((MnCell *)self)->ob_ref;
    if (ref == NULL) {
        return mn_err_format(mn_exc_ValueError, "Cell is empty");
    }
    return mn_newref(ref);
}

static int
cell_set_contents(MnObject *self, MnObject *value, void *closure)
{
    (void)closure;
    mn_cell_set(self, value);
    return 0;
}

static MnObject *
cell_new(MnType *type, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)type;
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        return mn_err_format(mn_exc_TypeError, "cell() takes no keyword arguments");
    }
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "cell expected at most 1 argument, got %zd",
                             nargs);
    }
    return mn_cell_new(nargs ? args[0] : NULL);
}

static const MnGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

MnType mn_cell_type = {
    MN_TYPE_HEAD_INIT,              .tp_name = "cell",
    .tp_basicsize = sizeof(MnCell), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = cell_dealloc,     .tp_repr = cell_repr,
    .tp_traverse = cell_traverse,   .tp_clear = cell_clear,
    .tp_richcompare = cell_richcompare,
    .tp_getset = cell_getset,       .tp_new = cell_new,
};
