/*
 * tests/unit/test_alloc.c - runtime/alloc.c: the allocation choke point and its small-object
 * allocator (size classes, pool states, arena release, address reuse, large requests,
 * realloc across classes, the malloc switch, the block count).
 */
#include <stdint.h>
#include <string.h>
#include <criterion/criterion.h>
#include "mnemo.h"
#include "util.h"

#define POOL_MASK ((uintptr_t)16384 - 1)
#define PER_POOL_512 31             // (16384 - 48) / 512 blocks of the largest class
#define PER_ARENA_512 (64 * PER_POOL_512)

TestSuite(alloc, .init = mn_test_setup, .fini = mn_test_teardown);

Test(alloc, object_alloc_sets_header_and_zeroes)
{
    MnObject *o = mn_object_alloc(&mn_list_type, 0);
    cr_assert_not_null(o);
    cr_assert_eq(o->ob_refcnt, 1);
    cr_assert_eq(o->ob_type, &mn_list_type);
    cr_assert_eq(((MnList *)o)->ob_item, NULL);
    cr_assert_eq(MN_SIZE(o), 0);
    mn_decref(o);
}

Test(alloc, gc_types_get_a_header_in_front)
{
    MnObject *l = mn_list_new(0);
    cr_assert_not_null(l);
    MnGCHead *g = MN_AS_GC(l);
    cr_assert_eq((char *)g + sizeof(MnGCHead), (char *)l);
    cr_assert(mn_gc_is_tracked(l));
    mn_decref(l);
}

Test(alloc, var_objects_record_their_size)
{
    MnObject *t = mn_object_alloc(&mn_tuple_type, 3);
    cr_assert_not_null(t);
    cr_assert_eq(MN_SIZE(t), 3);
    cr_assert_eq(MN_TUPLE_GET(t, 2), NULL);
    mn_decref(t);
}

Test(alloc, sizes_are_rounded_to_words)
{
    cr_assert_eq(mn_object_size_for(&mn_tuple_type, 0) % 8, 0);
    cr_assert_eq(mn_object_size_for(&mn_bytes_type, 1) % 8, 0);
}

#ifdef MN_DEBUG
Test(alloc, live_object_count_goes_up_and_down)
{
    intptr_t before = mn_live_objects;
    MnObject *l = mn_list_new(0);
    cr_assert_eq(mn_live_objects, before + 1);
    mn_decref(l);
    cr_assert_eq(mn_live_objects, before);
}
#endif

Test(alloc, mem_functions_round_trip)
{
    char *p = mn_mem_alloc(10);
    cr_assert_not_null(p);
    p = mn_mem_realloc(p, 1000);
    cr_assert_not_null(p);
    mn_mem_free(p);
    char *s = mn_mem_strdup("mnemo");
    cr_assert_str_eq(s, "mnemo");
    mn_mem_free(s);
    mn_mem_free(NULL);
}

/* ==== the small-object allocator ==== */

static void
use_pymalloc(void)
{
    mn_test_setup();
    mn_alloc_set_allocator("pymalloc");
}

TestSuite(pymalloc, .init = use_pymalloc, .fini = mn_test_teardown);

Test(pymalloc, small_requests_come_from_arenas_large_ones_from_malloc)
{
    size_t sizes[] = {1, 8, 16, 17, 100, 511, 512};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        void *p = mn_mem_alloc(sizes[i]);
        cr_assert(mn_alloc_owns(p), "size %zu", sizes[i]);
        cr_assert_eq((uintptr_t)p % 16, 0);
        mn_mem_free(p);
    }
    void *big = mn_mem_alloc(513);
    void *empty = mn_mem_alloc(0);
    cr_assert_not_null(big);
    cr_assert_not_null(empty);
    cr_assert_not(mn_alloc_owns(big));
    cr_assert_not(mn_alloc_owns(empty));
    cr_assert_eq(mn_alloc_pool_state(big), -1);
    mn_mem_free(big);
    mn_mem_free(empty);
}

Test(pymalloc, a_freed_block_goes_to_the_next_request_of_its_class)
{
    void *a = mn_mem_alloc(40);
    mn_mem_free(a);
    void *b = mn_mem_alloc(48);        // same 16-byte class (33..48)
    cr_assert_eq(a, b);
    mn_mem_free(b);
    void *c = mn_mem_alloc(49);        // next class: another pool
    cr_assert_neq(c, b);
    void *d = mn_mem_alloc(33);
    cr_assert_eq(d, b);
    mn_mem_free(c);
    mn_mem_free(d);
}

Test(pymalloc, freed_blocks_are_reused_last_freed_first)
{
    void *p[3];
    for (int i = 0; i < 3; i++) {
        p[i] = mn_mem_alloc(200);
    }
    mn_mem_free(p[0]);
    mn_mem_free(p[2]);
    mn_mem_free(p[1]);
    cr_assert_eq(mn_mem_alloc(200), p[1]);
    cr_assert_eq(mn_mem_alloc(200), p[2]);
    cr_assert_eq(mn_mem_alloc(200), p[0]);
    for (int i = 0; i < 3; i++) {
        mn_mem_free(p[i]);
    }
}

Test(pymalloc, objects_reuse_the_address_of_a_dead_object)
{
    MnObject *a = mn_float_from_double(1.5);
    MnObject *b = mn_int_from_ssize(123456789);
    uintptr_t addr = (uintptr_t)b;
    mn_decref(b);
    MnObject *c = mn_int_from_ssize(987654321);
    cr_assert_eq((uintptr_t)c, addr);
    mn_decref(c);
    mn_decref(a);
}

Test(pymalloc, calloc_zeroes_a_reused_block)
{
    char *p = mn_mem_alloc(64);
    memset(p, 0xab, 64);
    mn_mem_free(p);
    char *q = mn_mem_calloc(8, 8);
    cr_assert_eq(p, q);
    for (int i = 0; i < 64; i++) {
        cr_assert_eq(q[i], 0);
    }
    mn_mem_free(q);
}

// Allocates [n] blocks of 512 bytes into [out].
static void
fill(void **out, int n)
{
    for (int i = 0; i < n; i++) {
        out[i] = mn_mem_alloc(512);
        cr_assert(mn_alloc_owns(out[i]));
    }
}

Test(pymalloc, pools_go_from_used_to_full_to_used_to_empty)
{
    enum { N = 4 * PER_POOL_512 };
    static void *blocks[N];
    fill(blocks, N);
    // The middle pools were filled from their first block to their last.
    uintptr_t pool = (uintptr_t)blocks[N / 2] & ~POOL_MASK;
    int in_pool[PER_POOL_512];
    int k = 0;
    for (int i = 0; i < N; i++) {
        if (((uintptr_t)blocks[i] & ~POOL_MASK) == pool) {
            cr_assert_lt(k, PER_POOL_512);
            in_pool[k++] = i;
        }
    }
    cr_assert_eq(k, PER_POOL_512);
    cr_assert_eq(mn_alloc_pool_state(blocks[in_pool[0]]), MN_POOL_FULL);
    MnAllocStats s;
    mn_alloc_stats(&s);
    size_t full_blocks = s.blocks[31];
    mn_mem_free(blocks[in_pool[5]]);
    cr_assert_eq(mn_alloc_pool_state(blocks[in_pool[0]]), MN_POOL_USED);
    mn_alloc_stats(&s);
    cr_assert_eq(s.blocks[31], full_blocks - 1);
    // The pool that got a block back is the one the next request of its class uses.
    void *again = mn_mem_alloc(512);
    cr_assert_eq(again, blocks[in_pool[5]]);
    cr_assert_eq(mn_alloc_pool_state(again), MN_POOL_FULL);
    for (int j = 1; j < PER_POOL_512; j++) {
        mn_mem_free(blocks[in_pool[j]]);
        blocks[in_pool[j]] = NULL;
    }
    cr_assert_eq(mn_alloc_pool_state(blocks[in_pool[0]]), MN_POOL_USED);
    mn_mem_free(blocks[in_pool[0]]);
    blocks[in_pool[0]] = NULL;
    // Other pools of the arena still hold blocks, so the arena (and the header) stay.
    cr_assert_eq(mn_alloc_pool_state((void *)(pool + 48)), MN_POOL_EMPTY);
    for (int i = 0; i < N; i++) {
        mn_mem_free(blocks[i]);
    }
}

Test(pymalloc, untouched_blocks_are_handed_out_in_address_order)
{
    enum { N = 2 * PER_POOL_512 };
    static void *blocks[N];
    fill(blocks, N);
    int found = 0;
    for (int i = 0; i + 1 < N; i++) {
        if (((uintptr_t)blocks[i] & POOL_MASK) == 48 && i + PER_POOL_512 <= N) {
            for (int j = 1; j < PER_POOL_512; j++) {
                cr_assert_eq((char *)blocks[i + j], (char *)blocks[i] + 512 * j);
            }
            found = 1;
            break;
        }
    }
    cr_assert(found);
    for (int i = 0; i < N; i++) {
        mn_mem_free(blocks[i]);
    }
}

Test(pymalloc, an_arena_whose_pools_are_all_empty_is_returned)
{
    enum { N = 3 * PER_ARENA_512 };
    static void *blocks[N];
    MnAllocStats before, full, after;
    mn_alloc_stats(&before);
    fill(blocks, N);
    mn_alloc_stats(&full);
    cr_assert_geq(full.arenas_current, before.arenas_current + 2);
    cr_assert_geq(full.arenas_allocated_total, before.arenas_allocated_total + 2);
    cr_assert_geq(full.arenas_highwater, full.arenas_current);
    for (int i = 0; i < N; i++) {
        mn_mem_free(blocks[i]);
    }
    mn_alloc_stats(&after);
    // All but (at most) the one kept as the last usable arena went back to the system.
    cr_assert_leq(after.arenas_current, before.arenas_current + 1);
    cr_assert_eq(after.arenas_highwater, full.arenas_highwater);
    cr_assert_eq(after.blocks[31], before.blocks[31]);
    for (int i = 0; i < N; i += PER_POOL_512) {
        if (!mn_alloc_owns(blocks[i])) {
            return;                     // a returned arena's addresses are no longer ours
        }
    }
    cr_assert_fail("no arena was returned");
}

Test(pymalloc, the_fullest_arena_is_used_first)
{
    enum { N = 2 * PER_ARENA_512 };
    static void *blocks[N];
    fill(blocks, N);
    // Free one pool in each of two arenas, then two more pools in the second: the next new
    // pool must come from the first (fuller) arena.
    int arena_a = mn_alloc_arena_index(blocks[PER_ARENA_512]);
    int arena_b = mn_alloc_arena_index(blocks[N - 1]);
    cr_assert_neq(arena_a, arena_b);
    int freed_a = 0, freed_b = 0;
    uintptr_t freed_pools[4];
    for (int i = 0; i < N; i++) {
        int ar = mn_alloc_arena_index(blocks[i]);
        uintptr_t pool = (uintptr_t)blocks[i] & ~POOL_MASK;
        if (ar == arena_a && freed_a == 0 && ((uintptr_t)blocks[i] & POOL_MASK) == 48) {
            for (int j = i; j < N && ((uintptr_t)blocks[j] & ~POOL_MASK) == pool; j++) {
                mn_mem_free(blocks[j]);
                blocks[j] = NULL;
            }
            freed_pools[freed_a + freed_b] = pool;
            freed_a = 1;
        } else if (ar == arena_b && freed_b < 3 && ((uintptr_t)blocks[i] & POOL_MASK) == 48) {
            for (int j = i; j < N && ((uintptr_t)blocks[j] & ~POOL_MASK) == pool; j++) {
                mn_mem_free(blocks[j]);
                blocks[j] = NULL;
            }
            freed_pools[freed_a + freed_b] = pool;
            freed_b++;
        }
    }
    cr_assert_eq(freed_a, 1);
    cr_assert_eq(freed_b, 3);
    // Use up the partly used pools of the class; the first emptied pool taken is arena a's.
    static void *extra[PER_ARENA_512];
    int n = 0, hit = 0;
    while (!hit && n < PER_ARENA_512) {
        extra[n] = mn_mem_alloc(512);
        uintptr_t pool = (uintptr_t)extra[n] & ~POOL_MASK;
        for (int j = 0; j < 4; j++) {
            hit |= pool == freed_pools[j];
        }
        n++;
    }
    cr_assert(hit);
    cr_assert_eq(mn_alloc_arena_index(extra[n - 1]), arena_a);
    while (n > 0) {
        mn_mem_free(extra[--n]);
    }
    for (int i = 0; i < N; i++) {
        mn_mem_free(blocks[i]);
    }
}

Test(pymalloc, realloc_keeps_or_moves_blocks_as_cpython)
{
    char *p = mn_mem_alloc(20);
    memcpy(p, "0123456789abcdefghi", 20);
    cr_assert_eq(mn_mem_realloc(p, 30), p);          // same class
    cr_assert_eq(mn_mem_realloc(p, 25), p);          // shrinks by less than a quarter
    char *q = mn_mem_realloc(p, 300);                // grows into another class
    cr_assert_neq(q, p);
    cr_assert_str_eq(q, "0123456789abcdefghi");
    cr_assert_eq(mn_mem_alloc(20), p);               // the old block was freed
    mn_mem_free(p);
    char *r = mn_mem_realloc(q, 100);                // shrinks by more than a quarter: moves
    cr_assert_neq(r, q);
    cr_assert_str_eq(r, "0123456789abcdefghi");
    char *big = mn_mem_realloc(r, 5000);             // beyond 512: malloc takes over
    cr_assert_not(mn_alloc_owns(big));
    cr_assert_str_eq(big, "0123456789abcdefghi");
    char *still = mn_mem_realloc(big, 10);           // malloc keeps what it has
    cr_assert_not(mn_alloc_owns(still));
    cr_assert_eq(memcmp(still, "0123456789", 10), 0);
    mn_mem_free(still);
    char *fresh = mn_mem_realloc(NULL, 16);
    cr_assert(mn_alloc_owns(fresh));
    mn_mem_free(fresh);
}

Test(pymalloc, resize_moves_an_object_across_classes)
{
    MnObject *t = mn_object_alloc(&mn_tuple_type, 2);
    MnObject *u = mn_object_resize(t, 100);
    cr_assert_not_null(u);
    cr_assert_eq(MN_SIZE(u), 100);
    MnObject *v = mn_object_resize(u, 1);
    cr_assert_eq(MN_SIZE(v), 1);
    mn_object_free(v);
}

Test(pymalloc, the_block_count_follows_small_and_large_blocks)
{
    intptr_t n = mn_alloc_block_count();
    void *a = mn_mem_alloc(24);
    void *b = mn_mem_alloc(4000);
    cr_assert_eq(mn_alloc_block_count(), n + 2);
    b = mn_mem_realloc(b, 8000);
    a = mn_mem_realloc(a, 480);
    cr_assert_eq(mn_alloc_block_count(), n + 2);
    mn_mem_free(a);
    mn_mem_free(b);
    cr_assert_eq(mn_alloc_block_count(), n);
    MnObject *l = mn_list_new(0);
    MnObject *t = mn_object_alloc(&mn_tuple_type, 3);
    cr_assert_geq(mn_alloc_block_count(), n + 1);
    mn_decref(t);
    mn_decref(l);
}

Test(pymalloc, stats_count_blocks_per_class)
{
    MnAllocStats s0, s1;
    mn_alloc_stats(&s0);
    void *p[10];
    for (int i = 0; i < 10; i++) {
        p[i] = mn_mem_alloc(17 * 16);   // class 16 (257..272 bytes)
    }
    mn_alloc_stats(&s1);
    cr_assert_eq(s1.blocks[16], s0.blocks[16] + 10);
    cr_assert_geq(s1.pools[16], 1);
    cr_assert_eq(s1.raw_blocks, s0.raw_blocks);
    for (int i = 0; i < 10; i++) {
        mn_mem_free(p[i]);
    }
}

Test(pymalloc, malloc_mode_sends_new_blocks_to_malloc_and_frees_old_ones)
{
    void *small = mn_mem_alloc(32);
    cr_assert(mn_alloc_owns(small));
    cr_assert_eq(mn_alloc_set_allocator("malloc"), 0);
    cr_assert_not(mn_alloc_small_enabled());
    void *m = mn_mem_alloc(32);
    cr_assert_not(mn_alloc_owns(m));
    MnObject *l = mn_object_alloc(&mn_list_type, 0);
    cr_assert_not(mn_alloc_owns(MN_AS_GC(l)));
    cr_assert_eq(mn_alloc_block_count(), 0);    // as CPython under PYTHONMALLOC=malloc
    mn_decref(l);
    mn_mem_free(small);                 // a small block from before the switch
    mn_mem_free(m);
    cr_assert_eq(mn_alloc_set_allocator("nonsense"), -1);
    cr_assert_eq(mn_alloc_set_allocator("pymalloc"), 0);
    cr_assert(mn_alloc_small_enabled());
}
