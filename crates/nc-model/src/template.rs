//! The canvas layout as data: which fields exist, what they ask, and where they sit.
//!
//! The editor and the PDF both draw from a [`Template`], so a changed field or a
//! new template needs no new drawing code.

use serde::{Deserialize, Serialize};

use super::envelope::{Envelope, EnvelopeError};
use crate::language::Language;

/// What a box holds: free text, or the structured investment table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    #[default]
    Text,
    Investment,
}

/// One box of the canvas and its place on the grid (zero-based cells).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FieldSpec {
    pub id: String,
    pub kind: FieldKind,
    pub label_de: String,
    pub label_en: String,
    pub question_de: String,
    pub question_en: String,
    pub column: u8,
    pub row: u8,
    pub column_span: u8,
    pub row_span: u8,
}

impl Default for FieldSpec {
    fn default() -> Self {
        Self {
            id: String::new(),
            kind: FieldKind::Text,
            label_de: String::new(),
            label_en: String::new(),
            question_de: String::new(),
            question_en: String::new(),
            column: 0,
            row: 0,
            column_span: 1,
            row_span: 1,
        }
    }
}

impl FieldSpec {
    pub fn label(&self, language: Language) -> &str {
        match language {
            Language::German => &self.label_de,
            Language::English => &self.label_en,
        }
    }

    pub fn question(&self, language: Language) -> &str {
        match language {
            Language::German => &self.question_de,
            Language::English => &self.question_en,
        }
    }
}

/// A rectangle in any unit, with y growing downwards from the top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridRect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Template {
    pub id: String,
    pub name_de: String,
    pub name_en: String,
    pub columns: u8,
    pub rows: u8,
    /// 4 for small cards (Begegnung) that print four to a page.
    #[serde(skip_serializing_if = "is_one")]
    pub cards_per_page: u8,
    pub fields: Vec<FieldSpec>,
    /// Keys from a newer app, kept so that saving does not lose them.
    #[serde(flatten)]
    pub unknown_keys: serde_json::Map<String, serde_json::Value>,
}

super::keyed::deserialize_keeping_unknown_keys!(Template, "a template", {
    id, name_de, name_en, columns, rows, cards_per_page, fields as TemplateFields,
});

fn is_one(value: &u8) -> bool {
    *value == 1
}

impl Default for Template {
    fn default() -> Self {
        Self {
            id: String::new(),
            name_de: String::new(),
            name_en: String::new(),
            columns: 3,
            rows: 3,
            cards_per_page: 1,
            fields: Vec::new(),
            unknown_keys: serde_json::Map::new(),
        }
    }
}

/// The shape of a template file: the bundled ones in `assets/templates/` and the ones
/// users export and import.
#[derive(Serialize, Deserialize)]
pub struct TemplateFile {
    pub format: String,
    pub version: u64,
    pub template: Template,
}

impl TemplateFile {
    /// The template, if the envelope is that of a template file this app reads. The
    /// bundled templates and imported files both come through here, so a bundled file
    /// is held to the same rule as one a user shares.
    pub fn into_template(self) -> Result<Template, EnvelopeError> {
        let envelope = Envelope {
            format: Some(self.format.into()),
            version: Some(self.version.into()),
        };
        envelope.check(TEMPLATE_FORMAT, TEMPLATE_VERSION)?;
        Ok(self.template)
    }
}

/// The `format` value of template files.
pub const TEMPLATE_FORMAT: &str = "netzwerk-canvas-template";
/// The newest template file version this app reads, and the one it writes.
pub const TEMPLATE_VERSION: u64 = 1;

/// The id of the default template; collaborations without a `template` key use it.
pub const DEFAULT_TEMPLATE_ID: &str = "kooperations-canvas";

/// The largest grid the editor offers.
pub const MAX_GRID: u8 = 6;

/// The bundled templates' files, as `assets/templates/` holds them.
pub const BUNDLED_TEMPLATES: [&str; 4] = [
    include_str!("../../../assets/templates/kooperations-canvas.json"),
    include_str!("../../../assets/templates/begegnung.json"),
    include_str!("../../../assets/templates/kooperationsvereinbarung.json"),
    include_str!("../../../assets/templates/netzwerk-canvas.json"),
];

impl Template {
    /// The four bundled templates, parsed once from `assets/templates/`. One that fails
    /// is left out rather than stop the app; the test
    /// `storage::template_file::tests::every_bundled_template_parses_as_a_template_file`
    /// fails on it, so none is dropped unnoticed.
    pub fn bundled() -> &'static [Template] {
        static BUNDLED: std::sync::OnceLock<Vec<Template>> = std::sync::OnceLock::new();
        BUNDLED.get_or_init(|| {
            BUNDLED_TEMPLATES
                .iter()
                .filter_map(|json| serde_json::from_str::<TemplateFile>(json).ok())
                .filter_map(|file| file.into_template().ok())
                .collect()
        })
    }

    /// The default Kooperations- und Netzwerk-Canvas (docs/file-format.md), on a 3×3 grid.
    pub fn kooperations_canvas() -> Self {
        Self::bundled()
            .iter()
            .find(|t| t.id == DEFAULT_TEMPLATE_ID)
            .cloned()
            .unwrap_or_else(Self::notes_only)
    }

    /// A last resort should the bundled default ever fail to load: one big notes box.
    fn notes_only() -> Self {
        Self {
            id: DEFAULT_TEMPLATE_ID.to_owned(),
            name_de: "Notizen".to_owned(),
            name_en: "Notes".to_owned(),
            columns: 1,
            rows: 1,
            fields: vec![FieldSpec {
                id: "notes".to_owned(),
                label_de: "Notizen".to_owned(),
                label_en: "Notes".to_owned(),
                ..FieldSpec::default()
            }],
            ..Self::default()
        }
    }

    pub fn name(&self, language: Language) -> &str {
        let name = match language {
            Language::German => &self.name_de,
            Language::English => &self.name_en,
        };
        if name.trim().is_empty() {
            &self.id
        } else {
            name
        }
    }

    /// A readable name for text kept under a field id this template lacks: the label
    /// of that id in `others` or a bundled template, else the id itself.
    pub fn label_elsewhere(id: &str, others: &[&Template], language: Language) -> String {
        others
            .iter()
            .copied()
            .chain(Self::bundled())
            .find_map(|template| template.field(id))
            .map_or_else(|| id.to_owned(), |field| field.label(language).to_owned())
    }

    pub fn field(&self, id: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Brings a hand-edited or imported template into a shape every view can draw:
    /// a grid of 1–6 × 1–6 cells, every field inside it, unique non-empty ids.
    pub fn normalize(&mut self) {
        self.columns = self.columns.clamp(1, MAX_GRID);
        self.rows = self.rows.clamp(1, MAX_GRID);
        self.cards_per_page = if self.cards_per_page >= 4 { 4 } else { 1 };
        let mut seen = std::collections::HashSet::new();
        for (index, field) in self.fields.iter_mut().enumerate() {
            field.column = field.column.min(self.columns - 1);
            field.row = field.row.min(self.rows - 1);
            field.column_span = field.column_span.clamp(1, self.columns - field.column);
            field.row_span = field.row_span.clamp(1, self.rows - field.row);
            if field.id.trim().is_empty() || !seen.insert(field.id.clone()) {
                field.id = format!("field_{}", index + 1);
                while !seen.insert(field.id.clone()) {
                    field.id.push('_');
                }
            }
        }
    }

    /// Where `field` sits inside `area`: the grid's cells are equal, separated by `gap`.
    /// The editor (in points on screen) and the PDF (in points on paper) both place
    /// their boxes with this, so screen and paper share one layout.
    pub fn field_rect(&self, field: &FieldSpec, area: GridRect, gap: f32) -> GridRect {
        let columns = f32::from(self.columns.max(1));
        let rows = f32::from(self.rows.max(1));
        let column_width = (area.width - gap * (columns - 1.0)) / columns;
        let row_height = (area.height - gap * (rows - 1.0)) / rows;
        let column_span = f32::from(field.column_span.max(1));
        let row_span = f32::from(field.row_span.max(1));
        GridRect {
            x: area.x + f32::from(field.column) * (column_width + gap),
            y: area.y + f32::from(field.row) * (row_height + gap),
            width: column_width * column_span + gap * (column_span - 1.0),
            height: row_height * row_span + gap * (row_span - 1.0),
        }
    }

    /// The fields that hold free text, in reading order.
    pub fn text_fields(&self) -> impl Iterator<Item = &FieldSpec> {
        self.fields.iter().filter(|f| f.kind == FieldKind::Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_template_has_the_eight_fields_of_product_md() {
        let template = Template::kooperations_canvas();
        let ids: Vec<&str> = template.fields.iter().map(|f| f.id.as_str()).collect();
        for id in [
            "motivation",
            "expectations",
            "shared_goals",
            "collaboration",
            "added_value",
            "success",
            "investment",
            "next_steps",
        ] {
            assert!(ids.contains(&id), "missing field {id}");
        }
        assert_eq!(ids.len(), 8);
    }

    #[test]
    fn a_field_spanning_two_columns_is_two_columns_and_a_gap_wide() {
        let template = Template::kooperations_canvas();
        let area = GridRect {
            x: 0.0,
            y: 0.0,
            width: 320.0,
            height: 320.0,
        };
        let next_steps = template
            .fields
            .iter()
            .find(|f| f.id == "next_steps")
            .expect("default template has next steps");
        let rect = template.field_rect(next_steps, area, 10.0);
        assert_eq!((rect.x, rect.y), (110.0, 220.0));
        assert_eq!((rect.width, rect.height), (210.0, 100.0));
    }

    #[test]
    fn all_four_bundled_templates_load_in_both_languages() {
        let ids: Vec<&str> = Template::bundled().iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "kooperations-canvas",
                "begegnung",
                "kooperationsvereinbarung",
                "netzwerk-canvas"
            ]
        );
        for template in Template::bundled() {
            assert!(!template.name_de.is_empty() && !template.name_en.is_empty());
            for field in &template.fields {
                for text in [
                    &field.label_de,
                    &field.label_en,
                    &field.question_de,
                    &field.question_en,
                ] {
                    assert!(
                        !text.is_empty(),
                        "{}/{} lacks a text",
                        template.id,
                        field.id
                    );
                }
            }
            let mut normalized = template.clone();
            normalized.normalize();
            assert_eq!(
                &normalized, template,
                "{} is not in normal form",
                template.id
            );
            assert_no_overlap(template);
        }
        assert_eq!(Template::bundled()[1].cards_per_page, 4);
    }

    #[test]
    fn normalize_pulls_fields_into_the_grid_and_renames_duplicates() {
        let mut template = Template {
            columns: 9,
            rows: 0,
            fields: vec![
                FieldSpec {
                    id: "a".into(),
                    column: 8,
                    column_span: 4,
                    ..FieldSpec::default()
                },
                FieldSpec {
                    id: "a".into(),
                    ..FieldSpec::default()
                },
            ],
            ..Template::default()
        };
        template.normalize();
        assert_eq!((template.columns, template.rows), (6, 1));
        assert_eq!(
            (template.fields[0].column, template.fields[0].column_span),
            (5, 1)
        );
        assert_ne!(template.fields[0].id, template.fields[1].id);
    }

    #[test]
    fn a_template_file_of_another_format_or_a_newer_version_gives_no_template() {
        let file = |format: &str, version| TemplateFile {
            format: format.to_owned(),
            version,
            template: Template::default(),
        };
        assert!(
            file(TEMPLATE_FORMAT, TEMPLATE_VERSION)
                .into_template()
                .is_ok()
        );
        assert_eq!(
            file("netzwerk-canvas", 1).into_template(),
            Err(EnvelopeError::WrongFormat {
                found: "netzwerk-canvas".to_owned()
            })
        );
        assert_eq!(
            file(TEMPLATE_FORMAT, TEMPLATE_VERSION + 1).into_template(),
            Err(EnvelopeError::NewerVersion {
                found: TEMPLATE_VERSION + 1
            })
        );
    }

    fn assert_no_overlap(template: &Template) {
        let mut taken = std::collections::HashSet::new();
        for field in &template.fields {
            assert!(field.column + field.column_span <= template.columns);
            assert!(field.row + field.row_span <= template.rows);
            for column in field.column..field.column + field.column_span {
                for row in field.row..field.row + field.row_span {
                    assert!(taken.insert((column, row)), "{} overlaps", field.id);
                }
            }
        }
    }

    #[test]
    fn no_two_fields_share_a_grid_cell_and_all_fit_the_grid() {
        let template = Template::kooperations_canvas();
        assert_no_overlap(&template);
    }
}
