//! function: `Obj::Function`, a `Function` (a `def` or `lambda` made at run
//! time from its code object).
//!
//! * holds: its code, globals, name, positional and keyword-only defaults,
//!   closure (a tuple of cells) and the attributes set on it (`Role::Code`,
//!   `Globals`, `Name`, `Defaults`, `KwDefaults`, `Closure`,
//!   `AttrName(i)`/`Attr(i)`);
//! * release order (func_dealloc): code, globals, name, defaults,
//!   kwdefaults, closure, then each attribute's name and value;
//! * traverse (func_traverse): code, globals, defaults, kwdefaults, name,
//!   the attribute values, closure; clear (func_clear): defaults,
//!   kwdefaults, the attributes (value then name), closure;
//! * size: PyFunctionObject, 136 bytes;
//! * finalizer: none.

use super::{take_nonnull, visit_nonnull, TypeSlots};
use crate::heap::{ObjRef, Role};

pub struct Function {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub name: ObjRef,
    pub qualname: String,
    /// Tuple of positional defaults, or NULL.
    pub defaults: ObjRef,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: ObjRef,
    /// Tuple of cells, or NULL.
    pub closure: ObjRef,
    /// Attributes set on the function object (`f.x = 1`), in order.
    pub attrs: Vec<(ObjRef, ObjRef)>,
}

impl TypeSlots for Function {
    #[inline]
    fn type_name(&self) -> &'static str {
        "function"
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        f(self.code, Role::Code);
        f(self.globals, Role::Globals);
        f(self.name, Role::Name);
        visit_nonnull(f, self.defaults, Role::Defaults);
        visit_nonnull(f, self.kwdefaults, Role::KwDefaults);
        visit_nonnull(f, self.closure, Role::Closure);
        for (i, &(k, v)) in self.attrs.iter().enumerate() {
            f(k, Role::AttrName(i as u32));
            f(v, Role::Attr(i as u32));
        }
    }
    #[inline]
    fn traverse(&self, f: &mut dyn FnMut(ObjRef)) {
        f(self.code);
        f(self.globals);
        for x in [self.defaults, self.kwdefaults] {
            if !x.is_null() {
                f(x);
            }
        }
        f(self.name);
        for &(_, v) in &self.attrs {
            f(v);
        }
        if !self.closure.is_null() {
            f(self.closure);
        }
    }
    #[inline]
    fn clear(&mut self, out: &mut Vec<ObjRef>) {
        take_nonnull(&mut self.defaults, out);
        take_nonnull(&mut self.kwdefaults, out);
        for (k, v) in self.attrs.drain(..) {
            out.push(v);
            out.push(k);
        }
        take_nonnull(&mut self.closure, out);
    }
    #[inline]
    fn basic_size(&self) -> usize {
        136
    }
}
