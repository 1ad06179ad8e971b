//! `netzwerk-canvas share` and `merge-partner`: a canvas for the partner to fill on their
//! own machine, and their copy merged back. A title that fits no collaboration, a file
//! that is no shared copy, or a field both sides changed leave every file untouched.

use super::contacts_out::{guard_output, open_failed};
use super::rights::finish;
use super::{MergePartnerArgs, ShareArgs};
use crate::i18n::{Language, Msg, partner_error_message, withheld_lines};
use crate::model::partner_share::{ShareChoice, merge_partner, shared_copy};
use crate::model::{CollaborationId, Workspace};
use crate::storage::{
    Backup, StorageError, load_workspace, lock, workspace_to_json, write_atomically,
};

/// Writes the partner's copy and returns the process exit code.
pub fn run_share(args: &ShareArgs) -> i32 {
    let language = args.language.language();
    finish("share", share(args, language), language)
}

/// Merges the partner's copy into the workspace and returns the process exit code.
pub fn run_merge_partner(args: &MergePartnerArgs) -> i32 {
    let language = args.language.language();
    finish("merge-partner", merge_back(args, language), language)
}

fn share(args: &ShareArgs, language: Language) -> Result<Vec<String>, String> {
    guard_output(&args.output, &args.file, language)?;
    let workspace = args.secret.open(&args.file, language)?.workspace;
    let file = args.file.display().to_string();
    let collaborations = args
        .only
        .iter()
        .map(|title| find_title(&workspace, title).ok_or(title))
        .collect::<Result<Vec<CollaborationId>, _>>()
        .map_err(|title| {
            Msg::ShareUnknownTitle.fill(language, &[("file", &file), ("title", title)])
        })?;
    let choice = ShareChoice {
        collaborations,
        without_my_view: args.without_my_view,
    };
    let (copy, withheld) = shared_copy(&workspace, &choice);
    let bytes = workspace_to_json(&copy).map_err(|error| error.message(language))?;
    let output = args.output.display().to_string();
    write_atomically(&args.output, &bytes, Backup::Skip).map_err(|error| {
        format!(
            "{} {}",
            Msg::SaveFailed.fill(language, &[("file", &output)]),
            StorageError::from(error).message(language)
        )
    })?;
    let titles = copy
        .collaborations
        .iter()
        .map(|collaboration| format!("„{}“", collaboration.title))
        .collect::<Vec<_>>()
        .join(", ");
    let mut lines =
        vec![Msg::ShareWritten.fill(language, &[("file", &output), ("titles", &titles)])];
    lines.extend(withheld_lines(&withheld, language));
    Ok(lines)
}

/// The collaboration titled `title`, ignoring case and surrounding spaces.
fn find_title(workspace: &Workspace, title: &str) -> Option<CollaborationId> {
    let wanted = title.trim().to_lowercase();
    workspace
        .collaborations
        .iter()
        .find(|collaboration| collaboration.title.trim().to_lowercase() == wanted)
        .map(|collaboration| collaboration.id.clone())
}

fn merge_back(args: &MergePartnerArgs, language: Language) -> Result<Vec<String>, String> {
    let opened = args.secret.open(&args.file, language)?;
    let workspace = &opened.workspace;
    let returned =
        load_workspace(&args.from).map_err(|error| open_failed(&args.from, &error, language))?;
    let file = args.file.display().to_string();
    let merged = merge_partner(workspace, &returned)
        .map_err(|error| partner_error_message(&error, (&args.file, &args.from), language))?;
    if !merged.conflicts.is_empty() {
        let places = merged
            .conflicts
            .iter()
            .map(|conflict| conflict.place.field.join("."))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(Msg::PartnerConflicts.fill(language, &[("file", &file), ("places", &places)]));
    }
    if merged.workspace == *workspace {
        return Ok(vec![Msg::PartnerNothing.fill(language, &[("file", &file)])]);
    }
    // Held while saving, so that a window opening the file meanwhile is told.
    let (_lock, _holder) = lock::take(&args.file);
    opened
        .save_as(&args.file, &merged.workspace)
        .map_err(|error| {
            format!(
                "{} {}",
                Msg::SaveFailed.fill(language, &[("file", &file)]),
                error.message(language)
            )
        })?;
    Ok(vec![Msg::PartnerMerged.fill_count(
        language,
        merged.came_in.count,
        &[("file", &file)],
    )])
}
