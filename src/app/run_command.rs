//! Runs the commands the UI pushed during its pass.

use crate::ui::dialogs::PassphrasePurpose;
use chrono::Utc;

use super::{ActiveDialog, App};
use crate::command::Command;
use crate::command::{EditCommand, FileCommand, MeetingCommand, ViewCommand};
use crate::i18n::Msg;
use crate::model::{CollaborationId, StepLabel, Workspace};
use crate::ui::dialogs::TextPrompt;
use crate::ui::file_dialog::DialogPurpose;

impl App {
    pub(super) fn run_pending(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.pending);
        if !commands.is_empty() {
            // The panels already drew this frame; show the result in the next one.
            ctx.request_repaint();
        }
        for command in commands {
            self.run_command(command, ctx);
        }
        self.apply_focus_request(ctx);
    }

    /// Gives the keyboard focus to the editor a command asked for (a new contact's
    /// name). egui refuses the focus to widgets behind a modal dialog until a pass after
    /// the dialog was last shown, so a request from a dialog's answer (the command
    /// palette) waits for that pass.
    fn apply_focus_request(&mut self, ctx: &egui::Context) {
        if self.views.focus_request.is_none() {
            return;
        }
        if self.dialog.is_some() || ctx.memory(|memory| memory.top_modal_layer().is_some()) {
            ctx.request_repaint();
            return;
        }
        match self.views.focus_request.take() {
            Some((editor, Some(text))) => {
                crate::ui::widgets::editor_id::focus_with_all_selected(ctx, editor, &text);
            }
            Some((editor, None)) => ctx.memory_mut(|memory| memory.request_focus(editor)),
            None => {}
        }
    }

    /// Every command goes to the runner of its group; each runner matches its group
    /// exhaustively, so a command nobody handles does not compile.
    pub(super) fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::File(command) => self.run_file_command(command, ctx),
            Command::Edit(command) => self.run_edit_command(command, ctx),
            Command::View(command) => self.run_view_command(command),
            Command::Presentation(command) => self.run_presentation_command(command, ctx),
            Command::Meeting(command) => self.run_meeting_command(command),
            Command::Contact(command) => {
                self.run_contact_command(command, ctx);
            }
            Command::Template(command) => self.run_template_command(command, ctx),
            Command::Card(command) => self.run_card_command(command),
            Command::Moderation(command) => self.run_moderation_command(command, ctx),
        }
    }

    fn run_file_command(&mut self, command: FileCommand, ctx: &egui::Context) {
        match command {
            FileCommand::NewWorkspace
            | FileCommand::OpenDialog
            | FileCommand::OpenPath(_)
            | FileCommand::OpenExample
            | FileCommand::Quit => self.guard_unsaved(command, ctx),
            FileCommand::Save => self.save_current(ctx),
            FileCommand::SaveAsDialog => self.request_file_dialog(DialogPurpose::SaveAs, ctx),
            FileCommand::SaveToPath(path) => self.save_to(&path, ctx),
            FileCommand::ExportPdfDialog => self.open_export_dialog(),
            FileCommand::ShareDialog => self.open_share_dialog(),
            FileCommand::ReadPartnerDialog => {
                self.request_file_dialog(DialogPurpose::ReadPartner, ctx)
            }
            FileCommand::OpenInViewer(path) => self.open_in_viewer(&path, ctx),
            FileCommand::ProtectDialog => self.ask_passphrase(PassphrasePurpose::Protect),
            FileCommand::ChangePassphraseDialog => self.ask_passphrase(PassphrasePurpose::Change),
            FileCommand::RemovePassphraseDialog => self.ask_passphrase(PassphrasePurpose::Remove),
        }
    }

    fn run_edit_command(&mut self, command: EditCommand, ctx: &egui::Context) {
        let now = Utc::now();
        match command {
            EditCommand::Undo => self.session.undo(),
            EditCommand::Redo => self.session.redo(),
            EditCommand::Clipboard(action) => self.clipboard.run(action, ctx),
            EditCommand::AddCollaboration => {
                let title = Msg::NewCollaborationTitle.text(self.preferences.language);
                let add = |workspace: &mut Workspace| Some(workspace.add(title, now));
                if let Some(id) = self.session.add_canvas(StepLabel::Add, add) {
                    self.show_new_collaboration(id);
                }
            }
            EditCommand::AddCollaborationWith(template) => self.add_with_template(&template, now),
            EditCommand::DuplicateSelected => self.duplicate_selected(now),
            EditCommand::RenameSelected => self.open_rename_dialog(),
            EditCommand::DeleteSelected => {
                if let Some(id) = self.session.selected.clone() {
                    self.dialog = Some(ActiveDialog::ConfirmDelete(id));
                }
            }
            EditCommand::MoveSelectedUp => self.move_selected(-1),
            EditCommand::MoveSelectedDown => self.move_selected(1),
            EditCommand::Select(id) => self.session.selected = Some(id),
            EditCommand::Rename(id, title) => self.rename(&id, &title, now),
            EditCommand::ConfirmDelete(id) => self.delete(&id),
            EditCommand::SetTemplate(id, template) => self.set_template(&id, &template),
        }
    }

    fn run_view_command(&mut self, command: ViewCommand) {
        let presenting = self.views.presentation.is_some();
        match command {
            ViewCommand::FocusSearch => self.focus_search(),
            ViewCommand::ShowCardWall => self.show_card_wall(),
            ViewCommand::ZoomIn if presenting => self.preferences.presentation_zoom_by(1.0),
            ViewCommand::ZoomOut if presenting => self.preferences.presentation_zoom_by(-1.0),
            ViewCommand::ZoomReset if presenting => self.preferences.presentation_zoom = 1.5,
            ViewCommand::ZoomIn => self.preferences.zoom_by(1.0),
            ViewCommand::ZoomOut => self.preferences.zoom_by(-1.0),
            ViewCommand::ZoomReset => self.preferences.zoom = 1.0,
            ViewCommand::SetLanguage(language) => {
                self.preferences.language = language;
                self.session.canvas_state.is_reload_requested = true;
            }
            ViewCommand::SetTheme(theme) => self.preferences.theme = theme,
            ViewCommand::ShowShortcuts => self.dialog = Some(ActiveDialog::Shortcuts),
            ViewCommand::ShowGuide => self.dialog = Some(ActiveDialog::Guide),
            ViewCommand::ShowPalette => {
                self.dialog = Some(ActiveDialog::Palette(Default::default()));
            }
            ViewCommand::SetSort(order) => self.preferences.sort = order,
            ViewCommand::SetReviewYears(years) => self.preferences.review_years = years,
            ViewCommand::ShowView(view) => self.views.view = view,
        }
    }

    fn run_meeting_command(&mut self, command: MeetingCommand) {
        match command {
            MeetingCommand::OpenPreparation => self.open_preparation(),
            MeetingCommand::OpenDebrief => self.open_debrief(),
            MeetingCommand::RecordMeeting(id, record) => self.record_meeting(&id, record),
            MeetingCommand::TakeSnapshot => self.take_snapshot(),
            MeetingCommand::OpenCompare => self.open_compare(),
        }
    }

    /// Asks "Save, Discard or Cancel?" first when the command would drop unsaved work.
    fn guard_unsaved(&mut self, command: FileCommand, ctx: &egui::Context) {
        // A Kartenabfrage belongs to the open document: it ends, with its last cards
        // on the canvas, before the question whether to save.
        self.end_moderation();
        if self.session.document.is_modified() {
            self.dialog = Some(ActiveDialog::Unsaved(command));
        } else {
            self.continue_with(command, ctx);
        }
    }

    fn rename(&mut self, id: &CollaborationId, title: &str, now: chrono::DateTime<Utc>) {
        let rename = |workspace: &mut Workspace| workspace.rename(id, title, now);
        if self.session.edit_canvas(id, StepLabel::Rename, rename) {
            self.session.canvas_state.is_reload_requested = true;
        }
    }

    /// Moves the selected collaboration within the file's order (the list's "file" sort).
    fn move_selected(&mut self, offset: isize) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let Some(from) = self.session.document.workspace.index_of(&id) else {
            return;
        };
        self.session
            .move_canvas(from, from.saturating_add_signed(offset));
    }

    /// Ctrl+F: the search field of the list beside the open view.
    fn focus_search(&mut self) {
        let search = match self.views.view {
            crate::command::View::Canvases => &mut self.session.collaboration_search,
            crate::command::View::Contacts => &mut self.session.contact_search,
            _ => return,
        };
        search.is_focus_requested = true;
    }

    /// Shows a collaboration just made, whatever the search says, with its title
    /// focused and selected, so that typing names it.
    pub(super) fn show_new_collaboration(&mut self, id: CollaborationId) {
        self.session.collaboration_search.text.clear();
        self.views.view = crate::command::View::Canvases;
        if let Some(collaboration) = self.session.document.workspace.get(&id) {
            let editor = crate::ui::canvas::header::title_editor_id(&id);
            self.views.focus_request = Some((editor, Some(collaboration.title.clone())));
        }
        self.session.selected = Some(id);
    }

    fn duplicate_selected(&mut self, now: chrono::DateTime<Utc>) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let Some(original) = self.session.document.workspace.get(&id) else {
            return;
        };
        let language = self.preferences.language;
        let title = Msg::CopyTitle.fill(language, &[("title", &original.title)]);
        let duplicate = |workspace: &mut Workspace| workspace.duplicate(&id, &title, now);
        if let Some(copy) = self.session.add_canvas(StepLabel::Duplicate, duplicate) {
            self.show_new_collaboration(copy);
        }
    }

    fn open_rename_dialog(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let Some(collaboration) = self.session.document.workspace.get(&id) else {
            return;
        };
        let language = self.preferences.language;
        let prompt = TextPrompt::new(
            Msg::RenameTitle.text(language),
            "",
            Msg::NewTitle.text(language),
            &collaboration.title,
        );
        self.dialog = Some(ActiveDialog::Rename(id, prompt));
    }

    /// Deletes and selects the neighbour, so the user keeps working in place.
    fn delete(&mut self, id: &CollaborationId) {
        let Some(index) = self.session.remove_canvas(id) else {
            return;
        };
        let remaining = &self.session.document.workspace.collaborations;
        self.session.selected = remaining
            .get(index)
            .or_else(|| remaining.last())
            .map(|c| c.id.clone());
    }
}
