//! `pyfmt`: pure functions that turn numbers and strings into exactly the
//! text CPython 3.11 produces, and Python's numeric semantics that are easy
//! to get subtly wrong (float `//` and `%`, `int / int`, `**`, `round`,
//! numeric hashing, `int(str)` / `float(str)` parsing, `format()` specs,
//! `str.format` templates).
//!
//! Self-contained: depends only on `std`, `num-bigint`, `num-traits` and
//! `num-integer`.  Errors are returned as [`PyFmtError`] carrying the
//! exception kind and CPython's exact message.
//!
//! Documented deviations from CPython 3.11 (everything else is intended to
//! be byte-for-byte identical):
//! * `float_pow` / `int_pow`: a negative base raised to a non-integral power
//!   gives a complex number in CPython; glasspy has no complex type, so this
//!   returns `ValueError("negative number cannot be raised to a fractional
//!   power")` (the message CPython 2 used).
//! * `int_pow`: a result that would need more than [`MAX_POW_BITS`] bits is
//!   refused at once with `MemoryError` (CPython would try, for minutes or
//!   hours, and then raise `MemoryError` or exhaust the machine).
//! * `float_hash(nan)` is 0 (CPython hashes NaN by object identity).
//! * `str_hash` is a fixed, deterministic 64-bit hash (not SipHash with a
//!   random key); `str_hash("") == 0` as in CPython, and -1 is mapped to -2.
//! * Strings cannot hold lone surrogates in Rust: `format(0xD800, 'c')`
//!   yields U+FFFD.
//! * `parse_format_template` parses the whole template eagerly, so a syntax
//!   error later in a template is reported even where CPython would first
//!   have raised e.g. an `IndexError` while rendering an earlier field.  The
//!   same holds for an unknown conversion (`{!x}`), which CPython reports
//!   only when that field is rendered.
//! * Locale: the `n` presentation type behaves as in the C locale (no
//!   grouping, `.` as decimal point), which is what CPython does unless the
//!   program called `locale.setlocale`.
//! * `int_to_str_radix` does not enforce the 4300-digit limit for
//!   conversion to decimal; use [`int_to_str`] for `str(int)`, which does.

#![allow(dead_code)]

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::fmt;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

pub use super::exc_kind::ExcKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyFmtError {
    pub kind: ExcKind,
    pub msg: String,
}

impl fmt::Display for PyFmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for PyFmtError {}

fn mkerr(kind: ExcKind, msg: impl Into<String>) -> PyFmtError {
    PyFmtError { kind, msg: msg.into() }
}
fn value_err(msg: impl Into<String>) -> PyFmtError {
    mkerr(ExcKind::ValueError, msg)
}
fn overflow_err(msg: impl Into<String>) -> PyFmtError {
    mkerr(ExcKind::OverflowError, msg)
}
fn zerodiv_err(msg: impl Into<String>) -> PyFmtError {
    mkerr(ExcKind::ZeroDivisionError, msg)
}

type Res<T> = Result<T, PyFmtError>;

/// `str.format` numbering errors; the caller checks for mixing.
pub const ERR_MANUAL_TO_AUTO: &str =
    "cannot switch from manual field specification to automatic field numbering";
pub const ERR_AUTO_TO_MANUAL: &str =
    "cannot switch from automatic field numbering to manual field specification";

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;
/// Largest result (in bits) `int_pow` agrees to compute (2**28 bits = 32 MiB).
pub const MAX_POW_BITS: u64 = 1 << 28;

const MSG_INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
const MSG_STR_DIGITS_TO_STR: &str = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

// ---------------------------------------------------------------------------
// Unicode helpers
// ---------------------------------------------------------------------------

/// Python's `str.isspace()` (Unicode 14.0, as in CPython 3.11).
pub fn py_isspace(c: char) -> bool {
    matches!(c as u32,
        0x09..=0x0D | 0x1C..=0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A
        | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

/// Python's `str.isprintable()` for one character (exact table, Unicode 14.0).
pub fn py_isprintable(c: char) -> bool {
    let cp = c as u32;
    if (0x20..0x7F).contains(&cp) {
        return true;
    }
    if cp < 0x20 || cp == 0x7F {
        return false;
    }
    // binary search for the last range whose start <= cp
    let idx = NON_PRINTABLE.partition_point(|&(lo, _)| lo <= cp);
    if idx == 0 {
        return true;
    }
    let (lo, hi) = NON_PRINTABLE[idx - 1];
    !(lo <= cp && cp <= hi)
}

/// `unicodedata.decimal(c)`: the value of a Unicode decimal digit (Nd).
pub fn py_decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x660 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let z = DECIMAL_ZEROS[idx - 1];
    if cp - z < 10 {
        Some(cp - z)
    } else {
        None
    }
}

/// `repr(str)` exactly as CPython 3.11 produces it.
pub fn repr_str(s: &str) -> String {
    let has_single = s.contains('\'');
    let has_double = s.contains('"');
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        if c == quote || c == '\\' {
            out.push('\\');
            out.push(c);
        } else if c == '\t' {
            out.push_str("\\t");
        } else if c == '\n' {
            out.push_str("\\n");
        } else if c == '\r' {
            out.push_str("\\r");
        } else if cp < 0x20 || cp == 0x7F {
            out.push_str(&format!("\\x{:02x}", cp));
        } else if cp < 0x7F || py_isprintable(c) {
            out.push(c);
        } else if cp <= 0xFF {
            out.push_str(&format!("\\x{:02x}", cp));
        } else if cp <= 0xFFFF {
            out.push_str(&format!("\\u{:04x}", cp));
        } else {
            out.push_str(&format!("\\U{:08x}", cp));
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------------------
// Float -> digits (the role of David Gay's _Py_dg_dtoa)
// ---------------------------------------------------------------------------

/// Decimal digits of a finite, non-negative `x` in one of dtoa's modes:
/// 0 = shortest round-trip; 2 = `n` (>= 1) significant digits; 3 = `n`
/// (>= 0) digits after the decimal point.  Returns (digits, decpt) meaning
/// `0.DIGITS * 10**decpt`, without trailing zeros; zero is ("0", 1).  All
/// roundings are correct (round-half-even on the exact binary value).
fn dtoa(x: f64, mode: u8, n: usize) -> (Vec<u8>, i64) {
    let x = x.abs();
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    let (mut digits, decpt) = match mode {
        0 | 2 => {
            let s = if mode == 0 {
                // Rust's shortest digits break a tie between two equally
                // near candidates upwards; Gay's dtoa takes the nearest,
                // half-even: the same count of digits, correctly rounded.
                let s = format!("{:e}", x);
                let ndigits = s.split('e').next().unwrap_or("").bytes().filter(|b| b.is_ascii_digit()).count();
                let exact = format!("{:.*e}", ndigits.max(1) - 1, x);
                if exact.parse::<f64>() == Ok(x) {
                    exact
                } else {
                    s
                }
            } else {
                format!("{:.*e}", n.max(1) - 1, x)
            };
            let (mant, exp) = s.split_once('e').expect("exponent");
            let exp: i64 = exp.parse().expect("exponent value");
            let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
            (digits, exp + 1)
        }
        _ => {
            let s = format!("{:.*}", n, x);
            let (ip, fp) = match s.split_once('.') {
                Some((a, b)) => (a.to_string(), b.to_string()),
                None => (s.clone(), String::new()),
            };
            let mut decpt = ip.len() as i64;
            let mut all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            all.drain(..lead);
            decpt -= lead as i64;
            if all.is_empty() {
                return (b"0".to_vec(), 1);
            }
            (all, decpt)
        }
    };
    while digits.len() > 1 && *digits.last().unwrap() == b'0' {
        digits.pop();
    }
    (digits, decpt)
}

/// Port of CPython's `format_float_short` / `PyOS_double_to_string`.
/// `code` is one of e E f F g G r.
fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    always_add_sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut precision = precision as i64;
    let mode = match code {
        'e' => {
            precision += 1;
            2
        }
        'f' => 3,
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            2
        }
        _ => 0,
    };
    let mut out = String::new();
    if !x.is_finite() {
        let sign = x.is_infinite() && x < 0.0; // the sign of a nan is ignored
        if sign {
            out.push('-');
        } else if always_add_sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        if upper {
            out.push_str(&word.to_ascii_uppercase());
        } else {
            out.push_str(word);
        }
        return out;
    }
    let mut sign = x.is_sign_negative();
    let (digits, decpt0) = dtoa(x, mode, precision as usize);
    let mut decpt = decpt0;
    let digits_len = digits.len() as i64;
    if no_neg_0 && sign && digits_len == 1 && digits[0] == b'0' {
        sign = false;
    }
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    fn zeros(out: &mut String, n: i64) {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    }
    if sign {
        out.push('-');
    } else if always_add_sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let dstr = std::str::from_utf8(&digits).expect("ascii digits");
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&dstr[..decpt as usize]);
        out.push('.');
        out.push_str(&dstr[decpt as usize..]);
    } else {
        out.push_str(dstr);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` / `str(x)` for a float: shortest round-trip digits, scientific
/// notation when the exponent is < -4 or >= 16.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, false, true, false, false)
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Thousands {
    None,
    Comma,
    Underscore,
    UnderFour,
}

#[derive(Debug, Clone)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alternate: bool,
    width: Option<usize>,
    thousands: Thousands,
    precision: Option<usize>,
    ty: Option<char>,
}

fn char_code_desc(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("{}", c)
    } else {
        format!("\\x{:x}", cp)
    }
}

/// `get_integer` of formatter_unicode.c: consumes decimal digits (any
/// Unicode Nd digit counts).  Returns (value, consumed).
fn spec_get_integer(chars: &[char], pos: &mut usize) -> Res<(usize, usize)> {
    let mut acc: usize = 0;
    let mut consumed = 0;
    while *pos < chars.len() {
        let d = match py_decimal_value(chars[*pos]) {
            Some(d) => d as usize,
            None => break,
        };
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(value_err("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        consumed += 1;
    }
    Ok((acc, consumed))
}

fn parse_spec(spec: &str, type_name: &str, default_type: Option<char>, default_align: char) -> Res<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        thousands: Thousands::None,
        precision: None,
        ty: default_type,
    };
    let mut align_specified = false;
    let mut fill_specified = false;
    if end - pos >= 2 && is_align(chars[pos + 1]) {
        out.align = chars[pos + 1];
        out.fill = chars[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(chars[pos]) {
        out.align = chars[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.fill = '0';
        if !align_specified && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    let (w, consumed) = spec_get_integer(&chars, &mut pos)?;
    if consumed > 0 {
        if !super::budget::fits_str(w as u128) {
            return Err(PyFmtError { kind: ExcKind::MemoryError, msg: String::new() });
        }
        out.width = Some(w);
    }
    if pos < end && chars[pos] == ',' {
        out.thousands = Thousands::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.thousands != Thousands::None {
            return Err(value_err("Cannot specify both ',' and '_'."));
        }
        out.thousands = Thousands::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.thousands == Thousands::Underscore {
        return Err(value_err("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (p, consumed) = spec_get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(value_err("Format specifier missing precision"));
        }
        out.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(value_err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if out.thousands != Thousands::None {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if out.thousands == Thousands::Underscore => {
                out.thousands = Thousands::UnderFour;
            }
            Some(t) => {
                let sep = if out.thousands == Thousands::Comma { ',' } else { '_' };
                return Err(value_err(format!("Cannot specify '{}' with '{}'.", sep, char_code_desc(t))));
            }
        }
    }
    Ok(out)
}

fn unknown_presentation_type(t: char, type_name: &str) -> PyFmtError {
    value_err(format!("Unknown format code '{}' for object of type '{}'", char_code_desc(t), type_name))
}

fn push_fill(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// `_PyUnicode_InsertThousandsGrouping`, including zero padding up to
/// `min_width` (separators are inserted into the padding zeros as well).
fn group_digits(digits: &[u8], min_width: i64, grouping: Option<(char, i64)>) -> String {
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut dpos = digits.len();
    let mut use_sep = false;
    let fill = |rev: &mut Vec<char>, n_chars: i64, n_zeros: i64, sep: Option<char>, dpos: &mut usize| {
        if let Some(s) = sep {
            rev.push(s);
        }
        for _ in 0..n_chars {
            *dpos -= 1;
            rev.push(digits[*dpos] as char);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    let mut broken = false;
    if let Some((sep, g)) = grouping {
        loop {
            let l = g.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            fill(&mut rev, n_chars, n_zeros, if use_sep { Some(sep) } else { None }, &mut dpos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let sep = grouping.map(|g| g.0).filter(|_| use_sep);
        fill(&mut rev, n_chars, n_zeros, sep, &mut dpos);
    }
    rev.iter().rev().collect()
}

/// `calc_number_widths` + `fill_number`: lays out
/// `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
fn fill_number(
    spec: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    grouping: Option<(char, i64)>,
) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => {
            if negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + has_decimal as i64 + n_remainder;
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if spec.fill == '0' && spec.align == '=' { width - n_non_digit } else { 0 };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits.as_bytes(), min_width, grouping)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    push_fill(&mut out, spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    push_fill(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_fill(&mut out, spec.fill, rpad);
    out
}

fn grouping_for(spec: &Spec) -> Option<(char, i64)> {
    if spec.ty == Some('n') {
        return None; // C locale: no grouping
    }
    match spec.thousands {
        Thousands::None => None,
        Thousands::Comma => Some((',', 3)),
        Thousands::Underscore => Some(('_', 3)),
        Thousands::UnderFour => Some(('_', 4)),
    }
}

/// `str(int)` with CPython's 4300-digit limit.
pub fn int_to_str(v: &BigInt) -> Res<String> {
    let s = v.to_str_radix(10);
    let ndigits = s.len() - v.is_negative() as usize;
    if ndigits > INT_MAX_STR_DIGITS {
        return Err(value_err(MSG_STR_DIGITS_TO_STR));
    }
    Ok(s)
}

/// `hex()`, `bin()`, `oct()` (with `prefix`) or plain digits in any radix
/// 2..=36 (lowercase).  The sign precedes the prefix: `-0x10`.
pub fn int_to_str_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        match radix {
            2 => out.push_str("0b"),
            8 => out.push_str("0o"),
            16 => out.push_str("0x"),
            _ => {}
        }
    }
    out.push_str(&digits);
    out
}

/// `format(int, spec)`.
pub fn format_int(v: &BigInt, spec: &str) -> Res<String> {
    if spec.is_empty() {
        return int_to_str(v);
    }
    let sp = parse_spec(spec, "int", Some('d'), '>')?;
    match sp.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long_internal(v, &sp),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = int_to_f64(v)?;
            format_float_internal(f, &sp)
        }
        Some(t) => Err(unknown_presentation_type(t, "int")),
        None => unreachable!("int has a default type"),
    }
}

fn format_long_internal(v: &BigInt, sp: &Spec) -> Res<String> {
    if sp.precision.is_some() {
        return Err(value_err("Precision not allowed in integer format specifier"));
    }
    if sp.no_neg_0 {
        return Err(value_err("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let ty = sp.ty.unwrap_or('d');
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(value_err("Sign not allowed with integer format specifier 'c'"));
        }
        if sp.alternate {
            return Err(value_err("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let x = v
            .to_i64()
            .ok_or_else(|| overflow_err("Python int too large to convert to C long"))?;
        if !(0..=0x10FFFF).contains(&x) {
            return Err(overflow_err("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(x as u32).unwrap_or('\u{FFFD}');
        return Ok(fill_number(sp, false, "", "", false, &c.to_string(), grouping_for(sp)));
    }
    let (base, pfx) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if base == 10 && digits.len() > INT_MAX_STR_DIGITS {
        return Err(value_err(MSG_STR_DIGITS_TO_STR));
    }
    if ty == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    let prefix = if sp.alternate { pfx } else { "" };
    Ok(fill_number(sp, v.is_negative(), prefix, &digits, false, "", grouping_for(sp)))
}

/// `format(float, spec)`.
pub fn format_float(v: f64, spec: &str) -> Res<String> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let sp = parse_spec(spec, "float", None, '>')?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_internal(v, &sp),
        Some(t) => Err(unknown_presentation_type(t, "float")),
    }
}

fn format_float_internal(val: f64, sp: &Spec) -> Res<String> {
    if let Some(p) = sp.precision {
        if p > i32::MAX as usize {
            return Err(value_err("precision too big"));
        }
    }
    let mut val = val;
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    let mut ty = match sp.ty {
        None => {
            add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match sp.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, false, add_dot_0, sp.alternate, sp.no_neg_0);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..ndig];
    let rest = &body[ndig..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Ok(fill_number(sp, negative, "", digits, has_decimal, remainder, grouping_for(sp)))
}

/// `format(str, spec)`.
pub fn format_str(s: &str, spec: &str) -> Res<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let sp = parse_spec(spec, "str", Some('s'), '<')?;
    match sp.ty {
        Some('s') => {}
        Some(t) => return Err(unknown_presentation_type(t, "str")),
        None => unreachable!("str has a default type"),
    }
    match sp.sign {
        Some(' ') => return Err(value_err("Space not allowed in string format specifier")),
        Some(_) => return Err(value_err("Sign not allowed in string format specifier")),
        None => {}
    }
    if sp.no_neg_0 {
        return Err(value_err("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if sp.alternate {
        return Err(value_err("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == '=' {
        return Err(value_err("'=' alignment not allowed in string format specifier"));
    }
    let mut len = s.chars().count();
    let body: &str = match sp.precision {
        Some(p) if len >= p => {
            len = p;
            match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            }
        }
        _ => s,
    };
    let total = match sp.width {
        Some(w) if w > len => w,
        _ => len,
    };
    let lpad = match sp.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(body.len() + total - len);
    push_fill(&mut out, sp.fill, lpad as i64);
    out.push_str(body);
    push_fill(&mut out, sp.fill, rpad as i64);
    Ok(out)
}

// ---------------------------------------------------------------------------
// int(str) and float(str)
// ---------------------------------------------------------------------------

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace
/// becomes ' ', non-ASCII decimal digits become ASCII digits, and anything
/// else non-ASCII ends the string with '?'.
fn transform_decimal_and_space(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if py_isspace(c) {
            out.push(b' ');
        } else if let Some(d) = py_decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

fn c_isspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// `int(s, base)` for a str `s` (base 0 or 2..=36).
pub fn parse_int(s: &str, base: u32) -> Res<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(value_err("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        let r: String = repr_str(s).chars().take(200).collect();
        value_err(format!("invalid literal for int() with base {}: {}", base, r))
    };
    let buf = transform_decimal_and_space(s);
    let at = |i: usize| -> u8 { buf.get(i).copied().unwrap_or(0) };
    let mut i = 0usize;
    while i < buf.len() && c_isspace(buf[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    if b == 0 {
        b = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && ((b == 16 && matches!(at(i + 1), b'x' | b'X'))
            || (b == 8 && matches!(at(i + 1), b'o' | b'O'))
            || (b == 2 && matches!(at(i + 1), b'b' | b'B')))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let start = i;
    let mut clean: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < buf.len() && (digit_value(buf[i]) < b || buf[i] == b'_') {
        if buf[i] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            clean.push(buf[i]);
        }
        prev = buf[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !b.is_power_of_two() && clean.len() > INT_MAX_STR_DIGITS {
        return Err(value_err(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            INT_MAX_STR_DIGITS,
            clean.len()
        )));
    }
    if i == start {
        return Err(invalid());
    }
    let mag = BigUint::parse_bytes(&clean, b).ok_or_else(invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    while i < buf.len() && c_isspace(buf[i]) {
        i += 1;
    }
    if i != buf.len() {
        return Err(invalid());
    }
    Ok(BigInt::from_biguint(if negative { Sign::Minus } else { Sign::Plus }, mag))
}

/// `float(s)` for a str `s`.
pub fn parse_float(s: &str) -> Res<f64> {
    let invalid = || value_err(format!("could not convert string to float: {}", repr_str(s)));
    let buf = transform_decimal_and_space(s);
    // _Py_string_to_number_with_underscores
    let buf: Vec<u8> = if buf.contains(&b'_') {
        let mut out = Vec::with_capacity(buf.len());
        let mut prev = 0u8;
        for &c in &buf {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                out.push(c);
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(invalid());
                }
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        out
    } else {
        buf
    };
    let mut lo = 0;
    let mut hi = buf.len();
    while lo < hi && c_isspace(buf[lo]) {
        lo += 1;
    }
    if lo == hi {
        return Err(invalid());
    }
    while hi > lo + 1 && c_isspace(buf[hi - 1]) {
        hi -= 1;
    }
    let t = &buf[lo..hi];
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower: Vec<u8> = body.to_ascii_lowercase();
    let special = match lower.as_slice() {
        b"inf" | b"infinity" => Some(f64::INFINITY),
        b"nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    // decimal literal: digits [. digits] [e [sign] digits], >= 1 mantissa digit
    let mut j = 0;
    let mut mant_digits = 0;
    while j < body.len() && body[j].is_ascii_digit() {
        j += 1;
        mant_digits += 1;
    }
    if j < body.len() && body[j] == b'.' {
        j += 1;
        while j < body.len() && body[j].is_ascii_digit() {
            j += 1;
            mant_digits += 1;
        }
    }
    if mant_digits == 0 {
        return Err(invalid());
    }
    if j < body.len() && (body[j] == b'e' || body[j] == b'E') {
        let mut k = j + 1;
        if k < body.len() && (body[k] == b'+' || body[k] == b'-') {
            k += 1;
        }
        let ds = k;
        while k < body.len() && body[k].is_ascii_digit() {
            k += 1;
        }
        if k > ds {
            j = k;
        }
    }
    if j != body.len() {
        return Err(invalid());
    }
    let text = std::str::from_utf8(body).map_err(|_| invalid())?;
    let v: f64 = text.parse().map_err(|_| invalid())?;
    Ok(if negative { -v } else { v })
}

// ---------------------------------------------------------------------------
// int <-> float
// ---------------------------------------------------------------------------

/// `x * 2**e`, exact whenever the true result is representable.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let two = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1023 {
        x *= two(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= two(-1022);
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * two(e)
}

/// `float(int)`: correctly rounded (half-even); OverflowError if too big.
pub fn int_to_f64(v: &BigInt) -> Res<f64> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let r = if bits <= 64 {
        mag.to_u64().expect("fits") as f64 // u64 -> f64 rounds half-even
    } else {
        let shift = bits - 54;
        let top = (mag >> shift).to_u64().expect("54 bits");
        let sticky = mag.trailing_zeros().unwrap_or(0) < shift;
        let mut q = top >> 1;
        if top & 1 == 1 && (sticky || q & 1 == 1) {
            q += 1;
        }
        ldexp(q as f64, shift as i64 + 1)
    };
    if r.is_infinite() {
        return Err(overflow_err(MSG_INT_TOO_LARGE_FOR_FLOAT));
    }
    Ok(if v.is_negative() { -r } else { r })
}

/// `int(x)` for a float: truncation toward zero.
pub fn f64_to_int(x: f64) -> Res<BigInt> {
    if x.is_nan() {
        return Err(value_err("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_err("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.abs().to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigInt::from(mant) << (exp as usize); // exp > 0 here
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `a / b` for ints, correctly rounded (CPython's `long_true_divide`).
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Res<f64> {
    if b.is_zero() {
        return Err(zerodiv_err("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    let am = a.magnitude();
    let bm = b.magnitude();
    let sgn = |r: f64| if negate { -r } else { r };
    if am.is_zero() {
        return Ok(sgn(0.0));
    }
    if am.bits() <= 53 && bm.bits() <= 53 {
        let da = am.to_u64().unwrap() as f64;
        let db = bm.to_u64().unwrap() as f64;
        return Ok(sgn(da / db));
    }
    const DBL_MANT_DIG: i64 = 53;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MIN_EXP: i64 = -1021;
    let overflow = || overflow_err("integer division result too large for a float");
    let diff = am.bits() as i64 - bm.bits() as i64;
    if diff > DBL_MAX_EXP {
        return Err(overflow());
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(sgn(0.0));
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let (x, rem) = if shift >= 0 {
        am.div_rem(&(bm << (shift as usize)))
    } else {
        (am << ((-shift) as usize)).div_rem(bm)
    };
    let inexact = !rem.is_zero();
    let x_bits = x.bits() as i64;
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let mut low = x.to_u64().expect("quotient fits in 64 bits") | inexact as u64;
    let mask = 1u64 << (extra_bits - 1);
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    low &= !(2 * mask - 1);
    let dx = low as f64;
    if shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return Err(overflow());
    }
    Ok(sgn(ldexp(dx, shift)))
}

// ---------------------------------------------------------------------------
// float arithmetic
// ---------------------------------------------------------------------------

fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Python's `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> Res<f64> {
    if b == 0.0 {
        return Err(zerodiv_err("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// Python's `a % b` for floats (result has the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> Res<f64> {
    if b == 0.0 {
        return Err(zerodiv_err("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// Python's `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> Res<(f64, f64)> {
    if b == 0.0 {
        return Err(zerodiv_err("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    // DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
    x.abs() % 2.0 == 1.0
}

const MSG_NEG_FRACTIONAL: &str = "negative number cannot be raised to a fractional power";

/// Python's `a ** b` for floats (CPython `float_pow`); see the module docs
/// for the negative-base/fractional-exponent deviation.
pub fn float_pow(iv: f64, iw: f64) -> Res<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(zerodiv_err("0.0 cannot be raised to a negative power"));
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(value_err(MSG_NEG_FRACTIONAL));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(overflow_err("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -ix } else { ix })
}

/// Result of `int ** int`.
#[derive(Debug, Clone, PartialEq)]
pub enum IntOrFloat {
    Int(BigInt),
    Float(f64),
}

/// Python's `a ** b` for ints.  A negative exponent gives a float (via
/// `float_pow`, so `0 ** -1` raises ZeroDivisionError).
pub fn int_pow(a: &BigInt, b: &BigInt) -> Res<IntOrFloat> {
    int_pow_with(a, b, &|| false)
}

/// `int_pow`, asking `stop` between the multiplications of a long power
/// (as CPython's long_pow checks for signals): when it says yes, the
/// result is an error of kind KeyboardInterrupt for the caller to turn
/// into whatever its interrupt flag meant.
pub fn int_pow_with(a: &BigInt, b: &BigInt, stop: &dyn Fn() -> bool) -> Res<IntOrFloat> {
    if b.is_negative() {
        let fa = int_to_f64(a)?;
        let fb = int_to_f64(b)?;
        return float_pow(fa, fb).map(IntOrFloat::Float);
    }
    if a.is_zero() {
        return Ok(IntOrFloat::Int(if b.is_zero() { BigInt::one() } else { BigInt::zero() }));
    }
    if a.is_one() {
        return Ok(IntOrFloat::Int(BigInt::one()));
    }
    if *a == -BigInt::one() {
        return Ok(IntOrFloat::Int(if b.is_odd() { a.clone() } else { BigInt::one() }));
    }
    let too_big = || mkerr(ExcKind::MemoryError, "");
    let e = b.to_u64().ok_or_else(too_big)?;
    let est = (a.bits() - 1).saturating_mul(e);
    if est > MAX_POW_BITS || e > u32::MAX as u64 {
        return Err(too_big());
    }
    if e < 64 || a.bits() * e < 1 << 16 {
        return Ok(IntOrFloat::Int(num_traits::pow::Pow::pow(a, e as u32)));
    }
    // left to right binary exponentiation, one check per bit of the exponent
    let mut r = a.clone();
    for bit in (0..63 - e.leading_zeros()).rev() {
        if stop() {
            return Err(mkerr(ExcKind::KeyboardInterrupt, ""));
        }
        r = &r * &r;
        if e >> bit & 1 == 1 {
            r *= a;
        }
    }
    Ok(IntOrFloat::Int(r))
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(x)` (-> Int) and `round(x, ndigits)` (-> Float), CPython 3.11.
pub fn float_round(x: f64, ndigits: Option<i64>) -> Res<IntOrFloat> {
    let n = match ndigits {
        None => {
            let mut r = x.round();
            if (x - r).abs() == 0.5 {
                r = 2.0 * (x / 2.0).round();
            }
            return f64_to_int(r).map(IntOrFloat::Int);
        }
        Some(n) => n,
    };
    if !x.is_finite() || n > 323 {
        return Ok(IntOrFloat::Float(x));
    }
    if n < -308 {
        return Ok(IntOrFloat::Float(0.0 * x));
    }
    let text = if n >= 0 {
        format!("{:.*}", n as usize, x)
    } else {
        // exact: |x| = m * 2**e; q = round_half_even(|x| / 10**k)
        let k = (-n) as u32;
        let bits = x.abs().to_bits();
        let raw_exp = ((bits >> 52) & 0x7FF) as i64;
        let (m, e) = if raw_exp == 0 {
            (bits & ((1u64 << 52) - 1), -1074i64)
        } else {
            ((bits & ((1u64 << 52) - 1)) | (1u64 << 52), raw_exp - 1075)
        };
        let mut num = BigInt::from(m);
        let mut den = num_traits::pow::Pow::pow(BigInt::from(10u32), k);
        if e >= 0 {
            num <<= e as usize;
        } else {
            den <<= (-e) as usize;
        }
        let (q, r) = num.div_rem(&den);
        let twice = r * 2u32;
        let q = if twice > den || (twice == den && q.is_odd()) { q + 1u32 } else { q };
        format!("{}{}e{}", if x.is_sign_negative() { "-" } else { "" }, q, k)
    };
    let rounded: f64 = text.parse().expect("valid float text");
    if rounded.is_infinite() {
        return Err(overflow_err("rounded value too large to represent"));
    }
    Ok(IntOrFloat::Float(rounded))
}

/// `round(v, ndigits)` for ints (round-half-even to a multiple of 10**-ndigits).
pub fn int_round(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return v.clone();
    }
    let k = (-ndigits) as u64;
    if k > (v.bits() / 3 + 2) {
        return BigInt::zero(); // 10**k > 2*|v|: rounds to 0
    }
    let p: BigInt = num_traits::pow::Pow::pow(BigInt::from(10u32), k as u32);
    let (q, r) = v.magnitude().div_rem(p.magnitude());
    let twice = r * 2u32;
    let q = if twice > *p.magnitude() || (twice == *p.magnitude() && q.is_odd()) { q + 1u32 } else { q };
    let res = BigInt::from_biguint(Sign::Plus, q) * p;
    if v.is_negative() {
        -res
    } else {
        res
    }
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

fn fix_hash(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `hash(float)`; equal to `int_hash` for integral values. `hash(nan)` = 0.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7FF) as i64;
    let (m, e) = if raw_exp == 0 {
        (bits & ((1u64 << 52) - 1), -1074i64)
    } else {
        ((bits & ((1u64 << 52) - 1)) | (1u64 << 52), raw_exp - 1075)
    };
    // |x| = m * 2**e; 2**61 == 1 (mod P) so reduce e modulo 61
    let e = e.rem_euclid(HASH_BITS as i64) as u32;
    let m = m % HASH_MODULUS;
    let h = ((m as u128) << e) % (HASH_MODULUS as u128);
    let h = h as i64;
    fix_hash(if x < 0.0 { -h } else { h })
}

/// `hash(int)`.
pub fn int_hash(v: &BigInt) -> i64 {
    let r = (v.magnitude() % HASH_MODULUS).to_u64().unwrap() as i64;
    fix_hash(if v.is_negative() { -r } else { r })
}

/// `hash(int)` for a machine integer.
pub fn int_hash_i64(v: i64) -> i64 {
    let r = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_hash(if v < 0 { -r } else { r })
}

/// Deterministic 64-bit string hash (murmur-style mixing of 8-byte words
/// plus the fmix64 finaliser).  `str_hash("") == 0`; never returns -1.
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    const C1: u64 = 0x87c3_7b91_1142_53d5;
    const C2: u64 = 0x4cf5_ad43_2745_937f;
    let bytes = s.as_bytes();
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15 ^ (bytes.len() as u64).wrapping_mul(C2);
    for chunk in bytes.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        let mut k = u64::from_le_bytes(w).wrapping_mul(C1);
        k = k.rotate_left(31).wrapping_mul(C2);
        h ^= k;
        h = h.rotate_left(27).wrapping_mul(5).wrapping_add(0x52dc_e729);
    }
    h ^= bytes.len() as u64;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    fix_hash(h as i64)
}

// ---------------------------------------------------------------------------
// str.format templates
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldName {
    /// `{}`: next automatic index (the caller numbers it).
    Auto,
    Index(usize),
    Name(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccessor {
    /// `.name`
    Attr(String),
    /// `[123]`
    Index(usize),
    /// `[key]` (anything that is not all decimal digits)
    Key(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplatePiece {
    Literal(String),
    /// A replacement field.  `conversion` is one of 'r', 's', 'a'.  `spec`
    /// is empty for no spec, a single `Literal` for a plain spec, or a mix
    /// of literals and nested fields (`{:>{width}}`).  When numbering
    /// automatic fields, a field's own name comes before the fields nested
    /// in its spec (as in CPython).
    Field {
        name: FieldName,
        accessors: Vec<FieldAccessor>,
        conversion: Option<char>,
        spec: Vec<TemplatePiece>,
    },
}

/// Parse a `str.format` template into literal text and fields.
pub fn parse_format_template(t: &str) -> Res<Vec<TemplatePiece>> {
    let chars: Vec<char> = t.chars().collect();
    parse_template_depth(&chars, 2)
}

/// `get_integer` of unicode_format.h: Some(n) if `s` is non-empty and all
/// decimal digits.
fn template_get_integer(s: &[char]) -> Res<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let d = match py_decimal_value(c) {
            Some(d) => d as usize,
            None => return Ok(None),
        };
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(value_err("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

fn parse_template_depth(s: &[char], depth: i32) -> Res<Vec<TemplatePiece>> {
    if depth <= 0 {
        return Err(value_err("Max string recursion exceeded"));
    }
    let n = s.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0usize;
    while i < n {
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < n {
            c = s[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= n;
        let mut len = i - start;
        if markup && c == '}' && (at_end || s[i] != '}') {
            return Err(value_err("Single '}' encountered in format string"));
        }
        if markup && at_end && c == '{' {
            return Err(value_err("Single '{' encountered in format string"));
        }
        if markup && !at_end {
            if s[i] == c {
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        lit.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        // parse_field
        let name_start = i;
        let mut c = '\0';
        let mut terminated = false;
        while i < n {
            c = s[i];
            i += 1;
            match c {
                '{' => return Err(value_err("unexpected '{' in field name")),
                '[' => {
                    while i < n && s[i] != ']' {
                        i += 1;
                    }
                }
                '}' | ':' | '!' => {
                    terminated = true;
                    break;
                }
                _ => {}
            }
        }
        if !terminated {
            return Err(value_err("expected '}' before end of string"));
        }
        let name_chars = &s[name_start..i - 1];
        let mut conversion = None;
        let mut spec_chars: &[char] = &[];
        let mut needs_expanding = false;
        if c == '!' || c == ':' {
            let mut done = false;
            if c == '!' {
                if i >= n {
                    return Err(value_err("end of string while looking for conversion specifier"));
                }
                conversion = Some(s[i]);
                i += 1;
                if i < n {
                    let c2 = s[i];
                    i += 1;
                    if c2 == '}' {
                        done = true;
                    } else if c2 != ':' {
                        return Err(value_err("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let spec_start = i;
                let mut count = 1;
                let mut closed = false;
                while i < n {
                    let c3 = s[i];
                    i += 1;
                    if c3 == '{' {
                        needs_expanding = true;
                        count += 1;
                    } else if c3 == '}' {
                        count -= 1;
                        if count == 0 {
                            spec_chars = &s[spec_start..i - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(value_err("unmatched '{' in format spec"));
                }
            }
        }
        let (name, accessors) = split_field_name(name_chars)?;
        if let Some(cv) = conversion {
            if !matches!(cv, 'r' | 's' | 'a') {
                return Err(value_err(format!("Unknown conversion specifier {}", {
                    let cp = cv as u32;
                    if cp > 32 && cp < 127 {
                        cv.to_string()
                    } else {
                        format!("\\x{:x}", cp)
                    }
                })));
            }
        }
        let spec = if needs_expanding {
            parse_template_depth(spec_chars, depth - 1)?
        } else if spec_chars.is_empty() {
            Vec::new()
        } else {
            vec![TemplatePiece::Literal(spec_chars.iter().collect())]
        };
        if !lit.is_empty() {
            pieces.push(TemplatePiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(TemplatePiece::Field { name, accessors, conversion, spec });
    }
    if !lit.is_empty() {
        pieces.push(TemplatePiece::Literal(lit));
    }
    Ok(pieces)
}

fn split_field_name(s: &[char]) -> Res<(FieldName, Vec<FieldAccessor>)> {
    let n = s.len();
    let mut i = 0;
    while i < n && s[i] != '.' && s[i] != '[' {
        i += 1;
    }
    let first = &s[..i];
    let name = if first.is_empty() {
        FieldName::Auto
    } else {
        match template_get_integer(first)? {
            Some(k) => FieldName::Index(k),
            None => FieldName::Name(first.iter().collect()),
        }
    };
    let mut acc = Vec::new();
    while i < n {
        let c = s[i];
        i += 1;
        match c {
            '.' => {
                let st = i;
                while i < n && s[i] != '.' && s[i] != '[' {
                    i += 1;
                }
                if st == i {
                    return Err(value_err("Empty attribute in format string"));
                }
                acc.push(FieldAccessor::Attr(s[st..i].iter().collect()));
            }
            '[' => {
                let st = i;
                while i < n && s[i] != ']' {
                    i += 1;
                }
                if i >= n {
                    return Err(value_err("Missing ']' in format string"));
                }
                let item = &s[st..i];
                i += 1; // skip ']'
                let idx = template_get_integer(item)?;
                if item.is_empty() {
                    return Err(value_err("Empty attribute in format string"));
                }
                acc.push(match idx {
                    Some(k) => FieldAccessor::Index(k),
                    None => FieldAccessor::Key(item.iter().collect()),
                });
            }
            _ => {
                return Err(value_err("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
    }
    Ok((name, acc))
}

// ---------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0)
// ---------------------------------------------------------------------------

/// Ranges of code points for which Python 3.11's `str.isprintable()` is False (Unicode 14.0).
static NON_PRINTABLE: &[(u32, u32)] = &[
    (0x0, 0x1F), (0x7F, 0xA0), (0xAD, 0xAD), (0x378, 0x379), (0x380, 0x383), (0x38B, 0x38B),
    (0x38D, 0x38D), (0x3A2, 0x3A2), (0x530, 0x530), (0x557, 0x558), (0x58B, 0x58C), (0x590, 0x590),
    (0x5C8, 0x5CF), (0x5EB, 0x5EE), (0x5F5, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70E, 0x70F),
    (0x74B, 0x74C), (0x7B2, 0x7BF), (0x7FB, 0x7FC), (0x82E, 0x82F), (0x83F, 0x83F), (0x85C, 0x85D),
    (0x85F, 0x85F), (0x86B, 0x86F), (0x88F, 0x897), (0x8E2, 0x8E2), (0x984, 0x984), (0x98D, 0x98E),
    (0x991, 0x992), (0x9A9, 0x9A9), (0x9B1, 0x9B1), (0x9B3, 0x9B5), (0x9BA, 0x9BB), (0x9C5, 0x9C6),
    (0x9C9, 0x9CA), (0x9CF, 0x9D6), (0x9D8, 0x9DB), (0x9DE, 0x9DE), (0x9E4, 0x9E5), (0x9FF, 0xA00),
    (0xA04, 0xA04), (0xA0B, 0xA0E), (0xA11, 0xA12), (0xA29, 0xA29), (0xA31, 0xA31), (0xA34, 0xA34),
    (0xA37, 0xA37), (0xA3A, 0xA3B), (0xA3D, 0xA3D), (0xA43, 0xA46), (0xA49, 0xA4A), (0xA4E, 0xA50),
    (0xA52, 0xA58), (0xA5D, 0xA5D), (0xA5F, 0xA65), (0xA77, 0xA80), (0xA84, 0xA84), (0xA8E, 0xA8E),
    (0xA92, 0xA92), (0xAA9, 0xAA9), (0xAB1, 0xAB1), (0xAB4, 0xAB4), (0xABA, 0xABB), (0xAC6, 0xAC6),
    (0xACA, 0xACA), (0xACE, 0xACF), (0xAD1, 0xADF), (0xAE4, 0xAE5), (0xAF2, 0xAF8), (0xB00, 0xB00),
    (0xB04, 0xB04), (0xB0D, 0xB0E), (0xB11, 0xB12), (0xB29, 0xB29), (0xB31, 0xB31), (0xB34, 0xB34),
    (0xB3A, 0xB3B), (0xB45, 0xB46), (0xB49, 0xB4A), (0xB4E, 0xB54), (0xB58, 0xB5B), (0xB5E, 0xB5E),
    (0xB64, 0xB65), (0xB78, 0xB81), (0xB84, 0xB84), (0xB8B, 0xB8D), (0xB91, 0xB91), (0xB96, 0xB98),
    (0xB9B, 0xB9B), (0xB9D, 0xB9D), (0xBA0, 0xBA2), (0xBA5, 0xBA7), (0xBAB, 0xBAD), (0xBBA, 0xBBD),
    (0xBC3, 0xBC5), (0xBC9, 0xBC9), (0xBCE, 0xBCF), (0xBD1, 0xBD6), (0xBD8, 0xBE5), (0xBFB, 0xBFF),
    (0xC0D, 0xC0D), (0xC11, 0xC11), (0xC29, 0xC29), (0xC3A, 0xC3B), (0xC45, 0xC45), (0xC49, 0xC49),
    (0xC4E, 0xC54), (0xC57, 0xC57), (0xC5B, 0xC5C), (0xC5E, 0xC5F), (0xC64, 0xC65), (0xC70, 0xC76),
    (0xC8D, 0xC8D), (0xC91, 0xC91), (0xCA9, 0xCA9), (0xCB4, 0xCB4), (0xCBA, 0xCBB), (0xCC5, 0xCC5),
    (0xCC9, 0xCC9), (0xCCE, 0xCD4), (0xCD7, 0xCDC), (0xCDF, 0xCDF), (0xCE4, 0xCE5), (0xCF0, 0xCF0),
    (0xCF3, 0xCFF), (0xD0D, 0xD0D), (0xD11, 0xD11), (0xD45, 0xD45), (0xD49, 0xD49), (0xD50, 0xD53),
    (0xD64, 0xD65), (0xD80, 0xD80), (0xD84, 0xD84), (0xD97, 0xD99), (0xDB2, 0xDB2), (0xDBC, 0xDBC),
    (0xDBE, 0xDBF), (0xDC7, 0xDC9), (0xDCB, 0xDCE), (0xDD5, 0xDD5), (0xDD7, 0xDD7), (0xDE0, 0xDE5),
    (0xDF0, 0xDF1), (0xDF5, 0xE00), (0xE3B, 0xE3E), (0xE5C, 0xE80), (0xE83, 0xE83), (0xE85, 0xE85),
    (0xE8B, 0xE8B), (0xEA4, 0xEA4), (0xEA6, 0xEA6), (0xEBE, 0xEBF), (0xEC5, 0xEC5), (0xEC7, 0xEC7),
    (0xECE, 0xECF), (0xEDA, 0xEDB), (0xEE0, 0xEFF), (0xF48, 0xF48), (0xF6D, 0xF70), (0xF98, 0xF98),
    (0xFBD, 0xFBD), (0xFCD, 0xFCD), (0xFDB, 0xFFF), (0x10C6, 0x10C6), (0x10C8, 0x10CC), (0x10CE, 0x10CF),
    (0x1249, 0x1249), (0x124E, 0x124F), (0x1257, 0x1257), (0x1259, 0x1259), (0x125E, 0x125F), (0x1289, 0x1289),
    (0x128E, 0x128F), (0x12B1, 0x12B1), (0x12B6, 0x12B7), (0x12BF, 0x12BF), (0x12C1, 0x12C1), (0x12C6, 0x12C7),
    (0x12D7, 0x12D7), (0x1311, 0x1311), (0x1316, 0x1317), (0x135B, 0x135C), (0x137D, 0x137F), (0x139A, 0x139F),
    (0x13F6, 0x13F7), (0x13FE, 0x13FF), (0x1680, 0x1680), (0x169D, 0x169F), (0x16F9, 0x16FF), (0x1716, 0x171E),
    (0x1737, 0x173F), (0x1754, 0x175F), (0x176D, 0x176D), (0x1771, 0x1771), (0x1774, 0x177F), (0x17DE, 0x17DF),
    (0x17EA, 0x17EF), (0x17FA, 0x17FF), (0x180E, 0x180E), (0x181A, 0x181F), (0x1879, 0x187F), (0x18AB, 0x18AF),
    (0x18F6, 0x18FF), (0x191F, 0x191F), (0x192C, 0x192F), (0x193C, 0x193F), (0x1941, 0x1943), (0x196E, 0x196F),
    (0x1975, 0x197F), (0x19AC, 0x19AF), (0x19CA, 0x19CF), (0x19DB, 0x19DD), (0x1A1C, 0x1A1D), (0x1A5F, 0x1A5F),
    (0x1A7D, 0x1A7E), (0x1A8A, 0x1A8F), (0x1A9A, 0x1A9F), (0x1AAE, 0x1AAF), (0x1ACF, 0x1AFF), (0x1B4D, 0x1B4F),
    (0x1B7F, 0x1B7F), (0x1BF4, 0x1BFB), (0x1C38, 0x1C3A), (0x1C4A, 0x1C4C), (0x1C89, 0x1C8F), (0x1CBB, 0x1CBC),
    (0x1CC8, 0x1CCF), (0x1CFB, 0x1CFF), (0x1F16, 0x1F17), (0x1F1E, 0x1F1F), (0x1F46, 0x1F47), (0x1F4E, 0x1F4F),
    (0x1F58, 0x1F58), (0x1F5A, 0x1F5A), (0x1F5C, 0x1F5C), (0x1F5E, 0x1F5E), (0x1F7E, 0x1F7F), (0x1FB5, 0x1FB5),
    (0x1FC5, 0x1FC5), (0x1FD4, 0x1FD5), (0x1FDC, 0x1FDC), (0x1FF0, 0x1FF1), (0x1FF5, 0x1FF5), (0x1FFF, 0x200F),
    (0x2028, 0x202F), (0x205F, 0x206F), (0x2072, 0x2073), (0x208F, 0x208F), (0x209D, 0x209F), (0x20C1, 0x20CF),
    (0x20F1, 0x20FF), (0x218C, 0x218F), (0x2427, 0x243F), (0x244B, 0x245F), (0x2B74, 0x2B75), (0x2B96, 0x2B96),
    (0x2CF4, 0x2CF8), (0x2D26, 0x2D26), (0x2D28, 0x2D2C), (0x2D2E, 0x2D2F), (0x2D68, 0x2D6E), (0x2D71, 0x2D7E),
    (0x2D97, 0x2D9F), (0x2DA7, 0x2DA7), (0x2DAF, 0x2DAF), (0x2DB7, 0x2DB7), (0x2DBF, 0x2DBF), (0x2DC7, 0x2DC7),
    (0x2DCF, 0x2DCF), (0x2DD7, 0x2DD7), (0x2DDF, 0x2DDF), (0x2E5E, 0x2E7F), (0x2E9A, 0x2E9A), (0x2EF4, 0x2EFF),
    (0x2FD6, 0x2FEF), (0x2FFC, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130),
    (0x318F, 0x318F), (0x31E4, 0x31EF), (0x321F, 0x321F), (0xA48D, 0xA48F), (0xA4C7, 0xA4CF), (0xA62C, 0xA63F),
    (0xA6F8, 0xA6FF), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2), (0xA7D4, 0xA7D4), (0xA7DA, 0xA7F1), (0xA82D, 0xA82F),
    (0xA83A, 0xA83F), (0xA878, 0xA87F), (0xA8C6, 0xA8CD), (0xA8DA, 0xA8DF), (0xA954, 0xA95E), (0xA97D, 0xA97F),
    (0xA9CE, 0xA9CE), (0xA9DA, 0xA9DD), (0xA9FF, 0xA9FF), (0xAA37, 0xAA3F), (0xAA4E, 0xAA4F), (0xAA5A, 0xAA5B),
    (0xAAC3, 0xAADA), (0xAAF7, 0xAB00), (0xAB07, 0xAB08), (0xAB0F, 0xAB10), (0xAB17, 0xAB1F), (0xAB27, 0xAB27),
    (0xAB2F, 0xAB2F), (0xAB6C, 0xAB6F), (0xABEE, 0xABEF), (0xABFA, 0xABFF), (0xD7A4, 0xD7AF), (0xD7C7, 0xD7CA),
    (0xD7FC, 0xF8FF), (0xFA6E, 0xFA6F), (0xFADA, 0xFAFF), (0xFB07, 0xFB12), (0xFB18, 0xFB1C), (0xFB37, 0xFB37),
    (0xFB3D, 0xFB3D), (0xFB3F, 0xFB3F), (0xFB42, 0xFB42), (0xFB45, 0xFB45), (0xFBC3, 0xFBD2), (0xFD90, 0xFD91),
    (0xFDC8, 0xFDCE), (0xFDD0, 0xFDEF), (0xFE1A, 0xFE1F), (0xFE53, 0xFE53), (0xFE67, 0xFE67), (0xFE6C, 0xFE6F),
    (0xFE75, 0xFE75), (0xFEFD, 0xFF00), (0xFFBF, 0xFFC1), (0xFFC8, 0xFFC9), (0xFFD0, 0xFFD1), (0xFFD8, 0xFFD9),
    (0xFFDD, 0xFFDF), (0xFFE7, 0xFFE7), (0xFFEF, 0xFFFB), (0xFFFE, 0xFFFF), (0x1000C, 0x1000C), (0x10027, 0x10027),
    (0x1003B, 0x1003B), (0x1003E, 0x1003E), (0x1004E, 0x1004F), (0x1005E, 0x1007F), (0x100FB, 0x100FF), (0x10103, 0x10106),
    (0x10134, 0x10136), (0x1018F, 0x1018F), (0x1019D, 0x1019F), (0x101A1, 0x101CF), (0x101FE, 0x1027F), (0x1029D, 0x1029F),
    (0x102D1, 0x102DF), (0x102FC, 0x102FF), (0x10324, 0x1032C), (0x1034B, 0x1034F), (0x1037B, 0x1037F), (0x1039E, 0x1039E),
    (0x103C4, 0x103C7), (0x103D6, 0x103FF), (0x1049E, 0x1049F), (0x104AA, 0x104AF), (0x104D4, 0x104D7), (0x104FC, 0x104FF),
    (0x10528, 0x1052F), (0x10564, 0x1056E), (0x1057B, 0x1057B), (0x1058B, 0x1058B), (0x10593, 0x10593), (0x10596, 0x10596),
    (0x105A2, 0x105A2), (0x105B2, 0x105B2), (0x105BA, 0x105BA), (0x105BD, 0x105FF), (0x10737, 0x1073F), (0x10756, 0x1075F),
    (0x10768, 0x1077F), (0x10786, 0x10786), (0x107B1, 0x107B1), (0x107BB, 0x107FF), (0x10806, 0x10807), (0x10809, 0x10809),
    (0x10836, 0x10836), (0x10839, 0x1083B), (0x1083D, 0x1083E), (0x10856, 0x10856), (0x1089F, 0x108A6), (0x108B0, 0x108DF),
    (0x108F3, 0x108F3), (0x108F6, 0x108FA), (0x1091C, 0x1091E), (0x1093A, 0x1093E), (0x10940, 0x1097F), (0x109B8, 0x109BB),
    (0x109D0, 0x109D1), (0x10A04, 0x10A04), (0x10A07, 0x10A0B), (0x10A14, 0x10A14), (0x10A18, 0x10A18), (0x10A36, 0x10A37),
    (0x10A3B, 0x10A3E), (0x10A49, 0x10A4F), (0x10A59, 0x10A5F), (0x10AA0, 0x10ABF), (0x10AE7, 0x10AEA), (0x10AF7, 0x10AFF),
    (0x10B36, 0x10B38), (0x10B56, 0x10B57), (0x10B73, 0x10B77), (0x10B92, 0x10B98), (0x10B9D, 0x10BA8), (0x10BB0, 0x10BFF),
    (0x10C49, 0x10C7F), (0x10CB3, 0x10CBF), (0x10CF3, 0x10CF9), (0x10D28, 0x10D2F), (0x10D3A, 0x10E5F), (0x10E7F, 0x10E7F),
    (0x10EAA, 0x10EAA), (0x10EAE, 0x10EAF), (0x10EB2, 0x10EFF), (0x10F28, 0x10F2F), (0x10F5A, 0x10F6F), (0x10F8A, 0x10FAF),
    (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF), (0x1104E, 0x11051), (0x11076, 0x1107E), (0x110BD, 0x110BD), (0x110C3, 0x110CF),
    (0x110E9, 0x110EF), (0x110FA, 0x110FF), (0x11135, 0x11135), (0x11148, 0x1114F), (0x11177, 0x1117F), (0x111E0, 0x111E0),
    (0x111F5, 0x111FF), (0x11212, 0x11212), (0x1123F, 0x1127F), (0x11287, 0x11287), (0x11289, 0x11289), (0x1128E, 0x1128E),
    (0x1129E, 0x1129E), (0x112AA, 0x112AF), (0x112EB, 0x112EF), (0x112FA, 0x112FF), (0x11304, 0x11304), (0x1130D, 0x1130E),
    (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334), (0x1133A, 0x1133A), (0x11345, 0x11346),
    (0x11349, 0x1134A), (0x1134E, 0x1134F), (0x11351, 0x11356), (0x11358, 0x1135C), (0x11364, 0x11365), (0x1136D, 0x1136F),
    (0x11375, 0x113FF), (0x1145C, 0x1145C), (0x11462, 0x1147F), (0x114C8, 0x114CF), (0x114DA, 0x1157F), (0x115B6, 0x115B7),
    (0x115DE, 0x115FF), (0x11645, 0x1164F), (0x1165A, 0x1165F), (0x1166D, 0x1167F), (0x116BA, 0x116BF), (0x116CA, 0x116FF),
    (0x1171B, 0x1171C), (0x1172C, 0x1172F), (0x11747, 0x117FF), (0x1183C, 0x1189F), (0x118F3, 0x118FE), (0x11907, 0x11908),
    (0x1190A, 0x1190B), (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193A), (0x11947, 0x1194F),
    (0x1195A, 0x1199F), (0x119A8, 0x119A9), (0x119D8, 0x119D9), (0x119E5, 0x119FF), (0x11A48, 0x11A4F), (0x11AA3, 0x11AAF),
    (0x11AF9, 0x11BFF), (0x11C09, 0x11C09), (0x11C37, 0x11C37), (0x11C46, 0x11C4F), (0x11C6D, 0x11C6F), (0x11C90, 0x11C91),
    (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF), (0x11D07, 0x11D07), (0x11D0A, 0x11D0A), (0x11D37, 0x11D39), (0x11D3B, 0x11D3B),
    (0x11D3E, 0x11D3E), (0x11D48, 0x11D4F), (0x11D5A, 0x11D5F), (0x11D66, 0x11D66), (0x11D69, 0x11D69), (0x11D8F, 0x11D8F),
    (0x11D92, 0x11D92), (0x11D99, 0x11D9F), (0x11DAA, 0x11EDF), (0x11EF9, 0x11FAF), (0x11FB1, 0x11FBF), (0x11FF2, 0x11FFE),
    (0x1239A, 0x123FF), (0x1246F, 0x1246F), (0x12475, 0x1247F), (0x12544, 0x12F8F), (0x12FF3, 0x12FFF), (0x1342F, 0x143FF),
    (0x14647, 0x167FF), (0x16A39, 0x16A3F), (0x16A5F, 0x16A5F), (0x16A6A, 0x16A6D), (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF),
    (0x16AEE, 0x16AEF), (0x16AF6, 0x16AFF), (0x16B46, 0x16B4F), (0x16B5A, 0x16B5A), (0x16B62, 0x16B62), (0x16B78, 0x16B7C),
    (0x16B90, 0x16E3F), (0x16E9B, 0x16EFF), (0x16F4B, 0x16F4E), (0x16F88, 0x16F8E), (0x16FA0, 0x16FDF), (0x16FE5, 0x16FEF),
    (0x16FF2, 0x16FFF), (0x187F8, 0x187FF), (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF), (0x1AFF4, 0x1AFF4), (0x1AFFC, 0x1AFFC),
    (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F), (0x1B153, 0x1B163), (0x1B168, 0x1B16F), (0x1B2FC, 0x1BBFF), (0x1BC6B, 0x1BC6F),
    (0x1BC7D, 0x1BC7F), (0x1BC89, 0x1BC8F), (0x1BC9A, 0x1BC9B), (0x1BCA0, 0x1CEFF), (0x1CF2E, 0x1CF2F), (0x1CF47, 0x1CF4F),
    (0x1CFC4, 0x1CFFF), (0x1D0F6, 0x1D0FF), (0x1D127, 0x1D128), (0x1D173, 0x1D17A), (0x1D1EB, 0x1D1FF), (0x1D246, 0x1D2DF),
    (0x1D2F4, 0x1D2FF), (0x1D357, 0x1D35F), (0x1D379, 0x1D3FF), (0x1D455, 0x1D455), (0x1D49D, 0x1D49D), (0x1D4A0, 0x1D4A1),
    (0x1D4A3, 0x1D4A4), (0x1D4A7, 0x1D4A8), (0x1D4AD, 0x1D4AD), (0x1D4BA, 0x1D4BA), (0x1D4BC, 0x1D4BC), (0x1D4C4, 0x1D4C4),
    (0x1D506, 0x1D506), (0x1D50B, 0x1D50C), (0x1D515, 0x1D515), (0x1D51D, 0x1D51D), (0x1D53A, 0x1D53A), (0x1D53F, 0x1D53F),
    (0x1D545, 0x1D545), (0x1D547, 0x1D549), (0x1D551, 0x1D551), (0x1D6A6, 0x1D6A7), (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A),
    (0x1DAA0, 0x1DAA0), (0x1DAB0, 0x1DEFF), (0x1DF1F, 0x1DFFF), (0x1E007, 0x1E007), (0x1E019, 0x1E01A), (0x1E022, 0x1E022),
    (0x1E025, 0x1E025), (0x1E02B, 0x1E0FF), (0x1E12D, 0x1E12F), (0x1E13E, 0x1E13F), (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F),
    (0x1E2AF, 0x1E2BF), (0x1E2FA, 0x1E2FE), (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7), (0x1E7EC, 0x1E7EC), (0x1E7EF, 0x1E7EF),
    (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6), (0x1E8D7, 0x1E8FF), (0x1E94C, 0x1E94F), (0x1E95A, 0x1E95D), (0x1E960, 0x1EC70),
    (0x1ECB5, 0x1ED00), (0x1ED3E, 0x1EDFF), (0x1EE04, 0x1EE04), (0x1EE20, 0x1EE20), (0x1EE23, 0x1EE23), (0x1EE25, 0x1EE26),
    (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33), (0x1EE38, 0x1EE38), (0x1EE3A, 0x1EE3A), (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46),
    (0x1EE48, 0x1EE48), (0x1EE4A, 0x1EE4A), (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50), (0x1EE53, 0x1EE53), (0x1EE55, 0x1EE56),
    (0x1EE58, 0x1EE58), (0x1EE5A, 0x1EE5A), (0x1EE5C, 0x1EE5C), (0x1EE5E, 0x1EE5E), (0x1EE60, 0x1EE60), (0x1EE63, 0x1EE63),
    (0x1EE65, 0x1EE66), (0x1EE6B, 0x1EE6B), (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78), (0x1EE7D, 0x1EE7D), (0x1EE7F, 0x1EE7F),
    (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0), (0x1EEA4, 0x1EEA4), (0x1EEAA, 0x1EEAA), (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF),
    (0x1F02C, 0x1F02F), (0x1F094, 0x1F09F), (0x1F0AF, 0x1F0B0), (0x1F0C0, 0x1F0C0), (0x1F0D0, 0x1F0D0), (0x1F0F6, 0x1F0FF),
    (0x1F1AE, 0x1F1E5), (0x1F203, 0x1F20F), (0x1F23C, 0x1F23F), (0x1F249, 0x1F24F), (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF),
    (0x1F6D8, 0x1F6DC), (0x1F6ED, 0x1F6EF), (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D9, 0x1F7DF), (0x1F7EC, 0x1F7EF),
    (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8AF),
    (0x1F8B2, 0x1F8FF), (0x1FA54, 0x1FA5F), (0x1FA6E, 0x1FA6F), (0x1FA75, 0x1FA77), (0x1FA7D, 0x1FA7F), (0x1FA87, 0x1FA8F),
    (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF), (0x1FAC6, 0x1FACF), (0x1FADA, 0x1FADF), (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF),
    (0x1FB93, 0x1FB93), (0x1FBCB, 0x1FBEF), (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF), (0x2B739, 0x2B73F), (0x2B81E, 0x2B81F),
    (0x2CEA2, 0x2CEAF), (0x2EBE1, 0x2F7FF), (0x2FA1E, 0x2FFFF), (0x3134B, 0xE00FF), (0xE01F0, 0x10FFFF),
];

/// Code points of the digit zero of every run of Unicode decimal digits (category Nd).
static DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6,
    0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
    0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

// ---------------------------------------------------------------------------
// Tests.  The tables were generated by running CPython 3.11.7 (see the
// expected strings: "S:" str, "I:" int, "F:" float bits, "nan", or
// "Kind: message").
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn big(s: &str) -> BigInt {
        BigInt::from_str(s).unwrap()
    }
    fn fshow(x: f64) -> String {
        if x.is_nan() {
            "nan".to_string()
        } else {
            format!("F:{:016x}", x.to_bits())
        }
    }
    fn eshow(e: PyFmtError) -> String {
        format!("{:?}: {}", e.kind, e.msg)
    }
    fn show_s(r: Res<String>) -> String {
        r.map(|s| format!("S:{}", s)).unwrap_or_else(eshow)
    }
    fn show_f(r: Res<f64>) -> String {
        r.map(fshow).unwrap_or_else(eshow)
    }
    fn show_i(r: Res<BigInt>) -> String {
        r.map(|v| format!("I:{}", v)).unwrap_or_else(eshow)
    }
    fn show_iof(r: Res<IntOrFloat>) -> String {
        match r {
            Ok(IntOrFloat::Int(v)) => format!("I:{}", v),
            Ok(IntOrFloat::Float(f)) => fshow(f),
            Err(e) => eshow(e),
        }
    }
    fn report(name: &str, fails: Vec<String>, total: usize) {
        if !fails.is_empty() {
            for f in fails.iter().take(40) {
                crate::err_println!("{}", f);
            }
            panic!("{}: {} of {} cases failed", name, fails.len(), total);
        }
    }

    const FLOAT_REPR: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3ff8000000000000, "1.5"),
        (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"),
        (0x3fd3333333333333, "0.3"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x42dc12218377de40, "123456789012345.0"),
        (0x43118b54f22aeb00, "1234567890123456.0"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3f202c9dedbc309d, "0.0001234"),
        (0x3e8421f5f40d8376, "1.5e-07"),
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x54b249ad2594c37d, "1e+100"),
        (0x2b2bff2ee48e0530, "1e-100"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x43e0000000000000, "9.223372036854776e+18"),
        (0x3fd8000000000000, "0.375"),
        (0x4005666666666666, "2.675"),
        (0x3fc0000000000000, "0.125"),
        (0x4004000000000000, "2.5"),
        (0x3fe0000000000000, "0.5"),
        (0x7e37e43c8800759c, "1e+300"),
        (0xc05edd2f1a9fbe77, "-123.456"),
        (0x400921fb54442d18, "3.141592653589793"),
        (0x4059000000000000, "100.0"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x430c6bf52633ffff, "999999999999999.9"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x3f202e7ef70994dd, "0.000123456"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0x40934a456d5cfaad, "1234.5678"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x40fe240000000000, "123456.0"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0x40f86a0000000000, "100000.0"),
        (0x412e848000000000, "1000000.0"),
        (0x3ddb7cdfd9d7bdbb, "1e-10"),
        (0x4011666666666666, "4.35"),
        (0x3fa70a3d70a3d70a, "0.045"),
        (0x3ff0147ae147ae14, "1.005"),
        (0x4059200000000000, "100.5"),
        (0xbfe0000000000000, "-0.5"),
    ];
    const FORMAT_FLOAT: &[(u64, &str, &str)] = &[
        (0x0000000000000000, "", "S:0.0"),
        (0x0000000000000000, ".2f", "S:0.00"),
        (0x0000000000000000, ".0f", "S:0"),
        (0x0000000000000000, "f", "S:0.000000"),
        (0x0000000000000000, "e", "S:0.000000e+00"),
        (0x0000000000000000, "E", "S:0.000000E+00"),
        (0x0000000000000000, ".3e", "S:0.000e+00"),
        (0x0000000000000000, "+.3e", "S:+0.000e+00"),
        (0x0000000000000000, "g", "S:0"),
        (0x0000000000000000, "G", "S:0"),
        (0x0000000000000000, ".3g", "S:0"),
        (0x0000000000000000, ".10g", "S:0"),
        (0x0000000000000000, "#g", "S:0.00000"),
        (0x0000000000000000, "#.3g", "S:0.00"),
        (0x0000000000000000, "%", "S:0.000000%"),
        (0x0000000000000000, ".1%", "S:0.0%"),
        (0x0000000000000000, ",", "S:0.0"),
        (0x0000000000000000, "_", "S:0.0"),
        (0x0000000000000000, ",.2f", "S:0.00"),
        (0x0000000000000000, "012,.2f", "S:0,000,000.00"),
        (0x0000000000000000, "^9", "S:   0.0   "),
        (0x0000000000000000, "<9", "S:0.0      "),
        (0x0000000000000000, ">9", "S:      0.0"),
        (0x0000000000000000, "=+10.2f", "S:+     0.00"),
        (0x0000000000000000, "010", "S:00000000.0"),
        (0x0000000000000000, "+", "S:+0.0"),
        (0x0000000000000000, " ", "S: 0.0"),
        (0x0000000000000000, "-", "S:0.0"),
        (0x0000000000000000, "z.1f", "S:0.0"),
        (0x0000000000000000, "z", "S:0.0"),
        (0x0000000000000000, "n", "S:0"),
        (0x0000000000000000, ".3", "S:0.0"),
        (0x0000000000000000, ".0", "S:0e+00"),
        (0x0000000000000000, "#", "S:0.0"),
        (0x0000000000000000, "#.0f", "S:0."),
        (0x0000000000000000, "#.0e", "S:0.e+00"),
        (0x0000000000000000, "*^12.3f", "S:***0.000****"),
        (0x0000000000000000, "010.3e", "S:00.000e+00"),
        (0x0000000000000000, "F", "S:0.000000"),
        (0x0000000000000000, ".1F", "S:0.0"),
        (0x0000000000000000, ".20f", "S:0.00000000000000000000"),
        (0x0000000000000000, ".17g", "S:0"),
        (0x0000000000000000, ".16e", "S:0.0000000000000000e+00"),
        (0x0000000000000000, "#.3", "S:0.00"),
        (0x0000000000000000, " 08.2f", "S: 0000.00"),
        (0x0000000000000000, "_.3f", "S:0.000"),
        (0x0000000000000000, ".0%", "S:0%"),
        (0x0000000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x0000000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x0000000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x0000000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x0000000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x0000000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x0000000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x0000000000000000, "0=9.1f", "S:0000000.0"),
        (0x0000000000000000, ".100f", "S:0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x0000000000000000, ",g", "S:0"),
        (0x0000000000000000, "15,.3e", "S:      0.000e+00"),
        (0x0000000000000000, ".2n", "S:0"),
        (0x0000000000000000, "08", "S:000000.0"),
        (0x8000000000000000, "", "S:-0.0"),
        (0x8000000000000000, ".2f", "S:-0.00"),
        (0x8000000000000000, ".0f", "S:-0"),
        (0x8000000000000000, "f", "S:-0.000000"),
        (0x8000000000000000, "e", "S:-0.000000e+00"),
        (0x8000000000000000, "E", "S:-0.000000E+00"),
        (0x8000000000000000, ".3e", "S:-0.000e+00"),
        (0x8000000000000000, "+.3e", "S:-0.000e+00"),
        (0x8000000000000000, "g", "S:-0"),
        (0x8000000000000000, "G", "S:-0"),
        (0x8000000000000000, ".3g", "S:-0"),
        (0x8000000000000000, ".10g", "S:-0"),
        (0x8000000000000000, "#g", "S:-0.00000"),
        (0x8000000000000000, "#.3g", "S:-0.00"),
        (0x8000000000000000, "%", "S:-0.000000%"),
        (0x8000000000000000, ".1%", "S:-0.0%"),
        (0x8000000000000000, ",", "S:-0.0"),
        (0x8000000000000000, "_", "S:-0.0"),
        (0x8000000000000000, ",.2f", "S:-0.00"),
        (0x8000000000000000, "012,.2f", "S:-0,000,000.00"),
        (0x8000000000000000, "^9", "S:  -0.0   "),
        (0x8000000000000000, "<9", "S:-0.0     "),
        (0x8000000000000000, ">9", "S:     -0.0"),
        (0x8000000000000000, "=+10.2f", "S:-     0.00"),
        (0x8000000000000000, "010", "S:-0000000.0"),
        (0x8000000000000000, "+", "S:-0.0"),
        (0x8000000000000000, " ", "S:-0.0"),
        (0x8000000000000000, "-", "S:-0.0"),
        (0x8000000000000000, "z.1f", "S:0.0"),
        (0x8000000000000000, "z", "S:0.0"),
        (0x8000000000000000, "n", "S:-0"),
        (0x8000000000000000, ".3", "S:-0.0"),
        (0x8000000000000000, ".0", "S:-0e+00"),
        (0x8000000000000000, "#", "S:-0.0"),
        (0x8000000000000000, "#.0f", "S:-0."),
        (0x8000000000000000, "#.0e", "S:-0.e+00"),
        (0x8000000000000000, "*^12.3f", "S:***-0.000***"),
        (0x8000000000000000, "010.3e", "S:-0.000e+00"),
        (0x8000000000000000, "F", "S:-0.000000"),
        (0x8000000000000000, ".1F", "S:-0.0"),
        (0x8000000000000000, ".20f", "S:-0.00000000000000000000"),
        (0x8000000000000000, ".17g", "S:-0"),
        (0x8000000000000000, ".16e", "S:-0.0000000000000000e+00"),
        (0x8000000000000000, "#.3", "S:-0.00"),
        (0x8000000000000000, " 08.2f", "S:-0000.00"),
        (0x8000000000000000, "_.3f", "S:-0.000"),
        (0x8000000000000000, ".0%", "S:-0%"),
        (0x8000000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x8000000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x8000000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x8000000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x8000000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x8000000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x8000000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x8000000000000000, "0=9.1f", "S:-000000.0"),
        (0x8000000000000000, ".100f", "S:-0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x8000000000000000, ",g", "S:-0"),
        (0x8000000000000000, "15,.3e", "S:     -0.000e+00"),
        (0x8000000000000000, ".2n", "S:-0"),
        (0x8000000000000000, "08", "S:-00000.0"),
        (0x3ff0000000000000, "", "S:1.0"),
        (0x3ff0000000000000, ".2f", "S:1.00"),
        (0x3ff0000000000000, ".0f", "S:1"),
        (0x3ff0000000000000, "f", "S:1.000000"),
        (0x3ff0000000000000, "e", "S:1.000000e+00"),
        (0x3ff0000000000000, "E", "S:1.000000E+00"),
        (0x3ff0000000000000, ".3e", "S:1.000e+00"),
        (0x3ff0000000000000, "+.3e", "S:+1.000e+00"),
        (0x3ff0000000000000, "g", "S:1"),
        (0x3ff0000000000000, "G", "S:1"),
        (0x3ff0000000000000, ".3g", "S:1"),
        (0x3ff0000000000000, ".10g", "S:1"),
        (0x3ff0000000000000, "#g", "S:1.00000"),
        (0x3ff0000000000000, "#.3g", "S:1.00"),
        (0x3ff0000000000000, "%", "S:100.000000%"),
        (0x3ff0000000000000, ".1%", "S:100.0%"),
        (0x3ff0000000000000, ",", "S:1.0"),
        (0x3ff0000000000000, "_", "S:1.0"),
        (0x3ff0000000000000, ",.2f", "S:1.00"),
        (0x3ff0000000000000, "012,.2f", "S:0,000,001.00"),
        (0x3ff0000000000000, "^9", "S:   1.0   "),
        (0x3ff0000000000000, "<9", "S:1.0      "),
        (0x3ff0000000000000, ">9", "S:      1.0"),
        (0x3ff0000000000000, "=+10.2f", "S:+     1.00"),
        (0x3ff0000000000000, "010", "S:00000001.0"),
        (0x3ff0000000000000, "+", "S:+1.0"),
        (0x3ff0000000000000, " ", "S: 1.0"),
        (0x3ff0000000000000, "-", "S:1.0"),
        (0x3ff0000000000000, "z.1f", "S:1.0"),
        (0x3ff0000000000000, "z", "S:1.0"),
        (0x3ff0000000000000, "n", "S:1"),
        (0x3ff0000000000000, ".3", "S:1.0"),
        (0x3ff0000000000000, ".0", "S:1e+00"),
        (0x3ff0000000000000, "#", "S:1.0"),
        (0x3ff0000000000000, "#.0f", "S:1."),
        (0x3ff0000000000000, "#.0e", "S:1.e+00"),
        (0x3ff0000000000000, "*^12.3f", "S:***1.000****"),
        (0x3ff0000000000000, "010.3e", "S:01.000e+00"),
        (0x3ff0000000000000, "F", "S:1.000000"),
        (0x3ff0000000000000, ".1F", "S:1.0"),
        (0x3ff0000000000000, ".20f", "S:1.00000000000000000000"),
        (0x3ff0000000000000, ".17g", "S:1"),
        (0x3ff0000000000000, ".16e", "S:1.0000000000000000e+00"),
        (0x3ff0000000000000, "#.3", "S:1.00"),
        (0x3ff0000000000000, " 08.2f", "S: 0001.00"),
        (0x3ff0000000000000, "_.3f", "S:1.000"),
        (0x3ff0000000000000, ".0%", "S:100%"),
        (0x3ff0000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3ff0000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3ff0000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3ff0000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3ff0000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3ff0000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x3ff0000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3ff0000000000000, "0=9.1f", "S:0000001.0"),
        (0x3ff0000000000000, ".100f", "S:1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x3ff0000000000000, ",g", "S:1"),
        (0x3ff0000000000000, "15,.3e", "S:      1.000e+00"),
        (0x3ff0000000000000, ".2n", "S:1"),
        (0x3ff0000000000000, "08", "S:000001.0"),
        (0xbff8000000000000, "", "S:-1.5"),
        (0xbff8000000000000, ".2f", "S:-1.50"),
        (0xbff8000000000000, ".0f", "S:-2"),
        (0xbff8000000000000, "f", "S:-1.500000"),
        (0xbff8000000000000, "e", "S:-1.500000e+00"),
        (0xbff8000000000000, "E", "S:-1.500000E+00"),
        (0xbff8000000000000, ".3e", "S:-1.500e+00"),
        (0xbff8000000000000, "+.3e", "S:-1.500e+00"),
        (0xbff8000000000000, "g", "S:-1.5"),
        (0xbff8000000000000, "G", "S:-1.5"),
        (0xbff8000000000000, ".3g", "S:-1.5"),
        (0xbff8000000000000, ".10g", "S:-1.5"),
        (0xbff8000000000000, "#g", "S:-1.50000"),
        (0xbff8000000000000, "#.3g", "S:-1.50"),
        (0xbff8000000000000, "%", "S:-150.000000%"),
        (0xbff8000000000000, ".1%", "S:-150.0%"),
        (0xbff8000000000000, ",", "S:-1.5"),
        (0xbff8000000000000, "_", "S:-1.5"),
        (0xbff8000000000000, ",.2f", "S:-1.50"),
        (0xbff8000000000000, "012,.2f", "S:-0,000,001.50"),
        (0xbff8000000000000, "^9", "S:  -1.5   "),
        (0xbff8000000000000, "<9", "S:-1.5     "),
        (0xbff8000000000000, ">9", "S:     -1.5"),
        (0xbff8000000000000, "=+10.2f", "S:-     1.50"),
        (0xbff8000000000000, "010", "S:-0000001.5"),
        (0xbff8000000000000, "+", "S:-1.5"),
        (0xbff8000000000000, " ", "S:-1.5"),
        (0xbff8000000000000, "-", "S:-1.5"),
        (0xbff8000000000000, "z.1f", "S:-1.5"),
        (0xbff8000000000000, "z", "S:-1.5"),
        (0xbff8000000000000, "n", "S:-1.5"),
        (0xbff8000000000000, ".3", "S:-1.5"),
        (0xbff8000000000000, ".0", "S:-2e+00"),
        (0xbff8000000000000, "#", "S:-1.5"),
        (0xbff8000000000000, "#.0f", "S:-2."),
        (0xbff8000000000000, "#.0e", "S:-2.e+00"),
        (0xbff8000000000000, "*^12.3f", "S:***-1.500***"),
        (0xbff8000000000000, "010.3e", "S:-1.500e+00"),
        (0xbff8000000000000, "F", "S:-1.500000"),
        (0xbff8000000000000, ".1F", "S:-1.5"),
        (0xbff8000000000000, ".20f", "S:-1.50000000000000000000"),
        (0xbff8000000000000, ".17g", "S:-1.5"),
        (0xbff8000000000000, ".16e", "S:-1.5000000000000000e+00"),
        (0xbff8000000000000, "#.3", "S:-1.50"),
        (0xbff8000000000000, " 08.2f", "S:-0001.50"),
        (0xbff8000000000000, "_.3f", "S:-1.500"),
        (0xbff8000000000000, ".0%", "S:-150%"),
        (0xbff8000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0xbff8000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xbff8000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0xbff8000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0xbff8000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0xbff8000000000000, ".", "ValueError: Format specifier missing precision"),
        (0xbff8000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0xbff8000000000000, "0=9.1f", "S:-000001.5"),
        (0xbff8000000000000, ".100f", "S:-1.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0xbff8000000000000, ",g", "S:-1.5"),
        (0xbff8000000000000, "15,.3e", "S:     -1.500e+00"),
        (0xbff8000000000000, ".2n", "S:-1.5"),
        (0xbff8000000000000, "08", "S:-00001.5"),
        (0x3fb999999999999a, "", "S:0.1"),
        (0x3fb999999999999a, ".2f", "S:0.10"),
        (0x3fb999999999999a, ".0f", "S:0"),
        (0x3fb999999999999a, "f", "S:0.100000"),
        (0x3fb999999999999a, "e", "S:1.000000e-01"),
        (0x3fb999999999999a, "E", "S:1.000000E-01"),
        (0x3fb999999999999a, ".3e", "S:1.000e-01"),
        (0x3fb999999999999a, "+.3e", "S:+1.000e-01"),
        (0x3fb999999999999a, "g", "S:0.1"),
        (0x3fb999999999999a, "G", "S:0.1"),
        (0x3fb999999999999a, ".3g", "S:0.1"),
        (0x3fb999999999999a, ".10g", "S:0.1"),
        (0x3fb999999999999a, "#g", "S:0.100000"),
        (0x3fb999999999999a, "#.3g", "S:0.100"),
        (0x3fb999999999999a, "%", "S:10.000000%"),
        (0x3fb999999999999a, ".1%", "S:10.0%"),
        (0x3fb999999999999a, ",", "S:0.1"),
        (0x3fb999999999999a, "_", "S:0.1"),
        (0x3fb999999999999a, ",.2f", "S:0.10"),
        (0x3fb999999999999a, "012,.2f", "S:0,000,000.10"),
        (0x3fb999999999999a, "^9", "S:   0.1   "),
        (0x3fb999999999999a, "<9", "S:0.1      "),
        (0x3fb999999999999a, ">9", "S:      0.1"),
        (0x3fb999999999999a, "=+10.2f", "S:+     0.10"),
        (0x3fb999999999999a, "010", "S:00000000.1"),
        (0x3fb999999999999a, "+", "S:+0.1"),
        (0x3fb999999999999a, " ", "S: 0.1"),
        (0x3fb999999999999a, "-", "S:0.1"),
        (0x3fb999999999999a, "z.1f", "S:0.1"),
        (0x3fb999999999999a, "z", "S:0.1"),
        (0x3fb999999999999a, "n", "S:0.1"),
        (0x3fb999999999999a, ".3", "S:0.1"),
        (0x3fb999999999999a, ".0", "S:0.1"),
        (0x3fb999999999999a, "#", "S:0.1"),
        (0x3fb999999999999a, "#.0f", "S:0."),
        (0x3fb999999999999a, "#.0e", "S:1.e-01"),
        (0x3fb999999999999a, "*^12.3f", "S:***0.100****"),
        (0x3fb999999999999a, "010.3e", "S:01.000e-01"),
        (0x3fb999999999999a, "F", "S:0.100000"),
        (0x3fb999999999999a, ".1F", "S:0.1"),
        (0x3fb999999999999a, ".20f", "S:0.10000000000000000555"),
        (0x3fb999999999999a, ".17g", "S:0.10000000000000001"),
        (0x3fb999999999999a, ".16e", "S:1.0000000000000001e-01"),
        (0x3fb999999999999a, "#.3", "S:0.100"),
        (0x3fb999999999999a, " 08.2f", "S: 0000.10"),
        (0x3fb999999999999a, "_.3f", "S:0.100"),
        (0x3fb999999999999a, ".0%", "S:10%"),
        (0x3fb999999999999a, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3fb999999999999a, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fb999999999999a, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3fb999999999999a, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3fb999999999999a, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3fb999999999999a, ".", "ValueError: Format specifier missing precision"),
        (0x3fb999999999999a, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3fb999999999999a, "0=9.1f", "S:0000000.1"),
        (0x3fb999999999999a, ".100f", "S:0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"),
        (0x3fb999999999999a, ",g", "S:0.1"),
        (0x3fb999999999999a, "15,.3e", "S:      1.000e-01"),
        (0x3fb999999999999a, ".2n", "S:0.1"),
        (0x3fb999999999999a, "08", "S:000000.1"),
        (0x3fd5555555555555, "", "S:0.3333333333333333"),
        (0x3fd5555555555555, ".2f", "S:0.33"),
        (0x3fd5555555555555, ".0f", "S:0"),
        (0x3fd5555555555555, "f", "S:0.333333"),
        (0x3fd5555555555555, "e", "S:3.333333e-01"),
        (0x3fd5555555555555, "E", "S:3.333333E-01"),
        (0x3fd5555555555555, ".3e", "S:3.333e-01"),
        (0x3fd5555555555555, "+.3e", "S:+3.333e-01"),
        (0x3fd5555555555555, "g", "S:0.333333"),
        (0x3fd5555555555555, "G", "S:0.333333"),
        (0x3fd5555555555555, ".3g", "S:0.333"),
        (0x3fd5555555555555, ".10g", "S:0.3333333333"),
        (0x3fd5555555555555, "#g", "S:0.333333"),
        (0x3fd5555555555555, "#.3g", "S:0.333"),
        (0x3fd5555555555555, "%", "S:33.333333%"),
        (0x3fd5555555555555, ".1%", "S:33.3%"),
        (0x3fd5555555555555, ",", "S:0.3333333333333333"),
        (0x3fd5555555555555, "_", "S:0.3333333333333333"),
        (0x3fd5555555555555, ",.2f", "S:0.33"),
        (0x3fd5555555555555, "012,.2f", "S:0,000,000.33"),
        (0x3fd5555555555555, "^9", "S:0.3333333333333333"),
        (0x3fd5555555555555, "<9", "S:0.3333333333333333"),
        (0x3fd5555555555555, ">9", "S:0.3333333333333333"),
        (0x3fd5555555555555, "=+10.2f", "S:+     0.33"),
        (0x3fd5555555555555, "010", "S:0.3333333333333333"),
        (0x3fd5555555555555, "+", "S:+0.3333333333333333"),
        (0x3fd5555555555555, " ", "S: 0.3333333333333333"),
        (0x3fd5555555555555, "-", "S:0.3333333333333333"),
        (0x3fd5555555555555, "z.1f", "S:0.3"),
        (0x3fd5555555555555, "z", "S:0.3333333333333333"),
        (0x3fd5555555555555, "n", "S:0.333333"),
        (0x3fd5555555555555, ".3", "S:0.333"),
        (0x3fd5555555555555, ".0", "S:0.3"),
        (0x3fd5555555555555, "#", "S:0.3333333333333333"),
        (0x3fd5555555555555, "#.0f", "S:0."),
        (0x3fd5555555555555, "#.0e", "S:3.e-01"),
        (0x3fd5555555555555, "*^12.3f", "S:***0.333****"),
        (0x3fd5555555555555, "010.3e", "S:03.333e-01"),
        (0x3fd5555555555555, "F", "S:0.333333"),
        (0x3fd5555555555555, ".1F", "S:0.3"),
        (0x3fd5555555555555, ".20f", "S:0.33333333333333331483"),
        (0x3fd5555555555555, ".17g", "S:0.33333333333333331"),
        (0x3fd5555555555555, ".16e", "S:3.3333333333333331e-01"),
        (0x3fd5555555555555, "#.3", "S:0.333"),
        (0x3fd5555555555555, " 08.2f", "S: 0000.33"),
        (0x3fd5555555555555, "_.3f", "S:0.333"),
        (0x3fd5555555555555, ".0%", "S:33%"),
        (0x3fd5555555555555, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3fd5555555555555, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fd5555555555555, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3fd5555555555555, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3fd5555555555555, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3fd5555555555555, ".", "ValueError: Format specifier missing precision"),
        (0x3fd5555555555555, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3fd5555555555555, "0=9.1f", "S:0000000.3"),
        (0x3fd5555555555555, ".100f", "S:0.3333333333333333148296162562473909929394721984863281250000000000000000000000000000000000000000000000"),
        (0x3fd5555555555555, ",g", "S:0.333333"),
        (0x3fd5555555555555, "15,.3e", "S:      3.333e-01"),
        (0x3fd5555555555555, ".2n", "S:0.33"),
        (0x3fd5555555555555, "08", "S:0.3333333333333333"),
        (0x4341c37937e08000, "", "S:1e+16"),
        (0x4341c37937e08000, ".2f", "S:10000000000000000.00"),
        (0x4341c37937e08000, ".0f", "S:10000000000000000"),
        (0x4341c37937e08000, "f", "S:10000000000000000.000000"),
        (0x4341c37937e08000, "e", "S:1.000000e+16"),
        (0x4341c37937e08000, "E", "S:1.000000E+16"),
        (0x4341c37937e08000, ".3e", "S:1.000e+16"),
        (0x4341c37937e08000, "+.3e", "S:+1.000e+16"),
        (0x4341c37937e08000, "g", "S:1e+16"),
        (0x4341c37937e08000, "G", "S:1E+16"),
        (0x4341c37937e08000, ".3g", "S:1e+16"),
        (0x4341c37937e08000, ".10g", "S:1e+16"),
        (0x4341c37937e08000, "#g", "S:1.00000e+16"),
        (0x4341c37937e08000, "#.3g", "S:1.00e+16"),
        (0x4341c37937e08000, "%", "S:1000000000000000000.000000%"),
        (0x4341c37937e08000, ".1%", "S:1000000000000000000.0%"),
        (0x4341c37937e08000, ",", "S:1e+16"),
        (0x4341c37937e08000, "_", "S:1e+16"),
        (0x4341c37937e08000, ",.2f", "S:10,000,000,000,000,000.00"),
        (0x4341c37937e08000, "012,.2f", "S:10,000,000,000,000,000.00"),
        (0x4341c37937e08000, "^9", "S:  1e+16  "),
        (0x4341c37937e08000, "<9", "S:1e+16    "),
        (0x4341c37937e08000, ">9", "S:    1e+16"),
        (0x4341c37937e08000, "=+10.2f", "S:+10000000000000000.00"),
        (0x4341c37937e08000, "010", "S:000001e+16"),
        (0x4341c37937e08000, "+", "S:+1e+16"),
        (0x4341c37937e08000, " ", "S: 1e+16"),
        (0x4341c37937e08000, "-", "S:1e+16"),
        (0x4341c37937e08000, "z.1f", "S:10000000000000000.0"),
        (0x4341c37937e08000, "z", "S:1e+16"),
        (0x4341c37937e08000, "n", "S:1e+16"),
        (0x4341c37937e08000, ".3", "S:1e+16"),
        (0x4341c37937e08000, ".0", "S:1e+16"),
        (0x4341c37937e08000, "#", "S:1.e+16"),
        (0x4341c37937e08000, "#.0f", "S:10000000000000000."),
        (0x4341c37937e08000, "#.0e", "S:1.e+16"),
        (0x4341c37937e08000, "*^12.3f", "S:10000000000000000.000"),
        (0x4341c37937e08000, "010.3e", "S:01.000e+16"),
        (0x4341c37937e08000, "F", "S:10000000000000000.000000"),
        (0x4341c37937e08000, ".1F", "S:10000000000000000.0"),
        (0x4341c37937e08000, ".20f", "S:10000000000000000.00000000000000000000"),
        (0x4341c37937e08000, ".17g", "S:10000000000000000"),
        (0x4341c37937e08000, ".16e", "S:1.0000000000000000e+16"),
        (0x4341c37937e08000, "#.3", "S:1.00e+16"),
        (0x4341c37937e08000, " 08.2f", "S: 10000000000000000.00"),
        (0x4341c37937e08000, "_.3f", "S:10_000_000_000_000_000.000"),
        (0x4341c37937e08000, ".0%", "S:1000000000000000000%"),
        (0x4341c37937e08000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x4341c37937e08000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4341c37937e08000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x4341c37937e08000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x4341c37937e08000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x4341c37937e08000, ".", "ValueError: Format specifier missing precision"),
        (0x4341c37937e08000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x4341c37937e08000, "0=9.1f", "S:10000000000000000.0"),
        (0x4341c37937e08000, ".100f", "S:10000000000000000.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x4341c37937e08000, ",g", "S:1e+16"),
        (0x4341c37937e08000, "15,.3e", "S:      1.000e+16"),
        (0x4341c37937e08000, ".2n", "S:1e+16"),
        (0x4341c37937e08000, "08", "S:0001e+16"),
        (0x42dc12218377de40, "", "S:123456789012345.0"),
        (0x42dc12218377de40, ".2f", "S:123456789012345.00"),
        (0x42dc12218377de40, ".0f", "S:123456789012345"),
        (0x42dc12218377de40, "f", "S:123456789012345.000000"),
        (0x42dc12218377de40, "e", "S:1.234568e+14"),
        (0x42dc12218377de40, "E", "S:1.234568E+14"),
        (0x42dc12218377de40, ".3e", "S:1.235e+14"),
        (0x42dc12218377de40, "+.3e", "S:+1.235e+14"),
        (0x42dc12218377de40, "g", "S:1.23457e+14"),
        (0x42dc12218377de40, "G", "S:1.23457E+14"),
        (0x42dc12218377de40, ".3g", "S:1.23e+14"),
        (0x42dc12218377de40, ".10g", "S:1.23456789e+14"),
        (0x42dc12218377de40, "#g", "S:1.23457e+14"),
        (0x42dc12218377de40, "#.3g", "S:1.23e+14"),
        (0x42dc12218377de40, "%", "S:12345678901234500.000000%"),
        (0x42dc12218377de40, ".1%", "S:12345678901234500.0%"),
        (0x42dc12218377de40, ",", "S:123,456,789,012,345.0"),
        (0x42dc12218377de40, "_", "S:123_456_789_012_345.0"),
        (0x42dc12218377de40, ",.2f", "S:123,456,789,012,345.00"),
        (0x42dc12218377de40, "012,.2f", "S:123,456,789,012,345.00"),
        (0x42dc12218377de40, "^9", "S:123456789012345.0"),
        (0x42dc12218377de40, "<9", "S:123456789012345.0"),
        (0x42dc12218377de40, ">9", "S:123456789012345.0"),
        (0x42dc12218377de40, "=+10.2f", "S:+123456789012345.00"),
        (0x42dc12218377de40, "010", "S:123456789012345.0"),
        (0x42dc12218377de40, "+", "S:+123456789012345.0"),
        (0x42dc12218377de40, " ", "S: 123456789012345.0"),
        (0x42dc12218377de40, "-", "S:123456789012345.0"),
        (0x42dc12218377de40, "z.1f", "S:123456789012345.0"),
        (0x42dc12218377de40, "z", "S:123456789012345.0"),
        (0x42dc12218377de40, "n", "S:1.23457e+14"),
        (0x42dc12218377de40, ".3", "S:1.23e+14"),
        (0x42dc12218377de40, ".0", "S:1e+14"),
        (0x42dc12218377de40, "#", "S:123456789012345.0"),
        (0x42dc12218377de40, "#.0f", "S:123456789012345."),
        (0x42dc12218377de40, "#.0e", "S:1.e+14"),
        (0x42dc12218377de40, "*^12.3f", "S:123456789012345.000"),
        (0x42dc12218377de40, "010.3e", "S:01.235e+14"),
        (0x42dc12218377de40, "F", "S:123456789012345.000000"),
        (0x42dc12218377de40, ".1F", "S:123456789012345.0"),
        (0x42dc12218377de40, ".20f", "S:123456789012345.00000000000000000000"),
        (0x42dc12218377de40, ".17g", "S:123456789012345"),
        (0x42dc12218377de40, ".16e", "S:1.2345678901234500e+14"),
        (0x42dc12218377de40, "#.3", "S:1.23e+14"),
        (0x42dc12218377de40, " 08.2f", "S: 123456789012345.00"),
        (0x42dc12218377de40, "_.3f", "S:123_456_789_012_345.000"),
        (0x42dc12218377de40, ".0%", "S:12345678901234500%"),
        (0x42dc12218377de40, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x42dc12218377de40, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x42dc12218377de40, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x42dc12218377de40, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x42dc12218377de40, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x42dc12218377de40, ".", "ValueError: Format specifier missing precision"),
        (0x42dc12218377de40, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x42dc12218377de40, "0=9.1f", "S:123456789012345.0"),
        (0x42dc12218377de40, ".100f", "S:123456789012345.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x42dc12218377de40, ",g", "S:1.23457e+14"),
        (0x42dc12218377de40, "15,.3e", "S:      1.235e+14"),
        (0x42dc12218377de40, ".2n", "S:1.2e+14"),
        (0x42dc12218377de40, "08", "S:123456789012345.0"),
        (0x4345ee2a2eb5a5c4, "", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, ".2f", "S:12345678901234568.00"),
        (0x4345ee2a2eb5a5c4, ".0f", "S:12345678901234568"),
        (0x4345ee2a2eb5a5c4, "f", "S:12345678901234568.000000"),
        (0x4345ee2a2eb5a5c4, "e", "S:1.234568e+16"),
        (0x4345ee2a2eb5a5c4, "E", "S:1.234568E+16"),
        (0x4345ee2a2eb5a5c4, ".3e", "S:1.235e+16"),
        (0x4345ee2a2eb5a5c4, "+.3e", "S:+1.235e+16"),
        (0x4345ee2a2eb5a5c4, "g", "S:1.23457e+16"),
        (0x4345ee2a2eb5a5c4, "G", "S:1.23457E+16"),
        (0x4345ee2a2eb5a5c4, ".3g", "S:1.23e+16"),
        (0x4345ee2a2eb5a5c4, ".10g", "S:1.23456789e+16"),
        (0x4345ee2a2eb5a5c4, "#g", "S:1.23457e+16"),
        (0x4345ee2a2eb5a5c4, "#.3g", "S:1.23e+16"),
        (0x4345ee2a2eb5a5c4, "%", "S:1234567890123456768.000000%"),
        (0x4345ee2a2eb5a5c4, ".1%", "S:1234567890123456768.0%"),
        (0x4345ee2a2eb5a5c4, ",", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "_", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, ",.2f", "S:12,345,678,901,234,568.00"),
        (0x4345ee2a2eb5a5c4, "012,.2f", "S:12,345,678,901,234,568.00"),
        (0x4345ee2a2eb5a5c4, "^9", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "<9", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, ">9", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "=+10.2f", "S:+12345678901234568.00"),
        (0x4345ee2a2eb5a5c4, "010", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "+", "S:+1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, " ", "S: 1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "-", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "z.1f", "S:12345678901234568.0"),
        (0x4345ee2a2eb5a5c4, "z", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "n", "S:1.23457e+16"),
        (0x4345ee2a2eb5a5c4, ".3", "S:1.23e+16"),
        (0x4345ee2a2eb5a5c4, ".0", "S:1e+16"),
        (0x4345ee2a2eb5a5c4, "#", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "#.0f", "S:12345678901234568."),
        (0x4345ee2a2eb5a5c4, "#.0e", "S:1.e+16"),
        (0x4345ee2a2eb5a5c4, "*^12.3f", "S:12345678901234568.000"),
        (0x4345ee2a2eb5a5c4, "010.3e", "S:01.235e+16"),
        (0x4345ee2a2eb5a5c4, "F", "S:12345678901234568.000000"),
        (0x4345ee2a2eb5a5c4, ".1F", "S:12345678901234568.0"),
        (0x4345ee2a2eb5a5c4, ".20f", "S:12345678901234568.00000000000000000000"),
        (0x4345ee2a2eb5a5c4, ".17g", "S:12345678901234568"),
        (0x4345ee2a2eb5a5c4, ".16e", "S:1.2345678901234568e+16"),
        (0x4345ee2a2eb5a5c4, "#.3", "S:1.23e+16"),
        (0x4345ee2a2eb5a5c4, " 08.2f", "S: 12345678901234568.00"),
        (0x4345ee2a2eb5a5c4, "_.3f", "S:12_345_678_901_234_568.000"),
        (0x4345ee2a2eb5a5c4, ".0%", "S:1234567890123456768%"),
        (0x4345ee2a2eb5a5c4, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x4345ee2a2eb5a5c4, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4345ee2a2eb5a5c4, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x4345ee2a2eb5a5c4, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x4345ee2a2eb5a5c4, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x4345ee2a2eb5a5c4, ".", "ValueError: Format specifier missing precision"),
        (0x4345ee2a2eb5a5c4, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x4345ee2a2eb5a5c4, "0=9.1f", "S:12345678901234568.0"),
        (0x4345ee2a2eb5a5c4, ".100f", "S:12345678901234568.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x4345ee2a2eb5a5c4, ",g", "S:1.23457e+16"),
        (0x4345ee2a2eb5a5c4, "15,.3e", "S:      1.235e+16"),
        (0x4345ee2a2eb5a5c4, ".2n", "S:1.2e+16"),
        (0x4345ee2a2eb5a5c4, "08", "S:1.2345678901234568e+16"),
        (0x3ee4f8b588e368f1, "", "S:1e-05"),
        (0x3ee4f8b588e368f1, ".2f", "S:0.00"),
        (0x3ee4f8b588e368f1, ".0f", "S:0"),
        (0x3ee4f8b588e368f1, "f", "S:0.000010"),
        (0x3ee4f8b588e368f1, "e", "S:1.000000e-05"),
        (0x3ee4f8b588e368f1, "E", "S:1.000000E-05"),
        (0x3ee4f8b588e368f1, ".3e", "S:1.000e-05"),
        (0x3ee4f8b588e368f1, "+.3e", "S:+1.000e-05"),
        (0x3ee4f8b588e368f1, "g", "S:1e-05"),
        (0x3ee4f8b588e368f1, "G", "S:1E-05"),
        (0x3ee4f8b588e368f1, ".3g", "S:1e-05"),
        (0x3ee4f8b588e368f1, ".10g", "S:1e-05"),
        (0x3ee4f8b588e368f1, "#g", "S:1.00000e-05"),
        (0x3ee4f8b588e368f1, "#.3g", "S:1.00e-05"),
        (0x3ee4f8b588e368f1, "%", "S:0.001000%"),
        (0x3ee4f8b588e368f1, ".1%", "S:0.0%"),
        (0x3ee4f8b588e368f1, ",", "S:1e-05"),
        (0x3ee4f8b588e368f1, "_", "S:1e-05"),
        (0x3ee4f8b588e368f1, ",.2f", "S:0.00"),
        (0x3ee4f8b588e368f1, "012,.2f", "S:0,000,000.00"),
        (0x3ee4f8b588e368f1, "^9", "S:  1e-05  "),
        (0x3ee4f8b588e368f1, "<9", "S:1e-05    "),
        (0x3ee4f8b588e368f1, ">9", "S:    1e-05"),
        (0x3ee4f8b588e368f1, "=+10.2f", "S:+     0.00"),
        (0x3ee4f8b588e368f1, "010", "S:000001e-05"),
        (0x3ee4f8b588e368f1, "+", "S:+1e-05"),
        (0x3ee4f8b588e368f1, " ", "S: 1e-05"),
        (0x3ee4f8b588e368f1, "-", "S:1e-05"),
        (0x3ee4f8b588e368f1, "z.1f", "S:0.0"),
        (0x3ee4f8b588e368f1, "z", "S:1e-05"),
        (0x3ee4f8b588e368f1, "n", "S:1e-05"),
        (0x3ee4f8b588e368f1, ".3", "S:1e-05"),
        (0x3ee4f8b588e368f1, ".0", "S:1e-05"),
        (0x3ee4f8b588e368f1, "#", "S:1.e-05"),
        (0x3ee4f8b588e368f1, "#.0f", "S:0."),
        (0x3ee4f8b588e368f1, "#.0e", "S:1.e-05"),
        (0x3ee4f8b588e368f1, "*^12.3f", "S:***0.000****"),
        (0x3ee4f8b588e368f1, "010.3e", "S:01.000e-05"),
        (0x3ee4f8b588e368f1, "F", "S:0.000010"),
        (0x3ee4f8b588e368f1, ".1F", "S:0.0"),
        (0x3ee4f8b588e368f1, ".20f", "S:0.00001000000000000000"),
        (0x3ee4f8b588e368f1, ".17g", "S:1.0000000000000001e-05"),
        (0x3ee4f8b588e368f1, ".16e", "S:1.0000000000000001e-05"),
        (0x3ee4f8b588e368f1, "#.3", "S:1.00e-05"),
        (0x3ee4f8b588e368f1, " 08.2f", "S: 0000.00"),
        (0x3ee4f8b588e368f1, "_.3f", "S:0.000"),
        (0x3ee4f8b588e368f1, ".0%", "S:0%"),
        (0x3ee4f8b588e368f1, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3ee4f8b588e368f1, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3ee4f8b588e368f1, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3ee4f8b588e368f1, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3ee4f8b588e368f1, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3ee4f8b588e368f1, ".", "ValueError: Format specifier missing precision"),
        (0x3ee4f8b588e368f1, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3ee4f8b588e368f1, "0=9.1f", "S:0000000.0"),
        (0x3ee4f8b588e368f1, ".100f", "S:0.0000100000000000000008180305391403130954586231382563710212707519531250000000000000000000000000000000"),
        (0x3ee4f8b588e368f1, ",g", "S:1e-05"),
        (0x3ee4f8b588e368f1, "15,.3e", "S:      1.000e-05"),
        (0x3ee4f8b588e368f1, ".2n", "S:1e-05"),
        (0x3ee4f8b588e368f1, "08", "S:0001e-05"),
        (0x3f1a36e2eb1c432d, "", "S:0.0001"),
        (0x3f1a36e2eb1c432d, ".2f", "S:0.00"),
        (0x3f1a36e2eb1c432d, ".0f", "S:0"),
        (0x3f1a36e2eb1c432d, "f", "S:0.000100"),
        (0x3f1a36e2eb1c432d, "e", "S:1.000000e-04"),
        (0x3f1a36e2eb1c432d, "E", "S:1.000000E-04"),
        (0x3f1a36e2eb1c432d, ".3e", "S:1.000e-04"),
        (0x3f1a36e2eb1c432d, "+.3e", "S:+1.000e-04"),
        (0x3f1a36e2eb1c432d, "g", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "G", "S:0.0001"),
        (0x3f1a36e2eb1c432d, ".3g", "S:0.0001"),
        (0x3f1a36e2eb1c432d, ".10g", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "#g", "S:0.000100000"),
        (0x3f1a36e2eb1c432d, "#.3g", "S:0.000100"),
        (0x3f1a36e2eb1c432d, "%", "S:0.010000%"),
        (0x3f1a36e2eb1c432d, ".1%", "S:0.0%"),
        (0x3f1a36e2eb1c432d, ",", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "_", "S:0.0001"),
        (0x3f1a36e2eb1c432d, ",.2f", "S:0.00"),
        (0x3f1a36e2eb1c432d, "012,.2f", "S:0,000,000.00"),
        (0x3f1a36e2eb1c432d, "^9", "S: 0.0001  "),
        (0x3f1a36e2eb1c432d, "<9", "S:0.0001   "),
        (0x3f1a36e2eb1c432d, ">9", "S:   0.0001"),
        (0x3f1a36e2eb1c432d, "=+10.2f", "S:+     0.00"),
        (0x3f1a36e2eb1c432d, "010", "S:00000.0001"),
        (0x3f1a36e2eb1c432d, "+", "S:+0.0001"),
        (0x3f1a36e2eb1c432d, " ", "S: 0.0001"),
        (0x3f1a36e2eb1c432d, "-", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "z.1f", "S:0.0"),
        (0x3f1a36e2eb1c432d, "z", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "n", "S:0.0001"),
        (0x3f1a36e2eb1c432d, ".3", "S:0.0001"),
        (0x3f1a36e2eb1c432d, ".0", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "#", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "#.0f", "S:0."),
        (0x3f1a36e2eb1c432d, "#.0e", "S:1.e-04"),
        (0x3f1a36e2eb1c432d, "*^12.3f", "S:***0.000****"),
        (0x3f1a36e2eb1c432d, "010.3e", "S:01.000e-04"),
        (0x3f1a36e2eb1c432d, "F", "S:0.000100"),
        (0x3f1a36e2eb1c432d, ".1F", "S:0.0"),
        (0x3f1a36e2eb1c432d, ".20f", "S:0.00010000000000000000"),
        (0x3f1a36e2eb1c432d, ".17g", "S:0.0001"),
        (0x3f1a36e2eb1c432d, ".16e", "S:1.0000000000000000e-04"),
        (0x3f1a36e2eb1c432d, "#.3", "S:0.000100"),
        (0x3f1a36e2eb1c432d, " 08.2f", "S: 0000.00"),
        (0x3f1a36e2eb1c432d, "_.3f", "S:0.000"),
        (0x3f1a36e2eb1c432d, ".0%", "S:0%"),
        (0x3f1a36e2eb1c432d, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3f1a36e2eb1c432d, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3f1a36e2eb1c432d, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3f1a36e2eb1c432d, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3f1a36e2eb1c432d, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3f1a36e2eb1c432d, ".", "ValueError: Format specifier missing precision"),
        (0x3f1a36e2eb1c432d, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3f1a36e2eb1c432d, "0=9.1f", "S:0000000.0"),
        (0x3f1a36e2eb1c432d, ".100f", "S:0.0001000000000000000047921736023859295983129413798451423645019531250000000000000000000000000000000000"),
        (0x3f1a36e2eb1c432d, ",g", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "15,.3e", "S:      1.000e-04"),
        (0x3f1a36e2eb1c432d, ".2n", "S:0.0001"),
        (0x3f1a36e2eb1c432d, "08", "S:000.0001"),
        (0x3e8421f5f40d8376, "", "S:1.5e-07"),
        (0x3e8421f5f40d8376, ".2f", "S:0.00"),
        (0x3e8421f5f40d8376, ".0f", "S:0"),
        (0x3e8421f5f40d8376, "f", "S:0.000000"),
        (0x3e8421f5f40d8376, "e", "S:1.500000e-07"),
        (0x3e8421f5f40d8376, "E", "S:1.500000E-07"),
        (0x3e8421f5f40d8376, ".3e", "S:1.500e-07"),
        (0x3e8421f5f40d8376, "+.3e", "S:+1.500e-07"),
        (0x3e8421f5f40d8376, "g", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "G", "S:1.5E-07"),
        (0x3e8421f5f40d8376, ".3g", "S:1.5e-07"),
        (0x3e8421f5f40d8376, ".10g", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "#g", "S:1.50000e-07"),
        (0x3e8421f5f40d8376, "#.3g", "S:1.50e-07"),
        (0x3e8421f5f40d8376, "%", "S:0.000015%"),
        (0x3e8421f5f40d8376, ".1%", "S:0.0%"),
        (0x3e8421f5f40d8376, ",", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "_", "S:1.5e-07"),
        (0x3e8421f5f40d8376, ",.2f", "S:0.00"),
        (0x3e8421f5f40d8376, "012,.2f", "S:0,000,000.00"),
        (0x3e8421f5f40d8376, "^9", "S: 1.5e-07 "),
        (0x3e8421f5f40d8376, "<9", "S:1.5e-07  "),
        (0x3e8421f5f40d8376, ">9", "S:  1.5e-07"),
        (0x3e8421f5f40d8376, "=+10.2f", "S:+     0.00"),
        (0x3e8421f5f40d8376, "010", "S:0001.5e-07"),
        (0x3e8421f5f40d8376, "+", "S:+1.5e-07"),
        (0x3e8421f5f40d8376, " ", "S: 1.5e-07"),
        (0x3e8421f5f40d8376, "-", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "z.1f", "S:0.0"),
        (0x3e8421f5f40d8376, "z", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "n", "S:1.5e-07"),
        (0x3e8421f5f40d8376, ".3", "S:1.5e-07"),
        (0x3e8421f5f40d8376, ".0", "S:1e-07"),
        (0x3e8421f5f40d8376, "#", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "#.0f", "S:0."),
        (0x3e8421f5f40d8376, "#.0e", "S:1.e-07"),
        (0x3e8421f5f40d8376, "*^12.3f", "S:***0.000****"),
        (0x3e8421f5f40d8376, "010.3e", "S:01.500e-07"),
        (0x3e8421f5f40d8376, "F", "S:0.000000"),
        (0x3e8421f5f40d8376, ".1F", "S:0.0"),
        (0x3e8421f5f40d8376, ".20f", "S:0.00000015000000000000"),
        (0x3e8421f5f40d8376, ".17g", "S:1.4999999999999999e-07"),
        (0x3e8421f5f40d8376, ".16e", "S:1.4999999999999999e-07"),
        (0x3e8421f5f40d8376, "#.3", "S:1.50e-07"),
        (0x3e8421f5f40d8376, " 08.2f", "S: 0000.00"),
        (0x3e8421f5f40d8376, "_.3f", "S:0.000"),
        (0x3e8421f5f40d8376, ".0%", "S:0%"),
        (0x3e8421f5f40d8376, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3e8421f5f40d8376, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3e8421f5f40d8376, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3e8421f5f40d8376, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3e8421f5f40d8376, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3e8421f5f40d8376, ".", "ValueError: Format specifier missing precision"),
        (0x3e8421f5f40d8376, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3e8421f5f40d8376, "0=9.1f", "S:0000000.0"),
        (0x3e8421f5f40d8376, ".100f", "S:0.0000001499999999999999932122167738829388028420908085536211729049682617187500000000000000000000000000"),
        (0x3e8421f5f40d8376, ",g", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "15,.3e", "S:      1.500e-07"),
        (0x3e8421f5f40d8376, ".2n", "S:1.5e-07"),
        (0x3e8421f5f40d8376, "08", "S:01.5e-07"),
        (0x0000000000000001, "", "S:5e-324"),
        (0x0000000000000001, ".2f", "S:0.00"),
        (0x0000000000000001, ".0f", "S:0"),
        (0x0000000000000001, "f", "S:0.000000"),
        (0x0000000000000001, "e", "S:4.940656e-324"),
        (0x0000000000000001, "E", "S:4.940656E-324"),
        (0x0000000000000001, ".3e", "S:4.941e-324"),
        (0x0000000000000001, "+.3e", "S:+4.941e-324"),
        (0x0000000000000001, "g", "S:4.94066e-324"),
        (0x0000000000000001, "G", "S:4.94066E-324"),
        (0x0000000000000001, ".3g", "S:4.94e-324"),
        (0x0000000000000001, ".10g", "S:4.940656458e-324"),
        (0x0000000000000001, "#g", "S:4.94066e-324"),
        (0x0000000000000001, "#.3g", "S:4.94e-324"),
        (0x0000000000000001, "%", "S:0.000000%"),
        (0x0000000000000001, ".1%", "S:0.0%"),
        (0x0000000000000001, ",", "S:5e-324"),
        (0x0000000000000001, "_", "S:5e-324"),
        (0x0000000000000001, ",.2f", "S:0.00"),
        (0x0000000000000001, "012,.2f", "S:0,000,000.00"),
        (0x0000000000000001, "^9", "S: 5e-324  "),
        (0x0000000000000001, "<9", "S:5e-324   "),
        (0x0000000000000001, ">9", "S:   5e-324"),
        (0x0000000000000001, "=+10.2f", "S:+     0.00"),
        (0x0000000000000001, "010", "S:00005e-324"),
        (0x0000000000000001, "+", "S:+5e-324"),
        (0x0000000000000001, " ", "S: 5e-324"),
        (0x0000000000000001, "-", "S:5e-324"),
        (0x0000000000000001, "z.1f", "S:0.0"),
        (0x0000000000000001, "z", "S:5e-324"),
        (0x0000000000000001, "n", "S:4.94066e-324"),
        (0x0000000000000001, ".3", "S:4.94e-324"),
        (0x0000000000000001, ".0", "S:5e-324"),
        (0x0000000000000001, "#", "S:5.e-324"),
        (0x0000000000000001, "#.0f", "S:0."),
        (0x0000000000000001, "#.0e", "S:5.e-324"),
        (0x0000000000000001, "*^12.3f", "S:***0.000****"),
        (0x0000000000000001, "010.3e", "S:4.941e-324"),
        (0x0000000000000001, "F", "S:0.000000"),
        (0x0000000000000001, ".1F", "S:0.0"),
        (0x0000000000000001, ".20f", "S:0.00000000000000000000"),
        (0x0000000000000001, ".17g", "S:4.9406564584124654e-324"),
        (0x0000000000000001, ".16e", "S:4.9406564584124654e-324"),
        (0x0000000000000001, "#.3", "S:4.94e-324"),
        (0x0000000000000001, " 08.2f", "S: 0000.00"),
        (0x0000000000000001, "_.3f", "S:0.000"),
        (0x0000000000000001, ".0%", "S:0%"),
        (0x0000000000000001, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x0000000000000001, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x0000000000000001, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x0000000000000001, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x0000000000000001, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x0000000000000001, ".", "ValueError: Format specifier missing precision"),
        (0x0000000000000001, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x0000000000000001, "0=9.1f", "S:0000000.0"),
        (0x0000000000000001, ".100f", "S:0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x0000000000000001, ",g", "S:4.94066e-324"),
        (0x0000000000000001, "15,.3e", "S:     4.941e-324"),
        (0x0000000000000001, ".2n", "S:4.9e-324"),
        (0x0000000000000001, "08", "S:005e-324"),
        (0x7fefffffffffffff, "", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, ".2f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (0x7fefffffffffffff, ".0f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        (0x7fefffffffffffff, "f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
        (0x7fefffffffffffff, "e", "S:1.797693e+308"),
        (0x7fefffffffffffff, "E", "S:1.797693E+308"),
        (0x7fefffffffffffff, ".3e", "S:1.798e+308"),
        (0x7fefffffffffffff, "+.3e", "S:+1.798e+308"),
        (0x7fefffffffffffff, "g", "S:1.79769e+308"),
        (0x7fefffffffffffff, "G", "S:1.79769E+308"),
        (0x7fefffffffffffff, ".3g", "S:1.8e+308"),
        (0x7fefffffffffffff, ".10g", "S:1.797693135e+308"),
        (0x7fefffffffffffff, "#g", "S:1.79769e+308"),
        (0x7fefffffffffffff, "#.3g", "S:1.80e+308"),
        (0x7fefffffffffffff, "%", "S:inf%"),
        (0x7fefffffffffffff, ".1%", "S:inf%"),
        (0x7fefffffffffffff, ",", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "_", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, ",.2f", "S:179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00"),
        (0x7fefffffffffffff, "012,.2f", "S:179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00"),
        (0x7fefffffffffffff, "^9", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "<9", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, ">9", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "=+10.2f", "S:+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (0x7fefffffffffffff, "010", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "+", "S:+1.7976931348623157e+308"),
        (0x7fefffffffffffff, " ", "S: 1.7976931348623157e+308"),
        (0x7fefffffffffffff, "-", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "z.1f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"),
        (0x7fefffffffffffff, "z", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "n", "S:1.79769e+308"),
        (0x7fefffffffffffff, ".3", "S:1.8e+308"),
        (0x7fefffffffffffff, ".0", "S:2e+308"),
        (0x7fefffffffffffff, "#", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "#.0f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368."),
        (0x7fefffffffffffff, "#.0e", "S:2.e+308"),
        (0x7fefffffffffffff, "*^12.3f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"),
        (0x7fefffffffffffff, "010.3e", "S:1.798e+308"),
        (0x7fefffffffffffff, "F", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
        (0x7fefffffffffffff, ".1F", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"),
        (0x7fefffffffffffff, ".20f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00000000000000000000"),
        (0x7fefffffffffffff, ".17g", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, ".16e", "S:1.7976931348623157e+308"),
        (0x7fefffffffffffff, "#.3", "S:1.80e+308"),
        (0x7fefffffffffffff, " 08.2f", "S: 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (0x7fefffffffffffff, "_.3f", "S:179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368.000"),
        (0x7fefffffffffffff, ".0%", "S:inf%"),
        (0x7fefffffffffffff, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x7fefffffffffffff, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7fefffffffffffff, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x7fefffffffffffff, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x7fefffffffffffff, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x7fefffffffffffff, ".", "ValueError: Format specifier missing precision"),
        (0x7fefffffffffffff, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x7fefffffffffffff, "0=9.1f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"),
        (0x7fefffffffffffff, ".100f", "S:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x7fefffffffffffff, ",g", "S:1.79769e+308"),
        (0x7fefffffffffffff, "15,.3e", "S:     1.798e+308"),
        (0x7fefffffffffffff, ".2n", "S:1.8e+308"),
        (0x7fefffffffffffff, "08", "S:1.7976931348623157e+308"),
        (0x4480f0cf064dd592, "", "S:1e+22"),
        (0x4480f0cf064dd592, ".2f", "S:10000000000000000000000.00"),
        (0x4480f0cf064dd592, ".0f", "S:10000000000000000000000"),
        (0x4480f0cf064dd592, "f", "S:10000000000000000000000.000000"),
        (0x4480f0cf064dd592, "e", "S:1.000000e+22"),
        (0x4480f0cf064dd592, "E", "S:1.000000E+22"),
        (0x4480f0cf064dd592, ".3e", "S:1.000e+22"),
        (0x4480f0cf064dd592, "+.3e", "S:+1.000e+22"),
        (0x4480f0cf064dd592, "g", "S:1e+22"),
        (0x4480f0cf064dd592, "G", "S:1E+22"),
        (0x4480f0cf064dd592, ".3g", "S:1e+22"),
        (0x4480f0cf064dd592, ".10g", "S:1e+22"),
        (0x4480f0cf064dd592, "#g", "S:1.00000e+22"),
        (0x4480f0cf064dd592, "#.3g", "S:1.00e+22"),
        (0x4480f0cf064dd592, "%", "S:999999999999999983222784.000000%"),
        (0x4480f0cf064dd592, ".1%", "S:999999999999999983222784.0%"),
        (0x4480f0cf064dd592, ",", "S:1e+22"),
        (0x4480f0cf064dd592, "_", "S:1e+22"),
        (0x4480f0cf064dd592, ",.2f", "S:10,000,000,000,000,000,000,000.00"),
        (0x4480f0cf064dd592, "012,.2f", "S:10,000,000,000,000,000,000,000.00"),
        (0x4480f0cf064dd592, "^9", "S:  1e+22  "),
        (0x4480f0cf064dd592, "<9", "S:1e+22    "),
        (0x4480f0cf064dd592, ">9", "S:    1e+22"),
        (0x4480f0cf064dd592, "=+10.2f", "S:+10000000000000000000000.00"),
        (0x4480f0cf064dd592, "010", "S:000001e+22"),
        (0x4480f0cf064dd592, "+", "S:+1e+22"),
        (0x4480f0cf064dd592, " ", "S: 1e+22"),
        (0x4480f0cf064dd592, "-", "S:1e+22"),
        (0x4480f0cf064dd592, "z.1f", "S:10000000000000000000000.0"),
        (0x4480f0cf064dd592, "z", "S:1e+22"),
        (0x4480f0cf064dd592, "n", "S:1e+22"),
        (0x4480f0cf064dd592, ".3", "S:1e+22"),
        (0x4480f0cf064dd592, ".0", "S:1e+22"),
        (0x4480f0cf064dd592, "#", "S:1.e+22"),
        (0x4480f0cf064dd592, "#.0f", "S:10000000000000000000000."),
        (0x4480f0cf064dd592, "#.0e", "S:1.e+22"),
        (0x4480f0cf064dd592, "*^12.3f", "S:10000000000000000000000.000"),
        (0x4480f0cf064dd592, "010.3e", "S:01.000e+22"),
        (0x4480f0cf064dd592, "F", "S:10000000000000000000000.000000"),
        (0x4480f0cf064dd592, ".1F", "S:10000000000000000000000.0"),
        (0x4480f0cf064dd592, ".20f", "S:10000000000000000000000.00000000000000000000"),
        (0x4480f0cf064dd592, ".17g", "S:1e+22"),
        (0x4480f0cf064dd592, ".16e", "S:1.0000000000000000e+22"),
        (0x4480f0cf064dd592, "#.3", "S:1.00e+22"),
        (0x4480f0cf064dd592, " 08.2f", "S: 10000000000000000000000.00"),
        (0x4480f0cf064dd592, "_.3f", "S:10_000_000_000_000_000_000_000.000"),
        (0x4480f0cf064dd592, ".0%", "S:999999999999999983222784%"),
        (0x4480f0cf064dd592, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x4480f0cf064dd592, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4480f0cf064dd592, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x4480f0cf064dd592, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x4480f0cf064dd592, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x4480f0cf064dd592, ".", "ValueError: Format specifier missing precision"),
        (0x4480f0cf064dd592, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x4480f0cf064dd592, "0=9.1f", "S:10000000000000000000000.0"),
        (0x4480f0cf064dd592, ".100f", "S:10000000000000000000000.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x4480f0cf064dd592, ",g", "S:1e+22"),
        (0x4480f0cf064dd592, "15,.3e", "S:      1.000e+22"),
        (0x4480f0cf064dd592, ".2n", "S:1e+22"),
        (0x4480f0cf064dd592, "08", "S:0001e+22"),
        (0x3fd8000000000000, "", "S:0.375"),
        (0x3fd8000000000000, ".2f", "S:0.38"),
        (0x3fd8000000000000, ".0f", "S:0"),
        (0x3fd8000000000000, "f", "S:0.375000"),
        (0x3fd8000000000000, "e", "S:3.750000e-01"),
        (0x3fd8000000000000, "E", "S:3.750000E-01"),
        (0x3fd8000000000000, ".3e", "S:3.750e-01"),
        (0x3fd8000000000000, "+.3e", "S:+3.750e-01"),
        (0x3fd8000000000000, "g", "S:0.375"),
        (0x3fd8000000000000, "G", "S:0.375"),
        (0x3fd8000000000000, ".3g", "S:0.375"),
        (0x3fd8000000000000, ".10g", "S:0.375"),
        (0x3fd8000000000000, "#g", "S:0.375000"),
        (0x3fd8000000000000, "#.3g", "S:0.375"),
        (0x3fd8000000000000, "%", "S:37.500000%"),
        (0x3fd8000000000000, ".1%", "S:37.5%"),
        (0x3fd8000000000000, ",", "S:0.375"),
        (0x3fd8000000000000, "_", "S:0.375"),
        (0x3fd8000000000000, ",.2f", "S:0.38"),
        (0x3fd8000000000000, "012,.2f", "S:0,000,000.38"),
        (0x3fd8000000000000, "^9", "S:  0.375  "),
        (0x3fd8000000000000, "<9", "S:0.375    "),
        (0x3fd8000000000000, ">9", "S:    0.375"),
        (0x3fd8000000000000, "=+10.2f", "S:+     0.38"),
        (0x3fd8000000000000, "010", "S:000000.375"),
        (0x3fd8000000000000, "+", "S:+0.375"),
        (0x3fd8000000000000, " ", "S: 0.375"),
        (0x3fd8000000000000, "-", "S:0.375"),
        (0x3fd8000000000000, "z.1f", "S:0.4"),
        (0x3fd8000000000000, "z", "S:0.375"),
        (0x3fd8000000000000, "n", "S:0.375"),
        (0x3fd8000000000000, ".3", "S:0.375"),
        (0x3fd8000000000000, ".0", "S:0.4"),
        (0x3fd8000000000000, "#", "S:0.375"),
        (0x3fd8000000000000, "#.0f", "S:0."),
        (0x3fd8000000000000, "#.0e", "S:4.e-01"),
        (0x3fd8000000000000, "*^12.3f", "S:***0.375****"),
        (0x3fd8000000000000, "010.3e", "S:03.750e-01"),
        (0x3fd8000000000000, "F", "S:0.375000"),
        (0x3fd8000000000000, ".1F", "S:0.4"),
        (0x3fd8000000000000, ".20f", "S:0.37500000000000000000"),
        (0x3fd8000000000000, ".17g", "S:0.375"),
        (0x3fd8000000000000, ".16e", "S:3.7500000000000000e-01"),
        (0x3fd8000000000000, "#.3", "S:0.375"),
        (0x3fd8000000000000, " 08.2f", "S: 0000.38"),
        (0x3fd8000000000000, "_.3f", "S:0.375"),
        (0x3fd8000000000000, ".0%", "S:38%"),
        (0x3fd8000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3fd8000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fd8000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3fd8000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3fd8000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3fd8000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x3fd8000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3fd8000000000000, "0=9.1f", "S:0000000.4"),
        (0x3fd8000000000000, ".100f", "S:0.3750000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x3fd8000000000000, ",g", "S:0.375"),
        (0x3fd8000000000000, "15,.3e", "S:      3.750e-01"),
        (0x3fd8000000000000, ".2n", "S:0.38"),
        (0x3fd8000000000000, "08", "S:0000.375"),
        (0x4005666666666666, "", "S:2.675"),
        (0x4005666666666666, ".2f", "S:2.67"),
        (0x4005666666666666, ".0f", "S:3"),
        (0x4005666666666666, "f", "S:2.675000"),
        (0x4005666666666666, "e", "S:2.675000e+00"),
        (0x4005666666666666, "E", "S:2.675000E+00"),
        (0x4005666666666666, ".3e", "S:2.675e+00"),
        (0x4005666666666666, "+.3e", "S:+2.675e+00"),
        (0x4005666666666666, "g", "S:2.675"),
        (0x4005666666666666, "G", "S:2.675"),
        (0x4005666666666666, ".3g", "S:2.67"),
        (0x4005666666666666, ".10g", "S:2.675"),
        (0x4005666666666666, "#g", "S:2.67500"),
        (0x4005666666666666, "#.3g", "S:2.67"),
        (0x4005666666666666, "%", "S:267.500000%"),
        (0x4005666666666666, ".1%", "S:267.5%"),
        (0x4005666666666666, ",", "S:2.675"),
        (0x4005666666666666, "_", "S:2.675"),
        (0x4005666666666666, ",.2f", "S:2.67"),
        (0x4005666666666666, "012,.2f", "S:0,000,002.67"),
        (0x4005666666666666, "^9", "S:  2.675  "),
        (0x4005666666666666, "<9", "S:2.675    "),
        (0x4005666666666666, ">9", "S:    2.675"),
        (0x4005666666666666, "=+10.2f", "S:+     2.67"),
        (0x4005666666666666, "010", "S:000002.675"),
        (0x4005666666666666, "+", "S:+2.675"),
        (0x4005666666666666, " ", "S: 2.675"),
        (0x4005666666666666, "-", "S:2.675"),
        (0x4005666666666666, "z.1f", "S:2.7"),
        (0x4005666666666666, "z", "S:2.675"),
        (0x4005666666666666, "n", "S:2.675"),
        (0x4005666666666666, ".3", "S:2.67"),
        (0x4005666666666666, ".0", "S:3e+00"),
        (0x4005666666666666, "#", "S:2.675"),
        (0x4005666666666666, "#.0f", "S:3."),
        (0x4005666666666666, "#.0e", "S:3.e+00"),
        (0x4005666666666666, "*^12.3f", "S:***2.675****"),
        (0x4005666666666666, "010.3e", "S:02.675e+00"),
        (0x4005666666666666, "F", "S:2.675000"),
        (0x4005666666666666, ".1F", "S:2.7"),
        (0x4005666666666666, ".20f", "S:2.67499999999999982236"),
        (0x4005666666666666, ".17g", "S:2.6749999999999998"),
        (0x4005666666666666, ".16e", "S:2.6749999999999998e+00"),
        (0x4005666666666666, "#.3", "S:2.67"),
        (0x4005666666666666, " 08.2f", "S: 0002.67"),
        (0x4005666666666666, "_.3f", "S:2.675"),
        (0x4005666666666666, ".0%", "S:268%"),
        (0x4005666666666666, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x4005666666666666, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4005666666666666, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x4005666666666666, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x4005666666666666, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x4005666666666666, ".", "ValueError: Format specifier missing precision"),
        (0x4005666666666666, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x4005666666666666, "0=9.1f", "S:0000002.7"),
        (0x4005666666666666, ".100f", "S:2.6749999999999998223643160599749535322189331054687500000000000000000000000000000000000000000000000000"),
        (0x4005666666666666, ",g", "S:2.675"),
        (0x4005666666666666, "15,.3e", "S:      2.675e+00"),
        (0x4005666666666666, ".2n", "S:2.7"),
        (0x4005666666666666, "08", "S:0002.675"),
        (0x4004000000000000, "", "S:2.5"),
        (0x4004000000000000, ".2f", "S:2.50"),
        (0x4004000000000000, ".0f", "S:2"),
        (0x4004000000000000, "f", "S:2.500000"),
        (0x4004000000000000, "e", "S:2.500000e+00"),
        (0x4004000000000000, "E", "S:2.500000E+00"),
        (0x4004000000000000, ".3e", "S:2.500e+00"),
        (0x4004000000000000, "+.3e", "S:+2.500e+00"),
        (0x4004000000000000, "g", "S:2.5"),
        (0x4004000000000000, "G", "S:2.5"),
        (0x4004000000000000, ".3g", "S:2.5"),
        (0x4004000000000000, ".10g", "S:2.5"),
        (0x4004000000000000, "#g", "S:2.50000"),
        (0x4004000000000000, "#.3g", "S:2.50"),
        (0x4004000000000000, "%", "S:250.000000%"),
        (0x4004000000000000, ".1%", "S:250.0%"),
        (0x4004000000000000, ",", "S:2.5"),
        (0x4004000000000000, "_", "S:2.5"),
        (0x4004000000000000, ",.2f", "S:2.50"),
        (0x4004000000000000, "012,.2f", "S:0,000,002.50"),
        (0x4004000000000000, "^9", "S:   2.5   "),
        (0x4004000000000000, "<9", "S:2.5      "),
        (0x4004000000000000, ">9", "S:      2.5"),
        (0x4004000000000000, "=+10.2f", "S:+     2.50"),
        (0x4004000000000000, "010", "S:00000002.5"),
        (0x4004000000000000, "+", "S:+2.5"),
        (0x4004000000000000, " ", "S: 2.5"),
        (0x4004000000000000, "-", "S:2.5"),
        (0x4004000000000000, "z.1f", "S:2.5"),
        (0x4004000000000000, "z", "S:2.5"),
        (0x4004000000000000, "n", "S:2.5"),
        (0x4004000000000000, ".3", "S:2.5"),
        (0x4004000000000000, ".0", "S:2e+00"),
        (0x4004000000000000, "#", "S:2.5"),
        (0x4004000000000000, "#.0f", "S:2."),
        (0x4004000000000000, "#.0e", "S:2.e+00"),
        (0x4004000000000000, "*^12.3f", "S:***2.500****"),
        (0x4004000000000000, "010.3e", "S:02.500e+00"),
        (0x4004000000000000, "F", "S:2.500000"),
        (0x4004000000000000, ".1F", "S:2.5"),
        (0x4004000000000000, ".20f", "S:2.50000000000000000000"),
        (0x4004000000000000, ".17g", "S:2.5"),
        (0x4004000000000000, ".16e", "S:2.5000000000000000e+00"),
        (0x4004000000000000, "#.3", "S:2.50"),
        (0x4004000000000000, " 08.2f", "S: 0002.50"),
        (0x4004000000000000, "_.3f", "S:2.500"),
        (0x4004000000000000, ".0%", "S:250%"),
        (0x4004000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x4004000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4004000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x4004000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x4004000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x4004000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x4004000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x4004000000000000, "0=9.1f", "S:0000002.5"),
        (0x4004000000000000, ".100f", "S:2.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x4004000000000000, ",g", "S:2.5"),
        (0x4004000000000000, "15,.3e", "S:      2.500e+00"),
        (0x4004000000000000, ".2n", "S:2.5"),
        (0x4004000000000000, "08", "S:000002.5"),
        (0x3fe0000000000000, "", "S:0.5"),
        (0x3fe0000000000000, ".2f", "S:0.50"),
        (0x3fe0000000000000, ".0f", "S:0"),
        (0x3fe0000000000000, "f", "S:0.500000"),
        (0x3fe0000000000000, "e", "S:5.000000e-01"),
        (0x3fe0000000000000, "E", "S:5.000000E-01"),
        (0x3fe0000000000000, ".3e", "S:5.000e-01"),
        (0x3fe0000000000000, "+.3e", "S:+5.000e-01"),
        (0x3fe0000000000000, "g", "S:0.5"),
        (0x3fe0000000000000, "G", "S:0.5"),
        (0x3fe0000000000000, ".3g", "S:0.5"),
        (0x3fe0000000000000, ".10g", "S:0.5"),
        (0x3fe0000000000000, "#g", "S:0.500000"),
        (0x3fe0000000000000, "#.3g", "S:0.500"),
        (0x3fe0000000000000, "%", "S:50.000000%"),
        (0x3fe0000000000000, ".1%", "S:50.0%"),
        (0x3fe0000000000000, ",", "S:0.5"),
        (0x3fe0000000000000, "_", "S:0.5"),
        (0x3fe0000000000000, ",.2f", "S:0.50"),
        (0x3fe0000000000000, "012,.2f", "S:0,000,000.50"),
        (0x3fe0000000000000, "^9", "S:   0.5   "),
        (0x3fe0000000000000, "<9", "S:0.5      "),
        (0x3fe0000000000000, ">9", "S:      0.5"),
        (0x3fe0000000000000, "=+10.2f", "S:+     0.50"),
        (0x3fe0000000000000, "010", "S:00000000.5"),
        (0x3fe0000000000000, "+", "S:+0.5"),
        (0x3fe0000000000000, " ", "S: 0.5"),
        (0x3fe0000000000000, "-", "S:0.5"),
        (0x3fe0000000000000, "z.1f", "S:0.5"),
        (0x3fe0000000000000, "z", "S:0.5"),
        (0x3fe0000000000000, "n", "S:0.5"),
        (0x3fe0000000000000, ".3", "S:0.5"),
        (0x3fe0000000000000, ".0", "S:0.5"),
        (0x3fe0000000000000, "#", "S:0.5"),
        (0x3fe0000000000000, "#.0f", "S:0."),
        (0x3fe0000000000000, "#.0e", "S:5.e-01"),
        (0x3fe0000000000000, "*^12.3f", "S:***0.500****"),
        (0x3fe0000000000000, "010.3e", "S:05.000e-01"),
        (0x3fe0000000000000, "F", "S:0.500000"),
        (0x3fe0000000000000, ".1F", "S:0.5"),
        (0x3fe0000000000000, ".20f", "S:0.50000000000000000000"),
        (0x3fe0000000000000, ".17g", "S:0.5"),
        (0x3fe0000000000000, ".16e", "S:5.0000000000000000e-01"),
        (0x3fe0000000000000, "#.3", "S:0.500"),
        (0x3fe0000000000000, " 08.2f", "S: 0000.50"),
        (0x3fe0000000000000, "_.3f", "S:0.500"),
        (0x3fe0000000000000, ".0%", "S:50%"),
        (0x3fe0000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3fe0000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fe0000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3fe0000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3fe0000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3fe0000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x3fe0000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3fe0000000000000, "0=9.1f", "S:0000000.5"),
        (0x3fe0000000000000, ".100f", "S:0.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x3fe0000000000000, ",g", "S:0.5"),
        (0x3fe0000000000000, "15,.3e", "S:      5.000e-01"),
        (0x3fe0000000000000, ".2n", "S:0.5"),
        (0x3fe0000000000000, "08", "S:000000.5"),
        (0xc05edd2f1a9fbe77, "", "S:-123.456"),
        (0xc05edd2f1a9fbe77, ".2f", "S:-123.46"),
        (0xc05edd2f1a9fbe77, ".0f", "S:-123"),
        (0xc05edd2f1a9fbe77, "f", "S:-123.456000"),
        (0xc05edd2f1a9fbe77, "e", "S:-1.234560e+02"),
        (0xc05edd2f1a9fbe77, "E", "S:-1.234560E+02"),
        (0xc05edd2f1a9fbe77, ".3e", "S:-1.235e+02"),
        (0xc05edd2f1a9fbe77, "+.3e", "S:-1.235e+02"),
        (0xc05edd2f1a9fbe77, "g", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "G", "S:-123.456"),
        (0xc05edd2f1a9fbe77, ".3g", "S:-123"),
        (0xc05edd2f1a9fbe77, ".10g", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "#g", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "#.3g", "S:-123."),
        (0xc05edd2f1a9fbe77, "%", "S:-12345.600000%"),
        (0xc05edd2f1a9fbe77, ".1%", "S:-12345.6%"),
        (0xc05edd2f1a9fbe77, ",", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "_", "S:-123.456"),
        (0xc05edd2f1a9fbe77, ",.2f", "S:-123.46"),
        (0xc05edd2f1a9fbe77, "012,.2f", "S:-0,000,123.46"),
        (0xc05edd2f1a9fbe77, "^9", "S:-123.456 "),
        (0xc05edd2f1a9fbe77, "<9", "S:-123.456 "),
        (0xc05edd2f1a9fbe77, ">9", "S: -123.456"),
        (0xc05edd2f1a9fbe77, "=+10.2f", "S:-   123.46"),
        (0xc05edd2f1a9fbe77, "010", "S:-00123.456"),
        (0xc05edd2f1a9fbe77, "+", "S:-123.456"),
        (0xc05edd2f1a9fbe77, " ", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "-", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "z.1f", "S:-123.5"),
        (0xc05edd2f1a9fbe77, "z", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "n", "S:-123.456"),
        (0xc05edd2f1a9fbe77, ".3", "S:-1.23e+02"),
        (0xc05edd2f1a9fbe77, ".0", "S:-1e+02"),
        (0xc05edd2f1a9fbe77, "#", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "#.0f", "S:-123."),
        (0xc05edd2f1a9fbe77, "#.0e", "S:-1.e+02"),
        (0xc05edd2f1a9fbe77, "*^12.3f", "S:**-123.456**"),
        (0xc05edd2f1a9fbe77, "010.3e", "S:-1.235e+02"),
        (0xc05edd2f1a9fbe77, "F", "S:-123.456000"),
        (0xc05edd2f1a9fbe77, ".1F", "S:-123.5"),
        (0xc05edd2f1a9fbe77, ".20f", "S:-123.45600000000000306954"),
        (0xc05edd2f1a9fbe77, ".17g", "S:-123.456"),
        (0xc05edd2f1a9fbe77, ".16e", "S:-1.2345600000000000e+02"),
        (0xc05edd2f1a9fbe77, "#.3", "S:-1.23e+02"),
        (0xc05edd2f1a9fbe77, " 08.2f", "S:-0123.46"),
        (0xc05edd2f1a9fbe77, "_.3f", "S:-123.456"),
        (0xc05edd2f1a9fbe77, ".0%", "S:-12346%"),
        (0xc05edd2f1a9fbe77, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0xc05edd2f1a9fbe77, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xc05edd2f1a9fbe77, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0xc05edd2f1a9fbe77, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0xc05edd2f1a9fbe77, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0xc05edd2f1a9fbe77, ".", "ValueError: Format specifier missing precision"),
        (0xc05edd2f1a9fbe77, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0xc05edd2f1a9fbe77, "0=9.1f", "S:-000123.5"),
        (0xc05edd2f1a9fbe77, ".100f", "S:-123.4560000000000030695446184836328029632568359375000000000000000000000000000000000000000000000000000000"),
        (0xc05edd2f1a9fbe77, ",g", "S:-123.456"),
        (0xc05edd2f1a9fbe77, "15,.3e", "S:     -1.235e+02"),
        (0xc05edd2f1a9fbe77, ".2n", "S:-1.2e+02"),
        (0xc05edd2f1a9fbe77, "08", "S:-123.456"),
        (0x40934a456d5cfaad, "", "S:1234.5678"),
        (0x40934a456d5cfaad, ".2f", "S:1234.57"),
        (0x40934a456d5cfaad, ".0f", "S:1235"),
        (0x40934a456d5cfaad, "f", "S:1234.567800"),
        (0x40934a456d5cfaad, "e", "S:1.234568e+03"),
        (0x40934a456d5cfaad, "E", "S:1.234568E+03"),
        (0x40934a456d5cfaad, ".3e", "S:1.235e+03"),
        (0x40934a456d5cfaad, "+.3e", "S:+1.235e+03"),
        (0x40934a456d5cfaad, "g", "S:1234.57"),
        (0x40934a456d5cfaad, "G", "S:1234.57"),
        (0x40934a456d5cfaad, ".3g", "S:1.23e+03"),
        (0x40934a456d5cfaad, ".10g", "S:1234.5678"),
        (0x40934a456d5cfaad, "#g", "S:1234.57"),
        (0x40934a456d5cfaad, "#.3g", "S:1.23e+03"),
        (0x40934a456d5cfaad, "%", "S:123456.780000%"),
        (0x40934a456d5cfaad, ".1%", "S:123456.8%"),
        (0x40934a456d5cfaad, ",", "S:1,234.5678"),
        (0x40934a456d5cfaad, "_", "S:1_234.5678"),
        (0x40934a456d5cfaad, ",.2f", "S:1,234.57"),
        (0x40934a456d5cfaad, "012,.2f", "S:0,001,234.57"),
        (0x40934a456d5cfaad, "^9", "S:1234.5678"),
        (0x40934a456d5cfaad, "<9", "S:1234.5678"),
        (0x40934a456d5cfaad, ">9", "S:1234.5678"),
        (0x40934a456d5cfaad, "=+10.2f", "S:+  1234.57"),
        (0x40934a456d5cfaad, "010", "S:01234.5678"),
        (0x40934a456d5cfaad, "+", "S:+1234.5678"),
        (0x40934a456d5cfaad, " ", "S: 1234.5678"),
        (0x40934a456d5cfaad, "-", "S:1234.5678"),
        (0x40934a456d5cfaad, "z.1f", "S:1234.6"),
        (0x40934a456d5cfaad, "z", "S:1234.5678"),
        (0x40934a456d5cfaad, "n", "S:1234.57"),
        (0x40934a456d5cfaad, ".3", "S:1.23e+03"),
        (0x40934a456d5cfaad, ".0", "S:1e+03"),
        (0x40934a456d5cfaad, "#", "S:1234.5678"),
        (0x40934a456d5cfaad, "#.0f", "S:1235."),
        (0x40934a456d5cfaad, "#.0e", "S:1.e+03"),
        (0x40934a456d5cfaad, "*^12.3f", "S:**1234.568**"),
        (0x40934a456d5cfaad, "010.3e", "S:01.235e+03"),
        (0x40934a456d5cfaad, "F", "S:1234.567800"),
        (0x40934a456d5cfaad, ".1F", "S:1234.6"),
        (0x40934a456d5cfaad, ".20f", "S:1234.56780000000003383320"),
        (0x40934a456d5cfaad, ".17g", "S:1234.5678"),
        (0x40934a456d5cfaad, ".16e", "S:1.2345678000000000e+03"),
        (0x40934a456d5cfaad, "#.3", "S:1.23e+03"),
        (0x40934a456d5cfaad, " 08.2f", "S: 1234.57"),
        (0x40934a456d5cfaad, "_.3f", "S:1_234.568"),
        (0x40934a456d5cfaad, ".0%", "S:123457%"),
        (0x40934a456d5cfaad, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x40934a456d5cfaad, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x40934a456d5cfaad, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x40934a456d5cfaad, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x40934a456d5cfaad, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x40934a456d5cfaad, ".", "ValueError: Format specifier missing precision"),
        (0x40934a456d5cfaad, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x40934a456d5cfaad, "0=9.1f", "S:0001234.6"),
        (0x40934a456d5cfaad, ".100f", "S:1234.5678000000000338332029059529304504394531250000000000000000000000000000000000000000000000000000000000"),
        (0x40934a456d5cfaad, ",g", "S:1,234.57"),
        (0x40934a456d5cfaad, "15,.3e", "S:      1.235e+03"),
        (0x40934a456d5cfaad, ".2n", "S:1.2e+03"),
        (0x40934a456d5cfaad, "08", "S:1234.5678"),
        (0x430c6bf52633ffff, "", "S:999999999999999.9"),
        (0x430c6bf52633ffff, ".2f", "S:999999999999999.88"),
        (0x430c6bf52633ffff, ".0f", "S:1000000000000000"),
        (0x430c6bf52633ffff, "f", "S:999999999999999.875000"),
        (0x430c6bf52633ffff, "e", "S:1.000000e+15"),
        (0x430c6bf52633ffff, "E", "S:1.000000E+15"),
        (0x430c6bf52633ffff, ".3e", "S:1.000e+15"),
        (0x430c6bf52633ffff, "+.3e", "S:+1.000e+15"),
        (0x430c6bf52633ffff, "g", "S:1e+15"),
        (0x430c6bf52633ffff, "G", "S:1E+15"),
        (0x430c6bf52633ffff, ".3g", "S:1e+15"),
        (0x430c6bf52633ffff, ".10g", "S:1e+15"),
        (0x430c6bf52633ffff, "#g", "S:1.00000e+15"),
        (0x430c6bf52633ffff, "#.3g", "S:1.00e+15"),
        (0x430c6bf52633ffff, "%", "S:99999999999999984.000000%"),
        (0x430c6bf52633ffff, ".1%", "S:99999999999999984.0%"),
        (0x430c6bf52633ffff, ",", "S:999,999,999,999,999.9"),
        (0x430c6bf52633ffff, "_", "S:999_999_999_999_999.9"),
        (0x430c6bf52633ffff, ",.2f", "S:999,999,999,999,999.88"),
        (0x430c6bf52633ffff, "012,.2f", "S:999,999,999,999,999.88"),
        (0x430c6bf52633ffff, "^9", "S:999999999999999.9"),
        (0x430c6bf52633ffff, "<9", "S:999999999999999.9"),
        (0x430c6bf52633ffff, ">9", "S:999999999999999.9"),
        (0x430c6bf52633ffff, "=+10.2f", "S:+999999999999999.88"),
        (0x430c6bf52633ffff, "010", "S:999999999999999.9"),
        (0x430c6bf52633ffff, "+", "S:+999999999999999.9"),
        (0x430c6bf52633ffff, " ", "S: 999999999999999.9"),
        (0x430c6bf52633ffff, "-", "S:999999999999999.9"),
        (0x430c6bf52633ffff, "z.1f", "S:999999999999999.9"),
        (0x430c6bf52633ffff, "z", "S:999999999999999.9"),
        (0x430c6bf52633ffff, "n", "S:1e+15"),
        (0x430c6bf52633ffff, ".3", "S:1e+15"),
        (0x430c6bf52633ffff, ".0", "S:1e+15"),
        (0x430c6bf52633ffff, "#", "S:999999999999999.9"),
        (0x430c6bf52633ffff, "#.0f", "S:1000000000000000."),
        (0x430c6bf52633ffff, "#.0e", "S:1.e+15"),
        (0x430c6bf52633ffff, "*^12.3f", "S:999999999999999.875"),
        (0x430c6bf52633ffff, "010.3e", "S:01.000e+15"),
        (0x430c6bf52633ffff, "F", "S:999999999999999.875000"),
        (0x430c6bf52633ffff, ".1F", "S:999999999999999.9"),
        (0x430c6bf52633ffff, ".20f", "S:999999999999999.87500000000000000000"),
        (0x430c6bf52633ffff, ".17g", "S:999999999999999.88"),
        (0x430c6bf52633ffff, ".16e", "S:9.9999999999999988e+14"),
        (0x430c6bf52633ffff, "#.3", "S:1.00e+15"),
        (0x430c6bf52633ffff, " 08.2f", "S: 999999999999999.88"),
        (0x430c6bf52633ffff, "_.3f", "S:999_999_999_999_999.875"),
        (0x430c6bf52633ffff, ".0%", "S:99999999999999984%"),
        (0x430c6bf52633ffff, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x430c6bf52633ffff, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x430c6bf52633ffff, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x430c6bf52633ffff, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x430c6bf52633ffff, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x430c6bf52633ffff, ".", "ValueError: Format specifier missing precision"),
        (0x430c6bf52633ffff, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x430c6bf52633ffff, "0=9.1f", "S:999999999999999.9"),
        (0x430c6bf52633ffff, ".100f", "S:999999999999999.8750000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x430c6bf52633ffff, ",g", "S:1e+15"),
        (0x430c6bf52633ffff, "15,.3e", "S:      1.000e+15"),
        (0x430c6bf52633ffff, ".2n", "S:1e+15"),
        (0x430c6bf52633ffff, "08", "S:999999999999999.9"),
        (0x7ff0000000000000, "", "S:inf"),
        (0x7ff0000000000000, ".2f", "S:inf"),
        (0x7ff0000000000000, ".0f", "S:inf"),
        (0x7ff0000000000000, "f", "S:inf"),
        (0x7ff0000000000000, "e", "S:inf"),
        (0x7ff0000000000000, "E", "S:INF"),
        (0x7ff0000000000000, ".3e", "S:inf"),
        (0x7ff0000000000000, "+.3e", "S:+inf"),
        (0x7ff0000000000000, "g", "S:inf"),
        (0x7ff0000000000000, "G", "S:INF"),
        (0x7ff0000000000000, ".3g", "S:inf"),
        (0x7ff0000000000000, ".10g", "S:inf"),
        (0x7ff0000000000000, "#g", "S:inf"),
        (0x7ff0000000000000, "#.3g", "S:inf"),
        (0x7ff0000000000000, "%", "S:inf%"),
        (0x7ff0000000000000, ".1%", "S:inf%"),
        (0x7ff0000000000000, ",", "S:inf"),
        (0x7ff0000000000000, "_", "S:inf"),
        (0x7ff0000000000000, ",.2f", "S:inf"),
        (0x7ff0000000000000, "012,.2f", "S:000000000inf"),
        (0x7ff0000000000000, "^9", "S:   inf   "),
        (0x7ff0000000000000, "<9", "S:inf      "),
        (0x7ff0000000000000, ">9", "S:      inf"),
        (0x7ff0000000000000, "=+10.2f", "S:+      inf"),
        (0x7ff0000000000000, "010", "S:0000000inf"),
        (0x7ff0000000000000, "+", "S:+inf"),
        (0x7ff0000000000000, " ", "S: inf"),
        (0x7ff0000000000000, "-", "S:inf"),
        (0x7ff0000000000000, "z.1f", "S:inf"),
        (0x7ff0000000000000, "z", "S:inf"),
        (0x7ff0000000000000, "n", "S:inf"),
        (0x7ff0000000000000, ".3", "S:inf"),
        (0x7ff0000000000000, ".0", "S:inf"),
        (0x7ff0000000000000, "#", "S:inf"),
        (0x7ff0000000000000, "#.0f", "S:inf"),
        (0x7ff0000000000000, "#.0e", "S:inf"),
        (0x7ff0000000000000, "*^12.3f", "S:****inf*****"),
        (0x7ff0000000000000, "010.3e", "S:0000000inf"),
        (0x7ff0000000000000, "F", "S:INF"),
        (0x7ff0000000000000, ".1F", "S:INF"),
        (0x7ff0000000000000, ".20f", "S:inf"),
        (0x7ff0000000000000, ".17g", "S:inf"),
        (0x7ff0000000000000, ".16e", "S:inf"),
        (0x7ff0000000000000, "#.3", "S:inf"),
        (0x7ff0000000000000, " 08.2f", "S: 0000inf"),
        (0x7ff0000000000000, "_.3f", "S:inf"),
        (0x7ff0000000000000, ".0%", "S:inf%"),
        (0x7ff0000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x7ff0000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff0000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x7ff0000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x7ff0000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x7ff0000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x7ff0000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x7ff0000000000000, "0=9.1f", "S:000000inf"),
        (0x7ff0000000000000, ".100f", "S:inf"),
        (0x7ff0000000000000, ",g", "S:inf"),
        (0x7ff0000000000000, "15,.3e", "S:            inf"),
        (0x7ff0000000000000, ".2n", "S:inf"),
        (0x7ff0000000000000, "08", "S:00000inf"),
        (0xfff0000000000000, "", "S:-inf"),
        (0xfff0000000000000, ".2f", "S:-inf"),
        (0xfff0000000000000, ".0f", "S:-inf"),
        (0xfff0000000000000, "f", "S:-inf"),
        (0xfff0000000000000, "e", "S:-inf"),
        (0xfff0000000000000, "E", "S:-INF"),
        (0xfff0000000000000, ".3e", "S:-inf"),
        (0xfff0000000000000, "+.3e", "S:-inf"),
        (0xfff0000000000000, "g", "S:-inf"),
        (0xfff0000000000000, "G", "S:-INF"),
        (0xfff0000000000000, ".3g", "S:-inf"),
        (0xfff0000000000000, ".10g", "S:-inf"),
        (0xfff0000000000000, "#g", "S:-inf"),
        (0xfff0000000000000, "#.3g", "S:-inf"),
        (0xfff0000000000000, "%", "S:-inf%"),
        (0xfff0000000000000, ".1%", "S:-inf%"),
        (0xfff0000000000000, ",", "S:-inf"),
        (0xfff0000000000000, "_", "S:-inf"),
        (0xfff0000000000000, ",.2f", "S:-inf"),
        (0xfff0000000000000, "012,.2f", "S:-00000000inf"),
        (0xfff0000000000000, "^9", "S:  -inf   "),
        (0xfff0000000000000, "<9", "S:-inf     "),
        (0xfff0000000000000, ">9", "S:     -inf"),
        (0xfff0000000000000, "=+10.2f", "S:-      inf"),
        (0xfff0000000000000, "010", "S:-000000inf"),
        (0xfff0000000000000, "+", "S:-inf"),
        (0xfff0000000000000, " ", "S:-inf"),
        (0xfff0000000000000, "-", "S:-inf"),
        (0xfff0000000000000, "z.1f", "S:-inf"),
        (0xfff0000000000000, "z", "S:-inf"),
        (0xfff0000000000000, "n", "S:-inf"),
        (0xfff0000000000000, ".3", "S:-inf"),
        (0xfff0000000000000, ".0", "S:-inf"),
        (0xfff0000000000000, "#", "S:-inf"),
        (0xfff0000000000000, "#.0f", "S:-inf"),
        (0xfff0000000000000, "#.0e", "S:-inf"),
        (0xfff0000000000000, "*^12.3f", "S:****-inf****"),
        (0xfff0000000000000, "010.3e", "S:-000000inf"),
        (0xfff0000000000000, "F", "S:-INF"),
        (0xfff0000000000000, ".1F", "S:-INF"),
        (0xfff0000000000000, ".20f", "S:-inf"),
        (0xfff0000000000000, ".17g", "S:-inf"),
        (0xfff0000000000000, ".16e", "S:-inf"),
        (0xfff0000000000000, "#.3", "S:-inf"),
        (0xfff0000000000000, " 08.2f", "S:-0000inf"),
        (0xfff0000000000000, "_.3f", "S:-inf"),
        (0xfff0000000000000, ".0%", "S:-inf%"),
        (0xfff0000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0xfff0000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xfff0000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0xfff0000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0xfff0000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0xfff0000000000000, ".", "ValueError: Format specifier missing precision"),
        (0xfff0000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0xfff0000000000000, "0=9.1f", "S:-00000inf"),
        (0xfff0000000000000, ".100f", "S:-inf"),
        (0xfff0000000000000, ",g", "S:-inf"),
        (0xfff0000000000000, "15,.3e", "S:           -inf"),
        (0xfff0000000000000, ".2n", "S:-inf"),
        (0xfff0000000000000, "08", "S:-0000inf"),
        (0x7ff8000000000000, "", "S:nan"),
        (0x7ff8000000000000, ".2f", "S:nan"),
        (0x7ff8000000000000, ".0f", "S:nan"),
        (0x7ff8000000000000, "f", "S:nan"),
        (0x7ff8000000000000, "e", "S:nan"),
        (0x7ff8000000000000, "E", "S:NAN"),
        (0x7ff8000000000000, ".3e", "S:nan"),
        (0x7ff8000000000000, "+.3e", "S:+nan"),
        (0x7ff8000000000000, "g", "S:nan"),
        (0x7ff8000000000000, "G", "S:NAN"),
        (0x7ff8000000000000, ".3g", "S:nan"),
        (0x7ff8000000000000, ".10g", "S:nan"),
        (0x7ff8000000000000, "#g", "S:nan"),
        (0x7ff8000000000000, "#.3g", "S:nan"),
        (0x7ff8000000000000, "%", "S:nan%"),
        (0x7ff8000000000000, ".1%", "S:nan%"),
        (0x7ff8000000000000, ",", "S:nan"),
        (0x7ff8000000000000, "_", "S:nan"),
        (0x7ff8000000000000, ",.2f", "S:nan"),
        (0x7ff8000000000000, "012,.2f", "S:000000000nan"),
        (0x7ff8000000000000, "^9", "S:   nan   "),
        (0x7ff8000000000000, "<9", "S:nan      "),
        (0x7ff8000000000000, ">9", "S:      nan"),
        (0x7ff8000000000000, "=+10.2f", "S:+      nan"),
        (0x7ff8000000000000, "010", "S:0000000nan"),
        (0x7ff8000000000000, "+", "S:+nan"),
        (0x7ff8000000000000, " ", "S: nan"),
        (0x7ff8000000000000, "-", "S:nan"),
        (0x7ff8000000000000, "z.1f", "S:nan"),
        (0x7ff8000000000000, "z", "S:nan"),
        (0x7ff8000000000000, "n", "S:nan"),
        (0x7ff8000000000000, ".3", "S:nan"),
        (0x7ff8000000000000, ".0", "S:nan"),
        (0x7ff8000000000000, "#", "S:nan"),
        (0x7ff8000000000000, "#.0f", "S:nan"),
        (0x7ff8000000000000, "#.0e", "S:nan"),
        (0x7ff8000000000000, "*^12.3f", "S:****nan*****"),
        (0x7ff8000000000000, "010.3e", "S:0000000nan"),
        (0x7ff8000000000000, "F", "S:NAN"),
        (0x7ff8000000000000, ".1F", "S:NAN"),
        (0x7ff8000000000000, ".20f", "S:nan"),
        (0x7ff8000000000000, ".17g", "S:nan"),
        (0x7ff8000000000000, ".16e", "S:nan"),
        (0x7ff8000000000000, "#.3", "S:nan"),
        (0x7ff8000000000000, " 08.2f", "S: 0000nan"),
        (0x7ff8000000000000, "_.3f", "S:nan"),
        (0x7ff8000000000000, ".0%", "S:nan%"),
        (0x7ff8000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x7ff8000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff8000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x7ff8000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x7ff8000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x7ff8000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x7ff8000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x7ff8000000000000, "0=9.1f", "S:000000nan"),
        (0x7ff8000000000000, ".100f", "S:nan"),
        (0x7ff8000000000000, ",g", "S:nan"),
        (0x7ff8000000000000, "15,.3e", "S:            nan"),
        (0x7ff8000000000000, ".2n", "S:nan"),
        (0x7ff8000000000000, "08", "S:00000nan"),
        (0x3fa70a3d70a3d70a, "", "S:0.045"),
        (0x3fa70a3d70a3d70a, ".2f", "S:0.04"),
        (0x3fa70a3d70a3d70a, ".0f", "S:0"),
        (0x3fa70a3d70a3d70a, "f", "S:0.045000"),
        (0x3fa70a3d70a3d70a, "e", "S:4.500000e-02"),
        (0x3fa70a3d70a3d70a, "E", "S:4.500000E-02"),
        (0x3fa70a3d70a3d70a, ".3e", "S:4.500e-02"),
        (0x3fa70a3d70a3d70a, "+.3e", "S:+4.500e-02"),
        (0x3fa70a3d70a3d70a, "g", "S:0.045"),
        (0x3fa70a3d70a3d70a, "G", "S:0.045"),
        (0x3fa70a3d70a3d70a, ".3g", "S:0.045"),
        (0x3fa70a3d70a3d70a, ".10g", "S:0.045"),
        (0x3fa70a3d70a3d70a, "#g", "S:0.0450000"),
        (0x3fa70a3d70a3d70a, "#.3g", "S:0.0450"),
        (0x3fa70a3d70a3d70a, "%", "S:4.500000%"),
        (0x3fa70a3d70a3d70a, ".1%", "S:4.5%"),
        (0x3fa70a3d70a3d70a, ",", "S:0.045"),
        (0x3fa70a3d70a3d70a, "_", "S:0.045"),
        (0x3fa70a3d70a3d70a, ",.2f", "S:0.04"),
        (0x3fa70a3d70a3d70a, "012,.2f", "S:0,000,000.04"),
        (0x3fa70a3d70a3d70a, "^9", "S:  0.045  "),
        (0x3fa70a3d70a3d70a, "<9", "S:0.045    "),
        (0x3fa70a3d70a3d70a, ">9", "S:    0.045"),
        (0x3fa70a3d70a3d70a, "=+10.2f", "S:+     0.04"),
        (0x3fa70a3d70a3d70a, "010", "S:000000.045"),
        (0x3fa70a3d70a3d70a, "+", "S:+0.045"),
        (0x3fa70a3d70a3d70a, " ", "S: 0.045"),
        (0x3fa70a3d70a3d70a, "-", "S:0.045"),
        (0x3fa70a3d70a3d70a, "z.1f", "S:0.0"),
        (0x3fa70a3d70a3d70a, "z", "S:0.045"),
        (0x3fa70a3d70a3d70a, "n", "S:0.045"),
        (0x3fa70a3d70a3d70a, ".3", "S:0.045"),
        (0x3fa70a3d70a3d70a, ".0", "S:0.04"),
        (0x3fa70a3d70a3d70a, "#", "S:0.045"),
        (0x3fa70a3d70a3d70a, "#.0f", "S:0."),
        (0x3fa70a3d70a3d70a, "#.0e", "S:4.e-02"),
        (0x3fa70a3d70a3d70a, "*^12.3f", "S:***0.045****"),
        (0x3fa70a3d70a3d70a, "010.3e", "S:04.500e-02"),
        (0x3fa70a3d70a3d70a, "F", "S:0.045000"),
        (0x3fa70a3d70a3d70a, ".1F", "S:0.0"),
        (0x3fa70a3d70a3d70a, ".20f", "S:0.04499999999999999833"),
        (0x3fa70a3d70a3d70a, ".17g", "S:0.044999999999999998"),
        (0x3fa70a3d70a3d70a, ".16e", "S:4.4999999999999998e-02"),
        (0x3fa70a3d70a3d70a, "#.3", "S:0.0450"),
        (0x3fa70a3d70a3d70a, " 08.2f", "S: 0000.04"),
        (0x3fa70a3d70a3d70a, "_.3f", "S:0.045"),
        (0x3fa70a3d70a3d70a, ".0%", "S:4%"),
        (0x3fa70a3d70a3d70a, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x3fa70a3d70a3d70a, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fa70a3d70a3d70a, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x3fa70a3d70a3d70a, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3fa70a3d70a3d70a, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x3fa70a3d70a3d70a, ".", "ValueError: Format specifier missing precision"),
        (0x3fa70a3d70a3d70a, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x3fa70a3d70a3d70a, "0=9.1f", "S:0000000.0"),
        (0x3fa70a3d70a3d70a, ".100f", "S:0.0449999999999999983346654630622651893645524978637695312500000000000000000000000000000000000000000000"),
        (0x3fa70a3d70a3d70a, ",g", "S:0.045"),
        (0x3fa70a3d70a3d70a, "15,.3e", "S:      4.500e-02"),
        (0x3fa70a3d70a3d70a, ".2n", "S:0.045"),
        (0x3fa70a3d70a3d70a, "08", "S:0000.045"),
        (0x40f86a0000000000, "", "S:100000.0"),
        (0x40f86a0000000000, ".2f", "S:100000.00"),
        (0x40f86a0000000000, ".0f", "S:100000"),
        (0x40f86a0000000000, "f", "S:100000.000000"),
        (0x40f86a0000000000, "e", "S:1.000000e+05"),
        (0x40f86a0000000000, "E", "S:1.000000E+05"),
        (0x40f86a0000000000, ".3e", "S:1.000e+05"),
        (0x40f86a0000000000, "+.3e", "S:+1.000e+05"),
        (0x40f86a0000000000, "g", "S:100000"),
        (0x40f86a0000000000, "G", "S:100000"),
        (0x40f86a0000000000, ".3g", "S:1e+05"),
        (0x40f86a0000000000, ".10g", "S:100000"),
        (0x40f86a0000000000, "#g", "S:100000."),
        (0x40f86a0000000000, "#.3g", "S:1.00e+05"),
        (0x40f86a0000000000, "%", "S:10000000.000000%"),
        (0x40f86a0000000000, ".1%", "S:10000000.0%"),
        (0x40f86a0000000000, ",", "S:100,000.0"),
        (0x40f86a0000000000, "_", "S:100_000.0"),
        (0x40f86a0000000000, ",.2f", "S:100,000.00"),
        (0x40f86a0000000000, "012,.2f", "S:0,100,000.00"),
        (0x40f86a0000000000, "^9", "S:100000.0 "),
        (0x40f86a0000000000, "<9", "S:100000.0 "),
        (0x40f86a0000000000, ">9", "S: 100000.0"),
        (0x40f86a0000000000, "=+10.2f", "S:+100000.00"),
        (0x40f86a0000000000, "010", "S:00100000.0"),
        (0x40f86a0000000000, "+", "S:+100000.0"),
        (0x40f86a0000000000, " ", "S: 100000.0"),
        (0x40f86a0000000000, "-", "S:100000.0"),
        (0x40f86a0000000000, "z.1f", "S:100000.0"),
        (0x40f86a0000000000, "z", "S:100000.0"),
        (0x40f86a0000000000, "n", "S:100000"),
        (0x40f86a0000000000, ".3", "S:1e+05"),
        (0x40f86a0000000000, ".0", "S:1e+05"),
        (0x40f86a0000000000, "#", "S:100000.0"),
        (0x40f86a0000000000, "#.0f", "S:100000."),
        (0x40f86a0000000000, "#.0e", "S:1.e+05"),
        (0x40f86a0000000000, "*^12.3f", "S:*100000.000*"),
        (0x40f86a0000000000, "010.3e", "S:01.000e+05"),
        (0x40f86a0000000000, "F", "S:100000.000000"),
        (0x40f86a0000000000, ".1F", "S:100000.0"),
        (0x40f86a0000000000, ".20f", "S:100000.00000000000000000000"),
        (0x40f86a0000000000, ".17g", "S:100000"),
        (0x40f86a0000000000, ".16e", "S:1.0000000000000000e+05"),
        (0x40f86a0000000000, "#.3", "S:1.00e+05"),
        (0x40f86a0000000000, " 08.2f", "S: 100000.00"),
        (0x40f86a0000000000, "_.3f", "S:100_000.000"),
        (0x40f86a0000000000, ".0%", "S:10000000%"),
        (0x40f86a0000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x40f86a0000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x40f86a0000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x40f86a0000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x40f86a0000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x40f86a0000000000, ".", "ValueError: Format specifier missing precision"),
        (0x40f86a0000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x40f86a0000000000, "0=9.1f", "S:0100000.0"),
        (0x40f86a0000000000, ".100f", "S:100000.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x40f86a0000000000, ",g", "S:100,000"),
        (0x40f86a0000000000, "15,.3e", "S:      1.000e+05"),
        (0x40f86a0000000000, ".2n", "S:1e+05"),
        (0x40f86a0000000000, "08", "S:100000.0"),
        (0x43e0000000000000, "", "S:9.223372036854776e+18"),
        (0x43e0000000000000, ".2f", "S:9223372036854775808.00"),
        (0x43e0000000000000, ".0f", "S:9223372036854775808"),
        (0x43e0000000000000, "f", "S:9223372036854775808.000000"),
        (0x43e0000000000000, "e", "S:9.223372e+18"),
        (0x43e0000000000000, "E", "S:9.223372E+18"),
        (0x43e0000000000000, ".3e", "S:9.223e+18"),
        (0x43e0000000000000, "+.3e", "S:+9.223e+18"),
        (0x43e0000000000000, "g", "S:9.22337e+18"),
        (0x43e0000000000000, "G", "S:9.22337E+18"),
        (0x43e0000000000000, ".3g", "S:9.22e+18"),
        (0x43e0000000000000, ".10g", "S:9.223372037e+18"),
        (0x43e0000000000000, "#g", "S:9.22337e+18"),
        (0x43e0000000000000, "#.3g", "S:9.22e+18"),
        (0x43e0000000000000, "%", "S:922337203685477580800.000000%"),
        (0x43e0000000000000, ".1%", "S:922337203685477580800.0%"),
        (0x43e0000000000000, ",", "S:9.223372036854776e+18"),
        (0x43e0000000000000, "_", "S:9.223372036854776e+18"),
        (0x43e0000000000000, ",.2f", "S:9,223,372,036,854,775,808.00"),
        (0x43e0000000000000, "012,.2f", "S:9,223,372,036,854,775,808.00"),
        (0x43e0000000000000, "^9", "S:9.223372036854776e+18"),
        (0x43e0000000000000, "<9", "S:9.223372036854776e+18"),
        (0x43e0000000000000, ">9", "S:9.223372036854776e+18"),
        (0x43e0000000000000, "=+10.2f", "S:+9223372036854775808.00"),
        (0x43e0000000000000, "010", "S:9.223372036854776e+18"),
        (0x43e0000000000000, "+", "S:+9.223372036854776e+18"),
        (0x43e0000000000000, " ", "S: 9.223372036854776e+18"),
        (0x43e0000000000000, "-", "S:9.223372036854776e+18"),
        (0x43e0000000000000, "z.1f", "S:9223372036854775808.0"),
        (0x43e0000000000000, "z", "S:9.223372036854776e+18"),
        (0x43e0000000000000, "n", "S:9.22337e+18"),
        (0x43e0000000000000, ".3", "S:9.22e+18"),
        (0x43e0000000000000, ".0", "S:9e+18"),
        (0x43e0000000000000, "#", "S:9.223372036854776e+18"),
        (0x43e0000000000000, "#.0f", "S:9223372036854775808."),
        (0x43e0000000000000, "#.0e", "S:9.e+18"),
        (0x43e0000000000000, "*^12.3f", "S:9223372036854775808.000"),
        (0x43e0000000000000, "010.3e", "S:09.223e+18"),
        (0x43e0000000000000, "F", "S:9223372036854775808.000000"),
        (0x43e0000000000000, ".1F", "S:9223372036854775808.0"),
        (0x43e0000000000000, ".20f", "S:9223372036854775808.00000000000000000000"),
        (0x43e0000000000000, ".17g", "S:9.2233720368547758e+18"),
        (0x43e0000000000000, ".16e", "S:9.2233720368547758e+18"),
        (0x43e0000000000000, "#.3", "S:9.22e+18"),
        (0x43e0000000000000, " 08.2f", "S: 9223372036854775808.00"),
        (0x43e0000000000000, "_.3f", "S:9_223_372_036_854_775_808.000"),
        (0x43e0000000000000, ".0%", "S:922337203685477580800%"),
        (0x43e0000000000000, "r", "ValueError: Unknown format code 'r' for object of type 'float'"),
        (0x43e0000000000000, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x43e0000000000000, "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        (0x43e0000000000000, "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        (0x43e0000000000000, ",n", "ValueError: Cannot specify ',' with 'n'."),
        (0x43e0000000000000, ".", "ValueError: Format specifier missing precision"),
        (0x43e0000000000000, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (0x43e0000000000000, "0=9.1f", "S:9223372036854775808.0"),
        (0x43e0000000000000, ".100f", "S:9223372036854775808.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x43e0000000000000, ",g", "S:9.22337e+18"),
        (0x43e0000000000000, "15,.3e", "S:      9.223e+18"),
        (0x43e0000000000000, ".2n", "S:9.2e+18"),
        (0x43e0000000000000, "08", "S:9.223372036854776e+18"),
        (0x3fd8000000000000, ".2f", "S:0.38"),
        (0x4005666666666666, ".2f", "S:2.67"),
        (0x3fc0000000000000, ".2f", "S:0.12"),
        (0x4480f0cf064dd592, "f", "S:10000000000000000000000.000000"),
        (0x4480f0cf064dd592, ",", "S:1e+22"),
        (0xbf50624dd2f1a9fc, "z.2f", "S:0.00"),
        (0xbf50624dd2f1a9fc, ".2f", "S:-0.00"),
        (0x3ee4f8b588e368f1, "g", "S:1e-05"),
        (0x419d6f3454000000, "g", "S:1.23457e+08"),
        (0x3fe0000000000000, ".0f", "S:0"),
        (0x3ff8000000000000, ".0f", "S:2"),
        (0x4004000000000000, ".0f", "S:2"),
        (0x81a56e1fc2f8f359, "z.2e", "S:-1.00e-300"),
        (0x4132d687e4189375, ",.2f", "S:1,234,567.89"),
        (0x4132d687e4189375, "_f", "S:1_234_567.891000"),
        (0xc132d687e4189375, "020,.2f", "S:-0,000,001,234,567.89"),
        (0x3ff0000000000000, ".3", "S:1.0"),
        (0x405ec00000000000, ".3", "S:1.23e+02"),
        (0x3f1a36e2eb1c432d, ".3", "S:0.0001"),
        (0x4341c37937e08000, ".17", "S:1e+16"),
        (0x4341c37937e08000, ".16", "S:1e+16"),
        (0x7ff8000000000000, "+", "S:+nan"),
        (0x7ff8000000000000, "010", "S:0000000nan"),
        (0xfff0000000000000, "^10", "S:   -inf   "),
        (0x7ff0000000000000, "010,", "S:0000000inf"),
        (0x7ff8000000000000, "=+8", "S:+    nan"),
        (0xfff8000000000000, "", "S:nan"),
        (0xfff8000000000000, "+.2f", "S:+nan"),
    ];
    const FORMAT_INT: &[(&str, &str, &str)] = &[
        ("0", "", "S:0"),
        ("0", "d", "S:0"),
        ("0", "b", "S:0"),
        ("0", "o", "S:0"),
        ("0", "x", "S:0"),
        ("0", "X", "S:0"),
        ("0", "#b", "S:0b0"),
        ("0", "#o", "S:0o0"),
        ("0", "#x", "S:0x0"),
        ("0", "#X", "S:0X0"),
        ("0", "#010b", "S:0b00000000"),
        ("0", "#010x", "S:0x00000000"),
        ("0", ",", "S:0"),
        ("0", "_", "S:0"),
        ("0", "_x", "S:0"),
        ("0", "_b", "S:0"),
        ("0", "#_x", "S:0x0"),
        ("0", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("0", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("0", "010,", "S:00,000,000"),
        ("0", "09,", "S:0,000,000"),
        ("0", "08,", "S:0,000,000"),
        ("0", "+", "S:+0"),
        ("0", " ", "S: 0"),
        ("0", "-", "S:0"),
        ("0", "+d", "S:+0"),
        ("0", "^9", "S:    0    "),
        ("0", "<9", "S:0        "),
        ("0", ">9", "S:        0"),
        ("0", "=9", "S:        0"),
        ("0", "*^10", "S:****0*****"),
        ("0", "0=9", "S:000000000"),
        ("0", "+010", "S:+000000000"),
        ("0", "c", "S:\u{0}"),
        ("0", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("0", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("0", ">5c", "S:    \u{0}"),
        ("0", "n", "S:0"),
        ("0", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("0", "e", "S:0.000000e+00"),
        ("0", ".2e", "S:0.00e+00"),
        ("0", "f", "S:0.000000"),
        ("0", ".2f", "S:0.00"),
        ("0", "g", "S:0"),
        ("0", "%", "S:0.000000%"),
        ("0", ".1%", "S:0.0%"),
        ("0", "G", "S:0"),
        ("0", "E", "S:0.000000E+00"),
        ("0", "F", "S:0.000000"),
        ("0", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("0", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("0", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("0", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("0", "#", "S:0"),
        ("0", "010", "S:0000000000"),
        ("0", "#^12x", "S:#####0######"),
        ("0", "=+#12_X", "S:+0X        0"),
        ("0", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("0", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("0", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("0", ".", "ValueError: Format specifier missing precision"),
        ("0", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("0", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("0", "_o", "S:0"),
        ("0", "10_d", "S:         0"),
        ("0", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1", "", "S:1"),
        ("1", "d", "S:1"),
        ("1", "b", "S:1"),
        ("1", "o", "S:1"),
        ("1", "x", "S:1"),
        ("1", "X", "S:1"),
        ("1", "#b", "S:0b1"),
        ("1", "#o", "S:0o1"),
        ("1", "#x", "S:0x1"),
        ("1", "#X", "S:0X1"),
        ("1", "#010b", "S:0b00000001"),
        ("1", "#010x", "S:0x00000001"),
        ("1", ",", "S:1"),
        ("1", "_", "S:1"),
        ("1", "_x", "S:1"),
        ("1", "_b", "S:1"),
        ("1", "#_x", "S:0x1"),
        ("1", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("1", "010,", "S:00,000,001"),
        ("1", "09,", "S:0,000,001"),
        ("1", "08,", "S:0,000,001"),
        ("1", "+", "S:+1"),
        ("1", " ", "S: 1"),
        ("1", "-", "S:1"),
        ("1", "+d", "S:+1"),
        ("1", "^9", "S:    1    "),
        ("1", "<9", "S:1        "),
        ("1", ">9", "S:        1"),
        ("1", "=9", "S:        1"),
        ("1", "*^10", "S:****1*****"),
        ("1", "0=9", "S:000000001"),
        ("1", "+010", "S:+000000001"),
        ("1", "c", "S:\u{1}"),
        ("1", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1", ">5c", "S:    \u{1}"),
        ("1", "n", "S:1"),
        ("1", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1", "e", "S:1.000000e+00"),
        ("1", ".2e", "S:1.00e+00"),
        ("1", "f", "S:1.000000"),
        ("1", ".2f", "S:1.00"),
        ("1", "g", "S:1"),
        ("1", "%", "S:100.000000%"),
        ("1", ".1%", "S:100.0%"),
        ("1", "G", "S:1"),
        ("1", "E", "S:1.000000E+00"),
        ("1", "F", "S:1.000000"),
        ("1", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("1", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("1", "#", "S:1"),
        ("1", "010", "S:0000000001"),
        ("1", "#^12x", "S:#####1######"),
        ("1", "=+#12_X", "S:+0X        1"),
        ("1", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1", ".", "ValueError: Format specifier missing precision"),
        ("1", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("1", "_o", "S:1"),
        ("1", "10_d", "S:         1"),
        ("1", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1", "", "S:-1"),
        ("-1", "d", "S:-1"),
        ("-1", "b", "S:-1"),
        ("-1", "o", "S:-1"),
        ("-1", "x", "S:-1"),
        ("-1", "X", "S:-1"),
        ("-1", "#b", "S:-0b1"),
        ("-1", "#o", "S:-0o1"),
        ("-1", "#x", "S:-0x1"),
        ("-1", "#X", "S:-0X1"),
        ("-1", "#010b", "S:-0b0000001"),
        ("-1", "#010x", "S:-0x0000001"),
        ("-1", ",", "S:-1"),
        ("-1", "_", "S:-1"),
        ("-1", "_x", "S:-1"),
        ("-1", "_b", "S:-1"),
        ("-1", "#_x", "S:-0x1"),
        ("-1", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("-1", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("-1", "010,", "S:-0,000,001"),
        ("-1", "09,", "S:-0,000,001"),
        ("-1", "08,", "S:-000,001"),
        ("-1", "+", "S:-1"),
        ("-1", " ", "S:-1"),
        ("-1", "-", "S:-1"),
        ("-1", "+d", "S:-1"),
        ("-1", "^9", "S:   -1    "),
        ("-1", "<9", "S:-1       "),
        ("-1", ">9", "S:       -1"),
        ("-1", "=9", "S:-       1"),
        ("-1", "*^10", "S:****-1****"),
        ("-1", "0=9", "S:-00000001"),
        ("-1", "+010", "S:-000000001"),
        ("-1", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1", ">5c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1", "n", "S:-1"),
        ("-1", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-1", "e", "S:-1.000000e+00"),
        ("-1", ".2e", "S:-1.00e+00"),
        ("-1", "f", "S:-1.000000"),
        ("-1", ".2f", "S:-1.00"),
        ("-1", "g", "S:-1"),
        ("-1", "%", "S:-100.000000%"),
        ("-1", ".1%", "S:-100.0%"),
        ("-1", "G", "S:-1"),
        ("-1", "E", "S:-1.000000E+00"),
        ("-1", "F", "S:-1.000000"),
        ("-1", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-1", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("-1", "#", "S:-1"),
        ("-1", "010", "S:-000000001"),
        ("-1", "#^12x", "S:#####-1#####"),
        ("-1", "=+#12_X", "S:-0X        1"),
        ("-1", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-1", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-1", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-1", ".", "ValueError: Format specifier missing precision"),
        ("-1", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("-1", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("-1", "_o", "S:-1"),
        ("-1", "10_d", "S:        -1"),
        ("-1", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "", "S:7"),
        ("7", "d", "S:7"),
        ("7", "b", "S:111"),
        ("7", "o", "S:7"),
        ("7", "x", "S:7"),
        ("7", "X", "S:7"),
        ("7", "#b", "S:0b111"),
        ("7", "#o", "S:0o7"),
        ("7", "#x", "S:0x7"),
        ("7", "#X", "S:0X7"),
        ("7", "#010b", "S:0b00000111"),
        ("7", "#010x", "S:0x00000007"),
        ("7", ",", "S:7"),
        ("7", "_", "S:7"),
        ("7", "_x", "S:7"),
        ("7", "_b", "S:111"),
        ("7", "#_x", "S:0x7"),
        ("7", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("7", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("7", "010,", "S:00,000,007"),
        ("7", "09,", "S:0,000,007"),
        ("7", "08,", "S:0,000,007"),
        ("7", "+", "S:+7"),
        ("7", " ", "S: 7"),
        ("7", "-", "S:7"),
        ("7", "+d", "S:+7"),
        ("7", "^9", "S:    7    "),
        ("7", "<9", "S:7        "),
        ("7", ">9", "S:        7"),
        ("7", "=9", "S:        7"),
        ("7", "*^10", "S:****7*****"),
        ("7", "0=9", "S:000000007"),
        ("7", "+010", "S:+000000007"),
        ("7", "c", "S:\u{7}"),
        ("7", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("7", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("7", ">5c", "S:    \u{7}"),
        ("7", "n", "S:7"),
        ("7", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("7", "e", "S:7.000000e+00"),
        ("7", ".2e", "S:7.00e+00"),
        ("7", "f", "S:7.000000"),
        ("7", ".2f", "S:7.00"),
        ("7", "g", "S:7"),
        ("7", "%", "S:700.000000%"),
        ("7", ".1%", "S:700.0%"),
        ("7", "G", "S:7"),
        ("7", "E", "S:7.000000E+00"),
        ("7", "F", "S:7.000000"),
        ("7", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("7", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("7", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("7", "#", "S:7"),
        ("7", "010", "S:0000000007"),
        ("7", "#^12x", "S:#####7######"),
        ("7", "=+#12_X", "S:+0X        7"),
        ("7", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("7", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("7", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("7", ".", "ValueError: Format specifier missing precision"),
        ("7", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("7", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("7", "_o", "S:7"),
        ("7", "10_d", "S:         7"),
        ("7", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-42", "", "S:-42"),
        ("-42", "d", "S:-42"),
        ("-42", "b", "S:-101010"),
        ("-42", "o", "S:-52"),
        ("-42", "x", "S:-2a"),
        ("-42", "X", "S:-2A"),
        ("-42", "#b", "S:-0b101010"),
        ("-42", "#o", "S:-0o52"),
        ("-42", "#x", "S:-0x2a"),
        ("-42", "#X", "S:-0X2A"),
        ("-42", "#010b", "S:-0b0101010"),
        ("-42", "#010x", "S:-0x000002a"),
        ("-42", ",", "S:-42"),
        ("-42", "_", "S:-42"),
        ("-42", "_x", "S:-2a"),
        ("-42", "_b", "S:-10_1010"),
        ("-42", "#_x", "S:-0x2a"),
        ("-42", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("-42", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("-42", "010,", "S:-0,000,042"),
        ("-42", "09,", "S:-0,000,042"),
        ("-42", "08,", "S:-000,042"),
        ("-42", "+", "S:-42"),
        ("-42", " ", "S:-42"),
        ("-42", "-", "S:-42"),
        ("-42", "+d", "S:-42"),
        ("-42", "^9", "S:   -42   "),
        ("-42", "<9", "S:-42      "),
        ("-42", ">9", "S:      -42"),
        ("-42", "=9", "S:-      42"),
        ("-42", "*^10", "S:***-42****"),
        ("-42", "0=9", "S:-00000042"),
        ("-42", "+010", "S:-000000042"),
        ("-42", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("-42", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-42", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-42", ">5c", "OverflowError: %c arg not in range(0x110000)"),
        ("-42", "n", "S:-42"),
        ("-42", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-42", "e", "S:-4.200000e+01"),
        ("-42", ".2e", "S:-4.20e+01"),
        ("-42", "f", "S:-42.000000"),
        ("-42", ".2f", "S:-42.00"),
        ("-42", "g", "S:-42"),
        ("-42", "%", "S:-4200.000000%"),
        ("-42", ".1%", "S:-4200.0%"),
        ("-42", "G", "S:-42"),
        ("-42", "E", "S:-4.200000E+01"),
        ("-42", "F", "S:-42.000000"),
        ("-42", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-42", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-42", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("-42", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("-42", "#", "S:-42"),
        ("-42", "010", "S:-000000042"),
        ("-42", "#^12x", "S:####-2a#####"),
        ("-42", "=+#12_X", "S:-0X       2A"),
        ("-42", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-42", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-42", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-42", ".", "ValueError: Format specifier missing precision"),
        ("-42", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("-42", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("-42", "_o", "S:-52"),
        ("-42", "10_d", "S:       -42"),
        ("-42", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("255", "", "S:255"),
        ("255", "d", "S:255"),
        ("255", "b", "S:11111111"),
        ("255", "o", "S:377"),
        ("255", "x", "S:ff"),
        ("255", "X", "S:FF"),
        ("255", "#b", "S:0b11111111"),
        ("255", "#o", "S:0o377"),
        ("255", "#x", "S:0xff"),
        ("255", "#X", "S:0XFF"),
        ("255", "#010b", "S:0b11111111"),
        ("255", "#010x", "S:0x000000ff"),
        ("255", ",", "S:255"),
        ("255", "_", "S:255"),
        ("255", "_x", "S:ff"),
        ("255", "_b", "S:1111_1111"),
        ("255", "#_x", "S:0xff"),
        ("255", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("255", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("255", "010,", "S:00,000,255"),
        ("255", "09,", "S:0,000,255"),
        ("255", "08,", "S:0,000,255"),
        ("255", "+", "S:+255"),
        ("255", " ", "S: 255"),
        ("255", "-", "S:255"),
        ("255", "+d", "S:+255"),
        ("255", "^9", "S:   255   "),
        ("255", "<9", "S:255      "),
        ("255", ">9", "S:      255"),
        ("255", "=9", "S:      255"),
        ("255", "*^10", "S:***255****"),
        ("255", "0=9", "S:000000255"),
        ("255", "+010", "S:+000000255"),
        ("255", "c", "S:\u{ff}"),
        ("255", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("255", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("255", ">5c", "S:    \u{ff}"),
        ("255", "n", "S:255"),
        ("255", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("255", "e", "S:2.550000e+02"),
        ("255", ".2e", "S:2.55e+02"),
        ("255", "f", "S:255.000000"),
        ("255", ".2f", "S:255.00"),
        ("255", "g", "S:255"),
        ("255", "%", "S:25500.000000%"),
        ("255", ".1%", "S:25500.0%"),
        ("255", "G", "S:255"),
        ("255", "E", "S:2.550000E+02"),
        ("255", "F", "S:255.000000"),
        ("255", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("255", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("255", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("255", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("255", "#", "S:255"),
        ("255", "010", "S:0000000255"),
        ("255", "#^12x", "S:#####ff#####"),
        ("255", "=+#12_X", "S:+0X       FF"),
        ("255", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("255", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("255", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("255", ".", "ValueError: Format specifier missing precision"),
        ("255", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("255", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("255", "_o", "S:377"),
        ("255", "10_d", "S:       255"),
        ("255", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234", "", "S:1234"),
        ("1234", "d", "S:1234"),
        ("1234", "b", "S:10011010010"),
        ("1234", "o", "S:2322"),
        ("1234", "x", "S:4d2"),
        ("1234", "X", "S:4D2"),
        ("1234", "#b", "S:0b10011010010"),
        ("1234", "#o", "S:0o2322"),
        ("1234", "#x", "S:0x4d2"),
        ("1234", "#X", "S:0X4D2"),
        ("1234", "#010b", "S:0b10011010010"),
        ("1234", "#010x", "S:0x000004d2"),
        ("1234", ",", "S:1,234"),
        ("1234", "_", "S:1_234"),
        ("1234", "_x", "S:4d2"),
        ("1234", "_b", "S:100_1101_0010"),
        ("1234", "#_x", "S:0x4d2"),
        ("1234", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1234", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("1234", "010,", "S:00,001,234"),
        ("1234", "09,", "S:0,001,234"),
        ("1234", "08,", "S:0,001,234"),
        ("1234", "+", "S:+1234"),
        ("1234", " ", "S: 1234"),
        ("1234", "-", "S:1234"),
        ("1234", "+d", "S:+1234"),
        ("1234", "^9", "S:  1234   "),
        ("1234", "<9", "S:1234     "),
        ("1234", ">9", "S:     1234"),
        ("1234", "=9", "S:     1234"),
        ("1234", "*^10", "S:***1234***"),
        ("1234", "0=9", "S:000001234"),
        ("1234", "+010", "S:+000001234"),
        ("1234", "c", "S:\u{4d2}"),
        ("1234", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1234", ">5c", "S:    \u{4d2}"),
        ("1234", "n", "S:1234"),
        ("1234", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1234", "e", "S:1.234000e+03"),
        ("1234", ".2e", "S:1.23e+03"),
        ("1234", "f", "S:1234.000000"),
        ("1234", ".2f", "S:1234.00"),
        ("1234", "g", "S:1234"),
        ("1234", "%", "S:123400.000000%"),
        ("1234", ".1%", "S:123400.0%"),
        ("1234", "G", "S:1234"),
        ("1234", "E", "S:1.234000E+03"),
        ("1234", "F", "S:1234.000000"),
        ("1234", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1234", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("1234", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("1234", "#", "S:1234"),
        ("1234", "010", "S:0000001234"),
        ("1234", "#^12x", "S:####4d2#####"),
        ("1234", "=+#12_X", "S:+0X      4D2"),
        ("1234", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1234", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1234", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1234", ".", "ValueError: Format specifier missing precision"),
        ("1234", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1234", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("1234", "_o", "S:2322"),
        ("1234", "10_d", "S:     1_234"),
        ("1234", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1234", "", "S:-1234"),
        ("-1234", "d", "S:-1234"),
        ("-1234", "b", "S:-10011010010"),
        ("-1234", "o", "S:-2322"),
        ("-1234", "x", "S:-4d2"),
        ("-1234", "X", "S:-4D2"),
        ("-1234", "#b", "S:-0b10011010010"),
        ("-1234", "#o", "S:-0o2322"),
        ("-1234", "#x", "S:-0x4d2"),
        ("-1234", "#X", "S:-0X4D2"),
        ("-1234", "#010b", "S:-0b10011010010"),
        ("-1234", "#010x", "S:-0x00004d2"),
        ("-1234", ",", "S:-1,234"),
        ("-1234", "_", "S:-1_234"),
        ("-1234", "_x", "S:-4d2"),
        ("-1234", "_b", "S:-100_1101_0010"),
        ("-1234", "#_x", "S:-0x4d2"),
        ("-1234", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("-1234", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("-1234", "010,", "S:-0,001,234"),
        ("-1234", "09,", "S:-0,001,234"),
        ("-1234", "08,", "S:-001,234"),
        ("-1234", "+", "S:-1234"),
        ("-1234", " ", "S:-1234"),
        ("-1234", "-", "S:-1234"),
        ("-1234", "+d", "S:-1234"),
        ("-1234", "^9", "S:  -1234  "),
        ("-1234", "<9", "S:-1234    "),
        ("-1234", ">9", "S:    -1234"),
        ("-1234", "=9", "S:-    1234"),
        ("-1234", "*^10", "S:**-1234***"),
        ("-1234", "0=9", "S:-00001234"),
        ("-1234", "+010", "S:-000001234"),
        ("-1234", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1234", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-1234", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1234", ">5c", "OverflowError: %c arg not in range(0x110000)"),
        ("-1234", "n", "S:-1234"),
        ("-1234", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-1234", "e", "S:-1.234000e+03"),
        ("-1234", ".2e", "S:-1.23e+03"),
        ("-1234", "f", "S:-1234.000000"),
        ("-1234", ".2f", "S:-1234.00"),
        ("-1234", "g", "S:-1234"),
        ("-1234", "%", "S:-123400.000000%"),
        ("-1234", ".1%", "S:-123400.0%"),
        ("-1234", "G", "S:-1234"),
        ("-1234", "E", "S:-1.234000E+03"),
        ("-1234", "F", "S:-1234.000000"),
        ("-1234", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-1234", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-1234", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1234", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("-1234", "#", "S:-1234"),
        ("-1234", "010", "S:-000001234"),
        ("-1234", "#^12x", "S:####-4d2####"),
        ("-1234", "=+#12_X", "S:-0X      4D2"),
        ("-1234", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-1234", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-1234", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-1234", ".", "ValueError: Format specifier missing precision"),
        ("-1234", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("-1234", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("-1234", "_o", "S:-2322"),
        ("-1234", "10_d", "S:    -1_234"),
        ("-1234", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234567", "", "S:1234567"),
        ("1234567", "d", "S:1234567"),
        ("1234567", "b", "S:100101101011010000111"),
        ("1234567", "o", "S:4553207"),
        ("1234567", "x", "S:12d687"),
        ("1234567", "X", "S:12D687"),
        ("1234567", "#b", "S:0b100101101011010000111"),
        ("1234567", "#o", "S:0o4553207"),
        ("1234567", "#x", "S:0x12d687"),
        ("1234567", "#X", "S:0X12D687"),
        ("1234567", "#010b", "S:0b100101101011010000111"),
        ("1234567", "#010x", "S:0x0012d687"),
        ("1234567", ",", "S:1,234,567"),
        ("1234567", "_", "S:1_234_567"),
        ("1234567", "_x", "S:12_d687"),
        ("1234567", "_b", "S:1_0010_1101_0110_1000_0111"),
        ("1234567", "#_x", "S:0x12_d687"),
        ("1234567", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1234567", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("1234567", "010,", "S:01,234,567"),
        ("1234567", "09,", "S:1,234,567"),
        ("1234567", "08,", "S:1,234,567"),
        ("1234567", "+", "S:+1234567"),
        ("1234567", " ", "S: 1234567"),
        ("1234567", "-", "S:1234567"),
        ("1234567", "+d", "S:+1234567"),
        ("1234567", "^9", "S: 1234567 "),
        ("1234567", "<9", "S:1234567  "),
        ("1234567", ">9", "S:  1234567"),
        ("1234567", "=9", "S:  1234567"),
        ("1234567", "*^10", "S:*1234567**"),
        ("1234567", "0=9", "S:001234567"),
        ("1234567", "+010", "S:+001234567"),
        ("1234567", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("1234567", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234567", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1234567", ">5c", "OverflowError: %c arg not in range(0x110000)"),
        ("1234567", "n", "S:1234567"),
        ("1234567", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1234567", "e", "S:1.234567e+06"),
        ("1234567", ".2e", "S:1.23e+06"),
        ("1234567", "f", "S:1234567.000000"),
        ("1234567", ".2f", "S:1234567.00"),
        ("1234567", "g", "S:1.23457e+06"),
        ("1234567", "%", "S:123456700.000000%"),
        ("1234567", ".1%", "S:123456700.0%"),
        ("1234567", "G", "S:1.23457E+06"),
        ("1234567", "E", "S:1.234567E+06"),
        ("1234567", "F", "S:1234567.000000"),
        ("1234567", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1234567", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234567", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("1234567", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("1234567", "#", "S:1234567"),
        ("1234567", "010", "S:0001234567"),
        ("1234567", "#^12x", "S:###12d687###"),
        ("1234567", "=+#12_X", "S:+0X  12_D687"),
        ("1234567", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1234567", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1234567", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1234567", ".", "ValueError: Format specifier missing precision"),
        ("1234567", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1234567", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("1234567", "_o", "S:455_3207"),
        ("1234567", "10_d", "S: 1_234_567"),
        ("1234567", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("100000000000000000000", "", "S:100000000000000000000"),
        ("100000000000000000000", "d", "S:100000000000000000000"),
        ("100000000000000000000", "b", "S:1010110101111000111010111100010110101100011000100000000000000000000"),
        ("100000000000000000000", "o", "S:12657072742654304000000"),
        ("100000000000000000000", "x", "S:56bc75e2d63100000"),
        ("100000000000000000000", "X", "S:56BC75E2D63100000"),
        ("100000000000000000000", "#b", "S:0b1010110101111000111010111100010110101100011000100000000000000000000"),
        ("100000000000000000000", "#o", "S:0o12657072742654304000000"),
        ("100000000000000000000", "#x", "S:0x56bc75e2d63100000"),
        ("100000000000000000000", "#X", "S:0X56BC75E2D63100000"),
        ("100000000000000000000", "#010b", "S:0b1010110101111000111010111100010110101100011000100000000000000000000"),
        ("100000000000000000000", "#010x", "S:0x56bc75e2d63100000"),
        ("100000000000000000000", ",", "S:100,000,000,000,000,000,000"),
        ("100000000000000000000", "_", "S:100_000_000_000_000_000_000"),
        ("100000000000000000000", "_x", "S:5_6bc7_5e2d_6310_0000"),
        ("100000000000000000000", "_b", "S:101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
        ("100000000000000000000", "#_x", "S:0x5_6bc7_5e2d_6310_0000"),
        ("100000000000000000000", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("100000000000000000000", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("100000000000000000000", "010,", "S:100,000,000,000,000,000,000"),
        ("100000000000000000000", "09,", "S:100,000,000,000,000,000,000"),
        ("100000000000000000000", "08,", "S:100,000,000,000,000,000,000"),
        ("100000000000000000000", "+", "S:+100000000000000000000"),
        ("100000000000000000000", " ", "S: 100000000000000000000"),
        ("100000000000000000000", "-", "S:100000000000000000000"),
        ("100000000000000000000", "+d", "S:+100000000000000000000"),
        ("100000000000000000000", "^9", "S:100000000000000000000"),
        ("100000000000000000000", "<9", "S:100000000000000000000"),
        ("100000000000000000000", ">9", "S:100000000000000000000"),
        ("100000000000000000000", "=9", "S:100000000000000000000"),
        ("100000000000000000000", "*^10", "S:100000000000000000000"),
        ("100000000000000000000", "0=9", "S:100000000000000000000"),
        ("100000000000000000000", "+010", "S:+100000000000000000000"),
        ("100000000000000000000", "c", "OverflowError: Python int too large to convert to C long"),
        ("100000000000000000000", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("100000000000000000000", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("100000000000000000000", ">5c", "OverflowError: Python int too large to convert to C long"),
        ("100000000000000000000", "n", "S:100000000000000000000"),
        ("100000000000000000000", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("100000000000000000000", "e", "S:1.000000e+20"),
        ("100000000000000000000", ".2e", "S:1.00e+20"),
        ("100000000000000000000", "f", "S:100000000000000000000.000000"),
        ("100000000000000000000", ".2f", "S:100000000000000000000.00"),
        ("100000000000000000000", "g", "S:1e+20"),
        ("100000000000000000000", "%", "S:10000000000000000000000.000000%"),
        ("100000000000000000000", ".1%", "S:10000000000000000000000.0%"),
        ("100000000000000000000", "G", "S:1E+20"),
        ("100000000000000000000", "E", "S:1.000000E+20"),
        ("100000000000000000000", "F", "S:100000000000000000000.000000"),
        ("100000000000000000000", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("100000000000000000000", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("100000000000000000000", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("100000000000000000000", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("100000000000000000000", "#", "S:100000000000000000000"),
        ("100000000000000000000", "010", "S:100000000000000000000"),
        ("100000000000000000000", "#^12x", "S:56bc75e2d63100000"),
        ("100000000000000000000", "=+#12_X", "S:+0X5_6BC7_5E2D_6310_0000"),
        ("100000000000000000000", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("100000000000000000000", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("100000000000000000000", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("100000000000000000000", ".", "ValueError: Format specifier missing precision"),
        ("100000000000000000000", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("100000000000000000000", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("100000000000000000000", "_o", "S:126_5707_2742_6543_0400_0000"),
        ("100000000000000000000", "10_d", "S:100_000_000_000_000_000_000"),
        ("100000000000000000000", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-100000000000000000000", "", "S:-100000000000000000000"),
        ("-100000000000000000000", "d", "S:-100000000000000000000"),
        ("-100000000000000000000", "b", "S:-1010110101111000111010111100010110101100011000100000000000000000000"),
        ("-100000000000000000000", "o", "S:-12657072742654304000000"),
        ("-100000000000000000000", "x", "S:-56bc75e2d63100000"),
        ("-100000000000000000000", "X", "S:-56BC75E2D63100000"),
        ("-100000000000000000000", "#b", "S:-0b1010110101111000111010111100010110101100011000100000000000000000000"),
        ("-100000000000000000000", "#o", "S:-0o12657072742654304000000"),
        ("-100000000000000000000", "#x", "S:-0x56bc75e2d63100000"),
        ("-100000000000000000000", "#X", "S:-0X56BC75E2D63100000"),
        ("-100000000000000000000", "#010b", "S:-0b1010110101111000111010111100010110101100011000100000000000000000000"),
        ("-100000000000000000000", "#010x", "S:-0x56bc75e2d63100000"),
        ("-100000000000000000000", ",", "S:-100,000,000,000,000,000,000"),
        ("-100000000000000000000", "_", "S:-100_000_000_000_000_000_000"),
        ("-100000000000000000000", "_x", "S:-5_6bc7_5e2d_6310_0000"),
        ("-100000000000000000000", "_b", "S:-101_0110_1011_1100_0111_0101_1110_0010_1101_0110_0011_0001_0000_0000_0000_0000_0000"),
        ("-100000000000000000000", "#_x", "S:-0x5_6bc7_5e2d_6310_0000"),
        ("-100000000000000000000", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("-100000000000000000000", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("-100000000000000000000", "010,", "S:-100,000,000,000,000,000,000"),
        ("-100000000000000000000", "09,", "S:-100,000,000,000,000,000,000"),
        ("-100000000000000000000", "08,", "S:-100,000,000,000,000,000,000"),
        ("-100000000000000000000", "+", "S:-100000000000000000000"),
        ("-100000000000000000000", " ", "S:-100000000000000000000"),
        ("-100000000000000000000", "-", "S:-100000000000000000000"),
        ("-100000000000000000000", "+d", "S:-100000000000000000000"),
        ("-100000000000000000000", "^9", "S:-100000000000000000000"),
        ("-100000000000000000000", "<9", "S:-100000000000000000000"),
        ("-100000000000000000000", ">9", "S:-100000000000000000000"),
        ("-100000000000000000000", "=9", "S:-100000000000000000000"),
        ("-100000000000000000000", "*^10", "S:-100000000000000000000"),
        ("-100000000000000000000", "0=9", "S:-100000000000000000000"),
        ("-100000000000000000000", "+010", "S:-100000000000000000000"),
        ("-100000000000000000000", "c", "OverflowError: Python int too large to convert to C long"),
        ("-100000000000000000000", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-100000000000000000000", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-100000000000000000000", ">5c", "OverflowError: Python int too large to convert to C long"),
        ("-100000000000000000000", "n", "S:-100000000000000000000"),
        ("-100000000000000000000", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("-100000000000000000000", "e", "S:-1.000000e+20"),
        ("-100000000000000000000", ".2e", "S:-1.00e+20"),
        ("-100000000000000000000", "f", "S:-100000000000000000000.000000"),
        ("-100000000000000000000", ".2f", "S:-100000000000000000000.00"),
        ("-100000000000000000000", "g", "S:-1e+20"),
        ("-100000000000000000000", "%", "S:-10000000000000000000000.000000%"),
        ("-100000000000000000000", ".1%", "S:-10000000000000000000000.0%"),
        ("-100000000000000000000", "G", "S:-1E+20"),
        ("-100000000000000000000", "E", "S:-1.000000E+20"),
        ("-100000000000000000000", "F", "S:-100000000000000000000.000000"),
        ("-100000000000000000000", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("-100000000000000000000", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-100000000000000000000", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("-100000000000000000000", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("-100000000000000000000", "#", "S:-100000000000000000000"),
        ("-100000000000000000000", "010", "S:-100000000000000000000"),
        ("-100000000000000000000", "#^12x", "S:-56bc75e2d63100000"),
        ("-100000000000000000000", "=+#12_X", "S:-0X5_6BC7_5E2D_6310_0000"),
        ("-100000000000000000000", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("-100000000000000000000", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("-100000000000000000000", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("-100000000000000000000", ".", "ValueError: Format specifier missing precision"),
        ("-100000000000000000000", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("-100000000000000000000", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("-100000000000000000000", "_o", "S:-126_5707_2742_6543_0400_0000"),
        ("-100000000000000000000", "10_d", "S:-100_000_000_000_000_000_000"),
        ("-100000000000000000000", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("18446744073709551616", "", "S:18446744073709551616"),
        ("18446744073709551616", "d", "S:18446744073709551616"),
        ("18446744073709551616", "b", "S:10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709551616", "o", "S:2000000000000000000000"),
        ("18446744073709551616", "x", "S:10000000000000000"),
        ("18446744073709551616", "X", "S:10000000000000000"),
        ("18446744073709551616", "#b", "S:0b10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709551616", "#o", "S:0o2000000000000000000000"),
        ("18446744073709551616", "#x", "S:0x10000000000000000"),
        ("18446744073709551616", "#X", "S:0X10000000000000000"),
        ("18446744073709551616", "#010b", "S:0b10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709551616", "#010x", "S:0x10000000000000000"),
        ("18446744073709551616", ",", "S:18,446,744,073,709,551,616"),
        ("18446744073709551616", "_", "S:18_446_744_073_709_551_616"),
        ("18446744073709551616", "_x", "S:1_0000_0000_0000_0000"),
        ("18446744073709551616", "_b", "S:1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("18446744073709551616", "#_x", "S:0x1_0000_0000_0000_0000"),
        ("18446744073709551616", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("18446744073709551616", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("18446744073709551616", "010,", "S:18,446,744,073,709,551,616"),
        ("18446744073709551616", "09,", "S:18,446,744,073,709,551,616"),
        ("18446744073709551616", "08,", "S:18,446,744,073,709,551,616"),
        ("18446744073709551616", "+", "S:+18446744073709551616"),
        ("18446744073709551616", " ", "S: 18446744073709551616"),
        ("18446744073709551616", "-", "S:18446744073709551616"),
        ("18446744073709551616", "+d", "S:+18446744073709551616"),
        ("18446744073709551616", "^9", "S:18446744073709551616"),
        ("18446744073709551616", "<9", "S:18446744073709551616"),
        ("18446744073709551616", ">9", "S:18446744073709551616"),
        ("18446744073709551616", "=9", "S:18446744073709551616"),
        ("18446744073709551616", "*^10", "S:18446744073709551616"),
        ("18446744073709551616", "0=9", "S:18446744073709551616"),
        ("18446744073709551616", "+010", "S:+18446744073709551616"),
        ("18446744073709551616", "c", "OverflowError: Python int too large to convert to C long"),
        ("18446744073709551616", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("18446744073709551616", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("18446744073709551616", ">5c", "OverflowError: Python int too large to convert to C long"),
        ("18446744073709551616", "n", "S:18446744073709551616"),
        ("18446744073709551616", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("18446744073709551616", "e", "S:1.844674e+19"),
        ("18446744073709551616", ".2e", "S:1.84e+19"),
        ("18446744073709551616", "f", "S:18446744073709551616.000000"),
        ("18446744073709551616", ".2f", "S:18446744073709551616.00"),
        ("18446744073709551616", "g", "S:1.84467e+19"),
        ("18446744073709551616", "%", "S:1844674407370955161600.000000%"),
        ("18446744073709551616", ".1%", "S:1844674407370955161600.0%"),
        ("18446744073709551616", "G", "S:1.84467E+19"),
        ("18446744073709551616", "E", "S:1.844674E+19"),
        ("18446744073709551616", "F", "S:18446744073709551616.000000"),
        ("18446744073709551616", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("18446744073709551616", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("18446744073709551616", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("18446744073709551616", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("18446744073709551616", "#", "S:18446744073709551616"),
        ("18446744073709551616", "010", "S:18446744073709551616"),
        ("18446744073709551616", "#^12x", "S:10000000000000000"),
        ("18446744073709551616", "=+#12_X", "S:+0X1_0000_0000_0000_0000"),
        ("18446744073709551616", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("18446744073709551616", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("18446744073709551616", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("18446744073709551616", ".", "ValueError: Format specifier missing precision"),
        ("18446744073709551616", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("18446744073709551616", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("18446744073709551616", "_o", "S:20_0000_0000_0000_0000_0000"),
        ("18446744073709551616", "10_d", "S:18_446_744_073_709_551_616"),
        ("18446744073709551616", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("65", "", "S:65"),
        ("65", "d", "S:65"),
        ("65", "b", "S:1000001"),
        ("65", "o", "S:101"),
        ("65", "x", "S:41"),
        ("65", "X", "S:41"),
        ("65", "#b", "S:0b1000001"),
        ("65", "#o", "S:0o101"),
        ("65", "#x", "S:0x41"),
        ("65", "#X", "S:0X41"),
        ("65", "#010b", "S:0b01000001"),
        ("65", "#010x", "S:0x00000041"),
        ("65", ",", "S:65"),
        ("65", "_", "S:65"),
        ("65", "_x", "S:41"),
        ("65", "_b", "S:100_0001"),
        ("65", "#_x", "S:0x41"),
        ("65", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("65", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("65", "010,", "S:00,000,065"),
        ("65", "09,", "S:0,000,065"),
        ("65", "08,", "S:0,000,065"),
        ("65", "+", "S:+65"),
        ("65", " ", "S: 65"),
        ("65", "-", "S:65"),
        ("65", "+d", "S:+65"),
        ("65", "^9", "S:   65    "),
        ("65", "<9", "S:65       "),
        ("65", ">9", "S:       65"),
        ("65", "=9", "S:       65"),
        ("65", "*^10", "S:****65****"),
        ("65", "0=9", "S:000000065"),
        ("65", "+010", "S:+000000065"),
        ("65", "c", "S:A"),
        ("65", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("65", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("65", ">5c", "S:    A"),
        ("65", "n", "S:65"),
        ("65", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("65", "e", "S:6.500000e+01"),
        ("65", ".2e", "S:6.50e+01"),
        ("65", "f", "S:65.000000"),
        ("65", ".2f", "S:65.00"),
        ("65", "g", "S:65"),
        ("65", "%", "S:6500.000000%"),
        ("65", ".1%", "S:6500.0%"),
        ("65", "G", "S:65"),
        ("65", "E", "S:6.500000E+01"),
        ("65", "F", "S:65.000000"),
        ("65", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("65", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("65", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("65", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("65", "#", "S:65"),
        ("65", "010", "S:0000000065"),
        ("65", "#^12x", "S:#####41#####"),
        ("65", "=+#12_X", "S:+0X       41"),
        ("65", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("65", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("65", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("65", ".", "ValueError: Format specifier missing precision"),
        ("65", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("65", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("65", "_o", "S:101"),
        ("65", "10_d", "S:        65"),
        ("65", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114111", "", "S:1114111"),
        ("1114111", "d", "S:1114111"),
        ("1114111", "b", "S:100001111111111111111"),
        ("1114111", "o", "S:4177777"),
        ("1114111", "x", "S:10ffff"),
        ("1114111", "X", "S:10FFFF"),
        ("1114111", "#b", "S:0b100001111111111111111"),
        ("1114111", "#o", "S:0o4177777"),
        ("1114111", "#x", "S:0x10ffff"),
        ("1114111", "#X", "S:0X10FFFF"),
        ("1114111", "#010b", "S:0b100001111111111111111"),
        ("1114111", "#010x", "S:0x0010ffff"),
        ("1114111", ",", "S:1,114,111"),
        ("1114111", "_", "S:1_114_111"),
        ("1114111", "_x", "S:10_ffff"),
        ("1114111", "_b", "S:1_0000_1111_1111_1111_1111"),
        ("1114111", "#_x", "S:0x10_ffff"),
        ("1114111", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1114111", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("1114111", "010,", "S:01,114,111"),
        ("1114111", "09,", "S:1,114,111"),
        ("1114111", "08,", "S:1,114,111"),
        ("1114111", "+", "S:+1114111"),
        ("1114111", " ", "S: 1114111"),
        ("1114111", "-", "S:1114111"),
        ("1114111", "+d", "S:+1114111"),
        ("1114111", "^9", "S: 1114111 "),
        ("1114111", "<9", "S:1114111  "),
        ("1114111", ">9", "S:  1114111"),
        ("1114111", "=9", "S:  1114111"),
        ("1114111", "*^10", "S:*1114111**"),
        ("1114111", "0=9", "S:001114111"),
        ("1114111", "+010", "S:+001114111"),
        ("1114111", "c", "S:\u{10ffff}"),
        ("1114111", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1114111", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1114111", ">5c", "S:    \u{10ffff}"),
        ("1114111", "n", "S:1114111"),
        ("1114111", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1114111", "e", "S:1.114111e+06"),
        ("1114111", ".2e", "S:1.11e+06"),
        ("1114111", "f", "S:1114111.000000"),
        ("1114111", ".2f", "S:1114111.00"),
        ("1114111", "g", "S:1.11411e+06"),
        ("1114111", "%", "S:111411100.000000%"),
        ("1114111", ".1%", "S:111411100.0%"),
        ("1114111", "G", "S:1.11411E+06"),
        ("1114111", "E", "S:1.114111E+06"),
        ("1114111", "F", "S:1114111.000000"),
        ("1114111", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1114111", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114111", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("1114111", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("1114111", "#", "S:1114111"),
        ("1114111", "010", "S:0001114111"),
        ("1114111", "#^12x", "S:###10ffff###"),
        ("1114111", "=+#12_X", "S:+0X  10_FFFF"),
        ("1114111", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1114111", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1114111", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1114111", ".", "ValueError: Format specifier missing precision"),
        ("1114111", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1114111", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("1114111", "_o", "S:417_7777"),
        ("1114111", "10_d", "S: 1_114_111"),
        ("1114111", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114112", "", "S:1114112"),
        ("1114112", "d", "S:1114112"),
        ("1114112", "b", "S:100010000000000000000"),
        ("1114112", "o", "S:4200000"),
        ("1114112", "x", "S:110000"),
        ("1114112", "X", "S:110000"),
        ("1114112", "#b", "S:0b100010000000000000000"),
        ("1114112", "#o", "S:0o4200000"),
        ("1114112", "#x", "S:0x110000"),
        ("1114112", "#X", "S:0X110000"),
        ("1114112", "#010b", "S:0b100010000000000000000"),
        ("1114112", "#010x", "S:0x00110000"),
        ("1114112", ",", "S:1,114,112"),
        ("1114112", "_", "S:1_114_112"),
        ("1114112", "_x", "S:11_0000"),
        ("1114112", "_b", "S:1_0001_0000_0000_0000_0000"),
        ("1114112", "#_x", "S:0x11_0000"),
        ("1114112", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1114112", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("1114112", "010,", "S:01,114,112"),
        ("1114112", "09,", "S:1,114,112"),
        ("1114112", "08,", "S:1,114,112"),
        ("1114112", "+", "S:+1114112"),
        ("1114112", " ", "S: 1114112"),
        ("1114112", "-", "S:1114112"),
        ("1114112", "+d", "S:+1114112"),
        ("1114112", "^9", "S: 1114112 "),
        ("1114112", "<9", "S:1114112  "),
        ("1114112", ">9", "S:  1114112"),
        ("1114112", "=9", "S:  1114112"),
        ("1114112", "*^10", "S:*1114112**"),
        ("1114112", "0=9", "S:001114112"),
        ("1114112", "+010", "S:+001114112"),
        ("1114112", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("1114112", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1114112", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1114112", ">5c", "OverflowError: %c arg not in range(0x110000)"),
        ("1114112", "n", "S:1114112"),
        ("1114112", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1114112", "e", "S:1.114112e+06"),
        ("1114112", ".2e", "S:1.11e+06"),
        ("1114112", "f", "S:1114112.000000"),
        ("1114112", ".2f", "S:1114112.00"),
        ("1114112", "g", "S:1.11411e+06"),
        ("1114112", "%", "S:111411200.000000%"),
        ("1114112", ".1%", "S:111411200.0%"),
        ("1114112", "G", "S:1.11411E+06"),
        ("1114112", "E", "S:1.114112E+06"),
        ("1114112", "F", "S:1114112.000000"),
        ("1114112", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1114112", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1114112", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("1114112", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("1114112", "#", "S:1114112"),
        ("1114112", "010", "S:0001114112"),
        ("1114112", "#^12x", "S:###110000###"),
        ("1114112", "=+#12_X", "S:+0X  11_0000"),
        ("1114112", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1114112", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1114112", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1114112", ".", "ValueError: Format specifier missing precision"),
        ("1114112", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1114112", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("1114112", "_o", "S:420_0000"),
        ("1114112", "10_d", "S: 1_114_112"),
        ("1114112", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1267650600228229401496703205376", "", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "d", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "b", "S:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("1267650600228229401496703205376", "o", "S:2000000000000000000000000000000000"),
        ("1267650600228229401496703205376", "x", "S:10000000000000000000000000"),
        ("1267650600228229401496703205376", "X", "S:10000000000000000000000000"),
        ("1267650600228229401496703205376", "#b", "S:0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("1267650600228229401496703205376", "#o", "S:0o2000000000000000000000000000000000"),
        ("1267650600228229401496703205376", "#x", "S:0x10000000000000000000000000"),
        ("1267650600228229401496703205376", "#X", "S:0X10000000000000000000000000"),
        ("1267650600228229401496703205376", "#010b", "S:0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("1267650600228229401496703205376", "#010x", "S:0x10000000000000000000000000"),
        ("1267650600228229401496703205376", ",", "S:1,267,650,600,228,229,401,496,703,205,376"),
        ("1267650600228229401496703205376", "_", "S:1_267_650_600_228_229_401_496_703_205_376"),
        ("1267650600228229401496703205376", "_x", "S:10_0000_0000_0000_0000_0000_0000"),
        ("1267650600228229401496703205376", "_b", "S:1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("1267650600228229401496703205376", "#_x", "S:0x10_0000_0000_0000_0000_0000_0000"),
        ("1267650600228229401496703205376", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1267650600228229401496703205376", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("1267650600228229401496703205376", "010,", "S:1,267,650,600,228,229,401,496,703,205,376"),
        ("1267650600228229401496703205376", "09,", "S:1,267,650,600,228,229,401,496,703,205,376"),
        ("1267650600228229401496703205376", "08,", "S:1,267,650,600,228,229,401,496,703,205,376"),
        ("1267650600228229401496703205376", "+", "S:+1267650600228229401496703205376"),
        ("1267650600228229401496703205376", " ", "S: 1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "-", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "+d", "S:+1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "^9", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "<9", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", ">9", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "=9", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "*^10", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "0=9", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "+010", "S:+1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "c", "OverflowError: Python int too large to convert to C long"),
        ("1267650600228229401496703205376", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1267650600228229401496703205376", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1267650600228229401496703205376", ">5c", "OverflowError: Python int too large to convert to C long"),
        ("1267650600228229401496703205376", "n", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1267650600228229401496703205376", "e", "S:1.267651e+30"),
        ("1267650600228229401496703205376", ".2e", "S:1.27e+30"),
        ("1267650600228229401496703205376", "f", "S:1267650600228229401496703205376.000000"),
        ("1267650600228229401496703205376", ".2f", "S:1267650600228229401496703205376.00"),
        ("1267650600228229401496703205376", "g", "S:1.26765e+30"),
        ("1267650600228229401496703205376", "%", "S:126765060022822940149670320537600.000000%"),
        ("1267650600228229401496703205376", ".1%", "S:126765060022822940149670320537600.0%"),
        ("1267650600228229401496703205376", "G", "S:1.26765E+30"),
        ("1267650600228229401496703205376", "E", "S:1.267651E+30"),
        ("1267650600228229401496703205376", "F", "S:1267650600228229401496703205376.000000"),
        ("1267650600228229401496703205376", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("1267650600228229401496703205376", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1267650600228229401496703205376", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("1267650600228229401496703205376", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("1267650600228229401496703205376", "#", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "010", "S:1267650600228229401496703205376"),
        ("1267650600228229401496703205376", "#^12x", "S:10000000000000000000000000"),
        ("1267650600228229401496703205376", "=+#12_X", "S:+0X10_0000_0000_0000_0000_0000_0000"),
        ("1267650600228229401496703205376", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("1267650600228229401496703205376", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1267650600228229401496703205376", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1267650600228229401496703205376", ".", "ValueError: Format specifier missing precision"),
        ("1267650600228229401496703205376", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1267650600228229401496703205376", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("1267650600228229401496703205376", "_o", "S:20_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("1267650600228229401496703205376", "10_d", "S:1_267_650_600_228_229_401_496_703_205_376"),
        ("1267650600228229401496703205376", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("10000000000000000000000001", "", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "d", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "b", "S:100001000101100101010001011000010100000000010100100001001010000000000000000000000001"),
        ("10000000000000000000000001", "o", "S:4105452130240024411200000001"),
        ("10000000000000000000000001", "x", "S:84595161401484a000001"),
        ("10000000000000000000000001", "X", "S:84595161401484A000001"),
        ("10000000000000000000000001", "#b", "S:0b100001000101100101010001011000010100000000010100100001001010000000000000000000000001"),
        ("10000000000000000000000001", "#o", "S:0o4105452130240024411200000001"),
        ("10000000000000000000000001", "#x", "S:0x84595161401484a000001"),
        ("10000000000000000000000001", "#X", "S:0X84595161401484A000001"),
        ("10000000000000000000000001", "#010b", "S:0b100001000101100101010001011000010100000000010100100001001010000000000000000000000001"),
        ("10000000000000000000000001", "#010x", "S:0x84595161401484a000001"),
        ("10000000000000000000000001", ",", "S:10,000,000,000,000,000,000,000,001"),
        ("10000000000000000000000001", "_", "S:10_000_000_000_000_000_000_000_001"),
        ("10000000000000000000000001", "_x", "S:8_4595_1614_0148_4a00_0001"),
        ("10000000000000000000000001", "_b", "S:1000_0100_0101_1001_0101_0001_0110_0001_0100_0000_0001_0100_1000_0100_1010_0000_0000_0000_0000_0000_0001"),
        ("10000000000000000000000001", "#_x", "S:0x8_4595_1614_0148_4a00_0001"),
        ("10000000000000000000000001", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("10000000000000000000000001", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("10000000000000000000000001", "010,", "S:10,000,000,000,000,000,000,000,001"),
        ("10000000000000000000000001", "09,", "S:10,000,000,000,000,000,000,000,001"),
        ("10000000000000000000000001", "08,", "S:10,000,000,000,000,000,000,000,001"),
        ("10000000000000000000000001", "+", "S:+10000000000000000000000001"),
        ("10000000000000000000000001", " ", "S: 10000000000000000000000001"),
        ("10000000000000000000000001", "-", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "+d", "S:+10000000000000000000000001"),
        ("10000000000000000000000001", "^9", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "<9", "S:10000000000000000000000001"),
        ("10000000000000000000000001", ">9", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "=9", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "*^10", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "0=9", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "+010", "S:+10000000000000000000000001"),
        ("10000000000000000000000001", "c", "OverflowError: Python int too large to convert to C long"),
        ("10000000000000000000000001", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("10000000000000000000000001", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("10000000000000000000000001", ">5c", "OverflowError: Python int too large to convert to C long"),
        ("10000000000000000000000001", "n", "S:10000000000000000000000001"),
        ("10000000000000000000000001", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("10000000000000000000000001", "e", "S:1.000000e+25"),
        ("10000000000000000000000001", ".2e", "S:1.00e+25"),
        ("10000000000000000000000001", "f", "S:10000000000000000905969664.000000"),
        ("10000000000000000000000001", ".2f", "S:10000000000000000905969664.00"),
        ("10000000000000000000000001", "g", "S:1e+25"),
        ("10000000000000000000000001", "%", "S:1000000000000000150726508544.000000%"),
        ("10000000000000000000000001", ".1%", "S:1000000000000000150726508544.0%"),
        ("10000000000000000000000001", "G", "S:1E+25"),
        ("10000000000000000000000001", "E", "S:1.000000E+25"),
        ("10000000000000000000000001", "F", "S:10000000000000000905969664.000000"),
        ("10000000000000000000000001", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("10000000000000000000000001", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("10000000000000000000000001", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("10000000000000000000000001", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("10000000000000000000000001", "#", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "010", "S:10000000000000000000000001"),
        ("10000000000000000000000001", "#^12x", "S:84595161401484a000001"),
        ("10000000000000000000000001", "=+#12_X", "S:+0X8_4595_1614_0148_4A00_0001"),
        ("10000000000000000000000001", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("10000000000000000000000001", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("10000000000000000000000001", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("10000000000000000000000001", ".", "ValueError: Format specifier missing precision"),
        ("10000000000000000000000001", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("10000000000000000000000001", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("10000000000000000000000001", "_o", "S:4105_4521_3024_0024_4112_0000_0001"),
        ("10000000000000000000000001", "10_d", "S:10_000_000_000_000_000_000_000_001"),
        ("10000000000000000000000001", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("999", "", "S:999"),
        ("999", "d", "S:999"),
        ("999", "b", "S:1111100111"),
        ("999", "o", "S:1747"),
        ("999", "x", "S:3e7"),
        ("999", "X", "S:3E7"),
        ("999", "#b", "S:0b1111100111"),
        ("999", "#o", "S:0o1747"),
        ("999", "#x", "S:0x3e7"),
        ("999", "#X", "S:0X3E7"),
        ("999", "#010b", "S:0b1111100111"),
        ("999", "#010x", "S:0x000003e7"),
        ("999", ",", "S:999"),
        ("999", "_", "S:999"),
        ("999", "_x", "S:3e7"),
        ("999", "_b", "S:11_1110_0111"),
        ("999", "#_x", "S:0x3e7"),
        ("999", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("999", ",b", "ValueError: Cannot specify ',' with 'b'."),
        ("999", "010,", "S:00,000,999"),
        ("999", "09,", "S:0,000,999"),
        ("999", "08,", "S:0,000,999"),
        ("999", "+", "S:+999"),
        ("999", " ", "S: 999"),
        ("999", "-", "S:999"),
        ("999", "+d", "S:+999"),
        ("999", "^9", "S:   999   "),
        ("999", "<9", "S:999      "),
        ("999", ">9", "S:      999"),
        ("999", "=9", "S:      999"),
        ("999", "*^10", "S:***999****"),
        ("999", "0=9", "S:000000999"),
        ("999", "+010", "S:+000000999"),
        ("999", "c", "S:\u{3e7}"),
        ("999", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("999", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("999", ">5c", "S:    \u{3e7}"),
        ("999", "n", "S:999"),
        ("999", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("999", "e", "S:9.990000e+02"),
        ("999", ".2e", "S:9.99e+02"),
        ("999", "f", "S:999.000000"),
        ("999", ".2f", "S:999.00"),
        ("999", "g", "S:999"),
        ("999", "%", "S:99900.000000%"),
        ("999", ".1%", "S:99900.0%"),
        ("999", "G", "S:999"),
        ("999", "E", "S:9.990000E+02"),
        ("999", "F", "S:999.000000"),
        ("999", ".2", "ValueError: Precision not allowed in integer format specifier"),
        ("999", "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("999", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("999", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("999", "#", "S:999"),
        ("999", "010", "S:0000000999"),
        ("999", "#^12x", "S:####3e7#####"),
        ("999", "=+#12_X", "S:+0X      3E7"),
        ("999", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("999", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("999", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("999", ".", "ValueError: Format specifier missing precision"),
        ("999", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("999", ",o", "ValueError: Cannot specify ',' with 'o'."),
        ("999", "_o", "S:1747"),
        ("999", "10_d", "S:       999"),
        ("999", "z5d", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "OverflowError: int too large to convert to float"),
    ];
    const FORMAT_STR: &[(&str, &str, &str)] = &[
        ("", "", "S:"),
        ("", "s", "S:"),
        ("", "5", "S:     "),
        ("", "<5", "S:     "),
        ("", ">5", "S:     "),
        ("", "^5", "S:     "),
        ("", "^6", "S:      "),
        ("", "*^7", "S:*******"),
        ("", ".2", "S:"),
        ("", "10.2", "S:          "),
        ("", ".0", "S:"),
        ("", "05", "S:00000"),
        ("", "=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("", "+", "ValueError: Sign not allowed in string format specifier"),
        ("", " ", "ValueError: Space not allowed in string format specifier"),
        ("", "-", "ValueError: Sign not allowed in string format specifier"),
        ("", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        ("", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("", ",", "ValueError: Cannot specify ',' with 's'."),
        ("", "_", "ValueError: Cannot specify '_' with 's'."),
        ("", "x", "ValueError: Unknown format code 'x' for object of type 'str'"),
        ("", ".", "ValueError: Format specifier missing precision"),
        ("", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("", "0^5", "S:00000"),
        ("", ">>5", "S:>>>>>"),
        ("", "\u{e9}<6", "S:\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("", ",s", "ValueError: Cannot specify ',' with 's'."),
        ("a", "", "S:a"),
        ("a", "s", "S:a"),
        ("a", "5", "S:a    "),
        ("a", "<5", "S:a    "),
        ("a", ">5", "S:    a"),
        ("a", "^5", "S:  a  "),
        ("a", "^6", "S:  a   "),
        ("a", "*^7", "S:***a***"),
        ("a", ".2", "S:a"),
        ("a", "10.2", "S:a         "),
        ("a", ".0", "S:"),
        ("a", "05", "S:a0000"),
        ("a", "=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "+", "ValueError: Sign not allowed in string format specifier"),
        ("a", " ", "ValueError: Space not allowed in string format specifier"),
        ("a", "-", "ValueError: Sign not allowed in string format specifier"),
        ("a", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        ("a", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("a", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("a", ",", "ValueError: Cannot specify ',' with 's'."),
        ("a", "_", "ValueError: Cannot specify '_' with 's'."),
        ("a", "x", "ValueError: Unknown format code 'x' for object of type 'str'"),
        ("a", ".", "ValueError: Format specifier missing precision"),
        ("a", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("a", "0^5", "S:00a00"),
        ("a", ">>5", "S:>>>>a"),
        ("a", "\u{e9}<6", "S:a\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("a", ",s", "ValueError: Cannot specify ',' with 's'."),
        ("abc", "", "S:abc"),
        ("abc", "s", "S:abc"),
        ("abc", "5", "S:abc  "),
        ("abc", "<5", "S:abc  "),
        ("abc", ">5", "S:  abc"),
        ("abc", "^5", "S: abc "),
        ("abc", "^6", "S: abc  "),
        ("abc", "*^7", "S:**abc**"),
        ("abc", ".2", "S:ab"),
        ("abc", "10.2", "S:ab        "),
        ("abc", ".0", "S:"),
        ("abc", "05", "S:abc00"),
        ("abc", "=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("abc", "+", "ValueError: Sign not allowed in string format specifier"),
        ("abc", " ", "ValueError: Space not allowed in string format specifier"),
        ("abc", "-", "ValueError: Sign not allowed in string format specifier"),
        ("abc", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        ("abc", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("abc", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("abc", ",", "ValueError: Cannot specify ',' with 's'."),
        ("abc", "_", "ValueError: Cannot specify '_' with 's'."),
        ("abc", "x", "ValueError: Unknown format code 'x' for object of type 'str'"),
        ("abc", ".", "ValueError: Format specifier missing precision"),
        ("abc", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("abc", "0^5", "S:0abc0"),
        ("abc", ">>5", "S:>>abc"),
        ("abc", "\u{e9}<6", "S:abc\u{e9}\u{e9}\u{e9}"),
        ("abc", ",s", "ValueError: Cannot specify ',' with 's'."),
        ("hello world", "", "S:hello world"),
        ("hello world", "s", "S:hello world"),
        ("hello world", "5", "S:hello world"),
        ("hello world", "<5", "S:hello world"),
        ("hello world", ">5", "S:hello world"),
        ("hello world", "^5", "S:hello world"),
        ("hello world", "^6", "S:hello world"),
        ("hello world", "*^7", "S:hello world"),
        ("hello world", ".2", "S:he"),
        ("hello world", "10.2", "S:he        "),
        ("hello world", ".0", "S:"),
        ("hello world", "05", "S:hello world"),
        ("hello world", "=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("hello world", "+", "ValueError: Sign not allowed in string format specifier"),
        ("hello world", " ", "ValueError: Space not allowed in string format specifier"),
        ("hello world", "-", "ValueError: Sign not allowed in string format specifier"),
        ("hello world", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        ("hello world", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("hello world", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("hello world", ",", "ValueError: Cannot specify ',' with 's'."),
        ("hello world", "_", "ValueError: Cannot specify '_' with 's'."),
        ("hello world", "x", "ValueError: Unknown format code 'x' for object of type 'str'"),
        ("hello world", ".", "ValueError: Format specifier missing precision"),
        ("hello world", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("hello world", "0^5", "S:hello world"),
        ("hello world", ">>5", "S:hello world"),
        ("hello world", "\u{e9}<6", "S:hello world"),
        ("hello world", ",s", "ValueError: Cannot specify ',' with 's'."),
        ("h\u{e9}llo", "", "S:h\u{e9}llo"),
        ("h\u{e9}llo", "s", "S:h\u{e9}llo"),
        ("h\u{e9}llo", "5", "S:h\u{e9}llo"),
        ("h\u{e9}llo", "<5", "S:h\u{e9}llo"),
        ("h\u{e9}llo", ">5", "S:h\u{e9}llo"),
        ("h\u{e9}llo", "^5", "S:h\u{e9}llo"),
        ("h\u{e9}llo", "^6", "S:h\u{e9}llo "),
        ("h\u{e9}llo", "*^7", "S:*h\u{e9}llo*"),
        ("h\u{e9}llo", ".2", "S:h\u{e9}"),
        ("h\u{e9}llo", "10.2", "S:h\u{e9}        "),
        ("h\u{e9}llo", ".0", "S:"),
        ("h\u{e9}llo", "05", "S:h\u{e9}llo"),
        ("h\u{e9}llo", "=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("h\u{e9}llo", "+", "ValueError: Sign not allowed in string format specifier"),
        ("h\u{e9}llo", " ", "ValueError: Space not allowed in string format specifier"),
        ("h\u{e9}llo", "-", "ValueError: Sign not allowed in string format specifier"),
        ("h\u{e9}llo", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        ("h\u{e9}llo", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("h\u{e9}llo", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("h\u{e9}llo", ",", "ValueError: Cannot specify ',' with 's'."),
        ("h\u{e9}llo", "_", "ValueError: Cannot specify '_' with 's'."),
        ("h\u{e9}llo", "x", "ValueError: Unknown format code 'x' for object of type 'str'"),
        ("h\u{e9}llo", ".", "ValueError: Format specifier missing precision"),
        ("h\u{e9}llo", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("h\u{e9}llo", "0^5", "S:h\u{e9}llo"),
        ("h\u{e9}llo", ">>5", "S:h\u{e9}llo"),
        ("h\u{e9}llo", "\u{e9}<6", "S:h\u{e9}llo\u{e9}"),
        ("h\u{e9}llo", ",s", "ValueError: Cannot specify ',' with 's'."),
        ("\u{65e5}\u{672c}\u{8a9e}", "", "S:\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "s", "S:\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "5", "S:\u{65e5}\u{672c}\u{8a9e}  "),
        ("\u{65e5}\u{672c}\u{8a9e}", "<5", "S:\u{65e5}\u{672c}\u{8a9e}  "),
        ("\u{65e5}\u{672c}\u{8a9e}", ">5", "S:  \u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "^5", "S: \u{65e5}\u{672c}\u{8a9e} "),
        ("\u{65e5}\u{672c}\u{8a9e}", "^6", "S: \u{65e5}\u{672c}\u{8a9e}  "),
        ("\u{65e5}\u{672c}\u{8a9e}", "*^7", "S:**\u{65e5}\u{672c}\u{8a9e}**"),
        ("\u{65e5}\u{672c}\u{8a9e}", ".2", "S:\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "10.2", "S:\u{65e5}\u{672c}        "),
        ("\u{65e5}\u{672c}\u{8a9e}", ".0", "S:"),
        ("\u{65e5}\u{672c}\u{8a9e}", "05", "S:\u{65e5}\u{672c}\u{8a9e}00"),
        ("\u{65e5}\u{672c}\u{8a9e}", "=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("\u{65e5}\u{672c}\u{8a9e}", "+", "ValueError: Sign not allowed in string format specifier"),
        ("\u{65e5}\u{672c}\u{8a9e}", " ", "ValueError: Space not allowed in string format specifier"),
        ("\u{65e5}\u{672c}\u{8a9e}", "-", "ValueError: Sign not allowed in string format specifier"),
        ("\u{65e5}\u{672c}\u{8a9e}", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        ("\u{65e5}\u{672c}\u{8a9e}", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("\u{65e5}\u{672c}\u{8a9e}", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("\u{65e5}\u{672c}\u{8a9e}", ",", "ValueError: Cannot specify ',' with 's'."),
        ("\u{65e5}\u{672c}\u{8a9e}", "_", "ValueError: Cannot specify '_' with 's'."),
        ("\u{65e5}\u{672c}\u{8a9e}", "x", "ValueError: Unknown format code 'x' for object of type 'str'"),
        ("\u{65e5}\u{672c}\u{8a9e}", ".", "ValueError: Format specifier missing precision"),
        ("\u{65e5}\u{672c}\u{8a9e}", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("\u{65e5}\u{672c}\u{8a9e}", "0^5", "S:0\u{65e5}\u{672c}\u{8a9e}0"),
        ("\u{65e5}\u{672c}\u{8a9e}", ">>5", "S:>>\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "\u{e9}<6", "S:\u{65e5}\u{672c}\u{8a9e}\u{e9}\u{e9}\u{e9}"),
        ("\u{65e5}\u{672c}\u{8a9e}", ",s", "ValueError: Cannot specify ',' with 's'."),
    ];
    const RADIX: &[(&str, u32, bool, &str)] = &[
        ("0", 16, true, "0x0"),
        ("0", 8, true, "0o0"),
        ("0", 2, true, "0b0"),
        ("0", 16, false, "0"),
        ("0", 10, false, "0"),
        ("1", 16, true, "0x1"),
        ("1", 8, true, "0o1"),
        ("1", 2, true, "0b1"),
        ("1", 16, false, "1"),
        ("1", 10, false, "1"),
        ("-1", 16, true, "-0x1"),
        ("-1", 8, true, "-0o1"),
        ("-1", 2, true, "-0b1"),
        ("-1", 16, false, "-1"),
        ("-1", 10, false, "-1"),
        ("16", 16, true, "0x10"),
        ("16", 8, true, "0o20"),
        ("16", 2, true, "0b10000"),
        ("16", 16, false, "10"),
        ("16", 10, false, "16"),
        ("-16", 16, true, "-0x10"),
        ("-16", 8, true, "-0o20"),
        ("-16", 2, true, "-0b10000"),
        ("-16", 16, false, "-10"),
        ("-16", 10, false, "-16"),
        ("255", 16, true, "0xff"),
        ("255", 8, true, "0o377"),
        ("255", 2, true, "0b11111111"),
        ("255", 16, false, "ff"),
        ("255", 10, false, "255"),
        ("-255", 16, true, "-0xff"),
        ("-255", 8, true, "-0o377"),
        ("-255", 2, true, "-0b11111111"),
        ("-255", 16, false, "-ff"),
        ("-255", 10, false, "-255"),
        ("18446744073709551616", 16, true, "0x10000000000000000"),
        ("18446744073709551616", 8, true, "0o2000000000000000000000"),
        ("18446744073709551616", 2, true, "0b10000000000000000000000000000000000000000000000000000000000000000"),
        ("18446744073709551616", 16, false, "10000000000000000"),
        ("18446744073709551616", 10, false, "18446744073709551616"),
        ("-1180591620717411303424", 16, true, "-0x400000000000000000"),
        ("-1180591620717411303424", 8, true, "-0o200000000000000000000000"),
        ("-1180591620717411303424", 2, true, "-0b10000000000000000000000000000000000000000000000000000000000000000000000"),
        ("-1180591620717411303424", 16, false, "-400000000000000000"),
        ("-1180591620717411303424", 10, false, "-1180591620717411303424"),
        ("1000000000000000000000000000000", 16, true, "0xc9f2c9cd04674edea40000000"),
        ("1000000000000000000000000000000", 8, true, "0o1447626234640431647336510000000000"),
        ("1000000000000000000000000000000", 2, true, "0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"),
        ("1000000000000000000000000000000", 16, false, "c9f2c9cd04674edea40000000"),
        ("1000000000000000000000000000000", 10, false, "1000000000000000000000000000000"),
    ];
    const PARSE_INT: &[(&str, u32, &str)] = &[
        ("0x1f", 16, "I:31"),
        ("0x1f", 0, "I:31"),
        ("0X1F", 0, "I:31"),
        ("1f", 16, "I:31"),
        ("1_000", 10, "I:1000"),
        ("_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"),
        ("1_", 10, "ValueError: invalid literal for int() with base 10: '1_'"),
        ("1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"),
        (" 7 ", 10, "I:7"),
        ("-42", 10, "I:-42"),
        ("+42", 10, "I:42"),
        ("abc", 10, "ValueError: invalid literal for int() with base 10: 'abc'"),
        ("abc", 0, "ValueError: invalid literal for int() with base 0: 'abc'"),
        ("010", 0, "ValueError: invalid literal for int() with base 0: '010'"),
        ("0", 0, "I:0"),
        ("00", 0, "I:0"),
        ("0_0", 0, "I:0"),
        ("0_7", 0, "ValueError: invalid literal for int() with base 0: '0_7'"),
        ("0o17", 0, "I:15"),
        ("0b101", 0, "I:5"),
        ("0b101", 2, "I:5"),
        ("0b101", 16, "I:45313"),
        ("0x_1f", 16, "I:31"),
        ("0x__1f", 16, "ValueError: invalid literal for int() with base 16: '0x__1f'"),
        ("0x", 16, "ValueError: invalid literal for int() with base 16: '0x'"),
        ("0x_", 16, "ValueError: invalid literal for int() with base 16: '0x_'"),
        ("", 10, "ValueError: invalid literal for int() with base 10: ''"),
        ("  ", 10, "ValueError: invalid literal for int() with base 10: '  '"),
        ("-", 10, "ValueError: invalid literal for int() with base 10: '-'"),
        ("- 1", 10, "ValueError: invalid literal for int() with base 10: '- 1'"),
        ("1 2", 10, "ValueError: invalid literal for int() with base 10: '1 2'"),
        ("\u{9}\u{a}12\u{d}\u{b}\u{c}", 10, "I:12"),
        ("\u{a0}1\u{2003}", 10, "I:1"),
        ("\u{663}\u{664}", 10, "I:34"),
        ("\u{661}\u{660}", 16, "I:16"),
        ("\u{1c}1", 10, "ValueError: invalid literal for int() with base 10: '\\x1c1'"),
        ("1\u{0}", 10, "ValueError: invalid literal for int() with base 10: '1\\x00'"),
        ("z", 36, "I:35"),
        ("Z", 36, "I:35"),
        ("10", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("10", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("12", 2, "ValueError: invalid literal for int() with base 2: '12'"),
        ("777", 8, "I:511"),
        ("8", 8, "ValueError: invalid literal for int() with base 8: '8'"),
        ("123456789012345678901234567890", 10, "I:123456789012345678901234567890"),
        ("-0", 10, "I:0"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10, "ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("\u{661}\u{662}\u{663}", 0, "I:123"),
        ("0x1F", 10, "ValueError: invalid literal for int() with base 10: '0x1F'"),
        ("1e5", 10, "ValueError: invalid literal for int() with base 10: '1e5'"),
        ("1.0", 10, "ValueError: invalid literal for int() with base 10: '1.0'"),
        ("ff", 15, "ValueError: invalid literal for int() with base 15: 'ff'"),
        ("Ff", 16, "I:255"),
        ("0b", 0, "ValueError: invalid literal for int() with base 0: '0b'"),
        ("0o", 8, "ValueError: invalid literal for int() with base 8: '0o'"),
        ("07", 8, "I:7"),
        ("0_b1", 0, "ValueError: invalid literal for int() with base 0: '0_b1'"),
        ("+-1", 10, "ValueError: invalid literal for int() with base 10: '+-1'"),
        ("\u{e9}", 10, "ValueError: invalid literal for int() with base 10: '\u{e9}'"),
        ("1\u{e9}", 10, "ValueError: invalid literal for int() with base 10: '1\u{e9}'"),
    ];
    const PARSE_FLOAT: &[(&str, &str)] = &[
        ("inf", "F:7ff0000000000000"),
        ("-Infinity", "F:fff0000000000000"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("+NaN", "nan"),
        (" 1.5 ", "F:3ff8000000000000"),
        ("1_000.5", "F:408f440000000000"),
        ("x", "ValueError: could not convert string to float: 'x'"),
        ("", "ValueError: could not convert string to float: ''"),
        (" ", "ValueError: could not convert string to float: ' '"),
        ("1e5", "F:40f86a0000000000"),
        ("1E-5", "F:3ee4f8b588e368f1"),
        (".5", "F:3fe0000000000000"),
        ("5.", "F:4014000000000000"),
        (".", "ValueError: could not convert string to float: '.'"),
        ("1e", "ValueError: could not convert string to float: '1e'"),
        ("1e+", "ValueError: could not convert string to float: '1e+'"),
        ("1e+3", "F:408f400000000000"),
        ("-0", "F:8000000000000000"),
        ("-0.0", "F:8000000000000000"),
        ("0x10", "ValueError: could not convert string to float: '0x10'"),
        ("1__0", "ValueError: could not convert string to float: '1__0'"),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        ("1_", "ValueError: could not convert string to float: '1_'"),
        ("1_.5", "ValueError: could not convert string to float: '1_.5'"),
        ("1._5", "ValueError: could not convert string to float: '1._5'"),
        ("1_e5", "ValueError: could not convert string to float: '1_e5'"),
        ("1e_5", "ValueError: could not convert string to float: '1e_5'"),
        ("1e5_0", "F:4a511b0ec57e649a"),
        ("infinit", "ValueError: could not convert string to float: 'infinit'"),
        ("infinity", "F:7ff0000000000000"),
        ("INF", "F:7ff0000000000000"),
        ("  -inf\u{a}", "F:fff0000000000000"),
        ("1e400", "F:7ff0000000000000"),
        ("-1e400", "F:fff0000000000000"),
        ("1e-400", "F:0000000000000000"),
        ("2.5e-324", "F:0000000000000001"),
        ("3e-324", "F:0000000000000001"),
        ("0.1", "F:3fb999999999999a"),
        ("1.7976931348623157e308", "F:7fefffffffffffff"),
        ("1.7976931348623159e308", "F:7ff0000000000000"),
        ("9007199254740993", "F:4340000000000000"),
        ("123456789012345678901234567890e-20", "F:41d26580b487e6b7"),
        ("\u{663}.\u{664}", "F:400b333333333333"),
        ("\u{a0}1.5\u{2003}", "F:3ff8000000000000"),
        ("1.5\u{0}", "ValueError: could not convert string to float: '1.5\\x00'"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"),
        ("+.5", "F:3fe0000000000000"),
        ("-.5e-2", "F:bf747ae147ae147b"),
        ("1.2.3", "ValueError: could not convert string to float: '1.2.3'"),
        ("--1", "ValueError: could not convert string to float: '--1'"),
        ("nan(1)", "ValueError: could not convert string to float: 'nan(1)'"),
        ("in f", "ValueError: could not convert string to float: 'in f'"),
        ("\u{ff11}\u{ff12}", "F:4028000000000000"),
    ];
    const INT_TO_F64: &[(&str, &str)] = &[
        ("0", "F:0000000000000000"),
        ("1", "F:3ff0000000000000"),
        ("-1", "F:bff0000000000000"),
        ("9007199254740992", "F:4340000000000000"),
        ("9007199254740993", "F:4340000000000000"),
        ("9007199254740994", "F:4340000000000001"),
        ("9007199254740995", "F:4340000000000002"),
        ("18014398509481986", "F:4350000000000000"),
        ("18014398509481990", "F:4350000000000002"),
        ("9223372036854775807", "F:43e0000000000000"),
        ("18446744073709551615", "F:43f0000000000000"),
        ("18446744073709551617", "F:43f0000000000000"),
        ("-18446744073709551616", "F:c3f0000000000000"),
        ("10000000000000000000000", "F:4480f0cf064dd592"),
        ("100000000000000000000000", "F:44b52d02c7e14af6"),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "F:7fe1ccf385ebc8a0"),
        ("89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "F:7fe0000000000000"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "OverflowError: int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "OverflowError: int too large to convert to float"),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "F:7fefffffffffffff"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "F:7fefffffffffffff"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "OverflowError: int too large to convert to float"),
        ("36360291795869936842385267079543319118023385026001623040346035832580600191583895484198508262979388783308179702534403855752855931517013066142992430916562025780021771247847643450125342836565813209972590371590152578728008385990139795377610001", "F:717655d2ce0563f7"),
        ("-18739277038847939886754019920358123424308469030992781557966909983211910963157763678726120154469030856807730587971859910379069087693119051085139566217370635083384943613868029545256897117998608156843699465093293765833141309526696357142600866935689483770877815014461194837692223879905132001", "F:fb5f813b8e393478"),
        ("123456789123456789123456789", "F:455987bf7cb8ec68"),
        ("1267650600228229542234191560704", "F:4630000000000000"),
        ("1267650600228229542234191560705", "F:4630000000000001"),
        ("1267650600228229823709168271360", "F:4630000000000002"),
    ];
    const F64_TO_INT: &[(u64, &str)] = &[
        (0x0000000000000000, "I:0"),
        (0x8000000000000000, "I:0"),
        (0x3ff8000000000000, "I:1"),
        (0xbff8000000000000, "I:-1"),
        (0x3fefff2e48e8a71e, "I:0"),
        (0xbfefff2e48e8a71e, "I:0"),
        (0x4415af1d78b58c40, "I:100000000000000000000"),
        (0xc415af1d78b58c40, "I:-100000000000000000000"),
        (0x43e0000000000000, "I:9223372036854775808"),
        (0x43f0000000000000, "I:18446744073709551616"),
        (0x7fefffffffffffff, "I:179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        (0x0000000000000001, "I:0"),
        (0x7ff0000000000000, "OverflowError: cannot convert float infinity to integer"),
        (0xfff0000000000000, "OverflowError: cannot convert float infinity to integer"),
        (0x7ff8000000000000, "ValueError: cannot convert float NaN to integer"),
        (0x419d6f3457f2b021, "I:123456789"),
        (0xc4f0000000000000, "I:-1208925819614629174706176"),
    ];
    const TRUE_DIV: &[(&str, &str, &str)] = &[
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "F:4024000000000000"),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376", "F:4630000000000000"),
        ("1", "3", "F:3fd5555555555555"),
        ("-1", "3", "F:bfd5555555555555"),
        ("1", "-3", "F:bfd5555555555555"),
        ("0", "-5", "F:8000000000000000"),
        ("0", "5", "F:0000000000000000"),
        ("7", "2", "F:400c000000000000"),
        ("10", "0", "ZeroDivisionError: division by zero"),
        ("0", "0", "ZeroDivisionError: division by zero"),
        ("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "1", "OverflowError: integer division result too large for a float"),
        ("1", "114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "F:0000000000000000"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "1", "OverflowError: integer division result too large for a float"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215", "1", "OverflowError: integer division result too large for a float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", "OverflowError: integer division result too large for a float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1", "F:7fefffffffffffff"),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "70550791086553325712464271575934796216507949612787315762871223209262085551582934156579298529447134158154952334825355911866929793071824566694145084454535257027960285323760313192443283334088001", "OverflowError: integer division result too large for a float"),
        ("70550791086553325712464271575934796216507949612787315762871223209262085551582934156579298529447134158154952334825355911866929793071824566694145084454535257027960285323760313192443283334088001", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "F:000081df602767c5"),
        ("9007199254740993", "1", "F:4340000000000000"),
        ("9007199254740993", "2", "F:4330000000000000"),
        ("1000000000000000000000000000000", "7", "F:45fcd98a8b00a10b"),
        ("-1000000000000000000000000000000", "7", "F:c5fcd98a8b00a10b"),
        ("1", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "F:00000000000007e8"),
        ("1", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "F:0000000000000000"),
        ("3", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", "F:0000000000000002"),
        ("3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", "F:0000000000000001"),
        ("1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", "F:0000000000000000"),
        ("1152921504606846977", "1152921504606846976", "F:3ff0000000000000"),
        ("123456789000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "F:419d6f3454000000"),
        ("300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "2", "F:7feab36d48e1acf0"),
        ("202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494785", "40966672143876732145176228848043091143928566425868314369800638377010779053124493714260960149070292229477000187962034707314131344279013990700557084216067703100110397626915930050017669416781158249744236172365003101763600273594402063864722325201532144604115521818460662623935143647469165084514879475815880467163982182410113805509643338164835839186040845030529294117697218294439255325218264815180040054295920900280527835303063728875285777248462704511695944824230554347848626506942611938335291999257755662113691788246053880398723321865319809478918081631431889557552749507834196358292243660837246218506196446294893757162080795972525602568587162635206656", "F:0000000000000001"),
        ("5", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", "F:0000000000000001"),
        ("7", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", "F:0000000000000002"),
        ("18446744073709551615", "18446744073709551616", "F:3ff0000000000000"),
        ("-1267650600228229401496703205376", "3", "F:c615555555555555"),
    ];
    const FLOAT_DIVMOD: &[(u64, u64, &str, &str, &str)] = &[
        (0xc01c000000000000, 0x4000000000000000, "F:c010000000000000", "F:3ff0000000000000", "(F:c010000000000000,F:3ff0000000000000)"),
        (0x401c000000000000, 0x4000000000000000, "F:4008000000000000", "F:3ff0000000000000", "(F:4008000000000000,F:3ff0000000000000)"),
        (0x401c000000000000, 0xc000000000000000, "F:c010000000000000", "F:bff0000000000000", "(F:c010000000000000,F:bff0000000000000)"),
        (0xc01c000000000000, 0xc000000000000000, "F:4008000000000000", "F:bff0000000000000", "(F:4008000000000000,F:bff0000000000000)"),
        (0xbff0000000000000, 0x4008000000000000, "F:bff0000000000000", "F:4000000000000000", "(F:bff0000000000000,F:4000000000000000)"),
        (0x3ff0000000000000, 0xc008000000000000, "F:bff0000000000000", "F:c000000000000000", "(F:bff0000000000000,F:c000000000000000)"),
        (0x3ff0000000000000, 0x4008000000000000, "F:0000000000000000", "F:3ff0000000000000", "(F:0000000000000000,F:3ff0000000000000)"),
        (0x0000000000000000, 0x4008000000000000, "F:0000000000000000", "F:0000000000000000", "(F:0000000000000000,F:0000000000000000)"),
        (0x8000000000000000, 0x4008000000000000, "F:8000000000000000", "F:0000000000000000", "(F:8000000000000000,F:0000000000000000)"),
        (0x0000000000000000, 0xc008000000000000, "F:8000000000000000", "F:8000000000000000", "(F:8000000000000000,F:8000000000000000)"),
        (0x8000000000000000, 0xc008000000000000, "F:0000000000000000", "F:8000000000000000", "(F:0000000000000000,F:8000000000000000)"),
        (0x4018000000000000, 0x4008000000000000, "F:4000000000000000", "F:0000000000000000", "(F:4000000000000000,F:0000000000000000)"),
        (0xc018000000000000, 0x4008000000000000, "F:c000000000000000", "F:0000000000000000", "(F:c000000000000000,F:0000000000000000)"),
        (0x4018000000000000, 0xc008000000000000, "F:c000000000000000", "F:8000000000000000", "(F:c000000000000000,F:8000000000000000)"),
        (0x3ff0000000000000, 0x0000000000000000, "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()"),
        (0x3ff0000000000000, 0x8000000000000000, "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()"),
        (0x3fb999999999999a, 0x3f847ae147ae147b, "F:4024000000000000", "F:3c50000000000000", "(F:4024000000000000,F:3c50000000000000)"),
        (0x7e37e43c8800759c, 0x01a56e1fc2f8f359, "F:7ff0000000000000", "F:0194f722a6f79f9c", "(F:7ff0000000000000,F:0194f722a6f79f9c)"),
        (0x7ff0000000000000, 0x4008000000000000, "nan", "nan", "(nan,nan)"),
        (0x4008000000000000, 0x7ff0000000000000, "F:0000000000000000", "F:4008000000000000", "(F:0000000000000000,F:4008000000000000)"),
        (0xc008000000000000, 0x7ff0000000000000, "F:bff0000000000000", "F:7ff0000000000000", "(F:bff0000000000000,F:7ff0000000000000)"),
        (0x4008000000000000, 0xfff0000000000000, "F:bff0000000000000", "F:fff0000000000000", "(F:bff0000000000000,F:fff0000000000000)"),
        (0x7ff8000000000000, 0x3ff0000000000000, "nan", "nan", "(nan,nan)"),
        (0x4016000000000000, 0x4004000000000000, "F:4000000000000000", "F:3fe0000000000000", "(F:4000000000000000,F:3fe0000000000000)"),
        (0xc016000000000000, 0x4004000000000000, "F:c008000000000000", "F:4000000000000000", "(F:c008000000000000,F:4000000000000000)"),
        (0x4341c37937e08000, 0x4008000000000000, "F:4327af4c4a80aaaa", "F:3ff0000000000000", "(F:4327af4c4a80aaaa,F:3ff0000000000000)"),
        (0x80000000000007e8, 0x3ff0000000000000, "F:bff0000000000000", "F:3ff0000000000000", "(F:bff0000000000000,F:3ff0000000000000)"),
        (0x3fe6666666666666, 0x3fb999999999999a, "F:4018000000000000", "F:3fb9999999999994", "(F:4018000000000000,F:3fb9999999999994)"),
        (0x43b0000000000000, 0x3ff8000000000000, "F:43a5555555555555", "F:3ff0000000000000", "(F:43a5555555555555,F:3ff0000000000000)"),
    ];
    const FLOAT_POW: &[(u64, u64, &str)] = &[
        (0x4000000000000000, 0x4024000000000000, "F:4090000000000000"),
        (0x4000000000000000, 0x3fe0000000000000, "F:3ff6a09e667f3bcd"),
        (0x0000000000000000, 0xbff0000000000000, "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        (0x8000000000000000, 0xbff0000000000000, "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        (0x0000000000000000, 0x0000000000000000, "F:3ff0000000000000"),
        (0x0000000000000000, 0x4008000000000000, "F:0000000000000000"),
        (0x8000000000000000, 0x4008000000000000, "F:8000000000000000"),
        (0x8000000000000000, 0x4000000000000000, "F:0000000000000000"),
        (0x4024000000000000, 0x4079000000000000, "OverflowError: (34, 'Numerical result out of range')"),
        (0xc024000000000000, 0x4079100000000000, "OverflowError: (34, 'Numerical result out of range')"),
        (0x4024000000000000, 0xc079000000000000, "F:0000000000000000"),
        (0xc000000000000000, 0x4008000000000000, "F:c020000000000000"),
        (0xc000000000000000, 0x4000000000000000, "F:4010000000000000"),
        (0xc000000000000000, 0xc008000000000000, "F:bfc0000000000000"),
        (0xc020000000000000, 0x3fd5555555555555, "ValueError: negative number cannot be raised to a fractional power"),
        (0x3ff0000000000000, 0x7ff8000000000000, "F:3ff0000000000000"),
        (0x7ff8000000000000, 0x0000000000000000, "F:3ff0000000000000"),
        (0x7ff8000000000000, 0x3ff0000000000000, "nan"),
        (0x4000000000000000, 0x7ff8000000000000, "nan"),
        (0xbff0000000000000, 0x7ff0000000000000, "F:3ff0000000000000"),
        (0x3fe0000000000000, 0x7ff0000000000000, "F:0000000000000000"),
        (0x3fe0000000000000, 0xfff0000000000000, "F:7ff0000000000000"),
        (0x4000000000000000, 0x7ff0000000000000, "F:7ff0000000000000"),
        (0x4000000000000000, 0xfff0000000000000, "F:0000000000000000"),
        (0x7ff0000000000000, 0x4008000000000000, "F:7ff0000000000000"),
        (0xfff0000000000000, 0x4008000000000000, "F:fff0000000000000"),
        (0xfff0000000000000, 0x4000000000000000, "F:7ff0000000000000"),
        (0xfff0000000000000, 0xc008000000000000, "F:8000000000000000"),
        (0xfff0000000000000, 0xc000000000000000, "F:0000000000000000"),
        (0xbff0000000000000, 0x7e37e43c8800759c, "F:3ff0000000000000"),
        (0xbff0000000000000, 0x7e51eb2d66005835, "F:3ff0000000000000"),
        (0x3ff000001ad7f29b, 0x4202a05f20000000, "OverflowError: (34, 'Numerical result out of range')"),
        (0x4008000000000000, 0xc000000000000000, "F:3fbc71c71c71c71c"),
        (0x3ff199999999999a, 0x400199999999999a, "F:3ff3bb8a6a77cb2d"),
        (0x8000000000000000, 0xc008000000000000, "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        (0x8000000000000000, 0x3fe0000000000000, "F:0000000000000000"),
        (0x8000000000000000, 0xbfe0000000000000, "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        (0x01a56e1fc2f8f359, 0x4000000000000000, "F:0000000000000000"),
    ];
    const INT_POW: &[(&str, &str, &str)] = &[
        ("2", "10", "I:1024"),
        ("2", "100", "I:1267650600228229401496703205376"),
        ("2", "-1", "F:3fe0000000000000"),
        ("2", "-2", "F:3fd0000000000000"),
        ("0", "-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("0", "0", "I:1"),
        ("0", "5", "I:0"),
        ("1", "-5", "F:3ff0000000000000"),
        ("-1", "-5", "F:bff0000000000000"),
        ("-2", "-3", "F:bfc0000000000000"),
        ("-3", "5", "I:-243"),
        ("10", "-400", "F:0000000000000000"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1", "OverflowError: int too large to convert to float"),
        ("-1", "1000000000000000000000000000000", "I:1"),
        ("1", "1000000000000000000000000000000", "I:1"),
        ("0", "1000000000000000000000000000000", "I:0"),
        ("3", "0", "I:1"),
        ("-2", "63", "I:-9223372036854775808"),
        ("10", "20", "I:100000000000000000000"),
    ];
    const FLOAT_HASH: &[(u64, i64)] = &[
        (0x0000000000000000, 0),
        (0x8000000000000000, 0),
        (0x3ff0000000000000, 1),
        (0xbff0000000000000, -2),
        (0x3ff8000000000000, 1152921504606846977),
        (0xbff8000000000000, -1152921504606846977),
        (0x3fb999999999999a, 230584300921369408),
        (0x54b249ad2594c37d, 1822893315824342674),
        (0xd4b249ad2594c37d, -1822893315824342674),
        (0x0000000000000001, 16777216),
        (0x7ff0000000000000, 314159),
        (0xfff0000000000000, -314159),
        (0x43c0000000000000, 1),
        (0x43d0000000000000, 2),
        (0x43bffffffffffffe, 2305843009213693440),
        (0x01a56e1fc2f8f359, 482449582752280463),
        (0x405edd2f1a9fbe77, 1051464412201451643),
        (0x43c8493fba64ef00, 1194156990786306049),
        (0xc450000000000000, -512),
    ];
    const INT_HASH: &[(&str, i64)] = &[
        ("0", 0),
        ("1", 1),
        ("-1", -2),
        ("-2", -2),
        ("2305843009213693951", 0),
        ("2305843009213693952", 1),
        ("2305843009213693950", 2305843009213693950),
        ("-2305843009213693952", -2),
        ("18446744073709551616", 8),
        ("1000000000000000000000000000000", 465258685558744706),
        ("-1000000000000000000000000000000", -465258685558744706),
        ("9223372036854775807", 3),
        ("-9223372036854775808", -4),
        ("1606938044258990275541962092341162602522202993782792835313721", 143417),
        ("-2305843009213693950", -2305843009213693950),
    ];
    const FLOAT_ROUND: &[(u64, Option<i64>, &str)] = &[
        (0x4004000000000000, None, "I:2"),
        (0x400c000000000000, None, "I:4"),
        (0xc004000000000000, None, "I:-2"),
        (0x3fe0000000000000, None, "I:0"),
        (0xbfe0000000000000, None, "I:0"),
        (0x3ff7ffffffffffff, None, "I:1"),
        (0x4005666666666666, Some(2), "F:40055c28f5c28f5c"),
        (0x3fc0000000000000, Some(2), "F:3fbeb851eb851eb8"),
        (0x3fd8000000000000, Some(2), "F:3fd851eb851eb852"),
        (0x40934a0000000000, Some(-1), "F:4093380000000000"),
        (0x4093880000000000, Some(-2), "F:4092c00000000000"),
        (0x4095180000000000, Some(-2), "F:4095e00000000000"),
        (0xc093880000000000, Some(-2), "F:c092c00000000000"),
        (0x40934a0000000000, Some(0), "F:4093480000000000"),
        (0x3fe0000000000000, Some(0), "F:0000000000000000"),
        (0x3ff8000000000000, Some(0), "F:4000000000000000"),
        (0xbf50624dd2f1a9fc, Some(2), "F:8000000000000000"),
        (0x0000000000000001, Some(400), "F:0000000000000001"),
        (0x7e37e43c8800759c, Some(-400), "F:0000000000000000"),
        (0xfe37e43c8800759c, Some(-400), "F:8000000000000000"),
        (0x7fefffffffffffff, Some(-308), "OverflowError: rounded value too large to represent"),
        (0x7fefffffffffffff, Some(-307), "OverflowError: rounded value too large to represent"),
        (0x7ff0000000000000, Some(2), "F:7ff0000000000000"),
        (0x7ff8000000000000, Some(2), "nan"),
        (0x7ff0000000000000, None, "OverflowError: cannot convert float infinity to integer"),
        (0x7ff8000000000000, None, "ValueError: cannot convert float NaN to integer"),
        (0x4480f0cf064dd592, None, "I:10000000000000000000000"),
        (0x405edd2f1a9fbe77, Some(1), "F:405ee00000000000"),
        (0x405edd2f1a9fbe77, Some(-1), "F:405e000000000000"),
        (0x405edd2f1a9fbe77, Some(-3), "F:0000000000000000"),
        (0x3fd3333333333334, Some(15), "F:3fd3333333333333"),
        (0x3fd3333333333334, Some(16), "F:3fd3333333333333"),
        (0x3ff0000000000001, Some(15), "F:3ff0000000000000"),
        (0x4014000000000000, Some(-1), "F:0000000000000000"),
        (0x402e000000000000, Some(-1), "F:4034000000000000"),
        (0x4039000000000000, Some(-1), "F:4034000000000000"),
        (0x00000000000007e8, Some(320), "F:00000000000007e8"),
        (0x4450000000000000, Some(-5), "F:4450000000000000"),
        (0xbfd999999999999a, None, "I:0"),
    ];
    const REPR_STR: &[(&str, &str)] = &[
        ("", "''"),
        ("a", "'a'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("tab\u{9}here", "'tab\\there'"),
        ("nl\u{a}", "'nl\\n'"),
        ("cr\u{d}", "'cr\\r'"),
        ("back\\slash", "'back\\\\slash'"),
        ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}\u{ff}", "'\\x80\\x9f\\xa0\\xad\u{ff}'"),
        ("h\u{e9}llo", "'h\u{e9}llo'"),
        ("\u{65e5}\u{672c}\u{8a9e}", "'\u{65e5}\u{672c}\u{8a9e}'"),
        ("\u{200b}\u{2028}\u{2029}\u{feff}", "'\\u200b\\u2028\\u2029\\ufeff'"),
        ("\u{1f600}", "'\u{1f600}'"),
        ("\u{e0001}", "'\\U000e0001'"),
        ("\u{e000}", "'\\ue000'"),
        ("\u{10ffff}", "'\\U0010ffff'"),
        ("\u{378}", "'\\u0378'"),
        ("\u{3000}x", "'\\u3000x'"),
        ("\u{1b}[0m", "'\\x1b[0m'"),
        ("'", "\"'\""),
        ("\"", "'\"'"),
        ("'\"'", "'\\'\"\\''"),
        ("\u{e9}'\"", "'\u{e9}\\'\"'"),
        ("\u{300}", "'\u{300}'"),
        ("\u{1d400}", "'\u{1d400}'"),
        ("\u{f0000}", "'\\U000f0000'"),
        ("\u{30000}", "'\u{30000}'"),
        ("\u{2ffff}", "'\\U0002ffff'"),
    ];
    const TEMPLATE_ERRS: &[(&str, &str)] = &[
        ("{", "ValueError: Single '{' encountered in format string"),
        ("}", "ValueError: Single '}' encountered in format string"),
        ("a{", "ValueError: Single '{' encountered in format string"),
        ("a}", "ValueError: Single '}' encountered in format string"),
        ("{{", "OK"),
        ("}}", "OK"),
        ("{{x}}", "OK"),
        ("{0!r", "ValueError: unmatched '{' in format spec"),
        ("{0!}", "ValueError: unmatched '{' in format spec"),
        ("{0!} x", "ValueError: expected ':' after conversion specifier"),
        ("{0!x}", "ValueError: Unknown conversion specifier x"),
        ("{!x}", "ValueError: Unknown conversion specifier x"),
        ("{0!\u{1}}", "ValueError: Unknown conversion specifier \\x1"),
        ("{:{:{}}}", "ValueError: Max string recursion exceeded"),
        ("{0[}", "ValueError: expected '}' before end of string"),
        ("{0[0]x}", "ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        ("{0.}", "ValueError: Empty attribute in format string"),
        ("{a{}", "ValueError: unexpected '{' in field name"),
        ("{0[]}", "ValueError: Empty attribute in format string"),
        ("{0.a..b}", "ValueError: Empty attribute in format string"),
        ("x{0:{1}", "ValueError: unmatched '{' in format spec"),
        ("{0:}}", "ValueError: Single '}' encountered in format string"),
        ("{0!r:", "ValueError: unmatched '{' in format spec"),
        ("{0!", "ValueError: end of string while looking for conversion specifier"),
        ("{0:x", "ValueError: unmatched '{' in format spec"),
        ("{99999999999999999999}", "ValueError: Too many decimal digits in format string"),
        ("{0[99999999999999999999]}", "ValueError: Too many decimal digits in format string"),
        ("{a.b[c]d}", "ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        ("{]}", "OK"),
        ("{0]}", "OK"),
        ("{!}", "ValueError: unmatched '{' in format spec"),
        ("{:}}}", "OK"),
        ("{:{}}x", "OK"),
        ("{:{{}}}", "OK"),
    ];

    #[test]
    fn t_float_repr() {
        let mut fails = vec![];
        for &(b, exp) in FLOAT_REPR {
            let got = float_repr(f64::from_bits(b));
            if got != exp {
                fails.push(format!("repr({:e}) = {:?}, want {:?}", f64::from_bits(b), got, exp));
            }
        }
        report("float_repr", fails, FLOAT_REPR.len());
    }

    #[test]
    fn t_format_float() {
        let mut fails = vec![];
        for &(b, spec, exp) in FORMAT_FLOAT {
            let got = show_s(format_float(f64::from_bits(b), spec));
            if got != exp {
                fails.push(format!("format({:e}, {:?}) = {:?}, want {:?}", f64::from_bits(b), spec, got, exp));
            }
        }
        report("format_float", fails, FORMAT_FLOAT.len());
    }

    #[test]
    fn t_format_int() {
        let mut fails = vec![];
        for &(v, spec, exp) in FORMAT_INT {
            let got = show_s(format_int(&big(v), spec));
            if got != exp {
                fails.push(format!("format({}, {:?}) = {:?}, want {:?}", v, spec, got, exp));
            }
        }
        report("format_int", fails, FORMAT_INT.len());
    }

    #[test]
    fn t_format_str() {
        let mut fails = vec![];
        for &(s, spec, exp) in FORMAT_STR {
            let got = show_s(format_str(s, spec));
            if got != exp {
                fails.push(format!("format({:?}, {:?}) = {:?}, want {:?}", s, spec, got, exp));
            }
        }
        report("format_str", fails, FORMAT_STR.len());
    }

    #[test]
    fn t_radix() {
        let mut fails = vec![];
        for &(v, radix, prefix, exp) in RADIX {
            let got = int_to_str_radix(&big(v), radix, prefix);
            if got != exp {
                fails.push(format!("radix({}, {}, {}) = {:?}, want {:?}", v, radix, prefix, got, exp));
            }
        }
        report("int_to_str_radix", fails, RADIX.len());
    }

    #[test]
    fn t_parse_int() {
        let mut fails = vec![];
        for &(s, base, exp) in PARSE_INT {
            let got = show_i(parse_int(s, base));
            if got != exp {
                fails.push(format!("int({:?}, {}) = {:?}, want {:?}", s, base, got, exp));
            }
        }
        report("parse_int", fails, PARSE_INT.len());
    }

    #[test]
    fn t_parse_float() {
        let mut fails = vec![];
        for &(s, exp) in PARSE_FLOAT {
            let got = show_f(parse_float(s));
            if got != exp {
                fails.push(format!("float({:?}) = {:?}, want {:?}", s, got, exp));
            }
        }
        report("parse_float", fails, PARSE_FLOAT.len());
    }

    #[test]
    fn t_int_to_f64() {
        let mut fails = vec![];
        for &(v, exp) in INT_TO_F64 {
            let got = show_f(int_to_f64(&big(v)));
            if got != exp {
                fails.push(format!("float({}) = {:?}, want {:?}", v, got, exp));
            }
        }
        report("int_to_f64", fails, INT_TO_F64.len());
    }

    #[test]
    fn t_f64_to_int() {
        let mut fails = vec![];
        for &(b, exp) in F64_TO_INT {
            let got = show_i(f64_to_int(f64::from_bits(b)));
            if got != exp {
                fails.push(format!("int({:e}) = {:?}, want {:?}", f64::from_bits(b), got, exp));
            }
        }
        report("f64_to_int", fails, F64_TO_INT.len());
    }

    #[test]
    fn t_true_div() {
        let mut fails = vec![];
        for &(a, b, exp) in TRUE_DIV {
            let got = show_f(int_true_div(&big(a), &big(b)));
            if got != exp {
                fails.push(format!("{} / {} = {:?}, want {:?}", a, b, got, exp));
            }
        }
        report("int_true_div", fails, TRUE_DIV.len());
    }

    #[test]
    fn t_float_divmod() {
        let mut fails = vec![];
        for &(a, b, fd, md, dm) in FLOAT_DIVMOD {
            let (x, y) = (f64::from_bits(a), f64::from_bits(b));
            let got_fd = show_f(float_floordiv(x, y));
            let got_md = show_f(float_mod(x, y));
            let got_dm = float_divmod(x, y)
                .map(|(q, r)| format!("({},{})", fshow(q), fshow(r)))
                .unwrap_or_else(eshow);
            if got_fd != fd || got_md != md || got_dm != dm {
                fails.push(format!(
                    "{:e} // % divmod {:e} = {:?} {:?} {:?}, want {:?} {:?} {:?}",
                    x, y, got_fd, got_md, got_dm, fd, md, dm
                ));
            }
        }
        report("float_divmod", fails, FLOAT_DIVMOD.len());
    }

    #[test]
    fn t_float_pow() {
        let mut fails = vec![];
        for &(a, b, exp) in FLOAT_POW {
            let got = show_f(float_pow(f64::from_bits(a), f64::from_bits(b)));
            if got != exp {
                fails.push(format!("{:e} ** {:e} = {:?}, want {:?}", f64::from_bits(a), f64::from_bits(b), got, exp));
            }
        }
        report("float_pow", fails, FLOAT_POW.len());
    }

    #[test]
    fn t_int_pow() {
        let mut fails = vec![];
        for &(a, b, exp) in INT_POW {
            let got = show_iof(int_pow(&big(a), &big(b)));
            if got != exp {
                fails.push(format!("{} ** {} = {:?}, want {:?}", a, b, got, exp));
            }
        }
        report("int_pow", fails, INT_POW.len());
        // absurd sizes are refused instead of exhausting memory
        let e = int_pow(&big("3"), &big("10000000000")).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
        let e = int_pow(&big("2"), &big("100000000000000000000000")).unwrap_err();
        assert_eq!(e.kind, ExcKind::MemoryError);
    }

    #[test]
    fn t_hashes() {
        let mut fails = vec![];
        for &(b, exp) in FLOAT_HASH {
            let got = float_hash(f64::from_bits(b));
            if got != exp {
                fails.push(format!("hash({:e}) = {}, want {}", f64::from_bits(b), got, exp));
            }
        }
        for &(v, exp) in INT_HASH {
            let got = int_hash(&big(v));
            if got != exp {
                fails.push(format!("hash({}) = {}, want {}", v, got, exp));
            }
            if let Ok(small) = v.parse::<i64>() {
                let got = int_hash_i64(small);
                if got != exp {
                    fails.push(format!("hash_i64({}) = {}, want {}", v, got, exp));
                }
            }
        }
        report("hashes", fails, FLOAT_HASH.len() + INT_HASH.len());
        assert_eq!(float_hash(f64::NAN), 0);
        for i in -1000i64..1000 {
            assert_eq!(int_hash_i64(i), float_hash(i as f64));
            assert_eq!(int_hash(&BigInt::from(i)), int_hash_i64(i));
        }
    }

    #[test]
    fn t_str_hash() {
        assert_eq!(str_hash(""), 0);
        assert_eq!(str_hash("abc"), str_hash("abc"));
        let mut seen = std::collections::HashSet::new();
        for i in 0..20000 {
            let h = str_hash(&format!("key{}", i));
            assert_ne!(h, -1);
            seen.insert(h);
        }
        assert_eq!(seen.len(), 20000);
        assert_ne!(str_hash("a"), str_hash("a\0"));
        assert_ne!(str_hash("ab"), str_hash("ba"));
    }

    #[test]
    fn t_float_round() {
        let mut fails = vec![];
        for &(b, n, exp) in FLOAT_ROUND {
            let got = show_iof(float_round(f64::from_bits(b), n));
            if got != exp {
                fails.push(format!("round({:e}, {:?}) = {:?}, want {:?}", f64::from_bits(b), n, got, exp));
            }
        }
        report("float_round", fails, FLOAT_ROUND.len());
    }

    #[test]
    fn t_repr_str() {
        let mut fails = vec![];
        for &(s, exp) in REPR_STR {
            let got = repr_str(s);
            if got != exp {
                fails.push(format!("repr({:?}) = {:?}, want {:?}", s, got, exp));
            }
        }
        report("repr_str", fails, REPR_STR.len());
    }

    #[test]
    fn t_template_errors() {
        let mut fails = vec![];
        for &(t, exp) in TEMPLATE_ERRS {
            let got = match parse_format_template(t) {
                Ok(_) => "OK".to_string(),
                Err(e) => eshow(e),
            };
            if got != exp {
                fails.push(format!("template {:?} -> {:?}, want {:?}", t, got, exp));
            }
        }
        report("template errors", fails, TEMPLATE_ERRS.len());
    }

    #[test]
    fn t_brief_cases() {
        // the cases named in the task brief (expectations from python3)
        assert_eq!(format_float(0.375, ".2f").unwrap(), "0.38");
        assert_eq!(format_float(2.675, ".2f").unwrap(), "2.67");
        assert_eq!(float_repr(1e22), "1e+22");
        assert_eq!(float_repr(5e-324), "5e-324");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(1.2345678901234567e16), "1.2345678901234568e+16");
        assert_eq!(format_float(f64::NAN, "^7").unwrap(), "  nan  ");
        assert_eq!(format_int(&big("1234567"), ",").unwrap(), "1,234,567");
        assert_eq!(format_int(&big("1234567"), "_x").unwrap(), "12_d687");
        assert_eq!(format_int(&big("5"), "#010b").unwrap(), "0b00000101");
        assert_eq!(format_float(1234.5678, "+.3e").unwrap(), "+1.235e+03");
        assert_eq!(format_str("ab", "^9").unwrap(), "   ab    ");
        assert_eq!(format_float(0.25, "%").unwrap(), "25.000000%");
        assert_eq!(format_float(1e-5, "g").unwrap(), "1e-05");
        assert_eq!(format_float(123456789.0, "g").unwrap(), "1.23457e+08");
        assert_eq!(format_int(&big("42"), "f").unwrap(), "42.000000");
        assert_eq!(format_int(&big("42"), ".2%").unwrap(), "4200.00%");
        let p = |s: &str| big(s);
        assert_eq!(int_true_div(&num_traits::pow(p("10"), 400), &num_traits::pow(p("10"), 399)).unwrap(), 10.0);
        assert_eq!(int_true_div(&(BigInt::one() << 1100usize), &(BigInt::one() << 1000usize)).unwrap(), 2f64.powi(100));
        assert_eq!(parse_int("0x1f", 16).unwrap(), p("31"));
        assert_eq!(parse_int("0x1f", 0).unwrap(), p("31"));
        assert_eq!(parse_int("1_000", 10).unwrap(), p("1000"));
        assert_eq!(parse_int(" 7 ", 10).unwrap(), p("7"));
        assert_eq!(parse_int("-42", 10).unwrap(), p("-42"));
        let e = parse_int("_1", 10).unwrap_err();
        assert_eq!((e.kind, e.msg.as_str()), (ExcKind::ValueError, "invalid literal for int() with base 10: '_1'"));
        let e = parse_int("abc", 10).unwrap_err();
        assert_eq!(e.msg, "invalid literal for int() with base 10: 'abc'");
        assert_eq!(float_mod(-1.0, 3.0).unwrap(), 2.0);
        assert_eq!(float_mod(1.0, -3.0).unwrap(), -2.0);
        assert_eq!(float_floordiv(-7.0, 2.0).unwrap(), -4.0);
        assert_eq!(parse_float(" 1.5 ").unwrap(), 1.5);
        assert_eq!(parse_float("1_000.5").unwrap(), 1000.5);
        assert_eq!(parse_float("-Infinity").unwrap(), f64::NEG_INFINITY);
        assert_eq!(parse_float("x").unwrap_err().msg, "could not convert string to float: 'x'");
    }

    #[test]
    fn t_big_int_limits() {
        let huge = num_traits::pow(big("10"), 5000);
        let msg = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(int_to_str(&huge).unwrap_err().msg, msg);
        assert_eq!(format_int(&huge, "").unwrap_err().msg, msg);
        assert_eq!(format_int(&huge, "d").unwrap_err().msg, msg);
        assert_eq!(format_int(&huge, ",").unwrap_err().msg, msg);
        assert!(format_int(&huge, "x").is_ok());
        let ok = num_traits::pow(big("10"), 4299); // 4300 digits
        assert_eq!(int_to_str(&-ok.clone()).unwrap().len(), 4301);
        let e = parse_int(&"1".repeat(5000), 10).unwrap_err();
        assert_eq!(e.msg, "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit");
        let e = parse_int(&format!("{}x", "1".repeat(5000)), 10).unwrap_err();
        assert!(e.msg.starts_with("Exceeds the limit (4300 digits)"));
        assert_eq!(parse_int(&"1".repeat(5000), 16).unwrap().bits(), 19997);
        assert_eq!(parse_int(&"9".repeat(4300), 10).unwrap(), num_traits::pow(big("10"), 4300) - 1);
        // python3: format(10**400, 'e') -> OverflowError
        let e = format_int(&num_traits::pow(big("10"), 400), "e").unwrap_err();
        assert_eq!((e.kind, e.msg.as_str()), (ExcKind::OverflowError, "int too large to convert to float"));
        // python3: int('x'*300) -> repr truncated to 200 characters
        let e = parse_int(&"x".repeat(300), 10).unwrap_err();
        assert_eq!(e.msg, format!("invalid literal for int() with base 10: '{}", "x".repeat(199)));
    }

    #[test]
    fn t_int_round() {
        // python3: round(1250, -2), round(1350, -2), round(-1250, -2), round(12345, 2), round(5, -1), round(15, -1), round(123, -5)
        assert_eq!(int_round(&big("1250"), -2), big("1200"));
        assert_eq!(int_round(&big("1350"), -2), big("1400"));
        assert_eq!(int_round(&big("-1250"), -2), big("-1200"));
        assert_eq!(int_round(&big("-1251"), -2), big("-1300"));
        assert_eq!(int_round(&big("12345"), 2), big("12345"));
        assert_eq!(int_round(&big("5"), -1), big("0"));
        assert_eq!(int_round(&big("15"), -1), big("20"));
        assert_eq!(int_round(&big("123"), -5), big("0"));
        assert_eq!(int_round(&big("50000"), -5), big("0"));
        assert_eq!(int_round(&big("50001"), -5), big("100000"));
    }

    #[test]
    fn t_template_structure() {
        use FieldAccessor as A;
        use FieldName as N;
        use TemplatePiece::*;
        let lit = |s: &str| Literal(s.to_string());
        let f = |name: N, accessors: Vec<A>, conversion: Option<char>, spec: Vec<TemplatePiece>| Field { name, accessors, conversion, spec };
        // string.Formatter().parse / str.format agree on these
        assert_eq!(
            parse_format_template("{} {0} {name!r:>{width}} {{x}}").unwrap(),
            vec![
                f(N::Auto, vec![], None, vec![]),
                lit(" "),
                f(N::Index(0), vec![], None, vec![]),
                lit(" "),
                f(N::Name("name".into()), vec![], Some('r'), vec![lit(">"), f(N::Name("width".into()), vec![], None, vec![])]),
                lit(" {x}"),
            ]
        );
        assert_eq!(
            parse_format_template("a{0.attr[1][key].b:^10}z").unwrap(),
            vec![
                lit("a"),
                f(
                    N::Index(0),
                    vec![A::Attr("attr".into()), A::Index(1), A::Key("key".into()), A::Attr("b".into())],
                    None,
                    vec![lit("^10")]
                ),
                lit("z"),
            ]
        );
        assert_eq!(parse_format_template("").unwrap(), vec![]);
        assert_eq!(parse_format_template("}}{{").unwrap(), vec![lit("}{")]);
        assert_eq!(parse_format_template("{[0]}").unwrap(), vec![f(N::Auto, vec![A::Index(0)], None, vec![])]);
        assert_eq!(parse_format_template("{0[:]}").unwrap(), vec![f(N::Index(0), vec![A::Key(":".into())], None, vec![])]);
        assert_eq!(parse_format_template("{!s}").unwrap(), vec![f(N::Auto, vec![], Some('s'), vec![])]);
        assert_eq!(parse_format_template("{-1}").unwrap(), vec![f(N::Name("-1".into()), vec![], None, vec![])]);
        assert_eq!(parse_format_template("{\u{0663}}").unwrap(), vec![f(N::Index(3), vec![], None, vec![])]);
        assert_eq!(parse_format_template("{:{{}}}").unwrap(), vec![f(N::Auto, vec![], None, vec![lit("{}")])]);
        assert_eq!(
            parse_format_template("{:{}.{}f}").unwrap(),
            vec![f(N::Auto, vec![], None, vec![f(N::Auto, vec![], None, vec![]), lit("."), f(N::Auto, vec![], None, vec![]), lit("f")])]
        );
        assert_eq!(parse_format_template("{0:}").unwrap(), vec![f(N::Index(0), vec![], None, vec![])]);
        assert!(ERR_MANUAL_TO_AUTO.starts_with("cannot switch from manual"));
        assert!(ERR_AUTO_TO_MANUAL.starts_with("cannot switch from automatic"));
    }

    #[test]
    fn t_misc_unicode() {
        assert!(py_isspace('\u{3000}') && py_isspace('\x1c') && !py_isspace('\u{200b}'));
        assert_eq!(py_decimal_value('\u{0663}'), Some(3));
        assert_eq!(py_decimal_value('\u{1D7D9}'), Some(1)); // MATHEMATICAL DOUBLE-STRUCK DIGIT ONE
        assert_eq!(py_decimal_value('x'), None);
        assert_eq!(py_decimal_value('\u{00B2}'), None); // superscript two is a digit, not decimal
        // width may use any decimal digits, as in CPython
        assert_eq!(format_str("a", "\u{0663}").unwrap(), "a  ");
        assert_eq!(format_int(&big("55296"), "c").unwrap(), "\u{FFFD}"); // lone surrogate (deviation)
    }
}
