//! The LALRPOP-generated parser plus error conversion, f-string parsing and
//! the helpers the grammar actions call (module `h`).

use lalrpop_util::ParseError;

use super::lexer::{LexError, Lexer, Tok};
use super::{make_error, SyntaxError, SyntaxErrorKind};
use super::ast::*;

#[allow(clippy::all, unused, non_snake_case, non_camel_case_types, unused_parens, dead_code)]
mod python {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

/// Maximum nesting depth of expressions in the AST: CPython's compiler,
/// compiling a script or a `-c` string, takes `x = 1+1+...` of 2,999 terms
/// and raises RecursionError "maximum recursion depth exceeded during
/// compilation" for one more (its limit is 3 × the recursion limit, less
/// 3 for each Python frame active while it compiles: none here).
pub const MAX_EXPR_DEPTH: usize = 2999;

/// A parse failure with the extra information `entry_status` needs.
#[derive(Debug, Clone)]
pub(crate) struct ParseFailure {
    pub err: SyntaxError,
    /// Caused by the end of input (more input could fix it).
    pub eof: bool,
    /// "'(' was never closed".
    pub unclosed: bool,
}

type PE = ParseError<usize, Tok, LexError>;

/// Parse a module; big inputs are parsed on a thread with a large stack so that
/// dropping deeply nested (rejected) trees cannot overflow the caller's stack.
pub(crate) fn parse_module_ext(src: &str) -> Result<Vec<Stmt>, ParseFailure> {
    parse_ext(src, false)
}

/// Parse an entry typed at the interactive prompt. As CPython's interactive
/// tokenizer, an error inside an unclosed bracket is reported as the parser
/// found it, not as "'(' was never closed" (the input has not ended).
pub(crate) fn parse_prompt_ext(src: &str) -> Result<Vec<Stmt>, ParseFailure> {
    parse_ext(src, true)
}

fn parse_ext(src: &str, prompt: bool) -> Result<Vec<Stmt>, ParseFailure> {
    if src.len() < 1024 {
        return parse_with(src, prompt);
    }
    std::thread::scope(|s| {
        // No thread (an address-space limit): parse here, on the caller's stack.
        let Ok(h) = std::thread::Builder::new().stack_size(512 << 20).spawn_scoped(s, || parse_with(src, prompt)) else {
            return parse_with(src, prompt);
        };
        match h.join() {
            Ok(r) => r,
            Err(p) => std::panic::resume_unwind(p),
        }
    })
}

pub(crate) fn parse_module_inner(src: &str) -> Result<Vec<Stmt>, ParseFailure> {
    parse_with(src, false)
}

fn parse_with(src: &str, prompt: bool) -> Result<Vec<Stmt>, ParseFailure> {
    let mut lexer = Lexer::new(src);
    lexer.prompt = prompt;
    let res = python::TopParser::new().parse(src, &mut lexer);
    match res {
        Ok(stmts) => {
            if let Some((start, end)) = too_deep_stmts(&stmts, 0) {
                return Err(ParseFailure {
                    err: make_error(
                        src,
                        SyntaxErrorKind::RecursionError,
                        "maximum recursion depth exceeded during compilation".into(),
                        start,
                        end,
                    ),
                    eof: false,
                    unclosed: false,
                });
            }
            Ok(stmts)
        }
        Err(e) => Err(convert_error(src, e, &mut lexer)),
    }
}

/// Parse `src[start..end]` as a parenthesised expression (an f-string field).
pub(crate) fn parse_expr_at(src: &str, start: usize, end: usize) -> Result<Expr, ParseFailure> {
    let mut lexer = Lexer::new_expr(src, start, end);
    match python::TopParser::new().parse(src, &mut lexer) {
        Ok(mut v) => match v.pop().map(|s| s.kind) {
            Some(StmtKind::Expr(e)) => Ok(e),
            _ => unreachable!("expression start symbol yields one expression"),
        },
        Err(e) => {
            let mut f = convert_error(src, e, &mut lexer);
            if !f.err.msg.starts_with("f-string") {
                f.err.msg = format!("f-string: {}", f.err.msg);
            }
            Err(f)
        }
    }
}

fn failure(e: LexError) -> ParseFailure {
    ParseFailure { unclosed: e.unclosed_at.is_some(), eof: e.eof, err: e.err }
}

fn starts_expr(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Lambda
            | Tok::Not
            | Tok::Tilde
    )
}

fn ends_expr(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
    )
}

fn is_header_kw(t: &Tok) -> bool {
    matches!(
        t,
        Tok::If | Tok::Elif | Tok::Else | Tok::While | Tok::For | Tok::Try | Tok::Except | Tok::Finally | Tok::Def
            | Tok::Class | Tok::With | Tok::Async
    )
}

/// Turn a LALRPOP error into a CPython-style syntax error.
fn convert_error(src: &str, e: PE, lexer: &mut Lexer) -> ParseFailure {
    let syn = |msg: &str, s: usize, e: usize| make_error(src, SyntaxErrorKind::SyntaxError, msg.to_string(), s, e);
    let content_end = src.trim_end().len();
    let (err, pos, eof) = match e {
        ParseError::User { error } => {
            if !error.from_parser {
                // tokenizer error: reported as is
                return failure(error);
            }
            let pos = error.pos;
            (error.err, pos, false)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let has = |s: &str| expected.iter().any(|x| x == s);
            let msg = if has("\"except\"") && has("\"finally\"") && !has("\"if\"") {
                "expected 'except' or 'finally' block"
            } else {
                "invalid syntax"
            };
            (syn(msg, location, location), location, true)
        }
        ParseError::InvalidToken { location } => (syn("invalid syntax", location, location + 1), location, false),
        ParseError::ExtraToken { token: (l, _, r) } => (syn("invalid syntax", l, r), l, false),
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            // At the end of the input, more lines could still fix it; but a
            // NEWLINE outside brackets ends the statement (`1 +` is an error
            // at once, as in CPython's interactive mode).
            let eof = l >= content_end && !matches!(tok, Tok::Newline);
            let hist: Vec<&(usize, Tok, usize)> = lexer.history.iter().collect();
            let prev = if hist.len() >= 2 { Some(hist[hist.len() - 2]) } else { None };
            let has = |s: &str| expected.iter().any(|x| x == s);
            match &tok {
                Tok::Dedent if has("\"except\"") && has("\"finally\"") => {
                    let err = syn("expected 'except' or 'finally' block", l, l);
                    return drain(src, lexer, err, l, eof);
                }
                Tok::Indent => {
                    let p = if r > l { r - 1 } else { r };
                    let err = make_error(src, SyntaxErrorKind::IndentationError, "unexpected indent".into(), p, p);
                    return ParseFailure { err, eof, unclosed: false };
                }
                Tok::Dedent => {
                    let err = make_error(src, SyntaxErrorKind::IndentationError, "unexpected unindent".into(), l, l);
                    return ParseFailure { err, eof, unclosed: false };
                }
                _ => {}
            }
            if let (Some((pl, Tok::Name(_), pr)), true) = (prev, starts_expr(&tok)) {
                let n = &src[*pl..*pr];
                if (n == "print" || n == "exec") && !matches!(tok, Tok::LPar) {
                    let pl = *pl;
                    let msg = format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", n, n);
                    let stmt_end = statement_end(lexer, r);
                    let err = syn(&msg, pl, stmt_end);
                    return drain(src, lexer, err, pl, eof);
                }
            }
            if matches!(tok, Tok::Newline) && has("\":\"") {
                if let Some(first) = &lexer.last_line_first {
                    if is_header_kw(first) {
                        let err = syn("expected ':'", l, l);
                        return drain(src, lexer, err, l, eof);
                    }
                }
            }
            if has("\"except\"") && has("\"finally\"") && !has("\"if\"") {
                (syn("expected 'except' or 'finally' block", l, r), l, eof)
            } else if has("\"else\"") && !has("\"if\"") && !has("\"elif\"") && !has("\"except\"") {
                (syn("expected 'else' after 'if' expression", l, r.max(l + 1)), l, eof)
            } else if let (Some((pl, ptok, _)), true) = (prev, starts_expr(&tok)) {
                if ends_expr(ptok) && lexer.bracket_depth() > 0 && !matches!(tok, Tok::LPar | Tok::LSqb)
                    && !(matches!(ptok, Tok::Name(_)) && matches!(tok, Tok::Str(_)))
                {
                    (syn("invalid syntax. Perhaps you forgot a comma?", *pl, r), l, eof)
                } else {
                    (syn("invalid syntax", l, r.max(l + 1)), l, eof)
                }
            } else if let Some((err, at)) = matches!(tok, Tok::Equal).then(|| assignment_in_expression(src, l)).flatten() {
                (err, at, eof)
            } else {
                (syn("invalid syntax", l, r.max(l + 1)), l, eof)
            }
        }
    };
    drain(src, lexer, err, pos, eof)
}

/// Where an expression may be a named expression (`if y = 2:`, `(1, y = 2)`,
/// `a[y = 2]`): the element being parsed when the parser stopped at `=`.
#[derive(Clone, Copy)]
struct Element {
    /// Byte offset of the element's first token; None where only a plain
    /// expression is allowed (a dict value, a comprehension's clauses).
    start: Option<usize>,
    /// The element is a call's argument (`f(a.b = 1)`).
    call_arg: bool,
}

/// CPython's `invalid_named_expression` and `invalid_kwarg` rules: an `=`
/// where a named expression or a call argument was being parsed, reported
/// as "Maybe you meant '==' ..." instead of "invalid syntax". `eq` is the
/// offset of the `=` the parser stopped at; None leaves the generic error.
fn assignment_in_expression(src: &str, eq: usize) -> Option<(SyntaxError, usize)> {
    let ends_operand = |t: &Tok| ends_expr(t) && !matches!(t, Tok::True | Tok::False | Tok::None | Tok::Ellipsis) || matches!(t, Tok::True | Tok::False | Tok::None);
    let mut frames: Vec<Element> = Vec::new();
    let mut line = Element { start: None, call_arg: false };
    let mut at_line_start = true;
    let mut prev: Option<Tok> = None;
    let mut lexer = Lexer::tokens(src);
    let mut toks = lexer.by_ref().map_while(Result::ok);
    let mut next_starts = false;
    for (l, t, _) in toks.by_ref() {
        if l >= eq {
            break;
        }
        let top = frames.is_empty();
        if next_starts {
            innermost(&mut frames, &mut line).start = Some(l);
            next_starts = false;
        }
        match &t {
            Tok::Newline | Tok::Indent | Tok::Dedent if top => {
                line.start = None;
                at_line_start = true;
                prev = Some(t);
                continue;
            }
            Tok::If | Tok::Elif | Tok::While if top && at_line_start => next_starts = true,
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                let call_arg = matches!(t, Tok::LPar) && prev.as_ref().map_or(false, ends_operand);
                frames.push(Element { start: None, call_arg });
                next_starts = true;
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                frames.pop();
            }
            Tok::Comma if !top => next_starts = true,
            Tok::Colon | Tok::For | Tok::If | Tok::Lambda | Tok::Semi => innermost(&mut frames, &mut line).start = None,
            _ => {}
        }
        at_line_start = false;
        prev = Some(t);
    }
    let here = frames.last().copied().unwrap_or(line);
    let start = here.start?;
    let target = parse_expr_at(src, start, eq).ok()?;
    // The right-hand side: a `bitwise_or`, not followed by another `=`.
    let mut depth = 0usize;
    let mut rhs_end = None;
    let mut first = None;
    for (l, t, r) in toks {
        if depth == 0 {
            let continues = starts_expr(&t) && !matches!(t, Tok::Not | Tok::Lambda) || matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
                || matches!(t, Tok::Plus | Tok::Minus | Tok::Star | Tok::Slash | Tok::DoubleSlash | Tok::Percent | Tok::DoubleStar
                    | Tok::At | Tok::LeftShift | Tok::RightShift | Tok::Amper | Tok::Vbar | Tok::Circumflex | Tok::Dot | Tok::Await);
            if matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace) || !continues {
                if matches!(t, Tok::Equal | Tok::ColonEqual) {
                    // CPython points at the first token after the first `=`
                    let (l, r) = first.unwrap_or((l, r));
                    return Some((make_error(src, SyntaxErrorKind::SyntaxError, "invalid syntax".into(), l, r), l));
                }
                break;
            }
        }
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        rhs_end = Some(r);
        first = first.or(Some((l, r)));
    }
    let rhs_end = rhs_end?;
    let (ts, te) = (target.span.start as usize, target.span.end as usize);
    let msg = match &target.kind {
        ExprKind::Name(_) if here.call_arg => return None,
        _ if here.call_arg => {
            // CPython's invalid_kwarg: the caret runs to the `=`
            let msg = "expression cannot contain assignment, perhaps you meant \"==\"?".to_string();
            return Some((make_error(src, SyntaxErrorKind::SyntaxError, msg, ts, eq + 1), ts));
        }
        ExprKind::Name(_) => "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string(),
        ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. } | ExprKind::True | ExprKind::False
        | ExprKind::None | ExprKind::Compare { .. } | ExprKind::BoolOp { .. } | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
        | ExprKind::IfExp { .. } | ExprKind::Lambda { .. } | ExprKind::NamedExpr { .. } | ExprKind::Starred(_)
        | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => return None,
        _ => {
            let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", h::expr_name(&target));
            return Some((make_error(src, SyntaxErrorKind::SyntaxError, msg, ts, te), ts));
        }
    };
    Some((make_error(src, SyntaxErrorKind::SyntaxError, msg, ts, rhs_end), ts))
}

fn innermost<'a>(frames: &'a mut [Element], line: &'a mut Element) -> &'a mut Element {
    match frames.last_mut() {
        Some(f) => f,
        None => line,
    }
}

/// End offset of the last token of the logical line containing the current position.
fn statement_end(lexer: &mut Lexer, mut end: usize) -> usize {
    let mut probe = lexer.clone_for_probe();
    while let Some(Ok((_, t, r))) = probe.next() {
        match t {
            Tok::Newline | Tok::Dedent | Tok::Indent => break,
            _ => end = r,
        }
    }
    end
}

/// CPython tokenizes the rest of the input after a parser error; tokenizer
/// errors found there (and unclosed brackets) take priority.
fn drain(src: &str, lexer: &mut Lexer, err: SyntaxError, pos: usize, eof: bool) -> ParseFailure {
    let line_of = |at: usize| src.as_bytes()[..at.min(src.len())].iter().filter(|&&b| b == b'\n').count();
    for item in lexer.by_ref() {
        if let Err(le) = item {
            if let Some(p) = le.unclosed_at {
                if lexer.prompt && !eof {
                    break;
                }
                // CPython's tokenize_full_source_to_check_for_errors: the
                // bracket wins only over an error on a later line
                // (`def h(:` is "invalid syntax" at the colon).
                if line_of(p) < line_of(pos) {
                    // Reported as CPython does, but more input helps only
                    // if the parser itself stopped at the end (`def h(:` is
                    // an error at once).
                    let mut f = failure(le);
                    f.eof = f.eof && eof;
                    return f;
                }
            } else if le.raising {
                return failure(le);
            }
            break;
        }
    }
    ParseFailure { err, eof, unclosed: false }
}

/// Returns the span of an expression nested deeper than MAX_EXPR_DEPTH, if any.
fn too_deep_stmts(stmts: &[Stmt], depth: usize) -> Option<(usize, usize)> {
    for s in stmts {
        if let Some(x) = too_deep_stmt(s, depth) {
            return Some(x);
        }
    }
    None
}

fn too_deep_stmt(s: &Stmt, depth: usize) -> Option<(usize, usize)> {
    let d = depth + 1;
    let ex = |e: &Expr| too_deep(e, d);
    let opt = |e: &Option<Expr>| e.as_ref().and_then(|e| too_deep(e, d));
    let params = |p: &Params| too_deep_params(p, d);
    match &s.kind {
        StmtKind::Expr(e) => ex(e),
        StmtKind::Assign { targets, value } => targets.iter().find_map(ex).or_else(|| ex(value)),
        StmtKind::AugAssign { target, value, .. } => ex(target).or_else(|| ex(value)),
        StmtKind::AnnAssign { target, annotation, value } => ex(target).or_else(|| ex(annotation)).or_else(|| opt(value)),
        StmtKind::Delete(v) => v.iter().find_map(ex),
        StmtKind::Return(e) => opt(e),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            ex(test).or_else(|| too_deep_stmts(body, d)).or_else(|| too_deep_stmts(orelse, d))
        }
        StmtKind::With { items, body, .. } => items
            .iter()
            .find_map(|(c, t)| ex(c).or_else(|| opt(t)))
            .or_else(|| too_deep_stmts(body, d)),
        StmtKind::For { target, iter, body, orelse, .. } => ex(target)
            .or_else(|| ex(iter))
            .or_else(|| too_deep_stmts(body, d))
            .or_else(|| too_deep_stmts(orelse, d)),
        StmtKind::FunctionDef(f) => f
            .decorators
            .iter()
            .find_map(ex)
            .or_else(|| params(&f.params))
            .or_else(|| too_deep_stmts(&f.body, d)),
        StmtKind::ClassDef(c) => c
            .decorators
            .iter()
            .find_map(ex)
            .or_else(|| c.bases.iter().find_map(ex))
            .or_else(|| c.keywords.iter().find_map(|k| ex(&k.value)))
            .or_else(|| too_deep_stmts(&c.body, d)),
        StmtKind::Try { body, handlers, orelse, finalbody } => too_deep_stmts(body, d)
            .or_else(|| handlers.iter().find_map(|h| h.typ.as_ref().and_then(ex).or_else(|| too_deep_stmts(&h.body, d))))
            .or_else(|| too_deep_stmts(orelse, d))
            .or_else(|| too_deep_stmts(finalbody, d)),
        StmtKind::Raise { exc, cause } => opt(exc).or_else(|| opt(cause)),
        StmtKind::Assert { test, msg } => ex(test).or_else(|| opt(msg)),
        _ => None,
    }
}

fn too_deep_params(p: &Params, d: usize) -> Option<(usize, usize)> {
    p.args
        .iter()
        .chain(p.kwonly.iter())
        .chain(p.vararg.iter())
        .chain(p.kwarg.iter())
        .find_map(|a| {
            a.default.as_ref().and_then(|e| too_deep(e, d)).or_else(|| a.annotation.as_ref().and_then(|e| too_deep(e, d)))
        })
}

fn too_deep(e: &Expr, depth: usize) -> Option<(usize, usize)> {
    if depth > MAX_EXPR_DEPTH {
        return Some((e.span.start as usize, e.span.end as usize));
    }
    let d = depth + 1;
    let ex = |e: &Expr| too_deep(e, d);
    let bx = |e: &Option<Box<Expr>>| e.as_ref().and_then(|e| too_deep(e, d));
    let comps = |g: &Vec<Comprehension>| {
        g.iter().find_map(|c| ex(&c.target).or_else(|| ex(&c.iter)).or_else(|| c.ifs.iter().find_map(ex)))
    };
    match &e.kind {
        ExprKind::FString(parts) => too_deep_fparts(parts, d),
        ExprKind::BinOp { left, right, .. } => ex(left).or_else(|| ex(right)),
        ExprKind::UnaryOp { operand, .. } => ex(operand),
        ExprKind::BoolOp { values, .. } => values.iter().find_map(ex),
        ExprKind::Compare { left, comparators, .. } => ex(left).or_else(|| comparators.iter().find_map(ex)),
        ExprKind::IfExp { test, body, orelse } => ex(test).or_else(|| ex(body)).or_else(|| ex(orelse)),
        ExprKind::Call { func, args, keywords } => {
            ex(func).or_else(|| args.iter().find_map(ex)).or_else(|| keywords.iter().find_map(|k| ex(&k.value)))
        }
        ExprKind::Attribute { value, .. } => ex(value),
        ExprKind::Subscript { value, index } => ex(value).or_else(|| ex(index)),
        ExprKind::Slice { lower, upper, step } => bx(lower).or_else(|| bx(upper)).or_else(|| bx(step)),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().find_map(ex),
        ExprKind::Dict(v) => v.iter().find_map(|(k, v)| k.as_ref().and_then(ex).or_else(|| ex(v))),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => ex(elt).or_else(|| comps(generators)),
        ExprKind::DictComp { key, value, generators } => ex(key).or_else(|| ex(value)).or_else(|| comps(generators)),
        ExprKind::Lambda { params, body } => too_deep_params(params, d).or_else(|| ex(body)),
        ExprKind::Starred(v) => ex(v),
        ExprKind::NamedExpr { target, value } => ex(target).or_else(|| ex(value)),
        ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => ex(v),
        _ => None,
    }
}

fn too_deep_fparts(parts: &[FStringPart], d: usize) -> Option<(usize, usize)> {
    parts.iter().find_map(|p| match p {
        FStringPart::Literal(_) => None,
        FStringPart::Expr { expr, spec, .. } => {
            too_deep(expr, d).or_else(|| spec.as_ref().and_then(|s| too_deep_fparts(s, d + 1)))
        }
    })
}

// ------------------------------------------------------------------ f-strings

/// f-string scanning errors are reported just after the string token, like CPython 3.11.
fn fs_err(src: &str, msg: &str, tok_end: usize) -> PE {
    h::user(src, msg, tok_end, tok_end)
}

/// Parse the body `src[start..end]` of an f-string literal.
/// `te` is the end offset of the whole string token (for error locations).
pub(crate) fn parse_fstring(src: &str, raw: bool, start: usize, end: usize, te: usize) -> Result<Vec<FStringPart>, PE> {
    let (parts, _) = fstring_parts(src, raw, start, end, false, 0, te)?;
    Ok(parts)
}

fn push_lit(parts: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

fn flush_seg(src: &str, raw: bool, parts: &mut Vec<FStringPart>, seg_start: usize, i: usize, te: usize) -> Result<(), PE> {
    if i > seg_start {
        let s = super::lexer::decode_str(&src[seg_start..i], raw).map_err(|m| fs_err(src, &m, te))?;
        push_lit(parts, s);
    }
    Ok(())
}

fn fstring_parts(
    src: &str,
    raw: bool,
    start: usize,
    end: usize,
    in_spec: bool,
    depth: u32,
    te: usize,
) -> Result<(Vec<FStringPart>, usize), PE> {
    let b = src.as_bytes();
    let mut parts = Vec::new();
    let mut i = start;
    let mut seg = start;
    while i < end {
        let c = b[i];
        if c == b'\\' && !raw {
            if i + 1 < end && (b[i + 1] == b'{' || b[i + 1] == b'}') {
                i += 1;
                continue;
            }
            if i + 2 < end && b[i + 1] == b'N' && b[i + 2] == b'{' {
                i += 3;
                while i < end && b[i] != b'}' {
                    i += 1;
                }
                i += 1;
                continue;
            }
            i += 1;
            if i < end {
                i += src[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
            }
            continue;
        }
        if c == b'{' {
            if !in_spec && i + 1 < end && b[i + 1] == b'{' {
                flush_seg(src, raw, &mut parts, seg, i, te)?;
                push_lit(&mut parts, "{".into());
                i += 2;
                seg = i;
                continue;
            }
            flush_seg(src, raw, &mut parts, seg, i, te)?;
            let (part, ni) = fstring_field(src, raw, i, end, depth, te)?;
            parts.push(part);
            i = ni;
            seg = i;
            continue;
        }
        if c == b'}' {
            if in_spec {
                flush_seg(src, raw, &mut parts, seg, i, te)?;
                return Ok((parts, i));
            }
            if i + 1 < end && b[i + 1] == b'}' {
                flush_seg(src, raw, &mut parts, seg, i, te)?;
                push_lit(&mut parts, "}".into());
                i += 2;
                seg = i;
                continue;
            }
            return Err(fs_err(src, "f-string: single '}' is not allowed", te));
        }
        i += 1;
    }
    if in_spec {
        return Err(fs_err(src, "f-string: expecting '}'", te));
    }
    flush_seg(src, raw, &mut parts, seg, end, te)?;
    Ok((parts, end))
}

/// Parse one replacement field starting at the `{` at `open`.
fn fstring_field(src: &str, raw: bool, open: usize, end: usize, depth: u32, te: usize) -> Result<(FStringPart, usize), PE> {
    if depth >= 2 {
        return Err(fs_err(src, "f-string: expressions nested too deeply", te));
    }
    let b = src.as_bytes();
    let expr_start = open + 1;
    let mut j = expr_start;
    let mut nest = 0usize;
    let mut quote: Option<(u8, bool)> = None;
    while j < end {
        let c = b[j];
        if let Some((q, triple)) = quote {
            if c == b'\\' {
                return Err(fs_err(src, "f-string expression part cannot include a backslash", te));
            }
            if c == q {
                if !triple {
                    quote = None;
                } else if j + 2 < end && b[j + 1] == q && b[j + 2] == q {
                    quote = None;
                    j += 2;
                }
            }
            j += 1;
            continue;
        }
        match c {
            b'\\' => return Err(fs_err(src, "f-string expression part cannot include a backslash", te)),
            b'\'' | b'"' => {
                let triple = j + 2 < end && b[j + 1] == c && b[j + 2] == c;
                quote = Some((c, triple));
                j += if triple { 3 } else { 1 };
                continue;
            }
            b'#' => return Err(fs_err(src, "f-string expression part cannot include '#'", te)),
            b'(' | b'[' | b'{' => nest += 1,
            b')' | b']' => {
                if nest == 0 {
                    return Err(fs_err(src, &format!("f-string: unmatched '{}'", c as char), te));
                }
                nest -= 1;
            }
            b'}' => {
                if nest == 0 {
                    break;
                }
                nest -= 1;
            }
            b'=' | b'!' | b'<' | b'>' if j + 1 < end && b[j + 1] == b'=' => {
                j += 2;
                continue;
            }
            b'!' | b':' | b'=' if nest == 0 => break,
            _ => {}
        }
        j += 1;
    }
    if quote.is_some() {
        return Err(fs_err(src, "f-string: unterminated string", te));
    }
    if j >= end {
        return Err(fs_err(src, "f-string: expecting '}'", te));
    }
    let expr_end = j;
    if src[expr_start..expr_end].trim().is_empty() {
        return Err(fs_err(src, "f-string: empty expression not allowed", te));
    }
    let expr = parse_expr_at(src, expr_start, expr_end).map_err(|f| ParseError::User {
        error: LexError { err: f.err, eof: false, raising: false, unclosed_at: None, from_parser: true, pos: expr_start },
    })?;
    let mut debug_text = None;
    if b[j] == b'=' {
        j += 1;
        while j < end && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
            j += 1;
        }
        debug_text = Some(src[expr_start..j].to_string());
    }
    let mut conversion = None;
    if j < end && b[j] == b'!' {
        let c = src[j + 1..end].chars().next();
        match c {
            Some(c @ ('s' | 'r' | 'a')) => {
                if !(j + 2 < end && matches!(b[j + 2], b':' | b'}')) {
                    return Err(fs_err(src, "f-string: expecting '}'", te));
                }
                conversion = Some(c);
                j += 2;
            }
            None => return Err(fs_err(src, "f-string: expecting '}'", te)),
            _ => {
                return Err(fs_err(src, "f-string: invalid conversion character: expected 's', 'r', or 'a'", te))
            }
        }
    }
    let mut spec = None;
    if j < end && b[j] == b':' {
        let (sp, nj) = fstring_parts(src, raw, j + 1, end, true, depth + 1, te)?;
        spec = Some(sp);
        j = nj;
    }
    if j >= end || b[j] != b'}' {
        return Err(fs_err(src, "f-string: expecting '}'", te));
    }
    if debug_text.is_some() && conversion.is_none() && spec.is_none() {
        conversion = Some('r');
    }
    Ok((FStringPart::Expr { expr: Box::new(expr), conversion, spec, debug_text }, j + 1))
}

// ------------------------------------------------------------------ grammar helpers

/// Helpers called from the grammar actions.
pub mod h {
    use lalrpop_util::ParseError;

    use super::super::ast::*;
    use super::super::lexer::{LexError, StrVal, Tok};
    use super::super::{make_error, SyntaxErrorKind};

    pub type PE = ParseError<usize, Tok, LexError>;

    pub fn e(l: usize, r: usize, kind: ExprKind) -> Expr {
        Expr { span: Span::new(l, r), kind }
    }

    pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
        Stmt { span: Span::new(l, r), kind }
    }

    /// A syntax error raised by a grammar action.
    pub fn user(src: &str, msg: &str, start: usize, end: usize) -> PE {
        ParseError::User {
            error: LexError {
                err: make_error(src, SyntaxErrorKind::SyntaxError, msg.to_string(), start, end),
                eof: false,
                raising: false,
                unclosed_at: None,
                from_parser: true,
                pos: start,
            },
        }
    }

    fn user_at(src: &str, msg: &str, e: &Expr) -> PE {
        user(src, msg, e.span.start as usize, e.span.end as usize)
    }

    /// End offset of a compound statement whose last parts are `body` then `orelse`.
    pub fn body_end(body: &[Stmt], orelse: &[Stmt]) -> usize {
        let a = body.last().map(|s| s.span.end).unwrap_or(0);
        let b = orelse.last().map(|s| s.span.end).unwrap_or(0);
        a.max(b) as usize
    }

    /// CPython's `_PyPegen_get_expr_name`.
    pub fn expr_name(e: &Expr) -> &'static str {
        match &e.kind {
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            ExprKind::Starred(_) => "starred",
            ExprKind::Name(_) => "name",
            ExprKind::List(_) => "list",
            ExprKind::Tuple(_) => "tuple",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::Call { .. } => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::Dict(_) => "dict literal",
            ExprKind::Set(_) => "set display",
            ExprKind::FString(_) => "f-string expression",
            ExprKind::None => "None",
            ExprKind::True => "True",
            ExprKind::False => "False",
            ExprKind::Ellipsis => "ellipsis",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Slice { .. } => "slice",
            _ => "literal",
        }
    }

    /// A bare `*x` where a value is required.
    pub fn no_star(src: &str, e: Expr) -> Result<Expr, PE> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(user_at(src, "can't use starred expression here", &e));
        }
        Ok(e)
    }

    /// A bare `*x` inside parentheses (or an f-string field).
    pub fn no_star_paren(src: &str, e: Expr) -> Result<Expr, PE> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(user_at(src, "cannot use starred expression here", &e));
        }
        Ok(e)
    }

    pub fn no_star_elt(src: &str, e: &Expr) -> Result<(), PE> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(user_at(src, "iterable unpacking cannot be used in comprehension", e));
        }
        Ok(())
    }

    /// `( ... )`: a parenthesised expression keeps its own span; a tuple gets the parens.
    pub fn paren(src: &str, l: usize, r: usize, e: Expr) -> Result<Expr, PE> {
        match e.kind {
            ExprKind::Starred(_) => Err(user_at(src, "cannot use starred expression here", &e)),
            ExprKind::Tuple(v) if Span::new(l + 1, r - 1).start <= e.span.start => Ok(self::e(l, r, ExprKind::Tuple(v))),
            _ => Ok(e),
        }
    }

    #[derive(Clone, Copy, PartialEq, Eq)]
    pub enum Ctx {
        Assign,
        For,
        Del,
    }

    pub fn check_target(src: &str, e: &Expr, ctx: Ctx) -> Result<(), PE> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(v) | ExprKind::List(v) => {
                let mut stars = 0;
                for x in v {
                    if let ExprKind::Starred(inner) = &x.kind {
                        if ctx == Ctx::Del {
                            return Err(user_at(src, "cannot delete starred", x));
                        }
                        stars += 1;
                        if stars > 1 {
                            return Err(user_at(src, "multiple starred expressions in assignment", e));
                        }
                        check_target(src, inner, ctx)?;
                    } else {
                        check_target(src, x, ctx)?;
                    }
                }
                Ok(())
            }
            ExprKind::Starred(inner) => {
                if ctx == Ctx::Del {
                    return Err(user_at(src, "cannot delete starred", e));
                }
                check_target(src, inner, ctx)?;
                Err(user_at(src, "starred assignment target must be in a list or tuple", e))
            }
            _ => {
                let verb = if ctx == Ctx::Del { "delete" } else { "assign to" };
                Err(user_at(src, &format!("cannot {} {}", verb, expr_name(e)), e))
            }
        }
    }

    pub fn assign(src: &str, l: usize, r: usize, first: Expr, mut rest: Vec<Expr>) -> Result<Stmt, PE> {
        let value = rest.pop().expect("at least one '='");
        let mut targets = vec![first];
        targets.extend(rest);
        for t in &targets {
            let simple = matches!(
                t.kind,
                ExprKind::Name(_)
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. }
                    | ExprKind::Tuple(_)
                    | ExprKind::List(_)
                    | ExprKind::Starred(_)
                    | ExprKind::True
                    | ExprKind::False
                    | ExprKind::None
                    | ExprKind::GeneratorExp { .. }
                    // not `bitwise_or` expressions in CPython's grammar:
                    | ExprKind::IfExp { .. }
                    | ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::NamedExpr { .. }
            );
            if targets.len() == 1 && !simple {
                return Err(user_at(
                    src,
                    &format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(t)),
                    t,
                ));
            }
            check_target(src, t, Ctx::Assign)?;
        }
        let value = no_star(src, value)?;
        Ok(stmt(l, r, StmtKind::Assign { targets, value }))
    }

    pub fn check_aug(src: &str, t: &Expr) -> Result<(), PE> {
        match t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            _ => Err(user_at(
                src,
                &format!("'{}' is an illegal expression for augmented assignment", expr_name(t)),
                t,
            )),
        }
    }

    pub fn check_ann(src: &str, t: &Expr) -> Result<(), PE> {
        match t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(_) => Err(user_at(src, "only single target (not tuple) can be annotated", t)),
            ExprKind::List(_) => Err(user_at(src, "only single target (not list) can be annotated", t)),
            _ => Err(user_at(src, "illegal target for annotation", t)),
        }
    }

    /// One item of a parameter list, before validation.
    pub enum ParamItem {
        // Boxed, as the parameter lists are: the parser's value stack holds
        // every nonterminal at the size of the largest.
        Normal(Box<Param>),
        /// `*` or `*args` (with the span of the item)
        Star(Option<Box<Param>>, usize, usize),
        KwStar(Box<Param>),
        Slash(usize, usize),
    }

    pub fn build_params(src: &str, _l: usize, items: Vec<ParamItem>) -> Result<Box<Params>, PE> {
        let mut p = Box::new(Params::default());
        let mut slash = false;
        let mut star = false;
        let mut bare_star: Option<(usize, usize)> = None;
        let mut kwstar = false;
        let mut seen_default = false;
        for item in items {
            let (is, ie) = match &item {
                ParamItem::Normal(x) | ParamItem::KwStar(x) => (x.span.start as usize, x.span.end as usize),
                ParamItem::Star(_, s, e) | ParamItem::Slash(s, e) => (*s, *e),
            };
            if kwstar {
                return Err(user(src, "arguments cannot follow var-keyword argument", is, ie));
            }
            match item {
                ParamItem::Slash(..) => {
                    if slash {
                        return Err(user(src, "/ may appear only once", is, ie));
                    }
                    if star {
                        return Err(user(src, "/ must be ahead of *", is, ie));
                    }
                    if p.args.is_empty() {
                        return Err(user(src, "at least one argument must precede /", is, ie));
                    }
                    slash = true;
                    p.posonly = p.args.len();
                }
                ParamItem::Normal(x) => {
                    if star {
                        p.kwonly.push(*x);
                    } else {
                        if x.default.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            return Err(user(src, "non-default argument follows default argument", is, ie));
                        }
                        p.args.push(*x);
                    }
                }
                ParamItem::Star(x, s, e) => {
                    if star {
                        return Err(user(src, "* argument may appear only once", is, ie));
                    }
                    star = true;
                    match x {
                        Some(x) => p.vararg = Some(*x),
                        None => bare_star = Some((s, e)),
                    }
                }
                ParamItem::KwStar(x) => {
                    kwstar = true;
                    p.kwarg = Some(*x);
                }
            }
        }
        if let Some((s, e)) = bare_star {
            if p.kwonly.is_empty() {
                return Err(user(src, "named arguments must follow bare *", s, e));
            }
        }
        let mut names: Vec<&Param> = Vec::new();
        for x in p.args.iter().chain(p.vararg.iter()).chain(p.kwonly.iter()).chain(p.kwarg.iter()) {
            if names.iter().any(|n| n.name == x.name) {
                return Err(user(
                    src,
                    &format!("duplicate argument '{}' in function definition", x.name),
                    x.span.start as usize,
                    x.span.end as usize,
                ));
            }
            names.push(x);
        }
        Ok(p)
    }

    /// One call argument, before validation. `Pos(e, true)` is a bare generator expression.
    pub enum Arg {
        Pos(Expr, bool),
        Star(Expr),
        Kw(Keyword),
    }

    pub fn call_args(src: &str, items: Vec<Arg>) -> Result<(Vec<Expr>, Vec<Keyword>), PE> {
        let n = items.len();
        let mut args = Vec::new();
        let mut kws: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_kwstar = false;
        for item in items {
            match item {
                Arg::Pos(e, genexp) => {
                    if genexp && n > 1 {
                        return Err(user_at(src, "Generator expression must be parenthesized", &e));
                    }
                    if seen_kwstar {
                        return Err(user_at(src, "positional argument follows keyword argument unpacking", &e));
                    }
                    if seen_kw {
                        return Err(user_at(src, "positional argument follows keyword argument", &e));
                    }
                    args.push(e);
                }
                Arg::Star(e) => {
                    if seen_kwstar {
                        return Err(user_at(src, "iterable argument unpacking follows keyword argument unpacking", &e));
                    }
                    args.push(e);
                }
                Arg::Kw(k) => {
                    match &k.name {
                        None => seen_kwstar = true,
                        Some(name) => {
                            if kws.iter().any(|o| o.name.as_deref() == Some(name.as_str())) {
                                return Err(user(
                                    src,
                                    &format!("keyword argument repeated: {}", name),
                                    k.span.start as usize,
                                    k.span.end as usize,
                                ));
                            }
                            seen_kw = true;
                        }
                    }
                    kws.push(k);
                }
            }
        }
        Ok((args, kws))
    }

    /// Adjacent string literals → one Str / Bytes / FString expression.
    pub fn strings(src: &str, l: usize, r: usize, parts: Vec<StrVal>) -> Result<Expr, PE> {
        let has_bytes = parts.iter().any(|p| matches!(p, StrVal::Bytes(_)));
        let all_bytes = parts.iter().all(|p| matches!(p, StrVal::Bytes(_)));
        if has_bytes && !all_bytes {
            return Err(user(src, "cannot mix bytes and nonbytes literals", r, r));
        }
        if all_bytes {
            let mut out = Vec::new();
            for p in parts {
                if let StrVal::Bytes(b) = p {
                    out.extend(b);
                }
            }
            return Ok(e(l, r, ExprKind::Bytes(out)));
        }
        if !parts.iter().any(|p| matches!(p, StrVal::FStr { .. })) {
            let mut s = String::new();
            for p in parts {
                if let StrVal::Str(x) = p {
                    s.push_str(&x);
                }
            }
            return Ok(e(l, r, ExprKind::Str(s)));
        }
        let mut out: Vec<FStringPart> = Vec::new();
        for p in parts {
            match p {
                StrVal::Str(s) => super::push_lit(&mut out, s),
                StrVal::FStr { raw, start, end, triple } => {
                    let te = end + if triple { 3 } else { 1 };
                    for part in super::parse_fstring(src, raw, start, end, te)? {
                        match part {
                            FStringPart::Literal(s) => super::push_lit(&mut out, s),
                            other => out.push(other),
                        }
                    }
                }
                StrVal::Bytes(_) => unreachable!(),
            }
        }
        Ok(e(l, r, ExprKind::FString(out)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{parse_module, SyntaxErrorKind};
    use super::*;

    fn p(src: &str) -> Vec<Stmt> {
        match parse_module(src) {
            Ok(v) => v,
            Err(e) => panic!("{:?} failed: {}", src, e.render("t.py")),
        }
    }

    fn pe(src: &str) -> Expr {
        let mut v = p(src);
        assert_eq!(v.len(), 1, "{:?}", src);
        match v.pop().unwrap().kind {
            StmtKind::Expr(e) => e,
            k => panic!("not an expression: {:?}", k),
        }
    }

    fn err(src: &str) -> super::super::SyntaxError {
        match parse_module(src) {
            Ok(v) => panic!("{:?} parsed: {:?}", src, v),
            Err(e) => e,
        }
    }

    fn msg(src: &str) -> String {
        err(src).msg
    }

    /// Compact s-expression rendering of expressions for tests.
    fn sx(e: &Expr) -> String {
        use ExprKind::*;
        let j = |v: &[Expr]| v.iter().map(sx).collect::<Vec<_>>().join(" ");
        match &e.kind {
            Name(n) => n.clone(),
            Int(i) => i.to_string(),
            Float(f) => format!("{:?}", f),
            Imaginary(f) => format!("{:?}j", f),
            Str(s) => format!("{:?}", s),
            Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            True => "True".into(),
            False => "False".into(),
            None => "None".into(),
            Ellipsis => "...".into(),
            BinOp { left, op, right } => format!("({:?} {} {})", op, sx(left), sx(right)),
            UnaryOp { op, operand } => format!("({:?} {})", op, sx(operand)),
            BoolOp { op, values } => format!("({:?} {})", op, j(values)),
            Compare { left, ops, comparators } => format!("(cmp {} {:?} {})", sx(left), ops, j(comparators)),
            IfExp { test, body, orelse } => format!("(if {} {} {})", sx(test), sx(body), sx(orelse)),
            Call { func, args, keywords } => {
                let kw: Vec<String> = keywords
                    .iter()
                    .map(|k| format!("{}={}", k.name.clone().unwrap_or("**".into()), sx(&k.value)))
                    .collect();
                format!("(call {} [{}] [{}])", sx(func), j(args), kw.join(" "))
            }
            Attribute { value, attr } => format!("(. {} {})", sx(value), attr),
            Subscript { value, index } => format!("([] {} {})", sx(value), sx(index)),
            Slice { lower, upper, step } => {
                let o = |x: &Option<Box<Expr>>| x.as_ref().map(|e| sx(e)).unwrap_or("_".into());
                format!("(slice {} {} {})", o(lower), o(upper), o(step))
            }
            List(v) => format!("[{}]", j(v)),
            Tuple(v) => format!("(tuple {})", j(v)),
            Set(v) => format!("{{{}}}", j(v)),
            Dict(v) => {
                let items: Vec<String> = v
                    .iter()
                    .map(|(k, v)| format!("{}:{}", k.as_ref().map(sx).unwrap_or("**".into()), sx(v)))
                    .collect();
                format!("{{dict {}}}", items.join(" "))
            }
            ListComp { elt, generators } => format!("(listcomp {} {})", sx(elt), gens(generators)),
            SetComp { elt, generators } => format!("(setcomp {} {})", sx(elt), gens(generators)),
            GeneratorExp { elt, generators } => format!("(genexp {} {})", sx(elt), gens(generators)),
            DictComp { key, value, generators } => format!("(dictcomp {} {} {})", sx(key), sx(value), gens(generators)),
            Lambda { params, body } => format!("(lambda {} {})", ps(params), sx(body)),
            Starred(v) => format!("*{}", sx(v)),
            NamedExpr { target, value } => format!("(:= {} {})", sx(target), sx(value)),
            FString(parts) => format!("(f {})", fparts(parts)),
            Yield(v) => format!("(yield {})", v.as_ref().map(|e| sx(e)).unwrap_or("_".into())),
            YieldFrom(v) => format!("(yield-from {})", sx(v)),
            Await(v) => format!("(await {})", sx(v)),
        }
    }

    fn fparts(parts: &[FStringPart]) -> String {
        parts
            .iter()
            .map(|p| match p {
                FStringPart::Literal(s) => format!("{:?}", s),
                FStringPart::Expr { expr, conversion, spec, debug_text } => format!(
                    "{{{}{}{}{}}}",
                    sx(expr),
                    conversion.map(|c| format!("!{}", c)).unwrap_or_default(),
                    spec.as_ref().map(|s| format!(":{}", fparts(s))).unwrap_or_default(),
                    debug_text.as_ref().map(|d| format!(" dbg={:?}", d)).unwrap_or_default()
                ),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn gens(g: &[Comprehension]) -> String {
        g.iter()
            .map(|c| {
                let ifs: Vec<String> = c.ifs.iter().map(sx).collect();
                format!("for {} in {}{}", sx(&c.target), sx(&c.iter), ifs.iter().map(|i| format!(" if {}", i)).collect::<String>())
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn ps(p: &Params) -> String {
        let f = |x: &Param| match &x.default {
            Some(d) => format!("{}={}", x.name, sx(d)),
            None => x.name.clone(),
        };
        let mut v: Vec<String> = p.args.iter().map(f).collect();
        if p.posonly > 0 {
            v.insert(p.posonly, "/".into());
        }
        if let Some(a) = &p.vararg {
            v.push(format!("*{}", a.name));
        } else if !p.kwonly.is_empty() {
            v.push("*".into());
        }
        v.extend(p.kwonly.iter().map(f));
        if let Some(a) = &p.kwarg {
            v.push(format!("**{}", a.name));
        }
        format!("({})", v.join(" "))
    }

    fn s(src: &str) -> String {
        sx(&pe(src))
    }

    #[test]
    fn precedence() {
        assert_eq!(s("1 + 2 * 3"), "(Add 1 (Mult 2 3))");
        assert_eq!(s("-2**2"), "(USub (Pow 2 2))");
        assert_eq!(s("2**-1"), "(Pow 2 (USub 1))");
        assert_eq!(s("2**3**2"), "(Pow 2 (Pow 3 2))");
        assert_eq!(s("a - b - c"), "(Sub (Sub a b) c)");
        assert_eq!(s("a | b ^ c & d << e + f"), "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))");
        assert_eq!(s("not a == b and c or d"), "(Or (And (Not (cmp a [Eq] b)) c) d)");
        assert_eq!(s("a < b <= c"), "(cmp a [Lt, LtE] b c)");
        assert_eq!(s("a not in b is not c in d is e"), "(cmp a [NotIn, IsNot, In, Is] b c d e)");
        assert_eq!(s("a if b else c if d else e"), "(if b a (if d c e))");
        assert_eq!(s("lambda x, y=1: x + y"), "(lambda (x y=1) (Add x y))");
        assert_eq!(s("lambda: 0"), "(lambda () 0)");
        assert_eq!(s("~a // b % c @ d"), "(MatMult (Mod (FloorDiv (Invert a) b) c) d)");
        assert_eq!(s("a or b or c"), "(Or a b c)");
        assert_eq!(s("x and (y := 3)"), "(And x (:= y 3))");
    }

    #[test]
    fn atoms_and_trailers() {
        assert_eq!(s("f(1, *a, k=2, **m)"), "(call f [1 *a] [k=2 **=m])");
        assert_eq!(s("f(x for x in y)"), "(call f [(genexp x for x in y)] [])");
        assert_eq!(s("a.b[1:2, ::3](c)"), "(call ([] (. a b) (tuple (slice 1 2 _) (slice _ _ 3))) [c] [])");
        assert_eq!(s("a[:]"), "([] a (slice _ _ _))");
        assert_eq!(s("a[1,]"), "([] a (tuple 1))");
        assert_eq!(s("()"), "(tuple )");
        assert_eq!(s("(1,)"), "(tuple 1)");
        assert_eq!(s("(1)"), "1");
        assert_eq!(s("[1, *a, 2,]"), "[1 *a 2]");
        assert_eq!(s("{}"), "{dict }");
        assert_eq!(s("{1: 2, **m, 3: 4}"), "{dict 1:2 **:m 3:4}");
        assert_eq!(s("{1, 2}"), "{1 2}");
        assert_eq!(
            s("[x * y for x in a if x for y in b if y if x]"),
            "(listcomp (Mult x y) for x in a if x for y in b if y if x)"
        );
        assert_eq!(s("{k: v for k, v in d}"), "(dictcomp k v for (tuple k v) in d)");
        assert_eq!(s("{x for x in a}"), "(setcomp x for x in a)");
        assert_eq!(s("(x for x in a)"), "(genexp x for x in a)");
        assert_eq!(s("True, False, None, ..."), "(tuple True False None ...)");
        assert_eq!(s("0x10 + 1.5 + 2j"), "(Add (Add 16 1.5) 2.0j)");
        assert_eq!(s("'a' \"b\" '''c'''"), "\"abc\"");
        assert_eq!(s("b'a' b'b'"), "b\"ab\"");
        assert_eq!(s("print(\"函数执行前引用计数:{}\".format(1))"), "(call print [(call (. \"函数执行前引用计数:{}\" format) [1] [])] [])");
    }

    #[test]
    fn fstrings() {
        assert_eq!(s("f'a{x}b'"), "(f \"a\" {x} \"b\")");
        assert_eq!(s("f'{x!r:>{w}} {{}}'"), "(f {x!r:\">\" {w}} \" {}\")");
        assert_eq!(s("f'{x=}'"), "(f {x!r dbg=\"x=\"})");
        assert_eq!(s("f'{x = :5}'"), "(f {x:\"5\" dbg=\"x = \"})");
        assert_eq!(s("'a' f'{1+2}' 'c'"), "(f \"a\" {(Add 1 2)} \"c\")");
        assert_eq!(s("f'{d[\"k\"]}\\n'"), "(f {([] d \"k\")} \"\\n\")");
        assert_eq!(s("f'{a, b}'"), "(f {(tuple a b)})");
        assert_eq!(s("f'{x:{y}.{z}f}'"), "(f {x:{y} \".\" {z} \"f\"})");
        assert_eq!(s("f'{a != b}'"), "(f {(cmp a [NotEq] b)})");
        assert_eq!(s("rf'\\d{x}'"), "(f \"\\\\d\" {x})");
        assert_eq!(s("f'{f\"{x}\"}'"), "(f {(f {x})})");
        assert_eq!(s("f''"), "(f )");
        // spans of field expressions are absolute
        let e = pe("y = 1\nf'ab{xyz}'".split('\n').nth(1).unwrap());
        if let ExprKind::FString(parts) = &e.kind {
            if let FStringPart::Expr { expr, .. } = &parts[1] {
                assert_eq!((expr.span.start, expr.span.end), (5, 8));
            } else {
                panic!()
            }
        }
        let stmts = p("x = 1\nprint(f'{x}')\n");
        if let StmtKind::Expr(Expr { kind: ExprKind::Call { args, .. }, .. }) = &stmts[1].kind {
            if let ExprKind::FString(parts) = &args[0].kind {
                if let FStringPart::Expr { expr, .. } = &parts[0] {
                    assert_eq!(expr.span, Span::new(15, 16));
                }
            }
        }
        assert_eq!(msg("f'{}'"), "f-string: empty expression not allowed");
        assert_eq!(msg("f'{ }'"), "f-string: empty expression not allowed");
        assert_eq!(msg("f'{a!x}'"), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        assert_eq!(msg("f'{a'"), "f-string: expecting '}'");
        assert_eq!(msg("f'}'"), "f-string: single '}' is not allowed");
        assert_eq!(msg("f'{a:{b:{c}}}'"), "f-string: expressions nested too deeply");
        assert_eq!(msg("f'{#}'"), "f-string expression part cannot include '#'");
        assert_eq!(msg("f'{a\\n}'"), "f-string expression part cannot include a backslash");
        assert!(msg("f'{a b}'").starts_with("f-string: invalid syntax"));
    }

    #[test]
    fn statements() {
        let v = p("a = b = 1\nx, *y = 1, 2\n[p, q] = r\na.b = c[0] = 2\nx += 1\ny: int = 3\nz: int\ndel a, b[0], c.d\n");
        match &v[0].kind {
            StmtKind::Assign { targets, value } => {
                assert_eq!(targets.iter().map(sx).collect::<Vec<_>>(), vec!["a", "b"]);
                assert_eq!(sx(value), "1");
            }
            k => panic!("{:?}", k),
        }
        match &v[1].kind {
            StmtKind::Assign { targets, value } => {
                assert_eq!(sx(&targets[0]), "(tuple x *y)");
                assert_eq!(sx(value), "(tuple 1 2)");
            }
            k => panic!("{:?}", k),
        }
        assert!(matches!(&v[4].kind, StmtKind::AugAssign { op: BinOp::Add, .. }));
        assert!(matches!(&v[5].kind, StmtKind::AnnAssign { value: Some(_), .. }));
        assert!(matches!(&v[6].kind, StmtKind::AnnAssign { value: None, .. }));
        assert!(matches!(&v[7].kind, StmtKind::Delete(t) if t.len() == 3));
        for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="] {
            p(&format!("x {} 1\n", op));
        }
        let v = p("pass; break; continue\nreturn\nreturn a, b\nraise\nraise E from e\nassert x, 'm'\nglobal a, b\nnonlocal c\n");
        assert_eq!(v.len(), 10);
        assert!(matches!(&v[4].kind, StmtKind::Return(Some(Expr { kind: ExprKind::Tuple(_), .. }))));
        assert!(matches!(&v[6].kind, StmtKind::Raise { exc: Some(_), cause: Some(_) }));
        let v = p("import a.b as c, d\nfrom a import b as c, d\nfrom . import (x, y,)\nfrom ..m.n import *\n");
        match &v[0].kind {
            StmtKind::Import(a) => {
                assert_eq!((a[0].name.as_str(), a[0].asname.as_deref()), ("a.b", Some("c")));
                assert_eq!(a[1].name, "d");
            }
            k => panic!("{:?}", k),
        }
        assert!(matches!(&v[2].kind, StmtKind::ImportFrom { module, names } if module == "." && names.len() == 2));
        assert!(matches!(&v[3].kind, StmtKind::ImportFrom { module, names } if module == "..m.n" && names[0].name == "*"));
    }

    #[test]
    fn compound_statements() {
        let src = "\
@dec
@dec2(1)
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    '''doc'''
    if a:
        return 1
    elif b:
        return 2
    elif c: pass
    else:
        return 3

class C(B, metaclass=M):
    x = 1
    def m(self): return self.x

for i, j in pairs:
    continue
else:
    pass
while x: x -= 1
else: y = 2
try:
    a
except (A, B) as e:
    b
except C:
    pass
except:
    raise
else:
    c
finally:
    d
try:
    pass
finally:
    pass
if x: y; z
";
        let v = p(src);
        assert_eq!(v.len(), 7);
        match &v[0].kind {
            StmtKind::FunctionDef(f) => {
                assert_eq!(f.name, "f");
                assert_eq!(f.decorators.len(), 2);
                assert_eq!(ps(&f.params), "(a b=1 / c=2 *args d e=3 **kw)");
                assert_eq!(f.params.posonly, 2);
                assert_eq!(f.body.len(), 2);
                // def line is line 3
                assert_eq!(super::super::line_col(src, f.header.start as usize).0, 3);
                assert_eq!(super::super::line_col(src, v[0].span.start as usize).0, 3);
                match &f.body[1].kind {
                    StmtKind::If { orelse, .. } => match &orelse[0].kind {
                        StmtKind::If { orelse, .. } => match &orelse[0].kind {
                            StmtKind::If { orelse, .. } => assert!(matches!(orelse[0].kind, StmtKind::Return(_))),
                            k => panic!("{:?}", k),
                        },
                        k => panic!("{:?}", k),
                    },
                    k => panic!("{:?}", k),
                }
            }
            k => panic!("{:?}", k),
        }
        match &v[1].kind {
            StmtKind::ClassDef(c) => {
                assert_eq!(c.bases.len(), 1);
                assert_eq!(c.keywords[0].name.as_deref(), Some("metaclass"));
                assert_eq!(c.body.len(), 2);
            }
            k => panic!("{:?}", k),
        }
        assert!(matches!(&v[2].kind, StmtKind::For { target: Expr { kind: ExprKind::Tuple(_), .. }, orelse, .. } if orelse.len() == 1));
        assert!(matches!(&v[3].kind, StmtKind::While { orelse, .. } if orelse.len() == 1));
        match &v[4].kind {
            StmtKind::Try { handlers, orelse, finalbody, .. } => {
                assert_eq!(handlers.len(), 3);
                assert_eq!(handlers[0].name.as_deref(), Some("e"));
                assert!(matches!(handlers[0].typ.as_ref().unwrap().kind, ExprKind::Tuple(_)));
                assert!(handlers[2].typ.is_none());
                assert_eq!((orelse.len(), finalbody.len()), (1, 1));
            }
            k => panic!("{:?}", k),
        }
        assert!(matches!(&v[5].kind, StmtKind::Try { handlers, .. } if handlers.is_empty()));
        assert!(matches!(&v[6].kind, StmtKind::If { body, .. } if body.len() == 2));
        // spans
        let src2 = "x = a +\\\n  b\nf(1,\n  2)\n";
        let v = p(src2);
        match &v[0].kind {
            StmtKind::Assign { value, .. } => assert_eq!(&src2[value.span.start as usize..value.span.end as usize], "a +\\\n  b"),
            _ => panic!(),
        }
        match &v[1].kind {
            StmtKind::Expr(e) => assert_eq!(&src2[e.span.start as usize..e.span.end as usize], "f(1,\n  2)"),
            _ => panic!(),
        }
    }

    #[test]
    fn syntax_errors() {
        let cases: &[(&str, &str, usize, usize)] = &[
            ("x = 1  2", "invalid syntax", 1, 8),
            ("x = ", "invalid syntax", 1, 5),
            ("x = 1 +", "invalid syntax", 1, 8),
            ("print \"x\"", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
            ("if x\n  pass", "expected ':'", 1, 5),
            ("def f()\n", "expected ':'", 1, 8),
            ("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
            ("f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
            ("a + b = 1", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
            ("(a, 1) = x", "cannot assign to literal", 1, 5),
            ("True = 1", "cannot assign to True", 1, 1),
            ("x = ... = 1", "cannot assign to ellipsis", 1, 5),
            ("del 1", "cannot delete literal", 1, 5),
            ("del f()", "cannot delete function call", 1, 5),
            ("f() += 1", "'function call' is an illegal expression for augmented assignment", 1, 1),
            ("[a, b] += 1", "'list' is an illegal expression for augmented assignment", 1, 1),
            ("for 1 in x: pass", "cannot assign to literal", 1, 5),
            ("(a, b): int = 1", "only single target (not tuple) can be annotated", 1, 1),
            ("f(): int", "illegal target for annotation", 1, 1),
            ("x = (*a)", "cannot use starred expression here", 1, 6),
            ("x = *a", "can't use starred expression here", 1, 5),
            ("*a = 1", "starred assignment target must be in a list or tuple", 1, 1),
            ("a, *b, *c = 1", "multiple starred expressions in assignment", 1, 1),
            ("else:", "invalid syntax", 1, 1),
            ("x = 1; y = = 2", "invalid syntax", 1, 12),
            ("x = 'a' b'b'", "cannot mix bytes and nonbytes literals", 1, 13),
            ("x = b'é'", "bytes can only contain ASCII literal characters", 1, 5),
            ("f(**k, *a)", "iterable argument unpacking follows keyword argument unpacking", 1, 8),
            ("f(a=1, b)", "positional argument follows keyword argument", 1, 8),
            ("f(**k, b)", "positional argument follows keyword argument unpacking", 1, 8),
            ("f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 3),
            ("def f(*): pass", "named arguments must follow bare *", 1, 7),
            ("def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10),
            ("def f(/, a): pass", "at least one argument must precede /", 1, 7),
            ("def f(**k, a): pass", "arguments cannot follow var-keyword argument", 1, 12),
            ("def f(a=1, b): pass", "non-default argument follows default argument", 1, 12),
            ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "default 'except:' must be last", 3, 1),
            ("try:\n  pass\nx = 1\n", "expected 'except' or 'finally' block", 3, 1),
            ("x = [1, 2 3]", "invalid syntax. Perhaps you forgot a comma?", 1, 9),
            // CPython's invalid_named_expression and invalid_kwarg
            ("x = (1, y = 2)", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 9),
            ("if y = 2: pass", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
            ("x = 1\nwhile y = 2 + 3: pass", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 2, 7),
            ("x = a[y = 2]", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7),
            ("x = (y.z = 2)", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 6),
            ("if f() = 2: pass", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4),
            ("x = [1, a + b = 2]", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 9),
            ("f(a, y.z = 2)", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 6),
            ("x = (True = 1)", "invalid syntax", 1, 11),
            ("x = {1: y = 2}", "invalid syntax", 1, 11),
            ("[x for x in y if y = 2]", "invalid syntax", 1, 20),
            ("assert y = 2", "invalid syntax", 1, 10),
            ("x = $", "invalid syntax", 1, 5),
            ("x = a ! b", "invalid syntax", 1, 7),
            ("x = '\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 5),
        ];
        for &(src, m, line, off) in cases {
            let e = err(src);
            assert_eq!((e.msg.as_str(), e.lineno, e.offset), (m, line, off), "source {:?}", src);
            assert_eq!(e.kind, SyntaxErrorKind::SyntaxError);
        }
    }

    #[test]
    fn tokenizer_errors_through_parser() {
        let cases: &[(&str, SyntaxErrorKind, &str, usize)] = &[
            ("if x:\n  a\n b", SyntaxErrorKind::IndentationError, "unindent does not match any outer indentation level", 3),
            ("  x = 1", SyntaxErrorKind::IndentationError, "unexpected indent", 1),
            ("x = 1\n    y = 2\n", SyntaxErrorKind::IndentationError, "unexpected indent", 2),
            ("if x:\ny", SyntaxErrorKind::IndentationError, "expected an indented block after 'if' statement on line 1", 2),
            ("if x:", SyntaxErrorKind::IndentationError, "expected an indented block after 'if' statement on line 1", 1),
            ("def f():\npass", SyntaxErrorKind::IndentationError, "expected an indented block after function definition on line 1", 2),
            ("class A:\n\nx", SyntaxErrorKind::IndentationError, "expected an indented block after class definition on line 1", 3),
            ("try:\nx", SyntaxErrorKind::IndentationError, "expected an indented block after 'try' statement on line 1", 2),
            ("try:\n  pass\nexcept E as e:\nx", SyntaxErrorKind::IndentationError, "expected an indented block after 'except' statement on line 3", 4),
            ("for a in b:\n  pass\nelse:\nx", SyntaxErrorKind::IndentationError, "expected an indented block after 'else' statement on line 3", 4),
            ("while a:\nx", SyntaxErrorKind::IndentationError, "expected an indented block after 'while' statement on line 1", 2),
            ("if a:\n  pass\nelif b:\nx", SyntaxErrorKind::IndentationError, "expected an indented block after 'elif' statement on line 3", 4),
            ("try:\n  pass\nfinally:\nx", SyntaxErrorKind::IndentationError, "expected an indented block after 'finally' statement on line 3", 4),
            ("for x in y:\nz", SyntaxErrorKind::IndentationError, "expected an indented block after 'for' statement on line 1", 2),
            ("@d\ndef f(a,\n  b):\nz", SyntaxErrorKind::IndentationError, "expected an indented block after function definition on line 2", 4),
            ("if x:\n\ta\n        b", SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3),
            ("x = [1, 2, 3", SyntaxErrorKind::SyntaxError, "'[' was never closed", 1),
            ("x = [1, 2, 3\ny = 4", SyntaxErrorKind::SyntaxError, "'[' was never closed", 1),
            ("foo(a, b\nx = 1\n", SyntaxErrorKind::SyntaxError, "'(' was never closed", 1),
            ("x = 1 2\ny = (\n", SyntaxErrorKind::SyntaxError, "invalid syntax", 1),
            ("x = 1 2\ny = \"abc\n", SyntaxErrorKind::SyntaxError, "unterminated string literal (detected at line 2)", 2),
            ("x = 1 2\n  y = 3\n", SyntaxErrorKind::SyntaxError, "invalid syntax", 1),
            ("x = 1 2\ny = 3)\n", SyntaxErrorKind::SyntaxError, "unmatched ')'", 2),
            ("x = (1, 2]", SyntaxErrorKind::SyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1),
            ("x = 1)", SyntaxErrorKind::SyntaxError, "unmatched ')'", 1),
            ("x = 'abc", SyntaxErrorKind::SyntaxError, "unterminated string literal (detected at line 1)", 1),
            ("x = \"\"\"abc\n\n", SyntaxErrorKind::SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1),
            ("x = 1 € 2", SyntaxErrorKind::SyntaxError, "invalid character '€' (U+20AC)", 1),
        ];
        for &(src, kind, m, line) in cases {
            let e = err(src);
            assert_eq!((e.kind, e.msg.as_str(), e.lineno), (kind, m, line), "source {:?}", src);
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let e = err(&"(".repeat(10000));
        assert_eq!(e.msg, "too many nested parentheses");
        let e = err(&format!("x = {}1{}", "(".repeat(10000), ")".repeat(10000)));
        assert_eq!(e.msg, "too many nested parentheses");
        assert!(parse_module(&format!("x = {}1{}", "[".repeat(199), "]".repeat(199))).is_ok());
        let mut src = String::new();
        for i in 0..10000 {
            src.push_str(&" ".repeat(i));
            src.push_str("if x:\n");
        }
        src.push_str(&" ".repeat(10000));
        src.push_str("pass\n");
        let e = err(&src);
        assert_eq!((e.kind, e.msg.as_str()), (SyntaxErrorKind::IndentationError, "too many levels of indentation"));
        let mut src = String::new();
        for i in 0..10000 {
            src.push_str(&"\t".repeat(i));
            src.push_str("if x:\n");
        }
        assert_eq!(err(&src).msg, "too many levels of indentation");
        // long operator chains: rejected (CPython: RecursionError), never a crash
        for src in [
            format!("x = {}1", "-".repeat(10000)),
            format!("x = {}", vec!["1"; 100000].join("+")),
            format!("x = a{}", ".b".repeat(10000)),
            format!("x = {}1", "not ".repeat(10000)),
            format!("x = {}1", "lambda: ".repeat(5000)),
            format!("x = {}1 +", "-".repeat(100000)),
            format!("x = {} +", vec!["1"; 100000].join("+")),
        ] {
            assert!(parse_module(&src).is_err());
        }
        assert!(parse_module(&format!("x = {}", vec!["1"; 900].join("+"))).is_ok());
    }

    #[test]
    fn garbage_never_panics() {
        // xorshift PRNG
        let mut state: u64 = 0x2545F4914F6CDD1D;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet: Vec<&str> = vec![
            "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "\n", "    ", "\t", " ", "x", "1", "1.5", "'s'", "\"\"\"", "'",
            "\"", "f'{", "}", "f'{x}'", "if", "else", "elif", "def", "class", "for", "in", "while", "try", "except", "finally",
            "lambda", "=", "==", "+", "-", "*", "**", "/", "//", "@", ".", "...", "\\", "\\\n", "#c", "not", "and", "or", "is",
            "return", "del", "import", "from", "as", "pass", ":=", "->", "é", "€", "\u{a0}", "\0", "\r", "0x", "1e", "b'",
            "rb'\\", "!", "$", "?", "`", "yield", "with", "async", "global", "*=", "<<=", "{{", "}}", "!r", "=",
        ];
        for round in 0..4000 {
            let n = (next() % 40) as usize;
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(alphabet[(next() % alphabet.len() as u64) as usize]);
            }
            let _ = parse_module(&s);
            let _ = super::super::entry_status(&format!("{}\n", s));
            // random bytes, lossily decoded
            let bytes: Vec<u8> = (0..(next() % 60)).map(|_| (next() % 256) as u8).collect();
            let t = String::from_utf8_lossy(&bytes).into_owned();
            let _ = parse_module(&t);
            if round % 500 == 0 {
                let _ = parse_module(&s.repeat(50));
            }
        }
    }

    #[test]
    fn representative_program() {
        let src = r#"
import sys
from collections import deque as dq

class Node:
    """A node."""
    count: int = 0

    def __init__(self, value, *children, parent=None, **extra):
        self.value = value
        self.children = list(children)
        Node.count += 1

    def __repr__(self):
        return f"Node({self.value!r}, n={len(self.children)})"

def walk(node, depth=0):
    yield_ = [node]
    for child in node.children:
        yield_.extend(walk(child, depth + 1))
    return yield_

total = sum(x ** 2 for x in range(10) if x % 2 == 0)
matrix = [[i * j for j in range(3)] for i in range(3)]
a, b = b, a = 1, 2
first, *rest = [1, 2, 3]
d = {k: v for k, v in zip("ab", (1, 2))}
s = {*rest, 4}
f = lambda *a, **k: (a, k)
x = y if (n := len(rest)) > 1 else -1
try:
    1 / 0
except ZeroDivisionError as exc:
    print("error:", exc, sep=" ", end="\n")
finally:
    pass
while total > 0:
    total //= 2
    if total == 3:
        break
else:
    print('done')
assert isinstance(total, int), "bad"
print(matrix[1][2], d['a'], s, f(1, b=2), sys.argv[:1], x)
"#;
        let v = p(src);
        assert_eq!(v.len(), 16);
    }
}
