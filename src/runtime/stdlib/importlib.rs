//! `importlib`: `import_module` (absolute, or relative to `package=`) and
//! `reload`, over the import system of `runtime/import.rs`.

use crate::heap::*;
use crate::runtime::builtins::{BuiltinFn, Kw};
use crate::runtime::{Interp, R};

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[("import_module", import_module), ("reload", reload), ("invalidate_caches", invalidate_caches)];

pub fn fill(_: &mut Interp, _: ObjRef) {}

/// `import_module(name, package=None)`: the module itself (not its
/// top-level package, as `import a.b` binds).
fn import_module(it: &mut Interp, _: ObjRef, args: &[ObjRef], kw: Kw) -> R<ObjRef> {
    let mut package = args.get(1).copied();
    for &(k, v) in kw {
        match it.heap.as_str(k) {
            Some("package") if package.is_none() => package = Some(v),
            Some("name") if args.is_empty() => {}
            Some(n) => {
                let msg = format!("import_module() got an unexpected keyword argument '{}'", n);
                return Err(it.type_error(msg));
            }
            None => {}
        }
    }
    let name = match args.first().copied().or_else(|| kw.iter().find(|&&(k, _)| it.heap.as_str(k) == Some("name")).map(|&(_, v)| v)) {
        Some(n) => n,
        None => return Err(it.type_error("import_module() missing 1 required positional argument: 'name'".into())),
    };
    if args.len() > 2 {
        let msg = format!("import_module() takes from 1 to 2 positional arguments but {} were given", args.len());
        return Err(it.type_error(msg));
    }
    let Some(text) = it.heap.as_str(name).map(str::to_string) else {
        // CPython's import_module asks the name for `startswith` first
        let msg = format!("'{}' object has no attribute 'startswith'", it.type_name(name));
        return Err(it.new_exception(crate::runtime::exc_kind::ExcKind::AttributeError, Some(&msg)));
    };
    let package = package.filter(|&p| p != NONE);
    let level = text.len() - text.trim_start_matches('.').len();
    if level == 0 {
        return it.import_absolute(&text);
    }
    let pkg = match package.map(|p| it.heap.as_str(p).map(str::to_string)) {
        None => {
            let msg = format!("the 'package' argument is required to perform a relative import for '{}'", text);
            return Err(it.type_error(msg));
        }
        Some(None) => return Err(it.type_error("__package__ not set to a string".into())),
        Some(Some(p)) if p.is_empty() => return Err(it.type_error(format!("the 'package' argument is required to perform a relative import for '{}'", text))),
        Some(Some(p)) => p,
    };
    let full = it.resolve_package_name(&text[level..], &pkg, level)?;
    it.import_absolute(&full)
}

/// `reload(module)`.
fn reload(it: &mut Interp, _: ObjRef, args: &[ObjRef], _: Kw) -> R<ObjRef> {
    match args {
        [m] if matches!(it.heap.get(*m), Obj::Module(_)) => it.reload_module(*m),
        [_] => Err(it.type_error("reload() argument must be a module".into())),
        _ => Err(it.type_error(format!("reload() takes 1 positional argument but {} were given", args.len()))),
    }
}

/// `invalidate_caches()`: glasspy's finder keeps no caches.
fn invalidate_caches(it: &mut Interp, _: ObjRef, _: &[ObjRef], _: Kw) -> R<ObjRef> {
    Ok(it.heap.none())
}
