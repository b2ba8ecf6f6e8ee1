/*
 * runtime/runtime.c - MnRuntime: start-up (types, singletons, builtins, sys) and teardown
 * (module namespaces cleared as CPython does, a final collection, static types released),
 * after which a debug build reports every object still alive.
 * See also: runtime/runtime.h, src/main.c, tests/unit/util.c
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "modules.h"
#include "frame.h"
#include "import.h"

MnRuntime mn_rt;

/* ==== static types ==== */

#define MAX_STATIC_TYPES 512
static MnType *static_types[MAX_STATIC_TYPES];
static int n_static_types;

static void
remember_type(MnType *type)
{
    for (int i = 0; i < n_static_types; i++) {
        if (static_types[i] == type) {
            return;
        }
    }
    if (n_static_types < MAX_STATIC_TYPES) {
        static_types[n_static_types++] = type;
    }
}

int
mn_runtime_ready_type(MnType *type)
{
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_READY) && mn_type_ready(type) < 0) {
        return -1;
    }
    if (!MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE)) {
        remember_type(type);
        for (MnType *b = type->tp_base; b != NULL; b = b->tp_base) {
            remember_type(b);
        }
    }
    return 0;
}

// The types readied at start-up, in dependency order.
static MnType *const core_types[] = {
    &mn_object_type, &mn_type_type, &mn_str_type, &mn_dict_type, &mn_tuple_type,
    &mn_list_type, &mn_int_type, &mn_bool_type, &mn_float_type, &mn_bytes_type,
    &mn_set_type, &mn_frozenset_type, &mn_range_type, &mn_slice_type, &mn_none_type,
    &mn_notimplemented_type, &mn_ellipsis_type, &mn_module_type, &mn_cfunction_type,
    &mn_method_descr_type, &mn_classmethod_descr_type, &mn_member_descr_type,
    &mn_getset_descr_type, &mn_wrapper_descr_type, &mn_method_wrapper_type,
    &mn_staticmethod_type, &mn_classmethod_type, &mn_property_type, &mn_super_type,
};

static void
release_static_types(void)
{
    // Types met only as someone's base are released too.
    for (int i = 0; i < n_static_types; i++) {
        MnObject *mro = static_types[i]->tp_mro;
        for (intptr_t j = 0; mro != NULL && j < MN_TUPLE_LEN(mro); j++) {
            MnType *t = (MnType *)MN_TUPLE_GET(mro, j);
            if (!MN_TYPE_HAS_FLAG(t, MN_TPFLAG_HEAPTYPE)) {
                remember_type(t);
            }
        }
    }
    for (int i = 0; i < n_static_types; i++) {
        MnType *t = static_types[i];
        MN_CLEAR(t->tp_dict);
        MN_CLEAR(t->tp_subclasses);
    }
    for (int i = 0; i < n_static_types; i++) {
        MnType *t = static_types[i];
        MN_CLEAR(t->tp_mro);
        MN_CLEAR(t->tp_bases);
        t->tp_flags &= ~(unsigned long)MN_TPFLAG_READY;
    }
    n_static_types = 0;
}

/* ==== start-up ==== */

static int
init_sys_lists(int argc, char **argv)
{
    mn_rt.argv = mn_list_new(0);
    mn_rt.path = mn_list_new(0);
    if (mn_rt.argv == NULL || mn_rt.path == NULL) {
        return -1;
    }
    for (int i = 0; i < argc; i++) {
        MnObject *s = mn_str_from_utf8(argv[i], -1);
        if (s == NULL || mn_list_append(mn_rt.argv, s) < 0) {
            mn_xdecref(s);
            return -1;
        }
        mn_decref(s);
    }
    return 0;
}

int
mn_runtime_init(int argc, char **argv)
{
    memset(&mn_rt, 0, sizeof mn_rt);
    mn_rt.recursion_limit = 1000;
    mn_rt.gc_enabled = 1;
    mn_alloc_init();
    mn_gc_init();
    if (mn_frame_init() < 0 || mn_int_init() < 0 || mn_str_init() < 0) {
        goto fail;
    }
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++) {
        if (mn_runtime_ready_type(core_types[i]) < 0) {
            goto fail;
        }
    }
    if (mn_exc_init() < 0) {
        goto fail;
    }
#define MN_EXC_REMEMBER(name, base, st) remember_type(mn_exc_##name);
    MN_EXC_LIST(MN_EXC_REMEMBER)
#undef MN_EXC_REMEMBER
    mn_rt.repr_stack = mn_list_new(0);
    mn_rt.modules = mn_dict_new();
    if (mn_rt.repr_stack == NULL || mn_rt.modules == NULL || init_sys_lists(argc, argv) < 0) {
        goto fail;
    }
    mn_rt.builtins_module = mn_module_from_def(&mn_module_builtins);
    if (mn_rt.builtins_module == NULL) {
        goto fail;
    }
    mn_rt.builtins = mn_newref(MN_MODULE_DICT(mn_rt.builtins_module));
    mn_rt.sys = mn_module_from_def(&mn_module_sys);
    if (mn_rt.sys == NULL ||
        mn_dict_set_item_cstr(mn_rt.modules, "builtins", mn_rt.builtins_module) < 0 ||
        mn_dict_set_item_cstr(mn_rt.modules, "sys", mn_rt.sys) < 0) {
        goto fail;
    }
    MnObject *io = mn_import_module("_io");     // open() and io.UnsupportedOperation
    if (io == NULL) {
        goto fail;
    }
    mn_decref(io);
    return 0;
fail:
    if (mn_err_occurred()) {
        MnObject *exc = mn_err_fetch();
        fprintf(stderr, "mnemo: start-up failed: %s\n", MN_TYPE(exc)->tp_name);
        mn_decref(exc);
    } else {
        fputs("mnemo: start-up failed\n", stderr);
    }
    return -1;
}

/* ==== teardown ==== */

// Clears a module namespace as CPython does: names starting with one underscore first, then
// the rest except __builtins__, each set to None, so __del__ methods still see a module.
static void
clear_module_dict(MnObject *d)
{
    for (int pass = 0; pass < 2; pass++) {
        intptr_t pos = 0;
        MnObject *key, *value;
        while (mn_dict_next(d, &pos, &key, &value)) {
            if (value == mn_None || !MN_STR_CHECK(key)) {
                continue;
            }
            int underscore = MN_STR_LEN(key) >= 1 && MN_STR_READ(key, 0) == '_' &&
                             !(MN_STR_LEN(key) >= 2 && MN_STR_READ(key, 1) == '_');
            if (pass == 0 && !underscore) {
                continue;
            }
            if (mn_str_eq_cstr(key, "__builtins__")) {
                continue;
            }
            mn_incref(key);
            if (mn_dict_set_item(d, key, mn_None) < 0) {
                mn_err_clear();
            }
            mn_decref(key);
        }
    }
}

static void
clear_modules(void)
{
    if (mn_rt.modules == NULL) {
        return;
    }
    MnObject *mods = mn_dict_values(mn_rt.modules);
    if (mods == NULL) {
        mn_err_clear();
        return;
    }
    // __main__ and user modules first (reverse import order), sys and builtins last.
    for (intptr_t i = MN_LIST_LEN(mods) - 1; i >= 0; i--) {
        MnObject *m = MN_LIST_GET(mods, i);
        if (MN_MODULE_CHECK(m) && m != mn_rt.sys && m != mn_rt.builtins_module &&
            MN_MODULE_DICT(m) != NULL) {
            clear_module_dict(MN_MODULE_DICT(m));
        }
    }
    mn_dict_clear(mn_rt.modules);
    for (intptr_t i = 0; i < MN_LIST_LEN(mods); i++) {
        MnObject *m = MN_LIST_GET(mods, i);
        if (MN_MODULE_CHECK(m) && MN_MODULE_DICT(m) != NULL) {
            mn_dict_clear(MN_MODULE_DICT(m));
        }
    }
    mn_decref(mods);
}

intptr_t
mn_runtime_fini(void)
{
    mn_rt.finalizing = 1;
    mn_err_clear();
    clear_modules();
    mn_err_clear();
    MN_CLEAR(mn_rt.handled);
    MN_CLEAR(mn_rt.sys);
    MN_CLEAR(mn_rt.builtins);
    MN_CLEAR(mn_rt.builtins_module);
    MN_CLEAR(mn_rt.modules);
    MN_CLEAR(mn_rt.argv);
    MN_CLEAR(mn_rt.path);
    mn_gc_collect_all();
    mn_err_clear();
    release_static_types();
    mn_gc_collect_all();
    MN_CLEAR(mn_rt.repr_stack);
    mn_str_fini();
    mn_float_fini();
    mn_int_fini();
    MN_CLEAR(mn_rt.memory_error);
    mn_err_clear();
    mn_frame_fini();
    mn_dict_fini();
    mn_list_fini();
    mn_tuple_fini();
    mn_slice_fini();
    intptr_t leaked = 0;
#ifdef MN_DEBUG
    leaked = mn_live_objects;
    if (leaked != 0) {
        fflush(stdout);
        fprintf(stderr, "mnemo: %ld objects still alive at exit\n", (long)leaked);
        mn_alloc_report_leaks(stderr, 20);
    }
#endif
    mn_alloc_fini();
    return leaked;
}
