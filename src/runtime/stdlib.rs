//! Standard-library modules made on first import (MODEL §1: a program that
//! never imports them sees none of their objects): `__future__` and
//! `collections.abc`'s iteration ABCs.
//!
//! The ABCs are plain classes whose `isinstance`/`issubclass` answer comes
//! from the protocol, as `__subclasshook__` answers in CPython: `Iterable`
//! for types that `iter()` accepts, `Iterator` for those with `__next__` as
//! well, `Generator` for generators.

use super::*;

/// The `__future__` features 3.11 knows (all of them are no-ops here).
const FUTURE_FEATURES: &[&str] = &["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"];

/// The ABCs of `collections.abc` glasspy answers by protocol.
pub const ABCS: &[&str] = &["Iterable", "Iterator", "Generator"];

impl Interp {
    /// Makes a standard-library module glasspy knows, or None.
    pub fn make_stdlib_module(&mut self, name: &str) -> Option<ObjRef> {
        let members: Vec<(&str, ObjRef)> = match name {
            "__future__" => FUTURE_FEATURES.iter().map(|&f| (f, self.heap.str(f))).collect(),
            "collections.abc" => ABCS.iter().map(|&n| (n, self.abc_class(n))).collect(),
            _ => return None,
        };
        let d = self.new_dict();
        self.heap.set_flag(d, F_RUNTIME);
        let mname = self.heap.intern(name);
        let key = self.names.name;
        let _ = self.dict_set(d, key, mname);
        for (k, v) in members {
            let n = self.heap.intern(k);
            let _ = self.dict_set(d, n, v);
            self.decref(n);
            self.decref(v);
        }
        self.incref(d);
        let m = self.runtime_obj(Obj::Module(Box::new(Module { name: mname, dict: d })));
        self.modules.push((name.to_string(), m));
        Some(m)
    }

    fn abc_class(&mut self, name: &str) -> ObjRef {
        let n = self.heap.intern(name);
        let base = self.type_obj(TypeId::Object);
        self.incref(base);
        let c = self.alloc(Obj::Class(Box::new(ClassObj {
            name: n,
            qualname: name.to_string(),
            base: Some(base),
            attrs: vec![],
            builtin: None,
            has_del: false,
            is_exception: false,
            slots: None,
        })));
        self.abc_classes.push(c);
        c
    }

    /// `issubclass(cls, abc)` for one of the ABCs: None when `abc` is not one.
    pub fn abc_check(&mut self, cls: ObjRef, abc: ObjRef) -> Option<bool> {
        let i = self.abc_classes.iter().position(|&c| c == abc)?;
        if cls == abc {
            return Some(true);
        }
        let builtin = match self.heap.get(cls) {
            Obj::Class(c) => c.builtin,
            _ => None,
        };
        let has = |it: &mut Interp, name: &str| -> bool {
            let n = it.heap.intern(name);
            let r = it.lookup_user_attr(cls, n).is_some();
            it.decref(n);
            r
        };
        use TypeId as T;
        let iterable = matches!(builtin, Some(T::List | T::Tuple | T::Str | T::Bytes | T::Dict | T::Set | T::Range | T::DictView | T::Iterator | T::Generator)) || has(self, "__iter__");
        let iterator = matches!(builtin, Some(T::Iterator | T::Generator)) || (has(self, "__iter__") && has(self, "__next__"));
        Some(match ABCS[i] {
            "Iterable" => iterable,
            "Iterator" => iterator,
            _ => builtin == Some(T::Generator),
        })
    }
}
