//! One file per native object type: what it holds, its release order, its
//! traverse and clear, its size.

pub mod subclass;
