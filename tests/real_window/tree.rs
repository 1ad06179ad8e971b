//! The app as a screen reader sees it: its accessibility tree (AccessKit, published over
//! AT-SPI), so that scenarios find what they click by role and name instead of by pixel,
//! and wait for what the tree shows instead of sleeping. Each session gets a D-Bus
//! session bus and an AT-SPI bus of its own ([`A11yBus`]); `atspi_tree.py` reads the
//! tree from it ([`Reader`]).

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::Value;

use super::wait::{LONG, SHORT, poll};

/// AT-SPI's role names (`atspi_role_get_name`), as the tree gives them.
pub const BUTTON: &str = "push button";
pub const MENU_ITEM: &str = "menu item";
pub const TOGGLE: &str = "toggle button";
pub const ENTRY: &str = "entry";
pub const COMBO: &str = "combo box";
pub const LABEL: &str = "label";
pub const RADIO: &str = "radio button";
pub const DIALOG: &str = "dialog";

/// The system Python, where Debian's `python3-gi` and Atspi's typelib live (a Python of
/// pyenv or a venv first on `PATH` has neither).
pub const PYTHON: &str = "/usr/bin/python3";
/// at-spi2-core's bus launcher: it starts the accessibility bus and its registry.
pub const LAUNCHER: &str = "/usr/libexec/at-spi-bus-launcher";

/// A session bus that knows no services: an app's request to the XDG desktop portal
/// fails at once (rfd then runs zenity), as with no bus at all, while AccessKit finds
/// the accessibility bus through it.
const SESSION_CONF: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=SOCKET</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

/// One session's D-Bus session bus and AT-SPI bus, with the accessibility switched on
/// as a screen reader switches it on (`IsEnabled` and `ScreenReaderEnabled` true: the
/// launcher's `--a11y=1 --screen-reader=1`). All its processes share one process group,
/// ended together when the guard is dropped.
pub struct A11yBus {
    session_bus: Child,
    launcher: Child,
    /// `DBUS_SESSION_BUS_ADDRESS` for the app and the reader.
    pub address: String,
}

impl A11yBus {
    /// Starts both buses; `dir` holds the socket and config, `home` and `runtime` are
    /// the session's (the launcher puts the AT-SPI bus's socket there).
    pub fn start(dir: &Path, display: &str, home: &Path, runtime: &Path) -> Result<Self, String> {
        let socket = dir.join("session-bus");
        let conf = dir.join("session-bus.conf");
        std::fs::write(
            &conf,
            SESSION_CONF.replace("SOCKET", &socket.display().to_string()),
        )
        .map_err(|error| error.to_string())?;
        let session_bus = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", conf.display()))
            .arg("--nofork")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|error| format!("cannot start dbus-daemon: {error}"))?;
        let group = i32::try_from(session_bus.id()).map_err(|error| error.to_string())?;
        let address = format!("unix:path={}", socket.display());
        // Kept with the session's files when a scenario fails.
        let log =
            std::fs::File::create(dir.join("a11y-bus.log")).map_err(|error| error.to_string())?;
        let mut session_bus = session_bus;
        // The launcher gives up at once when the session bus is not there yet.
        if let Err(error) = poll("the session bus's socket", SHORT, || {
            if socket.exists() {
                Ok(())
            } else {
                Err(format!("no {}", socket.display()))
            }
        }) {
            let _ = session_bus.kill();
            let _ = session_bus.wait();
            return Err(error);
        }
        let launcher = Command::new(LAUNCHER)
            .args(["--launch-immediately", "--a11y=1", "--screen-reader=1"])
            .env_clear()
            .env("DISPLAY", display)
            .env("HOME", home)
            .env("XDG_RUNTIME_DIR", runtime)
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            // No dconf here: the settings the launcher keeps live in memory.
            .env("GSETTINGS_BACKEND", "memory")
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|error| error.to_string())?)
            .stderr(log)
            .process_group(group)
            .spawn();
        match launcher {
            Ok(launcher) => Ok(Self {
                session_bus,
                launcher,
                address,
            }),
            Err(error) => {
                let _ = session_bus.kill();
                let _ = session_bus.wait();
                Err(format!("cannot start {LAUNCHER}: {error}"))
            }
        }
    }

    /// Why the bus may not be there: whether the launcher still runs, and what it said.
    pub fn describe(&mut self, dir: &Path) -> String {
        let state = match self.launcher.try_wait() {
            Ok(Some(status)) => format!("the launcher ended ({status})"),
            Ok(None) => "the launcher runs".to_owned(),
            Err(error) => error.to_string(),
        };
        let log = std::fs::read_to_string(dir.join("a11y-bus.log")).unwrap_or_default();
        format!("{state}; it said: {:?}", log.trim())
    }

    fn stop(&mut self) {
        // The whole group: the AT-SPI bus and its registry are the launcher's children.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.session_bus.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.launcher.kill();
        let _ = self.launcher.wait();
        let _ = self.session_bus.kill();
        let _ = self.session_bus.wait();
    }
}

impl Drop for A11yBus {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One node of the tree: what a screen reader announces of a widget.
#[derive(Clone, Debug)]
pub struct Node {
    /// The node's object path on the app's AT-SPI connection.
    pub path: String,
    /// Index of the parent in [`Nodes`], `None` for the root.
    pub parent: Option<usize>,
    pub role: String,
    pub name: String,
    pub description: String,
    pub states: Vec<String>,
}

impl Node {
    pub fn has(&self, state: &str) -> bool {
        self.states.iter().any(|s| s == state)
    }

    /// A widget one can act on: it takes the keyboard focus.
    pub fn is_interactive(&self) -> bool {
        self.has("focusable") && self.role != "frame"
    }

    pub fn is(&self, role: &str, name: &str) -> bool {
        self.role == role && self.name == name
    }
}

impl std::fmt::Display for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {:?}", self.role, self.name)?;
        if !self.description.is_empty() {
            write!(f, " ({:?})", self.description)?;
        }
        Ok(())
    }
}

/// The whole tree in reading order (the order Tab walks it).
#[derive(Clone, Debug, Default)]
pub struct Nodes(pub Vec<Node>);

impl Nodes {
    /// The first node (in reading order) with this role and name.
    pub fn find(&self, role: &str, name: &str) -> Option<&Node> {
        self.0.iter().find(|node| node.is(role, name))
    }

    /// The first node `matches` accepts.
    pub fn find_by(&self, matches: impl Fn(&Node) -> bool) -> Option<&Node> {
        self.0.iter().find(|node| matches(node))
    }

    /// The node that has the keyboard focus.
    pub fn focused(&self) -> Option<&Node> {
        // The window is "focused" too while a widget in it has the focus.
        let mut focused = self.0.iter().filter(|node| node.has("focused"));
        let first = focused.next();
        match first {
            Some(node) if node.role == "frame" => focused.next().or(first),
            _ => first,
        }
    }

    /// The node's ancestors, nearest first.
    pub fn ancestors<'a>(&'a self, node: &'a Node) -> impl Iterator<Item = &'a Node> + 'a {
        std::iter::successors(node.parent.and_then(|at| self.0.get(at)), |up| {
            up.parent.and_then(|at| self.0.get(at))
        })
    }

    /// The nodes with this role and name, for a failure message that says what there is.
    pub fn summary(&self, role: &str) -> String {
        let names: Vec<String> = self
            .0
            .iter()
            .filter(|node| node.role == role)
            .map(|node| format!("{:?}", node.name))
            .collect();
        format!("{role}s now: {}", names.join(", "))
    }
}

/// A node's place in the app's window, in pixels (window coordinates, as xdotool's
/// `mousemove --window` takes them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Extents {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

impl Extents {
    pub fn centre(self) -> (i32, i32) {
        (self.x + self.w / 2, self.y + self.h / 2)
    }

    /// Where a hand clicks: the middle across, and near the top of something tall (a
    /// multi-line editor is as tall as its box, whose lower part a scroll area or the
    /// window's edge may hide).
    pub fn target(self) -> (i32, i32) {
        (self.x + self.w / 2, self.y + (self.h / 2).min(10))
    }
}

/// `atspi_tree.py`, started once per session and asked one question a line.
pub struct Reader {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Reader {
    pub fn start(bus: &A11yBus, display: &str) -> Result<Self, String> {
        let script =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/real_window/atspi_tree.py");
        let mut child = Command::new(PYTHON)
            .arg(&script)
            .env_clear()
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("DISPLAY", display)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|error| format!("cannot start {PYTHON} {}: {error}", script.display()))?;
        let stdin = child.stdin.take().expect("stdin is piped");
        let stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
        Ok(Self {
            child,
            stdin,
            stdout,
        })
    }

    /// Whether the helper still runs (it answers errors; it ends only when broken).
    pub fn is_alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    fn ask(&mut self, request: &str) -> Result<Value, String> {
        writeln!(self.stdin, "{request}")
            .and_then(|()| self.stdin.flush())
            .map_err(|error| format!("the tree reader is gone: {error}"))?;
        let mut line = String::new();
        self.stdout
            .read_line(&mut line)
            .map_err(|error| error.to_string())?;
        if line.is_empty() {
            return Err("the tree reader ended".to_owned());
        }
        let answer: Value = serde_json::from_str(&line).map_err(|error| error.to_string())?;
        match answer["error"].as_str() {
            Some(error) => Err(error.to_owned()),
            None => Ok(answer),
        }
    }

    /// Waits until the AT-SPI bus is up and switched on: an app started earlier would
    /// never publish its tree (AccessKit looks for the bus once, at its start).
    pub fn wait_until_ready(&mut self) -> Result<(), String> {
        poll("the accessibility bus", LONG, || {
            self.ask("ready").map(drop)
        })
    }

    /// The tree of the app with this process id.
    pub fn tree(&mut self, pid: u32) -> Result<Nodes, String> {
        let answer = self.ask(&format!("tree {pid}"))?;
        let text = |node: &Value, key: &str| node[key].as_str().unwrap_or_default().to_owned();
        let nodes = answer["nodes"]
            .as_array()
            .ok_or("no nodes in the answer")?
            .iter()
            .map(|node| Node {
                path: text(node, "path"),
                parent: node["parent"]
                    .as_u64()
                    .and_then(|at| usize::try_from(at).ok()),
                role: text(node, "role"),
                name: text(node, "name"),
                description: text(node, "description"),
                states: node["states"]
                    .as_array()
                    .map(|states| {
                        states
                            .iter()
                            .filter_map(|s| s.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
        Ok(Nodes(nodes))
    }

    pub fn extents(&mut self, pid: u32, node: &Node) -> Result<Extents, String> {
        let answer = self.ask(&format!("extents {pid} {}", node.path))?;
        let number = |key: &str| {
            answer[key]
                .as_i64()
                .and_then(|n| i32::try_from(n).ok())
                .ok_or_else(|| format!("no {key} in {answer}"))
        };
        Ok(Extents {
            x: number("x")?,
            y: number("y")?,
            w: number("w")?,
            h: number("h")?,
        })
    }

    /// Every live announcement heard since the reader started, oldest first.
    pub fn announcements(&mut self) -> Result<Vec<String>, String> {
        let answer = self.ask("announcements")?;
        Ok(answer["announcements"]
            .as_array()
            .map(|heard| {
                heard
                    .iter()
                    .filter_map(|text| text.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The text of an editor, as a screen reader reads it.
    pub fn text(&mut self, pid: u32, node: &Node) -> Result<String, String> {
        let answer = self.ask(&format!("text {pid} {}", node.path))?;
        Ok(answer["text"].as_str().unwrap_or_default().to_owned())
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
