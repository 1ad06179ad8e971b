//! Protecting the workspace with a passphrase: asking for it, opening protected files and
//! their recovery copies with it, and saving with a new one or none.

use std::path::Path;

use super::status_note::StatusNote;
use super::{ActiveDialog, App};
use crate::i18n::Msg;
use crate::storage::StorageError;
use crate::storage::recovery::open_locked_recovery;
use crate::ui::dialogs::{PassphraseAnswer, PassphraseDraft, PassphrasePurpose, passphrase_ui};

impl App {
    /// Opens the passphrase dialog for `purpose`.
    pub(super) fn ask_passphrase(&mut self, purpose: PassphrasePurpose) {
        let file = self.passphrase_file_name(&purpose);
        self.dialog = Some(ActiveDialog::Passphrase(Box::new(PassphraseDraft::new(
            purpose, &file,
        ))));
    }

    pub(super) fn ask_to_unlock(&mut self, path: &Path) {
        self.ask_passphrase(PassphrasePurpose::Unlock(path.to_path_buf()));
    }

    /// The passphrase did not open `path`: asked again, saying so.
    pub(super) fn ask_to_unlock_again(&mut self, path: &Path) {
        let purpose = PassphrasePurpose::Unlock(path.to_path_buf());
        let file = self.passphrase_file_name(&purpose);
        let draft = PassphraseDraft::again(purpose, &file, Msg::PassphraseWrong);
        self.dialog = Some(ActiveDialog::Passphrase(Box::new(draft)));
    }

    fn passphrase_file_name(&self, purpose: &PassphrasePurpose) -> String {
        let language = self.preferences.language;
        match purpose {
            PassphrasePurpose::Unlock(path) => path.display().to_string(),
            PassphrasePurpose::UnlockRecovery(file) => file.display().to_string(),
            PassphrasePurpose::Protect | PassphrasePurpose::Change | PassphrasePurpose::Remove => {
                self.session.document.display_name(language)
            }
        }
    }

    /// True once the dialog is answered (a wrong passphrase opens it again).
    pub(super) fn passphrase_answered(
        &mut self,
        ctx: &egui::Context,
        draft: &mut PassphraseDraft,
    ) -> bool {
        let Some(answer) = passphrase_ui(ctx, self.preferences.language, draft) else {
            return false;
        };
        let PassphraseAnswer::Confirmed(passphrase) = answer else {
            return true;
        };
        match &draft.purpose {
            PassphrasePurpose::Unlock(path) => self.open_protected(path, passphrase),
            PassphrasePurpose::UnlockRecovery(file) => {
                match open_locked_recovery(file, &passphrase) {
                    Ok(recovery) => self.recovery.found.insert(0, recovery),
                    Err(StorageError::WrongPassphrase) => {
                        *draft = PassphraseDraft::again(
                            draft.purpose.clone(),
                            &draft.file,
                            Msg::PassphraseWrong,
                        );
                        return false;
                    }
                    Err(error) => self.show_error(&file.display().to_string(), &error, false),
                }
            }
            PassphrasePurpose::Protect | PassphrasePurpose::Change => {
                let done = match draft.purpose {
                    PassphrasePurpose::Protect => Msg::ProtectedSaved,
                    _ => Msg::PassphraseChanged,
                };
                if self.session.document.passphrase.is_some() {
                    // The previous version is kept only under the old passphrase, which
                    // someone may know: it goes, as after forgetting a person.
                    self.session.document.forgot_since_save = true;
                }
                self.session.document.passphrase = Some(passphrase);
                self.save_then_say(done, ctx);
            }
            PassphrasePurpose::Remove => {
                let is_current = self.session.document.passphrase.as_ref() == Some(&passphrase);
                if !is_current {
                    *draft = PassphraseDraft::again(
                        PassphrasePurpose::Remove,
                        &draft.file,
                        Msg::PassphraseWrong,
                    );
                    return false;
                }
                self.session.document.passphrase = None;
                self.save_then_say(Msg::ProtectionRemoved, ctx);
            }
        }
        true
    }

    /// Saves at once, so that the file on disk has the new protection; a new workspace
    /// asks where first (and is saved protected there).
    fn save_then_say(&mut self, done: Msg, ctx: &egui::Context) {
        self.save_current(ctx);
        let document = &self.session.document;
        if let (Some(path), false) = (document.path(), document.is_modified())
            && self.dialog.is_none()
        {
            let name = path.display().to_string();
            self.status_message = Some(StatusNote::with_text(done, "file", name));
        }
    }
}
