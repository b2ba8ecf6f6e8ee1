café = 1
naïve = 2
日本 = 3
λ = lambda x: x * 2
print(café + naïve + 日本, λ(4))
Σ = sum([1, 2, 3])
print(Σ)
print("ünïcödé strings", len("日本語"))
print("emoji 😀", len("😀"))
