/*
 * lib/mod_builtins.h - the builtins module, and the builtin functions that live in
 * lib/mod_builtins_more.c (the module table in lib/mod_builtins.c lists them all).
 * See also: lib/mod_builtins.c, lib/mod_builtins_more.c, lib/modules.c
 */
#ifndef MN_MOD_BUILTINS_H
#define MN_MOD_BUILTINS_H

#include "module.h"

// The builtins module: every builtin function, type and constant, and the exceptions.
extern const MnModuleDef mn_module_builtins;

// Builtin functions defined in lib/mod_builtins_more.c, with MnMethodDef shapes.
// Each -> new reference, or NULL with an exception set.
MnObject *mn_builtin_min(MnObject *self, MnObject *const *args, intptr_t nargs,
                         MnObject *kwnames);
MnObject *mn_builtin_max(MnObject *self, MnObject *const *args, intptr_t nargs,
                         MnObject *kwnames);
MnObject *mn_builtin_sum(MnObject *self, MnObject *const *args, intptr_t nargs,
                         MnObject *kwnames);
MnObject *mn_builtin_sorted(MnObject *self, MnObject *const *args, intptr_t nargs,
                            MnObject *kwnames);
MnObject *mn_builtin_round(MnObject *self, MnObject *const *args, intptr_t nargs,
                           MnObject *kwnames);
MnObject *mn_builtin_pow(MnObject *self, MnObject *const *args, intptr_t nargs,
                         MnObject *kwnames);
MnObject *mn_builtin_divmod(MnObject *self, MnObject *const *args, intptr_t nargs);
MnObject *mn_builtin_dir(MnObject *self, MnObject *const *args, intptr_t nargs);
MnObject *mn_builtin_vars(MnObject *self, MnObject *const *args, intptr_t nargs);
MnObject *mn_builtin_exec(MnObject *self, MnObject *const *args, intptr_t nargs,
                          MnObject *kwnames);
MnObject *mn_builtin_eval(MnObject *self, MnObject *const *args, intptr_t nargs,
                          MnObject *kwnames);
MnObject *mn_builtin_compile(MnObject *self, MnObject *const *args, intptr_t nargs,
                             MnObject *kwnames);
// divmod(a, b) with CPython's binary-operator dispatch on nb_divmod. -> new, or NULL.
MnObject *mn_number_divmod(MnObject *a, MnObject *b);

#endif
