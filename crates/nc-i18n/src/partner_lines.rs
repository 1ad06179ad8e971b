//! What a copy for the partner leaves out, and why a partner's copy cannot be read
//! back, in the user's language: the same for the command line and the window.

use std::path::Path;

use super::{Language, Msg};
use nc_model::partner_share::{PartnerError, Withheld};

/// "Nicht enthalten:" and one line per kind of thing left out (none when nothing is).
pub fn withheld_lines(withheld: &Withheld, language: Language) -> Vec<String> {
    let counted = [
        (Msg::ShareContacts, withheld.contacts),
        (Msg::ShareOthers, withheld.other_collaborations),
        (Msg::ShareLinks, withheld.linked_contacts),
        (Msg::ShareMeetings, withheld.meetings),
        (Msg::ShareSnapshots, withheld.snapshots),
        (Msg::SharePreparations, withheld.preparations),
        (Msg::ShareAuthors, withheld.card_authors),
        (Msg::ShareMyViews, withheld.my_views),
    ];
    let mut lines = vec![Msg::ShareLeftOut.text(language).to_owned()];
    lines.extend(
        counted
            .iter()
            .filter(|(_, count)| *count > 0)
            .map(|(msg, count)| msg.fill_count(language, *count, &[])),
    );
    lines.push(Msg::ShareImportance.text(language).to_owned());
    lines
}

/// Why the partner's copy `from` cannot be merged into the workspace `file`.
pub fn partner_error_message(
    error: &PartnerError,
    (file, from): (&Path, &Path),
    language: Language,
) -> String {
    let file = file.display().to_string();
    let from = from.display().to_string();
    match error {
        PartnerError::NotShared => Msg::PartnerNotShared.fill(language, &[("file", &from)]),
        PartnerError::NotFromHere(title) => {
            Msg::PartnerNotFromHere.fill(language, &[("file", &file), ("title", title)])
        }
        PartnerError::Merge(_) => Msg::PartnerMergeFailed.fill(language, &[("file", &from)]),
    }
}
