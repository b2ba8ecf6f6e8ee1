/*
 * src/repl.c - the interactive loop. Lines are gathered into an entry until the parser (in
 * MN_PARSE_SINGLE mode) accepts it; a compound statement also needs an empty line, as in
 * CPython's REPL. Each entry is compiled as its own code object (its own constants, so
 * `x = 10000` and `y = 10000` typed separately give two int objects) and run in __main__;
 * PRINT_EXPR echoes values and binds builtins._. Prompts come from sys.ps1 / sys.ps2.
 * Input: libedit with history (~/.mnemo_history) on a terminal, else plain getline() with
 * the prompts on stderr. Ctrl-C sets mn_rt.interrupt: at the prompt it discards the entry,
 * while running it becomes KeyboardInterrupt (src/eval.c).
 * See also: src/repl.h, src/main.c, src/pythonrun.c, src/parse.c (MN_PERR_INCOMPLETE)
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mnemo.h"
#include "compile.h"
#include "eval.h"
#include "pythonrun.h"
#include "repl.h"
#if MN_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

#define HISTORY_FILE ".mnemo_history"
#define HISTORY_MAX 1000

typedef enum LineResult { LINE_OK, LINE_EOF, LINE_INTERRUPT } LineResult;

typedef struct Entry {
    char *text;                 // owned (mn_mem): the lines typed so far, each ending in '\n'
    size_t len, cap;
    int lines;                  // number of lines in text
    int compound;               // starts with a compound statement: ends at an empty line
    int was_complete;           // text before the last line parsed as a whole entry
} Entry;

typedef struct Reader {
    int edit;                   // reading through libedit
    char history[PATH_MAX];     // history file, or "" for none
} Reader;

/* ==== signals ==== */

static void
on_sigint(int sig)
{
    (void)sig;
    mn_rt.interrupt = 1;
}

void
mn_repl_install_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;            // no SA_RESTART: a blocked read returns EINTR
    sigaction(SIGINT, &sa, NULL);
}

/* ==== reading lines ==== */

#if MN_HAVE_LIBEDIT
// libedit reads characters through this, so that Ctrl-C ends readline() at once.
static int
edit_getc(FILE *f)
{
    unsigned char c;
    for (;;) {
        ssize_t n = read(fileno(f), &c, 1);
        if (n == 1) {
            return c;
        }
        if (n < 0 && errno == EINTR && !mn_rt.interrupt) {
            continue;
        }
        return EOF;
    }
}

static LineResult
edit_line(const char *prompt, char **out)
{
    char *s = readline(prompt);
    if (mn_rt.interrupt) {
        mn_rt.interrupt = 0;
        free(s);
        return LINE_INTERRUPT;
    }
    if (s == NULL) {
        return LINE_EOF;
    }
    if (s[0] != '\0') {
        add_history(s);
    }
    size_t n = strlen(s);
    char *line = malloc(n + 2);
    if (line != NULL) {
        memcpy(line, s, n);
        line[n] = '\n';
        line[n + 1] = '\0';
    }
    free(s);
    *out = line;
    return line ? LINE_OK : LINE_EOF;
}
#endif

static LineResult
plain_line(const char *prompt, char **out)
{
    fputs(prompt, stderr);
    fflush(stderr);
    char *buf = NULL;
    size_t cap = 0;
    for (;;) {
        ssize_t n = getline(&buf, &cap, stdin);
        if (n >= 0) {
            *out = buf;
            return LINE_OK;
        }
        if (mn_rt.interrupt) {
            mn_rt.interrupt = 0;
            clearerr(stdin);
            free(buf);
            return LINE_INTERRUPT;
        }
        if (errno == EINTR && ferror(stdin)) {
            clearerr(stdin);
            continue;
        }
        free(buf);
        return LINE_EOF;
    }
}

static void
reader_open(Reader *rd)
{
    memset(rd, 0, sizeof *rd);
#if MN_HAVE_LIBEDIT
    if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
        rd->edit = 1;
        rl_catch_signals = 0;
        rl_getc_function = edit_getc;
        rl_instream = stdin;
        rl_outstream = stdout;
        using_history();
        stifle_history(HISTORY_MAX);
        const char *home = getenv("HOME");
        if (home != NULL && home[0] != '\0') {
            snprintf(rd->history, sizeof rd->history, "%s/%s", home, HISTORY_FILE);
            read_history(rd->history);
        }
    }
#endif
}

static void
reader_close(Reader *rd)
{
#if MN_HAVE_LIBEDIT
    if (rd->edit && rd->history[0] != '\0') {
        write_history(rd->history);
    }
#else
    (void)rd;
#endif
}

// Reads one line (ending in '\n' unless the input ended without one) into *out (malloc).
static LineResult
reader_line(Reader *rd, const char *prompt, char **out)
{
    fflush(stdout);
    *out = NULL;
#if MN_HAVE_LIBEDIT
    if (rd->edit) {
        return edit_line(prompt, out);
    }
#else
    (void)rd;
#endif
    return plain_line(prompt, out);
}

// The prompt: str(sys.ps1) or str(sys.ps2) when set, else the default. -> mn_mem string.
static char *
prompt_text(int continuation)
{
    const char *name = continuation ? "ps2" : "ps1";
    const char *fallback = continuation ? "... " : ">>> ";
    MnObject *v = mn_dict_get_cstr_borrow(MN_MODULE_DICT(mn_rt.sys), name);
    MnObject *s = v ? mn_object_str(v) : NULL;
    const char *u = s ? mn_str_as_utf8(s, NULL) : NULL;
    if (v != NULL && u == NULL) {
        mn_err_clear();
    }
    char *res = mn_mem_strdup(u ? u : fallback);
    mn_xdecref(s);
    return res;
}

/* ==== entries ==== */

static void
entry_reset(Entry *e)
{
    e->len = 0;
    e->lines = 0;
    e->compound = 0;
    e->was_complete = 0;
    if (e->text != NULL) {
        e->text[0] = '\0';
    }
}

static int
entry_append(Entry *e, const char *line)
{
    size_t n = strlen(line);
    int add_newline = n == 0 || line[n - 1] != '\n';
    size_t need = e->len + n + 2;
    if (need > e->cap) {
        size_t cap = e->cap ? e->cap : 256;
        while (cap < need) {
            cap *= 2;
        }
        char *grown = mn_mem_realloc(e->text, cap);
        if (grown == NULL) {
            return -1;
        }
        e->text = grown;
        e->cap = cap;
    }
    memcpy(e->text + e->len, line, n);
    e->len += n;
    if (add_newline) {
        e->text[e->len++] = '\n';
    }
    e->text[e->len] = '\0';
    e->lines++;
    return 0;
}

// A line holding only blanks and perhaps a comment.
static int
is_blank(const char *line)
{
    while (*line == ' ' || *line == '\t' || *line == '\f') {
        line++;
    }
    return *line == '\0' || *line == '\n' || *line == '\r' || *line == '#';
}

static int
is_empty_line(const char *line)
{
    return line[0] == '\0' || line[0] == '\n' || (line[0] == '\r' && line[1] == '\n');
}

// Does [line] begin a compound statement (which the REPL ends with an empty line)?
static int
starts_compound(const char *line)
{
    static const char *const keywords[] = {
        "if", "while", "for", "try", "with", "def", "class", "async", NULL,
    };
    if (line[0] == '@') {
        return 1;
    }
    for (int i = 0; keywords[i] != NULL; i++) {
        size_t n = strlen(keywords[i]);
        if (strncmp(line, keywords[i], n) == 0 && !isalnum((unsigned char)line[n]) &&
            line[n] != '_' && (unsigned char)line[n] < 0x80) {
            return 1;
        }
    }
    return 0;
}

// Does [line] begin with a keyword continuing a compound statement (else, elif, ...)?
static int
continues_block(const char *line)
{
    static const char *const keywords[] = {"else", "elif", "except", "finally", NULL};
    for (int i = 0; keywords[i] != NULL; i++) {
        size_t n = strlen(keywords[i]);
        if (strncmp(line, keywords[i], n) == 0 && !isalnum((unsigned char)line[n]) &&
            line[n] != '_' && (unsigned char)line[n] < 0x80) {
            return 1;
        }
    }
    return 0;
}

typedef enum EntryState { ENTRY_COMPLETE, ENTRY_MORE, ENTRY_ERROR } EntryState;

static EntryState
entry_check(const Entry *e, MnParseError *err)
{
    memset(err, 0, sizeof *err);
    AstArena *arena = mn_ast_arena_new();
    if (arena == NULL) {
        err->kind = MN_PERR_NOMEM;
        return ENTRY_ERROR;
    }
    AstNode *root = mn_parse(e->text, e->len, MN_PARSE_SINGLE, arena, err);
    mn_ast_arena_free(arena);
    if (root != NULL) {
        return ENTRY_COMPLETE;
    }
    return err->kind == MN_PERR_INCOMPLETE ? ENTRY_MORE : ENTRY_ERROR;
}

// Prints the exception being raised (SystemExit included) and clears it.
static void
print_error(void)
{
    fflush(stdout);
    MnObject *exc = mn_err_fetch();
    if (exc != NULL) {
        mn_err_print_exception(exc);
        mn_decref(exc);
    }
    fflush(stderr);
}

// Reports [err] as the SyntaxError of an entry that cannot go on.
static void
report_parse_error(MnParseError *err)
{
    if (err->kind == MN_PERR_INCOMPLETE) {
        err->kind = strstr(err->msg, "expected an indented") ? MN_PERR_INDENTATION
                                                             : MN_PERR_SYNTAX;
    }
    MnObject *fname = mn_str_from_utf8("<stdin>", -1);
    if (fname != NULL) {
        mn_parse_error_set(err, fname);
        mn_decref(fname);
    }
    mn_parse_error_clear(err);
    print_error();
}

// Moves [err] to line [lineno] of the entry, whose text is [line], at column [offset]; the
// end of the error is the end of the first token there (at least one character).
static void
error_move(MnParseError *err, int lineno, const char *line, int offset)
{
    free(err->text);
    size_t n = strcspn(line, "\n");
    err->text = malloc(n + 2);
    if (err->text != NULL) {
        memcpy(err->text, line, n);
        memcpy(err->text + n, "\n", 2);
    }
    const char *tok = line + offset - 1;
    int len = 0;
    if (*tok == '\'' || *tok == '"') {
        const char *close = strchr(tok + 1, *tok);
        len = close ? (int)(close - tok) + 1 : 1;
    }
    while (len == 0 && (isalnum((unsigned char)tok[len]) || tok[len] == '_' ||
                        (unsigned char)tok[len] >= 0x80)) {
        len++;
    }
    err->lineno = err->end_lineno = lineno;
    err->offset = offset;
    err->end_offset = offset + (len > 0 ? len : 1);
}

// The last line of the entry's text.
static const char *
entry_last_line(const Entry *e)
{
    const char *end = e->text + e->len - 1;     // its newline
    const char *p = end;
    while (p > e->text && p[-1] != '\n') {
        p--;
    }
    return p;
}

// Is [err] caused by the end of the text (more lines could complete the statement)?
static int
error_at_end(const Entry *e, const MnParseError *err)
{
    return err->kind == MN_PERR_INCOMPLETE || err->lineno > e->lines ||
           strncmp(err->msg, "expected 'except' or 'finally' block", 36) == 0;
}

// Handles an exception escaping an entry. -> 1 if it was SystemExit (*status set), else 0.
static int
entry_failed(int *status)
{
    MnType *t = mn_err_occurred();
    if (t != NULL && mn_type_is_subtype(t, mn_exc_SystemExit)) {
        *status = mn_handle_uncaught();
        return 1;
    }
    print_error();
    return 0;
}

// Compiles and runs the entry in [globals]. -> 1 to leave the REPL (*status set), else 0.
static int
entry_run(Entry *e, MnObject *globals, int *status)
{
    MnObject *fname = mn_str_from_utf8("<stdin>", -1);
    MnObject *tree = NULL;
    MnObject *code = fname ? mn_compile_tree(e->text, e->len, fname, MN_PARSE_SINGLE, 0, &tree)
                           : NULL;
    mn_xdecref(fname);
    entry_reset(e);
    MnObject *res = code ? mn_eval_code(code, globals, globals) : NULL;
    mn_xdecref(code);
    mn_xdecref(tree);
    fflush(stdout);
    if (res != NULL) {
        mn_decref(res);
        return 0;
    }
    return entry_failed(status);
}

// A bare `exit` or `quit` (not rebound in __main__) leaves the REPL.
static int
is_bare_exit(const char *line, MnObject *globals)
{
    const char *p = line;
    size_t n = strcspn(p, " \t\r\n#");
    if (!((n == 4 && strncmp(p, "exit", 4) == 0) || (n == 4 && strncmp(p, "quit", 4) == 0))) {
        return 0;
    }
    if (!is_blank(p + n)) {
        return 0;
    }
    char name[5];
    memcpy(name, p, 4);
    name[4] = '\0';
    return mn_dict_get_cstr_borrow(globals, name) == NULL;
}

// A compound statement's entry ends at an empty line or fails at a line on the margin;
// returns the state of the entry (with [err] set for ENTRY_ERROR), as CPython's REPL would.
static EntryState
compound_state(Entry *e, const char *line, EntryState st, int was_complete, MnParseError *err)
{
    int empty = is_empty_line(line);
    if (st == ENTRY_COMPLETE) {
        return empty ? ENTRY_COMPLETE : ENTRY_MORE;
    }
    if (empty) {
        if (st == ENTRY_MORE && !strstr(err->msg, "expected an indented")) {
            return ENTRY_MORE;                  // inside brackets or a string
        }
        if (error_at_end(e, err)) {
            error_move(err, e->lines, line, 1);
        }
        return ENTRY_ERROR;
    }
    int margin = !isspace((unsigned char)line[0]) && line[0] != '#' && !continues_block(line);
    if (margin && was_complete) {
        snprintf(err->msg, sizeof err->msg, "invalid syntax");
        err->kind = MN_PERR_SYNTAX;
        error_move(err, e->lines, line, 1);
        return ENTRY_ERROR;
    }
    if (margin && st == ENTRY_ERROR && err->lineno <= e->lines) {
        if (err->lineno < e->lines) {
            error_move(err, e->lines, line, 1);    // this line shows the error above it
        }
        return ENTRY_ERROR;
    }
    if (st == ENTRY_ERROR && error_at_end(e, err)) {
        return ENTRY_MORE;
    }
    return st;
}

// Adds [line] to the entry and runs the entry once it is whole.
// -> 1 to leave the REPL (*status set), else 0.
static int
entry_feed(Entry *e, const char *line, MnObject *globals, int *status)
{
    if (e->lines == 0) {
        if (is_blank(line)) {
            return 0;
        }
        if (is_bare_exit(line, globals)) {
            *status = 0;
            return 1;
        }
    }
    if (entry_append(e, line) < 0) {
        mn_err_no_memory();
        entry_reset(e);
        print_error();
        return 0;
    }
    if (e->lines == 1) {
        e->compound = starts_compound(line);
    }
    MnParseError err;
    EntryState st = entry_check(e, &err);
    int was_complete = e->was_complete;
    e->was_complete = st == ENTRY_COMPLETE;
    if (e->compound) {
        st = compound_state(e, line, st, was_complete, &err);
    }
    if (st == ENTRY_COMPLETE) {
        return entry_run(e, globals, status);
    }
    if (st == ENTRY_MORE) {
        mn_parse_error_clear(&err);
        return 0;
    }
    report_parse_error(&err);
    entry_reset(e);
    return 0;
}

// End of input inside an entry: it is run (or reported) as it stands.
// -> 1 to leave the REPL (*status set), else 0.
static int
entry_finish(Entry *e, MnObject *globals, int *status)
{
    MnParseError err;
    EntryState st = entry_check(e, &err);
    if (st == ENTRY_COMPLETE) {
        return entry_run(e, globals, status);
    }
    if (err.lineno > e->lines) {
        const char *last = entry_last_line(e);
        error_move(&err, e->lines, last, (int)strcspn(last, "\n") + 1);
    }
    report_parse_error(&err);
    entry_reset(e);
    return 0;
}

/* ==== the loop ==== */

static void
run_startup(const char *path, MnObject *globals)
{
    size_t len;
    char *src = mn_read_file(path, &len);
    if (src == NULL) {
        int saved = errno;
        fprintf(stderr, "Could not open MNEMOSTARTUP\n");
        errno = saved;
        MnObject *p = mn_str_from_utf8(path, -1);
        if (p != NULL) {
            mn_err_format(mn_exc_FileNotFoundError, "[Errno %d] %s: %R", saved,
                          strerror(saved), p);
            mn_decref(p);
        }
        if (saved != ENOENT && mn_err_occurred() == mn_exc_FileNotFoundError) {
            mn_err_clear();
            mn_err_format(mn_exc_OSError, "[Errno %d] %s: '%s'", saved, strerror(saved), path);
        }
        print_error();
        return;
    }
    MnObject *fname = mn_str_from_utf8(path, -1);
    MnObject *tree = NULL;
    MnObject *code = fname ? mn_compile_tree(src, len, fname, MN_PARSE_EXEC, 0, &tree) : NULL;
    mn_xdecref(fname);
    mn_mem_free(src);
    MnObject *res = code ? mn_eval_code(code, globals, globals) : NULL;
    mn_xdecref(code);
    mn_xdecref(tree);
    fflush(stdout);
    if (res == NULL) {
        print_error();
    }
    mn_xdecref(res);
}

int
mn_repl_run(const MnReplConfig *config)
{
    MnObject *m = mn_main_module();
    if (m == NULL) {
        return mn_handle_uncaught();
    }
    MnObject *globals = MN_MODULE_DICT(m);
    mn_incref(globals);
    MnObject *sysd = MN_MODULE_DICT(mn_rt.sys);
    if ((mn_dict_get_cstr_borrow(sysd, "ps1") == NULL &&
         mn_module_add_string(mn_rt.sys, "ps1", ">>> ") < 0) ||
        (mn_dict_get_cstr_borrow(sysd, "ps2") == NULL &&
         mn_module_add_string(mn_rt.sys, "ps2", "... ") < 0)) {
        mn_err_clear();
    }
    if (config->banner) {
        fprintf(stderr, "%s on linux\nType \"exit()\" or press Ctrl-D (EOF) to leave.\n",
                MN_VERSION_TEXT);
    }
    if (config->startup != NULL) {
        run_startup(config->startup, globals);
    }
    Reader rd;
    reader_open(&rd);
    Entry e;
    memset(&e, 0, sizeof e);
    int status = 0;
    for (;;) {
        char *prompt = prompt_text(e.lines > 0);
        char *line = NULL;
        LineResult r = reader_line(&rd, prompt ? prompt : ">>> ", &line);
        mn_mem_free(prompt);
        if (r == LINE_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            entry_reset(&e);
            mn_show_refcount();
            continue;
        }
        if (r == LINE_EOF) {
            fputc('\n', stderr);
            if (e.lines == 0) {
                mn_show_refcount();
                break;
            }
            if (entry_finish(&e, globals, &status)) {
                break;
            }
            mn_show_refcount();
            continue;
        }
        int had = e.lines > 0 || !is_blank(line);
        int leave = entry_feed(&e, line, globals, &status);
        free(line);
        if (leave) {
            break;
        }
        if (had && e.lines == 0) {
            mn_show_refcount();     // an entry was run or reported, as CPython's debug REPL
        }
    }
    mn_pythonrun_take_interrupt();
    reader_close(&rd);
    mn_mem_free(e.text);
    mn_decref(globals);
    fflush(stdout);
    fflush(stderr);
    return status;
}
