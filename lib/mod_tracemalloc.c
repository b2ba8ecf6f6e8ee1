/*
 * lib/mod_tracemalloc.c - the `_tracemalloc` module over runtime/tracemalloc.c: start/stop,
 * the traced memory counters, the traceback limit and the raw traces that lib/tracemalloc.py
 * turns into snapshots. Argument errors are CPython's.
 * See also: runtime/tracemalloc.c, lib/tracemalloc.py, lib/modules.c
 */
#include <limits.h>
#include "mnemo.h"
#include "modules.h"
#include "tracemalloc.h"

static MnObject *
tm_start(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    if (kwnames != NULL && MN_TUPLE_LEN(kwnames) > 0) {
        return mn_err_format(mn_exc_TypeError, "_tracemalloc.start() takes no keyword arguments");
    }
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "start expected at most 1 argument, got %zd",
                             nargs);
    }
    long nframe = 1;
    if (nargs == 1) {
        MnObject *n = mn_number_index(args[0]);
        if (n == NULL) {
            return NULL;
        }
        int overflow = 0;
        nframe = mn_int_as_long_overflow(n, &overflow);
        mn_decref(n);
        if (overflow || nframe > INT_MAX || nframe < INT_MIN) {
            return mn_err_format(mn_exc_OverflowError, "Python int too large to convert to C int");
        }
    }
    if (nframe < 1 || nframe > MN_TRACEMALLOC_MAX_NFRAME) {
        return mn_err_format(mn_exc_ValueError, "the number of frames must be in range [1; %d]",
                             MN_TRACEMALLOC_MAX_NFRAME);
    }
    if (mn_tracemalloc_start((int)nframe) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
tm_stop(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    mn_tracemalloc_stop();
    return mn_newref(mn_None);
}

static MnObject *
tm_is_tracing(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_bool_from_long(mn_tracemalloc_tracing);
}

static MnObject *
tm_clear_traces(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    mn_tracemalloc_clear();
    return mn_newref(mn_None);
}

static MnObject *
tm_get_traced_memory(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    size_t cur, peak;
    mn_tracemalloc_traced_memory(&cur, &peak);
    // Py_BuildValue("nn") builds C longs on 64-bit Linux (a whole 32-byte int when medium)
    MnObject *a = mn_int_from_long((long)cur);
    MnObject *b = a ? mn_int_from_long((long)peak) : NULL;
    MnObject *res = b ? mn_tuple_pack(2, a, b) : NULL;
    mn_xdecref(a);
    mn_xdecref(b);
    return res;
}

static MnObject *
tm_reset_peak(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    mn_tracemalloc_reset_peak();
    return mn_newref(mn_None);
}

static MnObject *
tm_get_tracemalloc_memory(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_size(mn_tracemalloc_memory());
}

static MnObject *
tm_get_traceback_limit(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long(mn_tracemalloc_traceback_limit());
}

static MnObject *
tm_get_traces(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_tracemalloc_get_traces();
}

static MnObject *
tm_get_object_traceback(MnObject *self, MnObject *obj)
{
    (void)self;
    return mn_tracemalloc_object_traceback(obj);
}

static const MnMethodDef tm_methods[] = {
    {"start", tm_start, MN_METH_FASTKW,
     "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames "
     "stored in the traceback of a\ntrace to nframe."},
    {"stop", tm_stop, MN_METH_NOARGS,
     "Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks "
     "allocated by Python."},
    {"is_tracing", tm_is_tracing, MN_METH_NOARGS,
     "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"clear_traces", tm_clear_traces, MN_METH_NOARGS,
     "Clear traces of memory blocks allocated by Python."},
    {"get_traced_memory", tm_get_traced_memory, MN_METH_NOARGS,
     "Get the current size and peak size of memory blocks traced by tracemalloc.\n\n"
     "Returns a tuple: (current: int, peak: int)."},
    {"reset_peak", tm_reset_peak, MN_METH_NOARGS,
     "Set the peak size of memory blocks traced by tracemalloc to the current size.\n\n"
     "Do nothing if the tracemalloc module is not tracing memory allocations."},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, MN_METH_NOARGS,
     "Get the memory usage in bytes of the tracemalloc module.\n\nThis memory is used "
     "internally to trace memory allocations."},
    {"get_traceback_limit", tm_get_traceback_limit, MN_METH_NOARGS,
     "Get the maximum number of frames stored in the traceback of a trace.\n\nBy default, "
     "a trace of an allocated memory block only stores\nthe most recent frame: the limit "
     "is 1."},
    {"_get_traces", tm_get_traces, MN_METH_NOARGS,
     "Get traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, "
     "traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) "
     "tuples.\n\nReturn an empty list if the tracemalloc module is disabled."},
    {"_get_object_traceback", tm_get_object_traceback, MN_METH_O,
     "Get the traceback where the Python object obj was allocated.\n\nReturn a tuple of "
     "(filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is "
     "disabled or did not\ntrace the allocation of the object."},
    {NULL},
};

const MnModuleDef mn_module__tracemalloc = {
    .name = "_tracemalloc",
    .methods = tm_methods,
    .doc = "Debug module to trace memory blocks allocated by Python.",
};
