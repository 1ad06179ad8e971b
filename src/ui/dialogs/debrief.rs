//! "Nachbereitung": record the meeting and its outcome, and when to follow up.

use chrono::NaiveDate;
use egui::{RichText, TextEdit};

use crate::i18n::parse_date;
use crate::i18n::{Language, Msg, format_date};
use crate::model::{MeetingRecord, proposed_follow_up, usual_follow_up};
use crate::ui::widgets::editor_id::editor_id;

/// What the user is typing in the debrief.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DebriefDraft {
    pub date: String,
    pub outcome: String,
    pub follow_up: String,
    /// Once the user typed a follow-up date, changing the meeting date no longer moves it.
    pub is_follow_up_edited: bool,
    /// The day the debrief is written: no follow-up is proposed before it.
    pub today: NaiveDate,
}

impl DebriefDraft {
    pub fn new(meeting: NaiveDate, today: NaiveDate, language: Language) -> Self {
        Self {
            date: format_date(meeting, language),
            outcome: String::new(),
            follow_up: format_date(proposed_follow_up(meeting, today), language),
            is_follow_up_edited: false,
            today,
        }
    }

    /// What to say under the follow-up date: that the proposal is today because three
    /// days after the meeting are over, or that the chosen day has passed.
    fn follow_up_note(&self, language: Language) -> Option<(String, bool)> {
        let follow_up = parse_date(&self.follow_up)?;
        if follow_up < self.today {
            let date = format_date(follow_up, language);
            return Some((
                Msg::DebriefFollowUpPast.fill(language, &[("date", &date)]),
                true,
            ));
        }
        let usual = usual_follow_up(parse_date(&self.date)?);
        (!self.is_follow_up_edited && usual < self.today).then(|| {
            let date = format_date(usual, language);
            (
                Msg::DebriefFollowUpLate.fill(language, &[("date", &date)]),
                false,
            )
        })
    }

    fn record(&self) -> Option<MeetingRecord> {
        Some(MeetingRecord {
            date: parse_date(&self.date)?,
            outcome: self.outcome.trim().to_owned(),
            follow_up: parse_date(&self.follow_up),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DebriefAnswer {
    Save(MeetingRecord),
    Cancel,
}

pub fn debrief_ui(
    ctx: &egui::Context,
    language: Language,
    title: &str,
    history: &[MeetingRecord],
    draft: &mut DebriefDraft,
) -> Option<DebriefAnswer> {
    let heading = Msg::DebriefTitle.fill(language, &[("title", title)]);
    let (answer, dismissed) = super::show_dialog(ctx, "debrief_dialog", &heading, |ui| {
        ui.set_width(560.0);
        let label = ui.label(Msg::DebriefDate.text(language));
        let date = ui
            .add(
                TextEdit::singleline(&mut draft.date)
                    .id(editor_id("debrief_date"))
                    .desired_width(120.0),
            )
            .labelled_by(label.id);
        if date.changed()
            && !draft.is_follow_up_edited
            && let Some(meeting) = parse_date(&draft.date)
        {
            draft.follow_up = format_date(proposed_follow_up(meeting, draft.today), language);
        }
        let label = ui.label(Msg::DebriefOutcome.text(language));
        ui.add(
            TextEdit::multiline(&mut draft.outcome)
                .id(editor_id("debrief_outcome"))
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let label = ui.label(Msg::DebriefFollowUp.text(language));
        let follow_up = ui
            .add(
                TextEdit::singleline(&mut draft.follow_up)
                    .id(editor_id("debrief_follow_up"))
                    .desired_width(120.0),
            )
            .labelled_by(label.id);
        draft.is_follow_up_edited |= follow_up.changed();
        ui.label(
            RichText::new(Msg::DebriefFollowUpHint.text(language))
                .small()
                .weak(),
        );
        if let Some((note, is_warning)) = draft.follow_up_note(language) {
            let color = if is_warning {
                ui.visuals().warn_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.label(RichText::new(note).color(color));
        }
        let is_valid = parse_date(&draft.date).is_some()
            && (draft.follow_up.trim().is_empty() || parse_date(&draft.follow_up).is_some());
        if !is_valid {
            ui.label(
                RichText::new(Msg::DateInvalid.text(language)).color(ui.visuals().error_fg_color),
            );
        }
        history_ui(ui, language, history);
        let enter = is_valid && super::enter_pressed(ui);
        super::button_row(ui, |ui| {
            let save = ui.add_enabled(is_valid, egui::Button::new(Msg::DebriefSave.text(language)));
            let save = super::default_button(save, ui);
            if save.clicked() || enter {
                draft.record().map(DebriefAnswer::Save)
            } else if ui.button(Msg::Cancel.text(language)).clicked() {
                Some(DebriefAnswer::Cancel)
            } else {
                None
            }
        })
    });
    if dismissed {
        Some(DebriefAnswer::Cancel)
    } else {
        answer
    }
}

fn history_ui(ui: &mut egui::Ui, language: Language, history: &[MeetingRecord]) {
    if history.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(Msg::DebriefHistory.text(language)).strong());
    for meeting in history.iter().rev() {
        let follow_up = meeting
            .follow_up
            .map(|date| {
                format!(
                    " → {} {}",
                    Msg::DebriefFollowUp.text(language),
                    format_date(date, language)
                )
            })
            .unwrap_or_default();
        ui.label(format!(
            "{}: {}{follow_up}",
            format_date(meeting.date, language),
            meeting.outcome
        ));
    }
}
