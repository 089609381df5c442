del undefined_y
