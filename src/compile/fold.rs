//! Constant folding, as CPython 3.11's AST optimiser (Python/ast_opt.c):
//! operations on constants become constants, within its limits (ints up to
//! 128 bits from `*`, `**` and `<<`, strings up to 4096 characters,
//! collections up to 256 items). An operation that would raise is left for
//! run time.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::runtime::pyfmt;
use crate::syntax::{BinOp, UnaryOp};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// A compile-time constant. Floats are kept as bits so that equal constants
/// of the same type (and only those: 1, 1.0 and True differ; so do 0.0 and
/// -0.0) are one key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(u64),
    /// A complex: its real and imaginary parts' bits.
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// A code object (by slot number), unique per definition.
    Code(u32),
}

enum Num {
    I(BigInt),
    F(f64),
}

fn num(c: &Const) -> Option<Num> {
    match c {
        Const::Int(i) => Some(Num::I(i.clone())),
        Const::True => Some(Num::I(BigInt::from(1))),
        Const::False => Some(Num::I(BigInt::from(0))),
        Const::Float(b) => Some(Num::F(f64::from_bits(*b))),
        _ => None,
    }
}

fn to_f(n: &Num) -> Option<f64> {
    match n {
        Num::I(i) => pyfmt::int_to_f64(i).ok(),
        Num::F(f) => Some(*f),
    }
}

fn fconst(f: f64) -> Const {
    Const::Float(f.to_bits())
}

fn count_items(c: &Const) -> usize {
    match c {
        Const::Tuple(t) => t.len() + t.iter().map(count_items).sum::<usize>(),
        _ => 0,
    }
}

/// A number constant as a complex (None: not a number, or an int too big).
fn complex_parts(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Complex(r, i) => Some((f64::from_bits(*r), f64::from_bits(*i))),
        _ => to_f(&num(c)?).map(|f| (f, 0.0)),
    }
}

fn cconst((re, im): (f64, f64)) -> Const {
    Const::Complex(re.to_bits(), im.to_bits())
}

/// `+`, `-`, `*` with a complex side, as the runtime computes them.
fn complex_binop(a: &Const, op: BinOp, b: &Const) -> Option<Const> {
    let (x, y) = (complex_parts(a)?, complex_parts(b)?);
    Some(cconst(match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mult => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        _ => return None,
    }))
}

pub fn unaryop(op: UnaryOp, c: &Const) -> Option<Const> {
    if let Const::Complex(..) = c {
        let (re, im) = complex_parts(c)?;
        return match op {
            UnaryOp::USub => Some(cconst((-re, -im))),
            UnaryOp::UAdd => Some(c.clone()),
            UnaryOp::Not => Some(if truthy(c)? { Const::False } else { Const::True }),
            UnaryOp::Invert => None,
        };
    }
    match op {
        UnaryOp::Not => Some(if truthy(c)? { Const::False } else { Const::True }),
        UnaryOp::USub => match num(c)? {
            Num::I(i) => Some(Const::Int(-i)),
            Num::F(f) => Some(fconst(-f)),
        },
        UnaryOp::UAdd => match num(c)? {
            Num::I(i) => Some(Const::Int(i)),
            Num::F(f) => Some(fconst(f)),
        },
        UnaryOp::Invert => match c {
            Const::Int(_) | Const::True | Const::False => match num(c)? {
                Num::I(i) => Some(Const::Int(-i - 1)),
                Num::F(_) => None,
            },
            _ => None,
        },
    }
}

fn truthy(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None | Const::False => false,
        Const::True | Const::Ellipsis => true,
        Const::Int(i) => !i.is_zero(),
        Const::Float(b) => f64::from_bits(*b) != 0.0,
        Const::Complex(r, i) => f64::from_bits(*r) != 0.0 || f64::from_bits(*i) != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::Code(_) => return None,
    })
}

pub fn binop(a: &Const, op: BinOp, b: &Const) -> Option<Const> {
    // Sequences: concatenation and repetition, with size limits.
    match (a, op, b) {
        (Const::Str(x), BinOp::Add, Const::Str(y)) => {
            if x.chars().count() + y.chars().count() > MAX_STR_SIZE {
                return None;
            }
            return Some(Const::Str(format!("{}{}", x, y)));
        }
        (Const::Tuple(x), BinOp::Add, Const::Tuple(y)) => {
            let mut v = x.clone();
            v.extend(y.iter().cloned());
            return Some(Const::Tuple(v));
        }
        (Const::Bytes(x), BinOp::Add, Const::Bytes(y)) => {
            let mut v = x.clone();
            v.extend(y);
            return Some(Const::Bytes(v));
        }
        (Const::Str(_) | Const::Tuple(_) | Const::Bytes(_), BinOp::Mult, Const::Int(_) | Const::True | Const::False) => return repeat(a, b),
        (Const::Int(_) | Const::True | Const::False, BinOp::Mult, Const::Str(_) | Const::Tuple(_) | Const::Bytes(_)) => return repeat(b, a),
        (Const::Str(_) | Const::Bytes(_), BinOp::Mod, _) => return None,
        (Const::Complex(..), _, _) | (_, _, Const::Complex(..)) => return complex_binop(a, op, b),
        _ => {}
    }
    let x = num(a)?;
    let y = num(b)?;
    match (x, y) {
        (Num::I(x), Num::I(y)) => int_op(&x, op, &y),
        (x, y) => {
            let (x, y) = (to_f(&x)?, to_f(&y)?);
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mult => x * y,
                BinOp::Div => {
                    if y == 0.0 {
                        return None;
                    }
                    x / y
                }
                BinOp::FloorDiv => pyfmt::float_floordiv(x, y).ok()?,
                BinOp::Mod => pyfmt::float_mod(x, y).ok()?,
                BinOp::Pow => pyfmt::float_pow(x, y).ok()?,
                _ => return None,
            };
            Some(fconst(r))
        }
    }
}

fn repeat(seq: &Const, n: &Const) -> Option<Const> {
    let n = match num(n)? {
        Num::I(i) => i.to_i64()?,
        Num::F(_) => return None,
    };
    let n = n.max(0) as usize;
    match seq {
        Const::Str(s) => {
            let len = s.chars().count();
            if len > 0 && n > MAX_STR_SIZE / len {
                return None;
            }
            Some(Const::Str(s.repeat(n)))
        }
        Const::Bytes(s) => {
            if !s.is_empty() && n > MAX_STR_SIZE / s.len() {
                return None;
            }
            Some(Const::Bytes(s.repeat(n)))
        }
        Const::Tuple(t) => {
            if !t.is_empty() && (n > MAX_COLLECTION_SIZE / t.len() || count_items(seq) * n > MAX_TOTAL_ITEMS) {
                return None;
            }
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Some(Const::Tuple(v))
        }
        _ => None,
    }
}

fn int_op(x: &BigInt, op: BinOp, y: &BigInt) -> Option<Const> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => {
            if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() > MAX_INT_SIZE {
                return None;
            }
            x * y
        }
        BinOp::Div => return pyfmt::int_true_div(x, y).ok().map(fconst),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            x.div_floor(y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return None;
            }
            x.mod_floor(y)
        }
        BinOp::Pow => {
            if y.is_negative() {
                return match pyfmt::int_pow(x, y).ok()? {
                    pyfmt::IntOrFloat::Float(f) => Some(fconst(f)),
                    pyfmt::IntOrFloat::Int(i) => Some(Const::Int(i)),
                };
            }
            let e = y.to_u64()?;
            if !x.is_zero() && e > 0 && x.bits().checked_mul(e).is_none_or(|b| b > MAX_INT_SIZE) {
                return None;
            }
            num_traits::pow::pow(x.clone(), e as usize)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64()?;
            if !x.is_zero() && (s > MAX_INT_SIZE || x.bits() > MAX_INT_SIZE - s) {
                return None;
            }
            x << (s as usize)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return None;
            }
            let s = y.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            x >> (s as usize)
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::MatMult => return None,
    };
    Some(Const::Int(r))
}

/// `'abc'[1]`, `(1, 2)[0]` with constant operands.
pub fn subscript(v: &Const, i: &Const) -> Option<Const> {
    let idx = match i {
        Const::Int(n) => n.to_i64()?,
        _ => return None,
    };
    match v {
        Const::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let n = chars.len() as i64;
            let k = if idx < 0 { idx + n } else { idx };
            if k < 0 || k >= n {
                return None;
            }
            Some(Const::Str(chars[k as usize].to_string()))
        }
        Const::Tuple(t) => {
            let n = t.len() as i64;
            let k = if idx < 0 { idx + n } else { idx };
            if k < 0 || k >= n {
                return None;
            }
            Some(t[k as usize].clone())
        }
        _ => None,
    }
}
