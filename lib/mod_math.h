/*
 * lib/mod_math.h - the `math` module table.
 * See also: lib/mod_math.c, lib/mod_math_int.c, lib/modules.c
 */
#ifndef MN_MOD_MATH_H
#define MN_MOD_MATH_H

#include "module.h"

// The math module: constants, libm wrappers with CPython's error rules, integer functions.
extern const MnModuleDef mn_module_math;

// Integer functions of the math module (lib/mod_math_int.c), MnMethodDef shapes.
// -> new reference, or NULL with CPython's errors.
MnObject *mn_math_gcd(MnObject *self, MnObject *const *args, intptr_t nargs);
MnObject *mn_math_lcm(MnObject *self, MnObject *const *args, intptr_t nargs);
MnObject *mn_math_isqrt(MnObject *self, MnObject *arg);
MnObject *mn_math_factorial(MnObject *self, MnObject *arg);
MnObject *mn_math_comb(MnObject *self, MnObject *const *args, intptr_t nargs);
MnObject *mn_math_perm(MnObject *self, MnObject *const *args, intptr_t nargs);

#endif
