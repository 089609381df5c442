//! Colours: when to use them, the palette (CPython 3.13/3.14's default
//! theme), syntax highlighting of the input line and colouring of
//! tracebacks.

use std::io::IsTerminal;

use super::scan::{self, Kind};

pub const RESET: &str = "\x1b[0m";
pub const BOLD: &str = "\x1b[1m";
pub const RED: &str = "\x1b[31m";
pub const GREEN: &str = "\x1b[32m";
pub const YELLOW: &str = "\x1b[33m";
pub const MAGENTA: &str = "\x1b[35m";
pub const CYAN: &str = "\x1b[36m";
pub const GREY: &str = "\x1b[90m";
pub const BOLD_RED: &str = "\x1b[1;31m";
pub const BOLD_BLUE: &str = "\x1b[1;34m";
pub const BOLD_MAGENTA: &str = "\x1b[1;35m";
pub const BOLD_UNDERLINE: &str = "\x1b[1;4m";

/// Colour only on a terminal (stdout and stderr), never with `NO_COLOR`
/// set (https://no-color.org) or `TERM=dumb`.
pub fn use_color() -> bool {
    if std::env::var_os("NO_COLOR").map(|v| !v.is_empty()).unwrap_or(false) {
        return false;
    }
    if std::env::var("TERM").map(|t| t == "dumb").unwrap_or(false) {
        return false;
    }
    std::io::stdout().is_terminal() && std::io::stderr().is_terminal()
}

/// Wraps `s` in `color` when colours are on.
pub fn paint(on: bool, color: &str, s: &str) -> String {
    if on {
        format!("{}{}{}", color, s, RESET)
    } else {
        s.to_string()
    }
}

/// Highlights `line`, the text being edited; `context` is the part of the
/// entry typed on earlier lines (so a string opened there stays a string).
/// `builtins` tells the names to show as builtins; `cursor` (a byte offset
/// in `line`) marks a bracket whose partner is highlighted too. The result
/// has the same display width as `line`.
pub fn highlight(line: &str, context: &str, cursor: Option<usize>, is_builtin: &dyn Fn(&str) -> bool) -> String {
    let full;
    let (src, base) = if context.is_empty() {
        (line, 0)
    } else {
        full = format!("{}{}", context, line);
        (full.as_str(), context.len())
    };
    let (toks, _) = scan::scan(src);
    // the bracket at / just before the cursor and its partner
    let mut marks: Vec<usize> = vec![];
    if let Some(c) = cursor {
        let c = base + c;
        for at in [c, c.wrapping_sub(1)] {
            if at < src.len() && toks.iter().any(|t| t.kind == Kind::Op && t.start == at && b"()[]{}".contains(&src.as_bytes()[at])) {
                if let Some(m) = scan::matching_bracket(src, &toks, at) {
                    marks = vec![at, m];
                }
                break;
            }
        }
    }
    let mut out = String::with_capacity(line.len() * 2);
    let mut pos = base;
    let mut prev_word: Option<&str> = None;
    for t in &toks {
        if t.end <= base {
            if t.kind != Kind::Comment {
                prev_word = Some(&src[t.start..t.end]);
            }
            continue;
        }
        let start = t.start.max(base);
        out.push_str(&src[pos..start]);
        let text = &src[start..t.end];
        let word = &src[t.start..t.end];
        let color = match t.kind {
            Kind::Keyword => Some(BOLD_BLUE),
            Kind::Str => Some(GREEN),
            Kind::Number => Some(YELLOW),
            Kind::Comment => Some(RED),
            Kind::Command => Some(BOLD_MAGENTA),
            Kind::Name if matches!(prev_word, Some("def" | "class")) => Some(BOLD),
            Kind::Name if prev_word != Some(".") && is_builtin(word) => Some(CYAN),
            Kind::Op if marks.contains(&t.start) => Some(BOLD_UNDERLINE),
            _ => None,
        };
        match color {
            Some(c) => {
                out.push_str(c);
                out.push_str(text);
                out.push_str(RESET);
            }
            None => out.push_str(text),
        }
        pos = t.end;
        if t.kind != Kind::Comment {
            prev_word = Some(word);
        }
    }
    if pos < src.len() {
        out.push_str(&src[pos.max(base)..]);
    }
    out
}

/// Colours traceback and syntax-error text, one line at a time, the way
/// CPython 3.13 does: file names, line numbers and function names in
/// magenta, the exception type in bold magenta, carets in red.
#[derive(Default)]
pub struct TracebackPainter {
    in_traceback: bool,
}

impl TracebackPainter {
    /// Colours one line (without its newline).
    pub fn line(&mut self, line: &str) -> String {
        if line == "Traceback (most recent call last):" {
            self.in_traceback = true;
            return line.to_string();
        }
        if let Some(rest) = line.strip_prefix("  File \"") {
            if let Some(q) = rest.find("\", line ") {
                self.in_traceback = true;
                let file = &rest[..q];
                let after = &rest[q + 8..];
                let (num, tail) = match after.find(", in ") {
                    Some(p) => (&after[..p], Some(&after[p + 5..])),
                    None => (after, None),
                };
                let mut s = format!("  File \"{}{}{}\", line {}{}{}", MAGENTA, file, RESET, MAGENTA, num, RESET);
                if let Some(func) = tail {
                    s.push_str(&format!(", in {}{}{}", MAGENTA, func, RESET));
                }
                return s;
            }
        }
        if !self.in_traceback {
            return line.to_string();
        }
        if line.starts_with(' ') || line.is_empty() {
            let t = line.trim();
            if !t.is_empty() && t.chars().all(|c| c == '^' || c == '~') {
                let lead = &line[..line.len() - line.trim_start().len()];
                let mut s = String::from(lead);
                for c in t.chars() {
                    s.push_str(if c == '^' { BOLD_RED } else { RED });
                    s.push(c);
                }
                s.push_str(RESET);
                return s;
            }
            return line.to_string();
        }
        // the first unindented line: the exception itself
        self.in_traceback = false;
        let name_end = line.find(": ").unwrap_or(line.len());
        let name = &line[..name_end];
        if name.is_empty() || !name.chars().all(|c| c == '.' || c == '_' || c.is_alphanumeric()) {
            return line.to_string();
        }
        let mut s = format!("{}{}{}", BOLD_MAGENTA, name, RESET);
        if name_end < line.len() {
            s.push_str(&format!(": {}{}{}", MAGENTA, &line[name_end + 2..], RESET));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\x1b' {
                for d in it.by_ref() {
                    if d == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn same_text() {
        let b = |w: &str| w == "print";
        for (line, ctx) in [("def f(x): return print('a', 1.5) # hi", ""), ("abc'''", "s = '''\n"), (":heap", ""), ("x = (1, [2, 3])", "")] {
            for cur in [None, Some(0), Some(5), Some(line.len())] {
                assert_eq!(strip(&highlight(line, ctx, cur, &b)), line);
            }
        }
        assert!(highlight("abc'''", "s = '''\n", None, &b).starts_with(GREEN));
        assert!(highlight("print", "", None, &b).starts_with(CYAN));
    }

    #[test]
    fn any_text_survives() {
        // pseudo-random snippets of Python-ish characters, including
        // unfinished strings, escapes and non-ASCII text
        let alphabet: Vec<char> = "ab_1.e+-x0'\"\\#()[]{}:= \n\trbfé→😀".chars().collect();
        let mut seed: u64 = 0x2545F4914F6CDD1D;
        let b = |w: &str| w == "a";
        for _ in 0..3000 {
            let mut line = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                line.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            let split = line.char_indices().map(|(i, _)| i).nth((seed % 5) as usize).unwrap_or(0);
            let (ctx, rest) = line.split_at(split);
            for cur in [None, Some(0), Some(rest.len())] {
                assert_eq!(strip(&highlight(rest, ctx, cur, &b)), rest, "{:?} {:?}", ctx, rest);
            }
            let _ = scan::next_indent(&format!("{}\n", line));
        }
    }

    #[test]
    fn traceback() {
        let mut p = TracebackPainter::default();
        assert_eq!(p.line("Traceback (most recent call last):"), "Traceback (most recent call last):");
        let f = p.line("  File \"<stdin>\", line 1, in <module>");
        assert_eq!(strip(&f), "  File \"<stdin>\", line 1, in <module>");
        assert!(f.contains(MAGENTA));
        let e = p.line("ZeroDivisionError: division by zero");
        assert!(e.starts_with(BOLD_MAGENTA));
        assert_eq!(p.line("hello"), "hello");
        p.line("  File \"<stdin>\", line 1");
        p.line("    x = (");
        assert!(p.line("        ^").contains(BOLD_RED));
        assert_eq!(strip(&p.line("SyntaxError: '(' was never closed")), "SyntaxError: '(' was never closed");
    }
}
