/*
 * runtime/intern.c - interned strings. The table is a dict (mn_rt.interned) mapping each
 * interned str to itself. As in CPython 3.11, interned strings are mortal: the table's two
 * references (key and value) are not counted in ob_refcnt, so sys.getrefcount agrees with
 * CPython, and a dying interned string removes itself from the table (str_dealloc calls
 * mn_str_intern_forget). At shutdown the references are given back before the table goes.
 * One quirk is kept on purpose: CPython 3.11 interns the one-letter names of its deep-frozen
 * startup modules as objects of their own, so the interned 'x' (a constant, a name) is not the
 * cached chr(120); the letters below are the ones it does that for.
 * See also: runtime/str.c, lib/mod_sys.c (sys.intern)
 */
#include <string.h>
#include "mnemo.h"
#include "str_impl.h"

static const char frozen_letters[] = "abcdefhijklmnopqrstvwxyBCLST_";

// For a cached one-letter str in frozen_letters not interned yet, a separate copy to intern
// instead (steals [s]). -> the str to intern.
static MnObject *
frozen_letter_copy(MnObject *s)
{
    if (MN_STR_LEN(s) != 1 || !MN_STR_IS_ASCII(s)) {
        return s;
    }
    char ch = (char)MN_STR_READ(s, 0);
    if (ch == '\0' || strchr(frozen_letters, ch) == NULL
        || mn_dict_get_item_borrow(mn_rt.interned, s) != NULL) {
        return s;
    }
    MnObject *c = mn_str_new(1, (uint32_t)(unsigned char)ch);
    if (c == NULL) {
        mn_err_clear();
        return s;
    }
    ((char *)MN_STR_DATA(c))[0] = ch;
    mn_decref(s);
    return c;
}

void mn_str_intern_fini(void);
void mn_str_intern_forget(MnObject *s);

void
mn_str_intern_inplace(MnObject **p)
{
    MnObject *s = *p;
    if (s == NULL || !MN_STR_CHECK_EXACT(s) || mn_rt.interned == NULL) {
        return;
    }
    if (((MnStr *)s)->state.interned != MN_NOT_INTERNED) {
        return;
    }
    *p = s = frozen_letter_copy(s);
    MnObject *t = mn_dict_setdefault(mn_rt.interned, s, s);     // borrowed
    if (t == NULL) {
        mn_err_clear();
        return;
    }
    if (t != s) {
        mn_incref(t);
        *p = t;
        mn_decref(s);
        return;
    }
    // the table's two references are not counted: interned strings stay mortal
    s->ob_refcnt -= 2;
    MN_REF_DEC();
    MN_REF_DEC();
    ((MnStr *)s)->state.interned = MN_INTERNED;
}

MnObject *
mn_str_intern_cstr(const char *s)
{
    MnObject *str = mn_str_from_cstr(s);
    if (str == NULL) {
        return NULL;
    }
    mn_str_intern_inplace(&str);
    return str;
}

intptr_t
mn_str_interned_count(void)
{
    return mn_rt.interned == NULL ? 0 : MN_DICT_LEN(mn_rt.interned);
}

// Called from str_dealloc for an interned string whose count reached zero.
void
mn_str_intern_forget(MnObject *s)
{
    ((MnStr *)s)->state.interned = MN_NOT_INTERNED;
    if (mn_rt.interned == NULL) {
        return;
    }
    // revive the string for the two references the table is about to drop, plus one
    s->ob_refcnt = 3;
    MN_REF_INC();
    MN_REF_INC();
    MN_REF_INC();
    MnObject *saved = mn_err_fetch();
    if (mn_dict_del_item(mn_rt.interned, s) < 0) {
        mn_err_clear();
        s->ob_refcnt = 1;       // not found: nothing dropped
        MN_REF_DEC();
        MN_REF_DEC();
    }
    mn_err_restore(saved);
    s->ob_refcnt = 0;
    MN_REF_DEC();
}

void
mn_str_intern_fini(void)
{
    MnObject *table = mn_rt.interned;
    if (table == NULL) {
        return;
    }
    intptr_t pos = 0;
    MnObject *key;
    while (mn_dict_next(table, &pos, &key, NULL)) {
        if (((MnStr *)key)->state.interned != MN_NOT_INTERNED) {
            ((MnStr *)key)->state.interned = MN_NOT_INTERNED;
            key->ob_refcnt += 2;
            MN_REF_INC();
            MN_REF_INC();
        }
    }
    mn_rt.interned = NULL;
    mn_decref(table);
}
