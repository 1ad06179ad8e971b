//! One text box of the canvas: bold label, the guiding question, and the editor.

use egui::{Frame, RichText, ScrollArea, TextEdit, Ui};

use crate::command::{CardCommand, CardDrop, Command};
use crate::ui::canvas::card_board::{card_board_ui, dropped_on};

use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, FieldSpec};
use crate::ui::canvas::field_text::FieldText;
use crate::ui::widgets::accessible::describe;
use crate::ui::widgets::editor_id::editor_id;

/// The frame every canvas box is drawn in, text or investment.
pub fn box_frame(ui: &Ui) -> Frame {
    Frame::group(ui.style())
        .fill(ui.visuals().extreme_bg_color)
        .inner_margin(10.0)
        .corner_radius(6.0)
}

/// A canvas box filling the cell it was given, with its bold label; `contents` gets the
/// label's response, for `labelled_by`.
pub fn show_box<R>(
    ui: &mut Ui,
    field: &FieldSpec,
    language: Language,
    contents: impl FnOnce(&mut Ui, egui::Response) -> R,
) -> R {
    let inner_size = ui.max_rect().size() - egui::Vec2::splat(22.0);
    box_frame(ui)
        .show(ui, |ui| {
            ui.set_min_size(inner_size);
            ui.set_max_size(inner_size);
            let label =
                box_label_ui(ui, field.label(language)).on_hover_text(field.question(language));
            contents(ui, label)
        })
        .inner
}

/// The box label, in the bold face the PDF uses; returns its response for `labelled_by`.
pub fn box_label_ui(ui: &mut Ui, text: &str) -> egui::Response {
    ui.label(
        RichText::new(text)
            .family(crate::ui::fonts::bold_family())
            .size(15.0)
            .color(ui.visuals().strong_text_color()),
    )
}

/// Texts longer than this are shown, not edited: laying out megabytes of text in an
/// editor every frame would freeze the window. They are kept, saved and printed in full.
pub const MAX_EDITABLE_BYTES: usize = 256 * 1024;
const PREVIEW_BYTES: usize = 8 * 1024;

/// Returns true when the text changed; card actions go out as commands.
pub fn field_box_ui(
    ui: &mut Ui,
    language: Language,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
    commands: &mut Vec<Command>,
) -> bool {
    let card_count = collaboration.cards_in(&field.id).count();
    let mut box_commands = Vec::new();
    let (changed, rect) = show_box(ui, field, language, |ui, label| {
        // With cards, the text keeps the upper half and the notes get the lower one.
        let total = ui.available_height();
        let board = if card_count > 0 {
            (total * 0.55).max(70.0)
        } else {
            0.0
        };
        let size = egui::vec2(ui.available_width(), total - board);
        let changed = ui
            .allocate_ui(size, |ui| {
                field_text_ui(ui, language, field, collaboration, label)
            })
            .inner;
        if card_count > 0 {
            let measure = BoardMeasure::new(ui, &collaboration.id, field, card_count);
            if measure.fits(ui, board) {
                let shown = ScrollArea::vertical()
                    .id_salt("card_board")
                    .max_height(board)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        take_over_row_ui(ui, language, collaboration, field, &mut box_commands);
                        card_board_ui(ui, language, collaboration, field, &mut box_commands);
                        // Room for the last notes above the "+ Karte" corner button.
                        ui.add_space(22.0);
                    });
                measure.remember(ui, shown.content_size.y);
            } else {
                take_over_row_ui(ui, language, collaboration, field, &mut box_commands);
                group_lines_ui(ui, language, collaboration, field);
            }
        }
        (changed, ui.min_rect())
    });
    add_card_button_ui(
        ui,
        language,
        (&collaboration.id, rect),
        field,
        &mut box_commands,
    );
    // A note dropped on the box itself (not on another note or a cluster's name, which
    // take the drop first) goes to the end of this field.
    if let Some(dragged) = dropped_on(ui, rect) {
        box_commands.push(Command::Card(CardCommand::MoveCard(
            collaboration.id.clone(),
            dragged.0.clone(),
            CardDrop::Field(field.id.clone()),
        )));
    }
    commands.append(&mut box_commands);
    changed
}

/// How tall the field's notes were when last drawn in its box, for as many cards and
/// as wide a box as now. Notes that need more than twice the box's room give way to
/// the group lines: the small box never hides dozens of cards behind a scroll bar, and
/// the card wall shows every card.
struct BoardMeasure {
    id: egui::Id,
    key: (usize, u32),
}

impl BoardMeasure {
    fn new(
        ui: &Ui,
        collaboration: &crate::model::CollaborationId,
        field: &FieldSpec,
        cards: usize,
    ) -> Self {
        Self {
            id: ui
                .scope_id()
                .with(("card_board_height", collaboration, &field.id)),
            key: (cards, ui.available_width().round() as u32),
        }
    }

    /// Unmeasured (new cards, a new width), the notes are drawn once to measure them.
    fn fits(&self, ui: &Ui, room: f32) -> bool {
        let measured: Option<((usize, u32), f32)> = ui.data(|data| data.get_temp(self.id));
        match measured {
            // A few notes may scroll a little (each stays reachable for a click or a
            // drag to another box); more give way to the group lines.
            Some((key, height)) if key == self.key => height <= 2.0 * room,
            _ => true,
        }
    }

    fn remember(&self, ui: &Ui, height: f32) {
        let value = (self.key, height);
        ui.data_mut(|data| data.insert_temp(self.id, value));
    }
}

/// One line per group: its name, its cards and its dots, as many as the room takes,
/// then how many more there are.
fn group_lines_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &Collaboration,
    field: &FieldSpec,
) {
    let room = ui.available_height();
    let groups = collaboration.card_groups(&field.id);
    let line = ui.text_style_height(&egui::TextStyle::Small) + ui.spacing().item_spacing.y;
    let fitting = ((room / line).floor() as usize).max(1);
    let shown = if groups.len() > fitting {
        fitting.saturating_sub(1).max(1)
    } else {
        groups.len()
    };
    for group in groups.iter().take(shown) {
        let name = group
            .cluster
            .unwrap_or_else(|| Msg::ModUnclustered.text(language));
        let cards = Msg::CardCount.fill_count(language, group.cards.len(), &[]);
        let dots: u32 = group.cards.iter().map(|card| card.dots).sum();
        let mut text = format!("{name} · {cards}");
        if dots > 0 {
            text.push_str(&format!(
                " · {}",
                Msg::DotCount.fill_count(language, dots as usize, &[])
            ));
        }
        // Short of the "+ Karte" corner, which the last line shares.
        ui.scope(|ui| {
            ui.set_max_width((ui.available_width() - 90.0).max(40.0));
            ui.add(egui::Label::new(RichText::new(text).small()).truncate());
        });
    }
    if groups.len() > shown {
        let more = Msg::MoreGroups.fill_count(language, groups.len() - shown, &[]);
        ui.label(RichText::new(more).small().weak());
    }
}

/// "+ Karte", small in the box's bottom right corner, over the editor's empty end, so
/// that it costs the text no line.
fn add_card_button_ui(
    ui: &mut Ui,
    language: Language,
    (id, rect): (&crate::model::CollaborationId, egui::Rect),
    field: &FieldSpec,
    commands: &mut Vec<Command>,
) {
    let text = Msg::AddCard.text(language);
    let size = egui::vec2(8.0 * text.chars().count() as f32 + 8.0, 18.0);
    let corner = egui::Rect::from_min_size(rect.right_bottom() - size - egui::vec2(2.0, 2.0), size);
    // Every box has one; the field's name tells them apart for screen readers.
    let name = format!("{text} – {}", field.label(language));
    let add = ui
        .put(corner, egui::Button::new(RichText::new(text).small()))
        .accessible_name(name)
        .on_hover_text(Msg::AddCardHint.text(language));
    if add.clicked() {
        commands.push(Command::Card(CardCommand::NewCard(
            id.clone(),
            field.id.clone(),
        )));
    }
}

/// "3 Karten · Karten übernehmen" above the notes.
fn take_over_row_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &Collaboration,
    field: &FieldSpec,
    commands: &mut Vec<Command>,
) {
    let id = &collaboration.id;
    ui.horizontal_wrapped(|ui| {
        // "42 Karten in 6 Gruppen": a click shows them all on the card wall.
        let summary = super::card_wall::wall_summary(language, collaboration, &field.id);
        let name = format!(
            "{} – {}",
            Msg::WallOpen.text(language),
            field.label(language)
        );
        let wall = ui
            .add(egui::Button::new(RichText::new(summary).small().underline()).frame(false))
            .accessible_name(name)
            .on_hover_text(Msg::WallOpen.text(language));
        if wall.clicked() {
            commands.push(Command::Card(CardCommand::OpenWall(
                id.clone(),
                field.id.clone(),
            )));
        }
        let name = format!(
            "{} – {}",
            Msg::TakeOverCards.text(language),
            field.label(language)
        );
        let take_over = ui
            .small_button(Msg::TakeOverCards.text(language))
            .accessible_name(name)
            .on_hover_text(Msg::TakeOverCardsHint.text(language));
        if take_over.clicked() {
            commands.push(Command::Card(CardCommand::TakeOverCards(
                id.clone(),
                field.id.clone(),
            )));
        }
    });
}

/// The field's text: one editor, the two views of a two-sided field, or the start of a
/// text too long to edit.
fn field_text_ui(
    ui: &mut Ui,
    language: Language,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
    label: egui::Response,
) -> bool {
    let mut changed = false;
    let id = editor_id(("field", &collaboration.id, &field.id));
    {
        let text = collaboration.field_text(&field.id);
        // The question stays visible once the hint inside the editor is gone.
        if !text.is_empty() {
            ui.label(RichText::new(field.question(language)).small().weak());
        }
        if text.len() > MAX_EDITABLE_BYTES {
            large_text_ui(ui, language, text);
            return false;
        }
        if Collaboration::TWO_SIDED_FIELDS.contains(&field.id.as_str()) {
            return two_sided_ui(ui, language, field, collaboration, label.id);
        }
        let editor_height = ui.available_height();
        ScrollArea::vertical()
            .id_salt("field_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let mut text = FieldText::new(&mut collaboration.fields, &field.id);
                let editor = TextEdit::multiline(&mut text)
                    .id(id)
                    .hint_text(field.question(language))
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, editor_height - 4.0))
                    .frame(egui::Frame::NONE);
                let response = ui.add(editor).labelled_by(label.id);
                changed = describe(response, field.question(language)).changed();
            });
    }
    changed
}

/// Below this width (in points) the two views of a field go one above the other.
const SIDE_BY_SIDE_WIDTH: f32 = 270.0;

/// My view and the partners' view side by side, marked when only one side is filled.
fn two_sided_ui(
    ui: &mut Ui,
    language: Language,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
    label: egui::Id,
) -> bool {
    if collaboration.is_one_sided(&field.id) {
        let mark = format!("◐ {}", Msg::OneSided.text(language));
        ui.label(
            RichText::new(mark)
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
    let height = ui.available_height() - 18.0;
    let id = |side: &str| editor_id(("field", &collaboration.id, &field.id, side));
    let ids = (id("mine"), id("partners"));
    let mut changed = false;
    if ui.available_width() < SIDE_BY_SIDE_WIDTH {
        // Too narrow for two columns (a small window, a large zoom): one side above the
        // other, so that words are not cut in the middle.
        let height = (height - 18.0) / 2.0;
        changed |= my_side_ui(ui, language, field, collaboration, (ids.0, label, height));
        changed |= partners_side_ui(ui, language, field, collaboration, (ids.1, height));
    } else {
        ui.columns(2, |columns| {
            let [mine, theirs] = columns else {
                return;
            };
            changed |= my_side_ui(mine, language, field, collaboration, (ids.0, label, height));
            changed |= partners_side_ui(theirs, language, field, collaboration, (ids.1, height));
        });
    }
    changed
}

/// "Meine Sicht": the field's own text.
fn my_side_ui(
    ui: &mut Ui,
    language: Language,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
    (id, label, height): (egui::Id, egui::Id, f32),
) -> bool {
    ui.label(RichText::new(Msg::MyView.text(language)).small().weak());
    let mut mine = FieldText::new(&mut collaboration.fields, &field.id);
    // An empty canvas shows the guiding question here, as the other boxes do.
    let hint = field.question(language);
    side_editor_ui(ui, (id, hint), &mut mine, height, |response| {
        describe(response.labelled_by(label), hint)
    })
}

/// "Motivation – Sicht der Partner": the name screen readers (and tests) find the
/// partners' editor by, on the canvas and on the projector.
pub fn partners_view_name(field: &FieldSpec, language: Language) -> String {
    format!(
        "{} – {}",
        field.label(language),
        Msg::PartnersView.text(language)
    )
}

/// "Sicht der Partner", kept apart from the field's text.
fn partners_side_ui(
    ui: &mut Ui,
    language: Language,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
    (id, height): (egui::Id, f32),
) -> bool {
    ui.label(
        RichText::new(Msg::PartnersView.text(language))
            .small()
            .weak(),
    );
    // Edit a copy, so that merely looking never adds an empty entry to the file.
    let mut theirs = collaboration.partner_text(&field.id).to_owned();
    let name = partners_view_name(field, language);
    let question = field.question(language);
    let changed = side_editor_ui(ui, (id, ""), &mut theirs, height, |response| {
        describe(response.accessible_name(name), question)
    });
    if changed {
        collaboration.set_partner_text(&field.id, theirs);
    }
    changed
}

fn side_editor_ui(
    ui: &mut Ui,
    (id, hint): (egui::Id, &str),
    text: &mut dyn egui::TextBuffer,
    height: f32,
    name: impl FnOnce(egui::Response) -> egui::Response,
) -> bool {
    let mut changed = false;
    ScrollArea::vertical()
        .id_salt(id)
        .auto_shrink([false, false])
        .max_height(height)
        .show(ui, |ui| {
            let editor = TextEdit::multiline(text)
                .id(id)
                .hint_text(hint)
                .desired_width(f32::INFINITY)
                .min_size(egui::vec2(0.0, height - 4.0))
                .frame(egui::Frame::NONE);
            changed = name(ui.add(editor)).changed();
        });
    changed
}

/// The start of a very long text, read-only, with a note on why.
fn large_text_ui(ui: &mut Ui, language: Language, text: &str) {
    let size = format!("{:.1}", text.len() as f64 / 1_000_000.0);
    ui.label(
        RichText::new(Msg::LargeField.fill(language, &[("size", &size)]))
            .small()
            .color(ui.visuals().warn_fg_color),
    );
    let mut end = PREVIEW_BYTES.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    ScrollArea::vertical()
        .id_salt("large_field_preview")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(format!("{}…", &text[..end]));
        });
}
