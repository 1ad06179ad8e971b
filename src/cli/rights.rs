//! `netzwerk-canvas auskunft` and `vergessen`: answering a person's request for
//! information and forgetting them (GDPR art. 15 and 17) from a script. A name that
//! fits no contact or several changes nothing; the workspace is saved atomically.

use std::path::Path;

use chrono::Utc;

use super::contacts_out::{guard_output, write};
use super::{AuskunftArgs, VergessenArgs};
use crate::export::rights::{auskunft_json, auskunft_pdf, forget_lines, where_lines};
use crate::i18n::{Language, Msg};
use crate::model::{Contact, ContactId, Mentions, Workspace};
use crate::storage::{backup_path, lock, resolve_link};

/// Writes the Auskunft file and returns the process exit code.
pub fn run_auskunft(args: &AuskunftArgs) -> i32 {
    let language = args.language.language();
    finish("auskunft", auskunft(args, language), language)
}

/// Prints where the person is named, forgets them unless `--dry-run`, and returns the
/// process exit code.
pub fn run_vergessen(args: &VergessenArgs) -> i32 {
    let language = args.language.language();
    finish("vergessen", vergessen(args, language), language)
}

/// Prints the lines of a command that succeeded, or its message on stderr; the exit code.
pub(super) fn finish(
    command: &str,
    result: Result<Vec<String>, String>,
    language: Language,
) -> i32 {
    match result {
        Ok(lines) => super::stdout::print_lines(command, lines, language),
        Err(message) => {
            eprintln!("netzwerk-canvas {command}: {message}");
            1
        }
    }
}

fn auskunft(args: &AuskunftArgs, language: Language) -> Result<Vec<String>, String> {
    guard_output(&args.output, &args.file, language)?;
    let workspace = args.secret.open(&args.file, language)?.workspace;
    let id = find_contact(&workspace, &args.file, &args.contact, language)?;
    let mentions = workspace
        .where_named(&id)
        .ok_or_else(|| unknown(&args.file, &args.contact, language))?;
    let file = args.file.display().to_string();
    let bytes = auskunft_bytes(&workspace, &mentions, &file, &args.output, language)?;
    write(&args.output, &bytes, language)?;
    let count = 1 + mentions.links.len() + mentions.places.len();
    let output = args.output.display().to_string();
    let name = mentions.contact.name.as_str();
    Ok(vec![Msg::AuskunftWritten.fill_count(
        language,
        count,
        &[("file", &output), ("name", name)],
    )])
}

/// The Auskunft as a PDF when `output` ends in `.pdf`, else as JSON.
fn auskunft_bytes(
    workspace: &Workspace,
    mentions: &Mentions,
    file: &str,
    output: &Path,
    language: Language,
) -> Result<Vec<u8>, String> {
    let now = Utc::now();
    let is_pdf =
        (output.extension()).is_some_and(|extension| extension.eq_ignore_ascii_case("pdf"));
    if !is_pdf {
        return auskunft_json(workspace, mentions, file, now, language)
            .map_err(|error| error.to_string());
    }
    auskunft_pdf(workspace, mentions, file, now, language)
        .map(|pdf| pdf.bytes)
        .map_err(|error| error.to_string())
}

fn vergessen(args: &VergessenArgs, language: Language) -> Result<Vec<String>, String> {
    let opened = args.secret.open(&args.file, language)?;
    let mut workspace = opened.workspace.clone();
    let id = find_contact(&workspace, &args.file, &args.contact, language)?;
    let mentions = workspace
        .where_named(&id)
        .ok_or_else(|| unknown(&args.file, &args.contact, language))?;
    let mut lines = where_lines(&workspace, &mentions, language);
    let file = args.file.display().to_string();
    if args.dry_run {
        lines.push(Msg::ForgetDryRun.fill(language, &[("file", &file)]));
        return Ok(lines);
    }
    // Held while saving, so that a window opening the file meanwhile is told; a window
    // that has it open already is named in the output.
    let (_lock, holder) = lock::take(&args.file);
    let placeholder = Msg::ForgetPlaceholder.text(language);
    let summary = workspace
        .forget(&id, placeholder)
        .ok_or_else(|| unknown(&args.file, &args.contact, language))?;
    opened.save_as(&args.file, &workspace).map_err(|error| {
        format!(
            "{} {}",
            Msg::SaveFailed.fill(language, &[("file", &file)]),
            error.message(language)
        )
    })?;
    lines.extend(forget_lines(&mentions.contact.name, &summary, language));
    let backup = backup_path(&resolve_link(&args.file)).display().to_string();
    lines.push(Msg::ForgetSaved.fill(language, &[("file", &file), ("backup", &backup)]));
    lines.push(match holder {
        Some(holder) => {
            Msg::ForgetLockHeld.fill(language, &[("file", &file), ("holder", &holder.name)])
        }
        None => Msg::ForgetWindowOpen.text(language).to_owned(),
    });
    Ok(lines)
}

/// The contact meant by `wanted`: its id, or its name ignoring case and spacing when
/// only one contact has it. Otherwise a message listing the candidates.
fn find_contact(
    workspace: &Workspace,
    file: &Path,
    wanted: &str,
    language: Language,
) -> Result<ContactId, String> {
    if let Some(contact) = workspace.contacts.iter().find(|c| c.id.0 == wanted) {
        return Ok(contact.id.clone());
    }
    let key = name_key(wanted);
    let same: Vec<&Contact> = (workspace.contacts.iter())
        .filter(|c| !key.is_empty() && name_key(&c.name) == key)
        .collect();
    match same.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => {
            let mut message = unknown(file, wanted, language);
            let similar = similar(&workspace.contacts, &key);
            if !similar.is_empty() {
                message.push('\n');
                message.push_str(Msg::RightsSimilar.text(language));
                for contact in similar {
                    message.push('\n');
                    message.push_str(&candidate(contact, language));
                }
            }
            Err(message)
        }
        many => {
            let name = [("name", wanted)];
            let mut message = Msg::RightsAmbiguous.fill_count(language, many.len(), &name);
            for contact in many {
                message.push('\n');
                message.push_str(&candidate(contact, language));
            }
            Err(message)
        }
    }
}

fn unknown(file: &Path, wanted: &str, language: Language) -> String {
    let file = file.display().to_string();
    Msg::RightsUnknownContact.fill(language, &[("file", &file), ("name", wanted)])
}

/// Lower case, words separated by single spaces.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Contacts sharing a word of three letters or more with the wanted name, at most ten.
fn similar<'a>(contacts: &'a [Contact], key: &str) -> Vec<&'a Contact> {
    let words: Vec<&str> = key.split(' ').filter(|w| w.chars().count() >= 3).collect();
    (contacts.iter())
        .filter(|c| {
            let name = name_key(&c.name);
            words.iter().any(|word| name.contains(word))
        })
        .take(10)
        .collect()
}

fn candidate(contact: &Contact, language: Language) -> String {
    let details: Vec<&str> = [contact.organisation.as_str(), contact.email.as_str()]
        .into_iter()
        .filter(|text| !text.trim().is_empty())
        .collect();
    let details = if details.is_empty() {
        String::new()
    } else {
        format!(" ({})", details.join(", "))
    };
    Msg::RightsCandidate.fill(
        language,
        &[
            ("name", &contact.name),
            ("details", &details),
            ("id", &contact.id.0),
        ],
    )
}
