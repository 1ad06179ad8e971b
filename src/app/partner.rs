//! *Für Partner freigeben* and *Partnerfassung einlesen* in the window: the choice of
//! canvases with what the copy leaves out, the copy written, and the partner's copy
//! merged back as one undo step (the side-by-side dialog where both changed a field).

use std::path::Path;

use super::App;
use super::dialogs::ActiveDialog;
use super::merge_in::MergeRun;
use super::status_note::StatusNote;
use crate::export_file::{UnsafeTarget, check_pdf_target};
use crate::i18n::{Msg, partner_error_message, withheld_lines};
use crate::model::StepLabel;
use crate::model::Workspace;
use crate::model::partner_share::{ShareChoice, merge_partner, shared_copy};
use crate::storage::{Backup, StorageError, load_workspace, workspace_to_json, write_atomically};
use crate::ui::dialogs::{ErrorReport, ShareDraft, share_ui};
use crate::ui::file_dialog::DialogPurpose;

impl App {
    /// Asks which collaborations go to the partner; the shown one is chosen.
    pub(super) fn open_share_dialog(&mut self) {
        let selected = self.session.selected.as_ref();
        let canvases = (self.session.document.workspace.collaborations.iter())
            .map(|collaboration| {
                let title = crate::ui::canvas::list::display_title(
                    collaboration,
                    self.preferences.language,
                );
                let chosen = Some(&collaboration.id) == selected;
                (collaboration.id.clone(), title, chosen)
            })
            .collect();
        self.dialog = Some(ActiveDialog::Share(Box::new(ShareDraft {
            canvases,
            without_my_view: false,
        })));
    }

    /// True once answered; going on asks where to write the copy.
    pub(super) fn share_answered(&mut self, ctx: &egui::Context, draft: &mut ShareDraft) -> bool {
        let language = self.preferences.language;
        let choice = ShareChoice {
            collaborations: draft.chosen(),
            without_my_view: draft.without_my_view,
        };
        let (_, withheld) = shared_copy(&self.session.document.workspace, &choice);
        let left_out = withheld_lines(&withheld, language);
        match share_ui(ctx, language, draft, &left_out) {
            Some(true) => {
                self.session.pending_share = Some(choice);
                self.request_file_dialog(DialogPurpose::SharePartner, ctx);
                true
            }
            Some(false) => true,
            None => false,
        }
    }

    /// "Dorfladen Rhade für Partner.json".
    pub(super) fn suggested_share_name(&self) -> String {
        let language = self.preferences.language;
        let workspace = &self.session.document.workspace;
        let title = (self.session.pending_share.as_ref())
            .and_then(|choice| choice.collaborations.first())
            .and_then(|id| workspace.get(id))
            .map(|collaboration| collaboration.title.trim().to_owned())
            .unwrap_or_default();
        let stem = format!("{title} {}", Msg::ShareFileStem.text(language));
        let pdf = super::export_commands::pdf_file_name(stem.trim());
        format!("{}.json", pdf.trim_end_matches(".pdf"))
    }

    /// Writes the chosen canvases for the partner to `path`; never over the workspace
    /// or its backup.
    pub(super) fn write_partner_copy(&mut self, path: &Path) {
        let language = self.preferences.language;
        let Some(choice) = self.session.pending_share.take() else {
            return;
        };
        let file = path.display().to_string();
        let workspace = self.session.document.path.as_deref();
        let written = match check_pdf_target(path, workspace) {
            Err(target @ (UnsafeTarget::Workspace | UnsafeTarget::Backup)) => {
                Err(target.message(language, &file))
            }
            _ => {
                let (copy, _) = shared_copy(&self.session.document.workspace, &choice);
                workspace_to_json(&copy)
                    .map_err(|error| error.message(language))
                    .and_then(|bytes| {
                        write_atomically(path, &bytes, Backup::Skip)
                            .map_err(|error| StorageError::from(error).message(language))
                    })
                    .map(|()| copy)
            }
        };
        match written {
            Ok(copy) => {
                let titles = (copy.collaborations.iter())
                    .map(|collaboration| format!("„{}“", collaboration.title))
                    .collect::<Vec<_>>()
                    .join(", ");
                self.status_message = Some(StatusNote::with_texts(
                    Msg::ShareWritten,
                    vec![("file", file), ("titles", titles)],
                ));
            }
            Err(reason) => {
                self.dialog = Some(ActiveDialog::Error(ErrorReport {
                    headline: Msg::SaveFailed.fill(language, &[("file", &file)]),
                    reason,
                    reassurance: String::new(),
                }));
            }
        }
    }

    /// Reads the partner's copy at `path` and merges it into the open document: at
    /// once where only one side changed each field, else through the merge dialog.
    pub(super) fn read_partner_copy(&mut self, path: &Path, ctx: &egui::Context) {
        let language = self.preferences.language;
        let file = path.display().to_string();
        let returned = match load_workspace(path) {
            Ok(returned) => returned,
            Err(error) => return self.show_error(&file, &error, false),
        };
        let workspace = &self.session.document.workspace;
        let document = (self.session.document.path.as_deref()).unwrap_or(Path::new(""));
        match merge_partner(workspace, &returned) {
            Err(error) => {
                self.dialog = Some(ActiveDialog::Error(ErrorReport {
                    headline: Msg::ReadPartnerCopy
                        .text(language)
                        .trim_end_matches('…')
                        .to_owned(),
                    reason: partner_error_message(&error, (document, path), language),
                    reassurance: String::new(),
                }));
            }
            Ok(merged) if merged.conflicts.is_empty() => {
                let count = merged.came_in.count;
                self.take_partner_copy(path, merged.workspace, count);
            }
            Ok(merged) => {
                let run = MergeRun::of_partner(path, merged, language);
                self.dialog = Some(ActiveDialog::Merge(Box::new(run)));
                ctx.request_repaint();
            }
        }
    }

    /// The merged workspace as the document's, one undo step; saving is the user's.
    pub(super) fn take_partner_copy(&mut self, path: &Path, workspace: Workspace, count: usize) {
        let file = path.display().to_string();
        if workspace == self.session.document.workspace {
            self.status_message = Some(StatusNote::with_texts(
                Msg::PartnerNothing,
                vec![("file", file)],
            ));
            return;
        }
        self.session.bring_in_as(workspace, StepLabel::PartnerCopy);
        self.status_message = Some(StatusNote::counted(Msg::PartnerMerged, count, "file", file));
    }
}
