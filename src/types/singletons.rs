//! The singletons: `None`, `Ellipsis`, `NotImplemented`, `True` and
//! `False` (made once at startup, never freed), and the empty slot.
//!
//! * holds: nothing;
//! * release order, traverse, clear: none (not GC objects);
//! * size: a bare 16-byte PyObject; a bool is an int of one digit (28);
//! * finalizer: none.

use super::leaf_type;

/// A heap slot with no object in it (`Obj::Free`, on the free-slot list).
pub struct FreeSlot;
pub struct NoneObj;
pub struct EllipsisObj;
pub struct NotImplementedObj;

// Never freed (the runtime holds them), so not `holds_nothing`: a count
// reaching zero by mistake would take the general path and be seen.
leaf_type!(FreeSlot, "<freed>", holds_nothing: false, |_s| 0);
leaf_type!(NoneObj, "NoneType", holds_nothing: false, |_s| 16);
leaf_type!(EllipsisObj, "ellipsis", holds_nothing: false, |_s| 16);
leaf_type!(NotImplementedObj, "NotImplementedType", holds_nothing: false, |_s| 16);
// PyLongObject with one digit
leaf_type!(bool, "bool", holds_nothing: false, |_b| 28);
