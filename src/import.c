/*
 * src/import.c - the import system. A module is looked up in sys.modules, then among the
 * builtin C modules, then among the Python modules embedded from lib/NAME.py, then as NAME.py or
 * NAME/__init__.py in each folder of sys.path (or of the parent package's __path__). A
 * module is entered in sys.modules before its code runs, so circular imports see it.
 * See also: src/import.h, lib/modules.c, src/pythonrun.c
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "mnemo.h"
#include "eval.h"
#include "freelists.h"
#include "import.h"
#include "modules.h"
#include "pythonrun.h"
#include "tracemalloc.h"

static const MnEmbeddedModule *
find_embedded(const char *name)
{
    for (const MnEmbeddedModule *m = mn_embedded_modules; m->name != NULL; m++) {
        if (strcmp(m->name, name) == 0) {
            return m;
        }
    }
    return NULL;
}

int
mn_import_is_builtin(const char *name)
{
    return mn_modules_find(name) != NULL || find_embedded(name) != NULL;
}

static int
is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static MnObject *
not_found(const char *fullname)
{
    MnObject *msg = mn_str_from_format("No module named '%s'", fullname);
    MnObject *name = mn_str_from_utf8(fullname, -1);
    if (msg != NULL && name != NULL) {
        MnObject *exc = mn_exc_new(mn_exc_ModuleNotFoundError, &msg, 1);
        if (exc != NULL) {
            MN_SETREF(((MnImportError *)exc)->name, mn_newref(name));
            mn_err_restore(exc);
        }
    }
    mn_xdecref(msg);
    mn_xdecref(name);
    return NULL;
}

// Runs [len] bytes of [src] as module [fullname] (entered in sys.modules first).
// -> new reference to the module (as sys.modules holds it afterwards), or NULL.
static MnObject *
exec_source_module(const char *fullname, const char *src, size_t len, const char *filename,
                   const char *package_dir)
{
    MnObject *m = mn_module_new(fullname);
    if (m == NULL) {
        return NULL;
    }
    MnObject *d = MN_MODULE_DICT(m);
    MnObject *fname = mn_str_from_utf8(filename, -1);
    if (fname == NULL || mn_dict_set_item_cstr(d, "__builtins__", mn_rt.builtins_module) < 0) {
        goto fail;
    }
    if (filename[0] != '<' && mn_dict_set_item_cstr(d, "__file__", fname) < 0) {
        goto fail;
    }
    const char *dot = strrchr(fullname, '.');
    MnObject *pkg = package_dir != NULL ? mn_str_from_utf8(fullname, -1)
                    : dot != NULL ? mn_str_from_utf8(fullname, dot - fullname)
                                  : mn_str_from_cstr("");
    if (pkg == NULL || mn_dict_set_item_cstr(d, "__package__", pkg) < 0) {
        mn_xdecref(pkg);
        goto fail;
    }
    mn_decref(pkg);
    if (package_dir != NULL) {
        MnObject *dir = mn_str_from_utf8(package_dir, -1);
        MnObject *path = dir ? mn_list_from_array(&dir, 1) : NULL;
        mn_xdecref(dir);
        if (path == NULL || mn_dict_set_item_cstr(d, "__path__", path) < 0) {
            mn_xdecref(path);
            goto fail;
        }
        mn_decref(path);
    }
    if (mn_dict_set_item_cstr(mn_rt.modules, fullname, m) < 0) {
        goto fail;
    }
    mn_tracemalloc_import_phase(MN_IMPORT_COMPILE);
    MnObject *code = filename[0] != '<' ? mn_compile_file_source(src, len, fname)
                                        : mn_compile_source(src, len, fname, 0);
    mn_tracemalloc_import_phase(MN_IMPORT_EXEC);
    MnObject *res = code ? mn_eval_code(code, d, d) : NULL;
    if (res != NULL && mn_freelists_after_module_code(code) < 0) {
        MN_CLEAR(res);
    }
    mn_xdecref(code);
    if (res == NULL) {
        MnObject *exc = mn_err_fetch();
        if (mn_dict_del_item_cstr(mn_rt.modules, fullname) < 0) {
            mn_err_clear();
        }
        mn_err_restore(exc);
        goto fail;
    }
    mn_decref(res);
    mn_decref(fname);
    mn_decref(m);
    MnObject *final = mn_dict_get_cstr_borrow(mn_rt.modules, fullname);
    if (final == NULL) {
        return mn_err_format(mn_exc_ImportError, "Loaded module %s not found in sys.modules",
                             fullname);
    }
    return mn_newref(final);
fail:
    mn_xdecref(fname);
    mn_decref(m);
    return NULL;
}

static MnObject *
exec_file_module(const char *fullname, const char *path, const char *package_dir)
{
    size_t len;
    char *src = mn_read_file(path, &len);
    if (src == NULL) {
        return mn_err_format(mn_exc_ImportError, "cannot read %s", path);
    }
    MnObject *m = mn_check_source_file_encoding(src, len, path) < 0
                  ? NULL : exec_source_module(fullname, src, len, path, package_dir);
    mn_mem_free(src);
    return m;
}

// Looks for [last] in the folders of [dirs] (a list of str). -> 1 found (module in *out,
// new reference), 0 not found, -1 error.
static int
find_in_dirs(const char *fullname, const char *last, MnObject *dirs, MnObject **out)
{
    char path[4200], pkgdir[4096];
    for (intptr_t i = 0; i < MN_LIST_LEN(dirs); i++) {
        MnObject *dir = MN_LIST_GET(dirs, i);
        if (!MN_STR_CHECK(dir)) {
            continue;
        }
        const char *d = mn_str_as_utf8(dir, NULL);
        if (d == NULL) {
            return -1;
        }
        const char *sep = d[0] == '\0' ? "" : "/";
        snprintf(pkgdir, sizeof pkgdir, "%s%s%s", d, sep, last);
        snprintf(path, sizeof path, "%s/__init__.py", pkgdir);
        if (is_file(path)) {
            *out = exec_file_module(fullname, path, pkgdir);
            return *out ? 1 : -1;
        }
        snprintf(path, sizeof path, "%s%s%s.py", d, sep, last);
        if (is_file(path)) {
            *out = exec_file_module(fullname, path, NULL);
            return *out ? 1 : -1;
        }
    }
    return 0;
}

// Imports one module [fullname] whose parent (if any) is already imported as [parent].
// [levels] and [fromlist] say how CPython would have reached it (mn_tracemalloc_enter_import).
// -> new reference, or NULL.
static MnObject *import_one_load(const char *fullname, MnObject *parent);

static MnObject *
import_one(const char *fullname, MnObject *parent, int levels, int fromlist)
{
    MnObject *m = mn_dict_get_cstr_borrow(mn_rt.modules, fullname);
    if (m != NULL) {
        return mn_newref(m);
    }
    MnFreeLists saved;
    int preloaded = mn_freelists_before_import(fullname, &saved);
    mn_tracemalloc_enter_import(levels, fromlist);
    m = import_one_load(fullname, parent);
    mn_tracemalloc_exit_import();
    if (mn_freelists_after_import(fullname, &saved, preloaded, m != NULL) < 0) {
        MN_CLEAR(m);
    }
    return m;
}

// Finds and loads [fullname] (not yet in sys.modules). -> new reference, or NULL.
static MnObject *
import_one_load(const char *fullname, MnObject *parent)
{
    MnObject *m;
    const char *dot = strrchr(fullname, '.');
    const char *last = dot ? dot + 1 : fullname;
    MnObject *dirs;
    if (parent == NULL) {
        const MnModuleDef *def = mn_modules_find(fullname);
        if (def != NULL) {
            m = mn_module_from_def(def);
            if (m == NULL || mn_dict_set_item_cstr(mn_rt.modules, fullname, m) < 0) {
                mn_xdecref(m);
                return NULL;
            }
            return m;
        }
        const MnEmbeddedModule *emb = find_embedded(fullname);
        if (emb != NULL) {
            char filename[1100];
            snprintf(filename, sizeof filename, "<frozen %s>", fullname);
            return exec_source_module(fullname, emb->source, emb->size, filename, NULL);
        }
        dirs = mn_newref(mn_rt.path);
    } else {
        dirs = mn_dict_get_cstr_borrow(MN_MODULE_DICT(parent), "__path__");
        if (dirs == NULL || !MN_LIST_CHECK(dirs)) {
            MnObject *pname = ((MnModule *)parent)->md_name;
            mn_err_format(mn_exc_ModuleNotFoundError, "No module named '%s'; %R is not a package",
                          fullname, pname);
            return NULL;
        }
        mn_incref(dirs);
    }
    int found = find_in_dirs(fullname, last, dirs, &m);
    mn_decref(dirs);
    if (found < 0) {
        return NULL;
    }
    if (found == 0) {
        return not_found(fullname);
    }
    if (parent != NULL && mn_object_setattr_str(parent, last, m) < 0) {
        mn_decref(m);
        return NULL;
    }
    return m;
}

// Imports every prefix of the dotted [fullname]; [fromlist] is true for a submodule named by
// `from package import name`. -> new reference to the last module, with *top (new
// reference) the first; or NULL.
static MnObject *
import_dotted(const char *fullname, MnObject **top, int fromlist)
{
    int levels = 0;
    for (const char *c = fullname; *c; c++) {
        levels += *c == '.';
    }
    char buf[1024];
    size_t n = strlen(fullname);
    if (n >= sizeof buf) {
        return mn_err_format(mn_exc_ImportError, "module name too long");
    }
    MnObject *parent = NULL;
    *top = NULL;
    for (size_t i = 0; i <= n; i++) {
        if (fullname[i] != '.' && fullname[i] != '\0') {
            continue;
        }
        memcpy(buf, fullname, i);
        buf[i] = '\0';
        MnObject *m = import_one(buf, parent, levels--, fromlist);
        if (m == NULL) {
            mn_xdecref(parent);
            MN_CLEAR(*top);
            return NULL;
        }
        if (*top == NULL) {
            *top = mn_newref(m);
        }
        mn_xdecref(parent);
        parent = m;
    }
    return parent;
}

MnObject *
mn_import_module(const char *name)
{
    MnObject *top;
    MnObject *m = import_dotted(name, &top, 0);
    mn_xdecref(top);
    return m;
}

// The absolute name for a relative import of [name] at [level] from [globals].
// -> new str, or NULL.
static MnObject *
resolve_relative(MnObject *name, MnObject *globals, int level)
{
    MnObject *pkg = globals ? mn_dict_get_cstr_borrow(globals, "__package__") : NULL;
    MnObject *base;
    if (pkg != NULL && MN_STR_CHECK(pkg) && MN_STR_LEN(pkg) > 0) {
        base = mn_newref(pkg);
    } else {
        MnObject *modname = globals ? mn_dict_get_cstr_borrow(globals, "__name__") : NULL;
        if (modname == NULL || !MN_STR_CHECK(modname) ||
            (pkg != NULL && MN_STR_CHECK(pkg) && MN_STR_LEN(pkg) == 0)) {
            return mn_err_format(mn_exc_ImportError,
                                 "attempted relative import with no known parent package");
        }
        if (mn_dict_get_cstr_borrow(globals, "__path__") != NULL) {
            base = mn_newref(modname);
        } else {
            intptr_t i = MN_STR_LEN(modname) - 1;
            while (i >= 0 && MN_STR_READ(modname, i) != '.') {
                i--;
            }
            if (i < 0) {
                return mn_err_format(mn_exc_ImportError,
                                     "attempted relative import with no known parent package");
            }
            base = mn_str_substring(modname, 0, i);
            if (base == NULL) {
                return NULL;
            }
        }
    }
    for (int l = 1; l < level; l++) {
        intptr_t i = MN_STR_LEN(base) - 1;
        while (i >= 0 && MN_STR_READ(base, i) != '.') {
            i--;
        }
        if (i < 0) {
            mn_decref(base);
            return mn_err_format(mn_exc_ImportError,
                                 "attempted relative import beyond top-level package");
        }
        MN_SETREF(base, mn_str_substring(base, 0, i));
        if (base == NULL) {
            return NULL;
        }
    }
    if (MN_STR_LEN(name) == 0) {
        return base;
    }
    MnObject *res = mn_str_from_format("%U.%U", base, name);
    mn_decref(base);
    return res;
}

// For `from package import x` where x is a submodule not yet imported.
static int
import_fromlist(MnObject *m, MnObject *fromlist)
{
    if (mn_dict_get_cstr_borrow(MN_MODULE_DICT(m), "__path__") == NULL) {
        return 0;
    }
    MnObject *mname = ((MnModule *)m)->md_name;
    intptr_t n = MN_TUPLE_CHECK(fromlist) ? MN_TUPLE_LEN(fromlist) : 0;
    for (intptr_t i = 0; i < n; i++) {
        MnObject *item = MN_TUPLE_GET(fromlist, i);
        if (!MN_STR_CHECK(item) || mn_str_eq_cstr(item, "*") ||
            mn_dict_get_str_borrow(MN_MODULE_DICT(m), item) != NULL) {
            continue;
        }
        MnObject *full = mn_str_from_format("%U.%U", mname, item);
        const char *u = full ? mn_str_as_utf8(full, NULL) : NULL;
        MnObject *top = NULL;
        MnObject *sub = u ? import_dotted(u, &top, 1) : NULL;
        mn_xdecref(top);
        mn_xdecref(full);
        if (sub == NULL) {
            if (!mn_err_matches((MnObject *)mn_exc_ModuleNotFoundError)) {
                return -1;
            }
            mn_err_clear();
        }
        mn_xdecref(sub);
    }
    return 0;
}

MnObject *
mn_import_module_level(MnObject *name, MnObject *globals, MnObject *fromlist, int level)
{
    if (!MN_STR_CHECK(name)) {
        return mn_err_format(mn_exc_TypeError, "module name must be str, not %s",
                             MN_TYPE(name)->tp_name);
    }
    if (level == 0 && MN_STR_LEN(name) == 0) {
        return mn_err_format(mn_exc_ValueError, "Empty module name");
    }
    MnObject *abs = level > 0 ? resolve_relative(name, globals, level) : mn_newref(name);
    if (abs == NULL) {
        return NULL;
    }
    const char *u = mn_str_as_utf8(abs, NULL);
    MnObject *top = NULL;
    MnObject *m = u ? import_dotted(u, &top, 0) : NULL;
    mn_decref(abs);
    if (m == NULL) {
        return NULL;
    }
    int empty = fromlist == NULL || fromlist == mn_None ||
                (MN_TUPLE_CHECK(fromlist) && MN_TUPLE_LEN(fromlist) == 0);
    if (empty) {
        mn_decref(m);
        return top;
    }
    mn_decref(top);
    if (MN_MODULE_CHECK(m) && import_fromlist(m, fromlist) < 0) {
        mn_decref(m);
        return NULL;
    }
    return m;
}
