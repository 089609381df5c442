# math over edge values (signed zeros, infinities, NaN, subnormals, huge ints) and random ones: every result bit-identical to CPython's
import math
state = [12345]
def rnd():
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (2**64)
    return state[0] / 2**64
edge = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-310, -1e-310, 5e-324, 1e308, -1e308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.0, 10.0, 100.0, 171.5, 200.5, -200.5, -2.5, 1e-20, 1e-25, 0.1, 710.0, -745.0, 22.0, 23.0, 24.0, 140.5, -140.5, 5.0, 4.999, 1e16, 2**53 + 1.0]
vals = list(edge)
for i in range(60):
    r = rnd()
    vals.append((r - 0.5) * 20)
    vals.append(r * 300 - 150)
    vals.append(math.ldexp(rnd(), int(rnd() * 2000) - 1000))
names1 = ["acos","acosh","asin","asinh","atan","atanh","cbrt","cos","cosh","erf","erfc","exp","exp2","expm1","fabs","gamma","lgamma","log","log10","log1p","log2","sin","sinh","sqrt","tan","tanh","degrees","radians","ulp","frexp","modf","isfinite","isinf","isnan","floor","ceil","trunc"]
def show(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for n in names1:
    f = getattr(math, n)
    out = []
    for v in vals:
        out.append(show(f, v))
    print(n, " ".join(out))
names2 = ["atan2","copysign","fmod","remainder","pow","nextafter","hypot","ldexp"]
for n in names2:
    f = getattr(math, n)
    out = []
    for i in range(len(vals)):
        a = vals[i]; b = vals[(i * 7 + 3) % len(vals)]
        if n == "ldexp":
            b = int(b) if b == b and abs(b) < 1e18 else 5
        out.append(show(f, a, b))
    print(n, " ".join(out))
for k in range(1, 6):
    out = []
    for i in range(300):
        pts = [vals[(i * 13 + j * 5) % len(vals)] for j in range(k)]
        out.append(show(math.hypot, *pts))
        q = [vals[(i * 17 + j * 3 + 1) % len(vals)] for j in range(k)]
        out.append(show(math.dist, pts, q))
        out.append(show(math.fsum, pts + q + [1e16, -1e16, 0.1] * k))
    print("hypot/dist/fsum", k, " ".join(out))
big = [0, 1, 2, 3, 10, 2**52, 2**53 + 1, 10**20, 10**400, 2**1023, 2**1024, 2**1024 - 1, 3**1000, 7**500 + 1]
for n in big:
    print(n % 1000, show(math.log, n), show(math.log2, n), show(math.log10, n), show(math.log, n, 3), show(math.log1p, n) , show(math.sqrt, n), show(math.isqrt, n), show(math.exp, n) if n < 1000 else "")
for n in range(0, 60):
    print(math.factorial(n), math.comb(60, n), math.perm(30, n % 31), math.isqrt(n ** 7))
print(math.factorial(300) % 10**30, math.isqrt(10**401), math.comb(1000, 500) % 10**20, math.perm(100, 50) % 10**20)
print(math.gcd(2**100, 6**50, 10**40), math.lcm(4, 6, 10, 2**70), math.gcd(-12, 18), math.lcm(-4, 6), math.lcm(0, 5), math.gcd(0, 0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([-0.0]), math.fsum([1, 2**60, 3.5]))
print(math.prod([]), math.prod(range(1, 20)), math.prod([1.5, 2, 3]), math.prod([[1]], start=3), math.prod([2, 3], start=1.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')), math.isclose(float('nan'), float('nan')), math.isclose(a=1, b=1))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()), math.factorial(I()), math.sqrt(I()), math.gcd(I(), 21))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(True), math.floor(10**30), math.ceil(-0.0), math.floor(1e20))
