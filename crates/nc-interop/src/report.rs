//! What an import did, for the command line's output and the window's summary: how
//! many contacts were added, merged and skipped, and each skip with its reason and place.

use super::ProblemKind;
use super::incoming::Place;
use nc_i18n::{Language, Msg};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub merged: usize,
    pub skipped: Vec<Skipped>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub place: Option<Place>,
    pub reason: SkipReason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// Neither name, organisation nor e-mail address.
    NoName,
    /// Already in the Netzwerkbuch (under this name) and duplicates are skipped.
    Duplicate(String),
    /// Already in the Netzwerkbuch with everything the file says.
    Unchanged(String),
    /// Unreadable, skipped because of `--skip-bad`.
    Broken(ProblemKind),
}

impl ImportReport {
    /// The summary line, then one line per skipped entry.
    pub fn lines(&self, language: Language) -> Vec<String> {
        let summary = [
            Msg::ImportAdded.fill_count(language, self.added, &[]),
            Msg::ImportMerged.fill_count(language, self.merged, &[]),
            Msg::ImportSkipped.fill_count(language, self.skipped.len(), &[]),
        ]
        .join(", ");
        let mut lines = vec![format!("{summary}.")];
        lines.extend(self.skipped.iter().map(|skipped| skipped.text(language)));
        lines
    }
}

impl Skipped {
    pub fn text(&self, language: Language) -> String {
        let place = self
            .place
            .map_or_else(String::new, |place| place.text(language));
        let values = |name: &str| [("place", place.clone()), ("name", name.to_owned())];
        let fill = |msg: Msg, name: &str| {
            let values = values(name);
            let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            msg.fill(language, &pairs)
        };
        match &self.reason {
            SkipReason::NoName => fill(Msg::ImportSkipNoName, ""),
            SkipReason::Duplicate(name) => fill(Msg::ImportSkipDuplicate, name),
            SkipReason::Unchanged(name) => fill(Msg::ImportSkipUnchanged, name),
            SkipReason::Broken(kind) => Msg::ImportSkipBroken.fill(
                language,
                &[("place", &place), ("detail", &kind.text(language))],
            ),
        }
    }
}
