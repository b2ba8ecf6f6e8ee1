/*
 * lib/mod_time.h - the `time` module table.
 * See also: lib/mod_time.c, lib/modules.c
 */
#ifndef MN_MOD_TIME_H
#define MN_MOD_TIME_H

#include "module.h"

// The time module: clocks (time, perf_counter, monotonic, process_time and their _ns forms),
// sleep, and basic gmtime/localtime/strftime/ctime/asctime/mktime.
extern const MnModuleDef mn_module_time;

#endif
