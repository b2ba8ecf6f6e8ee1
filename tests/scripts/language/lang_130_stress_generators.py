import sys
sys.setrecursionlimit(5000)
def deep_gen(n):
    if n == 0:
        yield 'bottom'
        return 'ret'
    r = yield from deep_gen(n - 1)
    yield r
print(list(deep_gen(400))[:3])
def thrower(n):
    if n == 0:
        raise KeyError('deep')
    yield from thrower(n - 1)
try:
    list(thrower(300))
except KeyError as e:
    print('caught', e)
def closer(n):
    try:
        if n:
            yield from closer(n - 1)
        else:
            yield 1
    finally:
        pass
c = closer(200)
next(c)
c.close()
print('closed')
def rec_exc(n):
    try:
        if n == 0:
            raise ValueError(n)
        return rec_exc(n - 1)
    finally:
        pass
try:
    rec_exc(2000)
except ValueError as e:
    print('ValueError', e)
def rec_catch(n):
    try:
        return rec_catch(n + 1)
    except RecursionError:
        return n
print(rec_catch(0) > 4000)
gens = [iter(range(3)) for _ in range(1000)]
print(sum(sum(g) for g in gens))
def frames_kept():
    out = []
    for i in range(100):
        try:
            raise IndexError(i)
        except IndexError as e:
            out.append(e)
    return out
es = frames_kept()
print(len(es), es[-1].__traceback__.tb_frame.f_code.co_name)
del es
