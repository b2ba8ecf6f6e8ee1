/*
 * lib/mod_sys.c - the sys module: argv, path, modules, exit, the standard streams, version
 * facts, recursion limit, intern, getrefcount, getsizeof, exc_info.
 * The standard streams are small text-file objects writing UTF-8 through stdio.
 * See also: lib/modules.c, runtime/runtime.c (argv, path, modules live in mn_rt)
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "mnemo.h"
#include "freelists.h"
#include "mod_sys.h"
#include "modules.h"
#include "pythonrun.h"
#include "sequtil.h"

#define MN_VERSION "0.1.0"

/* ==== text streams ==== */

typedef struct MnTextIO {
    MnObject ob_base;
    FILE *fp;                   // borrowed stdio stream
    MnObject *name;             // owned str: '<stdout>'
    const char *mode;
} MnTextIO;

static MnType textio_type;

static MnObject *
textio_new(FILE *fp, const char *name, const char *mode)
{
    MnTextIO *t = (MnTextIO *)mn_object_alloc(&textio_type, 0);
    if (t == NULL) {
        return NULL;
    }
    t->fp = fp;
    t->mode = mode;
    t->name = mn_str_from_cstr(name);
    if (t->name == NULL) {
        mn_decref(t);
        return NULL;
    }
    return (MnObject *)t;
}

static void
textio_dealloc(MnObject *self)
{
    MN_CLEAR(((MnTextIO *)self)->name);
    mn_object_free(self);
}

int
mn_sys_write_str(MnObject *file, MnObject *s)
{
    if (MN_TYPE(file) != &textio_type) {
        return 0;
    }
    intptr_t len;
    const char *u = mn_str_as_utf8(s, &len);
    if (u == NULL) {
        return -1;
    }
    fwrite(u, 1, (size_t)len, ((MnTextIO *)file)->fp);
    return 1;
}

int
mn_sys_file_write(MnObject *file, MnObject *s)
{
    int r = mn_sys_write_str(file, s);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    MnObject *res = mn_object_call_method(file, "write", &s, 1);
    if (res == NULL) {
        return -1;
    }
    mn_decref(res);
    return 0;
}

void
mn_sys_write_stderr(const char *text)
{
    MnObject *saved = mn_err_fetch();
    MnObject *file = mn_rt.sys != NULL && MN_MODULE_DICT(mn_rt.sys) != NULL
                     ? mn_dict_get_cstr_borrow(MN_MODULE_DICT(mn_rt.sys), "stderr") : NULL;
    if (file == NULL || file == mn_None) {
        fflush(stdout);
        fputs(text, stderr);
    } else {
        MnObject *s = mn_str_from_cstr(text);
        if (s != NULL) {
            mn_sys_file_write(file, s);
            mn_decref(s);
        }
        mn_err_clear();
    }
    mn_err_restore(saved);
}

static MnObject *
textio_write(MnObject *self, MnObject *arg)
{
    if (!MN_STR_CHECK(arg)) {
        return mn_err_format(mn_exc_TypeError, "write() argument must be str, not %s",
                             MN_TYPE(arg)->tp_name);
    }
    if (mn_sys_write_str(self, arg) < 0) {
        return NULL;
    }
    return mn_int_from_ssize(MN_STR_LEN(arg));
}

static MnObject *
textio_flush(MnObject *self, MnObject *unused)
{
    (void)unused;
    fflush(((MnTextIO *)self)->fp);
    return mn_newref(mn_None);
}

static MnObject *
textio_fileno(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_int_from_long(fileno(((MnTextIO *)self)->fp));
}

static MnObject *
textio_isatty(MnObject *self, MnObject *unused)
{
    (void)unused;
    return mn_bool_from_long(isatty(fileno(((MnTextIO *)self)->fp)));
}

static MnObject *
textio_readline(MnObject *self, MnObject *unused)
{
    (void)unused;
    FILE *fp = ((MnTextIO *)self)->fp;
    size_t cap = 256, n = 0;
    char *buf = mn_mem_alloc(cap);
    int c;
    while (buf != NULL && (c = fgetc(fp)) != EOF) {
        if (n + 1 >= cap) {
            char *grown = mn_mem_realloc(buf, cap * 2);
            if (grown == NULL) {
                break;
            }
            buf = grown;
            cap *= 2;
        }
        buf[n++] = (char)c;
        if (c == '\n') {
            break;
        }
    }
    if (buf == NULL) {
        return mn_err_no_memory();
    }
    MnObject *res = mn_str_from_utf8(buf, (intptr_t)n);
    mn_mem_free(buf);
    return res;
}

static MnObject *
textio_read(MnObject *self, MnObject *unused)
{
    (void)unused;
    size_t n;
    char *buf = mn_read_stream(((MnTextIO *)self)->fp, &n);
    if (buf == NULL) {
        return mn_err_no_memory();
    }
    MnObject *res = mn_str_from_utf8(buf, (intptr_t)n);
    mn_mem_free(buf);
    return res;
}

static MnObject *
textio_repr(MnObject *self)
{
    MnTextIO *t = (MnTextIO *)self;
    return mn_str_from_format("<_io.TextIOWrapper name=%R mode='%s' encoding='utf-8'>", t->name,
                              t->mode);
}

static MnObject *
textio_get_name(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(((MnTextIO *)self)->name);
}

static MnObject *
textio_get_encoding(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_str_from_cstr("utf-8");
}

static MnObject *
textio_get_closed(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_newref(mn_False);
}

static const MnMethodDef textio_methods[] = {
    {"write", textio_write, MN_METH_O, NULL},
    {"flush", textio_flush, MN_METH_NOARGS, NULL},
    {"fileno", textio_fileno, MN_METH_NOARGS, NULL},
    {"isatty", textio_isatty, MN_METH_NOARGS, NULL},
    {"readline", textio_readline, MN_METH_NOARGS, NULL},
    {"read", textio_read, MN_METH_NOARGS, NULL},
    {NULL},
};

static const MnGetSetDef textio_getset[] = {
    {"name", textio_get_name, NULL, NULL, NULL},
    {"encoding", textio_get_encoding, NULL, NULL, NULL},
    {"closed", textio_get_closed, NULL, NULL, NULL},
    {NULL},
};

static MnType textio_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(MnTextIO),   .tp_dealloc = textio_dealloc,
    .tp_repr = textio_repr,             .tp_methods = textio_methods,
    .tp_getset = textio_getset,
};

/* ==== functions ==== */

static MnObject *
sys_exit(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "exit expected at most 1 argument, got %zd",
                             nargs);
    }
    mn_err_set_object(mn_exc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static MnObject *
sys_getrecursionlimit(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long(mn_rt.recursion_limit);
}

static MnObject *
sys_setrecursionlimit(MnObject *self, MnObject *arg)
{
    (void)self;
    if (MN_FLOAT_CHECK(arg)) {
        return mn_err_format(mn_exc_TypeError, "'float' object cannot be interpreted as an "
                             "integer");
    }
    int overflow = 0;
    MnObject *i = mn_number_index(arg);
    if (i == NULL) {
        return NULL;
    }
    long v = mn_int_as_long_overflow(i, &overflow);
    mn_decref(i);
    if (overflow || v > 0x7fffffff) {
        return mn_err_format(mn_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 1) {
        return mn_err_format(mn_exc_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (v <= mn_rt.recursion_depth) {
        return mn_err_format(mn_exc_RecursionError,
                             "cannot set the recursion limit to %ld at the recursion depth %d: "
                             "the limit is too low", v, mn_rt.recursion_depth);
    }
    mn_rt.recursion_limit = (int)v;
    return mn_newref(mn_None);
}

static MnObject *
sys_intern(MnObject *self, MnObject *arg)
{
    (void)self;
    if (!MN_STR_CHECK(arg)) {
        return mn_err_format(mn_exc_TypeError, "intern() argument must be str, not %s",
                             MN_TYPE(arg)->tp_name);
    }
    if (!MN_STR_CHECK_EXACT(arg)) {
        return mn_err_format(mn_exc_TypeError, "can't intern %s", mn_type_name(MN_TYPE(arg)));
    }
    mn_incref(arg);
    mn_str_intern_inplace(&arg);
    return arg;
}

static MnObject *
sys_getrefcount(MnObject *self, MnObject *arg)
{
    (void)self;
    return mn_int_from_ssize(MN_REFCNT(arg));
}

static MnObject *
sys_getallocatedblocks(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_ssize(mn_alloc_block_count());
}

// The small-object allocator's report on stderr, as CPython's (nothing under
// MNEMOMALLOC=malloc), then the free lists' lines.
static MnObject *
sys__debugmallocstats(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    if (mn_alloc_print_stats(stderr)) {
        fputc('\n', stderr);
    }
    mn_freelists_print(stderr);
    fflush(stderr);
    return mn_newref(mn_None);
}

// o.__sizeof__() checked as CPython does. -> size, or -1 with an exception set.
static intptr_t
object_sizeof(MnObject *o)
{
    MnObject *res = mn_object_call_method(o, "__sizeof__", NULL, 0);
    if (res == NULL) {
        return -1;
    }
    if (!MN_INT_CHECK(res)) {
        mn_decref(res);
        mn_err_format(mn_exc_TypeError, "an integer is required");
        return -1;
    }
    intptr_t size = mn_int_as_ssize(res);
    mn_decref(res);
    if (size == -1 && mn_err_occurred()) {
        return -1;
    }
    if (size < 0) {
        mn_err_format(mn_exc_ValueError, "__sizeof__() should return >= 0");
        return -1;
    }
    return size;
}

static MnObject *
sys_getsizeof(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"object", "default", NULL};
    MnObject *argv[2] = {NULL, NULL};
    if (mn_sequtil_parse("getsizeof", args, nargs, kwnames, names, 2, 1, MN_ARGS_POS_NOTE,
                         argv) < 0) {
        return NULL;
    }
    MnObject *o = argv[0];
    MnObject *deflt = argv[1];
    intptr_t size = object_sizeof(o);
    if (size < 0) {
        if (deflt != NULL && mn_err_matches((MnObject *)mn_exc_TypeError)) {
            mn_err_clear();
            return mn_newref(deflt);
        }
        return NULL;
    }
    // What sits in front of the object: the collector header (tracked or not), and the
    // managed-dict words of a plain instance, as CPython 3.11's pre-header.
    size += (intptr_t)mn_object_pre_header_size(MN_TYPE(o));
    return mn_int_from_ssize(size);
}

static MnObject *
handled_exception(void)
{
    MnObject *h = mn_rt.handled;
    return h != NULL && h != mn_None && MN_EXC_CHECK(h) ? h : NULL;
}

static MnObject *
sys_exc_info(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    MnObject *h = handled_exception();
    if (h == NULL) {
        return mn_tuple_pack(3, mn_None, mn_None, mn_None);
    }
    MnObject *tb = mn_exc_get_traceback(h);
    return mn_tuple_pack(3, (MnObject *)MN_TYPE(h), h, tb ? tb : mn_None);
}

static MnObject *
sys_exception(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    MnObject *h = handled_exception();
    return mn_newref(h ? h : mn_None);
}

// sys.excepthook(type, value, traceback): prints the exception [value] with its traceback.
static MnObject *
sys_excepthook(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    if (mn_sequtil_check_positional("excepthook", nargs, 3, 3) < 0) {
        return NULL;
    }
    if (!MN_EXC_CHECK(args[1])) {
        return mn_err_format(mn_exc_TypeError, "print_exception(): Exception "
                             "expected for value, %s found", mn_type_name(MN_TYPE(args[1])));
    }
    mn_err_print_exception(args[1]);
    return mn_newref(mn_None);
}

static MnObject *
sys_getdefaultencoding(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_str_from_cstr("utf-8");
}

static MnObject *
sys_get_int_max_str_digits(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_ssize(mn_int_get_max_str_digits());
}

static MnObject *
sys_set_int_max_str_digits(MnObject *self, MnObject *const *args, intptr_t nargs,
                           MnObject *kwnames)
{
    (void)self;
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 1) {
        return mn_err_format(mn_exc_TypeError,
                             "set_int_max_str_digits() takes at most 1 argument (%zd given)",
                             nargs + nkw);
    }
    if (nkw == 1 && !mn_str_eq_cstr(MN_TUPLE_GET(kwnames, 0), "maxdigits")) {
        return mn_err_format(mn_exc_TypeError,
                             "set_int_max_str_digits() got an unexpected keyword argument '%U'",
                             MN_TUPLE_GET(kwnames, 0));
    }
    if (nargs + nkw == 0) {
        return mn_err_format(mn_exc_TypeError, "set_int_max_str_digits() missing required "
                             "argument 'maxdigits' (pos 1)");
    }
    intptr_t n = mn_number_as_ssize(args[0], mn_exc_OverflowError);
    if (n == -1 && mn_err_occurred()) {
        return NULL;
    }
    if (mn_int_set_max_str_digits(n) < 0) {
        return NULL;
    }
    return mn_newref(mn_None);
}

static const MnMethodDef sys_methods[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, MN_METH_NOARGS, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, MN_METH_FASTKW, NULL},
    {"exit", sys_exit, MN_METH_FAST, "exit([status]) -> raise SystemExit"},
    {"getrecursionlimit", sys_getrecursionlimit, MN_METH_NOARGS, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, MN_METH_O, NULL},
    {"intern", sys_intern, MN_METH_O, NULL},
    {"getrefcount", sys_getrefcount, MN_METH_O, NULL},
    {"getsizeof", sys_getsizeof, MN_METH_FASTKW, NULL},
    {"getallocatedblocks", sys_getallocatedblocks, MN_METH_NOARGS, NULL},
    {"_debugmallocstats", sys__debugmallocstats, MN_METH_NOARGS, NULL},
    {"exc_info", sys_exc_info, MN_METH_NOARGS, NULL},
    {"exception", sys_exception, MN_METH_NOARGS, NULL},
    {"excepthook", sys_excepthook, MN_METH_FAST, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, MN_METH_NOARGS, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, MN_METH_NOARGS, NULL},
    {NULL},
};

/* ==== version_info and implementation ==== */

static MnObject *
version_info_repr(MnObject *self)
{
    MnObject *const *v = MN_TUPLE_ITEMS(self);
    return mn_str_from_format("sys.version_info(major=%R, minor=%R, micro=%R, releaselevel=%R, "
                              "serial=%R)", v[0], v[1], v[2], v[3], v[4]);
}

static MnObject *
version_field(MnObject *self, void *closure)
{
    return mn_newref(MN_TUPLE_GET(self, (intptr_t)closure));
}

static const MnGetSetDef version_info_getset[] = {
    {"major", version_field, NULL, NULL, (void *)0},
    {"minor", version_field, NULL, NULL, (void *)1},
    {"micro", version_field, NULL, NULL, (void *)2},
    {"releaselevel", version_field, NULL, NULL, (void *)3},
    {"serial", version_field, NULL, NULL, (void *)4},
    {NULL},
};

static MnType version_info_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "sys.version_info",
    .tp_base = &mn_tuple_type,          .tp_repr = version_info_repr,
    .tp_getset = version_info_getset,
};

static MnObject *
make_version_info(long major, long minor, long micro)
{
    MnObject *t = mn_tuple_new(5);
    if (t == NULL) {
        return NULL;
    }
    MN_TUPLE_SET(t, 0, mn_int_from_long(major));
    MN_TUPLE_SET(t, 1, mn_int_from_long(minor));
    MN_TUPLE_SET(t, 2, mn_int_from_long(micro));
    MN_TUPLE_SET(t, 3, mn_str_intern_cstr("final"));
    MN_TUPLE_SET(t, 4, mn_int_from_long(0));
    for (intptr_t i = 0; i < 5; i++) {
        if (MN_TUPLE_GET(t, i) == NULL) {
            mn_decref(t);
            return NULL;
        }
    }
    if (mn_runtime_ready_type(&version_info_type) < 0) {
        mn_decref(t);
        return NULL;
    }
    // A tuple re-typed as version_info (same layout, no extra fields).
    MN_TYPE(t) = &version_info_type;
    return t;
}

/* ==== sys.implementation: a simple namespace ==== */

typedef struct MnNamespace {
    MnObject ob_base;
    MnObject *dict;             // owned
} MnNamespace;

static void
namespace_dealloc(MnObject *self)
{
    mn_gc_untrack(self);
    MN_CLEAR(((MnNamespace *)self)->dict);
    mn_object_free(self);
}

static int
namespace_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MN_VISIT(((MnNamespace *)self)->dict);
    return 0;
}

static int
namespace_clear(MnObject *self)
{
    MN_CLEAR(((MnNamespace *)self)->dict);
    return 0;
}

static MnObject *
namespace_repr(MnObject *self)
{
    MnObject *d = ((MnNamespace *)self)->dict;
    MnObject *parts = mn_list_new(0);
    if (parts == NULL) {
        return NULL;
    }
    intptr_t pos = 0;
    MnObject *key, *value;
    while (d != NULL && mn_dict_next(d, &pos, &key, &value)) {
        MnObject *item = mn_str_from_format("%U=%R", key, value);
        if (item == NULL || mn_list_append(parts, item) < 0) {
            mn_xdecref(item);
            mn_decref(parts);
            return NULL;
        }
        mn_decref(item);
    }
    MnObject *sep = mn_str_from_cstr(", ");
    MnObject *body = sep ? mn_str_join(sep, parts) : NULL;
    MnObject *res = body ? mn_str_from_format("namespace(%U)", body) : NULL;
    mn_xdecref(sep);
    mn_xdecref(body);
    mn_decref(parts);
    return res;
}

static MnType namespace_type = {
    MN_TYPE_HEAD_INIT,                  .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(MnNamespace), .tp_flags = MN_TPFLAG_GC,
    .tp_dealloc = namespace_dealloc,    .tp_repr = namespace_repr,
    .tp_traverse = namespace_traverse,  .tp_clear = namespace_clear,
    .tp_dictoffset = offsetof(MnNamespace, dict),
};

static MnObject *
make_implementation(MnObject *version_info)
{
    if (mn_runtime_ready_type(&namespace_type) < 0) {
        return NULL;
    }
    MnNamespace *ns = (MnNamespace *)mn_object_alloc(&namespace_type, 0);
    if (ns == NULL) {
        return NULL;
    }
    ns->dict = mn_dict_new();
    MnObject *name = mn_str_from_cstr("mnemo");
    MnObject *hex = mn_int_from_long(0x000100f0);
    if (ns->dict == NULL || name == NULL || hex == NULL ||
        mn_dict_set_item_cstr(ns->dict, "name", name) < 0 ||
        mn_dict_set_item_cstr(ns->dict, "cache_tag", mn_None) < 0 ||
        mn_dict_set_item_cstr(ns->dict, "version", version_info) < 0 ||
        mn_dict_set_item_cstr(ns->dict, "hexversion", hex) < 0) {
        mn_xdecref(name);
        mn_xdecref(hex);
        mn_decref(ns);
        return NULL;
    }
    mn_decref(name);
    mn_decref(hex);
    mn_gc_track(ns);
    return (MnObject *)ns;
}

static int
add_new(MnObject *m, const char *name, MnObject *value)
{
    if (value == NULL) {
        return -1;
    }
    int res = mn_module_add_object(m, name, value);
    mn_decref(value);
    return res;
}

static int
sys_init(MnObject *m)
{
    if (mn_runtime_ready_type(&textio_type) < 0 ||
        add_new(m, "stdout", textio_new(stdout, "<stdout>", "w")) < 0 ||
        add_new(m, "stderr", textio_new(stderr, "<stderr>", "w")) < 0 ||
        add_new(m, "stdin", textio_new(stdin, "<stdin>", "r")) < 0) {
        return -1;
    }
    MnObject *d = MN_MODULE_DICT(m);
    if (mn_module_add_object(m, "__stdout__", mn_dict_get_cstr_borrow(d, "stdout")) < 0 ||
        mn_module_add_object(m, "__stderr__", mn_dict_get_cstr_borrow(d, "stderr")) < 0 ||
        mn_module_add_object(m, "__stdin__", mn_dict_get_cstr_borrow(d, "stdin")) < 0 ||
        mn_module_add_object(m, "argv", mn_rt.argv) < 0 ||
        mn_module_add_object(m, "path", mn_rt.path) < 0 ||
        mn_module_add_object(m, "modules", mn_rt.modules) < 0 ||
        mn_module_add_string(m, "version", "3.11.7 (mnemo " MN_VERSION ")") < 0 ||
        mn_module_add_string(m, "platform", "linux") < 0 ||
        mn_module_add_string(m, "byteorder", "little") < 0 ||
        mn_module_add_int(m, "hexversion", 0x030b07f0) < 0 ||
        add_new(m, "maxsize", mn_int_from_ssize(INTPTR_MAX)) < 0 ||
        add_new(m, "version_info", make_version_info(3, 11, 7)) < 0) {
        return -1;
    }
    MnObject *own = make_version_info(0, 1, 0);
    if (own == NULL || add_new(m, "implementation", make_implementation(own)) < 0) {
        mn_xdecref(own);
        return -1;
    }
    mn_decref(own);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    if (mn_module_add_string(m, "executable", exe) < 0) {
        return -1;
    }
    return 0;
}

const MnModuleDef mn_module_sys = {
    .name = "sys",
    .methods = sys_methods,
    .init = sys_init,
    .doc = "This module provides access to some objects used or maintained by the\n"
           "interpreter and to functions that interact strongly with the interpreter.",
};
