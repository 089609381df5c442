//! Tokenizer: a logos-generated raw lexer plus a wrapper that produces
//! NEWLINE / INDENT / DEDENT tokens and CPython-style tokenizer errors.

use std::collections::VecDeque;

use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

use super::{make_error, SyntaxError, SyntaxErrorKind};

/// Maximum bracket nesting (CPython's MAXLEVEL).
pub const MAX_BRACKET_DEPTH: usize = 200;
/// Maximum indentation depth (CPython's MAXINDENT).
pub const MAX_INDENT_DEPTH: usize = 100;

/// Error value produced inside logos callbacks.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawError {
    /// No pattern matched.
    #[default]
    NoMatch,
    Err {
        kind: SyntaxErrorKind,
        msg: String,
        start: usize,
        end: usize,
        /// EOF-caused (the interactive prompt should ask for more input).
        eof: bool,
    },
}

impl RawError {
    fn new(msg: impl Into<String>, start: usize, end: usize) -> RawError {
        RawError::Err { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), start, end, eof: false }
    }
}

/// The kind of a string literal token.
#[derive(Debug, Clone, PartialEq)]
pub enum StrVal {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: its raw content is `src[start..end]`, parsed later.
    FStr { raw: bool, start: usize, end: usize, triple: bool },
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
pub enum Tok {
    // ---- synthetic tokens (never produced by logos) ----
    StartModule,
    StartExpr,
    Newline,
    Indent,
    Dedent,

    /// A physical newline; turned into `Newline` (or dropped) by the wrapper.
    #[regex(r"\r\n|\n|\r")]
    RawNewline,
    /// A backslash-newline line continuation (skipped by the wrapper).
    #[regex(r"\\(\r\n|\n|\r)")]
    Continuation,
    /// A backslash not followed by a newline.
    #[token("\\")]
    Backslash,

    #[regex(r"[a-zA-Z_\u{80}-\u{10FFFF}][a-zA-Z0-9_\u{80}-\u{10FFFF}]*", lex_name)]
    Name(String),
    #[regex(r"[0-9](_?[0-9])*", lex_decimal)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| lex_radix(lex, 16))]
    #[regex(r"0[oO](_?[0-7])+", |lex| lex_radix(lex, 8))]
    #[regex(r"0[bB](_?[01])+", |lex| lex_radix(lex, 2))]
    Int(BigInt),
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?", lex_float)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", lex_float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", lex_float)]
    Float(f64),
    #[regex(r"[0-9](_?[0-9])*[jJ]", lex_imag)]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]", lex_imag)]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]", lex_imag)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]", lex_imag)]
    Imag(f64),
    #[regex(r#"([rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?["']"#, lex_string)]
    Str(StrVal),

    // ---- keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ---- operators and delimiters ----
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

/// Is `c` printable in CPython's sense (roughly)?
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
            | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
            | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF))
}

pub(crate) fn invalid_char_msg(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

fn lex_name(lex: &mut logos::Lexer<Tok>) -> Result<String, RawError> {
    let s = lex.slice();
    let base = lex.span().start;
    for (i, c) in s.char_indices() {
        if c.is_ascii() {
            continue;
        }
        let ok = if i == 0 { c.is_alphabetic() } else { c.is_alphanumeric() || is_combining(c) };
        if !ok {
            let p = base + i;
            return Err(RawError::new(invalid_char_msg(c), p, p + c.len_utf8()));
        }
    }
    Ok(s.to_string())
}

/// Rough test for combining marks / connector punctuation allowed in XID_Continue.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x483..=0x487 | 0x591..=0x5BD | 0x610..=0x61A | 0x64B..=0x65F
        | 0x900..=0x903 | 0x93A..=0x94F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0x203F | 0x2040 | 0x2054 | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F
        | 0xFF3F | 0x3099 | 0x309A | 0x200C | 0x200D | 0xB7 | 0x387 | 0x1369..=0x1371 | 0x19DA)
}

/// Error for a malformed number literal (logos may hand us an over-long slice).
fn bad_number(lex: &logos::Lexer<Tok>) -> RawError {
    let s = lex.slice();
    let start = lex.span().start;
    let lower = s.to_ascii_lowercase();
    let (msg, valid): (String, fn(char) -> bool) = if lower.starts_with("0b") {
        ("binary".into(), |c| c == '0' || c == '1' || c == '_')
    } else if lower.starts_with("0o") {
        ("octal".into(), |c| ('0'..='7').contains(&c) || c == '_')
    } else if lower.starts_with("0x") {
        return RawError::new("invalid hexadecimal literal", start + s.len() - 1, start + s.len());
    } else {
        return RawError::new("invalid decimal literal", start + s.len() - 1, start + s.len());
    };
    let after = lex.source()[lex.span().end..].chars().next();
    if let Some(c) = after.filter(|c| c.is_ascii_digit()) {
        let p = lex.span().end;
        return RawError::new(format!("invalid digit '{}' in {} literal", c, msg), p, p + 1);
    }
    match s[2..].char_indices().find(|&(_, c)| !valid(c)) {
        Some((i, c)) if c.is_ascii_digit() => {
            RawError::new(format!("invalid digit '{}' in {} literal", c, msg), start + 2 + i, start + 3 + i)
        }
        _ => RawError::new(format!("invalid {} literal", msg), start + s.len() - 1, start + s.len()),
    }
}

fn lex_decimal(lex: &mut logos::Lexer<Tok>) -> Result<BigInt, RawError> {
    let s = lex.slice();
    if !s.chars().all(|c| c.is_ascii_digit() || c == '_') {
        return Err(bad_number(lex));
    }
    let digits: String = s.chars().filter(|&c| c != '_').collect();
    if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
        let p = lex.span().start;
        return Err(RawError::new(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            p,
            p + 1,
        ));
    }
    BigInt::from_str_radix(&digits, 10).map_err(|_| bad_number(lex))
}

fn lex_radix(lex: &mut logos::Lexer<Tok>, radix: u32) -> Result<BigInt, RawError> {
    let digits: String = lex.slice()[2..].chars().filter(|&c| c != '_').collect();
    BigInt::from_str_radix(&digits, radix).map_err(|_| bad_number(lex))
}

fn lex_float(lex: &mut logos::Lexer<Tok>) -> Result<f64, RawError> {
    let digits: String = lex.slice().chars().filter(|&c| c != '_').collect();
    digits.parse::<f64>().map_err(|_| bad_number(lex))
}

fn lex_imag(lex: &mut logos::Lexer<Tok>) -> Result<f64, RawError> {
    let s = lex.slice();
    let digits: String = s[..s.len() - 1].chars().filter(|&c| c != '_').collect();
    if !s.ends_with(['j', 'J']) {
        return Err(bad_number(lex));
    }
    digits.parse::<f64>().map_err(|_| bad_number(lex))
}

/// Line number (1-based) of the last character of `src` (CPython's "detected at line N").
fn last_line(src: &str) -> usize {
    let n = src.matches('\n').count();
    if src.ends_with('\n') || src.is_empty() {
        n.max(1)
    } else {
        n + 1
    }
}

fn lex_string(lex: &mut logos::Lexer<Tok>) -> Result<StrVal, RawError> {
    let span = lex.span();
    let src = lex.source();
    let head = lex.slice();
    let quote = head.as_bytes()[head.len() - 1];
    let prefix = head[..head.len() - 1].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let is_bytes = prefix.contains('b');
    let is_f = prefix.contains('f');
    let rest = &src.as_bytes()[span.end..];
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let content_start = if triple { span.end + 2 } else { span.end };
    let bytes = src.as_bytes();
    let mut i = content_start;
    let content_end;
    loop {
        if i >= bytes.len() {
            let msg = if triple {
                format!("unterminated triple-quoted string literal (detected at line {})", last_line(src))
            } else {
                format!("unterminated string literal (detected at line {})", last_line(src))
            };
            return Err(RawError::Err {
                kind: SyntaxErrorKind::SyntaxError,
                msg,
                start: span.start,
                end: span.start + 1,
                eof: triple,
            });
        }
        let b = bytes[i];
        if b == b'\\' {
            i += 2;
            if i > bytes.len() {
                i = bytes.len();
            }
            // "\\\r\n" counts as one continuation
            if i < bytes.len() && bytes[i - 1] == b'\r' && bytes[i] == b'\n' {
                i += 1;
            }
            continue;
        }
        if b == quote {
            if !triple {
                content_end = i;
                i += 1;
                break;
            }
            if i + 2 < bytes.len() && bytes[i + 1] == quote && bytes[i + 2] == quote {
                content_end = i;
                i += 3;
                break;
            }
            i += 1;
            continue;
        }
        if (b == b'\n' || b == b'\r') && !triple {
            let line = src[..i].matches('\n').count() + 1;
            return Err(RawError::new(
                format!("unterminated string literal (detected at line {})", line),
                span.start,
                span.start + 1,
            ));
        }
        i += 1;
    }
    lex.bump(i - span.end);
    if is_f {
        return Ok(StrVal::FStr { raw, start: content_start, end: content_end, triple });
    }
    let content = &src[content_start..content_end];
    if is_bytes {
        if let Some((off, _)) = content.char_indices().find(|(_, c)| !c.is_ascii()) {
            let _ = off;
            return Err(RawError::new(
                "bytes can only contain ASCII literal characters",
                span.start,
                span.end + (content_end - span.end) + if triple { 3 } else { 1 },
            ));
        }
        decode_bytes(content, raw).map(StrVal::Bytes).map_err(|m| RawError::new(m, span.start, span.start + 1))
    } else {
        decode_str(content, raw).map(StrVal::Str).map_err(|m| RawError::new(m, span.start, span.start + 1))
    }
}

fn escape_err(kind: &str, pos: usize, end: usize, what: &str) -> String {
    format!("(unicode error) '{}' codec can't decode bytes in position {}-{}: {}", kind, pos, end, what)
}

/// Decode the escapes of a (non-f) string literal body.
pub(crate) fn decode_str(s: &str, raw: bool) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\r' {
            // normalise newlines
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        if raw {
            out.push('\\');
            if let Some((_, n)) = it.next() {
                if n == '\r' {
                    if let Some(&(_, '\n')) = it.peek() {
                        it.next();
                    }
                    out.push('\n');
                } else {
                    out.push(n);
                }
            }
            continue;
        }
        let Some((_, n)) = it.next() else {
            out.push('\\');
            break;
        };
        match n {
            '\n' => {}
            '\r' => {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = n.to_digit(8).unwrap();
                for _ in 0..2 {
                    match it.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap();
                            it.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (len, name) = match n {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut got = 0;
                while got < len {
                    match it.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v.wrapping_mul(16) + d.to_digit(16).unwrap();
                            it.next();
                            got += 1;
                        }
                        _ => break,
                    }
                }
                if got < len {
                    return Err(escape_err("unicodeescape", i, i + 1 + got, name));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(escape_err("unicodeescape", i, i + 1 + len, "illegal Unicode character"))
                    }
                }
            }
            'N' => {
                // \N{NAME}: only a few names are known.
                let mut name = String::new();
                let mut closed = false;
                if let Some(&(_, '{')) = it.peek() {
                    it.next();
                    for (_, d) in it.by_ref() {
                        if d == '}' {
                            closed = true;
                            break;
                        }
                        name.push(d);
                    }
                }
                match (closed, unicode_name(&name)) {
                    (true, Some(ch)) => out.push(ch),
                    _ => return Err(escape_err("unicodeescape", i, i + 1, "malformed \\N character escape")),
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn unicode_name(name: &str) -> Option<char> {
    let n = name.to_ascii_uppercase();
    Some(match n.as_str() {
        "BULLET" => '\u{2022}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "NO-BREAK SPACE" => '\u{A0}',
        "SPACE" => ' ',
        "DEGREE SIGN" => '\u{B0}',
        "GREEK SMALL LETTER ALPHA" => '\u{3B1}',
        "GREEK SMALL LETTER BETA" => '\u{3B2}',
        "GREEK SMALL LETTER PI" => '\u{3C0}',
        "GREEK CAPITAL LETTER DELTA" => '\u{394}',
        "EURO SIGN" => '\u{20AC}',
        "POUND SIGN" => '\u{A3}',
        "COPYRIGHT SIGN" => '\u{A9}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "SNOWMAN" => '\u{2603}',
        "BLACK STAR" => '\u{2605}',
        "WHITE SMILING FACE" => '\u{263A}',
        "CHECK MARK" => '\u{2713}',
        "RIGHTWARDS ARROW" => '\u{2192}',
        "LEFTWARDS ARROW" => '\u{2190}',
        "LATIN SMALL LETTER E WITH ACUTE" => '\u{E9}',
        "NULL" => '\0',
        "LINE FEED" => '\n',
        "CHARACTER TABULATION" => '\t',
        "GRINNING FACE" => '\u{1F600}',
        _ => return None,
    })
}

/// Decode the escapes of a bytes literal body (already known to be ASCII).
pub(crate) fn decode_bytes(s: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if i + 1 < b.len() && b[i + 1] == b'\n' { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            if c == b'\\' && i + 1 < b.len() {
                out.push(b'\\');
                out.push(b[i + 1]);
                i += 2;
                continue;
            }
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 >= b.len() {
            out.push(b'\\');
            break;
        }
        let n = b[i + 1];
        i += 2;
        match n {
            b'\n' => {}
            b'\r' => {
                if i < b.len() && b[i] == b'\n' {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let hex = |x: u8| (x as char).to_digit(16);
                match (b.get(i).and_then(|&x| hex(x)), b.get(i + 1).and_then(|&x| hex(x))) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// A token with its byte span.
pub type Spanned = (usize, Tok, usize);

/// Error produced by the token stream.
#[derive(Debug, Clone)]
pub struct LexError {
    pub err: SyntaxError,
    /// Caused by reaching the end of input (more lines might fix it).
    pub eof: bool,
    /// A "raising" tokenizer error in CPython's sense: it takes priority over
    /// a generic parser error found earlier in the file.
    pub raising: bool,
    /// Set for "'(' was never closed": byte offset of the bracket.
    pub unclosed_at: Option<usize>,
    /// Raised by a grammar action (a parser error, not a tokenizer error).
    pub from_parser: bool,
    /// Byte offset of the error (for ordering against other errors).
    pub pos: usize,
}

/// What kind of compound statement header a line is (for "expected an indented block").
fn header_desc(t: &Tok) -> Option<&'static str> {
    Some(match t {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::For => "'for' statement",
        Tok::While => "'while' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return Option::None,
    })
}

/// The indentation-aware token stream.
#[derive(Clone)]
pub struct Lexer<'s> {
    src: &'s str,
    inner: logos::Lexer<'s, Tok>,
    queue: VecDeque<Result<Spanned, LexError>>,
    /// (col, altcol) per indentation level; the bottom (0, 0) is never popped.
    indents: Vec<(usize, usize)>,
    /// Open brackets: (char, byte offset).
    brackets: Vec<(char, usize)>,
    at_bol: bool,
    /// First token of the current logical line and its start offset.
    line_first: Option<(Tok, usize)>,
    /// Start offset of the first token of the *previous* logical line if it ended with ':'.
    pending_block: Option<(&'static str, usize)>,
    last_was_colon: bool,
    done: bool,
    expr_mode: bool,
    /// Tokenizing an entry typed at the prompt: the input ends where the
    /// entry ends, so the rest is not scanned for unclosed brackets.
    pub prompt: bool,
    /// The last two tokens handed out (most recent last).
    pub history: VecDeque<Spanned>,
    /// The last token was a number (for "invalid decimal literal").
    last_end_number: Option<usize>,
    /// End offset of the last line continuation seen.
    last_continuation: Option<usize>,
    /// First token of the most recently completed logical line.
    pub last_line_first: Option<Tok>,
}

impl<'s> Lexer<'s> {
    /// Tokenize a whole module.
    pub fn new(src: &'s str) -> Lexer<'s> {
        let mut l = Lexer {
            src,
            inner: Tok::lexer(src),
            queue: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_bol: true,
            line_first: Option::None,
            pending_block: Option::None,
            last_was_colon: false,
            done: false,
            expr_mode: false,
            prompt: false,
            history: VecDeque::new(),
            last_end_number: Option::None,
            last_line_first: Option::None,
            last_continuation: Option::None,
        };
        l.queue.push_back(Ok((0, Tok::StartModule, 0)));
        l
    }

    /// Tokenize `src[start..end]` as a single parenthesised expression (f-string fields).
    /// Spans are absolute offsets into `src`.
    pub fn new_expr(src: &'s str, start: usize, end: usize) -> Lexer<'s> {
        let mut inner = Tok::lexer(&src[..end]);
        inner.bump(start);
        let mut l = Lexer {
            src,
            inner,
            queue: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_bol: false,
            line_first: Option::None,
            pending_block: Option::None,
            last_was_colon: false,
            done: false,
            expr_mode: true,
            prompt: false,
            history: VecDeque::new(),
            last_end_number: Option::None,
            last_line_first: Option::None,
            last_continuation: Option::None,
        };
        l.queue.push_back(Ok((start, Tok::StartExpr, start)));
        l
    }

    /// Plain lexing without the synthetic start token (for tests / tools).
    pub fn tokens(src: &'s str) -> Lexer<'s> {
        let mut l = Lexer::new(src);
        l.queue.clear();
        l
    }

    /// Current bracket nesting depth.
    pub fn bracket_depth(&self) -> usize {
        // an f-string field is parsed as if parenthesised
        self.brackets.len() + self.expr_mode as usize
    }

    /// A copy of the lexer to look ahead without disturbing it.
    pub fn clone_for_probe(&self) -> Lexer<'s> {
        self.clone()
    }

    fn err(&self, kind: SyntaxErrorKind, msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError {
            err: make_error(self.src, kind, msg.into(), start, end),
            eof: false,
            raising: true,
            unclosed_at: Option::None,
            from_parser: false,
            pos: start,
        }
    }

    fn fail(&mut self, e: LexError) -> Option<Result<Spanned, LexError>> {
        self.done = true;
        self.queue.clear();
        Some(Err(e))
    }

    /// Compute (col, altcol) of the indentation before byte offset `pos`.
    fn indentation(&self, pos: usize) -> (usize, usize, usize) {
        let line_start = self.src[..pos].rfind(['\n', '\r']).map(|i| i + 1).unwrap_or(0);
        let (mut col, mut alt) = (0usize, 0usize);
        for c in self.src[line_start..pos].chars() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        (col, alt, line_start)
    }

    fn line_end(&self, pos: usize) -> usize {
        self.src[pos..].find(['\n', '\r']).map(|i| pos + i).unwrap_or(self.src.len())
    }

    fn tab_error(&self, line_start: usize) -> LexError {
        let mut e = self.err(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", line_start, line_start);
        e.raising = false;
        e
    }

    /// Handle the start of a logical line whose first token starts at `pos`.
    /// Returns a deferred "expected an indented block" error (reported after
    /// tokenizer errors of the first token, like CPython).
    fn start_line(&mut self, pos: usize, tok: &Tok) -> Result<Option<LexError>, LexError> {
        let (col, alt, line_start) = self.indentation(pos);
        let (top, top_alt) = *self.indents.last().unwrap();
        let mut indented = false;
        if col == top {
            if alt != top_alt {
                return Err(self.tab_error(line_start));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT_DEPTH {
                let mut e = self.err(SyntaxErrorKind::IndentationError, "too many levels of indentation", pos, pos + 1);
                e.raising = false;
                return Err(e);
            }
            if alt <= top_alt {
                return Err(self.tab_error(line_start));
            }
            self.indents.push((col, alt));
            self.queue.push_back(Ok((line_start, Tok::Indent, pos)));
            indented = true;
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.queue.push_back(Ok((pos, Tok::Dedent, pos)));
            }
            let (top, top_alt) = *self.indents.last().unwrap();
            if col != top {
                let le = self.line_end(pos);
                let mut e = self.err(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    le,
                    le,
                );
                e.raising = false;
                return Err(e);
            }
            if alt != top_alt {
                return Err(self.tab_error(line_start));
            }
        }
        if let Some((desc, hpos)) = self.pending_block.take() {
            if !indented {
                let line = super::line_col(self.src, hpos).0;
                let end = pos + self.tok_len_hint(pos);
                let mut e = self.err(
                    SyntaxErrorKind::IndentationError,
                    format!("expected an indented block after {} on line {}", desc, line),
                    pos,
                    end,
                );
                e.raising = false;
                self.at_bol = false;
                return Ok(Some(e));
            }
        }
        self.at_bol = false;
        self.line_first = Some((tok.clone(), pos));
        Ok(Option::None)
    }

    fn tok_len_hint(&self, pos: usize) -> usize {
        let span = self.inner.span();
        if span.start == pos {
            span.end - span.start
        } else {
            1
        }
    }

    fn end_logical_line(&mut self, start: usize, end: usize) {
        self.queue.push_back(Ok((start, Tok::Newline, end)));
        if self.last_was_colon {
            if let Some((t, p)) = &self.line_first {
                if let Some(d) = header_desc(t) {
                    self.pending_block = Some((d, *p));
                }
            }
        }
        self.at_bol = true;
        self.last_was_colon = false;
        self.last_line_first = self.line_first.take().map(|t| t.0);
    }

    fn at_eof(&mut self) {
        self.done = true;
        if self.expr_mode {
            return;
        }
        if let Some(&(c, p)) = self.brackets.last() {
            let mut e = self.err(SyntaxErrorKind::SyntaxError, format!("'{}' was never closed", c), p, p + 1);
            e.eof = true;
            e.raising = false;
            e.unclosed_at = Some(p);
            self.queue.push_back(Err(e));
            return;
        }
        let n = self.src.len();
        if let Some(c) = self.last_continuation {
            if self.src[c..].trim_matches([' ', '\t', '\x0c']).is_empty() {
                let b = self.src[..c].rfind('\\').map(|i| i + 1).unwrap_or(c);
                let mut e = self.err(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", b, b + 1);
                e.eof = true;
                e.raising = false;
                self.queue.push_back(Err(e));
                return;
            }
        }
        if !self.at_bol {
            // position the NEWLINE at the end of the last line's text
            let mut p = n;
            while p > 0 && matches!(self.src.as_bytes()[p - 1], b'\n' | b'\r') {
                p -= 1;
            }
            self.end_logical_line(p, p);
        }
        if let Some((desc, hpos)) = self.pending_block.take() {
            // The header was the last line: report at its end.
            let line = super::line_col(self.src, hpos).0;
            let le = self.line_end(hpos);
            let mut e = self.err(
                SyntaxErrorKind::IndentationError,
                format!("expected an indented block after {} on line {}", desc, line),
                le,
                le,
            );
            e.eof = true;
            e.raising = false;
            self.queue.push_back(Err(e));
            return;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.queue.push_back(Ok((n, Tok::Dedent, n)));
        }
    }

    fn convert_raw(&self, e: RawError) -> LexError {
        let span = self.inner.span();
        match e {
            RawError::NoMatch => {
                let c = self.src[span.start..].chars().next().unwrap_or(' ');
                if c.is_ascii() && !c.is_ascii_control() {
                    let mut e = self.err(SyntaxErrorKind::SyntaxError, "invalid syntax", span.start, span.start + 1);
                    e.raising = false;
                    e
                } else if c == '\0' {
                    self.err(SyntaxErrorKind::SyntaxError, "source code cannot contain null bytes", span.start, span.start + 1)
                } else {
                    self.err(SyntaxErrorKind::SyntaxError, invalid_char_msg(c), span.start, span.start + c.len_utf8())
                }
            }
            RawError::Err { kind, msg, start, end, eof } => {
                let mut e = self.err(kind, msg, start, end);
                e.eof = eof;
                e
            }
        }
    }

    fn next_inner(&mut self) -> Option<Result<Spanned, LexError>> {
        loop {
            if let Some(t) = self.queue.pop_front() {
                if t.is_err() {
                    self.done = true;
                    self.queue.clear();
                }
                return Some(t);
            }
            if self.done {
                return Option::None;
            }
            let raw = match self.inner.next() {
                Option::None => {
                    self.at_eof();
                    continue;
                }
                Some(r) => r,
            };
            let span = self.inner.span();
            let tok = match raw {
                Ok(t) => t,
                Err(e) => {
                    let e = self.convert_raw(e);
                    // CPython computes the indentation before lexing the token.
                    if self.at_bol && !self.expr_mode {
                        if let Err(ie) = self.start_line(span.start, &Tok::Newline) {
                            return self.fail(ie);
                        }
                    }
                    return self.fail(e);
                }
            };
            if let Some(end) = self.last_end_number {
                if end == span.start && matches!(tok, Tok::Int(_) | Tok::Float(_) | Tok::Imag(_)) {
                    let prev = self.history.back().map(|h| &self.src[h.0..h.2]).unwrap_or("");
                    let kind = match prev.get(..2).map(|p| p.to_ascii_lowercase()) {
                        Some(p) if p == "0o" => Some("octal"),
                        Some(p) if p == "0b" => Some("binary"),
                        _ => Option::None,
                    };
                    if let Some(kind) = kind {
                        let c = self.src[end..].chars().next().unwrap_or('0');
                        let e = self.err(
                            SyntaxErrorKind::SyntaxError,
                            format!("invalid digit '{}' in {} literal", c, kind),
                            end,
                            end + 1,
                        );
                        return self.fail(e);
                    }
                }
            }
            if let Some(end) = self.last_end_number.take() {
                if end == span.start && matches!(tok, Tok::Name(_)) {
                    let e = self.err(SyntaxErrorKind::SyntaxError, "invalid decimal literal", end, end + 1);
                    return self.fail(e);
                }
            }
            match tok {
                Tok::Continuation => {
                    self.last_continuation = Some(span.end);
                    continue;
                }
                Tok::RawNewline => {
                    if !self.brackets.is_empty() || self.at_bol || self.expr_mode {
                        continue;
                    }
                    self.end_logical_line(span.start, span.end);
                    continue;
                }
                Tok::Backslash => {
                    let rest = &self.src[span.end..];
                    let e = if rest.trim_matches([' ', '\t', '\x0c']).is_empty() {
                        let mut e = self.err(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", span.end, span.end + 1);
                        e.eof = true;
                        e.raising = false;
                        e
                    } else {
                        let mut e = self.err(
                            SyntaxErrorKind::SyntaxError,
                            "unexpected character after line continuation character",
                            span.end,
                            span.end + 1,
                        );
                        e.raising = false;
                        e
                    };
                    return self.fail(e);
                }
                _ => {}
            }
            let mut deferred = Option::None;
            if self.at_bol && !self.expr_mode {
                match self.start_line(span.start, &tok) {
                    Err(e) => return self.fail(e),
                    Ok(d) => deferred = d,
                }
            }
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        let e = self.err(SyntaxErrorKind::SyntaxError, "too many nested parentheses", span.start, span.end);
                        return self.fail(e);
                    }
                    let c = match tok {
                        Tok::LPar => '(',
                        Tok::LSqb => '[',
                        _ => '{',
                    };
                    self.brackets.push((c, span.start));
                }
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    let c = match tok {
                        Tok::RPar => ')',
                        Tok::RSqb => ']',
                        _ => '}',
                    };
                    match self.brackets.pop() {
                        Option::None => {
                            if self.expr_mode {
                                // f-string field: handled by the parser as invalid syntax
                            } else {
                                let e = self.err(SyntaxErrorKind::SyntaxError, format!("unmatched '{}'", c), span.start, span.end);
                                return self.fail(e);
                            }
                        }
                        Some((o, opos)) => {
                            let want = match o {
                                '(' => ')',
                                '[' => ']',
                                _ => '}',
                            };
                            if want != c {
                                let ol = super::line_col(self.src, opos).0;
                                let cl = super::line_col(self.src, span.start).0;
                                let msg = if ol != cl {
                                    format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c, o, ol)
                                } else {
                                    format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c, o)
                                };
                                let e = self.err(SyntaxErrorKind::SyntaxError, msg, span.start, span.end);
                                return self.fail(e);
                            }
                        }
                    }
                }
                _ => {}
            }
            if let Some(mut e) = deferred {
                // A parser error in CPython: later tokenizer errors may override it,
                // so the stream stays usable for `drain`.
                e.from_parser = true;
                self.queue.clear();
                return Some(Err(e));
            }
            if matches!(tok, Tok::Int(_) | Tok::Float(_)) {
                self.last_end_number = Some(span.end);
            }
            self.last_was_colon = matches!(tok, Tok::Colon) && self.brackets.is_empty();
            self.queue.push_back(Ok((span.start, tok, span.end)));
        }
    }
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Result<Spanned, LexError>;
    fn next(&mut self) -> Option<Self::Item> {
        let r = self.next_inner();
        if let Some(Ok(t)) = &r {
            if self.history.len() >= 3 {
                self.history.pop_front();
            }
            // A name is kept without its text (no allocation per token):
            // an error message reads it from the source span.
            let kept = match &t.1 {
                Tok::Name(_) => Tok::Name(String::new()),
                other => other.clone(),
            };
            self.history.push_back((t.0, kept, t.2));
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        Lexer::tokens(src).map(|r| r.map(|t| t.1).map_err(|e| e.err.msg)).collect::<Result<Vec<_>, _>>().unwrap()
    }

    fn lex_err(src: &str) -> SyntaxError {
        for r in Lexer::tokens(src) {
            if let Err(e) = r {
                return e.err;
            }
        }
        panic!("no error for {:?}", src)
    }

    fn name(s: &str) -> Tok {
        Tok::Name(s.to_string())
    }

    #[test]
    fn simple_tokens() {
        use Tok::*;
        assert_eq!(
            toks("x = 1 + 2.5\n"),
            vec![name("x"), Equal, Int(1.into()), Plus, Float(2.5), Newline]
        );
        assert_eq!(toks("a //= b ** c"), vec![name("a"), DoubleSlashEqual, name("b"), DoubleStar, name("c"), Newline]);
        assert_eq!(toks("x->y := ..."), vec![name("x"), RArrow, name("y"), ColonEqual, Ellipsis, Newline]);
        assert_eq!(toks("if iffy"), vec![If, name("iffy"), Newline]);
    }

    #[test]
    fn numbers() {
        use Tok::*;
        assert_eq!(
            toks("0x_ff 0o17 0b101 1_000 1e10 .5 1. 1j 2.5J 0 00"),
            vec![
                Int(255.into()),
                Int(15.into()),
                Int(5.into()),
                Int(1000.into()),
                Float(1e10),
                Float(0.5),
                Float(1.0),
                Imag(1.0),
                Imag(2.5),
                Int(0.into()),
                Int(0.into()),
                Newline
            ]
        );
        let big = toks("123456789012345678901234567890");
        assert_eq!(big[0], Int("123456789012345678901234567890".parse().unwrap()));
        assert_eq!(lex_err("x = 01").msg, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        assert_eq!(lex_err("x = 1abc").msg, "invalid decimal literal");
    }

    #[test]
    fn strings() {
        use Tok::*;
        let s = |v: &str| Str(StrVal::Str(v.to_string()));
        assert_eq!(toks(r#"'a\nb' "c\"d" r'\n' u'x'"#), vec![s("a\nb"), s("c\"d"), s("\\n"), s("x"), Newline]);
        assert_eq!(toks(r"'\x41\u00e9\U0001F600\101\t\\'"), vec![s("Aé😀A\t\\"), Newline]);
        assert_eq!(toks("'''a\n'b'\n'''"), vec![s("a\n'b'\n"), Newline]);
        assert_eq!(toks("'a\\\nb'"), vec![s("ab"), Newline]);
        assert_eq!(toks(r"b'\x00a\n' Rb'\n'"), vec![Str(StrVal::Bytes(vec![0, b'a', b'\n'])), Str(StrVal::Bytes(b"\\n".to_vec())), Newline]);
        assert_eq!(toks(r"'\d' '\N{BULLET}'"), vec![s("\\d"), s("\u{2022}"), Newline]);
        match &toks("F'{x}'")[0] {
            Str(StrVal::FStr { raw: false, start: 2, end: 5, triple: false }) => {}
            t => panic!("{:?}", t),
        }
        assert_eq!(toks("rb + br"), vec![name("rb"), Plus, name("br"), Newline]);
    }

    #[test]
    fn unicode_names() {
        assert_eq!(
            toks("print(\"函数执行前引用计数:{}\".format(1))\nπ = 3")[..2],
            [name("print"), Tok::LPar]
        );
        assert!(toks("名字 = 1").contains(&name("名字")));
        assert_eq!(lex_err("x = 1 € 2").msg, "invalid character '€' (U+20AC)");
        assert_eq!(lex_err("x = 1 € 2").offset, 7);
        assert_eq!(lex_err("x = a\u{a0}").msg, "invalid non-printable character U+00A0");
    }

    #[test]
    fn indentation() {
        use Tok::*;
        let t = toks("if x:\n    y\n\n    # c\n  \n    z\nw\n");
        assert_eq!(
            t,
            vec![If, name("x"), Colon, Newline, Indent, name("y"), Newline, name("z"), Newline, Dedent, name("w"), Newline]
        );
        let t = toks("if a:\n if b:\n  c\nd");
        assert_eq!(
            t,
            vec![
                If, name("a"), Colon, Newline, Indent, If, name("b"), Colon, Newline, Indent, name("c"), Newline, Dedent,
                Dedent, name("d"), Newline
            ]
        );
        // dedents at EOF
        let t = toks("if a:\n  b");
        assert_eq!(t, vec![If, name("a"), Colon, Newline, Indent, name("b"), Newline, Dedent]);
        // tabs count to multiples of 8
        let t = toks("if a:\n\tb\n\tif c:\n\t        d\n");
        assert_eq!(
            t,
            vec![
                If, name("a"), Colon, Newline, Indent, name("b"), Newline, If, name("c"), Colon, Newline, Indent,
                name("d"), Newline, Dedent, Dedent
            ]
        );
    }

    #[test]
    fn brackets_and_continuation() {
        use Tok::*;
        let t = toks("x = (1,\n  2\n)\ny = [\n]\n");
        assert_eq!(
            t,
            vec![name("x"), Equal, LPar, Int(1.into()), Comma, Int(2.into()), RPar, Newline, name("y"), Equal, LSqb, RSqb, Newline]
        );
        let t = toks("x = 1 + \\\n    2\n");
        assert_eq!(t, vec![name("x"), Equal, Int(1.into()), Plus, Int(2.into()), Newline]);
        assert_eq!(toks(""), vec![]);
        assert_eq!(toks("\n\n# only\n   \n"), vec![]);
    }

    #[test]
    fn errors() {
        let e = lex_err("if x:\n  a\n b\n");
        assert_eq!((e.kind, e.msg.as_str(), e.lineno), (SyntaxErrorKind::IndentationError, "unindent does not match any outer indentation level", 3));
        let e = lex_err("if x:\n\ta\n        b\n");
        assert_eq!((e.kind, e.msg.as_str(), e.lineno), (SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3));
        let e = lex_err("if x:\n        a\n\tb\n");
        assert_eq!(e.kind, SyntaxErrorKind::TabError);
        let e = lex_err("x = [1, 2, 3\n");
        assert_eq!((e.msg.as_str(), e.lineno, e.offset), ("'[' was never closed", 1, 5));
        let e = lex_err("x = (1, 2]");
        assert_eq!((e.msg.as_str(), e.offset), ("closing parenthesis ']' does not match opening parenthesis '('", 10));
        let e = lex_err("x = (1,\n 2]");
        assert_eq!(e.msg, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
        let e = lex_err("x = 1)");
        assert_eq!((e.msg.as_str(), e.offset), ("unmatched ')'", 6));
        let e = lex_err("x = 'abc\n");
        assert_eq!((e.msg.as_str(), e.offset), ("unterminated string literal (detected at line 1)", 5));
        let e = lex_err("x = \"\"\"abc\n\ny\n");
        assert_eq!(e.msg, "unterminated triple-quoted string literal (detected at line 3)");
        let e = lex_err("if x:\ny\n");
        assert_eq!(
            (e.kind, e.msg.as_str(), e.lineno),
            (SyntaxErrorKind::IndentationError, "expected an indented block after 'if' statement on line 1", 2)
        );
        let e = lex_err("def f():\n  pass\nclass A:\nx");
        assert_eq!(e.msg, "expected an indented block after class definition on line 3");
        let e = lex_err("if x:\n");
        assert_eq!((e.msg.as_str(), e.lineno, e.offset), ("expected an indented block after 'if' statement on line 1", 1, 6));
        let e = lex_err("x = \\ y");
        assert_eq!((e.msg.as_str(), e.offset), ("unexpected character after line continuation character", 6));
        let e = lex_err("x = 1 +\\");
        assert_eq!(e.msg, "unexpected EOF while parsing");
        let e = lex_err(&"(".repeat(10000));
        assert_eq!(e.msg, "too many nested parentheses");
        let e = lex_err("x = $");
        assert_eq!((e.msg.as_str(), e.offset), ("invalid syntax", 5));
    }

    #[test]
    fn deep_indentation() {
        let mut src = String::new();
        for i in 0..10000 {
            src.push_str(&" ".repeat(i));
            src.push_str("if 1:\n");
        }
        let e = lex_err(&src);
        assert_eq!((e.kind, e.msg.as_str(), e.lineno), (SyntaxErrorKind::IndentationError, "too many levels of indentation", 101));
    }
}
