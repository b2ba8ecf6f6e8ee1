/*
 * lib/mod_posix.c - the `posix` module that lib/os.py is built on, as CPython's: process ids,
 * the environment (a dict of str to str here, where CPython keeps bytes), the working
 * directory, directory listing and creation, removal, renaming, stat (a raw tuple that
 * os.stat_result wraps), low-level file descriptors, cpu_count and urandom.
 * Every failing system call raises the OSError subclass for its errno with the path(s).
 * See also: lib/mod_posix.h, lib/os.py, lib/posixpath.py, lib/modules.c
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "mnemo.h"
#include "mod_posix.h"
#include "modules.h"

extern char **environ;

/* ==== shared helpers ==== */

MnObject *
mn_posix_error(int err, MnObject *filename, MnObject *filename2)
{
    MnObject *args[5] = {mn_int_from_long(err), mn_str_from_cstr(strerror(err)), filename,
                         mn_None, filename2};
    intptr_t n = filename2 != NULL ? 5 : filename != NULL ? 3 : 2;
    if (args[0] != NULL && args[1] != NULL) {
        MnObject *exc = mn_exc_new(mn_exc_OSError, args, n);
        if (exc != NULL) {
            mn_err_restore(exc);
        }
    }
    mn_xdecref(args[0]);
    mn_xdecref(args[1]);
    return NULL;
}

MnObject *
mn_posix_fspath(MnObject *path)
{
    if (MN_STR_CHECK(path) || MN_BYTES_CHECK(path)) {
        return mn_newref(path);
    }
    MnObject *meth = NULL;
    MnObject *name = mn_str_from_cstr("__fspath__");
    int found = name ? mn_object_lookup_attr((MnObject *)MN_TYPE(path), name, &meth) : -1;
    mn_xdecref(name);
    if (found < 0) {
        return NULL;
    }
    if (found == 0) {
        return mn_err_format(mn_exc_TypeError,
                             "expected str, bytes or os.PathLike object, not %s",
                             MN_TYPE(path)->tp_name);
    }
    MnObject *res = mn_object_call_one(meth, path);
    mn_decref(meth);
    if (res != NULL && !MN_STR_CHECK(res) && !MN_BYTES_CHECK(res)) {
        mn_err_format(mn_exc_TypeError,
                      "expected %s.__fspath__() to return str or bytes, not %s",
                      MN_TYPE(path)->tp_name, MN_TYPE(res)->tp_name);
        MN_CLEAR(res);
    }
    return res;
}

MnObject *
mn_posix_structseq_repr(MnObject *self, const char *type_name, const char *const *fields,
                        int n)
{
    MnStrBuf b;
    mn_strbuf_init(&b, 64);
    if (mn_strbuf_put_cstr(&b, type_name) < 0 || mn_strbuf_put(&b, '(') < 0) {
        goto fail;
    }
    for (int i = 0; i < n; i++) {
        MnObject *r = mn_object_repr(MN_TUPLE_GET(self, i));
        if (r == NULL) {
            goto fail;
        }
        int rc = (i > 0 ? mn_strbuf_put_cstr(&b, ", ") : 0) | mn_strbuf_put_cstr(&b, fields[i]) |
                 mn_strbuf_put(&b, '=') | mn_strbuf_put_str(&b, r);
        mn_decref(r);
        if (rc < 0) {
            goto fail;
        }
    }
    if (mn_strbuf_put(&b, ')') < 0) {
        goto fail;
    }
    return mn_strbuf_finish(&b);
fail:
    mn_strbuf_discard(&b);
    return NULL;
}

// A path argument of [fname] as a C string ([fd_too]: the function also takes a file
// descriptor). [*keep] receives the owned str/bytes the C string lives in.
// -> the path, or NULL with TypeError/ValueError set.
static const char *
path_arg_of(const char *fname, MnObject *arg, int fd_too, MnObject **keep)
{
    MnObject *p = mn_posix_fspath(arg);
    *keep = p;
    if (p == NULL) {
        if (mn_err_occurred() == mn_exc_TypeError && fname != NULL) {
            mn_err_clear();
            mn_err_format(mn_exc_TypeError, "%s: path should be string, bytes%s os.PathLike%s, "
                          "not %s", fname, fd_too ? "," : " or",
                          fd_too ? ", integer or None" : "", MN_TYPE(arg)->tp_name);
        }
        return NULL;
    }
    const char *s;
    intptr_t n;
    if (MN_BYTES_CHECK(p)) {
        s = MN_BYTES_DATA(p);
        n = MN_BYTES_LEN(p);
    } else {
        s = mn_str_as_utf8(p, &n);
        if (s == NULL) {
            MN_CLEAR(*keep);
            return NULL;
        }
    }
    if ((intptr_t)strlen(s) != n) {
        mn_err_set_string(mn_exc_ValueError, "embedded null byte");
        MN_CLEAR(*keep);
        return NULL;
    }
    return s;
}

static int
check_nargs(const char *fname, intptr_t nargs, intptr_t min, intptr_t max,
            const char *const *names)
{
    if (nargs < min) {
        mn_err_format(mn_exc_TypeError, "%s() missing required argument '%s' (pos %zd)", fname,
                      names[nargs], nargs + 1);
        return -1;
    }
    if (nargs > max) {
        if (max == 0) {
            mn_err_format(mn_exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
        } else if (min == max) {
            mn_err_format(mn_exc_TypeError, "%s() takes exactly %s (%zd given)", fname,
                          max == 1 ? "one argument" : "2 arguments", nargs);
        } else {
            mn_err_format(mn_exc_TypeError, "%s() takes at most %zd argument%s (%zd given)",
                          fname, max, max == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    return 0;
}

static int
int_arg(MnObject *o, long *out)
{
    if (MN_FLOAT_CHECK(o)) {
        mn_err_format(mn_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    MnObject *n = mn_number_index(o);
    if (n == NULL) {
        return -1;
    }
    int overflow;
    *out = mn_int_as_long_overflow(n, &overflow);
    mn_decref(n);
    if (overflow) {
        mn_err_set_string(mn_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return 0;
}

/* ==== process ==== */

static MnObject *
posix_getpid(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long((long)getpid());
}

static MnObject *
posix_getppid(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long((long)getppid());
}

static MnObject *
posix_getuid(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long((long)getuid());
}

static MnObject *
posix_getgid(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return mn_int_from_long((long)getgid());
}

static MnObject *
posix_cpu_count(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? mn_int_from_long(n) : mn_newref(mn_None);
}

static MnObject *
posix_exit(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"status"};
    long status;
    if (check_nargs("_exit", nargs, 1, 1, names) < 0 || int_arg(args[0], &status) < 0) {
        return NULL;
    }
    fflush(stdout);
    fflush(stderr);
    _exit((int)status);
}

static MnObject *
posix_strerror(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"code"};
    long code;
    if (check_nargs("strerror", nargs, 1, 1, names) < 0 || int_arg(args[0], &code) < 0) {
        return NULL;
    }
    return mn_str_from_cstr(strerror((int)code));
}

static MnObject *
posix_umask(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"mask"};
    long mask;
    if (check_nargs("umask", nargs, 1, 1, names) < 0 || int_arg(args[0], &mask) < 0) {
        return NULL;
    }
    return mn_int_from_long((long)umask((mode_t)mask));
}

/* ==== environment ==== */

static MnObject *
decode_env(const char *s, intptr_t n)
{
    return mn_str_decode(s, n, "utf-8", "surrogateescape");
}

static MnObject *
make_environ(void)
{
    MnObject *d = mn_dict_new();
    for (char **e = environ; d != NULL && e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e) {
            continue;
        }
        MnObject *k = decode_env(*e, eq - *e);
        MnObject *v = k ? decode_env(eq + 1, (intptr_t)strlen(eq + 1)) : NULL;
        if (v == NULL || mn_dict_set_item(d, k, v) < 0) {
            MN_CLEAR(d);
        }
        mn_xdecref(k);
        mn_xdecref(v);
    }
    return d;
}

static int
env_arg(MnObject *o, const char *what, MnObject **keep, const char **out)
{
    *keep = mn_posix_fspath(o);
    if (*keep == NULL) {
        return -1;
    }
    if (MN_STR_CHECK(*keep)) {
        *out = mn_str_as_utf8(*keep, NULL);
    } else {
        *out = MN_BYTES_DATA(*keep);
    }
    if (*out == NULL) {
        return -1;
    }
    if (what != NULL && strchr(*out, '=') != NULL) {
        mn_err_format(mn_exc_ValueError, "illegal environment variable name");
        return -1;
    }
    return 0;
}

static MnObject *
posix_putenv(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"name", "value"};
    (void)names;
    if (nargs != 2) {
        return mn_err_format(mn_exc_TypeError, "putenv expected 2 arguments, got %zd", nargs);
    }
    MnObject *kn = NULL, *kv = NULL, *res = NULL;
    const char *name, *value;
    if (env_arg(args[0], "name", &kn, &name) == 0 && env_arg(args[1], NULL, &kv, &value) == 0) {
        if (setenv(name, value, 1) != 0) {
            mn_posix_error(errno, NULL, NULL);
        } else {
            res = mn_newref(mn_None);
        }
    }
    mn_xdecref(kn);
    mn_xdecref(kv);
    return res;
}

static MnObject *
posix_unsetenv(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"name"};
    if (check_nargs("unsetenv", nargs, 1, 1, names) < 0) {
        return NULL;
    }
    MnObject *kn = NULL, *res = NULL;
    const char *name;
    if (env_arg(args[0], "name", &kn, &name) == 0) {
        if (unsetenv(name) != 0) {
            mn_posix_error(errno, NULL, NULL);
        } else {
            res = mn_newref(mn_None);
        }
    }
    mn_xdecref(kn);
    return res;
}

/* ==== directories ==== */

static MnObject *
getcwd_as(int as_bytes)
{
    size_t cap = 256;
    for (;;) {
        char *buf = mn_mem_alloc(cap);
        if (buf == NULL) {
            return mn_err_no_memory();
        }
        if (getcwd(buf, cap) != NULL) {
            MnObject *res = as_bytes ? mn_bytes_from(buf, (intptr_t)strlen(buf))
                                     : decode_env(buf, (intptr_t)strlen(buf));
            mn_mem_free(buf);
            return res;
        }
        int err = errno;
        mn_mem_free(buf);
        if (err != ERANGE) {
            return mn_posix_error(err, NULL, NULL);
        }
        cap *= 2;
    }
}

static MnObject *
posix_getcwd(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return getcwd_as(0);
}

static MnObject *
posix_getcwdb(MnObject *self, MnObject *unused)
{
    (void)self;
    (void)unused;
    return getcwd_as(1);
}

// Calls [op] on the one path argument of [fname]; -> None, or NULL with OSError.
static MnObject *
path_call(const char *fname, MnObject *const *args, intptr_t nargs, int (*op)(const char *))
{
    static const char *const names[] = {"path"};
    if (check_nargs(fname, nargs, 1, 1, names) < 0) {
        return NULL;
    }
    MnObject *keep;
    const char *path = path_arg_of(fname, args[0], op == chdir, &keep);
    if (path == NULL) {
        return NULL;
    }
    MnObject *res = op(path) == 0 ? mn_newref(mn_None) : mn_posix_error(errno, args[0], NULL);
    mn_decref(keep);
    return res;
}

static MnObject *
posix_chdir(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    return path_call("chdir", args, nargs, chdir);
}

static MnObject *
posix_rmdir(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    return path_call("rmdir", args, nargs, rmdir);
}

static MnObject *
posix_remove(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    return path_call("remove", args, nargs, unlink);
}

static MnObject *
posix_unlink(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    return path_call("unlink", args, nargs, unlink);
}

static MnObject *
posix_mkdir(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"path", "mode"};
    long mode = 0777;
    if (check_nargs("mkdir", nargs, 1, 2, names) < 0 ||
        (nargs > 1 && int_arg(args[1], &mode) < 0)) {
        return NULL;
    }
    MnObject *keep;
    const char *path = path_arg_of("mkdir", args[0], 0, &keep);
    if (path == NULL) {
        return NULL;
    }
    MnObject *res = mkdir(path, (mode_t)mode) == 0 ? mn_newref(mn_None)
                                                   : mn_posix_error(errno, args[0], NULL);
    mn_decref(keep);
    return res;
}

static MnObject *
posix_rename(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"src", "dst"};
    if (check_nargs("rename", nargs, 2, 2, names) < 0) {
        return NULL;
    }
    MnObject *k1 = NULL, *k2 = NULL, *res = NULL;
    const char *src = path_arg_of("rename", args[0], 0, &k1);
    const char *dst = src ? path_arg_of("rename", args[1], 0, &k2) : NULL;
    if (dst != NULL) {
        res = rename(src, dst) == 0 ? mn_newref(mn_None)
                                    : mn_posix_error(errno, args[0], args[1]);
    }
    mn_xdecref(k1);
    mn_xdecref(k2);
    return res;
}

static MnObject *
posix_listdir(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"path"};
    if (check_nargs("listdir", nargs, 0, 1, names) < 0) {
        return NULL;
    }
    MnObject *arg = nargs > 0 && args[0] != mn_None ? args[0] : NULL;
    MnObject *keep = NULL;
    const char *path = arg ? path_arg_of("listdir", arg, 1, &keep) : ".";
    if (path == NULL) {
        return NULL;
    }
    int as_bytes = keep != NULL && MN_BYTES_CHECK(keep);
    DIR *dir = opendir(path);
    if (dir == NULL) {
        MnObject *shown = arg ? arg : mn_str_from_cstr(".");
        mn_posix_error(errno, shown, NULL);
        if (arg == NULL) {
            mn_xdecref(shown);
        }
        mn_xdecref(keep);
        return NULL;
    }
    MnObject *list = mn_list_new(0);
    struct dirent *ent;
    while (list != NULL && (errno = 0, ent = readdir(dir)) != NULL) {
        const char *n = ent->d_name;
        if (strcmp(n, ".") == 0 || strcmp(n, "..") == 0) {
            continue;
        }
        intptr_t len = (intptr_t)strlen(n);
        MnObject *item = as_bytes ? mn_bytes_from(n, len) : decode_env(n, len);
        if (item == NULL || mn_list_append(list, item) < 0) {
            MN_CLEAR(list);
        }
        mn_xdecref(item);
    }
    if (list != NULL && errno != 0) {
        MN_CLEAR(list);
        mn_posix_error(errno, arg, NULL);
    }
    closedir(dir);
    mn_xdecref(keep);
    return list;
}

/* ==== stat and access ==== */

static MnObject *
time_float(const struct timespec *ts)
{
    return mn_float_from_double((double)ts->tv_sec + (double)ts->tv_nsec * 1e-9);
}

// The 13 items os.stat_result is built from: mode, ino, dev, nlink, uid, gid, size,
// integer atime, mtime, ctime, then the same three times as floats.
static MnObject *
stat_tuple(const struct stat *st)
{
    MnObject *items[13] = {
        mn_int_from_long((long)st->st_mode), mn_int_from_ull((unsigned long long)st->st_ino),
        mn_int_from_ll((long long)st->st_dev), mn_int_from_long((long)st->st_nlink),
        mn_int_from_long((long)st->st_uid), mn_int_from_long((long)st->st_gid),
        mn_int_from_ll((long long)st->st_size), mn_int_from_ll((long long)st->st_atim.tv_sec),
        mn_int_from_ll((long long)st->st_mtim.tv_sec),
        mn_int_from_ll((long long)st->st_ctim.tv_sec), time_float(&st->st_atim),
        time_float(&st->st_mtim), time_float(&st->st_ctim),
    };
    MnObject *res = NULL;
    int ok = 1;
    for (int i = 0; i < 13; i++) {
        ok = ok && items[i] != NULL;
    }
    if (ok) {
        res = mn_tuple_from_array(items, 13);
    }
    for (int i = 0; i < 13; i++) {
        mn_xdecref(items[i]);
    }
    return res;
}

static MnObject *
do_stat(const char *fname, MnObject *const *args, intptr_t nargs, int follow)
{
    static const char *const names[] = {"path"};
    if (check_nargs(fname, nargs, 1, 1, names) < 0) {
        return NULL;
    }
    struct stat st;
    int rc;
    MnObject *keep = NULL;
    if (MN_INT_CHECK(args[0])) {
        long fd;
        if (int_arg(args[0], &fd) < 0) {
            return NULL;
        }
        rc = fstat((int)fd, &st);
    } else {
        const char *path = path_arg_of(fname, args[0], follow, &keep);
        if (path == NULL) {
            return NULL;
        }
        rc = follow ? stat(path, &st) : lstat(path, &st);
    }
    MnObject *res = rc == 0 ? stat_tuple(&st)
                            : mn_posix_error(errno, keep ? args[0] : NULL, NULL);
    mn_xdecref(keep);
    return res;
}

static MnObject *
posix_stat(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    return do_stat("stat", args, nargs, 1);
}

static MnObject *
posix_lstat(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    return do_stat("lstat", args, nargs, 0);
}

static MnObject *
posix_access(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"path", "mode"};
    long mode;
    if (check_nargs("access", nargs, 2, 2, names) < 0 || int_arg(args[1], &mode) < 0) {
        return NULL;
    }
    MnObject *keep;
    const char *path = path_arg_of("access", args[0], 1, &keep);
    if (path == NULL) {
        return NULL;
    }
    int ok = access(path, (int)mode) == 0;
    mn_decref(keep);
    return mn_bool_from_long(ok);
}

/* ==== file descriptors ==== */

static MnObject *
posix_open(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"path", "flags", "mode"};
    long flags, mode = 0777;
    if (check_nargs("open", nargs, 2, 3, names) < 0 || int_arg(args[1], &flags) < 0 ||
        (nargs > 2 && int_arg(args[2], &mode) < 0)) {
        return NULL;
    }
    MnObject *keep;
    const char *path = path_arg_of("open", args[0], 0, &keep);
    if (path == NULL) {
        return NULL;
    }
    int fd = open(path, (int)flags | O_CLOEXEC, (mode_t)mode);
    MnObject *res = fd >= 0 ? mn_int_from_long(fd) : mn_posix_error(errno, args[0], NULL);
    mn_decref(keep);
    return res;
}

static MnObject *
posix_close(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"fd"};
    long fd;
    if (check_nargs("close", nargs, 1, 1, names) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    return close((int)fd) == 0 ? mn_newref(mn_None) : mn_posix_error(errno, NULL, NULL);
}

// os.dup(fd): a new descriptor for the same file, not inheritable (as CPython).
static MnObject *
posix_dup(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"fd"};
    long fd;
    if (check_nargs("dup", nargs, 1, 1, names) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    int res = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    return res >= 0 ? mn_int_from_long(res) : mn_posix_error(errno, NULL, NULL);
}

// os.dup2(fd, fd2, inheritable=True): makes fd2 a copy of fd. -> fd2.
static MnObject *
posix_dup2(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"fd", "fd2", "inheritable"};
    long fd, fd2;
    if (check_nargs("dup2", nargs, 2, 3, names) < 0 || int_arg(args[0], &fd) < 0 ||
        int_arg(args[1], &fd2) < 0) {
        return NULL;
    }
    int inheritable = 1;
    if (nargs > 2 && (inheritable = mn_object_is_true(args[2])) < 0) {
        return NULL;
    }
    int res = inheritable ? dup2((int)fd, (int)fd2) : dup3((int)fd, (int)fd2, O_CLOEXEC);
    return res >= 0 ? mn_int_from_long(res) : mn_posix_error(errno, NULL, NULL);
}

static MnObject *
posix_write(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"fd", "data"};
    long fd;
    if (check_nargs("write", nargs, 2, 2, names) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    if (!MN_BYTES_CHECK(args[1])) {
        return mn_err_format(mn_exc_TypeError, "a bytes-like object is required, not '%s'",
                             MN_TYPE(args[1])->tp_name);
    }
    ssize_t n = write((int)fd, MN_BYTES_DATA(args[1]), (size_t)MN_BYTES_LEN(args[1]));
    return n >= 0 ? mn_int_from_ssize(n) : mn_posix_error(errno, NULL, NULL);
}

static MnObject *
posix_read(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"fd", "length"};
    long fd, len;
    if (check_nargs("read", nargs, 2, 2, names) < 0 || int_arg(args[0], &fd) < 0 ||
        int_arg(args[1], &len) < 0) {
        return NULL;
    }
    if (len < 0) {
        return mn_err_format(mn_exc_ValueError, "negative length");
    }
    char *buf = mn_mem_alloc((size_t)len + 1);
    if (buf == NULL) {
        return mn_err_no_memory();
    }
    ssize_t n = read((int)fd, buf, (size_t)len);
    MnObject *res = n >= 0 ? mn_bytes_from(buf, n) : mn_posix_error(errno, NULL, NULL);
    mn_mem_free(buf);
    return res;
}

static MnObject *
posix_isatty(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"fd"};
    long fd;
    if (check_nargs("isatty", nargs, 1, 1, names) < 0 || int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    return mn_bool_from_long(isatty((int)fd));
}

static MnObject *
posix_urandom(MnObject *self, MnObject *const *args, intptr_t nargs)
{
    (void)self;
    static const char *const names[] = {"size"};
    long size;
    if (check_nargs("urandom", nargs, 1, 1, names) < 0 || int_arg(args[0], &size) < 0) {
        return NULL;
    }
    if (size < 0) {
        return mn_err_format(mn_exc_ValueError, "negative argument not allowed");
    }
    char *buf = mn_mem_alloc((size_t)size + 1);
    if (buf == NULL) {
        return mn_err_no_memory();
    }
    FILE *fp = fopen("/dev/urandom", "rb");
    size_t got = fp ? fread(buf, 1, (size_t)size, fp) : 0;
    int err = errno;
    if (fp != NULL) {
        fclose(fp);
    }
    MnObject *res = got == (size_t)size ? mn_bytes_from(buf, size)
                                        : mn_posix_error(err ? err : EIO, NULL, NULL);
    mn_mem_free(buf);
    return res;
}

static MnObject *
posix_fspath(MnObject *self, MnObject *path)
{
    (void)self;
    return mn_posix_fspath(path);
}

/* ==== the module ==== */

static const MnMethodDef posix_methods[] = {
    {"getpid", posix_getpid, MN_METH_NOARGS, "Return the current process id."},
    {"getppid", posix_getppid, MN_METH_NOARGS, "Return the parent's process id."},
    {"getuid", posix_getuid, MN_METH_NOARGS, "Return the current process's user id."},
    {"getgid", posix_getgid, MN_METH_NOARGS, "Return the current process's group id."},
    {"cpu_count", posix_cpu_count, MN_METH_NOARGS, "Return the number of CPUs."},
    {"_exit", posix_exit, MN_METH_FAST, "Exit to the system with specified status."},
    {"strerror", posix_strerror, MN_METH_FAST, "Translate an error code to a message."},
    {"umask", posix_umask, MN_METH_FAST, "Set the current umask; return the previous one."},
    {"putenv", posix_putenv, MN_METH_FAST, "Change or add an environment variable."},
    {"unsetenv", posix_unsetenv, MN_METH_FAST, "Delete an environment variable."},
    {"getcwd", posix_getcwd, MN_METH_NOARGS, "Return a str of the current directory."},
    {"getcwdb", posix_getcwdb, MN_METH_NOARGS, "Return bytes of the current directory."},
    {"chdir", posix_chdir, MN_METH_FAST, "Change the current working directory."},
    {"listdir", posix_listdir, MN_METH_FAST, "Return the names of the entries of path."},
    {"mkdir", posix_mkdir, MN_METH_FAST, "Create a directory."},
    {"rmdir", posix_rmdir, MN_METH_FAST, "Remove a directory."},
    {"remove", posix_remove, MN_METH_FAST, "Remove a file."},
    {"unlink", posix_unlink, MN_METH_FAST, "Remove a file."},
    {"rename", posix_rename, MN_METH_FAST, "Rename a file or directory."},
    {"stat", posix_stat, MN_METH_FAST, "Perform a stat system call on the given path."},
    {"lstat", posix_lstat, MN_METH_FAST, "Like stat, without following symbolic links."},
    {"access", posix_access, MN_METH_FAST, "Test the access rights of path."},
    {"open", posix_open, MN_METH_FAST, "Open a file for low level IO."},
    {"close", posix_close, MN_METH_FAST, "Close a file descriptor."},
    {"dup", posix_dup, MN_METH_FAST, "Return a duplicate of a file descriptor."},
    {"dup2", posix_dup2, MN_METH_FAST, "Duplicate file descriptor."},
    {"read", posix_read, MN_METH_FAST, "Read from a file descriptor."},
    {"write", posix_write, MN_METH_FAST, "Write bytes to a file descriptor."},
    {"isatty", posix_isatty, MN_METH_FAST, "Return True if fd is open on a terminal."},
    {"urandom", posix_urandom, MN_METH_FAST, "Return a bytes object of random bytes."},
    {"fspath", posix_fspath, MN_METH_O, "Return the file system path of path."},
    {NULL},
};

static int
posix_init(MnObject *m)
{
    static const struct { const char *name; long value; } consts[] = {
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        if (mn_module_add_int(m, consts[i].name, consts[i].value) < 0) {
            return -1;
        }
    }
    MnObject *env = make_environ();
    int rc = env != NULL && mn_module_add_object(m, "environ", env) == 0 &&
             mn_module_add_object(m, "error", (MnObject *)mn_exc_OSError) == 0 ? 0 : -1;
    mn_xdecref(env);
    return rc;
}

const MnModuleDef mn_module_posix = {
    .name = "posix",
    .methods = posix_methods,
    .init = posix_init,
    .doc = "This module provides access to operating system functionality that is\n"
           "standardized by the C Standard and the POSIX standard.",
};
