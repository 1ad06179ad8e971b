//! "Übrige Notizen": text of fields the canvas's template does not have (after a
//! template switch, or from a file made with another template). Shown and editable,
//! so that no word is lost.

use egui::{RichText, TextEdit, Ui};

use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Template};
use crate::ui::widgets::editor_id::editor_id;

/// Returns true when the user changed a note.
pub fn leftover_notes_ui(
    ui: &mut Ui,
    language: Language,
    template: &Template,
    collaboration: &mut Collaboration,
) -> bool {
    let ids: Vec<String> = collaboration
        .leftover_fields(template)
        .into_iter()
        .map(|(id, _)| id.to_owned())
        .collect();
    if ids.is_empty() {
        return false;
    }
    let mut changed = false;
    ui.add_space(8.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(Msg::LeftoverNotes.text(language))
                .strong()
                .size(16.0),
        );
        ui.label(
            RichText::new(Msg::LeftoverNotesHint.text(language))
                .weak()
                .small(),
        );
        for id in ids {
            let name = Template::label_elsewhere(&id, &[], language);
            let label = ui.label(RichText::new(name).strong());
            let editor = editor_id(("field", &collaboration.id, &id));
            changed |= ui
                .add(
                    TextEdit::multiline(collaboration.field_text_mut(&id))
                        .id(editor)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
                .changed();
        }
    });
    changed
}
