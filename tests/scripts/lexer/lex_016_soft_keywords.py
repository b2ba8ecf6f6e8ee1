match = 1
case = 2
_ = 3
print(match, case, _)
def match_it(match):
    return match * 2
print(match_it(5))
type = "shadow"
print(type)
match, case = case, match
print(match, case)
print([match for match in range(3)])
