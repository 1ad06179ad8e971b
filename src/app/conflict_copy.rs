//! Conflict copies a sync program left beside the open file are offered for merging.
//! No version that both grew from is known, so the copy is merged against an empty
//! workspace: nothing either version holds is dropped (a copy never deletes), and each
//! field the two hold differently is asked about. The copy goes only when the user
//! chose so and the merged file was saved.

use std::path::{Path, PathBuf};

use super::merge_in::MergeRun;
use super::status_note::StatusNote;
use super::{ActiveDialog, App};
use crate::i18n::Msg;
use crate::model::merge::{MergeError, Merged, merge};
use crate::model::{Workspace, limits};
use crate::storage;
use crate::ui::dialogs::{ConflictCopyAnswer, ConflictCopyDraft, ErrorReport, conflict_copy_ui};

/// A conflict copy offered for merging, merged already so that the offer can say what
/// it would bring.
#[derive(Clone, Debug, PartialEq)]
pub struct CopyOffer {
    copy: PathBuf,
    merged: Merged,
    draft: ConflictCopyDraft,
}

impl App {
    /// Offers the first conflict copy of `path` not yet answered while this file is open.
    pub(super) fn offer_conflict_copy(&mut self, path: &Path) {
        let answered = &self.session.watch.copies_answered;
        let Some(copy) = storage::find_conflict_copies(path)
            .into_iter()
            .find(|copy| !answered.contains(copy))
        else {
            return;
        };
        self.session.watch.copies_answered.push(copy.clone());
        let language = self.preferences.language;
        let copy_name = file_name(&copy);
        let unusable = |reason: String| ErrorReport {
            headline: Msg::CopyUnreadable.fill(language, &[("file", &copy_name)]),
            reason,
            reassurance: Msg::CopyLeftAsIs.text(language).to_owned(),
        };
        // A sync program's copy of a protected file is protected with the same passphrase.
        let passphrase = self.session.document.passphrase.as_ref();
        let theirs = match storage::open_workspace(&copy, passphrase) {
            Ok(workspace) => workspace,
            Err(error) => {
                self.dialog = Some(ActiveDialog::Notice(unusable(error.message(language))));
                return;
            }
        };
        let merged = match merge(
            &Workspace::default(),
            &self.session.document.workspace,
            &theirs,
        ) {
            Ok(merged) => merged,
            Err(MergeError::TooMany(kind)) => {
                let error = storage::StorageError::TooMany {
                    what: kind,
                    limit: limits::Limited::limit(kind),
                };
                self.dialog = Some(ActiveDialog::Notice(unusable(error.message(language))));
                return;
            }
            Err(MergeError::Invalid(reason)) => {
                self.dialog = Some(ActiveDialog::Notice(unusable(reason)));
                return;
            }
        };
        let draft = ConflictCopyDraft {
            file: file_name(path),
            copy: copy_name,
            news: merged.came_in.count + merged.conflicts.len(),
            remove_after: true,
        };
        self.dialog = Some(ActiveDialog::ConflictCopy(Box::new(CopyOffer {
            copy,
            merged,
            draft,
        })));
    }

    pub(super) fn conflict_copy_answered(
        &mut self,
        offer: &mut CopyOffer,
        ctx: &egui::Context,
    ) -> bool {
        let language = self.preferences.language;
        match conflict_copy_ui(ctx, language, &mut offer.draft) {
            Some(ConflictCopyAnswer::Merge) => {
                let Some(path) = self.session.document.path.clone() else {
                    return true;
                };
                let copy = (offer.copy.clone(), offer.draft.remove_after);
                if offer.merged.conflicts.is_empty() {
                    let count = offer.merged.came_in.count;
                    let workspace = offer.merged.workspace.clone();
                    self.take_copy(&path, copy, workspace, count, ctx);
                } else {
                    let run = MergeRun::of_copy(&path, copy, offer.merged.clone(), language);
                    self.dialog = Some(ActiveDialog::Merge(Box::new(run)));
                    ctx.request_repaint();
                }
                true
            }
            Some(ConflictCopyAnswer::Delete) => {
                if self.remove_conflict_copy(&offer.copy) {
                    let name = file_name(&offer.copy);
                    self.status_message =
                        Some(StatusNote::with_text(Msg::CopyDeleted, "file", name));
                }
                true
            }
            Some(ConflictCopyAnswer::Keep) => true,
            None => false,
        }
    }

    /// Brings the merged workspace in (one undo step) and saves it to `path`; the copy
    /// goes once that save succeeded, if the user chose so.
    pub(super) fn take_copy(
        &mut self,
        path: &Path,
        (copy, remove): (PathBuf, bool),
        workspace: Workspace,
        count: usize,
        ctx: &egui::Context,
    ) {
        self.session.bring_in(workspace);
        if remove {
            self.session.watch.remove_after_save = Some(copy.clone());
        }
        self.save_to(path, ctx);
        if !self.session.document.is_modified() && self.dialog.is_none() {
            let name = file_name(&copy);
            self.status_message = Some(StatusNote::counted(Msg::CameInCopy, count, "file", name));
        }
    }

    /// Deletes a conflict copy; says so when that fails. True when it is gone.
    pub(super) fn remove_conflict_copy(&mut self, copy: &Path) -> bool {
        match std::fs::remove_file(copy) {
            Ok(()) => true,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => true,
            Err(error) => {
                let language = self.preferences.language;
                self.dialog = Some(ActiveDialog::Notice(ErrorReport {
                    headline: Msg::CopyNotDeleted.fill(language, &[("file", &file_name(copy))]),
                    reason: error.to_string(),
                    reassurance: String::new(),
                }));
                false
            }
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}
