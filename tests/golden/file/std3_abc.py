# abc: abstract methods refused at instantiation (3.11's message), virtual
# subclasses through register(), __subclasshook__, the cache token.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, get_cache_token, update_abstractmethods


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


attempt(Shape)


class Half(Shape):
    def area(self):
        return 1


attempt(Half)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, Half), type(Shape), type(Square))


# virtual subclasses
class Duck:
    def area(self):
        return 0


print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
t = get_cache_token()
print(Shape.register(Duck) is Duck, get_cache_token() == t + 1)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(Duck, Square))
print(Duck.__mro__)


@Half.register
class Registered:
    pass


print(Registered.__name__, issubclass(Registered, Half), issubclass(Registered, Shape), isinstance(Registered(), Shape))
Shape.register(int)
print(isinstance(3, Shape), isinstance(True, Shape), issubclass(bool, Shape), isinstance(3.0, Shape))
print(isinstance(3, (str, Shape)), issubclass(float, (Shape, int)))
attempt(lambda: Shape.register(5))
attempt(lambda: issubclass(5, Shape))
attempt(lambda: Square.register(Shape))


# __subclasshook__
class Closable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class File:
    def close(self):
        pass


class Sub(File):
    pass


print(issubclass(File, Closable), issubclass(Sub, Closable), isinstance(Sub(), Closable), issubclass(int, Closable))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented


print(issubclass(list, Sized), issubclass(dict, Sized), issubclass(int, Sized), isinstance("abc", Sized))


# metaclass= form, properties, classmethods and staticmethods
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def version(): ...


print(sorted(Base.__abstractmethods__))
attempt(Base)


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def version():
        return 2


print(Impl.make().name, Impl.version(), Impl.__abstractmethods__)


class Old(ABC):
    @abstractproperty
    def p(self): ...

    @abstractclassmethod
    def c(cls): ...

    @abstractstaticmethod
    def s(): ...


print(sorted(Old.__abstractmethods__))
attempt(Old)


# a class with one abstract method left after a decorator filled it in
class Partial(ABC):
    @abstractmethod
    def run(self): ...


Partial.run = lambda self: "ran"
attempt(Partial)
update_abstractmethods(Partial)
attempt(lambda: Partial().run())


# ABCs with __init__ arguments and super()
class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def sound(self): ...

    def speak(self):
        return f"{self.name} says {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "woof"


print(Dog("Rex").speak())
attempt(lambda: Animal("x"))
zoo = [Dog("a"), Dog("b")]
print([a.speak() for a in zoo], all(isinstance(a, Animal) for a in zoo))
