//! The card wall of one field: all its cards at once, as large as the window allows,
//! grouped by cluster with their dots, over the canvas or the presentation (so the
//! projector shows the same). Cards are dragged between clusters and a cluster's name
//! renamed as in the field's box; while *Punkten* is on, a click gives a card a dot and
//! a right click takes one back, for groups that vote without phones.

use egui::{RichText, Ui};

use crate::command::{CardCommand, Command};
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, CollaborationId, FieldSpec};
use crate::ui::canvas::card_board::{NoteClick, card_board_ui_scaled};

/// The wall's state; it belongs to the open document.
#[derive(Clone, Debug, PartialEq)]
pub struct CardWallState {
    pub collaboration: CollaborationId,
    pub field: String,
    pub dotting: bool,
    pub dots_per_person: u32,
    /// Dots given on this wall since it opened (taken back ones subtracted).
    pub placed: u32,
    /// How many times a canvas note's size the notes are; fitted to the window.
    pub scale: f32,
    /// Focus the *Punkten* switch in the first frame, away from the canvas's editors.
    pub focus_pending: bool,
}

impl CardWallState {
    pub fn new(collaboration: CollaborationId, field: String) -> Self {
        Self {
            collaboration,
            field,
            dotting: false,
            dots_per_person: 3,
            placed: 0,
            scale: 2.0,
            focus_pending: true,
        }
    }
}

const MIN_SCALE: f32 = 0.7;
const MAX_SCALE: f32 = 3.0;

/// "42 Karten in 6 Gruppen" (cards without a cluster count as one group).
pub fn wall_summary(language: Language, collaboration: &Collaboration, field: &str) -> String {
    let groups = collaboration.card_groups(field);
    let cards: usize = groups.iter().map(|group| group.cards.len()).sum();
    let cards = Msg::CardCount.fill_count(language, cards, &[]);
    Msg::WallSummary.fill_count(language, groups.len(), &[("cards", &cards)])
}

/// The wall over the whole window.
pub fn card_wall_ui(
    ctx: &egui::Context,
    language: Language,
    (collaboration, field): (&Collaboration, &FieldSpec),
    state: &mut CardWallState,
    commands: &mut Vec<Command>,
) {
    let title = Msg::CardWallTitle.fill(language, &[("field", field.label(language))]);
    let rect = ctx.content_rect().shrink(8.0);
    egui::Window::new(title)
        .id(egui::Id::unique("card_wall"))
        .fixed_rect(rect)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            controls_ui(ui, language, (collaboration, field), state, commands);
            ui.separator();
            let click = NoteClick::Wall {
                dotting: state.dotting,
            };
            let scale = state.scale;
            let shown = egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if collaboration.cards_in(&field.id).next().is_none() {
                        ui.label(RichText::new(Msg::WallEmpty.text(language)).weak());
                        return;
                    }
                    ui.scope(|ui| {
                        for font in ui.style_mut().text_styles.values_mut() {
                            font.size *= scale;
                        }
                        let how = (scale, click);
                        card_board_ui_scaled(ui, language, collaboration, field, (how, commands));
                    });
                });
            let (used, available) = (shown.content_size.y, shown.inner_rect.height());
            fit(ui.ctx(), state, used, available);
        });
}

/// The question, the summary, *Punkten* with the dots per person, and *Schließen*.
fn controls_ui(
    ui: &mut Ui,
    language: Language,
    (collaboration, field): (&Collaboration, &FieldSpec),
    state: &mut CardWallState,
    commands: &mut Vec<Command>,
) {
    let question = field.question(language);
    // *Schließen* first, at the right, so that no zoom pushes it off the wall; the
    // question wraps beside it and the other controls wrap below.
    egui::Sides::new().shrink_left().wrap().show(
        ui,
        |ui| {
            if !question.trim().is_empty() {
                // Smaller where room is short (a projector at 300 %), so that the
                // question leaves the wall its cards.
                let size = if ui.ctx().content_rect().height() < 400.0 {
                    13.0
                } else {
                    18.0
                };
                ui.label(RichText::new(question).size(size));
            }
        },
        |ui| {
            if ui.button(Msg::WallClose.text(language)).clicked() {
                commands.push(Command::Card(CardCommand::CloseWall));
            }
        },
    );
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(wall_summary(language, collaboration, &field.id)).strong());
        ui.separator();
        let dotting = ui.selectable_label(state.dotting, Msg::WallDotting.text(language));
        if state.focus_pending {
            dotting.request_focus();
            state.focus_pending = false;
        }
        if dotting.clicked() {
            state.dotting = !state.dotting;
        }
        let label = ui.label(Msg::WallDotsPerPerson.text(language));
        ui.add(egui::DragValue::new(&mut state.dots_per_person).range(1..=20))
            .labelled_by(label.id);
    });
    if state.dotting {
        let values = [
            ("dots", state.dots_per_person.to_string()),
            ("placed", state.placed.to_string()),
        ];
        let values = values.each_ref().map(|(n, v)| (*n, v.as_str()));
        ui.label(RichText::new(Msg::WallDotInfo.fill(language, &values)).weak());
    }
}

/// Grows or shrinks the notes until they fill the wall without scrolling (within
/// [`MIN_SCALE`] and [`MAX_SCALE`]); a few frames after a change they settle.
fn fit(ctx: &egui::Context, state: &mut CardWallState, used: f32, available: f32) {
    let next = if used > available && state.scale > MIN_SCALE {
        (state.scale * 0.9).max(MIN_SCALE)
    } else if used < available * 0.7 && state.scale < MAX_SCALE {
        (state.scale * 1.05).min(MAX_SCALE)
    } else {
        state.scale
    };
    if (next - state.scale).abs() > f32::EPSILON {
        state.scale = next;
        ctx.request_repaint();
    }
}
