//! The canvas header: title, partners, relationship form, importance and meeting date.

use chrono::NaiveDate;
use egui::{RichText, Sense, TextEdit, Ui, WidgetInfo, vec2};

use super::editor_id::editor_id;
use super::relationship_style::{paint_relationship_dot, relationship_name};
use crate::command::Command;
use crate::command::MeetingCommand;
use crate::i18n::{Language, Msg, format_date, format_local_time};
use crate::model::{Collaboration, CollaborationId, Relationship};

/// Text the user is typing that is only written to the model once it parses.
#[derive(Default)]
pub struct HeaderDrafts {
    pub for_id: Option<CollaborationId>,
    pub partners: String,
    pub meeting_date: String,
}

impl HeaderDrafts {
    /// Reloads the drafts from the model when another collaboration is shown.
    pub fn sync(&mut self, collaboration: &Collaboration, language: Language, force: bool) {
        if force || self.for_id.as_ref() != Some(&collaboration.id) {
            self.for_id = Some(collaboration.id.clone());
            self.partners = collaboration.partners_joined();
            self.meeting_date = collaboration
                .meeting_date
                .map(|date| format_date(date, language))
                .unwrap_or_default();
        }
    }
}

/// Accepts 03.12.2026, 3.12.2026 and 2026-12-03, whatever the UI language.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(text, format).ok())
}

/// Returns true when the user changed the collaboration.
pub fn canvas_header_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &mut Collaboration,
    drafts: &mut HeaderDrafts,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        // Preparation and debrief sit by the title: the next thing to do with a canvas.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let has_snapshots = !collaboration.snapshots.is_empty();
            for (command, enabled) in [
                (Command::Meeting(MeetingCommand::OpenCompare), has_snapshots),
                (Command::Meeting(MeetingCommand::TakeSnapshot), true),
                (Command::Meeting(MeetingCommand::OpenDebrief), true),
                (Command::Meeting(MeetingCommand::OpenPreparation), true),
            ] {
                let button = egui::Button::new(command.label_text(language));
                if ui.add_enabled(enabled, button).clicked() {
                    commands.push(command);
                }
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                changed |= title_ui(ui, language, collaboration);
            });
        });
    });
    ui.horizontal_wrapped(|ui| {
        // Each label stays on the line of its field when the row wraps.
        ui.horizontal(|ui| {
            let label = ui.label(Msg::Partners.text(language));
            let partners = ui
                .add(
                    TextEdit::singleline(&mut drafts.partners)
                        .id(editor_id(("partners", &collaboration.id)))
                        .hint_text(Msg::PartnersHint.text(language))
                        .desired_width(280.0),
                )
                .labelled_by(label.id);
            if partners.changed() {
                collaboration.set_partners_from_text(&drafts.partners);
                changed = true;
            }
        });
        ui.separator();
        changed |= ui
            .horizontal(|ui| relationship_ui(ui, language, &mut collaboration.relationship))
            .inner;
        ui.separator();
        changed |= ui
            .horizontal(|ui| importance_ui(ui, language, &mut collaboration.importance))
            .inner;
        ui.separator();
        changed |= ui
            .horizontal(|ui| meeting_date_ui(ui, language, collaboration, drafts))
            .inner;
    });
    timestamps_ui(ui, language, collaboration);
    changed
}

/// "Angelegt 12.10.2026 · Geändert 18.11.2026 17:05", in local time.
fn timestamps_ui(ui: &mut Ui, language: Language, collaboration: &Collaboration) {
    let format = |msg: Msg, time: Option<chrono::DateTime<chrono::Utc>>| {
        time.map(|time| {
            format!(
                "{} {}",
                msg.text(language),
                format_local_time(time, language)
            )
        })
    };
    let parts: Vec<String> = [
        format(Msg::Created, collaboration.created),
        format(Msg::Modified, collaboration.modified),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !parts.is_empty() {
        ui.label(RichText::new(parts.join(" · ")).small().weak());
    }
}

/// The title editor, which a new collaboration focuses so that typing names it.
pub fn title_editor_id(id: &CollaborationId) -> egui::Id {
    editor_id(("title", id))
}

fn title_ui(ui: &mut Ui, language: Language, collaboration: &mut Collaboration) -> bool {
    let label = ui.label(RichText::new(Msg::Title.text(language)).strong());
    ui.add(
        TextEdit::singleline(&mut collaboration.title)
            .id(title_editor_id(&collaboration.id))
            .font(egui::FontId::proportional(22.0))
            .hint_text(Msg::Untitled.text(language))
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
    .changed()
}

pub fn relationship_ui(ui: &mut Ui, language: Language, relationship: &mut Relationship) -> bool {
    let label = ui.label(Msg::RelationshipLabel.text(language));
    let before = *relationship;
    egui::ComboBox::from_id_salt("relationship")
        .selected_text(relationship_name(*relationship, language))
        .show_ui(ui, |ui| {
            for form in Relationship::ALL {
                ui.selectable_value(relationship, form, relationship_name(form, language));
            }
        })
        .response
        .labelled_by(label.id);
    let (dot_rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
    paint_relationship_dot(ui.painter(), dot_rect.center(), 6.0, *relationship);
    before != *relationship
}

/// Five dots; clicking the n-th sets importance n.
pub fn importance_ui(ui: &mut Ui, language: Language, importance: &mut u8) -> bool {
    ui.label(Msg::Importance.text(language));
    let mut changed = false;
    ui.spacing_mut().item_spacing.x = 2.0;
    for value in 1..=Collaboration::MAX_IMPORTANCE {
        let (rect, response) = ui.allocate_exact_size(vec2(18.0, 18.0), Sense::click());
        let name = Msg::ImportanceValue.fill(language, &[("value", &value.to_string())]);
        response.widget_info(|| {
            WidgetInfo::selected(egui::Role::RadioButton, true, *importance == value, &name)
        });
        let color = if response.hovered() {
            ui.visuals().widgets.hovered.fg_stroke.color
        } else {
            ui.visuals().strong_text_color()
        };
        if value <= crate::export::filled_dots(*importance) {
            ui.painter().circle_filled(rect.center(), 6.5, color);
        } else {
            ui.painter()
                .circle_stroke(rect.center(), 6.0, egui::Stroke::new(1.5, color));
        }
        if response.on_hover_text(&name).clicked() && *importance != value {
            *importance = value;
            changed = true;
        }
    }
    ui.spacing_mut().item_spacing.x = 8.0;
    changed
}

fn meeting_date_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &mut Collaboration,
    drafts: &mut HeaderDrafts,
) -> bool {
    let id = editor_id(("meeting_date", &collaboration.id));
    let field = (Msg::MeetingDate, &mut drafts.meeting_date);
    date_field_ui(ui, language, id, field, &mut collaboration.meeting_date)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_german_and_iso_form() {
        let expected = NaiveDate::from_ymd_opt(2026, 12, 3);
        assert_eq!(parse_date("03.12.2026"), expected);
        assert_eq!(parse_date(" 3.12.2026 "), expected);
        assert_eq!(parse_date("2026-12-03"), expected);
        assert_eq!(parse_date("31.02.2026"), None);
        assert_eq!(parse_date("morgen"), None);
    }
}
