import _helper_mod
doubled = _helper_mod.value * 2
