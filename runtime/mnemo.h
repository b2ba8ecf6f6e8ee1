/*
 * runtime/mnemo.h - one include for code that uses the whole runtime (the VM, modules, tests).
 */
#ifndef MN_MNEMO_H
#define MN_MNEMO_H

#include "object.h"
#include "refcount.h"
#include "alloc.h"
#include "gc.h"
#include "runtime.h"
#include "err.h"
#include "exc.h"
#include "none.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "hash.h"
#include "range.h"
#include "type.h"
#include "descr.h"
#include "module.h"

#endif
