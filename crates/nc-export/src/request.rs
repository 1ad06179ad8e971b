//! One export request: what to print (with its data) and how. The window, the command
//! line and the tests all describe an export this way, so the kind of content is decided
//! once, and the page rules and the document title live in one place.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::compose::Section;
use super::{Orientation, PageSetup, Paper};
use nc_i18n::{Language, Msg};
use nc_model::{Collaboration, Contact, Template};

/// What the user can choose to print; preferences remember it for the next export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportContent {
    /// The selected collaboration.
    #[default]
    Current,
    /// Every collaboration, in the order of the list.
    All,
    /// The empty template, for pens.
    Blank,
    /// The one-page meeting brief of the selected collaboration (A4 portrait).
    Brief,
    /// The Netzwerkbuch's contacts as a list sorted by name.
    Contacts,
    /// The network map of the contacts on one landscape page.
    Map,
}

impl ExportContent {
    /// The paper this content always prints on, whatever was chosen.
    pub fn fixed_paper(self) -> Option<Paper> {
        (self == Self::Brief).then_some(Paper::A4)
    }

    /// The orientation this content always prints in, whatever was chosen.
    pub fn fixed_orientation(self) -> Option<Orientation> {
        match self {
            Self::Brief => Some(Orientation::Portrait),
            Self::Map => Some(Orientation::Landscape),
            _ => None,
        }
    }

    /// The page this content is printed on: `chosen`, where the content allows a choice.
    pub fn page(self, chosen: PageSetup) -> PageSetup {
        PageSetup {
            paper: self.fixed_paper().unwrap_or(chosen.paper),
            orientation: self.fixed_orientation().unwrap_or(chosen.orientation),
        }
    }
}

/// What to print, with everything it needs: a snapshot, so later edits do not affect it.
#[derive(Clone, Debug)]
pub enum Printed {
    /// Canvases in this order, each drawn with the template of its id from `templates`;
    /// the first template is the one for unknown ids. Card templates print four to a
    /// sheet.
    Canvases {
        collaborations: Vec<Collaboration>,
        templates: Vec<Template>,
    },
    /// The empty template (four blank cards for a card template).
    Blank { template: Template },
    /// The one-page meeting brief of a collaboration.
    Brief {
        collaboration: Box<Collaboration>,
        template: Template,
    },
    /// The Netzwerkbuch's contacts as a table sorted by name, follow-ups coloured by how
    /// urgent they are on `today`.
    Contacts {
        contacts: Vec<Contact>,
        today: NaiveDate,
    },
    /// The network map of the contacts on one page, counted from `today`.
    Map {
        contacts: Vec<Contact>,
        today: NaiveDate,
    },
    /// A document to read, of headed sections on A4 portrait (the *Auskunft*).
    Report {
        title: String,
        sections: Vec<Section>,
    },
}

impl Printed {
    /// The page this is printed on: `chosen`, where the content allows a choice (one
    /// canvas or all of them print alike; a report is read on A4 portrait).
    pub fn page(&self, chosen: PageSetup) -> PageSetup {
        let kind = match self {
            Self::Canvases { .. } => ExportContent::All,
            Self::Blank { .. } => ExportContent::Blank,
            Self::Brief { .. } | Self::Report { .. } => ExportContent::Brief,
            Self::Contacts { .. } => ExportContent::Contacts,
            Self::Map { .. } => ExportContent::Map,
        };
        kind.page(chosen)
    }

    /// How many steps the progress counts: one per canvas, else one.
    pub fn steps(&self) -> usize {
        match self {
            Self::Canvases { collaborations, .. } => collaborations.len().max(1),
            _ => 1,
        }
    }
}

/// How to print: the page as chosen (the content's rules still apply), the language,
/// the date and the PDF's title.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    pub page: PageSetup,
    pub language: Language,
    /// Printed in the footer and stored as the PDF's creation date.
    pub exported_at: DateTime<Utc>,
    /// The PDF's title metadata; [`document_title`] makes the usual one.
    pub document_title: String,
}

/// One export: what to print and how.
#[derive(Clone, Debug)]
pub struct ExportRequest {
    pub printed: Printed,
    pub options: ExportOptions,
}

impl ExportRequest {
    /// A request titled by [`document_title`]; `workspace_name` names the file that
    /// "all canvases" come from.
    pub fn new(
        printed: Printed,
        page: PageSetup,
        language: Language,
        exported_at: DateTime<Utc>,
        workspace_name: &str,
    ) -> Self {
        let document_title = document_title(&printed, workspace_name, language);
        Self {
            printed,
            options: ExportOptions {
                page,
                language,
                exported_at,
                document_title,
            },
        }
    }
}

/// The PDF's title: the template for a blank sheet, the canvas's title for one canvas,
/// "Kooperations- und Netzwerk-Canvas – NAME" for several.
pub fn document_title(printed: &Printed, workspace_name: &str, language: Language) -> String {
    match printed {
        Printed::Blank { template } => template.name(language).to_owned(),
        Printed::Contacts { .. } => Msg::PdfContactsTitle.text(language).to_owned(),
        Printed::Map { .. } => Msg::PdfMapTitle.text(language).to_owned(),
        Printed::Report { title, .. } => title.clone(),
        Printed::Brief { collaboration, .. } => {
            format!(
                "{} – {}",
                Msg::BriefTitle.text(language),
                collaboration.title
            )
        }
        Printed::Canvases { collaborations, .. } => match collaborations.as_slice() {
            [single] => single.title.clone(),
            _ => Msg::PdfAllTitle.fill(language, &[("name", workspace_name)]),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_brief_is_a4_portrait_and_the_map_landscape_whatever_was_chosen() {
        let chosen = PageSetup {
            paper: Paper::A3,
            orientation: Orientation::Portrait,
        };
        let brief = ExportContent::Brief.page(chosen);
        assert_eq!(
            (brief.paper, brief.orientation),
            (Paper::A4, Orientation::Portrait)
        );
        let map = ExportContent::Map.page(chosen);
        assert_eq!(
            (map.paper, map.orientation),
            (Paper::A3, Orientation::Landscape)
        );
        assert_eq!(ExportContent::All.page(chosen), chosen);
    }
}
