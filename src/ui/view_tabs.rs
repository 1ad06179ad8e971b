//! The row of view tabs under the menu: the canvases and the Netzwerkbuch's three views.

use egui::Ui;

use crate::command::ViewCommand;
use crate::command::{Command, View};
use crate::i18n::{Language, Msg};
use crate::user_action::UserAction;

/// `due_count` is shown on the "Fällig" tab so that overdue follow-ups are seen from
/// every view.
pub fn view_tabs_ui(
    ui: &mut Ui,
    language: Language,
    current: View,
    due_count: usize,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        for view in View::ALL {
            let label = if view == View::Due && due_count > 0 {
                Msg::ViewDueCount.fill(language, &[("count", &due_count.to_string())])
            } else {
                view.label().text(language).to_owned()
            };
            let command = Command::View(ViewCommand::ShowView(view));
            let hover = UserAction::show_view(view)
                .shortcut_text(ui.ctx(), language)
                .unwrap_or_default();
            if ui
                .selectable_label(current == view, label)
                .on_hover_text(hover)
                .clicked()
                && current != view
            {
                commands.push(command);
            }
        }
    });
}
