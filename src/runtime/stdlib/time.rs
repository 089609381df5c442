//! The `time` module's clocks and `sleep`. Their values differ from run to
//! run by nature; everything else glasspy prints stays deterministic.

use crate::runtime::ExcKind;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::heap::*;
use crate::runtime::builtins::{BuiltinFn, Kw};
use crate::runtime::{Interp, R};

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("time", t_time),
    ("time_ns", t_time_ns),
    ("perf_counter", t_monotonic),
    ("perf_counter_ns", t_monotonic_ns),
    ("monotonic", t_monotonic),
    ("monotonic_ns", t_monotonic_ns),
    ("process_time", t_process_time),
    ("process_time_ns", t_process_time_ns),
    ("sleep", t_sleep),
];

pub fn fill(_: &mut Interp, _: ObjRef) {}

fn no_args(it: &mut Interp, name: &str, args: &[ObjRef], kw: Kw) -> R<()> {
    if !kw.is_empty() {
        return Err(it.type_error(format!("time.{}() takes no keyword arguments", name)));
    }
    if !args.is_empty() {
        return Err(it.type_error(format!("time.{}() takes no arguments ({} given)", name, args.len())));
    }
    Ok(())
}

fn since_epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

/// Nanoseconds of a clock that never goes back (CLOCK_MONOTONIC).
fn monotonic() -> u128 {
    static START: std::sync::OnceLock<(Instant, u128)> = std::sync::OnceLock::new();
    let (start, base) = START.get_or_init(|| (Instant::now(), clock_ns(libc::CLOCK_MONOTONIC)));
    base + start.elapsed().as_nanos()
}

fn clock_ns(clock: libc::clockid_t) -> u128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

fn ns_obj(it: &mut Interp, ns: u128) -> R<ObjRef> {
    Ok(it.heap.bigint(num_bigint::BigInt::from(ns)))
}

fn t_time(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "time", args, kw)?;
    Ok(it.heap.float(since_epoch().as_secs_f64()))
}

fn t_time_ns(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "time_ns", args, kw)?;
    ns_obj(it, since_epoch().as_nanos())
}

fn t_monotonic(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "monotonic", args, kw)?;
    Ok(it.heap.float(monotonic() as f64 / 1e9))
}

fn t_monotonic_ns(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "monotonic_ns", args, kw)?;
    ns_obj(it, monotonic())
}

fn t_process_time(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "process_time", args, kw)?;
    Ok(it.heap.float(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 / 1e9))
}

fn t_process_time_ns(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    no_args(it, "process_time_ns", args, kw)?;
    ns_obj(it, clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID))
}

/// Sleeps in short steps so Ctrl-C still interrupts.
fn t_sleep(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(it.type_error(format!("time.sleep() takes exactly one argument ({} given)", args.len() + kw.len())));
    }
    let secs = match it.heap.get(args[0]) {
        Obj::Float(_) | Obj::Int(_) | Obj::Bool(_) | Obj::BigInt(_) => super::math::to_f64(it, args[0])?,
        _ => return Err(it.type_error(format!("'{}' object cannot be interpreted as an integer", it.type_name(args[0])))),
    };
    if secs.is_nan() {
        return Err(it.new_exception(ExcKind::ValueError, Some("Invalid value NaN (not a number)")));
    }
    if secs < 0.0 {
        return Err(it.new_exception(ExcKind::ValueError, Some("sleep length must be non-negative")));
    }
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    while Instant::now() < end {
        it.check_interrupt()?;
        std::thread::sleep((end - Instant::now()).min(Duration::from_millis(50)));
    }
    Ok(it.heap.none())
}
