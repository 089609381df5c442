//! The built-in modules: sys, gc and weakref.

use std::io::Write;

use super::builtins::{Kw, Owner, DEFS};
use super::*;
use crate::heap::sizes;

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;

pub fn install(it: &mut Interp) {
    for m in ["sys", "gc", "weakref"] {
        let module = make_module(it, m, &module_defs(m));
        let d = match it.heap.get(module) {
            Obj::Module(md) => md.dict,
            _ => unreachable!(),
        };
        match m {
            "sys" => {
                let items: Vec<(&str, ObjRef)> = vec![
                    ("maxsize", it.heap.int(i64::MAX)),
                    ("version", it.heap.str("3.11.7 (glasspy)")),
                    ("platform", it.heap.str("linux")),
                    ("byteorder", it.heap.str("little")),
                    ("stderr", it.heap.str("<stderr>")),
                    ("stdout", it.heap.str("<stdout>")),
                ];
                for (k, v) in items {
                    let n = it.heap.intern(k);
                    let _ = it.dict_set(d, n, v);
                    it.decref(n);
                    it.decref(v);
                }
                let vi: Vec<ObjRef> = vec![it.heap.int(3), it.heap.int(11), it.heap.int(7)];
                let t = it.new_tuple(vi);
                let n = it.heap.intern("version_info");
                let _ = it.dict_set(d, n, t);
                it.decref(n);
                it.decref(t);
                let argv = it.new_list(vec![]);
                let n = it.heap.intern("argv");
                let _ = it.dict_set(d, n, argv);
                it.decref(n);
                it.decref(argv);
            }
            "gc" => {
                for (k, v) in [("DEBUG_STATS", DEBUG_STATS), ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE), ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE), ("DEBUG_SAVEALL", DEBUG_SAVEALL), ("DEBUG_LEAK", 38)] {
                    let n = it.heap.intern(k);
                    let v = it.heap.int(v);
                    let _ = it.dict_set(d, n, v);
                    it.decref(n);
                    it.decref(v);
                }
                let g = it.new_list(vec![]);
                it.gc_garbage = g;
                let n = it.heap.intern("garbage");
                let _ = it.dict_set(d, n, g);
                it.decref(n);
                // the runtime keeps its own reference to gc.garbage
            }
            "weakref" => {
                let wr = it.type_obj(TypeId::WeakRef);
                let n = it.heap.intern("ReferenceType");
                let _ = it.dict_set(d, n, wr);
                it.decref(n);
                // `weakref.ref` is the type itself. The builtin bound under
                // that name above (the type's constructor as a function)
                // stays alive, held by the runtime, so the start-up heap is
                // the one it always was: the same allocations, in order.
                let n = it.heap.intern("ref");
                if let Some(f) = it.dict_get_str(d, n) {
                    it.incref(f);
                    it.heap.set_flag(f, F_RUNTIME);
                }
                let _ = it.dict_set(d, n, wr);
                it.decref(n);
            }
            _ => {}
        }
    }
}

/// A built-in module object with these builtin functions, entered in the
/// runtime's module table (sys, gc and weakref at start-up; a registered
/// extension on its first import).
pub fn make_module(it: &mut Interp, m: &str, funcs: &[(u16, &'static str)]) -> ObjRef {
    let (module, d) = it.new_module(m);
    bind(it, module, d, funcs);
    module
}

/// Builtin ids and names of the rows of `DEFS` owned by module `m`.
fn module_defs(m: &str) -> Vec<(u16, &'static str)> {
    DEFS.iter().enumerate().filter(|(_, d)| matches!(d.owner, Owner::Module(o) if o == m)).map(|(i, d)| (i as u16, d.name)).collect()
}

/// The rows of `DEFS` owned by module `m`, as functions bound to it in its dict.
pub fn bind_functions(it: &mut Interp, m: &str, module: ObjRef, d: ObjRef) {
    bind(it, module, d, &module_defs(m));
}

pub fn bind(it: &mut Interp, module: ObjRef, d: ObjRef, funcs: &[(u16, &'static str)]) {
    for &(id, fname) in funcs {
        it.incref(module);
        let f = it.alloc(Obj::BuiltinFunction { id, bound: module });
        let n = it.heap.intern(fname);
        let _ = it.dict_set(d, n, f);
        it.decref(n);
        it.decref(f);
    }
}

fn int_arg(it: &mut Interp, r: ObjRef, what: &str) -> R<i64> {
    match it.small_index(r) {
        Some(v) if !matches!(it.heap.get(r), Obj::Float(_)) => Ok(v),
        _ => {
            let msg = format!("'{}' object cannot be interpreted as an integer{}", it.type_name(r), what);
            Err(it.type_error(msg))
        }
    }
}

// ----- sys ------------------------------------------------------------------------

/// A function of no arguments (METH_NOARGS): CPython's errors name it with
/// its module (`gc.isenabled() takes no arguments (1 given)`).
fn no_args(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw) -> R<()> {
    builtins::no_kw(it, name, kw)?;
    builtins::check_args(it, name, args, 0, 0)
}

/// A function of exactly one positional argument (METH_O).
fn one_arg(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw) -> R<()> {
    builtins::no_kw(it, name, kw)?;
    builtins::check_args(it, name, args, 1, 1)
}

/// At most `max` arguments, positional or by keyword (the keywords named
/// in `names`), as Argument Clinic checks them: the count first, then each
/// keyword's name.
fn clinic_args(it: &mut Interp, fname: &str, args: &[ObjRef], kw: Kw, names: &[&str], max: usize) -> R<()> {
    let n = args.len() + kw.len();
    if n > max {
        let msg = format!("{}() takes at most {} argument{} ({} given)", fname, max, if max == 1 { "" } else { "s" }, n);
        return Err(it.type_error(msg));
    }
    for &(k, _) in kw {
        let k = it.heap.as_str(k).unwrap_or("").to_string();
        if !names.contains(&k.as_str()) {
            let msg = format!("'{}' is an invalid keyword argument for {}()", k, fname);
            return Err(it.type_error(msg));
        }
    }
    Ok(())
}

pub fn sys_getsizeof(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    clinic_args(it, "getsizeof", args, kw, &["object", "default"], 2)?;
    if args.is_empty() {
        return Err(it.type_error("getsizeof() missing required argument 'object' (pos 1)".to_string()));
    }
    if let Some(n) = user_sizeof(it, args[0])? {
        return Ok(it.heap.int(n));
    }
    let n = sizes::getsizeof(&it.heap, args[0]);
    Ok(it.heap.int(n as i64))
}

/// `getsizeof(x)` for an instance whose class defines `__sizeof__` (as
/// CPython's getsizeof asks every object): its answer plus what sits
/// before the object in its block (the GC header, and for a class
/// statement's instance the managed-dict pointers).
fn user_sizeof(it: &mut Interp, v: ObjRef) -> R<Option<i64>> {
    let Some(cls) = it.instance_class(v) else { return Ok(None) };
    let name = it.heap.intern("__sizeof__");
    let f = it.lookup_user_attr(cls, name);
    it.decref(name);
    let Some(f) = f else { return Ok(None) };
    it.incref(v);
    it.stack.push(v);
    let r = it.call_held(f, 1)?;
    let n = match it.heap.get(r) {
        Obj::Int(n) => Ok(*n),
        Obj::Bool(b) => Ok(*b as i64),
        Obj::BigInt(_) => Err(true),
        _ => Err(false),
    };
    it.decref(r);
    match n {
        Ok(n) if n < 0 => Err(it.new_exception(ExcKind::ValueError, Some("__sizeof__() should return >= 0"))),
        Ok(n) => Ok(Some(n + sizes::preheader(&it.heap, it.heap.get_raw(v)) as i64)),
        Err(true) => Err(it.new_exception(ExcKind::OverflowError, Some("Python int too large to convert to C ssize_t"))),
        Err(false) => Err(it.type_error("an integer is required".to_string())),
    }
}

pub fn sys_getrecursionlimit(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "sys.getrecursionlimit", args, kw)?;
    let n = it.recursion_limit as i64;
    Ok(it.heap.int(n))
}

/// sys.exc_info(): the exception being handled as (type, value, traceback).
pub fn sys_exc_info(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if !args.is_empty() {
        return Err(it.type_error(format!("sys.exc_info() takes no arguments ({} given)", args.len())));
    }
    let items = match it.handled.last().copied() {
        Some(e) => {
            let cls = it.type_of(e);
            it.incref(cls);
            it.incref(e);
            let tb = it.exception_traceback(e);
            vec![cls, e, tb]
        }
        None => vec![it.heap.none(), it.heap.none(), it.heap.none()],
    };
    Ok(it.new_tuple(items))
}

/// sys.exception() (3.11): the exception being handled, or None.
pub fn sys_exception(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if !args.is_empty() {
        return Err(it.type_error(format!("sys.exception() takes no arguments ({} given)", args.len())));
    }
    let e = it.handled.last().copied().unwrap_or(NONE);
    it.incref(e);
    Ok(e)
}

pub fn sys_setrecursionlimit(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    one_arg(it, "sys.setrecursionlimit", args, kw)?;
    let n = int_arg(it, args[0], "")?;
    if n < 1 {
        return Err(it.new_exception(ExcKind::ValueError, Some("recursion limit must be greater or equal than 1")));
    }
    let depth = it.frames.len() as i64;
    if n <= depth {
        let msg = format!("cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, depth);
        return Err(it.new_exception(ExcKind::RecursionError, Some(&msg)));
    }
    // Beyond this the Rust stack (2 GiB, about 2 KiB per Python frame) would not hold.
    it.recursion_limit = n.min(500_000) as usize;
    Ok(it.heap.none())
}

pub fn sys_intern(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    one_arg(it, "sys.intern", args, kw)?;
    if it.heap.as_str(args[0]).is_none() {
        let msg = format!("intern() argument must be str, not {}", it.type_name(args[0]));
        return Err(it.type_error(msg));
    }
    Ok(it.heap.intern_obj(args[0]))
}

pub fn sys_debugmallocstats(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let mut s = String::new();
    it.heap.mem.write_stats(&mut s);
    let fl = &it.heap.freelists;
    use crate::heap::obmalloc::debug_allocator_stats;
    // _PyObject_DebugTypeStats: dicts, floats, lists, then tuples sized as
    // _PyObject_VAR_SIZE (no GC header), after an empty line.
    s.push('\n');
    debug_allocator_stats(&mut s, "PyDictObject", fl.dicts.len(), 48);
    debug_allocator_stats(&mut s, "PyFloatObject", fl.floats.len(), 24);
    debug_allocator_stats(&mut s, "PyListObject", fl.lists.len(), 40);
    for n in 1..=crate::heap::TUPLE_FREELIST_SIZES {
        debug_allocator_stats(&mut s, &format!("{}-sized PyTupleObject", n), fl.tuples[n].len(), 24 + 8 * n);
    }
    let _ = it.out.flush();
    let _ = std::io::stderr().write_all(s.as_bytes());
    Ok(it.heap.none())
}

pub fn sys_getallocatedblocks(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let n = it.heap.mem.allocated_blocks() as i64;
    Ok(it.heap.int(n))
}

// ----- gc --------------------------------------------------------------------------

pub fn gc_collect(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    clinic_args(it, "collect", args, kw, &["generation"], 1)?;
    let g = match args.first().copied().or_else(|| kw.first().map(|&(_, v)| v)) {
        Some(v) => int_arg(it, v, "")?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(it.new_exception(ExcKind::ValueError, Some("invalid generation")));
    }
    if it.heap.gc.collecting {
        return Ok(it.heap.int(0));
    }
    let n = it.collect_generation(g as usize);
    Ok(it.heap.int(n as i64))
}

pub fn gc_get_count(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "gc.get_count", args, kw)?;
    let c: Vec<i64> = it.heap.gc.gens.iter().map(|g| g.count as i64).collect();
    let items = c.into_iter().map(|v| it.heap.int(v)).collect();
    Ok(it.new_tuple(items))
}

/// The owner of the `gc` functions made on first read (`gc_lazy_member`).
pub const GC_LAZY: &str = "gc (made on first read)";

/// A member of `gc` made when first read, so that the start-up heap holds
/// no function objects for it (`freeze`, `unfreeze`, `get_freeze_count`):
/// a new reference, also stored in the module's dict.
pub fn gc_lazy_member(it: &mut Interp, d: ObjRef, n: &str) -> R<Option<ObjRef>> {
    let Some(id) = DEFS.iter().position(|def| def.owner == Owner::Module(GC_LAZY) && def.name == n) else { return Ok(None) };
    let f = it.alloc(Obj::BuiltinFunction { id: id as u16, bound: ObjRef::NULL });
    let key = it.heap.intern(n);
    let r = it.dict_set(d, key, f);
    it.decref(key);
    if let Err(e) = r {
        it.decref(f);
        return Err(e);
    }
    Ok(Some(f))
}

/// gc.freeze(): every tracked object moves to the permanent generation,
/// which collections ignore; generation 0's count starts again from zero.
pub fn gc_freeze(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    super::builtins::check_args(it, "gc.freeze", args, 0, 0)?;
    use crate::heap::gc::{LIST_PERMANENT, NUM_GENERATIONS};
    for g in 0..NUM_GENERATIONS {
        it.heap.gc_merge(g, LIST_PERMANENT as usize);
    }
    it.heap.gc.gens[0].count = 0;
    Ok(it.heap.none())
}

/// gc.unfreeze(): the permanent generation joins the oldest one.
pub fn gc_unfreeze(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    super::builtins::check_args(it, "gc.unfreeze", args, 0, 0)?;
    use crate::heap::gc::{LIST_PERMANENT, NUM_GENERATIONS};
    it.heap.gc_merge(LIST_PERMANENT as usize, NUM_GENERATIONS - 1);
    Ok(it.heap.none())
}

/// gc.get_freeze_count(): how many objects the permanent generation holds.
pub fn gc_get_freeze_count(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    super::builtins::check_args(it, "gc.get_freeze_count", args, 0, 0)?;
    let n = it.heap.gc_len(crate::heap::gc::LIST_PERMANENT as usize);
    Ok(it.heap.int(n as i64))
}

pub fn gc_get_threshold(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "gc.get_threshold", args, kw)?;
    let c: Vec<i64> = it.heap.gc.gens.iter().map(|g| g.threshold as i64).collect();
    let items = c.into_iter().map(|v| it.heap.int(v)).collect();
    Ok(it.new_tuple(items))
}

pub fn gc_set_threshold(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    builtins::no_kw(it, "set_threshold", kw)?;
    if args.is_empty() || args.len() > 3 {
        let bound = if args.is_empty() { "least 1 argument" } else { "most 3 arguments" };
        return Err(it.type_error(format!("set_threshold() takes at {} ({} given)", bound, args.len())));
    }
    for (i, &a) in args.iter().enumerate() {
        let v = int_arg(it, a, "")?;
        it.heap.gc.gens[i].threshold = v.max(0) as usize;
    }
    Ok(it.heap.none())
}

pub fn gc_enable(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "gc.enable", args, kw)?;
    it.heap.gc.enabled = true;
    Ok(it.heap.none())
}

pub fn gc_disable(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "gc.disable", args, kw)?;
    it.heap.gc.enabled = false;
    Ok(it.heap.none())
}

pub fn gc_isenabled(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "gc.isenabled", args, kw)?;
    let e = it.heap.gc.enabled;
    Ok(it.heap.bool(e))
}

pub fn gc_is_tracked(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    one_arg(it, "gc.is_tracked", args, kw)?;
    let t = it.heap.is_tracked(args[0]);
    Ok(it.heap.bool(t))
}

pub fn gc_is_finalized(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    one_arg(it, "gc.is_finalized", args, kw)?;
    let f = args.first().map(|&a| it.heap.flags(a) & F_FINALIZED != 0).unwrap_or(false);
    Ok(it.heap.bool(f))
}

pub fn gc_get_objects(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    clinic_args(it, "get_objects", args, kw, &["generation"], 1)?;
    let g = match args.first().copied().or_else(|| kw.first().map(|&(_, v)| v)) {
        Some(v) if v != NONE => {
            let g = int_arg(it, v, "")?;
            if !(0..=2).contains(&g) {
                return Err(it.new_exception(ExcKind::ValueError, Some("generation parameter must be less than the number of available generations (3)")));
            }
            Some(g as usize)
        }
        _ => None,
    };
    let result = it.new_list(vec![]);
    let gens: Vec<usize> = match g {
        Some(g) => vec![g],
        None => vec![0, 1, 2],
    };
    for g in gens {
        for o in it.heap.gc_generation(g) {
            if o != result {
                it.incref(o);
                it.list_append(result, o);
            }
        }
    }
    Ok(result)
}

pub fn gc_get_referrers(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let result = it.new_list(vec![]);
    for g in 0..3 {
        for o in it.heap.gc_generation(g) {
            if o == result {
                continue;
            }
            let mut refs = Vec::new();
            it.traverse(o, &mut |r| refs.push(r));
            if refs.iter().any(|r| args.contains(r)) {
                it.incref(o);
                it.list_append(result, o);
            }
        }
    }
    Ok(result)
}

pub fn gc_get_referents(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let mut refs = Vec::new();
    for &a in args {
        if it.heap.get_raw(a).is_gc_type() {
            it.traverse(a, &mut |r| refs.push(r));
        }
    }
    for &r in &refs {
        it.incref(r);
    }
    Ok(it.new_list(refs))
}

pub fn gc_set_debug(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    one_arg(it, "gc.set_debug", args, kw)?;
    let v = int_arg(it, args[0], "")?;
    it.heap.gc.debug = v as u32;
    Ok(it.heap.none())
}

pub fn gc_get_debug(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "gc.get_debug", args, kw)?;
    let d = it.heap.gc.debug as i64;
    Ok(it.heap.int(d))
}

pub fn gc_get_stats(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "gc.get_stats", args, kw)?;
    let stats = it.heap.gc.stats;
    let mut items = Vec::new();
    for (c, col, unc) in stats {
        let d = it.new_dict();
        for (k, v) in [("collections", c), ("collected", col), ("uncollectable", unc)] {
            let key = it.heap.intern(k);
            let val = it.heap.int(v as i64);
            let _ = it.dict_set(d, key, val);
            it.decref(key);
            it.decref(val);
        }
        items.push(d);
    }
    Ok(it.new_list(items))
}

// ----- weakref -----------------------------------------------------------------------

/// The constructor of `weakref.ref` as a builtin function (see `install`).
pub fn weakref_ref(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    super::weak::ref_construct(it, "weakref.ReferenceType", args, kw)
}

pub fn weakref_getweakrefcount(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if args.len() != 1 {
        return Err(it.type_error(format!("getweakrefcount() takes exactly one argument ({} given)", args.len())));
    }
    let n = it.weakrefs.get(&args[0].0).map(|v| v.len()).unwrap_or(0);
    Ok(it.heap.int(n as i64))
}
