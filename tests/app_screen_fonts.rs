//! Issue 20: a partner's name in Chinese shows on screen as itself: the system font
//! the PDF uses for characters the bundled fonts lack is added to the window's fonts,
//! for a file opened and for text pasted.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;
use crate::pdf_common::scripts;

use egui::FontId;
use egui_kittest::Harness;
use netzwerk_canvas::app::{App, Startup};
use netzwerk_canvas::storage;

fn shows(harness: &Harness<'_, App>, c: char) -> bool {
    harness
        .ctx
        .fonts_mut(|fonts| fonts.has_glyph(&FontId::proportional(14.0), c))
}

#[test]
fn a_chinese_name_in_the_file_gets_a_font_on_screen() {
    if !scripts::system_has_a_chinese_font("app_screen_fonts") {
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("partner.json");
    let mut workspace = storage::example_workspace().unwrap();
    workspace.collaborations[0].title = "Partner 京東".into();
    storage::save_workspace(&path, &workspace).unwrap();
    let mut harness = common::app_harness(Startup::File(path));
    harness.run_steps(3);
    assert!(shows(&harness, '京'));
    assert!(shows(&harness, '東'));
}

#[test]
fn a_pasted_chinese_name_gets_a_font_on_screen() {
    if !scripts::system_has_a_chinese_font("app_screen_fonts") {
        return;
    }
    let mut harness = common::app_harness(Startup::Example);
    assert!(!shows(&harness, '協'));
    harness.event(egui::Event::Paste("協力".into()));
    harness.run_steps(3);
    assert!(shows(&harness, '協'));
}
