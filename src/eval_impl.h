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

void mn_eval_unbound_local(MnFrame *f, int index);
void mn_eval_unbound_deref(MnFrame *f, int index);
void mn_eval_name_error(MnObject *name);
MnObject *mn_eval_load_name(MnFrame *f, MnObject *name);
int mn_eval_store_name(MnFrame *f, MnObject *name, MnObject *v);
int mn_eval_delete_name(MnFrame *f, MnObject *name);
MnObject *mn_eval_load_global(MnFrame *f, MnObject *name, MnCacheEntry *ce);
int mn_eval_make_cell(MnFrame *f, int index);
MnObject *mn_eval_load_classderef(MnFrame *f, int index);
int mn_eval_load_method(MnObject *owner, MnObject *name, MnObject **meth);
MnObject *mn_eval_int_binop(MnObject *l, MnObject *r, int op);
MnObject *mn_eval_int_compare(MnObject *l, MnObject *r, int op);
MnObject *mn_eval_subscr(MnObject *container, MnObject *key);
MnObject *mn_eval_build_set(MnObject **items, int n);
MnObject *mn_eval_build_map(MnObject **items, int n);
MnObject *mn_eval_build_const_key_map(MnObject *keys, MnObject **values, int n);
MnObject *mn_eval_build_string(MnObject **items, int n);
int mn_eval_list_extend(MnObject *list, MnObject *iterable);
int mn_eval_set_update(MnObject *set, MnObject *iterable);
int mn_eval_dict_update(MnObject *dict, MnObject *update);
int mn_eval_dict_merge(MnObject *dict, MnObject *update, MnObject *func);
int mn_eval_unpack(MnObject *seq, int before, int after, MnObject **top);
MnObject *mn_eval_call_ex(MnObject *func, MnObject *args, MnObject *kwargs);
int mn_eval_do_raise(MnObject *exc, MnObject *cause);
int mn_eval_check_exc_match(MnObject *exc, MnObject *type);
MnObject *mn_eval_before_with(MnObject *mgr, MnObject **exit);
MnObject *mn_eval_with_except(MnObject *exit, MnObject *val);
int mn_eval_send(MnObject *recv, MnObject *v, MnObject **res);
MnObject *mn_eval_import_from(MnObject *module, MnObject *name);
int mn_eval_setup_annotations(MnFrame *f);
MnObject *mn_eval_format_value(MnObject *v, int conv, MnObject *spec);
int mn_eval_print_expr(MnObject *v);
MnObject *mn_eval_func_description(MnObject *func);

#endif
