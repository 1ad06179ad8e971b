//! The search field of a side panel: "Suche [Suchen… (Strg+F)]", focused by Ctrl+F.

use egui::{TextEdit, Ui};

use crate::i18n::{Language, Msg};
use crate::user_action::UserAction;

/// A panel's search, kept with the open document: a new document starts unfiltered.
#[derive(Default)]
pub struct SearchState {
    pub text: String,
    /// Ctrl+F was pressed while this panel was shown; the field takes the focus.
    pub is_focus_requested: bool,
}

/// The labelled field; `editor` names its stable id.
pub fn search_field_ui(ui: &mut Ui, language: Language, editor: &str, state: &mut SearchState) {
    let shortcut = UserAction::Find
        .shortcut_text(ui.ctx(), language)
        .unwrap_or_default();
    let hint = Msg::SearchHint.fill(language, &[("shortcut", &shortcut)]);
    ui.horizontal(|ui| {
        let label = ui.label(Msg::SearchLabel.text(language));
        let field = ui
            .add(
                TextEdit::singleline(&mut state.text)
                    .id(super::editor_id::editor_id(editor))
                    .hint_text(hint)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if state.is_focus_requested {
            field.request_focus();
            state.is_focus_requested = false;
        }
    });
}
