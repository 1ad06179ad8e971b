//! *Für Partner freigeben*: which collaborations go to the partner, whether "Meine
//! Sicht" goes with them, and what the copy leaves out, shown before anything is
//! written.

use egui::{RichText, ScrollArea};

use crate::i18n::{Language, Msg};
use crate::model::CollaborationId;

/// The choice being made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareDraft {
    /// Every collaboration of the workspace: its id, title and whether it goes.
    pub canvases: Vec<(CollaborationId, String, bool)>,
    pub without_my_view: bool,
}

impl ShareDraft {
    pub fn chosen(&self) -> Vec<CollaborationId> {
        (self.canvases.iter())
            .filter(|(_, _, chosen)| *chosen)
            .map(|(id, _, _)| id.clone())
            .collect()
    }
}

/// `Some(true)` to ask where to write it, `Some(false)` to cancel, `None` while
/// undecided. Enter goes on (when something is chosen), Escape cancels.
pub fn share_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut ShareDraft,
    left_out: &[String],
) -> Option<bool> {
    let heading = Msg::ShareTitle.text(language);
    let (answer, dismissed) = super::show_dialog(ctx, "share_dialog", heading, |ui| {
        ui.label(Msg::ShareIntro.text(language));
        ui.add_space(6.0);
        ScrollArea::vertical()
            .id_salt("share_canvases")
            .max_height(160.0)
            .show(ui, |ui| {
                for (_, title, chosen) in &mut draft.canvases {
                    ui.checkbox(chosen, title.as_str());
                }
            });
        ui.add_space(4.0);
        ui.checkbox(
            &mut draft.without_my_view,
            Msg::ShareWithoutMyView.text(language),
        );
        ui.add_space(6.0);
        for line in left_out {
            ui.label(RichText::new(line).weak());
        }
        let save = egui::Button::new(Msg::ShareSave.text(language));
        let is_chosen = draft.canvases.iter().any(|(_, _, chosen)| *chosen);
        super::confirm_row(ui, language, save, is_chosen)
    });
    if dismissed { Some(false) } else { answer }
}
