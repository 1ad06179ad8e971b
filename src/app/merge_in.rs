//! Changes made to the open file elsewhere (another window, a synced folder) are merged
//! in, not overwritten: at save time, and while the window is open. The document keeps
//! the workspace as last read or written (its base); the model's three-way merge takes
//! what either side changed, and the dialog asks only about fields both changed.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::status_note::StatusNote;
use super::{ActiveDialog, App};
use crate::i18n::{Language, Msg};
use crate::model::merge::{Conflict, Merged, Record, Resolution, merge};
use crate::model::{Workspace, limits};
use crate::storage::{self, DiskStamp};
use crate::ui::dialogs::{MergeAnswer, MergeChoice, MergeDraft, MergeRow, MergeSource, merge_ui};

/// How often the open file's size and time are looked at, in seconds.
pub(super) const WATCH_SECONDS: f64 = 2.0;

/// A merge waiting for the user's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeRun {
    path: PathBuf,
    merged: Merged,
    /// The file as read for the merge, and its stamp then: the new base.
    disk: Workspace,
    disk_stamp: Option<DiskStamp>,
    draft: MergeDraft,
    /// Merging a conflict copy (and whether it goes once saved), not the file itself.
    copy: Option<(PathBuf, bool)>,
}

/// Watching the open file while the window is open; part of the session.
#[derive(Default)]
pub(super) struct FileWatch {
    last_look: Option<f64>,
    /// A change the user chose to bring in later: not asked about again.
    postponed: Option<DiskStamp>,
    /// Conflict copies already offered while this file is open.
    pub(super) copies_answered: Vec<PathBuf>,
    /// A merged conflict copy the user chose to delete once the file is saved.
    pub(super) remove_after_save: Option<PathBuf>,
}

impl MergeRun {
    /// The choice between the open file and a conflict copy of it, saved to `path`.
    pub(super) fn of_copy(
        path: &Path,
        copy: (PathBuf, bool),
        merged: Merged,
        language: Language,
    ) -> Self {
        let named = copy.0.clone();
        let source = MergeSource::ConflictCopy;
        Self::of_other_version(path, (&named, source), merged, Some(copy), language)
    }

    /// The choice between the open document and the partner's copy at `path`.
    pub(super) fn of_partner(path: &Path, merged: Merged, language: Language) -> Self {
        let source = MergeSource::Partner;
        Self::of_other_version(path, (path, source), merged, None, language)
    }

    /// A merge with a version that is not the file on disk: named after the file it
    /// came from; a conflict copy's choice also saves.
    fn of_other_version(
        path: &Path,
        (named, source): (&Path, MergeSource),
        merged: Merged,
        copy: Option<(PathBuf, bool)>,
        language: Language,
    ) -> Self {
        let rows = merged
            .conflicts
            .iter()
            .map(|conflict| merge_row(&merged.workspace, conflict, language))
            .collect();
        let draft = MergeDraft {
            file: named
                .file_name()
                .map_or_else(String::new, |name| name.to_string_lossy().into_owned()),
            rows,
            saves: source == MergeSource::ConflictCopy,
            source,
        };
        Self {
            path: path.to_path_buf(),
            disk: merged.workspace.clone(),
            merged,
            disk_stamp: None,
            draft,
            copy,
        }
    }
}

impl App {
    /// Merges the file at `path` (changed on disk) into the open document; with `save`,
    /// writes the result. False when there is nothing to merge with (no base, or the file
    /// cannot be read): the caller falls back to asking.
    pub(super) fn merge_with_disk(&mut self, path: &Path, save: bool, ctx: &egui::Context) -> bool {
        let Some(base) = &self.session.document.base else {
            return false;
        };
        // The stamp before reading: a change while we read is noticed next time.
        let disk_stamp = DiskStamp::of(path);
        let passphrase = self.session.document.passphrase.as_ref();
        let Ok(disk) = storage::open_workspace(path, passphrase) else {
            return false;
        };
        let merged = match merge(base, &self.session.document.workspace, &disk) {
            Ok(merged) => merged,
            Err(crate::model::merge::MergeError::TooMany(kind)) => {
                let error = storage::StorageError::TooMany {
                    what: kind,
                    limit: limits::Limited::limit(kind),
                };
                self.show_error(&path.display().to_string(), &error, false);
                return true;
            }
            Err(crate::model::merge::MergeError::Invalid(_)) => return false,
        };
        if merged.conflicts.is_empty() {
            let count = merged.came_in.count;
            self.take_merged(path, merged.workspace, disk, disk_stamp, count, save, ctx);
        } else {
            let draft = self.merge_draft(path, &merged, save);
            self.dialog = Some(ActiveDialog::Merge(Box::new(MergeRun {
                path: path.to_path_buf(),
                merged,
                disk,
                disk_stamp,
                draft,
                copy: None,
            })));
            // Shown at once, also when another dialog's answer led here.
            ctx.request_repaint();
        }
        true
    }

    /// Makes the merged workspace the document's (one undo step), the file's version
    /// its new base, and saves when asked to.
    #[allow(clippy::too_many_arguments)]
    fn take_merged(
        &mut self,
        path: &Path,
        workspace: Workspace,
        disk: Workspace,
        disk_stamp: Option<DiskStamp>,
        count: usize,
        save: bool,
        ctx: &egui::Context,
    ) {
        let is_as_on_disk = workspace == disk;
        self.session.bring_in(workspace);
        self.session.document.base = Some(disk);
        self.session.document.disk_stamp = disk_stamp;
        self.session.watch.postponed = None;
        if save {
            self.write_document(path, ctx);
        } else if is_as_on_disk {
            self.session.document.mark_as_on_disk();
            self.session.autosave.clear(&self.session.document);
        }
        if count > 0 && !matches!(self.dialog, Some(ActiveDialog::Error(_))) {
            let name = path.display().to_string();
            self.status_message = Some(StatusNote::counted(Msg::CameIn, count, "file", name));
        }
    }

    pub(super) fn merge_answered(&mut self, run: &mut MergeRun, ctx: &egui::Context) -> bool {
        let language = self.preferences.language;
        match merge_ui(ctx, language, &mut run.draft) {
            Some(MergeAnswer::Confirmed) => {
                let choices: Vec<Resolution> = run
                    .draft
                    .rows
                    .iter()
                    .map(|row| match (row.choice, &row.combined) {
                        (MergeChoice::Theirs, _) => Resolution::Theirs,
                        (MergeChoice::Combined, Some(text)) => Resolution::Text(text.clone()),
                        _ => Resolution::Mine,
                    })
                    .collect();
                let taken = choices.iter().filter(|c| **c != Resolution::Mine).count();
                match run.merged.resolve(&choices) {
                    Ok(workspace) => {
                        let count = run.merged.came_in.count + taken;
                        let (path, disk) = (run.path.clone(), run.disk.clone());
                        let save = run.draft.saves;
                        self.dialog = None;
                        // The partner's copy: one undo step, and the file's base stays.
                        if run.draft.source == MergeSource::Partner {
                            self.take_partner_copy(&path, workspace, count);
                        } else if let Some(copy) = run.copy.clone() {
                            self.take_copy(&path, copy, workspace, count, ctx);
                        } else {
                            self.take_merged(
                                &path,
                                workspace,
                                disk,
                                run.disk_stamp,
                                count,
                                save,
                                ctx,
                            );
                        }
                    }
                    Err(_) => self.session.after_save = None,
                }
                true
            }
            Some(MergeAnswer::Cancelled) => {
                self.session.after_save = None;
                if !run.draft.saves {
                    self.session.watch.postponed = run.disk_stamp;
                }
                true
            }
            None => false,
        }
    }

    /// "The file was changed elsewhere: bring the changes in now?" (unsaved work open).
    pub(super) fn outside_change_answered(&mut self, path: &Path, ctx: &egui::Context) -> bool {
        let file = path.display().to_string();
        match crate::ui::dialogs::outside_change_ui(ctx, self.preferences.language, &file) {
            Some(true) => {
                if !self.merge_with_disk(path, false, ctx) {
                    self.session.watch.postponed = DiskStamp::of(path);
                }
                true
            }
            Some(false) => {
                self.session.watch.postponed = DiskStamp::of(path);
                true
            }
            None => false,
        }
    }

    /// Every [`WATCH_SECONDS`]: brings in what changed in the file, or offers to when
    /// there is unsaved work.
    pub(super) fn watch_file(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|input| input.time);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(WATCH_SECONDS));
        let watch = &mut self.session.watch;
        if watch
            .last_look
            .is_some_and(|last| now - last < WATCH_SECONDS)
        {
            return;
        }
        watch.last_look = Some(now);
        if self.dialog.is_some() || self.jobs.load.is_some() {
            return;
        }
        let Some(path) = self.session.document.path.clone() else {
            return;
        };
        if !self.changed_by_others(&path) || self.session.document.base.is_none() {
            self.offer_conflict_copy(&path);
            return;
        }
        let stamp = DiskStamp::of(&path);
        if stamp.is_none() || stamp == self.session.watch.postponed {
            return;
        }
        if self.session.document.is_modified() {
            self.dialog = Some(ActiveDialog::OutsideChange(path));
        } else if !self.merge_with_disk(&path, false, ctx) {
            // Unreadable for now (a sync engine still writing): look again later.
            self.session.watch.postponed = None;
        }
    }

    fn merge_draft(&self, path: &Path, merged: &Merged, saves: bool) -> MergeDraft {
        let language = self.preferences.language;
        let workspace = &self.session.document.workspace;
        let rows = merged
            .conflicts
            .iter()
            .map(|conflict| merge_row(workspace, conflict, language))
            .collect();
        MergeDraft {
            file: path.display().to_string(),
            rows,
            saves,
            source: MergeSource::File,
        }
    }
}

/// One conflict as the dialog shows it, with the choice Enter takes.
fn merge_row(workspace: &Workspace, conflict: &Conflict, language: Language) -> MergeRow {
    let record = &conflict.place.record;
    let heading = match field_name(workspace, record, &conflict.place.field, language) {
        Some(field) => format!("{} – {field}", record_name(record, language)),
        None => record_name(record, language),
    };
    let shown = |value: &Option<Value>| match value {
        None if conflict.is_deletion() => Msg::MergeDeleted.text(language).to_owned(),
        None | Some(Value::Null) => Msg::MergeEmpty.text(language).to_owned(),
        Some(Value::String(text)) if text.is_empty() => Msg::MergeEmpty.text(language).to_owned(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Object(_)) if conflict.is_deletion() => record_name(record, language),
        Some(other) => other.to_string(),
    };
    // Nothing is lost by Enter: a text combines both, a deleted record stays.
    let choice = if conflict.is_text() {
        MergeChoice::Combined
    } else if conflict.is_deletion() && conflict.mine.is_none() {
        MergeChoice::Theirs
    } else {
        MergeChoice::Mine
    };
    MergeRow {
        heading,
        base: shown(&conflict.base),
        mine: shown(&conflict.mine),
        theirs: shown(&conflict.theirs),
        choice,
        combined: conflict.proposal.clone(),
    }
}

/// A field's name as the window shows it: a canvas field by its template's label.
fn field_name(
    workspace: &Workspace,
    record: &Record,
    field: &[String],
    language: Language,
) -> Option<String> {
    if field.is_empty() {
        return None;
    }
    if let (Record::Canvas { id, .. }, [fields, field_id]) = (record, field)
        && fields == "fields"
        && let Some(canvas) = workspace.get(&crate::model::CollaborationId(id.clone()))
        && let Some(spec) = workspace.template_for(canvas).field(field_id)
    {
        return Some(spec.label(language).to_owned());
    }
    let named = match field {
        [title] if title == "title" => Some(Msg::Title),
        [partners] if partners == "partners" => Some(Msg::Partners),
        _ => None,
    };
    Some(named.map_or_else(|| field.join(" › "), |msg| msg.text(language).to_owned()))
}

fn record_name(record: &Record, language: Language) -> String {
    let (msg, title) = match record {
        Record::Workspace => return Msg::MergeWorkspace.text(language).to_owned(),
        Record::Canvas { title, .. } => (Msg::MergeCanvas, title),
        Record::Contact { name, .. } => (Msg::MergeContact, name),
        Record::Template { name, .. } => (Msg::MergeTemplate, name),
    };
    msg.fill(language, &[("title", title)])
}
