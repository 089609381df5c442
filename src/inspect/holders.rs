//! Every counted reference, with who holds it.
//!
//! `for_each_holder` lists each reference MODEL.md §1 counts exactly once:
//! the references between objects (each with its `Role` in the holder, from
//! `Obj::for_each_ref_role`, the same list deallocation and the collector
//! use), and the references held by the interpreter itself (the small-int
//! cache and singletons, the names it uses, gc.garbage, frames' slots and
//! evaluation temporaries, exceptions being handled, the code of the block
//! being run). The audit is its first user: it checks that, for every live
//! object, the holders listed here add up to the stored count. `label`
//! turns a holder into the words a learner reads.

use std::collections::HashMap;

use super::describe::{code_label, short, type_label};
use crate::heap::*;
use crate::runtime::Interp;

/// Who holds one counted reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    /// Another object, at `role` inside it.
    Object { by: ObjRef, role: Role },
    /// The runtime's own reference (small-int cache, singletons, types,
    /// one-character strings...): objects flagged F_RUNTIME.
    Runtime,
    /// The interpreter's table of names it uses (`__init__`, `__del__`...).
    Name,
    GcGarbage,
    GcCallbacks,
    /// A slot of the evaluation stack (frames' locals, cells, temporaries).
    Stack(usize),
    /// An exception being handled (an `except` block), innermost last.
    Handled(usize),
    /// A value parked while a `finally` block runs.
    Pending(usize),
    /// The code object of a block being run.
    Block(usize),
    /// A running frame's frame object (made for a traceback).
    FrameObj(usize),
    /// A value a builtin keeps in its own variables while Python code runs
    /// (`Interp::held`, each entry labelled by the builtin).
    Held(usize),
}

impl Holder {
    /// Would `gc.get_referrers` report this holder? Only tracked
    /// containers are; the stack, frames, the interpreter, constant tables
    /// and untracked tuples and dicts are invisible to it.
    pub fn seen_by_get_referrers(&self, it: &Interp) -> bool {
        match *self {
            Holder::Object { by, .. } => it.heap.is_tracked(by),
            _ => false,
        }
    }

    pub fn is_root(&self) -> bool {
        !matches!(self, Holder::Object { .. })
    }
}

/// Calls `f(held, holder)` once for every counted reference in the heap.
pub fn for_each_holder(it: &Interp, mut f: impl FnMut(ObjRef, Holder)) {
    for (i, s) in it.heap.slots.iter().enumerate() {
        if matches!(s.obj, Obj::Free) {
            continue;
        }
        let by = ObjRef(i as u32);
        s.obj.for_each_ref_role(|c, role| {
            if !c.is_null() {
                f(c, Holder::Object { by, role })
            }
        });
        if s.flags() & F_RUNTIME != 0 {
            f(by, Holder::Runtime);
        }
    }
    for_each_root(it, f);
}

/// The interpreter's own references (everything but object → object).
pub fn for_each_root(it: &Interp, mut f: impl FnMut(ObjRef, Holder)) {
    for r in it.names.all() {
        f(r, Holder::Name);
    }
    if !it.gc_garbage.is_null() {
        f(it.gc_garbage, Holder::GcGarbage);
    }
    if !it.gc_callbacks.is_null() {
        f(it.gc_callbacks, Holder::GcCallbacks);
    }
    for (i, &r) in it.stack.iter().enumerate() {
        if !r.is_null() {
            f(r, Holder::Stack(i));
        }
    }
    for (i, &r) in it.handled.iter().enumerate() {
        if !r.is_null() {
            f(r, Holder::Handled(i));
        }
    }
    for (i, &r) in it.pending.iter().enumerate() {
        if !r.is_null() {
            f(r, Holder::Pending(i));
        }
    }
    for (i, &r) in it.blocks.iter().enumerate() {
        if !r.is_null() {
            f(r, Holder::Block(i));
        }
    }
    for (i, fr) in it.frames.iter().enumerate() {
        if !fr.frame_obj.is_null() {
            f(fr.frame_obj, Holder::FrameObj(i));
        }
    }
    for (i, h) in it.held.iter().enumerate() {
        if !h.obj.is_null() {
            f(h.obj, Holder::Held(i));
        }
    }
}

/// The holders of one object.
pub fn holders_of(it: &Interp, target: ObjRef) -> Vec<Holder> {
    let mut out = Vec::new();
    for_each_holder(it, |c, h| {
        if c == target {
            out.push(h)
        }
    });
    out
}

/// Expected count of every slot: the number of its holders.
pub fn count_all(it: &Interp) -> Vec<u32> {
    let mut counts = vec![0u32; it.heap.slots.len()];
    for_each_holder(it, |c, _| counts[c.idx()] += 1);
    counts
}

/// What a stack slot is: whose frame, and which local, cell or temporary.
pub enum StackPlace {
    Local { frame: usize, name: String },
    Cell { frame: usize, name: String },
    Free { frame: usize, name: String },
    Temp { frame: Option<usize> },
}

pub fn stack_place(it: &Interp, index: usize) -> StackPlace {
    let Some(fi) = it.frames.iter().rposition(|f| f.base <= index) else {
        return StackPlace::Temp { frame: None };
    };
    let fr = &it.frames[fi];
    let code = &fr.code;
    let off = index - fr.base;
    let (nl, nc, nf) = (code.varnames.len(), code.cellvars.len(), code.freevars.len());
    // A frame's slots end where the next frame's begin (its arguments).
    let end = it.frames.get(fi + 1).map(|n| n.base).unwrap_or(usize::MAX);
    if index >= end {
        return StackPlace::Temp { frame: Some(fi) };
    }
    if off < nl {
        StackPlace::Local { frame: fi, name: code.varnames[off].clone() }
    } else if off < nl + nc {
        StackPlace::Cell { frame: fi, name: code.cellvars[off - nl].clone() }
    } else if off < nl + nc + nf {
        StackPlace::Free { frame: fi, name: code.freevars[off - nl - nc].clone() }
    } else {
        StackPlace::Temp { frame: Some(fi) }
    }
}

/// What labels need to know beyond one holder: which dicts are module
/// namespaces, which tuples are defaults or closures, what each cell is
/// called. Built once per report by one pass over the heap.
#[derive(Default)]
pub struct Context {
    module_of_dict: HashMap<u32, String>,
    tuple_role: HashMap<u32, String>,
    cell_name: HashMap<u32, String>,
}

impl Context {
    pub fn new(it: &Interp) -> Context {
        let mut cx = Context::default();
        for r in it.heap.live_objects() {
            match it.heap.get(r) {
                Obj::Module(m) => {
                    cx.module_of_dict.insert(m.dict.0, it.heap.as_str(m.name).unwrap_or("?").to_string());
                }
                Obj::Function(f) => {
                    if !f.defaults.is_null() {
                        cx.tuple_role.insert(f.defaults.0, format!("defaults of {}()", f.qualname));
                    }
                    if !f.closure.is_null() {
                        cx.tuple_role.insert(f.closure.0, format!("closure of {}()", f.qualname));
                        let code = match it.heap.get(f.code) {
                            Obj::Code(c) => Some(c.clone()),
                            _ => None,
                        };
                        if let (Some(code), Obj::Tuple(t)) = (code, it.heap.get(f.closure)) {
                            for (i, &c) in t.iter().enumerate() {
                                if let Some(n) = code.freevars.get(i) {
                                    cx.cell_name.entry(c.0).or_insert_with(|| format!("cell '{}' of {}()", n, f.qualname));
                                }
                            }
                        }
                    }
                }
                Obj::Instance(i) => {
                    if let Some(e) = &i.exc {
                        cx.tuple_role.insert(e.args.0, format!("args of {}", short(it, r)));
                    }
                }
                _ => {}
            }
        }
        // Cells made by running frames: named by the frame that made them.
        for (i, &r) in it.stack.iter().enumerate() {
            if r.is_null() {
                continue;
            }
            if let StackPlace::Cell { frame, name } = stack_place(it, i) {
                let fname = code_label(&it.frames[frame].code);
                cx.cell_name.insert(r.0, format!("cell '{}' of {}()", name, fname));
            }
        }
        if !it.builtins.is_null() {
            cx.module_of_dict.entry(it.builtins.0).or_insert_with(|| "builtins".to_string());
        }
        cx
    }

    pub fn module_of(&self, dict: ObjRef) -> Option<&str> {
        self.module_of_dict.get(&dict.0).map(|s| s.as_str())
    }
}

fn frame_name(it: &Interp, frame: usize) -> String {
    let c = &it.frames[frame].code;
    let n = code_label(c);
    if n == "<module>" {
        n
    } else {
        format!("{}()", n)
    }
}

fn key_text(it: &Interp, k: ObjRef) -> String {
    match it.heap.get(k) {
        Obj::Str(s) => format!("'{}'", s.s()),
        _ => super::describe::peek(it, k, 30),
    }
}

/// The words for one holder of `held`.
pub fn label(it: &Interp, cx: &Context, held: ObjRef, h: &Holder) -> String {
    match *h {
        Holder::Object { by, role } => object_label(it, cx, by, role),
        Holder::Runtime => match it.heap.get(held) {
            Obj::Int(v) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(v) => "small-int cache".into(),
            Obj::None | Obj::Bool(_) | Obj::Ellipsis | Obj::NotImplemented => "the interpreter (singleton)".into(),
            Obj::Str(s) if s.s().is_empty() => "the interpreter (singleton: the empty string)".into(),
            Obj::Tuple(t) if t.is_empty() => "the interpreter (singleton: the empty tuple)".into(),
            Obj::Str(_) => "one-character string cache".into(),
            Obj::Class(_) => "the interpreter (built-in type)".into(),
            Obj::Module(_) => "the interpreter (module table)".into(),
            _ => "the interpreter (runtime object)".into(),
        },
        Holder::Name => format!("the interpreter (a name it uses: {})", key_text(it, held)),
        Holder::GcGarbage => "the gc module (gc.garbage)".into(),
        Holder::GcCallbacks => "the gc module (gc.callbacks)".into(),
        Holder::Stack(i) => match stack_place(it, i) {
            StackPlace::Local { frame, name } => format!("local '{}' of {} (frame {})", name, frame_name(it, frame), frame),
            StackPlace::Cell { frame, name } => format!("cell variable '{}' of {} (frame {})", name, frame_name(it, frame), frame),
            StackPlace::Free { frame, name } => format!("free variable '{}' of {} (frame {})", name, frame_name(it, frame), frame),
            StackPlace::Temp { frame: Some(f) } => format!("evaluation stack of {} (frame {}): a temporary (operand or argument)", frame_name(it, f), f),
            StackPlace::Temp { frame: None } => "evaluation stack: a temporary".into(),
        },
        Holder::Handled(_) => "the exception being handled (an except block)".into(),
        Holder::Pending(_) => "the interpreter: a value waiting while a finally block runs".into(),
        Holder::Block(_) => "the interpreter: the code of the block being run".into(),
        Holder::FrameObj(i) => format!("the running frame {} (frame {})", frame_name(it, i), i),
        Holder::Held(i) => format!("the interpreter: {}", it.held.get(i).map(|h| h.what).unwrap_or("a value a builtin holds")),
    }
}

fn object_label(it: &Interp, cx: &Context, by: ObjRef, role: Role) -> String {
    let obj = it.heap.get(by);
    if let Obj::Sub(s) = it.heap.get_raw(by) {
        let cname = match it.heap.get(s.class) {
            Obj::Class(c) => c.qualname.clone(),
            _ => "?".into(),
        };
        match role {
            Role::Class => return format!("the class of {} instance {:#x}", cname, it.heap.id(by)),
            Role::InstanceDict => return format!("__dict__ of {} instance {:#x}", cname, it.heap.id(by)),
            _ => {}
        }
    }
    let attr_name = |attrs: &[(ObjRef, ObjRef)], n: u32| attrs.get(n as usize).and_then(|&(k, _)| it.heap.as_str(k)).unwrap_or("?").to_string();
    match (obj, role) {
        (Obj::Dict(d), Role::Key(i) | Role::Value(i)) => {
            let key = d.entries.get(i as usize).map(|e| e.key).unwrap_or(ObjRef::NULL);
            let is_key = matches!(role, Role::Key(_));
            let kt = if key.is_null() { "?".to_string() } else { key_text(it, key) };
            if let Some(m) = cx.module_of(by) {
                let m = m.to_string();
                if m == "builtins" {
                    if is_key {
                        return format!("builtins namespace: the key {}", kt);
                    }
                    if kt == "'_'" {
                        return "builtins._ (last echoed value)".into();
                    }
                    return format!("builtins.{}", kt.trim_matches('\''));
                }
                if is_key {
                    return format!("global name {} ({}): the key", kt, m);
                }
                return format!("global {} ({})", kt, m);
            }
            if is_key {
                format!("dict {:#x} key", it.heap.id(by))
            } else {
                format!("dict {:#x} value of {}", it.heap.id(by), kt)
            }
        }
        (Obj::Set(_), _) => format!("set {:#x} item", it.heap.id(by)),
        (Obj::List(_), Role::Item(i)) => {
            if by == it.gc_garbage {
                format!("gc.garbage [{}]", i)
            } else {
                format!("list {:#x} [{}]", it.heap.id(by), i)
            }
        }
        (Obj::Tuple(_), Role::Item(i)) => match cx.tuple_role.get(&by.0) {
            Some(what) => format!("{} (tuple {:#x} [{}])", what, it.heap.id(by), i),
            None => format!("tuple {:#x} [{}]", it.heap.id(by), i),
        },
        (Obj::Instance(inst), Role::Attr(n)) => format!("attribute .{} of {}", attr_name(&inst.attrs, n), short(it, by)),
        (Obj::Instance(inst), Role::AttrName(n)) => format!("attribute name '{}' of {}", attr_name(&inst.attrs, n), short(it, by)),
        (Obj::Instance(_), Role::Class) => format!("the class of instance {}", short(it, by)),
        (Obj::Instance(_), Role::ExcArgs) => format!("args of {}", short(it, by)),
        (Obj::Instance(_), Role::Traceback) => format!("__traceback__ of {}", short(it, by)),
        (Obj::Traceback(_), Role::TbNext) => format!("tb_next of traceback {:#x}", it.heap.id(by)),
        (Obj::Traceback(_), _) => format!("tb_frame of traceback {:#x}", it.heap.id(by)),
        (Obj::Generator(g), r) => {
            let gname = format!("{} {} {:#x}", g.kind.word(), it.heap.as_str(g.qualname).unwrap_or("?"), it.heap.id(by));
            match r {
                Role::Suspended(i) => match it.heap.get(g.code) {
                    Obj::Code(c) => format!("{} of suspended {}", slot_name(c, i as usize), gname),
                    _ => format!("slot {} of suspended {}", i, gname),
                },
                Role::FrameObject => format!("{}_frame of {}", g.kind.attr_prefix(), gname),
                Role::Func => format!("the function of {}", gname),
                Role::Code => format!("{}_code of {}", g.kind.attr_prefix(), gname),
                Role::Name => format!("__name__ of {}", gname),
                Role::QualName => format!("__qualname__ of {}", gname),
                Role::Handled(_) => format!("an exception suspended {} is handling", gname),
                _ => format!("a value suspended {} keeps for a finally block", gname),
            }
        }
        (Obj::Instance(_), Role::ExcContext) => format!("__context__ of {}", short(it, by)),
        (Obj::Instance(_), Role::ExcCause) => format!("__cause__ of {}", short(it, by)),
        (Obj::Class(c), Role::Attr(n)) => format!("class attribute {}.{}", c.qualname, attr_name(&c.attrs, n)),
        (Obj::Class(c), Role::AttrName(n)) => format!("class attribute name {}.{}: the key", c.qualname, attr_name(&c.attrs, n)),
        (Obj::Class(c), Role::Name) => format!("__name__ of class {}", c.qualname),
        (Obj::Class(c), Role::Base) => format!("base of class {}", c.qualname),
        (Obj::Class(c), Role::Bases) => format!("__bases__ of class {}", c.qualname),
        (Obj::Class(c), Role::Mro) => format!("__mro__ of class {}", c.qualname),
        (Obj::Class(c), Role::Class) => format!("metaclass of class {}", c.qualname),
        (Obj::Function(f), r) => {
            let n = &f.qualname;
            match r {
                Role::Code => format!("code of {}()", n),
                Role::Globals => format!("globals of {}()", n),
                Role::Name => format!("__name__ of {}()", n),
                Role::Defaults => format!("defaults tuple of {}()", n),
                Role::KwDefaults => format!("keyword defaults of {}()", n),
                Role::Closure => format!("closure tuple of {}()", n),
                Role::Attr(i) => format!("attribute .{} of {}()", attr_name(&f.attrs, i), n),
                Role::AttrName(i) => format!("attribute name '{}' of {}()", attr_name(&f.attrs, i), n),
                _ => format!("{}()", n),
            }
        }
        (Obj::BuiltinFunction { id, .. }, _) => format!("__self__ of built-in {}", crate::runtime::builtins::DEFS.get(*id as usize).map(|d| d.name).unwrap_or("?")),
        (Obj::Method { func, .. }, Role::SelfObj) => format!("bound method __self__ ({} bound to it)", method_name(it, *func)),
        (Obj::Method { .. }, Role::Func) => format!("bound method __func__ (method {:#x})", it.heap.id(by)),
        (Obj::Cell(_), _) => cx.cell_name.get(&by.0).cloned().unwrap_or_else(|| format!("cell {:#x}", it.heap.id(by))),
        (Obj::Code(c), Role::Const(_)) => {
            let running = it.blocks.contains(&by);
            let what = code_label(c);
            if what == "<module>" && running {
                format!("constants of {} (the block being run)", what)
            } else if what == "<module>" {
                "constants of <module>".to_string()
            } else {
                format!("constants of {}", what)
            }
        }
        (Obj::Code(c), Role::CodeName(_)) => format!("names used by {}", code_label(c)),
        (Obj::Module(m), _) => format!("module {}", it.heap.as_str(m.name).unwrap_or("?")),
        (Obj::Frame(fr), Role::Local(i)) => {
            let (name, fname) = match it.heap.get(fr.code) {
                Obj::Code(c) => (slot_name(c, i as usize), code_label(c)),
                _ => ("?".into(), "?".into()),
            };
            format!("{} of {}() (a finished frame kept by a traceback)", name, fname)
        }
        (Obj::Frame(_), Role::Back) => format!("f_back of finished frame {:#x}", it.heap.id(by)),
        (Obj::Frame(_), _) => format!("frame object {:#x}", it.heap.id(by)),
        (Obj::Iter(_), _) | (Obj::DictView { .. }, _) => format!("{} {:#x} (what it iterates)", it.heap.get(by).type_name(), it.heap.id(by)),
        (Obj::WeakRef(_), _) => format!("callback of weakref {:#x}", it.heap.id(by)),
        (Obj::Property { .. }, Role::Getter) => format!("getter of property {:#x}", it.heap.id(by)),
        (Obj::Property { .. }, Role::Setter) => format!("setter of property {:#x}", it.heap.id(by)),
        (Obj::Property { .. }, Role::Deleter) => format!("deleter of property {:#x}", it.heap.id(by)),
        (Obj::Property { .. }, _) => format!("__doc__ of property {:#x}", it.heap.id(by)),
        (Obj::StaticMethod(_), _) | (Obj::ClassMethod(_), _) => format!("{} {:#x} (the function it wraps)", it.heap.get(by).type_name(), it.heap.id(by)),
        (Obj::Super { .. }, _) => format!("super object {:#x}", it.heap.id(by)),
        (Obj::Slice(_), _) => format!("slice {:#x}", it.heap.id(by)),
        (Obj::MappingProxy(_), Role::Mapping) => format!("the namespace mappingproxy {:#x} shows", it.heap.id(by)),
        (Obj::MappingProxy(_), _) => format!("the class mappingproxy {:#x} shows", it.heap.id(by)),
        _ => format!("{} ({:?})", short(it, by), role),
    }
}

fn slot_name(c: &crate::compile::code::Code, i: usize) -> String {
    let (nl, nc) = (c.varnames.len(), c.cellvars.len());
    if i < nl {
        format!("local '{}'", c.varnames[i])
    } else if i < nl + nc {
        format!("cell variable '{}'", c.cellvars[i - nl])
    } else if let Some(n) = c.freevars.get(i - nl - nc) {
        format!("free variable '{}'", n)
    } else {
        "a temporary".into()
    }
}

fn method_name(it: &Interp, func: ObjRef) -> String {
    match it.heap.get(func) {
        Obj::Function(f) => format!("{}()", f.qualname),
        _ => type_label(it, func),
    }
}

/// Holders that belong to the runtime (type objects, builtin functions,
/// interned names...) rather than to the program: folded into one line
/// unless `--all` is asked for. Module namespaces are never folded.
pub fn is_interpreter_holder(it: &Interp, cx: &Context, h: &Holder) -> bool {
    match *h {
        Holder::Object { by, .. } => it.heap.flags(by) & F_RUNTIME != 0 && cx.module_of(by).is_none() && !matches!(it.heap.get(by), Obj::Module(_)),
        _ => false,
    }
}
