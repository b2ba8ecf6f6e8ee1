/*
 * lib/mod_io.c - open() and the file objects it returns, over stdio streams: text files
 * (_io.TextIOWrapper: UTF-8, Latin-1 or ASCII with an errors handler, and the newline modes
 * None/''/'\n'/'\r'/'\r\n' for reading and writing) and binary files
 * (_io.BufferedReader / BufferedWriter / BufferedRandom), usable with `with` and by
 * iteration. File objects have a __dict__ and are tracked by the collector; one that dies
 * unclosed is closed (and flushed) by its dealloc, or by tp_finalize when it is collected
 * in a cycle. StringIO and BytesIO live in lib/io.py.
 * See also: lib/mod_io.h, lib/mod_builtins.c (builtins.open), lib/io.py, lib/modules.c
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "mnemo.h"
#include "weakref.h"
#include "mod_io.h"
#include "mod_posix.h"
#include "modules.h"

// How a text file treats line endings (open()'s newline argument).
enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF };

typedef struct MnFile {
    MnObject ob_base;
    FILE *fp;                   // owned stream, NULL once closed
    MnObject *name;             // owned: the name given to open()
    MnObject *mode;             // owned str: the mode as CPython shows it
    MnObject *encoding;         // owned str (text files), or NULL
    MnObject *errors;           // owned str (text files), or NULL
    MnObject *dict;             // owned instance __dict__, or NULL
    MnObject *weakreflist;      // weak references to the file (runtime/weakref.h), or NULL
    char readable, writable, binary, last_write;
    char newline;               // NL_* (text files)
    char single_byte;           // the encoding maps one byte to one character
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
    return mn_posix_error(err, filename, NULL);
}

// The operations whose closed-file messages differ, as CPython's layers word them.
typedef enum FileOp {
    OP_OTHER, OP_QUERY, OP_READ, OP_READLINE, OP_WRITE, OP_SEEK, OP_TELL, OP_TRUNCATE, OP_FLUSH,
} FileOp;

static int
check_open_op(MnFile *f, FileOp op)
{
    if (f->fp != NULL) {
        return 0;
    }
    const char *msg = "I/O operation on closed file.";
    if (op == OP_QUERY || (op == OP_TELL && f->binary)) {
        msg = "I/O operation on closed file";
    } else if (f->binary) {
        msg = op == OP_READ ? "read of closed file"
              : op == OP_READLINE ? "readline of closed file"
              : op == OP_WRITE ? "write to closed file"
              : op == OP_SEEK ? "seek of closed file"
              : op == OP_TRUNCATE ? "truncate of closed file"
              : op == OP_FLUSH && f->writable ? "flush of closed file" : msg;
    }
    mn_err_set_string(mn_exc_ValueError, msg);
    return -1;
}

static int
check_open(MnFile *f)
{
    return check_open_op(f, OP_OTHER);
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

// Reads a '\r' of a text file into [b] as the newline mode says: -> the characters stored
// (1 or 2) with *eol set when a line ends there, or -1 out of memory. [room] is how many
// more characters the read may take.
static int
read_cr(MnFile *f, ByteBuf *b, intptr_t room, int *eol)
{
    int next = '\0';
    if (f->newline != NL_CR && f->newline != NL_LF) {
        next = getc(f->fp);
        if (next != '\n' || (f->newline != NL_UNIVERSAL && room < 2)) {
            if (next != EOF) {
                ungetc(next, f->fp);
            }
            next = '\0';
        }
    }
    if (f->newline == NL_UNIVERSAL) {
        *eol = 1;
        return buf_put(b, '\n') < 0 ? -1 : 1;
    }
    *eol = f->newline == NL_CR || f->newline == NL_ANY || next == '\n';
    if (buf_put(b, '\r') < 0 || (next == '\n' && buf_put(b, '\n') < 0)) {
        return -1;
    }
    return next == '\n' ? 2 : 1;
}

// Reads one character of a text file (its encoded bytes into [b]), applying the newline
// mode. -> characters stored (0 at the end), or -1 out of memory.
static int
read_text_char(MnFile *f, ByteBuf *b, intptr_t room, int *eol)
{
    int c = getc(f->fp);
    *eol = 0;
    if (c == EOF) {
        return 0;
    }
    if (c == '\r') {
        return read_cr(f, b, room, eol);
    }
    if (c == '\n') {
        *eol = f->newline != NL_CR && f->newline != NL_CRLF;
        return buf_put(b, '\n') < 0 ? -1 : 1;
    }
    if (buf_put(b, (char)c) < 0) {
        return -1;
    }
    int extra = f->single_byte ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
                : (c & 0xF8) == 0xF0 ? 3 : 0;
    for (int i = 0; i < extra; i++) {
        int d = getc(f->fp);
        if (d == EOF) {
            break;
        }
        if ((d & 0xC0) != 0x80) {
            ungetc(d, f->fp);
            break;
        }
        if (buf_put(b, (char)d) < 0) {
            return -1;
        }
    }
    return 1;
}

// The text of [b] decoded with the file's encoding and errors handler. -> new str, or NULL.
static MnObject *
decode_text(MnFile *f, const ByteBuf *b)
{
    const char *enc = mn_str_as_utf8(f->encoding, NULL);
    const char *errors = mn_str_as_utf8(f->errors, NULL);
    if (enc == NULL || errors == NULL) {
        return NULL;
    }
    return mn_str_decode(b->n ? b->data : "", (intptr_t)b->n, enc, errors);
}

// Reads up to [limit] characters (text) or bytes (binary), all when [limit] < 0, stopping
// after a newline when [line]. -> new str/bytes, or NULL.
static MnObject *
read_some(MnFile *f, intptr_t limit, int line)
{
    if (f->binary && !f->readable) {
        return unsupported("read");
    }
    if (check_open_op(f, line ? OP_READLINE : OP_READ) < 0) {
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
        int eol = 0;
        if (f->binary) {
            int c = getc(f->fp);
            if (c == EOF) {
                break;
            }
            eol = c == '\n';
            failed = buf_put(&b, (char)c) < 0;
            count++;
        } else {
            int r = read_text_char(f, &b, limit < 0 ? 2 : limit - count, &eol);
            if (r <= 0) {
                failed = r < 0;
                break;
            }
            count += r;
        }
        if (failed || (line && eol)) {
            break;
        }
    }
    MnObject *res = NULL;
    if (failed) {
        mn_err_no_memory();
    } else if (f->binary) {
        res = mn_bytes_from(b.data, (intptr_t)b.n);
    } else {
        res = decode_text(f, &b);
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
    if (!MN_INT_CHECK(args[0])) {
        mn_err_format(mn_exc_TypeError, "argument should be integer or None, not '%s'",
                      MN_TYPE(args[0])->tp_name);
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

static intptr_t
item_len(MnFile *f, MnObject *line)
{
    return f->binary ? MN_BYTES_LEN(line) : MN_STR_LEN(line);
}

static MnObject *
file_readlines(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    intptr_t hint = size_arg(args, nargs), total = 0;
    if ((hint == -1 && mn_err_occurred()) || check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
    MnObject *lines = mn_list_new(0);
    while (lines != NULL) {
        MnObject *line = read_some(FILE_OF(self), -1, 1);
        if (line == NULL) {
            MN_CLEAR(lines);
            break;
        }
        intptr_t len = item_len(FILE_OF(self), line);
        if (len == 0) {
            mn_decref(line);
            break;
        }
        int r = mn_list_append(lines, line);
        mn_decref(line);
        if (r < 0) {
            MN_CLEAR(lines);
        }
        total += len;
        if (hint > 0 && total >= hint) {
            break;
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
    if (item_len(FILE_OF(self), line) == 0) {
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

// Writes [n] encoded bytes of text, turning each '\n' into the newline of the file.
static int
write_translated(MnFile *f, const char *p, intptr_t n)
{
    const char *nl = f->newline == NL_CR ? "\r" : f->newline == NL_CRLF ? "\r\n" : NULL;
    while (n > 0) {
        const char *end = nl ? memchr(p, '\n', (size_t)n) : NULL;
        size_t chunk = end ? (size_t)(end - p) : (size_t)n;
        if (chunk > 0 && fwrite(p, 1, chunk, f->fp) != chunk) {
            return -1;
        }
        if (end == NULL) {
            break;
        }
        if (fputs(nl, f->fp) == EOF) {
            return -1;
        }
        p += chunk + 1;
        n -= (intptr_t)chunk + 1;
    }
    return 0;
}

// Writes [data]; -> number of characters (text) or bytes written, or -1.
static intptr_t
write_one(MnFile *f, MnObject *data)
{
    if (f->binary && !f->writable) {
        unsupported("write");
        return -1;
    }
    if (!f->binary && !MN_STR_CHECK(data)) {
        mn_err_format(mn_exc_TypeError, "write() argument must be str, not %s",
                      MN_TYPE(data)->tp_name);
        return -1;
    }
    if (check_open_op(f, OP_WRITE) < 0) {
        return -1;
    }
    if (!f->writable) {
        unsupported("not writable");
        return -1;
    }
    if (f->binary) {
        if (!MN_BYTES_CHECK(data)) {
            mn_err_format(mn_exc_TypeError, "a bytes-like object is required, not '%s'",
                          MN_TYPE(data)->tp_name);
            return -1;
        }
        intptr_t n = MN_BYTES_LEN(data);
        switch_direction(f, 1);
        if (n > 0 && fwrite(MN_BYTES_DATA(data), 1, (size_t)n, f->fp) != (size_t)n) {
            os_error(errno, NULL);
            return -1;
        }
        return n;
    }
    const char *enc = mn_str_as_utf8(f->encoding, NULL);
    const char *errors = mn_str_as_utf8(f->errors, NULL);
    MnObject *bytes = enc && errors ? mn_str_encode(data, enc, errors) : NULL;
    if (bytes == NULL) {
        return -1;
    }
    switch_direction(f, 1);
    int rc = write_translated(f, MN_BYTES_DATA(bytes), MN_BYTES_LEN(bytes));
    mn_decref(bytes);
    if (rc < 0) {
        os_error(errno, NULL);
        return -1;
    }
    return MN_STR_LEN(data);
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
    if (check_open(FILE_OF(self)) < 0) {
        return NULL;
    }
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
    if (check_open_op(f, OP_SEEK) < 0) {
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
    if (!f->binary && whence == 0 && off < 0) {
        return mn_err_format(mn_exc_ValueError, "negative seek position %zd", off);
    }
    fflush(f->fp);
    if (fseek(f->fp, (long)off, (int)whence) != 0) {
        return os_error(errno, NULL);
    }
    if (!f->binary && whence == 0 && MN_INT_CHECK_EXACT(args[0])) {
        return mn_newref(args[0]);  // TextIOWrapper.seek(cookie) returns the cookie itself
    }
    // BufferedReader/Writer.seek and tell: PyLong_FromOff_t = PyLong_FromSsize_t, exact digits
    return mn_int_from_ssize((intptr_t)ftell(f->fp));
}

static MnObject *
file_tell(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (check_open_op(FILE_OF(self), OP_TELL) < 0) {
        return NULL;
    }
    return mn_int_from_ssize((intptr_t)ftell(FILE_OF(self)->fp));
}

static MnObject *
file_truncate(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    MnFile *f = FILE_OF(self);
    if (nargs > 1) {
        return mn_err_format(mn_exc_TypeError, "truncate expected at most 1 argument, got %zd",
                             nargs);
    }
    if (check_open_op(f, OP_TRUNCATE) < 0) {
        return NULL;
    }
    if (!f->writable) {
        return unsupported("truncate");
    }
    fflush(f->fp);
    long size = ftell(f->fp);
    if (nargs == 1 && args[0] != mn_None) {
        size = (long)mn_number_as_ssize(args[0], mn_exc_OverflowError);
        if (size == -1 && mn_err_occurred()) {
            return NULL;
        }
    }
    if (ftruncate(fileno(f->fp), (off_t)size) != 0) {
        return os_error(errno, NULL);
    }
    if (nargs == 1 && args[0] != mn_None) {
        return mn_newref(args[0]);  // CPython's FileIO.truncate(pos) returns pos itself
    }
    return mn_int_from_long(size);  // FileIO's lseek result: PyLong_FromLong, a medium int
}

static MnObject *
file_flush(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (check_open_op(FILE_OF(self), OP_FLUSH) < 0) {
        return NULL;
    }
    if (fflush(FILE_OF(self)->fp) != 0) {
        return os_error(errno, NULL);
    }
    return mn_newref(mn_None);
}

// Flushes and closes the stream once. -> 0, or -1 with OSError set.
static int
close_stream(MnFile *f)
{
    if (f->fp == NULL) {
        return 0;
    }
    FILE *fp = f->fp;
    f->fp = NULL;
    if (fclose(fp) != 0) {
        os_error(errno, NULL);
        return -1;
    }
    return 0;
}

static MnObject *
file_close(MnObject *self, MnObject *unused)
{
    (void)unused;
    return close_stream(FILE_OF(self)) < 0 ? NULL : mn_newref(mn_None);
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
    if (check_open_op(FILE_OF(self), OP_QUERY) < 0) {
        return NULL;
    }
    return mn_int_from_long(fileno(FILE_OF(self)->fp));
}

static MnObject *
file_isatty(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (check_open_op(FILE_OF(self), OP_QUERY) < 0) {
        return NULL;
    }
    return mn_bool_from_long(isatty(fileno(FILE_OF(self)->fp)));
}

static MnObject *
file_readable(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (!FILE_OF(self)->readable) {
        return mn_bool_from_long(0);
    }
    return check_open_op(FILE_OF(self), OP_QUERY) < 0 ? NULL : mn_bool_from_long(1);
}

static MnObject *
file_writable(MnObject *self, MnObject *unused)
{
    (void)unused;
    if (!FILE_OF(self)->writable) {
        return mn_bool_from_long(0);
    }
    return check_open_op(FILE_OF(self), OP_QUERY) < 0 ? NULL : mn_bool_from_long(1);
}

static MnObject *
file_seekable(MnObject *self, MnObject *unused)
{
    (void)unused;
    return check_open_op(FILE_OF(self), OP_QUERY) < 0 ? NULL : mn_bool_from_long(1);
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
    (void)closure;
    return mn_newref(FILE_OF(self)->encoding);
}

static MnObject *
file_get_errors(MnObject *self, void *closure)
{
    (void)closure;
    return mn_newref(FILE_OF(self)->errors);
}

static MnObject *
file_get_newlines(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_newref(mn_None);
}

static MnObject *
file_get_line_buffering(MnObject *self, void *closure)
{
    (void)self;
    (void)closure;
    return mn_bool_from_long(0);
}

static MnObject *
file_get_dict(MnObject *self, void *closure)
{
    (void)closure;
    MnFile *f = FILE_OF(self);
    if (f->dict == NULL && (f->dict = mn_dict_new()) == NULL) {
        return NULL;
    }
    return mn_newref(f->dict);
}

static MnObject *
file_repr(MnObject *self)
{
    MnFile *f = FILE_OF(self);
    if (f->binary) {
        return mn_str_from_format("<%s name=%R>", MN_TYPE(self)->tp_name, f->name);
    }
    return mn_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name,
                              f->mode, f->encoding);
}

/* ==== lifetime: the collector and finalization ==== */

static int
file_traverse(MnObject *self, mn_visitproc visit, void *arg)
{
    MnFile *f = FILE_OF(self);
    MN_VISIT(f->name);
    MN_VISIT(f->dict);
    return 0;
}

static int
file_clear(MnObject *self)
{
    MN_CLEAR(FILE_OF(self)->dict);
    return 0;
}

// Closes (and flushes) a file found unreachable by the collector, as CPython's IOBase
// finalizer does; errors are reported as unraisable.
static void
file_finalize(MnObject *self)
{
    MnObject *saved = mn_err_fetch();
    if (close_stream(FILE_OF(self)) < 0) {
        mn_err_write_unraisable(self);
    }
    mn_err_restore(saved);
}

static void
file_dealloc(MnObject *self)
{
    MnFile *f = FILE_OF(self);
    mn_gc_untrack(self);
    if (f->fp != NULL) {
        fclose(f->fp);          // an unclosed file is closed (and flushed) as it dies
        f->fp = NULL;
    }
    if (f->weakreflist != NULL) {
        mn_weakref_clear_refs(self);
    }
    MN_CLEAR(f->name);
    MN_CLEAR(f->mode);
    MN_CLEAR(f->encoding);
    MN_CLEAR(f->errors);
    MN_CLEAR(f->dict);
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
    (void)given;
    char buf[4];
    int n = 0;
    if (m->binary) {
        // the mode of the underlying FileIO: 'rb', 'wb', 'ab', 'xb', or 'rb+' for r+/w+
        buf[n++] = m->creating ? 'x' : m->appending ? 'a'
                   : m->reading || m->updating ? 'r' : 'w';
        buf[n++] = 'b';
    } else {
        buf[n++] = m->reading ? 'r' : m->writing ? 'w' : m->appending ? 'a' : 'x';
    }
    if (m->updating) {
        buf[n++] = '+';
    }
    buf[n] = '\0';
    return mn_str_from_cstr(buf);
}

// Sorts positional and keyword arguments into [out] by [names]. -> 0, or -1 with TypeError.
static int
collect_args(MnObject *const *args, intptr_t nargs, MnObject *kwnames,
             const char *const *names, int n, MnObject **out)
{
    if (nargs > n) {
        mn_err_format(mn_exc_TypeError, "open() takes at most %d arguments (%zd given)", n,
                      nargs);
        return -1;
    }
    for (intptr_t i = 0; i < nargs; i++) {
        out[i] = args[i];
    }
    intptr_t nkw = kwnames ? MN_TUPLE_LEN(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        MnObject *key = MN_TUPLE_GET(kwnames, k);
        int i = 0;
        while (i < n && !mn_str_eq_cstr(key, names[i])) {
            i++;
        }
        if (i == n) {
            mn_err_format(mn_exc_TypeError, "open() got an unexpected keyword argument '%U'",
                          key);
            return -1;
        }
        if (out[i] != NULL) {
            mn_err_format(mn_exc_TypeError, "argument for open() given by name ('%s') and "
                          "position (%d)", names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    return 0;
}

static int
newline_mode(MnObject *newline)
{
    if (newline == NULL || newline == mn_None) {
        return NL_UNIVERSAL;
    }
    const char *s = mn_str_as_utf8(newline, NULL);
    if (s == NULL) {
        return -1;
    }
    int mode = strcmp(s, "") == 0 ? NL_ANY : strcmp(s, "\n") == 0 ? NL_LF
               : strcmp(s, "\r") == 0 ? NL_CR : strcmp(s, "\r\n") == 0 ? NL_CRLF : -1;
    if (mode < 0) {
        mn_err_format(mn_exc_ValueError, "illegal newline value: %s", s);
    }
    return mode;
}

static int
check_text_args(const Mode *m, MnObject *encoding, MnObject *errors, MnObject *newline)
{
    const char *what = NULL;
    if (m->binary) {
        what = encoding && encoding != mn_None ? "an encoding"
               : errors && errors != mn_None ? "an errors"
               : newline && newline != mn_None ? "a newline" : NULL;
    }
    if (what != NULL) {
        mn_err_format(mn_exc_ValueError, "binary mode doesn't take %s argument", what);
        return -1;
    }
    return newline_mode(newline) < 0 ? -1 : 0;
}

// Opens [path] (the fspath of [file]) with stdio. -> the stream, or NULL with OSError set.
static FILE *
open_path(MnObject *path, MnObject *file, const Mode *m)
{
    const char *cpath = MN_BYTES_CHECK(path) ? MN_BYTES_DATA(path) : mn_str_as_utf8(path, NULL);
    if (cpath == NULL) {
        return NULL;
    }
    const char *cmode = m->reading ? (m->updating ? "r+" : "r")
                        : m->writing ? (m->updating ? "w+" : "w")
                        : m->appending ? (m->updating ? "a+" : "a")
                                       : (m->updating ? "w+x" : "wx");
    struct stat st;
    FILE *fp = NULL;
    if (stat(cpath, &st) == 0 && S_ISDIR(st.st_mode)) {
        errno = EISDIR;
    } else {
        errno = 0;
        fp = fopen(cpath, cmode);
        if (fp == NULL && errno == 0) {
            errno = EIO;
        }
    }
    if (fp == NULL) {
        os_error(errno, file);
    }
    return fp;
}

// Wraps the descriptor [fd_obj]; with closefd False the stream owns a duplicate.
static FILE *
open_fd(MnObject *fd_obj, const Mode *m, MnObject *closefd)
{
    long fd = (long)mn_number_as_ssize(fd_obj, mn_exc_OverflowError);
    if (fd == -1 && mn_err_occurred()) {
        return NULL;
    }
    if (fd < 0) {
        mn_err_format(mn_exc_ValueError, "negative file descriptor");
        return NULL;
    }
    int keep = closefd != NULL && !mn_object_is_true(closefd);
    int real = keep ? dup((int)fd) : (int)fd;
    const char *cmode = m->reading ? (m->updating ? "r+" : "r")
                        : m->appending ? (m->updating ? "a+" : "a") : (m->updating ? "r+" : "w");
    FILE *fp = real >= 0 ? fdopen(real, cmode) : NULL;
    if (fp == NULL) {
        int err = errno;
        if (keep && real >= 0) {
            close(real);
        }
        os_error(err, NULL);
    }
    return fp;
}

// Fills the text-only fields: encoding (checked, LookupError if unknown), errors, newline.
static int
setup_text(MnFile *f, MnObject *encoding, MnObject *errors, MnObject *newline)
{
    f->newline = (char)newline_mode(newline);
    f->encoding = encoding && encoding != mn_None ? mn_newref(encoding)
                                                  : mn_str_from_cstr("UTF-8");
    f->errors = errors && errors != mn_None ? mn_newref(errors) : mn_str_from_cstr("strict");
    const char *enc = f->encoding ? mn_str_as_utf8(f->encoding, NULL) : NULL;
    if (enc == NULL || f->errors == NULL) {
        return -1;
    }
    MnObject *probe = mn_str_decode("", 0, enc, NULL);
    if (probe == NULL) {
        return -1;
    }
    mn_decref(probe);
    // A two-byte UTF-8 sequence decodes to one character only under UTF-8.
    probe = mn_str_decode("\xc3\xa9", 2, enc, "replace");
    if (probe == NULL) {
        return -1;
    }
    f->single_byte = (char)(MN_STR_LEN(probe) != 1);
    mn_decref(probe);
    return 0;
}

MnObject *
mn_io_open(MnObject *self, MnObject *const *args, intptr_t nargs, MnObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener"};
    enum { A_FILE, A_MODE, A_BUFFERING, A_ENCODING, A_ERRORS, A_NEWLINE, A_CLOSEFD, A_N = 8 };
    MnObject *a[A_N] = {NULL};
    if (collect_args(args, nargs, kwnames, names, A_N, a) < 0) {
        return NULL;
    }
    if (a[A_FILE] == NULL) {
        return mn_err_format(mn_exc_TypeError,
                             "open() missing required argument 'file' (pos 1)");
    }
    for (int i = A_MODE; i <= A_NEWLINE; i++) {
        if (i != A_BUFFERING && a[i] != NULL && a[i] != mn_None && !MN_STR_CHECK(a[i])) {
            return mn_err_format(mn_exc_TypeError, "open() argument '%s' must be str%s, not %s",
                                 names[i], i == A_MODE ? "" : " or None",
                                 MN_TYPE(a[i])->tp_name);
        }
    }
    Mode m;
    MnObject *given = a[A_MODE] ? mn_newref(a[A_MODE]) : mn_str_from_cstr("r");
    if (given == NULL || parse_mode(given, &m) < 0) {
        mn_xdecref(given);
        return NULL;
    }
    MnFile *f = NULL;
    MnObject *path_obj = NULL;
    FILE *fp = NULL;
    if (check_text_args(&m, a[A_ENCODING], a[A_ERRORS], a[A_NEWLINE]) < 0) {
        goto fail;
    }
    if (MN_INT_CHECK(a[A_FILE]) && !MN_BOOL_CHECK(a[A_FILE])) {
        fp = open_fd(a[A_FILE], &m, a[A_CLOSEFD]);
    } else {
        path_obj = mn_posix_fspath(a[A_FILE]);
        fp = path_obj ? open_path(path_obj, a[A_FILE], &m) : NULL;
    }
    if (fp == NULL) {
        goto fail;
    }
    MnType *type = !m.binary ? &textio_type
                   : m.updating ? &random_type : m.reading ? &reader_type : &writer_type;
    f = (MnFile *)mn_object_alloc(type, 0);
    if (f == NULL) {
        fclose(fp);
        goto fail;
    }
    f->fp = fp;
    f->name = mn_newref(a[A_FILE]);
    f->readable = (char)(m.reading || m.updating);
    f->writable = (char)(!m.reading || m.updating);
    f->binary = (char)m.binary;
    f->last_write = (char)!m.reading;
    mn_gc_track(f);
    f->mode = shown_mode(given, &m);
    if (f->mode == NULL || (!m.binary && setup_text(f, a[A_ENCODING], a[A_ERRORS],
                                                    a[A_NEWLINE]) < 0)) {
        MN_CLEAR(f);
    }
fail:
    mn_decref(given);
    mn_xdecref(path_obj);
    return (MnObject *)f;
}

static const MnMethodDef file_methods[] = {
    {"read", file_read, MN_METH_FAST, NULL},
    {"readline", file_readline, MN_METH_FAST, NULL},
    {"readlines", file_readlines, MN_METH_FAST, NULL},
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
    {"isatty", file_isatty, MN_METH_NOARGS, NULL},
    {"truncate", file_truncate, MN_METH_FAST, NULL},
    {"__enter__", file_enter, MN_METH_NOARGS, NULL},
    {"__exit__", file_exit, MN_METH_FAST, NULL},
    {NULL},
};

static const MnGetSetDef file_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"__dict__", file_get_dict, NULL, NULL, NULL},
    {NULL},
};

static const MnGetSetDef text_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {"newlines", file_get_newlines, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {"__dict__", file_get_dict, NULL, NULL, NULL},
    {NULL},
};

#define FILE_TYPE(var, name, getset)                                            \
    static MnType var = {                                                       \
        MN_TYPE_HEAD_INIT,               .tp_name = name,                       \
        .tp_basicsize = sizeof(MnFile),  .tp_dealloc = file_dealloc,            \
        .tp_repr = file_repr,            .tp_iter = file_iter,                  \
        .tp_iternext = file_iternext,    .tp_methods = file_methods,            \
        .tp_getset = getset,             .tp_flags = MN_TPFLAG_GC,              \
        .tp_traverse = file_traverse,    .tp_clear = file_clear,                \
        .tp_finalize = file_finalize,    .tp_dictoffset = offsetof(MnFile, dict), \
        .tp_weaklistoffset = offsetof(MnFile, weakreflist),                     \
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
