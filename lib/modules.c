/*
 * lib/modules.c - every builtin C module in one table.
 * See also: lib/modules.h, src/import.c
 */
#include <string.h>
#include "modules.h"

const MnModuleDef *const mn_builtin_modules[] = {
    &mn_module_builtins,
    &mn_module_sys,
    &mn_module_math,
    &mn_module_time,
    &mn_module_gc,
    &mn_module__io,
    &mn_module_posix,
    &mn_module_resource,
    &mn_module__tracemalloc,
    &mn_module__weakref,
    &mn_module_atexit,
    NULL,
};

const MnModuleDef *
mn_modules_find(const char *name)
{
    for (const MnModuleDef *const *m = mn_builtin_modules; *m != NULL; m++) {
        if (strcmp((*m)->name, name) == 0) {
            return *m;
        }
    }
    return NULL;
}
