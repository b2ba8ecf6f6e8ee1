/*
 * src/eval_impl.h - helpers shared by the dispatch loop (src/eval.c) and its out-of-line
 * instruction bodies (src/eval_helpers.c, src/eval_class.c).
 * See also: src/eval.c
 */
#ifndef MN_EVAL_IMPL_H
#define MN_EVAL_IMPL_H

#include "mnemo.h"
#include "eval.h"
#include "frame.h"
#include "code.h"
#include "func.h"
#include "cell.h"
#include "gen.h"
#include "method.h"
#include "traceback.h"
#include "import.h"

// Raises UnboundLocalError for local [index] of [f] (3.11 wording). -> nothing; error set.
void mn_eval_unbound_local(MnFrame *f, int index);
// Raises the error for an empty cell at localsplus [index]. -> nothing; error set.
void mn_eval_unbound_deref(MnFrame *f, int index);
// Raises NameError "name 'x' is not defined" with .name set. -> nothing; error set.
void mn_eval_name_error(MnObject *name);
// LOAD_NAME: locals, globals, builtins. -> new reference, or NULL (NameError).
MnObject *mn_eval_load_name(MnFrame *f, MnObject *name);
// STORE_NAME into the frame's locals mapping. Borrows [v]. -> 0, or -1.
int mn_eval_store_name(MnFrame *f, MnObject *name, MnObject *v);
// DELETE_NAME. -> 0, or -1 (NameError when missing).
int mn_eval_delete_name(MnFrame *f, MnObject *name);
// LOAD_GLOBAL slow path; fills the inline cache [ce]. -> new reference, or NULL (NameError).
MnObject *mn_eval_load_global(MnFrame *f, MnObject *name, MnCacheEntry *ce);
// MAKE_CELL: a cell at localsplus [index], initialised from its argument if it is one.
// -> 0, or -1.
int mn_eval_make_cell(MnFrame *f, int index);
// LOAD_CLASSDEREF: the class namespace first, then the cell. -> new reference, or NULL.
MnObject *mn_eval_load_classderef(MnFrame *f, int index);
// LOAD_ATTR slow path: remembers in [ce] types whose instances keep [name] only in their
// __dict__ (no class attribute). -> new reference, or NULL.
MnObject *mn_eval_load_attr(MnObject *owner, MnObject *name, MnCacheEntry *ce);
// LOAD_METHOD: *meth is an unbound function to call with [owner] prepended (-> 1) or the
// attribute itself (-> 0); new reference either way. -> -1 on error.
int mn_eval_load_method(MnObject *owner, MnObject *name, MnObject **meth);
// owner.name = v with a fast path for plain instance dicts. -> 0, or -1.
int mn_eval_store_attr(MnObject *owner, MnObject *name, MnObject *v);
// BINARY_OP + - * / on an exact float and an exact float or compact int.
// -> new float, or NULL (not handled here; no error set).
MnObject *mn_eval_float_binop(MnObject *l, MnObject *r, int op);
// BINARY_OP on two compact ints. -> new int, or NULL (not handled here; maybe an error).
MnObject *mn_eval_int_binop(MnObject *l, MnObject *r, int op);
// COMPARE_OP on two compact ints. -> new bool (never fails).
MnObject *mn_eval_int_compare(MnObject *l, MnObject *r, int op);
// BINARY_SUBSCR with list/tuple fast paths. -> new reference, or NULL.
MnObject *mn_eval_subscr(MnObject *container, MnObject *key);
// BUILD_SET / BUILD_MAP / BUILD_CONST_KEY_MAP / BUILD_STRING from stack items (borrowed).
// -> new object, or NULL.
MnObject *mn_eval_build_set(MnObject **items, int n);
MnObject *mn_eval_build_map(MnObject **items, int n);
MnObject *mn_eval_build_const_key_map(MnObject *keys, MnObject **values, int n);
MnObject *mn_eval_build_string(MnObject **items, int n);
// LIST_EXTEND / SET_UPDATE / DICT_UPDATE with CPython's messages. -> 0, or -1.
int mn_eval_list_extend(MnObject *list, MnObject *iterable);
int mn_eval_set_update(MnObject *set, MnObject *iterable);
int mn_eval_dict_update(MnObject *dict, MnObject *update);
// DICT_MERGE for f(**m): duplicate keys are errors naming [func]. -> 0, or -1.
int mn_eval_dict_merge(MnObject *dict, MnObject *update, MnObject *func);
// UNPACK_SEQUENCE ([after] < 0) / UNPACK_EX: writes new references below [top], the first
// item at top[-1]. -> 0, or -1.
int mn_eval_unpack(MnObject *seq, int before, int after, MnObject **top);
// CALL_FUNCTION_EX: func(*args, **kwargs) ([kwargs] may be NULL). -> new reference, or NULL.
MnObject *mn_eval_call_ex(MnObject *func, MnObject *args, MnObject *kwargs);
// RAISE_VARARGS; steals [exc] and [cause] (either may be NULL).
// -> 1 for a bare re-raise (no new traceback entry), 0 otherwise; an exception is set.
int mn_eval_do_raise(MnObject *exc, MnObject *cause);
// CHECK_EXC_MATCH: -> 1 matches, 0 not, -1 (TypeError for non-exception classes).
int mn_eval_check_exc_match(MnObject *exc, MnObject *type);
// BEFORE_WITH: looks up __enter__ and __exit__; *exit gets the bound __exit__ (new).
// -> new reference to the bound __enter__ (the caller drops the manager, then calls it, as
// CPython does), or NULL.
MnObject *mn_eval_before_with(MnObject *mgr, MnObject **exit);
// WITH_EXCEPT_START: exit(type(val), val, tb). -> new reference, or NULL.
MnObject *mn_eval_with_except(MnObject *exit, MnObject *val);
// SEND: -> 1 yielded (*res new), 0 returned (*res new), -1 error.
int mn_eval_send(MnObject *recv, MnObject *v, MnObject **res);
// IMPORT_FROM with CPython's ImportError text. -> new reference, or NULL.
MnObject *mn_eval_import_from(MnObject *module, MnObject *name);
// SETUP_ANNOTATIONS: ensures __annotations__ in the frame's locals. -> 0, or -1.
int mn_eval_setup_annotations(MnFrame *f);
// FORMAT_VALUE: conversion [conv] (MN_FVC_*) then format with [spec] (may be NULL).
// -> new str, or NULL.
MnObject *mn_eval_format_value(MnObject *v, int conv, MnObject *spec);
// PRINT_EXPR: sys.displayhook(v), or print repr and set builtins._. -> 0, or -1.
int mn_eval_print_expr(MnObject *v);
// "module.qualname()" as CPython names a callable in call errors. -> new str, or NULL.
MnObject *mn_eval_func_description(MnObject *func);

#endif
