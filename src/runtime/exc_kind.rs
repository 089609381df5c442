//! The built-in exception classes as an enum: the one list of their names
//! and bases (CPython's `Objects/exceptions.c` hierarchy, the part glasspy
//! raises or lets a program name).
//!
//! The runtime raises by kind (`new_exception(ExcKind::TypeError, ..)`), so
//! a misspelt name is a compile error rather than a panic at the moment the
//! error happens, and looking a class up is an index, not a hash of a string.
//! The order is definition order (each base before its subclasses): the
//! classes' name strings are interned in this order at start-up, so
//! reordering the list moves the ids every program sees.

macro_rules! exception_kinds {
    ($root:ident; $($name:ident : $base:ident,)* ; $($lazy:ident : $lbase:ident,)*) => {
        /// A built-in exception class.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        #[repr(u8)]
        pub enum ExcKind {
            $root,
            $($name,)*
            $($lazy,)*
        }

        impl ExcKind {
            /// Every kind, in definition order (bases first).
            pub const ALL: &'static [ExcKind] = &[ExcKind::$root, $(ExcKind::$name,)* $(ExcKind::$lazy,)*];

            /// The kinds made at start-up (the rest are made on first use).
            pub const AT_STARTUP: &'static [ExcKind] = &[ExcKind::$root, $(ExcKind::$name,)*];

            /// The class's `__name__`.
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::$root => stringify!($root),
                    $(ExcKind::$name => stringify!($name),)*
                    $(ExcKind::$lazy => stringify!($lazy),)*
                }
            }

            /// The class it derives from (None for BaseException).
            pub fn base(self) -> Option<ExcKind> {
                match self {
                    ExcKind::$root => None,
                    $(ExcKind::$name => Some(ExcKind::$base),)*
                    $(ExcKind::$lazy => Some(ExcKind::$lbase),)*
                }
            }
        }
    };
}

exception_kinds! {
    BaseException;
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    ;
    // Made the first time something needs them, so that a program that
    // never does sees the start-up heap it always saw.
    StopAsyncIteration: Exception,
    ReferenceError: Exception,
}

/// Is this kind made on first use rather than at start-up?
impl ExcKind {
    pub fn is_lazy(self) -> bool {
        (self as usize) >= ExcKind::AT_STARTUP.len()
    }
}

/// How many kinds there are (the size of the class table).
pub const COUNT: usize = ExcKind::ALL.len();

impl ExcKind {
    /// The kind named `name`, if it is a built-in exception class.
    pub fn from_name(name: &str) -> Option<ExcKind> {
        ExcKind::ALL.iter().copied().find(|k| k.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_come_first() {
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
            if let Some(b) = k.base() {
                assert!((b as usize) < i, "{} before its base {}", k.name(), b.name());
            }
        }
        assert_eq!(ExcKind::from_name("KeyError"), Some(ExcKind::KeyError));
        assert_eq!(ExcKind::from_name("Keyerror"), None);
    }
}
