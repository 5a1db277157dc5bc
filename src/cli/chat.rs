//! `parley chat`: questions line by line from a reader, each reply written out. A line that is not
//! UTF-8 is named and skipped; a blank line is ignored; nothing a line holds stops the loop.

use std::io::{self, BufRead, Write};

use crate::answer::{ask, AskOptions};
use crate::kb::KnowledgeBase;
use crate::reply::text;

/// Reads questions from `input` until it ends and writes each reply to `out`; problems with a
/// line go to `err`. On a terminal (`interactive`) a banner and a prompt are shown.
pub fn run(
    kb: &KnowledgeBase,
    opts: &AskOptions,
    input: impl BufRead,
    out: &mut impl Write,
    err: &mut impl Write,
    interactive: bool,
) -> io::Result<()> {
    if interactive {
        writeln!(out, "{}", text::CHAT_BANNER)?;
    }
    let mut lines = input.split(b'\n').enumerate();
    loop {
        if interactive {
            write!(out, "> ")?;
            out.flush()?;
        }
        let Some((n, line)) = lines.next() else { break };
        let Ok(mut line) = String::from_utf8(line?) else {
            writeln!(
                err,
                "error: line {} of the input is not UTF-8 text; skipped",
                n + 1
            )?;
            continue;
        };
        if line.ends_with('\r') {
            line.pop();
        }
        if line.trim().is_empty() {
            continue;
        }
        match ask(kb, &line, opts) {
            Ok(answer) => writeln!(out, "{}\n", answer.reply.text())?,
            Err(e) => writeln!(out, "{e}\n")?,
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_named_and_skipped() {
        let kb = KnowledgeBase::from_sources(Vec::new(), Default::default());
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let input: &[u8] = b"peace?\n\xff bad\n\n";
        run(
            &kb,
            &AskOptions::default(),
            input,
            &mut out,
            &mut err,
            false,
        )
        .unwrap();
        let err = String::from_utf8(err).unwrap();
        assert!(err.contains("line 2") && err.contains("UTF-8"), "{err}");
        assert!(!String::from_utf8(out).unwrap().is_empty());
    }
}
