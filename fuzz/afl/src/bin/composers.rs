//! AFL++ target for the PDF composers: on any input that loads as a workspace, every
//! kind of PDF the app makes – the canvases, the blank sheet of the first template and
//! of each template the file brings, the meeting brief, the contact list and the network
//! map – is composed on A4 and A3, and the follow-up list (`due`) is computed. None may
//! panic; an export may only refuse with an error.
//!
//! It exists beside the composers fuzzer in `tests/fuzz_targets.rs` because AFL++ keeps
//! the inputs that reach new layout code (long words, odd templates, many contacts) and
//! mutates those further, where blind mutation keeps starting from the same seeds.

use chrono::{NaiveDate, TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, Orientation, PageSetup, Paper, Printed, export,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::due_contacts;
use netzwerk_canvas::storage;

/// Inputs larger than this are skipped, so that one input composes in milliseconds;
/// large workspaces are the business of `tests/huge_inputs.rs` and the benchmarks.
const MAX_INPUT: usize = 16 * 1024;

/// At most this many of the file's own templates are printed blank per input.
const MAX_BLANK_TEMPLATES: usize = 4;

fn main() {
    let Some(today) = NaiveDate::from_ymd_opt(2026, 11, 29) else {
        return;
    };
    let Some(exported_at) = Utc.with_ymd_and_hms(2026, 11, 29, 12, 0, 0).single() else {
        return;
    };
    afl::fuzz!(|input: &[u8]| {
        if input.len() > MAX_INPUT {
            return;
        }
        let Ok(workspace) = storage::parse_workspace(input) else {
            return;
        };
        // Orientation and language follow the input's length, so that the fuzzer
        // reaches all four combinations without doubling the work of every input.
        let flavour = input.len();
        let orientation = if flavour & 1 == 0 {
            Orientation::Landscape
        } else {
            Orientation::Portrait
        };
        let language = if flavour & 2 == 0 {
            Language::German
        } else {
            Language::English
        };
        let first = workspace
            .collaborations
            .first()
            .map_or("kooperations-canvas", |c| c.template.as_str());
        let templates = workspace.templates_for_export(first);
        let mut printed = vec![
            Printed::Canvases {
                collaborations: workspace.collaborations.clone(),
                templates: templates.clone(),
            },
            Printed::Blank {
                template: templates[0].clone(),
            },
            Printed::Contacts {
                contacts: workspace.contacts.clone(),
                today,
            },
            Printed::Map {
                contacts: workspace.contacts.clone(),
                today,
            },
        ];
        for template in workspace.templates.iter().take(MAX_BLANK_TEMPLATES) {
            printed.push(Printed::Blank {
                template: template.clone(),
            });
        }
        if let Some(collaboration) = workspace.collaborations.first() {
            printed.push(Printed::Brief {
                collaboration: Box::new(collaboration.clone()),
                template: templates[0].clone(),
            });
        }
        for printed in printed {
            for paper in [Paper::A4, Paper::A3] {
                let options = ExportOptions {
                    page: PageSetup { paper, orientation },
                    language,
                    exported_at,
                    document_title: "Fuzz".to_owned(),
                };
                let request = ExportRequest {
                    printed: printed.clone(),
                    options,
                };
                let _ = export(&request, &|_, _| {});
            }
        }
        let _ = due_contacts(&workspace.contacts, today);
    });
}
