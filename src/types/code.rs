//! code: `Obj::Code`, a compiled block (`compile/code.rs`), shared with
//! the frames running it through an `Rc` (Rust-side only: the heap counts
//! the references Python code holds).
//!
//! * holds: its constants and the names it uses (`Role::Const(i)`,
//!   `Role::CodeName(i)`);
//! * release order (code_dealloc): the constants, then the names;
//! * traverse, clear: none (code is not a GC object: its constants are
//!   immutable, so cannot make a cycle);
//! * size: 192 bytes of PyCodeObject and 16 per constant (its
//!   `co_code_adaptive` share);
//! * finalizer: none.

use std::rc::Rc;

use super::TypeSlots;
use crate::compile::code::Code;
use crate::heap::{ObjRef, Role};

impl TypeSlots for Rc<Code> {
    #[inline]
    fn type_name(&self) -> &'static str {
        "code"
    }
    #[inline]
    fn is_gc(&self) -> bool {
        false
    }
    #[inline]
    fn for_each_ref_role(&self, f: &mut dyn FnMut(ObjRef, Role)) {
        for (i, &c) in self.consts.iter().enumerate() {
            f(c, Role::Const(i as u32));
        }
        for (i, &n) in self.names.iter().enumerate() {
            f(n, Role::CodeName(i as u32));
        }
    }
    #[inline]
    fn basic_size(&self) -> usize {
        192 + 2 * self.consts.len() * 8
    }
}
