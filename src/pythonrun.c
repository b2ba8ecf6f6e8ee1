/*
 * src/pythonrun.c - parse, compile and run source text; the __main__ module; SyntaxError
 * objects from parse errors; exit statuses for uncaught exceptions (SystemExit as CPython).
 * See also: src/pythonrun.h, src/main.c, src/import.c
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "mnemo.h"
#include "compile.h"
#include "eval.h"
#include "freelists.h"
#include "pythonrun.h"

char *
mn_read_stream(FILE *f, size_t *len)
{
    size_t cap = 8192, n = 0;
    char *buf = mn_mem_alloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        char *grown = mn_mem_realloc(buf, cap * 2);
        if (grown == NULL) {
            mn_mem_free(buf);
            buf = NULL;
            errno = ENOMEM;
            break;
        }
        buf = grown;
        cap *= 2;
    }
    if (buf != NULL && ferror(f)) {
        mn_mem_free(buf);
        errno = EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

char *
mn_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    char *buf = mn_read_stream(f, len);
    int saved = errno;
    fclose(f);
    errno = saved;
    return buf;
}

/* ==== parse errors ==== */

static MnObject *
int_or_none(int v, int present)
{
    return present ? mn_int_from_long(v) : mn_newref(mn_None);
}

void
mn_parse_error_set(const MnParseError *err, MnObject *filename)
{
    if (err->kind == MN_PERR_NOMEM) {
        mn_err_no_memory();
        return;
    }
    MnType *type = err->kind == MN_PERR_INDENTATION ? mn_exc_IndentationError
                   : err->kind == MN_PERR_TAB       ? mn_exc_TabError
                                                    : mn_exc_SyntaxError;
    MnObject *msg = mn_str_from_utf8(err->msg, -1);
    MnObject *text = NULL;
    if (err->text != NULL) {
        text = mn_str_from_utf8(err->text, -1);
        if (text == NULL) {
            mn_err_clear();
        }
    }
    MnObject *lineno = int_or_none(err->lineno, err->lineno > 0);
    MnObject *offset = int_or_none(err->offset, err->lineno > 0);
    MnObject *end_lineno = int_or_none(err->end_lineno, err->end_lineno > 0);
    MnObject *end_offset = int_or_none(err->end_offset, err->end_lineno > 0);
    MnObject *loc = NULL, *args = NULL;
    if (msg != NULL && lineno != NULL && offset != NULL && end_lineno != NULL &&
        end_offset != NULL) {
        loc = mn_tuple_pack(6, filename, lineno, offset, text ? text : mn_None, end_lineno,
                            end_offset);
        args = loc ? mn_tuple_pack(2, msg, loc) : NULL;
    }
    if (args != NULL) {
        MnObject *exc = mn_exc_new(type, MN_TUPLE_ITEMS(args), 2);
        if (exc != NULL) {
            mn_err_restore(exc);
        }
    }
    mn_xdecref(msg);
    mn_xdecref(text);
    mn_xdecref(lineno);
    mn_xdecref(offset);
    mn_xdecref(end_lineno);
    mn_xdecref(end_offset);
    mn_xdecref(loc);
    mn_xdecref(args);
}

// Length of the valid UTF-8 sequence at [p] (at most [n] bytes), or 0 if invalid.
static size_t
utf8_sequence(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || len > n || (len == 2 && c < 0xC2) || (len == 4 && c > 0xF4)) {
        return 0;
    }
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    if (len == 3 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))) {
        return 0;
    }
    if (len == 4 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))) {
        return 0;
    }
    return len;
}

int
mn_check_source_file_encoding(const char *src, size_t len, const char *filename)
{
    const unsigned char *p = (const unsigned char *)src;
    size_t i = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    int line = 1;
    while (i < len) {
        if (p[i] == '\n') {
            line++;
        }
        size_t n = utf8_sequence(p + i, len - i);
        if (n == 0) {
            mn_err_format(mn_exc_SyntaxError, "Non-UTF-8 code starting with '\\x%02x' in file %s "
                          "on line %d, but no encoding declared; see "
                          "https://peps.python.org/pep-0263/ for details", p[i], filename, line);
            return -1;
        }
        i += n;
    }
    return 0;
}

// The 1-based byte offset in [line] of the 1-based character offset [k].
static int
char_to_byte_offset(const char *line, int k)
{
    if (line == NULL || k < 1) {
        return k;
    }
    int bytes = 0;
    for (int chars = 1; chars < k && line[bytes] != '\0'; chars++) {
        bytes++;
        while (((unsigned char)line[bytes] & 0xC0) == 0x80) {
            bytes++;
        }
    }
    return bytes + 1;
}

// True when one of the first two lines of [src] is a coding declaration.
static int
has_coding_cookie(const char *src, size_t len)
{
    size_t i = 0;
    for (int line = 0; line < 2 && i < len; line++) {
        size_t start = i;
        while (i < len && src[i] != '\n') {
            i++;
        }
        size_t n = i - start;
        const char *p = memchr(src + start, '#', n);
        if (p != NULL) {
            size_t rest = n - (size_t)(p - (src + start));
            for (size_t j = 0; j + 6 <= rest; j++) {
                if (memcmp(p + j, "coding", 6) == 0 && j + 6 < rest &&
                    (p[j + 6] == ':' || p[j + 6] == '=')) {
                    return 1;
                }
            }
        }
        i++;
    }
    return 0;
}

MnObject *
mn_compile_tree(const char *src, size_t len, MnObject *filename, int mode, int file,
                MnObject **tree)
{
    AstArena *arena = mn_ast_arena_new();
    if (arena == NULL) {
        return mn_err_no_memory();
    }
    MnParseError err;
    memset(&err, 0, sizeof err);
    AstNode *root = mn_parse(src, len, (MnParseMode)mode, arena, &err);
    MnObject *code = NULL;
    if (root == NULL) {
        // CPython reports byte offsets for files read without a coding declaration.
        if (file && !has_coding_cookie(src, len)) {
            err.offset = char_to_byte_offset(err.text, err.offset);
            if (err.end_lineno == err.lineno) {
                err.end_offset = char_to_byte_offset(err.text, err.end_offset);
            }
        }
        mn_parse_error_set(&err, filename);
        mn_parse_error_clear(&err);
    } else {
        code = mn_compile_ex(root, filename, mode, tree);
    }
    mn_ast_arena_free(arena);
    return code;
}

MnObject *
mn_compile_file_source(const char *src, size_t len, MnObject *filename)
{
    return mn_compile_tree(src, len, filename, MN_PARSE_EXEC, 1, NULL);
}

MnObject *
mn_compile_source(const char *src, size_t len, MnObject *filename, int mode)
{
    return mn_compile_tree(src, len, filename, mode, 0, NULL);
}

MnObject *
mn_run_string(const char *src, MnObject *filename, int mode, MnObject *globals,
              MnObject *locals)
{
    MnObject *tree = NULL;
    MnObject *code = mn_compile_tree(src, strlen(src), filename, mode, 0, &tree);
    if (code == NULL) {
        return NULL;
    }
    MnObject *res = mn_eval_code(code, globals, locals ? locals : globals);
    mn_decref(code);
    mn_xdecref(tree);
    return res;
}

/* ==== -X showrefcount ==== */

static int show_refcount;

void
mn_pythonrun_set_showrefcount(int on)
{
    show_refcount = on;
}

void
mn_show_refcount(void)
{
    if (show_refcount) {
        fflush(stdout);
        fprintf(stderr, "[%ld refs, %ld blocks]\n", (long)mn_total_refs,
                (long)mn_alloc_block_count());
        fflush(stderr);
    }
}

/* ==== __main__ ==== */

// CPython keeps the tree of a script, -c command or stdin program while it runs, but `-m`
// goes through runpy, which compiles as an import does.
static int main_keeps_tree = 1;

MnObject *
mn_main_module(void)
{
    MnObject *m = mn_dict_get_cstr_borrow(mn_rt.modules, "__main__");
    if (m != NULL) {
        return m;
    }
    m = mn_module_new("__main__");
    if (m == NULL) {
        return NULL;
    }
    // CPython's __main__ has an empty __annotations__ before __builtins__ (tracemalloc sees
    // the globals' dict resize at the same line only if the key count matches).
    MnObject *ann = mn_dict_new();
    if (ann == NULL || mn_module_add_object(m, "__annotations__", ann) < 0 ||
        mn_module_add_object(m, "__builtins__", mn_rt.builtins_module) < 0 ||
        mn_dict_set_item_cstr(mn_rt.modules, "__main__", m) < 0) {
        mn_xdecref(ann);
        mn_decref(m);
        return NULL;
    }
    mn_decref(ann);
    mn_decref(m);
    return m;
}

int
mn_run_main_source(const char *src, size_t len, const char *filename, const char *path)
{
    MnObject *m = mn_main_module();
    if (m == NULL) {
        return mn_handle_uncaught();
    }
    if (path != NULL) {
        MnObject *file = mn_str_from_utf8(path, -1);
        if (file == NULL || mn_module_add_object(m, "__file__", file) < 0 ||
            mn_module_add_object(m, "__cached__", mn_None) < 0) {
            mn_xdecref(file);
            return mn_handle_uncaught();
        }
        mn_decref(file);
    }
    if (path != NULL && mn_check_source_file_encoding(src, len, path) < 0) {
        return mn_handle_uncaught();
    }
    MnObject *fname = mn_str_from_utf8(filename, -1);
    if (fname == NULL) {
        return mn_handle_uncaught();
    }
    MnObject *tree = NULL;
    // The collector's count of what compiling leaves (no collection meanwhile): CPython's
    // count when the program begins grows with it too.
    int gc_was_enabled = mn_rt.gc_enabled;
    intptr_t gc_count_before = mn_rt.gc_count0;
    mn_rt.gc_enabled = 0;
    MnObject *code = mn_compile_tree(src, len, fname, MN_PARSE_EXEC, path != NULL,
                                     main_keeps_tree ? &tree : NULL);
    mn_rt.gc_enabled = gc_was_enabled;
    intptr_t compiled = mn_rt.gc_count0 - gc_count_before;
    mn_decref(fname);
    if (code == NULL) {
        return mn_handle_uncaught();
    }
    // CPython's start-up leaves objects on its free lists that decide what the program's
    // first objects reuse: mnemo's free lists start the program with the same contents.
    if (mn_freelists_at_main(code, compiled) < 0) {
        mn_decref(code);
        mn_xdecref(tree);
        return mn_handle_uncaught();
    }
    MnObject *globals = MN_MODULE_DICT(m);
    MnObject *res = mn_eval_code(code, globals, globals);
    mn_decref(code);
    mn_xdecref(tree);
    if (res == NULL) {
        return mn_handle_uncaught();
    }
    mn_decref(res);
    return 0;
}

int
mn_run_main_file(const char *path)
{
    size_t len;
    char *src = mn_read_file(path, &len);
    if (src == NULL) {
        return -1;
    }
    // As CPython 3.9+, the script's path becomes absolute (symlinks are not resolved).
    char abspath[8192];
    if (path[0] != '/' && getcwd(abspath, 4096) != NULL) {
        size_t n = strlen(abspath);
        const char *rel = strncmp(path, "./", 2) == 0 ? path + 2 : path;
        snprintf(abspath + n, sizeof abspath - n, "/%s", rel);
        path = abspath;
    }
    int status = mn_run_main_source(src, len, path, path);
    mn_mem_free(src);
    return status;
}

int
mn_run_module_file(const char *path)
{
    main_keeps_tree = 0;
    int status = mn_run_main_file(path);
    main_keeps_tree = 1;
    return status;
}

/* ==== uncaught exceptions ==== */

static int inspect_mode;            // SystemExit is printed as any other exception
static int uncaught_interrupt;      // the last uncaught exception was KeyboardInterrupt

void
mn_pythonrun_set_inspect(int on)
{
    inspect_mode = on;
}

int
mn_pythonrun_take_interrupt(void)
{
    int v = uncaught_interrupt;
    uncaught_interrupt = 0;
    return v;
}

static int
system_exit_status(MnObject *exc)
{
    MnObject *code = ((MnSystemExit *)exc)->code;
    if (code == NULL || code == mn_None) {
        return 0;
    }
    if (MN_INT_CHECK(code)) {
        int overflow = 0;
        long v = mn_int_as_long_overflow(code, &overflow);
        return overflow ? -1 : (int)v;
    }
    MnObject *s = mn_object_str(code);
    fflush(stdout);
    if (s != NULL) {
        const char *u = mn_str_as_utf8(s, NULL);
        if (u != NULL) {
            fprintf(stderr, "%s\n", u);
        }
        mn_decref(s);
    }
    mn_err_clear();
    return 1;
}

int
mn_handle_uncaught(void)
{
    MnObject *exc = mn_err_fetch();
    if (exc == NULL) {
        return 0;
    }
    int status;
    if (!inspect_mode && mn_type_is_subtype(MN_TYPE(exc), mn_exc_SystemExit)) {
        status = system_exit_status(exc);
    } else {
        fflush(stdout);
        mn_err_print_exception(exc);
        status = 1;
        uncaught_interrupt = mn_type_is_subtype(MN_TYPE(exc), mn_exc_KeyboardInterrupt);
    }
    mn_decref(exc);
    fflush(stdout);
    fflush(stderr);
    return status;
}
