/*
 * lib/mod_atexit.h - running the atexit module's functions at interpreter shutdown.
 * See also: lib/mod_atexit.c, src/main.c
 */
#ifndef MN_MOD_ATEXIT_H
#define MN_MOD_ATEXIT_H

// Calls the functions registered with atexit.register, last first, reporting failures as
// "Exception ignored in atexit callback: ..."; later registrations are ignored. Called once,
// after the program ends and before mn_runtime_fini. Keeps any pending exception.
void mn_atexit_run(void);

#endif
