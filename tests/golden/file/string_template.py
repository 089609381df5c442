import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "x", "what": "y"}))
print(t.safe_substitute(who="z"), string.Template("$a $").safe_substitute(a=1))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("ok\n  $ bad").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a $b $a").get_identifiers(), string.Template("$").is_valid(), t.template)
