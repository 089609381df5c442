//! Annotations of module and class bodies, before the symbol table is built.
//!
//! CPython keeps the annotations of a module's or a class's simple names in
//! the namespace's `__annotations__` dict (SETUP_ANNOTATIONS makes it when
//! the block has any annotation; each `x: T [= v]` assigns `x` first, then
//! stores `T` under `'x'`). This pass writes that out as ordinary
//! statements, so the rest of the compiler sees plain assignments:
//!
//! ```text
//!     class C:                    class C:
//!         x: int                      __annotations__ = {}
//!         y: str = "a"                __annotations__['x'] = int
//!                                     y = "a"
//!                                     __annotations__['y'] = str
//! ```
//!
//! In a function body nothing is recorded (CPython does not evaluate those
//! annotations); a class defined inside a function still records its own.
//! An annotation of an attribute or subscript target is not recorded.
//! One difference: CPython's SETUP_ANNOTATIONS keeps an `__annotations__`
//! that already exists (a second prompt entry adds to the first's); here
//! each block with annotations starts a new dict.

use crate::syntax::ast::*;

/// The module's statements with its annotations (and its classes') recorded.
pub fn record_module(body: Vec<Stmt>) -> Vec<Stmt> {
    namespace_block(body)
}

/// A module or class body: its annotations go to its `__annotations__`.
fn namespace_block(body: Vec<Stmt>) -> Vec<Stmt> {
    let mut found = false;
    let mut out = block(body, true, &mut found);
    if found {
        let span = out.first().map(|s| s.span).unwrap_or_default();
        let setup = Stmt { span, kind: StmtKind::Assign { targets: vec![name(span, "__annotations__")], value: Expr { span, kind: ExprKind::Dict(vec![]) } } };
        out.insert(0, setup);
    }
    out
}

fn name(span: Span, n: &str) -> Expr {
    Expr { span, kind: ExprKind::Name(n.to_string()) }
}

/// The statements of one block; `record`: in a module or class namespace.
fn block(body: Vec<Stmt>, record: bool, found: &mut bool) -> Vec<Stmt> {
    let mut out = Vec::with_capacity(body.len());
    for s in body {
        stmt(s, record, found, &mut out);
    }
    out
}

fn stmt(s: Stmt, record: bool, found: &mut bool, out: &mut Vec<Stmt>) {
    let span = s.span;
    let kind = match s.kind {
        StmtKind::AnnAssign { target, annotation, value } if record && matches!(target.kind, ExprKind::Name(_)) => {
            *found = true;
            let ExprKind::Name(n) = &target.kind else { unreachable!() };
            let key = Expr { span: target.span, kind: ExprKind::Str(n.clone()) };
            let slot = Expr { span: target.span, kind: ExprKind::Subscript { value: Box::new(name(annotation.span, "__annotations__")), index: Box::new(key) } };
            if let Some(v) = value {
                out.push(Stmt { span, kind: StmtKind::Assign { targets: vec![target], value: v } });
            }
            StmtKind::Assign { targets: vec![slot], value: annotation }
        }
        StmtKind::If { test, body, orelse } => StmtKind::If { test, body: block(body, record, found), orelse: block(orelse, record, found) },
        StmtKind::While { test, body, orelse } => StmtKind::While { test, body: block(body, record, found), orelse: block(orelse, record, found) },
        StmtKind::For { target, iter, body, orelse, is_async } => StmtKind::For { target, iter, body: block(body, record, found), orelse: block(orelse, record, found), is_async },
        StmtKind::With { items, body, is_async } => StmtKind::With { items, body: block(body, record, found), is_async },
        StmtKind::Try { body, handlers, orelse, finalbody } => StmtKind::Try {
            body: block(body, record, found),
            handlers: handlers.into_iter().map(|h| ExceptHandler { body: block(h.body, record, found), ..h }).collect(),
            orelse: block(orelse, record, found),
            finalbody: block(finalbody, record, found),
        },
        StmtKind::ClassDef(mut c) => {
            c.body = namespace_block(std::mem::take(&mut c.body));
            StmtKind::ClassDef(c)
        }
        StmtKind::FunctionDef(mut f) => {
            let mut none = false;
            f.body = block(std::mem::take(&mut f.body), false, &mut none);
            StmtKind::FunctionDef(f)
        }
        k => k,
    };
    out.push(Stmt { span, kind });
}
