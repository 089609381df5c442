# An exception whose argument cannot be shown: CPython prints
# "<exception str() failed>" and releases the exception that __repr__ or
# __str__ raised (its traceback holds the argument's frame).
class Bad:
    def __repr__(self):
        text = undefined_name
        return text
    def __str__(self):
        raise TypeError('no str')

try:
    raise ValueError(Bad())
except ValueError as e:
    print(type(e).__name__, len(e.args))
{}[Bad()]
