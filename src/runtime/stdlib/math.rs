//! The `math` module. Results are bit-identical to CPython 3.11 on glibc:
//! every function CPython hands to the C library goes to the same glibc
//! routine here (declared below, not Rust's own versions, some of which
//! differ), and the three CPython computes itself (`gamma`, `lgamma`,
//! `hypot`/`dist`) follow its algorithms step for step, since a different
//! order of the same operations rounds differently.
//!
//! Errors follow CPython's wrappers: a NaN out of a non-NaN argument is
//! `ValueError: math domain error`; an infinity out of a finite argument is
//! `OverflowError: math range error` where the function can overflow
//! (`exp`, `cosh`...) and a domain error where it is a pole (`log(0)`).

use crate::runtime::ExcKind;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::heap::*;
use crate::runtime::builtins::{BuiltinFn, Kw};
use crate::runtime::{pyfmt, Interp, R};

mod libm {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn modf(x: f64, i: *mut f64) -> f64;
    }

    /// glibc's cbrt, looked up at run time: the Rust runtime links a
    /// `cbrt` of its own (compiler-builtins) that rounds differently.
    pub unsafe extern "C" fn cbrt(x: f64) -> f64 {
        static GLIBC: std::sync::OnceLock<Option<unsafe extern "C" fn(f64) -> f64>> = std::sync::OnceLock::new();
        let f = GLIBC.get_or_init(|| {
            let p = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
            (!p.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, unsafe extern "C" fn(f64) -> f64>(p))
        });
        match f {
            Some(f) => f(x),
            None => x.cbrt(),
        }
    }
}

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

/// The module's constants, after its functions.
pub fn fill(it: &mut Interp, d: ObjRef) {
    let pi = std::f64::consts::PI;
    for (name, v) in [("e", std::f64::consts::E), ("inf", f64::INFINITY), ("nan", f64::NAN), ("pi", pi), ("tau", 2.0 * pi)] {
        let v = it.heap.float(v);
        super::set_member(it, d, name, v);
    }
}

// ----- arguments ------------------------------------------------------------------

fn one_arg(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    if args.len() != 1 {
        return Err(it.type_error(format!("math.{}() takes exactly one argument ({} given)", name, args.len())));
    }
    Ok(args[0])
}

/// Argument Clinic's check for a fixed number of positional arguments.
pub fn positional(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw, n: usize) -> R<()> {
    if !kw.is_empty() {
        return Err(it.type_error(format!("{}() takes no keyword arguments", name)));
    }
    if args.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(it.type_error(format!("{} expected {} argument{}, got {}", name, n, s, args.len())));
    }
    Ok(())
}

/// Calls `obj.name()` when `obj`'s class defines it (None when it does not).
pub fn call_dunder0(it: &mut Interp, obj: ObjRef, name: &str) -> R<Option<ObjRef>> {
    let n = it.heap.intern(name);
    let cls = it.type_of(obj);
    let f = it.lookup_user_attr(cls, n);
    it.decref(n);
    let Some(f) = f else { return Ok(None) };
    it.incref(obj);
    it.stack.push(obj);
    it.call_held(f, 1).map(Some)
}

/// `PyFloat_AsDouble`: a float, an int, or an object with `__float__` or `__index__`.
pub fn to_f64(it: &mut Interp, r: ObjRef) -> R<f64> {
    match it.heap.get(r) {
        Obj::Float(f) => return Ok(*f),
        Obj::Int(i) => return Ok(*i as f64),
        Obj::Bool(b) => return Ok(*b as i64 as f64),
        Obj::BigInt(b) => {
            let b = (**b).clone();
            return pyfmt::int_to_f64(&b).map_err(|e| it.fmt_err(e));
        }
        _ => {}
    }
    if let Some(v) = call_dunder0(it, r, "__float__")? {
        let f = match it.heap.get(v) {
            Obj::Float(f) => Some(*f),
            _ => None,
        };
        let tn = it.type_name(v);
        it.decref(v);
        return f.ok_or_else(|| it.type_error(format!("{}.__float__ returned non-float (type {})", it.type_name(r), tn)));
    }
    if let Some(v) = call_dunder0(it, r, "__index__")? {
        let i = it.int_value(v);
        it.decref(v);
        if let Some(i) = i {
            return pyfmt::int_to_f64(&i).map_err(|e| it.fmt_err(e));
        }
    }
    Err(it.type_error(format!("must be real number, not {}", it.type_name(r))))
}

/// `PyNumber_Index`: an int, or an object with `__index__`.
pub fn to_index(it: &mut Interp, r: ObjRef) -> R<BigInt> {
    if let Some(i) = it.int_value(r) {
        return Ok(i);
    }
    if let Some(v) = call_dunder0(it, r, "__index__")? {
        let i = it.int_value(v);
        let tn = it.type_name(v);
        it.decref(v);
        return i.ok_or_else(|| it.type_error(format!("__index__ returned non-int (type {})", tn)));
    }
    Err(it.type_error(format!("'{}' object cannot be interpreted as an integer", it.type_name(r))))
}

fn float_obj(it: &mut Interp, v: f64) -> R<ObjRef> {
    Ok(it.heap.float(v))
}

fn int_obj(it: &mut Interp, v: BigInt) -> R<ObjRef> {
    Ok(it.heap.bigint(v))
}

fn domain_error(it: &mut Interp) -> ObjRef {
    it.new_exception(ExcKind::ValueError, Some("math domain error"))
}

fn range_error(it: &mut Interp) -> ObjRef {
    it.new_exception(ExcKind::OverflowError, Some("math range error"))
}

// ----- one float in, one float out ------------------------------------------------

/// CPython's `math_1`: checks a libm result against its argument.
fn check1(it: &mut Interp, x: f64, r: f64, can_overflow: bool) -> R<ObjRef> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(it));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(it) } else { domain_error(it) });
    }
    float_obj(it, r)
}

macro_rules! libm1 {
    ($($fname:ident: $name:literal => $f:ident, $overflow:expr;)*) => {$(
        fn $fname(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
            let a = one_arg(it, $name, args, kw)?;
            let x = to_f64(it, a)?;
            let r = unsafe { libm::$f(x) };
            check1(it, x, r, $overflow)
        }
    )*};
}

libm1! {
    m_acos: "acos" => acos, false;
    m_acosh: "acosh" => acosh, false;
    m_asin: "asin" => asin, false;
    m_asinh: "asinh" => asinh, false;
    m_atan: "atan" => atan, false;
    m_atanh: "atanh" => atanh, false;
    m_cbrt: "cbrt" => cbrt, false;
    m_cos: "cos" => cos, false;
    m_cosh: "cosh" => cosh, true;
    m_erf: "erf" => erf, false;
    m_erfc: "erfc" => erfc, false;
    m_exp: "exp" => exp, true;
    m_exp2: "exp2" => exp2, true;
    m_expm1: "expm1" => expm1, true;
    m_log1p: "log1p" => log1p, false;
    m_sin: "sin" => sin, false;
    m_sinh: "sinh" => sinh, true;
    m_sqrt: "sqrt" => sqrt, false;
    m_tan: "tan" => tan, false;
    m_tanh: "tanh" => tanh, false;
}

fn m_fabs(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "fabs", args, kw)?;
    let x = to_f64(it, a)?;
    float_obj(it, x.abs())
}

fn m_degrees(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "degrees", args, kw)?;
    let x = to_f64(it, a)?;
    float_obj(it, x * (180.0 / std::f64::consts::PI))
}

fn m_radians(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "radians", args, kw)?;
    let x = to_f64(it, a)?;
    float_obj(it, x * (std::f64::consts::PI / 180.0))
}

fn m_isfinite(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "isfinite", args, kw)?;
    let x = to_f64(it, a)?;
    Ok(it.heap.bool(x.is_finite()))
}

fn m_isinf(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "isinf", args, kw)?;
    let x = to_f64(it, a)?;
    Ok(it.heap.bool(x.is_infinite()))
}

fn m_isnan(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "isnan", args, kw)?;
    let x = to_f64(it, a)?;
    Ok(it.heap.bool(x.is_nan()))
}

fn m_ulp(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "ulp", args, kw)?;
    let x = to_f64(it, a)?.abs();
    if !x.is_finite() {
        return float_obj(it, x);
    }
    let up = unsafe { libm::nextafter(x, f64::INFINITY) };
    let r = if up.is_infinite() { x - unsafe { libm::nextafter(x, f64::NEG_INFINITY) } } else { up - x };
    float_obj(it, r)
}

fn m_frexp(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "frexp", args, kw)?;
    let x = to_f64(it, a)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let mut e = 0i32;
        (unsafe { libm::frexp(x, &mut e) }, e)
    };
    let items = vec![it.heap.float(m), it.heap.int(e as i64)];
    Ok(it.new_tuple(items))
}

fn m_modf(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "modf", args, kw)?;
    let x = to_f64(it, a)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let mut i = 0.0;
        (unsafe { libm::modf(x, &mut i) }, i)
    };
    let items = vec![it.heap.float(f), it.heap.float(i)];
    Ok(it.new_tuple(items))
}

// ----- two floats in --------------------------------------------------------------

fn two_floats(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw) -> R<(f64, f64)> {
    positional(it, name, args, kw, 2)?;
    let x = to_f64(it, args[0])?;
    let y = to_f64(it, args[1])?;
    Ok((x, y))
}

/// CPython's `math_2`: a NaN from non-NaNs is a domain error, an infinity from finite values a range error.
fn check2(it: &mut Interp, x: f64, y: f64, r: f64) -> R<ObjRef> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(it));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(it));
    }
    float_obj(it, r)
}

fn m_atan2(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (y, x) = two_floats(it, "atan2", args, kw)?;
    let r = unsafe { libm::atan2(y, x) };
    check2(it, y, x, r)
}

fn m_copysign(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (x, y) = two_floats(it, "copysign", args, kw)?;
    float_obj(it, x.copysign(y))
}

fn m_remainder(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (x, y) = two_floats(it, "remainder", args, kw)?;
    let r = unsafe { libm::remainder(x, y) };
    check2(it, x, y, r)
}

fn m_fmod(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (x, y) = two_floats(it, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return float_obj(it, x);
    }
    let r = unsafe { libm::fmod(x, y) };
    check2(it, x, y, r)
}

fn m_nextafter(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (x, y) = two_floats(it, "nextafter", args, kw)?;
    float_obj(it, unsafe { libm::nextafter(x, y) })
}

fn m_pow(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let (x, y) = two_floats(it, "pow", args, kw)?;
    let r = unsafe { libm::pow(x, y) };
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(it));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error(it) } else { range_error(it) });
        }
    }
    float_obj(it, r)
}

fn m_ldexp(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    positional(it, "ldexp", args, kw, 2)?;
    let x = to_f64(it, args[0])?;
    let Some(e) = it.int_value(args[1]) else {
        return Err(it.type_error("Expected an int as second argument to ldexp.".into()));
    };
    if x == 0.0 || !x.is_finite() {
        return float_obj(it, x);
    }
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = unsafe { libm::ldexp(x, e.clamp(i32::MIN as i64, i32::MAX as i64) as i32) };
    if r.is_infinite() {
        return Err(range_error(it));
    }
    float_obj(it, r)
}

// ----- logarithms -----------------------------------------------------------------

/// CPython's `loghelper`: ints too big for a float are split into a
/// mantissa and a power of two, so `log(10**400)` is finite.
fn log_of(it: &mut Interp, r: ObjRef, f: unsafe extern "C" fn(f64) -> f64) -> R<f64> {
    if let Some(n) = it.int_value(r) {
        if !n.is_positive() {
            return Err(domain_error(it));
        }
        return Ok(match pyfmt::int_to_f64(&n) {
            Ok(x) => unsafe { f(x) },
            Err(_) => {
                let (m, e) = frexp_int(&n);
                unsafe { f(m) + f(2.0) * e as f64 }
            }
        });
    }
    let x = to_f64(it, r)?;
    let v = unsafe { f(x) };
    if v.is_nan() && !x.is_nan() || v.is_infinite() && x.is_finite() {
        return Err(domain_error(it));
    }
    Ok(v)
}

/// A positive int as `m * 2**e` with `0.5 <= m < 1` (`_PyLong_Frexp`):
/// the top 55 bits with a sticky bit, rounded once to 53.
fn frexp_int(n: &BigInt) -> (f64, i64) {
    let mag = n.magnitude();
    let bits = mag.bits();
    let shift = bits.saturating_sub(55);
    let mut top = (mag >> shift).to_u64().unwrap_or(0);
    if shift > 0 && mag.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let mut m = top as f64 / (1u64 << (bits - shift)) as f64;
    let mut e = bits as i64;
    if m == 1.0 {
        m = 0.5;
        e += 1;
    }
    (m, e)
}

fn m_log(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error("log() takes no keyword arguments".into()));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(it.type_error("math.log requires 1 to 2 arguments".into()));
    }
    let num = log_of(it, args[0], libm::log)?;
    if args.len() == 1 {
        return float_obj(it, num);
    }
    let den = log_of(it, args[1], libm::log)?;
    if den == 0.0 {
        return Err(it.new_exception(ExcKind::ZeroDivisionError, Some("float division by zero")));
    }
    float_obj(it, num / den)
}

fn m_log2(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "log2", args, kw)?;
    let v = log_of(it, a, libm::log2)?;
    float_obj(it, v)
}

fn m_log10(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "log10", args, kw)?;
    let v = log_of(it, a, libm::log10)?;
    float_obj(it, v)
}

// ----- gamma and lgamma: CPython's Lanczos approximation ---------------------------

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// The denominator x(x+1)...(x+11) as a polynomial's coefficients.
const LANCZOS_DEN: [f64; 13] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
/// gamma(1) .. gamma(23), the factorials 0! .. 22!, each rounded once.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The rational part of the approximation; for large x evaluated in 1/x so nothing overflows.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = unsafe { libm::fmod(x.abs(), 2.0) };
    let r = unsafe {
        match (2.0 * y).round() as i32 {
            0 => libm::sin(pi * y),
            1 => libm::cos(pi * (y - 0.5)),
            2 => libm::sin(pi * (1.0 - y)),
            3 => -libm::cos(pi * (y - 1.5)),
            _ => libm::sin(pi * (y - 2.0)),
        }
    };
    1.0f64.copysign(x) * r
}

/// What the C library's errno would say after gamma/lgamma.
enum Errno {
    Ok,
    Domain,
    Range,
}

fn gamma(x: f64) -> (f64, Errno) {
    use Errno::*;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { (x, Ok) } else { (f64::NAN, Domain) };
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Domain);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Ok);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Range } else { Ok });
    }
    if ax > 200.0 {
        return if x < 0.0 { (0.0 / sin_pi(x), Ok) } else { (f64::INFINITY, Range) };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // the rounding error of y, so the correction below can put it back
    let z = if ax > LANCZOS_G_MINUS_HALF { (y - ax) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - ax };
    let z = z * LANCZOS_G / y;
    let pw = |e: f64| unsafe { libm::pow(y, e) };
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(ax) / ax * unsafe { libm::exp(y) } / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= pw(ax - 0.5);
        } else {
            let s = pw(ax / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(ax) / unsafe { libm::exp(y) };
        r += z * r;
        if ax < 140.0 {
            r *= pw(ax - 0.5);
        } else {
            let s = pw(ax / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    (r, if r.is_infinite() { Range } else { Ok })
}

fn lgamma(x: f64) -> (f64, Errno) {
    use Errno::*;
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Ok);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { (f64::INFINITY, Domain) } else { (0.0, Ok) };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return (-unsafe { libm::log(ax) }, Ok);
    }
    let mut r = unsafe { libm::log(lanczos_sum(ax)) } - LANCZOS_G;
    r += (ax - 0.5) * (unsafe { libm::log(ax + LANCZOS_G - 0.5) } - 1.0);
    if x < 0.0 {
        r = LOG_PI - unsafe { libm::log(sin_pi(ax).abs()) } - unsafe { libm::log(ax) } - r;
    }
    (r, if r.is_infinite() { Range } else { Ok })
}

/// CPython's `is_error`: a domain error, or an overflow (a tiny result is an underflow, not an error).
fn errno_result(it: &mut Interp, (r, e): (f64, Errno)) -> R<ObjRef> {
    match e {
        Errno::Domain => Err(domain_error(it)),
        Errno::Range if r.abs() >= 1.5 => Err(range_error(it)),
        _ => float_obj(it, r),
    }
}

fn m_gamma(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "gamma", args, kw)?;
    let x = to_f64(it, a)?;
    errno_result(it, gamma(x))
}

fn m_lgamma(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "lgamma", args, kw)?;
    let x = to_f64(it, a)?;
    errno_result(it, lgamma(x))
}

// ----- rounding to ints -----------------------------------------------------------

fn float_to_int(it: &mut Interp, f: f64) -> R<ObjRef> {
    let i = pyfmt::f64_to_int(f).map_err(|e| it.fmt_err(e))?;
    int_obj(it, i)
}

/// floor and ceil: a float or int directly, else the type's `__floor__`/`__ceil__`, else through float.
fn round_with(it: &mut Interp, x: ObjRef, dunder: &str, f: fn(f64) -> f64) -> R<ObjRef> {
    match it.heap.get(x) {
        Obj::Float(v) => {
            let v = f(*v);
            return float_to_int(it, v);
        }
        Obj::Int(_) | Obj::BigInt(_) => {
            it.incref(x);
            return Ok(x);
        }
        Obj::Bool(b) => {
            let b = *b as i64;
            return Ok(it.heap.int(b));
        }
        _ => {}
    }
    if let Some(r) = call_dunder0(it, x, dunder)? {
        return Ok(r);
    }
    let v = to_f64(it, x)?;
    float_to_int(it, f(v))
}

fn m_floor(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "floor", args, kw)?;
    round_with(it, a, "__floor__", f64::floor)
}

fn m_ceil(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "ceil", args, kw)?;
    round_with(it, a, "__ceil__", f64::ceil)
}

fn m_trunc(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "trunc", args, kw)?;
    match it.heap.get(a) {
        Obj::Float(v) => {
            let v = *v;
            return float_to_int(it, v);
        }
        Obj::Int(_) | Obj::BigInt(_) | Obj::Bool(_) => {
            let i = it.int_value(a).unwrap_or_default();
            return int_obj(it, i);
        }
        _ => {}
    }
    match call_dunder0(it, a, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(it.type_error(format!("type {} doesn't define __trunc__ method", it.type_name(a)))),
    }
}

// ----- integers -------------------------------------------------------------------

fn m_factorial(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "factorial", args, kw)?;
    let n = to_index(it, a)?;
    if n.is_negative() {
        return Err(it.new_exception(ExcKind::ValueError, Some("factorial() not defined for negative values")));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(it.new_exception(ExcKind::OverflowError, Some("factorial() argument should not exceed 9223372036854775807")));
    };
    let p = interruptible(it, |stop| range_product(1, n, stop))?;
    int_obj(it, p)
}

/// Runs a long computation that asks `stop` now and then; when it stopped,
/// the interrupt flag is handled (KeyboardInterrupt, or the memory budget's
/// check) and, if that raised nothing, the computation runs again.
fn interruptible<T>(it: &mut Interp, f: impl Fn(&dyn Fn() -> bool) -> Option<T>) -> R<T> {
    let flag = it.interrupt.clone();
    loop {
        if let Some(v) = f(&|| flag.load(std::sync::atomic::Ordering::Relaxed)) {
            return Ok(v);
        }
        it.check_interrupt()?;
    }
}

/// The product lo * (lo+1) * ... * hi, split in halves so the big
/// multiplications are balanced; None when `stop` said so.
fn range_product(lo: u64, hi: u64, stop: &dyn Fn() -> bool) -> Option<BigInt> {
    if lo > hi {
        return Some(BigInt::one());
    }
    if hi - lo < 16 {
        if stop() {
            return None;
        }
        let mut p = BigInt::one();
        for k in lo..=hi {
            p *= k;
        }
        return Some(p);
    }
    let mid = lo + (hi - lo) / 2;
    Some(range_product(lo, mid, stop)? * range_product(mid + 1, hi, stop)?)
}

fn m_isqrt(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "isqrt", args, kw)?;
    let n = to_index(it, a)?;
    if n.is_negative() {
        return Err(it.new_exception(ExcKind::ValueError, Some("isqrt() argument must be nonnegative")));
    }
    int_obj(it, n.sqrt())
}

fn m_gcd(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error("gcd() takes no keyword arguments".into()));
    }
    let mut g = BigInt::zero();
    for &a in args {
        let n = to_index(it, a)?;
        g = g.gcd(&n);
    }
    int_obj(it, g)
}

fn m_lcm(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error("lcm() takes no keyword arguments".into()));
    }
    let mut l = BigInt::one();
    for &a in args {
        let n = to_index(it, a)?;
        l = if l.is_zero() || n.is_zero() { BigInt::zero() } else { l.lcm(&n) };
    }
    int_obj(it, l)
}

/// The two arguments of comb/perm, checked as CPython does (n first).
fn n_k(it: &mut Interp, n: ObjRef, k: ObjRef) -> R<(BigInt, BigInt)> {
    let n = to_index(it, n)?;
    let k = to_index(it, k)?;
    if n.is_negative() {
        return Err(it.new_exception(ExcKind::ValueError, Some("n must be a non-negative integer")));
    }
    if k.is_negative() {
        return Err(it.new_exception(ExcKind::ValueError, Some("k must be a non-negative integer")));
    }
    Ok((n, k))
}

fn too_big(it: &mut Interp) -> ObjRef {
    it.new_exception(ExcKind::OverflowError, Some("min(n - k, k) must not exceed 9223372036854775807"))
}

fn m_comb(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    positional(it, "comb", args, kw, 2)?;
    let (n, k) = n_k(it, args[0], args[1])?;
    if k > n {
        return int_obj(it, BigInt::zero());
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else { return Err(too_big(it)) };
    let r = interruptible(it, |stop| {
        let mut r = BigInt::one();
        for i in 0..k {
            if i % 64 == 0 && stop() {
                return None;
            }
            r = r * (&n - i) / (i + 1);
        }
        Some(r)
    })?;
    int_obj(it, r)
}

fn m_perm(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error("perm() takes no keyword arguments".into()));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(it.type_error(format!("perm expected at most 2 arguments, got {}", args.len())));
    }
    if args.len() == 1 || args[1] == NONE {
        return m_factorial(it, NONE, &args[..1], kw);
    }
    let (n, k) = n_k(it, args[0], args[1])?;
    if k > n {
        return int_obj(it, BigInt::zero());
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else { return Err(too_big(it)) };
    let r = interruptible(it, |stop| {
        let mut r = BigInt::one();
        for i in 0..k {
            if i % 64 == 0 && stop() {
                return None;
            }
            r *= &n - i;
        }
        Some(r)
    })?;
    int_obj(it, r)
}

// ----- sums, products and norms ---------------------------------------------------

/// The items of an iterable, owned by the caller.
fn items_of(it: &mut Interp, r: ObjRef) -> R<Vec<ObjRef>> {
    it.collect_items(r)
}

fn floats_of(it: &mut Interp, items: &[ObjRef]) -> R<Vec<f64>> {
    let mut out = Vec::with_capacity(items.len());
    for &x in items {
        out.push(to_f64(it, x)?);
    }
    Ok(out)
}

fn release(it: &mut Interp, items: Vec<ObjRef>) {
    for x in items {
        it.decref(x);
    }
}

/// Shewchuk's exact summation: a list of non-overlapping partials whose
/// sum is the exact sum so far, rounded once at the end (half-even across partials).
fn fsum(xs: &[f64]) -> Result<f64, (ExcKind, &'static str)> {
    let mut p: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for &xsave in xs {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err((ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 {
        return if inf_sum.is_nan() { Err((ExcKind::ValueError, "-inf + inf in fsum")) } else { Ok(special) };
    }
    let mut n = p.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn m_fsum(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let a = one_arg(it, "fsum", args, kw)?;
    let items = items_of(it, a)?;
    let xs = floats_of(it, &items);
    release(it, items);
    match fsum(&xs?) {
        Ok(v) => float_obj(it, v),
        Err((kind, msg)) => Err(it.new_exception(kind, Some(msg))),
    }
}

fn m_prod(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if args.len() != 1 {
        return Err(it.type_error(format!("prod() takes exactly 1 positional argument ({} given)", args.len())));
    }
    let mut acc = Heap::small_int(1);
    for &(k, v) in kw {
        if it.heap.as_str(k) != Some("start") {
            let n = it.heap.as_str(k).unwrap_or("").to_string();
            return Err(it.type_error(format!("prod() got an unexpected keyword argument '{}'", n)));
        }
        acc = v;
    }
    it.incref(acc);
    let iter = match it.get_iter(args[0]) {
        Ok(i) => i,
        Err(e) => {
            it.decref(acc);
            return Err(e);
        }
    };
    let r = it.holding_all(&[iter, acc], "iterator and product of math.prod()", |it| -> R<ObjRef> {
        let mut acc = acc;
        loop {
            let x = match it.iter_next(iter) {
                Ok(Some(x)) => x,
                Ok(None) => return Ok(acc),
                Err(e) => {
                    it.decref(acc);
                    return Err(e);
                }
            };
            let r = it.binary_op(acc, crate::syntax::ast::BinOp::Mult, x);
            it.decref(x);
            it.decref(acc);
            acc = r?;
            if let Err(e) = it.check_interrupt() {
                it.decref(acc);
                return Err(e);
            }
            it.held.last_mut().map(|h| h.obj = acc);
        }
    });
    it.decref(iter);
    r
}

/// A product of two doubles as an unevaluated sum hi + lo (Dekker's
/// algorithm, splitting each factor into two 26-bit halves).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let split = |v: f64| {
        let t = v * 134217729.0;
        let hi = t - (t - v);
        (hi, v - hi)
    };
    let (xh, xl) = split(x);
    let (yh, yl) = split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    (z, p - z + q + xl * yl)
}

/// The Euclidean norm of finite, non-negative coordinates with their
/// maximum given: scaled by a power of two so nothing overflows, squares
/// summed exactly in a double-length accumulator, then one correction of
/// the square root (CPython's `vector_norm`).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let mut max_e = 0i32;
    unsafe { libm::frexp(max, &mut max_e) };
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = unsafe { libm::ldexp(1.0, -max_e) };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    // csum + hi exactly, as a new csum and an error term for frac2
    let fast_sum = |csum: f64, hi: f64| {
        let s = csum + hi;
        (s, (csum - s) + hi)
    };
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, err) = fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += err;
    }
    let mut h = unsafe { libm::sqrt(csum - 1.0 + (frac1 + frac2)) };
    let (hi, lo) = dl_mul(-h, h);
    let (s, err) = fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += err;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// Absolute coordinates, their maximum and whether one was a NaN.
fn norm_of(mut v: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for x in v.iter_mut() {
        *x = x.abs();
        nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut v, max, nan)
}

fn m_hypot(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() {
        return Err(it.type_error("hypot() takes no keyword arguments".into()));
    }
    let v = floats_of(it, args)?;
    float_obj(it, norm_of(v))
}

fn m_dist(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    positional(it, "dist", args, kw, 2)?;
    let p = items_of(it, args[0])?;
    let q = match items_of(it, args[1]) {
        Ok(q) => q,
        Err(e) => {
            release(it, p);
            return Err(e);
        }
    };
    let (pf, qf) = (floats_of(it, &p), floats_of(it, &q));
    let same = p.len() == q.len();
    release(it, p);
    release(it, q);
    if !same {
        return Err(it.new_exception(ExcKind::ValueError, Some("both points must have the same number of dimensions")));
    }
    let (pf, qf) = (pf?, qf?);
    let d = pf.iter().zip(&qf).map(|(a, b)| a - b).collect();
    float_obj(it, norm_of(d))
}

fn m_isclose(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if args.len() > 2 {
        return Err(it.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len())));
    }
    let mut slots = [None, None, None, None];
    for (i, &a) in args.iter().enumerate() {
        slots[i] = Some(a);
    }
    for &(k, v) in kw {
        let name = it.heap.as_str(k).unwrap_or("").to_string();
        let Some(i) = ["a", "b", "rel_tol", "abs_tol"].iter().position(|&n| n == name) else {
            return Err(it.type_error(format!("isclose() got an unexpected keyword argument '{}'", name)));
        };
        if slots[i].is_some() {
            return Err(it.type_error(format!("argument for isclose() given by name ('{}') and position ({})", name, i + 1)));
        }
        slots[i] = Some(v);
    }
    for (i, n) in ["a", "b"].iter().enumerate() {
        if slots[i].is_none() {
            return Err(it.type_error(format!("isclose() missing required argument '{}' (pos {})", n, i + 1)));
        }
    }
    let a = to_f64(it, slots[0].unwrap_or(NONE))?;
    let b = to_f64(it, slots[1].unwrap_or(NONE))?;
    let rel = match slots[2] {
        Some(r) => to_f64(it, r)?,
        None => 1e-09,
    };
    let abs = match slots[3] {
        Some(r) => to_f64(it, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(it.new_exception(ExcKind::ValueError, Some("tolerances must be non-negative")));
    }
    let close = if a == b {
        true
    } else if a.is_infinite() || b.is_infinite() {
        false
    } else {
        let diff = (b - a).abs();
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs
    };
    Ok(it.heap.bool(close))
}
