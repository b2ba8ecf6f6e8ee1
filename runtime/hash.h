/*
 * runtime/hash.h - CPython's hashing: ints modulo 2**61-1, floats as CPython, strings and
 * bytes with SipHash-1-3 and a zero key (as PYTHONHASHSEED=0), pointers rotated by 4.
 * See also: runtime/hash.c
 */
#ifndef MN_HASH_H
#define MN_HASH_H

#include <stddef.h>
#include <stdint.h>
#include "object.h"

#define MN_HASH_BITS 61
#define MN_HASH_MODULUS (((uint64_t)1 << MN_HASH_BITS) - 1)
#define MN_HASH_INF 314159
#define MN_HASH_IMAG 1000003UL
#define MN_HASH_MULTIPLIER 1000003UL

// SipHash-1-3 of [len] bytes with key (0, 0); 0 for empty input, -1 mapped to -2.
intptr_t mn_hash_bytes(const void *data, size_t len);
// hash(float) for [v]; NaN hashes by the identity of [inst] as CPython 3.10+.
intptr_t mn_hash_double(MnObject *inst, double v);
// Default object hash: the address rotated right by 4 bits.
intptr_t mn_hash_pointer(const void *p);

#endif
