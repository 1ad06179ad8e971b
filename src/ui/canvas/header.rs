//! The canvas header: title, partners, relationship form, importance and meeting date.

use egui::{RichText, TextEdit, Ui};

use crate::command::Command;
use crate::command::MeetingCommand;
use crate::i18n::{Language, Msg, format_date, format_local_time};
use crate::model::{Collaboration, CollaborationId};
use crate::ui::widgets::date_field::date_field_ui;
use crate::ui::widgets::editor_id::editor_id;
use crate::ui::widgets::importance::importance_ui;
use crate::ui::widgets::relationship::relationship_ui;

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

/// Below this width (in points) the title gets a line of its own.
pub const WIDE_HEADER: f32 = 760.0;

/// Returns true when the user changed the collaboration.
pub fn canvas_header_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &mut Collaboration,
    drafts: &mut HeaderDrafts,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    // In reading order: what to do before, after and between meetings.
    let meeting_commands = [
        (Command::Meeting(MeetingCommand::OpenPreparation), true),
        (Command::Meeting(MeetingCommand::OpenDebrief), true),
        (Command::Meeting(MeetingCommand::TakeSnapshot), true),
        (
            Command::Meeting(MeetingCommand::OpenCompare),
            !collaboration.snapshots.is_empty(),
        ),
    ];
    let mut button = |ui: &mut Ui, (command, enabled): (Command, bool)| {
        let button = egui::Button::new(command.label_text(language));
        if ui.add_enabled(enabled, button).clicked() {
            commands.push(command);
        }
    };
    let wide = ui.available_width() >= WIDE_HEADER;
    if wide {
        ui.horizontal(|ui| {
            // Preparation and debrief sit by the title: the next thing to do with a canvas.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for command in meeting_commands.into_iter().rev() {
                    button(ui, command);
                }
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    changed |= title_ui(ui, language, collaboration);
                });
            });
        });
    } else {
        // Narrow (a laptop at 200 %): the title keeps the whole line, the buttons wrap
        // below it, so neither is cut.
        ui.horizontal(|ui| changed |= title_ui(ui, language, collaboration));
        ui.horizontal_wrapped(|ui| {
            for command in meeting_commands {
                button(ui, command);
            }
        });
    }
    if wide {
        ui.horizontal_wrapped(|ui| {
            // Each label stays on the line of its field when the row wraps.
            changed |= partners_ui(ui, language, collaboration, drafts);
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
    } else {
        // egui wraps a row only between single widgets, so narrow rows are laid out
        // one group per line rather than cut at the right edge.
        changed |= partners_ui(ui, language, collaboration, drafts);
        changed |= ui
            .horizontal(|ui| relationship_ui(ui, language, &mut collaboration.relationship))
            .inner;
        ui.horizontal(|ui| {
            changed |= importance_ui(ui, language, &mut collaboration.importance);
            ui.separator();
            changed |= meeting_date_ui(ui, language, collaboration, drafts);
        });
    }
    timestamps_ui(ui, language, collaboration);
    changed
}

/// "Partner" and its editor; true when the partners changed.
fn partners_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &mut Collaboration,
    drafts: &mut HeaderDrafts,
) -> bool {
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
            return true;
        }
        false
    })
    .inner
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
