//! The import system, as CPython's `importlib._bootstrap` does it: the
//! module table, packages, relative imports, the from-list.
//!
//! **The table.** Until a program asks for `sys.modules`, the runtime keeps
//! its modules in a list of its own (`Interp::modules`), each module flagged
//! as held by the runtime: a program that never looks sees no dict that
//! CPython would not also have made for it... and start-up allocates
//! nothing new. The first `sys.modules` makes the dict and moves every
//! module into it (the runtime's references become the dict's, so counts
//! stay CPython's); from then on the dict is the table the import system
//! reads and writes: `del sys.modules['m']` makes the next `import m` run
//! the module again, and an entry the program puts there is what `import`
//! returns (None stops the import, as in CPython). `__main__` is entered
//! too, with a reference of its own beside the runtime's.
//!
//! **Finding a module** (`import a.b.c` imports `a`, `a.b`, then `a.b.c`,
//! each parent first): a name in the table is taken from there; else a
//! top-level name is a built-in extension, a standard-library module
//! (`stdlib/mod.rs`), or the user's `NAME.py` or package `NAME/__init__.py`
//! (a directory without one is a namespace package) in the import
//! directory; a submodule of a user package is looked for in the package's
//! `__path__`, one of a standard-library package in the library's table. A
//! parent that is no package: "No module named 'a.b'; 'a' is not a
//! package". A loaded submodule becomes an attribute of its parent.
//!
//! **A file module** gets `__name__`, `__package__`, `__spec__` (a
//! `ModuleSpec` of `_frozen_importlib`, made on the first such import),
//! `__path__` for a package, and `__file__`, then runs as a code block of
//! its own in its own namespace. It is in the table while its code runs,
//! so a circular import gets the partly made module; a `from m import x`
//! of a name not yet bound says "cannot import name 'x' from partially
//! initialized module 'm' (most likely due to a circular import)". A module
//! whose code raises is taken out of the table again.

use super::*;

/// The import system's state besides the runtime's module list.
pub struct ImportState {
    /// `sys.modules` once a program has asked for it (NULL before); the
    /// runtime holds one reference (F_RUNTIME), `sys.__dict__` another.
    pub sys_modules: ObjRef,
    /// Modules whose code is running, outermost first.
    pub initializing: Vec<String>,
}

impl Default for ImportState {
    fn default() -> Self {
        ImportState { sys_modules: ObjRef::NULL, initializing: Vec::new() }
    }
}

/// Where a module was found.
enum Found {
    /// The user's `NAME.py`, or a package's `__init__.py` with its directory.
    File(std::path::PathBuf, Option<std::path::PathBuf>),
    /// Directories of a namespace package (no `__init__.py`).
    Namespace(Vec<std::path::PathBuf>),
}

/// How a module's name splits at its last dot.
fn split_parent(name: &str) -> (Option<&str>, &str) {
    match name.rfind('.') {
        Some(i) => (Some(&name[..i]), &name[i + 1..]),
        None => (None, name),
    }
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty() && !s.starts_with(|c: char| c.is_ascii_digit()) && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Looks for module `child` in the directories `dirs` as CPython's
/// FileFinder does: a package directory with `__init__.py`, else
/// `child.py`; a directory without `__init__.py` counts only if neither is
/// found in any of them (a namespace package).
fn find_in(dirs: &[std::path::PathBuf], child: &str) -> Option<Found> {
    if !is_identifier(child) {
        return None;
    }
    let mut namespace = Vec::new();
    for dir in dirs {
        let pkg = dir.join(child);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found::File(init, Some(pkg)));
        }
        let file = dir.join(format!("{}.py", child));
        if file.is_file() {
            return Some(Found::File(file, None));
        }
        if pkg.is_dir() {
            namespace.push(pkg);
        }
    }
    (!namespace.is_empty()).then_some(Found::Namespace(namespace))
}

fn shown_path(p: &std::path::Path) -> String {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()).display().to_string()
}

impl Interp {
    // ----- the table ---------------------------------------------------------------

    /// The module (or whatever a program put there) the table has under
    /// `name`, borrowed.
    pub fn module_find(&self, name: &str) -> Option<ObjRef> {
        let sm = self.imports.sys_modules;
        if sm.is_null() {
            if name == "__main__" && !self.main_module.is_null() {
                return Some(self.main_module);
            }
            return self.modules.iter().find(|(n, _)| n == name).map(|&(_, m)| m);
        }
        self.dict_items(sm).into_iter().find(|&(k, _)| self.heap.as_str(k) == Some(name)).map(|(_, v)| v)
    }

    /// Enters module `m` under `name`. `m` carries the runtime's reference
    /// (F_RUNTIME), and so does its dict when `own_dict`; once `sys.modules`
    /// exists, those references become the dict's entry.
    pub fn module_enter(&mut self, name: &str, m: ObjRef, own_dict: bool) {
        let sm = self.imports.sys_modules;
        if sm.is_null() {
            self.modules.push((name.to_string(), m));
            return;
        }
        let key = self.heap.intern(name);
        let _ = self.dict_set(sm, key, m);
        self.decref(key);
        self.release_runtime_ref(m, own_dict);
    }

    /// Drops the runtime's reference to a module (and to its dict when the
    /// runtime held that too): the table's entry holds the module now.
    fn release_runtime_ref(&mut self, m: ObjRef, own_dict: bool) {
        if own_dict {
            if let Obj::Module(md) = self.heap.get(m) {
                let d = md.dict;
                self.heap.clear_flag(d, F_RUNTIME);
                self.decref(d);
            }
        }
        self.heap.clear_flag(m, F_RUNTIME);
        self.decref(m);
    }

    /// Takes a module out of the table (a failed import).
    pub fn forget_module(&mut self, name: &str) {
        let sm = self.imports.sys_modules;
        if !sm.is_null() {
            let key = self.heap.intern(name);
            let _ = self.dict_del(sm, key);
            self.decref(key);
            return;
        }
        if let Some(i) = self.modules.iter().position(|(n, _)| n == name) {
            let (_, m) = self.modules.remove(i);
            let own_dict = name != "builtins";
            self.release_runtime_ref(m, own_dict);
        }
    }

    /// `sys.modules`, made when first asked for (borrowed): every module
    /// of the runtime's list moves into it, `__main__` joins them.
    pub fn sys_modules(&mut self) -> ObjRef {
        if !self.imports.sys_modules.is_null() {
            return self.imports.sys_modules;
        }
        // CPython's table has `builtins` from the start
        self.builtins_module();
        let sm = self.new_dict();
        self.heap.set_flag(sm, F_RUNTIME);
        let mut entries = std::mem::take(&mut self.modules);
        if !self.main_module.is_null() {
            self.incref(self.main_module);
            entries.push(("__main__".to_string(), self.main_module));
        }
        for (name, m) in entries {
            let key = self.heap.intern(&name);
            let _ = self.dict_set(sm, key, m);
            self.decref(key);
            if m == self.main_module {
                self.decref(m);
            } else {
                self.release_runtime_ref(m, name != "builtins");
            }
        }
        self.imports.sys_modules = sm;
        if let Some(sys) = self.module_find("sys") {
            if let Obj::Module(md) = self.heap.get(sys) {
                let d = md.dict;
                let key = self.heap.intern("modules");
                let _ = self.dict_set(d, key, sm);
                self.decref(key);
            }
        }
        sm
    }

    /// Program end: `__main__` leaves `sys.modules` (the runtime's own
    /// reference is then the last, released by `finish`).
    pub fn forget_main_module(&mut self) {
        let sm = self.imports.sys_modules;
        if sm.is_null() || self.module_find("__main__") != Some(self.main_module) {
            return;
        }
        self.forget_module("__main__");
    }

    // ----- import statements -----------------------------------------------------------

    /// `import NAME` (`leaf` false: binds the top-level package) or
    /// `import NAME as x` (`leaf`: the module NAME itself): owned.
    pub fn import_stmt(&mut self, name: &str, leaf: bool) -> R<ObjRef> {
        let m = self.import_absolute(name)?;
        let mut parts = name.split('.');
        let top = parts.next().unwrap_or("");
        if top == name {
            return Ok(m);
        }
        self.decref(m);
        let Some(t) = self.module_find(top) else {
            let msg = format!("'{}' not in sys.modules as expected", top);
            return Err(self.new_exception(ExcKind::KeyError, Some(&msg)));
        };
        self.incref(t);
        if !leaf {
            return Ok(t);
        }
        // 3.11: IMPORT_FROM for each part after the first.
        let mut cur = t;
        for p in parts {
            let n = self.heap.intern(p);
            let r = self.holding(cur, "module of import ... as", |it| it.import_from(cur, n));
            self.decref(n);
            self.decref(cur);
            cur = r?;
        }
        Ok(cur)
    }

    /// `from MODULE import names`: the module (owned), resolved against the
    /// importing module's globals when MODULE starts with dots, and its
    /// submodules among `names` imported (as `_handle_fromlist`).
    pub fn import_from_stmt(&mut self, module: &str, names: &[ObjRef], globals: ObjRef) -> R<ObjRef> {
        let level = module.len() - module.trim_start_matches('.').len();
        let name = if level > 0 { self.resolve_relative(&module[level..], level, globals)? } else { module.to_string() };
        let m = self.import_absolute(&name)?;
        let r = self.holding(m, "module of from-import", |it| it.handle_fromlist(m, &name, names));
        match r {
            Ok(()) => Ok(m),
            Err(e) => {
                self.decref(m);
                Err(e)
            }
        }
    }

    /// The from-list's submodules: each name the package lacks is tried as
    /// `package.name`; its ModuleNotFoundError is dropped (the name may be
    /// missing altogether, which `import_from` reports), any other error not.
    fn handle_fromlist(&mut self, m: ObjRef, name: &str, names: &[ObjRef]) -> R<()> {
        if !self.is_package(m, name) {
            return Ok(());
        }
        let mut wanted: Vec<String> = Vec::new();
        for &n in names {
            if n.is_null() {
                // `*`: the submodules named in the package's `__all__`
                if let Some(all) = self.module_attr(m, "__all__") {
                    let items = match self.heap.get(all) {
                        Obj::List(l) => l.items.to_vec(),
                        Obj::Tuple(t) => t.to_vec(),
                        _ => vec![],
                    };
                    wanted.extend(items.into_iter().filter_map(|i| self.heap.as_str(i).map(str::to_string)));
                }
            } else if let Some(s) = self.heap.as_str(n) {
                wanted.push(s.to_string());
            }
        }
        for s in wanted {
            if self.module_attr(m, &s).is_some() {
                continue;
            }
            let full = format!("{}.{}", name, s);
            match self.import_absolute(&full) {
                Ok(sub) => self.decref(sub),
                Err(e) => {
                    let nf = self.exc_class(ExcKind::ModuleNotFoundError);
                    let cls = self.type_of(e);
                    if cls == nf && self.module_find(&full).is_none() && self.exception_str(e) == format!("No module named '{}'", full) {
                        self.decref(e);
                    } else {
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }

    /// A module's attribute without running code (borrowed), None if absent.
    fn module_attr(&mut self, m: ObjRef, name: &str) -> Option<ObjRef> {
        let d = match self.heap.get(m) {
            Obj::Module(md) => md.dict,
            _ => return None,
        };
        let key = self.heap.intern(name);
        let v = self.dict_get_str(d, key);
        self.decref(key);
        v
    }

    /// `IMPORT_FROM`: `m.name` (owned), else the submodule `m.__name__.name`
    /// in the table, else CPython's ImportError.
    pub fn import_from(&mut self, m: ObjRef, name: ObjRef) -> R<ObjRef> {
        match self.getattr(m, name) {
            Ok(v) => return Ok(v),
            Err(e) => {
                let ae = self.exc_class(ExcKind::AttributeError);
                if !self.is_subclass(self.type_of(e), ae) {
                    return Err(e);
                }
                self.decref(e);
            }
        }
        let n = self.heap.as_str(name).unwrap_or("").to_string();
        let pkg = match self.module_attr(m, "__name__") {
            Some(p) => self.heap.as_str(p).map(str::to_string),
            None => None,
        };
        if let Some(p) = &pkg {
            if let Some(v) = self.module_find(&format!("{}.{}", p, n)) {
                self.incref(v);
                return Ok(v);
            }
        }
        let shown = pkg.clone().unwrap_or_else(|| "<unknown module name>".into());
        let file = self.module_attr(m, "__file__").and_then(|f| self.heap.as_str(f).map(str::to_string));
        let msg = match file {
            None => format!("cannot import name '{}' from '{}' (unknown location)", n, shown),
            Some(f) if pkg.as_ref().is_some_and(|p| self.imports.initializing.contains(p)) => {
                format!("cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})", n, shown, f)
            }
            Some(f) => format!("cannot import name '{}' from '{}' ({})", n, shown, f),
        };
        let e = self.new_exception(ExcKind::ImportError, Some(&msg));
        if let Some(p) = pkg {
            self.set_exc_name(e, &p);
        }
        Err(e)
    }

    /// ImportError's `name` attribute.
    fn set_exc_name(&mut self, e: ObjRef, name: &str) {
        let k = self.heap.intern("name");
        let v = self.heap.str(name);
        let _ = self.setattr(e, k, v);
        self.decref(k);
        self.decref(v);
    }

    fn module_not_found(&mut self, msg: String, name: &str) -> Exc {
        let e = self.new_exception(ExcKind::ModuleNotFoundError, Some(&msg));
        self.set_exc_name(e, name);
        e
    }

    /// The absolute name of a relative import (`level` leading dots, then
    /// `rest`) from a module with `globals`, as `_calc___package__` and
    /// `_resolve_name`.
    pub fn resolve_relative(&mut self, rest: &str, level: usize, globals: ObjRef) -> R<String> {
        let get = |it: &mut Interp, k: &str| -> Option<ObjRef> {
            let key = it.heap.intern(k);
            let v = it.dict_get_str(globals, key);
            it.decref(key);
            v.filter(|&v| v != NONE)
        };
        let package = if let Some(p) = get(self, "__package__") {
            match self.heap.as_str(p) {
                Some(s) => s.to_string(),
                None => return Err(self.type_error("package must be a string".into())),
            }
        } else if let Some(spec) = get(self, "__spec__") {
            let n = self.heap.intern("parent");
            let p = self.holding(spec, "__spec__ of a relative import", |it| it.getattr(spec, n));
            self.decref(n);
            let p = p?;
            let s = self.heap.as_str(p).unwrap_or("").to_string();
            self.decref(p);
            s
        } else {
            let name = get(self, "__name__").and_then(|n| self.heap.as_str(n).map(str::to_string)).unwrap_or_default();
            if get(self, "__path__").is_some() {
                name
            } else {
                split_parent(&name).0.unwrap_or("").to_string()
            }
        };
        self.resolve_package_name(rest, &package, level)
    }

    /// `importlib._bootstrap._resolve_name` with its sanity checks.
    pub fn resolve_package_name(&mut self, rest: &str, package: &str, level: usize) -> R<String> {
        if package.is_empty() {
            return Err(self.new_exception(ExcKind::ImportError, Some("attempted relative import with no known parent package")));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.new_exception(ExcKind::ImportError, Some("attempted relative import beyond top-level package")));
        }
        let base = bits[bits.len() - 1];
        Ok(if rest.is_empty() { base.to_string() } else { format!("{}.{}", base, rest) })
    }

    // ----- finding and loading ---------------------------------------------------------

    /// `importlib._bootstrap._gcd_import`: module `name` (absolute, dotted),
    /// owned, from the table or loaded (each parent first).
    pub fn import_absolute(&mut self, name: &str) -> R<ObjRef> {
        if name.is_empty() {
            return Err(self.new_exception(ExcKind::ValueError, Some("Empty module name")));
        }
        if let Some(m) = self.module_find(name) {
            return self.found_in_table(name, m);
        }
        let (parent, child) = split_parent(name);
        let Some(parent) = parent else {
            return match self.load_top_level(name)? {
                Some(m) => Ok(m),
                None => Err(self.module_not_found(format!("No module named '{}'", name), name)),
            };
        };
        let pm = self.import_absolute(parent)?;
        let r = self.holding(pm, "package of an import", |it| it.load_submodule(name, parent, child, pm));
        self.decref(pm);
        r
    }

    fn found_in_table(&mut self, name: &str, m: ObjRef) -> R<ObjRef> {
        if m == NONE {
            return Err(self.module_not_found(format!("import of {} halted; None in sys.modules", name), name));
        }
        self.incref(m);
        Ok(m)
    }

    /// Is module `m` (named `name`) a package: a user package has `__path__`,
    /// a standard-library one has submodules in the library's table.
    fn is_package(&mut self, m: ObjRef, name: &str) -> bool {
        self.module_attr(m, "__path__").is_some() || stdlib::is_stdlib_package(name)
    }

    /// Submodule `child` of package `parent` (module `pm`, borrowed).
    fn load_submodule(&mut self, name: &str, parent: &str, child: &str, pm: ObjRef) -> R<ObjRef> {
        // the parent's code may have imported it
        if let Some(m) = self.module_find(name) {
            return self.found_in_table(name, m);
        }
        let loaded = if stdlib::is_stdlib_package(parent) {
            self.make_stdlib_module(name)?.map(|m| {
                self.incref(m);
                m
            })
        } else {
            let path = match self.module_attr(pm, "__path__") {
                Some(p) => p,
                None => return Err(self.module_not_found(format!("No module named '{}'; '{}' is not a package", name, parent), name)),
            };
            let dirs = self.path_dirs(path);
            match find_in(&dirs, child) {
                Some(found) => Some(self.load_found(name, found)?),
                None => None,
            }
        };
        let Some(m) = loaded else {
            return Err(self.module_not_found(format!("No module named '{}'", name), name));
        };
        // bound in the parent as importlib does after loading
        let key = self.heap.intern(child);
        let r = self.setattr(pm, key, m);
        self.decref(key);
        if let Err(e) = r {
            self.decref(m);
            return Err(e);
        }
        Ok(m)
    }

    /// The directories of a `__path__` (its str items; anything else skipped).
    fn path_dirs(&mut self, path: ObjRef) -> Vec<std::path::PathBuf> {
        let items = match self.heap.get(path) {
            Obj::List(l) => l.items.to_vec(),
            Obj::Tuple(t) => t.to_vec(),
            _ => vec![],
        };
        items.into_iter().filter_map(|i| self.heap.as_str(i).map(std::path::PathBuf::from)).collect()
    }

    /// A top-level module not in the table (owned): a built-in extension, a
    /// standard-library module, or the user's file or package.
    fn load_top_level(&mut self, name: &str) -> R<Option<ObjRef>> {
        let funcs = builtins::extension_functions(name);
        if !funcs.is_empty() {
            let m = modules::make_module(self, name, &funcs);
            self.incref(m);
            return Ok(Some(m));
        }
        if let Some(m) = self.make_stdlib_module(name)? {
            self.incref(m);
            return Ok(Some(m));
        }
        let Some(dir) = self.import_dir.clone() else { return Ok(None) };
        match find_in(&[dir], name) {
            Some(found) => self.load_found(name, found).map(Some),
            None => Ok(None),
        }
    }

    /// Loads a module found on disk (owned).
    fn load_found(&mut self, name: &str, found: Found) -> R<ObjRef> {
        let (parent, _) = split_parent(name);
        let (file, pkg_dirs) = match found {
            Found::File(f, dir) => (Some(f), dir.map(|d| vec![d])),
            Found::Namespace(dirs) => (None, Some(dirs)),
        };
        let src = match &file {
            Some(f) => match std::fs::read(f) {
                Ok(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                Err(e) => {
                    let msg = format!("[Errno {}] {}: '{}'", e.raw_os_error().unwrap_or(0), e, f.display());
                    return Err(self.new_exception(ExcKind::OSError, Some(&msg)));
                }
            },
            None => None,
        };
        let shown = file.as_deref().map(shown_path);
        let package = if pkg_dirs.is_some() { name.to_string() } else { parent.unwrap_or("").to_string() };
        let path_list = pkg_dirs.map(|dirs| {
            let items = dirs.iter().map(|d| self.heap.str(&shown_path(d))).collect();
            self.new_list(items)
        });
        let spec = match path_list {
            Some(l) => self.holding(l, "__path__ of a package being imported", |it| it.module_spec(name, shown.as_deref(), Some(l))),
            None => self.module_spec(name, shown.as_deref(), None),
        };
        let spec = match spec {
            Ok(s) => s,
            Err(e) => {
                if let Some(l) = path_list {
                    self.decref(l);
                }
                return Err(e);
            }
        };
        let mut members = vec![("__package__", self.heap.str(&package)), ("__spec__", spec)];
        if let Some(l) = path_list {
            members.push(("__path__", l));
        }
        let file_v = match &shown {
            Some(f) => self.heap.str(f),
            None => self.heap.none(),
        };
        members.push(("__file__", file_v));
        match src {
            Some(src) => self.run_file_module(name, &src, shown.as_deref().unwrap_or(""), members),
            None => {
                let (m, d) = self.new_module(name);
                for (k, v) in members {
                    stdlib::set_member(self, d, k, v);
                }
                self.incref(m);
                Ok(m)
            }
        }
    }

    /// Runs a user's module from its source with these first members
    /// (owned, consumed), marked as initialising while its code runs.
    fn run_file_module(&mut self, name: &str, src: &str, filename: &str, members: Vec<(&str, ObjRef)>) -> R<ObjRef> {
        self.imports.initializing.push(name.to_string());
        let r = self.run_source_module_with(name, src, filename, members);
        self.imports.initializing.pop();
        let m = r?;
        self.incref(m);
        Ok(m)
    }

    /// A `ModuleSpec` for a module loaded from a file (owned); the package's
    /// `__path__` list is its `submodule_search_locations`, as in CPython.
    fn module_spec(&mut self, name: &str, origin: Option<&str>, path: Option<ObjRef>) -> R<ObjRef> {
        let fi = self.import_absolute("_frozen_importlib")?;
        let f = self.module_attr(fi, "_spec_from_file");
        self.decref(fi);
        let Some(f) = f else { return Ok(self.heap.none()) };
        let origin = match origin {
            Some(o) => self.heap.str(o),
            None => self.heap.none(),
        };
        let args = [self.heap.str(name), origin, path.unwrap_or(NONE)];
        self.incref(args[2]);
        self.stack.extend(args);
        self.call_held(f, 3)
    }

    /// `importlib.reload(m)`: a file module's source run again in its own
    /// namespace; a standard-library module's left as it is. The module, owned.
    pub fn reload_module(&mut self, m: ObjRef) -> R<ObjRef> {
        let Obj::Module(md) = self.heap.get(m) else {
            return Err(self.type_error("reload() argument must be a module".into()));
        };
        let d = md.dict;
        let name = self.module_attr(m, "__name__").and_then(|n| self.heap.as_str(n).map(str::to_string)).unwrap_or_default();
        if self.module_find(&name) != Some(m) {
            let msg = format!("module {} not in sys.modules", name);
            let e = self.new_exception(ExcKind::ImportError, Some(&msg));
            self.set_exc_name(e, &name);
            return Err(e);
        }
        let file = self.module_attr(m, "__file__").and_then(|f| self.heap.as_str(f).map(str::to_string));
        if let Some(f) = file {
            let src = match std::fs::read(&f) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(_) => return Err(self.module_not_found(format!("No module named '{}'", name), &name)),
            };
            self.imports.initializing.push(name.clone());
            // `m` is the caller's argument, held where it came from
            let r = self.run_source_in(&src, &f, d);
            self.imports.initializing.pop();
            r?;
        }
        self.incref(m);
        Ok(m)
    }

    /// `repr(module)`: where it came from, as `_module_repr_from_spec`.
    pub fn module_repr(&self, name: ObjRef, d: ObjRef) -> String {
        let n = self.heap.as_str(name).unwrap_or("?");
        let field = |k: &str| self.dict_items(d).into_iter().find(|&(key, _)| self.heap.as_str(key) == Some(k)).map(|(_, v)| v);
        if let Some(f) = field("__file__").and_then(|f| self.heap.as_str(f)) {
            return format!("<module '{}' from '{}'>", n, f);
        }
        if field("__path__").is_some() && field("__file__").is_some() {
            return format!("<module '{}' (namespace)>", n);
        }
        format!("<module '{}' (built-in)>", n)
    }
}
