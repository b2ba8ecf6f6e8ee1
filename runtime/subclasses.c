/*
 * runtime/subclasses.c - the subclass tables of the built-in types as CPython 3.11.7 has them.
 * Each class is entered in its bases' subclass tables (a dict: the class's address as an int
 * -> a weak reference). When a program starts, CPython's start-up and the modules python3 here
 * preloads have made 271 subclasses of object, 30 of Exception, 24 of tuple..., so its tables
 * are larger and fuller than mnemo's, and a table grows (a block tracemalloc charges to a
 * class statement) at other moments. mnemo fills each table with stand-in entries up to
 * CPython's count, in a table of CPython's size with its deleted slots.
 *
 * A stand-in's key is an odd int (a class's address is even) and its value is the key itself;
 * whoever walks a table skips them (mn_type_subclass_of_key). The figures were read from
 * python3's tables through /proc/self/mem: live entries, log2 of the table size, entries used
 * including deleted ones.
 * See also: runtime/type.c (the tables), runtime/freelists.c (the same idea for free lists)
 */
#include <string.h>

#include "mnemo.h"
#include "subclasses.h"
#include "runtime.h"
#include "tracemalloc.h"

typedef struct Table {
    const char *name;           // the built-in's name in builtins
    int used, log2, entries;    // CPython's table when the main program begins
    int tracemalloc_adds;       // subclasses `import tracemalloc` makes there in CPython
} Table;

static const Table tables[MN_SUBCLASS_TABLES] = {
    {"object", 271, 9, 277, 16},    {"type", 6, 4, 6, 0},           {"int", 4, 3, 4, 0},
    {"str", 1, 3, 1, 0},            {"list", 1, 3, 1, 0},           {"tuple", 24, 6, 24, 1},
    {"dict", 5, 4, 5, 0},           {"property", 1, 3, 1, 0},       {"staticmethod", 1, 3, 1, 0},
    {"classmethod", 1, 3, 1, 0},    {"BaseException", 5, 3, 5, 0},  {"Exception", 30, 6, 30, 5},
    {"ArithmeticError", 3, 3, 3, 0}, {"BaseExceptionGroup", 1, 3, 1, 0},
    {"ConnectionError", 4, 3, 4, 0}, {"OSError", 17, 5, 17, 0},     {"ImportError", 2, 3, 2, 0},
    {"IndentationError", 1, 3, 1, 0}, {"LookupError", 3, 3, 3, 0},  {"NameError", 1, 3, 1, 0},
    {"RuntimeError", 4, 3, 4, 0},   {"SyntaxError", 1, 3, 1, 0},    {"SystemError", 1, 3, 1, 0},
    {"UnicodeError", 3, 3, 3, 0},   {"ValueError", 5, 3, 5, 0},     {"Warning", 11, 5, 11, 0},
};

// The next stand-in key: odd, and past the small ints.
static intptr_t next_key = 1001;

// The built-in type of table [i], or NULL when mnemo has no such type.
static MnType *
table_type(int i)
{
    MnObject *t = mn_dict_get_cstr_borrow(MN_MODULE_DICT(mn_rt.builtins_module), tables[i].name);
    return t != NULL && MN_TYPE_CHECK(t) ? (MnType *)t : NULL;
}

// The shape of [t]'s table now.
static MnSubclassTable
read_shape(MnType *t)
{
    MnSubclassTable shape = {0, 0, 0};
    if (t->tp_subclasses != NULL) {
        shape.live = MN_DICT_LEN(t->tp_subclasses);
        mn_dict_table_shape(t->tp_subclasses, &shape.entries, &shape.log2);
    }
    return shape;
}

// Adds one stand-in to [table]; with [deleted], takes it out again (a deleted slot).
static int
add_stand_in(MnObject *table, int deleted)
{
    MnObject *key = mn_int_from_ssize(next_key);
    if (key == NULL) {
        return -1;
    }
    next_key += 2;
    int rc = mn_dict_set_item(table, key, key);
    if (rc == 0 && deleted) {
        rc = mn_dict_del_item(table, key);
    }
    mn_decref(key);
    return rc;
}

// Gives [t] a new table of [want]'s size holding [t]'s classes, stand-ins up to [want]'s
// live count and deleted slots up to its used entries (more when [t] has more classes).
static int
rebuild(MnType *t, MnSubclassTable want)
{
    int log2 = want.log2 > 3 ? want.log2 : 3;
    MnObject *table = mn_dict_new_presized(((intptr_t)1 << log2) / 2);    // 2**log2 slots
    if (table == NULL) {
        return -1;
    }
    intptr_t pos = 0, live = 0;
    MnObject *key, *value;
    while (t->tp_subclasses != NULL && mn_dict_next(t->tp_subclasses, &pos, &key, &value)) {
        if (mn_type_subclass_of_key(key) != NULL) {
            if (mn_dict_set_item(table, key, value) < 0) {
                goto fail;
            }
            live++;
        }
    }
    intptr_t deleted = want.entries - want.live;
    for (; live < want.live; live++) {
        if (add_stand_in(table, 0) < 0) {
            goto fail;
        }
    }
    for (; deleted > 0; deleted--) {
        if (add_stand_in(table, 1) < 0) {
            goto fail;
        }
    }
    MN_SETREF(t->tp_subclasses, table);
    return 0;
fail:
    mn_decref(table);
    return -1;
}

// Rebuilds [t]'s table unless it has [want]'s shape already. Runs with tracing paused.
static int
reshape(MnType *t, MnSubclassTable want)
{
    MnSubclassTable now = read_shape(t);
    if (now.live == want.live && now.entries == want.entries && now.log2 == want.log2) {
        return 0;
    }
    int tracing = mn_tracemalloc_pause();
    int rc = rebuild(t, want);
    mn_tracemalloc_resume(tracing);
    return rc;
}

int
mn_subclasses_at_main(void)
{
    for (int i = 0; i < MN_SUBCLASS_TABLES; i++) {
        MnType *t = table_type(i);
        MnSubclassTable want = {tables[i].used, tables[i].entries, tables[i].log2};
        if (t != NULL && reshape(t, want) < 0) {
            return -1;
        }
    }
    return 0;
}

void
mn_subclasses_read(MnSubclassCounts *counts)
{
    for (int i = 0; i < MN_SUBCLASS_TABLES; i++) {
        MnType *t = table_type(i);
        MnSubclassTable none = {0, 0, 0};
        counts->table[i] = t != NULL ? read_shape(t) : none;
    }
}

int
mn_subclasses_after_import(const char *name, int preloaded, const MnSubclassCounts *before)
{
    int tracemalloc = strcmp(name, "tracemalloc") == 0;
    if (!preloaded && !tracemalloc) {
        return 0;
    }
    for (int i = 0; i < MN_SUBCLASS_TABLES; i++) {
        MnType *t = table_type(i);
        MnSubclassTable want = before->table[i];
        if (t == NULL) {
            continue;
        }
        if (tracemalloc) {
            // CPython's import enters its classes in the table it has (none outgrows it).
            want.live += tables[i].tracemalloc_adds;
            want.entries += tables[i].tracemalloc_adds;
        }
        if (reshape(t, want) < 0) {
            return -1;
        }
    }
    return 0;
}
