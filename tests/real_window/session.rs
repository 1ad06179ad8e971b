//! One scenario's world: its own X server, home folder, data folders and search path,
//! and the app under test; everything is stopped when the session is dropped, also
//! when the scenario failed or panicked.

use std::cell::RefCell;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::drive::Desk;
use super::search_path::{SearchPath, make_bin};
use super::tree::{A11yBus, Extents, Node, Nodes, Reader};
use super::wait::{SHORT, poll};
use super::xserver::Xvfb;

/// The app under test: `NC_REAL_WINDOW_BIN` when set (to run the suite against another
/// build, e.g. an older commit), else the debug binary cargo built for this test.
pub fn app_binary() -> PathBuf {
    std::env::var_os("NC_REAL_WINDOW_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_netzwerk-canvas")),
        PathBuf::from,
    )
}

pub struct App {
    child: Child,
    pub window: String,
}

impl App {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

/// An instance the session no longer drives (the second of two) ends with its value.
impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Session {
    /// Reads the app's accessibility tree; started at the first question.
    reader: RefCell<Option<Reader>>,
    /// The session's D-Bus and AT-SPI buses (before the folder: their sockets are in it).
    a11y: A11yBus,
    /// Dropped (deleted) when the scenario passed; kept for the screenshots otherwise.
    root: Option<tempfile::TempDir>,
    pub dir: PathBuf,
    search_path: SearchPath,
    working_dir: PathBuf,
    pub desk: Desk,
    app: Option<App>,
    starts: usize,
    xvfb: Xvfb,
}

impl Session {
    pub fn new(name: &'static str, search_path: SearchPath) -> Result<Self, String> {
        let root = tempfile::Builder::new()
            .prefix(&format!("real-window-{name}-"))
            .tempdir()
            .map_err(|error| format!("cannot make a temp dir: {error}"))?;
        let dir = root.path().to_path_buf();
        for sub in [
            "home/.local/share",
            "home/.config",
            "home/.cache",
            "files",
            "cwd",
        ] {
            fs::create_dir_all(dir.join(sub)).map_err(|error| error.to_string())?;
        }
        let runtime = dir.join("runtime");
        fs::create_dir_all(&runtime).map_err(|error| error.to_string())?;
        fs::set_permissions(&runtime, fs::Permissions::from_mode(0o700))
            .map_err(|error| error.to_string())?;
        if search_path != SearchPath::System {
            make_bin(&dir.join("bin"), search_path)?;
        }
        let xvfb = Xvfb::start()?;
        let desk = Desk {
            display: xvfb.display.clone(),
        };
        let mut a11y = A11yBus::start(&dir, &xvfb.display, &dir.join("home"), &runtime)?;
        let mut reader = Reader::start(&a11y, &xvfb.display)?;
        if let Err(error) = reader.wait_until_ready() {
            return Err(format!("{error} ({})", a11y.describe(&dir)));
        }
        Ok(Self {
            reader: RefCell::new(Some(reader)),
            a11y,
            root: Some(root),
            working_dir: dir.join("cwd"),
            dir,
            search_path,
            desk,
            app: None,
            starts: 0,
            xvfb,
        })
    }

    /// The folder for the scenario's workspace files.
    pub fn files(&self) -> PathBuf {
        self.dir.join("files")
    }

    /// The folder the app is started in (default: an empty `cwd` folder).
    pub fn set_working_dir(&mut self, folder: &Path) {
        self.working_dir = folder.to_path_buf();
    }

    /// Where eframe keeps the app's data (`eframe::storage_dir("netzwerk-canvas")`):
    /// `$XDG_DATA_HOME/netzwerk-canvas`; unsaved work goes to `recovery/` in it.
    pub fn recovery_dir(&self) -> PathBuf {
        self.dir.join("home/.local/share/netzwerk-canvas/recovery")
    }

    fn command(&self) -> Command {
        let home = self.dir.join("home");
        let path = match self.search_path {
            SearchPath::System => std::env::var_os("PATH").unwrap_or_default(),
            SearchPath::Bare | SearchPath::FailingXdgOpen => self.dir.join("bin").into_os_string(),
        };
        let mut command = Command::new(app_binary());
        command
            .env_clear()
            .current_dir(&self.working_dir)
            .env("PATH", path)
            .env("DISPLAY", &self.xvfb.display)
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_RUNTIME_DIR", self.dir.join("runtime"))
            // A session bus of the session's own that offers no services: rfd's portal
            // request fails at once and it runs zenity; AccessKit finds the AT-SPI bus.
            .env("DBUS_SESSION_BUS_ADDRESS", &self.a11y.address)
            .env("LANG", "C.UTF-8")
            // A Kartenabfrage listens on this computer only, where the test's
            // participant reaches it.
            .env("NC_MODERATION_BIND", "127.0.0.1")
            .env("GDK_BACKEND", "x11")
            .env("NO_AT_BRIDGE", "1")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env("RUST_BACKTRACE", "1");
        command
    }

    /// Starts the app with a workspace file and waits for its window, titled with the
    /// file's name (the app sets that title in its first frame).
    pub fn start_app(&mut self, file: &Path) -> Result<&App, String> {
        let name = file
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.start_app_with(Some(file), &name)
    }

    /// Starts the app with `file` or with none, and waits for a window whose title
    /// starts with `shown` (the name of the file the app opens).
    pub fn start_app_with(&mut self, file: Option<&Path>, shown: &str) -> Result<&App, String> {
        if self.app.is_some() {
            return Err("the app is already running".to_owned());
        }
        let child = self.spawn(file)?;
        self.app = Some(App {
            child,
            window: String::new(),
        });
        let window = self
            .desk
            .wait_for_window("Netzwerk-Canvas$", &format!("{shown} – "))?;
        self.desk.focus(&window)?;
        let app = self.app.as_mut().expect("just started");
        app.window = window;
        Ok(app)
    }

    /// Starts a second instance on `file` (two people on one synced file) and drives it
    /// from now on; returns the instance driven so far, for [`Session::switch_app`].
    pub fn start_second_app(&mut self, file: &Path) -> Result<Option<App>, String> {
        let first = self.app.take();
        let known = first.as_ref().map(|app| app.window.clone());
        let name = file
            .file_name()
            .map(|name| format!("{} – ", name.to_string_lossy()))
            .unwrap_or_default();
        let child = self.spawn(Some(file))?;
        let mut second = App {
            child,
            window: String::new(),
        };
        second.window = poll("the second instance's window", SHORT * 3, || {
            self.desk
                .windows_named("Netzwerk-Canvas$")
                .into_iter()
                .find(|(id, title)| Some(id) != known.as_ref() && title.contains(&name))
                .map(|(id, _)| id)
                .ok_or_else(|| format!("windows now: {:?}", self.desk.windows_named(".")))
        })?;
        self.app = Some(second);
        self.switch_to_current()?;
        Ok(first)
    }

    /// Drives `other` from now on (raised above the other window and focused), and hands
    /// back the instance driven so far in its place.
    pub fn switch_app(&mut self, other: &mut Option<App>) -> Result<(), String> {
        std::mem::swap(&mut self.app, other);
        self.switch_to_current()
    }

    fn switch_to_current(&self) -> Result<(), String> {
        let window = self.window()?;
        self.desk.xdotool(&["windowraise", &window])?;
        self.desk.focus(&window)
    }

    fn spawn(&mut self, file: Option<&Path>) -> Result<Child, String> {
        self.starts += 1;
        let log = fs::File::create(self.dir.join(format!("app-{}.log", self.starts)))
            .map_err(|error| error.to_string())?;
        let mut command = self.command();
        command.args(file);
        command
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|error| error.to_string())?)
            .stderr(log)
            .spawn()
            .map_err(|error| format!("cannot start {}: {error}", app_binary().display()))
    }

    /// `kill -9`: the app ends without saving anything, as in a crash or power cut.
    pub fn kill_app(&mut self) {
        drop(self.app.take());
    }

    pub fn app(&self) -> Result<&App, String> {
        self.app
            .as_ref()
            .ok_or_else(|| "the app is not running".to_owned())
    }

    pub fn window(&self) -> Result<String, String> {
        Ok(self.app()?.window.clone())
    }

    /// Keys pressed in the app's window.
    pub fn key(&self, keys: &[&str]) -> Result<(), String> {
        self.desk.key(&self.window()?, keys)
    }

    /// Keys that add something (Ctrl+Shift+N, Ctrl+Shift+K), and then waiting, as a
    /// person would, until the app shows the change: the "●" of unsaved changes in the
    /// window title, when the document had none before. Only a sign to go on typing;
    /// the scenario still judges by the saved file.
    pub fn add_item(&self, keys: &[&str]) -> Result<(), String> {
        let window = self.window()?;
        let was_modified = self.desk.title(&window).starts_with('●');
        self.desk.key(&window, keys)?;
        if was_modified {
            return Ok(());
        }
        poll("the new item (\"●\" in the window title)", SHORT, || {
            let title = self.desk.title(&window);
            if title.starts_with('●') {
                Ok(())
            } else {
                Err(format!("title {title:?}"))
            }
        })
    }

    /// Text typed into the app's window at a human pace.
    pub fn type_text(&self, text: &str) -> Result<(), String> {
        self.desk.type_text(&self.window()?, text)
    }

    /// A click in the app's window, in window coordinates.
    pub fn click(&self, point: (i32, i32)) -> Result<(), String> {
        self.desk.click(&self.window()?, point)
    }

    pub fn right_click(&self, point: (i32, i32)) -> Result<(), String> {
        self.desk.right_click(&self.window()?, point)
    }

    /// A drag with the left button, as a hand does it: press, move in steps, release.
    pub fn drag(&self, from: (i32, i32), to: (i32, i32)) -> Result<(), String> {
        self.desk.drag(&self.window()?, from, to)
    }

    /// The mouse wheel turned `notches` towards the user over a point of the window.
    pub fn wheel_down(&self, point: (i32, i32), notches: usize) -> Result<(), String> {
        self.desk.wheel_down(&self.window()?, point, notches)
    }

    /// Asks the tree reader, started at the first question.
    fn read<T>(
        &self,
        ask: impl FnOnce(&mut Reader, u32) -> Result<T, String>,
    ) -> Result<T, String> {
        let pid = self.app()?.pid();
        let mut reader = self.reader.borrow_mut();
        if reader.is_none() {
            *reader = Some(Reader::start(&self.a11y, &self.xvfb.display)?);
        }
        let running = reader.as_mut().expect("just started");
        let result = ask(running, pid);
        if result.is_err() && !running.is_alive() {
            // A reader that broke down starts afresh at the next question.
            *reader = None;
        }
        result
    }

    /// The driven app's accessibility tree, as a screen reader reads it now.
    pub fn tree(&self) -> Result<Nodes, String> {
        self.read(|reader, pid| reader.tree(pid))
    }

    /// Asks the tree until `probe` finds what it looks for (or [`SHORT`] is up).
    pub fn wait_in_tree<T>(
        &self,
        what: &str,
        probe: impl Fn(&Nodes) -> Result<T, String>,
    ) -> Result<T, String> {
        poll(what, SHORT, || probe(&self.tree()?))
    }

    /// Waits for a node of this role and name.
    pub fn find(&self, role: &str, name: &str) -> Result<Node, String> {
        self.wait_in_tree(&format!("{role} {name:?}"), |nodes| {
            nodes
                .find(role, name)
                .cloned()
                .ok_or_else(|| nodes.summary(role))
        })
    }

    /// Waits for the first node `matches` accepts; `what` names it in a failure.
    pub fn find_where(&self, what: &str, matches: impl Fn(&Node) -> bool) -> Result<Node, String> {
        self.wait_in_tree(what, |nodes| {
            nodes
                .find_by(&matches)
                .cloned()
                .ok_or_else(|| match nodes.focused() {
                    Some(focused) => format!("not there; focus on {focused}"),
                    None => "not there".to_owned(),
                })
        })
    }

    /// Waits until the keyboard focus is on a node of this role and name (a view that
    /// gives a field the focus by itself).
    pub fn wait_for_focus_on(&self, role: &str, name: &str) -> Result<Node, String> {
        self.wait_in_tree(
            &format!("the focus on {role} {name:?}"),
            |nodes| match nodes.focused() {
                Some(focused) if focused.is(role, name) => Ok(focused.clone()),
                Some(focused) => Err(format!("focus on {focused}")),
                None => Err("nothing focused".to_owned()),
            },
        )
    }

    /// Waits until `node` (the same widget, by its path) has `state` (`checked`, say).
    pub fn wait_for_state(&self, node: &Node, state: &str) -> Result<(), String> {
        self.wait_in_tree(&format!("{node} {state}"), |nodes| {
            match nodes.0.iter().find(|now| now.path == node.path) {
                Some(now) if now.has(state) => Ok(()),
                Some(now) => Err(format!("states {:?}", now.states)),
                None => Err("gone".to_owned()),
            }
        })
    }

    /// Waits for one of the app's dialogs (its own windows: notices, questions, the
    /// merge) and returns the dialog's node.
    pub fn wait_for_dialog(&self) -> Result<Node, String> {
        self.find_where("a dialog", |node| node.role == super::tree::DIALOG)
    }

    /// Waits until none of the app's dialogs is open.
    pub fn wait_for_no_dialog(&self) -> Result<(), String> {
        self.wait_in_tree("no dialog open", |nodes| {
            match nodes.find_by(|node| node.role == super::tree::DIALOG) {
                Some(_) => Err(format!(
                    "{}; focus on {:?}",
                    nodes.summary(super::tree::BUTTON),
                    nodes.focused().map(ToString::to_string)
                )),
                None => Ok(()),
            }
        })
    }

    /// Waits until no node of this role and name is left (a dialog closed).
    pub fn wait_until_gone(&self, role: &str, name: &str) -> Result<(), String> {
        self.wait_in_tree(&format!("{role} {name:?} to go"), |nodes| {
            match nodes.find(role, name) {
                Some(node) => Err(format!("still there: {node}")),
                None => Ok(()),
            }
        })
    }

    /// Where a node is on the screen.
    pub fn extents(&self, node: &Node) -> Result<Extents, String> {
        self.read(|reader, pid| reader.extents(pid, node))
    }

    /// The node's place once it stays put: two readings in a row agree. A widget that
    /// just appeared may still move while the layout around it settles (a dialog
    /// closing, a box growing by a card); a press at its first place misses it.
    pub fn settled_extents(&self, node: &Node) -> Result<Extents, String> {
        let last = RefCell::new(None);
        poll(&format!("{node} to stay in its place"), SHORT, || {
            let now = self.extents(node)?;
            if last.replace(Some(now)) == Some(now) {
                Ok(now)
            } else {
                Err(format!("now at {now:?}"))
            }
        })
    }

    /// Shows a view with its keys (`ctrl+2`) and waits until its tab (`Kontakte`) is
    /// pressed: the tree then shows that view, not the one before, whose buttons may
    /// have the same names ("Löschen…").
    pub fn show_view(&self, keys: &str, tab: &str) -> Result<(), String> {
        self.key(&[keys])?;
        self.wait_in_tree(&format!("the view {tab}"), |nodes| {
            // "Fällig (2)": the tab may carry a count.
            nodes
                .find_by(|node| node.role == super::tree::TOGGLE && node.name.starts_with(tab))
                .filter(|node| node.has("pressed"))
                .map(drop)
                .ok_or_else(|| nodes.summary(super::tree::TOGGLE))
        })
    }

    /// Waits until a screen reader has been told, as a live announcement (without a
    /// focus change), a text that contains `part`; returns that text.
    pub fn wait_for_announcement(&self, part: &str) -> Result<String, String> {
        poll(&format!("an announcement \"…{part}…\""), SHORT, || {
            let heard = self.read(|reader, _pid| reader.announcements())?;
            heard
                .iter()
                .find(|text| text.contains(part))
                .cloned()
                .ok_or_else(|| format!("heard: {heard:?}"))
        })
    }

    /// The text of an editor.
    pub fn text_of(&self, node: &Node) -> Result<String, String> {
        self.read(|reader, pid| reader.text(pid, node))
    }

    /// A click in the middle of a node, where the tree says it is.
    pub fn click_node(&self, node: &Node) -> Result<(), String> {
        let extents = self.extents(node)?;
        if extents.w <= 0 || extents.h <= 0 {
            return Err(format!("{node} has no place on the screen: {extents:?}"));
        }
        self.desk.click_node(&self.window()?, extents.target())
    }

    /// The app window's size in pixels.
    pub fn window_size(&self) -> Result<(i32, i32), String> {
        let shell = self
            .desk
            .xdotool(&["getwindowgeometry", "--shell", &self.window()?])?;
        let value = |key: &str| {
            shell
                .lines()
                .find_map(|line| line.strip_prefix(key))
                .and_then(|number| number.trim().parse().ok())
                .ok_or_else(|| format!("no {key} in {shell:?}"))
        };
        Ok((value("WIDTH=")?, value("HEIGHT=")?))
    }

    /// The middle of the part of a node that is inside the window (a field taller than
    /// the window at a large zoom).
    pub fn visible_centre(&self, node: &Node) -> Result<(i32, i32), String> {
        let place = self.extents(node)?;
        let (width, height) = self.window_size()?;
        let (left, top) = (place.x.max(0), place.y.max(0));
        let (right, bottom) = (
            (place.x + place.w).min(width),
            (place.y + place.h).min(height),
        );
        if right <= left || bottom <= top {
            return Err(format!("{node} is outside the window: {place:?}"));
        }
        Ok(((left + right) / 2, (top + bottom) / 2))
    }

    /// Clicks the node of this role and name, once it is there.
    pub fn click_on(&self, role: &str, name: &str) -> Result<Node, String> {
        let node = self.find(role, name)?;
        self.click_node(&node)?;
        Ok(node)
    }

    /// Clicks an editor and waits until it has the keyboard focus, so that what is
    /// typed next goes there.
    ///
    /// A dialog is in the tree a frame before it takes clicks (egui measures a new one
    /// first, unseen): a click that came too early is repeated, as a person would.
    pub fn focus_on(&self, role: &str, name: &str) -> Result<Node, String> {
        let mut last = String::new();
        for _ in 0..3 {
            let node = self.click_on(role, name)?;
            let focused = poll(&format!("the focus on {node}"), SHORT / 3, || {
                let nodes = self.tree()?;
                match nodes.focused() {
                    Some(focused) if focused.path == node.path => Ok(()),
                    Some(focused) => Err(format!("focus on {focused}")),
                    None => Err("nothing focused".to_owned()),
                }
            });
            match focused {
                Ok(()) => return Ok(node),
                Err(error) => last = error,
            }
        }
        Err(format!("three clicks on {role} {name:?}: {last}"))
    }

    /// Clicks a canvas field or another editor by its name and types into it.
    pub fn type_into(&self, name: &str, text: &str) -> Result<(), String> {
        self.focus_on(super::tree::ENTRY, name)?;
        self.type_text(text)
    }

    /// Opens the menu `top` of the menu bar and clicks its entry `entry`: a menu item
    /// named by its action (a submenu's entries are buttons).
    pub fn menu(&self, top: &str, entry: &str) -> Result<(), String> {
        self.click_on(super::tree::BUTTON, top)?;
        let item = self.find_where(&format!("{entry:?} in the menu {top:?}"), |node| {
            (node.role == super::tree::MENU_ITEM || node.role == super::tree::BUTTON)
                && node.name == entry
                && node.name != top
        })?;
        self.click_node(&item)?;
        // The menu closes when the click is taken.
        self.wait_in_tree(&format!("the menu {top:?} to close"), |nodes| {
            match nodes.find_by(|node| node.path == item.path) {
                Some(_) => Err("still open".to_owned()),
                None => Ok(()),
            }
        })
    }

    /// Waits until `node` (the same widget, by its path) has the keyboard focus.
    pub fn wait_for_focus(&self, node: &Node) -> Result<(), String> {
        self.wait_in_tree(&format!("the focus on {node}"), |nodes| {
            match nodes.focused() {
                Some(focused) if focused.path == node.path => Ok(()),
                Some(focused) => Err(format!("focus on {focused}")),
                None => Err("nothing focused".to_owned()),
            }
        })
    }

    /// Waits until the app has ended by itself (after Ctrl+Q, say).
    pub fn wait_for_exit(&mut self, timeout: Duration) -> Result<(), String> {
        let app = self
            .app
            .as_mut()
            .ok_or_else(|| "the app is not running".to_owned())?;
        poll("the app to quit", timeout, || match app.child.try_wait() {
            Ok(Some(_)) | Err(_) => Ok(()),
            Ok(None) => Err("still running".to_owned()),
        })?;
        self.app = None;
        Ok(())
    }

    /// The app's output so far (all starts), for the failure report.
    pub fn app_log(&self) -> String {
        (1..=self.starts)
            .filter_map(|start| fs::read_to_string(self.dir.join(format!("app-{start}.log"))).ok())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Keeps the session's folder (screenshots, logs, files) after the session ends.
    pub fn keep_dir(&mut self) -> PathBuf {
        if let Some(root) = self.root.take() {
            let _ = root.keep();
        }
        self.dir.clone()
    }

    /// A screenshot in the session's folder; returns its path.
    pub fn screenshot(&self, label: &str) -> Result<PathBuf, String> {
        let file = self.dir.join(format!("{label}.png"));
        self.desk.screenshot(&file)?;
        Ok(file)
    }

    fn stop_app(&mut self) {
        if let Some(mut app) = self.app.take() {
            let _ = app.child.kill();
            let _ = app.child.wait();
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // The app first, then (by field order) the folder and the X server, which takes
        // the app's helpers (zenity, xclip) with it.
        self.stop_app();
    }
}
