"""Pseudo-random numbers from a Mersenne Twister (MT19937) written in Python: seed, random,
getrandbits, randrange, randint, choice, choices, shuffle, sample, uniform, gauss and a few
other distributions (embedded into mnemo from lib/random.py).

Integer and float seeds are expanded into the generator's state as CPython does, so for
those seeds random(), getrandbits(), randrange(), choice(), shuffle(), sample(), choices(),
uniform(), gauss() and normalvariate() give CPython's sequences; string and bytes seeds and
gammavariate()/betavariate() differ."""

import math as _math
import time as _time

__all__ = ["Random", "betavariate", "choice", "choices", "expovariate", "gauss",
           "getrandbits", "getstate", "normalvariate", "randbytes", "randint", "random",
           "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform"]

_N = 624
_M = 397
_MASK32 = 0xffffffff
_TWOPI = 2.0 * _math.pi
_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)


class Random:
    """Random number generator base class; module-level functions use a shared instance."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = [0] * _N
        self._index = _N
        self.gauss_next = None
        self.seed(x)

    # ==== the generator ====

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j = 1, 0
        for _ in range(max(_N, len(key))):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= len(key):
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def _twist(self):
        mt = self._mt
        for k in range(_N):
            y = (mt[k] & 0x80000000) | (mt[(k + 1) % _N] & 0x7fffffff)
            value = mt[(k + _M) % _N] ^ (y >> 1)
            if y & 1:
                value ^= 0x9908b0df
            mt[k] = value
        self._index = 0

    def _genrand32(self):
        if self._index >= _N:
            self._twist()
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        return y ^ (y >> 18)

    # ==== seeding and state ====

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed: None (time and process based), an int, a
        float, a str, bytes or bytearray."""
        if a is None:
            a = _time.time_ns() ^ (id(self) << 16)
        elif isinstance(a, str):
            a = int.from_bytes(a.encode(), 'big')
        elif isinstance(a, bytes) or type(a).__name__ == 'bytearray':
            a = int.from_bytes(bytes(a), 'big')
        elif isinstance(a, float):
            a = hash(a)
        elif not isinstance(a, int):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        a = abs(a)
        key = []
        while a:
            key.append(a & _MASK32)
            a >>= 32
        self._init_by_array(key or [0])
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version != self.VERSION:
            raise ValueError('state with version %s passed to Random.setstate() of version %s'
                             % (version, self.VERSION))
        internal = state[1]
        if len(internal) != _N + 1:
            raise ValueError('state vector is the wrong size')
        self._mt = list(internal[:_N])
        self._index = internal[_N]
        self.gauss_next = state[2]

    # ==== basic values ====

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._genrand32() >> 5
        b = self._genrand32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k <= 32:
            return self._genrand32() >> (32 - k) if k else 0
        result = 0
        shift = 0
        while k > 0:
            word = self._genrand32()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    # ==== integers ====

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        istart = _as_int(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _as_int(stop, 'stop')
        width = istop - istart
        istep = _as_int(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)'
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # ==== sequences ====

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop() if cum_counts else 0
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))]
                    for s in picks]
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        # Small populations: partial Fisher-Yates on a copy. Large ones: draw indices and
        # retry duplicates. The threshold is CPython's, so the same draws are made.
        limit = 21
        if k > 5:
            limit += 4 ** _math.ceil(_math.log(k * 3, 4))
        result = []
        if n <= limit:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for _ in range(k):
                j = self._randbelow(n)
                while j in taken:
                    j = self._randbelow(n)
                taken.add(j)
                result.append(population[j])
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_math.floor(self.random() * scale)] for _ in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError('The number of choices must be a keyword argument: k=%d'
                                % weights) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, self.random() * total, 0, hi)]
                for _ in range(k)]

    # ==== real-valued distributions ====

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with the given mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, two values per pair of draws)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * _TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                return mu + z * sigma

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_math.log(1.0 - self.random()) / lambd

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def gammavariate(self, alpha, beta):
        """Gamma distribution (Marsaglia and Tsang's method)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha < 1.0:
            return self.gammavariate(alpha + 1.0, beta) * self.random() ** (1.0 / alpha)
        d = alpha - 1.0 / 3.0
        c = 1.0 / _math.sqrt(9.0 * d)
        while True:
            x = self.gauss()
            v = (1.0 + c * x) ** 3
            if v > 0.0 and _math.log(1.0 - self.random()) < 0.5 * x * x + d - d * v \
                    + d * _math.log(v):
                return d * v * beta


def _as_int(value, what):
    # CPython 3.11 still accepts integral non-ints here (with a DeprecationWarning that
    # mnemo does not print).
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is not None:
        return index(value)
    converted = int(value)
    if converted != value:
        raise ValueError('non-integer %s for randrange()' % what)
    return converted


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str, range, bytes)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    return hasattr(type(obj), '__getitem__') and hasattr(type(obj), '__len__')


def _accumulate(values):
    total = None
    result = []
    for v in values:
        total = v if total is None else total + v
        result.append(total)
    return result


def _bisect_right(seq, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
gauss = _inst.gauss
expovariate = _inst.expovariate
betavariate = _inst.betavariate
gammavariate = _inst.gammavariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
