//! `:is A B` and `:consts [FUNC]`: why `is` says True or False, and the
//! constant tables that make equal literals one object or two.

use super::describe::{peek, short, type_label};
use super::holders::{holders_of, Holder};
use crate::heap::*;
use crate::runtime::Interp;

/// Describes a code object's constant table, nested code objects too.
pub fn describe_consts(it: &Interp, code: ObjRef) -> Vec<String> {
    let mut out = Vec::new();
    let Obj::Code(c) = it.heap.get(code) else { return out };
    let name = super::describe::code_label(c);
    for (i, &k) in c.consts.iter().enumerate() {
        let why = if it.heap.flags(k) & F_INTERNED != 0 {
            " (interned)"
        } else if matches!(it.heap.get(k), Obj::Int(v) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(v)) {
            " (small-int cache)"
        } else {
            ""
        };
        out.push(format!("  {} [{}] {} {}  id {:#x}  refcount {}{}", name, i, type_label(it, k), peek(it, k, 40), it.heap.id(k), it.heap.rc(k), why));
        if matches!(it.heap.get(k), Obj::Code(_)) {
            out.extend(describe_consts(it, k));
        }
    }
    out
}

/// The code object of a function (or of a bound method's function).
pub fn code_of(it: &Interp, f: ObjRef) -> Option<ObjRef> {
    match it.heap.get(f) {
        Obj::Function(func) => Some(func.code),
        Obj::Method { func, .. } => code_of(it, *func),
        _ => None,
    }
}

/// The code objects whose constant tables hold `r`.
fn tables_holding(it: &Interp, r: ObjRef) -> Vec<String> {
    holders_of(it, r)
        .into_iter()
        .filter_map(|h| match h {
            Holder::Object { by, role: Role::Const(_) } => Some(short(it, by)),
            _ => None,
        })
        .collect()
}

/// Why `a is b` is what it is. `entry_of` names the entry an object was
/// born in (from the glass's serials), when known.
pub fn explain_is(it: &Interp, a: ObjRef, b: ObjRef, entry_of: &dyn Fn(ObjRef) -> Option<u32>, one_block: bool) -> String {
    let mut out = String::new();
    if a == b {
        out.push_str(&format!("True: both are the same object, {} {} id {:#x}\n", type_label(it, a), peek(it, a, 30), it.heap.id(a)));
        let why = match it.heap.get(a) {
            Obj::Int(v) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(v) => "ints from -5 to 256 come from the small-int cache: every use of the value is that one object".to_string(),
            Obj::None | Obj::Bool(_) | Obj::Ellipsis | Obj::NotImplemented => "a singleton: the interpreter has exactly one".to_string(),
            Obj::Str(_) if it.heap.flags(a) & F_INTERNED != 0 => "an interned string: identifier-like strings and names share one object".to_string(),
            _ => {
                let t = tables_holding(it, a);
                if one_block {
                    "both literals were compiled in one code block, and equal constants of one block are one object (its constant table holds it once)".to_string()
                } else if t.is_empty() {
                    "one object bound (or stored) twice: assignment copies a reference, never the object".to_string()
                } else {
                    format!("one constant of the code block that made it ({}): equal literals in one block are one constant", t.join(", "))
                }
            }
        };
        out.push_str(&format!("  why: {}\n", why));
        return out;
    }
    out.push_str(&format!("False: two objects, {} {} id {:#x} and {} {} id {:#x}\n", type_label(it, a), peek(it, a, 20), it.heap.id(a), type_label(it, b), peek(it, b, 20), it.heap.id(b)));
    let same_value = match (it.heap.get(a), it.heap.get(b)) {
        (Obj::Int(x), Obj::Int(y)) => x == y,
        (Obj::Float(x), Obj::Float(y)) => x.to_bits() == y.to_bits(),
        (Obj::Str(x), Obj::Str(y)) => x.s() == y.s(),
        (Obj::BigInt(x), Obj::BigInt(y)) => x == y,
        _ => false,
    };
    if same_value {
        out.push_str(&format!("  they are equal ({} == {}), but equal values need not be one object\n", peek(it, a, 30), peek(it, b, 30)));
        match (entry_of(a), entry_of(b)) {
            (Some(x), Some(y)) if x != y && x > 0 && y > 0 => out.push_str(&format!("  why: made by two code blocks (entries {} and {}): each entry has its own constant table\n", x, y)),
            _ => {
                if matches!(it.heap.get(a), Obj::Str(_)) {
                    out.push_str("  why: strings that are not identifier-like (or are made at run time) are not interned\n");
                } else {
                    out.push_str("  why: made at run time, or by two code blocks with two constant tables; only -5..256 are cached\n");
                }
            }
        }
    } else {
        out.push_str("  they are different values, so they can't be one object\n");
    }
    out
}
