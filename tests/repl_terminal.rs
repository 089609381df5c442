//! The interactive REPL driven through a real pseudo-terminal (rexpect),
//! the way a person uses it: keys in, screen out.
//!
//! Every session gets its own HOME and history file under the target's
//! temporary directory, `TERM=xterm-256color`, and (unless a test is about
//! colour) `NO_COLOR=1`, so expectations need not step over escape codes.
//! Lines are ended with "\r", the Enter key.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rexpect::process::WaitStatus;
use rexpect::session::{spawn_command, PtySession};

const TIMEOUT_MS: u64 = 15_000;

/// A fresh directory for one session's HOME and history.
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("repl-{}-{}-{}", name, std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

struct Repl {
    p: PtySession,
    /// Everything read from the terminal so far.
    seen: String,
}

impl Repl {
    fn start(home: &PathBuf, color: bool) -> Repl {
        Repl::start_without(home, color, &[])
    }

    /// `start`, with the variables `unset` removed from glasspy's environment.
    fn start_without(home: &PathBuf, color: bool, unset: &[&str]) -> Repl {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_glasspy"));
        cmd.env("TERM", "xterm-256color").env("HOME", home).env_remove("GLASSPY_HISTORY").env_remove("NO_COLOR");
        for v in unset {
            cmd.env_remove(v);
        }
        if !color {
            cmd.env("NO_COLOR", "1");
        }
        let p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("start glasspy in a pty");
        let mut r = Repl { p, seen: String::new() };
        r.expect("Type :help for memory commands.");
        r.next_prompt();
        r
    }

    /// Waits for `s` on the screen; returns what came before it.
    fn expect(&mut self, s: &str) -> String {
        match self.p.exp_string(s) {
            Ok(before) => {
                self.seen.push_str(&before);
                self.seen.push_str(s);
                before
            }
            Err(e) => panic!("waiting for {:?}: {}\n--- screen so far ---\n{}", s, e, self.seen),
        }
    }

    /// Types `text` (no Enter).
    fn keys(&mut self, text: &str) {
        self.p.send(text).unwrap();
        self.p.flush().unwrap();
    }

    /// Types a line and Enter, then waits for the next prompt (`>>> ` or `... `).
    fn line(&mut self, text: &str) -> String {
        self.keys(&format!("{}\r", text));
        self.next_prompt()
    }

    /// Output up to the next prompt, either kind. rustyline redraws the
    /// prompt with every refresh of the line; a new prompt is the one after
    /// the escape that turns bracketed paste on, sent once per line read.
    fn next_prompt(&mut self) -> String {
        match self.p.exp_regex(r"\x1b\[\?2004h[^>.]*(>>> |\.\.\. )") {
            Ok((before, m)) => {
                self.seen.push_str(&before);
                self.seen.push_str(&m);
                before
            }
            Err(e) => panic!("waiting for a prompt: {}\n--- screen so far ---\n{}", e, self.seen),
        }
    }

    /// Ctrl-D on the empty line: the session ends; returns its exit status.
    fn quit(mut self) -> i32 {
        self.p.send_control('d').unwrap();
        self.wait_exit()
    }

    fn wait_exit(&mut self) -> i32 {
        let rest = self.p.exp_eof().unwrap_or_default();
        self.seen.push_str(&rest);
        match self.p.process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("glasspy did not exit normally: {:?}\n{}", other, self.seen),
        }
    }
}

#[test]
fn def_typed_line_by_line_then_called() {
    let home = scratch("def");
    let mut r = Repl::start(&home, false);
    r.line("def double(x):");
    // the body is indented for us (auto-indent)...
    r.line("y = x * 2");
    r.line("return y");
    // ...and after `return` the indentation goes back: Enter ends the block
    r.line("");
    let out = r.line("double(21)");
    assert!(out.contains("42"), "{}", r.seen);
    // typing the indentation by hand works as well
    r.line("def triple(x):");
    r.keys("\x15"); // Ctrl-U: remove the automatic indentation
    r.line("    return x * 3");
    r.line("");
    let out = r.line("triple(14)");
    assert!(out.contains("42"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn each_entry_is_its_own_code_block() {
    let home = scratch("is");
    let mut r = Repl::start(&home, false);
    r.line("a = 1000");
    r.line("b = 1000");
    let out = r.line("a is b");
    assert!(out.contains("False"), "{}", r.seen);
    let out = r.line("c = 1000; d = 1000; c is d");
    assert!(out.contains("True"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn ctrl_c_interrupts_running_code_and_keeps_state() {
    let home = scratch("ctrlc");
    let mut r = Repl::start(&home, false);
    r.line("kept = 'still here'");
    r.line("n = 0");
    r.line("if True:");
    r.line("print('loop' + 'ing')");
    r.line("while True: n += 1");
    r.keys("\r");
    r.expect("looping");
    std::thread::sleep(Duration::from_millis(300));
    r.p.send_control('c').unwrap();
    let out = r.expect("KeyboardInterrupt");
    // the traceback shows where the code was
    assert!(out.contains("Traceback (most recent call last):"), "{}", r.seen);
    assert!(out.contains("File \"<stdin>\", line 3, in <module>"), "{}", r.seen);
    r.next_prompt();
    let out = r.line("kept, n > 0");
    assert!(out.contains("('still here', True)"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn ctrl_c_at_the_prompt_discards_the_line() {
    let home = scratch("ctrlc-prompt");
    let mut r = Repl::start(&home, false);
    r.keys("x = 'never run'");
    r.p.send_control('c').unwrap();
    r.expect("KeyboardInterrupt");
    r.next_prompt();
    // inside a block too: the whole entry goes
    r.line("for i in range(3):");
    r.keys("print('nope')");
    r.p.send_control('c').unwrap();
    r.expect("KeyboardInterrupt");
    r.next_prompt();
    let out = r.line("'x' in globals(), 'i' in globals()");
    assert!(out.contains("(False, False)"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn ctrl_d_and_exit() {
    let home = scratch("exit");
    let r = Repl::start(&home, false);
    assert_eq!(r.quit(), 0);
    let mut r = Repl::start(&home, false);
    r.keys("exit(3)\r");
    assert_eq!(r.wait_exit(), 3);
    let mut r = Repl::start(&home, false);
    r.keys("quit()\r");
    assert_eq!(r.wait_exit(), 0);
    let mut r = Repl::start(&home, false);
    r.keys("exit\r");
    assert_eq!(r.wait_exit(), 0);
}

#[test]
fn errors_never_end_the_session() {
    let home = scratch("errors");
    let mut r = Repl::start(&home, false);
    r.line("v = 7");
    let out = r.line("1 +* 2");
    assert!(out.contains("SyntaxError: invalid syntax"), "{}", r.seen);
    let out = r.line("1 / 0");
    assert!(out.contains("ZeroDivisionError: division by zero"), "{}", r.seen);
    let out = r.line("undefined_name");
    assert!(out.contains("NameError: name 'undefined_name' is not defined"), "{}", r.seen);
    let out = r.line("v");
    assert!(out.contains('7'), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn history_is_recalled_in_a_new_session() {
    let home = scratch("history");
    let mut r = Repl::start(&home, false);
    r.line("def block():");
    r.line("return 'whole block'");
    r.line("");
    r.line("recalled_value = 6 * 7");
    assert_eq!(r.quit(), 0);
    assert!(home.join(".glasspy_history").exists());

    let mut r = Repl::start(&home, false);
    // Up: the assignment from the last session; Enter runs it
    r.keys("\x1b[A\r");
    r.next_prompt();
    let out = r.line("recalled_value");
    assert!(out.contains("42"), "{}", r.seen);
    // Up three times: `recalled_value`, the assignment, then the whole def
    // as one item; Enter, then Enter on the blank continuation line
    r.keys("\x1b[A\x1b[A\x1b[A\r");
    r.next_prompt();
    r.line("");
    let out = r.line("block()");
    assert!(out.contains("'whole block'"), "{}", r.seen);
    assert_eq!(r.quit(), 0);

    // GLASSPY_HISTORY moves the file
    let other = home.join("elsewhere");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_glasspy"));
    cmd.env("TERM", "xterm-256color").env("HOME", &home).env("GLASSPY_HISTORY", &other).env("NO_COLOR", "1");
    let p = spawn_command(cmd, Some(TIMEOUT_MS)).unwrap();
    let mut r = Repl { p, seen: String::new() };
    r.next_prompt();
    r.line("'into the other file'");
    assert_eq!(r.quit(), 0);
    assert!(std::fs::read_to_string(&other).unwrap().contains("'into the other file'"));
}

#[test]
fn tab_completes_a_global_name() {
    let home = scratch("tab");
    let mut r = Repl::start(&home, false);
    r.line("a_rather_long_global_name = 41");
    r.keys("a_rather\t");
    r.expect("a_rather_long_global_name");
    let out = r.line(" + 1");
    assert!(out.contains("42"), "{}", r.seen);
    // attributes after a dot, module members after `gc.`
    r.line("import gc");
    r.keys("gc.get_coun\t");
    r.expect("gc.get_count(");
    let out = r.line(")");
    assert!(out.contains('('), "{}", r.seen);
    // Tab at the start of a line indents
    r.line("if True:");
    r.keys("\t");
    let out = r.line("x_in_block = 1");
    assert!(!out.contains("Error"), "{}", r.seen);
    r.line("");
    assert_eq!(r.quit(), 0);
}

#[test]
fn bracketed_paste_runs_the_same_entries_as_typing() {
    let home = scratch("paste");
    let mut r = Repl::start(&home, false);
    r.keys("\x1b[200~a = 1000\rb = 1000\ra is b\rdef f():\r    return a\r\rf() is a\r\x1b[201~");
    r.keys("\r");
    let out = r.expect("True");
    assert!(out.contains("False"), "{}", r.seen);
    r.next_prompt();
    assert_eq!(r.quit(), 0);
}

#[test]
fn help_and_heap_commands() {
    let home = scratch("commands");
    let mut r = Repl::start(&home, false);
    let out = r.line(":help");
    assert!(out.contains(":heap"), "{}", r.seen);
    let out = r.line("help");
    assert!(out.contains(":heap"), "{}", r.seen);
    let out = r.line(":heap");
    assert!(out.contains("objects") && out.contains("bytes") && out.contains("total"), "{}", r.seen);
    let out = r.line(":nonsense");
    assert!(out.contains("unknown command :nonsense"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn glass_commands_at_the_terminal() {
    // The same commands as in piped `glasspy -i`, in a real terminal.
    let home = scratch("glass");
    let mut r = Repl::start(&home, false);
    r.line("x = [1, 2]");
    r.line("y = x");
    let out = r.line(":why x");
    assert!(out.contains("global 'y' (__main__)") && out.contains("2 holders = refcount 2"), "{}", r.seen);
    let out = r.line(":diff");
    assert!(out.contains("count  list [1, 2]") && out.contains("1 -> 2"), "{}", r.seen);
    let out = r.line(":is x y");
    assert!(out.contains("True: both are the same object"), "{}", r.seen);
    let out = r.line(":size x");
    assert!(out.contains("sys.getsizeof: 72 bytes"), "{}", r.seen);
    r.line(":trace x");
    let out = r.line("del y");
    assert!(out.contains("2 -> 1"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

/// An SGR escape sequence (colour or style): ESC [ digits/semicolons m.
fn has_sgr(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == 0x1b && b[i + 1] == b'[' {
            let mut j = i + 2;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b';') {
                j += 1;
            }
            if j < b.len() && b[j] == b'm' {
                return true;
            }
        }
        i += 1;
    }
    false
}

#[test]
fn no_colour_codes_with_no_color() {
    let home = scratch("nocolor");
    let mut r = Repl::start(&home, false);
    r.line("def f(x): return 'str' + str(x)  # comment");
    r.line("");
    r.line("f(1), [1, (2, 3)], None");
    r.line("1/0");
    r.line("x = (");
    r.line(")");
    r.line(":heap");
    r.keys("pri\t\t");
    r.keys("\x15");
    r.line("");
    let mut seen = std::mem::take(&mut r.seen);
    let code = {
        r.p.send_control('d').unwrap();
        let c = r.wait_exit();
        seen.push_str(&r.seen);
        c
    };
    assert_eq!(code, 0);
    assert!(seen.contains("ZeroDivisionError"), "{}", seen);
    assert!(!has_sgr(&seen), "colour codes with NO_COLOR=1:\n{:?}", seen);
}

#[test]
fn colours_on_a_terminal() {
    let home = scratch("color");
    let mut r = Repl::start(&home, true);
    let out = r.line("1/0");
    // a magenta prompt, highlighted input, a coloured traceback
    assert!(r.seen.contains("\x1b[1;35m>>> \x1b[0m"), "{:?}", r.seen);
    assert!(out.contains("\x1b[33m1\x1b[0m"), "{:?}", out);
    assert!(out.contains("\x1b[1;35mZeroDivisionError\x1b[0m"), "{:?}", out);
    assert_eq!(r.quit(), 0);
}

/// `:gc`, `:arena` and `:block` at the terminal prompt print what the same
/// entries piped to `glasspy -i` print (tests/golden/inspect/*.out, made
/// without GLASSPY_GC_STRESS, which changes when garbage is found).
#[test]
fn inspection_commands_as_piped() {
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden").join("inspect");
    for case in ["gc_self_list", "gc_del_cycle", "arena_map"] {
        let home = scratch(case);
        let mut r = Repl::start_without(&home, false, &["GLASSPY_GC_STRESS"]);
        let src = std::fs::read_to_string(golden.join(format!("{}.py", case))).unwrap();
        let mut screen = String::new();
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            screen.push_str(&r.line(line));
        }
        assert_eq!(r.quit(), 0);
        let screen = screen.replace('\r', "");
        let want = std::fs::read_to_string(golden.join(format!("{}.out", case))).unwrap();
        let mut rest = screen.as_str();
        for w in want.lines().filter(|l| !l.is_empty()) {
            match rest.find(w) {
                Some(p) => rest = &rest[p + w.len()..],
                None => panic!("{}: the terminal did not print {:?} (in order)\n--- screen ---\n{}", case, w, screen),
            }
        }
    }
}

// ----- as Python 3.13's prompt: pastes with blank lines, F1, F2, F3, Alt-Enter -----

/// xterm's function keys.
const F1: &str = "\x1bOP";
const F2: &str = "\x1bOQ";
const F3: &str = "\x1bOR";

#[test]
fn pasted_block_with_blank_lines_runs_as_one_entry() {
    let home = scratch("paste-blank");
    let mut r = Repl::start(&home, false);
    // typed, the blank line would end the def; pasted, it does not
    r.keys("\x1b[200~def f():\r    x = 1\r\r    return x + 41\r\rprint(f())\r\x1b[201~");
    r.keys("\r");
    r.expect("42");
    r.next_prompt();
    assert!(!r.seen.contains("IndentationError"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn f3_paste_mode_collects_until_f3_again() {
    let home = scratch("f3");
    let mut r = Repl::start(&home, false);
    r.keys(F3);
    r.expect("(paste) ");
    for l in ["def g():", "    y = 2", "", "    return y * 21", ""] {
        r.keys(&format!("{}\r", l));
        r.expect("(paste) ");
    }
    r.keys("print(g())");
    r.keys(F3);
    r.expect("42");
    r.next_prompt();
    let out = r.line("g() + 1");
    assert!(out.contains("43"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn f1_help_and_f2_history() {
    let home = scratch("f1f2");
    let mut r = Repl::start(&home, false);
    r.keys("x = 5");
    r.keys(F1);
    r.expect("F3 paste mode");
    // the line being typed is offered again
    r.next_prompt();
    r.keys("\r");
    r.next_prompt();
    r.line("def h():");
    r.line("return x");
    r.line("");
    r.keys(F2);
    r.expect("# history (F2)");
    let shown = r.next_prompt();
    assert!(shown.contains("x = 5") && shown.contains("def h():\r\n    return x"), "{}", r.seen);
    r.keys("\x15");
    let out = r.line("h() * 2");
    assert!(out.contains("10"), "{}", r.seen);
    assert_eq!(r.quit(), 0);
}

#[test]
fn alt_enter_adds_an_indented_line() {
    let home = scratch("alt-enter");
    let mut r = Repl::start(&home, false);
    r.keys("for i in range(2):");
    // Alt-Enter: a new line, indented under the `for`
    r.keys("\x1b\r");
    r.keys("print('in', i)\r");
    r.next_prompt();
    r.keys("\x15\r");
    r.expect("in 1");
    r.next_prompt();
    assert_eq!(r.quit(), 0);
}
