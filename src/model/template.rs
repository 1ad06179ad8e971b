//! The canvas layout as data: which fields exist, what they ask, and where they sit.
//!
//! The editor and the PDF both draw from a [`Template`], so a changed field or a
//! new template needs no new drawing code.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

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

type FieldRow = (
    &'static str,
    FieldKind,
    (u8, u8, u8),
    (&'static str, &'static str),
    (&'static str, &'static str),
);

/// id, kind, (column, row, column span), (German label, question), (English label, question).
const KOOPERATIONS_CANVAS_FIELDS: [FieldRow; 8] = [
    (
        "motivation",
        FieldKind::Text,
        (0, 0, 1),
        (
            "Motivation",
            "Warum wollen wir diese Zusammenarbeit? Was treibt mich an?",
        ),
        (
            "Motivation",
            "Why do we want this collaboration? What drives me?",
        ),
    ),
    (
        "expectations",
        FieldKind::Text,
        (1, 0, 1),
        (
            "Erwartungen",
            "Was erwarte ich – und was erwartet mein Gegenüber?",
        ),
        (
            "Expectations",
            "What do I expect – and what does my counterpart expect?",
        ),
    ),
    (
        "shared_goals",
        FieldKind::Text,
        (2, 0, 1),
        (
            "Gemeinsame Ziele",
            "Welches Ziel verfolgen wir gemeinsam – konkret und terminiert?",
        ),
        (
            "Shared goals",
            "Which goal do we pursue together – concrete and with a deadline?",
        ),
    ),
    (
        "collaboration",
        FieldKind::Text,
        (0, 1, 1),
        (
            "Zusammenarbeit",
            "Was tun wir gemeinsam und wie? Ist die Zusammenarbeit wertschätzend?",
        ),
        (
            "Working together",
            "What do we do together, and how? Is the collaboration appreciative?",
        ),
    ),
    (
        "added_value",
        FieldKind::Text,
        (1, 1, 1),
        (
            "Mehrwert",
            "Worin genau besteht der Mehrwert – für mich, für die Partner, gemeinsam?",
        ),
        (
            "Added value",
            "What exactly is the added value – for me, for the partners, together?",
        ),
    ),
    (
        "success",
        FieldKind::Text,
        (2, 1, 1),
        (
            "Erfolg",
            "Was verstehen wir gemeinsam unter Erfolg? Woran merken wir ihn?",
        ),
        (
            "Success",
            "What do we mean together by success? How will we notice it?",
        ),
    ),
    (
        "investment",
        FieldKind::Investment,
        (0, 2, 1),
        (
            "Einsatz: Zeit · Geld · Energie",
            "Was sind wir bereit zu investieren – und die Partner?",
        ),
        (
            "Investment: time · money · energy",
            "What are we willing to invest – and the partners?",
        ),
    ),
    (
        "next_steps",
        FieldKind::Text,
        (1, 2, 2),
        (
            "Nächste Schritte & Absprachen",
            "Wer tut was bis wann? Wann melde ich mich wieder?",
        ),
        (
            "Next steps & agreements",
            "Who does what by when? When do I get back in touch?",
        ),
    ),
];

/// A rectangle in any unit, with y growing downwards from the top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridRect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub columns: u8,
    pub rows: u8,
    pub fields: Vec<FieldSpec>,
}

impl Template {
    /// The Kooperations- und Netzwerk-Canvas from PRODUCT.md, on a 3×3 grid.
    pub fn kooperations_canvas() -> Self {
        let fields = KOOPERATIONS_CANVAS_FIELDS
            .iter()
            .map(
                |&(id, kind, (column, row, column_span), de, en)| FieldSpec {
                    id: id.to_owned(),
                    kind,
                    label_de: de.0.to_owned(),
                    label_en: en.0.to_owned(),
                    question_de: de.1.to_owned(),
                    question_en: en.1.to_owned(),
                    column,
                    row,
                    column_span,
                    row_span: 1,
                },
            )
            .collect();
        Self {
            id: "kooperations-canvas".to_owned(),
            columns: 3,
            rows: 3,
            fields,
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
    fn no_two_fields_share_a_grid_cell_and_all_fit_the_grid() {
        let template = Template::kooperations_canvas();
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
}
