/*
 * runtime/none.h - the singletons None, NotImplemented and Ellipsis.
 * See also: runtime/none.c
 */
#ifndef MN_NONE_H
#define MN_NONE_H

#include "object.h"

extern MnType mn_none_type, mn_notimplemented_type, mn_ellipsis_type;
extern MnObject mn_none_struct, mn_notimplemented_struct, mn_ellipsis_struct;
#define mn_None (&mn_none_struct)
#define mn_NotImplemented (&mn_notimplemented_struct)
#define mn_Ellipsis (&mn_ellipsis_struct)

#endif
