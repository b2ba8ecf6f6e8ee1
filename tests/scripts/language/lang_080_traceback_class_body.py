# compare: stderr
def helper():
    return missing_name
class Config:
    value = helper()
