//! Lifting `yield` to statement level, before the symbol table is built.
//!
//! glasspy's evaluator walks the tree; it has no instruction pointer to save.
//! A generator can therefore only stop *between* statements, where the
//! walker's whole state is "which statement of which block, in which phase of
//! each enclosing compound statement" (see `runtime/generator.rs`). This pass
//! makes that enough: every `yield` ends up as a statement of one of two
//! shapes,
//!
//! ```text
//!     yield v                  (an expression statement)
//!     target = yield v         (one target; also `yield from`)
//! ```
//!
//! A yield nested in a bigger expression is hoisted into a hidden local
//! (`.y0`, `.y1`, … — names a program cannot spell) assigned just before the
//! statement, and the expression reads the local instead. To keep CPython's
//! evaluation order, every operand evaluated *before* the yield in that
//! expression is hoisted too (`f(a, (yield))` becomes `.y0 = f; .y1 = a;
//! .y2 = yield; .y0(.y1, .y2)`): a suspended frame keeps those temporaries
//! as its locals, counted like CPython's evaluation stack entries. Yields in
//! places where hoisting would change which code runs (the second operand of
//! `and`/`or`, the arms of `x if c else y`, a `while` test, `assert`, `del`,
//! assignment targets, lambdas) are a SyntaxError that says glasspy does not
//! support them yet.

use crate::syntax::ast::*;

pub struct LiftError {
    pub span: Span,
    pub msg: String,
}

type LResult<T> = Result<T, LiftError>;

fn err<T>(span: Span, msg: &str) -> LResult<T> {
    Err(LiftError { span, msg: msg.to_string() })
}

const UNSUPPORTED: &str = "'yield' in this position is not supported by glasspy yet";

/// Rewrites a module's statements: every yield at statement level.
pub fn lift_module(body: &[Stmt]) -> LResult<Vec<Stmt>> {
    let mut l = Lifter { in_function: false, temps: 0 };
    l.block(body)
}

struct Lifter {
    /// Inside a `def` body (yield allowed).
    in_function: bool,
    /// Hidden locals made so far in this function.
    temps: usize,
}

/// Does `e` contain a yield of its own scope (not inside a nested lambda or
/// comprehension, which are scopes of their own)?
pub fn has_yield(e: &Expr) -> bool {
    let mut found = false;
    children(e, &mut |c| found |= matches!(c.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) || has_yield(c));
    found
}

/// The direct sub-expressions of `e` evaluated in its own scope, in CPython's
/// evaluation order (a comprehension's first iterable is evaluated outside it).
fn children<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match &e.kind {
        ExprKind::FString(parts) => fparts(parts, f),
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| f(v)),
        ExprKind::Compare { left, comparators, .. } => {
            f(left);
            comparators.iter().for_each(|v| f(v));
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Call { func, args, keywords } => {
            f(func);
            args.iter().for_each(|v| f(v));
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                f(x);
            }
        }
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().for_each(|x| f(x)),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => f(&generators[0].iter),
        ExprKind::Lambda { params, .. } => {
            for p in params.args.iter().chain(params.kwonly.iter()) {
                if let Some(d) = &p.default {
                    f(d);
                }
            }
        }
        ExprKind::Starred(v) => f(v),
        ExprKind::NamedExpr { value, .. } => f(value),
        ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) => f(v),
        _ => {}
    }
}

fn fparts<'a>(parts: &'a [FStringPart], f: &mut dyn FnMut(&'a Expr)) {
    for p in parts {
        if let FStringPart::Expr { expr, spec, .. } = p {
            f(expr);
            if let Some(s) = spec {
                fparts(s, f);
            }
        }
    }
}

/// A yield inside a comprehension or lambda body (their own scopes): CPython
/// refuses the first; glasspy does not support the second.
fn check_nested_scopes(e: &Expr) -> LResult<()> {
    let inner = |x: &Expr| -> bool { matches!(x.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) || has_yield(x) };
    match &e.kind {
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            let what = match &e.kind {
                ExprKind::ListComp { .. } => "list comprehension",
                ExprKind::SetComp { .. } => "set comprehension",
                _ => "generator expression",
            };
            let mut parts: Vec<&Expr> = vec![elt];
            comp_parts(generators, &mut parts);
            if let Some(p) = parts.into_iter().find(|p| inner(p)) {
                return err(first_yield_span(p), &format!("'yield' inside {}", what));
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            let mut parts: Vec<&Expr> = vec![key, value];
            comp_parts(generators, &mut parts);
            if let Some(p) = parts.into_iter().find(|p| inner(p)) {
                return err(first_yield_span(p), "'yield' inside dict comprehension");
            }
        }
        ExprKind::Lambda { body, .. } if inner(body) => return err(e.span, UNSUPPORTED),
        _ => {}
    }
    let mut r = Ok(());
    children(e, &mut |c| {
        if r.is_ok() {
            r = check_nested_scopes(c);
        }
    });
    r
}

/// The parts of a comprehension evaluated in its own scope (all but the
/// first iterable).
fn comp_parts<'a>(generators: &'a [Comprehension], out: &mut Vec<&'a Expr>) {
    for (i, g) in generators.iter().enumerate() {
        out.push(&g.target);
        if i > 0 {
            out.push(&g.iter);
        }
        out.extend(g.ifs.iter());
    }
}

fn is_yield(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
}

fn name(span: Span, n: &str) -> Expr {
    Expr { span, kind: ExprKind::Name(n.to_string()) }
}

fn assign(span: Span, target: &str, value: Expr) -> Stmt {
    Stmt { span, kind: StmtKind::Assign { targets: vec![name(span, target)], value } }
}

impl Lifter {
    fn block(&mut self, body: &[Stmt]) -> LResult<Vec<Stmt>> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    fn temp(&mut self) -> String {
        self.temps += 1;
        format!(".y{}", self.temps - 1)
    }

    /// An expression with a possible yield: hoisted statements go to `out`.
    fn value(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> LResult<Expr> {
        check_nested_scopes(e)?;
        if !is_yield(e) && !has_yield(e) {
            return Ok(e.clone());
        }
        if !self.in_function {
            return err(first_yield_span(e), "'yield' outside function");
        }
        self.lift(e, out)
    }

    /// A yield-free copy of `e`: each yield becomes a hidden local assigned
    /// before, with the operands evaluated before it.
    fn lift(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> LResult<Expr> {
        match &e.kind {
            ExprKind::Yield(v) => {
                let v = match v {
                    Some(v) => Some(Box::new(self.lift(v, out)?)),
                    None => None,
                };
                let t = self.temp();
                out.push(assign(e.span, &t, Expr { span: e.span, kind: ExprKind::Yield(v) }));
                return Ok(name(e.span, &t));
            }
            ExprKind::YieldFrom(v) => {
                let v = self.lift(v, out)?;
                let t = self.temp();
                out.push(assign(e.span, &t, Expr { span: e.span, kind: ExprKind::YieldFrom(Box::new(v)) }));
                return Ok(name(e.span, &t));
            }
            _ => {}
        }
        if !has_yield(e) {
            return Ok(e.clone());
        }
        // Children in evaluation order; those before the last one holding a
        // yield are evaluated into hidden locals first.
        let mut kids: Vec<&Expr> = Vec::new();
        children(e, &mut |c| kids.push(c));
        let last = kids.iter().rposition(|c| is_yield(c) || has_yield(c)).unwrap_or(0);
        let conditional = match &e.kind {
            ExprKind::BoolOp { .. } | ExprKind::IfExp { .. } => last > 0,
            ExprKind::Compare { comparators, .. } => comparators.len() > 1 && last > 1,
            ExprKind::NamedExpr { .. } | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if conditional {
            return err(first_yield_span(e), UNSUPPORTED);
        }
        let mut replaced: Vec<Expr> = Vec::with_capacity(kids.len());
        for (i, c) in kids.iter().enumerate() {
            if i < last && !is_constant(c) && !matches!(c.kind, ExprKind::Starred(_)) {
                let v = self.lift(c, out)?;
                let t = self.temp();
                out.push(assign(c.span, &t, v));
                replaced.push(name(c.span, &t));
            } else if i == last {
                replaced.push(self.lift(c, out)?);
            } else {
                replaced.push((*c).clone());
            }
        }
        if kids.iter().take(last).any(|c| matches!(c.kind, ExprKind::Starred(_))) {
            return err(first_yield_span(e), UNSUPPORTED);
        }
        let mut r = e.clone();
        let mut it = replaced.into_iter();
        replace_children(&mut r, &mut || it.next().expect("one replacement per child"));
        Ok(r)
    }

    fn stmt(&mut self, s: &Stmt, out: &mut Vec<Stmt>) -> LResult<()> {
        let sp = s.span;
        let kind = match &s.kind {
            StmtKind::Expr(e) => {
                if is_yield(e) && !self.in_function {
                    return err(e.span, "'yield' outside function");
                }
                if is_yield(e) && !has_yield(e) {
                    StmtKind::Expr(e.clone())
                } else {
                    let v = self.value(e, out)?;
                    // `(yield x) + 1` as a statement keeps the hoisted yield.
                    StmtKind::Expr(v)
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.no_yield(t)?;
                }
                if is_yield(value) && !has_yield(value) && targets.len() == 1 && self.in_function {
                    StmtKind::Assign { targets: targets.clone(), value: value.clone() }
                } else if is_yield(value) && self.in_function {
                    // Several targets: the sent value goes through one hidden local.
                    let v = self.lift(value, out)?;
                    StmtKind::Assign { targets: targets.clone(), value: v }
                } else {
                    let v = self.value(value, out)?;
                    StmtKind::Assign { targets: targets.clone(), value: v }
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.no_yield(target)?;
                let v = self.value(value, out)?;
                StmtKind::AugAssign { target: target.clone(), op: *op, value: v }
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                self.no_yield(target)?;
                self.no_yield(annotation)?;
                match value {
                    Some(v) if self.in_function && (is_yield(v) || has_yield(v)) => {
                        let v = if is_yield(v) && !has_yield(v) { v.clone() } else { self.value(v, out)? };
                        StmtKind::Assign { targets: vec![target.clone()], value: v }
                    }
                    Some(v) => StmtKind::AnnAssign { target: target.clone(), annotation: annotation.clone(), value: Some(self.value(v, out)?) },
                    None => s.kind.clone(),
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.no_yield(t)?;
                }
                s.kind.clone()
            }
            StmtKind::Return(Some(v)) => StmtKind::Return(Some(self.value(v, out)?)),
            StmtKind::If { test, body, orelse } => {
                let t = self.value(test, out)?;
                StmtKind::If { test: t, body: self.block(body)?, orelse: self.block(orelse)? }
            }
            StmtKind::While { test, body, orelse } => {
                self.no_yield(test)?;
                StmtKind::While { test: test.clone(), body: self.block(body)?, orelse: self.block(orelse)? }
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.no_yield(target)?;
                let i = self.value(iter, out)?;
                StmtKind::For { target: target.clone(), iter: i, body: self.block(body)?, orelse: self.block(orelse)? }
            }
            StmtKind::With { items, body } => {
                let mut new_items = Vec::with_capacity(items.len());
                for (i, (ctx, t)) in items.iter().enumerate() {
                    if let Some(t) = t {
                        self.no_yield(t)?;
                    }
                    let c = if i == 0 { self.value(ctx, out)? } else { self.no_yield(ctx).map(|_| ctx.clone())? };
                    new_items.push((c, t.clone()));
                }
                StmtKind::With { items: new_items, body: self.block(body)? }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let mut hs = Vec::with_capacity(handlers.len());
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.no_yield(t)?;
                    }
                    hs.push(ExceptHandler { span: h.span, typ: h.typ.clone(), name: h.name.clone(), body: self.block(&h.body)? });
                }
                StmtKind::Try { body: self.block(body)?, handlers: hs, orelse: self.block(orelse)?, finalbody: self.block(finalbody)? }
            }
            StmtKind::Raise { exc, cause } => {
                let exc = match exc {
                    Some(e) => Some(self.value(e, out)?),
                    None => None,
                };
                if let Some(c) = cause {
                    self.no_yield(c)?;
                }
                StmtKind::Raise { exc, cause: cause.clone() }
            }
            StmtKind::Assert { test, msg } => {
                self.no_yield(test)?;
                if let Some(m) = msg {
                    self.no_yield(m)?;
                }
                s.kind.clone()
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.no_yield(d)?;
                }
                for p in f.params.args.iter().chain(f.params.kwonly.iter()) {
                    if let Some(d) = &p.default {
                        self.no_yield(d)?;
                    }
                }
                let saved = (self.in_function, self.temps);
                self.in_function = true;
                self.temps = 0;
                let body = self.block(&f.body);
                (self.in_function, self.temps) = saved;
                StmtKind::FunctionDef(Box::new(FunctionDef { name: f.name.clone(), params: f.params.clone(), body: body?, decorators: f.decorators.clone(), header: f.header }))
            }
            StmtKind::ClassDef(c) => {
                for x in c.bases.iter().chain(c.decorators.iter()).chain(c.keywords.iter().map(|k| &k.value)) {
                    self.no_yield(x)?;
                }
                let saved = self.in_function;
                self.in_function = false;
                let body = self.block(&c.body);
                self.in_function = saved;
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: c.name.clone(),
                    bases: c.bases.clone(),
                    keywords: c.keywords.clone(),
                    body: body?,
                    decorators: c.decorators.clone(),
                    header: c.header,
                }))
            }
            other => other.clone(),
        };
        out.push(Stmt { span: sp, kind });
        Ok(())
    }

    /// An expression that must not hold a yield here.
    fn no_yield(&self, e: &Expr) -> LResult<()> {
        check_nested_scopes(e)?;
        if is_yield(e) || has_yield(e) {
            if !self.in_function {
                return err(first_yield_span(e), "'yield' outside function");
            }
            return err(first_yield_span(e), UNSUPPORTED);
        }
        Ok(())
    }
}

fn first_yield_span(e: &Expr) -> Span {
    if is_yield(e) {
        return e.span;
    }
    let mut span = None;
    children(e, &mut |c| {
        if span.is_none() && (is_yield(c) || has_yield(c)) {
            span = Some(first_yield_span(c));
        }
    });
    span.unwrap_or(e.span)
}

fn is_constant(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Imaginary(_) | ExprKind::Str(_) | ExprKind::Bytes(_) | ExprKind::True | ExprKind::False | ExprKind::None | ExprKind::Ellipsis
    )
}

/// Replaces the children `children` lists, in the same order, with `next()`.
fn replace_children(e: &mut Expr, next: &mut dyn FnMut() -> Expr) {
    fn fp(parts: &mut [FStringPart], next: &mut dyn FnMut() -> Expr) {
        for p in parts {
            if let FStringPart::Expr { expr, spec, .. } = p {
                **expr = next();
                if let Some(s) = spec {
                    fp(s, next);
                }
            }
        }
    }
    match &mut e.kind {
        ExprKind::FString(parts) => fp(parts, next),
        ExprKind::BinOp { left, right, .. } => {
            **left = next();
            **right = next();
        }
        ExprKind::UnaryOp { operand, .. } => **operand = next(),
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(|v| *v = next()),
        ExprKind::Compare { left, comparators, .. } => {
            **left = next();
            comparators.iter_mut().for_each(|v| *v = next());
        }
        ExprKind::IfExp { test, body, orelse } => {
            **test = next();
            **body = next();
            **orelse = next();
        }
        ExprKind::Call { func, args, keywords } => {
            **func = next();
            args.iter_mut().for_each(|v| *v = next());
            keywords.iter_mut().for_each(|k| k.value = next());
        }
        ExprKind::Attribute { value, .. } => **value = next(),
        ExprKind::Subscript { value, index } => {
            **value = next();
            **index = next();
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                **x = next();
            }
        }
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter_mut().for_each(|x| *x = next()),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    *k = next();
                }
                *v = next();
            }
        }
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. } => generators[0].iter = next(),
        ExprKind::Lambda { params, .. } => {
            for p in params.args.iter_mut().chain(params.kwonly.iter_mut()) {
                if let Some(d) = &mut p.default {
                    *d = next();
                }
            }
        }
        ExprKind::Starred(v) => **v = next(),
        ExprKind::NamedExpr { value, .. } => **value = next(),
        ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) => **v = next(),
        _ => {}
    }
}
