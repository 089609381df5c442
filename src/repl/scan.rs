//! A forgiving Python tokenizer for the prompt: it never fails, so it works
//! on half-typed input. Syntax highlighting, completion and auto-indent use
//! it; running code uses the real lexer in `crate::syntax`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Keyword,
    Name,
    Number,
    Str,
    Comment,
    /// An operator or delimiter (brackets included).
    Op,
    /// `:` at the start of an entry: a REPL command such as `:heap`.
    Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// Where the text ends: inside an open string, brackets, ...
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EndState {
    /// Byte offsets of the brackets still open, innermost last.
    pub open_brackets: Vec<usize>,
    /// The text ends inside a string literal (an unterminated triple-quoted
    /// string, or a one-line string on the last line).
    pub in_string: bool,
    /// The text ends inside a comment.
    pub in_comment: bool,
}

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
    "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub fn is_keyword(w: &str) -> bool {
    KEYWORDS.contains(&w)
}

pub fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

pub fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Tokenizes `src`; whitespace and newlines produce no tokens.
pub fn scan(src: &str) -> (Vec<Token>, EndState) {
    let b = src.as_bytes();
    let mut toks = Vec::new();
    let mut st = EndState::default();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\x0c' | b'\r' => i += 1,
            b'\n' => {
                i += 1;
                line_start = true;
                continue;
            }
            b'\\' => i += 1,
            b'#' => {
                let end = src[i..].find('\n').map(|e| i + e).unwrap_or(b.len());
                toks.push(Token { kind: Kind::Comment, start: i, end });
                if end == b.len() {
                    st.in_comment = true;
                }
                i = end;
            }
            b'\'' | b'"' => {
                let (end, open) = scan_string(src, i);
                toks.push(Token { kind: Kind::Str, start: i, end });
                st.in_string = open;
                i = end;
            }
            b'0'..=b'9' => {
                let end = scan_number(b, i);
                toks.push(Token { kind: Kind::Number, start: i, end });
                i = end;
            }
            b'.' if i + 1 < b.len() && b[i + 1].is_ascii_digit() => {
                let end = scan_number(b, i);
                toks.push(Token { kind: Kind::Number, start: i, end });
                i = end;
            }
            b':' if line_start && toks.is_empty() && i + 1 < b.len() && (b[i + 1] as char).is_ascii_alphabetic() => {
                let mut end = i + 1;
                while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'_') {
                    end += 1;
                }
                toks.push(Token { kind: Kind::Command, start: i, end });
                i = end;
            }
            _ => {
                let ch = src[i..].chars().next().unwrap();
                if is_ident_start(ch) {
                    let mut end = i + ch.len_utf8();
                    for c2 in src[end..].chars() {
                        if !is_ident_char(c2) {
                            break;
                        }
                        end += c2.len_utf8();
                    }
                    let word = &src[i..end];
                    // string prefix: r"", b'', f"", rb"", ...
                    if end < b.len() && (b[end] == b'\'' || b[end] == b'"') && is_string_prefix(word) {
                        let (send, open) = scan_string(src, end);
                        toks.push(Token { kind: Kind::Str, start: i, end: send });
                        st.in_string = open;
                        i = send;
                    } else {
                        let kind = if is_keyword(word) { Kind::Keyword } else { Kind::Name };
                        toks.push(Token { kind, start: i, end });
                        i = end;
                    }
                } else {
                    let len = ch.len_utf8();
                    match ch {
                        '(' | '[' | '{' => st.open_brackets.push(i),
                        ')' | ']' | '}' => {
                            st.open_brackets.pop();
                        }
                        _ => {}
                    }
                    toks.push(Token { kind: Kind::Op, start: i, end: i + len });
                    i += len;
                }
            }
        }
        line_start = false;
        // a string or comment that did not reach the end leaves no open state
        if i < b.len() {
            st.in_string = false;
            st.in_comment = false;
        }
    }
    (toks, st)
}

fn is_string_prefix(w: &str) -> bool {
    w.len() <= 2 && w.chars().all(|c| matches!(c, 'r' | 'R' | 'b' | 'B' | 'u' | 'U' | 'f' | 'F')) && !(w.len() == 2 && w.chars().any(|c| c == 'u' || c == 'U'))
}

/// Scans a string literal whose quote starts at `q`; returns (end, still
/// open). A backslash keeps the next character in the string, in raw
/// strings too (as Python's tokenizer does).
fn scan_string(src: &str, q: usize) -> (usize, bool) {
    let b = src.as_bytes();
    let quote = b[q];
    let triple = q + 2 < b.len() && b[q + 1] == quote && b[q + 2] == quote;
    let mut i = if triple { q + 3 } else { q + 1 };
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if !triple && c == b'\n' {
            // an unterminated one-line string ends at the line's end
            return (i, false);
        }
        if c == quote {
            if !triple {
                return (i + 1, false);
            }
            if i + 2 < b.len() && b[i + 1] == quote && b[i + 2] == quote {
                return (i + 3, false);
            }
        }
        i += 1;
    }
    (b.len(), true)
}

fn scan_number(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let c = b[i];
        let exponent_sign = (c == b'+' || c == b'-') && i > 0 && (b[i - 1] == b'e' || b[i - 1] == b'E') && !is_hex_prefix(b, i);
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i.min(b.len())
}

fn is_hex_prefix(b: &[u8], i: usize) -> bool {
    // `0x1e+1` is 0x1e plus 1, not an exponent
    let mut j = i;
    while j > 0 && (b[j - 1].is_ascii_alphanumeric() || b[j - 1] == b'_' || b[j - 1] == b'.') {
        j -= 1;
    }
    b.len() > j + 1 && b[j] == b'0' && (b[j + 1] == b'x' || b[j + 1] == b'X')
}

/// The bracket matching the one at byte `at` (which must be a bracket token), if any.
pub fn matching_bracket(src: &str, toks: &[Token], at: usize) -> Option<usize> {
    let idx = toks.iter().position(|t| t.kind == Kind::Op && t.start == at)?;
    let c = src.as_bytes()[at];
    let (open, close, forward) = match c {
        b'(' => (b'(', b')', true),
        b'[' => (b'[', b']', true),
        b'{' => (b'{', b'}', true),
        b')' => (b'(', b')', false),
        b']' => (b'[', b']', false),
        b'}' => (b'{', b'}', false),
        _ => return None,
    };
    let mut depth = 0i32;
    let ops = |t: &&Token| t.kind == Kind::Op;
    if forward {
        for t in toks[idx..].iter().filter(ops) {
            let ch = src.as_bytes()[t.start];
            if ch == open {
                depth += 1;
            } else if ch == close {
                depth -= 1;
                if depth == 0 {
                    return Some(t.start);
                }
            }
        }
    } else {
        for t in toks[..=idx].iter().rev().filter(ops) {
            let ch = src.as_bytes()[t.start];
            if ch == close {
                depth += 1;
            } else if ch == open {
                depth -= 1;
                if depth == 0 {
                    return Some(t.start);
                }
            }
        }
    }
    None
}

/// The indentation (leading spaces and tabs) of a line.
pub fn indent_of(line: &str) -> &str {
    let n = line.len() - line.trim_start_matches([' ', '\t']).len();
    &line[..n]
}

/// How the next line of an unfinished entry should be indented, given the
/// entry so far (every line ends in '\n'). Mirrors IDLE: one level deeper
/// after a line ending in `:`, one level shallower after `return`, `pass`,
/// `break`, `continue` or `raise`, otherwise the same as the line before.
pub fn next_indent(entry: &str) -> String {
    let (toks, st) = scan(entry);
    if st.in_string {
        // inside a triple-quoted string spaces would change its value
        return String::new();
    }
    let body = entry.strip_suffix('\n').unwrap_or(entry);
    let last_start = body.rfind('\n').map(|p| p + 1).unwrap_or(0);
    let last = &body[last_start..];
    if last.trim().is_empty() {
        // a blank line inside brackets: keep the indentation of the line before
        let prev = body[..last_start.saturating_sub(1)].rsplit('\n').find(|l| !l.trim().is_empty()).unwrap_or("");
        return indent_of(prev).to_string();
    }
    let indent = indent_of(last).to_string();
    let line_toks: Vec<&Token> = toks.iter().filter(|t| t.start >= last_start && t.kind != Kind::Comment).collect();
    if !st.open_brackets.is_empty() {
        return indent;
    }
    let last_tok = line_toks.last().map(|t| &entry[t.start..t.end]);
    if last_tok == Some(":") {
        return format!("{}    ", indent);
    }
    let first_tok = line_toks.first().map(|t| &entry[t.start..t.end]);
    if matches!(first_tok, Some("return" | "pass" | "break" | "continue" | "raise")) {
        let n = indent.len().saturating_sub(4);
        return " ".repeat(n);
    }
    indent
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(Kind, &str)> {
        scan(src).0.iter().map(|t| (t.kind, &src[t.start..t.end])).collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(
            kinds("def f(x): return 'a' # c"),
            vec![
                (Kind::Keyword, "def"),
                (Kind::Name, "f"),
                (Kind::Op, "("),
                (Kind::Name, "x"),
                (Kind::Op, ")"),
                (Kind::Op, ":"),
                (Kind::Keyword, "return"),
                (Kind::Str, "'a'"),
                (Kind::Comment, "# c"),
            ]
        );
        assert_eq!(kinds("x=1.5e-3+0x1e+rb'\\''"), vec![(Kind::Name, "x"), (Kind::Op, "="), (Kind::Number, "1.5e-3"), (Kind::Op, "+"), (Kind::Number, "0x1e"), (Kind::Op, "+"), (Kind::Str, "rb'\\''")]);
        assert_eq!(kinds(":heap int"), vec![(Kind::Command, ":heap"), (Kind::Name, "int")]);
    }

    #[test]
    fn end_state() {
        assert!(scan("s = '''abc\ndef").1.in_string);
        assert!(!scan("s = '''abc'''").1.in_string);
        assert!(scan("s = 'abc").1.in_string);
        assert_eq!(scan("f(a, [1").1.open_brackets, vec![1, 5]);
        assert!(scan("x # hi").1.in_comment);
    }

    #[test]
    fn brackets() {
        let s = "f(a[1], (2))";
        let (t, _) = scan(s);
        assert_eq!(matching_bracket(s, &t, 1), Some(11));
        assert_eq!(matching_bracket(s, &t, 11), Some(1));
        assert_eq!(matching_bracket(s, &t, 3), Some(5));
    }

    #[test]
    fn indent() {
        assert_eq!(next_indent("def f():\n"), "    ");
        assert_eq!(next_indent("def f():\n    x = 1\n"), "    ");
        assert_eq!(next_indent("def f():\n    if x:  # c\n"), "        ");
        assert_eq!(next_indent("def f():\n    return 1\n"), "");
        assert_eq!(next_indent("s = '''\n"), "");
        assert_eq!(next_indent("    x = f(1,\n"), "    ");
    }
}
