# typing: the names annotations use, subscriptable, printed as CPython prints them; nothing checked
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    Sequence, Mapping, TypeVar, Generic, Protocol, NamedTuple, TYPE_CHECKING,
                    cast, overload, final, ClassVar, Literal, Final, get_origin, get_args)
import typing
print(TYPE_CHECKING, Any, List, Dict, Callable, typing.Iterable)
print(List[int], Dict[str, int], Set[float], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]])
print(Optional[List[int]], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal[1, "a"], ClassVar[int], Final[str], Sequence[Mapping[str, Any]])
T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(T, K, TypeVar("V", contravariant=True), T.__name__)
print(List[T], Dict[str, T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Optional[int]))
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack()
s.push(3)
print(s.items, isinstance(s, Generic))

class Shape(Protocol):
    def area(self) -> float: ...

def f(x: int, y: Optional[str] = None) -> Dict[str, int]:
    return {"x": x}
print(f(1), cast(int, "really a str"), cast(List[int], [1]))

class Config:
    name: str
    size: int = 3
    tags: ClassVar[List[str]] = []
print(Config.__annotations__)
print(typing.get_type_hints(Config))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2
print(g(2), g("ab"))

@final
def h():
    return "h"
print(h(), h.__final__)

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x + p.y, Point.__annotations__)
try:
    Any()
except TypeError as e:
    print("TypeError:", e)
try:
    Dict[int]
except TypeError as e:
    print("TypeError:", e)

Dict()
