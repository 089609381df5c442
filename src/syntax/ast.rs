//! The abstract syntax tree the parser produces and the compiler consumes.
//!
//! Every node carries a `Span`: byte offsets `start..end` into the source
//! text of the code block. Line and column numbers are derived from offsets
//! when an error or traceback needs them (see `syntax::SourceMap`).
//!
//! The tree is serializable (serde): the build script parses the standard
//! library's Python sources and embeds their trees in the binary, spans
//! and all (`runtime/stdlib/frozen.rs`), so importing one needs no parse.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

/// Byte offsets `start..end` into the source of one code block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StmtKind {
    /// An expression statement (echoed by the REPL's display hook at top level).
    Expr(Expr),
    /// `t1 = t2 = value`: targets in source order.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]` (annotation evaluated and ignored)
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr> },
    /// `del a, b[0], c.x`
    Delete(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    /// `elif` chains are nested `If`s in `orelse`.
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    /// `[async] for target in iter: body else: orelse`
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, is_async: bool },
    /// `[async] with a as x, b: body` (items: context expression, optional target).
    With { items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>, is_async: bool },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `raise [exc [from cause]]`
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Assert { test: Expr, msg: Option<Expr> },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `import a, b as c` (dotted names kept as written, e.g. "os.path")
    Import(Vec<Alias>),
    /// `from module import a, b as c` / `from module import *` (name "*")
    ImportFrom { module: String, names: Vec<Alias> },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alias {
    pub span: Span,
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunctionDef {
    pub name: String,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    /// Span of the `def name(...)` header line (for tracebacks and errors).
    pub header: Span,
    /// `async def`: a call makes a coroutine.
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassDef {
    pub name: String,
    /// Positional bases in order.
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub header: Span,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Params {
    /// Positional-or-keyword parameters (including those before a `/`).
    pub args: Vec<Param>,
    /// How many of `args` were before a `/` (positional-only).
    pub posonly: usize,
    /// `*args`
    pub vararg: Option<Param>,
    /// Keyword-only parameters (after `*` or `*args`), each may have a default.
    pub kwonly: Vec<Param>,
    /// `**kwargs`
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Param {
    pub span: Span,
    pub name: String,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExceptHandler {
    pub span: Span,
    /// `except T:` / `except (A, B) as e:`; None for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ExprKind {
    Name(String),
    /// Integer literal (decimal, hex, octal, binary, with `_` separators), already parsed.
    Int(BigInt),
    Float(f64),
    /// An imaginary literal (`2.5j`): a complex constant.
    Imaginary(f64),
    /// A plain string literal (adjacent literals already concatenated, escapes decoded).
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string (or a concatenation involving at least one f-string).
    FString(Vec<FStringPart>),
    True,
    False,
    None,
    Ellipsis,
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `a and b and c` → BoolOp { And, [a, b, c] }
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `a < b <= c` → Compare { a, [Lt, LtE], [b, c] }
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    /// `body if test else orelse`
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// Positional args may contain `Starred`; keywords with name None are `**expr`.
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    Attribute { value: Box<Expr>, attr: String },
    /// `value[index]`; `a[1:2]` has a `Slice` index, `a[1, 2]` a `Tuple` index.
    Subscript { value: Box<Expr>, index: Box<Expr> },
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key is a `**m` unpacking.
    Dict(Vec<(Option<Expr>, Expr)>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Lambda { params: Box<Params>, body: Box<Expr> },
    /// `*expr` in a call, display or assignment target.
    Starred(Box<Expr>),
    /// `name := value`
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    /// `yield [value]`: only inside a function (makes it a generator).
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`
    YieldFrom(Box<Expr>),
    /// `await awaitable`: only inside an `async def`.
    Await(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FStringPart {
    Literal(String),
    Expr {
        expr: Box<Expr>,
        /// `!r`, `!s`, `!a`
        conversion: Option<char>,
        /// The format spec after `:`, which may itself hold replacement fields.
        spec: Option<Vec<FStringPart>>,
        /// For `{x=}`: the literal text `x=` to print before the value.
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Keyword {
    pub span: Span,
    /// None for `**expr`.
    pub name: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnaryOp {
    /// `-x`
    USub,
    /// `+x`
    UAdd,
    Not,
    /// `~x`
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
