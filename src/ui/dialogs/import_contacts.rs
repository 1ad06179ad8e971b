//! Before contacts come in: what the file holds, a preview of the first entries, for
//! CSV which column is read as what (recognised from the usual German and English
//! column names, changeable), what happens to people already in the Netzwerkbuch, and
//! whether broken entries are skipped or the file refused.

use std::path::PathBuf;

use egui::{ComboBox, Grid, RichText, ScrollArea, Ui};

use crate::contacts_io::{Column, ColumnMapping, Duplicates, Source};
use crate::i18n::{Language, Msg};

/// Entries shown in the preview.
const PREVIEW_ROWS: usize = 5;
const WIDTH: f32 = 640.0;

/// What the user chooses before an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportDraft {
    pub path: PathBuf,
    pub source: Source,
    /// One entry per CSV column; empty for vCards.
    pub mapping: ColumnMapping,
    pub duplicates: Duplicates,
    pub skip_bad: bool,
}

impl ImportDraft {
    pub fn new(path: PathBuf, source: Source) -> Self {
        Self {
            mapping: source.detected_mapping(),
            path,
            source,
            duplicates: Duplicates::Merge,
            skip_bad: false,
        }
    }
}

/// What a column can be read as, in the order the menu lists them.
const COLUMNS: [Column; 16] = [
    Column::Ignore,
    Column::FullName,
    Column::Prefix,
    Column::GivenName,
    Column::MiddleName,
    Column::FamilyName,
    Column::Suffix,
    Column::Organisation,
    Column::Unit,
    Column::Role,
    Column::Email { work: false },
    Column::Email { work: true },
    Column::Phone { work: false },
    Column::Phone { work: true },
    Column::Tags,
    Column::Notes,
];

fn column_name(column: Column) -> Msg {
    match column {
        Column::Ignore => Msg::ColumnIgnore,
        Column::FullName => Msg::ColumnFullName,
        Column::Prefix => Msg::ColumnPrefix,
        Column::GivenName => Msg::ColumnGivenName,
        Column::MiddleName => Msg::ColumnMiddleName,
        Column::FamilyName => Msg::ColumnFamilyName,
        Column::Suffix => Msg::ColumnSuffix,
        Column::Organisation => Msg::Organisation,
        Column::Unit => Msg::ColumnUnit,
        Column::Role => Msg::CsvRole,
        Column::Email { work: false } => Msg::ColumnEmail,
        Column::Email { work: true } => Msg::ColumnEmailWork,
        Column::Phone { work: false } => Msg::ColumnPhone,
        Column::Phone { work: true } => Msg::ColumnPhoneWork,
        Column::Tags => Msg::Tags,
        Column::Notes => Msg::Notes,
    }
}

/// `Some(true)` to import, `Some(false)` to cancel, `None` while undecided.
pub fn import_contacts_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut ImportDraft,
) -> Option<bool> {
    let heading = Msg::ImportDialogTitle.text(language);
    let (answer, dismissed) = super::show_dialog(ctx, "import_contacts_dialog", heading, |ui| {
        ui.set_width(WIDTH);
        let file = (draft.path.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (count, kind) = match &draft.source {
            Source::VCard(parsed) => (parsed.contacts.len(), "vCard".to_owned()),
            Source::Csv(table) => (table.rows.len(), separator_name(table.separator)),
        };
        let count_text = count.to_string();
        let summary = [
            ("file", file.as_str()),
            ("count", &count_text),
            ("kind", &kind),
        ];
        ui.label(Msg::ImportDialogSummary.fill_count(language, count, &summary));
        if let Source::Csv(table) = &draft.source {
            mapping_ui(ui, language, table, &mut draft.mapping);
        }
        let can_import = preview_ui(ui, language, draft);
        ui.add_space(6.0);
        ui.label(Msg::ImportDuplicatesLabel.text(language));
        ui.radio_value(
            &mut draft.duplicates,
            Duplicates::Merge,
            Msg::ImportDuplicatesMerge.text(language),
        );
        ui.radio_value(
            &mut draft.duplicates,
            Duplicates::Skip,
            Msg::ImportDuplicatesSkip.text(language),
        );
        let import = egui::Button::new(Msg::ImportConfirm.text(language));
        super::confirm_row(ui, language, import, can_import)
    });
    if dismissed { Some(false) } else { answer }
}

/// At most 32 characters, so that a long value does not widen the dialog.
fn shortened(text: &str) -> String {
    const MAX: usize = 32;
    if text.chars().count() <= MAX {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(MAX - 1).collect();
    short.push('…');
    short
}

/// "Semikolon" for `;`, as the user knows the separators.
fn separator_name(separator: u8) -> String {
    match separator {
        b'\t' => "CSV, Tab".to_owned(),
        other => format!("CSV, „{}“", char::from(other)),
    }
}

/// One row per CSV column: its name, its first value, and what it is read as.
fn mapping_ui(
    ui: &mut Ui,
    language: Language,
    table: &crate::contacts_io::CsvTable,
    mapping: &mut ColumnMapping,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(Msg::ImportColumnsLabel.text(language)).strong());
    ScrollArea::vertical()
        .id_salt("import_columns")
        .max_height(180.0)
        .show(ui, |ui| {
            Grid::new("import_columns_grid")
                .num_columns(3)
                .min_col_width(170.0)
                .striped(true)
                .show(ui, |ui| {
                    for (index, header) in table.headers.iter().enumerate() {
                        ui.label(header.as_str());
                        let sample = (table.rows.first())
                            .and_then(|row| row.fields.get(index))
                            .map(String::as_str)
                            .unwrap_or_default();
                        ui.add(
                            egui::Label::new(RichText::new(sample).weak())
                                .truncate()
                                .halign(egui::Align::LEFT),
                        );
                        if let Some(column) = mapping.columns.get_mut(index) {
                            ComboBox::from_id_salt(("import_column", index))
                                .width(200.0)
                                .selected_text(column_name(*column).text(language))
                                .show_ui(ui, |ui| {
                                    for choice in COLUMNS {
                                        let name = column_name(choice).text(language);
                                        ui.selectable_value(column, choice, name);
                                    }
                                });
                        }
                        ui.end_row();
                    }
                });
        });
}

/// The first entries as they will come in, and what stops the import; returns whether
/// the import can start.
fn preview_ui(ui: &mut Ui, language: Language, draft: &mut ImportDraft) -> bool {
    ui.add_space(6.0);
    ui.label(RichText::new(Msg::ImportPreviewLabel.text(language)).strong());
    let parsed = match &draft.source {
        Source::Csv(table) => {
            let head = crate::contacts_io::CsvTable {
                separator: table.separator,
                headers: table.headers.clone(),
                rows: table.rows.iter().take(PREVIEW_ROWS).cloned().collect(),
            };
            crate::contacts_io::csv_contacts(&head, &draft.mapping)
        }
        Source::VCard(parsed) => Ok(crate::contacts_io::Parsed {
            contacts: parsed.contacts.iter().take(PREVIEW_ROWS).cloned().collect(),
            problems: parsed.problems.clone(),
        }),
    };
    let parsed = match parsed {
        Ok(parsed) => parsed,
        Err(error) => {
            let error_color = ui.visuals().error_fg_color;
            ui.label(RichText::new(error.message(language)).color(error_color));
            return false;
        }
    };
    Grid::new("import_preview")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for heading in [Msg::ContactName, Msg::Organisation, Msg::Email] {
                ui.label(RichText::new(heading.text(language)).weak());
            }
            ui.end_row();
            for contact in &parsed.contacts {
                let name = contact.display_name().unwrap_or_default();
                let email = (contact.emails.first())
                    .map(|email| email.value.clone())
                    .unwrap_or_default();
                for text in [name, contact.full_organisation(), email] {
                    ui.label(shortened(&text));
                }
                ui.end_row();
            }
        });
    let Some(first) = parsed.problems.first() else {
        return true;
    };
    ui.add_space(4.0);
    let place = first.place.text(language);
    let detail = first.kind.text(language);
    let values = [("place", place.as_str()), ("detail", detail.as_str())];
    let text = Msg::ImportDialogBroken.fill_count(language, parsed.problems.len(), &values);
    ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
    ui.checkbox(&mut draft.skip_bad, Msg::ImportSkipBadLabel.text(language));
    draft.skip_bad
}
