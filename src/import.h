/*
 * src/import.h - the import system: sys.modules, builtin C modules (lib/modules.c), Python
 * modules embedded from lib/NAME.py, and .py files and packages found on sys.path.
 * See also: src/import.c, lib/modules.c, cmake/embed.cmake
 */
#ifndef MN_IMPORT_H
#define MN_IMPORT_H

#include "object.h"

// The IMPORT_NAME / __import__ operation: imports [name] (a str) relative to the package of
// [globals] when [level] > 0. With an empty [fromlist] (None, NULL or ()) returns the
// top-level package, else the named module itself, after importing any submodules the
// fromlist names. -> new reference, or NULL (ModuleNotFoundError "No module named 'x'").
MnObject *mn_import_module_level(MnObject *name, MnObject *globals, MnObject *fromlist,
                                 int level);
// import [name] (absolute, dotted). -> new reference to the module itself, or NULL.
MnObject *mn_import_module(const char *name);
// True when [name] is a builtin C module or an embedded Python module.
int mn_import_is_builtin(const char *name);

#endif
