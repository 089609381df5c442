//! Builtin functions and the methods of the built-in types.
//!
//! Every builtin is a row of `DEFS`: its name, who owns it (the builtins
//! module, a module, or a type's methods) and the Rust function. Arguments
//! are borrowed from the caller's evaluation stack; a builtin returns a new
//! reference.

use hashbrown::HashMap;
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::ops::Num;
use super::pyfmt;
use super::*;
use crate::heap::Heap;
use crate::syntax::CmpOp;

pub type Kw<'a> = &'a [(ObjRef, ObjRef)];
pub type BuiltinFn = fn(&mut Interp, ObjRef, &[ObjRef], Kw) -> R<ObjRef>;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Builtins,
    Module(&'static str),
    Type(TypeId),
}

pub struct Def {
    pub name: &'static str,
    pub owner: Owner,
    pub f: BuiltinFn,
}

macro_rules! defs {
    ($( $owner:expr => $name:literal : $f:expr ),* $(,)?) => {
        &[ $( Def { name: $name, owner: $owner, f: $f } ),* ]
    };
}

use Owner::*;
use TypeId as T;

pub static DEFS: &[Def] = defs![
    Builtins => "print": bi_print,
    Builtins => "len": bi_len,
    Builtins => "id": bi_id,
    Builtins => "getrefcount": bi_getrefcount,
    Builtins => "gc_collect": super::modules::gc_collect,
    Builtins => "repr": bi_repr,
    Builtins => "isinstance": bi_isinstance,
    Builtins => "issubclass": bi_issubclass,
    Builtins => "hex": bi_hex,
    Builtins => "oct": bi_oct,
    Builtins => "bin": bi_bin,
    Builtins => "abs": bi_abs,
    Builtins => "min": bi_min,
    Builtins => "max": bi_max,
    Builtins => "sum": bi_sum,
    Builtins => "sorted": bi_sorted,
    Builtins => "iter": bi_iter,
    Builtins => "next": bi_next,
    Builtins => "round": bi_round,
    Builtins => "divmod": bi_divmod,
    Builtins => "pow": bi_pow,
    Builtins => "chr": bi_chr,
    Builtins => "ord": bi_ord,
    Builtins => "hash": bi_hash,
    Builtins => "callable": bi_callable,
    Builtins => "getattr": bi_getattr,
    Builtins => "setattr": bi_setattr,
    Builtins => "hasattr": bi_hasattr,
    Builtins => "delattr": bi_delattr,
    Builtins => "any": bi_any,
    Builtins => "all": bi_all,
    Builtins => "map": bi_map,
    Builtins => "filter": bi_filter,
    Builtins => "format": bi_format,
    Builtins => "exit": bi_exit,
    Builtins => "quit": bi_exit,
    Builtins => "globals": bi_globals,
    Builtins => "locals": super::exec::bi_locals,
    Builtins => "eval": super::exec::bi_eval,
    Builtins => "exec": super::exec::bi_exec,
    Builtins => "compile": super::exec::bi_compile,
    Builtins => "vars": bi_vars,
    Builtins => "dir": bi_dir,
    Builtins => "input": bi_input,
    Module("object") => "__init__": bi_noop,
    Module("sys") => "_getframe": super::frame::sys_getframe,
    Module("traceback") => "format_exc": super::stdlib::tb_format_exc,
    Module("traceback") => "print_exc": super::stdlib::tb_print_exc,
    Module("traceback") => "format_exception": super::stdlib::tb_format_exception,
    Module("traceback") => "print_exception": super::stdlib::tb_print_exception,
    Module("traceback") => "format_tb": super::stdlib::tb_format_tb,
    Module("traceback") => "print_tb": super::stdlib::tb_print_tb,
    Module("traceback") => "_tb_entries": super::stdlib::tb_entries,
    Module("traceback") => "_source_line": super::stdlib::tb_source_line,
    Type(T::Generator) => "send": super::generator::gen_send,
    Type(T::Generator) => "throw": super::generator::gen_throw,
    Type(T::Generator) => "close": super::generator::gen_close_method,
    Type(T::Generator) => "__next__": super::generator::gen_next_method,
    Type(T::Generator) => "__iter__": super::generator::gen_iter_method,
    Type(T::Coroutine) => "send": super::generator::gen_send,
    Type(T::Coroutine) => "throw": super::generator::gen_throw,
    Type(T::Coroutine) => "close": super::generator::gen_close_method,
    Module("BaseException") => "__init__": exc_init,
    // str
    Type(T::Str) => "format": str_format,
    Type(T::Str) => "join": str_join,
    Type(T::Str) => "split": str_split,
    Type(T::Str) => "rsplit": str_rsplit,
    Type(T::Str) => "splitlines": str_splitlines,
    Type(T::Str) => "upper": str_upper,
    Type(T::Str) => "lower": str_lower,
    Type(T::Str) => "casefold": str_casefold,
    Type(T::Str) => "title": str_title,
    Type(T::Str) => "capitalize": str_capitalize,
    Type(T::Str) => "swapcase": str_swapcase,
    Type(T::Str) => "strip": str_strip,
    Type(T::Str) => "lstrip": str_lstrip,
    Type(T::Str) => "rstrip": str_rstrip,
    Type(T::Str) => "replace": str_replace,
    Type(T::Str) => "startswith": str_startswith,
    Type(T::Str) => "endswith": str_endswith,
    Type(T::Str) => "find": str_find,
    Type(T::Str) => "rfind": str_rfind,
    Type(T::Str) => "index": str_index,
    Type(T::Str) => "rindex": str_rindex,
    Type(T::Str) => "count": str_count,
    Type(T::Str) => "isdigit": str_isdigit,
    Type(T::Str) => "isdecimal": str_isdigit,
    Type(T::Str) => "isnumeric": str_isdigit,
    Type(T::Str) => "isalpha": str_isalpha,
    Type(T::Str) => "isalnum": str_isalnum,
    Type(T::Str) => "isspace": str_isspace,
    Type(T::Str) => "isupper": str_isupper,
    Type(T::Str) => "islower": str_islower,
    Type(T::Str) => "isidentifier": str_isidentifier,
    Type(T::Str) => "center": str_center,
    Type(T::Str) => "ljust": str_ljust,
    Type(T::Str) => "rjust": str_rjust,
    Type(T::Str) => "zfill": str_zfill,
    Type(T::Str) => "partition": str_partition,
    Type(T::Str) => "rpartition": str_rpartition,
    Type(T::Str) => "encode": str_encode,
    Type(T::Bytes) => "decode": bytes_decode,
    Type(T::Bytes) => "hex": bytes_hex,
    // list
    Type(T::List) => "append": list_append_m,
    Type(T::List) => "pop": list_pop,
    Type(T::List) => "extend": list_extend_m,
    Type(T::List) => "insert": list_insert,
    Type(T::List) => "remove": list_remove,
    Type(T::List) => "index": seq_index,
    Type(T::List) => "count": seq_count,
    Type(T::List) => "clear": list_clear,
    Type(T::List) => "copy": list_copy,
    Type(T::List) => "reverse": list_reverse,
    Type(T::List) => "sort": list_sort,
    // tuple
    Type(T::Tuple) => "index": seq_index,
    Type(T::Tuple) => "count": seq_count,
    // range
    Type(T::Range) => "index": range_index_m,
    Type(T::Range) => "count": range_count_m,
    // dict
    Type(T::Dict) => "get": dict_get_m,
    Type(T::Dict) => "keys": dict_keys,
    Type(T::Dict) => "values": dict_values,
    Type(T::Dict) => "items": dict_items_m,
    Type(T::Dict) => "pop": dict_pop_m,
    Type(T::Dict) => "popitem": dict_popitem,
    Type(T::Dict) => "setdefault": dict_setdefault,
    Type(T::Dict) => "update": dict_update_m,
    Type(T::Dict) => "clear": dict_clear_m,
    Type(T::Dict) => "copy": dict_copy_m,
    Type(T::Dict) => "fromkeys": dict_fromkeys,
    // set
    Type(T::Set) => "add": set_add_m,
    Type(T::Set) => "remove": set_remove,
    Type(T::Set) => "discard": set_discard,
    Type(T::Set) => "pop": set_pop,
    Type(T::Set) => "clear": dict_clear_m,
    Type(T::Set) => "copy": set_copy,
    Type(T::Set) => "update": set_update,
    Type(T::Set) => "union": set_union,
    Type(T::Set) => "intersection": set_intersection,
    Type(T::Set) => "difference": set_difference,
    Type(T::Set) => "issubset": set_issubset,
    // set and frozenset algebra (runtime/frozenset.rs)
    Type(T::Set) => "symmetric_difference": super::frozenset::set_symmetric_difference,
    Type(T::Set) => "issuperset": super::frozenset::set_issuperset,
    Type(T::Set) => "isdisjoint": super::frozenset::set_isdisjoint,
    Type(T::Set) => "intersection_update": super::frozenset::set_intersection_update,
    Type(T::Set) => "difference_update": super::frozenset::set_difference_update,
    Type(T::Set) => "symmetric_difference_update": super::frozenset::set_symmetric_difference_update,
    Type(T::Complex) => "conjugate": super::complex::complex_conjugate,
    Type(T::FrozenSet) => "copy": super::frozenset::frozenset_copy,
    Type(T::FrozenSet) => "union": super::frozenset::set_union_m,
    Type(T::FrozenSet) => "intersection": super::frozenset::set_intersection_m,
    Type(T::FrozenSet) => "difference": super::frozenset::set_difference_m,
    Type(T::FrozenSet) => "symmetric_difference": super::frozenset::set_symmetric_difference,
    Type(T::FrozenSet) => "issubset": super::frozenset::set_issubset_m,
    Type(T::FrozenSet) => "issuperset": super::frozenset::set_issuperset,
    Type(T::FrozenSet) => "isdisjoint": super::frozenset::set_isdisjoint,
    // int, float
    Type(T::Int) => "bit_length": int_bit_length,
    Type(T::Int) => "conjugate": same_value,
    Type(T::Float) => "is_integer": float_is_integer,
    Type(T::Float) => "conjugate": same_value,
    // sys
    Module("sys") => "getrefcount": bi_getrefcount,
    Module("sys") => "getsizeof": super::modules::sys_getsizeof,
    Module("sys") => "getrecursionlimit": super::modules::sys_getrecursionlimit,
    Module("sys") => "exc_info": super::modules::sys_exc_info,
    Module("sys") => "exception": super::modules::sys_exception,
    Module("sys") => "setrecursionlimit": super::modules::sys_setrecursionlimit,
    Module("sys") => "intern": super::modules::sys_intern,
    Module("sys") => "_debugmallocstats": super::modules::sys_debugmallocstats,
    Module("sys") => "getallocatedblocks": super::modules::sys_getallocatedblocks,
    Module("sys") => "exit": bi_exit,
    // gc
    Module("gc") => "collect": super::modules::gc_collect,
    Module("gc") => "get_count": super::modules::gc_get_count,
    Module(super::modules::GC_LAZY) => "freeze": super::modules::gc_freeze,
    Module(super::modules::GC_LAZY) => "unfreeze": super::modules::gc_unfreeze,
    Module(super::modules::GC_LAZY) => "get_freeze_count": super::modules::gc_get_freeze_count,
    Module("gc") => "get_threshold": super::modules::gc_get_threshold,
    Module("gc") => "set_threshold": super::modules::gc_set_threshold,
    Module("gc") => "enable": super::modules::gc_enable,
    Module("gc") => "disable": super::modules::gc_disable,
    Module("gc") => "isenabled": super::modules::gc_isenabled,
    Module("gc") => "is_tracked": super::modules::gc_is_tracked,
    Module("gc") => "get_objects": super::modules::gc_get_objects,
    Module("gc") => "get_referrers": super::modules::gc_get_referrers,
    Module("gc") => "get_referents": super::modules::gc_get_referents,
    Module("gc") => "set_debug": super::modules::gc_set_debug,
    Module("gc") => "get_debug": super::modules::gc_get_debug,
    Module("gc") => "get_stats": super::modules::gc_get_stats,
    Module("gc") => "is_finalized": super::modules::gc_is_finalized,
    // weakref
    Module("weakref") => "ref": super::modules::weakref_ref,
    Module("weakref") => "getweakrefcount": super::modules::weakref_getweakrefcount,
    Type(T::WeakRef) => "__new__": crate::types::subclass::weakref_new,
    Type(T::WeakRef) => "__init__": super::weak::ref_init,
    Type(T::WeakRef) => "__call__": super::weak::ref_call,
    Type(T::WeakRef) => "__hash__": super::weak::ref_hash,
    Type(T::WeakRef) => "__eq__": super::weak::ref_eq,
    Type(T::WeakRef) => "__ne__": super::weak::ref_ne,
    // what a subclass of a built-in type inherits (types/subclass.rs)
    Type(T::List) => "__init__": crate::types::subclass::list_init,
    Type(T::Dict) => "__init__": crate::types::subclass::dict_init,
    Type(T::Set) => "__init__": crate::types::subclass::set_init,
    Type(T::Object) => "__new__": crate::types::subclass::object_new,
    Type(T::Object) => "__setattr__": crate::types::subclass::object_setattr,
    Type(T::Object) => "__delattr__": crate::types::subclass::object_delattr,
    Type(T::Int) => "__new__": crate::types::subclass::int_new,
    Type(T::Float) => "__new__": crate::types::subclass::float_new,
    Type(T::Str) => "__new__": crate::types::subclass::str_new,
    Type(T::Bytes) => "__new__": crate::types::subclass::bytes_new,
    Type(T::Tuple) => "__new__": crate::types::subclass::tuple_new,
    Type(T::List) => "__new__": crate::types::subclass::list_new,
    Type(T::Dict) => "__new__": crate::types::subclass::dict_new,
    Type(T::Set) => "__new__": crate::types::subclass::set_new,
    // the type type (typeobj.rs)
    Type(T::Type) => "mro": super::typeobj::type_mro,
    Type(T::Type) => "__new__": super::typeobj::type_new,
    Type(T::Type) => "__call__": super::typeobj::type_call,
    Type(T::Object) => "__init_subclass__": super::typeobj::object_init_subclass,
    Type(T::Object) => "__getattribute__": super::getattribute::object_getattribute,
    Type(T::MappingProxy) => "get": super::class_dict::proxy_get,
    Type(T::MappingProxy) => "keys": super::class_dict::proxy_keys,
    Type(T::MappingProxy) => "values": super::class_dict::proxy_values,
    Type(T::MappingProxy) => "items": super::class_dict::proxy_items,
    Type(T::MappingProxy) => "copy": super::class_dict::proxy_copy,
    Type(T::Property) => "getter": super::descr::property_getter,
    Type(T::Property) => "setter": super::descr::property_setter,
    Type(T::Property) => "deleter": super::descr::property_deleter,
    Type(T::List) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::Dict) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::Set) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::Tuple) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::Int) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::Float) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::Str) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::Bytes) => "__repr__": crate::types::subclass::slot_repr,
    Type(T::List) => "__len__": crate::types::subclass::slot_len,
    Type(T::Dict) => "__len__": crate::types::subclass::slot_len,
    Type(T::Set) => "__len__": crate::types::subclass::slot_len,
    Type(T::Tuple) => "__len__": crate::types::subclass::slot_len,
    Type(T::Str) => "__len__": crate::types::subclass::slot_len,
    Type(T::Bytes) => "__len__": crate::types::subclass::slot_len,
    Type(T::List) => "__getitem__": crate::types::subclass::slot_getitem,
    Type(T::Dict) => "__getitem__": crate::types::subclass::slot_getitem,
    Type(T::Tuple) => "__getitem__": crate::types::subclass::slot_getitem,
    Type(T::Str) => "__getitem__": crate::types::subclass::slot_getitem,
    Type(T::Bytes) => "__getitem__": crate::types::subclass::slot_getitem,
    Type(T::List) => "__setitem__": crate::types::subclass::slot_setitem,
    Type(T::Dict) => "__setitem__": crate::types::subclass::slot_setitem,
    Type(T::List) => "__delitem__": crate::types::subclass::slot_delitem,
    Type(T::Dict) => "__delitem__": crate::types::subclass::slot_delitem,
    Type(T::List) => "__contains__": crate::types::subclass::slot_contains,
    Type(T::Dict) => "__contains__": crate::types::subclass::slot_contains,
    Type(T::Set) => "__contains__": crate::types::subclass::slot_contains,
    Type(T::Tuple) => "__contains__": crate::types::subclass::slot_contains,
    Type(T::Str) => "__contains__": crate::types::subclass::slot_contains,
    Type(T::Bytes) => "__contains__": crate::types::subclass::slot_contains,
    Type(T::List) => "__iter__": crate::types::subclass::slot_iter,
    Type(T::Dict) => "__iter__": crate::types::subclass::slot_iter,
    Type(T::Set) => "__iter__": crate::types::subclass::slot_iter,
    Type(T::Tuple) => "__iter__": crate::types::subclass::slot_iter,
    Type(T::Str) => "__iter__": crate::types::subclass::slot_iter,
    Type(T::Bytes) => "__iter__": crate::types::subclass::slot_iter,
    Type(T::List) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::Dict) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::Set) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::Tuple) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::Int) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::Float) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::Str) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::Bytes) => "__eq__": crate::types::subclass::slot_eq,
    Type(T::List) => "__lt__": crate::types::subclass::slot_lt,
    Type(T::Set) => "__lt__": crate::types::subclass::slot_lt,
    Type(T::Tuple) => "__lt__": crate::types::subclass::slot_lt,
    Type(T::Int) => "__lt__": crate::types::subclass::slot_lt,
    Type(T::Float) => "__lt__": crate::types::subclass::slot_lt,
    Type(T::Str) => "__lt__": crate::types::subclass::slot_lt,
    Type(T::Bytes) => "__lt__": crate::types::subclass::slot_lt,
    Type(T::Tuple) => "__hash__": crate::types::subclass::slot_hash,
    Type(T::Int) => "__hash__": crate::types::subclass::slot_hash,
    Type(T::Float) => "__hash__": crate::types::subclass::slot_hash,
    Type(T::Str) => "__hash__": crate::types::subclass::slot_hash,
    Type(T::Bytes) => "__hash__": crate::types::subclass::slot_hash,
    Type(T::List) => "__add__": crate::types::subclass::slot_add,
    Type(T::Tuple) => "__add__": crate::types::subclass::slot_add,
    Type(T::Int) => "__add__": crate::types::subclass::slot_add,
    Type(T::Float) => "__add__": crate::types::subclass::slot_add,
    Type(T::Str) => "__add__": crate::types::subclass::slot_add,
    Type(T::Bytes) => "__add__": crate::types::subclass::slot_add,
    Type(T::List) => "__mul__": crate::types::subclass::slot_mul,
    Type(T::Tuple) => "__mul__": crate::types::subclass::slot_mul,
    Type(T::Int) => "__mul__": crate::types::subclass::slot_mul,
    Type(T::Float) => "__mul__": crate::types::subclass::slot_mul,
    Type(T::Str) => "__mul__": crate::types::subclass::slot_mul,
    Type(T::Bytes) => "__mul__": crate::types::subclass::slot_mul,
];

/// The id of `object.__init__` (accepts anything, does nothing).
pub fn object_noop_id() -> u16 {
    DEFS.iter().position(|d| d.owner == Owner::Module("object")).unwrap_or(0) as u16
}

/// The id of `BaseException.__init__` (stores its arguments as `args`).
pub fn exc_init_id() -> u16 {
    DEFS.iter().position(|d| d.owner == Owner::Module("BaseException")).unwrap_or(0) as u16
}

fn exc_init(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    for &a in args {
        it.incref(a);
    }
    let t = it.new_tuple(args.to_vec());
    let old = match it.heap.get_mut(this) {
        Obj::Instance(i) => match &mut i.exc {
            Some(st) => std::mem::replace(&mut st.args, t),
            None => t,
        },
        _ => t,
    };
    it.decref(old);
    Ok(it.heap.none())
}

fn bi_noop(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    Ok(it.heap.none())
}

pub fn builtin_name(id: u16) -> &'static str {
    match DEFS.get(id as usize) {
        Some(d) => d.name,
        None => extension(id).map(|(_, n, _)| n).unwrap_or("?"),
    }
}

/// A built-in module that lives outside the engine (the `glass` module of
/// the inspection layer): its name and functions. Registered once per
/// process; made into a module object only when a program imports it.
pub struct Extension {
    pub module: &'static str,
    pub functions: &'static [(&'static str, BuiltinFn)],
}

static EXTENSIONS: std::sync::RwLock<Vec<(&'static str, &'static str, BuiltinFn)>> = std::sync::RwLock::new(Vec::new());

/// Registers an extension module's functions (idempotent).
pub fn register_extension(e: &Extension) {
    let mut v = EXTENSIONS.write().unwrap_or_else(|p| p.into_inner());
    if v.iter().any(|(m, _, _)| *m == e.module) {
        return;
    }
    for &(n, f) in e.functions {
        v.push((e.module, n, f));
    }
}

/// The extension function with builtin id `id` (ids after DEFS').
fn extension(id: u16) -> Option<(&'static str, &'static str, BuiltinFn)> {
    let v = EXTENSIONS.read().unwrap_or_else(|p| p.into_inner());
    v.get((id as usize).checked_sub(DEFS.len())?).copied()
}

/// Builtin ids and names of an extension module's functions.
pub fn extension_functions(module: &str) -> Vec<(u16, &'static str)> {
    let v = EXTENSIONS.read().unwrap_or_else(|p| p.into_inner());
    v.iter().enumerate().filter(|(_, (m, _, _))| *m == module).map(|(i, (_, n, _))| ((DEFS.len() + i) as u16, *n)).collect()
}

fn method_table() -> &'static HashMap<(TypeId, &'static str), u16> {
    static TABLE: OnceLock<HashMap<(TypeId, &'static str), u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::new();
        for (i, d) in DEFS.iter().enumerate() {
            if let Owner::Type(t) = d.owner {
                m.insert((t, d.name), i as u16);
            }
        }
        m
    })
}

pub fn find_method_by_type(t: TypeId, name: &str) -> Option<u16> {
    let tab = method_table();
    tab.get(&(t, name)).copied().or_else(|| if t == TypeId::Bool { tab.get(&(TypeId::Int, name)).copied() } else { None })
}

/// The methods a built-in type defines itself, by name, in table order
/// (what its `__dict__` shows).
pub fn methods_of_type(t: TypeId) -> Vec<(&'static str, u16)> {
    let mut v: Vec<(&'static str, u16)> = Vec::new();
    for d in DEFS {
        if d.owner == Owner::Type(t) && !v.iter().any(|&(n, _)| n == d.name) {
            if let Some(id) = find_method_by_type(t, d.name) {
                v.push((d.name, id));
            }
        }
    }
    v
}

/// The built-in type whose methods an object has (None for instances and others).
#[inline]
pub fn method_type(it: &Interp, o: ObjRef) -> Option<TypeId> {
    Some(match it.heap.get(o) {
        Obj::Str(_) => T::Str,
        Obj::Bytes(_) => T::Bytes,
        Obj::List(_) => T::List,
        Obj::Dict(_) => T::Dict,
        Obj::Tuple(_) => T::Tuple,
        Obj::Set(d) if d.frozen => T::FrozenSet,
        Obj::Set(_) => T::Set,
        Obj::Int(_) | Obj::BigInt(_) => T::Int,
        Obj::Bool(_) => T::Bool,
        Obj::Float(_) => T::Float,
        Obj::Generator(g) if g.kind == super::coroutine::GenKind::Coroutine => T::Coroutine,
        Obj::Generator(_) => T::Generator,
        Obj::Range(_) => T::Range,
        Obj::Property(_) => T::Property,
        Obj::Complex(_) => T::Complex,
        Obj::MappingProxy(_) => T::MappingProxy,
        _ => return None,
    })
}

/// The builtin method `name` of a built-in-typed object.
pub fn find_method(it: &Interp, o: ObjRef, name: ObjRef) -> Option<u16> {
    let t = method_type(it, o)?;
    let n = it.heap.as_str(name)?;
    find_method_by_type(t, n)
}

/// Methods of built-in types that are class methods in CPython.
const CLASS_METHODS: &[&str] = &["fromkeys"];

pub fn dispatch(it: &mut Interp, id: u16, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let Some(def) = DEFS.get(id as usize) else {
        return match extension(id) {
            Some((_, _, f)) => f(it, this, args, kw),
            None => Err(it.type_error("unknown built-in function".into())),
        };
    };
    // An unbound method (str.join) called with the object first.
    if let Owner::Type(_) = def.owner {
        // Class methods (dict.fromkeys) take no instance first.
        if this.is_null() && !CLASS_METHODS.contains(&def.name) {
            if args.is_empty() {
                let msg = format!("unbound method {}() needs an argument", def.name);
                return Err(it.type_error(msg));
            }
            return (def.f)(it, args[0], &args[1..], kw);
        }
    }
    (def.f)(it, this, args, kw)
}

/// Installs the builtins dict (functions, types, exceptions).
pub fn install(it: &mut Interp) {
    let d = it.new_dict();
    it.heap.set_flag(d, F_RUNTIME);
    it.builtins = d;
    for (i, def) in DEFS.iter().enumerate() {
        if def.owner == Owner::Builtins {
            let f = it.runtime_obj(Obj::BuiltinFunction { id: i as u16, bound: ObjRef::NULL });
            let n = it.heap.intern(def.name);
            let _ = it.dict_set(d, n, f);
            it.decref(n);
        }
    }
    let types = [
        ("object", T::Object),
        ("type", T::Type),
        ("int", T::Int),
        ("float", T::Float),
        ("str", T::Str),
        ("bool", T::Bool),
        ("list", T::List),
        ("tuple", T::Tuple),
        ("dict", T::Dict),
        ("set", T::Set),
        ("range", T::Range),
        ("bytes", T::Bytes),
        ("enumerate", T::Iterator),
        ("zip", T::Iterator),
        ("reversed", T::Iterator),
        ("slice", T::Slice),
        ("property", T::Property),
        ("staticmethod", T::StaticMethod),
        ("classmethod", T::ClassMethod),
        ("super", T::Super),
    ];
    for (name, t) in types {
        let obj = if matches!(name, "enumerate" | "zip" | "reversed") {
            // Iterator constructors: classes of their own for isinstance/repr.
            let n = it.heap.intern(name);
            let base = it.type_obj(T::Object);
            it.incref(base);
            it.runtime_obj(Obj::Class(Box::new(ClassObj { builtin: Some(T::Iterator), ..ClassObj::new(n, name, Some(base)) })))
        } else {
            it.type_obj(t)
        };
        let n = it.heap.intern(name);
        let _ = it.dict_set(d, n, obj);
        it.decref(n);
    }
    let mut exc: Vec<(&'static str, ObjRef)> = ExcKind::AT_STARTUP.iter().map(|&k| (k.name(), it.exc_class(k))).collect();
    exc.sort_by_key(|(k, _)| *k);
    for (name, c) in exc {
        let n = it.heap.intern(name);
        let _ = it.dict_set(d, n, c);
        it.decref(n);
    }
    for (name, v) in [("None", NONE), ("True", TRUE), ("False", FALSE), ("Ellipsis", ELLIPSIS), ("NotImplemented", NOT_IMPLEMENTED)] {
        let n = it.heap.intern(name);
        let _ = it.dict_set(d, n, v);
        it.decref(n);
    }
    let n = it.heap.intern("__name__");
    let b = it.heap.intern("builtins");
    let _ = it.dict_set(d, n, b);
    it.decref(n);
    it.decref(b);
}

// ----- argument helpers ----------------------------------------------------------

fn nargs_err(it: &mut Interp, name: &str, min: usize, max: usize, got: usize) -> Exc {
    let msg = if min == max {
        if min == 0 {
            format!("{}() takes no arguments ({} given)", name, got)
        } else if min == 1 {
            format!("{}() takes exactly one argument ({} given)", name, got)
        } else {
            format!("{} expected {} arguments, got {}", name, min, got)
        }
    } else if got < min {
        format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, got)
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, got)
    };
    it.type_error(msg)
}

pub(crate) fn check_args(it: &mut Interp, name: &str, args: &[ObjRef], min: usize, max: usize) -> R<()> {
    if args.len() < min || args.len() > max {
        return Err(nargs_err(it, name, min, max, args.len()));
    }
    Ok(())
}

pub(crate) fn no_kw(it: &mut Interp, name: &str, kw: Kw) -> R<()> {
    if !kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", name);
        return Err(it.type_error(msg));
    }
    Ok(())
}

pub(crate) fn kwarg(it: &Interp, kw: Kw, name: &str) -> Option<ObjRef> {
    kw.iter().find(|(k, _)| it.heap.as_str(*k) == Some(name)).map(|&(_, v)| v)
}

pub(crate) fn check_kw(it: &mut Interp, fname: &str, kw: Kw, allowed: &[&str]) -> R<()> {
    for &(k, _) in kw {
        let n = it.heap.as_str(k).unwrap_or("").to_string();
        if !allowed.contains(&n.as_str()) {
            let msg = format!("{}() got an unexpected keyword argument '{}'", fname, n);
            return Err(it.type_error(msg));
        }
    }
    Ok(())
}

fn arg_str(it: &mut Interp, r: ObjRef, what: &str) -> R<String> {
    match it.heap.as_str(r) {
        Some(s) => Ok(s.to_string()),
        None => {
            let msg = format!("{} must be str, not {}", what, it.type_name(r));
            Err(it.type_error(msg))
        }
    }
}

fn arg_int(it: &mut Interp, r: ObjRef) -> R<i64> {
    match it.heap.get(r) {
        Obj::Int(i) => Ok(*i),
        Obj::Bool(b) => Ok(*b as i64),
        Obj::BigInt(_) => Err(it.new_exception(ExcKind::OverflowError, Some("Python int too large to convert to C ssize_t"))),
        _ => {
            let msg = format!("'{}' object cannot be interpreted as an integer", it.type_name(r));
            Err(it.type_error(msg))
        }
    }
}

fn this_str(it: &Interp, this: ObjRef) -> String {
    it.heap.as_str(this).unwrap_or("").to_string()
}

fn none(it: &mut Interp) -> R<ObjRef> {
    Ok(it.heap.none())
}

fn new_ref(it: &mut Interp, r: ObjRef) -> ObjRef {
    it.incref(r);
    r
}

// ----- builtin functions -----------------------------------------------------------

fn bi_print(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "print", kw, &["sep", "end", "file", "flush"])?;
    let get_opt = |it: &mut Interp, name: &str, def: &str| -> R<String> {
        match kwarg(it, kw, name) {
            None => Ok(def.to_string()),
            Some(v) if v == NONE => Ok(def.to_string()),
            Some(v) => match it.heap.as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let msg = format!("{} must be None or a string, not {}", name, it.type_name(v));
                    Err(it.type_error(msg))
                }
            },
        }
    };
    let sep = get_opt(it, "sep", " ")?;
    let end = get_opt(it, "end", "\n")?;
    // sys.stdout and sys.stderr themselves are written directly; any other
    // file (or an object the program put in sys.stdout) through its write.
    let to_stderr = match kwarg(it, kw, "file").filter(|&f| f != NONE) {
        Some(f) => match super::sys_objects::std_stream_fd(it, f) {
            Some(fd) => fd == 2,
            None => return print_to_file(it, f, args, &sep, &end),
        },
        None => match super::sys_objects::replaced_stdout(it) {
            Some(f) => {
                let r = it.holding(f, "sys.stdout of print()", |it| print_to_file(it, f, args, &sep, &end));
                it.decref(f);
                return r;
            }
            None => false,
        },
    };
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&it.str_of(a)?);
    }
    out.push_str(&end);
    if to_stderr {
        it.write_err(&out)?;
    } else {
        it.write_out(&out)?;
    }
    none(it)
}

/// `print(..., file=f)` to a file object: `f.write` of each piece in
/// turn, as CPython writes them (each argument's str, the separators, the end).
fn print_to_file(it: &mut Interp, f: ObjRef, args: &[ObjRef], sep: &str, end: &str) -> R<ObjRef> {
    let wname = it.heap.intern("write");
    let write = it.getattr(f, wname);
    it.decref(wname);
    let write = write?;
    let r = it.holding(write, "file.write of print()", |it| -> R<()> {
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                let s = it.heap.str(sep);
                it.stack.push(s);
                let r = it.call_held(write, 1)?;
                it.decref(r);
            }
            let s = it.str_of(a)?;
            let s = it.heap.str(&s);
            it.stack.push(s);
            let r = it.call_held(write, 1)?;
            it.decref(r);
        }
        let s = it.heap.str(end);
        it.stack.push(s);
        let r = it.call_held(write, 1)?;
        it.decref(r);
        Ok(())
    });
    it.decref(write);
    r?;
    none(it)
}

fn bi_len(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "len", kw)?;
    check_args(it, "len", args, 1, 1)?;
    let n = it.len_of(args[0])?;
    Ok(it.heap.int(n as i64))
}

fn bi_id(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "id", kw)?;
    check_args(it, "id", args, 1, 1)?;
    let v = it.heap.id(args[0]);
    Ok(it.heap.bigint(BigInt::from(v)))
}

fn bi_getrefcount(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    // also the prelude's builtin `getrefcount`, which is sys's function
    no_kw(it, "sys.getrefcount", kw)?;
    check_args(it, "sys.getrefcount", args, 1, 1)?;
    let n = it.heap.rc(args[0]);
    Ok(it.heap.int(n as i64))
}

fn bi_repr(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "repr", kw)?;
    check_args(it, "repr", args, 1, 1)?;
    let s = it.repr(args[0])?;
    Ok(it.heap.str(&s))
}

/// isinstance (`inst` is the object, `cls` its type) or issubclass (`inst`
/// None): a class spec whose metaclass defines `__instancecheck__` /
/// `__subclasscheck__` answers through it (ABCMeta's virtual subclasses),
/// after isinstance's exact-type shortcut, as in CPython.
fn class_in(it: &mut Interp, inst: Option<ObjRef>, cls: ObjRef, spec: ObjRef, fname: &str) -> R<bool> {
    if let Some(r) = it.abc_check(cls, spec) {
        return Ok(r);
    }
    if let Obj::Class(c) = it.heap.get(spec) {
        if !c.meta.is_null() && !(inst.is_some() && cls == spec) {
            let hook = if inst.is_some() { "__instancecheck__" } else { "__subclasscheck__" };
            if let Some(f) = it.lookup_user_attr_str(c.meta, hook) {
                let r = it.call_with(f, &[spec, inst.unwrap_or(cls)], &[])?;
                let t = it.truthy(r);
                it.decref(r);
                return t;
            }
        }
    }
    match it.heap.get(spec) {
        Obj::Class(_) => Ok(it.is_subclass(cls, spec)),
        Obj::Tuple(t) => {
            let t = t.to_vec();
            for c in t {
                if class_in(it, inst, cls, c, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let msg = format!("{}() arg 2 must be a type, a tuple of types, or a union", fname);
            Err(it.type_error(msg))
        }
    }
}

fn bi_isinstance(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "isinstance", kw)?;
    check_args(it, "isinstance", args, 2, 2)?;
    let cls = it.type_of(args[0]);
    let r = class_in(it, Some(args[0]), cls, args[1], "isinstance")?;
    Ok(it.heap.bool(r))
}

fn bi_issubclass(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "issubclass", kw)?;
    check_args(it, "issubclass", args, 2, 2)?;
    if !matches!(it.heap.get(args[0]), Obj::Class(_)) {
        return Err(it.type_error("issubclass() arg 1 must be a class".into()));
    }
    let r = class_in(it, None, args[0], args[1], "issubclass")?;
    Ok(it.heap.bool(r))
}

fn radix(it: &mut Interp, args: &[ObjRef], kw: Kw, name: &str, base: u32) -> R<ObjRef> {
    no_kw(it, name, kw)?;
    check_args(it, name, args, 1, 1)?;
    match it.int_value(args[0]) {
        Some(v) if !matches!(it.heap.get(args[0]), Obj::Float(_)) => {
            let s = pyfmt::int_to_str_radix(&v, base, true);
            Ok(it.heap.str(&s))
        }
        _ => {
            let msg = format!("'{}' object cannot be interpreted as an integer", it.type_name(args[0]));
            Err(it.type_error(msg))
        }
    }
}

fn bi_hex(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    radix(it, args, kw, "hex", 16)
}
fn bi_oct(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    radix(it, args, kw, "oct", 8)
}
fn bi_bin(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    radix(it, args, kw, "bin", 2)
}

fn bi_abs(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "abs", kw)?;
    check_args(it, "abs", args, 1, 1)?;
    if let Some(r) = it.complex_unary(args[0], "abs")? {
        return Ok(r);
    }
    match it.num(args[0]) {
        Some(Num::I(i)) => match i.checked_abs() {
            Some(a) => Ok(it.heap.int(a)),
            None => Ok(it.heap.bigint(BigInt::from(i).abs())),
        },
        Some(Num::B(b)) => Ok(it.heap.bigint(b.abs())),
        Some(Num::F(f)) => Ok(it.heap.float(f.abs())),
        None => {
            if let Some(r) = it.try_dunder(args[0], "__abs__", NONE)? {
                return Ok(r);
            }
            let msg = format!("bad operand type for abs(): '{}'", it.type_name(args[0]));
            Err(it.type_error(msg))
        }
    }
}

/// Which natively comparable kind a sort key is: 1 number, 2 str, 0 neither.
fn native_kind(heap: &Heap, r: ObjRef) -> u8 {
    match heap.get(r) {
        Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => 1,
        Obj::Float(f) if !f.is_nan() => 1,
        Obj::Str(_) => 2,
        _ => 0,
    }
}

/// The ordering Python's `<`/`==` give, for numbers, strs and tuples of them,
/// computed without running Python code (None if not that simple).
pub fn fast_order(heap: &Heap, a: ObjRef, b: ObjRef) -> Option<std::cmp::Ordering> {
    match (heap.get(a), heap.get(b)) {
        (Obj::Int(x), Obj::Int(y)) => Some(x.cmp(y)),
        (Obj::Str(x), Obj::Str(y)) => Some(x.s().cmp(&y.s())),
        (Obj::Float(x), Obj::Float(y)) => x.partial_cmp(y),
        (Obj::Tuple(x), Obj::Tuple(y)) => {
            for (&p, &q) in x.iter().zip(y.iter()) {
                match fast_order(heap, p, q)? {
                    std::cmp::Ordering::Equal => {}
                    o => return Some(o),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        _ => {
            let (ka, kb) = (native_kind(heap, a), native_kind(heap, b));
            if ka == 1 && kb == 1 {
                let to_num = |r| match heap.get(r) {
                    Obj::Int(i) => super::ops::Num::I(*i),
                    Obj::Bool(b) => super::ops::Num::I(*b as i64),
                    Obj::BigInt(b) => super::ops::Num::B((**b).clone()),
                    Obj::Float(f) => super::ops::Num::F(*f),
                    _ => unreachable!(),
                };
                return super::ops::num_cmp(&to_num(a), &to_num(b));
            }
            None
        }
    }
}

/// Can every pair of these keys be ordered by `fast_order` (a total order)?
fn all_native(heap: &Heap, keys: &[ObjRef]) -> bool {
    let Some(&first) = keys.first() else { return true };
    match heap.get(first) {
        Obj::Tuple(_) => {
            // per position, one kind across all tuples
            let mut kinds: Vec<u8> = Vec::new();
            for &k in keys {
                let Obj::Tuple(t) = heap.get(k) else { return false };
                for (i, &e) in t.iter().enumerate() {
                    let kind = native_kind(heap, e);
                    if kind == 0 {
                        return false;
                    }
                    if i < kinds.len() {
                        if kinds[i] != kind {
                            return false;
                        }
                    } else {
                        kinds.push(kind);
                    }
                }
            }
            true
        }
        _ => {
            let k0 = native_kind(heap, first);
            k0 != 0 && keys.iter().all(|&k| native_kind(heap, k) == k0)
        }
    }
}

/// Python-level `a < b` as a bool.
pub fn less(it: &mut Interp, a: ObjRef, b: ObjRef) -> R<bool> {
    if let (Obj::Int(x), Obj::Int(y)) = (it.heap.get(a), it.heap.get(b)) {
        return Ok(x < y);
    }
    if let Some(o) = fast_order(&it.heap, a, b) {
        return Ok(o == std::cmp::Ordering::Less);
    }
    let r = it.rich_compare(a, CmpOp::Lt, b)?;
    let t = it.truthy(r);
    it.decref(r);
    t
}

fn minmax(it: &mut Interp, args: &[ObjRef], kw: Kw, name: &str, want_max: bool) -> R<ObjRef> {
    check_kw(it, name, kw, &["key", "default"])?;
    let key = kwarg(it, kw, "key").filter(|&k| k != NONE);
    let default = kwarg(it, kw, "default");
    let items: Vec<ObjRef> = if args.len() == 1 {
        it.collect_items(args[0])?
    } else if args.is_empty() {
        let msg = format!("{} expected at least 1 argument, got 0", name);
        return Err(it.type_error(msg));
    } else {
        args.iter().map(|&a| new_ref(it, a)).collect()
    };
    if items.is_empty() {
        if let Some(d) = default {
            return Ok(new_ref(it, d));
        }
        let msg = format!("{}() arg is an empty sequence", name);
        return Err(it.new_exception(ExcKind::ValueError, Some(&msg)));
    }
    let mark = it.hold(&items, "items gathered by min()/max()");
    let keys: Vec<ObjRef> = match key {
        Some(k) => {
            let mut ks = Vec::new();
            for &i in &items {
                it.incref(i);
                it.stack.push(i);
                match it.call(k, 1, &[]) {
                    Ok(v) => ks.push(v),
                    Err(e) => {
                        it.unhold(mark);
                        for x in ks.into_iter().chain(items) {
                            it.decref(x);
                        }
                        return Err(e);
                    }
                }
                it.hold_one(*ks.last().unwrap(), "keys of min()/max()");
            }
            ks
        }
        None => {
            let ks: Vec<ObjRef> = items.iter().map(|&i| new_ref(it, i)).collect();
            for &k in &ks {
                it.hold_one(k, "keys of min()/max()");
            }
            ks
        }
    };
    let mut best = 0;
    let mut err = None;
    for i in 1..items.len() {
        let better = if want_max { less(it, keys[best], keys[i]) } else { less(it, keys[i], keys[best]) };
        match better {
            Ok(true) => best = i,
            Ok(false) => {}
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    let result = items[best];
    it.incref(result);
    it.unhold(mark);
    for x in keys.into_iter().chain(items) {
        it.decref(x);
    }
    match err {
        Some(e) => {
            it.decref(result);
            Err(e)
        }
        None => Ok(result),
    }
}

fn bi_min(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    minmax(it, args, kw, "min", false)
}
fn bi_max(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    minmax(it, args, kw, "max", true)
}

fn bi_sum(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "sum", kw, &["start"])?;
    if args.is_empty() || args.len() + kw.len() > 2 {
        let msg = match args.len() {
            0 => "sum() takes at least 1 positional argument (0 given)".to_string(),
            _ => format!("sum() takes at most 2 arguments ({} given)", args.len() + kw.len()),
        };
        return Err(it.type_error(msg));
    }
    let start = args.get(1).copied().or_else(|| kwarg(it, kw, "start"));
    let mut acc = match start {
        Some(s) => {
            if matches!(it.heap.get(s), Obj::Str(_)) {
                return Err(it.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
            }
            new_ref(it, s)
        }
        None => it.heap.int(0),
    };
    // The running total and the iterator are counted temporaries on the
    // stack: the iterator may run Python code (a generator) between items.
    it.stack.push(acc);
    let at = it.stack.len() - 1;
    let itr = it.get_iter(args[0]);
    let itr = itr.inspect_err(|_| {
        it.stack.pop();
        it.decref(acc)
    })?;
    it.stack.push(itr);
    let r = loop {
        if let Err(e) = it.check_interrupt() {
            break Err(e);
        }
        match it.iter_next(itr) {
            Ok(Some(v)) => {
                acc = it.stack[at];
                it.stack.push(v);
                let s = it.binary_op(acc, crate::syntax::BinOp::Add, v);
                it.stack.pop();
                it.decref(v);
                it.decref(acc);
                match s {
                    Ok(s) => it.stack[at] = s,
                    Err(e) => {
                        it.stack[at] = ObjRef::NULL;
                        break Err(e);
                    }
                }
            }
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    let itr = it.stack.pop().unwrap();
    it.decref(itr);
    let acc = it.stack.pop().unwrap();
    match r {
        Ok(()) => Ok(acc),
        Err(e) => {
            it.xdecref(acc);
            Err(e)
        }
    }
}

/// Sorts `items` (owned refs) in place, stable, with optional key and reverse.
pub fn sort_items(it: &mut Interp, items: &mut [ObjRef], key: Option<ObjRef>, reverse: bool) -> R<()> {
    let key_mark = it.hold(&[], "keys of a sort");
    let keys: Vec<ObjRef> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for &i in items.iter() {
                it.incref(i);
                it.stack.push(i);
                match it.call(k, 1, &[]) {
                    Ok(v) => ks.push(v),
                    Err(e) => {
                        it.unhold(key_mark);
                        for x in ks {
                            it.decref(x);
                        }
                        return Err(e);
                    }
                }
                it.hold_one(*ks.last().unwrap(), "keys of a sort");
            }
            ks
        }
        None => items.to_vec(),
    };
    let n = items.len();
    let mut idx: Vec<usize> = (0..n).collect();
    // Fast paths: all small ints, all floats or all strs compare natively.
    let all_int = keys.iter().all(|&k| matches!(it.heap.get(k), Obj::Int(_)));
    let all_str = !all_int && keys.iter().all(|&k| matches!(it.heap.get(k), Obj::Str(_)));
    let native = !all_int && !all_str && all_native(&it.heap, &keys);
    let mut err = None;
    if native {
        let heap = &it.heap;
        let cmp = |a: &usize, b: &usize| fast_order(heap, keys[*a], keys[*b]).unwrap_or(std::cmp::Ordering::Equal);
        if reverse {
            idx.sort_by(|a, b| cmp(b, a));
        } else {
            idx.sort_by(cmp);
        }
    } else if all_int {
        let vals: Vec<i64> = keys.iter().map(|&k| if let Obj::Int(i) = it.heap.get(k) { *i } else { 0 }).collect();
        if reverse {
            idx.sort_by(|&a, &b| vals[b].cmp(&vals[a]));
        } else {
            idx.sort_by(|&a, &b| vals[a].cmp(&vals[b]));
        }
    } else if all_str {
        let heap = &it.heap;
        if reverse {
            idx.sort_by(|&a, &b| heap.as_str(keys[b]).cmp(&heap.as_str(keys[a])));
        } else {
            idx.sort_by(|&a, &b| heap.as_str(keys[a]).cmp(&heap.as_str(keys[b])));
        }
    } else {
        // A stable merge sort whose comparisons may raise.
        let mut buf = idx.clone();
        let mut width = 1;
        while width < n && err.is_none() {
            let mut i = 0;
            while i < n && err.is_none() {
                let mid = (i + width).min(n);
                let hi = (i + 2 * width).min(n);
                let (mut a, mut b, mut k) = (i, mid, i);
                while a < mid && b < hi {
                    // take from the right only if strictly less (stability)
                    let (x, y) = (keys[idx[b]], keys[idx[a]]);
                    let take_b = if reverse { less(it, y, x) } else { less(it, x, y) };
                    match take_b {
                        Ok(true) => {
                            buf[k] = idx[b];
                            b += 1;
                        }
                        Ok(false) => {
                            buf[k] = idx[a];
                            a += 1;
                        }
                        Err(e) => {
                            err = Some(e);
                            break;
                        }
                    }
                    k += 1;
                }
                if err.is_some() {
                    break;
                }
                while a < mid {
                    buf[k] = idx[a];
                    a += 1;
                    k += 1;
                }
                while b < hi {
                    buf[k] = idx[b];
                    b += 1;
                    k += 1;
                }
                i += 2 * width;
            }
            if err.is_none() {
                std::mem::swap(&mut idx, &mut buf);
            }
            width *= 2;
        }
    }
    it.unhold(key_mark);
    if key.is_some() {
        for k in keys {
            it.decref(k);
        }
    }
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<ObjRef> = idx.into_iter().map(|i| items[i]).collect();
    items.copy_from_slice(&sorted);
    Ok(())
}

fn bi_sorted(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "sorted", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(it.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let l = {
        let items = it.collect_items(args[0])?;
        let l = it.new_list(vec![]);
        // PySequence_List: list_extend of the iterable into an empty list.
        it.heap.list_extend_alloc(l, args[0], items.len());
        if let Obj::List(lo) = it.heap.get_mut(l) {
            lo.items = list_items_of(&items);
        }
        l
    };
    let r = it.holding(l, "list being sorted by sorted()", |it| {
        let key = kwarg(it, kw, "key").filter(|&k| k != NONE);
        let rev = match kwarg(it, kw, "reverse") {
            Some(r) => it.truthy(r)?,
            None => false,
        };
        sort_list(it, l, key, rev)
    });
    match r {
        Ok(()) => Ok(l),
        Err(e) => {
            it.decref(l);
            Err(e)
        }
    }
}

fn bi_iter(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "iter", kw)?;
    check_args(it, "iter", args, 1, 2)?;
    if let [func, sentinel] = *args {
        if !is_callable(it, func)? {
            return Err(it.type_error("iter(v, w): v must be callable".into()));
        }
        it.incref(func);
        it.incref(sentinel);
        return Ok(it.alloc(Obj::Iter(Box::new(IterState::Callable { func, sentinel }))));
    }
    it.get_iter(args[0])
}

fn bi_next(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "next", kw)?;
    check_args(it, "next", args, 1, 2)?;
    if it.is_generator(args[0]) {
        // StopIteration carries the generator's return value.
        let none = it.heap.none();
        return match it.gen_resume(args[0], super::generator::Resume::Send(none))? {
            super::generator::GenStep::Yielded(v) => Ok(v),
            super::generator::GenStep::Returned(v) => match args.get(1) {
                Some(&d) => {
                    it.decref(v);
                    Ok(new_ref(it, d))
                }
                None => Err(it.stop_iteration(v)),
            },
        };
    }
    if !matches!(it.heap.get(args[0]), Obj::Iter(_) | Obj::Instance(_)) {
        let msg = format!("'{}' object is not an iterator", it.type_name(args[0]));
        return Err(it.type_error(msg));
    }
    match it.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(new_ref(it, d)),
            None => Err(it.new_exception(ExcKind::StopIteration, None)),
        },
    }
}

fn bi_round(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "round", kw, &["ndigits"])?;
    check_args(it, "round", args, 1, 2)?;
    let nd = args.get(1).copied().or_else(|| kwarg(it, kw, "ndigits")).filter(|&r| r != NONE);
    let nd = match nd {
        Some(r) => Some(arg_int(it, r)?),
        None => None,
    };
    match it.num(args[0]) {
        Some(Num::F(f)) => match pyfmt::float_round(f, nd).map_err(|e| it.fmt_err(e))? {
            pyfmt::IntOrFloat::Int(i) => Ok(it.heap.bigint(i)),
            pyfmt::IntOrFloat::Float(x) => Ok(it.heap.float(x)),
        },
        Some(n) => match nd {
            None => Ok(it.heap.bigint(n.big())),
            Some(d) => {
                let r = pyfmt::int_round(&n.big(), d);
                Ok(it.heap.bigint(r))
            }
        },
        None => {
            let msg = format!("type {} doesn't define __round__ method", it.type_name(args[0]));
            Err(it.type_error(msg))
        }
    }
}

fn bi_divmod(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "divmod", kw)?;
    check_args(it, "divmod", args, 2, 2)?;
    let q = it.binary_op(args[0], crate::syntax::BinOp::FloorDiv, args[1])?;
    let r = match it.binary_op(args[0], crate::syntax::BinOp::Mod, args[1]) {
        Ok(r) => r,
        Err(e) => {
            it.decref(q);
            return Err(e);
        }
    };
    Ok(it.new_tuple(vec![q, r]))
}

fn bi_pow(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "pow", kw)?;
    check_args(it, "pow", args, 2, 3)?;
    if args.len() == 3 && args[2] != NONE {
        let (b, e, m) = match (it.int_value(args[0]), it.int_value(args[1]), it.int_value(args[2])) {
            (Some(b), Some(e), Some(m)) => (b, e, m),
            _ => return Err(it.type_error("pow() 3rd argument not allowed unless all arguments are integers".into())),
        };
        if m.is_zero() {
            return Err(it.new_exception(ExcKind::ValueError, Some("pow() 3rd argument cannot be 0")));
        }
        if e.is_negative() {
            return Err(it.new_exception(ExcKind::ValueError, Some("base is not invertible for the given modulus")));
        }
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) { r + &m } else { r };
        return Ok(it.heap.bigint(r));
    }
    it.binary_op(args[0], crate::syntax::BinOp::Pow, args[1])
}

fn bi_chr(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "chr", kw)?;
    check_args(it, "chr", args, 1, 1)?;
    let i = arg_int(it, args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(it.heap.char(c)),
        None => Err(it.new_exception(ExcKind::ValueError, Some("chr() arg not in range(0x110000)"))),
    }
}

fn bi_ord(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "ord", kw)?;
    check_args(it, "ord", args, 1, 1)?;
    match it.heap.get(args[0]) {
        Obj::Str(s) if s.nchars() == 1 => {
            let c = s.s().chars().next().unwrap();
            Ok(it.heap.int(c as i64))
        }
        Obj::Str(s) => {
            let msg = format!("ord() expected a character, but string of length {} found", s.nchars());
            Err(it.type_error(msg))
        }
        _ => {
            let msg = format!("ord() expected string of length 1, but {} found", it.type_name(args[0]));
            Err(it.type_error(msg))
        }
    }
}

fn bi_hash(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "hash", kw)?;
    check_args(it, "hash", args, 1, 1)?;
    let h = it.hash(args[0])?;
    Ok(it.heap.int(h))
}

/// `callable(v)` as a Rust bool.
pub(crate) fn is_callable(it: &mut Interp, v: ObjRef) -> R<bool> {
    let c = bi_callable(it, ObjRef::NULL, &[v], &[])?;
    it.decref(c);
    Ok(c == TRUE)
}

fn bi_callable(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "callable", kw)?;
    check_args(it, "callable", args, 1, 1)?;
    let c = match it.heap.get(args[0]) {
        Obj::Function(_) | Obj::BuiltinFunction { .. } | Obj::Method { .. } | Obj::Class(_) => true,
        Obj::WeakRef(o) => o.kind != crate::types::weakref::WeakKind::Proxy,
        Obj::Instance(i) => {
            let cls = i.class;
            let n = it.heap.intern("__call__");
            let r = it.lookup_user_attr(cls, n).is_some();
            it.decref(n);
            r
        }
        _ => false,
    };
    Ok(it.heap.bool(c))
}

/// Runs `f` with the interned form of the attribute name `arg` (held while
/// `f` runs: a property, `__getattr__` or a module made on first use may run
/// Python code, and the audit between its statements must see the holder);
/// CPython's TypeError when `arg` is not a str.
fn with_attr_name<T>(it: &mut Interp, arg: ObjRef, f: impl FnOnce(&mut Interp, ObjRef) -> T) -> R<T> {
    if it.heap.as_str(arg).is_none() {
        let msg = format!("attribute name must be string, not '{}'", it.type_name(arg));
        return Err(it.type_error(msg));
    }
    let name = it.heap.intern_obj(arg);
    let out = it.holding(name, "attribute name", |it| f(it, name));
    it.decref(name);
    Ok(out)
}

fn bi_getattr(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "getattr", kw)?;
    check_args(it, "getattr", args, 2, 3)?;
    let r = with_attr_name(it, args[1], |it, name| it.getattr(args[0], name))?;
    match (r, args.get(2)) {
        (Ok(v), _) => Ok(v),
        (Err(e), Some(&d)) => {
            let ae = it.exc_class(ExcKind::AttributeError);
            let c = it.type_of(e);
            if it.is_subclass(c, ae) {
                it.decref(e);
                Ok(new_ref(it, d))
            } else {
                Err(e)
            }
        }
        (Err(e), None) => Err(e),
    }
}

fn bi_setattr(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "setattr", kw)?;
    check_args(it, "setattr", args, 3, 3)?;
    with_attr_name(it, args[1], |it, name| it.setattr(args[0], name, args[2]))??;
    none(it)
}

fn bi_hasattr(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "hasattr", kw)?;
    check_args(it, "hasattr", args, 2, 2)?;
    let r = with_attr_name(it, args[1], |it, name| it.getattr(args[0], name))?;
    match r {
        Ok(v) => {
            it.decref(v);
            Ok(it.heap.bool(true))
        }
        Err(e) => {
            let ae = it.exc_class(ExcKind::AttributeError);
            let c = it.type_of(e);
            if it.is_subclass(c, ae) {
                it.decref(e);
                Ok(it.heap.bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn bi_delattr(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "delattr", kw)?;
    check_args(it, "delattr", args, 2, 2)?;
    with_attr_name(it, args[1], |it, name| it.delattr(args[0], name))??;
    none(it)
}

fn any_all(it: &mut Interp, args: &[ObjRef], kw: Kw, name: &str, want: bool) -> R<ObjRef> {
    no_kw(it, name, kw)?;
    check_args(it, name, args, 1, 1)?;
    let itr = it.get_iter(args[0])?;
    it.stack.push(itr);
    let r = loop {
        match it.iter_next(itr) {
            Ok(Some(v)) => {
                it.stack.push(v);
                let t = it.truthy(v);
                it.stack.pop();
                it.decref(v);
                match t {
                    Ok(t) if t == want => break Ok(want),
                    Ok(_) => {}
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(!want),
            Err(e) => break Err(e),
        }
    };
    let itr = it.stack.pop().unwrap();
    it.decref(itr);
    let r = r?;
    Ok(it.heap.bool(r))
}

fn bi_any(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    any_all(it, args, kw, "any", true)
}
fn bi_all(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    any_all(it, args, kw, "all", false)
}

fn values_iter(it: &mut Interp, items: Vec<ObjRef>) -> ObjRef {
    it.alloc(Obj::Iter(Box::new(IterState::Values { items, index: 0 })))
}

fn bi_map(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "map", kw)?;
    if args.len() < 2 {
        return Err(it.type_error("map() must have at least two arguments.".into()));
    }
    let iters = iters_of(it, &args[1..])?;
    it.incref(args[0]);
    Ok(it.alloc(Obj::Iter(Box::new(IterState::Map { func: args[0], iters }))))
}

/// iter() of each argument (new references), or the first error.
fn iters_of(it: &mut Interp, args: &[ObjRef]) -> R<Vec<ObjRef>> {
    let base = it.stack.len();
    for &a in args {
        match it.get_iter(a) {
            Ok(i) => it.stack.push(i),
            Err(e) => {
                it.unwind_to(base);
                return Err(e);
            }
        }
    }
    Ok(it.stack.drain(base..).collect())
}

fn bi_filter(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "filter", kw)?;
    check_args(it, "filter", args, 2, 2)?;
    let iter = it.get_iter(args[1])?;
    it.incref(args[0]);
    Ok(it.alloc(Obj::Iter(Box::new(IterState::Filter { func: args[0], iter }))))
}

fn bi_format(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "format", kw)?;
    check_args(it, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) => arg_str(it, s, "format() argument 2")?,
        None => String::new(),
    };
    let s = it.format_value(args[0], &spec)?;
    Ok(it.heap.str(&s))
}

fn bi_exit(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "sys.exit", kw)?;
    check_args(it, "exit", args, 0, 1)?;
    let cls = it.exc_class(ExcKind::SystemExit);
    let a: Vec<ObjRef> = args.iter().map(|&a| new_ref(it, a)).collect();
    Err(it.instantiate_exception(cls, a))
}

fn bi_globals(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let g = it.frames.last().map(|f| f.globals).unwrap_or(it.globals);
    Ok(new_ref(it, g))
}

fn bi_vars(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if args.is_empty() {
        return bi_globals(it, ObjRef::NULL, args, &[]);
    }
    let n = it.heap.intern("__dict__");
    let r = it.getattr(args[0], n);
    it.decref(n);
    r
}

fn bi_dir(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let names = dir_of(it, args.first().copied());
    let items: Vec<ObjRef> = names.iter().map(|n| it.heap.str(n)).collect();
    Ok(it.new_list(items))
}

impl Interp {
    /// `dir(o)`'s names, sorted.
    pub fn dir_names(&mut self, o: ObjRef) -> Vec<String> {
        dir_of(self, Some(o))
    }
}

/// The names `dir()` lists: the current globals, or `o`'s.
fn dir_of(it: &mut Interp, o: Option<ObjRef>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    match o.map(|a| (a, it.heap.get(a))) {
        None => {
            let g = it.frames.last().map(|f| f.globals).unwrap_or(it.globals);
            for (k, _) in it.dict_items(g) {
                names.push(it.heap.as_str(k).unwrap_or("").to_string());
            }
        }
        Some((_, Obj::Module(m))) => {
            let d = m.dict;
            for (k, _) in it.dict_items(d) {
                names.push(it.heap.as_str(k).unwrap_or("").to_string());
            }
        }
        Some((o, _)) => {
            if let Obj::Instance(i) = it.heap.get(o) {
                for &(k, _) in &i.attrs {
                    names.push(it.heap.as_str(k).unwrap_or("").to_string());
                }
            }
            let mut c = Some(it.type_of(o));
            if let Obj::Class(_) = it.heap.get(o) {
                c = Some(o);
            }
            if let Some(cls) = c {
                crate::types::class::mro_find(&it.heap, cls, |_, co| -> Option<()> {
                    for &(k, _) in &co.attrs {
                        names.push(it.heap.as_str(k).unwrap_or("").to_string());
                    }
                    if let Some(t) = co.builtin {
                        for d in DEFS {
                            if d.owner == Owner::Type(t) {
                                names.push(d.name.to_string());
                            }
                        }
                    }
                    None
                });
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

fn bi_input(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if let Some(&p) = args.first() {
        let s = it.str_of(p)?;
        it.write_out(&s)?;
    }
    it.flush_out()?;
    // Read byte by byte from fd 0 so that Ctrl-C (EINTR) is noticed.
    let mut line: Vec<u8> = Vec::new();
    loop {
        match super::sys_objects::read_byte(it)? {
            None if line.is_empty() => return Err(it.new_exception(ExcKind::EOFError, Some("EOF when reading a line"))),
            None | Some(b'\n') => break,
            Some(b) => line.push(b),
        }
    }
    let s = String::from_utf8_lossy(&line);
    let l = s.trim_end_matches('\r');
    Ok(it.heap.str(l))
}

// ----- constructors ----------------------------------------------------------------

/// Calls a built-in type: `int(x)`, `list(it)`, `range(n)`...; consumes the arguments on the stack.
pub fn construct(it: &mut Interp, t: TypeId, cls: ObjRef, nargs: usize, kwnames: &[ObjRef]) -> R<ObjRef> {
    let total = nargs + kwnames.len();
    let base = it.stack.len() - total;
    let args: Vec<ObjRef> = it.stack[base..base + nargs].to_vec();
    let kw: Vec<(ObjRef, ObjRef)> = kwnames.iter().enumerate().map(|(i, &n)| (n, it.stack[base + nargs + i])).collect();
    let name = it.class_name(cls);
    let r = construct_inner(it, t, &name, &args, &kw).map(|v| it.exact_copy(v));
    it.drop_args(total);
    r
}

/// The built-in constructor of `t` on borrowed arguments: always an
/// object of exactly that type (`int(b)` of an int subclass's `b` is a
/// plain int).
pub fn construct_from(it: &mut Interp, t: TypeId, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let cls = it.type_obj(t);
    let name = it.class_name(cls);
    construct_inner(it, t, &name, args, kw).map(|v| it.exact_copy(v))
}

/// list.clear() of a list (or a list subclass's instance).
pub fn list_clear_items(it: &mut Interp, l: ObjRef) {
    let _ = list_clear(it, l, &[], &[]).map(|v| it.decref(v));
}

/// Fills an empty list from an iterable as `list(iterable)` does.
pub fn list_fill(it: &mut Interp, l: ObjRef, a: ObjRef) -> R<()> {
    let items = it.holding(l, "list being filled by list()", |it| it.collect_items(a))?;
    // list(iterable): list___init__ preallocates exactly for an
    // object with __len__, then list_extend (length-hint path
    // for iterators).
    let n = items.len();
    if it.heap.has_len(a) {
        it.heap.list_set_allocated(l, if n == 0 { 0 } else { (n + 1) & !1 });
    } else {
        it.heap.list_extend_alloc(l, a, n);
    }
    if let Obj::List(lo) = it.heap.get_mut(l) {
        lo.items = list_items_of(&items);
    }
    Ok(())
}

/// set.clear() of a set (or a set subclass's instance).
pub fn set_clear_items(it: &mut Interp, s: ObjRef) {
    it.dict_clear(s);
}

fn construct_inner(it: &mut Interp, t: TypeId, name: &str, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    match t {
        T::Int => {
            check_kw(it, "int", kw, &["base"])?;
            check_args(it, "int", args, 0, 2)?;
            let base_arg = args.get(1).copied().or_else(|| kwarg(it, kw, "base"));
            if args.is_empty() {
                return Ok(it.heap.int(0));
            }
            let a = args[0];
            if let Some(b) = base_arg {
                let b = arg_int(it, b)?;
                let s = match it.heap.as_str(a) {
                    Some(s) => s.to_string(),
                    None => return Err(it.type_error("int() can't convert non-string with explicit base".into())),
                };
                let v = pyfmt::parse_int(&s, b as u32).map_err(|e| it.fmt_err(e))?;
                return Ok(it.heap.bigint(v));
            }
            match it.heap.get(a) {
                Obj::Int(_) | Obj::BigInt(_) => Ok(new_ref(it, a)),
                Obj::Bool(b) => {
                    let b = *b;
                    Ok(it.heap.int(b as i64))
                }
                Obj::Float(f) => {
                    let v = pyfmt::f64_to_int(*f).map_err(|e| it.fmt_err(e))?;
                    Ok(it.heap.bigint(v))
                }
                Obj::Str(s) => {
                    // Fast path: plain ASCII digits with an optional sign.
                    let t = s.s().trim_matches(|c: char| c.is_ascii_whitespace());
                    let plain = !t.is_empty() && t.len() <= 18 && t.bytes().enumerate().all(|(k, b)| b.is_ascii_digit() || (k == 0 && (b == b'-' || b == b'+') && t.len() > 1));
                    if plain {
                        if let Ok(v) = t.parse::<i64>() {
                            return Ok(it.heap.int(v));
                        }
                    }
                    let s = s.s().to_string();
                    let v = pyfmt::parse_int(&s, 10).map_err(|e| it.fmt_err(e))?;
                    Ok(it.heap.bigint(v))
                }
                _ => {
                    if let Some(r) = it.try_unary_dunder(a, "__int__")? {
                        return match it.heap.get(r) {
                            Obj::Int(_) | Obj::BigInt(_) => Ok(r),
                            Obj::Bool(b) => {
                                let v = *b as i64;
                                it.decref(r);
                                Ok(it.heap.int(v))
                            }
                            _ => {
                                let msg = format!("__int__ returned non-int (type {})", it.type_name(r));
                                it.decref(r);
                                Err(it.type_error(msg))
                            }
                        };
                    }
                    if let Some(r) = it.try_index_dunder(a)? {
                        return Ok(r);
                    }
                    let msg = format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", it.type_name(a));
                    Err(it.type_error(msg))
                }
            }
        }
        T::Float => {
            no_kw(it, "float", kw)?;
            check_args(it, "float", args, 0, 1)?;
            if args.is_empty() {
                return Ok(it.heap.float(0.0));
            }
            let a = args[0];
            match it.heap.get(a) {
                Obj::Float(_) => Ok(new_ref(it, a)),
                Obj::Str(s) => {
                    let s = s.s().to_string();
                    let v = pyfmt::parse_float(&s).map_err(|e| it.fmt_err(e))?;
                    Ok(it.heap.float(v))
                }
                _ => match it.num(a) {
                    Some(n) => {
                        let f = pyfmt::int_to_f64(&n.big()).map_err(|e| it.fmt_err(e))?;
                        Ok(it.heap.float(f))
                    }
                    None => {
                        if let Some(r) = it.try_unary_dunder(a, "__float__")? {
                            if let Obj::Float(_) = it.heap.get(r) {
                                return Ok(r);
                            }
                            let msg = format!("{}.__float__ returned non-float (type {})", it.type_name(a), it.type_name(r));
                            it.decref(r);
                            return Err(it.type_error(msg));
                        }
                        if let Some(r) = it.try_index_dunder(a)? {
                            let f = match it.num(r) {
                                Some(n) => pyfmt::int_to_f64(&n.big()).map_err(|e| it.fmt_err(e)),
                                None => Ok(0.0),
                            };
                            it.decref(r);
                            return Ok(it.heap.float(f?));
                        }
                        let msg = format!("float() argument must be a string or a real number, not '{}'", it.type_name(a));
                        Err(it.type_error(msg))
                    }
                },
            }
        }
        T::Str => {
            no_kw(it, "str", kw)?;
            check_args(it, "str", args, 0, 1)?;
            if args.is_empty() {
                return Ok(it.heap.str(""));
            }
            // an exact str is its own str(); a subclass's goes through str_of
            // (its __str__, or a plain copy of its value)
            if let Obj::Str(_) = it.heap.get_raw(args[0]) {
                return Ok(new_ref(it, args[0]));
            }
            let s = it.str_of(args[0])?;
            Ok(it.heap.str(&s))
        }
        T::Bool => {
            no_kw(it, "bool", kw)?;
            check_args(it, "bool", args, 0, 1)?;
            let b = match args.first() {
                Some(&a) => it.truthy(a)?,
                None => false,
            };
            Ok(it.heap.bool(b))
        }
        T::List => {
            no_kw(it, "list", kw)?;
            check_args(it, "list", args, 0, 1)?;
            let l = it.new_list(vec![]);
            if let Some(&a) = args.first() {
                if let Err(e) = list_fill(it, l, a) {
                    it.decref(l);
                    return Err(e);
                }
            }
            Ok(l)
        }
        T::Tuple => {
            no_kw(it, "tuple", kw)?;
            check_args(it, "tuple", args, 0, 1)?;
            match args.first() {
                None => Ok(it.heap.tuple(vec![])),
                Some(&a) => {
                    if let Obj::Tuple(_) = it.heap.get(a) {
                        return Ok(new_ref(it, a));
                    }
                    let items = it.collect_items(a)?;
                    Ok(it.new_tuple(items))
                }
            }
        }
        T::Dict => {
            check_args(it, "dict", args, 0, 1)?;
            let d = it.new_dict();
            let r = it.holding(d, "dict being filled by dict()", |it| {
                if let Some(&a) = args.first() {
                    it.dict_update(d, a)?;
                }
                for &(k, v) in kw {
                    it.dict_set(d, k, v)?;
                }
                Ok(())
            });
            match r {
                Ok(()) => Ok(d),
                Err(e) => {
                    it.decref(d);
                    Err(e)
                }
            }
        }
        T::Set => {
            no_kw(it, "set", kw)?;
            check_args(it, "set", args, 0, 1)?;
            let items = match args.first() {
                Some(&a) => it.collect_items(a)?,
                None => vec![],
            };
            it.new_set_from(items)
        }
        T::FrozenSet => super::frozenset::frozenset_new(it, args, kw),
        T::Complex => super::complex::complex_new(it, args, kw),
        T::Range => {
            no_kw(it, "range", kw)?;
            if args.is_empty() {
                return Err(it.type_error("range expected at least 1 argument, got 0".into()));
            }
            check_args(it, "range", args, 1, 3)?;
            it.range_new(args)
        }
        T::Type => {
            if args.len() == 1 {
                let t = it.type_of(args[0]);
                return Ok(new_ref(it, t));
            }
            if args.len() == 3 {
                return super::typeobj::type_three_args(it, args, kw);
            }
            Err(it.type_error("type() takes 1 or 3 arguments".into()))
        }
        T::Object => {
            let c = it.type_obj(T::Object);
            it.incref(c);
            Ok(it.alloc(Obj::Instance(Box::new(Instance { class: c, attrs: vec![], exc: None }))))
        }
        T::Iterator => match name {
            "enumerate" => {
                check_kw(it, "enumerate", kw, &["start"])?;
                check_args(it, "enumerate", args, 1, 2)?;
                let start = match args.get(1).copied().or_else(|| kwarg(it, kw, "start")) {
                    Some(s) => arg_int(it, s)?,
                    None => 0,
                };
                let inner = it.get_iter(args[0])?;
                Ok(it.alloc(Obj::Iter(Box::new(IterState::Enumerate { iter: inner, count: start, result: ObjRef::NULL }))))
            }
            "zip" => {
                no_kw(it, "zip", kw)?;
                let mut iters = Vec::new();
                let mark = it.hold(&[], "iterators gathered by zip()");
                for &a in args {
                    match it.get_iter(a) {
                        Ok(i) => {
                            iters.push(i);
                            it.hold_one(i, "iterators gathered by zip()");
                        }
                        Err(e) => {
                            it.unhold(mark);
                            for i in iters {
                                it.decref(i);
                            }
                            return Err(e);
                        }
                    }
                }
                it.unhold(mark);
                Ok(it.alloc(Obj::Iter(Box::new(IterState::Zip { iters, result: ObjRef::NULL }))))
            }
            _ => {
                no_kw(it, "reversed", kw)?;
                check_args(it, "reversed", args, 1, 1)?;
                if let Obj::Range(_) = it.heap.get(args[0]) {
                    return Ok(it.range_reversed(args[0]));
                }
                if it.has_user_dunders(args[0]) {
                    let n = it.heap.intern("__reversed__");
                    let cls = it.type_of(args[0]);
                    let f = it.lookup_user_attr(cls, n);
                    it.decref(n);
                    if let Some(f) = f {
                        it.incref(args[0]);
                        it.stack.push(args[0]);
                        return it.call_held(f, 1);
                    }
                }
                if !matches!(it.heap.get(args[0]), Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Dict(_)) {
                    let msg = format!("'{}' object is not reversible", it.type_name(args[0]));
                    return Err(it.type_error(msg));
                }
                let mut items = it.collect_items(args[0])?;
                items.reverse();
                Ok(values_iter(it, items))
            }
        },
        T::Slice => {
            check_args(it, "slice", args, 1, 3)?;
            let (a, b, c) = match args.len() {
                1 => (NONE, args[0], NONE),
                2 => (args[0], args[1], NONE),
                _ => (args[0], args[1], args[2]),
            };
            for x in [a, b, c] {
                it.incref(x);
            }
            Ok(it.alloc(Obj::Slice(Box::new([a, b, c]))))
        }
        T::Property => {
            check_kw(it, "property", kw, &["fget", "fset", "fdel", "doc"])?;
            check_args(it, "property", args, 0, 4)?;
            let f = |it: &Interp, i: usize, n: &str| args.get(i).copied().or_else(|| kwarg(it, kw, n)).unwrap_or(ObjRef::NULL);
            let (fget, fset, fdel, doc) = (f(it, 0, "fget"), f(it, 1, "fset"), f(it, 2, "fdel"), f(it, 3, "doc"));
            Ok(it.new_property(fget, fset, fdel, doc))
        }
        T::StaticMethod | T::ClassMethod => {
            check_args(it, name, args, 1, 1)?;
            it.incref(args[0]);
            Ok(it.alloc(if t == T::StaticMethod { Obj::StaticMethod(args[0]) } else { Obj::ClassMethod(args[0]) }))
        }
        T::Super => {
            // super() in a method: the class from the __class__ cell, the instance from the first local.
            let (cls, obj) = if args.len() == 2 {
                (args[0], args[1])
            } else {
                let Some(frame) = it.frames.last() else {
                    return Err(it.new_exception(ExcKind::RuntimeError, Some("super(): no arguments")));
                };
                let code = frame.code.clone();
                let base = frame.base;
                let Some(ci) = code.freevars.iter().position(|n| n == "__class__") else {
                    return Err(it.new_exception(ExcKind::RuntimeError, Some("super(): __class__ cell not found")));
                };
                let cell = it.stack[base + code.nlocals() + code.cellvars.len() + ci];
                let cls = match it.heap.get(cell) {
                    Obj::Cell(c) => *c,
                    _ => ObjRef::NULL,
                };
                if code.argcount == 0 || cls.is_null() {
                    return Err(it.new_exception(ExcKind::RuntimeError, Some("super(): no arguments")));
                }
                let mut obj = it.stack[base];
                if obj.is_null() {
                    if let Some(p) = code.cell_params.iter().position(|p| *p == Some(0)) {
                        let c = it.stack[base + code.nlocals() + p];
                        if let Obj::Cell(v) = it.heap.get(c) {
                            obj = *v;
                        }
                    }
                }
                (cls, obj)
            };
            it.incref(cls);
            it.incref(obj);
            Ok(it.alloc(Obj::Super { class: cls, obj }))
        }
        T::Bytes => {
            check_args(it, "bytes", args, 0, 2)?;
            match args.first().map(|&a| (a, it.heap.get(a))) {
                None => Ok(it.heap.bytes(&[])),
                Some((_, Obj::Str(s))) => {
                    if args.len() < 2 {
                        return Err(it.type_error("string argument without an encoding".to_string()));
                    }
                    let b = s.s().as_bytes().to_vec();
                    Ok(it.heap.bytes(&b))
                }
                Some((a, _)) => {
                    if let Some(n) = it.small_index(a) {
                        if n < 0 {
                            return Err(it.new_exception(ExcKind::ValueError, Some("negative count")));
                        }
                        if n > 1 << 31 || !super::budget::fits(n as u128) {
                            return Err(it.new_exception(ExcKind::MemoryError, None));
                        }
                        return Ok(it.heap.bytes(&vec![0u8; n as usize]));
                    }
                    let items = it.collect_items(a)?;
                    let mut b = Vec::with_capacity(items.len());
                    let mut err = None;
                    for &x in &items {
                        if err.is_some() {
                            break;
                        }
                        match it.small_index(x) {
                            Some(v) if (0..256).contains(&v) => b.push(v as u8),
                            Some(_) => err = Some(it.new_exception(ExcKind::ValueError, Some("bytes must be in range(0, 256)"))),
                            None => {
                                let msg = format!("'{}' object cannot be interpreted as an integer", it.type_name(x));
                                err = Some(it.type_error(msg));
                            }
                        }
                    }
                    for x in items {
                        it.decref(x);
                    }
                    match err {
                        Some(e) => Err(e),
                        None => Ok(it.heap.bytes(&b)),
                    }
                }
            }
        }
        T::WeakRef => super::weak::ref_construct(it, name, args, kw),
        // types.MethodType(function, instance)
        T::Method => {
            no_kw(it, "method", kw)?;
            check_args(it, "method", args, 2, 2)?;
            if !is_callable(it, args[0])? {
                return Err(it.type_error("first argument must be callable".into()));
            }
            if args[1] == NONE {
                return Err(it.type_error("instance must not be None".into()));
            }
            it.incref(args[0]);
            it.incref(args[1]);
            Ok(it.alloc(Obj::Method { func: args[0], self_: args[1] }))
        }
        _ => {
            let msg = format!("cannot create '{}' instances", name);
            Err(it.type_error(msg))
        }
    }
}

// ----- str methods ---------------------------------------------------------------------

fn str_format(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let t = it.heap.as_str(this).unwrap_or("");
    let cached = it.fmt_cache.iter().find(|(k, _)| k == t).map(|(_, p)| p.clone());
    let pieces = match cached {
        Some(p) => p,
        None => {
            let t = t.to_string();
            let p = std::rc::Rc::new(pyfmt::parse_format_template(&t).map_err(|e| it.fmt_err(e))?);
            if it.fmt_cache.len() >= 8 {
                it.fmt_cache.remove(0);
            }
            it.fmt_cache.push((t, p.clone()));
            p
        }
    };
    let mut auto = 0usize;
    let mut mode = 0u8; // 1 auto, 2 manual
    let out = render_template(it, &pieces, args, kw, &mut auto, &mut mode, 0)?;
    Ok(it.heap.str(&out))
}

fn render_template(it: &mut Interp, pieces: &[pyfmt::TemplatePiece], args: &[ObjRef], kw: Kw, auto: &mut usize, mode: &mut u8, depth: usize) -> R<String> {
    let mut out = String::new();
    for p in pieces {
        match p {
            pyfmt::TemplatePiece::Literal(s) => out.push_str(s),
            pyfmt::TemplatePiece::Field { name, accessors, conversion, spec } => {
                let v = match name {
                    pyfmt::FieldName::Auto => {
                        if *mode == 2 {
                            return Err(it.new_exception(ExcKind::ValueError, Some(pyfmt::ERR_MANUAL_TO_AUTO)));
                        }
                        *mode = 1;
                        let i = *auto;
                        *auto += 1;
                        match args.get(i) {
                            Some(&v) => v,
                            None => {
                                let msg = format!("Replacement index {} out of range for positional args tuple", i);
                                return Err(it.new_exception(ExcKind::IndexError, Some(&msg)));
                            }
                        }
                    }
                    pyfmt::FieldName::Index(i) => {
                        if *mode == 1 {
                            return Err(it.new_exception(ExcKind::ValueError, Some(pyfmt::ERR_AUTO_TO_MANUAL)));
                        }
                        *mode = 2;
                        match args.get(*i) {
                            Some(&v) => v,
                            None => {
                                let msg = format!("Replacement index {} out of range for positional args tuple", i);
                                return Err(it.new_exception(ExcKind::IndexError, Some(&msg)));
                            }
                        }
                    }
                    pyfmt::FieldName::Name(n) => match kw.iter().find(|(k, _)| it.heap.as_str(*k) == Some(n.as_str())) {
                        Some(&(_, v)) => v,
                        None => {
                            let k = it.heap.str(n);
                            let cls = it.exc_class(ExcKind::KeyError);
                            return Err(it.instantiate_exception(cls, vec![k]));
                        }
                    },
                };
                let mut cur = new_ref(it, v);
                for a in accessors {
                    let next = match a {
                        pyfmt::FieldAccessor::Attr(n) => {
                            let name = it.heap.intern(n);
                            let r = it.getattr(cur, name);
                            it.decref(name);
                            r
                        }
                        pyfmt::FieldAccessor::Index(i) => {
                            let idx = it.heap.int(*i as i64);
                            let r = it.getitem(cur, idx);
                            it.decref(idx);
                            r
                        }
                        pyfmt::FieldAccessor::Key(k) => {
                            let key = it.heap.str(k);
                            let r = it.getitem(cur, key);
                            it.decref(key);
                            r
                        }
                    };
                    it.decref(cur);
                    cur = next?;
                }
                it.stack.push(cur);
                let r = (|| {
                    let spec_s = if spec.is_empty() { String::new() } else { render_template(it, spec, args, kw, auto, mode, depth + 1)? };
                    match conversion {
                        Some('r') => {
                            let s = it.repr(cur)?;
                            it.format_str_spec(&s, &spec_s)
                        }
                        Some('s') => {
                            let s = it.str_of(cur)?;
                            it.format_str_spec(&s, &spec_s)
                        }
                        Some('a') => {
                            let s = it.repr(cur)?;
                            it.format_str_spec(&super::repr::ascii_escape(&s), &spec_s)
                        }
                        _ => it.format_value(cur, &spec_s),
                    }
                })();
                let cur = it.stack.pop().unwrap();
                it.decref(cur);
                out.push_str(&r?);
            }
        }
    }
    Ok(out)
}

fn str_join(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "join", kw)?;
    check_args(it, "join", args, 1, 1)?;
    let items = it.collect_items(args[0])?;
    let sep_len = it.heap.as_str(this).map_or(0, str::len);
    let mut total = sep_len.saturating_mul(items.len().saturating_sub(1));
    let mut err = None;
    for (i, &x) in items.iter().enumerate() {
        match it.heap.as_str(x) {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                let msg = format!("sequence item {}: expected str instance, {} found", i, it.type_name(x));
                err = Some(it.type_error(msg));
                break;
            }
        }
    }
    if err.is_none() && !super::budget::fits_str(total as u128) {
        err = Some(it.new_exception(ExcKind::MemoryError, None));
    }
    let result = match err {
        Some(e) => Err(e),
        None if items.len() == 1 => {
            // ''.join([s]) returns s itself
            it.incref(items[0]);
            Ok(items[0])
        }
        None => {
            let heap = &it.heap;
            let sep = heap.as_str(this).unwrap_or("");
            let pieces = items.iter().enumerate().flat_map(|(i, &x)| [if i > 0 { sep } else { "" }, heap.as_str(x).unwrap_or("")]);
            let s = PyStr::from_pieces(total, pieces);
            Ok(it.heap.str_obj(s))
        }
    };
    for x in items {
        it.decref(x);
    }
    result
}

fn split_args(it: &mut Interp, args: &[ObjRef], kw: Kw, name: &str) -> R<(Option<String>, i64)> {
    check_kw(it, name, kw, &["sep", "maxsplit"])?;
    check_args(it, name, args, 0, 2)?;
    let sep = match args.first().copied().or_else(|| kwarg(it, kw, "sep")) {
        None => None,
        Some(s) if s == NONE => None,
        Some(s) => {
            let s = arg_str(it, s, "must be str or None, not")?;
            if s.is_empty() {
                return Err(it.new_exception(ExcKind::ValueError, Some("empty separator")));
            }
            Some(s)
        }
    };
    let maxsplit = match args.get(1).copied().or_else(|| kwarg(it, kw, "maxsplit")) {
        Some(m) => arg_int(it, m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// The list of a split: `PyList_New(prealloc)` first, then the parts
/// (appended past the preallocation, as SPLIT_ADD does).
fn str_list(it: &mut Interp, parts: Vec<&str>, prealloc: usize) -> ObjRef {
    let l = it.new_list(vec![]);
    if prealloc > 0 {
        it.heap.list_set_allocated(l, prealloc);
    }
    for p in parts {
        let s = it.heap.str(p);
        it.list_append(l, s);
    }
    l
}

/// PREALLOC_SIZE(maxsplit) of Objects/stringlib/split.h (MAX_PREALLOC 12).
fn split_prealloc(maxsplit: i64) -> usize {
    if maxsplit < 0 || maxsplit >= 12 {
        12
    } else {
        maxsplit as usize + 1
    }
}

/// The next piece of `s.split(sep, maxsplit)` from byte `pos`, after `n`
/// pieces: (start, end, where the search resumes, whether it is the
/// unsplit remainder after maxsplit). None when the split is over.
fn split_next(s: &str, sep: Option<&str>, maxsplit: i64, pos: usize, n: i64) -> Option<(usize, usize, usize, bool)> {
    let limited = maxsplit >= 0 && n >= maxsplit;
    match sep {
        Some(sep) => {
            if pos > s.len() {
                None
            } else if limited {
                Some((pos, s.len(), s.len() + 1, true))
            } else {
                match s[pos..].find(sep) {
                    Some(i) => Some((pos, pos + i, pos + i + sep.len(), false)),
                    None => Some((pos, s.len(), s.len() + 1, false)),
                }
            }
        }
        None => {
            let rest = s[pos..].trim_start_matches(pyfmt::py_isspace);
            let start = s.len() - rest.len();
            if rest.is_empty() {
                None
            } else if limited {
                // CPython copies the remainder to the end, trailing spaces included.
                Some((start, s.len(), s.len(), true))
            } else {
                let end = rest.find(pyfmt::py_isspace).map_or(s.len(), |i| start + i);
                Some((start, end, end, false))
            }
        }
    }
}

fn str_split(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (sep, maxsplit) = split_args(it, args, kw, "split")?;
    let l = it.new_list(vec![]);
    it.heap.list_set_allocated(l, split_prealloc(maxsplit));
    // Pieces are made one at a time from the str itself: no copy of the
    // text, no vector of pieces.
    let mut buf = String::new();
    let (mut pos, mut n) = (0, 0);
    loop {
        let s = it.heap.as_str(this).unwrap_or("");
        let Some((a, b, next, remainder)) = split_next(s, sep.as_deref(), maxsplit, pos, n) else { break };
        let piece = if a == 0 && b == s.len() && !(remainder && sep.is_none()) {
            // Nothing to split: the list holds the str itself (split.h).
            it.incref(this);
            this
        } else {
            buf.clear();
            buf.push_str(&s[a..b]);
            it.heap.str(&buf)
        };
        it.list_append(l, piece);
        pos = next;
        n += 1;
    }
    Ok(l)
}

fn str_rsplit(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (sep, maxsplit) = split_args(it, args, kw, "rsplit")?;
    let s = this_str(it, this);
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut v: Vec<&str> = s.split(pyfmt::py_isspace).filter(|p| !p.is_empty()).collect();
            v.reverse();
            if maxsplit >= 0 && v.len() > maxsplit as usize + 1 {
                let keep = maxsplit as usize;
                let trimmed = s.trim_end_matches(pyfmt::py_isspace);
                let mut out: Vec<&str> = Vec::new();
                let mut rest = trimmed;
                for _ in 0..keep {
                    let i = rest.rfind(pyfmt::py_isspace).unwrap();
                    out.push(&rest[i + rest[i..].chars().next().unwrap().len_utf8()..]);
                    rest = rest[..i].trim_end_matches(pyfmt::py_isspace);
                }
                out.push(rest);
                v = out;
            }
            v
        }
    };
    parts.reverse();
    Ok(str_list(it, parts, split_prealloc(maxsplit)))
}

fn str_splitlines(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let keep = match args.first() {
        Some(&k) => it.truthy(k)?,
        None => false,
    };
    let s = this_str(it, this);
    let mut parts = Vec::new();
    let mut start = 0;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                end = i + 2;
            }
            parts.push(if keep { &s[start..end] } else { &s[start..i] });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    Ok(str_list(it, parts, 0))
}

fn str_map(it: &mut Interp, this: ObjRef, args: &[ObjRef], name: &str, f: fn(&str) -> String) -> R<ObjRef> {
    check_args(it, name, args, 0, 0)?;
    let s = this_str(it, this);
    let r = f(&s);
    if r == s && !s.is_empty() {
        // CPython returns a new string here too, except for some no-op cases; build anew.
    }
    Ok(it.heap.str(&r))
}

fn str_upper(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_map(it, this, args, "upper", |s| s.to_uppercase())
}
fn str_lower(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_map(it, this, args, "lower", |s| s.to_lowercase())
}
fn str_casefold(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    // Full case folding differs from lowering for a few letters (ß → ss).
    str_map(it, this, args, "casefold", |s| s.to_lowercase().replace('ß', "ss").replace('ς', "σ"))
}
fn str_swapcase(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_map(it, this, args, "swapcase", |s| s.chars().map(|c| if c.is_uppercase() { c.to_lowercase().collect::<String>() } else { c.to_uppercase().collect() }).collect())
}
fn str_title(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_map(it, this, args, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}
fn str_capitalize(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_map(it, this, args, "capitalize", |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect(),
            None => String::new(),
        }
    })
}

fn strip_impl(it: &mut Interp, this: ObjRef, args: &[ObjRef], name: &str, left: bool, right: bool) -> R<ObjRef> {
    check_args(it, name, args, 0, 1)?;
    let s = this_str(it, this);
    let chars: Option<Vec<char>> = match args.first() {
        Some(&c) if c != NONE => Some(arg_str(it, c, "strip arg")?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => pyfmt::py_isspace(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(new_ref(it, this));
    }
    Ok(it.heap.str(r))
}

fn str_strip(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    strip_impl(it, this, args, "strip", true, true)
}
fn str_lstrip(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    strip_impl(it, this, args, "lstrip", true, false)
}
fn str_rstrip(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    strip_impl(it, this, args, "rstrip", false, true)
}

fn str_replace(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "replace", args, 2, 3)?;
    let s = this_str(it, this);
    let old = arg_str(it, args[0], "replace() argument 1")?;
    let new = arg_str(it, args[1], "replace() argument 2")?;
    let count = match args.get(2) {
        Some(&c) => arg_int(it, c)?,
        None => -1,
    };
    if new.len() > old.len() {
        // The result's size, known before it is made: refused past the budget.
        let hits = if old.is_empty() { s.chars().count() + 1 } else { s.matches(&*old).count() };
        let hits = if count < 0 { hits } else { hits.min(count as usize) };
        it.check_str_budget(s.len() as u128 + hits as u128 * (new.len() - old.len()) as u128)?;
    }
    let r = if count < 0 { s.replace(&old, &new) } else { s.replacen(&old, &new, count as usize) };
    if r == s {
        return Ok(new_ref(it, this));
    }
    Ok(it.heap.str(&r))
}

fn prefix_impl(it: &mut Interp, this: ObjRef, args: &[ObjRef], name: &str, start: bool) -> R<ObjRef> {
    check_args(it, name, args, 1, 3)?;
    let s = this_str(it, this);
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let adj = |v: i64| -> usize { (if v < 0 { (v + n).max(0) } else { v.min(n) }) as usize };
    let lo = match args.get(1) {
        Some(&a) if a != NONE => adj(arg_int(it, a)?),
        _ => 0,
    };
    let hi = match args.get(2) {
        Some(&a) if a != NONE => adj(arg_int(it, a)?),
        _ => n as usize,
    };
    let sub: String = if lo <= hi { chars[lo..hi].iter().collect() } else { String::new() };
    let cands: Vec<String> = match it.heap.get(args[0]) {
        Obj::Str(p) => vec![p.s().to_string()],
        Obj::Tuple(t) => {
            let t = t.to_vec();
            let mut v = Vec::new();
            for x in t {
                v.push(arg_str(it, x, "tuple for startswith must only contain str, not")?);
            }
            v
        }
        _ => {
            let msg = format!("{} first arg must be str or a tuple of str, not {}", name, it.type_name(args[0]));
            return Err(it.type_error(msg));
        }
    };
    let r = lo <= hi && cands.iter().any(|c| if start { sub.starts_with(c.as_str()) } else { sub.ends_with(c.as_str()) });
    Ok(it.heap.bool(r))
}

fn str_startswith(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    prefix_impl(it, this, args, "startswith", true)
}
fn str_endswith(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    prefix_impl(it, this, args, "endswith", false)
}

/// (char index of the match or -1) for find/rfind/index/rindex/count.
fn find_impl(it: &mut Interp, this: ObjRef, args: &[ObjRef], name: &str, rev: bool) -> R<i64> {
    check_args(it, name, args, 1, 3)?;
    let s = this_str(it, this);
    let sub = arg_str(it, args[0], "must be str, not")?;
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let adj = |v: i64| -> i64 { if v < 0 { (v + n).max(0) } else { v.min(n) } };
    let lo = match args.get(1) {
        Some(&a) if a != NONE => adj(arg_int(it, a)?),
        _ => 0,
    };
    let hi = match args.get(2) {
        Some(&a) if a != NONE => adj(arg_int(it, a)?),
        _ => n,
    };
    if lo > hi {
        return Ok(-1);
    }
    let hay: String = chars[lo as usize..hi as usize].iter().collect();
    let pos = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(match pos {
        Some(b) => lo + hay[..b].chars().count() as i64,
        None => -1,
    })
}

fn str_find(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let r = find_impl(it, this, args, "find", false)?;
    Ok(it.heap.int(r))
}
fn str_rfind(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let r = find_impl(it, this, args, "rfind", true)?;
    Ok(it.heap.int(r))
}
fn str_index(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let r = find_impl(it, this, args, "index", false)?;
    if r < 0 {
        return Err(it.new_exception(ExcKind::ValueError, Some("substring not found")));
    }
    Ok(it.heap.int(r))
}
fn str_rindex(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let r = find_impl(it, this, args, "rindex", true)?;
    if r < 0 {
        return Err(it.new_exception(ExcKind::ValueError, Some("substring not found")));
    }
    Ok(it.heap.int(r))
}
fn str_count(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "count", args, 1, 3)?;
    let s = this_str(it, this);
    let sub = arg_str(it, args[0], "must be str, not")?;
    let n = if sub.is_empty() { s.chars().count() + 1 } else { s.matches(&sub).count() };
    Ok(it.heap.int(n as i64))
}

fn str_pred(it: &mut Interp, this: ObjRef, f: fn(&str) -> bool) -> R<ObjRef> {
    let s = this_str(it, this);
    let r = f(&s);
    Ok(it.heap.bool(r))
}
fn str_isdigit(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_pred(it, this, |s| !s.is_empty() && s.chars().all(|c| c.is_numeric()))
}
fn str_isalpha(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_pred(it, this, |s| !s.is_empty() && s.chars().all(|c| c.is_alphabetic()))
}
fn str_isalnum(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_pred(it, this, |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric()))
}
fn str_isspace(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_pred(it, this, |s| !s.is_empty() && s.chars().all(pyfmt::py_isspace))
}
fn str_isupper(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_pred(it, this, |s| s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()))
}
fn str_islower(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_pred(it, this, |s| s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()))
}
fn str_isidentifier(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    str_pred(it, this, |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) if f == '_' || f.is_alphabetic() => c.all(|x| x == '_' || x.is_alphanumeric()),
            _ => false,
        }
    })
}

fn pad_impl(it: &mut Interp, this: ObjRef, args: &[ObjRef], name: &str, align: char) -> R<ObjRef> {
    check_args(it, name, args, 1, 2)?;
    let s = this_str(it, this);
    let width = arg_int(it, args[0])?;
    let fill = match args.get(1) {
        Some(&f) => {
            let f = arg_str(it, f, "fill character")?;
            if f.chars().count() != 1 {
                return Err(it.type_error("The fill character must be exactly one character long".into()));
            }
            f.chars().next().unwrap()
        }
        None => ' ',
    };
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(new_ref(it, this));
    }
    it.check_str_budget((width - n) as u128 * fill.len_utf8() as u128 + s.len() as u128)?;
    let pad = (width - n) as usize;
    let (l, r) = match align {
        '<' => (0, pad),
        '>' => (pad, 0),
        _ => {
            // str.center puts the extra space on the right when the string length is even... CPython: left = pad/2 + (pad & width & 1)
            let left = pad / 2 + (pad & (width as usize) & 1);
            (left, pad - left)
        }
    };
    let out: String = std::iter::repeat(fill).take(l).chain(s.chars()).chain(std::iter::repeat(fill).take(r)).collect();
    Ok(it.heap.str(&out))
}
fn str_center(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    pad_impl(it, this, args, "center", '^')
}
fn str_ljust(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    pad_impl(it, this, args, "ljust", '<')
}
fn str_rjust(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    pad_impl(it, this, args, "rjust", '>')
}
fn str_zfill(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "zfill", args, 1, 1)?;
    let s = this_str(it, this);
    let width = arg_int(it, args[0])?;
    let n = s.chars().count() as i64;
    if width <= n {
        return Ok(new_ref(it, this));
    }
    it.check_str_budget(width as u128 + s.len() as u128)?;
    let pad = "0".repeat((width - n) as usize);
    let out = if s.starts_with('+') || s.starts_with('-') { format!("{}{}{}", &s[..1], pad, &s[1..]) } else { format!("{}{}", pad, s) };
    Ok(it.heap.str(&out))
}

fn partition_impl(it: &mut Interp, this: ObjRef, args: &[ObjRef], rev: bool) -> R<ObjRef> {
    check_args(it, "partition", args, 1, 1)?;
    let s = this_str(it, this);
    let sep = arg_str(it, args[0], "must be str, not")?;
    if sep.is_empty() {
        return Err(it.new_exception(ExcKind::ValueError, Some("empty separator")));
    }
    let pos = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let (a, b, c) = match pos {
        Some(i) => (s[..i].to_string(), sep.clone(), s[i + sep.len()..].to_string()),
        None => {
            if rev {
                (String::new(), String::new(), s.clone())
            } else {
                (s.clone(), String::new(), String::new())
            }
        }
    };
    let items = vec![it.heap.str(&a), it.heap.str(&b), it.heap.str(&c)];
    Ok(it.new_tuple(items))
}
fn str_partition(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    partition_impl(it, this, args, false)
}
fn str_rpartition(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    partition_impl(it, this, args, true)
}
fn bytes_decode(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "decode", kw, &["encoding", "errors"])?;
    check_args(it, "decode", args, 0, 2)?;
    let b: Vec<u8> = match it.heap.get(this) {
        Obj::Bytes(b) => b.to_vec(),
        _ => vec![],
    };
    match std::str::from_utf8(&b) {
        Ok(s) => Ok(it.heap.str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            let why = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc0).contains(&b[pos]) || b[pos] >= 0xf8 || b[pos] == 0xc0 || b[pos] == 0xc1 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            let msg = format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", b[pos], pos, why);
            Err(it.new_exception(ExcKind::UnicodeDecodeError, Some(&msg)))
        }
    }
}
fn bytes_hex(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "hex", args, 0, 0)?;
    let n = match it.heap.get(this) {
        Obj::Bytes(b) => b.len(),
        _ => 0,
    };
    it.check_str_budget(2 * n as u128)?;
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let s: String = match it.heap.get(this) {
        Obj::Bytes(b) => b.iter().flat_map(|&x| [DIGITS[(x >> 4) as usize] as char, DIGITS[(x & 15) as usize] as char]).collect(),
        _ => String::new(),
    };
    Ok(it.heap.str(&s))
}
fn str_encode(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let s = this_str(it, this);
    Ok(it.heap.bytes(s.as_bytes()))
}

// ----- list methods ---------------------------------------------------------------------

fn list_items(it: &Interp, l: ObjRef) -> Vec<ObjRef> {
    match it.heap.get(l) {
        Obj::List(lo) => lo.items.to_vec(),
        Obj::Tuple(t) => t.to_vec(),
        _ => vec![],
    }
}

fn list_append_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "append", kw)?;
    if args.len() != 1 {
        let msg = format!("list.append() takes exactly one argument ({} given)", args.len());
        return Err(it.type_error(msg));
    }
    it.incref(args[0]);
    it.list_append(this, args[0]);
    none(it)
}

fn list_pop(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "pop", kw)?;
    check_args(it, "pop", args, 0, 1)?;
    let len = list_items(it, this).len();
    if len == 0 {
        return Err(it.new_exception(ExcKind::IndexError, Some("pop from empty list")));
    }
    let idx = match args.first() {
        Some(&a) => arg_int(it, a)?,
        None => -1,
    };
    let k = if idx < 0 { idx + len as i64 } else { idx };
    if k < 0 || k >= len as i64 {
        return Err(it.new_exception(ExcKind::IndexError, Some("pop index out of range")));
    }
    let v = match it.heap.get_mut(this) {
        Obj::List(lo) => lo.items.remove(k as usize),
        _ => unreachable!(),
    };
    // list_resize sees the list still at its old length
    if let Obj::List(lo) = it.heap.get_mut(this) {
        lo.items.push(ObjRef::NULL);
    }
    it.heap.list_resize(this, len - 1);
    if let Obj::List(lo) = it.heap.get_mut(this) {
        lo.items.pop();
    }
    Ok(v)
}

fn list_extend_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "extend", kw)?;
    check_args(it, "extend", args, 1, 1)?;
    it.list_extend(this, args[0])?;
    none(it)
}

fn list_insert(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "insert", kw)?;
    check_args(it, "insert", args, 2, 2)?;
    let len = list_items(it, this).len() as i64;
    let i = arg_int(it, args[0])?;
    let k = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    it.heap.list_resize(this, len as usize + 1);
    it.incref(args[1]);
    if let Obj::List(lo) = it.heap.get_mut(this) {
        lo.items.insert(k, args[1]);
    }
    none(it)
}

fn list_remove(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "remove", kw)?;
    check_args(it, "remove", args, 1, 1)?;
    let items = list_items(it, this);
    for (k, &x) in items.iter().enumerate() {
        if it.eq_obj(x, args[0])? {
            let still = matches!(it.heap.get(this), Obj::List(lo) if lo.items.get(k) == Some(&x));
            if still {
                // list_ass_slice(self, k, k+1, NULL): resize (or clear) first
                it.heap.list_ass_slice_alloc(this, 1, 0);
                let v = match it.heap.get_mut(this) {
                    Obj::List(lo) => lo.items.remove(k),
                    _ => unreachable!(),
                };
                it.decref(v);
            }
            return none(it);
        }
    }
    Err(it.new_exception(ExcKind::ValueError, Some("list.remove(x): x not in list")))
}

fn seq_index(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "index", kw)?;
    check_args(it, "index", args, 1, 3)?;
    let items = list_items(it, this);
    let n = items.len() as i64;
    let adj = |v: i64| -> i64 { if v < 0 { (v + n).max(0) } else { v.min(n) } };
    let lo = match args.get(1) {
        Some(&a) => adj(arg_int(it, a)?),
        None => 0,
    };
    let hi = match args.get(2) {
        Some(&a) => adj(arg_int(it, a)?),
        None => n,
    };
    for k in lo..hi.max(lo) {
        if it.eq_obj(items[k as usize], args[0])? {
            return Ok(it.heap.int(k));
        }
    }
    let what = if matches!(it.heap.get(this), Obj::Tuple(_)) { "tuple.index(x): x not in tuple" } else { "" };
    if what.is_empty() {
        let r = it.repr(args[0])?;
        let msg = format!("{} is not in list", r);
        return Err(it.new_exception(ExcKind::ValueError, Some(&msg)));
    }
    Err(it.new_exception(ExcKind::ValueError, Some(what)))
}

fn range_index_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "index", kw)?;
    check_args(it, "index", args, 1, 1)?;
    it.range_index(this, args[0])
}

fn range_count_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "count", kw)?;
    check_args(it, "count", args, 1, 1)?;
    it.range_count(this, args[0])
}

fn seq_count(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "count", kw)?;
    check_args(it, "count", args, 1, 1)?;
    let items = list_items(it, this);
    let mut n = 0;
    for x in items {
        if it.eq_obj(x, args[0])? {
            n += 1;
        }
    }
    Ok(it.heap.int(n))
}

fn list_clear(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "clear", kw)?;
    check_args(it, "clear", args, 0, 0)?;
    let items = match it.heap.get_mut(this) {
        Obj::List(lo) => std::mem::take(&mut lo.items),
        _ => thin_vec::ThinVec::new(),
    };
    it.heap.list_set_allocated(this, 0);
    // list_clear releases items last to first
    for x in items.into_iter().rev() {
        it.decref(x);
    }
    none(it)
}

fn list_copy(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "copy", kw)?;
    check_args(it, "copy", args, 0, 0)?;
    let items = list_items(it, this);
    for &x in &items {
        it.incref(x);
    }
    Ok(it.new_list(items))
}

fn list_reverse(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    if let Obj::List(lo) = it.heap.get_mut(this) {
        lo.items.reverse();
    }
    none(it)
}

fn list_sort(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_args(it, "sort", args, 0, 0)?;
    check_kw(it, "sort", kw, &["key", "reverse"])?;
    let key = kwarg(it, kw, "key").filter(|&k| k != NONE);
    let rev = match kwarg(it, kw, "reverse") {
        Some(r) => it.truthy(r)?,
        None => false,
    };
    sort_list(it, this, key, rev)?;
    none(it)
}

/// list.sort's core, also sorted()'s. While it runs the list looks empty,
/// as CPython's does; its items wait on the evaluation stack. Anything the
/// comparisons put into the list is dropped afterwards and the sort fails
/// with CPython's "list modified during sort".
fn sort_list(it: &mut Interp, l: ObjRef, key: Option<ObjRef>, rev: bool) -> R<()> {
    let (mut items, allocated, addr) = match it.heap.get_mut(l) {
        Obj::List(lo) => (std::mem::take(&mut lo.items), lo.allocated, lo.items_addr),
        _ => (thin_vec::ThinVec::new(), 0, 0),
    };
    it.stack.extend(items.iter().copied());
    let base = it.stack.len() - items.len();
    let r = sort_items(it, &mut items, key, rev);
    it.stack.truncate(base);
    let mut modified = false;
    if let Obj::List(lo) = it.heap.get_mut(l) {
        let added = std::mem::take(&mut lo.items);
        // Growing is a modification; clear() of the empty-looking list is not.
        modified = !added.is_empty() || lo.allocated > allocated;
        let moved = lo.allocated != allocated || lo.items_addr != addr;
        lo.items = items;
        if moved {
            it.heap.list_restore_storage(l, allocated, addr);
        }
        for x in added {
            it.decref(x);
        }
    }
    r?;
    if modified {
        return Err(it.new_exception(ExcKind::ValueError, Some("list modified during sort")));
    }
    Ok(())
}

// ----- dict methods ---------------------------------------------------------------------

fn dict_get_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "get", kw)?;
    check_args(it, "get", args, 1, 2)?;
    match it.dict_get(this, args[0])? {
        Some(v) => Ok(new_ref(it, v)),
        None => Ok(new_ref(it, args.get(1).copied().unwrap_or(NONE))),
    }
}

fn view(it: &mut Interp, this: ObjRef, kind: DictViewKind) -> R<ObjRef> {
    it.incref(this);
    Ok(it.alloc(Obj::DictView { dict: this, kind }))
}
fn dict_keys(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    view(it, this, DictViewKind::Keys)
}
fn dict_values(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    view(it, this, DictViewKind::Values)
}
fn dict_items_m(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    view(it, this, DictViewKind::Items)
}

fn dict_pop_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "pop", kw)?;
    check_args(it, "pop", args, 1, 2)?;
    match it.dict_pop(this, args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(new_ref(it, d)),
            None => {
                let cls = it.exc_class(ExcKind::KeyError);
                it.incref(args[0]);
                Err(it.instantiate_exception(cls, vec![args[0]]))
            }
        },
    }
}

fn dict_popitem(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let last = match it.heap.get(this) {
        Obj::Dict(d) => d.entries.iter().rposition(|e| !e.key.is_null()),
        _ => None,
    };
    let Some(i) = last else {
        return Err(it.new_exception(ExcKind::KeyError, Some("popitem(): dictionary is empty")));
    };
    let (k, v) = match it.heap.get_mut(this) {
        Obj::Dict(d) => d.remove_at(i),
        _ => unreachable!(),
    };
    Ok(it.new_tuple(vec![k, v]))
}

fn dict_setdefault(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_kw(it, "setdefault", kw)?;
    check_args(it, "setdefault", args, 1, 2)?;
    if let Some(v) = it.dict_get(this, args[0])? {
        return Ok(new_ref(it, v));
    }
    let d = args.get(1).copied().unwrap_or(NONE);
    it.dict_set(this, args[0], d)?;
    Ok(new_ref(it, d))
}

fn dict_update_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_args(it, "update", args, 0, 1)?;
    if let Some(&a) = args.first() {
        it.dict_update(this, a)?;
    }
    for &(k, v) in kw {
        it.dict_set(this, k, v)?;
    }
    none(it)
}

fn dict_clear_m(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    it.dict_clear(this);
    none(it)
}

fn dict_copy_m(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    it.dict_copy(this)
}

fn dict_fromkeys(it: &mut Interp, _this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "fromkeys", args, 1, 2)?;
    let keys = it.collect_items(args[0])?;
    let v = args.get(1).copied().unwrap_or(NONE);
    let d = it.new_dict();
    let mut r = Ok(());
    for &k in &keys {
        if r.is_ok() {
            r = it.dict_set(d, k, v);
        }
    }
    for k in keys {
        it.decref(k);
    }
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            it.decref(d);
            Err(e)
        }
    }
}

// ----- set methods -------------------------------------------------------------------

fn set_add_m(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "add", args, 1, 1)?;
    it.set_add(this, args[0])?;
    none(it)
}
fn set_remove(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "remove", args, 1, 1)?;
    if !it.dict_del(this, args[0])? {
        let cls = it.exc_class(ExcKind::KeyError);
        it.incref(args[0]);
        return Err(it.instantiate_exception(cls, vec![args[0]]));
    }
    none(it)
}
fn set_discard(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "discard", args, 1, 1)?;
    it.dict_del(this, args[0])?;
    none(it)
}
fn set_pop(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let first = match it.heap.get(this) {
        Obj::Set(d) => d.next_from(0).map(|(i, _)| i),
        _ => None,
    };
    let Some(i) = first else {
        return Err(it.new_exception(ExcKind::KeyError, Some("pop from an empty set")));
    };
    let (k, _) = match it.heap.get_mut(this) {
        Obj::Set(d) => d.remove_at(i),
        _ => unreachable!(),
    };
    Ok(k)
}
fn set_copy(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let items = it.collect_items(this)?;
    it.new_set_from(items)
}
pub(crate) fn set_update(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    for &a in args {
        let items = it.collect_items(a)?;
        let mut r = Ok(());
        for &x in &items {
            if r.is_ok() {
                r = it.set_add(this, x);
            }
        }
        for x in items {
            it.decref(x);
        }
        r?;
    }
    none(it)
}
fn set_union(it: &mut Interp, this: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let s = set_copy(it, this, &[], kw)?;
    if let Err(e) = set_update(it, s, args, kw) {
        it.decref(s);
        return Err(e);
    }
    Ok(s)
}
fn set_filter(it: &mut Interp, this: ObjRef, args: &[ObjRef], keep_if_in: bool) -> R<ObjRef> {
    let items = it.collect_items(this)?;
    let mut out = Vec::new();
    let mut err = None;
    for x in items {
        let mut inall = true;
        for &a in args {
            match it.contains(a, x) {
                Ok(c) => {
                    if !c {
                        inall = false;
                    }
                }
                Err(e) => {
                    err = Some(e);
                }
            }
        }
        let keep = if keep_if_in { inall } else { !args.iter().any(|_| false) && !inall || args.is_empty() };
        if keep && err.is_none() {
            out.push(x);
        } else {
            it.decref(x);
        }
    }
    if let Some(e) = err {
        for x in out {
            it.decref(x);
        }
        return Err(e);
    }
    it.new_set_from(out)
}
fn set_intersection(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    set_filter(it, this, args, true)
}
fn set_difference(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let items = it.collect_items(this)?;
    let mut out = Vec::new();
    for x in items {
        let mut found = false;
        for &a in args {
            if it.contains(a, x)? {
                found = true;
            }
        }
        if found {
            it.decref(x);
        } else {
            out.push(x);
        }
    }
    it.new_set_from(out)
}
fn set_issubset(it: &mut Interp, this: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    check_args(it, "issubset", args, 1, 1)?;
    let items = it.collect_items(this)?;
    let mut r = true;
    for &x in &items {
        if r && !it.contains(args[0], x)? {
            r = false;
        }
    }
    for x in items {
        it.decref(x);
    }
    Ok(it.heap.bool(r))
}

// ----- numbers ----------------------------------------------------------------------------

fn int_bit_length(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let v = it.int_value(this).unwrap_or_default();
    Ok(it.heap.int(v.bits() as i64))
}
fn same_value(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    Ok(new_ref(it, this))
}
fn float_is_integer(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let r = matches!(it.heap.get(this), Obj::Float(f) if f.fract() == 0.0 && f.is_finite());
    Ok(it.heap.bool(r))
}
