//! Which modal dialog is open, and what each answer does.

use crate::command::Command;
use crate::command::{ContactCommand, EditCommand, FileCommand, TemplateCommand};
use crate::i18n::Msg;
use crate::model::CollaborationId;
use crate::ui::canvas::list::display_title;
use crate::ui::dialogs::{
    ErrorReport, PromptAnswer, TextPrompt, UnsavedChoice, confirm_delete_ui, error_ui,
    text_prompt_ui, unsaved_changes_ui,
};
use crate::ui::file_dialog::DialogPurpose;

/// At most one dialog is open at a time; shortcuts are off while it is.
#[derive(Clone, Debug, PartialEq)]
pub enum ActiveDialog {
    /// Unsaved changes; the command runs after Save or Discard.
    Unsaved(FileCommand),
    ConfirmDelete(CollaborationId),
    ConfirmDeleteContact(crate::model::ContactId),
    /// Template id and its name.
    ConfirmDeleteTemplate(String, String),
    /// Template id, field id and the question to ask.
    ConfirmRemoveField(String, String, String),
    Rename(CollaborationId, TextPrompt),
    /// No native file dialog: the user types a path.
    TypedPath(DialogPurpose, TextPrompt),
    ExportOptions(crate::preferences::ExportChoice),
    ExportDone(std::path::PathBuf, crate::ui::dialogs::ExportSummary),
    /// Unsaved work of an instance that ended without saving.
    Recover(Box<crate::storage::recovery::Recovery>),
    /// The file changed on disk since we read it; the path we were saving to.
    Conflict(std::path::PathBuf),
    /// Fields both this window and someone elsewhere changed: the user chooses.
    Merge(Box<super::merge_in::MergeRun>),
    /// The file changed elsewhere while there is unsaved work: bring it in now?
    OutsideChange(std::path::PathBuf),
    /// A sync program's conflict copy beside the file: merge it in?
    ConflictCopy(Box<super::conflict_copy::CopyOffer>),
    Preparation(
        crate::model::CollaborationId,
        crate::ui::dialogs::PreparationDraft,
    ),
    /// The comparison with the kept state at this index.
    Compare(crate::model::CollaborationId, usize),
    Debrief(
        crate::model::CollaborationId,
        crate::ui::dialogs::DebriefDraft,
    ),
    /// The PDF at this path was written, but no viewer could show it; the reason.
    NoViewer(std::path::PathBuf, String),
    /// The card dialog of a card of this collaboration.
    Card(CollaborationId, Box<crate::ui::dialogs::CardDraft>),
    /// Which field a Kartenabfrage with participants' devices asks about.
    Invite(CollaborationId, crate::ui::dialogs::InviteDraft),
    /// A cluster's new name: collaboration, field id and the old name.
    RenameCluster(CollaborationId, String, String, TextPrompt),
    /// The format and the contacts of a vCard or CSV export.
    ContactsExport(Box<crate::ui::dialogs::ContactsExportDraft>),
    /// A contacts file read, before importing it.
    ImportContacts(Box<crate::ui::dialogs::ImportDraft>),
    /// Where a person is named, before forgetting them.
    Forget(Box<crate::ui::dialogs::ForgetPreview>),
    /// Which collaborations go to the partner, before asking where.
    Share(Box<crate::ui::dialogs::ShareDraft>),
    /// Hilfe → Tastenkürzel.
    Shortcuts,
    /// A passphrase: to open a protected file, or to protect, change or remove.
    Passphrase(Box<crate::ui::dialogs::PassphraseDraft>),
    /// Every action by its name (Ctrl+Shift+P).
    Palette(crate::ui::dialogs::PaletteDraft),
    /// Hilfe → Kurzanleitung zur Methode.
    Guide,
    Notice(ErrorReport),
    Error(ErrorReport),
}

impl super::App {
    /// Asks before a template or a template field goes; true once answered.
    fn confirm_template_ui(
        &mut self,
        ctx: &egui::Context,
        heading: Msg,
        body_or_name: &str,
        then: Command,
    ) -> bool {
        let language = self.preferences.language;
        let body = if heading == Msg::DeleteTemplateTitle {
            Msg::DeleteTemplateBody.fill(language, &[("title", body_or_name)])
        } else {
            body_or_name.to_owned()
        };
        let answer = confirm_delete_ui(ctx, language, heading, &body);
        if answer == Some(true) {
            self.pending.push(then);
        }
        answer.is_some()
    }

    /// True once answered.
    fn confirm_delete_contact_ui(
        &mut self,
        ctx: &egui::Context,
        id: &crate::model::ContactId,
    ) -> bool {
        let language = self.preferences.language;
        let name = self
            .session
            .document
            .workspace
            .contact(id)
            .map(|c| crate::ui::netzwerkbuch::contact_list::display_name(c, language))
            .unwrap_or_default();
        let body = Msg::DeleteContactBody.fill(language, &[("title", &name)]);
        let answer = confirm_delete_ui(ctx, language, Msg::DeleteContactTitle, &body);
        if answer == Some(true) {
            self.pending
                .push(Command::Contact(ContactCommand::ConfirmDeleteContact(
                    id.clone(),
                )));
        }
        answer.is_some()
    }

    /// Unsaved changes before `then`: save, discard, keep for later or cancel.
    fn unsaved_answered(&mut self, then: &FileCommand, ctx: &egui::Context) -> bool {
        let language = self.preferences.language;
        let name = self.session.document.display_name(language);
        let can_keep = *then == FileCommand::Quit && self.session.autosave.folder().is_some();
        let choice = unsaved_changes_ui(ctx, language, &name, can_keep);
        if let Some(choice) = choice {
            self.answer_unsaved(choice, then.clone(), ctx);
        }
        choice.is_some()
    }

    /// Shows the open dialog and acts on the answer. Acting may open the next dialog
    /// (an error, say), which then replaces this one.
    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context) {
        let language = self.preferences.language;
        // A second recovery waits until the first restored work is saved or let go, so
        // that restoring one never silently replaces the other (it is offered again at
        // the next start otherwise).
        self.offer_next_recovery();
        let Some(mut dialog) = self.dialog.take() else {
            return;
        };
        let is_done = match &mut dialog {
            ActiveDialog::Unsaved(then) => self.unsaved_answered(then, ctx),
            ActiveDialog::ConfirmDelete(id) => self.confirm_delete_ui(ctx, id),
            ActiveDialog::ConfirmDeleteContact(id) => self.confirm_delete_contact_ui(ctx, id),
            ActiveDialog::ConfirmDeleteTemplate(id, name) => self.confirm_template_ui(
                ctx,
                Msg::DeleteTemplateTitle,
                name,
                Command::Template(TemplateCommand::ConfirmDeleteTemplate(id.clone())),
            ),
            ActiveDialog::ConfirmRemoveField(template, field, body) => {
                let then = Command::Template(TemplateCommand::ConfirmRemoveTemplateField(
                    template.clone(),
                    field.clone(),
                ));
                self.confirm_template_ui(ctx, Msg::RemoveFieldTitle, body, then)
            }
            ActiveDialog::Rename(id, prompt) => {
                let answer = text_prompt_ui(ctx, language, prompt);
                if let Some(PromptAnswer::Confirmed(title)) = &answer {
                    self.pending.push(Command::Edit(EditCommand::Rename(
                        id.clone(),
                        title.clone(),
                    )));
                }
                answer.is_some()
            }
            ActiveDialog::TypedPath(purpose, prompt) => {
                self.typed_path_answered(ctx, *purpose, prompt)
            }
            ActiveDialog::ExportOptions(choice) => self.export_options_answered(choice, ctx),
            ActiveDialog::ExportDone(path, summary) => {
                self.export_done_answered(path, summary, ctx)
            }
            ActiveDialog::Recover(recovery) => self.recover_answered(recovery, ctx),
            ActiveDialog::Conflict(path) => self.conflict_answered(path, ctx),
            ActiveDialog::Merge(run) => self.merge_answered(run, ctx),
            ActiveDialog::OutsideChange(path) => self.outside_change_answered(path, ctx),
            ActiveDialog::ConflictCopy(offer) => self.conflict_copy_answered(offer, ctx),
            ActiveDialog::Preparation(id, draft) => self.preparation_answered(id, draft, ctx),
            ActiveDialog::Compare(id, chosen) => self.compare_answered(id, chosen, ctx),
            ActiveDialog::Debrief(id, draft) => self.debrief_answered(id, draft, ctx),
            ActiveDialog::NoViewer(path, reason) => {
                crate::ui::dialogs::no_viewer_ui(ctx, language, path, reason)
            }
            ActiveDialog::Card(id, draft) => self.card_answered(id, draft, ctx),
            ActiveDialog::Invite(id, draft) => self.invite_answered(id, draft, ctx),
            ActiveDialog::RenameCluster(id, field, old, prompt) => {
                self.cluster_name_answered(id, (field, old), prompt, ctx)
            }
            ActiveDialog::Forget(preview) => self.forget_answered(ctx, preview),
            ActiveDialog::ImportContacts(draft) => self.import_answered(ctx, draft),
            ActiveDialog::ContactsExport(draft) => self.contacts_export_answered(ctx, draft),
            ActiveDialog::Share(draft) => self.share_answered(ctx, draft),
            ActiveDialog::Passphrase(draft) => self.passphrase_answered(ctx, draft),
            ActiveDialog::Shortcuts => crate::ui::dialogs::shortcuts_ui(ctx, language),
            ActiveDialog::Palette(draft) => {
                let answer = crate::ui::dialogs::palette_ui(ctx, language, self.situation(), draft);
                if let Some(crate::ui::dialogs::PaletteAnswer::Run(action)) = answer {
                    self.pending.push(action.command());
                }
                answer.is_some()
            }
            ActiveDialog::Guide => crate::ui::dialogs::guide_ui(ctx, language),
            ActiveDialog::Notice(report) => error_ui(ctx, language, Msg::Notice, report),
            ActiveDialog::Error(report) => error_ui(ctx, language, Msg::ErrorTitle, report),
        };
        if !is_done && self.dialog.is_none() {
            self.dialog = Some(dialog);
        }
    }

    /// Offers the next recovery left by a crash, once no dialog is open and no restored
    /// work is unsaved. Protected ones ask for their passphrase first.
    fn offer_next_recovery(&mut self) {
        let is_free = self.dialog.is_none() && !self.session.document.is_modified();
        if is_free && !self.recovery.found.is_empty() {
            let recovery = self.recovery.found.remove(0);
            self.dialog = Some(ActiveDialog::Recover(Box::new(recovery)));
        } else if is_free && !self.recovery.locked.is_empty() {
            let file = self.recovery.locked.remove(0);
            self.ask_passphrase(crate::ui::dialogs::PassphrasePurpose::UnlockRecovery(file));
        }
    }

    /// True once a path was typed or the prompt cancelled.
    fn typed_path_answered(
        &mut self,
        ctx: &egui::Context,
        purpose: DialogPurpose,
        prompt: &mut TextPrompt,
    ) -> bool {
        let answer = text_prompt_ui(ctx, self.preferences.language, prompt);
        match &answer {
            Some(PromptAnswer::Confirmed(text)) => self.use_typed_path(purpose, text, ctx),
            Some(PromptAnswer::Cancelled) => {
                self.session.after_save = None;
                self.session.pending_export = None;
                self.session.pending_auskunft = None;
                self.session.pending_contacts_export = None;
            }
            None => {}
        }
        answer.is_some()
    }

    fn confirm_delete_ui(&mut self, ctx: &egui::Context, id: &CollaborationId) -> bool {
        let language = self.preferences.language;
        let title = (self.session.document.workspace.get(id))
            .map(|c| display_title(c, language))
            .unwrap_or_default();
        let body = Msg::DeleteBody.fill(language, &[("title", &title)]);
        let answer = confirm_delete_ui(ctx, language, Msg::DeleteTitle, &body);
        if answer == Some(true) {
            self.pending
                .push(Command::Edit(EditCommand::ConfirmDelete(id.clone())));
        }
        answer.is_some()
    }

    fn answer_unsaved(&mut self, choice: UnsavedChoice, then: FileCommand, ctx: &egui::Context) {
        match choice {
            UnsavedChoice::Save => {
                // Runs once the save succeeded; a failed or cancelled save drops it.
                self.session.after_save = Some(then);
                self.save_current(ctx);
            }
            UnsavedChoice::Discard => self.continue_with(then, ctx),
            UnsavedChoice::KeepForLater => self.keep_for_later_and_quit(ctx),
            UnsavedChoice::Cancel => {}
        }
    }

    pub(super) fn typed_path_prompt(
        &self,
        purpose: DialogPurpose,
        is_unavailable: bool,
    ) -> TextPrompt {
        let language = self.preferences.language;
        let heading = match purpose {
            DialogPurpose::Open => Msg::PathPromptOpen,
            DialogPurpose::SaveAs => Msg::PathPromptSave,
            DialogPurpose::ExportPdf => Msg::PathPromptExport,
            DialogPurpose::ImportTemplate => Msg::PathPromptImportTemplate,
            DialogPurpose::ExportTemplate => Msg::PathPromptExportTemplate,
            DialogPurpose::ImportContacts => Msg::ImportContacts,
            DialogPurpose::ExportVcard => Msg::ExportVcard,
            DialogPurpose::ExportCsv => Msg::ExportCsv,
            DialogPurpose::ExportCalendar => Msg::ExportCalendar,
            DialogPurpose::Auskunft => Msg::AuskunftButton,
            DialogPurpose::SharePartner => Msg::ShareForPartner,
            DialogPurpose::ReadPartner => Msg::ReadPartnerCopy,
        };
        let message = if is_unavailable {
            Msg::PathPromptNoDialog
        } else {
            Msg::PathPromptTyped
        };
        let (folder, name) = self.suggested_location(purpose);
        // Open proposes the open file; the other pickers start empty; a file to write
        // is proposed beside the workspace.
        let open_file = (purpose == DialogPurpose::Open)
            .then_some(self.session.document.path.as_ref())
            .flatten();
        let suggestion = match open_file {
            Some(path) => path.display().to_string(),
            None if purpose.picks_existing() => String::new(),
            None => folder.join(name).display().to_string(),
        };
        TextPrompt::new(
            heading.text(language),
            message.text(language),
            Msg::PathLabel.text(language),
            &suggestion,
        )
    }
}
