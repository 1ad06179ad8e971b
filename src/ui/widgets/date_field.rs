//! A date the user types, in German or ISO form, with a hint while it does not parse;
//! used by the canvas header, the contact card, the activity log and the debrief.

use chrono::NaiveDate;
use egui::{RichText, TextEdit, Ui};

use crate::i18n::{Language, Msg, parse_date};

/// A typed date (DD.MM.YYYY or ISO) with its label; `date` changes only once the text
/// parses (or is cleared), and a hint says when it does not. True when `date` changed.
pub fn date_field_ui(
    ui: &mut Ui,
    language: Language,
    id: egui::Id,
    (label, draft): (Msg, &mut String),
    date: &mut Option<NaiveDate>,
) -> bool {
    let label = ui.label(label.text(language));
    let response = ui
        .add(
            TextEdit::singleline(draft)
                .id(id)
                .hint_text(Msg::DateHint.text(language))
                // Grows with its text rather than cutting "03.12.2026" to "03.12.202".
                .clip_text(false)
                .desired_width(96.0),
        )
        .labelled_by(label.id);
    let text = draft.trim();
    let parsed = parse_date(text);
    if !text.is_empty() && parsed.is_none() {
        ui.label(RichText::new(Msg::DateInvalid.text(language)).color(ui.visuals().error_fg_color));
    }
    let new_date = if text.is_empty() { None } else { parsed };
    if response.changed() && (text.is_empty() || parsed.is_some()) && new_date != *date {
        *date = new_date;
        return true;
    }
    false
}
