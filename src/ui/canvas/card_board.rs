//! The cards of a field as sticky notes in its box: loose cards first, then each cluster
//! under its name. A click opens the card; a drag moves it – onto a card: before it and
//! into its cluster; onto a cluster's name: to that cluster's end; onto a box: to the
//! end of that field. Every change goes out as a command, so each is one undo step.

use egui::{Color32, RichText, Sense, Stroke, Ui};

use crate::command::{CardCommand, CardDrop, Command};
use crate::i18n::{Language, Msg};
use crate::model::{Card, CardId, Collaboration, CollaborationId, FieldSpec};
use crate::ui::dialogs::{colour_fill, colour_name};
use crate::ui::widgets::editor_id::editor_id;

/// A note's width in points: about 25 characters a line, like a moderation card.
pub const NOTE_WIDTH: f32 = 118.0;
/// Dots beyond this many are written as "+N".
const DOTS_SHOWN: u32 = 8;
/// Notes are paper: dark ink on every colour, in the light and the dark theme.
const INK: Color32 = Color32::from_rgb(0x1a, 0x1a, 0x1a);
const DOT: Color32 = Color32::from_rgb(0xc0, 0x1c, 0x28);

/// Where notes are shown and what a click does: open the card, or on the card wall
/// while dotting give it a dot (a secondary click takes one away). The wall shows the
/// same notes over the canvas, as widgets of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteClick {
    Open,
    Wall { dotting: bool },
}

/// What a dragged note carries.
#[derive(Clone, Debug)]
pub struct DraggedCard(pub CardId);

/// The notes of `field`, with their cluster names.
pub fn card_board_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &Collaboration,
    field: &FieldSpec,
    commands: &mut Vec<Command>,
) {
    let how = (1.0, NoteClick::Open);
    card_board_ui_scaled(ui, language, collaboration, field, (how, commands));
}

/// [`card_board_ui`] with notes `scale` times as wide, for the projector and the card
/// wall, whose clicks may give dots.
pub fn card_board_ui_scaled(
    ui: &mut Ui,
    language: Language,
    collaboration: &Collaboration,
    field: &FieldSpec,
    ((scale, click), commands): ((f32, NoteClick), &mut Vec<Command>),
) {
    let id = &collaboration.id;
    for group in collaboration.card_groups(&field.id) {
        if let Some(name) = group.cluster {
            cluster_heading_ui(ui, language, (id, &field.id, name), commands);
        }
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = egui::vec2(6.0, 6.0);
            for card in group.cards {
                note_ui(ui, language, (id, scale, click), card, commands);
            }
        });
        ui.add_space(4.0);
    }
}

/// A cluster's name: a click renames it, a card dropped on it joins it.
fn cluster_heading_ui(
    ui: &mut Ui,
    language: Language,
    (id, field, name): (&CollaborationId, &str, &str),
    commands: &mut Vec<Command>,
) {
    let text = RichText::new(format!("▸ {name}")).strong();
    let heading = ui
        .add(egui::Button::new(text).frame(false))
        .on_hover_text(Msg::ClusterHint.text(language));
    let accessible = Msg::ClusterName.fill(language, &[("name", name)]);
    heading.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &accessible));
    if is_dragged_over(ui, heading.rect) {
        highlight(ui, heading.rect);
    }
    if let Some(dragged) = dropped_on(ui, heading.rect) {
        let drop = CardDrop::Cluster(field.to_owned(), name.to_owned());
        commands.push(Command::Card(CardCommand::MoveCard(
            id.clone(),
            dragged.0.clone(),
            drop,
        )));
    } else if heading.clicked() {
        commands.push(Command::Card(CardCommand::RenameClusterDialog(
            id.clone(),
            field.to_owned(),
            name.to_owned(),
        )));
    }
}

/// One sticky note.
fn note_ui(
    ui: &mut Ui,
    language: Language,
    (id, scale, click): (&CollaborationId, f32, NoteClick),
    card: &Card,
    commands: &mut Vec<Command>,
) {
    let on_wall = click != NoteClick::Open;
    let drag_id = editor_id(("card", on_wall, &card.id));
    let dotting = click == NoteClick::Wall { dotting: true };
    // The note's size comes from its laid-out text (egui caches the layout), so a note
    // scrolled out of its box costs only that: no widgets, no painting.
    let note_text = NoteText::lay_out(ui, card, scale);
    let (rect, _) = ui.allocate_exact_size(note_text.size(), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    note_text.paint(ui, rect, card.colour);
    // One widget that is clicked to open the note and dragged to move it (egui's
    // separate drag source would leave no click to a widget on the same spot).
    let hint = if card.dots > 0 {
        let dots = Msg::DotCount.fill_count(language, card.dots as usize, &[]);
        format!("{} · {dots}", colour_name(card.colour).text(language))
    } else {
        colour_name(card.colour).text(language).to_owned()
    };
    let how = if dotting {
        Msg::WallDotHint
    } else {
        Msg::CardDragHint
    };
    let note = ui
        .interact(rect, drag_id, Sense::click_and_drag())
        .on_hover_cursor(egui::CursorIcon::Grab)
        .on_hover_text(format!("{hint}\n{}", how.text(language)));
    let name = Msg::CardName.fill(language, &[("text", &card.text)]);
    note.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if note.drag_started() {
        egui::DragAndDrop::set_payload(ui.ctx(), DraggedCard(card.id.clone()));
    }
    if note.dragged() {
        paint_ghost(ui, drag_id, rect, card);
    }
    if is_dragged_over(ui, rect) && !note.dragged() {
        highlight(ui, rect);
    }
    if let Some(dropped) = dropped_on(ui, rect) {
        if dropped.0 != card.id {
            commands.push(Command::Card(CardCommand::MoveCard(
                id.clone(),
                dropped.0.clone(),
                CardDrop::Before(card.id.clone()),
            )));
        }
    } else if dotting && note.clicked() {
        commands.push(Command::Card(CardCommand::AddDot(
            id.clone(),
            card.id.clone(),
        )));
    } else if dotting && note.secondary_clicked() {
        commands.push(Command::Card(CardCommand::RemoveDot(
            id.clone(),
            card.id.clone(),
        )));
    } else if note.clicked() {
        commands.push(Command::Card(CardCommand::EditCard(
            id.clone(),
            card.id.clone(),
        )));
    }
}

/// A note's text, dots and author, laid out for its width.
struct NoteText {
    lines: Vec<std::sync::Arc<egui::Galley>>,
    width: f32,
}

/// Paper margin around the text, in points.
const NOTE_MARGIN: f32 = 6.0;

impl NoteText {
    fn lay_out(ui: &Ui, card: &Card, scale: f32) -> Self {
        let width = NOTE_WIDTH * scale;
        let galley = |text: RichText| {
            egui::WidgetText::from(text).into_galley(
                ui,
                Some(egui::TextWrapMode::Wrap),
                width,
                egui::TextStyle::Body,
            )
        };
        let mut lines = vec![galley(RichText::new(&card.text).color(INK))];
        if card.dots > 0 {
            let shown = card.dots.min(DOTS_SHOWN) as usize;
            let mut dots = "●".repeat(shown);
            if card.dots > DOTS_SHOWN {
                dots.push_str(&format!(" +{}", card.dots - DOTS_SHOWN));
            }
            lines.push(galley(RichText::new(dots).color(DOT)));
        }
        if let Some(author) = &card.author {
            lines.push(galley(RichText::new(author).small().italics().color(INK)));
        }
        Self { lines, width }
    }

    fn size(&self) -> egui::Vec2 {
        let height: f32 = self.lines.iter().map(|line| line.size().y).sum();
        egui::vec2(self.width, height) + egui::Vec2::splat(2.0 * NOTE_MARGIN)
    }

    /// Paper in the card's colour with a thin edge, and the lines on it.
    fn paint(&self, ui: &Ui, rect: egui::Rect, colour: crate::model::CardColour) {
        let painter = ui.painter();
        painter.rect_filled(rect, 2.0, colour_fill(colour));
        painter.rect_stroke(
            rect,
            2.0,
            Stroke::new(1.0, Color32::from_gray(120)),
            egui::StrokeKind::Inside,
        );
        let mut top = rect.min + egui::Vec2::splat(NOTE_MARGIN);
        for line in &self.lines {
            painter.galley(top, line.clone(), INK);
            top.y += line.size().y;
        }
    }
}

/// A note held over `rect`.
fn is_dragged_over(ui: &Ui, rect: egui::Rect) -> bool {
    egui::DragAndDrop::has_payload_of_type::<DraggedCard>(ui.ctx())
        && ui
            .input(|input| input.pointer.latest_pos())
            .is_some_and(|at| rect.contains(at))
}

/// The note released over `rect` this frame, taken so that no other target sees it.
/// (Judged by where the pointer was last, which a release keeps even when the pointer
/// leaves the window with it.)
pub fn dropped_on(ui: &Ui, rect: egui::Rect) -> Option<std::sync::Arc<DraggedCard>> {
    let released = ui.input(|input| {
        input.pointer.any_released()
            && input
                .pointer
                .latest_pos()
                .is_some_and(|at| rect.contains(at))
    });
    if !released {
        return None;
    }
    egui::DragAndDrop::take_payload::<DraggedCard>(ui.ctx())
}

/// The note under the pointer while it is dragged, above everything else.
fn paint_ghost(ui: &Ui, id: egui::Id, rect: egui::Rect, card: &Card) {
    let Some(pointer) = ui.ctx().pointer_interact_pos() else {
        return;
    };
    let painter = ui
        .ctx()
        .layer_painter(egui::LayerId::new(egui::Order::Tooltip, id));
    let ghost = rect.translate(pointer - rect.center());
    painter.rect_filled(ghost, 2.0, colour_fill(card.colour).gamma_multiply(0.85));
    painter.rect_stroke(
        ghost,
        2.0,
        Stroke::new(1.0, Color32::from_gray(90)),
        egui::StrokeKind::Inside,
    );
    let galley = painter.layout(
        card.text.clone(),
        egui::FontId::proportional(13.0),
        INK,
        ghost.width() - 12.0,
    );
    painter.galley(ghost.min + egui::vec2(6.0, 6.0), galley, INK);
}

/// Where a dragged note would land.
fn highlight(ui: &Ui, rect: egui::Rect) {
    ui.painter().rect_stroke(
        rect.expand(2.0),
        3.0,
        Stroke::new(2.0, ui.visuals().selection.stroke.color),
        egui::StrokeKind::Outside,
    );
}
