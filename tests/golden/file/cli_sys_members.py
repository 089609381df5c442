# sys as a script reads it: the named tuples, the streams as file objects,
# print() through a file object's write (issue 12, point 5).
import sys

print(sys.version_info[:3], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel)
names = ("debug", "inspect", "interactive", "optimize", "no_site", "verbose", "quiet", "hash_randomization", "isolated", "dev_mode", "safe_path", "int_max_str_digits")
print([(n, getattr(sys.flags, n)) for n in names])
print(len(sys.flags), repr(sys.flags).startswith("sys.flags(debug=0, inspect=0, "))
print(sys.flags.optimize, sys.flags.inspect, sys.flags[3], type(sys.flags).__name__)
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info.mant_dig, sys.float_info.epsilon == 2.0 ** -52)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(sys.maxsize, sys.byteorder, sys.platform, sys.getdefaultencoding())
print(type(sys.path), type(sys.executable), sys.argv[0])

# the streams
print(sys.stdout)
print(sys.stderr)
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stdout.encoding)
sys.stdout.writelines(["one ", "two\n"])
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stdout.fileno(), sys.stdout.writable())
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
print("a", "b", 3, sep=", ", end=".\n", file=c)
print(c.parts)
saved = sys.stdout
sys.stdout = c
print("captured")
sys.stdout = saved
print(c.parts[-2:])
for target in (object(), 42, "text"):
    try:
        print("x", file=target)
    except AttributeError as e:
        print("AttributeError:", e)
print("done", file=None)
