/*
 * tests/unit/util.c - fixture: mn_runtime_init before each test, mn_runtime_fini after,
 * failing the test if any object is still alive (debug builds count them).
 */
#include <criterion/criterion.h>
#include "util.h"
#include "runtime.h"

void
mn_test_setup(void)
{
    static char *argv[] = {"mnemo_unit", NULL};
    cr_assert_eq(mn_runtime_init(1, argv), 0, "runtime failed to start");
}

void
mn_test_teardown(void)
{
    intptr_t leaked = mn_runtime_fini();
    cr_expect_eq(leaked, 0, "%ld objects leaked", (long)leaked);
}
