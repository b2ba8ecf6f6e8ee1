/*
 * lib/mod_builtins.c - the builtins module: the function table, the types and constants
 * added at init (with every exception of MN_EXC_LIST), and the small builtin functions
 * (print, input, len, repr, iter, next, getattr ...). The larger ones (min/max, sum, sorted,
 * round, pow, divmod, dir, vars, exec/eval/compile) are in lib/mod_builtins_more.c.
 * See also: lib/mod_builtins.h, runtime/iter.c, src/eval.h, src/import.h
 */
#include <string.h>
#include "mnemo.h"
#include "sequtil.h"
#include "iter.h"
#include "eval.h"
#include "import.h"
#include "mod_sys.h"
#include "mod_builtins.h"
#include "mod_io.h"

/* ==== output and input ==== */

static int
write_cstr(MnObject *file, const char *text)
{
    MnObject *s = mn_str_from_cstr(text);
    if (s == NULL) {
        return -1;
    }
    int r = mn_sys_file_write(file, s);
    mn_decref(s);
    return r;
}

// sys.<name>, borrowed from the sys module's dict, or NULL (no error) when unset.
static MnObject *
sys_stream(const char *name)
{
    if (mn_rt.sys == NULL) {
        return NULL;
    }
    return mn_dict_get_cstr_borrow(MN_MODULE_DICT(mn_rt.sys), name);
}

static int
check_sep(const char *what, MnObject *v)
{
    if (v != NULL && v != mn_None && !MN_STR_CHECK(v)) {
        mn_err_format(mn_exc_TypeError, "%s must be None or a string, not %s", what,
                      MN_TYPE(v)->tp_name);
        return -1;
    }
    return 0;
}

static MnObject *
builtin_print(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    MnObject *kw[4] = {NULL, NULL, NULL, NULL};
    if (kwnames != NULL && MN_SIZE(kwnames) > 0 &&
        mn_sequtil_parse("print", args + nargs, 0, kwnames, names, 0, 0, MN_ARGS_NO_TOTAL,
                         kw) < 0) {
        return NULL;
    }
    MnObject *file = kw[2];
    if (file == NULL || file == mn_None) {
        file = sys_stream("stdout");
        if (file == NULL || file == mn_None) {
            return mn_newref(mn_None);
        }
    }
    mn_incref(file);
    // CPython 3.11 collects the values in a tuple (its *args): __str__ sees that reference.
    mn_hold_array(args, nargs);
    mn_tuple_touch_freelist(nargs);
    MnObject *sep = kw[0], *end = kw[1];
    if (check_sep("sep", sep) < 0 || check_sep("end", end) < 0) {
        goto error;
    }
    if (sep == mn_None) {
        sep = NULL;
    }
    if (end == mn_None) {
        end = NULL;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        if (i > 0 && (sep ? mn_sys_file_write(file, sep) : write_cstr(file, " ")) < 0) {
            goto error;
        }
        MnObject *s = mn_object_str(args[i]);
        if (s == NULL) {
            goto error;
        }
        int r = mn_sys_file_write(file, s);
        mn_decref(s);
        if (r < 0) {
            goto error;
        }
    }
    if ((end ? mn_sys_file_write(file, end) : write_cstr(file, "\n")) < 0) {
        goto error;
    }
    if (kw[3] != NULL) {
        int flush = mn_object_is_true(kw[3]);
        if (flush < 0) {
            goto error;
        }
        if (flush) {
            MnObject *r = mn_object_call_method(file, "flush", NULL, 0);
            if (r == NULL) {
                goto error;
            }
            mn_decref(r);
        }
    }
    mn_release_array(args, nargs);
    mn_decref(file);
    return mn_newref(mn_None);
error:
    mn_release_array(args, nargs);
    mn_decref(file);
    return NULL;
}

static int
flush_stream(MnObject *f)
{
    if (f == NULL || f == mn_None) {
        return 0;
    }
    MnObject *r = mn_object_call_method(f, "flush", NULL, 0);
    if (r == NULL) {
        return -1;
    }
    mn_decref(r);
    return 0;
}

static MnObject *
builtin_input(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("input", nargs, 0, 1) < 0) {
        return NULL;
    }
    MnObject *fin = sys_stream("stdin"), *fout = sys_stream("stdout");
    if (fin == NULL || fin == mn_None) {
        return mn_err_format(mn_exc_RuntimeError, "input(): lost sys.stdin");
    }
    if (fout == NULL || fout == mn_None) {
        return mn_err_format(mn_exc_RuntimeError, "input(): lost sys.stdout");
    }
    mn_incref(fin);
    mn_incref(fout);
    MnObject *line = NULL, *res = NULL;
    if (flush_stream(sys_stream("stderr")) < 0) {
        goto done;
    }
    if (nargs == 1) {
        MnObject *prompt = mn_object_str(args[0]);
        if (prompt == NULL) {
            goto done;
        }
        int r = mn_sys_file_write(fout, prompt);
        mn_decref(prompt);
        if (r < 0) {
            goto done;
        }
    }
    if (flush_stream(fout) < 0) {
        goto done;
    }
    line = mn_object_call_method(fin, "readline", NULL, 0);
    if (line == NULL) {
        goto done;
    }
    if (!MN_STR_CHECK(line)) {
        mn_err_format(mn_exc_TypeError, "object.readline() returned non-string");
        goto done;
    }
    intptr_t n = MN_STR_LEN(line);
    if (n == 0 && mn_rt.interrupt) {
        mn_rt.interrupt = 0;        // Ctrl-C ended the read
        mn_err_set_object(mn_exc_KeyboardInterrupt, NULL);
        goto done;
    }
    if (n == 0) {
        mn_err_format(mn_exc_EOFError, "EOF when reading a line");
        goto done;
    }
    if (MN_STR_READ(line, n - 1) == '\n') {
        n--;
    }
    res = mn_str_substring(line, 0, n);
done:
    mn_xdecref(line);
    mn_decref(fin);
    mn_decref(fout);
    return res;
}


static MnObject *
builtin_exit(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("exit", nargs, 0, 1) < 0) {
        return NULL;
    }
    mn_err_set_object(mn_exc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

/* ==== object protocols ==== */

static MnObject *
builtin_len(MnObject *self, MnObject *o)
{
    (void)self;
    intptr_t n = mn_object_length(o);
    if (n < 0) {
        return NULL;
    }
    return mn_int_from_ssize(n);
}

static MnObject *
builtin_repr(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_object_repr(o);
}

static MnObject *
builtin_ascii(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_object_ascii(o);
}

static MnObject *
builtin_format(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("format", nargs, 1, 2) < 0) {
        return NULL;
    }
    MnObject *spec = NULL;
    if (nargs == 2) {
        spec = args[1];
        if (!MN_STR_CHECK(spec)) {
            return mn_err_format(mn_exc_TypeError, "format() argument 2 must be str, not %s",
                                 MN_TYPE(spec)->tp_name);
        }
    }
    return mn_object_format(args[0], spec);
}

static MnObject *
builtin_abs(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_number_absolute(o);
}

static MnObject *
builtin_hash(MnObject *self, MnObject *o)
{
    (void)self;
    intptr_t h = mn_object_hash(o);
    if (h == -1) {
        return NULL;
    }
    return mn_int_from_ssize(h);
}

static MnObject *
builtin_id(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_int_from_ull((unsigned long long)(uintptr_t)o);
}

static MnObject *
builtin_callable(MnObject *self, MnObject *o)
{
    (void)self;
    return mn_newref(MN_TYPE(o)->tp_call != NULL ? mn_True : mn_False);
}

// any()/all(): stops at the first item whose truth equals [stop_on].
static MnObject *
any_all(MnObject *iterable, int stop_on)
{
    MnObject *it = mn_object_get_iter(iterable);
    if (it == NULL) {
        return NULL;
    }
    MnObject *item;
    while ((item = mn_iter_next(it)) != NULL) {
        int t = mn_object_is_true(item);
        mn_decref(item);
        if (t < 0) {
            mn_decref(it);
            return NULL;
        }
        if (t == stop_on) {
            mn_decref(it);
            return mn_newref(stop_on ? mn_True : mn_False);
        }
    }
    mn_decref(it);
    if (mn_err_occurred()) {
        return NULL;
    }
    return mn_newref(stop_on ? mn_False : mn_True);
}

static MnObject *
builtin_any(MnObject *self, MnObject *o)
{
    (void)self;
    return any_all(o, 1);
}

static MnObject *
builtin_all(MnObject *self, MnObject *o)
{
    (void)self;
    return any_all(o, 0);
}

static MnObject *
builtin_iter(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("iter", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return mn_object_get_iter(args[0]);
    }
    if (MN_TYPE(args[0])->tp_call == NULL) {
        return mn_err_format(mn_exc_TypeError, "iter(v, w): v must be callable");
    }
    return mn_calliter_new(args[0], args[1]);
}

static MnObject *
builtin_next(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("next", nargs, 1, 2) < 0) {
        return NULL;
    }
    MnObject *it = args[0];
    mn_iternextfunc next = MN_TYPE(it)->tp_iternext;
    if (next == NULL) {
        return mn_err_format(mn_exc_TypeError, "'%s' object is not an iterator",
                             MN_TYPE(it)->tp_name);
    }
    MnObject *res = next(it);
    if (res != NULL) {
        return res;
    }
    if (mn_err_occurred()) {
        if (nargs == 2 && mn_err_matches((MnObject *)mn_exc_StopIteration)) {
            mn_err_clear();
            return mn_newref(args[1]);
        }
        return NULL;
    }
    if (nargs == 2) {
        return mn_newref(args[1]);
    }
    mn_err_set_object(mn_exc_StopIteration, NULL);
    return NULL;
}

static int
check_attr_name(MnObject *name)
{
    if (!MN_STR_CHECK(name)) {
        mn_err_format(mn_exc_TypeError, "attribute name must be string, not '%s'",
                      MN_TYPE(name)->tp_name);
        return -1;
    }
    return 0;
}

static MnObject *
builtin_getattr(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("getattr", nargs, 2, 3) < 0 ||
        check_attr_name(args[1]) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return mn_object_getattr(args[0], args[1]);
    }
    MnObject *res;
    int r = mn_object_lookup_attr(args[0], args[1], &res);
    if (r < 0) {
        return NULL;
    }
    return r ? res : mn_newref(args[2]);
}

static MnObject *
builtin_setattr(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("setattr", nargs, 3, 3) < 0 ||
        check_attr_name(args[1]) < 0) {
        return NULL;
    }
    if (mn_object_setattr(args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
builtin_delattr(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("delattr", nargs, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0) {
        return NULL;
    }
    if (mn_object_setattr(args[0], args[1], NULL) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static MnObject *
builtin_hasattr(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("hasattr", nargs, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0) {
        return NULL;
    }
    MnObject *res;
    int r = mn_object_lookup_attr(args[0], args[1], &res);
    if (r < 0) {
        return NULL;
    }
    mn_xdecref(res);
    return mn_newref(r ? mn_True : mn_False);
}

static MnObject *
builtin_isinstance(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("isinstance", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = mn_object_isinstance(args[0], args[1]);
    return r < 0 ? NULL : mn_newref(r ? mn_True : mn_False);
}

static MnObject *
builtin_issubclass(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("issubclass", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = mn_object_issubclass(args[0], args[1]);
    return r < 0 ? NULL : mn_newref(r ? mn_True : mn_False);
}

/* ==== characters and number text ==== */

static MnObject *
builtin_chr(MnObject *self, MnObject *o)
{
    (void)self;
    MnObject *v = mn_number_index(o);
    if (v == NULL) {
        return NULL;
    }
    int overflow = 0;
    long x = mn_int_as_long_overflow(v, &overflow);
    mn_decref(v);
    if (overflow || x > INT32_MAX || x < INT32_MIN) {
        return mn_err_format(mn_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (x < 0 || x > 0x10FFFF) {
        return mn_err_format(mn_exc_ValueError, "chr() arg not in range(0x110000)");
    }
    return mn_str_from_char((uint32_t)x);
}

static MnObject *
builtin_ord(MnObject *self, MnObject *c)
{
    (void)self;
    intptr_t size;
    if (MN_STR_CHECK(c)) {
        size = MN_STR_LEN(c);
        if (size == 1) {
            return mn_int_from_long((long)MN_STR_READ(c, 0));
        }
    } else if (MN_BYTES_CHECK(c)) {
        size = MN_BYTES_LEN(c);
        if (size == 1) {
            return mn_int_from_long((unsigned char)MN_BYTES_DATA(c)[0]);
        }
    } else {
        return mn_err_format(mn_exc_TypeError,
                             "ord() expected string of length 1, but %s found",
                             MN_TYPE(c)->tp_name);
    }
    return mn_err_format(mn_exc_TypeError,
                         "ord() expected a character, but string of length %zd found", size);
}

static MnObject *
int_text(MnObject *o, int base)
{
    MnObject *v = mn_number_index(o);
    if (v == NULL) {
        return NULL;
    }
    MnObject *res = mn_int_to_base(v, base, 1);
    mn_decref(v);
    return res;
}

static MnObject *
builtin_hex(MnObject *self, MnObject *o)
{
    (void)self;
    return int_text(o, 16);
}

static MnObject *
builtin_oct(MnObject *self, MnObject *o)
{
    (void)self;
    return int_text(o, 8);
}

static MnObject *
builtin_bin(MnObject *self, MnObject *o)
{
    (void)self;
    return int_text(o, 2);
}

/* ==== namespaces and the VM ==== */

static MnObject *
builtin_globals(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    MnObject *g = mn_eval_globals();
    return mn_newref(g ? g : mn_None);
}

static MnObject *
builtin_locals(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_eval_locals();
}

static MnObject *
builtin_import(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level",
                                        NULL};
    MnObject *a[5];
    if (mn_sequtil_parse("__import__", args, nargs, kwnames, names, 5, 1,
                         MN_ARGS_POS_NOTE, a) < 0) {
        return NULL;
    }
    if (!MN_STR_CHECK(a[0])) {
        return mn_err_format(mn_exc_TypeError, "module name must be a string");
    }
    int level = 0;
    if (a[4] != NULL) {
        intptr_t l = mn_number_as_ssize(a[4], mn_exc_OverflowError);
        if (l == -1 && mn_err_occurred()) {
            return NULL;
        }
        if (l < 0) {
            return mn_err_format(mn_exc_ValueError, "level must be >= 0");
        }
        level = (int)l;
    }
    MnObject *globals = a[1] == mn_None ? NULL : a[1];
    MnObject *fromlist = a[3] == mn_None ? NULL : a[3];
    return mn_import_module_level(a[0], globals, fromlist, level);
}

/* ==== the module ==== */

static const MnMethodDef builtin_methods[] = {
    {"__build_class__", mn_eval_build_class, MN_METH_FASTKW,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", builtin_import, MN_METH_FASTKW,
     "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module"},
    {"abs", builtin_abs, MN_METH_O, "Return the absolute value of the argument."},
    {"all", builtin_all, MN_METH_O, "Return True if bool(x) is True for all values x."},
    {"any", builtin_any, MN_METH_O, "Return True if bool(x) is True for any x."},
    {"ascii", builtin_ascii, MN_METH_O, "Return an ASCII-only representation of an object."},
    {"bin", builtin_bin, MN_METH_O, "Return the binary representation of an integer."},
    {"callable", builtin_callable, MN_METH_O, "Return whether the object is callable."},
    {"chr", builtin_chr, MN_METH_O, "Return a Unicode string of one character."},
    {"compile", mn_builtin_compile, MN_METH_FASTKW, "Compile source into a code object."},
    {"delattr", builtin_delattr, MN_METH_FAST, "Deletes the named attribute."},
    {"dir", mn_builtin_dir, MN_METH_FAST, "dir([object]) -> list of strings"},
    {"divmod", mn_builtin_divmod, MN_METH_FAST, "Return the tuple (x//y, x%y)."},
    {"eval", mn_builtin_eval, MN_METH_FASTKW, "Evaluate the given source."},
    {"exec", mn_builtin_exec, MN_METH_FASTKW, "Execute the given source."},
    {"exit", builtin_exit, MN_METH_FAST, "exit([code]) -> raise SystemExit"},
    {"format", builtin_format, MN_METH_FAST, "Return value.__format__(format_spec)."},
    {"getattr", builtin_getattr, MN_METH_FAST, "getattr(object, name[, default]) -> value"},
    {"globals", builtin_globals, MN_METH_NOARGS, "Return the current global namespace."},
    {"hasattr", builtin_hasattr, MN_METH_FAST, "Return whether the object has the attribute."},
    {"hash", builtin_hash, MN_METH_O, "Return the hash value for the given object."},
    {"hex", builtin_hex, MN_METH_O, "Return the hexadecimal representation of an integer."},
    {"id", builtin_id, MN_METH_O, "Return the identity of an object."},
    {"input", builtin_input, MN_METH_FAST, "Read a string from standard input."},
    {"isinstance", builtin_isinstance, MN_METH_FAST, "Return whether obj is an instance."},
    {"issubclass", builtin_issubclass, MN_METH_FAST, "Return whether cls is derived."},
    {"iter", builtin_iter, MN_METH_FAST, "iter(iterable) -> iterator"},
    {"len", builtin_len, MN_METH_O, "Return the number of items in a container."},
    {"locals", builtin_locals, MN_METH_NOARGS, "Return the current local namespace."},
    {"max", mn_builtin_max, MN_METH_FASTKW, "max(iterable, *[, default=obj, key=func])"},
    {"min", mn_builtin_min, MN_METH_FASTKW, "min(iterable, *[, default=obj, key=func])"},
    {"next", builtin_next, MN_METH_FAST, "next(iterator[, default])"},
    {"oct", builtin_oct, MN_METH_O, "Return the octal representation of an integer."},
    {"open", mn_io_open, MN_METH_FASTKW, "Open file and return a stream."},
    {"ord", builtin_ord, MN_METH_O, "Return the Unicode code point for a character."},
    {"pow", mn_builtin_pow, MN_METH_FASTKW, "Equivalent to base**exp with 2 arguments."},
    {"print", builtin_print, MN_METH_FASTKW, "Prints the values to a stream."},
    {"quit", builtin_exit, MN_METH_FAST, "quit([code]) -> raise SystemExit"},
    {"repr", builtin_repr, MN_METH_O, "Return the canonical string representation."},
    {"round", mn_builtin_round, MN_METH_FASTKW, "Round a number to a given precision."},
    {"setattr", builtin_setattr, MN_METH_FAST, "Sets the named attribute."},
    {"sorted", mn_builtin_sorted, MN_METH_FASTKW, "Return a new sorted list."},
    {"sum", mn_builtin_sum, MN_METH_FASTKW, "Return the sum of a start value and numbers."},
    {"vars", mn_builtin_vars, MN_METH_FAST, "vars([object]) -> dictionary"},
    {NULL, NULL, 0, NULL},
};

static int
add_type(MnObject *m, const char *name, MnType *type)
{
    if (!(type->tp_flags & MN_TPFLAG_READY) && mn_type_ready(type) < 0) {
        return -1;
    }
    return mn_module_add_object(m, name, (MnObject *)type);
}

static int
builtins_init(MnObject *m)
{
    struct {
        const char *name;
        MnType *type;
    } types[] = {
        {"int", &mn_int_type}, {"float", &mn_float_type}, {"str", &mn_str_type},
        {"bytes", &mn_bytes_type}, {"bool", &mn_bool_type}, {"list", &mn_list_type},
        {"tuple", &mn_tuple_type}, {"dict", &mn_dict_type}, {"set", &mn_set_type},
        {"frozenset", &mn_frozenset_type}, {"range", &mn_range_type},
        {"slice", &mn_slice_type}, {"object", &mn_object_type}, {"type", &mn_type_type},
        {"super", &mn_super_type}, {"staticmethod", &mn_staticmethod_type},
        {"classmethod", &mn_classmethod_type}, {"property", &mn_property_type},
        {"enumerate", &mn_enumerate_type}, {"zip", &mn_zip_type}, {"map", &mn_map_type},
        {"filter", &mn_filter_type}, {"reversed", &mn_reversed_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (add_type(m, types[i].name, types[i].type) < 0) {
            return -1;
        }
    }
    MnType *internal[] = {
        &mn_list_iter_type, &mn_list_reviter_type, &mn_tuple_iter_type,
        &mn_range_iter_type, &mn_longrange_iter_type, &mn_seqiter_type, &mn_calliter_type,
    };
    for (size_t i = 0; i < sizeof internal / sizeof internal[0]; i++) {
        if (!(internal[i]->tp_flags & MN_TPFLAG_READY) && mn_type_ready(internal[i]) < 0) {
            return -1;
        }
    }
    if (mn_module_add_object(m, "None", mn_None) < 0 ||
        mn_module_add_object(m, "True", mn_True) < 0 ||
        mn_module_add_object(m, "False", mn_False) < 0 ||
        mn_module_add_object(m, "Ellipsis", mn_Ellipsis) < 0 ||
        mn_module_add_object(m, "NotImplemented", mn_NotImplemented) < 0 ||
        mn_module_add_object(m, "__debug__", mn_True) < 0) {
        return -1;
    }
#define MN_EXC_ADD(name, base, st)                                              \
    if (add_type(m, #name, mn_exc_##name) < 0) {                                \
        return -1;                                                              \
    }
    MN_EXC_LIST(MN_EXC_ADD)
#undef MN_EXC_ADD
    if (add_type(m, "EnvironmentError", mn_exc_OSError) < 0 ||
        add_type(m, "IOError", mn_exc_OSError) < 0) {
        return -1;
    }
    return 0;
}

const MnModuleDef mn_module_builtins = {
    .name = "builtins",
    .methods = builtin_methods,
    .init = builtins_init,
    .doc = "Built-in functions, types, exceptions, and other objects.",
};
