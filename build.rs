//! Windows builds only: the icon and the version resource compiled into the `.exe`
//! (Explorer, the taskbar and *Apps & Features* show them; issue 30). Other targets
//! build nothing here.

use std::env;
use std::process::ExitCode;

/// The icon, generated from `packaging/icons/` by `packaging/render-icons.sh`.
const ICON: &str = "packaging/windows/netzwerk-canvas.ico";

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={ICON}");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return ExitCode::SUCCESS;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(ICON)
        .set("ProductName", "Netzwerk-Canvas")
        .set("FileDescription", "Netzwerk-Canvas")
        .set("InternalName", "netzwerk-canvas")
        .set("OriginalFilename", "netzwerk-canvas.exe")
        .set(
            "LegalCopyright",
            "The Netzwerk-Canvas maintainers (MIT OR Apache-2.0)",
        );
    match resource.compile() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "build.rs: the Windows resource (icon, version) did not compile: {error}. \
                 Cross-building on Debian needs windres: apt-get install gcc-mingw-w64-x86-64"
            );
            ExitCode::FAILURE
        }
    }
}
