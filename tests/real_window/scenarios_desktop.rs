//! The app among the others on a desktop: its window carries the app icon the packages
//! install (the taskbar and the window switcher show it) and the class that the desktop
//! entry names, so that the menu entry and the running window are one app.

use super::scenarios_typing::open;
use super::session::Session;
use super::wait::{SHORT, all, ensure, poll};
use super::workspace;

/// The desktop entry the packages install; its `StartupWMClass` names the window class.
const DESKTOP_ENTRY: &str = include_str!("../../packaging/netzwerk-canvas.desktop");

/// Start the app; the window's `_NET_WM_ICON` holds the bundled 128 px icon pixel for
/// pixel, and its `WM_CLASS` is the desktop entry's `StartupWMClass`.
pub fn window_icon_and_class(session: &mut Session) -> Result<(), String> {
    open(session, "leer.json", &workspace::empty())?;
    let window = session.window()?;
    let icon = poll("the window's icon", SHORT, || {
        session.desk.property(&window, "_NET_WM_ICON", "32c")
    })?;
    let class = session.desk.property(&window, "WM_CLASS", "8s")?;
    let result = all([same_icon(&icon), same_class(&class)]);
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(SHORT)?;
    result
}

/// `_NET_WM_ICON` is width, height, then one ARGB number per pixel.
fn same_icon(printed: &str) -> Result<(), String> {
    let expected = netzwerk_canvas::window_icon::window_icon().ok_or("the icon decodes")?;
    let numbers: Vec<u64> = printed
        .split(',')
        .map(|number| number.trim().parse::<u64>())
        .collect::<Result<_, _>>()
        .map_err(|error| format!("_NET_WM_ICON is not a list of numbers ({error})"))?;
    ensure(numbers.len() >= 2 && numbers[..2] == [128, 128], || {
        format!("the window's icon is not 128 × 128: {:?}", numbers.get(..2))
    })?;
    let pixels: Vec<u64> = expected
        .rgba
        .chunks_exact(4)
        .map(|p| u64::from_be_bytes([0, 0, 0, 0, p[3], p[0], p[1], p[2]]))
        .collect();
    let differing = numbers[2..]
        .iter()
        .zip(&pixels)
        .filter(|(shown, bundled)| shown != bundled)
        .count();
    ensure(numbers.len() == 2 + pixels.len() && differing == 0, || {
        format!(
            "the window's icon is not the bundled one: {} of {} pixels differ, {} numbers",
            differing,
            pixels.len(),
            numbers.len()
        )
    })
}

fn same_class(printed: &str) -> Result<(), String> {
    let wanted = DESKTOP_ENTRY
        .lines()
        .find_map(|line| line.strip_prefix("StartupWMClass="))
        .ok_or("the desktop entry names no StartupWMClass")?;
    ensure(printed.contains(&format!("\"{wanted}\"")), || {
        format!("WM_CLASS is {printed}, the desktop entry says {wanted}")
    })
}
