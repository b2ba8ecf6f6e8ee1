/*
 * lib/mod_weakref.c - the `_weakref` module: ref, proxy, getweakrefcount, getweakrefs,
 * _remove_dead_weakref and the three reference types. lib/weakref.py builds on it.
 * See also: runtime/weakref.c, lib/weakref.py, lib/_weakrefset.py
 */
#include "mnemo.h"
#include "sequtil.h"
#include "weakref.h"
#include "modules.h"

static MnObject *
weakref_getweakrefcount(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_int_from_ssize(mn_weakref_count(o));
}

static MnObject *
weakref_getweakrefs(MnObject *self, MnObject *o)
{
    (void)self;
    MnObject *list = mn_list_new(0);
    MnWeakRef **head = mn_weakref_list_ptr(o);
    if (list == NULL || head == NULL) {
        return list;
    }
    for (MnWeakRef *wr = *head; wr != NULL; wr = wr->wr_next) {
        if (mn_list_append(list, (MnObject *)wr) < 0) {
            mn_decref(list);
            return NULL;
        }
    }
    return list;
}

static MnObject *
weakref_proxy(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("proxy", nargs, 1, 2) < 0) {
        return NULL;
    }
    return mn_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

static MnObject *
weakref_remove_dead_weakref(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("_remove_dead_weakref", nargs, 2, 2) < 0) {
        return NULL;
    }
    MnObject *dct = args[0], *key = args[1];
    if (!MN_DICT_CHECK(dct)) {
        return mn_err_format(mn_exc_TypeError,
                             "_remove_dead_weakref() argument 1 must be dict, not %s",
                             mn_type_name(MN_TYPE(dct)));
    }
    MnObject *value = mn_dict_get_item_borrow(dct, key);
    if (value == NULL) {
        return mn_err_occurred() ? NULL : mn_newref(mn_None);
    }
    if (!mn_type_is_subtype(MN_TYPE(value), &mn_weakref_type)) {
        return mn_err_format(mn_exc_TypeError, "not a weakref");
    }
    if (mn_weakref_get(value) == mn_None && mn_dict_del_item(dct, key) < 0) {
        if (!mn_err_occurred() || mn_err_occurred() != mn_exc_KeyError) {
            return NULL;
        }
        mn_err_clear();
    }
    return mn_newref(mn_None);
}

static const MnMethodDef weakref_methods[] = {
    {"getweakrefcount", weakref_getweakrefcount, MN_METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", weakref_getweakrefs, MN_METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", weakref_proxy, MN_METH_FAST,
     "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is "
     "called with a reference to the\nproxy when 'object' is about to be finalized."},
    {"_remove_dead_weakref", weakref_remove_dead_weakref, MN_METH_FAST,
     "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, NULL},
};

static int
weakref_init(MnObject *module)
{
    if (mn_weakref_ready_types() < 0) {
        return -1;
    }
    if (mn_module_add_object(module, "ref", (MnObject *)&mn_weakref_type) < 0 ||
        mn_module_add_object(module, "ReferenceType", (MnObject *)&mn_weakref_type) < 0 ||
        mn_module_add_object(module, "ProxyType", (MnObject *)&mn_weakproxy_type) < 0 ||
        mn_module_add_object(module, "CallableProxyType",
                             (MnObject *)&mn_weakcallableproxy_type) < 0) {
        return -1;
    }
    return 0;
}

const MnModuleDef mn_module__weakref = {
    .name = "_weakref",
    .methods = weakref_methods,
    .init = weakref_init,
    .doc = "Weak-reference support module.",
};
