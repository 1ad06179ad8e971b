//! The man pages (clap_mangen) and shell completions (clap_complete) of the command
//! line, rendered from `netzwerk_canvas::cli::Cli`, so that they never disagree with
//! `--help`. Shared by the example that writes them and the test that checks them.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use netzwerk_canvas::cli::Cli;

/// The binary's name: the man page's title and what the completions complete.
pub const BIN: &str = "netzwerk-canvas";

/// The shells whose completions the packages install.
pub const SHELLS: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

/// The main page's DESCRIPTION (`--help` stays short).
const DESCRIPTION: &str = "Without a subcommand, netzwerk-canvas opens its window on FILE, or \
on the file open last time, or at the first start on the built-in example workspace. \
One canvas per collaboration (motivation, expectations, shared goals, working \
together, added value, success, investment, next steps), a Netzwerkbuch of contacts \
with their follow-ups, a presentation mode for workshops and a Kartenabfrage from the \
participants' phones; everything of a network in one JSON file.\n\n\
The subcommands work without a window, for scripts and batch printing: export PDFs, \
vCard and CSV files; list the due follow-ups or write them into a calendar file; run a \
Kartenabfrage; import contacts; answer a person's request for information (auskunft) \
or to be forgotten (vergessen). Each has its own page, and --help.";

/// What the options and subcommands do not say: where the app keeps its files, what
/// the exit codes mean, and where to read on (roff, inserted before VERSION).
const EXTRA_SECTIONS: &str = r#".SH "EXIT STATUS"
0 when the command did what it was asked; 1 when the input could not be read or was
refused (a message on standard error says why; the input is never changed); 2 for a
command line that could not be parsed.
.SH FILES
.TP
\fIWORKSPACE\fR.json
A workspace: one JSON file holding every canvas, the Netzwerkbuch and the templates
of a network. Saving keeps the previous version as \fIWORKSPACE\fR.json.bak.
.TP
\fI~/.local/share/netzwerk\-canvas/\fR
Settings kept between starts (language, appearance, zoom, recent files), and in
\fIrecovery/\fR the unsaved work of a window, offered again after a crash.
\fB$XDG_DATA_HOME\fR replaces \fI~/.local/share\fR when set.
.SH "SEE ALSO"
.nh
.ad l
\fBnetzwerk\-canvas\-export\fR(1), \fBnetzwerk\-canvas\-due\fR(1),
\fBnetzwerk\-canvas\-kartenabfrage\fR(1), \fBnetzwerk\-canvas\-import\fR(1),
\fBnetzwerk\-canvas\-auskunft\fR(1), \fBnetzwerk\-canvas\-vergessen\fR(1)
.ad b
.hy
"#;

/// Writes `man/*.1` and `completions/*` under `out`; returns the files written.
pub fn write_all(out: &Path) -> std::io::Result<Vec<PathBuf>> {
    let man = out.join("man");
    let completions = out.join("completions");
    fs::create_dir_all(&man)?;
    fs::create_dir_all(&completions)?;
    let mut written = write_man_pages(&man)?;
    for shell in SHELLS {
        let mut command = Cli::command();
        written.push(clap_complete::generate_to(
            shell,
            &mut command,
            BIN,
            &completions,
        )?);
    }
    Ok(written)
}

/// `netzwerk-canvas.1` with the extra sections, and one page per subcommand
/// (`netzwerk-canvas-export.1` …).
fn write_man_pages(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut command = Cli::command()
        .disable_help_subcommand(true)
        .long_about(DESCRIPTION);
    command.build();
    let mut written = Vec::new();
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        written.push(clap_mangen::Man::new(sub.clone()).generate_to(folder)?);
    }
    let path = folder.join(format!("{BIN}.1"));
    let mut file = fs::File::create(&path)?;
    file.write_all(main_page(command)?.as_bytes())?;
    file.flush()?;
    written.insert(0, path);
    Ok(written)
}

/// The main page: what clap_mangen renders, with [`EXTRA_SECTIONS`] before VERSION.
pub fn main_page(command: clap::Command) -> std::io::Result<String> {
    let mut rendered = Vec::new();
    clap_mangen::Man::new(command).render(&mut rendered)?;
    let rendered = String::from_utf8(rendered).map_err(std::io::Error::other)?;
    Ok(match rendered.find("\n.SH VERSION") {
        Some(at) => format!(
            "{}\n{}{}",
            &rendered[..at],
            EXTRA_SECTIONS.trim_end(),
            &rendered[at..]
        ),
        None => format!("{rendered}{EXTRA_SECTIONS}"),
    })
}
