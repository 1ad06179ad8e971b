//! The bottom line: where the document lives, whether it is saved, and the last event
//! (read aloud by a screen reader as it comes).

use egui::{RichText, Ui};

use crate::i18n::{Language, Msg};
use crate::ui::widgets::accessible::announce;

pub struct StatusLine<'a> {
    pub location: &'a str,
    pub collaboration_count: usize,
    pub is_modified: bool,
    pub message: Option<&'a str>,
}

pub fn status_bar_ui(ui: &mut Ui, language: Language, status: &StatusLine<'_>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(status.location).small());
        ui.separator();
        let count = Msg::CollaborationCount.fill_count(language, status.collaboration_count, &[]);
        ui.label(RichText::new(count).small());
        if status.is_modified {
            ui.separator();
            ui.label(
                RichText::new(format!("● {}", Msg::ModifiedMark.text(language)))
                    .small()
                    .color(ui.visuals().warn_fg_color),
            );
        }
        if let Some(message) = status.message {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                announce(ui.label(RichText::new(message).small().weak()));
            });
        }
    });
}
