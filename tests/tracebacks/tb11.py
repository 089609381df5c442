x = {}.get(1, 2) + None
