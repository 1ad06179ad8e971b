//! Protected workspaces on the command line: where the passphrase comes from (a file, an
//! environment variable, the terminal), and opening and saving with it.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::i18n::{Language, Msg};
use crate::model::Workspace;
use crate::storage::{self, Passphrase, StorageError};

/// Scripts give the passphrase here when no file suits them.
pub const PASSPHRASE_VARIABLE: &str = "NETZWERK_CANVAS_PASSPHRASE";

#[derive(Clone, Debug, Default, Args)]
pub struct PassphraseArgs {
    /// For a workspace protected by a password: read the password from the first line of
    /// this file. Without it, the environment variable NETZWERK_CANVAS_PASSPHRASE is
    /// used, or the password is asked on the terminal.
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// A workspace as the command opened it; saving it again keeps its protection.
pub struct Opened {
    pub workspace: Workspace,
    pub passphrase: Option<Passphrase>,
}

impl Opened {
    /// Saves atomically (the previous version kept as `.bak`), encrypted again when the
    /// file was protected.
    pub fn save(&self, path: &Path) -> Result<(), StorageError> {
        self.save_as(path, &self.workspace)
    }

    /// Saves `workspace` (changed from the opened one) with the opened file's protection.
    pub fn save_as(&self, path: &Path, workspace: &Workspace) -> Result<(), StorageError> {
        storage::save_workspace_protected(path, workspace, self.passphrase.as_ref())
    }
}

impl PassphraseArgs {
    /// Opens `path`, asking for the passphrase only when the file is protected. The
    /// message on failure names the file.
    pub fn open(&self, path: &Path, language: Language) -> Result<Opened, String> {
        let failed = |reason: String| {
            let file = path.display().to_string();
            format!(
                "{} {reason}",
                Msg::OpenFailed.fill(language, &[("file", &file)])
            )
        };
        let passphrase = if storage::file_is_sealed(path) {
            Some(self.passphrase(path, language).map_err(failed)?)
        } else {
            None
        };
        let workspace = storage::open_workspace(path, passphrase.as_ref())
            .map_err(|error| failed(error.message(language)))?;
        Ok(Opened {
            workspace,
            passphrase,
        })
    }

    fn passphrase(&self, path: &Path, language: Language) -> Result<Passphrase, String> {
        let passphrase = if let Some(file) = &self.passphrase_file {
            let text = std::fs::read_to_string(file).map_err(|error| {
                let name = file.display().to_string();
                let detail = error.to_string();
                Msg::CliPassphraseFile.fill(language, &[("file", &name), ("detail", &detail)])
            })?;
            Passphrase::from_first_line(&text)
        } else if let Some(text) = std::env::var_os(PASSPHRASE_VARIABLE) {
            Passphrase::new(text.to_string_lossy().into_owned())
        } else if std::io::stdin().is_terminal() {
            let file = path.display().to_string();
            let prompt = Msg::CliPassphrasePrompt.fill(language, &[("file", &file)]);
            let typed = rpassword::prompt_password(prompt)
                .map_err(|error| StorageError::from(error).message(language))?;
            Passphrase::new(typed)
        } else {
            return Err(StorageError::NeedsPassphrase.message(language));
        };
        if passphrase.is_empty() {
            return Err(Msg::CliPassphraseEmpty.text(language).to_owned());
        }
        Ok(passphrase)
    }
}
