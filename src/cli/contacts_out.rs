//! `export --vcard` and `export --csv`: the Netzwerkbuch's contacts, all or those with
//! a tag, for address books and spreadsheets; and `due --ics`, the follow-ups for a
//! calendar. The files hold personal data: written atomically, new ones 0600.

use std::path::Path;

use chrono::Utc;

use super::{DueArgs, ExportArgs};
use crate::contacts_io::{
    VCardVersion, calendar_entries, contacts_csv, contacts_vcard, follow_ups_ics,
};
use crate::export_file::{UnsafeTarget, check_pdf_target};
use crate::i18n::{Language, Msg};
use crate::model::Contact;
use crate::storage::{Backup, StorageError, write_atomically};

/// `export --vcard` or `--csv`; returns the summary line.
pub fn export_contacts(args: &ExportArgs, language: Language) -> Result<String, String> {
    guard_output(&args.output, &args.file, language)?;
    let workspace = args.secret.open(&args.file, language)?.workspace;
    let contacts: Vec<Contact> = match args.tag.as_deref() {
        None => workspace.contacts,
        Some(tag) => {
            let tagged: Vec<Contact> = (workspace.contacts.into_iter())
                .filter(|contact| contact.has_tag(tag))
                .collect();
            if tagged.is_empty() {
                return Err(Msg::ContactsNoneTagged.fill(language, &[("tag", tag)]));
            }
            tagged
        }
    };
    let bytes = if args.csv {
        contacts_csv(&contacts, language).map_err(|error| error.to_string())?
    } else {
        let version = if args.vcard_version == 3 {
            VCardVersion::V3
        } else {
            VCardVersion::V4
        };
        contacts_vcard(&contacts, version).into_bytes()
    };
    write(&args.output, &bytes, language)?;
    let file = args.output.display().to_string();
    Ok(Msg::ContactsWritten.fill_count(language, contacts.len(), &[("file", &file)]))
}

/// `due --ics -o OUT.ics`; returns the summary line.
pub fn export_calendar(
    args: &DueArgs,
    output: &Path,
    language: Language,
) -> Result<String, String> {
    guard_output(output, &args.file, language)?;
    let workspace = args.secret.open(&args.file, language)?.workspace;
    let entries = calendar_entries(&workspace, super::today_or_local(args.today), language);
    write(
        output,
        follow_ups_ics(&entries, Utc::now()).as_bytes(),
        language,
    )?;
    let file = output.display().to_string();
    Ok(Msg::IcsWritten.fill_count(language, entries.len(), &[("file", &file)]))
}

/// Never over the workspace or its `.bak`; any other file is replaced, as a save
/// dialog does.
pub(super) fn guard_output(
    output: &Path,
    workspace: &Path,
    language: Language,
) -> Result<(), String> {
    let file = output.display().to_string();
    match check_pdf_target(output, Some(workspace)) {
        Err(unsafe_target @ (UnsafeTarget::Workspace | UnsafeTarget::Backup)) => {
            Err(unsafe_target.message(language, &file))
        }
        _ => Ok(()),
    }
}

pub(super) fn write(output: &Path, bytes: &[u8], language: Language) -> Result<(), String> {
    write_atomically(output, bytes, Backup::Skip).map_err(|error| {
        format!(
            "{} {}",
            Msg::ExportFailed.fill(language, &[("file", &output.display().to_string())]),
            StorageError::from(error).message(language)
        )
    })
}

pub(super) fn open_failed(file: &Path, error: &StorageError, language: Language) -> String {
    format!(
        "{} {}",
        Msg::OpenFailed.fill(language, &[("file", &file.display().to_string())]),
        error.message(language)
    )
}
