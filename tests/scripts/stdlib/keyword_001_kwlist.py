# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
for word in ['if', 'True', 'match', 'print', 'async', '_', 'nonlocal', 'IF', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print(sorted(keyword.kwlist) == sorted(set(keyword.kwlist)))
