//! The attributes a code object shows to Python (`co_name`, `co_varnames`,
//! ...), read from the compiled `Code`. Only the ones that say the same as
//! CPython's are here: glasspy's constant and name tables are laid out for
//! its own evaluator (one shared pool per code block, MODEL §2), so
//! `co_consts` and `co_names` are left out rather than shown wrong; `:consts`
//! shows a block's constants.

use super::*;

impl Interp {
    /// `code.NAME` for the attributes above, or None.
    pub fn code_getattr(&mut self, co: ObjRef, name: &str) -> Option<ObjRef> {
        let code = match self.heap.get(co) {
            Obj::Code(c) => c.clone(),
            _ => return None,
        };
        // Hidden slots (the lifter's temporaries) start with a dot; CPython has none.
        let visible = |names: &[String]| names.iter().filter(|n| !n.starts_with('.')).cloned().collect::<Vec<_>>();
        let strings = |it: &mut Interp, names: Vec<String>| {
            let items = names.iter().map(|n| it.heap.intern(n)).collect();
            it.new_tuple(items)
        };
        let v = match name {
            "co_name" => self.heap.intern(&code.name),
            "co_qualname" => self.heap.str(&code.qualname),
            "co_filename" => self.heap.str(&code.filename),
            "co_firstlineno" => self.heap.int(code.firstlineno as i64),
            "co_argcount" => self.heap.int(code.argcount as i64),
            "co_posonlyargcount" => self.heap.int(code.posonlyargcount as i64),
            "co_kwonlyargcount" => self.heap.int(code.kwonlyargcount as i64),
            "co_nlocals" => self.heap.int(visible(&code.varnames).len() as i64),
            "co_varnames" => strings(self, visible(&code.varnames)),
            "co_cellvars" => strings(self, code.cellvars.clone()),
            "co_freevars" => strings(self, code.freevars.clone()),
            _ => return None,
        };
        Some(v)
    }
}
