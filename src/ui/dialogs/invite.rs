//! "Teilnehmende einladen": which field's question the room answers, and how many dots
//! each person gets, before the app starts listening on the local network.

use egui::RichText;

use crate::i18n::{Language, Msg};

/// The choices of the dialog: the canvas's text fields (id, label) and the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InviteDraft {
    pub fields: Vec<(String, String)>,
    pub chosen: usize,
    pub dots: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InviteAnswer {
    /// Field id and dots per person.
    Start(String, u32),
    Cancel,
}

pub fn invite_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut InviteDraft,
) -> Option<InviteAnswer> {
    let heading = Msg::InviteTitle.text(language);
    let (answer, dismissed) = super::show_dialog(ctx, "invite_dialog", heading, |ui| {
        ui.label(RichText::new(Msg::InviteBody.text(language)).weak());
        ui.add_space(8.0);
        let label = ui.label(Msg::InviteField.text(language));
        let shown = draft
            .fields
            .get(draft.chosen)
            .map_or("", |(_, name)| name.as_str());
        egui::ComboBox::from_id_salt("invite_field")
            .selected_text(shown)
            .width(300.0)
            .show_ui(ui, |ui| {
                for (index, (_, name)) in draft.fields.iter().enumerate() {
                    ui.selectable_value(&mut draft.chosen, index, name);
                }
            })
            .response
            .labelled_by(label.id);
        ui.horizontal(|ui| {
            let label = ui.label(Msg::InviteDots.text(language));
            ui.add(egui::DragValue::new(&mut draft.dots).range(1..=20))
                .labelled_by(label.id);
        });
        super::button_row(ui, |ui| {
            let field = draft.fields.get(draft.chosen).map(|(id, _)| id.clone());
            let start = ui.add_enabled(
                field.is_some(),
                egui::Button::new(Msg::InviteStart.text(language)),
            );
            if start.clicked() || super::enter_pressed(ui) {
                field.map(|field| InviteAnswer::Start(field, draft.dots))
            } else if ui.button(Msg::Cancel.text(language)).clicked() {
                Some(InviteAnswer::Cancel)
            } else {
                None
            }
        })
    });
    if dismissed {
        Some(InviteAnswer::Cancel)
    } else {
        answer
    }
}
