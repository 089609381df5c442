//! The inspection layer: read-only views over the heap, the collector and
//! the allocator. The engine (`runtime/`, `heap/`) never imports it; it
//! feeds the views through hooks such as `runtime::gc_observer`.

pub mod arena;
pub mod gc_trace;
pub mod label;
