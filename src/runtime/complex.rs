//! complex numbers: the arithmetic, comparisons, hash, repr and the
//! `complex()` constructor as CPython 3.11 computes them (the payload and
//! its slots are types/complex.rs).
//!
//! An int or float operand is first made a complex with a zero imaginary
//! part (3.11 has no mixed-mode arithmetic), so `1j * 2.0` multiplies
//! `(0+1j)` by `(2+0j)`. Division scales by the larger part of the divisor
//! (Smith's method) so that it neither overflows nor loses precision
//! early; a power with a small integral exponent is taken by repeated
//! squaring, any other through polar form. `//`, `%` and ordering are not
//! defined for complex.

use super::builtins::{check_kw, kwarg, Kw};
use super::pyfmt;
use super::*;
use crate::heap::Heap;
use crate::syntax::BinOp;
use crate::types::complex::ComplexObj;

type C = (f64, f64);

/// The hash multiplier of the imaginary part (sys.hash_info.imag).
const HASH_IMAG: u64 = 1_000_003;

/// Why a complex operation failed.
enum CErr {
    /// Division by zero (EDOM).
    Domain,
    /// A result too large (ERANGE).
    Range,
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

fn quot(a: C, b: C) -> Result<C, CErr> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(CErr::Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // a NaN in the divisor
        Ok((f64::NAN, f64::NAN))
    }
}

/// x**n for n >= 0 by repeated squaring.
fn pow_unsigned(x: C, n: u64) -> C {
    let (mut r, mut p) = ((1.0, 0.0), x);
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

fn pow_general(a: C, b: C) -> Result<C, CErr> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(CErr::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn pow(a: C, b: C) -> Result<C, CErr> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            pow_unsigned(a, n as u64)
        } else {
            quot((1.0, 0.0), pow_unsigned(a, n.unsigned_abs()))?
        }
    } else {
        pow_general(a, b)?
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(CErr::Range);
    }
    Ok(r)
}

/// One part of a repr: a float's repr without the ".0" a whole number
/// gets, `inf`/`nan` spelt out, a sign forced for the imaginary part.
fn repr_part(x: f64, signed: bool) -> String {
    let s = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        let r = pyfmt::float_repr(x);
        match r.strip_suffix(".0") {
            Some(t) => t.to_string(),
            None => r,
        }
    };
    if signed && !s.starts_with('-') {
        format!("+{}", s)
    } else {
        s
    }
}

/// repr() and str() of a complex: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", repr_part(im, false))
    } else {
        format!("({}{}j)", repr_part(re, false), repr_part(im, true))
    }
}

pub fn complex_hash(re: f64, im: f64) -> i64 {
    let hr = pyfmt::float_hash(re) as u64;
    let hi = pyfmt::float_hash(im) as u64;
    let h = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The value of an int, bool, float or complex operand as a complex,
/// without the heap's help for big ints (None: not a number, or an int
/// too big for a float).
fn operand(heap: &Heap, r: ObjRef) -> Option<C> {
    match heap.get(r) {
        Obj::Complex(c) => Some((c.re, c.im)),
        Obj::Float(f) => Some((*f, 0.0)),
        Obj::Int(i) => Some((*i as f64, 0.0)),
        Obj::Bool(b) => Some((*b as i64 as f64, 0.0)),
        Obj::BigInt(b) => pyfmt::int_to_f64(b).ok().map(|f| (f, 0.0)),
        _ => None,
    }
}

/// `==` of a complex and another number, exactly (an int is compared
/// with the real part without rounding it).
fn num_eq(heap: &Heap, a: ObjRef, b: ObjRef) -> Option<bool> {
    let (c, other) = match (heap.get(a), heap.get(b)) {
        (Obj::Complex(x), Obj::Complex(y)) => return Some(x.re == y.re && x.im == y.im),
        (Obj::Complex(x), _) => (**x, b),
        (_, Obj::Complex(y)) => (**y, a),
        _ => return None,
    };
    if c.im != 0.0 {
        return matches!(heap.get(other), Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) | Obj::Float(_)).then_some(false);
    }
    match heap.get(other) {
        Obj::Float(f) => Some(c.re == *f),
        Obj::Int(i) => Some(float_eq_int(c.re, &num_bigint::BigInt::from(*i))),
        Obj::Bool(v) => Some(c.re == *v as i64 as f64),
        Obj::BigInt(i) => Some(float_eq_int(c.re, i)),
        _ => None,
    }
}

fn float_eq_int(f: f64, i: &num_bigint::BigInt) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    pyfmt::f64_to_int(f).map(|v| &v == i).unwrap_or(false)
}

/// Key equality for dicts and sets (no Python code runs): `1 == 1+0j`.
pub fn complex_key_eq(heap: &Heap, a: ObjRef, b: ObjRef) -> bool {
    num_eq(heap, a, b).unwrap_or(false)
}

/// A string `complex()` accepts: `1`, `2.5j`, `-1-2J`, `(1+j)`, `nan+infj`.
fn parse(s: &str) -> Option<C> {
    let s = s.trim();
    let s = match s.strip_prefix('(') {
        Some(t) => t.strip_suffix(')')?.trim(),
        None => s,
    };
    let b = s.as_bytes();
    let (first, mut i) = match float_prefix(b, 0) {
        Some((v, end)) => (Some(v), end),
        None => (None, 0),
    };
    let is_j = |i: usize| i < b.len() && (b[i] == b'j' || b[i] == b'J');
    let c = match first {
        Some(x) if is_j(i) => {
            i += 1;
            (0.0, x)
        }
        Some(x) if i < b.len() && (b[i] == b'+' || b[i] == b'-') => {
            let (y, end) = match float_prefix(b, i) {
                Some(v) => v,
                None => (if b[i] == b'-' { -1.0 } else { 1.0 }, i + 1),
            };
            if !is_j(end) {
                return None;
            }
            i = end + 1;
            (x, y)
        }
        Some(x) => (x, 0.0),
        None => {
            // "j", "+j", "-j"
            let (sign, start) = match b.first() {
                Some(b'-') => (-1.0, 1),
                Some(b'+') => (1.0, 1),
                _ => (1.0, 0),
            };
            if !is_j(start) {
                return None;
            }
            i = start + 1;
            (0.0, sign)
        }
    };
    (i == b.len()).then_some(c)
}

/// The longest float literal at `b[start..]` (a sign, digits with single
/// underscores between them, a point, an exponent; or inf/infinity/nan),
/// its value and where it ends.
fn float_prefix(b: &[u8], start: usize) -> Option<(f64, usize)> {
    let mut i = start;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let word_end = |w: &str| {
        let n = w.len();
        (b.len() >= i + n && b[i..i + n].eq_ignore_ascii_case(w.as_bytes())).then_some(i + n)
    };
    if let Some(end) = word_end("infinity").or_else(|| word_end("inf")).or_else(|| word_end("nan")) {
        let text = std::str::from_utf8(&b[start..end]).ok()?;
        return text.parse::<f64>().ok().map(|v| (v, end));
    }
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && (b[*i].is_ascii_digit() || (b[*i] == b'_' && *i > from && b[*i - 1].is_ascii_digit() && *i + 1 < b.len() && b[*i + 1].is_ascii_digit())) {
            *i += 1;
        }
        *i > from
    };
    let mut any = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        any |= digits(&mut i);
    }
    if !any {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) {
            i = j;
        }
    }
    let text: String = std::str::from_utf8(&b[start..i]).ok()?.chars().filter(|&c| c != '_').collect();
    text.parse::<f64>().ok().map(|v| (v, i))
}

impl Interp {
    /// A new complex (its type made first, if this is the first one).
    pub fn new_complex(&mut self, re: f64, im: f64) -> ObjRef {
        self.ensure_type(TypeId::Complex);
        self.alloc(Obj::Complex(Box::new(ComplexObj { re, im })))
    }

    /// The complex value of `r`, if it is a complex.
    pub fn complex_value(&self, r: ObjRef) -> Option<C> {
        match self.heap.get(r) {
            Obj::Complex(c) => Some((c.re, c.im)),
            _ => None,
        }
    }

    /// `a op b` when one side is a complex and the other a number; None
    /// when neither is a complex, or the other is not a number (the
    /// caller's reflected methods and errors apply).
    pub fn complex_binop(&mut self, a: ObjRef, op: BinOp, b: ObjRef) -> R<Option<ObjRef>> {
        if self.complex_value(a).is_none() && self.complex_value(b).is_none() {
            return Ok(None);
        }
        if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::Pow) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.complex_operand(a)?, self.complex_operand(b)?) else { return Ok(None) };
        let r = match op {
            BinOp::Add => Ok((x.0 + y.0, x.1 + y.1)),
            BinOp::Sub => Ok((x.0 - y.0, x.1 - y.1)),
            BinOp::Mult => Ok(prod(x, y)),
            BinOp::Div => quot(x, y).map_err(|_| "complex division by zero"),
            _ => pow(x, y).map_err(|e| match e {
                CErr::Domain => "0.0 to a negative or complex power",
                CErr::Range => "complex exponentiation",
            }),
        };
        match r {
            Ok((re, im)) => Ok(Some(self.new_complex(re, im))),
            Err(msg) => {
                let kind = if msg == "complex exponentiation" { ExcKind::OverflowError } else { ExcKind::ZeroDivisionError };
                Err(self.new_exception(kind, Some(msg)))
            }
        }
    }

    /// A number operand as a complex; an int too big for a float is an
    /// OverflowError, as its conversion to float is.
    fn complex_operand(&mut self, r: ObjRef) -> R<Option<C>> {
        if let Obj::BigInt(b) = self.heap.get(r) {
            return match pyfmt::int_to_f64(b) {
                Ok(f) => Ok(Some((f, 0.0))),
                Err(e) => Err(self.fmt_err(e)),
            };
        }
        Ok(operand(&self.heap, r))
    }

    /// `a == b` when one side is a complex (None otherwise).
    pub fn complex_eq(&self, a: ObjRef, b: ObjRef) -> Option<bool> {
        num_eq(&self.heap, a, b)
    }

    /// `-c`, `+c`, `abs(c)` for a complex (None: not a complex).
    pub fn complex_unary(&mut self, v: ObjRef, op: &str) -> R<Option<ObjRef>> {
        let Some((re, im)) = self.complex_value(v) else { return Ok(None) };
        Ok(Some(match op {
            "-" => self.new_complex(-re, -im),
            "+" => self.new_complex(re, im),
            _ => {
                let m = if re.is_infinite() || im.is_infinite() { f64::INFINITY } else { re.hypot(im) };
                if m.is_infinite() && re.is_finite() && im.is_finite() {
                    return Err(self.new_exception(ExcKind::OverflowError, Some("absolute value too large")));
                }
                self.heap.float(m)
            }
        }))
    }

    /// `.real` and `.imag` of a complex.
    pub fn complex_attr(&mut self, o: ObjRef, n: &str) -> Option<ObjRef> {
        let (re, im) = self.complex_value(o)?;
        match n {
            "real" => Some(self.heap.float(re)),
            "imag" => Some(self.heap.float(im)),
            _ => None,
        }
    }

    /// A `complex()` argument as a complex: a number, or (for `real`
    /// only) what `__complex__`/`__float__` would give is not looked for.
    fn complex_arg(&mut self, r: ObjRef, which: &str) -> R<C> {
        match self.complex_operand(r)? {
            Some(c) => Ok(c),
            None => {
                let msg = if which == "first" {
                    format!("complex() first argument must be a string or a number, not '{}'", self.type_name(r))
                } else {
                    format!("complex() second argument must be a number, not '{}'", self.type_name(r))
                };
                Err(self.type_error(msg))
            }
        }
    }
}

/// `complex(real=0, imag=0)` or `complex(string)`.
pub fn complex_new(it: &mut Interp, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    check_kw(it, "complex", kw, &["real", "imag"])?;
    if args.len() > 2 {
        let msg = format!("complex() takes at most 2 arguments ({} given)", args.len() + kw.len());
        return Err(it.type_error(msg));
    }
    let real = args.first().copied().or_else(|| kwarg(it, kw, "real"));
    let imag = args.get(1).copied().or_else(|| kwarg(it, kw, "imag"));
    if let Some(r) = real {
        if let Some(s) = it.heap.as_str(r) {
            if imag.is_some() {
                return Err(it.type_error("complex() can't take second arg if first is a string".into()));
            }
            return match parse(s) {
                Some((re, im)) => Ok(it.new_complex(re, im)),
                None => Err(it.new_exception(ExcKind::ValueError, Some("complex() arg is a malformed string"))),
            };
        }
        if imag.is_none() && matches!(it.heap.get(r), Obj::Complex(_)) && !it.heap.is_sub(r) {
            it.incref(r);
            return Ok(r);
        }
    }
    if let Some(i) = imag {
        if it.heap.as_str(i).is_some() {
            return Err(it.type_error("complex() second arg can't be a string".into()));
        }
    }
    let a = match real {
        Some(r) => it.complex_arg(r, "first")?,
        None => (0.0, 0.0),
    };
    let b = match imag {
        Some(i) => it.complex_arg(i, "second")?,
        None => (0.0, 0.0),
    };
    // real + imag*1j, taking each part as CPython does (a complex imag
    // contributes its real part to the imaginary part and the other way)
    let real_is_complex = real.is_some_and(|r| it.complex_value(r).is_some());
    let imag_is_complex = imag.is_some_and(|i| it.complex_value(i).is_some());
    let re = if imag_is_complex { a.0 - b.1 } else { a.0 };
    let im = match (imag.is_some(), real_is_complex) {
        (true, true) => a.1 + b.0,
        (true, false) => b.0,
        (false, _) => a.1,
    };
    Ok(it.new_complex(re, im))
}

/// complex.conjugate()
pub fn complex_conjugate(it: &mut Interp, this: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    match it.complex_value(this) {
        Some((re, im)) => Ok(it.new_complex(re, -im)),
        None => Err(it.type_error("descriptor 'conjugate' of 'complex' object needs an argument".into())),
    }
}
