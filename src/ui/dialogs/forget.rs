//! Asks before a person is forgotten (GDPR art. 17), showing first every place where
//! something about them is stored, so that the user sees what goes.

use std::path::PathBuf;

use egui::{RichText, ScrollArea};

use crate::i18n::{Language, Msg};
use crate::model::ContactId;

/// What forgetting a contact would touch, gathered before asking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForgetPreview {
    pub id: ContactId,
    pub name: String,
    /// "Something about … is stored in 4 places:" and one line per place.
    pub lines: Vec<String>,
    /// Recovery files of earlier sessions that hold the contact.
    pub recoveries: Vec<PathBuf>,
}

/// `Some(true)` to forget, `Some(false)` to keep, `None` while undecided. Enter
/// forgets, Escape keeps.
pub fn forget_ui(ctx: &egui::Context, language: Language, preview: &ForgetPreview) -> Option<bool> {
    let heading = Msg::ForgetTitle.fill(language, &[("name", &preview.name)]);
    let (answer, dismissed) = super::show_dialog(ctx, "forget_dialog", &heading, |ui| {
        ScrollArea::vertical().max_height(260.0).show(ui, |ui| {
            for line in &preview.lines {
                ui.label(line.as_str());
            }
            if !preview.recoveries.is_empty() {
                ui.add_space(4.0);
                ui.label(Msg::ForgetRecoveries.fill_count(language, preview.recoveries.len(), &[]));
                for file in &preview.recoveries {
                    ui.label(RichText::new(format!("  {}", file.display())).weak());
                }
            }
        });
        ui.add_space(6.0);
        let placeholder = Msg::ForgetPlaceholder.text(language);
        let undo = crate::user_action::UserAction::Undo
            .shortcut_text(ui.ctx(), language)
            .unwrap_or_default();
        ui.label(
            Msg::ForgetExplain.fill(language, &[("placeholder", placeholder), ("undo", &undo)]),
        );
        let forget = super::destructive_button(ui, Msg::ForgetConfirm.text(language));
        super::confirm_row(ui, language, forget, true)
    });
    if dismissed { Some(false) } else { answer }
}
