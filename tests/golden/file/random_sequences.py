# glass: heavy (85,000 calls into random.py: the golden run audits every statement; the labelled sweep would take an hour)
# random: the first 1,000 values of each function for several seeds (int, negative, huge, str, bytes), as CPython's Mersenne Twister gives them
import random

FUNCTIONS = [
    ("random", lambda: random.random()),
    ("getrandbits32", lambda: random.getrandbits(32)),
    ("getrandbits100", lambda: random.getrandbits(100)),
    ("randrange", lambda: random.randrange(1000)),
    ("randrange_step", lambda: random.randrange(-50, 50, 7)),
    ("randint", lambda: random.randint(-5, 5)),
    ("choice", lambda: random.choice("abcdefg")),
    ("uniform", lambda: random.uniform(-2, 3)),
    ("gauss", lambda: random.gauss(1, 2)),
    ("normalvariate", lambda: random.normalvariate()),
    ("expovariate", lambda: random.expovariate(0.5)),
    ("triangular", lambda: random.triangular(0, 10, 2)),
]

for s in [12345, -99, 2**80 + 1, "glass", b"py"]:
    random.seed(s)
    print("seed", repr(s))
    for name, f in FUNCTIONS:
        print(name, " ".join([repr(f()) for i in range(1000)]))
    print("choices", random.choices(range(10), k=1000))
    print("choices_weights", random.choices("xyz", [5, 1, 2], k=1000))
    print("choices_cum", random.choices("xyz", cum_weights=[1, 2, 10], k=1000))
    print("sample", random.sample(range(100000), 1000))
    print("sample_small", random.sample(range(1200), 1000))
    l = list(range(1000))
    random.shuffle(l)
    print("shuffle", l)
