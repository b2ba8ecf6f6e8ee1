/*
 * src/repl.h - the interactive loop: read an entry (one statement, or a block ended by an
 * empty line), compile it on its own as MN_PARSE_SINGLE, run it in __main__, echo results.
 * See also: src/repl.c, src/main.c, src/pythonrun.h
 */
#ifndef MN_REPL_H
#define MN_REPL_H

// What -V prints and the banner starts with.
#define MN_VERSION_TEXT "mnemo 0.1.0 (Python 3.11.7 subset)"

typedef struct MnReplConfig {
    int banner;                 // print the version banner on stderr first
    const char *startup;        // borrowed: file run before the first prompt, or NULL
} MnReplConfig;

// Installs the SIGINT handler that sets mn_rt.interrupt (the eval loop turns it into
// KeyboardInterrupt); system calls it interrupts fail with EINTR instead of restarting.
void mn_repl_install_sigint(void);
// Runs the interactive loop on stdin in the __main__ module until EOF, exit()/quit() or an
// uncaught SystemExit. Uses libedit (history in ~/.mnemo_history) when stdin and stdout are
// terminals, else plain reads with the prompts on stderr.
// -> the exit status (0 at EOF, SystemExit's status otherwise).
int mn_repl_run(const MnReplConfig *config);

#endif
