//! The symbol table pass: which names each scope binds, and whether each
//! name it uses is local, a cell (captured by an inner function), free (read
//! from an enclosing function) or global. Runs before code generation, as
//! CPython's symtable.c does.

use hashbrown::{HashMap, HashSet};

use crate::syntax::ast::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub bound: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    pub used: HashSet<String>,
    pub children: Vec<usize>,
    /// Computed: names this scope makes cells for (sorted, as CPython orders cellvars).
    pub cells: Vec<String>,
    /// Computed: names this scope reads from enclosing scopes (sorted).
    pub frees: Vec<String>,
    /// Span of the first `nonlocal`/`global` problem, for errors.
    pub decl_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            bound: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            used: HashSet::new(),
            children: Vec::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            decl_spans: HashMap::new(),
        }
    }
}

/// How a name is accessed in a given scope.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    /// A fast local slot (function scopes only).
    Local,
    /// A cell made by this scope (index into cells).
    Cell(usize),
    /// A free variable (index into frees).
    Free(usize),
    /// Module globals (then builtins for loads).
    Global,
    /// The class namespace (class bodies), falling back to globals/builtins.
    Name,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope of each function/lambda/class/comprehension node, keyed by the node's address.
    pub by_node: HashMap<usize, usize>,
    /// Module-level names go through the frame's namespace (CPython's
    /// LOAD_NAME/STORE_NAME), as code made by `exec`/`eval`/`compile` needs
    /// when it runs with a locals mapping apart from its globals.
    pub module_names: bool,
}

pub struct SymError {
    pub msg: String,
    pub span: Span,
}

impl SymbolTable {
    pub fn build(body: &[Stmt]) -> Result<SymbolTable, SymError> {
        let mut b = Builder { table: SymbolTable { scopes: vec![Scope::new(ScopeKind::Module)], by_node: HashMap::new(), module_names: false }, cur: 0 };
        for s in body {
            b.stmt(s)?;
        }
        let mut t = b.table;
        t.analyze(0, &HashSet::new())?;
        Ok(t)
    }

    pub fn access(&self, scope: usize, name: &str) -> Access {
        let s = &self.scopes[scope];
        if s.globals.contains(name) {
            return Access::Global;
        }
        if let Some(i) = s.cells.iter().position(|n| n == name) {
            return Access::Cell(i);
        }
        if let Some(i) = s.frees.iter().position(|n| n == name) {
            if s.kind == ScopeKind::Class && s.bound.contains(name) && !s.nonlocals.contains(name) {
                return Access::Name;
            }
            return Access::Free(i);
        }
        match s.kind {
            ScopeKind::Module if self.module_names => Access::Name,
            ScopeKind::Module => Access::Global,
            ScopeKind::Class => Access::Name,
            ScopeKind::Function => {
                if s.bound.contains(name) {
                    Access::Local
                } else {
                    Access::Global
                }
            }
        }
    }

    /// Top-down: `visible` are names bound in enclosing function scopes.
    /// Returns this scope's free names.
    fn analyze(&mut self, id: usize, visible: &HashSet<String>) -> Result<HashSet<String>, SymError> {
        let kind = self.scopes[id].kind;
        for n in self.scopes[id].nonlocals.clone() {
            if kind == ScopeKind::Module {
                let span = self.scopes[id].decl_spans.get(&n).copied().unwrap_or_default();
                return Err(SymError { msg: "nonlocal declaration not allowed at module level".into(), span });
            }
            if !visible.contains(&n) {
                let span = self.scopes[id].decl_spans.get(&n).copied().unwrap_or_default();
                return Err(SymError { msg: format!("no binding for nonlocal '{}' found", n), span });
            }
        }
        let mut child_visible = visible.clone();
        if kind == ScopeKind::Function {
            for n in &self.scopes[id].bound {
                if !self.scopes[id].globals.contains(n) {
                    child_visible.insert(n.clone());
                }
            }
        }
        if kind == ScopeKind::Class {
            child_visible.insert("__class__".into());
        }
        if kind == ScopeKind::Module {
            child_visible.clear();
        }
        let mut frees: HashSet<String> = HashSet::new();
        // Names used here that an enclosing function binds.
        let s = &self.scopes[id];
        if kind != ScopeKind::Module {
            for n in s.used.iter().chain(s.nonlocals.iter()) {
                let local = s.bound.contains(n) && !s.nonlocals.contains(n);
                if s.globals.contains(n) || (local && kind == ScopeKind::Function) {
                    continue;
                }
                if visible.contains(n) && (kind == ScopeKind::Function || !local || s.nonlocals.contains(n)) {
                    frees.insert(n.clone());
                }
            }
        }
        let mut cells: HashSet<String> = HashSet::new();
        for c in self.scopes[id].children.clone() {
            let child_frees = self.analyze(c, &child_visible)?;
            for n in child_frees {
                let s = &self.scopes[id];
                let binds_here = match kind {
                    ScopeKind::Function => s.bound.contains(&n) && !s.nonlocals.contains(&n) && !s.globals.contains(&n),
                    ScopeKind::Class => n == "__class__",
                    ScopeKind::Module => false,
                };
                if binds_here {
                    cells.insert(n);
                } else if kind != ScopeKind::Module {
                    frees.insert(n);
                }
            }
        }
        let mut cells: Vec<String> = cells.into_iter().collect();
        cells.sort();
        let mut fv: Vec<String> = frees.iter().cloned().collect();
        fv.sort();
        self.scopes[id].cells = cells;
        self.scopes[id].frees = fv;
        Ok(frees)
    }
}

struct Builder {
    table: SymbolTable,
    cur: usize,
}

fn node_key<T>(n: &T) -> usize {
    n as *const T as usize
}

impl Builder {
    fn enter(&mut self, kind: ScopeKind, key: usize) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind));
        self.table.scopes[self.cur].children.push(id);
        self.table.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind(&mut self, name: &str) {
        self.table.scopes[self.cur].bound.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str) {
        self.table.scopes[self.cur].used.insert(name.to_string());
    }

    fn declare(&mut self, name: &str, span: Span, global: bool) -> Result<(), SymError> {
        let s = &mut self.table.scopes[self.cur];
        let what = if global { "global" } else { "nonlocal" };
        if s.used.contains(name) && !s.globals.contains(name) && !s.nonlocals.contains(name) {
            let used_or_assigned = if s.bound.contains(name) { "assigned to" } else { "used" };
            return Err(SymError { msg: format!("name '{}' is {} prior to {} declaration", name, used_or_assigned, what), span });
        }
        if s.bound.contains(name) && !s.globals.contains(name) && !s.nonlocals.contains(name) {
            return Err(SymError { msg: format!("name '{}' is assigned to before {} declaration", name, what), span });
        }
        s.decl_spans.entry(name.to_string()).or_insert(span);
        if global {
            s.globals.insert(name.to_string());
        } else {
            s.nonlocals.insert(name.to_string());
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params_defaults(&mut self, p: &Params) -> Result<(), SymError> {
        for a in p.args.iter().chain(p.kwonly.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in p.args.iter().chain(p.kwonly.iter()).chain(p.vararg.iter()).chain(p.kwarg.iter()) {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn bind_params(&mut self, p: &Params) {
        for a in p.args.iter().chain(p.kwonly.iter()).chain(p.vararg.iter()).chain(p.kwarg.iter()) {
            self.bind(&a.name);
        }
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.expr(annotation)?;
                self.target(target)
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::With { items, body, .. } => {
                for (ctx, target) in items {
                    self.expr(ctx)?;
                    if let Some(t) = target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.params_defaults(&f.params)?;
                self.bind(&f.name);
                let prev = self.enter(ScopeKind::Function, node_key(&**f));
                self.bind_params(&f.params);
                self.stmts(&f.body)?;
                self.cur = prev;
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let prev = self.enter(ScopeKind::Class, node_key(&**c));
                self.stmts(&c.body)?;
                self.cur = prev;
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                        self.use_name(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(n, s.span, true)?;
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.declare(n, s.span, false)?;
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        self.bind(a.asname.as_ref().unwrap_or(&a.name));
                    }
                }
                Ok(())
            }
        }
    }

    fn target(&mut self, t: &Expr) -> Result<(), SymError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(&mut self, key: usize, generators: &[Comprehension], elts: &[&Expr]) -> Result<(), SymError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = generators.first() {
            self.expr(&g.iter)?;
        }
        let prev = self.enter(ScopeKind::Function, key);
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" {
                    self.use_name("__class__");
                }
                Ok(())
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imaginary(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => Ok(()),
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                args.iter().try_for_each(|v| self.expr(v))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => items.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(node_key(e), generators, &[elt])
            }
            ExprKind::DictComp { key, value, generators } => self.comprehension(node_key(e), generators, &[key, value]),
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params)?;
                let prev = self.enter(ScopeKind::Function, node_key(e));
                self.bind_params(params);
                self.expr(body)?;
                self.cur = prev;
                Ok(())
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                // PEP 572: in a comprehension, the target binds in the enclosing function.
                self.target(target)
            }
            ExprKind::Yield(v) => match v {
                Some(v) => self.expr(v),
                None => Ok(()),
            },
            ExprKind::YieldFrom(v) | ExprKind::Await(v) => self.expr(v),
        }
    }

    fn fparts(&mut self, parts: &[FStringPart]) -> Result<(), SymError> {
        for p in parts {
            if let FStringPart::Expr { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }
}

pub fn scope_key<T>(n: &T) -> usize {
    node_key(n)
}
