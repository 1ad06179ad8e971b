//! Lays the template's fields out on its grid, the same grid the PDF prints.

use egui::{Rect, Sense, Ui, UiBuilder, pos2, vec2};

use super::{field_box, investment_box};
use crate::i18n::Language;
use crate::model::{Collaboration, FieldKind, FieldSpec, Template};

const GAP: f32 = 10.0;
/// Boxes never get smaller than this; the canvas scrolls instead.
pub const MIN_ROW_HEIGHT: f32 = 210.0;

/// The screen rectangle of a field inside `area`, from its grid cell and spans.
pub fn field_rect(area: Rect, template: &Template, field: &FieldSpec, row_height: f32) -> Rect {
    let columns = f32::from(template.columns.max(1));
    let column_width = (area.width() - GAP * (columns - 1.0)) / columns;
    let left = area.left() + f32::from(field.column) * (column_width + GAP);
    let top = area.top() + f32::from(field.row) * (row_height + GAP);
    let column_span = f32::from(field.column_span.max(1));
    let row_span = f32::from(field.row_span.max(1));
    let width = column_width * column_span + GAP * (column_span - 1.0);
    let height = row_height * row_span + GAP * (row_span - 1.0);
    Rect::from_min_size(pos2(left, top), vec2(width, height))
}

/// Returns true when the user changed the collaboration.
pub fn canvas_grid_ui(
    ui: &mut Ui,
    language: Language,
    template: &Template,
    collaboration: &mut Collaboration,
    row_height: f32,
) -> bool {
    let rows = f32::from(template.rows.max(1));
    let size = vec2(ui.available_width(), row_height * rows + GAP * (rows - 1.0));
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let mut changed = false;
    for field in &template.fields {
        let rect = field_rect(area, template, field, row_height);
        let builder = UiBuilder::new()
            .max_rect(rect)
            .id_salt((&collaboration.id, &field.id));
        ui.scope_builder(builder, |ui| {
            changed |= match field.kind {
                FieldKind::Text => field_box::field_box_ui(ui, language, field, collaboration),
                FieldKind::Investment => investment_box::investment_box_ui(
                    ui,
                    language,
                    field,
                    &mut collaboration.investment,
                ),
            };
        });
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_spanning_two_columns_is_two_columns_and_a_gap_wide() {
        let template = Template::kooperations_canvas();
        let area = Rect::from_min_size(pos2(0.0, 0.0), vec2(3.0 * 100.0 + 2.0 * GAP, 500.0));
        let next_steps = template
            .fields
            .iter()
            .find(|f| f.id == "next_steps")
            .expect("default template has next steps");
        let rect = field_rect(area, &template, next_steps, 100.0);
        assert_eq!(rect.width(), 200.0 + GAP);
        assert_eq!(rect.left(), 100.0 + GAP);
        assert_eq!(rect.top(), 2.0 * (100.0 + GAP));
    }
}
