//! Which characters no font has, and where they are: after an export that replaced
//! some, the canvases, contacts or sections that hold them, each with its characters,
//! so that the message can say what to look at instead of only how many.

use super::Printed;
use super::metrics::FontMetrics;
use nc_i18n::{Language, Msg};

/// How many places the message names; the rest are counted.
const PLACES_NAMED: usize = 5;

/// The characters no font has in one canvas, contact or section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingCharacters {
    /// The canvas's title, the contact's name or the section's heading.
    pub place: String,
    /// Each character once, in the order first met.
    pub characters: Vec<char>,
}

/// The places in `printed` that hold characters no font has, in print order.
pub fn missing_characters(metrics: &FontMetrics, printed: &Printed) -> Vec<MissingCharacters> {
    // Every text of a record, as its JSON: titles, fields, cards, notes, logs.
    let of_json = |place: &str, value: Result<String, serde_json::Error>| {
        value.ok().and_then(|text| in_text(metrics, place, &text))
    };
    match printed {
        Printed::Canvases { collaborations, .. } => collaborations
            .iter()
            .filter_map(|c| of_json(&c.title, serde_json::to_string(c)))
            .collect(),
        Printed::Brief { collaboration, .. } => {
            of_json(&collaboration.title, serde_json::to_string(collaboration))
                .into_iter()
                .collect()
        }
        Printed::Contacts { contacts, .. } | Printed::Map { contacts, .. } => contacts
            .iter()
            .filter_map(|c| of_json(&c.name, serde_json::to_string(c)))
            .collect(),
        Printed::Report { sections, .. } => sections
            .iter()
            .filter_map(|section| in_text(metrics, &section.heading, &section.text))
            .collect(),
        Printed::Blank { .. } => Vec::new(),
    }
}

fn in_text(metrics: &FontMetrics, place: &str, text: &str) -> Option<MissingCharacters> {
    let mut characters: Vec<char> = Vec::new();
    for c in metrics.unprintable(text) {
        if !characters.contains(&c) {
            characters.push(c);
        }
    }
    (!characters.is_empty()).then(|| MissingCharacters {
        place: place.to_owned(),
        characters,
    })
}

/// "Betroffen: U+13000 in „Dorfladen Rhade“; U+0378, U+0379 in „Jana Berg“." for the
/// export's message; empty when nothing is missing.
pub fn missing_summary(language: Language, missing: &[MissingCharacters]) -> String {
    if missing.is_empty() {
        return String::new();
    }
    let mut places: Vec<String> = missing
        .iter()
        .take(PLACES_NAMED)
        .map(|entry| {
            let characters: Vec<String> = entry
                .characters
                .iter()
                .map(|c| format!("U+{:04X}", u32::from(*c)))
                .collect();
            Msg::ExportMissingIn.fill(
                language,
                &[
                    ("characters", &characters.join(", ")),
                    ("place", &entry.place),
                ],
            )
        })
        .collect();
    if missing.len() > PLACES_NAMED {
        let more = (missing.len() - PLACES_NAMED).to_string();
        places.push(Msg::ExportMissingMore.fill(language, &[("count", &more)]));
    }
    Msg::ExportMissingWhere.fill(language, &[("list", &places.join("; "))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_code_points_and_places_and_counts_the_rest() {
        let entry = |place: &str, characters: &[char]| MissingCharacters {
            place: place.to_owned(),
            characters: characters.to_vec(),
        };
        let one = [entry("Dorfladen Rhade", &['\u{13000}', '\u{378}'])];
        assert_eq!(
            missing_summary(Language::German, &one),
            "Betroffen: U+13000, U+0378 in „Dorfladen Rhade“."
        );
        let many: Vec<MissingCharacters> = (0..7)
            .map(|i| entry(&format!("K{i}"), &['\u{378}']))
            .collect();
        let summary = missing_summary(Language::English, &many);
        assert!(summary.starts_with("Where: U+0378 in “K0”; "), "{summary}");
        assert!(summary.ends_with("; and 2 more."), "{summary}");
        assert_eq!(missing_summary(Language::German, &[]), "");
    }
}
