//! A sync program's conflict copy beside the open file: merge it in (nothing is lost,
//! differing fields are asked about) and delete it afterwards or keep it; a copy that
//! holds nothing new can be deleted at once.

use crate::i18n::{Language, Msg};

/// What the dialog shows and the one choice it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictCopyDraft {
    /// The open file's name and the copy's.
    pub file: String,
    pub copy: String,
    /// Changes the copy holds that the open file lacks (0: nothing new).
    pub news: usize,
    /// Whether the copy goes once its changes are saved in the file.
    pub remove_after: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictCopyAnswer {
    /// Merge the copy in and save; delete it afterwards if the box is ticked.
    Merge,
    /// Delete the copy (it holds nothing new).
    Delete,
    /// Leave the copy where it is; not asked again while this file stays open.
    Keep,
}

/// Enter merges (or deletes a copy with nothing new), Escape keeps the copy.
pub fn conflict_copy_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut ConflictCopyDraft,
) -> Option<ConflictCopyAnswer> {
    let names = [("file", draft.file.as_str()), ("copy", draft.copy.as_str())];
    let (answer, dismissed) = super::show_dialog(
        ctx,
        "conflict_copy_dialog",
        Msg::ConflictCopyTitle.text(language),
        |ui| {
            if draft.news == 0 {
                ui.label(Msg::CopyNothingNew.fill(language, &names));
                let delete = super::destructive_button(ui, Msg::DeleteCopy.text(language));
                return super::button_row(ui, |ui| {
                    if super::default_button(ui.add(delete), ui).clicked()
                        || super::enter_pressed(ui)
                    {
                        Some(ConflictCopyAnswer::Delete)
                    } else if ui.button(Msg::KeepCopy.text(language)).clicked() {
                        Some(ConflictCopyAnswer::Keep)
                    } else {
                        None
                    }
                });
            }
            ui.label(Msg::CopyBody.fill_count(language, draft.news, &names));
            ui.add_space(4.0);
            ui.label(Msg::CopyHowMerged.text(language));
            ui.add_space(6.0);
            ui.checkbox(&mut draft.remove_after, Msg::CopyRemoveAfter.text(language));
            super::button_row(ui, |ui| {
                if super::default_button(ui.button(Msg::MergeAndSave.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
                {
                    Some(ConflictCopyAnswer::Merge)
                } else if ui.button(Msg::Later.text(language)).clicked() {
                    Some(ConflictCopyAnswer::Keep)
                } else {
                    None
                }
            })
        },
    );
    if dismissed {
        Some(ConflictCopyAnswer::Keep)
    } else {
        answer
    }
}
