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

/// Whether the template's columns fit side by side in `width` points; where they do
/// not (a small window, a large zoom), the boxes are stacked in reading order, each as
/// wide as the view, instead of cutting the right ones off.
pub fn is_stacked(template: &Template, width: f32) -> bool {
    let columns = f32::from(template.columns.max(1));
    width < MIN_COLUMN_WIDTH * columns + GAP * (columns - 1.0)
}

/// The boxes one below the other in reading order (by row, then column), each as high
/// as its rows.
fn stacked_rects(
    area_left_top: egui::Pos2,
    width: f32,
    template: &Template,
    row: f32,
) -> Vec<Rect> {
    let mut order: Vec<usize> = (0..template.fields.len()).collect();
    order.sort_by_key(|&i| (template.fields[i].row, template.fields[i].column));
    let mut rects = vec![Rect::NOTHING; template.fields.len()];
    let mut top = area_left_top.y;
    for i in order {
        let rows = f32::from(template.fields[i].row_span.max(1));
        let height = row * rows + GAP * (rows - 1.0);
        rects[i] = Rect::from_min_size(pos2(area_left_top.x, top), vec2(width, height));
        top += height + GAP;
    }
    rects
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
    let stacked = is_stacked(template, view.x);
    let size = if stacked {
        let spans: f32 = (template.fields.iter())
            .map(|f| f32::from(f.row_span.max(1)))
            .sum();
        let count = template.fields.len() as f32;
        vec2(
            view.x,
            row_height * spans + GAP * (spans - 1.0).max(count - 1.0),
        )
    } else {
        vec2(view.x, row_height * rows + GAP * (rows - 1.0))
    };
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let stacked_rects =
        stacked.then(|| stacked_rects(area.min, area.width(), template, row_height));
    let mut changed = false;
    for (index, field) in template.fields.iter().enumerate() {
        let rect = match &stacked_rects {
            Some(rects) => rects[index],
            None => field_rect(area, template, field),
        };
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
