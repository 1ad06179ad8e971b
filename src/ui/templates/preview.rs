//! The template editor's live preview: the printed page to scale, with every box where
//! the PDF puts it. Boxes can be dragged to another cell, and their corner handle
//! changes how many cells they span.

use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, Ui, vec2};

use crate::i18n::{Language, Msg};
use crate::model::{GridRect, Template};

/// A4 landscape, like the default export.
const PAGE_RATIO: f32 = 297.0 / 210.0;
/// The header band's share of the page, as in the PDF.
const HEADER_SHARE: f32 = 0.12;

/// What the user did in the preview this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewAction {
    Select(usize),
    /// Field index and the cell it was dropped on.
    Place(usize, u8, u8),
    /// Field index and its new column and row spans.
    Span(usize, u8, u8),
}

pub fn template_preview_ui(
    ui: &mut Ui,
    language: Language,
    template: &Template,
    selected: Option<usize>,
    is_editable: bool,
) -> Option<PreviewAction> {
    let width = ui
        .available_width()
        .min(ui.available_height() * PAGE_RATIO)
        .max(200.0);
    let (page, _) = ui.allocate_exact_size(vec2(width, width / PAGE_RATIO), Sense::hover());
    let painter = ui.painter_at(page);
    let area = paint_page(&painter, page);
    let grid = GridRect {
        x: area.min.x,
        y: area.min.y,
        width: area.width(),
        height: area.height(),
    };
    let gap = width * 0.01;
    paint_cells(&painter, template, grid, gap);
    let mut action = None;
    for (index, field) in template.fields.iter().enumerate() {
        let rect = to_rect(template.field_rect(field, grid, gap));
        let is_selected = selected == Some(index);
        let (label, question) = (field.label(language), field.question(language));
        paint_box(&painter, rect, (label, question), is_selected, width);
        let boxed = (index, rect, label);
        action = box_interaction(ui, &painter, template, area, boxed, is_editable).or(action);
        if is_editable && is_selected {
            let handle_name = Msg::ResizeBox.fill(language, &[("field", label)]);
            let boxed = (index, rect, handle_name.as_str());
            action = resize_handle(ui, &painter, template, area, boxed).or(action);
        }
    }
    action
}

fn to_rect(rect: GridRect) -> Rect {
    Rect::from_min_size(Pos2::new(rect.x, rect.y), vec2(rect.width, rect.height))
}

/// The white page with the header band; returns the area for the grid.
fn paint_page(painter: &egui::Painter, page: Rect) -> Rect {
    painter.rect_filled(page, CornerRadius::same(2), Color32::WHITE);
    painter.rect_stroke(
        page,
        CornerRadius::same(2),
        Stroke::new(1.0, Color32::GRAY),
        StrokeKind::Inside,
    );
    let margin = page.width() * 0.03;
    let header = Rect::from_min_size(
        page.min + vec2(margin, margin),
        vec2(page.width() - 2.0 * margin, page.height() * HEADER_SHARE),
    );
    let title = Rect::from_min_size(header.min, vec2(header.width() * 0.5, 10.0));
    painter.rect_filled(title, 2.0, Color32::from_gray(200));
    let details = Rect::from_min_size(
        header.min + vec2(0.0, 16.0),
        vec2(header.width() * 0.7, 5.0),
    );
    painter.rect_filled(details, 2.0, Color32::from_gray(225));
    Rect::from_min_max(
        Pos2::new(header.min.x, header.max.y),
        page.max - vec2(margin, margin),
    )
}

/// Click selects a box; dragging it drops it on the cell under the pointer.
fn box_interaction(
    ui: &Ui,
    painter: &egui::Painter,
    template: &Template,
    area: Rect,
    (index, rect, label): (usize, Rect, &str),
    is_editable: bool,
) -> Option<PreviewAction> {
    let id = ui.scope_id().with(("template_box", index));
    let sense = if is_editable {
        Sense::click_and_drag()
    } else {
        Sense::click()
    };
    let response = ui.interact(rect, id, sense);
    // Screen readers (and tests) find the box by its label, marked as the page's box.
    let name = format!("▦ {label}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let mut action = None;
    if response.clicked() || response.drag_started() {
        action = Some(PreviewAction::Select(index));
    }
    if !is_editable {
        return action;
    }
    if response.dragged() {
        let ghost = rect.translate(response.drag_delta());
        painter.rect_stroke(ghost, 3.0, Stroke::new(2.0, ACCENT), StrokeKind::Inside);
    }
    if response.drag_stopped()
        && let Some(pointer) = response.interact_pointer_pos()
        && let Some((column, row)) = cell_at(template, area, pointer)
    {
        action = Some(PreviewAction::Place(index, column, row));
    }
    action
}

const ACCENT: Color32 = Color32::from_rgb(0x2f, 0x8f, 0xd8);

/// Light outlines of the empty grid cells, so that free places are visible.
fn paint_cells(painter: &egui::Painter, template: &Template, grid: GridRect, gap: f32) {
    for row in 0..template.rows {
        for column in 0..template.columns {
            let probe = crate::model::FieldSpec {
                column,
                row,
                ..Default::default()
            };
            let rect = template.field_rect(&probe, grid, gap);
            let rect =
                Rect::from_min_size(Pos2::new(rect.x, rect.y), vec2(rect.width, rect.height));
            painter.rect_stroke(
                rect,
                3.0,
                Stroke::new(1.0, Color32::from_gray(230)),
                StrokeKind::Inside,
            );
        }
    }
}

fn paint_box(
    painter: &egui::Painter,
    rect: Rect,
    (label, question): (&str, &str),
    is_selected: bool,
    page_width: f32,
) {
    let stroke = if is_selected {
        Stroke::new(2.5, ACCENT)
    } else {
        Stroke::new(1.0, Color32::from_gray(120))
    };
    painter.rect_filled(rect, 3.0, Color32::WHITE);
    painter.rect_stroke(rect, 3.0, stroke, StrokeKind::Inside);
    let scale = (page_width / 700.0).clamp(0.6, 1.6);
    let inner = rect.shrink(5.0 * scale);
    let label_galley = painter.layout(
        label.to_owned(),
        FontId::proportional(12.0 * scale),
        Color32::BLACK,
        inner.width(),
    );
    let label_height = label_galley.size().y;
    painter.galley(inner.min, label_galley, Color32::BLACK);
    let question_galley = painter.layout(
        question.to_owned(),
        FontId::proportional(8.5 * scale),
        Color32::from_gray(110),
        inner.width(),
    );
    painter.with_clip_rect(inner).galley(
        inner.min + vec2(0.0, label_height + 2.0),
        question_galley,
        Color32::GRAY,
    );
}

/// The cell under `pointer`, if it is on the grid.
fn cell_at(template: &Template, area: Rect, pointer: Pos2) -> Option<(u8, u8)> {
    if !area.contains(pointer) {
        return None;
    }
    let column = ((pointer.x - area.min.x) / area.width() * f32::from(template.columns)) as u8;
    let row = ((pointer.y - area.min.y) / area.height() * f32::from(template.rows)) as u8;
    Some((column.min(template.columns - 1), row.min(template.rows - 1)))
}

/// The selected box's bottom-right handle: dragging it sets the spans. 18 points, so a
/// mouse or a finger can take it; a grip of lines shows what it is.
fn resize_handle(
    ui: &Ui,
    painter: &egui::Painter,
    template: &Template,
    area: Rect,
    (index, rect, name): (usize, Rect, &str),
) -> Option<PreviewAction> {
    const SIZE: f32 = 18.0;
    const BLUE: Color32 = Color32::from_rgb(0x2f, 0x8f, 0xd8);
    let handle = Rect::from_min_size(rect.max - vec2(SIZE, SIZE), vec2(SIZE, SIZE));
    let response = ui
        .interact(
            handle,
            ui.scope_id().with(("template_span", index)),
            Sense::drag(),
        )
        .on_hover_cursor(egui::CursorIcon::ResizeNwSe);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    painter.rect_filled(handle, 3.0, BLUE);
    for step in [0.3, 0.55, 0.8] {
        let offset = SIZE * step;
        painter.line_segment(
            [
                handle.max - vec2(offset, 2.0),
                handle.max - vec2(2.0, offset),
            ],
            Stroke::new(1.5, Color32::WHITE),
        );
    }
    if !response.dragged() && !response.drag_stopped() {
        return None;
    }
    // The pointer's own position: on the frame the button is released the response no
    // longer reports one, and the drop would be lost.
    let pointer = ui.input(|input| input.pointer.latest_pos())?;
    if !response.drag_stopped() {
        painter.line_segment([rect.min, pointer], Stroke::new(1.0, BLUE));
        painter.rect_stroke(
            Rect::from_two_pos(rect.min, pointer),
            2.0,
            Stroke::new(1.5, BLUE),
            StrokeKind::Inside,
        );
        return None;
    }
    let field = template.fields.get(index)?;
    let (column, row) = cell_at(template, area, pointer)?;
    let column_span = column.saturating_sub(field.column) + 1;
    let row_span = row.saturating_sub(field.row) + 1;
    Some(PreviewAction::Span(index, column_span, row_span))
}
