# An uncaught exception of a class defined in __main__ prints its bare name.
class AppError(Exception):
    pass
print('before')
raise AppError('bad state: 3')
