//! The programs the suite drives the desktop with (and the fonts some scenarios print
//! with), which package brings each, and the loud message when some are missing.

use super::search_path::which;

/// A program the suite runs, and the Debian/Ubuntu package that installs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    pub program: &'static str,
    pub package: &'static str,
    /// For a font rather than a program: a character the font must have, asked of
    /// fontconfig through `program` (`fc-list`).
    pub draws: Option<char>,
}

impl Tool {
    /// What the message about a missing tool calls it.
    pub fn name(&self) -> String {
        match self.draws {
            Some(c) => format!("a font with {c} (U+{:04X})", u32::from(c)),
            None => self.program.to_owned(),
        }
    }
}

pub const XVFB: Tool = Tool {
    program: "Xvfb",
    package: "xvfb",
    draws: None,
};
pub const XDOTOOL: Tool = Tool {
    program: "xdotool",
    package: "xdotool",
    draws: None,
};
pub const XCLIP: Tool = Tool {
    program: "xclip",
    package: "xclip",
    draws: None,
};
pub const ZENITY: Tool = Tool {
    program: "zenity",
    package: "zenity",
    draws: None,
};
pub const QPDF: Tool = Tool {
    program: "qpdf",
    package: "qpdf",
    draws: None,
};
pub const PDFTOTEXT: Tool = Tool {
    program: "pdftotext",
    package: "poppler-utils",
    draws: None,
};
/// Reads the window's icon and class (scenarios_desktop.rs).
pub const XPROP: Tool = Tool {
    program: "xprop",
    package: "x11-utils",
    draws: None,
};
/// Only for the screenshots of failures; without it a failure is reported without one.
pub const IMPORT: Tool = Tool {
    program: "import",
    package: "imagemagick",
    draws: None,
};

/// The system fonts that print Chinese and Devanagari names (tests/pdf_system_fonts.rs,
/// tests/pdf_indic.rs and the scenario that pastes such names).
pub const CHINESE_FONT: Tool = Tool {
    program: "fc-list",
    package: "fontconfig fonts-droid-fallback",
    draws: Some('京'),
};
pub const DEVANAGARI_FONT: Tool = Tool {
    program: "fc-list",
    package: "fontconfig fonts-lohit-deva",
    draws: Some('क'),
};

/// The system font that prints the skin tones of emoji (as colour swatches).
pub const SKIN_TONE_FONT: Tool = Tool {
    program: "fc-list",
    package: "fontconfig fonts-symbola",
    draws: Some('\u{1F3FD}'),
};

/// The session bus each scenario gets (tree.rs).
pub const DBUS_DAEMON: Tool = Tool {
    program: "dbus-daemon",
    package: "dbus",
    draws: None,
};
/// The accessibility (AT-SPI) bus and its registry, which the app publishes its tree on.
pub const AT_SPI: Tool = Tool {
    program: super::tree::LAUNCHER,
    package: "at-spi2-core",
    draws: None,
};
/// The system Python with GObject's Atspi bindings, which reads the tree
/// (`atspi_tree.py`).
pub const PYATSPI: Tool = Tool {
    program: super::tree::PYTHON,
    package: "python3-pyatspi",
    draws: None,
};

/// What every scenario needs: an X server, a keyboard and mouse, a clipboard, and the
/// accessibility tree to find widgets in.
pub const DESKTOP: [Tool; 6] = [XVFB, XDOTOOL, XCLIP, DBUS_DAEMON, AT_SPI, PYATSPI];
/// For scenarios that check an exported PDF.
pub const PDF: [Tool; 2] = [QPDF, PDFTOTEXT];

pub fn is_installed(tool: Tool) -> bool {
    let found = if tool.program.starts_with('/') {
        Some(std::path::PathBuf::from(tool.program)).filter(|path| path.is_file())
    } else {
        which(tool.program)
    };
    let Some(program) = found else {
        return false;
    };
    if tool == PYATSPI {
        // Python alone is not enough: the helper needs GObject's Atspi bindings.
        return std::process::Command::new(program)
            .args([
                "-c",
                "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
            ])
            .output()
            .is_ok_and(|output| output.status.success());
    }
    match tool.draws {
        None => true,
        Some(c) => std::process::Command::new(program)
            .arg(format!(":charset={:x}", u32::from(c)))
            .output()
            .is_ok_and(|output| output.status.success() && !output.stdout.is_empty()),
    }
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
        "real_window: {} scenario(s) NOT RUN: programs or fonts are missing{}",
        skipped.len(),
        if is_ci {
            " (CI=true: this is a failure)"
        } else {
            ""
        }
    );
    for (name, tools) in skipped {
        let programs: Vec<String> = tools.iter().map(Tool::name).collect();
        eprintln!("  {name}: needs {}", programs.join(", "));
    }
    eprintln!("Install them with:\n  {}", install_command(&missing));
    eprintln!("{line}\n");
}
