//! The files the packages install (packaging/, README "Install"): the desktop entry,
//! the AppStream metadata, the MIME type, the icons, the man pages and the shell
//! completions are valid for the tools that read them, and agree with the app. A
//! validator that is not installed is reported loudly, and fails the test in CI
//! (`CI=true`, as .ci/run sets it and installs them).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

#[path = "../examples/packaging_files/generate.rs"]
#[allow(dead_code)]
mod generate;

use std::path::{Path, PathBuf};
use std::process::Command;

use netzwerk_canvas::model::Workspace;

const DESKTOP_ENTRY: &str = "packaging/netzwerk-canvas.desktop";
const METAINFO: &str = "packaging/example.netzwerk_canvas.NetzwerkCanvas.metainfo.xml";
const MIME_TYPES: &str = "packaging/netzwerk-canvas-mime.xml";
const ICON_SVG: &str = "packaging/icons/netzwerk-canvas.svg";
/// The hicolor sizes the packages install, rendered from [`ICON_SVG`].
const ICON_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Whether `program` can run; if not, says so loudly, and in CI that is a failure.
fn available(program: &str, package: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|output| output.status.success());
    if !found {
        let line = "!".repeat(78);
        eprintln!(
            "\n{line}\npackaging: {program} is missing, its check did NOT RUN \
             (sudo apt-get install {package})\n{line}\n"
        );
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true: {program} ({package}) must be installed"
        );
    }
    found
}

/// Runs a program; its exit status, standard output and standard error.
fn run(program: &str, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(program)
        .args(args)
        .env("MANWIDTH", "80")
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// `KEY=value` of the desktop entry's main group.
fn entry_value<'a>(entry: &'a str, key: &str) -> &'a str {
    entry
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("the desktop entry has no {key}"))
}

/// The text between `<tag…>` and `</tag>`, every occurrence.
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    xml.split(&format!("<{tag}"))
        .skip(1)
        .filter_map(|rest| {
            let body = rest.split_once('>')?.1;
            Some(body.split_once(&format!("</{tag}>"))?.0.trim())
        })
        .collect()
}

#[test]
fn desktop_entry_is_valid_and_starts_this_app() {
    let entry = read(DESKTOP_ENTRY);
    if available("desktop-file-validate", "desktop-file-utils") {
        let (ok, stdout, stderr) = run(
            "desktop-file-validate",
            &[repo(DESKTOP_ENTRY).to_str().unwrap()],
        );
        assert!(ok && stdout.trim().is_empty(), "{stdout}{stderr}");
    }
    assert_eq!(entry_value(&entry, "Exec"), format!("{} %f", generate::BIN));
    assert_eq!(entry_value(&entry, "Icon"), generate::BIN);
    assert_eq!(entry_value(&entry, "Categories"), "Office;");
    for key in ["Name[de]", "Comment", "Comment[de]", "GenericName[de]"] {
        assert!(!entry_value(&entry, key).is_empty(), "{key} is empty");
    }
    // The window's class and Wayland app id: the desktop matches window and entry by it.
    let main = read("src/main.rs");
    let class = entry_value(&entry, "StartupWMClass");
    assert!(
        main.contains(&format!(".with_app_id(\"{class}\")")),
        "src/main.rs does not set the app id {class:?} of the desktop entry"
    );
    // The MIME type it opens is the one the packages define.
    let mime = read(MIME_TYPES);
    let mime_type = entry_value(&entry, "MimeType").trim_end_matches(';');
    assert!(
        mime.contains(&format!("<mime-type type=\"{mime_type}\">")),
        "{MIME_TYPES} does not define {mime_type}"
    );
}

#[test]
fn metainfo_is_valid_and_names_this_release() {
    let metainfo = read(METAINFO);
    if available("appstreamcli", "appstream") {
        let (ok, stdout, stderr) = run(
            "appstreamcli",
            &["validate", "--no-net", repo(METAINFO).to_str().unwrap()],
        );
        assert!(ok, "{stdout}{stderr}");
    }
    assert!(
        metainfo.contains(&format!(
            "<release version=\"{}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{METAINFO} has no release entry for version {}",
        env!("CARGO_PKG_VERSION")
    );
    let desktop_id = Path::new(DESKTOP_ENTRY).file_name().unwrap();
    assert_eq!(
        elements(&metainfo, "launchable"),
        [desktop_id.to_str().unwrap()]
    );
    assert_eq!(elements(&metainfo, "binary"), [generate::BIN]);
    // The screenshots are the ones in docs/, under the project's address.
    let images = elements(&metainfo, "image");
    assert!(images.len() >= 3, "only {} screenshots", images.len());
    for image in images {
        let (_, docs) = image
            .split_once("/docs/")
            .unwrap_or_else(|| panic!("{image} is not a screenshot in docs/"));
        assert!(
            repo(&format!("docs/{docs}")).is_file(),
            "docs/{docs} is missing"
        );
    }
}

/// The shared-mime-info magic finds the workspace by the first bytes the app writes.
#[test]
fn mime_magic_matches_a_saved_workspace() {
    let mime = read(MIME_TYPES);
    let saved = netzwerk_canvas::storage::workspace_to_json(&Workspace::default()).unwrap();
    let head = String::from_utf8_lossy(&saved[..saved.len().min(200)]).into_owned();
    let values: Vec<String> = mime
        .split("<match type=\"string\" value=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().replace("&quot;", "\""))
        .collect();
    assert!(!values.is_empty(), "{MIME_TYPES} has no magic");
    assert!(
        values.iter().any(|value| head.contains(value.as_str())),
        "none of {values:?} is in the first 200 bytes of a saved workspace: {head}"
    );
}

#[test]
fn icons_exist_at_every_hicolor_size() {
    assert!(read(ICON_SVG).contains("viewBox=\"0 0 16 16\""));
    for size in ICON_SIZES {
        let path = format!("packaging/icons/hicolor/{size}x{size}/apps/netzwerk-canvas.png");
        let bytes = std::fs::read(repo(&path)).unwrap_or_else(|error| panic!("{path}: {error}"));
        let icon = eframe::icon_data::from_png_bytes(&bytes)
            .unwrap_or_else(|error| panic!("{path}: {error}"));
        assert_eq!((icon.width, icon.height), (size, size), "{path}");
    }
}

/// `man -l` renders every page without a warning; the main page lists the subcommands
/// and says where the files are.
#[test]
fn man_pages_render() {
    let out = tempfile::tempdir().unwrap();
    let written = generate::write_all(out.path()).unwrap();
    let pages: Vec<&PathBuf> = written
        .iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "1"))
        .collect();
    assert_eq!(pages.len(), 9, "{written:?}");
    if !available("man", "man-db") {
        return;
    }
    for page in &pages {
        let (ok, stdout, stderr) = run("man", &["--warnings", "-l", page.to_str().unwrap()]);
        assert!(
            ok && stderr.trim().is_empty(),
            "{}: {stderr}",
            page.display()
        );
        assert!(stdout.contains("netzwerk-canvas"), "{stdout}");
    }
    let (_, main, _) = run("man", &["-l", pages[0].to_str().unwrap()]);
    for part in [
        "SYNOPSIS",
        "kartenabfrage",
        "vergessen",
        "EXIT STATUS",
        "FILES",
        "SEE ALSO",
    ] {
        assert!(main.contains(part), "the main page lacks {part}:\n{main}");
    }
}

/// Each shell's completion is valid for that shell and completes every subcommand.
#[test]
fn completions_cover_every_subcommand() {
    let out = tempfile::tempdir().unwrap();
    let written = generate::write_all(out.path()).unwrap();
    let completions: Vec<&PathBuf> = written
        .iter()
        .filter(|path| {
            path.parent()
                .is_some_and(|dir| dir.ends_with("completions"))
        })
        .collect();
    assert_eq!(completions.len(), generate::SHELLS.len(), "{written:?}");
    for path in completions {
        let script = std::fs::read_to_string(path).unwrap();
        for sub in [
            "export",
            "due",
            "kartenabfrage",
            "import",
            "auskunft",
            "vergessen",
            "share",
            "merge-partner",
        ] {
            assert!(script.contains(sub), "{} lacks {sub}", path.display());
        }
        let name = path.file_name().unwrap().to_string_lossy();
        let shell = if name.ends_with(".bash") {
            "bash"
        } else if name.ends_with(".fish") {
            "fish"
        } else {
            "zsh"
        };
        // bash is everywhere; zsh and fish are checked where they are installed.
        let present = Command::new(shell).arg("-c").arg("true").output().is_ok();
        if shell == "bash" || present {
            let (ok, stdout, stderr) = run(shell, &["-n", path.to_str().unwrap()]);
            assert!(ok, "{shell} -n {}: {stdout}{stderr}", path.display());
        }
        if shell == "bash" {
            assert_eq!(bash_completes(path, "kart"), "kartenabfrage");
        }
    }
}

/// What bash offers for `netzwerk-canvas WORD<Tab>` with the completion script loaded.
fn bash_completes(script: &Path, word: &str) -> String {
    let program = format!(
        "source '{}'; function=$(complete -p netzwerk-canvas | sed 's/.* -F \\([^ ]*\\) .*/\\1/'); \
         COMP_WORDS=(netzwerk-canvas {word}); COMP_CWORD=1; \
         COMP_LINE='netzwerk-canvas {word}'; COMP_POINT=${{#COMP_LINE}}; \
         \"$function\" netzwerk-canvas {word} netzwerk-canvas; echo \"${{COMPREPLY[*]}}\"",
        script.display()
    );
    let (ok, stdout, stderr) = run("bash", &["-c", &program]);
    assert!(ok, "{stderr}");
    stdout.trim().to_owned()
}
