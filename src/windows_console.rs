//! Windows: the release binary is a GUI program (`windows_subsystem = "windows"` in
//! `main.rs`), so starting it from the desktop opens no console window beside the app.
//! Such a program has no console of its own; started from a terminal, it attaches to
//! that terminal's console, so the subcommands (`export`, `due`, …) and `--help` print
//! there. Elsewhere this module is empty.
//!
//! The only `unsafe` code of the crate: two Win32 calls with plain integer arguments,
//! no pointers handed over, no memory touched.

/// Attaches to the console of the process that started this one, unless the standard
/// output already goes somewhere (redirected to a file or a pipe, or a console build).
/// From the desktop there is no parent console: the call fails and nothing changes.
#[cfg(windows)]
#[allow(unsafe_code)]
pub fn attach_parent_console() {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };
    // SAFETY: GetStdHandle takes a constant and returns a handle value (or null), which
    // is only compared; AttachConsole takes a constant and returns a status.
    unsafe {
        if GetStdHandle(STD_OUTPUT_HANDLE).is_null() {
            let _ = AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// Nothing to do off Windows: a program there always has its terminal's output.
#[cfg(not(windows))]
pub fn attach_parent_console() {}
