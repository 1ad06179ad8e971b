//! `netzwerk-canvas due`: the follow-ups that are due, for scripts, reminders and cron.
//!
//! One line per contact, tab-separated, with words that do not change with the language,
//! so that scripts can rely on them.

use chrono::NaiveDate;

use super::DueArgs;
use crate::model::{Contact, DueEntry, DueStatus, due_contacts};

/// Prints the due follow-ups and returns the process exit code.
pub fn run_due(args: &DueArgs) -> i32 {
    let language = args.language.language();
    let today = super::today_or_local(args.today);
    if let (true, Some(output)) = (args.ics, args.output.as_deref()) {
        return match super::contacts_out::export_calendar(args, output, language) {
            Ok(summary) => super::stdout::print_lines("due", [summary], language),
            Err(message) => {
                eprintln!("netzwerk-canvas due: {message}");
                1
            }
        };
    }
    match args.secret.open(&args.file, language) {
        Ok(opened) => {
            let lines = due_lines(&opened.workspace.contacts, today);
            super::stdout::print_lines("due", lines, language)
        }
        Err(message) => {
            eprintln!("netzwerk-canvas due: {message}");
            1
        }
    }
}

/// `DATE<TAB>STATUS<TAB>NAME<TAB>ORGANISATION<TAB>EMAIL`, most urgent first.
pub fn due_lines(contacts: &[Contact], today: NaiveDate) -> Vec<String> {
    due_contacts(contacts, today)
        .into_iter()
        .map(|entry| due_line(&contacts[entry.index], entry))
        .collect()
}

fn due_line(contact: &Contact, entry: DueEntry) -> String {
    let status = match entry.status {
        DueStatus::Overdue => "overdue",
        DueStatus::DueSoon => "due",
        DueStatus::Upcoming => "upcoming",
    };
    [
        entry.date.format("%Y-%m-%d").to_string(),
        status.to_owned(),
        field(&contact.name),
        field(&contact.organisation),
        field(&contact.email),
    ]
    .join("\t")
}

/// A tab or line break inside a value would split the line for scripts.
fn field(text: &str) -> String {
    text.split(['\t', '\n', '\r'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_and_line_breaks_in_values_become_spaces() {
        assert_eq!(field("Verein\tfür\nKultur "), "Verein für Kultur");
    }

    #[test]
    fn lines_are_tab_separated_with_stable_status_words() {
        let today: NaiveDate = "2026-11-22".parse().expect("valid date");
        let contact = |name: &str, date: &str| Contact {
            name: name.to_owned(),
            organisation: "Org".to_owned(),
            email: "a@b.de".to_owned(),
            next_follow_up: Some(date.parse().expect("valid date")),
            ..Contact::default()
        };
        let contacts = [
            contact("Später", "2026-12-01"),
            contact("Heute", "2026-11-22"),
            contact("Alt", "2026-11-01"),
        ];
        assert_eq!(
            due_lines(&contacts, today),
            [
                "2026-11-01\toverdue\tAlt\tOrg\ta@b.de",
                "2026-11-22\tdue\tHeute\tOrg\ta@b.de",
                "2026-12-01\tupcoming\tSpäter\tOrg\ta@b.de",
            ]
        );
    }
}
