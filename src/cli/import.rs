//! `netzwerk-canvas import`: contacts from a vCard or CSV file into a workspace, for
//! scripts and for people who keep their address book elsewhere. The workspace is
//! written atomically with `.bak`, or not at all: a refused file leaves it untouched.

use super::ImportArgs;
use crate::contacts_io::{Duplicates, ImportOptions, import_into, read_contacts};
use crate::i18n::{Language, Msg};
use crate::storage::{backup_path, lock, resolve_link};

/// Imports, prints the report and returns the process exit code.
pub fn run_import(args: &ImportArgs) -> i32 {
    let language = args.language.language();
    match import(args, language) {
        Ok(lines) => super::stdout::print_lines("import", lines, language),
        Err(message) => {
            eprintln!("netzwerk-canvas import: {message}");
            1
        }
    }
}

fn import(args: &ImportArgs, language: Language) -> Result<Vec<String>, String> {
    let workspace_name = args.file.display().to_string();
    let contacts_name = args.contacts.display().to_string();
    let opened = args.secret.open(&args.file, language)?;
    let mut workspace = opened.workspace.clone();
    let refused = |reason: String| {
        Msg::ImportRefused.fill(language, &[("file", &contacts_name), ("reason", &reason)])
    };
    let parsed = read_contacts(&args.contacts).map_err(|error| refused(error.message(language)))?;
    let options = ImportOptions {
        duplicates: if args.skip_duplicates {
            Duplicates::Skip
        } else {
            Duplicates::Merge
        },
        skip_bad: args.skip_bad,
        today: super::today_or_local(args.today),
        language,
    };
    let report = import_into(&mut workspace.contacts, parsed, &options)
        .map_err(|error| refused(error.message(language)))?;
    let mut lines = report.lines(language);
    if args.dry_run {
        lines.push(Msg::ImportDryRun.fill(language, &[("file", &workspace_name)]));
    } else if report.added + report.merged > 0 {
        // Held while saving, so that a window opening the file meanwhile is told; a
        // window that has it open already is named in the output.
        let (_lock, holder) = lock::take(&args.file);
        opened.save_as(&args.file, &workspace).map_err(|error| {
            format!(
                "{} {}",
                Msg::SaveFailed.fill(language, &[("file", &workspace_name)]),
                error.message(language)
            )
        })?;
        let backup = backup_path(&resolve_link(&args.file)).display().to_string();
        lines.push(
            Msg::ImportSaved.fill(language, &[("file", &workspace_name), ("backup", &backup)]),
        );
        if let Some(holder) = holder {
            let values = [("file", workspace_name.as_str()), ("holder", &holder.name)];
            lines.push(Msg::ImportLockHeld.fill(language, &values));
        }
    }
    Ok(lines)
}
