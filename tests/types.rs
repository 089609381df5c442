//! The type slots (`src/types/`) agree with each other: for every live
//! object of a program that makes one of every type, what the collector's
//! `traverse` visits is among what `for_each_ref_role` says the object
//! holds (the audit's list), the collector's stepwise walk of a big
//! container is its `traverse`, every reference listed is to a live object,
//! and the sizes hang together (the pre-header is inside the block). An
//! instance of a subclass of a built-in type is checked as itself (its
//! `__dict__` and class around the base's payload), not looked through.

use std::collections::{BTreeSet, HashMap};

use glasspy::heap::{sizes, Obj, ObjRef};
use glasspy::runtime::Interp;

const PROGRAM: &str = r#"
import sys, weakref
class P:
    __slots__ = ('a',)
class C:
    @property
    def p(self): return 1
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    def m(self): return super()
class E(Exception):
    pass
class LS(list):
    pass
class DS(dict):
    pass
class IS(int):
    pass
ls = LS([1, [2]]); ls.tag = 'x'
def outer(x=1, *, k=2):
    def inner(): return x
    return inner
def gen():
    try:
        yield 1
    finally:
        pass
g = gen(); next(g)
frame = g.gi_frame
try:
    1/0
except ZeroDivisionError as e:
    err = e
d = {'a': 1, 2: 'b'}
inner = outer()
objs = [1, 2**100, 1.5, 'é', b'x', (1, [2]), d, {1, 2}, C, C(), P(), E('x'), inner,
        inner.__closure__[0], len, [].append, C().m, C().m(), sys, range(3), slice(1, 2),
        iter([1]), iter(range(3)), iter(d), iter(d.values()), iter(d.items()), iter({1}),
        d.keys(), d.values(), d.items(), enumerate([1]), zip([1], [2]), map(abs, [1]),
        filter(None, [1]), reversed([1, 2]), weakref.ref(C), g, frame, err,
        err.__traceback__, err.__traceback__.tb_frame, outer.__code__, ..., NotImplemented,
        None, True, object(), ls, DS(a=[1]), IS(7)]
"#;

#[test]
fn slots_agree_for_every_type() {
    let mut it = Interp::new();
    it.run_block(PROGRAM, "<types>", false, true);
    let mut names = BTreeSet::new();
    let mut subclass_instances = 0;
    for i in 0..it.heap.slots.len() {
        let r = ObjRef(i as u32);
        if !it.heap.is_live(r) {
            continue;
        }
        let obj = it.heap.get_raw(r);
        names.insert(obj.type_name());
        subclass_instances += matches!(obj, Obj::Sub(_)) as usize;
        let mut held: HashMap<ObjRef, usize> = HashMap::new();
        obj.for_each_ref_role(|c, role| {
            assert!(it.heap.is_live(c), "{} {:?} holds a dead object at {:?}", obj.type_name(), r, role);
            *held.entry(c).or_default() += 1;
        });
        let (mut whole, mut stepwise) = (Vec::new(), Vec::new());
        obj.traverse(&mut |c| whole.push(c));
        if obj.traverse_stepwise(&mut |c| stepwise.push(c)) {
            assert_eq!(whole, stepwise, "{} {:?}: the collector's stepwise walk is not its traverse", obj.type_name(), r);
        }
        obj.traverse(&mut |c| {
            let n = held.get_mut(&c).unwrap_or_else(|| panic!("{} {:?}: traverse visits {:?}, which it does not hold", obj.type_name(), r, c));
            assert!(*n > 0, "{} {:?}: traverse visits {:?} more often than it holds it", obj.type_name(), r, c);
            *n -= 1;
        });
        let (request, pre) = sizes::block_request(&it.heap, obj);
        assert!(pre < request, "{} {:?}: pre-header {} not inside its block of {}", obj.type_name(), r, pre, request);
        if obj.is_gc_type() && !matches!(obj, Obj::Instance(_)) {
            assert!(pre >= 16, "{}: a GC type without a GC head", obj.type_name());
        }
        assert!(sizes::getsizeof(&it.heap, r) >= sizes::basic_size(obj).min(16), "{}: getsizeof", obj.type_name());
    }
    let expected = [
        "int", "float", "str", "bytes", "tuple", "list", "dict", "set", "type", "object", "function",
        "builtin_function_or_method", "method", "cell", "code", "module", "range", "slice",
        "iterator", "range_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
        "dict_keys", "dict_values", "dict_items", "enumerate", "zip", "map", "filter",
        "weakref.ReferenceType", "generator", "frame", "traceback", "property", "staticmethod",
        "classmethod", "super", "ellipsis", "NotImplementedType", "NoneType", "bool",
    ];
    assert_eq!(subclass_instances, 3, "instances of LS, DS and IS (subclasses of built-in types)");
    for n in expected {
        assert!(names.contains(n), "the program made no {} (made: {:?})", n, names);
    }
}
