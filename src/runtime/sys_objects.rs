//! The members of `sys` a script reads besides its functions: `argv`, the
//! standard streams, `flags`, `float_info`, `implementation`, `path`...
//!
//! None of them exists before the program asks for it (MODEL §1): a
//! program that never touches `sys.flags` must count the same references
//! to `0` and `1` as one run without glasspy's `sys` at all, and start-up
//! must leave exactly the heap it always left. So:
//!
//! * the start-up module keeps its few placeholders (`argv` an empty list,
//!   `stdout`/`stderr` strings, `version_info` a plain tuple: the ids and
//!   counts every program has always seen); the first read of one of them
//!   replaces it by the real thing (`before_lookup`) — argv filled from the
//!   command line, the streams and `version_info` taken from the module
//!   below — unless the program stored its own value first;
//! * every other member is made on its first read (`lazy_attr`, where a
//!   missing attribute would be an AttributeError), and stays in `sys`.
//!
//! The objects are written in Python (`stdlib/sysobjects.py`, the hidden
//! module `_sysobjects`, imported on the first such read) on the native
//! helpers here (`_sysio`): writing to stdout and stderr through the
//! interpreter's own buffered output (so `print` and `sys.stdout.write`
//! keep their order), reading stdin a byte at a time (as `input()` does,
//! so both can be mixed), and what the command line said (`configure`).

use std::sync::OnceLock;

use super::builtins::{BuiltinFn, Kw};
use super::*;

/// What the command line says to `sys` (set once, by main).
#[derive(Default, Clone)]
pub struct Config {
    /// `sys.argv`: the script (or `-c`, `-m`'s path, `-`, ''), then its arguments.
    pub argv: Vec<String>,
    /// `sys.orig_argv`: the command line as typed.
    pub orig_argv: Vec<String>,
    /// `sys.path[0]`: the script's directory, '' for `-c`, stdin and the prompt.
    pub path0: String,
    /// The `-W` options, in order.
    pub warnoptions: Vec<String>,
    /// The `-X` options, in order (`name` or `name=value`).
    pub xoptions: Vec<String>,
    pub flags: Flags,
}

/// `sys.flags`, as the options set them (the ones glasspy gives no meaning
/// are kept only to be reported).
#[derive(Default, Clone, Copy)]
pub struct Flags {
    pub debug: i64,
    pub inspect: i64,
    pub interactive: i64,
    pub optimize: i64,
    pub dont_write_bytecode: i64,
    pub no_user_site: i64,
    pub no_site: i64,
    pub ignore_environment: i64,
    pub verbose: i64,
    pub bytes_warning: i64,
    pub quiet: i64,
    pub isolated: i64,
    pub dev_mode: bool,
    pub safe_path: bool,
}

static CONFIG: OnceLock<Config> = OnceLock::new();

/// Records what the command line says; the first call wins.
pub fn configure(c: Config) {
    let _ = CONFIG.set(c);
}

fn config() -> Config {
    CONFIG.get().cloned().unwrap_or_default()
}

/// The start-up placeholders, by bit of `Interp::sys_pending`.
const PLACEHOLDERS: &[&str] = &["argv", "stdout", "stderr", "version_info"];

/// Every placeholder still to be replaced (a new interpreter).
pub const ALL_PENDING: u8 = (1 << PLACEHOLDERS.len()) - 1;

/// The members made on first read, besides the placeholders.
const LAZY: &[&str] = &[
    "stdin", "__stdin__", "__stdout__", "__stderr__", "flags", "float_info", "int_info", "hash_info", "implementation", "hexversion", "api_version",
    "executable", "orig_argv", "path", "warnoptions", "_xoptions", "dont_write_bytecode", "copyright", "getdefaultencoding", "getfilesystemencoding",
];

fn is_sys(it: &Interp, module: ObjRef) -> bool {
    matches!(it.heap.get(module), Obj::Module(m) if it.heap.as_str(m.name) == Some("sys"))
}

fn placeholder_bit(it: &Interp, name: ObjRef) -> Option<u8> {
    let n = it.heap.as_str(name)?;
    PLACEHOLDERS.iter().position(|p| *p == n).map(|i| 1 << i)
}

/// Before `module.name` is looked up while a placeholder is pending: if
/// `module` is sys and `name` a placeholder not yet replaced, replaces it.
pub fn before_lookup(it: &mut Interp, module: ObjRef, d: ObjRef, name: ObjRef) -> R<()> {
    if !is_sys(it, module) {
        return Ok(());
    }
    let Some(bit) = placeholder_bit(it, name) else { return Ok(()) };
    if it.sys_pending & bit == 0 {
        return Ok(());
    }
    it.sys_pending &= !bit;
    if bit == 1 {
        // argv: the start-up list itself, filled in.
        if let Some(l) = it.dict_get_str(d, name) {
            for a in config().argv {
                let s = it.heap.str(&a);
                it.list_append(l, s);
            }
        }
        return Ok(());
    }
    let v = from_sysobjects(it, name)?;
    let r = it.dict_set(d, name, v);
    it.decref(v);
    r
}

/// `sys.name = value`: a placeholder the program replaces itself is never
/// replaced again.
pub fn on_store(it: &mut Interp, module: ObjRef, name: ObjRef) {
    if is_sys(it, module) {
        if let Some(bit) = placeholder_bit(it, name) {
            it.sys_pending &= !bit;
        }
    }
}

/// A member of sys made on its first read: Some(new reference), stored in
/// sys's dict `d`; None when `name` is none of them (or `module` not sys).
pub fn lazy_attr(it: &mut Interp, module: ObjRef, d: ObjRef, name: ObjRef) -> R<Option<ObjRef>> {
    if !is_sys(it, module) || !it.heap.as_str(name).is_some_and(|n| LAZY.contains(&n)) {
        return Ok(None);
    }
    let v = from_sysobjects(it, name)?;
    it.dict_set(d, name, v)?;
    Ok(Some(v))
}

/// `_sysobjects.name` (the module imported on the first call).
fn from_sysobjects(it: &mut Interp, name: ObjRef) -> R<ObjRef> {
    let m = it.import_absolute("_sysobjects")?;
    let v = it.getattr(m, name);
    it.decref(m);
    v
}

// ----- _sysio: the native helpers ------------------------------------------------

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("write", io_write),
    ("write_bytes", io_write_bytes),
    ("flush", io_flush),
    ("readline", io_readline),
    ("read", io_read),
    ("isatty", io_isatty),
    ("flags", io_flags),
    ("executable", io_executable),
    ("orig_argv", io_orig_argv),
    ("path0", io_path0),
    ("warnoptions", io_warnoptions),
    ("xoptions", io_xoptions),
    ("getdefaultencoding", io_encoding),
    ("getfilesystemencoding", io_encoding),
];

pub fn fill(_: &mut Interp, _: ObjRef) {}

fn fd_arg(it: &mut Interp, args: &[ObjRef]) -> R<i64> {
    match args.first().and_then(|&a| it.small_index(a)) {
        Some(fd) => Ok(fd),
        None => Err(it.type_error("a file descriptor is required".to_string())),
    }
}

/// write(fd, s): `s` to stdout (fd 1, the interpreter's buffer) or stderr; its length.
fn io_write(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let fd = fd_arg(it, args)?;
    let s = args.get(1).and_then(|&a| it.heap.as_str(a).map(str::to_string)).unwrap_or_default();
    if fd == 2 {
        it.write_err(&s)?;
    } else {
        it.write_out(&s)?;
    }
    Ok(it.heap.int(s.chars().count() as i64))
}

/// write_bytes(fd, b): bytes as they are; their number.
fn io_write_bytes(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let fd = fd_arg(it, args)?;
    let b = match args.get(1).map(|&a| it.heap.get(a)) {
        Some(Obj::Bytes(b)) => b.to_vec(),
        _ => {
            let t = args.get(1).map(|&a| it.type_name(a)).unwrap_or_else(|| "NoneType".into());
            return Err(it.type_error(format!("a bytes-like object is required, not '{}'", t)));
        }
    };
    let r = if fd == 2 {
        let _ = it.out.flush();
        let mut err = std::io::stderr().lock();
        std::io::Write::write_all(&mut err, &b).and_then(|_| std::io::Write::flush(&mut err))
    } else {
        std::io::Write::write_all(&mut it.out, &b).and_then(|_| if it.unbuffered { std::io::Write::flush(&mut it.out) } else { Ok(()) })
    };
    if r.is_err() {
        // the failure is the one flush_out reports, as CPython's
        it.flush_out()?;
    }
    Ok(it.heap.int(b.len() as i64))
}

fn io_flush(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if fd_arg(it, args)? == 1 {
        it.flush_out()?;
    }
    Ok(it.heap.none())
}

/// One byte of stdin (fd 0, unbuffered, so `input()`, `sys.stdin` and the
/// prompt can take turns), or None at end of input (or on an error);
/// Ctrl-C while waiting is KeyboardInterrupt.
pub fn read_byte(it: &mut Interp) -> R<Option<u8>> {
    loop {
        let mut b = [0u8; 1];
        let n = unsafe { libc::read(0, b.as_mut_ptr() as *mut libc::c_void, 1) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                it.check_interrupt()?;
                continue;
            }
            return Ok(None);
        }
        return Ok(if n == 0 { None } else { Some(b[0]) });
    }
}

/// Reads stdin up to `limit` bytes (negative: no limit), stopping after a
/// newline when `line`; the text (or bytes when `binary`).
fn read_stdin(it: &mut Interp, args: &[ObjRef], line: bool) -> R<ObjRef> {
    let limit = match args.first() {
        Some(&a) if a != NONE => it.small_index(a).unwrap_or(-1),
        _ => -1,
    };
    let binary = args.get(1).is_some_and(|&a| it.truthy(a).unwrap_or(false));
    it.flush_out()?;
    let mut got: Vec<u8> = Vec::new();
    while limit < 0 || (got.len() as i64) < limit {
        let Some(b) = read_byte(it)? else { break };
        got.push(b);
        if line && b == b'\n' {
            break;
        }
    }
    if binary {
        return Ok(it.heap.bytes(&got));
    }
    match String::from_utf8(got) {
        Ok(s) => Ok(it.heap.str(&s)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let msg = format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", e.as_bytes()[at], at);
            Err(it.new_exception(ExcKind::UnicodeDecodeError, Some(&msg)))
        }
    }
}

/// readline(size, binary)
fn io_readline(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    read_stdin(it, args, true)
}

/// read(size, binary)
fn io_read(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    read_stdin(it, args, false)
}

fn io_isatty(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    let fd = fd_arg(it, args)?;
    let tty = unsafe { libc::isatty(fd as i32) } == 1;
    Ok(it.heap.bool(tty))
}

/// The values of `sys.flags`, in its order.
fn io_flags(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let f = config().flags;
    let ints = [f.debug, f.inspect, f.interactive, f.optimize, f.dont_write_bytecode, f.no_user_site, f.no_site, f.ignore_environment, f.verbose, f.bytes_warning, f.quiet];
    let mut items: Vec<ObjRef> = ints.iter().map(|&v| it.heap.int(v)).collect();
    // hash_randomization: glasspy's hashes are never randomised
    items.push(it.heap.int(0));
    items.push(it.heap.int(f.isolated));
    items.push(it.heap.bool(f.dev_mode));
    // utf8_mode, warn_default_encoding
    items.push(it.heap.int(0));
    items.push(it.heap.int(0));
    items.push(it.heap.bool(f.safe_path));
    // int_max_str_digits: -1, the default limit
    items.push(it.heap.int(-1));
    Ok(it.new_tuple(items))
}

fn io_executable(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    Ok(it.heap.str(&exe))
}

fn str_list(it: &mut Interp, items: &[String]) -> ObjRef {
    let items = items.iter().map(|s| it.heap.str(s)).collect();
    it.new_list(items)
}

fn io_orig_argv(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    Ok(str_list(it, &config().orig_argv))
}

fn io_path0(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    Ok(it.heap.str(&config().path0))
}

fn io_warnoptions(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    Ok(str_list(it, &config().warnoptions))
}

/// `sys._xoptions`: `-X name=value` as name: value, `-X name` as name: True.
fn io_xoptions(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    let d = it.new_dict();
    for x in config().xoptions {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (it.heap.str(k), it.heap.str(v)),
            None => (it.heap.str(&x), it.heap.bool(true)),
        };
        let r = it.dict_set(d, k, v);
        it.decref(k);
        it.decref(v);
        if let Err(e) = r {
            it.decref(d);
            return Err(e);
        }
    }
    Ok(d)
}

fn io_encoding(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    if !args.is_empty() {
        return Err(it.type_error(format!("getdefaultencoding() takes no arguments ({} given)", args.len())));
    }
    Ok(it.heap.str("utf-8"))
}

// ----- print() and the streams ---------------------------------------------------

/// What `print()` without `file=` writes to when the program has put its
/// own object in `sys.stdout` (a new reference); None while it is the real
/// stdout (or its start-up placeholder), which print writes directly.
pub fn replaced_stdout(it: &mut Interp) -> Option<ObjRef> {
    if it.sys_pending & 2 != 0 {
        return None;
    }
    let sys = it.modules.iter().find(|(n, _)| n == "sys").map(|&(_, m)| m)?;
    let d = match it.heap.get(sys) {
        Obj::Module(m) => m.dict,
        _ => return None,
    };
    let key = it.heap.intern("stdout");
    let v = it.dict_get_str(d, key);
    it.decref(key);
    let v = v?;
    if std_stream_fd(it, v).is_some() {
        return None;
    }
    it.incref(v);
    Some(v)
}

/// 1 or 2 when `f` is the real sys.stdout or sys.stderr and open (print
/// writes to it directly); None for any other object.
pub fn std_stream_fd(it: &mut Interp, f: ObjRef) -> Option<i64> {
    let m = it.modules.iter().find(|(n, _)| n == "_sysobjects").map(|&(_, m)| m)?;
    let d = match it.heap.get(m) {
        Obj::Module(md) => md.dict,
        _ => return None,
    };
    let mut fd = None;
    for (name, n) in [("__stdout__", 1), ("__stderr__", 2)] {
        let key = it.heap.intern(name);
        let v = it.dict_get_str(d, key);
        it.decref(key);
        if v == Some(f) {
            fd = Some(n);
        }
    }
    fd?;
    let key = it.heap.intern("closed");
    let closed = match it.heap.get(f) {
        Obj::Instance(i) => i.attrs.iter().find(|&&(k, _)| k == key).map(|&(_, v)| v),
        _ => None,
    };
    it.decref(key);
    if closed.is_some_and(|c| c != FALSE) {
        return None;
    }
    fd
}
