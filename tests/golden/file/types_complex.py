import sys
a = 1+2j
print(a, -0j, 0j, 2.5J, complex(float('nan'), float('inf')), type(a), a.real, a.imag, a.conjugate())
print(a + 1, a * 2.0, a - 1j, a / (3-4j), (1j) ** 2, 2 ** 0.5j, abs(3+4j), -a, +a is a)
print(a == 1+2j, 1+0j == 1, 1.5 == 1.5+0j, hash(1+2j), hash(3j), hash(2+0j) == hash(2), sys.getsizeof(a))
print(complex(), complex(1, 2), complex('1+2j'), complex(' (1-2J) '), complex('-j'), complex('nan+infj'), complex(1.5), complex(1j, 1j), complex(real=2))
for e in ['1j/0', '1j < 2', '1j // 2', 'complex("x")', 'complex("1", 2)', 'complex([])', '0j ** -1', 'complex(1, "2")']:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
print(bool(0j), bool(1j), {1: 'x'}[1+0j], str(1e16j), repr(complex(1, -0.0)))
