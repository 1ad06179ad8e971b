//! *Für Partner freigeben* and *Partnerfassung einlesen* in the running app: the dialog
//! shows what the copy leaves out, the copy holds none of it, and the partner's view
//! comes back as one undo step — through the side-by-side dialog where both sides
//! changed a field.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use std::path::Path;

use common::{answer_path_prompt, app_harness, click_button, press, replace_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::command::{Command, FileCommand};
use netzwerk_canvas::storage::{load_workspace, save_workspace};

fn run(harness: &mut Harness<'_, App>, command: FileCommand) {
    harness.state_mut().queue(Command::File(command));
    harness.run();
}

/// The example's "Dorfladen Rhade", shared from the example workspace to `out`.
fn share_dorfladen(harness: &mut Harness<'_, App>, out: &Path) {
    run(harness, FileCommand::ShareDialog);
    harness.get_by_label("Für Partner freigeben");
    harness
        .get_by_label("„Meine Sicht“ weglassen (die Partner antworten, ohne sie vorher zu lesen)")
        .click();
    harness.run();
    harness.get_by_label_contains("„Meine Sicht“ in ");
    harness.get_by_label_contains("das Netzwerkbuch (");
    press(harness, Modifiers::NONE, Key::Enter);
    answer_path_prompt(harness, out);
    harness.run();
}

#[test]
fn the_copy_leaves_out_the_book_and_the_partners_view_comes_back_as_one_step() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("fuer-partner.json");
    let mut harness = app_harness(Startup::Example);
    let shown = harness.state().selected().cloned().unwrap();
    share_dorfladen(&mut harness, &out);
    let text = std::fs::read_to_string(&out).unwrap();
    let workspace = harness.state().document().workspace().clone();
    for contact in &workspace.contacts {
        assert!(
            !text.contains(&contact.name),
            "{} is in the copy",
            contact.name
        );
    }
    let mut copy = load_workspace(&out).unwrap();
    assert_eq!(copy.collaborations.len(), 1);
    assert_eq!(copy.collaborations[0].id, shown);
    copy.collaborations[0]
        .partner_view
        .insert("motivation".into(), "Sicht der Gemeinde".into());
    let back = folder.path().join("zurueck.json");
    save_workspace(&back, &copy).unwrap();

    run(&mut harness, FileCommand::ReadPartnerDialog);
    answer_path_prompt(&mut harness, &back);
    harness.run();
    let after = harness.state().document().workspace().clone();
    let canvas = after.get(&shown).unwrap();
    assert_eq!(canvas.partner_text("motivation"), "Sicht der Gemeinde");
    assert_eq!(
        harness.state().undo_text().as_deref(),
        Some("Rückgängig: Partnerfassung eingelesen")
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(harness.state().document().workspace(), &workspace);
}

#[test]
fn a_field_both_changed_is_chosen_side_by_side() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("fuer-partner.json");
    let mut harness = app_harness(Startup::Example);
    let shown = harness.state().selected().cloned().unwrap();
    share_dorfladen(&mut harness, &out);
    let mut copy = load_workspace(&out).unwrap();
    copy.collaborations[0]
        .fields
        .insert("success".into(), "Erfolg der Partner".into());
    save_workspace(&out, &copy).unwrap();
    replace_text(
        &mut harness,
        Role::MultilineTextInput,
        "Erfolg",
        "Mein Erfolg",
    );
    run(&mut harness, FileCommand::ReadPartnerDialog);
    answer_path_prompt(&mut harness, &out);
    harness.run();
    harness.get_by_label("Fassung der Partner");
    harness
        .get_by_label_contains(": Fassung der Partner übernehmen")
        .click();
    harness.run();
    click_button(&mut harness, "Zusammenführen");
    let after = harness.state().document().workspace().clone();
    assert_eq!(
        after.get(&shown).unwrap().field_text("success"),
        "Erfolg der Partner"
    );
}

#[test]
fn a_file_that_is_no_shared_copy_is_refused_and_nothing_changes() {
    let folder = tempfile::tempdir().unwrap();
    let other = folder.path().join("irgendwas.json");
    save_workspace(&other, &netzwerk_canvas::model::Workspace::default()).unwrap();
    let mut harness = app_harness(Startup::Example);
    let before = harness.state().document().workspace().clone();
    run(&mut harness, FileCommand::ReadPartnerDialog);
    answer_path_prompt(&mut harness, &other);
    harness.run();
    harness.get_by_label_contains("ist keine für Partner freigegebene Kopie");
    assert_eq!(harness.state().document().workspace(), &before);
}
