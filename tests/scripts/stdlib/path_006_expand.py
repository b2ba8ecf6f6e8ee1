import os
import os.path as p
home = os.environ["HOME"]
print(p.expanduser("~") == home, p.expanduser("~/x") == p.join(home, "x"))
print(p.expanduser("x/~"), p.expanduser("~nosuchuserhere_xyz/a"), p.expanduser(""))
os.environ["MNEMO_P"] = "val"
print(p.expandvars("$MNEMO_P"), p.expandvars("${MNEMO_P}x"), p.expandvars("a$MNEMO_Pb"))
print(p.expandvars("$MNEMO_NOT_SET_Q/${MNEMO_NOT_SET_Q}"), p.expandvars("no vars"))
print(p.expandvars("${unclosed"), p.expandvars("$"), p.expandvars("$$"))
