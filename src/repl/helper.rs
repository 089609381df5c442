//! The rustyline helper: completion, highlighting, and the key handlers
//! for smart indentation.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashSet;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Cmd, ConditionalEventHandler, Context, Event, EventContext, Helper, Movement, RepeatCount};

use crate::runtime::Interp;

use super::complete::{self, Candidate};
use super::highlight::{self, BOLD_MAGENTA, RESET};

impl rustyline::completion::Candidate for Candidate {
    fn display(&self) -> &str {
        &self.display
    }
    fn replacement(&self) -> &str {
        &self.replacement
    }
}

pub struct GlassHelper {
    pub color: bool,
    /// The lines of the current entry typed before this one (each ending in '\n').
    pub context: String,
    builtins: HashSet<String>,
    /// rustyline is drawing the line for the last time (Enter was pressed):
    /// no bracket marks then, they would stay in the scrollback.
    final_draw: Cell<bool>,
    /// The interpreter, readable while `readline` runs (see `set_interp`).
    interp: *const Interp,
}

impl GlassHelper {
    pub fn new(color: bool, builtins: Vec<String>) -> GlassHelper {
        GlassHelper { color, context: String::new(), builtins: builtins.into_iter().collect(), final_draw: Cell::new(false), interp: std::ptr::null() }
    }

    /// Lets completion read `it` until `clear_interp`. The caller must not
    /// use `it` in between: it is set just before `readline` (which only
    /// reads it, from this thread) and cleared just after.
    pub fn set_interp(&mut self, it: &Interp) {
        self.interp = it as *const Interp;
    }

    pub fn clear_interp(&mut self) {
        self.interp = std::ptr::null();
    }

    fn interp(&self) -> Option<&Interp> {
        // SAFETY: see set_interp; the pointer is null outside readline.
        unsafe { self.interp.as_ref() }
    }
}

impl Completer for GlassHelper {
    type Candidate = Candidate;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<Candidate>)> {
        Ok(complete::complete(self.interp(), line, pos, &self.context))
    }
}

impl Hinter for GlassHelper {
    type Hint = String;
}

impl Validator for GlassHelper {}

impl Highlighter for GlassHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        let cursor = if self.final_draw.get() { None } else { Some(pos) };
        Cow::Owned(highlight::highlight(line, &self.context, cursor, &|w| self.builtins.contains(w)))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, _default: bool) -> Cow<'b, str> {
        if !self.color {
            return Cow::Borrowed(prompt);
        }
        Cow::Owned(format!("{}{}{}", BOLD_MAGENTA, prompt, RESET))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, forced: bool) -> bool {
        self.final_draw.set(forced);
        self.color
    }
}

impl Helper for GlassHelper {}

/// Backspace in leading spaces removes one level of indentation (to the
/// previous multiple of four).
pub struct SmartBackspace;

impl ConditionalEventHandler for SmartBackspace {
    fn handle(&self, _: &Event, n: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let before = &ctx.line()[..ctx.pos()];
        let line_start = before.rfind('\n').map(|p| p + 1).unwrap_or(0);
        let lead = &before[line_start..];
        if n != 1 || lead.is_empty() || !lead.bytes().all(|b| b == b' ') {
            return None;
        }
        let k = (lead.len() - 1) % 4 + 1;
        Some(Cmd::Kill(Movement::BackwardChar(k as RepeatCount)))
    }
}

/// Alt-Enter: a new line inside the text being edited (a block recalled
/// from history, or one being written as a whole), indented for what the
/// text so far opens, as 3.13's prompt does.
pub struct IndentedNewline;

impl ConditionalEventHandler for IndentedNewline {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let before = &ctx.line()[..ctx.pos()];
        let indent = super::scan::next_indent(&format!("{}\n", before));
        Some(Cmd::Insert(1, format!("\n{}", indent)))
    }
}

/// F1, F2, F3 (help, history, paste mode): the key and the text being
/// edited are noted, and `readline` is left as by Ctrl-C; the prompt loop
/// then does what the key asks and offers the text again.
pub struct FunctionKey {
    pub key: u8,
    pub pressed: std::sync::Arc<std::sync::Mutex<Option<(u8, String)>>>,
}

impl ConditionalEventHandler for FunctionKey {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        if let Ok(mut p) = self.pressed.lock() {
            *p = Some((self.key, ctx.line().to_string()));
        }
        Some(Cmd::Interrupt)
    }
}
