//! Exporting a PDF through the real dialogs: zenity's save dialog with the suggested
//! name, the app's own path prompt where no dialog exists, "PDF öffnen" on a
//! machine without a PDF viewer, the blank A3 sheet for a workshop wall, and a
//! partner's name in Chinese printed with the system's font.

use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::Duration;

use netzwerk_canvas::model::Template;

use super::dialogs;
use super::pdf_common::ParsedPdf;
use super::pdf_common::measure::{nested, runs_spelling};
use super::scenarios_typing::open;
use super::session::Session;
use super::system::{check_pdf, pdfs_in, zombie_children};
use super::tree;
use super::wait::{LONG, SHORT, all, ensure, poll};
use super::workspace::{self, collaborations, find_by};

const TITLE: &str = "Dorfladen Rhade";
/// Words the PDF of the canvas must contain: its title, a label, a field's text.
const PDF_WORDS: [&str; 3] = [TITLE, "Motivation", "Ein Laden im Dorf"];

/// Waits until `pdf` is complete and correct (the export runs on a worker thread).
fn wait_for_pdf(pdf: &Path) -> Result<(), String> {
    poll(&format!("a correct PDF at {}", pdf.display()), LONG, || {
        check_pdf(pdf, &PDF_WORDS)
    })
}

/// Ctrl+P → Exportieren… → zenity: Return on the suggested name. The app was started
/// in `working_dir`, which zenity shows when it is given no folder.
fn export_with_suggestion(session: &mut Session, working_dir: &Path) -> Result<(), String> {
    session.set_working_dir(working_dir);
    let path = open(session, "laptop.json", &workspace::with_one_canvas(TITLE))?;
    let original = std::fs::read(&path).map_err(|error| error.to_string())?;
    dialogs::start_export(session)?;
    dialogs::accept_zenity_suggestion(session)?;
    let folder = session.files();
    // Until a PDF appears beside the workspace, or the workspace itself changed.
    let found = poll("a PDF beside the workspace", LONG, || {
        let now = std::fs::read(&path).unwrap_or_default();
        let pdfs = pdfs_in(&folder);
        if now != original || !pdfs.is_empty() {
            Ok(pdfs)
        } else {
            Err(format!("files there: {:?}", list(&folder)))
        }
    });
    let now = std::fs::read(&path).map_err(|error| error.to_string())?;
    ensure(now == original, || {
        format!(
            "the workspace {} was changed by the export (it now starts with {:?}); files: {:?}",
            path.display(),
            String::from_utf8_lossy(&now[..now.len().min(8)]),
            list(&folder)
        )
    })?;
    let pdfs = found
        .map_err(|error| format!("{error}; in the working folder: {:?}", list(working_dir)))?;
    let expected = format!("{TITLE}.pdf");
    ensure(pdfs == [expected.clone()], || {
        format!("PDFs beside the workspace: {pdfs:?}, expected [{expected:?}]")
    })?;
    wait_for_pdf(&folder.join(&expected))
}

/// The names of the files in a folder, for failure reports.
fn list(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The app runs in the workspace's folder (started from a file manager or a terminal
/// there): accepting the suggestion must neither replace the workspace nor need a
/// "replace?" question, and gives `TITLE.pdf`.
pub fn export_suggested_name(session: &mut Session) -> Result<(), String> {
    let folder = session.files();
    export_with_suggestion(session, &folder)
}

/// The app runs elsewhere: the dialog still suggests the workspace's own folder.
pub fn export_dialog_in_workspace_folder(session: &mut Session) -> Result<(), String> {
    let elsewhere = session.dir.join("cwd");
    export_with_suggestion(session, &elsewhere)?;
    let stray = list(&elsewhere);
    ensure(stray.is_empty(), || {
        format!("files written to the working folder: {stray:?}")
    })
}

/// Without any file dialog the app asks for a typed path: export and Save As work
/// through it, and Escape cancels without writing anything.
pub fn typed_path_fallback(session: &mut Session) -> Result<(), String> {
    let files = session.files();
    open(session, "getippt.json", &workspace::with_one_canvas(TITLE))?;
    let pdf = files.join("getippt.pdf");
    dialogs::start_export(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    wait_for_pdf(&pdf)?;
    session.key(&["Escape"])?;

    let copy = files.join("kopie.json");
    save_as(session, &copy, true)?;
    wait_for_title_in(&copy)?;

    let cancelled = files.join("verworfen.json");
    save_as(session, &cancelled, false)?;
    // Another Save As that does write, so that there is something to wait for.
    let second = files.join("zweite-kopie.json");
    save_as(session, &second, true)?;
    wait_for_title_in(&second)?;
    ensure(!cancelled.exists(), || {
        format!(
            "Escape in the path prompt still wrote {}",
            cancelled.display()
        )
    })
}

fn save_as(session: &Session, path: &Path, confirm: bool) -> Result<(), String> {
    session.key(&["ctrl+shift+s"])?;
    dialogs::answer_path_prompt(session, &path.display().to_string(), confirm)
}

fn wait_for_title_in(path: &Path) -> Result<(), String> {
    workspace::wait_for(
        path,
        "the workspace saved under the typed path",
        LONG,
        |saved| {
            find_by(&collaborations(saved), "title", TITLE)
                .map(drop)
                .ok_or_else(|| format!("no canvas {TITLE:?} in it"))
        },
    )
    .map(drop)
}

/// Exports through the typed-path prompt and presses "PDF öffnen"; returns the PDF.
fn export_and_open(session: &mut Session) -> Result<PathBuf, String> {
    open(session, "ansehen.json", &workspace::with_one_canvas(TITLE))?;
    let pdf = session.files().join("ansehen.pdf");
    dialogs::start_export(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    wait_for_pdf(&pdf)?;
    dialogs::open_exported_pdf(session)?;
    Ok(pdf)
}

/// After "PDF öffnen" failed: no zombie, and "Pfad kopieren" (reached with Tab) puts
/// the PDF's path on the clipboard.
fn expect_no_zombie_and_path_to_copy(session: &Session, pdf: &Path) -> Result<(), String> {
    let pid = session.app()?.pid();
    // The opener has long ended by then; a child that is still a zombie after that
    // was never waited for.
    sleep(Duration::from_secs(2));
    let zombies = zombie_children(pid);
    let zombies = if zombies.is_empty() {
        zombies
    } else {
        sleep(Duration::from_secs(2));
        zombie_children(pid)
    };
    dialogs::tab_to(session, "Pfad kopieren", |node| {
        node.is(tree::BUTTON, "Pfad kopieren")
    })?;
    session.key(&["space"])?;
    let expected = pdf.display().to_string();
    let copied = poll(
        "the PDF's path on the clipboard (Pfad kopieren)",
        SHORT,
        || {
            let now = session.desk.clipboard();
            ensure(now == expected, || format!("xclip -o gives {now:?}"))
        },
    );
    all([
        ensure(zombies.is_empty(), || {
            format!("zombie children of the app: {zombies:?}")
        }),
        copied,
    ])
}

/// No `xdg-open` and no viewer on PATH.
pub fn open_pdf_without_viewer(session: &mut Session) -> Result<(), String> {
    let pdf = export_and_open(session)?;
    expect_no_zombie_and_path_to_copy(session, &pdf)
}

/// `xdg-open` exists but finds no program for PDFs (exit code 3).
pub fn open_pdf_xdg_open_fails(session: &mut Session) -> Result<(), String> {
    let pdf = export_and_open(session)?;
    expect_no_zombie_and_path_to_copy(session, &pdf)
}

/// A3 landscape in points.
const A3: (f32, f32) = (1190.55, 841.89);
/// The least size of a question read on a wall, and the least height of a cell to
/// write in with a marker (15 mm).
const WALL_QUESTION_PT: f32 = 12.0;
const WALL_CELL_PT: f32 = 15.0 * 72.0 / 25.4;

/// A facilitator prints the empty canvas on A3 for the workshop wall, from a new file
/// without canvases, by keyboard: Ctrl+P; Tab to "Leere Vorlage" (the only content such
/// a file offers) and Space picks it; Tab to A3, Space; Tab to "Exportieren…", Return;
/// then the app's own path prompt. The sheet must be A3 with every question at 12 pt
/// at least, cells 15 mm high, and no export date.
pub fn export_blank_a3(session: &mut Session) -> Result<(), String> {
    open(session, "werkstatt.json", &workspace::empty())?;
    session.key(&["ctrl+p"])?;
    dialogs::tab_to(session, "Leere Vorlage", |node| {
        node.role == tree::RADIO && node.name.starts_with("Leere Vorlage")
    })?;
    session.key(&["space"])?;
    dialogs::tab_to(session, "A3", |node| node.is(tree::RADIO, "A3"))?;
    session.key(&["space"])?;
    dialogs::press_in_dialog(session, "Exportieren…")?;
    let pdf = session.files().join("wand.pdf");
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    poll(&format!("a correct PDF at {}", pdf.display()), LONG, || {
        check_pdf(&pdf, &["Motivation", "Warum wollen wir"])
    })?;
    let bytes = std::fs::read(&pdf).map_err(|error| error.to_string())?;
    let parsed = ParsedPdf::parse(&bytes);
    let (width, height) = parsed.page_size(1);
    let text = parsed.all_text();
    let runs = parsed.text_runs(1);
    let template = Template::kooperations_canvas();
    let mut questions = Vec::new();
    for field in &template.fields {
        let question = field.question_de.as_str();
        let sizes: Vec<f32> = runs_spelling(&runs, question)
            .iter()
            .map(|run| run.size)
            .collect();
        if sizes.is_empty() || sizes.iter().any(|size| *size < WALL_QUESTION_PT) {
            questions.push(format!("{question:?} at {sizes:?} pt"));
        }
    }
    let cells: Vec<f32> = nested(&parsed.rectangles(1))
        .iter()
        .map(|(_, cell)| cell.height)
        .collect();
    all([
        ensure(parsed.page_count() == 1, || {
            format!("{} pages, expected one sheet", parsed.page_count())
        }),
        ensure(
            (width - A3.0).abs() < 0.5 && (height - A3.1).abs() < 0.5,
            || format!("the page is {width} × {height} pt, A3 landscape is {A3:?}"),
        ),
        ensure(questions.is_empty(), || {
            format!("questions smaller than {WALL_QUESTION_PT} pt or missing: {questions:?}")
        }),
        ensure(
            cells.len() == 6 && cells.iter().all(|cell| *cell >= WALL_CELL_PT),
            || format!("investment cells {cells:?} pt high, 15 mm is {WALL_CELL_PT:.1} pt"),
        ),
        ensure(!text.contains("exportiert"), || {
            let footer = text.lines().find(|line| line.contains("exportiert"));
            format!("the empty sheet names an export date: {footer:?}")
        }),
    ])
}

/// Pasted from a mail: a Chinese, an Arabic and a Hindi name (the Arabic's lam-alef is
/// one glyph when joined, the Hindi's स्त a conjunct), and a thumbs-up with a skin tone.
const PASTED: &str = "Treffen mit 京東 in 北京 und جمعية السلام und नमस्ते 👍🏽";

/// Issue 20: partners' names in Chinese and Arabic, pasted from a mail, print as
/// themselves: the Chinese with a system font (the bundled ones lack it), not as "�";
/// the Arabic right to left with its letters joined, so that it reads back as typed; the
/// emoji with its skin tone (from a system font that has the tones), not without it.
pub fn names_in_other_scripts_printed(session: &mut Session) -> Result<(), String> {
    let files = session.files();
    let path = open(session, "partner.json", &workspace::with_one_canvas(TITLE))?;
    session.focus_on(tree::ENTRY, "Gemeinsame Ziele")?;
    session.desk.set_clipboard(PASTED)?;
    session.key(&["ctrl+v"])?;
    // The name on screen, drawn with the same system font (kept if the scenario fails).
    session.screenshot("chinese-on-screen")?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(&path, "the pasted name in the saved file", LONG, |saved| {
        let all = collaborations(saved);
        let canvas = all.first().ok_or("no collaboration in the file")?;
        let goals = workspace::text(canvas, "/fields/shared_goals");
        ensure(goals == PASTED, || format!("saved {goals:?}"))
    })?;
    let pdf = files.join("partner.pdf");
    dialogs::start_export(session)?;
    dialogs::answer_path_prompt(session, &pdf.display().to_string(), true)?;
    poll("the names in the PDF", LONG, || {
        check_pdf(
            &pdf,
            &[
                "Treffen mit 京東 in 北京",
                "جمعية السلام",
                "नमस्ते",
                "👍🏽",
                TITLE,
            ],
        )
    })?;
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .map_err(|error| format!("cannot run pdftotext: {error}"))?;
    let text = String::from_utf8_lossy(&text.stdout);
    ensure(!text.contains('\u{FFFD}'), || {
        format!("a replacement character in: {text}")
    })
}
