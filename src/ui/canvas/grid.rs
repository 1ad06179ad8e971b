//! Lays the template's fields out on its grid, the same grid the PDF prints.

use egui::{Rect, Sense, Ui, UiBuilder, pos2, vec2};

use super::{field_box, investment_box};
use crate::i18n::Language;
use crate::model::{Collaboration, FieldKind, FieldSpec, GridRect, Template};

const GAP: f32 = 10.0;
/// Boxes never get smaller than this; the canvas scrolls instead.
pub const MIN_ROW_HEIGHT: f32 = 210.0;
/// …nor narrower than this, so that a long word ("Lebensmittelmarkt") fits on a line
/// at any zoom; a narrow window scrolls sideways instead of cutting words.
pub const MIN_COLUMN_WIDTH: f32 = 250.0;

/// The screen rectangle of a field inside `area`, from the template's shared geometry.
pub fn field_rect(area: Rect, template: &Template, field: &FieldSpec) -> Rect {
    let grid = GridRect {
        x: area.left(),
        y: area.top(),
        width: area.width(),
        height: area.height(),
    };
    let cell = template.field_rect(field, grid, GAP);
    Rect::from_min_size(pos2(cell.x, cell.y), vec2(cell.width, cell.height))
}

/// Returns true when the user changed the collaboration. `view`: the visible width
/// and the height of a row.
pub fn canvas_grid_ui(
    ui: &mut Ui,
    language: Language,
    template: &Template,
    collaboration: &mut Collaboration,
    view: egui::Vec2,
    commands: &mut Vec<crate::command::Command>,
) -> bool {
    let row_height = view.y;
    let rows = f32::from(template.rows.max(1));
    let columns = f32::from(template.columns.max(1));
    let width = view
        .x
        .max(MIN_COLUMN_WIDTH * columns + GAP * (columns - 1.0));
    let size = vec2(width, row_height * rows + GAP * (rows - 1.0));
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let mut changed = false;
    for field in &template.fields {
        let rect = field_rect(area, template, field);
        let builder = UiBuilder::new()
            .max_rect(rect)
            .id_salt((&collaboration.id, &field.id));
        ui.scope_builder(builder, |ui| {
            changed |= match field.kind {
                FieldKind::Text => {
                    field_box::field_box_ui(ui, language, field, collaboration, commands)
                }
                FieldKind::Investment => {
                    investment_box::investment_box_ui(ui, language, field, collaboration)
                }
            };
        });
    }
    changed
}
