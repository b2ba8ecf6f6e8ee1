/*
 * lib/mod_gc.c - the gc module over runtime/gc.c: collect, enable/disable, counts and
 * thresholds, tracking and finalization queries, referents and referrers, and the DEBUG_*
 * constants, debug flags, statistics, freezing, gc.garbage and gc.callbacks.
 * See also: runtime/gc.c, lib/modules.c
 */
#include "mnemo.h"
#include "modules.h"

static MnObject *
gc_collect(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 1) {
        return mn_err_format(mn_exc_TypeError, "collect() takes at most 1 argument (%zd given)",
                             nargs + nkw);
    }
    if (nkw == 1 && !mn_str_eq_cstr(MN_TUPLE_GET(kwnames, 0), "generation")) {
        return mn_err_format(mn_exc_TypeError, "'%U' is an invalid keyword argument for collect()",
                             MN_TUPLE_GET(kwnames, 0));
    }
    intptr_t gen = 2;
    if (nargs + nkw == 1) {
        if (MN_FLOAT_CHECK(args[0])) {
            return mn_err_format(mn_exc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        }
        gen = mn_number_as_ssize(args[0], mn_exc_OverflowError);
        if (gen == -1 && mn_err_occurred()) {
            return NULL;
        }
        if (gen < 0 || gen > 2) {
            return mn_err_format(mn_exc_ValueError, "invalid generation");
        }
    }
    return mn_int_from_ssize(mn_gc_collect((int)gen));
}

static MnObject *
gc_enable(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    mn_rt.gc_enabled = 1;
    return mn_newref(mn_None);
}

static MnObject *
gc_disable(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    mn_rt.gc_enabled = 0;
    return mn_newref(mn_None);
}

static MnObject *
gc_isenabled(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_bool_from_long(mn_rt.gc_enabled);
}

static MnObject *
gc_is_tracked(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_bool_from_long(mn_gc_is_tracked(o));
}

static MnObject *
gc_is_finalized(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_bool_from_long(MN_IS_GC(o) && mn_gc_is_finalized(o));
}

static MnObject *
gc_get_count(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    int c[3];
    mn_gc_get_count(c);
    MnObject *a = mn_int_from_long(c[0]), *b = mn_int_from_long(c[1]);
    MnObject *d = mn_int_from_long(c[2]);
    MnObject *res = a && b && d ? mn_tuple_pack(3, a, b, d) : NULL;
    mn_xdecref(a);
    mn_xdecref(b);
    mn_xdecref(d);
    return res;
}

static MnObject *
gc_get_threshold(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    MnObject *t[3] = {NULL, NULL, NULL};
    for (int i = 0; i < 3; i++) {
        t[i] = mn_int_from_long(mn_gc_get_threshold(i));
    }
    MnObject *res = t[0] && t[1] && t[2] ? mn_tuple_from_array(t, 3) : NULL;
    for (int i = 0; i < 3; i++) {
        mn_xdecref(t[i]);
    }
    return res;
}

static MnObject *
gc_set_threshold(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs < 1 || nargs > 3) {
        return mn_err_format(mn_exc_TypeError, nargs < 1
                             ? "set_threshold() takes at least 1 argument (0 given)"
                             : "set_threshold() takes at most 3 arguments (%zd given)", nargs);
    }
    int values[3];
    for (intptr_t i = 0; i < nargs; i++) {
        if (MN_FLOAT_CHECK(args[i])) {
            return mn_err_format(mn_exc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        }
        intptr_t v = mn_number_as_ssize(args[i], mn_exc_OverflowError);
        if (v == -1 && mn_err_occurred()) {
            return NULL;
        }
        values[i] = (int)v;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        mn_gc_set_threshold((int)i, values[i]);
    }
    return mn_newref(mn_None);
}

static MnObject *
gc_get_objects(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 1) {
        return mn_err_format(mn_exc_TypeError,
                             "get_objects() takes at most 1 argument (%zd given)", nargs + nkw);
    }
    if (nkw == 1 && !mn_str_eq_cstr(MN_TUPLE_GET(kwnames, 0), "generation")) {
        return mn_err_format(mn_exc_TypeError,
                             "'%U' is an invalid keyword argument for get_objects()",
                             MN_TUPLE_GET(kwnames, 0));
    }
    intptr_t gen = -1;
    if (nargs + nkw == 1 && args[0] != mn_None) {
        if (!MN_INT_CHECK(args[0])) {
            return mn_err_format(mn_exc_TypeError,
                                 "argument should be integer or None, not '%s'",
                                 mn_type_name(MN_TYPE(args[0])));
        }
        gen = mn_number_as_ssize(args[0], mn_exc_OverflowError);
        if (gen == -1 && mn_err_occurred()) {
            return NULL;
        }
        if (gen >= 3) {
            return mn_err_format(mn_exc_ValueError, "generation parameter must be less than "
                                 "the number of available generations (3)");
        }
        if (gen < -1) {
            return mn_err_format(mn_exc_ValueError, "generation parameter cannot be negative");
        }
    }
    MnObject *list = mn_list_new(0);
    if (list != NULL && mn_gc_get_objects(list, (int)gen) < 0) {
        MN_CLEAR(list);
    }
    return list;
}

static int
append_referent(MnObject *o, void *arg)
{
    return mn_list_append((MnObject *)arg, o);
}

static MnObject *
gc_get_referents(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    MnObject *list = mn_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        MnObject *o = args[i];
        if (!MN_IS_GC(o) || MN_TYPE(o)->tp_traverse == NULL) {
            continue;
        }
        if (MN_TYPE(o)->tp_traverse(o, append_referent, list)) {
            mn_decref(list);
            return NULL;
        }
    }
    return list;
}

typedef struct ReferrerSearch {
    MnObject *const *targets;
    intptr_t n;
    int found;
} ReferrerSearch;

static int
check_referent(MnObject *o, void *arg)
{
    ReferrerSearch *s = arg;
    for (intptr_t i = 0; i < s->n; i++) {
        if (s->targets[i] == o) {
            s->found = 1;
            return 1;
        }
    }
    return 0;
}

static MnObject *
gc_get_referrers(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    MnObject *all = mn_list_new(0);
    MnObject *res = all ? mn_list_new(0) : NULL;
    if (res == NULL || mn_gc_get_objects(all, -1) < 0) {
        mn_xdecref(all);
        mn_xdecref(res);
        return NULL;
    }
    for (intptr_t i = 0; i < MN_LIST_LEN(all); i++) {
        MnObject *o = MN_LIST_GET(all, i);
        ReferrerSearch s = {args, nargs, 0};
        if (o == res || MN_TYPE(o)->tp_traverse == NULL) {
            continue;
        }
        MN_TYPE(o)->tp_traverse(o, check_referent, &s);
        if (s.found && mn_list_append(res, o) < 0) {
            MN_CLEAR(res);
            break;
        }
    }
    mn_decref(all);
    return res;
}

static MnObject *
gc_set_debug(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs != 1) {
        return mn_err_format(mn_exc_TypeError,
                             "gc.set_debug() takes exactly one argument (%zd given)", nargs);
    }
    if (MN_FLOAT_CHECK(args[0])) {
        return mn_err_format(mn_exc_TypeError,
                             "'float' object cannot be interpreted as an integer");
    }
    intptr_t flags = mn_number_as_ssize(args[0], mn_exc_OverflowError);
    if (flags == -1 && mn_err_occurred()) {
        return NULL;
    }
    mn_gc_set_debug((int)flags);
    return mn_newref(mn_None);
}

static MnObject *
gc_get_debug(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long(mn_gc_get_debug());
}

static MnObject *
gc_get_stats(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    static const char *const keys[3] = {"collections", "collected", "uncollectable"};
    MnObject *res = mn_list_new(0);
    for (int g = 0; res != NULL && g < 3; g++) {
        intptr_t st[3];
        mn_gc_get_stats(g, st);
        MnObject *d = mn_dict_new();
        for (int k = 0; d != NULL && k < 3; k++) {
            MnObject *v = mn_int_from_long((long)st[k]);    // Py_BuildValue "n": medium
            if (v == NULL || mn_dict_set_item_cstr(d, keys[k], v) < 0) {
                MN_CLEAR(d);
            }
            mn_xdecref(v);
        }
        if (d == NULL || mn_list_append(res, d) < 0) {
            MN_CLEAR(res);
        }
        mn_xdecref(d);
    }
    return res;
}

static MnObject *
gc_freeze(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    mn_gc_freeze();
    return mn_newref(mn_None);
}

static MnObject *
gc_unfreeze(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    mn_gc_unfreeze();
    return mn_newref(mn_None);
}

static MnObject *
gc_get_freeze_count(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_ssize(mn_gc_freeze_count());
}

static const MnMethodDef gc_methods[] = {
    {"collect", gc_collect, MN_METH_FASTKW, "collect(generation=2) -> int"},
    {"enable", gc_enable, MN_METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", gc_disable, MN_METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, MN_METH_NOARGS, "Returns true if automatic gc is enabled."},
    {"is_tracked", gc_is_tracked, MN_METH_O, "Returns true if the object is tracked."},
    {"is_finalized", gc_is_finalized, MN_METH_O, "Returns true if the object was finalized."},
    {"get_count", gc_get_count, MN_METH_NOARGS, "get_count() -> (count0, count1, count2)"},
    {"get_threshold", gc_get_threshold, MN_METH_NOARGS, "Return the current thresholds."},
    {"set_threshold", gc_set_threshold, MN_METH_FAST, "set_threshold(t0[, t1[, t2]])"},
    {"get_objects", gc_get_objects, MN_METH_FASTKW, "Return a list of tracked objects."},
    {"get_referents", gc_get_referents, MN_METH_FAST, "Objects directly referred to."},
    {"get_referrers", gc_get_referrers, MN_METH_FAST, "Objects that directly refer to."},
    {"set_debug", gc_set_debug, MN_METH_FAST, "Set the garbage collection debugging flags."},
    {"get_debug", gc_get_debug, MN_METH_NOARGS, "Get the garbage collection debugging flags."},
    {"get_stats", gc_get_stats, MN_METH_NOARGS, "Per-generation statistics."},
    {"freeze", gc_freeze, MN_METH_NOARGS, "Move every tracked object to the permanent "
     "generation."},
    {"unfreeze", gc_unfreeze, MN_METH_NOARGS, "Move the permanent generation back."},
    {"get_freeze_count", gc_get_freeze_count, MN_METH_NOARGS,
     "Return the number of objects in the permanent generation."},
    {NULL},
};

static int
gc_init(MnObject *m)
{
    static const struct {
        const char *name;
        long value;
    } flags[] = {
        {"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4},
        {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38},
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
        if (mn_module_add_int(m, flags[i].name, flags[i].value) < 0) {
            return -1;
        }
    }
    MnObject *garbage = mn_list_new(0), *callbacks = mn_list_new(0);
    int rc = garbage && callbacks && mn_module_add_object(m, "garbage", garbage) == 0 &&
             mn_module_add_object(m, "callbacks", callbacks) == 0 ? 0 : -1;
    if (rc == 0) {
        mn_gc_set_lists(garbage, callbacks);
    }
    mn_xdecref(garbage);
    mn_xdecref(callbacks);
    return rc;
}

const MnModuleDef mn_module_gc = {
    .name = "gc",
    .methods = gc_methods,
    .init = gc_init,
    .doc = "This module provides access to the garbage collector for reference cycles.\n"
    "\n"
    "enable() -- Enable automatic garbage collection.\n"
    "disable() -- Disable automatic garbage collection.\n"
    "isenabled() -- Returns true if automatic collection is enabled.\n"
    "collect() -- Do a full collection right now.\n"
    "get_count() -- Return the current collection counts.\n"
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
    "set_debug() -- Set debugging flags.\n"
    "get_debug() -- Get debugging flags.\n"
    "set_threshold() -- Set the collection thresholds.\n"
    "get_threshold() -- Return the current the collection thresholds.\n"
    "get_objects() -- Return a list of all objects tracked by the collector.\n"
    "is_tracked() -- Returns true if a given object is tracked.\n"
    "is_finalized() -- Returns true if a given object has been already finalized.\n"
    "get_referrers() -- Return the list of objects that refer to an object.\n"
    "get_referents() -- Return the list of objects that an object refers to.\n"
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n",
};
