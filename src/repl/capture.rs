//! Coloured tracebacks without touching the runtime: while an entry runs,
//! file descriptors 1 and 2 both point at one pipe, and a thread copies
//! what comes out of it to the terminal, colouring traceback and
//! syntax-error lines on the way. One pipe keeps stdout and stderr text in
//! the order it was written. When the entry ends the descriptors are put
//! back and the thread is joined, so everything is on the screen before
//! the next prompt.
//!
//! The thread also notes whether the output ended in the middle of a line
//! (`print(x, end='')`), so the next prompt does not overwrite it.
//!
//! Only used when stdout and stderr are terminals.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, RawFd};
use std::thread::JoinHandle;

use super::highlight::TracebackPainter;

pub struct Capture {
    saved_out: RawFd,
    saved_err: RawFd,
    thread: Option<JoinHandle<bool>>,
    at_line_start: bool,
}

fn cvt(r: libc::c_int) -> Option<libc::c_int> {
    if r < 0 {
        None
    } else {
        Some(r)
    }
}

impl Capture {
    /// Starts capturing (colouring tracebacks if `paint`); `None` (and
    /// nothing changed) if a descriptor could not be made.
    pub fn start(paint: bool) -> Option<Capture> {
        let _ = std::io::stdout().flush();
        unsafe {
            let mut fds = [0 as libc::c_int; 2];
            cvt(libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC))?;
            let (r, w) = (fds[0], fds[1]);
            let saved_out = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 3);
            let saved_err = libc::fcntl(2, libc::F_DUPFD_CLOEXEC, 3);
            let term = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 3);
            if saved_out < 0 || saved_err < 0 || term < 0 {
                for fd in [r, w, saved_out, saved_err, term] {
                    if fd >= 0 {
                        libc::close(fd);
                    }
                }
                return None;
            }
            let reader = File::from_raw_fd(r);
            let out = File::from_raw_fd(term);
            let thread = std::thread::Builder::new().name("glasspy-output".into()).spawn(move || forward(reader, out, paint));
            let thread = match thread {
                Ok(t) => t,
                Err(_) => {
                    libc::close(w);
                    libc::close(saved_out);
                    libc::close(saved_err);
                    return None;
                }
            };
            libc::dup2(w, 1);
            libc::dup2(w, 2);
            libc::close(w);
            Some(Capture { saved_out, saved_err, thread: Some(thread), at_line_start: true })
        }
    }
}

impl Capture {
    /// Ends the capture; true if the output ended with a newline (or there
    /// was none).
    pub fn finish(mut self) -> bool {
        self.stop();
        self.at_line_start
    }

    /// Puts stdout and stderr back and waits until all captured text is shown.
    fn stop(&mut self) {
        if self.thread.is_none() {
            return;
        }
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        unsafe {
            libc::dup2(self.saved_out, 1);
            libc::dup2(self.saved_err, 2);
            libc::close(self.saved_out);
            libc::close(self.saved_err);
        }
        // the pipe's last writer is gone: the thread sees end of file
        if let Some(t) = self.thread.take() {
            self.at_line_start = t.join().unwrap_or(true);
        }
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Has the pipe more data within a few milliseconds?
fn more_soon(f: &File) -> bool {
    use std::os::fd::AsRawFd;
    let mut p = libc::pollfd { fd: f.as_raw_fd(), events: libc::POLLIN, revents: 0 };
    unsafe { libc::poll(&mut p, 1, 15) > 0 && p.revents & libc::POLLIN != 0 }
}

/// Copies the pipe to the terminal; returns whether the last byte was a newline.
fn forward(mut reader: File, mut out: File, paint: bool) -> bool {
    let mut last = b'\n';
    let mut painter = TracebackPainter::default();
    let mut buf = vec![0u8; 1 << 16];
    let mut pending: Vec<u8> = Vec::new();
    // part of the current line was already written as it was
    let mut line_started = false;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        pending.extend_from_slice(&buf[..n]);
        let mut text = Vec::with_capacity(pending.len() + 64);
        let mut start = 0;
        while let Some(nl) = pending[start..].iter().position(|&b| b == b'\n') {
            let line = &pending[start..start + nl];
            if line_started || !paint {
                text.extend_from_slice(line);
                line_started = false;
            } else {
                match std::str::from_utf8(line) {
                    Ok(s) => text.extend_from_slice(painter.line(s).as_bytes()),
                    Err(_) => text.extend_from_slice(line),
                }
            }
            text.push(b'\n');
            start += nl + 1;
        }
        pending.drain(..start);
        // a partial line (an input() prompt, print(end='')): show it unless
        // the rest follows at once
        if !pending.is_empty() && !more_soon(&reader) {
            text.append(&mut pending);
            line_started = true;
        }
        if let Some(&b) = text.last() {
            last = b;
            let _ = out.write_all(&text);
        }
    }
    if let Some(&b) = pending.last() {
        last = b;
        let _ = out.write_all(&pending);
    }
    last == b'\n'
}
