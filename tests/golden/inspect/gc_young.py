# :gc 0 examines generation 0 only: the objects created since the last
# collection. The cycle made after the first :gc is in generation 0; the
# older objects survived into generation 2 and are not looked at.
:gc
keep = [1, 2, 3]
c = []
c.append(c)
del c
:gc 0
:gc 5
