/*
 * runtime/runtime.c - MnRuntime: start-up (types, singletons, builtins, sys) and teardown
 * (module namespaces cleared as CPython does, a final collection, static types released),
 * after which a debug build reports every object still alive.
 * See also: runtime/runtime.h, src/main.c, tests/unit/util.c
 */
#include <stdio.h>
#include <string.h>
#include "mnemo.h"
#include "weakref.h"
#include "cell.h"
#include "func.h"
#include "gen.h"
#include "iter.h"
#include "method.h"
#include "traceback.h"
#include "str_impl.h"
#include "modules.h"
#include "frame.h"
#include "import.h"
#include "tracemalloc.h"

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

// The other built-in types, readied at start-up too (as CPython readies its static types):
// readying one later would allocate its dict and descriptors in the middle of a program,
// which gc.get_count() and gc.get_objects() would show.
static MnType *const more_types[] = {
    &mn_bytes_iterator_type, &mn_calliter_type, &mn_cell_type, &mn_code_type,
    &mn_dict_items_type, &mn_dict_keys_type, &mn_dict_values_type, &mn_dict_keyiter_type,
    &mn_dict_valueiter_type, &mn_dict_itemiter_type, &mn_dict_revkeyiter_type,
    &mn_dict_revvalueiter_type, &mn_dict_revitemiter_type, &mn_enumerate_type,
    &mn_filter_type, &mn_frame_type, &mn_func_type, &mn_gen_type, &mn_list_iter_type,
    &mn_list_reviter_type, &mn_longrange_iter_type, &mn_map_type, &mn_mappingproxy_type,
    &mn_method_type, &mn_range_iter_type, &mn_reversed_type, &mn_seqiter_type,
    &mn_setiter_type, &mn_str_ascii_iterator_type, &mn_str_iterator_type,
    &mn_traceback_type, &mn_tuple_iter_type, &mn_weakref_type, &mn_weakproxy_type,
    &mn_weakcallableproxy_type, &mn_zip_type,
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

static int
ready_types(MnType *const *types, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (mn_runtime_ready_type(types[i]) < 0) {
            return -1;
        }
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
    if (ready_types(core_types, sizeof core_types / sizeof core_types[0]) < 0) {
        goto fail;
    }
    if (mn_exc_init() < 0) {
        goto fail;
    }
    if (ready_types(more_types, sizeof more_types / sizeof more_types[0]) < 0) {
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

// As CPython's finalize_modules_delete_special: names where user values hide go first.
static void
delete_special_names(void)
{
    static const char *const sys_names[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
        "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__", NULL,
    };
    static const char *const streams[] = {"stdin", "stdout", "stderr", NULL};
    if (mn_rt.builtins != NULL && mn_dict_set_item_cstr(mn_rt.builtins, "_", mn_None) < 0) {
        mn_err_clear();
    }
    if (mn_rt.sys == NULL || MN_MODULE_DICT(mn_rt.sys) == NULL) {
        return;
    }
    MnObject *d = MN_MODULE_DICT(mn_rt.sys);
    for (int i = 0; sys_names[i] != NULL; i++) {
        if (mn_dict_set_item_cstr(d, sys_names[i], mn_None) < 0) {
            mn_err_clear();
        }
    }
    for (int i = 0; streams[i] != NULL; i++) {
        char dunder[16];
        snprintf(dunder, sizeof dunder, "__%s__", streams[i]);
        MnObject *orig = mn_dict_get_cstr_borrow(d, dunder);
        if (orig != NULL && mn_dict_set_item_cstr(d, streams[i], orig) < 0) {
            mn_err_clear();
        }
    }
}

// Sets every sys.modules value to None, so modules nobody else holds die now, as in CPython.
// -> new list of weak references to the modules, in import order (NULL on failure).
static MnObject *
remove_modules(void)
{
    MnObject *weaklist = mn_list_new(0);
    MnObject *keys = mn_rt.modules != NULL ? mn_dict_keys(mn_rt.modules) : NULL;
    if (weaklist == NULL || keys == NULL) {
        mn_err_clear();
        mn_xdecref(keys);
        return weaklist;
    }
    for (intptr_t i = 0; i < MN_LIST_LEN(keys); i++) {
        MnObject *name = MN_LIST_GET(keys, i);
        MnObject *m = mn_dict_get_item_borrow(mn_rt.modules, name);
        if (m != NULL && MN_MODULE_CHECK(m)) {
            MnObject *wr = mn_weakref_new_ref(m, NULL);
            if (wr == NULL || mn_list_append(weaklist, wr) < 0) {
                mn_err_clear();
            }
            mn_xdecref(wr);
        }
        if (mn_dict_set_item(mn_rt.modules, name, mn_None) < 0) {
            mn_err_clear();
        }
    }
    mn_decref(keys);
    return weaklist;
}

// Modules still alive after the collection get their namespaces wiped, last imported first.
static void
clear_surviving_modules(MnObject *weaklist)
{
    for (intptr_t i = MN_LIST_LEN(weaklist) - 1; i >= 0; i--) {
        MnObject *m = mn_weakref_get(MN_LIST_GET(weaklist, i));
        if (m == mn_None || MN_MODULE_DICT(m) == NULL || m == mn_rt.sys ||
            m == mn_rt.builtins_module) {
            continue;
        }
        mn_incref(m);
        clear_module_dict(MN_MODULE_DICT(m));
        mn_decref(m);
    }
}

// CPython 3.11's finalize_modules: special names, sys.modules emptied, a collection, then
// the namespaces of modules still alive, then sys and builtins.
static void
finalize_modules(void)
{
    if (mn_rt.modules == NULL) {
        return;
    }
    delete_special_names();
    MnObject *weaklist = remove_modules();
    mn_dict_clear(mn_rt.modules);
    mn_gc_collect_nofail();
    if (weaklist != NULL) {
        clear_surviving_modules(weaklist);
        mn_decref(weaklist);
    }
    mn_err_clear();
    if (mn_rt.sys != NULL && MN_MODULE_DICT(mn_rt.sys) != NULL) {
        mn_dict_clear(MN_MODULE_DICT(mn_rt.sys));
    }
    if (mn_rt.builtins != NULL) {
        mn_dict_clear(mn_rt.builtins);
    }
    mn_err_clear();
}

intptr_t
mn_runtime_fini(void)
{
    mn_err_clear();
    // As CPython's Py_FinalizeEx: a collection (with gc.callbacks) while everything still
    // works, then the modules.
    if (mn_rt.gc_enabled) {
        mn_gc_collect(MN_GC_NUM_GENERATIONS - 1);
        mn_err_clear();
    }
    mn_rt.finalizing = 1;
    mn_tracemalloc_fini();
    finalize_modules();
    mn_gc_release_frozen();
    if (mn_rt.memory_error != NULL) {
        // the preallocated MemoryError may still hold the frames of its last traceback
        mn_exc_set_traceback(mn_rt.memory_error, NULL);
    }
    MN_CLEAR(mn_rt.handled);
    MN_CLEAR(mn_rt.sys);
    MN_CLEAR(mn_rt.builtins);
    MN_CLEAR(mn_rt.builtins_module);
    MN_CLEAR(mn_rt.modules);
    MN_CLEAR(mn_rt.argv);
    MN_CLEAR(mn_rt.path);
    mn_gc_collect_nofail();
    mn_err_clear();
    mn_gc_fini();
    release_static_types();
    mn_gc_collect_nofail();
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
