/*
 * src/main.c - the mnemo command line:
 *   mnemo [-c cmd | -m module | script.py | -] [args]   -V/--version -h -q -u -E -X name[=value]
 * Exit statuses as CPython: 0; 1 for an uncaught exception; SystemExit's code; 2 for a
 * script that cannot be opened or a bad option. The interpreter runs on a thread with a large
 * stack so that deep C recursion (nested data, repr of deep structures) stays safe.
 * See also: src/pythonrun.c, runtime/runtime.c
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mnemo.h"
#include "import.h"
#include "pythonrun.h"

#define MN_VERSION_TEXT "mnemo 0.1.0 (Python 3.11.7 subset)"
#define MAIN_STACK_SIZE ((size_t)1 << 30)

typedef struct Options {
    const char *command;        // -c
    const char *module;         // -m
    const char *script;         // file or "-"
    int script_index;           // argv index of the script / command / module
    int quiet, unbuffered, ignore_env;
    int dump_ast;
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
            "-m mod : run library module as a script (terminates option list)\n"
            "-q     : don't print version and copyright messages on interactive startup\n"
            "-u     : force the stdout and stderr streams to be unbuffered\n"
            "-V     : print the version number and exit (also --version)\n"
            "-X opt : set implementation-specific option (dump-ast: print the AST and exit)\n"
            "file   : program read from script file\n"
            "-      : program read from stdin (default; interactive mode if a tty)\n"
            "arg ...: arguments passed to program in sys.argv[1:]\n",
            prog);
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
                    if (strcmp(val, "dump-ast") == 0) {
                        o->dump_ast = 1;
                    }
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
            case 'I': o->ignore_env = 1; break;
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
        o->script = "-";
        o->script_index = o->argc;
    }
    return -1;
}

// sys.path: the script's folder (or '' for -c, -m and stdin), then MNEMOPATH entries.
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
    MnObject *s = mn_str_from_utf8(dir, -1);
    if (s == NULL || mn_list_append(mn_rt.path, s) < 0) {
        mn_xdecref(s);
        return -1;
    }
    mn_decref(s);
    const char *extra = o->ignore_env ? NULL : getenv("MNEMOPATH");
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

// -m module: finds MODULE.py on sys.path and runs it as __main__ with sys.argv[0] its path.
static int
run_module(Options *o)
{
    char path[8192];
    for (intptr_t i = 0; i < MN_LIST_LEN(mn_rt.path); i++) {
        const char *dir = mn_str_as_utf8(MN_LIST_GET(mn_rt.path, i), NULL);
        if (dir == NULL) {
            return mn_handle_uncaught();
        }
        snprintf(path, sizeof path, "%s%s%s.py", dir, dir[0] ? "/" : "", o->module);
        FILE *f = fopen(path, "rb");
        if (f == NULL) {
            continue;
        }
        fclose(f);
        MnObject *argv0 = mn_str_from_utf8(path, -1);
        if (argv0 == NULL) {
            return mn_handle_uncaught();
        }
        MN_SETREF(MN_LIST_ITEMS(mn_rt.argv)[0], argv0);
        return mn_run_main_file(path);
    }
    fprintf(stderr, "%s: No module named %s\n", o->argv[0], o->module);
    return 1;
}

static int
run(Options *o)
{
    if (o->command != NULL) {
        return mn_run_main_source(o->command, strlen(o->command), "<string>", NULL);
    }
    if (o->module != NULL) {
        return run_module(o);
    }
    if (strcmp(o->script, "-") == 0) {
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

static void *
main_thread(void *arg)
{
    Options *o = arg;
    int status = parse_options(o);
    if (status >= 0) {
        o->status = status;
        return NULL;
    }
    if (o->unbuffered || (!o->ignore_env && getenv("MNEMOUNBUFFERED") != NULL)) {
        setvbuf(stdout, NULL, _IONBF, 0);
    }
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
    if (init_path(o) < 0) {
        o->status = mn_handle_uncaught();
    } else {
        o->status = run(o);
    }
    fflush(stdout);
    if (mn_runtime_fini() != 0) {
        o->status = o->status ? o->status : 70;
    }
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
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, MAIN_STACK_SIZE) == 0 &&
        pthread_create(&thread, &attr, main_thread, &o) == 0) {
        pthread_join(thread, NULL);
    } else {
        main_thread(&o);
    }
    fflush(stdout);
    return o.status;
}
