//! Running one scenario so that nothing of it outlives it: its own session, panics
//! turned into failures, and on failure a screenshot and the kept folder to look at;
//! and the command line cargo passes.

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::Scenario;
use super::session::Session;
use super::tools;

/// The command line as cargo passes it: `cargo test --test real_window -- [FILTER]
/// [--skip NAME] [--list]`; libtest's other options are accepted and ignored.
#[derive(Default)]
pub struct Args {
    filter: Option<String>,
    skip: Vec<String>,
    pub list: bool,
}

impl Args {
    pub fn parse() -> Self {
        let mut parsed = Self::default();
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--list" => parsed.list = true,
                "--skip" => parsed.skip.extend(args.next()),
                // libtest options that take a value, which is no filter.
                "--test-threads" | "--color" | "--format" | "--logfile" | "--shuffle-seed"
                | "-Z" => drop(args.next()),
                _ if arg.starts_with('-') => {}
                _ => parsed.filter = parsed.filter.or(Some(arg)),
            }
        }
        parsed
    }

    pub fn wants(&self, name: &str) -> bool {
        self.filter
            .as_deref()
            .is_none_or(|part| name.contains(part))
            && !self.skip.iter().any(|part| name.contains(part.as_str()))
    }
}

/// Runs one scenario in its own session; on failure, the reason, and details naming the
/// screenshot and the folder that were kept, with the app's last output.
pub fn run_scenario(scenario: &Scenario) -> Result<(), (String, String)> {
    let mut session = Session::new(scenario.name, scenario.search_path)
        .map_err(|error| (error, String::new()))?;
    let outcome =
        catch_unwind(AssertUnwindSafe(|| (scenario.run)(&mut session))).unwrap_or_else(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                .unwrap_or_default();
            Err(format!("panicked: {message}"))
        });
    let Err(reason) = outcome else {
        return Ok(());
    };
    let screenshot = if tools::is_installed(tools::IMPORT) {
        session.screenshot("failure").map_or_else(
            |error| format!("no screenshot: {error}"),
            |path| path.display().to_string(),
        )
    } else {
        "no screenshot: ImageMagick's import is not installed".to_owned()
    };
    // What a screen reader would have read at the moment of failure, for finding the
    // widget a scenario waited for in vain.
    let tree = match session.tree() {
        Ok(nodes) => {
            let file = session.dir.join("tree.txt");
            let lines: Vec<String> = nodes
                .0
                .iter()
                .map(|node| {
                    let depth = nodes.ancestors(node).count();
                    format!("{}{node} {:?}", "  ".repeat(depth), node.states)
                })
                .collect();
            std::fs::write(&file, lines.join("\n")).map_or_else(
                |error| format!("no tree: {error}"),
                |()| file.display().to_string(),
            )
        }
        Err(error) => format!("no tree: {error}"),
    };
    let log = session.app_log();
    let tail: Vec<&str> = log
        .lines()
        .rev()
        .take(15)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let folder = session.keep_dir();
    let output = if tail.is_empty() {
        "(none)".to_owned()
    } else {
        tail.join("\n      ")
    };
    let details = [
        format!("    screenshot: {screenshot}"),
        format!("    accessibility tree: {tree}"),
        format!("    files kept in: {}", folder.display()),
        format!("    app output (last lines):\n      {output}"),
    ];
    Err((reason, details.join("\n")))
}
