//! The prompt on a real terminal.
//!
//! Each line is read by its own `readline` call, so every line shows its
//! prompt (`>>> ` first, `... ` while an entry goes on), and lines are cut
//! into entries by the same `push_line` as piped input. A multi-line text
//! in one `readline` (a bracketed paste, or a block recalled from history)
//! is fed line by line too, so it runs as the same entries as typing it.
//! A complete entry goes into the history as one item (a whole `def` comes
//! back with one Up), and the history file is appended after every entry.
//!
//! Ctrl-C: while `readline` runs the terminal is in raw mode, so Ctrl-C is
//! a key (rustyline's `Interrupted`: the entry is discarded). While code
//! runs, the terminal is in normal mode and Ctrl-C is SIGINT; the handler
//! (`install_sigint`, also used by `main` for scripts) sets
//! `Interp::interrupt`, which the evaluator turns into KeyboardInterrupt.
//! rustyline only touches SIGWINCH, so the handler stays in place; it is
//! installed again before each entry all the same, and the flag is cleared
//! so a Ctrl-C that came between entries does not hit the next one.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use rustyline::config::{Behavior, BellStyle, ColorMode, CompletionType, Config, Configurer, EditMode};
use rustyline::error::ReadlineError;
use rustyline::history::{FileHistory, History};
use rustyline::{Editor, EventHandler, KeyCode, KeyEvent, Modifiers};

use crate::runtime::Interp;

use super::capture::Capture;
use super::helper::{FunctionKey, GlassHelper, IndentedNewline, SmartBackspace};
use super::highlight::{paint, use_color, BOLD_MAGENTA};
use super::{complete, push_line, run_entry, scan, PS1, PS2};
use crate::syntax::{entry_status, EntryStatus};

/// `GLASSPY_HISTORY` if set (empty: no history file), else `~/.glasspy_history`.
pub fn history_path() -> Option<PathBuf> {
    match std::env::var_os("GLASSPY_HISTORY") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".glasspy_history")),
    }
}

type Ed = Editor<GlassHelper, FileHistory>;

/// The function key pressed during the last `readline`, and the text it interrupted.
type Pressed = std::sync::Arc<std::sync::Mutex<Option<(u8, String)>>>;

fn make_editor(color: bool, it: &Interp, pressed: &Pressed) -> rustyline::Result<Ed> {
    let config = Config::builder()
        .max_history_size(10_000)?
        .history_ignore_dups(true)?
        .history_ignore_space(false)
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .completion_prompt_limit(200)
        .edit_mode(EditMode::Emacs)
        .bell_style(BellStyle::None)
        .color_mode(if color { ColorMode::Forced } else { ColorMode::Disabled })
        .bracketed_paste(true)
        // with stdout redirected, edit on the terminal itself (as CPython
        // keeps prompts out of stdout)
        .behavior(if std::io::stdout().is_terminal() { Behavior::Stdio } else { Behavior::PreferTerm })
        .indent_size(4)
        .tab_stop(8)
        .build();
    let mut rl: Ed = Editor::with_config(config)?;
    rl.set_helper(Some(GlassHelper::new(color, complete::builtin_names(it))));
    rl.bind_sequence(KeyEvent(KeyCode::Backspace, Modifiers::NONE), EventHandler::Conditional(Box::new(SmartBackspace)));
    // Alt-Enter: a new, auto-indented line inside the text being edited
    rl.bind_sequence(KeyEvent(KeyCode::Enter, Modifiers::ALT), EventHandler::Conditional(Box::new(IndentedNewline)));
    for key in 1..=3u8 {
        let handler = FunctionKey { key, pressed: pressed.clone() };
        rl.bind_sequence(KeyEvent(KeyCode::F(key), Modifiers::NONE), EventHandler::Conditional(Box::new(handler)));
    }
    Ok(rl)
}

/// What F2 shows: every remembered entry, without prompts, ready to copy.
fn history_text(rl: &Ed) -> String {
    let h = rl.history();
    let mut s = String::from("# history (F2); the prompt follows\n");
    for i in 0..h.len() {
        if let Ok(Some(e)) = h.get(i, rustyline::history::SearchDirection::Forward) {
            s.push_str(&e.entry);
            s.push('\n');
        }
    }
    s
}

/// The interactive prompt on a terminal. Returns the exit status.
pub fn run_terminal(it: &mut Interp) -> i32 {
    crate::inspect::diff::install(it);
    let color = use_color();
    // Output of entries passes through `capture` when both streams are the
    // terminal: to colour tracebacks, and to know where the cursor is.
    let capture = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
    let mut session = Session { color, capture, at_line_start: true };
    let pressed: Pressed = Default::default();
    let mut rl = match make_editor(color, it, &pressed) {
        Ok(r) => r,
        Err(_) => return super::run_piped(it, std::io::stdin().lock()),
    };
    // Output appears line by line, as on CPython's terminal stdout (the
    // interpreter's own writer buffers 64 KiB otherwise).
    if std::io::stdout().is_terminal() {
        let _ = it.out.flush();
        it.out = std::io::BufWriter::with_capacity(0, std::io::stdout());
    }
    let history = history_path();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    super::print_banner();
    let mut buf = String::new();
    let mut indent = String::new();
    // F3's paste mode: the lines collected so far
    let mut paste: Option<String> = None;
    let code = loop {
        let prompt = if paste.is_some() { PASTE_PROMPT } else if buf.is_empty() { PS1 } else { PS2 };
        // Output that ended mid-line (print(x, end='')) must not be drawn
        // over: rustyline then asks the terminal where the cursor is and
        // starts a new line if needed. Only then: the answer costs a round
        // trip to the terminal.
        rl.set_check_cursor_position(!session.at_line_start);
        session.at_line_start = true;
        if let Some(h) = rl.helper_mut() {
            h.context.clone_from(&buf);
            h.set_interp(it);
        }
        let r = if indent.is_empty() { rl.readline(prompt) } else { rl.readline_with_initial(prompt, (&indent, "")) };
        if let Some(h) = rl.helper_mut() {
            h.clear_interp();
        }
        match r {
            Ok(text) if paste.is_some() => {
                if let Some(p) = paste.as_mut() {
                    p.push_str(&text);
                    p.push('\n');
                }
                indent.clear();
            }
            Ok(mut text) => {
                // A paste after the auto-indent brings its own indentation.
                if text.contains('\n') && !indent.is_empty() && text.starts_with(&indent) && text[indent.len()..].starts_with([' ', '\t']) {
                    text.drain(..indent.len());
                }
                if let Some(code) = feed_text(it, &mut rl, &mut buf, &text, &mut session, history.as_deref()) {
                    break code;
                }
                indent = if buf.is_empty() { String::new() } else { scan::next_indent(&buf) };
            }
            Err(ReadlineError::Interrupted) if pressed.lock().map(|p| p.is_some()).unwrap_or(false) => {
                let Some((key, line)) = pressed.lock().ok().and_then(|mut p| p.take()) else { continue };
                // what was being typed is offered again
                indent = line;
                match key {
                    1 => crate::err_print!("\n{}", super::help_text()),
                    2 => crate::err_print!("\n{}", history_text(&rl)),
                    _ => match paste.take() {
                        None => {
                            crate::err_println!("\n(paste mode: F3 again runs what was collected)");
                            paste = Some(String::new());
                        }
                        Some(mut text) => {
                            text.push_str(&std::mem::take(&mut indent));
                            crate::err_println!();
                            if let Some(code) = feed_text(it, &mut rl, &mut buf, &text, &mut session, history.as_deref()) {
                                break code;
                            }
                            indent = if buf.is_empty() { String::new() } else { scan::next_indent(&buf) };
                        }
                    },
                }
            }
            Err(ReadlineError::Interrupted) => {
                paste = None;
                buf.clear();
                indent.clear();
                crate::err_println!("{}", paint(color, BOLD_MAGENTA, "KeyboardInterrupt"));
            }
            Err(ReadlineError::Eof) => {
                // as at the end of piped input: an unfinished entry still runs
                if !buf.trim().is_empty() {
                    let entry = std::mem::take(&mut buf);
                    if let Some(code) = run(it, &entry, &mut session) {
                        break code;
                    }
                }
                break 0;
            }
            Err(e) => {
                crate::err_println!("glasspy: cannot read the terminal: {}", e);
                break 1;
            }
        }
    };
    let _ = it.out.flush();
    code
}

struct Session {
    color: bool,
    capture: bool,
    /// The last entry's output ended with a newline (or was empty).
    at_line_start: bool,
}

/// The prompt of F3's paste mode.
const PASTE_PROMPT: &str = "(paste) ";

/// Feeds what one `readline` returned: a line as typed, or a text of many
/// lines (a paste, a recalled block, F3's paste mode) as 3.13's prompt
/// takes it: blank lines inside a block do not end it; each statement
/// that starts at the margin once what came before is complete begins the
/// next entry.
fn feed_text(it: &mut Interp, rl: &mut Ed, buf: &mut String, text: &str, session: &mut Session, history: Option<&std::path::Path>) -> Option<i32> {
    if text.contains('\n') {
        let mut entry = std::mem::take(buf);
        for line in text.split('\n') {
            if starts_statement(line) && !entry.trim().is_empty() && entry_status(&format!("{}\n", entry)) == EntryStatus::Complete {
                let done = std::mem::take(&mut entry);
                remember(rl, &done, history);
                if let Some(code) = run(it, &done, session) {
                    return Some(code);
                }
            }
            entry.push_str(line);
            entry.push('\n');
        }
        if entry.trim().is_empty() {
            return None;
        }
        if entry_status(&entry) != EntryStatus::Complete {
            // the block goes on: the next lines typed (or a blank one) end it
            *buf = entry.trim_end_matches('\n').to_string() + "\n";
            return None;
        }
        remember(rl, &entry, history);
        return run(it, &entry, session);
    }
    for line in text.split('\n') {
        // Enter on the indentation the prompt offered ends the block.
        let line = if line.trim().is_empty() { "" } else { line };
        let Some(entry) = push_line(buf, line) else { continue };
        remember(rl, &entry, history);
        if let Some(code) = run(it, &entry, session) {
            return Some(code);
        }
    }
    None
}

/// A line at the margin that is not the rest of a statement above it
/// (`else:`, `except`, a closing bracket...).
fn starts_statement(line: &str) -> bool {
    let word: String = line.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    !line.is_empty() && !line.starts_with([' ', '\t', '#', ')', ']', '}']) && !matches!(word.as_str(), "else" | "elif" | "except" | "finally" | "case")
}

/// Adds a complete entry to the history (a block as one item, without
/// its closing blank line) and appends it to the history file.
fn remember(rl: &mut Ed, entry: &str, history: Option<&std::path::Path>) {
    let lines: Vec<&str> = entry.trim_end_matches('\n').split('\n').collect();
    let mut n = lines.len();
    while n > 0 && lines[n - 1].trim().is_empty() {
        n -= 1;
    }
    let item = lines[..n].join("\n");
    if item.is_empty() {
        return;
    }
    let _ = rl.history_mut().add(&item);
    if let Some(h) = history {
        let _ = rl.append_history(h);
    }
}

/// Runs one entry with Ctrl-C armed, colouring its tracebacks if colour is on.
fn run(it: &mut Interp, entry: &str, session: &mut Session) -> Option<i32> {
    install_sigint(it);
    it.interrupt.store(false, std::sync::atomic::Ordering::Relaxed);
    let capture = if session.capture { Capture::start(session.color) } else { None };
    let r = run_entry(it, entry);
    let _ = it.out.flush();
    let _ = std::io::stdout().flush();
    session.at_line_start = match capture {
        Some(c) => c.finish(),
        // not seen: let rustyline check
        None => false,
    };
    r
}

/// Ctrl-C while code runs sets `it.interrupt` (checked by the evaluator).
pub fn install_sigint(it: &Interp) {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    static FLAG: Mutex<Option<Arc<AtomicBool>>> = Mutex::new(None);
    static RAW: std::sync::atomic::AtomicPtr<AtomicBool> = std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());
    extern "C" fn handler(_: libc::c_int) {
        let p = RAW.load(Ordering::Acquire);
        if !p.is_null() {
            // SAFETY: the Arc it points into is kept alive in FLAG.
            unsafe { (*p).store(true, Ordering::Relaxed) };
        }
    }
    {
        let mut g = FLAG.lock().unwrap_or_else(|e| e.into_inner());
        let same = g.as_ref().map(|a| Arc::ptr_eq(a, &it.interrupt)).unwrap_or(false);
        if !same {
            let a = it.interrupt.clone();
            RAW.store(Arc::as_ptr(&a) as *mut AtomicBool, Ordering::Release);
            // the old Arc (if any) is kept alive: a handler may still hold its pointer
            if let Some(old) = g.replace(a) {
                std::mem::forget(old);
            }
        }
    }
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler as *const () as usize;
        // No SA_RESTART: a blocking read (input()) returns EINTR, so it can
        // notice the interrupt (std's own read loops retry regardless).
        sa.sa_flags = 0;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}
