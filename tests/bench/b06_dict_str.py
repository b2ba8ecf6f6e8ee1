# Dict and string work: word counting, joins, formatting, slicing.
def run(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    parts = []
    for i in range(n):
        w = words[i % 8] + str(i % 100)
        counts[w] = counts.get(w, 0) + 1
        if i % 10 == 0:
            parts.append(w.upper()[:4])
    text = "-".join(parts)
    keys = sorted(counts)
    s = 0
    for k in keys:
        s += counts[k] * len(k)
    return s, len(text), text.count("AL"), f"{s:,}"

print(run(400_000))
