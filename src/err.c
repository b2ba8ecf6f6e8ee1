/*
 * src/err.c - raising, fetching and restoring the current exception, and printing
 * exceptions with their tracebacks in CPython 3.11's format (no caret lines except for
 * SyntaxError, as `python3 -X no_debug_ranges` prints).
 * Invariant: mn_rt.exc is NULL or an owned exception instance.
 * See also: runtime/exc.c (the types), runtime/traceback.c (entries), src/eval.c (unwinding)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mnemo.h"
#include "code.h"
#include "frame.h"
#include "traceback.h"

/* ==== setting and fetching ==== */

// Sets __context__ of [exc] to the exception being handled, breaking cycles as CPython does.
static void
chain_context(MnObject *exc)
{
    MnObject *handled = mn_rt.handled;
    if (handled == NULL || handled == mn_None || handled == exc || !MN_EXC_CHECK(handled)) {
        return;
    }
    // If exc is already in handled's context chain, cut the chain there.
    MnObject *o = handled;
    for (int steps = 0; steps < 10000; steps++) {
        MnObject *ctx = mn_exc_get_context(o);
        if (ctx == NULL) {
            break;
        }
        if (ctx == exc) {
            mn_exc_set_context(o, NULL);
            break;
        }
        o = ctx;
    }
    mn_exc_set_context(exc, mn_newref(handled));
}

// Makes an exception instance of [type] from [value]. -> new reference, or NULL.
static MnObject *
make_exception(MnType *type, MnObject *value)
{
    if (value != NULL && mn_type_is_subtype(MN_TYPE(value), type)) {
        return mn_newref(value);
    }
    if (value == NULL || value == mn_None) {
        return mn_exc_new(type, NULL, 0);
    }
    if (MN_TUPLE_CHECK(value)) {
        return mn_exc_new_from_tuple(type, value);
    }
    return mn_exc_new(type, &value, 1);
}

void
mn_err_set_object(MnType *type, MnObject *value)
{
    MnObject *exc = make_exception(type, value);
    if (exc == NULL) {
        return;             // the failure to build it is now the current exception
    }
    chain_context(exc);
    mn_err_restore(exc);
}

void
mn_err_set_string(MnType *type, const char *msg)
{
    MnObject *s = mn_str_from_cstr(msg);
    if (s == NULL) {
        return;
    }
    mn_err_set_object(type, s);
    mn_decref(s);
}

MnObject *
mn_err_vformat(MnType *type, const char *fmt, va_list ap)
{
    MnObject *msg = mn_str_from_vformat(fmt, ap);
    if (msg == NULL) {
        return NULL;
    }
    mn_err_set_object(type, msg);
    mn_decref(msg);
    return NULL;
}

MnObject *
mn_err_format(MnType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mn_err_vformat(type, fmt, ap);
    va_end(ap);
    return NULL;
}

MnObject *
mn_err_no_memory(void)
{
    if (mn_rt.memory_error == NULL) {
        fputs("mnemo: out of memory during start-up\n", stderr);
        fflush(stdout);
        _Exit(1);
    }
    mn_exc_set_traceback(mn_rt.memory_error, NULL);
    mn_err_restore(mn_newref(mn_rt.memory_error));
    return NULL;
}

void
mn_err_raise(MnObject *exc)
{
    if (MN_TYPE_CHECK(exc) && MN_EXC_TYPE_CHECK(exc)) {
        mn_err_set_object((MnType *)exc, NULL);
        return;
    }
    if (!MN_EXC_CHECK(exc)) {
        mn_err_set_string(mn_exc_TypeError, "exceptions must derive from BaseException");
        return;
    }
    mn_incref(exc);
    chain_context(exc);
    mn_err_restore(exc);
}

MnType *
mn_err_occurred(void)
{
    return mn_rt.exc ? MN_TYPE(mn_rt.exc) : NULL;
}

int
mn_err_given_matches(MnObject *exc, MnObject *type)
{
    if (exc == NULL || type == NULL) {
        return 0;
    }
    if (MN_TUPLE_CHECK(type)) {
        intptr_t n = MN_TUPLE_LEN(type);
        for (intptr_t i = 0; i < n; i++) {
            if (mn_err_given_matches(exc, MN_TUPLE_GET(type, i))) {
                return 1;
            }
        }
        return 0;
    }
    if (!MN_TYPE_CHECK(type)) {
        return 0;
    }
    MnType *etype = MN_TYPE_CHECK(exc) ? (MnType *)exc : MN_TYPE(exc);
    return mn_type_is_subtype(etype, (MnType *)type);
}

int
mn_err_matches(MnObject *type)
{
    return mn_err_given_matches(mn_rt.exc, type);
}

MnObject *
mn_err_fetch(void)
{
    MnObject *exc = mn_rt.exc;
    mn_rt.exc = NULL;
    return exc;
}

void
mn_err_restore(MnObject *exc)
{
    MN_SETREF(mn_rt.exc, exc);
}

void
mn_err_clear(void)
{
    MN_CLEAR(mn_rt.exc);
}

MnObject *
mn_err_bad_internal_call(const char *where)
{
    return mn_err_format(mn_exc_SystemError, "bad argument to internal function (%s)", where);
}

/* ==== printing ==== */

#define TB_RECURSIVE_CUTOFF 3

// Writes line [lineno] of [filename], stripped of leading whitespace, indented by 4.
static void
print_source_line(FILE *f, const char *filename, int lineno)
{
    if (mn_rt.finalizing) {
        return;     // CPython can no longer import io to read sources once modules are gone
    }
    FILE *src = fopen(filename, "r");
    if (src == NULL) {
        return;
    }
    char buf[4096];
    int line = 0;
    while (fgets(buf, sizeof buf, src) != NULL) {
        size_t len = strlen(buf);
        if (++line == lineno) {
            char *p = buf;
            while (*p == ' ' || *p == '\t' || *p == '\f') {
                p++;
            }
            len = strlen(p);
            while (len > 0 && (p[len - 1] == '\n' || p[len - 1] == '\r' ||
                               p[len - 1] == ' ' || p[len - 1] == '\t')) {
                p[--len] = '\0';
            }
            if (len > 0) {
                fprintf(f, "    %s\n", p);
            }
            break;
        }
        // A line longer than the buffer continues in the next read: do not count it twice.
        while (len > 0 && buf[len - 1] != '\n' && fgets(buf, sizeof buf, src) != NULL) {
            len = strlen(buf);
        }
    }
    fclose(src);
}

static const char *
utf8_or(MnObject *s, const char *fallback)
{
    if (s == NULL || !MN_STR_CHECK(s)) {
        return fallback;
    }
    const char *u = mn_str_as_utf8(s, NULL);
    if (u == NULL) {
        mn_err_clear();
        return fallback;
    }
    return u;
}

static void
print_repeats(FILE *f, long count)
{
    if (count > TB_RECURSIVE_CUTOFF) {
        count -= TB_RECURSIVE_CUTOFF;
        fprintf(f, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
    }
}

static void
print_traceback(FILE *f, MnObject *tb)
{
    fputs("Traceback (most recent call last):\n", f);
    MnObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long count = 0;
    for (; tb != NULL && tb != mn_None; tb = ((MnTraceback *)tb)->tb_next) {
        MnTraceback *t = (MnTraceback *)tb;
        MnCode *code = (MnCode *)mn_frame_get_code(t->tb_frame);
        MnObject *file = code->co_filename, *name = code->co_name;
        if (last_file == NULL || !mn_str_eq(file, last_file) || t->tb_lineno != last_line ||
            !mn_str_eq(name, last_name)) {
            print_repeats(f, count);
            last_file = file;
            last_name = name;
            last_line = t->tb_lineno;
            count = 0;
        }
        if (++count > TB_RECURSIVE_CUTOFF) {
            continue;
        }
        const char *fname = utf8_or(file, "???");
        fprintf(f, "  File \"%s\", line %d, in %s\n", fname, t->tb_lineno,
                utf8_or(name, "???"));
        print_source_line(f, fname, t->tb_lineno);
    }
    print_repeats(f, count);
}

static int
attr_int(MnObject *o, const char *name, long *out)
{
    MnObject *v = mn_object_getattr_str(o, name);
    if (v == NULL) {
        mn_err_clear();
        return 0;
    }
    int ok = 0;
    if (MN_INT_CHECK(v)) {
        *out = mn_int_as_long(v);
        ok = !(*out == -1 && mn_err_occurred());
        mn_err_clear();
    }
    mn_decref(v);
    return ok;
}

static long
attr_long_or(MnObject *o, const char *name, long fallback)
{
    long v;
    return attr_int(o, name, &v) ? v : fallback;
}

// Prints the "  File ..., line N" header, the source line and the carets of a SyntaxError,
// as CPython 3.11's print_exception does (offsets used as they are, over the UTF-8 text;
// one caret for subclasses).
static void
print_syntax_error_location(FILE *f, MnObject *exc)
{
    MnSyntaxError *se = (MnSyntaxError *)exc;
    long lineno;
    if (!attr_int(exc, "lineno", &lineno)) {
        return;                     // no location (CPython prints only the message)
    }
    long offset = attr_long_or(exc, "offset", -1);
    long end_lineno = lineno, end_offset = -1;
    if (MN_TYPE(exc) == mn_exc_SyntaxError) {
        end_lineno = attr_long_or(exc, "end_lineno", lineno);
        end_offset = attr_long_or(exc, "end_offset", -1);
    }
    fprintf(f, "  File \"%s\", line %ld\n", utf8_or(se->filename, "<string>"), lineno);
    if (se->text == NULL || !MN_STR_CHECK(se->text)) {
        return;
    }
    intptr_t size;
    const char *text = mn_str_as_utf8(se->text, &size);
    if (text == NULL) {
        mn_err_clear();
        return;
    }
    if (end_lineno > lineno) {
        end_offset = (long)size;
    }
    if (end_offset > (long)size + 1) {
        end_offset = (long)size + 1;
    }
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n') {
        len--;
    }
    if (offset > len) {
        offset = len;
    }
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL || nl - text >= offset) {
            break;
        }
        long skip = (long)(nl - text) + 1;
        text += skip;
        len -= skip;
        offset -= skip;
    }
    fprintf(f, "    %s", text);
    if (text[len] != '\n') {
        fputc('\n', f);
    }
    if (offset < 0) {
        return;
    }
    fputs("    ", f);
    for (long i = 0; i < offset; i++) {
        fputc(' ', f);
    }
    for (long i = 0; i < carets; i++) {
        fputc('^', f);
    }
    fputc('\n', f);
}

/* ==== "Did you mean" suggestions for NameError and AttributeError ==== */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static long
substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    if (a >= 'A' && a <= 'Z') {
        a = (char)(a + ('a' - 'A'));
    }
    if (b >= 'A' && b <= 'Z') {
        b = (char)(b + ('a' - 'A'));
    }
    return a == b ? CASE_COST : MOVE_COST;
}

// Edit distance with case changes cheaper than other edits, giving up past [max_cost].
static long
edit_distance(const char *a, long na, const char *b, long nb, long max_cost)
{
    long row[SUGGEST_MAX_SIZE];
    while (na > 0 && nb > 0 && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na > 0 && nb > 0 && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * MOVE_COST;
    }
    if (na > SUGGEST_MAX_SIZE || nb > SUGGEST_MAX_SIZE) {
        return max_cost + 1;
    }
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        long tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    for (long i = 0; i < na; i++) {
        row[i] = (i + 1) * MOVE_COST;
    }
    long result = 0;
    for (long bi = 0; bi < nb; bi++) {
        long diag = bi * MOVE_COST;
        long minimum = -1;
        result = diag;
        for (long i = 0; i < na; i++) {
            long substitute = diag + substitution_cost(b[bi], a[i]);
            diag = row[i];
            long edit = (result < diag ? result : diag) + MOVE_COST;
            result = edit < substitute ? edit : substitute;
            row[i] = result;
            if (minimum < 0 || result < minimum) {
                minimum = result;
            }
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

// The closest name to [name] in [candidates] (a list of str). -> borrowed str, or NULL.
static MnObject *
closest_name(MnObject *candidates, MnObject *name)
{
    intptr_t n = MN_LIST_LEN(candidates), name_size;
    if (n >= SUGGEST_MAX_ITEMS) {
        return NULL;
    }
    const char *name_str = mn_str_as_utf8(name, &name_size);
    if (name_str == NULL) {
        mn_err_clear();
        return NULL;
    }
    MnObject *best = NULL;
    long best_distance = 0x7fffffffL;
    for (intptr_t i = 0; i < n; i++) {
        MnObject *item = MN_LIST_GET(candidates, i);
        intptr_t item_size;
        const char *item_str = MN_STR_CHECK(item) ? mn_str_as_utf8(item, &item_size) : NULL;
        if (item_str == NULL) {
            mn_err_clear();
            continue;
        }
        if (mn_str_eq(item, name)) {
            continue;
        }
        long max_distance = (long)(name_size + item_size + 3) * MOVE_COST / 6;
        if (max_distance > best_distance - 1) {
            max_distance = best_distance - 1;
        }
        long d = edit_distance(name_str, (long)name_size, item_str, (long)item_size,
                               max_distance);
        if (d > max_distance) {
            continue;
        }
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

// Looks for a suggestion among the keys of [mapping] (a list made of them). -> new str or NULL.
static MnObject *
suggest_from(MnObject *names, MnObject *name)
{
    if (names == NULL) {
        mn_err_clear();
        return NULL;
    }
    MnObject *best = closest_name(names, name);
    mn_xincref(best);
    mn_decref(names);
    return best;
}

static MnObject *
suggestion_for(MnObject *exc)
{
    if (mn_type_is_subtype(MN_TYPE(exc), mn_exc_AttributeError)) {
        MnAttributeError *ae = (MnAttributeError *)exc;
        if (ae->name == NULL || ae->obj == NULL || !MN_STR_CHECK(ae->name)) {
            return NULL;
        }
        MnObject *dir = mn_dict_get_cstr_borrow(mn_rt.builtins, "dir");
        MnObject *names = dir ? mn_object_call_one(dir, ae->obj) : NULL;
        if (names != NULL && !MN_LIST_CHECK(names)) {
            MN_CLEAR(names);
        }
        return suggest_from(names, ae->name);
    }
    if (!mn_type_is_subtype(MN_TYPE(exc), mn_exc_NameError)) {
        return NULL;
    }
    MnObject *name = ((MnNameError *)exc)->name;
    MnObject *tb = mn_exc_get_traceback(exc);
    if (name == NULL || !MN_STR_CHECK(name) || tb == NULL || tb == mn_None) {
        return NULL;
    }
    while (((MnTraceback *)tb)->tb_next != NULL && ((MnTraceback *)tb)->tb_next != mn_None) {
        tb = ((MnTraceback *)tb)->tb_next;
    }
    MnObject *fobj = ((MnTraceback *)tb)->tb_frame;
    MnCode *code = (MnCode *)mn_frame_get_code(fobj);
    MnObject *best = suggest_from(mn_list_from_iterable(code->co_varnames), name);
    MnFrame *frame = ((MnFrameObject *)fobj)->f_frame;
    if (best == NULL && frame != NULL && frame->f_globals != NULL) {
        best = suggest_from(mn_dict_keys(frame->f_globals), name);
    }
    if (best == NULL && frame != NULL && frame->f_builtins != NULL) {
        best = suggest_from(mn_dict_keys(frame->f_builtins), name);
    }
    return best;
}

// Prints "module.Name: message" (module omitted for builtins and __main__) and notes.
static void
print_exception_line(FILE *f, MnObject *exc)
{
    MnType *type = MN_TYPE(exc);
    MnObject *module = mn_dict_get_cstr_borrow(type->tp_dict, "__module__");
    if (module != NULL && MN_STR_CHECK(module) && !mn_str_eq_cstr(module, "builtins") &&
        !mn_str_eq_cstr(module, "__main__")) {
        fprintf(f, "%s.", utf8_or(module, "<unknown>"));
    }
    const char *qual = mn_type_name(type);
    if (MN_TYPE_HAS_FLAG(type, MN_TPFLAG_HEAPTYPE) && type->ht_qualname != NULL) {
        qual = utf8_or(type->ht_qualname, qual);
    }
    fputs(qual, f);
    MnObject *s;
    if (mn_type_is_subtype(type, mn_exc_SyntaxError)) {
        MnObject *msg = ((MnSyntaxError *)exc)->msg;
        s = msg ? mn_object_str(msg) : mn_object_str(exc);
    } else {
        s = mn_object_str(exc);
    }
    if (s == NULL) {
        mn_err_clear();
        fputs(": <exception str() failed>", f);
    } else {
        if (MN_STR_LEN(s) > 0) {
            fprintf(f, ": %s", utf8_or(s, "<exception str() failed>"));
        }
        mn_decref(s);
    }
    MnObject *hint = suggestion_for(exc);
    mn_err_clear();
    if (hint != NULL) {
        fprintf(f, ". Did you mean: '%s'?", utf8_or(hint, ""));
        mn_decref(hint);
    }
    fputc('\n', f);
    MnObject *notes = ((MnBaseException *)exc)->notes;
    if (notes != NULL && MN_LIST_CHECK(notes)) {
        for (intptr_t i = 0; i < MN_LIST_LEN(notes); i++) {
            MnObject *note = mn_object_str(MN_LIST_GET(notes, i));
            if (note == NULL) {
                mn_err_clear();
                continue;
            }
            fprintf(f, "%s\n", utf8_or(note, ""));
            mn_decref(note);
        }
    }
}

static void
print_one(FILE *f, MnObject *exc)
{
    MnObject *tb = mn_exc_get_traceback(exc);
    if (tb != NULL && tb != mn_None) {
        print_traceback(f, tb);
    }
    if (mn_type_is_subtype(MN_TYPE(exc), mn_exc_SyntaxError)) {
        print_syntax_error_location(f, exc);
    }
    print_exception_line(f, exc);
}

// Prints the causes and contexts first (oldest first), then [exc]; [seen] stops cycles.
static void
print_chain(FILE *f, MnObject *exc, MnObject *seen, int depth)
{
    if (mn_set_add(seen, exc) < 0) {
        mn_err_clear();
    }
    MnObject *cause = mn_exc_get_cause(exc);
    MnObject *ctx = mn_exc_get_context(exc);
    if (depth < 100) {
        if (cause != NULL && cause != mn_None && mn_set_contains(seen, cause) == 0) {
            print_chain(f, cause, seen, depth + 1);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n",
                  f);
        } else if ((cause == NULL || cause == mn_None) && ctx != NULL && ctx != mn_None &&
                   !((MnBaseException *)exc)->suppress_context &&
                   mn_set_contains(seen, ctx) == 0) {
            print_chain(f, ctx, seen, depth + 1);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
                  f);
        }
    }
    mn_err_clear();
    print_one(f, exc);
}

void
mn_err_print_exception(MnObject *exc)
{
    fflush(stdout);
    MnObject *saved = mn_err_fetch();
    MnObject *seen = mn_set_new(NULL);
    if (seen == NULL) {
        mn_err_clear();
        print_one(stderr, exc);
    } else {
        print_chain(stderr, exc, seen, 0);
        mn_decref(seen);
    }
    fflush(stderr);
    mn_err_restore(saved);
}

void
mn_err_write_unraisable(MnObject *obj)
{
    MnObject *exc = mn_err_fetch();
    if (exc == NULL) {
        return;
    }
    fflush(stdout);
    if (obj != NULL) {
        MnObject *r = mn_object_repr(obj);
        if (r == NULL) {
            mn_err_clear();
            fputs("Exception ignored in: <object repr() failed>\n", stderr);
        } else {
            fprintf(stderr, "Exception ignored in: %s\n", utf8_or(r, "?"));
            mn_decref(r);
        }
    }
    // As CPython's default unraisable hook: the exception alone, without its chain.
    print_one(stderr, exc);
    fflush(stderr);
    mn_err_clear();
    mn_decref(exc);
}
