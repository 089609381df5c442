# str.split, str.join and + return the very object where CPython does, and
# split the same way (separator or whitespace, with and without maxsplit).
s = "abcdefgh"
print(s.split(",")[0] is s, s.split()[0] is s, s.split(None, 0)[0] is s)
print((s + "") is s, ("" + s) is s, "".join([s]) is s)
t = "  a b  c  "
for sep in [None, " ", "b"]:
    for m in [-1, 0, 1, 2]:
        print(repr(sep), m, t.split(sep, m))
print("a,,b,".split(","), "".split(","), "".split(), ",".split(","))
print(",".join(["x", "é", "yz"]), len("é".join(["ab", "cd"])), ",".join([]) == "")
parts = ["item-{}".format(i) for i in range(1000)]
text = ";".join(parts)
back = text.split(";")
print(len(text), back == parts, back[500], ("ab" * 3), len("é" * 4))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
