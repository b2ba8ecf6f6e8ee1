/*
 * runtime/hash.c - CPython 3.11's hash functions, bit for bit: SipHash-1-3 with a zero key
 * (CPython under PYTHONHASHSEED=0) for bytes and str data, the mod 2**61-1 reduction of
 * doubles, and the rotated address used as the default object hash.
 * See also: runtime/hash.h, runtime/str.c, runtime/bytes.c, runtime/float.c, runtime/int.c
 */
#include <math.h>
#include <string.h>
#include "hash.h"

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

/* One SipHash round on the four state words. */
#define SIP_ROUND(v0, v1, v2, v3)           \
    do {                                    \
        v0 += v1;                           \
        v1 = ROTL64(v1, 13);                \
        v1 ^= v0;                           \
        v0 = ROTL64(v0, 32);                \
        v2 += v3;                           \
        v3 = ROTL64(v3, 16);                \
        v3 ^= v2;                           \
        v0 += v3;                           \
        v3 = ROTL64(v3, 21);                \
        v3 ^= v0;                           \
        v2 += v1;                           \
        v1 = ROTL64(v1, 17);                \
        v1 ^= v2;                           \
        v2 = ROTL64(v2, 32);                \
    } while (0)

static uint64_t
load_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

static uint64_t
siphash13(uint64_t k0, uint64_t k1, const uint8_t *in, size_t len)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    uint64_t last = (uint64_t)len << 56;
    size_t full = len & ~(size_t)7;

    for (size_t off = 0; off < full; off += 8) {
        uint64_t m = load_le64(in + off);
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    for (size_t i = 0; i < (len & 7); i++) {
        last |= (uint64_t)in[full + i] << (8 * i);
    }
    v3 ^= last;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= last;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

intptr_t
mn_hash_bytes(const void *data, size_t len)
{
    if (len == 0) {
        return 0;
    }
    intptr_t h = (intptr_t)siphash13(0, 0, (const uint8_t *)data, len);
    return h == -1 ? -2 : h;
}

intptr_t
mn_hash_pointer(const void *p)
{
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    intptr_t h = (intptr_t)y;
    return h == -1 ? -2 : h;
}

intptr_t
mn_hash_double(MnObject *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v)) {
            return v > 0 ? MN_HASH_INF : -MN_HASH_INF;
        }
        return mn_hash_pointer(inst);
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Feed the mantissa in 28-bit chunks, reducing modulo 2**61-1 as we go.
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & MN_HASH_MODULUS) | x >> (MN_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= MN_HASH_MODULUS) {
            x -= MN_HASH_MODULUS;
        }
    }
    // Multiply by 2**e, which modulo 2**61-1 is a rotation by e mod 61.
    e = e >= 0 ? e % MN_HASH_BITS : MN_HASH_BITS - 1 - ((-1 - e) % MN_HASH_BITS);
    x = ((x << e) & MN_HASH_MODULUS) | x >> (MN_HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) {
        x = (uint64_t)-2;
    }
    return (intptr_t)x;
}
