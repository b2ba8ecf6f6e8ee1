/*
 * runtime/module.h - module objects and the MnModuleDef table every C module is.
 * See also: runtime/module.c, lib/modules.c, src/import.c
 */
#ifndef MN_MODULE_H
#define MN_MODULE_H

#include "object.h"

typedef struct MnModuleDef {
    const char *name;
    const MnMethodDef *methods;
    // Adds constants, types and objects to the fresh module. -> 0, or -1.
    int (*init)(MnObject *module);
    const char *doc;
} MnModuleDef;

typedef struct MnModule {
    MnObject ob_base;
    MnObject *md_dict;          // owned
    const MnModuleDef *md_def;  // borrowed static table, or NULL for Python modules
    void *md_state;             // per-module C state (unused; CPython's layout: 72 with GC)
    MnObject *md_weaklist;      // owned list head, or NULL
    MnObject *md_name;          // owned str
} MnModule;

extern MnType mn_module_type;
#define MN_MODULE_CHECK(o) mn_type_is_subtype(MN_TYPE(o), &mn_module_type)
#define MN_MODULE_DICT(o) (((MnModule *)(o))->md_dict)

// A new module named [name] with __name__, __doc__ (None), __package__, __loader__ and
// __spec__ set. -> new reference, or NULL.
MnObject *mn_module_new(const char *name);
// Builds a module from [def]: functions, then def->init. -> new reference, or NULL.
MnObject *mn_module_from_def(const MnModuleDef *def);
// module.name = value (borrowed). -> 0, or -1.
int mn_module_add_object(MnObject *module, const char *name, MnObject *value);
int mn_module_add_int(MnObject *module, const char *name, long value);
int mn_module_add_string(MnObject *module, const char *name, const char *value);

#endif
