//! "Vorbereitung" and "Nachbereitung" in the app: opening the dialogs and storing the
//! answers with the selected collaboration.

use super::{ActiveDialog, App};
use crate::command::Command;
use crate::command::MeetingCommand;
use crate::model::{CollaborationId, EditTarget, MeetingRecord, Snapshot, StepLabel, Workspace};
use crate::ui::canvas::list::display_title;
use crate::ui::dialogs::{
    DebriefAnswer, DebriefDraft, PreparationDraft, debrief_ui, preparation_ui,
};

impl App {
    pub(super) fn open_preparation(&mut self) {
        if let Some(id) = self.session.selected.clone() {
            self.dialog = Some(ActiveDialog::Preparation(id, PreparationDraft::default()));
        }
    }

    /// The debrief starts from the planned meeting date once it has come, or today.
    pub(super) fn open_debrief(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let Some(collaboration) = self.session.document.workspace.get(&id) else {
            return;
        };
        let meeting = crate::model::debrief_date(collaboration.meeting_date, self.today());
        let draft = DebriefDraft::new(meeting, self.today(), self.preferences.language);
        self.dialog = Some(ActiveDialog::Debrief(id, draft));
    }

    /// Edits the preparation in place; returns true once the dialog is closed. Empty
    /// answers show what the canvas says, without storing it: the brief prints the same.
    pub(super) fn preparation_answered(
        &mut self,
        id: &CollaborationId,
        draft: &mut PreparationDraft,
        ctx: &egui::Context,
    ) -> bool {
        let language = self.preferences.language;
        let workspace = &mut self.session.document.workspace;
        let Some(collaboration) = workspace.get(id) else {
            return true;
        };
        let canvas = {
            let template = workspace.template_for(collaboration);
            crate::model::canvas_answers(collaboration, &template, language)
        };
        let Some(collaboration) = workspace.get_mut(id) else {
            return true;
        };
        let title = display_title(collaboration, language);
        let answers = (&mut collaboration.preparation, &canvas);
        let (changed, closed) = preparation_ui(ctx, language, &title, answers, draft);
        if changed {
            self.session.typed_in_canvas(ctx.input(|input| input.time));
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
        let record_and_log = |workspace: &mut Workspace| {
            let Some(collaboration) = workspace.get_mut(id) else {
                return false;
            };
            collaboration.meetings.push(record.clone());
            collaboration.modified = Some(chrono::Utc::now());
            workspace.log_meeting_with_partners(id, &record);
            true
        };
        let label = StepLabel::Edit(EditTarget::Meetings);
        self.session.edit_canvas_and_book(id, label, record_and_log);
    }
}

impl App {
    /// Keeps a dated copy of the selected canvas inside the workspace.
    pub(super) fn take_snapshot(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let now = chrono::Utc::now();
        let keep = |workspace: &mut Workspace| {
            let Some(collaboration) = workspace.get_mut(&id) else {
                return false;
            };
            let snapshot = Snapshot::of(collaboration, now);
            collaboration.snapshots.push(snapshot);
            true
        };
        if !self
            .session
            .edit_canvas(&id, StepLabel::Edit(EditTarget::Snapshots), keep)
        {
            return;
        }
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
