//! glasspy: a tiny Python whose memory management you can see.
//! See `src/README.md` for a map of the modules.

pub mod compile;
pub mod heap;
pub mod inspect;
pub mod repl;
pub mod runtime;
pub mod session;
pub use glasspy_frontend::syntax;
pub mod types;
