//! glasspy's front end as a crate of its own: the tokenizer, the parser
//! and the AST of `src/syntax/` (the files stay there, beside the rest of
//! the interpreter; this crate compiles them). Two users: the interpreter,
//! which re-exports the module as `glasspy::syntax`, and the interpreter's
//! build script, which parses the standard library's Python sources at
//! build time and embeds their trees (`src/runtime/stdlib/frozen.rs`).

#[path = "../../../src/syntax/mod.rs"]
pub mod syntax;
