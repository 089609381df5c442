# Common str, number, list, dict, set and bytes operations, printed as CPython prints them.
s = "Hello, World"
print(s.lower(), s.upper(), s.title(), s.swapcase(), s.casefold(), "Straße".casefold())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.center(20, "*"), s.ljust(15, "."), s.rjust(15))
print(s.split(", "), s.rsplit("o", 1), s.splitlines(), "a\nb\r\nc".splitlines(True))
print(s.startswith(("He", "x")), s.endswith("ld"), s.isalpha(), "abc".isalpha(), "123".isdigit(), " ".isspace())
print(s.replace("l", "L", 2), s.strip("Hd"), s.lstrip("H"), s.rstrip("d"), s.zfill(15), "-5".zfill(4))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}|{:x}|{:#b}|{:e}".format("a", "b", "c", 3.14159, 1234567, 255, 5, 12345.678))
print("%s %d %5.2f %x %r %%" % ("a", 42, 3.14159, 255, "q"))
print(f"{s!r:>20}", f"{3.5:.0f}", f"{2.5:.0f}", f"{1e20}", f"{1/3}", f"{-0.0}", f"{float('inf')}", f"{10**20}")
print(repr(1e16), repr(1.5e-7), repr(123456789.123), str(0.1 + 0.2), round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(int("0x1f", 16), int("  42  "), int("1_000"), float("1e3"), float(" -2.5 "), int(-3.7), int(3.7))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, pow(2, 10, 1000), (-2) ** 0.5 if False else 0, abs(-2.5))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, 'b'), (1, 'a')]), sorted(["B", "a"], key=str.lower))
print(list(zip([1, 2, 3], "ab")), list(enumerate("ab", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(min([3, 1, 2], key=lambda x: -x), max("abc"), sum([[1], [2]], []), any(x > 2 for x in [1, 3]), all([]))
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 10, 3)), 3 in range(5), list(reversed([1, 2, 3])))
d = {"a": 1, "b": 2}
print(d.get("c", 0), d.setdefault("c", 3), d, d.pop("a"), d, list(d.items()), d.popitem(), d)
d.update({"x": 9}, y=8); print(d, dict.fromkeys("ab", 0), {k: v for k, v in zip("ab", [1, 2])})
l = [5, 3, 1]; l.sort(); l.append(7); l.extend([8, 9]); l.insert(1, 2); l.remove(8); print(l, l.pop(), l.pop(0), l.index(5), l.count(3))
print(l[::-1], l[1:3], l[-2:], l * 2, [1, 2] + [3], [x * x for x in range(4) if x % 2])
t = (1, 2, 3); print(t.index(2), t.count(1), t[1:], t + (4,), tuple([1]), (1,) * 3)
st = {3, 1, 2}; st.add(5); st.discard(1); print(sorted(st), {1, 2} & {2, 3}, {1, 2} - {2}, {1} ^ {2}, {1, 2} <= {1, 2, 3})
print(chr(9731), ord("€"), "€".encode(), b"abc".decode(), bytes([65, 66]), bytearray if False else 0)
print(isinstance(True, int), issubclass(bool, int), type(None).__name__, callable(len), hasattr(s, "upper"), getattr(s, "nope", 7))
print(str(12), repr("it's"), repr('say "hi"'), ascii("é") if False else 0, hash(1) == hash(1.0), hex(-255), oct(8), bin(-3))
print(" ".join(reversed("abc")), "x".join("abc"), "ab" in "cabd", "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(b"abc".decode(), "é€".encode().decode(), b"\x00\xff".hex(), bytes.decode(b"hi"))
try:
    b"a\xffb".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xc3".decode()
except ValueError as e:
    print(type(e).__name__, e)
