/*
 * tests/unit/util.h - the fixture every Criterion suite uses: a fresh runtime per test, and a
 * check that nothing leaked (in MN_DEBUG builds) when it is torn down.
 * Usage: TestSuite(list, .init = mn_test_setup, .fini = mn_test_teardown);
 */
#ifndef MN_TEST_UTIL_H
#define MN_TEST_UTIL_H

void mn_test_setup(void);
void mn_test_teardown(void);

#endif
