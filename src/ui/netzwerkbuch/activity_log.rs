//! The activity log of a contact: a line to log the next contact, and the history,
//! newest first.

use chrono::NaiveDate;
use egui::{RichText, TextEdit, Ui};

use crate::command::Command;
use crate::command::ContactCommand;
use crate::i18n::parse_date;
use crate::i18n::{Language, Msg, format_date};
use crate::model::{Activity, ActivityKind, Contact, ContactId, Direction, Exchange, ExchangeKind};
use crate::ui::widgets::editor_id::editor_id;

/// The entry being typed; kept per contact until it is logged.
#[derive(Default)]
pub struct ActivityDraft {
    pub for_id: Option<ContactId>,
    pub date: String,
    pub kind: ActivityKind,
    pub note: String,
    pub direction: Option<Direction>,
    pub exchange_kind: ExchangeKind,
}

impl ActivityDraft {
    pub fn sync(&mut self, id: &ContactId, today: NaiveDate, language: Language) {
        if self.for_id.as_ref() != Some(id) {
            *self = Self {
                for_id: Some(id.clone()),
                date: format_date(today, language),
                ..Self::default()
            };
        }
    }

    fn activity(&self) -> Option<Activity> {
        Some(Activity {
            date: parse_date(&self.date)?,
            kind: self.kind,
            note: self.note.trim().to_owned(),
            exchange: self.direction.map(|direction| Exchange {
                direction,
                kind: self.exchange_kind,
            }),
        })
    }
}

pub fn activity_log_ui(
    ui: &mut Ui,
    language: Language,
    contact: &Contact,
    draft: &mut ActivityDraft,
    commands: &mut Vec<Command>,
) {
    ui.heading(Msg::ActivityLog.text(language));
    entry_form_ui(ui, language, contact, draft, commands);
    ui.add_space(4.0);
    if contact.activities.is_empty() {
        ui.label(RichText::new(Msg::ActivityEmpty.text(language)).weak());
    }
    for (index, activity) in contact.activities.iter().enumerate().rev() {
        ui.horizontal_wrapped(|ui| {
            let remove = format!(
                "{}: {}",
                Msg::RemoveActivity.text(language),
                format_date(activity.date, language)
            );
            if ui
                .small_button("×")
                .on_hover_text(Msg::RemoveActivity.text(language))
                .accessible_name(remove)
                .clicked()
            {
                commands.push(Command::Contact(ContactCommand::RemoveActivity(
                    contact.id.clone(),
                    index,
                )));
            }
            ui.label(RichText::new(format_date(activity.date, language)).strong());
            ui.label(Msg::activity_kind(activity.kind).text(language));
            if let Some(exchange) = activity.exchange {
                ui.label(RichText::new(exchange_text(exchange, language)).italics());
            }
            if !activity.note.is_empty() {
                ui.label(&activity.note);
            }
        });
    }
}

pub fn exchange_text(exchange: Exchange, language: Language) -> String {
    let direction = match exchange.direction {
        Direction::Give => Msg::ExchangeGive,
        Direction::Take => Msg::ExchangeTake,
    };
    format!(
        "{}: {}",
        direction.text(language),
        Msg::exchange_kind(exchange.kind).text(language)
    )
}

fn entry_form_ui(
    ui: &mut Ui,
    language: Language,
    contact: &Contact,
    draft: &mut ActivityDraft,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(Msg::ActivityDate.text(language));
        let date =
            TextEdit::singleline(&mut draft.date).id(editor_id((&contact.id, "activity_date")));
        ui.add(date.desired_width(90.0)).labelled_by(label.id);
        let label = ui.label(Msg::ActivityKindLabel.text(language));
        egui::ComboBox::from_id_salt("activity_kind")
            .selected_text(Msg::activity_kind(draft.kind).text(language))
            .show_ui(ui, |ui| {
                for kind in ActivityKind::ALL {
                    ui.selectable_value(
                        &mut draft.kind,
                        kind,
                        Msg::activity_kind(kind).text(language),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(Msg::ActivityNote.text(language));
        let note =
            TextEdit::singleline(&mut draft.note).id(editor_id((&contact.id, "activity_note")));
        ui.add(note.desired_width(220.0)).labelled_by(label.id);
        exchange_ui(ui, language, draft);
        let activity = draft.activity();
        if draft.date.trim().is_empty() || activity.is_none() {
            ui.label(
                RichText::new(Msg::DateInvalid.text(language)).color(ui.visuals().error_fg_color),
            );
        }
        let button = egui::Button::new(Msg::LogActivity.text(language));
        if ui.add_enabled(activity.is_some(), button).clicked()
            && let Some(activity) = activity
        {
            commands.push(Command::Contact(ContactCommand::LogActivity(
                contact.id.clone(),
                activity,
            )));
            draft.note.clear();
            draft.direction = None;
        }
    });
}

fn exchange_ui(ui: &mut Ui, language: Language, draft: &mut ActivityDraft) {
    let direction_name = |direction: Option<Direction>| {
        match direction {
            None => Msg::ExchangeNone,
            Some(Direction::Give) => Msg::ExchangeGive,
            Some(Direction::Take) => Msg::ExchangeTake,
        }
        .text(language)
    };
    let label = ui.label(Msg::ExchangeLabel.text(language));
    egui::ComboBox::from_id_salt("activity_direction")
        .selected_text(direction_name(draft.direction))
        .show_ui(ui, |ui| {
            for direction in [None, Some(Direction::Give), Some(Direction::Take)] {
                ui.selectable_value(&mut draft.direction, direction, direction_name(direction));
            }
        })
        .response
        .labelled_by(label.id);
    if draft.direction.is_some() {
        let label = ui.label(Msg::ExchangeWhat.text(language));
        egui::ComboBox::from_id_salt("activity_exchange_kind")
            .selected_text(Msg::exchange_kind(draft.exchange_kind).text(language))
            .show_ui(ui, |ui| {
                for kind in ExchangeKind::ALL {
                    ui.selectable_value(
                        &mut draft.exchange_kind,
                        kind,
                        Msg::exchange_kind(kind).text(language),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    }
}
