/*
 * src/main.c - the mnemo command line:
 *   mnemo [-c cmd | -m module | script.py | -] [args]
 *   options -V/--version -h -i -I -P -q -u -E -X name[=value] --help-xoptions
 * With no program on a terminal, or with -i (also after the program), the REPL runs
 * (src/repl.c). Exit statuses as CPython: 0; 1 for an uncaught exception; SystemExit's code;
 * 2 for a script that cannot be opened or a bad option; an uncaught KeyboardInterrupt kills
 * the process with SIGINT (status 130 in the shell). The interpreter runs on a thread with a large
 * stack so that deep C recursion (nested data, repr of deep structures) stays safe.
 * See also: src/pythonrun.c, runtime/runtime.c
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mnemo.h"
#include "import.h"
#include "pythonrun.h"
#include "repl.h"
#include "tracemalloc.h"
#include "mod_atexit.h"

#define MAIN_STACK_SIZE ((size_t)1 << 30)

typedef struct Options {
    const char *command;        // -c
    const char *module;         // -m
    const char *script;         // file or "-"
    int script_index;           // argv index of the script / command / module
    int quiet, unbuffered, ignore_env;
    int inspect;                // -i or MNEMOINSPECT: the REPL after the program
    int safe_path;              // -I or -P: no script folder (or '') in sys.path
    int dump_ast;
    const char *allocator;      // -X malloc[=NAME]: malloc or pymalloc, else NULL
    int tracemalloc;            // -X tracemalloc[=N]: frames to trace at start-up, or -1
    int interrupted;            // an uncaught KeyboardInterrupt ended the program
    int argc;
    char **argv;
    int status;
} Options;

static void
usage(FILE *f, const char *prog)
{
    fprintf(f,
            "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Options:\n"
            "-c cmd : program passed in as string (terminates option list)\n"
            "-E     : ignore MNEMO* environment variables\n"
            "-h     : print this help message and exit (also -? or --help)\n"
            "-i     : inspect interactively after running script; forces a prompt even\n"
            "         if stdin does not appear to be a terminal; also MNEMOINSPECT=x\n"
            "-I     : isolate mnemo from the user's environment (implies -E and -P)\n"
            "-m mod : run library module as a script (terminates option list)\n"
            "-P     : don't prepend a potentially unsafe path to sys.path\n"
            "-q     : don't print version and copyright messages on interactive startup\n"
            "-u     : force the stdout and stderr streams to be unbuffered\n"
            "-V     : print the version number and exit (also --version)\n"
            "-X opt : set implementation-specific option; --help-xoptions lists them\n"
            "--help-xoptions : print help about implementation-specific -X options and exit\n"
            "file   : program read from script file\n"
            "-      : program read from stdin (default; interactive mode if a tty)\n"
            "arg ...: arguments passed to program in sys.argv[1:]\n"
            "\n"
            "Environment variables (ignored with -E or -I):\n"
            "MNEMOPATH       : ':'-separated list of folders prefixed to the module search path\n"
            "MNEMOSTARTUP    : file executed on interactive startup\n"
            "MNEMOINSPECT    : like -i when set to a non-empty string\n"
            "MNEMOUNBUFFERED : like -u when set to a non-empty string\n"
            "MNEMOMALLOC     : 'malloc' sends every allocation straight to malloc (for Valgrind\n"
            "                  and AddressSanitizer); 'pymalloc' is the small-object allocator\n"
            "MNEMOTRACEMALLOC: start tracemalloc at start-up with N frames (like -X tracemalloc)\n",
            prog);
}

// The -X options mnemo knows, with what each does.
static const char *const xoptions[][2] = {
    {"dump-ast", "print the AST of the program as ast.dump() does, and exit"},
    {"showrefcount", "print [total refcount, allocated blocks] after each REPL statement and "
                     "at exit (on stderr)"},
    {"tracemalloc", "start tracing Python memory allocations with the tracemalloc module; "
                    "-X tracemalloc=N stores N frames per traceback (default 1)"},
    {"malloc", "-X malloc (or -X malloc=malloc) sends every allocation straight to malloc, "
               "as MNEMOMALLOC=malloc; -X malloc=pymalloc uses the small-object allocator"},
    {NULL, NULL},
};

static void
usage_xoptions(void)
{
    printf("The following implementation-specific options are available:\n");
    for (int i = 0; xoptions[i][0] != NULL; i++) {
        printf("-X %-9s: %s\n", xoptions[i][0], xoptions[i][1]);
    }
}

// -> the number in [s] (digits only), or -1.
static int
parse_nframe(const char *s)
{
    long n = 0;
    if (*s == '\0') {
        return -1;
    }
    for (; *s != '\0'; s++) {
        if (*s < '0' || *s > '9' || n > 100000000) {
            return -1;
        }
        n = n * 10 + (*s - '0');
    }
    return (int)n;
}

// -X [val]: known options take effect, unknown ones draw a warning.
static void
set_xoption(Options *o, const char *val)
{
    size_t n = strcspn(val, "=");
    if (strncmp(val, "dump-ast", n) == 0 && n == strlen("dump-ast")) {
        o->dump_ast = 1;
        return;
    }
    if (strncmp(val, "showrefcount", n) == 0 && n == strlen("showrefcount")) {
        mn_pythonrun_set_showrefcount(1);
        return;
    }
    if (strncmp(val, "malloc", n) == 0 && n == strlen("malloc")) {
        o->allocator = val[n] == '=' ? val + n + 1 : "malloc";
        return;
    }
    if (strncmp(val, "tracemalloc", n) == 0 && n == strlen("tracemalloc")) {
        o->tracemalloc = val[n] == '=' ? parse_nframe(val + n + 1) : 1;
        if (o->tracemalloc < 0) {
            o->tracemalloc = -2;
        }
        return;
    }
    fprintf(stderr, "%s: warning: unknown -X option '%.*s' ignored; known options:", o->argv[0],
            (int)n, val);
    for (int i = 0; xoptions[i][0] != NULL; i++) {
        fprintf(stderr, " %s", xoptions[i][0]);
    }
    fputc('\n', stderr);
}

static int
bad_option(const char *prog, const char *what)
{
    fprintf(stderr, "%s\nusage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Try `mnemo -h' for more information.\n", what, prog);
    return 2;
}

// Parses the options. -> -1 to go on, or an exit status.
static int
parse_options(Options *o)
{
    const char *prog = o->argv[0];
    int i = 1;
    for (; i < o->argc; i++) {
        const char *a = o->argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("%s\n", MN_VERSION_TEXT);
            return 0;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            usage(stdout, prog);
            return 0;
        }
        if (strcmp(a, "--help-xoptions") == 0) {
            usage_xoptions();
            return 0;
        }
        if (a[1] == '-') {
            char msg[300];
            snprintf(msg, sizeof msg, "unknown option %s", a);
            return bad_option(prog, msg);
        }
        for (int j = 1; a[j] != '\0'; j++) {
            char c = a[j];
            if (c == 'c' || c == 'm' || c == 'X') {
                const char *val = a[j + 1] ? &a[j + 1] : (i + 1 < o->argc ? o->argv[++i] : NULL);
                if (val == NULL) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "Argument expected for the -%c option", c);
                    return bad_option(prog, msg);
                }
                if (c == 'X') {
                    set_xoption(o, val);
                    break;
                }
                if (c == 'c') {
                    o->command = val;
                } else {
                    o->module = val;
                }
                o->script_index = i;
                return -1;
            }
            switch (c) {
            case 'q': o->quiet = 1; break;
            case 'u': o->unbuffered = 1; break;
            case 'E': o->ignore_env = 1; break;
            case 'I': o->ignore_env = 1; o->safe_path = 1; break;
            case 'P': o->safe_path = 1; break;
            case 'i': o->inspect = 1; break;
            case 'B': case 'd': case 'O': case 's': case 'S': case 'v': break;
            default: {
                char msg[64];
                snprintf(msg, sizeof msg, "Unknown option: -%c", c);
                return bad_option(prog, msg);
            }
            }
        }
    }
    if (i < o->argc) {
        o->script = o->argv[i];
        o->script_index = i;
    } else {
        o->script = NULL;       // stdin, named "-" in sys.argv[0]
        o->script_index = o->argc;
    }
    return -1;
}

// -> the value of the environment variable [name] unless -E/-I, or NULL (also when empty).
static const char *
env(const Options *o, const char *name)
{
    const char *v = o->ignore_env ? NULL : getenv(name);
    return v != NULL && v[0] != '\0' ? v : NULL;
}

// sys.path: the script's folder (or '' for -c and stdin, the current folder for -m) unless
// -I/-P, then MNEMOPATH entries.
static int
init_path(const Options *o)
{
    char dir[PATH_MAX] = "";
    if (o->script != NULL && strcmp(o->script, "-") != 0 && o->command == NULL &&
        o->module == NULL) {
        char resolved[PATH_MAX];
        if (realpath(o->script, resolved) != NULL) {
            char *slash = strrchr(resolved, '/');
            if (slash != NULL) {
                *slash = '\0';
            }
            snprintf(dir, sizeof dir, "%s", resolved[0] ? resolved : "/");
        }
    } else if (o->module != NULL && getcwd(dir, sizeof dir) == NULL) {
        dir[0] = '\0';
    }
    MnObject *s = o->safe_path ? NULL : mn_str_from_utf8(dir, -1);
    if (!o->safe_path && (s == NULL || mn_list_append(mn_rt.path, s) < 0)) {
        mn_xdecref(s);
        return -1;
    }
    mn_xdecref(s);
    const char *extra = env(o, "MNEMOPATH");
    while (extra != NULL && *extra != '\0') {
        const char *colon = strchr(extra, ':');
        size_t n = colon ? (size_t)(colon - extra) : strlen(extra);
        if (n > 0) {
            s = mn_str_from_utf8(extra, (intptr_t)n);
            if (s == NULL || mn_list_append(mn_rt.path, s) < 0) {
                mn_xdecref(s);
                return -1;
            }
            mn_decref(s);
        }
        extra = colon ? colon + 1 : NULL;
    }
    return 0;
}

static int
run_stdin(void)
{
    size_t n;
    char *buf = mn_read_stream(stdin, &n);
    if (buf == NULL) {
        fputs("mnemo: out of memory reading stdin\n", stderr);
        return 1;
    }
    int status = mn_run_main_source(buf, n, "<stdin>", NULL);
    mn_mem_free(buf);
    return status;
}

static int
dump_ast(const char *path)
{
    size_t len;
    char *src = mn_read_file(path, &len);
    if (src == NULL) {
        fprintf(stderr, "mnemo: can't open file '%s': [Errno %d] %s\n", path, errno,
                strerror(errno));
        return 2;
    }
    AstArena *arena = mn_ast_arena_new();
    MnParseError err;
    memset(&err, 0, sizeof err);
    AstNode *root = arena ? mn_parse(src, len, MN_PARSE_EXEC, arena, &err) : NULL;
    int status = 0;
    if (root != NULL) {
        mn_ast_dump(root);
        fputc('\n', stdout);
    } else {
        fprintf(stderr, "line %d, offset %d: %s\n", err.lineno, err.offset, err.msg);
        mn_parse_error_clear(&err);
        status = 1;
    }
    if (arena != NULL) {
        mn_ast_arena_free(arena);
    }
    mn_mem_free(src);
    return status;
}

static int
is_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return 0;
    }
    fclose(f);
    return 1;
}

// -m module: finds MODULE.py (dots naming folders) or the package MODULE/__main__.py on
// sys.path and runs it as __main__ with sys.argv[0] its path; the package that holds it is
// imported first, as CPython's runpy does.
static int
run_module(Options *o)
{
    char rel[4096], path[8192], package[4096] = "";
    snprintf(rel, sizeof rel, "%s", o->module);
    for (char *p = rel; *p != '\0'; p++) {
        *p = *p == '.' ? '/' : *p;
    }
    for (intptr_t i = 0; i < MN_LIST_LEN(mn_rt.path); i++) {
        const char *dir = mn_str_as_utf8(MN_LIST_GET(mn_rt.path, i), NULL);
        if (dir == NULL) {
            return mn_handle_uncaught();
        }
        const char *sep = dir[0] ? "/" : "";
        snprintf(path, sizeof path, "%s%s%s.py", dir, sep, rel);
        if (is_file(path)) {
            const char *dot = strrchr(o->module, '.');
            snprintf(package, sizeof package, "%.*s", dot ? (int)(dot - o->module) : 0,
                     o->module);
        } else {
            snprintf(path, sizeof path, "%s%s%s/__main__.py", dir, sep, rel);
            if (!is_file(path)) {
                continue;
            }
            snprintf(package, sizeof package, "%s", o->module);
        }
        MnObject *pkg = package[0] ? mn_import_module(package) : NULL;
        if (package[0] && pkg == NULL) {
            return mn_handle_uncaught();
        }
        mn_xdecref(pkg);
        MnObject *argv0 = mn_str_from_utf8(path, -1);
        if (argv0 == NULL) {
            return mn_handle_uncaught();
        }
        MN_SETREF(MN_LIST_ITEMS(mn_rt.argv)[0], argv0);
        return mn_run_module_file(path);
    }
    fprintf(stderr, "%s: No module named %s\n", o->argv[0], o->module);
    return 1;
}

static int
run_program(Options *o)
{
    if (o->command != NULL) {
        return mn_run_main_source(o->command, strlen(o->command), "<string>", NULL);
    }
    if (o->module != NULL) {
        return run_module(o);
    }
    if (o->script == NULL || strcmp(o->script, "-") == 0) {
        return run_stdin();
    }
    if (o->dump_ast) {
        return dump_ast(o->script);
    }
    int status = mn_run_main_file(o->script);
    if (status < 0) {
        char resolved[PATH_MAX];
        const char *shown = o->script;
        if (o->script[0] != '/' && getcwd(resolved, sizeof resolved) != NULL) {
            size_t n = strlen(resolved);
            snprintf(resolved + n, sizeof resolved - n, "/%s", o->script);
            shown = resolved;
        }
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", o->argv[0], shown, errno,
                strerror(errno));
        return 2;
    }
    return status;
}

// The program, then the REPL if asked for; or the REPL alone when the program would be a
// terminal's input (or -i forces it on any stdin).
static int
run(Options *o)
{
    MnReplConfig repl = {.banner = !o->quiet, .startup = NULL};
    int from_stdin = o->command == NULL && o->module == NULL &&
                     (o->script == NULL || strcmp(o->script, "-") == 0);
    if (from_stdin && (o->inspect || isatty(STDIN_FILENO))) {
        repl.startup = env(o, "MNEMOSTARTUP");
        return mn_repl_run(&repl);
    }
    mn_pythonrun_set_inspect(o->inspect);
    int status = run_program(o);
    mn_pythonrun_set_inspect(0);
    o->interrupted = mn_pythonrun_take_interrupt();
    if (!o->inspect) {
        return status;
    }
    o->interrupted = 0;
    repl.banner = 0;
    return mn_repl_run(&repl);
}

// -X tracemalloc[=N] or MNEMOTRACEMALLOC=N (N > 0) starts tracing before the program runs.
// -> 0, or -1 with an exception set.
static int
start_tracemalloc(const Options *o)
{
    int n = o->tracemalloc;
    if (n == -1) {
        const char *v = env(o, "MNEMOTRACEMALLOC");
        n = v != NULL ? parse_nframe(v) : 0;
    }
    if (n == 0) {
        return 0;
    }
    if (n > MN_TRACEMALLOC_MAX_NFRAME) {
        mn_err_format(mn_exc_ValueError, "the number of frames must be in range [1; %d]",
                      MN_TRACEMALLOC_MAX_NFRAME);
        return -1;
    }
    return mn_tracemalloc_start(n);
}

static void *
main_thread(void *arg)
{
    Options *o = arg;
    int status = parse_options(o);
    if (status >= 0) {
        o->status = status;
        return NULL;
    }
    // -X malloc, else MNEMOMALLOC (ignored with -E), chooses the allocator before anything
    // else is allocated.
    const char *allocator = o->allocator ? o->allocator : env(o, "MNEMOMALLOC");
    if (mn_alloc_set_allocator(allocator ? allocator : "pymalloc") < 0) {
        fprintf(stderr, "Fatal Python error: preconfig_init_allocator: %s: unknown allocator\n"
                "Python runtime state: preinitializing\n\n",
                o->allocator ? "-X malloc" : "MNEMOMALLOC");
        o->status = 1;
        return NULL;
    }
    const char *tm = env(o, "MNEMOTRACEMALLOC");
    if (o->tracemalloc == -2 || (o->tracemalloc == -1 && tm != NULL && parse_nframe(tm) < 0)) {
        fprintf(stderr, "Fatal Python error: config_init_tracemalloc: %s: invalid number of "
                "frames\n", o->tracemalloc == -2 ? "-X tracemalloc=NFRAME" : "MNEMOTRACEMALLOC");
        o->status = 1;
        return NULL;
    }
    if (o->unbuffered || env(o, "MNEMOUNBUFFERED") != NULL) {
        setvbuf(stdout, NULL, _IONBF, 0);
    }
    if (env(o, "MNEMOINSPECT") != NULL) {
        o->inspect = 1;
    }
    // SIGINT is blocked in the thread that started this one; here it becomes KeyboardInterrupt.
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    mn_repl_install_sigint();
    pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
    // sys.argv: the script (or "-c", "-m" path, "-") and what follows it.
    int nargs = o->argc - o->script_index;
    char **args = o->argv + o->script_index;
    char *dash_c[] = {"-c"};
    char *empty[] = {""};
    if (o->command != NULL) {
        args[0] = dash_c[0];
    } else if (nargs <= 0) {
        args = empty;
        nargs = 1;
    }
    if (mn_runtime_init(nargs, args) < 0) {
        o->status = 1;
        return NULL;
    }
    if (init_path(o) < 0 || start_tracemalloc(o) < 0) {
        o->status = mn_handle_uncaught();
    } else {
        o->status = run(o);
    }
    mn_atexit_run();                // exit functions first, while everything still exists
    fflush(stdout);
    if (mn_runtime_fini() != 0) {
        o->status = o->status ? o->status : 70;
    }
    mn_show_refcount();
    fflush(stdout);
    fflush(stderr);
    return NULL;
}

int
main(int argc, char **argv)
{
    Options o;
    memset(&o, 0, sizeof o);
    o.argc = argc;
    o.argv = argv;
    o.tracemalloc = -1;
    // Only the interpreter's thread takes SIGINT, so that Ctrl-C interrupts its system calls.
    sigset_t sigint, saved;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigint, &saved);
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, MAIN_STACK_SIZE) == 0 &&
        pthread_create(&thread, &attr, main_thread, &o) == 0) {
        pthread_join(thread, NULL);
    } else {
        main_thread(&o);
    }
    fflush(stdout);
    fflush(stderr);
    if (o.interrupted) {
        // As CPython: die by the signal, so that the shell sees 128 + SIGINT.
        signal(SIGINT, SIG_DFL);
        pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
        kill(getpid(), SIGINT);
    }
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    return o.status;
}
