//! The library's Python sources, parsed at build time.
//!
//! Tokenizing and parsing the library's own modules was most of the time a
//! program importing a few of them took to start (`random`, `collections`
//! and `itertools` are some 60 kB of Python). `build.rs` parses every
//! `stdlib/*.py` with the same front end (the `glasspy-frontend` crate) and
//! embeds each tree, serialized with postcard; an import decodes the tree,
//! which is the parser's own, spans included (tracebacks into library code
//! show the same lines), and compiles it as before: the heap after the
//! import is the same, only sooner.
//!
//! A tree is found by the length and hash of the text being imported
//! (`syntax::source_hash`), so it is only ever used for the exact text it
//! was parsed from: a source edited without the build script re-running,
//! or a tree that fails to decode, falls back to parsing the text.

use crate::syntax::{self, Stmt};

/// One pre-parsed library file.
pub struct Tree {
    /// The file's name (`random.py`), for reading the table.
    pub file: &'static str,
    /// Length in bytes and `syntax::source_hash` of the text parsed.
    pub len: usize,
    pub hash: u64,
    /// The statements, serialized with postcard.
    pub bytes: &'static [u8],
}

/// Every `stdlib/*.py` that parsed at build time, in file-name order.
pub static TREES: &[Tree] = include!(concat!(env!("OUT_DIR"), "/stdlib_trees.rs"));

/// The build-time row for exactly this text, if there is one.
pub fn find(src: &str) -> Option<&'static Tree> {
    let mut hash = None;
    TREES.iter().find(|t| t.len == src.len() && *hash.get_or_insert_with(|| syntax::source_hash(src)) == t.hash)
}

/// The statements of `src` as the parser would give them, decoded from
/// the tree parsed at build time; None when there is none for this exact
/// text or it does not decode (the caller parses then).
pub fn statements(src: &str) -> Option<Vec<Stmt>> {
    postcard::from_bytes(find(src)?.bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every library text has its tree, and the tree is what parsing the
    /// text gives (spans, literals and all).
    #[test]
    fn trees_are_the_parsers() {
        let texts: Vec<&str> = super::super::LIBRARY
            .iter()
            .filter_map(|(_, s)| match s {
                super::super::Source::Python(t) => Some(*t),
                _ => None,
            })
            .chain([super::super::TRACEBACK_PY])
            .collect();
        assert!(texts.len() >= 20);
        for src in texts {
            let decoded = statements(src).expect("a tree for each library text");
            assert_eq!(decoded, syntax::parse_library_module(src).unwrap());
        }
        assert_eq!(TREES.len(), std::fs::read_dir("src/runtime/stdlib").unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "py")).count());
    }

    /// A text that differs from the one parsed at build time, even in one
    /// byte of the same length, finds no tree.
    #[test]
    fn edited_text_finds_no_tree() {
        let src = super::super::LIBRARY
            .iter()
            .find_map(|(n, s)| match s {
                super::super::Source::Python(t) if *n == "bisect" => Some(*t),
                _ => None,
            })
            .unwrap();
        assert!(find(src).is_some());
        let mut edited = src.to_string();
        let at = edited.find("def ").unwrap();
        edited.replace_range(at..at + 4, "def\t");
        assert_eq!(edited.len(), src.len());
        assert!(find(&edited).is_none());
        assert!(statements(&format!("{src}\n")).is_none());
    }

    /// A corrupt tree is refused by the decoder, never a panic.
    #[test]
    fn truncated_tree_does_not_decode() {
        let t = &TREES[0];
        for cut in [0, 1, t.bytes.len() / 2, t.bytes.len() - 1] {
            assert!(postcard::from_bytes::<Vec<Stmt>>(&t.bytes[..cut]).is_err());
        }
    }
}
