# The traceback module formats exceptions with the interpreter's own text.
import traceback

def clean(text):
    # File names without their directory, so the case runs from anywhere.
    out = []
    for line in text.split("\n"):
        if 'File "' in line:
            head, rest = line.split('File "', 1)
            name, tail = rest.split('"', 1)
            line = head + 'File "' + name.rsplit("/", 1)[-1] + '"' + tail
        out.append(line)
    return "\n".join(out)

def divide(a, b):
    return a / b

def chain():
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e

print(repr(traceback.format_exc()))
try:
    divide(1, 0)
except ZeroDivisionError:
    text = traceback.format_exc()
print(clean(text), end="")

try:
    chain()
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts))
    for p in parts:
        print(repr(clean(p)))
    print(clean("".join(traceback.format_tb(e.__traceback__))), end="")
    print(traceback.format_exception(type(e), e, e.__traceback__) == parts)

print(traceback.format_exception(KeyError("never raised")))
print(traceback.format_tb(None))

def recurse(n):
    if n == 0:
        raise RuntimeError("deep")
    recurse(n - 1)
try:
    recurse(6)
except RuntimeError:
    print(clean(traceback.format_exc()), end="")
