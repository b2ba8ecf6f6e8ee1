/*
 * lib/mod_io.c - open() and the file objects it returns, over stdio streams: text files
 * (_io.TextIOWrapper, UTF-8, universal newlines on reading) and binary files
 * (_io.BufferedReader / BufferedWriter / BufferedRandom), usable with `with` and by
 * iteration. A file that dies unclosed is closed (and flushed) when it is deallocated.
 * See also: lib/mod_io.h, lib/mod_builtins.c (builtins.open), lib/modules.c
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "mnemo.h"
#include "mod_io.h"
#include "modules.h"

typedef struct MnFile {
    MnObject ob_base;
    FILE *fp;                   // owned stream, NULL once closed
    MnObject *name;             // owned: the name given to open()
    MnObject *mode;             // owned str: the mode as CPython shows it
    char readable, writable, binary, last_write;
} MnFile;

static MnType textio_type, reader_type, writer_type, random_type;

#define FILE_OF(o) ((MnFile *)(o))

/* ==== errors ==== */

static MnObject *
unsupported(const char *what)
{
    MnObject *io = mn_dict_get_cstr_borrow(mn_rt.modules, "_io");
    MnObject *cls = io ? mn_dict_get_cstr_borrow(MN_MODULE_DICT(io), "UnsupportedOperation")
                       : NULL;
    MnType *type = cls != NULL && MN_TYPE_CHECK(cls) ? (MnType *)cls : mn_exc_OSError;
    mn_err_set_string(type, what);
    return NULL;
}

// Raises the OSError subclass for errno [err] with [filename] (may be NULL). -> NULL.
static MnObject *
os_error(int err, MnObject *filename)
{
    MnObject *args[3] = {mn_int_from_long(err), mn_str_from_cstr(strerror(err)), filename};
    if (args[0] != NULL && args[1] != NULL) {
        MnObject *exc = mn_exc_new(mn_exc_OSError, args, filename ? 3 : 2);
        if (exc != NULL) {
            mn_err_restore(exc);
        }
    }
    mn_xdecref(args[0]);
    mn_xdecref(args[1]);
    return NULL;
}

static int
check_open(MnFile *f)
{
    if (f->fp == NULL) {
        mn_err_set_string(mn_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

// Switching between reading and writing on a '+' stream needs a positioning call.
static void
switch_direction(MnFile *f, int writing)
{
    if (f->last_write != writing) {
        fseek(f->fp, 0, SEEK_CUR);
        f->last_write = (char)writing;
    }
}

/* ==== reading ==== */

typedef struct ByteBuf {
    char *data;
    size_t n, cap;
} ByteBuf;

static int
buf_put(ByteBuf *b, char c)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        char *d = mn_mem_realloc(b->data, cap);
        if (d == NULL) {
            return -1;
        }
        b->data = d;
        b->cap = cap;
    }
    b->data[b->n++] = c;
    return 0;
}

// Reads one character of a text file (its UTF-8 bytes into [b]), turning \r\n and \r
// into \n. -> 1 read, 0 at the end, -1 out of memory.
static int
read_text_char(FILE *fp, ByteBuf *b, int *newline)
{
    int c = getc(fp);
    if (c == EOF) {
        return 0;
    }
    *newline = 0;
    if (c == '\r') {
        int next = getc(fp);
        if (next != '\n' && next != EOF) {
            ungetc(next, fp);
        }
        c = '\n';
    }
    if (c == '\n') {
        *newline = 1;
        return buf_put(b, '\n') < 0 ? -1 : 1;
    }
    int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
    if (buf_put(b, (char)c) < 0) {
        return -1;
    }
    for (int i = 0; i < extra; i++) {
        int d = getc(fp);
        if (d == EOF) {
            break;
        }
        if ((d & 0xC0) != 0x80) {
            ungetc(d, fp);
            break;
        }
        if (buf_put(b, (char)d) < 0) {
            return -1;
        }
    }
    return 1;
}

// Reads up to [limit] characters (text) or bytes (binary), all when [limit] < 0, stopping
// after a newline when [line]. -> new str/bytes, or NULL.
static MnObject *
read_some(MnFile *f, intptr_t limit, int line)
{
    if (check_open(f) < 0) {
        return NULL;
    }
    if (!f->readable) {
        return unsupported("not readable");
    }
    switch_direction(f, 0);
    ByteBuf b = {NULL, 0, 0};
    intptr_t count = 0;
    int failed = 0;
    while (limit < 0 || count < limit) {
        int newline = 0;
        if (f->binary) {
            int c = getc(f->fp);
            if (c == EOF) {
                break;
            }
            newline = c == '\n';
            failed = buf_put(&b, (char)c) < 0;
        } else {
            int r = read_text_char(f->fp, &b, &newline);
            if (r <= 0) {
                failed = r < 0;
                break;
            }
        }
        if (failed) {
            break;
        }
        count++;
        if (line && newline) {
            break;
        }
    }
    MnObject *res = NULL;
    if (failed) {
        mn_err_no_memory();
    } else if (f->binary) {
        res = mn_bytes_from(b.data, (intptr_t)b.n);
    } else {
        res = mn_str_from_utf8(b.n ? b.data : "", (intptr_t)b.n);
    }
    mn_mem_free(b.data);
    return res;
}

static intptr_t
size_arg(MnObject *const *args, intptr_t nargs)
{
    if (nargs == 0 || args[0] == mn_None) {
        return -1;
    }
    return mn_number_as_ssize(args[0], mn_exc_OverflowError);
}

static MnObject *
file_read(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    intptr_t n = size_arg(args, nargs);
    if (n == -1 && mn_err_occurred()) {
        return NULL;
    }
    return read_some(FILE_OF(self), n, 0);
}

static MnObject *
file_readline(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    intptr_t n = size_arg(args, nargs);
    if (n == -1 && mn_err_occurred()) {
        return NULL;
    }
    return read_some(FILE_OF(self), n, 1);
}

static MnObject *
file_readlines(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnObject *lines = mn_list_new(0);
    while (lines != NULL) {
        MnObject *line = read_some(FILE_OF(self), -1, 1);
        if (line == NULL) {
            MN_CLEAR(lines);
            break;
        }
        intptr_t len = FILE_OF(self)->binary ? MN_BYTES_LEN(line) : MN_STR_LEN(line);
        if (len == 0) {
            mn_decref(line);
            break;
        }
        int r = mn_list_append(lines, line);
        mn_decref(line);
        if (r < 0) {
            MN_CLEAR(lines);
        }
    }
    return lines;
}

static MnObject *
file_iternext(MnObject *self)
{
    MnObject *line = read_some(FILE_OF(self), -1, 1);
    if (line == NULL) {
        return NULL;
    }
    intptr_t len = FILE_OF(self)->binary ? MN_BYTES_LEN(line) : MN_STR_LEN(line);
    if (len == 0) {
        mn_decref(line);
        return NULL;
    }
    return line;
}

static MnObject *
file_iter(MnObject *self)
{
    if (check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
    return mn_newref(self);
}

/* ==== writing ==== */

// Writes [data]; -> number of characters (text) or bytes written, or -1.
static intptr_t
write_one(MnFile *f, MnObject *data)
{
    if (check_open(f) < 0) {
        return -1;
    }
    if (!f->writable) {
        unsupported("not writable");
        return -1;
    }
    const char *p;
    intptr_t n, result;
    if (f->binary) {
        if (!MN_BYTES_CHECK(data)) {
            mn_err_format(mn_exc_TypeError, "a bytes-like object is required, not '%s'",
                          MN_TYPE(data)->tp_name);
            return -1;
        }
        p = MN_BYTES_DATA(data);
        n = result = MN_BYTES_LEN(data);
    } else {
        if (!MN_STR_CHECK(data)) {
            mn_err_format(mn_exc_TypeError, "write() argument must be str, not %s",
                          MN_TYPE(data)->tp_name);
            return -1;
        }
        p = mn_str_as_utf8(data, &n);
        if (p == NULL) {
            return -1;
        }
        result = MN_STR_LEN(data);
    }
    switch_direction(f, 1);
    if (n > 0 && fwrite(p, 1, (size_t)n, f->fp) != (size_t)n) {
        os_error(errno, NULL);
        return -1;
    }
    return result;
}

static MnObject *
file_write(MnObject *self, MnObject *data)
{
    intptr_t n = write_one(FILE_OF(self), data);
    return n < 0 ? NULL : mn_int_from_ssize(n);
}

static MnObject *
file_writelines(MnObject *self, MnObject *lines)
{
    MnObject *it = mn_object_get_iter(lines);
    if (it == NULL) {
        return NULL;
    }
    MnObject *line;
    while ((line = mn_iter_next(it)) != NULL) {
        intptr_t n = write_one(FILE_OF(self), line);
        mn_decref(line);
        if (n < 0) {
            mn_decref(it);
            return NULL;
        }
    }
    mn_decref(it);
    return mn_err_occurred() ? NULL : mn_newref(mn_None);
}

/* ==== positioning, closing, queries ==== */

static MnObject *
file_seek(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    MnFile *f = FILE_OF(self);
    if (nargs < 1 || nargs > 2) {
        return mn_err_format(mn_exc_TypeError, "seek expected at least 1 argument, got %zd",
                             nargs);
    }
    if (check_open(f) < 0) {
        return NULL;
    }
    intptr_t off = mn_number_as_ssize(args[0], mn_exc_OverflowError);
    intptr_t whence = nargs > 1 ? mn_number_as_ssize(args[1], mn_exc_OverflowError) : 0;
    if ((off == -1 || whence == -1) && mn_err_occurred()) {
        return NULL;
    }
    if (!f->binary && whence != 0 && off != 0) {
        return unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                       : "can't do nonzero end-relative seeks");
    }
    if (whence < 0 || whence > 2) {
        return mn_err_format(mn_exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)",
                             whence);
    }
    if (fseek(f->fp, (long)off, (int)whence) != 0) {
        return os_error(errno, NULL);
    }
    return mn_int_from_long(ftell(f->fp));
}

static MnObject *
file_tell(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
    return mn_int_from_long(ftell(FILE_OF(self)->fp));
}

static MnObject *
file_flush(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
    fflush(FILE_OF(self)->fp);
    return mn_newref(mn_None);
}

static MnObject *
file_close(MnObject *self, MnObject *unused)
{
    (void)unused;
    MnFile *f = FILE_OF(self);
    if (f->fp != NULL) {
        FILE *fp = f->fp;
        f->fp = NULL;
        if (fclose(fp) != 0) {
            return os_error(errno, NULL);
        }
    }
    return mn_newref(mn_None);
}

static MnObject *
file_enter(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
    return mn_newref(self);
}

static MnObject *
file_exit(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)args;
    (void)nargs;
    return file_close(self, NULL);
}

static MnObject *
file_fileno(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
    return mn_int_from_long(fileno(FILE_OF(self)->fp));
}

static MnObject *
flag_result(MnObject *self, int value)
{
    if (check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
    return mn_bool_from_long(value);
}

static MnObject *
file_readable(MnObject *self, MnObject *unused)
{
    (void)unused;
    return flag_result(self, FILE_OF(self)->readable);
}

static MnObject *
file_writable(MnObject *self, MnObject *unused)
{
    (void)unused;
    return flag_result(self, FILE_OF(self)->writable);
}

static MnObject *
file_seekable(MnObject *self, MnObject *unused)
{
    (void)unused;
    return flag_result(self, 1);
}

static MnObject *
file_get_closed(MnObject *self, void *closure)
{
    (void)closure;
    return mn_bool_from_long(FILE_OF(self)->fp == NULL);
}

static MnObject *
file_get_name(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(FILE_OF(self)->name);
}

static MnObject *
file_get_mode(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(FILE_OF(self)->mode);
}

static MnObject *
file_get_encoding(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_str_from_cstr("UTF-8");
}

static MnObject *
file_repr(MnObject *self)
{
    MnFile *f = FILE_OF(self);
    if (f->binary) {
        return mn_str_from_format("<%s name=%R>", MN_TYPE(self)->tp_name, f->name);
    }
    return mn_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='UTF-8'>", f->name,
                              f->mode);
}

static void
file_dealloc(MnObject *self)
{
    MnFile *f = FILE_OF(self);
    if (f->fp != NULL) {
        fclose(f->fp);          // an unclosed file is closed (and flushed) as it dies
    }
    MN_CLEAR(f->name);
    MN_CLEAR(f->mode);
    mn_object_free(self);
}

/* ==== open() ==== */

typedef struct Mode {
    int reading, writing, appending, creating, updating, binary, text;
} Mode;

static int
parse_mode(MnObject *mode_obj, Mode *m)
{
    const char *mode = mn_str_as_utf8(mode_obj, NULL);
    if (mode == NULL) {
        return -1;
    }
    memset(m, 0, sizeof *m);
    for (const char *p = mode; *p; p++) {
        int *flag = *p == 'r' ? &m->reading : *p == 'w' ? &m->writing
                    : *p == 'a' ? &m->appending : *p == 'x' ? &m->creating
                    : *p == '+' ? &m->updating : *p == 'b' ? &m->binary
                    : *p == 't' ? &m->text : NULL;
        if (flag == NULL || *flag) {
            mn_err_format(mn_exc_ValueError, "invalid mode: '%s'", mode);
            return -1;
        }
        *flag = 1;
    }
    if (m->text && m->binary) {
        mn_err_set_string(mn_exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    int kinds = m->reading + m->writing + m->appending + m->creating;
    if (kinds > 1) {
        mn_err_set_string(mn_exc_ValueError, "must have exactly one of create/read/write/append "
                          "mode");
        return -1;
    }
    if (kinds == 0) {
        mn_err_set_string(mn_exc_ValueError, "Must have exactly one of create/read/write/append "
                          "mode and at most one plus");
        return -1;
    }
    return 0;
}

// The mode CPython reports for a text file ('w', 'r+', 'a+' ...).
static MnObject *
shown_mode(MnObject *given, const Mode *m)
{
    if (m->binary) {
        return mn_newref(given);
    }
    char buf[4];
    int n = 0;
    buf[n++] = m->reading ? 'r' : m->writing ? 'w' : m->appending ? 'a' : 'x';
    if (m->updating) {
        buf[n++] = '+';
    }
    buf[n] = '\0';
    (void)given;
    return mn_str_from_cstr(buf);
}

MnObject *
mn_io_open(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    MnObject *file = nargs > 0 ? args[0] : NULL, *mode_obj = nargs > 1 ? args[1] : NULL;
    for (intptr_t i = 0; i < nkw; i++) {
        MnObject *k = MN_TUPLE_GET(kwnames, i);
        if (mn_str_eq_cstr(k, "file")) {
            file = args[nargs + i];
        } else if (mn_str_eq_cstr(k, "mode")) {
            mode_obj = args[nargs + i];
        } else if (!mn_str_eq_cstr(k, "encoding") && !mn_str_eq_cstr(k, "errors") &&
                   !mn_str_eq_cstr(k, "newline") && !mn_str_eq_cstr(k, "buffering")) {
            return mn_err_format(mn_exc_TypeError,
                                 "open() got an unexpected keyword argument '%U'", k);
        }
    }
    if (file == NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "open() missing required argument 'file' (pos 1)");
    }
    if (!MN_STR_CHECK(file)) {
        return mn_err_format(mn_exc_TypeError,
                             "expected str, bytes or os.PathLike object, not %s",
                             MN_TYPE(file)->tp_name);
    }
    MnObject *given = mode_obj ? mn_newref(mode_obj) : mn_str_from_cstr("r");
    if (given == NULL) {
        return NULL;
    }
    if (!MN_STR_CHECK(given)) {
        mn_decref(given);
        return mn_err_format(mn_exc_TypeError, "open() argument 'mode' must be str, not %s",
                             MN_TYPE(mode_obj)->tp_name);
    }
    Mode m;
    const char *path = mn_str_as_utf8(file, NULL);
    if (path == NULL || parse_mode(given, &m) < 0) {
        mn_decref(given);
        return NULL;
    }
    const char *cmode = m.reading ? (m.updating ? "r+" : "r")
                        : m.writing ? (m.updating ? "w+" : "w")
                        : m.appending ? (m.updating ? "a+" : "a")
                                      : (m.updating ? "w+x" : "wx");
    struct stat st;
    FILE *fp = NULL;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        errno = EISDIR;
    } else {
        errno = 0;
        fp = fopen(path, cmode);
        if (fp == NULL && errno == 0) {
            errno = EIO;
        }
    }
    if (fp == NULL) {
        mn_decref(given);
        return os_error(errno, file);
    }
    MnType *type = !m.binary ? &textio_type
                   : m.updating ? &random_type : m.reading ? &reader_type : &writer_type;
    MnFile *f = (MnFile *)mn_object_alloc(type, 0);
    if (f == NULL) {
        fclose(fp);
        mn_decref(given);
        return NULL;
    }
    f->fp = fp;
    f->name = mn_newref(file);
    f->mode = shown_mode(given, &m);
    f->readable = (char)(m.reading || m.updating);
    f->writable = (char)(!m.reading || m.updating);
    f->binary = (char)m.binary;
    f->last_write = (char)!m.reading;
    mn_decref(given);
    if (f->mode == NULL) {
        mn_decref(f);
        return NULL;
    }
    return (MnObject *)f;
}

static const MnMethodDef file_methods[] = {
    {"read", file_read, MN_METH_FAST, NULL},
    {"readline", file_readline, MN_METH_FAST, NULL},
    {"readlines", file_readlines, MN_METH_NOARGS, NULL},
    {"write", file_write, MN_METH_O, NULL},
    {"writelines", file_writelines, MN_METH_O, NULL},
    {"seek", file_seek, MN_METH_FAST, NULL},
    {"tell", file_tell, MN_METH_NOARGS, NULL},
    {"flush", file_flush, MN_METH_NOARGS, NULL},
    {"close", file_close, MN_METH_NOARGS, NULL},
    {"fileno", file_fileno, MN_METH_NOARGS, NULL},
    {"readable", file_readable, MN_METH_NOARGS, NULL},
    {"writable", file_writable, MN_METH_NOARGS, NULL},
    {"seekable", file_seekable, MN_METH_NOARGS, NULL},
    {"__enter__", file_enter, MN_METH_NOARGS, NULL},
    {"__exit__", file_exit, MN_METH_FAST, NULL},
    {NULL},
};

static const MnGetSetDef file_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {NULL},
};

static const MnGetSetDef text_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {NULL},
};

#define FILE_TYPE(var, name, getset)                                            \
    static MnType var = {                                                       \
        MN_TYPE_HEAD_INIT,               .tp_name = name,                       \
        .tp_basicsize = sizeof(MnFile),  .tp_dealloc = file_dealloc,            \
        .tp_repr = file_repr,            .tp_iter = file_iter,                  \
        .tp_iternext = file_iternext,    .tp_methods = file_methods,            \
        .tp_getset = getset,                                                    \
    }

FILE_TYPE(textio_type, "_io.TextIOWrapper", text_getset);
FILE_TYPE(reader_type, "_io.BufferedReader", file_getset);
FILE_TYPE(writer_type, "_io.BufferedWriter", file_getset);
FILE_TYPE(random_type, "_io.BufferedRandom", file_getset);

/* ==== the _io module ==== */

static const MnMethodDef io_methods[] = {
    {"open", mn_io_open, MN_METH_FASTKW, "Open file and return a stream."},
    {NULL},
};

static int
io_init(MnObject *m)
{
    MnType *types[] = {&textio_type, &reader_type, &writer_type, &random_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (mn_runtime_ready_type(types[i]) < 0 ||
            mn_module_add_object(m, strchr(types[i]->tp_name, '.') + 1,
                                 (MnObject *)types[i]) < 0) {
            return -1;
        }
    }
    // UnsupportedOperation(OSError, ValueError), made as a class is.
    MnObject *name = mn_str_from_cstr("UnsupportedOperation");
    MnObject *bases = mn_tuple_pack(2, mn_exc_OSError, mn_exc_ValueError);
    MnObject *dict = mn_dict_new();
    MnObject *modname = mn_str_from_cstr("io");
    MnObject *cls = NULL;
    if (name && bases && dict && modname &&
        mn_dict_set_item_cstr(dict, "__module__", modname) == 0) {
        cls = mn_type_new_class(name, bases, dict);
    }
    int rc = cls != NULL && mn_module_add_object(m, "UnsupportedOperation", cls) == 0 ? 0 : -1;
    mn_xdecref(name);
    mn_xdecref(bases);
    mn_xdecref(dict);
    mn_xdecref(modname);
    mn_xdecref(cls);
    return rc;
}

const MnModuleDef mn_module__io = {
    .name = "_io",
    .methods = io_methods,
    .init = io_init,
    .doc = "The io module provides the Python interfaces to stream handling.",
};
