//! The command line of the installed `.exe`, as a script or a batch file would use it,
//! on a workspace in a folder with umlauts and spaces (`C:\Daten\Jürgen Müller\
//! Netzwerk 2026.json`): exit codes, output, the PDFs read back with pdftotext and
//! checked with qpdf, an import saved with its `.bak`, a pipe closed early.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use super::wait::{all, ensure};
use super::wine::{Wine, text};

pub const WORKSPACE: &str = "Netzwerk 2026.json";
pub const CANVAS: &str = "Dorfladen Rhade";

/// `drive_c/Daten/Jürgen Müller/`, with the workspace: the contacts of
/// tests/fixtures/contacts.json and one canvas.
pub fn workspace_folder(wine: &Wine) -> Result<PathBuf, String> {
    let folder = wine.prefix.join("drive_c/Daten/Jürgen Müller");
    std::fs::create_dir_all(&folder).map_err(|error| error.to_string())?;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let contacts = std::fs::read_to_string(fixtures.join("contacts.json"))
        .map_err(|error| error.to_string())?;
    let mut workspace: Value = serde_json::from_str(&contacts).map_err(|e| e.to_string())?;
    workspace["collaborations"] = json!([{
        "id": "c0ffee00-0000-4000-8000-000000000001",
        "title": CANVAS,
        "partners": ["Gemeinde Rhade"],
        "relationship": "kooperation",
        "importance": 4,
        "fields": { "motivation": "Ein Laden im Dorf", "next_steps": "Termin im Rathaus" }
    }]);
    write_json(&folder.join(WORKSPACE), &workspace)?;
    std::fs::copy(
        fixtures.join("contacts/rfc6350-4.0.vcf"),
        folder.join("Kontakte Süd.vcf"),
    )
    .map_err(|error| error.to_string())?;
    Ok(folder)
}

fn write_json(path: &Path, value: &Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|error| error.to_string())?;
    std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
}

pub fn run_all(wine: &Wine, exe: &str, files: &Path) -> Result<(), String> {
    let workspace = wine.windows_path(&files.join(WORKSPACE))?;
    all([
        export_canvases(wine, exe, files, &workspace),
        export_contacts(wine, exe, files, &workspace),
        export_with_a_windows_font(wine, exe, files),
        due(wine, exe, &workspace),
        due_into_a_pipe_closed_early(wine, exe, files),
        refused(wine, exe, files),
    ])?;
    // Last, as they change the workspace.
    import(wine, exe, files, &workspace)?;
    share_and_merge_back(wine, exe, files, &workspace)
}

fn export_canvases(wine: &Wine, exe: &str, files: &Path, workspace: &str) -> Result<(), String> {
    let pdf = files.join("Netzwerk 2026.pdf");
    let output = wine.run(exe, &["export", workspace, "-o", &wine.windows_path(&pdf)?])?;
    ensure(output.status.success(), || {
        format!("export: {} {}", output.status, text(&output.stderr))
    })?;
    ensure(text(&output.stdout).contains("1 Seite geschrieben"), || {
        format!("export printed {:?}", text(&output.stdout))
    })?;
    check_pdf(&pdf, &[CANVAS, "Ein Laden im Dorf", "Termin im Rathaus"])
}

fn export_contacts(wine: &Wine, exe: &str, files: &Path, workspace: &str) -> Result<(), String> {
    let pdf = files.join("Kontakte.pdf");
    let args = [
        "export",
        workspace,
        "--contacts",
        "-o",
        &wine.windows_path(&pdf)?,
    ];
    let output = wine.run(exe, &args)?;
    ensure(output.status.success(), || {
        format!(
            "export --contacts: {} {}",
            output.status,
            text(&output.stderr)
        )
    })?;
    check_pdf(&pdf, &["Jana Berg", "Özlem Yıldız", "Müller-Lüdenscheidt"])
}

/// A name in Chinese, which no bundled font has: the export finds a font for it in
/// `C:\windows\Fonts` (Droid Sans Fallback copied there; Wine's own fonts are not in
/// that folder).
fn export_with_a_windows_font(wine: &Wine, exe: &str, files: &Path) -> Result<(), String> {
    let fonts = wine.prefix.join("drive_c/windows/Fonts");
    std::fs::create_dir_all(&fonts).map_err(|error| error.to_string())?;
    std::fs::copy(CJK_FONT, fonts.join("DroidSansFallbackFull.ttf"))
        .map_err(|error| format!("{CJK_FONT}: {error}"))?;
    let names = files.join("Namen.json");
    write_json(
        &names,
        &json!({ "format": "netzwerk-canvas", "version": 1, "collaborations": [{
            "id": "c0ffee00-0000-4000-8000-000000000002",
            "title": "Treffen mit 京東 in 北京",
            "fields": { "motivation": "Partner in Peking" }
        }]}),
    )?;
    let pdf = files.join("Namen.pdf");
    let args = [
        "export",
        &wine.windows_path(&names)?,
        "-o",
        &wine.windows_path(&pdf)?,
    ];
    let output = wine.run(exe, &args)?;
    ensure(output.status.success(), || {
        format!(
            "export of Chinese names: {} {}",
            output.status,
            text(&output.stderr)
        )
    })?;
    ensure(!text(&output.stdout).contains('�'), || {
        format!("characters replaced: {}", text(&output.stdout))
    })?;
    check_pdf(&pdf, &["京東", "北京", "Partner in Peking"])
}

/// The system font with Chinese characters that the scenario copies into
/// `C:\windows\Fonts` (Debian's fonts-droid-fallback).
pub const CJK_FONT: &str = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

/// The PDF passes `qpdf --check` and pdftotext reads every one of `words` in it.
pub fn check_pdf(pdf: &Path, words: &[&str]) -> Result<(), String> {
    let qpdf = Command::new("qpdf").arg("--check").arg(pdf).output();
    let qpdf = qpdf.map_err(|error| format!("cannot run qpdf: {error}"))?;
    ensure(qpdf.status.success(), || {
        format!("qpdf --check {}: {}", pdf.display(), text(&qpdf.stdout))
    })?;
    let read = Command::new("pdftotext").arg(pdf).arg("-").output();
    let read = read.map_err(|error| format!("cannot run pdftotext: {error}"))?;
    let words_read = text(&read.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    all(words.iter().map(|word| {
        ensure(words_read.contains(word), || {
            format!("{word:?} not in {}: {words_read:?}", pdf.display())
        })
    }))
}

fn due(wine: &Wine, exe: &str, workspace: &str) -> Result<(), String> {
    let output = wine.run(exe, &["due", workspace, "--today", "2026-11-22"])?;
    let expected = [
        "2026-10-01\toverdue\tÖmer Aydın\tMoscheegemeinde\t",
        "2026-11-10\toverdue\tJana Berg\tGemeinde Rhade\tjana.berg@rhade.example",
        "2026-11-22\tdue\tÖzlem Yıldız\tStadtteilbüro Nord\toezlem@nord.example",
        "2026-11-22\tdue\tMarie Curie-Sklodowska\tVolkshochschule\tmarie@vhs.example",
        "2026-11-25\tdue\tKarl-Heinz Müller-Lüdenscheidt\tHeimatverein\t",
        "2026-11-26\tupcoming\tDr. Anna Schmidt\tHochschule Bochum\tanna.schmidt@hs.example",
        "2026-12-06\tupcoming\tTom Richter\tVerein für Kultur\ttom@kultur.example",
    ];
    let printed = text(&output.stdout);
    ensure(output.status.success(), || {
        format!("due: {} {}", output.status, text(&output.stderr))
    })?;
    ensure(printed.lines().eq(expected), || {
        format!("due printed {printed:?}")
    })
}

/// `due FILE | head -1` with far more lines than a pipe holds: the first line comes
/// through, the rest is dropped without a panic ("Pipe not connected", os error 233,
/// before the fix) and the exit code is 0.
fn due_into_a_pipe_closed_early(wine: &Wine, exe: &str, files: &Path) -> Result<(), String> {
    let contacts: Vec<Value> = (0..3000)
        .map(|n| {
            json!({
                "id": format!("c-{n}"),
                "name": format!("Person {n:04} mit einem recht langen Namen"),
                "organisation": "Verein für lange Zeilen",
                "next_follow_up": "2026-11-20"
            })
        })
        .collect();
    let many = files.join("Viele fällig.json");
    write_json(
        &many,
        &json!({ "format": "netzwerk-canvas", "version": 1, "contacts": contacts }),
    )?;
    let stderr = files.join("due-stderr.txt");
    let script = format!(
        "wine '{exe}' due '{}' --today 2026-11-22 2>'{}' | head -n 1; \
         echo \"exit=${{PIPESTATUS[0]}}\"",
        wine.windows_path(&many)?,
        stderr.display()
    );
    let output = wine.command("bash").args(["-c", &script]).output();
    let output = output.map_err(|error| format!("cannot run bash: {error}"))?;
    let printed = text(&output.stdout);
    let errors = std::fs::read_to_string(&stderr).unwrap_or_default();
    std::fs::remove_file(&many).map_err(|error| error.to_string())?;
    std::fs::remove_file(&stderr).map_err(|error| error.to_string())?;
    all([
        ensure(
            printed.starts_with("2026-11-20\toverdue\tPerson 0000"),
            || format!("due | head -n 1 printed {printed:?}"),
        ),
        ensure(printed.ends_with("exit=0\n"), || {
            format!("due | head -n 1 did not exit with 0: {printed:?} {errors}")
        }),
        ensure(!errors.contains("panicked"), || {
            format!("due | head -n 1 panicked: {errors}")
        }),
    ])
}

/// A file that is not there: exit code 1, the message in German, no PDF.
fn refused(wine: &Wine, exe: &str, files: &Path) -> Result<(), String> {
    let missing = wine.windows_path(&files.join("Gibt es nicht.json"))?;
    let pdf = files.join("nie.pdf");
    let output = wine.run(exe, &["export", &missing, "-o", &wine.windows_path(&pdf)?])?;
    let errors = text(&output.stderr);
    all([
        ensure(output.status.code() == Some(1), || {
            format!("export of a missing file: {} {errors}", output.status)
        }),
        ensure(errors.contains("Gibt es nicht.json"), || {
            format!("the message names no file: {errors:?}")
        }),
        ensure(!pdf.exists(), || "a PDF was written".to_owned()),
    ])
}

/// `import FILE Kontakte Süd.vcf`: exit code 0, the report, the contact saved, the
/// previous version kept as `.bak` (the atomic save on Windows: a temporary file
/// renamed over the workspace).
fn import(wine: &Wine, exe: &str, files: &Path, workspace: &str) -> Result<(), String> {
    let before = std::fs::read(files.join(WORKSPACE)).map_err(|error| error.to_string())?;
    let vcard = wine.windows_path(&files.join("Kontakte Süd.vcf"))?;
    let output = wine.run(exe, &["import", workspace, &vcard])?;
    ensure(output.status.success(), || {
        format!("import: {} {}", output.status, text(&output.stderr))
    })?;
    let saved = std::fs::read_to_string(files.join(WORKSPACE)).map_err(|e| e.to_string())?;
    let backup = std::fs::read(files.join(format!("{WORKSPACE}.bak"))).unwrap_or_default();
    let leftovers: Vec<String> = std::fs::read_dir(files)
        .map_err(|error| error.to_string())?
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    all([
        ensure(text(&output.stdout).contains('1'), || {
            format!("import reported {:?}", text(&output.stdout))
        }),
        ensure(saved.contains("Lena Fischer"), || {
            "the imported contact is not in the file".to_owned()
        }),
        ensure(backup == before, || {
            "no .bak of the previous version".to_owned()
        }),
        ensure(leftovers.is_empty(), || {
            format!("temporary files left: {leftovers:?}")
        }),
    ])
}

/// Issue 33: `share` writes the canvas for the partner beside the workspace (a name
/// with umlauts and a space) without the Netzwerkbuch; the partner's filled copy comes
/// back with `merge-partner`.
fn share_and_merge_back(
    wine: &Wine,
    exe: &str,
    files: &Path,
    workspace: &str,
) -> Result<(), String> {
    let copy = files.join("Für Partner.json");
    let copy_windows = wine.windows_path(&copy)?;
    let output = wine.run(
        exe,
        &["share", workspace, "--only", CANVAS, "-o", &copy_windows],
    )?;
    ensure(output.status.success(), || {
        format!("share: {} {}", output.status, text(&output.stderr))
    })?;
    let shared = std::fs::read_to_string(&copy).map_err(|error| error.to_string())?;
    ensure(
        shared.contains(CANVAS) && !shared.contains("Jana Berg") && !shared.contains("Özlem"),
        || format!("the partner's copy: {shared}"),
    )?;
    let mut filled: Value = serde_json::from_str(&shared).map_err(|e| e.to_string())?;
    filled["collaborations"][0]["partner_view"] = json!({ "motivation": "Sicht der Gemeinde" });
    let back = files.join("Von Partner.json");
    write_json(&back, &filled)?;
    let output = wine.run(
        exe,
        &["merge-partner", workspace, &wine.windows_path(&back)?],
    )?;
    ensure(output.status.success(), || {
        format!("merge-partner: {} {}", output.status, text(&output.stderr))
    })?;
    let saved = std::fs::read_to_string(files.join(WORKSPACE)).map_err(|e| e.to_string())?;
    ensure(
        saved.contains("Sicht der Gemeinde") && saved.contains("Jana Berg"),
        || "the partner's view did not come back, or the book went".to_owned(),
    )
}
