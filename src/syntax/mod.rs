//! Front end: tokenizer, LALRPOP parser and CPython-compatible syntax errors.

pub mod ast;
pub mod lexer;
pub mod parser;

pub use ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep to compile: CPython's compile-time RecursionError,
    /// reported without a source line.
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

#[derive(Clone, Debug)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// e.g. "invalid syntax", "'(' was never closed"
    pub msg: String,
    /// 1-based line number.
    pub lineno: usize,
    /// 1-based column (in characters) of the caret, as CPython's `SyntaxError.offset`.
    pub offset: usize,
    /// 1-based end column (exclusive); `offset + 1` for a single caret.
    pub end_offset: usize,
    /// The offending source line, without its newline.
    pub text: String,
}

impl SyntaxError {
    /// CPython 3.11's rendering of the error, ending in a newline.
    pub fn render(&self, filename: &str) -> String {
        if self.kind == SyntaxErrorKind::RecursionError {
            return format!("RecursionError: {}\n", self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", filename, self.lineno);
        if !self.text.is_empty() {
            let stripped = self.text.trim_start_matches([' ', '\t', '\x0c']);
            let removed = self.text.chars().count() - stripped.chars().count();
            let stripped = stripped.trim_end_matches(['\n', '\r']);
            out.push_str("    ");
            out.push_str(stripped);
            out.push('\n');
            let len = stripped.chars().count() as isize;
            // 0-based caret column in the stripped text
            let off = self.offset as isize - 1 - removed as isize;
            if off >= 0 {
                let off = off.min(len);
                let end = (self.end_offset as isize - 1 - removed as isize).min(len.max(off + 1));
                let n = if end > off { end - off } else { 1 };
                out.push_str("    ");
                out.push_str(&" ".repeat(off as usize));
                out.push_str(&"^".repeat(n as usize));
                out.push('\n');
            }
        }
        out.push_str(self.kind.name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.lineno)
    }
}

/// Build a `SyntaxError` for the byte range `start..end` of `src`.
pub fn make_error(src: &str, kind: SyntaxErrorKind, msg: String, start: usize, end: usize) -> SyntaxError {
    let start = floor_char(src, start.min(src.len()));
    let (lineno, col) = line_col(src, start);
    let end = floor_char(src, end.min(src.len()).max(start));
    let (eline, ecol) = line_col(src, end);
    let mut end_offset = if eline == lineno && ecol > col { ecol + 1 } else { col + 2 };
    if end > start && eline != lineno {
        // multi-line range: extend to the end of the first line
        let t = line_text(src, lineno);
        end_offset = t.chars().count() + 1;
        if end_offset <= col + 1 {
            end_offset = col + 2;
        }
    }
    SyntaxError { kind, msg, lineno, offset: col + 1, end_offset, text: line_text(src, lineno).to_string() }
}

fn floor_char(src: &str, mut i: usize) -> usize {
    while i > 0 && !src.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// 1-based line number and 0-based character column of byte `offset`.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char(src, offset.min(src.len()));
    let before = &src[..offset];
    let mut line = 1;
    let mut line_start = 0;
    let b = before.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'\r' => {
                if i + 1 < src.len() && src.as_bytes()[i + 1] == b'\n' {
                    // counted at the '\n'
                } else {
                    line += 1;
                    line_start = i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    (line, src[line_start..offset].chars().count())
}

/// The text of 1-based line `lineno` of `src` (no newline).
pub fn line_text(src: &str, lineno: usize) -> &str {
    let mut line = 1;
    let mut start = 0;
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() && line < lineno {
        match b[i] {
            b'\n' => {
                line += 1;
                start = i + 1;
            }
            b'\r' if !(i + 1 < b.len() && b[i + 1] == b'\n') => {
                line += 1;
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if line < lineno {
        return "";
    }
    let end = src[start..].find(['\n', '\r']).map(|e| start + e).unwrap_or(src.len());
    &src[start..end]
}

/// Parse a whole file / `-c` string / REPL entry into statements.
pub fn parse_module(src: &str) -> Result<Vec<Stmt>, SyntaxError> {
    parser::parse_module_ext(src).map_err(|e| e.err)
}

/// Parses the source of a standard-library module compiled into the
/// binary: glasspy's own, known to be shallow, so parsed on the running
/// thread (no parser thread with its large stack for each import).
pub fn parse_library_module(src: &str) -> Result<Vec<Stmt>, SyntaxError> {
    parser::parse_module_inner(src).map_err(|e| e.err)
}

/// A 64-bit hash of a source text: with its length, the key of a library
/// module's tree parsed at build time (`runtime/stdlib/frozen.rs`), so a
/// tree is only ever used for the very text it was parsed from. Eight
/// bytes at a time (an import hashes tens of kilobytes), every byte and
/// the length taken in; not for hash tables fed by users.
pub fn source_hash(src: &str) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes = src.as_bytes();
    let mut h = 0xCBF2_9CE4_8422_2325u64 ^ (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    h = (h ^ u64::from_le_bytes(last) ^ rest.len() as u64).wrapping_mul(K);
    h ^ (h >> 32)
}

/// Parses one interactive entry. A compound statement ends only at a blank
/// line, so a statement after it in the same entry (a dedented line typed
/// straight after the block) is "invalid syntax" there, as in CPython's REPL.
pub fn parse_entry(src: &str) -> Result<Vec<Stmt>, SyntaxError> {
    check_entry(src, parse_module(src)?)
}

/// Parses an entry typed at the prompt (`parse_entry`, with the interactive
/// tokenizer's view of unclosed brackets: see `parser::parse_prompt_ext`).
pub fn parse_prompt_entry(src: &str) -> Result<Vec<Stmt>, SyntaxError> {
    check_entry(src, parser::parse_prompt_ext(src).map_err(|e| e.err)?)
}

fn check_entry(src: &str, stmts: Vec<Stmt>) -> Result<Vec<Stmt>, SyntaxError> {
    if stmts.len() > 1 && is_compound(&stmts[0].kind) {
        let start = stmts[1].span.start as usize;
        let (lineno, col) = line_col(src, start);
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "invalid syntax".to_string(),
            lineno,
            offset: col + 1,
            end_offset: col + 2,
            text: line_text(src, lineno).to_string(),
        });
    }
    Ok(stmts)
}

/// Does CPython's interactive prompt want more lines for this buffer?
#[derive(Debug, PartialEq, Eq)]
pub enum EntryStatus {
    Complete,
    Incomplete,
}

/// Given the lines typed so far (joined with '\n', ending with '\n'), is the entry complete?
pub fn entry_status(buf: &str) -> EntryStatus {
    // Only blank lines / comments: complete (nothing to run).
    let meaningful = buf.lines().any(|l| {
        let t = l.trim_start_matches([' ', '\t', '\x0c']);
        !t.is_empty() && !t.starts_with('#')
    });
    if !meaningful {
        // ...unless a comment line ends in a continuation, which cannot happen.
        return EntryStatus::Complete;
    }
    let body = buf.strip_suffix('\n').unwrap_or(buf);
    let lines: Vec<&str> = body.split('\n').collect();
    // Only an empty line ends a block: a line of spaces does not (CPython's
    // interactive tokenizer; the terminal prompt turns the indentation it
    // offered back into an empty line).
    let ends_with_blank = buf.ends_with('\n') && lines.len() > 1 && lines.last().map(|l| l.trim_end_matches('\r').is_empty()).unwrap_or(false);
    match parser::parse_prompt_ext(buf) {
        Ok(stmts) => {
            let compound = stmts.first().map(|s| is_compound(&s.kind)).unwrap_or(false);
            // A statement after the block: the entry ends here, in an error
            // (parse_entry reports it).
            if compound && stmts.len() > 1 {
                return EntryStatus::Complete;
            }
            if compound && !ends_with_blank {
                EntryStatus::Incomplete
            } else {
                EntryStatus::Complete
            }
        }
        Err(e) => {
            if (e.unclosed && e.eof) || e.err.msg.starts_with("unterminated triple-quoted") {
                return EntryStatus::Incomplete;
            }
            if e.eof && !ends_with_blank {
                EntryStatus::Incomplete
            } else {
                EntryStatus::Complete
            }
        }
    }
}

fn is_compound(k: &StmtKind) -> bool {
    matches!(
        k,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::With { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_hash_sees_every_byte() {
        let a = "def f(x):\n    return x + 1\n";
        assert_eq!(source_hash(a), source_hash(&a.to_string()));
        // one byte changed anywhere, in a full word or in the tail
        for i in 0..a.len() {
            let mut b = a.as_bytes().to_vec();
            b[i] = if b[i] == b'y' { b'z' } else { b'y' };
            assert_ne!(source_hash(a), source_hash(std::str::from_utf8(&b).unwrap()), "byte {i}");
        }
        // a trailing NUL is not the same as nothing
        assert_ne!(source_hash("abc"), source_hash("abc\0"));
        assert_ne!(source_hash(""), source_hash("\0\0\0\0\0\0\0\0"));
    }

    #[test]
    fn line_helpers() {
        let src = "ab\ncdé\r\nx";
        assert_eq!(line_col(src, 0), (1, 0));
        assert_eq!(line_col(src, 3), (2, 0));
        assert_eq!(line_col(src, 7), (2, 3));
        assert_eq!(line_col(src, 9), (3, 0));
        assert_eq!(line_text(src, 2), "cdé");
        assert_eq!(line_text(src, 3), "x");
        assert_eq!(line_text(src, 4), "");
    }

    #[test]
    fn render_like_cpython() {
        let e = parse_module("values = [1, 2, 3\n").unwrap_err();
        assert_eq!(
            e.render("x.py"),
            "  File \"x.py\", line 1\n    values = [1, 2, 3\n             ^\nSyntaxError: '[' was never closed\n"
        );
        let e = parse_module("if True:\n    print \"x\", 1\n").unwrap_err();
        assert_eq!(
            e.render("t.py"),
            "  File \"t.py\", line 2\n    print \"x\", 1\n    ^^^^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"
        );
        let e = parse_module("  x = 1\n").unwrap_err();
        assert_eq!(e.render("t.py"), "  File \"t.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n");
        let e = parse_module("if x:\n  a\n b\n").unwrap_err();
        assert_eq!(
            e.render("t.py"),
            "  File \"t.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"
        );
        let e = parse_module("a + b = 1\n").unwrap_err();
        assert_eq!(
            e.render("t.py"),
            "  File \"t.py\", line 1\n    a + b = 1\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"
        );
        let e = parse_module("x = 1 +\n").unwrap_err();
        assert_eq!(e.render("t.py"), "  File \"t.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n");
    }

    #[test]
    fn entry_status_rules() {
        use EntryStatus::*;
        assert_eq!(entry_status("x = 1\n"), Complete);
        assert_eq!(entry_status("\n"), Complete);
        assert_eq!(entry_status("# c\n"), Complete);
        assert_eq!(entry_status("x = (1,\n"), Incomplete);
        assert_eq!(entry_status("x = (1,\n2)\n"), Complete);
        assert_eq!(entry_status("s = '''abc\n"), Incomplete);
        assert_eq!(entry_status("s = '''abc\n'''\n"), Complete);
        assert_eq!(entry_status("x = 1 + \\\n"), Incomplete);
        assert_eq!(entry_status("if x:\n"), Incomplete);
        assert_eq!(entry_status("if x:\n    y = 1\n"), Incomplete);
        assert_eq!(entry_status("if x:\n    y = 1\nelse:\n"), Incomplete);
        assert_eq!(entry_status("if x:\n    y = 1\nelse:\n    z\n"), Incomplete);
        assert_eq!(entry_status("if x:\n    y = 1\n\n"), Complete);
        assert_eq!(entry_status("if x: pass\n"), Incomplete);
        assert_eq!(entry_status("if x: pass\n\n"), Complete);
        assert_eq!(entry_status("def f():\n    return (1,\n\n"), Incomplete);
        assert_eq!(entry_status("@dec\n"), Incomplete);
        assert_eq!(entry_status("@dec\ndef f(): pass\n"), Incomplete);
        assert_eq!(entry_status("@dec\ndef f(): pass\n\n"), Complete);
        // A line of spaces does not end a block (python3 -i).
        assert_eq!(entry_status("@dec\ndef f(): pass\n   \n"), Incomplete);
        assert_eq!(entry_status("while x:\n    y\n    \n"), Incomplete);
        // Errors that more lines cannot fix are reported at once.
        assert_eq!(entry_status("def h(:\n"), Complete);
        assert_eq!(entry_status("1 +\n"), Complete);
        assert_eq!(entry_status("print((1)\nprint(2)\n"), Complete);
        assert_eq!(entry_status("for i in x\n"), Complete);
        assert_eq!(entry_status(")\n"), Complete);
        assert_eq!(entry_status("x = = 1\n"), Complete);
        assert_eq!(entry_status("if x:\n\n"), Complete);
        assert_eq!(entry_status("if x:\n  y\n z\n"), Complete);
        assert_eq!(entry_status("for i in range(3):\n    print(i)\n\n"), Complete);
        assert_eq!(entry_status("class A:\n    def f(self):\n        pass\n"), Incomplete);
        assert_eq!(entry_status("x = [\n\n"), Incomplete);
        assert_eq!(entry_status("if x:\n    pass\ny = 1\n"), Complete);
        assert!(parse_entry("if x:\n    pass\ny = 1\n").is_err_and(|e| e.lineno == 3 && e.offset == 1));
        assert!(parse_entry("if x:\n    pass\nelse:\n    y = 1\n\n").is_ok());
        assert_eq!(entry_status("try:\n    1/0\n"), Incomplete);
        assert_eq!(entry_status("try:\n    1/0\nexcept:\n    pass\n\n"), Complete);
    }
}
