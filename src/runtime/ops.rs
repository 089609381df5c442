//! Operators: arithmetic, comparison, truth, hashing, iteration.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::pyfmt::{self, PyFmtError};
use super::*;
use crate::syntax::{BinOp, CmpOp};

/// A number read out of an int, bool or float object.
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

impl Num {
    pub fn big(&self) -> BigInt {
        match self {
            Num::I(i) => BigInt::from(*i),
            Num::B(b) => b.clone(),
            Num::F(f) => BigInt::from(*f as i64),
        }
    }
}

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

/// A rich comparison's method and its reflection (`<`: `__lt__`, `__gt__`).
pub(crate) fn cmp_dunder(op: CmpOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => return None,
    })
}

pub(crate) fn dunder(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
    }
}

impl Interp {
    pub fn fmt_err(&mut self, e: PyFmtError) -> Exc {
        if e.kind == ExcKind::MemoryError {
            return self.new_exception(ExcKind::MemoryError, None);
        }
        self.new_exception(e.kind, Some(&e.msg))
    }

    /// `x ** y` of two ints, interruptible between its multiplications
    /// (KeyboardInterrupt, or the memory budget's check, as everywhere).
    fn int_pow(&mut self, x: &BigInt, y: &BigInt) -> R<pyfmt::IntOrFloat> {
        let flag = self.interrupt.clone();
        loop {
            match pyfmt::int_pow_with(x, y, &|| flag.load(std::sync::atomic::Ordering::Relaxed)) {
                Err(e) if e.kind == ExcKind::KeyboardInterrupt => self.check_interrupt()?,
                r => return r.map_err(|e| self.fmt_err(e)),
            }
        }
    }

    pub fn type_error(&mut self, msg: String) -> Exc {
        self.new_exception(ExcKind::TypeError, Some(&msg))
    }

    #[inline]
    pub fn num(&self, r: ObjRef) -> Option<Num> {
        match self.heap.get(r) {
            Obj::Int(i) => Some(Num::I(*i)),
            Obj::Bool(b) => Some(Num::I(*b as i64)),
            Obj::BigInt(b) => Some(Num::B((**b).clone())),
            Obj::Float(f) => Some(Num::F(*f)),
            _ => None,
        }
    }

    pub fn int_value(&self, r: ObjRef) -> Option<BigInt> {
        match self.heap.get(r) {
            Obj::Int(i) => Some(BigInt::from(*i)),
            Obj::Bool(b) => Some(BigInt::from(*b as i64)),
            Obj::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }

    /// An index (int or bool) as i64, or None.
    pub fn small_index(&self, r: ObjRef) -> Option<i64> {
        match self.heap.get(r) {
            Obj::Int(i) => Some(*i),
            Obj::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    fn num_to_obj_int(&mut self, v: BigInt) -> ObjRef {
        self.heap.bigint(v)
    }

    pub fn binary_op(&mut self, a: ObjRef, op: BinOp, b: ObjRef) -> R<ObjRef> {
        self.binary_op_as(a, op, b, false)
    }

    /// binary_op; `inplace`: the fallback of an augmented assignment, whose
    /// error names the operator `+=`.
    #[inline]
    pub(crate) fn binary_op_base(&mut self, a: ObjRef, op: BinOp, b: ObjRef, inplace: bool) -> R<ObjRef> {
        // Fast path: two machine ints.
        if let (Obj::Int(x), Obj::Int(y)) = (self.heap.get(a), self.heap.get(b)) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mult => x.checked_mul(y),
                BinOp::FloorDiv if y != 0 => Some(Integer::div_floor(&x, &y)),
                BinOp::Mod if y != 0 => Some(Integer::mod_floor(&x, &y)),
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                _ => None,
            };
            if let Some(v) = r {
                return Ok(self.heap.int(v));
            }
        }
        if let (Obj::Float(x), Obj::Float(y)) = (self.heap.get(a), self.heap.get(b)) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => Some(x + y),
                BinOp::Sub => Some(x - y),
                BinOp::Mult => Some(x * y),
                BinOp::Div if y != 0.0 => Some(x / y),
                _ => None,
            };
            if let Some(v) = r {
                return Ok(self.heap.float(v));
            }
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return self.num_op(x, op, y);
        }
        if let Some(r) = self.complex_binop(a, op, b)? {
            return Ok(r);
        }
        self.sequence_or_dunder_op(a, op, b, inplace)
    }

    fn num_op(&mut self, x: Num, op: BinOp, y: Num) -> R<ObjRef> {
        match (x, y) {
            (Num::F(x), y) => {
                let y = match y {
                    Num::F(f) => f,
                    Num::I(i) => i as f64,
                    Num::B(b) => pyfmt::int_to_f64(&b).map_err(|e| self.fmt_err(e))?,
                };
                self.float_op(x, op, y)
            }
            (x, Num::F(y)) => {
                let x = match x {
                    Num::I(i) => i as f64,
                    Num::B(b) => pyfmt::int_to_f64(&b).map_err(|e| self.fmt_err(e))?,
                    Num::F(f) => f,
                };
                self.float_op(x, op, y)
            }
            (x, y) => {
                let (x, y) = (x.big(), y.big());
                self.int_op(&x, op, &y)
            }
        }
    }

    fn float_op(&mut self, x: f64, op: BinOp, y: f64) -> R<ObjRef> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.new_exception(ExcKind::ZeroDivisionError, Some("float division by zero")));
                }
                x / y
            }
            BinOp::FloorDiv => pyfmt::float_floordiv(x, y).map_err(|e| self.fmt_err(e))?,
            BinOp::Mod => pyfmt::float_mod(x, y).map_err(|e| self.fmt_err(e))?,
            BinOp::Pow => pyfmt::float_pow(x, y).map_err(|e| self.fmt_err(e))?,
            _ => {
                let msg = format!("unsupported operand type(s) for {}: 'float' and 'float'", binop_symbol(op));
                return Err(self.type_error(msg));
            }
        };
        Ok(self.heap.float(r))
    }

    fn int_op(&mut self, x: &BigInt, op: BinOp, y: &BigInt) -> R<ObjRef> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                let f = pyfmt::int_true_div(x, y).map_err(|e| self.fmt_err(e))?;
                return Ok(self.heap.float(f));
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.new_exception(ExcKind::ZeroDivisionError, Some("integer division or modulo by zero")));
                }
                x.div_floor(y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.new_exception(ExcKind::ZeroDivisionError, Some("integer modulo by zero")));
                }
                x.mod_floor(y)
            }
            BinOp::Pow => match self.int_pow(x, y)? {
                pyfmt::IntOrFloat::Int(i) => i,
                pyfmt::IntOrFloat::Float(f) => return Ok(self.heap.float(f)),
            },
            BinOp::LShift | BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.new_exception(ExcKind::ValueError, Some("negative shift count")));
                }
                let s = match y.to_usize() {
                    Some(s) => s,
                    None => {
                        if op == BinOp::RShift || x.is_zero() {
                            return Ok(self.heap.int(if x.is_negative() && op == BinOp::RShift { -1 } else { 0 }));
                        }
                        return Err(self.new_exception(ExcKind::OverflowError, Some("too many digits in integer")));
                    }
                };
                if op == BinOp::LShift {
                    if !x.is_zero() && s > (1 << 28) {
                        return Err(self.new_exception(ExcKind::MemoryError, None));
                    }
                    x << s
                } else {
                    x >> s
                }
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::MatMult => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'".into()));
            }
        };
        Ok(self.num_to_obj_int(r))
    }

    fn sequence_or_dunder_op(&mut self, a: ObjRef, op: BinOp, b: ObjRef, inplace: bool) -> R<ObjRef> {
        // User-defined operators first (left, then reflected on the right).
        let a_inst = matches!(self.heap.get(a), Obj::Instance(_));
        let b_inst = matches!(self.heap.get(b), Obj::Instance(_));
        if a_inst || b_inst {
            let (l, rname) = dunder(op);
            if a_inst {
                if let Some(r) = self.try_dunder(a, l, b)? {
                    return Ok(r);
                }
            }
            if b_inst {
                if let Some(r) = self.try_dunder(b, rname, a)? {
                    return Ok(r);
                }
            }
        }
        match (self.heap.get(a), op, self.heap.get(b)) {
            (Obj::Str(x), BinOp::Add, Obj::Str(y)) => {
                // unicode_concat: adding the empty string returns the other operand.
                if y.s().is_empty() || x.s().is_empty() {
                    let r = if y.s().is_empty() { a } else { b };
                    self.incref(r);
                    return Ok(self.exact_copy(r));
                }
                if !super::budget::fits_str(x.s().len() as u128 + y.s().len() as u128) {
                    return Err(self.new_exception(ExcKind::MemoryError, None));
                }
                let s = PyStr::from_pieces(x.s().len() + y.s().len(), [x.s(), y.s()].into_iter());
                return Ok(self.heap.str_obj(s));
            }
            (Obj::Bytes(x), BinOp::Add, Obj::Bytes(y)) => {
                // bytes_concat: adding empty bytes returns the other operand.
                if x.is_empty() || y.is_empty() {
                    let r = if y.is_empty() { a } else { b };
                    self.incref(r);
                    return Ok(self.exact_copy(r));
                }
                let v: Vec<u8> = x.iter().chain(y.iter()).copied().collect();
                return Ok(self.heap.bytes(&v));
            }
            (Obj::List(x), BinOp::Add, Obj::List(y)) => {
                let items: Vec<ObjRef> = x.items.iter().chain(y.items.iter()).copied().collect();
                for &i in &items {
                    self.heap.incref(i);
                }
                return Ok(self.new_list(items));
            }
            (Obj::Tuple(x), BinOp::Add, Obj::Tuple(y)) => {
                if y.is_empty() {
                    self.incref(a);
                    return Ok(a);
                }
                if x.is_empty() {
                    self.incref(b);
                    return Ok(b);
                }
                let items: Vec<ObjRef> = x.iter().chain(y.iter()).copied().collect();
                for &i in &items {
                    self.heap.incref(i);
                }
                return Ok(self.new_tuple(items));
            }
            (Obj::Str(_) | Obj::Bytes(_) | Obj::List(_) | Obj::Tuple(_), BinOp::Mult, Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_)) => return self.repeat(a, b),
            (Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_), BinOp::Mult, Obj::Str(_) | Obj::Bytes(_) | Obj::List(_) | Obj::Tuple(_)) => return self.repeat(b, a),
            (Obj::Str(_), BinOp::Mod, _) => return self.percent_format(a, b),
            (Obj::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Obj::Set(_)) => return self.set_op(a, op, b),
            (Obj::Dict(_), BinOp::BitOr, Obj::Dict(_)) => {
                let d = self.dict_copy(a)?;
                if let Err(e) = self.dict_update(d, b) {
                    self.decref(d);
                    return Err(e);
                }
                return Ok(d);
            }
            _ => {}
        }
        let msg = if op == BinOp::Add && matches!(self.heap.get(a), Obj::Str(_)) {
            format!("can only concatenate str (not \"{}\") to str", self.type_name(b))
        } else if op == BinOp::Add && matches!(self.heap.get(a), Obj::List(_)) {
            format!("can only concatenate list (not \"{}\") to list", self.type_name(b))
        } else if op == BinOp::Add && matches!(self.heap.get(a), Obj::Tuple(_)) {
            format!("can only concatenate tuple (not \"{}\") to tuple", self.type_name(b))
        } else if op == BinOp::Mult && matches!(self.heap.get(a), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_)) {
            format!("can't multiply sequence by non-int of type '{}'", self.type_name(b))
        } else {
            let eq = if inplace { "=" } else { "" };
            format!("unsupported operand type(s) for {}{}: '{}' and '{}'", binop_symbol(op), eq, self.type_name(a), self.type_name(b))
        };
        Err(self.type_error(msg))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets (items kept in a's order, then b's).
    fn set_op(&mut self, a: ObjRef, op: BinOp, b: ObjRef) -> R<ObjRef> {
        let xs: Vec<ObjRef> = self.dict_items(a).into_iter().map(|(k, _)| k).collect();
        let ys: Vec<ObjRef> = self.dict_items(b).into_iter().map(|(k, _)| k).collect();
        let mut out = Vec::new();
        match op {
            BinOp::BitOr => {
                out.extend(xs.iter().copied());
                out.extend(ys.iter().copied());
            }
            BinOp::BitAnd => {
                for &x in &xs {
                    if self.contains(b, x)? {
                        out.push(x);
                    }
                }
            }
            BinOp::Sub => {
                for &x in &xs {
                    if !self.contains(b, x)? {
                        out.push(x);
                    }
                }
            }
            _ => {
                for &x in &xs {
                    if !self.contains(b, x)? {
                        out.push(x);
                    }
                }
                for &y in &ys {
                    if !self.contains(a, y)? {
                        out.push(y);
                    }
                }
            }
        }
        for &o in &out {
            self.incref(o);
        }
        self.new_set_like(a, out)
    }

    /// Calls `obj.name(arg)` if the class defines it; None if it does not or returns NotImplemented.
    pub fn try_dunder(&mut self, obj: ObjRef, name: &str, arg: ObjRef) -> R<Option<ObjRef>> {
        let n = self.heap.intern(name);
        let cls = self.type_of(obj);
        let f = self.lookup_user_attr(cls, n);
        self.decref(n);
        let Some(f) = f else { return Ok(None) };
        self.incref(obj);
        self.incref(arg);
        self.stack.push(obj);
        self.stack.push(arg);
        let r = self.call_held(f, 2);
        let r = r?;
        if r == NOT_IMPLEMENTED {
            self.decref(r);
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// Calls a one-argument special method of `obj`'s class (`__int__`,
    /// `__float__`, `__index__`) with `obj` alone: None when the class has
    /// none; the result as returned (the caller checks its type).
    pub fn try_unary_dunder(&mut self, obj: ObjRef, name: &str) -> R<Option<ObjRef>> {
        let n = self.heap.intern(name);
        let cls = self.type_of(obj);
        let f = self.lookup_user_attr(cls, n);
        self.decref(n);
        let Some(f) = f else { return Ok(None) };
        self.incref(obj);
        self.stack.push(obj);
        self.call_held(f, 1).map(Some)
    }

    /// `obj.__index__()` as an int object (owned): None when the class has
    /// no `__index__`; CPython's TypeError when it returns a non-int (a
    /// bool counts as the int it is).
    pub fn try_index_dunder(&mut self, obj: ObjRef) -> R<Option<ObjRef>> {
        let Some(r) = self.try_unary_dunder(obj, "__index__")? else { return Ok(None) };
        match self.heap.get(r) {
            Obj::Int(_) | Obj::BigInt(_) => Ok(Some(r)),
            Obj::Bool(b) => {
                let v = *b as i64;
                self.decref(r);
                Ok(Some(self.heap.int(v)))
            }
            _ => {
                let msg = format!("__index__ returned non-int (type {})", self.type_name(r));
                self.decref(r);
                Err(self.type_error(msg))
            }
        }
    }

    fn repeat(&mut self, seq: ObjRef, n: ObjRef) -> R<ObjRef> {
        let n = match self.small_index(n) {
            Some(n) => n.max(0) as usize,
            None => return Err(self.new_exception(ExcKind::OverflowError, Some("cannot fit 'int' into an index-sized integer"))),
        };
        match self.heap.get(seq) {
            Obj::Str(s) => {
                let bytes = s.s().len() as u128 * n as u128;
                if !super::budget::fits_str(bytes) {
                    return Err(self.new_exception(ExcKind::MemoryError, None));
                }
                if n == 1 {
                    self.incref(seq);
                    return Ok(seq);
                }
                let t = PyStr::from_pieces(s.s().len() * n, std::iter::repeat(s.s()).take(n));
                Ok(self.heap.str_obj(t))
            }
            Obj::Bytes(by) => {
                let bytes = by.len() as u128 * n as u128;
                if !super::budget::fits(bytes) {
                    return Err(self.new_exception(ExcKind::MemoryError, None));
                }
                // bytes_repeat: a result as long as the operand is the operand.
                if n == 1 || by.is_empty() {
                    self.incref(seq);
                    return Ok(seq);
                }
                let v = by.repeat(n);
                Ok(self.heap.alloc(Obj::Bytes(v.into())))
            }
            Obj::List(l) => {
                // 8 bytes per item pointer.
                let bytes = l.items.len() as u128 * n as u128 * 8;
                if !super::budget::fits(bytes) {
                    return Err(self.new_exception(ExcKind::MemoryError, None));
                }
                let mut items = Vec::with_capacity(l.items.len() * n);
                for _ in 0..n {
                    items.extend(l.items.iter().copied());
                }
                for &i in &items {
                    self.heap.incref(i);
                }
                Ok(self.new_list(items))
            }
            Obj::Tuple(t) => {
                if n == 1 || t.is_empty() {
                    self.incref(seq);
                    return Ok(seq);
                }
                let bytes = t.len() as u128 * n as u128 * 8;
                if !super::budget::fits(bytes) {
                    return Err(self.new_exception(ExcKind::MemoryError, None));
                }
                let mut items = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    items.extend(t.iter().copied());
                }
                for &i in &items {
                    self.heap.incref(i);
                }
                Ok(self.new_tuple(items))
            }
            _ => unreachable!(),
        }
    }

    /// `'%s and %d' % args`
    fn percent_format(&mut self, fmt: ObjRef, args: ObjRef) -> R<ObjRef> {
        let f = self.heap.as_str(fmt).unwrap().to_string();
        let items: Vec<ObjRef> = match self.heap.get(args) {
            Obj::Tuple(t) => t.to_vec(),
            _ => vec![args],
        };
        let is_map = matches!(self.heap.get(args), Obj::Dict(_));
        let mut out = String::new();
        let mut chars = f.chars().peekable();
        let mut k = 0;
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let mut spec = String::new();
            let mut key: Option<String> = None;
            if chars.peek() == Some(&'(') {
                chars.next();
                let mut name = String::new();
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                    name.push(c);
                }
                key = Some(name);
            }
            let conv = loop {
                match chars.next() {
                    Some(c) if "-+ #0123456789.".contains(c) => spec.push(c),
                    Some(c) => break c,
                    None => return Err(self.new_exception(ExcKind::ValueError, Some("incomplete format"))),
                }
            };
            if conv == '%' {
                out.push('%');
                continue;
            }
            // A width or precision beyond the memory budget (CPython would
            // try to build it).
            for (i, part) in spec.split('.').enumerate() {
                let digits: String = part.chars().skip_while(|c| "-+ #0".contains(*c)).collect();
                let limit = if i == 0 { isize::MAX as u128 } else { i32::MAX as u128 };
                if digits.parse::<u128>().is_ok_and(|w| w <= limit && !super::budget::fits_str(w)) {
                    return Err(self.new_exception(ExcKind::MemoryError, None));
                }
            }
            let v = if let Some(name) = key {
                if !is_map {
                    return Err(self.type_error("format requires a mapping".into()));
                }
                let kname = self.heap.str(&name);
                let r = self.dict_get(args, kname);
                self.decref(kname);
                match r? {
                    Some(v) => v,
                    None => {
                        let ke = self.heap.str(&name);
                        let cls = self.exc_class(ExcKind::KeyError);
                        return Err(self.instantiate_exception(cls, vec![ke]));
                    }
                }
            } else {
                if k >= items.len() {
                    return Err(self.type_error("not enough arguments for format string".into()));
                }
                k += 1;
                items[k - 1]
            };
            let (flags, rest): (String, String) = {
                let idx = spec.find(|c: char| c.is_ascii_digit() && c != '0').unwrap_or(spec.len());
                let idx2 = spec.find('.').unwrap_or(spec.len()).min(idx);
                (spec[..idx2].to_string(), spec[idx2..].to_string())
            };
            let mut pyspec = String::new();
            let zero_pad = flags.contains('0') && !flags.contains('-') && conv != 's' && conv != 'r' && conv != 'a';
            if flags.contains('-') {
                pyspec.push('<');
            } else if !zero_pad {
                pyspec.push('>');
            }
            if flags.contains('+') {
                pyspec.push('+');
            } else if flags.contains(' ') {
                pyspec.push(' ');
            }
            if flags.contains('#') {
                pyspec.push('#');
            }
            if flags.contains('0') && !flags.contains('-') && conv != 's' && conv != 'r' {
                pyspec.push('0');
            }
            pyspec.push_str(&rest);
            let piece = match conv {
                's' => {
                    let s = self.str_of(v)?;
                    self.format_str_spec(&s, &pyspec)?
                }
                'r' | 'a' => {
                    let s = self.repr(v)?;
                    self.format_str_spec(&s, &pyspec)?
                }
                'd' | 'i' | 'u' => match self.num(v) {
                    Some(Num::F(f)) => {
                        let i = pyfmt::f64_to_int(f).map_err(|e| self.fmt_err(e))?;
                        pyfmt::format_int(&i, &pyspec).map_err(|e| self.fmt_err(e))?
                    }
                    Some(n) => pyfmt::format_int(&n.big(), &pyspec).map_err(|e| self.fmt_err(e))?,
                    None => {
                        let msg = format!("%{} format: a real number is required, not {}", conv, self.type_name(v));
                        return Err(self.type_error(msg));
                    }
                },
                'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let sp = format!("{}{}", pyspec, conv);
                    match self.num(v) {
                        Some(Num::F(f)) if "xXo".contains(conv) => {
                            let _ = f;
                            let msg = format!("%{} format: an integer is required, not float", conv);
                            return Err(self.type_error(msg));
                        }
                        Some(Num::F(f)) => pyfmt::format_float(f, &sp).map_err(|e| self.fmt_err(e))?,
                        Some(n) => {
                            if "xXo".contains(conv) {
                                pyfmt::format_int(&n.big(), &sp).map_err(|e| self.fmt_err(e))?
                            } else {
                                let f = pyfmt::int_to_f64(&n.big()).map_err(|e| self.fmt_err(e))?;
                                pyfmt::format_float(f, &sp).map_err(|e| self.fmt_err(e))?
                            }
                        }
                        None => {
                            let msg = format!("must be real number, not {}", self.type_name(v));
                            return Err(self.type_error(msg));
                        }
                    }
                }
                'c' => {
                    let s = self.str_of(v)?;
                    s
                }
                other => {
                    let msg = format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, out.len());
                    return Err(self.new_exception(ExcKind::ValueError, Some(&msg)));
                }
            };
            out.push_str(&piece);
        }
        if !is_map && k < items.len() {
            return Err(self.type_error("not all arguments converted during string formatting".into()));
        }
        Ok(self.heap.str(&out))
    }

    pub fn inplace_op(&mut self, a: ObjRef, op: BinOp, b: ObjRef) -> R<ObjRef> {
        if op == BinOp::Add {
            if let Obj::List(_) = self.heap.get(a) {
                self.list_extend(a, b)?;
                self.incref(a);
                return Ok(a);
            }
        }
        if let Obj::Instance(_) = self.heap.get(a) {
            let name = match op {
                BinOp::Add => "__iadd__",
                BinOp::Sub => "__isub__",
                BinOp::Mult => "__imul__",
                _ => "",
            };
            if !name.is_empty() {
                if let Some(r) = self.try_dunder(a, name, b)? {
                    return Ok(r);
                }
            }
        }
        self.binary_op_as(a, op, b, true)
    }

    pub fn unary_neg(&mut self, v: ObjRef) -> R<ObjRef> {
        if let Some(r) = self.complex_unary(v, "-")? {
            return Ok(r);
        }
        match self.heap.get(v) {
            Obj::Int(i) => {
                let i = *i;
                match i.checked_neg() {
                    Some(n) => Ok(self.heap.int(n)),
                    None => Ok(self.heap.bigint(-BigInt::from(i))),
                }
            }
            Obj::Bool(b) => {
                let b = *b;
                Ok(self.heap.int(-(b as i64)))
            }
            Obj::BigInt(b) => {
                let n = -(**b).clone();
                Ok(self.heap.bigint(n))
            }
            Obj::Float(f) => {
                let f = *f;
                Ok(self.heap.float(-f))
            }
            Obj::Instance(_) => self.unary_dunder(v, "__neg__", "-"),
            _ => {
                let msg = format!("bad operand type for unary -: '{}'", self.type_name(v));
                Err(self.type_error(msg))
            }
        }
    }

    pub fn unary_pos(&mut self, v: ObjRef) -> R<ObjRef> {
        match self.heap.get(v) {
            Obj::Int(_) | Obj::BigInt(_) | Obj::Float(_) | Obj::Complex(_) => {
                self.incref(v);
                Ok(v)
            }
            Obj::Bool(b) => {
                let b = *b;
                Ok(self.heap.int(b as i64))
            }
            Obj::Instance(_) => self.unary_dunder(v, "__pos__", "+"),
            _ => {
                let msg = format!("bad operand type for unary +: '{}'", self.type_name(v));
                Err(self.type_error(msg))
            }
        }
    }

    pub fn unary_invert(&mut self, v: ObjRef) -> R<ObjRef> {
        if self.sub_class(v).is_some() && self.sub_override(v, "__invert__").is_some() {
            // an int subclass's own ~ (IntFlag)
            return self.unary_dunder(v, "__invert__", "~");
        }
        match self.int_value(v) {
            Some(i) if !matches!(self.heap.get(v), Obj::Float(_)) => Ok(self.heap.bigint(-i - 1)),
            _ => {
                if let Obj::Instance(_) = self.heap.get(v) {
                    return self.unary_dunder(v, "__invert__", "~");
                }
                let msg = format!("bad operand type for unary ~: '{}'", self.type_name(v));
                Err(self.type_error(msg))
            }
        }
    }

    fn unary_dunder(&mut self, v: ObjRef, name: &str, sym: &str) -> R<ObjRef> {
        let n = self.heap.intern(name);
        let cls = self.type_of(v);
        let f = self.lookup_user_attr(cls, n);
        self.decref(n);
        match f {
            Some(f) => {
                self.incref(v);
                self.stack.push(v);
                let r = self.call_held(f, 1);
                r
            }
            None => {
                let msg = format!("bad operand type for unary {}: '{}'", sym, self.type_name(v));
                Err(self.type_error(msg))
            }
        }
    }

    // ----- truth ----------------------------------------------------------------

    #[inline]
    pub fn truthy(&mut self, v: ObjRef) -> R<bool> {
        if v == TRUE {
            return Ok(true);
        }
        if v == FALSE || v == NONE {
            return Ok(false);
        }
        self.truthy_slow(v)
    }

    pub(crate) fn truthy_base(&mut self, v: ObjRef) -> R<bool> {
        Ok(match self.heap.get(v) {
            Obj::None => false,
            Obj::Bool(b) => *b,
            Obj::Int(i) => *i != 0,
            Obj::BigInt(_) => true,
            Obj::Float(f) => *f != 0.0,
            Obj::Complex(c) => c.re != 0.0 || c.im != 0.0,
            Obj::Str(s) => !s.s().is_empty(),
            Obj::Bytes(b) => !b.is_empty(),
            Obj::List(l) => !l.items.is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            Obj::Dict(d) | Obj::Set(d) => !d.is_empty(),
            Obj::Range(rg) => !rg.is_empty(),
            Obj::DictView { dict, .. } => match self.heap.get(*dict) {
                Obj::Dict(d) => !d.is_empty(),
                _ => false,
            },
            Obj::Instance(_) => {
                let cls = self.type_of(v);
                for (name, is_len) in [("__bool__", false), ("__len__", true)] {
                    let n = self.heap.intern(name);
                    let f = self.lookup_user_attr(cls, n);
                    self.decref(n);
                    if let Some(f) = f {
                        self.incref(v);
                        self.stack.push(v);
                        let r = self.call_held(f, 1);
                        let r = r?;
                        let out = if is_len {
                            self.small_index(r).map(|i| i != 0)
                        } else {
                            match self.heap.get(r) {
                                Obj::Bool(b) => Some(*b),
                                _ => None,
                            }
                        };
                        let tn = self.type_name(r);
                        self.decref(r);
                        return match out {
                            Some(b) => Ok(b),
                            None => {
                                let msg = if is_len {
                                    format!("'{}' object cannot be interpreted as an integer", tn)
                                } else {
                                    format!("__bool__ should return bool, returned {}", tn)
                                };
                                Err(self.type_error(msg))
                            }
                        };
                    }
                }
                true
            }
            _ => true,
        })
    }

    // ----- comparison -------------------------------------------------------------

    pub fn compare(&mut self, a: ObjRef, op: CmpOp, b: ObjRef) -> R<ObjRef> {
        // Fast paths: two machine ints, two floats (not a subclass's, whose
        // class may define the comparison).
        match (self.heap.get_raw(a), self.heap.get_raw(b)) {
            (Obj::Int(x), Obj::Int(y)) => {
                if let Some(r) = cmp_values(x, y, op) {
                    return Ok(self.heap.bool(r));
                }
            }
            (Obj::Float(x), Obj::Float(y)) => {
                if let Some(r) = cmp_values(x, y, op) {
                    return Ok(self.heap.bool(r));
                }
            }
            _ => {}
        }
        let r = match op {
            CmpOp::Is => a == b,
            CmpOp::IsNot => a != b,
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            _ => return self.rich_compare(a, op, b),
        };
        Ok(self.heap.bool(r))
    }

    /// Rich comparison returning an object (user __eq__ may return anything).
    pub fn rich_compare_base(&mut self, a: ObjRef, op: CmpOp, b: ObjRef) -> R<ObjRef> {
        let a_inst = matches!(self.heap.get(a), Obj::Instance(_));
        let b_inst = matches!(self.heap.get(b), Obj::Instance(_));
        if a_inst || b_inst {
            let (name, rname) = cmp_dunder(op).unwrap();
            if a_inst {
                if let Some(r) = self.try_dunder(a, name, b)? {
                    return Ok(r);
                }
            }
            if b_inst {
                if let Some(r) = self.try_dunder(b, rname, a)? {
                    return Ok(r);
                }
            }
            if op == CmpOp::NotEq && a_inst {
                if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                    let t = self.truthy(r);
                    self.decref(r);
                    return Ok(self.heap.bool(!t?));
                }
            }
            // object's defaults: identity for ==/!=, no ordering.
            match op {
                CmpOp::Eq => return Ok(self.heap.bool(a == b)),
                CmpOp::NotEq => return Ok(self.heap.bool(a != b)),
                _ => {}
            }
        }
        let r = match op {
            CmpOp::Eq => self.eq(a, b)?,
            CmpOp::NotEq => !self.eq(a, b)?,
            _ => {
                let ord = self.order(a, b, op)?;
                match op {
                    CmpOp::Lt => ord == std::cmp::Ordering::Less,
                    CmpOp::LtE => ord != std::cmp::Ordering::Greater,
                    CmpOp::Gt => ord == std::cmp::Ordering::Greater,
                    CmpOp::GtE => ord != std::cmp::Ordering::Less,
                    _ => unreachable!(),
                }
            }
        };
        Ok(self.heap.bool(r))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: ObjRef, b: ObjRef) -> R<bool> {
        if a == b {
            // identity implies equality (except NaN, which CPython's containers also treat as equal)
            if let Obj::Float(f) = self.heap.get(a) {
                return Ok(!f.is_nan());
            }
            if let Obj::Complex(c) = self.heap.get(a) {
                return Ok(!c.re.is_nan() && !c.im.is_nan());
            }
            return Ok(true);
        }
        if let Some(e) = self.complex_eq(a, b) {
            return Ok(e);
        }
        match (self.heap.get(a), self.heap.get(b)) {
            (Obj::Int(x), Obj::Int(y)) => return Ok(x == y),
            (Obj::Str(x), Obj::Str(y)) => return Ok((x.hash() == y.hash() || x.hash() == -1 || y.hash() == -1) && x.s() == y.s()),
            (Obj::Float(x), Obj::Float(y)) => return Ok(x == y),
            _ => {}
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(num_cmp(&x, &y) == Some(std::cmp::Ordering::Equal));
        }
        match (self.heap.get(a), self.heap.get(b)) {
            (Obj::List(x), Obj::List(y)) => {
                let (x, y) = (x.items.clone(), y.items.clone());
                self.seq_eq(&x, &y)
            }
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.seq_eq(&x, &y)
            }
            (Obj::Dict(x), Obj::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let entries: Vec<(ObjRef, ObjRef)> = x.iter().map(|e| (e.key, e.value)).collect();
                for (k, v) in entries {
                    match self.dict_get(b, k)? {
                        Some(v2) => {
                            if !self.eq_obj(v, v2)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Obj::Set(x), Obj::Set(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let keys: Vec<ObjRef> = x.iter().map(|e| e.key).collect();
                for k in keys {
                    if !self.contains(b, k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Obj::Bytes(x), Obj::Bytes(y)) => Ok(**x == **y),
            (Obj::Range(_), Obj::Range(_)) => Ok(self.range_eq(a, b)),
            (Obj::Method { func: f1, self_: s1 }, Obj::Method { func: f2, self_: s2 }) => Ok(f1 == f2 && s1 == s2),
            (Obj::BuiltinFunction { id: i1, bound: b1 }, Obj::BuiltinFunction { id: i2, bound: b2 }) => Ok(i1 == i2 && b1 == b2),
            (Obj::WeakRef(_), Obj::WeakRef(_)) => self.weakref_eq(a, b),
            (Obj::Instance(_), _) | (_, Obj::Instance(_)) => {
                let r = self.rich_compare(a, CmpOp::Eq, b)?;
                let t = self.truthy(r);
                self.decref(r);
                t
            }
            _ => Ok(false),
        }
    }

    /// Element equality as containers use it: identity first, then ==.
    pub fn eq_obj(&mut self, a: ObjRef, b: ObjRef) -> R<bool> {
        if a == b {
            return Ok(true);
        }
        self.eq(a, b)
    }

    fn seq_eq(&mut self, x: &[ObjRef], y: &[ObjRef]) -> R<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.enter_c_recursion(" in comparison")?;
        for (&a, &b) in x.iter().zip(y) {
            match self.eq_obj(a, b) {
                Ok(true) => {}
                Ok(false) => {
                    self.c_depth -= 1;
                    return Ok(false);
                }
                Err(e) => {
                    self.c_depth -= 1;
                    return Err(e);
                }
            }
        }
        self.c_depth -= 1;
        Ok(true)
    }

    pub fn enter_c_recursion(&mut self, what: &str) -> R<()> {
        self.c_depth += 1;
        if self.c_depth + self.frames.len() > self.recursion_limit + 50 {
            self.c_depth -= 1;
            let msg = format!("maximum recursion depth exceeded{}", what);
            return Err(self.new_exception(ExcKind::RecursionError, Some(&msg)));
        }
        Ok(())
    }

    /// Ordering for <, <=, >, >= (TypeError between unorderable types).
    pub fn order(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> R<std::cmp::Ordering> {
        use std::cmp::Ordering;
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            // NaN compares false every way: map to an ordering that makes all four false is impossible;
            // callers only need <,<=,>,>= so treat NaN specially.
            return match num_cmp(&x, &y) {
                Some(o) => Ok(o),
                None => Ok(match op {
                    CmpOp::Lt | CmpOp::LtE => Ordering::Greater,
                    _ => Ordering::Less,
                }),
            };
        }
        if let (Obj::Set(_), Obj::Set(_)) = (self.heap.get(a), self.heap.get(b)) {
            // subset order: only meaningful for the operator asked
            let (la, lb) = (self.len_of(a)?, self.len_of(b)?);
            let a_in_b = {
                let mut all = true;
                for (k, _) in self.dict_items(a) {
                    if !self.contains(b, k)? {
                        all = false;
                        break;
                    }
                }
                all
            };
            let b_in_a = {
                let mut all = true;
                for (k, _) in self.dict_items(b) {
                    if !self.contains(a, k)? {
                        all = false;
                        break;
                    }
                }
                all
            };
            let holds = match op {
                CmpOp::LtE => a_in_b,
                CmpOp::Lt => a_in_b && la < lb,
                CmpOp::GtE => b_in_a,
                _ => b_in_a && la > lb,
            };
            // encode the answer as the ordering the caller tests for
            return Ok(match (op, holds) {
                (CmpOp::Lt, true) | (CmpOp::LtE, true) => std::cmp::Ordering::Less,
                (CmpOp::Gt, true) | (CmpOp::GtE, true) => std::cmp::Ordering::Greater,
                (CmpOp::Lt, false) | (CmpOp::LtE, false) => std::cmp::Ordering::Greater,
                _ => std::cmp::Ordering::Less,
            });
        }
        match (self.heap.get(a), self.heap.get(b)) {
            (Obj::Str(x), Obj::Str(y)) => return Ok(x.s().cmp(&y.s())),
            (Obj::Bytes(x), Obj::Bytes(y)) => return Ok(x.cmp(y)),
            (Obj::List(x), Obj::List(y)) => {
                let (x, y) = (x.items.clone(), y.items.clone());
                return self.seq_order(&x, &y, op);
            }
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                return self.seq_order(&x, &y, op);
            }
            _ => {}
        }
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            _ => ">=",
        };
        let msg = format!("'{}' not supported between instances of '{}' and '{}'", sym, self.type_name(a), self.type_name(b));
        Err(self.type_error(msg))
    }

    fn seq_order(&mut self, x: &[ObjRef], y: &[ObjRef], op: CmpOp) -> R<std::cmp::Ordering> {
        for (&a, &b) in x.iter().zip(y) {
            if !self.eq_obj(a, b)? {
                // The first differing pair decides, by the requested operator.
                let lt = self.rich_compare(a, CmpOp::Lt, b)?;
                let t = self.truthy(lt);
                self.decref(lt);
                if t? {
                    return Ok(std::cmp::Ordering::Less);
                }
                let _ = op;
                return Ok(std::cmp::Ordering::Greater);
            }
        }
        Ok(x.len().cmp(&y.len()))
    }

    /// `item in container`
    pub fn contains_base(&mut self, container: ObjRef, item: ObjRef) -> R<bool> {
        match self.heap.get(container) {
            Obj::MappingProxy(_) => Ok(self.proxy_get(container, item).is_some()),
            Obj::Str(s) => match self.heap.get(item) {
                Obj::Str(t) => Ok(s.s().contains(&*t.s())),
                _ => {
                    let msg = format!("'in <string>' requires string as left operand, not {}", self.type_name(item));
                    Err(self.type_error(msg))
                }
            },
            Obj::List(l) => {
                let items = l.items.to_vec();
                for i in items {
                    if self.eq_obj(i, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Obj::Tuple(t) => {
                let items = t.to_vec();
                for i in items {
                    if self.eq_obj(i, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Obj::Dict(_) | Obj::Set(_) => Ok(self.dict_lookup(container, item)?.is_some()),
            Obj::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                match kind {
                    DictViewKind::Keys => Ok(self.dict_lookup(dict, item)?.is_some()),
                    _ => {
                        let items = self.collect_items(container)?;
                        let mut found = false;
                        for &i in &items {
                            if !found && self.eq_obj(i, item)? {
                                found = true;
                            }
                        }
                        for i in items {
                            self.decref(i);
                        }
                        Ok(found)
                    }
                }
            }
            Obj::Range(_) => self.range_contains(container, item),
            Obj::Instance(_) | Obj::Class(_) if self.has_user_dunders(container) => {
                if let Some(r) = self.try_dunder(container, "__contains__", item)? {
                    let t = self.truthy(r);
                    self.decref(r);
                    return t;
                }
                let items = self.collect_items(container)?;
                let mut found = false;
                for &i in &items {
                    if !found && self.eq_obj(i, item)? {
                        found = true;
                    }
                }
                for i in items {
                    self.decref(i);
                }
                Ok(found)
            }
            _ => {
                let msg = format!("argument of type '{}' is not iterable", self.type_name(container));
                Err(self.type_error(msg))
            }
        }
    }

    // ----- hashing -----------------------------------------------------------------

    pub fn hash_base(&mut self, r: ObjRef) -> R<i64> {
        Ok(match self.heap.get(r) {
            Obj::Str(s) => {
                if s.hash() != -1 {
                    return Ok(s.hash());
                }
                // computed on first use, as CPython does
                let h = pyfmt::str_hash(&s.s());
                if let Obj::Str(s) = self.heap.get_mut(r) {
                    s.set_hash(h);
                }
                h
            }
            Obj::Int(i) => pyfmt::int_hash_i64(*i),
            Obj::Bool(b) => *b as i64,
            Obj::BigInt(b) => pyfmt::int_hash(b),
            Obj::Float(f) => pyfmt::float_hash(*f),
            Obj::Complex(c) => super::complex::complex_hash(c.re, c.im),
            Obj::None => 0x5f5e_1000,
            Obj::Bytes(b) => pyfmt::str_hash(&String::from_utf8_lossy(b)),
            Obj::Tuple(t) => {
                let items = t.to_vec();
                let len = items.len() as u64;
                // CPython's xxHash-based tuple hash.
                let mut acc: u64 = 0x27D4_EB2F_1656_67C5;
                for i in items {
                    let h = self.hash(i)? as u64;
                    acc = acc.wrapping_add(h.wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(0x9E37_79B1_85EB_CA87);
                }
                // the length, mixed so that hash(()) keeps its old value
                acc = acc.wrapping_add(len ^ (0x27D4_EB2F_1656_67C5 ^ 3_527_539));
                let h = acc as i64;
                if h == -1 {
                    1546275796
                } else {
                    h
                }
            }
            Obj::Set(d) if d.frozen => super::frozenset::frozenset_hash(d),
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) => {
                let msg = format!("unhashable type: '{}'", self.type_name(r));
                return Err(self.type_error(msg));
            }
            Obj::WeakRef(_) => return self.weakref_hash(r),
            Obj::Instance(_) => {
                let cls = self.type_of(r);
                let n = self.heap.intern("__hash__");
                let f = self.lookup_user_attr(cls, n);
                let eqn = self.heap.intern("__eq__");
                let has_eq = self.lookup_user_attr(cls, eqn).is_some();
                self.decref(eqn);
                self.decref(n);
                match f {
                    Some(f) if f != NONE => {
                        self.incref(r);
                        self.stack.push(r);
                        let v = self.call_held(f, 1);
                        let v = v?;
                        // slot_tp_hash: an int that fits a Py_ssize_t is
                        // the hash itself (-1 is -2), a bigger one hashed
                        let h = self.int_value(v).map(|b| match i64::try_from(&b) {
                            Ok(-1) => -2,
                            Ok(x) => x,
                            Err(_) => pyfmt::int_hash(&b),
                        });
                        self.decref(v);
                        match h {
                            Some(h) => h,
                            None => return Err(self.type_error("__hash__ method should return an integer".into())),
                        }
                    }
                    Some(_) => {
                        let msg = format!("unhashable type: '{}'", self.type_name(r));
                        return Err(self.type_error(msg));
                    }
                    None if has_eq => {
                        let msg = format!("unhashable type: '{}'", self.type_name(r));
                        return Err(self.type_error(msg));
                    }
                    None => (self.heap.id(r) >> 4) as i64,
                }
            }
            _ => (self.heap.id(r) >> 4) as i64,
        })
    }

    // ----- iteration ---------------------------------------------------------------

    pub fn get_iter_base(&mut self, v: ObjRef) -> R<ObjRef> {
        if let Obj::MappingProxy(_) = self.heap.get(v) {
            // over a copy of the namespace, which the iterator holds
            let d = self.proxy_copy(v)?;
            let r = self.get_iter_base(d);
            self.decref(d);
            return r;
        }
        let st = match self.heap.get(v) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) => IterState::Seq { seq: v, index: 0 },
            Obj::Range(_) => self.range_iter(v),
            Obj::Dict(d) | Obj::Set(d) => IterState::DictKeys { dict: v, index: 0, kind: DictViewKind::Keys, result: ObjRef::NULL, used: d.len(), left: d.len() },
            Obj::DictView { dict, kind } => {
                let (d, k) = (*dict, *kind);
                let used = match self.heap.get(d) {
                    Obj::Dict(dd) | Obj::Set(dd) => dd.len(),
                    _ => 0,
                };
                self.incref(d);
                return Ok(self.alloc(Obj::Iter(Box::new(IterState::DictKeys { dict: d, index: 0, kind: k, result: ObjRef::NULL, used, left: used }))));
            }
            Obj::Iter(_) => {
                self.incref(v);
                return Ok(v);
            }
            Obj::Generator(_) if self.is_generator(v) => {
                self.incref(v);
                return Ok(v);
            }
            Obj::Instance(_) | Obj::Class(_) if self.has_user_dunders(v) => {
                let n = self.heap.intern("__iter__");
                let cls = self.type_of(v);
                let f = self.lookup_user_attr(cls, n);
                self.decref(n);
                if let Some(f) = f {
                    self.incref(v);
                    self.stack.push(v);
                    let r = self.call_held(f, 1)?;
                    // PyObject_GetIter: what __iter__ returns must be an iterator.
                    if !self.is_iterator(r) {
                        let msg = format!("iter() returned non-iterator of type '{}'", self.type_name(r));
                        self.decref(r);
                        return Err(self.type_error(msg));
                    }
                    return Ok(r);
                }
                let n = self.heap.intern("__getitem__");
                let g = self.lookup_user_attr(cls, n);
                self.decref(n);
                if g.is_some() {
                    // The old sequence protocol: __getitem__ with 0, 1, 2...
                    // until IndexError, one call per item (iter_next).
                    self.incref(v);
                    return Ok(self.alloc(Obj::Iter(Box::new(IterState::Seq { seq: v, index: 0 }))));
                }
                let msg = format!("'{}' object is not iterable", self.type_name(v));
                return Err(self.type_error(msg));
            }
            _ => {
                let msg = format!("'{}' object is not iterable", self.type_name(v));
                return Err(self.type_error(msg));
            }
        };
        if let IterState::Seq { .. } | IterState::DictKeys { .. } = st {
            self.incref(v);
        }
        Ok(self.alloc(Obj::Iter(Box::new(st))))
    }

    /// The next item of an old-protocol sequence (a class with only
    /// `__getitem__`): `seq[index]`, the end at IndexError or StopIteration.
    fn getitem_next(&mut self, it: ObjRef, seq: ObjRef, index: usize) -> R<Option<ObjRef>> {
        let idx = self.heap.int(index as i64);
        let r = self.holding(idx, "index passed by the old sequence protocol", |i| i.getitem(seq, idx));
        self.decref(idx);
        let end = match &r {
            Ok(_) => false,
            Err(e) => {
                let c = self.type_of(*e);
                let (ie, si) = (self.exc_class(ExcKind::IndexError), self.exc_class(ExcKind::StopIteration));
                self.is_subclass(c, ie) || self.is_subclass(c, si)
            }
        };
        let Obj::Iter(st) = self.heap.get_mut(it) else { return r.map(Some) };
        let IterState::Seq { seq: held, index: at } = &mut **st else { return r.map(Some) };
        if !end {
            if r.is_ok() {
                *at += 1;
            }
            return r.map(Some);
        }
        // Exhausted: the iterator drops its sequence.
        let old = std::mem::replace(held, ObjRef::NULL);
        if let Err(e) = r {
            self.decref(e);
        }
        self.xdecref(old);
        Ok(None)
    }

    /// The next item of an iterator, or None when it is exhausted.
    pub fn iter_next(&mut self, it: ObjRef) -> R<Option<ObjRef>> {
        let Obj::Iter(state) = self.heap.get_mut(it) else {
            if self.is_generator(it) {
                return self.gen_next(it);
            }
            return self.user_next(it);
        };
        match &mut **state {
            IterState::Range { next, step, left } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *left -= 1;
                *next = v.wrapping_add(*step);
                Ok(Some(self.heap.int(v)))
            }
            IterState::LongRange(st) => match super::range::long_range_next(st) {
                Some(v) => Ok(Some(self.heap.bigint(v))),
                None => Ok(None),
            },
            IterState::Seq { seq, index } => {
                let (seq, i) = (*seq, *index);
                if seq.is_null() {
                    return Ok(None);
                }
                if let Obj::Instance(_) = self.heap.get(seq) {
                    return self.getitem_next(it, seq, i);
                }
                let item = match self.heap.get(seq) {
                    Obj::List(l) => l.items.get(i).copied().map(|r| (r, None)),
                    Obj::Tuple(t) => t.get(i).copied().map(|r| (r, None)),
                    Obj::Str(s) => {
                        if s.is_ascii() {
                            s.s().as_bytes().get(i).map(|&b| (ObjRef::NULL, Some(b as char)))
                        } else {
                            s.s().chars().nth(i).map(|c| (ObjRef::NULL, Some(c)))
                        }
                    }
                    Obj::Bytes(b) => b.get(i).map(|&b| (ObjRef::NULL, Some(b as char))),
                    _ => None,
                };
                let is_bytes = matches!(self.heap.get(seq), Obj::Bytes(_));
                match item {
                    Some((r, None)) => {
                        if let Obj::Iter(st) = self.heap.get_mut(it) {
                            if let IterState::Seq { index, .. } = &mut **st {
                                *index += 1;
                            }
                        }
                        self.heap.incref(r);
                        Ok(Some(r))
                    }
                    Some((_, Some(c))) => {
                        if let Obj::Iter(st) = self.heap.get_mut(it) {
                            if let IterState::Seq { index, .. } = &mut **st {
                                *index += 1;
                            }
                        }
                        if is_bytes {
                            return Ok(Some(self.heap.int(c as i64)));
                        }
                        Ok(Some(self.heap.char(c)))
                    }
                    None => {
                        // Exhausted: the iterator drops its sequence (as CPython's do).
                        if let Obj::Iter(st) = self.heap.get_mut(it) {
                            if let IterState::Seq { seq, .. } = &mut **st {
                                *seq = ObjRef::NULL;
                            }
                        }
                        self.decref(seq);
                        Ok(None)
                    }
                }
            }
            IterState::DictKeys { dict, index, kind, used, left, .. } => {
                let (d, i, kind, was, left) = (*dict, *index, *kind, *used, *left);
                if d.is_null() {
                    return Ok(None);
                }
                let (next, now, is_set) = match self.heap.get(d) {
                    Obj::Dict(dd) => (dd.next_from(i), dd.len(), false),
                    Obj::Set(dd) => (dd.next_from(i), dd.len(), true),
                    _ => (None, was, false),
                };
                if now != was {
                    // The error sticks: every later next raises it too.
                    if let Obj::Iter(st) = self.heap.get_mut(it) {
                        if let IterState::DictKeys { used, .. } = &mut **st {
                            *used = usize::MAX;
                        }
                    }
                    let msg = if is_set { "Set changed size during iteration" } else { "dictionary changed size during iteration" };
                    return Err(self.new_exception(ExcKind::RuntimeError, Some(msg)));
                }
                match next {
                    Some(_) if left == 0 && !is_set => {
                        // Same size, other keys (a pop then an insert): the
                        // iterator lets go of the dict, as dictiter's `fail`.
                        if let Obj::Iter(st) = self.heap.get_mut(it) {
                            if let IterState::DictKeys { dict, .. } = &mut **st {
                                *dict = ObjRef::NULL;
                            }
                        }
                        self.decref(d);
                        return Err(self.new_exception(ExcKind::RuntimeError, Some("dictionary keys changed during iteration")));
                    }
                    Some((pos, e)) => {
                        if let Obj::Iter(st) = self.heap.get_mut(it) {
                            if let IterState::DictKeys { index, left, .. } = &mut **st {
                                *index = pos + 1;
                                *left = left.saturating_sub(1);
                            }
                        }
                        Ok(Some(match kind {
                            DictViewKind::Keys => {
                                self.heap.incref(e.key);
                                e.key
                            }
                            DictViewKind::Values => {
                                self.heap.incref(e.value);
                                e.value
                            }
                            DictViewKind::Items => {
                                self.heap.incref(e.key);
                                self.heap.incref(e.value);
                                self.result_tuple(it, vec![e.key, e.value])
                            }
                        }))
                    }
                    None => {
                        if let Obj::Iter(st) = self.heap.get_mut(it) {
                            if let IterState::DictKeys { dict, .. } = &mut **st {
                                *dict = ObjRef::NULL;
                            }
                        }
                        self.decref(d);
                        Ok(None)
                    }
                }
            }
            IterState::Enumerate { iter, count, .. } => {
                let (inner, n) = (*iter, *count);
                match self.iter_next(inner)? {
                    Some(v) => {
                        if let Obj::Iter(st) = self.heap.get_mut(it) {
                            if let IterState::Enumerate { count, .. } = &mut **st {
                                *count += 1;
                            }
                        }
                        let i = self.heap.int(n);
                        Ok(Some(self.result_tuple(it, vec![i, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, .. } => {
                let iters = iters.clone();
                if iters.is_empty() {
                    return Ok(None);
                }
                // The items gathered so far wait on the stack while the next __next__ runs.
                let base = self.stack.len();
                if !self.push_next_of_each(&iters, base)? {
                    return Ok(None);
                }
                let vals: Vec<ObjRef> = self.stack.drain(base..).collect();
                Ok(Some(self.result_tuple(it, vals)))
            }
            IterState::Values { items, index } => {
                if *index < items.len() {
                    let v = items[*index];
                    *index += 1;
                    // ownership moves to the caller
                    Ok(Some(v))
                } else {
                    Ok(None)
                }
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (*func, iters.clone());
                self.map_next(func, &iters)
            }
            IterState::Filter { func, iter } => {
                let (func, iter) = (*func, *iter);
                self.filter_next(func, iter)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (*func, *sentinel);
                if func.is_null() {
                    return Ok(None);
                }
                self.callable_next(it, func, sentinel)
            }
        }
    }

    /// callable_iterator's next: the call's result, or the end when it
    /// equals the sentinel or the call raises StopIteration (then the
    /// iterator lets go of both, as calliter_iternext).
    fn callable_next(&mut self, it: ObjRef, func: ObjRef, sentinel: ObjRef) -> R<Option<ObjRef>> {
        let same = match self.call_held(func, 0) {
            Ok(v) => {
                self.stack.push(v);
                let same = if v == sentinel { Ok(true) } else { self.eq(sentinel, v) };
                let v = self.stack.pop().unwrap();
                match same {
                    Ok(false) => return Ok(Some(v)),
                    r => {
                        self.decref(v);
                        r?
                    }
                }
            }
            Err(e) if self.is_instance_of_exc(e, ExcKind::StopIteration) => {
                self.decref(e);
                true
            }
            Err(e) => return Err(e),
        };
        debug_assert!(same);
        let taken = match self.heap.get_mut(it) {
            Obj::Iter(st) => match &mut **st {
                IterState::Callable { func, sentinel } => [std::mem::replace(func, ObjRef::NULL), std::mem::replace(sentinel, ObjRef::NULL)],
                _ => [ObjRef::NULL; 2],
            },
            _ => [ObjRef::NULL; 2],
        };
        for r in taken {
            if !r.is_null() {
                self.decref(r);
            }
        }
        Ok(None)
    }

    /// Pushes the next item of each iterator (counted temporaries while the
    /// next `__next__` runs). False, with the stack back at `base`, when one
    /// is exhausted.
    fn push_next_of_each(&mut self, iters: &[ObjRef], base: usize) -> R<bool> {
        for &i in iters {
            match self.iter_next(i) {
                Ok(Some(v)) => self.stack.push(v),
                Ok(None) => {
                    self.unwind_to(base);
                    return Ok(false);
                }
                Err(e) => {
                    self.unwind_to(base);
                    return Err(e);
                }
            }
        }
        Ok(true)
    }

    /// map's next: one item from each iterator (on the stack, counted) as
    /// the arguments of one call.
    fn map_next(&mut self, func: ObjRef, iters: &[ObjRef]) -> R<Option<ObjRef>> {
        let base = self.stack.len();
        self.incref(func);
        self.stack.push(func);
        if !self.push_next_of_each(iters, base)? {
            return Ok(None);
        }
        let r = self.call(func, iters.len(), &[]);
        self.unwind_to(base);
        r.map(Some)
    }

    /// filter's next: items until one is true (or the function says so).
    fn filter_next(&mut self, func: ObjRef, iter: ObjRef) -> R<Option<ObjRef>> {
        loop {
            let Some(x) = self.iter_next(iter)? else { return Ok(None) };
            self.stack.push(x);
            let keep = if func == NONE {
                self.truthy(x)
            } else {
                self.incref(x);
                self.stack.push(x);
                match self.call_held(func, 1) {
                    Ok(v) => {
                        self.stack.push(v);
                        let t = self.truthy(v);
                        let v = self.stack.pop().unwrap();
                        self.decref(v);
                        t
                    }
                    Err(e) => Err(e),
                }
            };
            let x = self.stack.pop().unwrap();
            match keep {
                Ok(true) => return Ok(Some(x)),
                Ok(false) => self.decref(x),
                Err(e) => {
                    self.decref(x);
                    return Err(e);
                }
            }
        }
    }

    /// The tuple an items/enumerate/zip iterator returns: its previous result
    /// reused when only the iterator still holds it, else a new one the
    /// iterator keeps (so a loop's tuple holds its items while the body runs).
    fn result_tuple(&mut self, it: ObjRef, items: Vec<ObjRef>) -> ObjRef {
        let cached = match self.heap.get(it) {
            Obj::Iter(st) => match &**st {
                IterState::DictKeys { result, .. } | IterState::Enumerate { result, .. } | IterState::Zip { result, .. } => *result,
                _ => ObjRef::NULL,
            },
            _ => ObjRef::NULL,
        };
        if !cached.is_null() && self.heap.rc(cached) == 1 && matches!(self.heap.get(cached), Obj::Tuple(t) if t.len() == items.len()) {
            let old: Vec<ObjRef> = match self.heap.get_mut(cached) {
                Obj::Tuple(t) => {
                    let old = t.to_vec();
                    t.copy_from_slice(&items);
                    old
                }
                _ => unreachable!(),
            };
            self.heap.incref(cached);
            for o in old {
                self.decref(o);
            }
            if !self.heap.is_tracked(cached) {
                self.heap.gc_track(cached);
            }
            return cached;
        }
        let t = self.new_tuple(items);
        self.heap.incref(t);
        if let Obj::Iter(st) = self.heap.get_mut(it) {
            if let IterState::DictKeys { result, .. } | IterState::Enumerate { result, .. } | IterState::Zip { result, .. } = &mut **st {
                let old = std::mem::replace(result, t);
                if !old.is_null() {
                    self.decref(old);
                }
            }
        }
        t
    }

    fn user_next(&mut self, it: ObjRef) -> R<Option<ObjRef>> {
        match self.call_next_method(it) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance_of_exc(e, ExcKind::StopIteration) => {
                self.decref(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `it.__next__()` of an iterator written in Python, its StopIteration
    /// left raised (`yield from` takes its value as the result).
    pub fn call_next_method(&mut self, it: ObjRef) -> R<ObjRef> {
        let n = self.heap.intern("__next__");
        let cls = self.type_of(it);
        let f = self.lookup_user_attr(cls, n);
        self.decref(n);
        let Some(f) = f else {
            let msg = format!("'{}' object is not an iterator", self.type_name(it));
            return Err(self.type_error(msg));
        };
        self.incref(it);
        self.stack.push(it);
        self.call_held(f, 1)
    }

    /// All items of an iterable as new references.
    pub fn collect_items(&mut self, v: ObjRef) -> R<Vec<ObjRef>> {
        match self.heap.get(v) {
            Obj::List(l) => {
                let items = l.items.to_vec();
                for &i in &items {
                    self.heap.incref(i);
                }
                return Ok(items);
            }
            Obj::Tuple(t) => {
                let items = t.to_vec();
                for &i in &items {
                    self.heap.incref(i);
                }
                return Ok(items);
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        self.stack.push(it);
        // Items collect on the stack (counted temporaries) while __next__ may run.
        let base = self.stack.len();
        loop {
            if self.interrupt.load(std::sync::atomic::Ordering::Relaxed) || super::budget::over() {
                if let Err(e) = self.check_interrupt() {
                    self.unwind_to(base - 1);
                    return Err(e);
                }
            }
            match self.iter_next(it) {
                Ok(Some(x)) => self.stack.push(x),
                Ok(None) => break,
                Err(e) => {
                    self.unwind_to(base - 1);
                    return Err(e);
                }
            }
        }
        let out: Vec<ObjRef> = self.stack.drain(base..).collect();
        let it = self.stack.pop().unwrap();
        self.decref(it);
        Ok(out)
    }
}

#[inline]
pub fn cmp_values<T: PartialOrd>(x: &T, y: &T, op: CmpOp) -> Option<bool> {
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

pub fn num_cmp(a: &Num, b: &Num) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::F(x), y) => float_int_cmp(*x, &y.big()),
        (x, Num::F(y)) => float_int_cmp(*y, &x.big()).map(|o| o.reverse()),
        (x, y) => Some(x.big().cmp(&y.big())),
    }
}

fn float_int_cmp(f: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    // Compare exactly: f = floor(f) + frac.
    let fl = f.floor();
    let fi = pyfmt::f64_to_int(fl).ok()?;
    match fi.cmp(i) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
