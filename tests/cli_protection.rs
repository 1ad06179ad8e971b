//! Protected workspaces on the command line (issue 33): every command opens them with the
//! passphrase from a file, the environment or the terminal, a command that writes writes
//! them encrypted again, a wrong or missing passphrase leaves the file untouched, a
//! `kill -9` mid-save leaves no plaintext, and Debian's `age` reads and writes them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::cli_common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use cli_common::{arg, run, stderr, stdout};
use netzwerk_canvas::model::Workspace;
use netzwerk_canvas::storage::{self, Passphrase};

const PASSPHRASE: &str = "Lindenblatt am Fluss";
/// Found nowhere but in the workspace: any file holding it leaks the workspace.
const MARKER: &str = "Vertraulichkeitsmarke";

fn passphrase() -> Passphrase {
    Passphrase::new(PASSPHRASE.to_owned())
}

/// A protected workspace with the marker in a contact's notes, and a passphrase file.
fn protected() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let mut workspace = storage::example_workspace().unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let id = workspace.add_contact("Frieda Marker", day);
    workspace.contact_mut(&id).unwrap().notes = MARKER.to_owned();
    let path = folder.path().join("netz.json");
    storage::save_workspace_protected(&path, &workspace, Some(&passphrase())).unwrap();
    let pass = folder.path().join("pass.txt");
    std::fs::write(&pass, format!("{PASSPHRASE}\n")).unwrap();
    (folder, path, pass)
}

fn opened(path: &Path) -> Workspace {
    storage::open_workspace(path, Some(&passphrase())).unwrap()
}

/// Every file below `folder` whose bytes hold `marker`.
fn files_holding(folder: &Path, marker: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_holding(&path, marker));
        } else if std::fs::read(&path)
            .is_ok_and(|bytes| bytes.windows(marker.len()).any(|w| w == marker.as_bytes()))
        {
            found.push(path);
        }
    }
    found
}

#[test]
fn due_reads_a_protected_file_with_the_passphrase_file() {
    let (_folder, path, pass) = protected();
    let output = run(&["due", arg(&path), "--passphrase-file", arg(&pass)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Sabine Kruse"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_wrong_or_missing_passphrase_says_so_and_leaves_the_file() {
    let (folder, path, _pass) = protected();
    let before = std::fs::read(&path).unwrap();
    let wrong = folder.path().join("wrong.txt");
    std::fs::write(&wrong, "lindenblatt am fluss\n").unwrap();
    let output = run(&[
        "due",
        arg(&path),
        "--passphrase-file",
        arg(&wrong),
        "--language",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output)
            .contains("The password is wrong; the file was not opened and is unchanged."),
        "{}",
        stderr(&output)
    );
    // No file, no variable, no terminal (stdin is not one here): it says how to give it.
    let output = Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .args(["export", arg(&path), "-o", "x.pdf", "--language", "en"])
        .env_remove("NETZWERK_CANVAS_PASSPHRASE")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("The file is protected by a password. On the command line, give it with --passphrase-file FILE"),
        "{}",
        stderr(&output)
    );
    let missing = folder.path().join("nowhere.txt");
    let output = run(&[
        "due",
        arg(&path),
        "--passphrase-file",
        arg(&missing),
        "--language",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("The password file “"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn import_through_the_environment_writes_the_file_encrypted_again() {
    let (folder, path, _pass) = protected();
    let vcf = folder.path().join("neu.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ole Neuling\r\nNOTE:Neulingsnotiz\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
        .args(["import", arg(&path), arg(&vcf)])
        .env("NETZWERK_CANVAS_PASSPHRASE", PASSPHRASE)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        storage::is_sealed(&bytes),
        "the import wrote the file in plaintext"
    );
    let workspace = opened(&path);
    assert!(workspace.contacts.iter().any(|c| c.name == "Ole Neuling"));
    // The previous version (.bak) is the encrypted one; nothing on disk is readable.
    assert!(storage::is_sealed(
        &std::fs::read(storage::backup_path(&path)).unwrap()
    ));
    assert_eq!(files_holding(folder.path(), MARKER), Vec::<PathBuf>::new());
    assert_eq!(
        files_holding(folder.path(), "Frieda Marker"),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn export_and_share_open_a_protected_file() {
    let (folder, path, pass) = protected();
    let pdf = folder.path().join("canvas.pdf");
    let output = run(&[
        "export",
        arg(&path),
        "-o",
        arg(&pdf),
        "--passphrase-file",
        arg(&pass),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let title = opened(&path).collaborations[0].title.clone();
    let copy = folder.path().join("partner.json");
    let output = run(&[
        "share",
        arg(&path),
        "--only",
        &title,
        "-o",
        arg(&copy),
        "--passphrase-file",
        arg(&pass),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    // The partner's copy is meant to be read by the partner: plain, without the book.
    let shared = storage::load_workspace(&copy).unwrap();
    assert!(shared.contacts.is_empty());
}

/// A save killed at random moments (`vergessen` opens, rewrites and saves with two
/// scrypt runs) leaves the file encrypted and whole, and no plaintext anywhere: the
/// folder, the temporary files of the save, the system's temporary folder.
#[test]
fn kill_9_during_an_encrypted_save_leaves_no_plaintext() {
    let (folder, path, pass) = protected();
    let temp = folder.path().join("tmp");
    std::fs::create_dir(&temp).unwrap();
    let mut killed_during = 0;
    for round in 0..8u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_netzwerk-canvas"))
            .args(["vergessen", arg(&path), "Frieda Marker"])
            .args(["--passphrase-file", arg(&pass)])
            .env("TMPDIR", &temp)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Spread over opening (one scrypt), forgetting and saving (two more).
        std::thread::sleep(Duration::from_millis(300 + round * 250));
        let _ = child.kill();
        let status = child.wait().unwrap();
        killed_during += usize::from(!status.success());
        let leaks = [folder.path(), temp.as_path()]
            .iter()
            .flat_map(|place| files_holding(place, MARKER))
            .collect::<Vec<_>>();
        assert_eq!(
            leaks,
            Vec::<PathBuf>::new(),
            "round {round}: plaintext on disk"
        );
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            storage::is_sealed(&bytes),
            "round {round}: the file is not encrypted"
        );
        storage::open_workspace(&path, Some(&passphrase())).unwrap();
    }
    assert!(killed_during > 0, "no kill landed before the command ended");
}

/// Runs Debian's `age` with its passphrase prompts answered on a pseudo-terminal (it
/// reads passphrases from the terminal only); None when `age` is not installed.
fn age_on_a_terminal(args: &[&str], answers: usize) -> Option<std::process::Output> {
    if Command::new("age").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "Debian's age is missing under CI=true: apt-get install age"
        );
        eprintln!("SKIPPED: the age interoperability test needs Debian's age: apt-get install age");
        return None;
    }
    let script = r#"
import os, pty, sys, time
answers = int(sys.argv[1]); passphrase = sys.argv[2].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age"] + sys.argv[3:])
seen = b""
while answers:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    seen += chunk
    sys.stderr.buffer.write(chunk)
    if seen.rstrip().endswith(b":"):
        # age switches the terminal to no echo after printing its prompt, flushing what
        # was typed before: answer once it has had a moment for that.
        time.sleep(0.5)
        os.write(fd, passphrase + b"\n"); answers -= 1; seen = b""
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    sys.stderr.buffer.write(chunk)
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
"#;
    let answers = answers.to_string();
    Some(
        Command::new("python3")
            .args(["-c", script, &answers, PASSPHRASE])
            .args(args)
            .output()
            .unwrap(),
    )
}

#[test]
fn debian_age_decrypts_our_file_and_we_open_its_file() {
    let (folder, path, pass) = protected();
    let plain = folder.path().join("entschluesselt.json");
    let Some(output) = age_on_a_terminal(&["-d", "-o", arg(&plain), arg(&path)], 1) else {
        return;
    };
    assert!(output.status.success(), "age -d: {}", stderr(&output));
    let decrypted = storage::load_workspace(&plain).unwrap();
    assert_eq!(decrypted, opened(&path));

    // A file `age -p` encrypted (armoured too) opens as a workspace.
    for armor in [false, true] {
        let theirs = folder.path().join(format!("von-age-{armor}.json"));
        let mut args = vec!["-p", "-o", arg(&theirs)];
        if armor {
            args.push("-a");
        }
        args.push(arg(&plain));
        let output = age_on_a_terminal(&args, 2).unwrap();
        assert!(output.status.success(), "age -p: {}", stderr(&output));
        let output = run(&["due", arg(&theirs), "--passphrase-file", arg(&pass)]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stdout(&output).contains("Sabine Kruse"));
    }
}

/// The Kartenabfrage of a protected workspace keeps its journal encrypted: after a
/// `kill -9` no card is readable on disk, and `--resume` with the passphrase brings
/// them back into the file, which stays encrypted.
#[cfg(unix)] // the session is ended by SIGTERM, sent with the Unix `kill` program
#[test]
fn kartenabfrage_journal_of_a_protected_file_is_encrypted_and_resumes() {
    use crate::moderation_common::{Participant, cli::CliSession};
    let folder = tempfile::tempdir().unwrap();
    let file = crate::moderation_common::cli::example_workspace(folder.path());
    let workspace = storage::load_workspace(&file).unwrap();
    storage::save_workspace_protected(&file, &workspace, Some(&passphrase())).unwrap();
    let _ = std::fs::remove_file(storage::backup_path(&file));
    let pass = folder.path().join("pass.txt");
    std::fs::write(&pass, PASSPHRASE).unwrap();
    let title = "Dorfladen Rhade";
    let args = [
        "--title",
        title,
        "--field",
        "shared_goals",
        "--passphrase-file",
        arg(&pass),
    ];
    let session = CliSession::start(&file, &args);
    let mut phone = Participant::new(&session.url);
    assert_eq!(phone.card("Kartengeheimnis eins", "s1").status, 303);
    assert_eq!(phone.card("Kartengeheimnis zwei", "s2").status, 303);
    session.kill_hard();
    let everywhere = [folder.path().to_path_buf()];
    let leaks: Vec<PathBuf> = everywhere
        .iter()
        .flat_map(|place| files_holding(place, "Kartengeheimnis"))
        .chain(files_holding(folder.path(), "Dorfladen"))
        .collect();
    assert_eq!(
        leaks,
        Vec::<PathBuf>::new(),
        "readable on disk after kill -9"
    );
    let journals = folder.path().join("xdg-data/netzwerk-canvas/recovery");
    let count = std::fs::read_dir(&journals).unwrap().count();
    assert!(count > 0, "no journal was written");

    let mut resumed = CliSession::start(&file, &[&args[..], &["--resume"]].concat());
    assert!(
        resumed.wait_for("Karten: 2", Duration::from_secs(10)),
        "{:?}",
        resumed.messages
    );
    let (status, messages) = resumed.terminate();
    assert_eq!(status.code(), Some(0), "{messages}");
    let saved = opened(&file);
    let canvas = saved
        .collaborations
        .iter()
        .find(|c| c.title == title)
        .unwrap();
    let texts: Vec<&str> = canvas.cards.iter().map(|card| card.text.as_str()).collect();
    assert_eq!(texts, ["Kartengeheimnis eins", "Kartengeheimnis zwei"]);
    assert!(storage::is_sealed(&std::fs::read(&file).unwrap()));
    assert_eq!(
        files_holding(folder.path(), "Kartengeheimnis"),
        Vec::<PathBuf>::new()
    );
}
