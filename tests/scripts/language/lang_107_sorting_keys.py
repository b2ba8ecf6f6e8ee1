people = [('ann', 30), ('bob', 25), ('cat', 30), ('dan', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[0]))
words = ['banana', 'Apple', 'cherry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
def by_last(s):
    return s[-1]
words.sort(key=by_last)
print(words)
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, sorted(nums)[1:3])
print(sorted({'b': 2, 'a': 1}.items(), key=lambda kv: kv[1], reverse=True))
