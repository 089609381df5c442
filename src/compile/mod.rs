//! The compiler: AST → code objects (MODEL §2).
//!
//! One call compiles one *code block* (a file, a `-c` string, one REPL
//! entry). All code objects of a block share one constant pool: equal
//! constants of the same type are one object, and each code object's table
//! holds one reference to each distinct constant it uses. Constant folding
//! follows CPython's AST optimiser (with its size limits), and string
//! constants made only of ASCII letters, digits and `_` are interned.

pub mod annotations;
pub mod code;
pub mod fold;
pub mod lift;
pub mod stackdepth;
pub mod symtable;

// hashbrown: its default hasher is several times cheaper than SipHash, and
// the compiler hashes every name and constant of a block.
use hashbrown::HashMap;
use std::rc::Rc;

use crate::heap::{Heap, Obj, ObjRef};
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use code::{Arg, CallMethod, Call, CodeKind, Code, CompGen, CompKind, CompLoop, Ex, FPart, Handler, KwArg, MakeClass, MakeFunction, St, Target, TryStmt};
use fold::Const;
use symtable::{Access, SymbolTable};

/// Byte offset → line number, for statement line tables.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
}

struct Unit {
    scope: usize,
    kind: CodeKind,
    name: String,
    qualname: String,
    firstlineno: u32,
    consts: Vec<ObjRef>,
    const_index: HashMap<Const, u32>,
    names: Vec<ObjRef>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    loop_depth: u32,
    /// In an interactive block, top-level expression statements echo.
    echo: bool,
    positions: Vec<code::Pos>,
    /// An `async def` body.
    coroutine: bool,
}

pub struct Compiler<'h> {
    heap: &'h mut Heap,
    filename: Rc<str>,
    source: Rc<str>,
    lines: LineIndex,
    table: SymbolTable,
    /// The block's constant pool: one reference each, released when compilation ends.
    pool: HashMap<Const, ObjRef>,
    units: Vec<Unit>,
    interactive: bool,
    depth: u32,
    /// SyntaxWarnings found so far (compiler_warn), in source order.
    warnings: Vec<CompileWarning>,
}

/// A warning the compiler issues (CPython: compiler_warn), printed by the
/// caller before the block runs.
pub struct CompileWarning {
    pub lineno: u32,
    pub msg: &'static str,
}

/// Nesting the compiler accepts before it gives up (CPython reports
/// "too many nested parentheses" or a RecursionError during compilation).
const MAX_DEPTH: u32 = 3000;

pub type CResult<T> = Result<T, SyntaxError>;

/// Compiles one code block; returns its module code object (one reference).
pub fn compile_block(heap: &mut Heap, body: &[Stmt], filename: &str, source: &str, interactive: bool) -> CResult<ObjRef> {
    compile_block_warn(heap, body, filename, source, interactive, &mut Vec::new())
}

/// `compile_block`, also handing back the SyntaxWarnings it issued.
pub fn compile_block_warn(heap: &mut Heap, body: &[Stmt], filename: &str, source: &str, interactive: bool, warnings: &mut Vec<CompileWarning>) -> CResult<ObjRef> {
    compile_with(heap, body, filename, source, interactive, false, warnings)
}

/// `compile()`'s code block: as `compile_block_warn`, but module-level names
/// go through the frame's namespace, so that `exec(code, globals, locals)`
/// binds in `locals`.
pub fn compile_for_exec(heap: &mut Heap, body: &[Stmt], filename: &str, source: &str, interactive: bool, warnings: &mut Vec<CompileWarning>) -> CResult<ObjRef> {
    compile_with(heap, body, filename, source, interactive, true, warnings)
}

/// `compile_block_warn` for a tree the caller gives away (the library's
/// modules, compiled once at import): the lifting pass moves what it need
/// not rewrite instead of copying it.
pub fn compile_block_owned(heap: &mut Heap, body: Vec<Stmt>, filename: &str, source: &str, warnings: &mut Vec<CompileWarning>) -> CResult<ObjRef> {
    compile_with(heap, Tree::Owned(body), filename, source, false, false, warnings)
}

/// The tree a block is compiled from: borrowed (copied by the lifting
/// pass) or owned (moved where the pass leaves it as it is).
enum Tree<'a> {
    Borrowed(&'a [Stmt]),
    Owned(Vec<Stmt>),
}

impl<'a> From<&'a [Stmt]> for Tree<'a> {
    fn from(b: &'a [Stmt]) -> Tree<'a> {
        Tree::Borrowed(b)
    }
}

fn compile_with<'a>(heap: &mut Heap, body: impl Into<Tree<'a>>, filename: &str, source: &str, interactive: bool, module_names: bool, warnings: &mut Vec<CompileWarning>) -> CResult<ObjRef> {
    let src: Rc<str> = source.into();
    let lines = LineIndex::new(source);
    let lifted = match body.into() {
        Tree::Borrowed(b) => lift::lift_module(b),
        Tree::Owned(b) => lift::lift_module_owned(b, source),
    };
    let lifted = match lifted {
        Ok(b) => annotations::record_module(b),
        Err(e) => return Err(make_error(source, &lines, e.span, &e.msg)),
    };
    let body = &lifted[..];
    let mut table = match SymbolTable::build(body) {
        Ok(t) => t,
        Err(e) => return Err(make_error(source, &lines, e.span, &e.msg)),
    };
    table.module_names = module_names;
    let mut c = Compiler {
        heap,
        filename: filename.into(),
        source: src,
        lines,
        table,
        pool: HashMap::new(),
        units: Vec::new(),
        interactive,
        depth: 0,
        warnings: Vec::new(),
    };
    let result = c.compile_module(body);
    warnings.append(&mut c.warnings);
    // After an error, the code objects being built release what they hold.
    while let Some(u) = c.units.pop() {
        for r in u.consts.into_iter().chain(u.names) {
            crate::runtime::release_plain(c.heap, r);
        }
    }
    // Release the pool's own references; code objects keep theirs.
    let pool: Vec<ObjRef> = c.pool.drain().map(|(_, r)| r).collect();
    for r in pool {
        crate::runtime::release_plain(c.heap, r);
    }
    result
}

fn make_error(source: &str, lines: &LineIndex, span: Span, msg: &str) -> SyntaxError {
    let line = lines.line(span.start);
    let line_start = source[..(span.start as usize).min(source.len())].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let text = source[line_start..].lines().next().unwrap_or("").to_string();
    let col = source[line_start..(span.start as usize).min(source.len())].chars().count() + 1;
    let end = if span.end > span.start && (span.end as usize) <= line_start + text.len() {
        source[line_start..span.end as usize].chars().count() + 1
    } else {
        col + 1
    };
    SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.to_string(), lineno: line as usize, offset: col, end_offset: end, text }
}

/// Are all characters ASCII letters, digits or `_` (CPython's all_name_chars)?
pub fn all_name_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// What compiling an expression gives: a constant not yet placed in any
/// table (so folding can combine it), or code.
enum CE {
    K(Const),
    E(Ex),
}

impl<'h> Compiler<'h> {
    fn err(&self, span: Span, msg: &str) -> SyntaxError {
        make_error(&self.source, &self.lines, span, msg)
    }

    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }

    fn line(&self, span: Span) -> u32 {
        self.lines.line(span.start)
    }

    /// Records where an expression that can raise is; returns its id.
    fn pos(&mut self, span: Span) -> u32 {
        self.pos_anchored(span, code::NO_POS, code::NO_POS)
    }

    fn pos_anchored(&mut self, span: Span, left: u32, right: u32) -> u32 {
        let line = self.lines.line(span.start);
        let u = self.unit();
        u.positions.push(code::Pos { line, start: span.start, end: span.end, left, right });
        (u.positions.len() - 1) as u32
    }

    /// The operator of `left OP right` as CPython's traceback finds it
    /// (_extract_caret_anchors_from_line_segment): after the left operand,
    /// past spaces, closing parentheses and comments; one or two characters.
    fn binop_anchors(&self, left: Span, right: Span) -> (u32, u32) {
        let src = self.source.as_bytes();
        let between = &src[left.end as usize..(right.start as usize).max(left.end as usize)];
        let offset = between.iter().take_while(|c| c.is_ascii_whitespace()).count();
        let mut l = left.end as usize + offset;
        let mut r = l + 1;
        if offset + 1 < between.len() && !between[offset + 1].is_ascii_whitespace() {
            r += 1;
        }
        while l < src.len() && (src[l].is_ascii_whitespace() || src[l] == b')' || src[l] == b'#') {
            l += 1;
            r += 1;
        }
        (l as u32, r as u32)
    }

    /// `value[slice]`: the brackets and what is inside them.
    fn subscript_anchors(&self, value: Span, index: Span, end: u32) -> (u32, u32) {
        let src = self.source.as_bytes();
        let mut l = value.end as usize;
        while l < end as usize && src[l] != b'[' {
            l += 1;
        }
        let mut r = index.end as usize + 1;
        while r < end as usize && src[r] != b']' {
            r += 1;
        }
        if r < end as usize {
            r += 1;
        }
        (l as u32, r.min(end as usize) as u32)
    }

    fn compile_module(&mut self, body: &[Stmt]) -> CResult<ObjRef> {
        self.push_unit(0, CodeKind::Module, "<module>", "<module>".into(), 1);
        self.unit().echo = self.interactive;
        let stmts = self.stmts(body)?;
        Ok(self.finish_unit(stmts, &Params::default()))
    }

    fn push_unit(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: String, firstlineno: u32) {
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            firstlineno,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            loop_depth: 0,
            echo: false,
            positions: Vec::new(),
            coroutine: false,
        });
    }

    fn finish_unit(&mut self, body: Vec<code::Stmt>, params: &Params) -> ObjRef {
        let u = self.units.pop().unwrap();
        let nnames = u.names.len();
        let scope = &self.table.scopes[u.scope];
        let cellvars = scope.cells.clone();
        let freevars = scope.frees.clone();
        let cell_params = cellvars
            .iter()
            .map(|c| u.var_index.get(c).copied().filter(|&i| (i as usize) < param_count(params)))
            .collect();
        let coroutine = u.coroutine;
        let generator = coroutine || code::has_yield(&body);
        let stacksize = stackdepth::code_stacksize(&body);
        let code = Code {
            generator,
            coroutine,
            stacksize,
            name: u.name,
            qualname: u.qualname,
            kind: u.kind,
            filename: self.filename.clone(),
            source: self.source.clone(),
            firstlineno: u.firstlineno,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars,
            cell_params,
            freevars,
            argcount: params.args.len() as u32,
            posonlyargcount: params.posonly as u32,
            kwonlyargcount: params.kwonly.len() as u32,
            has_varargs: params.vararg.is_some(),
            has_varkw: params.kwarg.is_some(),
            global_cache: (0..nnames).map(|_| Default::default()).collect(),
            body,
            positions: u.positions,
            interactive: self.interactive,
        };
        self.heap.alloc(Obj::Code(Rc::new(code)))
    }

    // ----- tables ------------------------------------------------------------

    /// The object for a constant, from the block pool (a new reference).
    fn materialize(&mut self, c: &Const) -> ObjRef {
        if let Some(&r) = self.pool.get(c) {
            self.heap.incref(r);
            return r;
        }
        let r = match c {
            Const::None => self.heap.none(),
            Const::True => self.heap.bool(true),
            Const::False => self.heap.bool(false),
            Const::Ellipsis => {
                self.heap.incref(crate::heap::ELLIPSIS);
                crate::heap::ELLIPSIS
            }
            Const::Int(v) => self.heap.bigint(v.clone()),
            Const::Float(bits) => self.heap.float(f64::from_bits(*bits)),
            Const::Complex(re, im) => self.heap.complex_const(f64::from_bits(*re), f64::from_bits(*im)),
            Const::Str(s) => {
                if all_name_chars(s) {
                    self.heap.intern(s)
                } else {
                    self.heap.str(s)
                }
            }
            Const::Bytes(b) => self.heap.bytes(b),
            Const::Tuple(items) => {
                let objs: Vec<ObjRef> = items.iter().map(|i| self.materialize(i)).collect();
                self.heap.tuple(objs)
            }
            Const::Code(r) => {
                self.heap.incref(ObjRef(*r));
                ObjRef(*r)
            }
        };
        self.heap.incref(r);
        self.pool.insert(c.clone(), r);
        r
    }

    fn add_const(&mut self, c: Const) -> u32 {
        if let Some(&i) = self.unit().const_index.get(&c) {
            return i;
        }
        let r = self.materialize(&c);
        let u = self.unit();
        let i = u.consts.len() as u32;
        u.consts.push(r);
        u.const_index.insert(c, i);
        i
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_index.get(name) {
            return i;
        }
        let r = self.heap.intern(name);
        let u = self.unit();
        let i = u.names.len() as u32;
        u.names.push(r);
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_index.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.var_index.insert(name.to_string(), i);
        i
    }

    fn access(&self, name: &str) -> Access {
        let u = self.units.last().unwrap();
        self.table.access(u.scope, name)
    }

    fn deref_index(&self, a: Access) -> u32 {
        let u = self.units.last().unwrap();
        match a {
            Access::Cell(i) => i as u32,
            Access::Free(i) => (self.table.scopes[u.scope].cells.len() + i) as u32,
            _ => unreachable!(),
        }
    }

    fn load_name(&mut self, name: &str, span: Span) -> Ex {
        let p = self.pos(span);
        match self.access(name) {
            // A hoisted operand or yield (lift.rs) is read once, as CPython
            // pops its stack entry.
            Access::Local if name.starts_with(".y") => Ex::TakeLocal(self.var_idx(name)),
            Access::Local => Ex::Local(self.var_idx(name), p),
            a @ (Access::Cell(_) | Access::Free(_)) => Ex::Deref(self.deref_index(a), p),
            Access::Global => Ex::Global(self.name_idx(name), p),
            Access::Name => Ex::Name(self.name_idx(name), p),
        }
    }

    fn store_name(&mut self, name: &str) -> Target {
        match self.access(name) {
            Access::Local => Target::Local(self.var_idx(name)),
            a @ (Access::Cell(_) | Access::Free(_)) => Target::Deref(self.deref_index(a)),
            Access::Global => Target::Global(self.name_idx(name)),
            Access::Name => Target::Name(self.name_idx(name)),
        }
    }

    // ----- statements ------------------------------------------------------

    fn stmts(&mut self, body: &[Stmt]) -> CResult<Vec<code::Stmt>> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    fn enter_depth(&mut self, span: Span) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(span, "too many nested parentheses"));
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt, out: &mut Vec<code::Stmt>) -> CResult<()> {
        self.enter_depth(s.span)?;
        let r = self.stmt_inner(s, out);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt, out: &mut Vec<code::Stmt>) -> CResult<()> {
        let line = self.line(s.span);
        let kind = match &s.kind {
            StmtKind::Expr(Expr { kind: ExprKind::Yield(v), .. }) => St::Yield(self.opt_expr(v)?, None),
            StmtKind::Expr(Expr { kind: ExprKind::YieldFrom(v), .. }) => St::YieldFrom(self.expr(v)?, None),
            StmtKind::Assign { targets, value: Expr { kind: ExprKind::Yield(v), .. } } if targets.len() == 1 => {
                let v = self.opt_expr(v)?;
                St::Yield(v, Some(self.target(&targets[0])?))
            }
            StmtKind::Assign { targets, value: Expr { kind: ExprKind::YieldFrom(v), .. } } if targets.len() == 1 => {
                let v = self.expr(v)?;
                St::YieldFrom(v, Some(self.target(&targets[0])?))
            }
            StmtKind::Expr(Expr { kind: ExprKind::Await(v), .. }) => St::Await(self.expr(v)?, None),
            StmtKind::Assign { targets, value: Expr { kind: ExprKind::Await(v), .. } } if targets.len() == 1 => {
                let v = self.expr(v)?;
                St::Await(v, Some(self.target(&targets[0])?))
            }
            StmtKind::Expr(e) => {
                let ex = self.expr(e)?;
                if self.unit().echo {
                    St::Print(ex)
                } else {
                    St::Expr(ex)
                }
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value)?;
                let ts = targets.iter().map(|t| self.target(t)).collect::<CResult<Vec<_>>>()?;
                St::Assign(ts, v)
            }
            StmtKind::AugAssign { target, op, value } => {
                let t = self.target(target)?;
                let v = self.expr(value)?;
                let p = self.pos(target.span);
                St::AugAssign(t, *op, v, p)
            }
            StmtKind::AnnAssign { target, annotation, value } => match value {
                Some(v) => {
                    let v = self.expr(v)?;
                    let t = self.target(target)?;
                    let _ = annotation;
                    St::Assign(vec![t], v)
                }
                None => St::Pass,
            },
            StmtKind::Delete(targets) => {
                let mut ts = Vec::new();
                for t in targets {
                    self.del_target(t, &mut ts)?;
                }
                St::Delete(ts)
            }
            StmtKind::Pass => St::Pass,
            StmtKind::Break => {
                if self.unit().loop_depth == 0 {
                    return Err(self.err(s.span, "'break' outside loop"));
                }
                St::Break
            }
            StmtKind::Continue => {
                if self.unit().loop_depth == 0 {
                    return Err(self.err(s.span, "'continue' not properly in loop"));
                }
                St::Continue
            }
            StmtKind::Return(v) => {
                if matches!(self.unit().kind, CodeKind::Module | CodeKind::Class) {
                    return Err(self.err(s.span, "'return' outside function"));
                }
                St::Return(match v {
                    Some(v) => Some(self.expr(v)?),
                    None => None,
                })
            }
            StmtKind::If { test, body, orelse } => {
                let t = self.cond(test)?;
                St::If(t, self.stmts(body)?, self.stmts(orelse)?)
            }
            StmtKind::While { test, body, orelse } => {
                let t = self.cond(test)?;
                self.unit().loop_depth += 1;
                let b = self.stmts(body)?;
                self.unit().loop_depth -= 1;
                St::While(t, b, self.stmts(orelse)?)
            }
            StmtKind::With { items, body, is_async } => {
                // `with a, b: S` is `with a: (with b: S)`; compiled in source order.
                let mut parts = Vec::with_capacity(items.len());
                for (ctx, target) in items {
                    let c = self.expr(ctx)?;
                    let t = match target {
                        Some(t) => Some(self.target(t)?),
                        None => None,
                    };
                    parts.push((self.line(ctx.span), c, t));
                }
                let mut inner = self.stmts(body)?;
                while parts.len() > 1 {
                    let (l, ctx, target) = parts.pop().unwrap();
                    inner = vec![code::Stmt { line: l, kind: St::With(Box::new(code::WithStmt { is_async: *is_async, ctx, target, body: inner })) }];
                }
                let (_, ctx, target) = parts.pop().unwrap();
                St::With(Box::new(code::WithStmt { is_async: *is_async, ctx, target, body: inner }))
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                let it = if *is_async { self.expr(iter)? } else { self.iter_expr(iter)? };
                let t = self.target(target)?;
                self.unit().loop_depth += 1;
                let b = self.stmts(body)?;
                self.unit().loop_depth -= 1;
                if *is_async {
                    St::AsyncFor(t, it, b, self.stmts(orelse)?)
                } else {
                    St::For(t, it, b, self.stmts(orelse)?)
                }
            }
            StmtKind::FunctionDef(f) => {
                let mf = self.function(&**f as *const FunctionDef as usize, &f.name, &f.params, FuncBody::Stmts(&f.body, f.is_async), &f.decorators, line)?;
                let t = self.store_name(&f.name);
                St::Assign(vec![t], Ex::MakeFunction(Box::new(mf)))
            }
            StmtKind::ClassDef(c) => {
                let ex = self.class(c, line)?;
                let t = self.store_name(&c.name);
                St::Assign(vec![t], ex)
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let body = self.stmts(body)?;
                let mut hs = Vec::new();
                for h in handlers {
                    let typ = match &h.typ {
                        Some(t) => Some(self.expr(t)?),
                        None => None,
                    };
                    let name = match &h.name {
                        Some(n) => Some(self.store_name(n)),
                        None => None,
                    };
                    hs.push(Handler { line: self.line(h.span), typ, name, body: self.stmts(&h.body)? });
                }
                St::Try(Box::new(TryStmt { body, handlers: hs, orelse: self.stmts(orelse)?, finalbody: self.stmts(finalbody)? }))
            }
            StmtKind::Raise { exc, cause } => {
                let e = match exc {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                };
                let c = match cause {
                    Some(c) => Some(self.expr(c)?),
                    None => None,
                };
                St::Raise(e, c)
            }
            StmtKind::Assert { test, msg } => {
                let t = self.expr(test)?;
                let m = match msg {
                    Some(m) => Some(self.expr(m)?),
                    None => None,
                };
                // A constant test raises from the statement itself (no carets).
                let p = if matches!(t, Ex::Const(_)) { code::NO_POS } else { self.pos(test.span) };
                St::Assert(t, m, p)
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => St::Pass,
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bind = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    let store = self.store_name(&bind);
                    out.push(code::Stmt { line, kind: St::Import { module: a.name.clone(), store, leaf: a.asname.is_some() } });
                }
                return Ok(());
            }
            StmtKind::ImportFrom { module, names } => {
                let mut ns = Vec::new();
                for a in names {
                    if a.name == "*" {
                        if self.unit().kind != CodeKind::Module {
                            return Err(self.err(s.span, "import * only allowed at module level"));
                        }
                        ns.push((u32::MAX, Target::Unpack(vec![], None, code::NO_POS)));
                        continue;
                    }
                    let idx = self.name_idx(&a.name);
                    let t = self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    ns.push((idx, t));
                }
                St::ImportFrom { module: module.clone(), names: ns }
            }
        };
        out.push(code::Stmt { line, kind });
        Ok(())
    }

    fn del_target(&mut self, t: &Expr, out: &mut Vec<(Target, u32)>) -> CResult<()> {
        match &t.kind {
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.del_target(i, out)?;
                }
                Ok(())
            }
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                let target = self.target(t)?;
                let p = self.pos(t.span);
                out.push((target, p));
                Ok(())
            }
            ExprKind::Call { .. } => Err(self.err(t.span, "cannot delete function call")),
            _ => Err(self.err(t.span, "cannot delete literal")),
        }
    }

    fn target(&mut self, t: &Expr) -> CResult<Target> {
        Ok(match &t.kind {
            ExprKind::Name(n) => {
                if n == "__debug__" {
                    return Err(self.err(t.span, "cannot assign to __debug__"));
                }
                self.store_name(n)
            }
            ExprKind::Attribute { value, attr } => {
                let v = self.expr(value)?;
                let p = self.pos(t.span);
                Target::Attr(Box::new(v), self.name_idx(attr), p)
            }
            ExprKind::Subscript { value, index } => {
                let v = self.cexpr(value)?;
                let i = self.cexpr(index)?;
                // The traceback marks the brackets unless the target, read as
                // an expression, would fold to a constant (CPython optimises
                // the segment before looking for anchors).
                let folds = matches!((&v, &i), (CE::K(a), CE::K(b)) if fold::subscript(a, b).is_some());
                let v = self.to_ex(v);
                let i = self.to_ex(i);
                let p = if folds {
                    self.pos(t.span)
                } else {
                    let (al, ar) = self.subscript_anchors(value.span, index.span, t.span.end);
                    self.pos_anchored(t.span, al, ar)
                };
                Target::Subscript(Box::new(v), Box::new(i), p)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let mut star = None;
                let mut ts = Vec::new();
                for (i, it) in items.iter().enumerate() {
                    if let ExprKind::Starred(inner) = &it.kind {
                        if star.is_some() {
                            return Err(self.err(it.span, "multiple starred expressions in assignment"));
                        }
                        star = Some(i);
                        ts.push(self.target(inner)?);
                    } else {
                        ts.push(self.target(it)?);
                    }
                }
                Target::Unpack(ts, star, self.pos(t.span))
            }
            ExprKind::Starred(_) => return Err(self.err(t.span, "starred assignment target must be in a list or tuple")),
            _ => return Err(self.err(t.span, "cannot assign to expression")),
        })
    }

    /// A condition: `not` folding does not matter for truth tests, compile normally.
    fn cond(&mut self, e: &Expr) -> CResult<Ex> {
        self.expr(e)
    }

    /// The iterable of a `for`: a list display of constants becomes a tuple constant.
    fn iter_expr(&mut self, e: &Expr) -> CResult<Ex> {
        if let ExprKind::List(items) = &e.kind {
            let mut consts = Vec::new();
            for i in items {
                if matches!(i.kind, ExprKind::Starred(_)) {
                    return self.expr(e);
                }
                match self.cexpr(i)? {
                    CE::K(c) => consts.push(c),
                    CE::E(_) => return self.expr(e),
                }
            }
            if consts.len() <= 256 {
                return Ok(Ex::Const(self.add_const(Const::Tuple(consts))));
            }
        }
        self.expr(e)
    }

    // ----- functions and classes -------------------------------------------

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    fn function(&mut self, key: usize, name: &str, params: &Params, body: FuncBody, decorators: &[Expr], line: u32) -> CResult<MakeFunction> {
        let decos = decorators.iter().map(|d| self.expr(d)).collect::<CResult<Vec<_>>>()?;
        let mut defaults = Vec::new();
        for p in &params.args {
            if let Some(d) = &p.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &params.kwonly {
            if let Some(d) = &p.default {
                let ex = self.expr(d)?;
                kwdefaults.push((self.name_idx(&p.name), ex));
            }
        }
        let scope = *self.table.by_node.get(&key).expect("scope for function");
        let qualname = self.qualname_for(name);
        let kind = match body {
            FuncBody::Stmts(..) => CodeKind::Function,
            FuncBody::Lambda(_) => CodeKind::Lambda,
        };
        self.push_unit(scope, kind, name, qualname.clone(), line);
        self.unit().coroutine = matches!(body, FuncBody::Stmts(_, true));
        for p in params.args.iter().chain(params.kwonly.iter()).chain(params.vararg.iter()).chain(params.kwarg.iter()) {
            if self.unit().var_index.contains_key(&p.name) {
                return Err(self.err(p.span, &format!("duplicate argument '{}' in function definition", p.name)));
            }
            self.var_idx(&p.name);
        }
        let stmts = match body {
            FuncBody::Stmts(b, _) => {
                // A docstring is the first constant (or None).
                match b.first().map(|s| &s.kind) {
                    Some(StmtKind::Expr(Expr { kind: ExprKind::Str(doc), .. })) => {
                        self.add_const(Const::Str(doc.clone()));
                    }
                    _ => {
                        self.add_const(Const::None);
                    }
                }
                self.stmts(b)?
            }
            FuncBody::Lambda(e) => {
                let ex = self.expr(e)?;
                vec![code::Stmt { line: self.line(e.span), kind: St::Return(Some(ex)) }]
            }
        };
        let code = self.finish_unit(stmts, params);
        let closure = self.closure_for(scope)?;
        let ci = self.add_const(Const::Code(code.0));
        crate::runtime::release_plain(self.heap, code);
        Ok(MakeFunction { code: ci, defaults, kwdefaults, closure, decorators: decos, qualname })
    }

    /// Cell slots (deref indices) of this frame that the child scope's free variables come from.
    fn closure_for(&mut self, child: usize) -> CResult<Vec<u32>> {
        let frees = self.table.scopes[child].frees.clone();
        let mut out = Vec::new();
        for f in frees {
            let a = self.access(&f);
            match a {
                Access::Cell(_) | Access::Free(_) => out.push(self.deref_index(a)),
                _ => {
                    // A class scope binding the name and also passing it through.
                    let u = self.units.last().unwrap();
                    let s = &self.table.scopes[u.scope];
                    if let Some(i) = s.frees.iter().position(|n| *n == f) {
                        out.push((s.cells.len() + i) as u32);
                    } else if let Some(i) = s.cells.iter().position(|n| *n == f) {
                        out.push(i as u32);
                    } else {
                        return Err(self.err(Span::default(), &format!("internal error: no cell for free variable '{}'", f)));
                    }
                }
            }
        }
        Ok(out)
    }

    fn class(&mut self, c: &ClassDef, line: u32) -> CResult<Ex> {
        let decos = c.decorators.iter().map(|d| self.expr(d)).collect::<CResult<Vec<_>>>()?;
        let bases = c.bases.iter().map(|b| self.expr(b)).collect::<CResult<Vec<_>>>()?;
        let mut keywords = Vec::new();
        for k in &c.keywords {
            let name = k.name.as_ref().map(|n| self.name_idx(n));
            keywords.push(KwArg { name, value: self.expr(&k.value)? });
        }
        let key = c as *const ClassDef as usize;
        let scope = *self.table.by_node.get(&key).expect("scope for class");
        let qualname = self.qualname_for(&c.name);
        self.push_unit(scope, CodeKind::Class, &c.name, qualname.clone(), line);
        let doc = match c.body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(Expr { kind: ExprKind::Str(doc), .. })) => {
                self.add_const(Const::Str(doc.clone()));
                true
            }
            _ => false,
        };
        let stmts = self.stmts(&c.body)?;
        let code = self.finish_unit(stmts, &Params::default());
        let closure = self.closure_for(scope)?;
        let ci = self.add_const(Const::Code(code.0));
        crate::runtime::release_plain(self.heap, code);
        let name = self.name_idx(&c.name);
        Ok(Ex::MakeClass(Box::new(MakeClass {
            name,
            body: MakeFunction { code: ci, defaults: vec![], kwdefaults: vec![], closure, decorators: vec![], qualname },
            bases,
            keywords,
            decorators: decos,
            doc,
        })))
    }

    fn comprehension(&mut self, e: &Expr, kind: CompKind, elt: &Expr, value: Option<&Expr>, generators: &[Comprehension], genexp: bool) -> CResult<Ex> {
        let first_iter = self.expr(&generators[0].iter)?;
        let key = e as *const Expr as usize;
        let scope = *self.table.by_node.get(&key).expect("scope for comprehension");
        let name = match (kind, genexp) {
            (_, true) => "<genexpr>",
            (CompKind::List, _) => "<listcomp>",
            (CompKind::Set, _) => "<setcomp>",
            (CompKind::Dict, _) => "<dictcomp>",
        };
        let qualname = self.qualname_for(name);
        let line = self.line(e.span);
        self.push_unit(scope, CodeKind::Comprehension, name, qualname.clone(), line);
        self.var_idx(".0");
        let mut gens = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            let iter = if i == 0 { None } else { Some(self.expr(&g.iter)?) };
            let target = self.target(&g.target)?;
            let ifs = g.ifs.iter().map(|c| self.expr(c)).collect::<CResult<Vec<_>>>()?;
            gens.push(CompGen { target, iter, ifs });
        }
        let elt = self.expr(elt)?;
        let value = match value {
            Some(v) => Some(self.expr(v)?),
            None => None,
        };
        if genexp {
            // A generator: the loops nest as statements around `yield elt`.
            let body = genexp_body(line, gens, elt);
            let params = Params { args: vec![Param { span: e.span, name: ".0".into(), default: None, annotation: None }], ..Default::default() };
            let code = self.finish_unit(body, &params);
            let closure = self.closure_for(scope)?;
            let ci = self.add_const(Const::Code(code.0));
            crate::runtime::release_plain(self.heap, code);
            return Ok(Ex::Comprehension(
                Box::new(MakeFunction { code: ci, defaults: vec![], kwdefaults: vec![], closure, decorators: vec![], qualname }),
                Box::new(first_iter),
                genexp,
                self.pos(e.span),
            ));
        }
        let result_slot = self.var_idx(".result");
        let body = vec![
            code::Stmt { line, kind: St::CompLoop(Box::new(CompLoop { kind, result_slot, generators: gens, elt, value })) },
            code::Stmt { line, kind: St::Return(Some(Ex::Local(result_slot, code::NO_POS))) },
        ];
        let params = Params { args: vec![Param { span: e.span, name: ".0".into(), default: None, annotation: None }], ..Default::default() };
        let code = self.finish_unit(body, &params);
        let closure = self.closure_for(scope)?;
        let ci = self.add_const(Const::Code(code.0));
        crate::runtime::release_plain(self.heap, code);
        Ok(Ex::Comprehension(
            Box::new(MakeFunction { code: ci, defaults: vec![], kwdefaults: vec![], closure, decorators: vec![], qualname }),
            Box::new(first_iter),
            genexp,
            self.pos(e.span),
        ))
    }

    // ----- expressions -------------------------------------------------------

    fn opt_expr(&mut self, e: &Option<Box<Expr>>) -> CResult<Option<Ex>> {
        match e {
            Some(e) => Ok(Some(self.expr(e)?)),
            None => Ok(None),
        }
    }

    fn expr(&mut self, e: &Expr) -> CResult<Ex> {
        let ce = self.cexpr(e)?;
        Ok(self.to_ex(ce))
    }

    fn to_ex(&mut self, ce: CE) -> Ex {
        match ce {
            CE::K(c) => Ex::Const(self.add_const(c)),
            CE::E(e) => e,
        }
    }

    fn args(&mut self, items: &[Expr]) -> CResult<Vec<Arg>> {
        let mut out = Vec::with_capacity(items.len());
        for i in items {
            if let ExprKind::Starred(inner) = &i.kind {
                out.push(Arg { value: self.expr(inner)?, star: true });
            } else {
                out.push(Arg { value: self.expr(i)?, star: false });
            }
        }
        Ok(out)
    }

    fn cexpr(&mut self, e: &Expr) -> CResult<CE> {
        self.enter_depth(e.span)?;
        let r = self.cexpr_inner(e);
        self.depth -= 1;
        r
    }

    fn cexpr_inner(&mut self, e: &Expr) -> CResult<CE> {
        Ok(match &e.kind {
            ExprKind::Int(v) => CE::K(Const::Int(v.clone())),
            ExprKind::Float(f) => CE::K(Const::Float(f.to_bits())),
            ExprKind::Imaginary(f) => CE::K(Const::Complex(0f64.to_bits(), f.to_bits())),
            ExprKind::Str(s) => CE::K(Const::Str(s.clone())),
            ExprKind::Bytes(b) => CE::K(Const::Bytes(b.clone())),
            ExprKind::True => CE::K(Const::True),
            ExprKind::False => CE::K(Const::False),
            ExprKind::None => CE::K(Const::None),
            ExprKind::Ellipsis => CE::K(Const::Ellipsis),
            ExprKind::Name(n) => CE::E(self.load_name(n, e.span)),
            ExprKind::FString(parts) => {
                let ps = self.fparts(parts)?;
                if ps.iter().all(|p| matches!(p, FPart::Lit(_))) && ps.len() <= 1 {
                    // f'text' with no fields is just a constant.
                    let text: String = parts
                        .iter()
                        .map(|p| match p {
                            FStringPart::Literal(s) => s.as_str(),
                            _ => "",
                        })
                        .collect();
                    return Ok(CE::K(Const::Str(text)));
                }
                CE::E(Ex::FString(ps))
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.cexpr(left)?;
                let r = self.cexpr(right)?;
                if let (CE::K(a), CE::K(b)) = (&l, &r) {
                    if let Some(c) = fold::binop(a, *op, b) {
                        return Ok(CE::K(c));
                    }
                }
                let l = self.to_ex(l);
                let r = self.to_ex(r);
                let (al, ar) = self.binop_anchors(left.span, right.span);
                let p = self.pos_anchored(e.span, al, ar);
                CE::E(Ex::BinOp(Box::new(l), *op, Box::new(r), p))
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.cexpr(operand)?;
                if let CE::K(c) = &v {
                    if let Some(f) = fold::unaryop(*op, c) {
                        return Ok(CE::K(f));
                    }
                }
                let v = Box::new(self.to_ex(v));
                let p = self.pos(e.span);
                CE::E(match op {
                    UnaryOp::USub => Ex::Neg(v, p),
                    UnaryOp::UAdd => Ex::Pos(v, p),
                    UnaryOp::Invert => Ex::Invert(v, p),
                    UnaryOp::Not => Ex::Not(v),
                })
            }
            ExprKind::BoolOp { op, values } => {
                let vs = values.iter().map(|v| self.expr(v)).collect::<CResult<Vec<_>>>()?;
                CE::E(match op {
                    BoolOp::And => Ex::And(vs),
                    BoolOp::Or => Ex::Or(vs),
                })
            }
            ExprKind::Compare { left, ops, comparators } => {
                let l = self.cexpr(left)?;
                // check_compare: "is" against a literal (a constant other
                // than None, True, False or ...) warns, once per comparison.
                let literal = |ce: &CE| matches!(ce, CE::K(k) if !matches!(k, Const::None | Const::True | Const::False | Const::Ellipsis));
                let mut left_lit = literal(&l);
                let mut warned = false;
                let l = self.to_ex(l);
                let mut rest = Vec::new();
                for (op, c) in ops.iter().zip(comparators) {
                    let ex = if matches!(op, CmpOp::In | CmpOp::NotIn) {
                        left_lit = false;
                        self.iter_expr(c)?
                    } else {
                        let ce = self.cexpr(c)?;
                        let right_lit = literal(&ce);
                        if !warned && matches!(op, CmpOp::Is | CmpOp::IsNot) && (left_lit || right_lit) {
                            warned = true;
                            let msg = if matches!(op, CmpOp::Is) { "\"is\" with a literal. Did you mean \"==\"?" } else { "\"is not\" with a literal. Did you mean \"!=\"?" };
                            let lineno = self.line(e.span);
                            self.warnings.push(CompileWarning { lineno, msg });
                        }
                        left_lit = right_lit;
                        self.to_ex(ce)
                    };
                    rest.push((*op, ex));
                }
                let p = self.pos(e.span);
                CE::E(Ex::Compare(Box::new(l), rest, p))
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.expr(test)?;
                let b = self.expr(body)?;
                let o = self.expr(orelse)?;
                CE::E(Ex::IfExp(Box::new(t), Box::new(b), Box::new(o)))
            }
            ExprKind::Call { func, args, keywords } => {
                let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && !keywords.iter().any(|k| k.name.is_none());
                let mut kwargs = Vec::new();
                let a;
                if let ExprKind::Attribute { value, attr } = &func.kind {
                    let obj = self.expr(value)?;
                    let name = self.name_idx(attr);
                    a = self.args(args)?;
                    for k in keywords {
                        let n = k.name.as_ref().map(|n| self.name_idx(n));
                        kwargs.push(KwArg { name: n, value: self.expr(&k.value)? });
                    }
                    let pos = self.pos(e.span);
                    let attr_pos = self.pos(func.span);
                    return Ok(CE::E(Ex::CallMethod(Box::new(CallMethod { obj, name, args: a, kwargs, simple, pos, attr_pos, cache: Default::default() }))));
                }
                let f = self.expr(func)?;
                a = self.args(args)?;
                for k in keywords {
                    let n = k.name.as_ref().map(|n| self.name_idx(n));
                    kwargs.push(KwArg { name: n, value: self.expr(&k.value)? });
                }
                let pos = self.pos(e.span);
                CE::E(Ex::Call(Box::new(Call { func: f, args: a, kwargs, simple, pos })))
            }
            ExprKind::Attribute { value, attr } => {
                let v = self.expr(value)?;
                let p = self.pos(e.span);
                CE::E(Ex::Attr(Box::new(v), self.name_idx(attr), p))
            }
            ExprKind::Subscript { value, index } => {
                let v = self.cexpr(value)?;
                let i = self.cexpr(index)?;
                if let (CE::K(a), CE::K(b)) = (&v, &i) {
                    if let Some(c) = fold::subscript(a, b) {
                        return Ok(CE::K(c));
                    }
                }
                let v = self.to_ex(v);
                let i = self.to_ex(i);
                let (al, ar) = self.subscript_anchors(value.span, index.span, e.span.end);
                let p = self.pos_anchored(e.span, al, ar);
                CE::E(Ex::Subscript(Box::new(v), Box::new(i), p))
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |x: &Option<Box<Expr>>| -> CResult<Option<Box<Ex>>> {
                    Ok(match x {
                        Some(x) => Some(Box::new(self.expr(x)?)),
                        None => None,
                    })
                };
                let l = part(lower)?;
                let u = part(upper)?;
                let s = part(step)?;
                CE::E(Ex::Slice(l, u, s))
            }
            ExprKind::Tuple(items) => {
                if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    let mut ces = Vec::with_capacity(items.len());
                    for i in items {
                        ces.push(self.cexpr(i)?);
                    }
                    if ces.iter().all(|c| matches!(c, CE::K(_))) {
                        return Ok(CE::K(Const::Tuple(
                            ces.into_iter()
                                .map(|c| match c {
                                    CE::K(k) => k,
                                    CE::E(_) => unreachable!(),
                                })
                                .collect(),
                        )));
                    }
                    let args = ces.into_iter().map(|c| Arg { value: self.to_ex(c), star: false }).collect();
                    return Ok(CE::E(Ex::Tuple(args)));
                }
                CE::E(Ex::Tuple(self.args(items)?))
            }
            ExprKind::List(items) => {
                if items.len() >= 3 && !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    let mut ces = Vec::with_capacity(items.len());
                    for i in items {
                        ces.push(self.cexpr(i)?);
                    }
                    if ces.iter().all(|c| matches!(c, CE::K(_))) {
                        let t = Const::Tuple(
                            ces.into_iter()
                                .map(|c| match c {
                                    CE::K(k) => k,
                                    CE::E(_) => unreachable!(),
                                })
                                .collect(),
                        );
                        return Ok(CE::E(Ex::ListFromConst(self.add_const(t))));
                    }
                    let args = ces.into_iter().map(|c| Arg { value: self.to_ex(c), star: false }).collect();
                    return Ok(CE::E(Ex::List(args)));
                }
                CE::E(Ex::List(self.args(items)?))
            }
            ExprKind::Set(items) => CE::E(Ex::Set(self.args(items)?)),
            ExprKind::Dict(items) => {
                let mut out = Vec::new();
                for (k, v) in items {
                    let k = match k {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    };
                    out.push((k, self.expr(v)?));
                }
                CE::E(Ex::Dict(out))
            }
            ExprKind::ListComp { elt, generators } => CE::E(self.comprehension(e, CompKind::List, elt, None, generators, false)?),
            ExprKind::GeneratorExp { elt, generators } => CE::E(self.comprehension(e, CompKind::List, elt, None, generators, true)?),
            ExprKind::SetComp { elt, generators } => CE::E(self.comprehension(e, CompKind::Set, elt, None, generators, false)?),
            ExprKind::DictComp { key, value, generators } => CE::E(self.comprehension(e, CompKind::Dict, key, Some(value), generators, false)?),
            ExprKind::Lambda { params, body } => {
                let line = self.line(e.span);
                let mf = self.function(e as *const Expr as usize, "<lambda>", params, FuncBody::Lambda(body), &[], line)?;
                CE::E(Ex::MakeFunction(Box::new(mf)))
            }
            ExprKind::Starred(_) => return Err(self.err(e.span, "can't use starred expression here")),
            ExprKind::NamedExpr { target, value } => {
                let v = self.expr(value)?;
                let t = self.target(target)?;
                CE::E(Ex::Named(Box::new(t), Box::new(v)))
            }
            // lift.rs leaves yields only where stmt_inner compiles them.
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_) => return Err(self.err(e.span, "'yield' in this position is not supported by glasspy yet")),
        })
    }

    fn fparts(&mut self, parts: &[FStringPart]) -> CResult<Vec<FPart>> {
        let mut out = Vec::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if !s.is_empty() {
                        out.push(FPart::Lit(self.add_const(Const::Str(s.clone()))));
                    }
                }
                FStringPart::Expr { expr, conversion, spec, debug_text } => {
                    let mut conv = *conversion;
                    if let Some(t) = debug_text {
                        out.push(FPart::Lit(self.add_const(Const::Str(t.clone()))));
                        if conv.is_none() && spec.is_none() {
                            conv = Some('r');
                        }
                    }
                    let ex = self.expr(expr)?;
                    let spec = match spec {
                        Some(s) => Some(self.fparts(s)?),
                        None => None,
                    };
                    out.push(FPart::Value { ex, conv, spec });
                }
            }
        }
        Ok(out)
    }
}

fn param_count(p: &Params) -> usize {
    p.args.len() + p.kwonly.len() + p.vararg.is_some() as usize + p.kwarg.is_some() as usize
}

enum FuncBody<'a> {
    /// A `def` body; true for `async def`.
    Stmts(&'a [Stmt], bool),
    Lambda(&'a Expr),
}

/// The body of a generator expression's code: `for target in .0:` (then the
/// later `for`s and the `if`s, nested) around `yield elt`.
fn genexp_body(line: u32, gens: Vec<CompGen>, elt: Ex) -> Vec<code::Stmt> {
    let mut inner = vec![code::Stmt { line, kind: St::Yield(Some(elt), None) }];
    for g in gens.into_iter().rev() {
        for test in g.ifs.into_iter().rev() {
            inner = vec![code::Stmt { line, kind: St::If(test, inner, vec![]) }];
        }
        let iter = g.iter.unwrap_or(Ex::Local(0, code::NO_POS));
        inner = vec![code::Stmt { line, kind: St::For(g.target, iter, inner, vec![]) }];
    }
    inner
}
