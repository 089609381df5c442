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
//! as its locals, counted like CPython's evaluation stack entries. `await x`
//! is a suspension point of the same kind (`[target =] await x`, see
//! `runtime/coroutine.rs`).
//!
//! Where an operand may not run, the lifted code branches as the expression
//! would, so the short-circuiting and the order stay CPython's:
//!
//! ```text
//!     r = a and (yield b)         .k0 = a
//!                                 if .k0:
//!                                     del .k0; .y1 = yield b; .k0 = .y1
//!                                 .y2 = .k0; del .k0; r = .y2
//!     x if c else (yield y)       if c: .y0 = x   else: .y0 = yield y
//!     a < b < (yield)             each comparison in turn, `b` kept
//!     while (yield t): body       while True: .y0 = yield t; if not .y0: break; body
//!                                 (an else block runs after the loop, on a flag)
//!     assert t, (yield m)         if not t: .y0 = yield m; assert False, .y0
//!     a[(yield)] = v              .y0 = v; .y1 = a; .y2 = yield; .y1[.y2] = .y0
//! ```
//!
//! `.y` locals are read once (the read moves the value out, as CPython pops
//! a stack entry); `.k` locals are read several times and deleted after the
//! last. The value an `and`/`or` returns is tested for truth again by an
//! enclosing `if` (CPython jumps on the first test): a `__bool__` with side
//! effects runs twice there. Still refused, with a SyntaxError that says
//! glasspy does not support it yet: yields in lambda bodies, `for` targets,
//! `except` types, decorators, defaults and class bases; `await` in
//! comprehensions; `yield` in an `async def` (asynchronous generators).

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
    let mut l = Lifter { in_function: false, in_async: false, temps: 0 };
    l.block(body)
}

/// `lift_module` for a tree the caller gives away (the library's own
/// modules): a top-level statement whose text holds no `yield`, `await` or
/// `async` has nothing to lift and no suspension to check, so it is moved
/// into the result as it is instead of copied.
pub fn lift_module_owned(body: Vec<Stmt>, source: &str) -> LResult<Vec<Stmt>> {
    let mut l = Lifter { in_function: false, in_async: false, temps: 0 };
    let mut out = Vec::with_capacity(body.len());
    for s in body {
        let text = source.get(s.span.start as usize..s.span.end as usize).unwrap_or("yield");
        if text.contains("yield") || text.contains("await") || text.contains("async") {
            l.stmt(&s, &mut out)?;
        } else {
            out.push(s);
        }
    }
    Ok(out)
}

struct Lifter {
    /// Inside a `def` body (yield allowed).
    in_function: bool,
    /// Inside an `async def` body (await allowed).
    in_async: bool,
    /// Hidden locals made so far in this function.
    temps: usize,
}

/// Does `e` contain a yield of its own scope (not inside a nested lambda or
/// comprehension, which are scopes of their own)?
pub fn has_yield(e: &Expr) -> bool {
    let mut found = false;
    children(e, &mut |c| found |= suspends(c));
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
        ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => f(v),
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
    match &e.kind {
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            let what = match &e.kind {
                ExprKind::ListComp { .. } => "list comprehension",
                ExprKind::SetComp { .. } => "set comprehension",
                _ => "generator expression",
            };
            let mut parts: Vec<&Expr> = vec![elt];
            comp_parts(generators, &mut parts);
            if let Some(p) = parts.into_iter().find(|p| suspends(p)) {
                return comprehension_error(p, what);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            let mut parts: Vec<&Expr> = vec![key, value];
            comp_parts(generators, &mut parts);
            if let Some(p) = parts.into_iter().find(|p| suspends(p)) {
                return comprehension_error(p, "dict comprehension");
            }
        }
        ExprKind::Lambda { body, .. } if suspends(body) => {
            let y = first_yield(body);
            if matches!(y.kind, ExprKind::Await(_)) {
                return err(y.span, "'await' outside async function");
            }
            return err(e.span, UNSUPPORTED);
        }
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

fn comprehension_error(part: &Expr, what: &str) -> LResult<()> {
    let y = first_yield(part);
    if matches!(y.kind, ExprKind::Await(_)) {
        return err(y.span, "asynchronous comprehensions are not supported by glasspy yet");
    }
    err(y.span, &format!("'yield' inside {}", what))
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

/// A suspension point: `yield`, `yield from` or `await`.
fn is_yield(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_))
}

/// `e` is or holds a suspension point of its own scope.
fn suspends(e: &Expr) -> bool {
    is_yield(e) || has_yield(e)
}

fn name(span: Span, n: &str) -> Expr {
    Expr { span, kind: ExprKind::Name(n.to_string()) }
}

fn assign(span: Span, target: &str, value: Expr) -> Stmt {
    Stmt { span, kind: StmtKind::Assign { targets: vec![name(span, target)], value } }
}

fn del(span: Span, target: &str) -> Stmt {
    Stmt { span, kind: StmtKind::Delete(vec![name(span, target)]) }
}

fn not(e: Expr) -> Expr {
    Expr { span: e.span, kind: ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e) } }
}

fn if_stmt(span: Span, test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    Stmt { span, kind: StmtKind::If { test, body, orelse } }
}

impl Lifter {
    fn block(&mut self, body: &[Stmt]) -> LResult<Vec<Stmt>> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    /// A hidden local read once (the read moves the value out).
    fn temp(&mut self) -> String {
        self.temps += 1;
        format!(".y{}", self.temps - 1)
    }

    /// A hidden local read several times, deleted after its last use.
    fn kept(&mut self) -> String {
        self.temps += 1;
        format!(".k{}", self.temps - 1)
    }

    /// CPython's SyntaxError for a suspension point where it is not allowed.
    fn check_suspension(&self, e: &Expr) -> LResult<()> {
        match &e.kind {
            ExprKind::Await(_) if !self.in_function => err(e.span, "'await' outside function"),
            ExprKind::Await(_) if !self.in_async => err(e.span, "'await' outside async function"),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if !self.in_function => err(e.span, "'yield' outside function"),
            ExprKind::YieldFrom(_) if self.in_async => err(e.span, "'yield from' inside async function"),
            ExprKind::Yield(_) if self.in_async => err(e.span, "asynchronous generators are not supported by glasspy yet"),
            _ => Ok(()),
        }
    }

    /// Every suspension point of `e`'s own scope, checked in source order.
    fn check_all(&self, e: &Expr) -> LResult<()> {
        if is_yield(e) {
            self.check_suspension(e)?;
        }
        let mut r = Ok(());
        children(e, &mut |c| {
            if r.is_ok() {
                r = self.check_all(c);
            }
        });
        r
    }

    /// An expression with a possible yield: hoisted statements go to `out`.
    fn value(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> LResult<Expr> {
        check_nested_scopes(e)?;
        if !suspends(e) {
            return Ok(e.clone());
        }
        self.check_all(e)?;
        self.lift(e, out)
    }

    /// A yield-free copy of `e`: each yield becomes a hidden local assigned
    /// before, with the operands evaluated before it.
    fn lift(&mut self, e: &Expr, out: &mut Vec<Stmt>) -> LResult<Expr> {
        let suspend = |this: &mut Self, kind: ExprKind, out: &mut Vec<Stmt>| {
            let t = this.temp();
            out.push(assign(e.span, &t, Expr { span: e.span, kind }));
            name(e.span, &t)
        };
        match &e.kind {
            ExprKind::Yield(v) => {
                let v = match v {
                    Some(v) => Some(Box::new(self.lift(v, out)?)),
                    None => None,
                };
                return Ok(suspend(self, ExprKind::Yield(v), out));
            }
            ExprKind::YieldFrom(v) => {
                let v = self.lift(v, out)?;
                return Ok(suspend(self, ExprKind::YieldFrom(Box::new(v)), out));
            }
            ExprKind::Await(v) => {
                let v = self.lift(v, out)?;
                return Ok(suspend(self, ExprKind::Await(Box::new(v)), out));
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
        let last = kids.iter().rposition(|c| suspends(c)).unwrap_or(0);
        match &e.kind {
            // Operands that may not run: the lifted code branches as the
            // expression would.
            ExprKind::BoolOp { op, values } if last > 0 => return self.lift_boolop(e.span, *op, values, out),
            ExprKind::IfExp { test, body, orelse } if last > 0 => return self.lift_ifexp(e.span, test, body, orelse, out),
            ExprKind::Compare { left, ops, comparators } if comparators.len() > 1 && last > 1 => return self.lift_compare(e.span, left, ops, comparators, out),
            _ => {}
        }
        let mut replaced: Vec<Expr> = Vec::with_capacity(kids.len());
        for (i, c) in kids.iter().enumerate() {
            if i < last && !is_constant(c) {
                let (v, starred) = match &c.kind {
                    // `*a` before a yield is unpacked before it, as CPython
                    // extends its argument list: into a hidden list.
                    ExprKind::Starred(inner) => {
                        let v = self.lift(inner, out)?;
                        let star = Expr { span: c.span, kind: ExprKind::Starred(Box::new(v)) };
                        (Expr { span: c.span, kind: ExprKind::List(vec![star]) }, true)
                    }
                    _ => (self.lift(c, out)?, false),
                };
                let t = self.temp();
                out.push(assign(c.span, &t, v));
                let n = name(c.span, &t);
                replaced.push(if starred { Expr { span: c.span, kind: ExprKind::Starred(Box::new(n)) } } else { n });
            } else if i == last {
                replaced.push(self.lift(c, out)?);
            } else {
                replaced.push((*c).clone());
            }
        }
        let mut r = e.clone();
        let mut it = replaced.into_iter();
        replace_children(&mut r, &mut || it.next().expect("one replacement per child"));
        Ok(r)
    }

    /// `a and b and c` with a yield after `a`: the result in a kept local,
    /// each later operand evaluated only when the one before let it.
    fn lift_boolop(&mut self, span: Span, op: BoolOp, values: &[Expr], out: &mut Vec<Stmt>) -> LResult<Expr> {
        let k = self.kept();
        let first = self.lift(&values[0], out)?;
        out.push(assign(span, &k, first));
        self.boolop_rest(span, op, &k, &values[1..], out)?;
        let t = self.temp();
        out.push(assign(span, &t, name(span, &k)));
        out.push(del(span, &k));
        Ok(name(span, &t))
    }

    fn boolop_rest(&mut self, span: Span, op: BoolOp, k: &str, rest: &[Expr], out: &mut Vec<Stmt>) -> LResult<()> {
        let Some((v, rest)) = rest.split_first() else { return Ok(()) };
        // The operand tested is released before the next one runs.
        let mut body = vec![del(span, k)];
        let v = self.lift(v, &mut body)?;
        body.push(assign(v.span, k, v));
        self.boolop_rest(span, op, k, rest, &mut body)?;
        let test = match op {
            BoolOp::And => name(span, k),
            BoolOp::Or => not(name(span, k)),
        };
        out.push(if_stmt(span, test, body, vec![]));
        Ok(())
    }

    /// `b if c else o` with a yield in an arm: an `if` statement.
    fn lift_ifexp(&mut self, span: Span, test: &Expr, body: &Expr, orelse: &Expr, out: &mut Vec<Stmt>) -> LResult<Expr> {
        let test = self.lift(test, out)?;
        let t = self.temp();
        let mut arms = [Vec::new(), Vec::new()];
        for (arm, e) in arms.iter_mut().zip([body, orelse]) {
            let v = self.lift(e, arm)?;
            arm.push(assign(e.span, &t, v));
        }
        let [b, o] = arms;
        out.push(if_stmt(span, test, b, o));
        Ok(name(span, &t))
    }

    /// `a < b < c` with a yield after `b`: each comparison in turn, the
    /// middle operand kept for the next one, stopping at the first false.
    fn lift_compare(&mut self, span: Span, left: &Expr, ops: &[CmpOp], comparators: &[Expr], out: &mut Vec<Stmt>) -> LResult<Expr> {
        let k = self.kept();
        let mut l = self.lift(left, out)?;
        if !is_constant(&l) {
            let t = self.temp();
            out.push(assign(left.span, &t, l));
            l = name(left.span, &t);
        }
        self.compare_rest(span, &k, l, ops, comparators, out)?;
        let t = self.temp();
        out.push(assign(span, &t, name(span, &k)));
        out.push(del(span, &k));
        Ok(name(span, &t))
    }

    fn compare_rest(&mut self, span: Span, k: &str, left: Expr, ops: &[CmpOp], comparators: &[Expr], out: &mut Vec<Stmt>) -> LResult<()> {
        let cmp = |l: Expr, op: CmpOp, r: Expr| Expr { span, kind: ExprKind::Compare { left: Box::new(l), ops: vec![op], comparators: vec![r] } };
        let right = self.lift(&comparators[0], out)?;
        if comparators.len() == 1 {
            out.push(assign(span, k, cmp(left, ops[0], right)));
            return Ok(());
        }
        let m = self.kept();
        out.push(assign(comparators[0].span, &m, right));
        out.push(assign(span, k, cmp(left, ops[0], name(span, &m))));
        let mut body = vec![del(span, k)];
        self.compare_rest(span, k, name(span, &m), &ops[1..], &comparators[1..], &mut body)?;
        out.push(if_stmt(span, name(span, k), body, vec![]));
        out.push(del(span, &m));
        Ok(())
    }

    /// Stores `value` (yield-free, evaluated already) into `target`, whose
    /// own sub-expressions may yield: they run after the value, in order.
    fn store_into(&mut self, span: Span, target: &Expr, value: Expr, out: &mut Vec<Stmt>) -> LResult<()> {
        if !suspends(target) {
            out.push(Stmt { span, kind: StmtKind::Assign { targets: vec![target.clone()], value } });
            return Ok(());
        }
        self.check_all(target)?;
        match &target.kind {
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                // Unpacked at once into hidden locals, then stored one by one.
                let mut temps = Vec::with_capacity(elts.len());
                let mut pattern = Vec::with_capacity(elts.len());
                for e in elts {
                    let t = self.temp();
                    let n = name(e.span, &t);
                    pattern.push(match e.kind {
                        ExprKind::Starred(_) => Expr { span: e.span, kind: ExprKind::Starred(Box::new(n)) },
                        _ => n,
                    });
                    temps.push(t);
                }
                let unpack = Expr { span: target.span, kind: ExprKind::Tuple(pattern) };
                out.push(Stmt { span, kind: StmtKind::Assign { targets: vec![unpack], value } });
                for (e, t) in elts.iter().zip(temps) {
                    let inner = match &e.kind {
                        ExprKind::Starred(x) => &**x,
                        _ => e,
                    };
                    self.store_into(span, inner, name(e.span, &t), out)?;
                }
            }
            _ => {
                let t = self.lift(target, out)?;
                out.push(Stmt { span, kind: StmtKind::Assign { targets: vec![t], value } });
            }
        }
        Ok(())
    }

    /// `value` into a hidden local unless it is a constant.
    fn hoist(&mut self, value: Expr, out: &mut Vec<Stmt>) -> Expr {
        if is_constant(&value) {
            return value;
        }
        let t = self.temp();
        let span = value.span;
        out.push(assign(span, &t, value));
        name(span, &t)
    }

    /// `while` whose test yields: the test runs at the top of the body.
    ///
    /// ```text
    ///     .yF = False                  (only with an else block)
    ///     while True:
    ///         <the test's hoisted statements>
    ///         if not test:  .yF = True; break
    ///         body
    ///     if .yF: orelse               (outside the loop, as else is)
    /// ```
    fn lift_while(&mut self, span: Span, test: &Expr, body: &[Stmt], orelse: &[Stmt], out: &mut Vec<Stmt>) -> LResult<()> {
        let mut loop_body = Vec::new();
        let t = self.value(test, &mut loop_body)?;
        let flag = if orelse.is_empty() { None } else { Some(self.temp()) };
        let mut exit = Vec::new();
        if let Some(f) = &flag {
            exit.push(assign(span, f, Expr { span, kind: ExprKind::True }));
            out.push(assign(span, f, Expr { span, kind: ExprKind::False }));
        }
        exit.push(Stmt { span, kind: StmtKind::Break });
        loop_body.push(if_stmt(test.span, not(t), exit, vec![]));
        loop_body.extend(self.block(body)?);
        out.push(Stmt { span, kind: StmtKind::While { test: Expr { span, kind: ExprKind::True }, body: loop_body, orelse: vec![] } });
        if let Some(f) = flag {
            let orelse = self.block(orelse)?;
            out.push(if_stmt(span, name(span, &f), orelse, vec![]));
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt, out: &mut Vec<Stmt>) -> LResult<()> {
        let sp = s.span;
        let kind = match &s.kind {
            StmtKind::Expr(e) => {
                check_nested_scopes(e)?;
                self.check_all(e)?;
                if is_yield(e) && !has_yield(e) {
                    StmtKind::Expr(e.clone())
                } else {
                    // `(yield x) + 1` as a statement keeps the hoisted yield.
                    StmtKind::Expr(self.value(e, out)?)
                }
            }
            StmtKind::Assign { targets, value } if targets.iter().any(suspends) => {
                // The value first, then each target's own operands.
                for t in targets {
                    check_nested_scopes(t)?;
                }
                let v = self.value(value, out)?;
                if targets.len() == 1 {
                    let v = self.hoist(v, out);
                    return self.store_into(sp, &targets[0], v, out);
                }
                let k = self.kept();
                out.push(assign(value.span, &k, v));
                for t in targets {
                    self.store_into(sp, t, name(value.span, &k), out)?;
                }
                out.push(del(sp, &k));
                return Ok(());
            }
            StmtKind::Assign { targets, value } => {
                check_nested_scopes(value)?;
                self.check_all(value)?;
                if is_yield(value) && !has_yield(value) && targets.len() == 1 {
                    StmtKind::Assign { targets: targets.clone(), value: value.clone() }
                } else if is_yield(value) {
                    // Several targets: the sent value goes through one hidden local.
                    let v = self.lift(value, out)?;
                    StmtKind::Assign { targets: targets.clone(), value: v }
                } else {
                    let v = self.value(value, out)?;
                    StmtKind::Assign { targets: targets.clone(), value: v }
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let t = self.value(target, out)?;
                let v = self.value(value, out)?;
                StmtKind::AugAssign { target: t, op: *op, value: v }
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                self.no_yield(target)?;
                self.no_yield(annotation)?;
                match value {
                    Some(v) if self.in_function && suspends(v) => {
                        self.check_all(v)?;
                        let v = if is_yield(v) && !has_yield(v) { v.clone() } else { self.value(v, out)? };
                        StmtKind::Assign { targets: vec![target.clone()], value: v }
                    }
                    Some(v) => StmtKind::AnnAssign { target: target.clone(), annotation: annotation.clone(), value: Some(self.value(v, out)?) },
                    None => s.kind.clone(),
                }
            }
            StmtKind::Delete(ts) => {
                // Deleted left to right, each target's operands evaluated
                // just before its deletion.
                let mut flat = Vec::new();
                flatten_targets(ts, &mut flat);
                if !flat.iter().any(|t| suspends(t)) {
                    s.kind.clone()
                } else {
                    let (last, rest) = flat.split_last().unwrap();
                    for t in rest {
                        let t = self.value(t, out)?;
                        out.push(Stmt { span: sp, kind: StmtKind::Delete(vec![t]) });
                    }
                    StmtKind::Delete(vec![self.value(last, out)?])
                }
            }
            StmtKind::Return(Some(v)) => StmtKind::Return(Some(self.value(v, out)?)),
            StmtKind::If { test, body, orelse } => {
                let t = self.value(test, out)?;
                StmtKind::If { test: t, body: self.block(body)?, orelse: self.block(orelse)? }
            }
            StmtKind::While { test, body, orelse } if suspends(test) => {
                check_nested_scopes(test)?;
                return self.lift_while(sp, test, body, orelse, out);
            }
            StmtKind::While { test, body, orelse } => {
                self.no_yield(test)?;
                StmtKind::While { test: test.clone(), body: self.block(body)?, orelse: self.block(orelse)? }
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async && !self.in_async {
                    return err(sp, "'async for' outside async function");
                }
                self.no_yield(target)?;
                let i = self.value(iter, out)?;
                StmtKind::For { target: target.clone(), iter: i, body: self.block(body)?, orelse: self.block(orelse)?, is_async: *is_async }
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async && !self.in_async {
                    return err(sp, "'async with' outside async function");
                }
                if let Some(i) = items.iter().skip(1).position(|(c, _)| suspends(c)) {
                    // `with a, b:` is `with a: with b:`; the inner item's
                    // operands are evaluated inside the outer one.
                    let i = i + 1;
                    let inner = Stmt { span: sp, kind: StmtKind::With { items: items[i..].to_vec(), body: body.clone(), is_async: *is_async } };
                    let outer = Stmt { span: sp, kind: StmtKind::With { items: items[..i].to_vec(), body: vec![inner], is_async: *is_async } };
                    return self.stmt(&outer, out);
                }
                let mut new_items = Vec::with_capacity(items.len());
                for (i, (ctx, t)) in items.iter().enumerate() {
                    if let Some(t) = t {
                        self.no_yield(t)?;
                    }
                    let c = if i == 0 { self.value(ctx, out)? } else { ctx.clone() };
                    new_items.push((c, t.clone()));
                }
                StmtKind::With { items: new_items, body: self.block(body)?, is_async: *is_async }
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
                let mut exc = match exc {
                    Some(e) => Some(self.value(e, out)?),
                    None => None,
                };
                let cause = match cause {
                    Some(c) if suspends(c) => {
                        // the exception is evaluated before the cause
                        exc = exc.map(|e| self.hoist(e, out));
                        Some(self.value(c, out)?)
                    }
                    other => {
                        if let Some(c) = other {
                            check_nested_scopes(c)?;
                        }
                        other.clone()
                    }
                };
                StmtKind::Raise { exc, cause }
            }
            StmtKind::Assert { test, msg } => {
                let t = self.value(test, out)?;
                match msg {
                    Some(m) if suspends(m) => {
                        // The message is evaluated only when the test fails.
                        let mut fail = Vec::new();
                        let m = self.value(m, &mut fail)?;
                        fail.push(Stmt { span: sp, kind: StmtKind::Assert { test: Expr { span: test.span, kind: ExprKind::False }, msg: Some(m) } });
                        StmtKind::If { test: not(t), body: fail, orelse: vec![] }
                    }
                    _ => {
                        if let Some(m) = msg {
                            check_nested_scopes(m)?;
                        }
                        StmtKind::Assert { test: t, msg: msg.clone() }
                    }
                }
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
                let saved = (self.in_function, self.in_async, self.temps);
                self.in_function = true;
                self.in_async = f.is_async;
                self.temps = 0;
                let body = self.block(&f.body);
                (self.in_function, self.in_async, self.temps) = saved;
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: f.name.clone(),
                    params: f.params.clone(),
                    body: body?,
                    decorators: f.decorators.clone(),
                    header: f.header,
                    is_async: f.is_async,
                }))
            }
            StmtKind::ClassDef(c) => {
                for x in c.bases.iter().chain(c.decorators.iter()).chain(c.keywords.iter().map(|k| &k.value)) {
                    self.no_yield(x)?;
                }
                let saved = (self.in_function, self.in_async);
                (self.in_function, self.in_async) = (false, false);
                let body = self.block(&c.body);
                (self.in_function, self.in_async) = saved;
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
        if suspends(e) {
            self.check_all(e)?;
            let y = first_yield(e);
            let word = if matches!(y.kind, ExprKind::Await(_)) { "await" } else { "yield" };
            return err(y.span, &format!("'{}' in this position is not supported by glasspy yet", word));
        }
        Ok(())
    }
}

/// `del a, (b, c)` deletes a, b, c in turn.
fn flatten_targets(ts: &[Expr], out: &mut Vec<Expr>) {
    for t in ts {
        match &t.kind {
            ExprKind::Tuple(v) | ExprKind::List(v) => flatten_targets(v, out),
            _ => out.push(t.clone()),
        }
    }
}

/// The first suspension point of `e`'s own scope (or `e`).
fn first_yield(e: &Expr) -> &Expr {
    if is_yield(e) {
        return e;
    }
    let mut found = None;
    children(e, &mut |c| {
        if found.is_none() && suspends(c) {
            found = Some(first_yield(c));
        }
    });
    found.unwrap_or(e)
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
        ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => **v = next(),
        _ => {}
    }
}
