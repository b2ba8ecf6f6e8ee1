print('loading _helper_counter')
loads = 1
