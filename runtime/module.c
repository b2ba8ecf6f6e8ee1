/*
 * runtime/module.c - module objects: a namespace dict plus the MnModuleDef they came from.
 * Attribute access goes through the namespace; a missing name gives CPython's
 * "module 'm' has no attribute 'x'".
 * See also: runtime/module.h, src/import.c, lib/modules.c
 */
#include "mnemo.h"
#include "weakref.h"

MnObject *
mn_module_new(const char *name)
{
    MnModule *m = (MnModule *)mn_object_alloc(&mn_module_type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->md_dict = mn_dict_new();
    m->md_name = mn_str_from_cstr(name);
    if (m->md_dict == NULL || m->md_name == NULL ||
        mn_dict_set_item_cstr(m->md_dict, "__name__", m->md_name) < 0 ||
        mn_dict_set_item_cstr(m->md_dict, "__doc__", mn_None) < 0 ||
        mn_dict_set_item_cstr(m->md_dict, "__package__", mn_None) < 0 ||
        mn_dict_set_item_cstr(m->md_dict, "__loader__", mn_None) < 0 ||
        mn_dict_set_item_cstr(m->md_dict, "__spec__", mn_None) < 0) {
        mn_decref(m);
        return NULL;
    }
    mn_gc_track(m);
    return (MnObject *)m;
}

MnObject *
mn_module_from_def(const MnModuleDef *def)
{
    MnObject *m = mn_module_new(def->name);
    if (m == NULL) {
        return NULL;
    }
    ((MnModule *)m)->md_def = def;
    MnObject *modname = ((MnModule *)m)->md_name;
    for (const MnMethodDef *ml = def->methods; ml != NULL && ml->name != NULL; ml++) {
        MnObject *f = mn_cfunction_new(ml, m, modname);
        if (f == NULL || mn_dict_set_item_cstr(MN_MODULE_DICT(m), ml->name, f) < 0) {
            mn_xdecref(f);
            mn_decref(m);
            return NULL;
        }
        mn_decref(f);
    }
    if (def->doc != NULL && mn_module_add_string(m, "__doc__", def->doc) < 0) {
        mn_decref(m);
        return NULL;
    }
    if (def->init != NULL && def->init(m) < 0) {
        mn_decref(m);
        return NULL;
    }
    return m;
}

int
mn_module_add_object(MnObject *module, const char *name, MnObject *value)
{
    return mn_dict_set_item_cstr(MN_MODULE_DICT(module), name, value);
}

int
mn_module_add_int(MnObject *module, const char *name, long value)
{
    MnObject *v = mn_int_from_long(value);
    if (v == NULL) {
        return -1;
    }
    int res = mn_module_add_object(module, name, v);
    mn_decref(v);
    return res;
}

int
mn_module_add_string(MnObject *module, const char *name, const char *value)
{
    MnObject *v = mn_str_from_cstr(value);
    if (v == NULL) {
        return -1;
    }
    int res = mn_module_add_object(module, name, v);
    mn_decref(v);
    return res;
}

static void
module_dealloc(MnObject *self)
{
    MnModule *m = (MnModule *)self;
    mn_gc_untrack(self);
    if (m->md_weaklist != NULL) {
        mn_weakref_clear_refs(self);
    }
    MN_CLEAR(m->md_dict);
    MN_CLEAR(m->md_name);
    mn_object_free(self);
}

static int
module_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnModule *)self)->md_dict);
    return 0;
}

static int
module_clear(MnObject *self)
{
    MN_CLEAR(((MnModule *)self)->md_dict);
    return 0;
}

static MnObject *
module_repr(MnObject *self)
{
    MnModule *m = (MnModule *)self;
    MnObject *file = m->md_dict ? mn_dict_get_cstr_borrow(m->md_dict, "__file__") : NULL;
    if (file != NULL && MN_STR_CHECK(file)) {
        return mn_str_from_format("<module %R from %R>", m->md_name, file);
    }
    if (m->md_def != NULL) {
        return mn_str_from_format("<module %R (built-in)>", m->md_name);
    }
    return mn_str_from_format("<module %R>", m->md_name);
}

static MnObject *
module_getattro(MnObject *self, MnObject *name)
{
    MnModule *m = (MnModule *)self;
    if (m->md_dict != NULL) {
        MnObject *v = MN_STR_CHECK_EXACT(name) ? mn_dict_get_str_borrow(m->md_dict, name) : NULL;
        if (v != NULL) {
            return mn_newref(v);
        }
    }
    MnObject *res = mn_object_generic_getattr(self, name);
    if (res == NULL && mn_err_matches((MnObject *)mn_exc_AttributeError)) {
        mn_err_clear();
        return mn_err_format(mn_exc_AttributeError, "module '%U' has no attribute '%U'",
                             m->md_name, name);
    }
    return res;
}

static MnObject *
module_get_dict(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(((MnModule *)self)->md_dict);
}

static const MnGetSetDef module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {NULL},
};

MnType mn_module_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "module",
    .tp_basicsize = sizeof(MnModule),   .tp_flags = MN_TPFLAG_GC | MN_TPFLAG_BASETYPE,
    .tp_dealloc = module_dealloc,       .tp_repr = module_repr,
    .tp_traverse = module_traverse,     .tp_clear = module_clear,
    .tp_getattro = module_getattro,     .tp_setattro = mn_object_generic_setattr,
    .tp_dictoffset = offsetof(MnModule, md_dict),
    .tp_weaklistoffset = offsetof(MnModule, md_weaklist),
    .tp_getset = module_getset,
};
