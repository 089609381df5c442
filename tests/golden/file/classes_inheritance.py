class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return self.kind + ':' + self.speak()

class Dog(Animal):
    kind = 'dog'
    def __init__(self, name, tricks):
        Animal.__init__(self, name)
        self.tricks = tricks
    def speak(self):
        return self.name + ' barks'

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' softly'

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Vec(' + str(self.x) + ', ' + str(self.y) + ')'
    def __str__(self):
        return '<' + str(self.x) + ',' + str(self.y) + '>'

a = Animal('cat')
d = Dog('rex', ['sit'])
p = Puppy('bit', [])
for x in [a, d, p]:
    print(x.describe())
print(isinstance(p, Animal), isinstance(a, Dog), type(p).__name__)
print(d.tricks, Dog.kind, Puppy.kind)
v = Vec(1, 2)
print(v, repr(v), [v], str(v))
print(type(v))
Animal.kind = 'creature'
print(a.describe())
