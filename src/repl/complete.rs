//! Tab completion: keywords, builtins, globals, attributes after a `.`,
//! module members (`sys.`, `gc.`, `weakref.`, even before they are
//! imported) and the REPL's `:` commands. Everything is read from the heap
//! without running Python code (no `__getattr__`, no properties).

use crate::heap::{Obj, ObjRef, TypeId};
use crate::runtime::builtins::{Owner, DEFS};
use crate::runtime::Interp;

use super::commands;
use super::scan::{self, KEYWORDS};

/// One completion: what replaces the word being completed, and how it is
/// shown in the list of candidates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub display: String,
    pub replacement: String,
}

/// What Tab does at byte `pos` of `line`; `context` holds the earlier lines
/// of the entry. Returns the byte offset where the replaced text starts.
pub fn complete(it: Option<&Interp>, line: &str, pos: usize, context: &str) -> (usize, Vec<Candidate>) {
    let before = &line[..pos];
    // the line being edited may be one of several (a paste, a recalled block)
    let line_start = before.rfind('\n').map(|p| p + 1).unwrap_or(0);
    let current = &before[line_start..];
    // Tab at the start of a line indents (to the next multiple of four).
    if current.chars().all(|c| c == ' ' || c == '\t') {
        let col = current.chars().map(|c| if c == '\t' { 8 } else { 1 }).sum::<usize>();
        let n = 4 - col % 4;
        return (pos, vec![Candidate { display: String::new(), replacement: " ".repeat(n) }]);
    }
    // `:he` at the start of an entry: the commands
    if context.is_empty() && line_start == 0 {
        let t = before.trim_start();
        if t.starts_with(':') && !t.contains(char::is_whitespace) {
            let start = pos - t.len();
            let mut names: Vec<&str> = commands::COMMANDS.iter().map(|c| c.name).filter(|n| n.starts_with(t)).collect();
            names.sort();
            return (start, names.into_iter().map(|n| Candidate { display: n.to_string(), replacement: n.to_string() }).collect());
        }
    }
    // nothing inside strings and comments
    let (_, st) = scan::scan(&format!("{}{}", context, before));
    if st.in_string || st.in_comment {
        return (pos, vec![]);
    }
    let Some(it) = it else { return (pos, vec![]) };
    // the dotted name before the cursor: `a.b.c`
    let mut start = pos;
    for (i, c) in before.char_indices().rev() {
        if scan::is_ident_char(c) || c == '.' {
            start = i;
        } else {
            break;
        }
    }
    let word = &before[start..];
    if word.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return (pos, vec![]);
    }
    match word.rfind('.') {
        None => (start, global_candidates(it, word)),
        Some(dot) => {
            let path = &word[..dot];
            let prefix = &word[dot + 1..];
            let Some(obj) = resolve(it, path) else { return (pos, vec![]) };
            let mut names = attr_names(it, obj);
            names.retain(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')));
            names.sort();
            names.dedup();
            let c = names
                .into_iter()
                .map(|n| {
                    let callable = attr(it, obj, &n).map(|v| is_callable(it, v)).unwrap_or_else(|| is_builtin_method(it, obj, &n));
                    let replacement = if callable { format!("{}(", n) } else { n.clone() };
                    Candidate { display: replacement.clone(), replacement }
                })
                .collect();
            (start + dot + 1, c)
        }
    }
}

fn global_candidates(it: &Interp, prefix: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = vec![];
    for &k in KEYWORDS {
        if k.starts_with(prefix) {
            // as rlcompleter: a space after most keywords, a colon after some
            let r = match k {
                "finally" | "try" => format!("{}:", k),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
                _ => format!("{} ", k),
            };
            out.push(Candidate { display: k.to_string(), replacement: r });
        }
    }
    let mut names: Vec<(String, ObjRef)> = vec![];
    for d in [it.globals, it.builtins] {
        for (k, v) in it.dict_items(d) {
            if let Some(s) = it.heap.as_str(k) {
                if s.starts_with(prefix) && (prefix.starts_with('_') || !s.starts_with('_')) && !names.iter().any(|(n, _)| n == s) {
                    names.push((s.to_string(), v));
                }
            }
        }
    }
    names.sort_by(|a, b| a.0.cmp(&b.0));
    for (n, v) in names {
        if out.iter().any(|c| c.display == n) {
            continue;
        }
        let replacement = if is_callable(it, v) { format!("{}(", n) } else { n.clone() };
        out.push(Candidate { display: n, replacement });
    }
    out
}

/// The object a dotted path names, looked up as the prompt would (globals,
/// then builtins), falling back to the runtime's modules.
pub fn resolve(it: &Interp, path: &str) -> Option<ObjRef> {
    let mut parts = path.split('.');
    let first = parts.next()?;
    let mut obj = dict_get(it, it.globals, first).or_else(|| dict_get(it, it.builtins, first)).or_else(|| it.module_find(first))?;
    for p in parts {
        obj = attr(it, obj, p)?;
    }
    Some(obj)
}

fn dict_get(it: &Interp, d: ObjRef, name: &str) -> Option<ObjRef> {
    if d.is_null() {
        return None;
    }
    it.dict_items(d).into_iter().find(|(k, _)| it.heap.as_str(*k) == Some(name)).map(|(_, v)| v)
}

/// The classes whose namespaces an attribute lookup on `obj` searches, and
/// the builtin types among them.
fn lookup_chain(it: &Interp, obj: ObjRef) -> Vec<ObjRef> {
    let cls = match it.heap.get(obj) {
        Obj::Class(_) => obj,
        _ => it.type_of(obj),
    };
    let mut out = crate::types::class::mro_list(&it.heap, cls);
    // every class derives from object
    let object = it.type_obj(TypeId::Object);
    if !out.contains(&object) {
        out.push(object);
    }
    out
}

fn attr(it: &Interp, obj: ObjRef, name: &str) -> Option<ObjRef> {
    match it.heap.get(obj) {
        Obj::Module(m) => return dict_get(it, m.dict, name),
        Obj::Instance(i) => {
            if let Some(&(_, v)) = i.attrs.iter().find(|(k, _)| it.heap.as_str(*k) == Some(name)) {
                return Some(v);
            }
        }
        _ => {}
    }
    for cls in lookup_chain(it, obj) {
        if let Obj::Class(c) = it.heap.get(cls) {
            if let Some(&(_, v)) = c.attrs.iter().find(|(k, _)| it.heap.as_str(*k) == Some(name)) {
                return Some(v);
            }
        }
    }
    None
}

/// The attribute names `dir(obj)` would show, without running code.
pub fn attr_names(it: &Interp, obj: ObjRef) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    let mut add = |s: Option<&str>| {
        if let Some(s) = s {
            out.push(s.to_string());
        }
    };
    match it.heap.get(obj) {
        Obj::Module(m) => {
            for (k, _) in it.dict_items(m.dict) {
                add(it.heap.as_str(k));
            }
            return out;
        }
        Obj::Instance(i) => {
            for &(k, _) in &i.attrs {
                add(it.heap.as_str(k));
            }
        }
        _ => {}
    }
    for cls in lookup_chain(it, obj) {
        if let Obj::Class(c) = it.heap.get(cls) {
            for &(k, _) in &c.attrs {
                add(it.heap.as_str(k));
            }
            if let Some(t) = c.builtin {
                for d in DEFS.iter().filter(|d| d.owner == Owner::Type(t)) {
                    add(Some(d.name));
                }
            }
        }
    }
    out
}

/// A method of a built-in type (those live in `DEFS`, not in the type's namespace).
fn is_builtin_method(it: &Interp, obj: ObjRef, name: &str) -> bool {
    lookup_chain(it, obj).into_iter().any(|cls| match it.heap.get(cls) {
        Obj::Class(c) => c.builtin.map(|t| DEFS.iter().any(|d| d.owner == Owner::Type(t) && d.name == name)).unwrap_or(false),
        _ => false,
    })
}

fn is_callable(it: &Interp, v: ObjRef) -> bool {
    matches!(it.heap.get(v), Obj::Function(_) | Obj::BuiltinFunction { .. } | Obj::Method { .. } | Obj::Class(_))
}

/// The names of the builtins (for highlighting).
pub fn builtin_names(it: &Interp) -> Vec<String> {
    let mut v: Vec<String> = it.dict_items(it.builtins).into_iter().filter_map(|(k, _)| it.heap.as_str(k).map(str::to_string)).collect();
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(c: &[Candidate]) -> Vec<&str> {
        c.iter().map(|c| c.replacement.as_str()).collect()
    }

    #[test]
    fn completes() {
        let mut it = Interp::new();
        it.run_block("counter_one = 1\ndef countdown(): pass\nclass K:\n    def meth(self): pass\nk = K()\nk.field = 2\n", "<stdin>", false, false);
        let (s, c) = complete(Some(&it), "x = coun", 8, "");
        assert_eq!(s, 4);
        assert_eq!(names(&c), vec!["countdown(", "counter_one"]);
        let (_, c) = complete(Some(&it), "pri", 3, "");
        assert_eq!(names(&c), vec!["print("]);
        let (_, c) = complete(Some(&it), "whi", 3, "");
        assert_eq!(names(&c), vec!["while "]);
        let (s, c) = complete(Some(&it), "k.", 2, "");
        assert_eq!(s, 2);
        assert_eq!(names(&c), vec!["field", "meth("]);
        let (_, c) = complete(Some(&it), "sys.getsi", 9, "");
        assert_eq!(names(&c), vec!["getsizeof("]);
        let (_, c) = complete(Some(&it), "gc.coll", 7, "");
        assert_eq!(names(&c), vec!["collect("]);
        let (_, c) = complete(Some(&it), "[].app", 6, "");
        assert!(c.is_empty());
        let (_, c) = complete(Some(&it), "'coun", 5, "");
        assert!(c.is_empty());
        let (s, c) = complete(Some(&it), "  ", 2, "");
        assert_eq!((s, names(&c)), (2, vec!["  "]));
        let (s, c) = complete(Some(&it), "if x:\n", 6, "");
        assert_eq!((s, names(&c)), (6, vec!["    "]));
        let (_, c) = complete(Some(&it), ":he", 3, "");
        assert_eq!(names(&c), vec![":heap", ":help"]);
        it.run_block("s = 'abc'\n", "<stdin>", false, false);
        let (_, c) = complete(Some(&it), "s.upp", 5, "");
        assert_eq!(names(&c), vec!["upper("]);
    }
}
