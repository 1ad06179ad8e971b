//! "Vorbereitung" and "Nachbereitung" in the app: opening the dialogs and storing the
//! answers with the selected collaboration.

use chrono::Local;

use super::{ActiveDialog, App};
use crate::command::Command;
use crate::command::MeetingCommand;
use crate::model::{CollaborationId, MeetingRecord, StepLabel};
use crate::ui::canvas::list::display_title;
use crate::ui::dialogs::{DebriefAnswer, DebriefDraft, debrief_ui, preparation_ui};

impl App {
    pub(super) fn open_preparation(&mut self) {
        if let Some(id) = self.session.selected.clone() {
            self.dialog = Some(ActiveDialog::Preparation(id));
        }
    }

    /// The debrief starts from the planned meeting date, or today.
    pub(super) fn open_debrief(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let Some(collaboration) = self.session.document.workspace.get(&id) else {
            return;
        };
        let meeting = collaboration
            .meeting_date
            .unwrap_or_else(|| Local::now().date_naive());
        let draft = DebriefDraft::new(meeting, self.preferences.language);
        self.dialog = Some(ActiveDialog::Debrief(id, draft));
    }

    /// Edits the preparation in place; returns true once the dialog is closed.
    pub(super) fn preparation_answered(
        &mut self,
        id: &CollaborationId,
        ctx: &egui::Context,
    ) -> bool {
        let language = self.preferences.language;
        let Some(collaboration) = self.session.document.workspace.get_mut(id) else {
            return true;
        };
        let title = display_title(collaboration, language);
        let (changed, closed) =
            preparation_ui(ctx, language, &title, &mut collaboration.preparation);
        if changed {
            self.mark_selected_modified();
            self.record_canvas_edit(ctx.input(|input| input.time));
        }
        closed
    }

    pub(super) fn debrief_answered(
        &mut self,
        id: &CollaborationId,
        draft: &mut DebriefDraft,
        ctx: &egui::Context,
    ) -> bool {
        let language = self.preferences.language;
        let Some(collaboration) = self.session.document.workspace.get(id) else {
            return true;
        };
        let title = display_title(collaboration, language);
        match debrief_ui(ctx, language, &title, &collaboration.meetings, draft) {
            Some(DebriefAnswer::Save(record)) => {
                self.pending
                    .push(Command::Meeting(MeetingCommand::RecordMeeting(
                        id.clone(),
                        record,
                    )));
                true
            }
            Some(DebriefAnswer::Cancel) => true,
            None => false,
        }
    }

    /// Appends the meeting to the collaboration's history, as one undo step.
    pub(super) fn record_meeting(&mut self, id: &CollaborationId, record: MeetingRecord) {
        let Some(before) = self.session.document.workspace.get(id).cloned() else {
            return;
        };
        let Some(collaboration) = self.session.document.workspace.get_mut(id) else {
            return;
        };
        collaboration.meetings.push(record.clone());
        collaboration.modified = Some(chrono::Utc::now());
        let after = collaboration.clone();
        let book_before = crate::model::Book::of(&self.session.document.workspace);
        self.session
            .document
            .workspace
            .log_meeting_with_partners(id, &record);
        let book_change =
            book_before.change_to(crate::model::Book::of(&self.session.document.workspace));
        self.session.history.record_replace_with_book(
            StepLabel::Edit(crate::model::EditTarget::Meetings),
            (&before, &after),
            book_change,
        );
        self.session.shadow = None;
        self.session.document.mark_modified();
    }
}

impl App {
    /// Keeps a dated copy of the selected canvas inside the workspace.
    pub(super) fn take_snapshot(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let Some(before) = self.session.document.workspace.get(&id).cloned() else {
            return;
        };
        let now = chrono::Utc::now();
        let Some(collaboration) = self.session.document.workspace.get_mut(&id) else {
            return;
        };
        collaboration
            .snapshots
            .push(crate::model::Snapshot::of(&before, now));
        let after = collaboration.clone();
        self.session.history.record_replace(
            StepLabel::Edit(crate::model::EditTarget::Snapshots),
            &before,
            &after,
        );
        self.session.shadow = None;
        self.session.document.mark_modified();
        self.status_message = Some(super::status_note::StatusNote::with_time(
            crate::i18n::Msg::SnapshotTaken,
            "time",
            now,
        ));
    }

    pub(super) fn open_compare(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let count = self
            .session
            .document
            .workspace
            .get(&id)
            .map_or(0, |c| c.snapshots.len());
        if count > 0 {
            self.dialog = Some(ActiveDialog::Compare(id, count - 1));
        }
    }

    pub(super) fn compare_answered(
        &mut self,
        id: &CollaborationId,
        chosen: &mut usize,
        ctx: &egui::Context,
    ) -> bool {
        let Some(current) = self.session.document.workspace.get(id) else {
            return true;
        };
        let template = self.session.document.workspace.template_for(current);
        crate::ui::dialogs::compare_ui(ctx, self.preferences.language, &template, current, chosen)
    }
}
