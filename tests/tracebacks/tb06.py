x = 'a'.nothing()
