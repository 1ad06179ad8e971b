//! The programs the suite drives the desktop with, which package brings each, and the
//! loud message when some are missing.

use super::search_path::which;

/// A program the suite runs, and the Debian/Ubuntu package that installs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    pub program: &'static str,
    pub package: &'static str,
}

pub const XVFB: Tool = Tool {
    program: "Xvfb",
    package: "xvfb",
};
pub const XDOTOOL: Tool = Tool {
    program: "xdotool",
    package: "xdotool",
};
pub const XCLIP: Tool = Tool {
    program: "xclip",
    package: "xclip",
};
pub const ZENITY: Tool = Tool {
    program: "zenity",
    package: "zenity",
};
pub const QPDF: Tool = Tool {
    program: "qpdf",
    package: "qpdf",
};
pub const PDFTOTEXT: Tool = Tool {
    program: "pdftotext",
    package: "poppler-utils",
};
/// Reads the window's icon and class (scenarios_desktop.rs).
pub const XPROP: Tool = Tool {
    program: "xprop",
    package: "x11-utils",
};
/// Only for the screenshots of failures; without it a failure is reported without one.
pub const IMPORT: Tool = Tool {
    program: "import",
    package: "imagemagick",
};

/// What every scenario needs: an X server, a keyboard and mouse, a clipboard.
pub const DESKTOP: [Tool; 3] = [XVFB, XDOTOOL, XCLIP];
/// For scenarios that check an exported PDF.
pub const PDF: [Tool; 2] = [QPDF, PDFTOTEXT];

pub fn is_installed(tool: Tool) -> bool {
    which(tool.program).is_some()
}

/// The one command that installs all of `tools`.
pub fn install_command(tools: &[Tool]) -> String {
    let mut packages: Vec<&str> = Vec::new();
    for tool in tools {
        if !packages.contains(&tool.package) {
            packages.push(tool.package);
        }
    }
    format!("sudo apt-get install {}", packages.join(" "))
}

/// Prints, impossible to overlook, which scenarios did not run and why.
pub fn report_skipped(skipped: &[(&str, Vec<Tool>)], is_ci: bool) {
    let mut missing: Vec<Tool> = Vec::new();
    for (_, tools) in skipped {
        for tool in tools {
            if !missing.contains(tool) {
                missing.push(*tool);
            }
        }
    }
    let line = "!".repeat(78);
    eprintln!("\n{line}");
    eprintln!(
        "real_window: {} scenario(s) NOT RUN: programs are missing{}",
        skipped.len(),
        if is_ci {
            " (CI=true: this is a failure)"
        } else {
            ""
        }
    );
    for (name, tools) in skipped {
        let programs: Vec<&str> = tools.iter().map(|tool| tool.program).collect();
        eprintln!("  {name}: needs {}", programs.join(", "));
    }
    eprintln!("Install them with:\n  {}", install_command(&missing));
    eprintln!("{line}\n");
}
