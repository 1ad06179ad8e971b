//! The subcommands' standard output. When the reader goes away early
//! (`netzwerk-canvas due FILE | head -3`), the rest is dropped quietly: `println!`
//! would panic. Linux reports a closed pipe as `EPIPE`; Windows with its own codes
//! (109 broken pipe, 232 pipe being closed, 233 "Pipe not connected", the last one
//! seen under Wine), which std does not all count as [`io::ErrorKind::BrokenPipe`].

use std::io::{self, Write};

use crate::i18n::{Language, Msg};

/// Prints each line and returns the exit code: 0 also when the reader went away, 1
/// (with a message on stderr) when writing failed otherwise, e.g. a full disk behind
/// `> file`.
pub fn print_lines<I, S>(command: &str, lines: I, language: Language) -> i32
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    match write_lines(&mut io::stdout().lock(), lines) {
        Ok(()) => 0,
        Err(error) if reader_gone(&error) => 0,
        Err(error) => {
            let detail = error.to_string();
            eprintln!(
                "netzwerk-canvas {command}: {}",
                Msg::CliOutputFailed.fill(language, &[("error", &detail)])
            );
            1
        }
    }
}

fn write_lines<I, S>(out: &mut impl Write, lines: I) -> io::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    for line in lines {
        out.write_all(line.as_ref().as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// Whether the error says that nobody reads the output any more.
pub fn reader_gone(error: &io::Error) -> bool {
    const WINDOWS_CLOSED_PIPE: [i32; 3] = [109, 232, 233];
    error.kind() == io::ErrorKind::BrokenPipe
        || (cfg!(windows)
            && error
                .raw_os_error()
                .is_some_and(|code| WINDOWS_CLOSED_PIPE.contains(&code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_pipe_means_the_reader_is_gone() {
        assert!(reader_gone(&io::Error::from(io::ErrorKind::BrokenPipe)));
        assert!(!reader_gone(&io::Error::from(io::ErrorKind::StorageFull)));
    }

    #[test]
    fn windows_pipe_codes_count_only_on_windows() {
        let not_connected = io::Error::from_raw_os_error(233);
        assert_eq!(reader_gone(&not_connected), cfg!(windows));
    }

    #[test]
    fn lines_end_in_a_newline_each() {
        let mut out = Vec::new();
        assert!(write_lines(&mut out, ["a", "b"]).is_ok());
        assert_eq!(out, b"a\nb\n");
    }
}
