//! A one-line question: the new title of a collaboration, or a typed file path when no
//! native file dialog is available.

use egui::{Key, TextEdit};

use crate::i18n::{Language, Msg};
use crate::ui::widgets::editor_id::editor_id;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextPrompt {
    pub heading: String,
    pub message: String,
    pub field_label: String,
    pub text: String,
    pub is_focus_requested: bool,
}

impl TextPrompt {
    pub fn new(heading: &str, message: &str, field_label: &str, text: &str) -> Self {
        Self {
            heading: heading.to_owned(),
            message: message.to_owned(),
            field_label: field_label.to_owned(),
            text: text.to_owned(),
            is_focus_requested: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PromptAnswer {
    Confirmed(String),
    Cancelled,
}

pub fn text_prompt_ui(
    ctx: &egui::Context,
    language: Language,
    prompt: &mut TextPrompt,
) -> Option<PromptAnswer> {
    let heading = prompt.heading.clone();
    let (answer, dismissed) = super::show_dialog(ctx, "text_prompt_dialog", &heading, |ui| {
        if !prompt.message.is_empty() {
            ui.label(&prompt.message);
        }
        let label = ui.label(&prompt.field_label);
        let editor = TextEdit::singleline(&mut prompt.text).id(editor_id("text_prompt"));
        let field = ui.add(editor.desired_width(f32::INFINITY));
        let field = field.labelled_by(label.id);
        if !prompt.is_focus_requested {
            field.request_focus();
            prompt.is_focus_requested = true;
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        super::button_row(ui, |ui| {
            let can_confirm = !prompt.text.trim().is_empty();
            let ok = ui.add_enabled(can_confirm, egui::Button::new(Msg::Ok.text(language)));
            if (ok.clicked() || entered) && can_confirm {
                Some(PromptAnswer::Confirmed(prompt.text.trim().to_owned()))
            } else if ui.button(Msg::Cancel.text(language)).clicked() {
                Some(PromptAnswer::Cancelled)
            } else {
                None
            }
        })
    });
    if dismissed {
        Some(PromptAnswer::Cancelled)
    } else {
        answer
    }
}
