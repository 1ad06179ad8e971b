//! Presentation mode for a workshop: one field fills the projector screen, with its
//! question in very large type, a progress strip and the facilitator's timer.

use egui::{Color32, RichText, Sense, Stroke, TextEdit, Ui, vec2};

use crate::command::Command;
use crate::command::PresentationCommand;
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, FieldKind, FieldSpec, FieldTimer, Template, TimerState};
use crate::ui::canvas::field_box::MAX_EDITABLE_BYTES;
use crate::ui::canvas::field_text::FieldText;

pub const AMBER: Color32 = Color32::from_rgb(0xff, 0xb3, 0x00);
pub const RED: Color32 = Color32::from_rgb(0xff, 0x45, 0x3a);
const DONE: Color32 = Color32::from_rgb(0x3d, 0xd6, 0x8c);

/// Where the facilitator is: which field, and the countdown for it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PresentationState {
    pub field_index: usize,
    pub timer: FieldTimer,
}

/// Black background, white type, yellow focus: readable on a washed-out projector.
pub fn projector_visuals() -> egui::Visuals {
    let mut visuals = egui::Visuals::dark();
    visuals.override_text_color = Some(Color32::WHITE);
    visuals.panel_fill = Color32::BLACK;
    visuals.window_fill = Color32::from_gray(16);
    visuals.extreme_bg_color = Color32::from_gray(12);
    visuals.faint_bg_color = Color32::from_gray(40);
    visuals.selection.bg_fill = Color32::from_rgb(0x70, 0x5a, 0x00);
    visuals.selection.stroke = Stroke::new(2.0, Color32::from_rgb(0xff, 0xd4, 0x00));
    visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.5, Color32::from_gray(140));
    visuals.text_cursor.stroke = Stroke::new(3.0, Color32::from_rgb(0xff, 0xd4, 0x00));
    visuals
}

pub struct PresentationInput<'a> {
    pub language: Language,
    pub template: &'a Template,
    pub now: f64,
    pub is_modified: bool,
}

/// Returns true when the user changed the collaboration.
pub fn presentation_ui(
    ui: &mut Ui,
    input: &PresentationInput<'_>,
    collaboration: Option<&mut Collaboration>,
    state: &mut PresentationState,
    commands: &mut Vec<Command>,
) -> bool {
    let language = input.language;
    let Some(collaboration) = collaboration else {
        ui.centered_and_justified(|ui| {
            ui.label(RichText::new(Msg::NoSelection.text(language)).size(28.0));
        });
        return false;
    };
    let count = input.template.fields.len();
    state.field_index = state.field_index.min(count.saturating_sub(1));
    let sizes = TypeSizes::for_height(ui.available_height());
    // Low on room (a laptop at 300 %): the progress strip gives way to the answer;
    // "Feld 1 von 8" beside the navigation says the same.
    let compact = ui.available_height() < COMPACT_HEIGHT;
    top_bar_ui(ui, input, (collaboration, compact), state, &sizes, commands);
    if !compact {
        ui.add_space(sizes.gap);
        progress_strip_ui(
            ui,
            (language, sizes.gap * 1.4),
            input.template,
            collaboration,
            state.field_index,
            commands,
        );
    }
    // The navigation is laid out first, at the bottom, so no zoom or long text can push
    // it off the screen.
    egui::Panel::bottom("presentation_navigation")
        .frame(egui::Frame::NONE)
        .show_separator_line(false)
        .show(ui, |ui| {
            navigation_ui(ui, language, state.field_index, count, &sizes, commands);
        });
    let Some(field) = input.template.fields.get(state.field_index) else {
        return false;
    };
    let viewport = ui.available_height();
    // Question and answer scroll together (wheel and cursor), so at any zoom the answer
    // can be reached; the answer fills whatever the question leaves of the screen.
    egui::ScrollArea::vertical()
        .id_salt(("presentation_field", &collaboration.id, &field.id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(sizes.gap);
            let top = ui.cursor().top();
            let label = ui.label(
                RichText::new(field.label(language))
                    .size(sizes.label)
                    .strong()
                    .color(AMBER),
            );
            ui.label(
                RichText::new(field.question(language))
                    .size(sizes.question)
                    .strong(),
            );
            ui.add_space(sizes.gap);
            let used = ui.cursor().top() - top;
            let height = (viewport - used - 2.0 * sizes.gap).max(3.0 * sizes.answer * 1.3);
            // The room's cards share the screen with the text, so that each card sent
            // from a phone shows at once.
            let has_cards = collaboration.cards_in(&field.id).next().is_some();
            let text_height = if has_cards { height * 0.4 } else { height };
            let changed = field_body_ui(
                ui,
                input,
                field,
                collaboration,
                &sizes,
                (label.id, text_height),
            );
            if has_cards {
                ui.add_space(sizes.gap);
                projected_cards_ui(ui, language, (collaboration, field), &sizes, commands);
            }
            changed
        })
        .inner
}

/// Below this many points of height the presentation leaves out its progress strip.
const COMPACT_HEIGHT: f32 = 420.0;

/// The field's cards at the projector's size: the canvas's notes, scaled.
fn projected_cards_ui(
    ui: &mut Ui,
    language: Language,
    (collaboration, field): (&Collaboration, &FieldSpec),
    sizes: &TypeSizes,
    commands: &mut Vec<Command>,
) {
    let scale = sizes.box_scale().max(1.0);
    ui.scope(|ui| {
        for font in ui.style_mut().text_styles.values_mut() {
            font.size *= scale;
        }
        crate::ui::canvas::card_board::card_board_ui_scaled(
            ui,
            language,
            collaboration,
            field,
            (
                (scale, crate::ui::canvas::card_board::NoteClick::Open),
                commands,
            ),
        );
    });
}

/// Type sizes of the projector, shrunk to the screen: at 100 % on a laptop they are
/// the full projector sizes; at 300 % zoom the question gives way to the answer.
pub struct TypeSizes {
    pub question: f32,
    pub label: f32,
    pub answer: f32,
    pub countdown: f32,
    pub title: f32,
    pub control: f32,
    pub gap: f32,
}

impl TypeSizes {
    /// `height` is the presentation's height in points (screen pixels / zoom).
    pub fn for_height(height: f32) -> Self {
        // 40 pt questions from a 720-point-high screen down, 18 pt at 360 points (300 %).
        let scale = ((height - 360.0) / 360.0).clamp(0.0, 1.0);
        let between = |small: f32, large: f32| small + (large - small) * scale;
        Self {
            question: between(18.0, 40.0),
            label: between(14.0, 26.0),
            answer: between(16.0, 28.0),
            countdown: between(22.0, 40.0),
            title: between(16.0, 24.0),
            control: between(11.0, 16.0),
            gap: between(4.0, 10.0),
        }
    }

    /// How much larger than desktop the investment box is drawn.
    fn box_scale(&self) -> f32 {
        self.answer / 16.0
    }
}

/// The shown field's editor(s), or the investment box scaled to the projector.
fn field_body_ui(
    ui: &mut Ui,
    input: &PresentationInput<'_>,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
    sizes: &TypeSizes,
    (label, height): (egui::Id, f32),
) -> bool {
    let language = input.language;
    match field.kind {
        FieldKind::Investment => {
            let scale = sizes.box_scale().max(1.0);
            crate::ui::canvas::investment_box::investment_values_ui(
                ui,
                language,
                collaboration,
                scale,
            )
        }
        FieldKind::Text => {
            let id = presentation_editor_id(&collaboration.id, &field.id);
            let size = collaboration.field_text(&field.id).len();
            if size > MAX_EDITABLE_BYTES {
                ui.label(
                    RichText::new(
                        Msg::LargeField
                            .fill(language, &[("size", &format!("{:.1}", size as f64 / 1e6))]),
                    )
                    .size(20.0),
                );
                false
            } else if Collaboration::TWO_SIDED_FIELDS.contains(&field.id.as_str()) {
                both_views_ui(ui, language, field, collaboration, sizes, (label, height))
            } else {
                let mut text = FieldText::new(&mut collaboration.fields, &field.id);
                big_editor_ui(ui, id, &mut text, (sizes.answer, height), |response| {
                    response.labelled_by(label)
                })
            }
        }
    }
}

fn top_bar_ui(
    ui: &mut Ui,
    input: &PresentationInput<'_>,
    (collaboration, compact): (&Collaboration, bool),
    state: &mut PresentationState,
    sizes: &TypeSizes,
    commands: &mut Vec<Command>,
) {
    let language = input.language;
    let leave_button = |ui: &mut Ui, commands: &mut Vec<Command>| {
        let leave = RichText::new(Msg::LeavePresentation.text(language)).size(sizes.control);
        if ui.button(leave).clicked() {
            commands.push(Command::Presentation(
                PresentationCommand::LeavePresentation,
            ));
        }
    };
    // The title (and "Ungespeichert") is cut short before it runs under the countdown.
    egui::Sides::new().shrink_left().truncate().show(
        ui,
        |ui| {
            ui.label(
                RichText::new(&collaboration.title)
                    .size(sizes.title)
                    .strong(),
            );
            if input.is_modified {
                let mark = format!("● {}", Msg::ModifiedMark.text(language));
                ui.label(RichText::new(mark).size(sizes.control).color(AMBER));
            }
        },
        |ui| {
            countdown_ui(ui, language, &state.timer, input.now, sizes.countdown);
            // Low on room, the way out shares the title's line, so that the timer's
            // controls take one line, not two, and the answer gets that line.
            if compact {
                leave_button(ui, commands);
            }
        },
    );
    // The controls wrap at high zoom instead of pushing the page wider than the screen.
    ui.horizontal_wrapped(|ui| {
        timer_controls_ui(ui, language, &state.timer, sizes.control, commands);
        if !compact {
            ui.separator();
            leave_button(ui, commands);
        }
    });
}

/// Start or pause, one more minute, reset, and the minutes per field.
fn timer_controls_ui(
    ui: &mut Ui,
    language: Language,
    timer: &FieldTimer,
    size: f32,
    commands: &mut Vec<Command>,
) {
    let toggle = if timer.is_running() {
        Msg::TimerPause
    } else {
        Msg::TimerStart
    };
    for (command, msg) in [
        (
            Command::Presentation(PresentationCommand::TimerToggle),
            toggle,
        ),
        (
            Command::Presentation(PresentationCommand::TimerExtend),
            Msg::TimerExtend,
        ),
        (
            Command::Presentation(PresentationCommand::TimerReset),
            Msg::TimerReset,
        ),
    ] {
        if ui
            .button(RichText::new(msg.text(language)).size(size))
            .clicked()
        {
            commands.push(command);
        }
    }
    let label = ui.label(RichText::new(Msg::TimerMinutes.text(language)).size(size - 2.0));
    let mut minutes = timer.minutes;
    let response = ui
        .add(
            egui::DragValue::new(&mut minutes)
                .range(1.0..=60.0)
                .speed(0.2)
                .max_decimals(0),
        )
        .labelled_by(label.id);
    if response.changed() {
        commands.push(Command::Presentation(PresentationCommand::TimerSetMinutes(
            minutes.round() as u32,
        )));
    }
}

/// The countdown: white, amber near the end, red and flashing when time is up – but
/// never a dialog, so typing goes on.
fn countdown_ui(ui: &mut Ui, language: Language, timer: &FieldTimer, now: f64, size: f32) {
    let state = timer.state(now);
    let color = match state {
        TimerState::Running => Color32::WHITE,
        TimerState::Amber => AMBER,
        TimerState::Red => RED,
    };
    let flashing = state == TimerState::Red && (now * 2.0).floor() as i64 % 2 == 0;
    let mut text = RichText::new(timer.display(now))
        .size(size)
        .strong()
        .color(color);
    if flashing {
        text = text.background_color(Color32::from_rgb(0x50, 0x00, 0x00));
    }
    if state == TimerState::Red {
        ui.label(
            RichText::new(Msg::TimeIsUp.text(language))
                .size(size * 0.45)
                .color(RED),
        );
    }
    ui.label(text).on_hover_text(Msg::TimerHint.text(language));
    if timer.is_running() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
}

/// One segment per field: green when it has text, outlined when it is the current one.
fn progress_strip_ui(
    ui: &mut Ui,
    (language, height): (Language, f32),
    template: &Template,
    collaboration: &Collaboration,
    current: usize,
    commands: &mut Vec<Command>,
) {
    let count = template.fields.len().max(1);
    let gap = 6.0;
    let width = (ui.available_width() - gap * (count as f32 - 1.0)) / count as f32;
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (index, field) in template.fields.iter().enumerate() {
            let done = match field.kind {
                FieldKind::Text => !collaboration.field_text(&field.id).trim().is_empty(),
                FieldKind::Investment => {
                    collaboration.investment != crate::model::Investment::default()
                }
            };
            let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
            let name = field.label(language).to_owned();
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, index == current, &name)
            });
            let fill = if done { DONE } else { Color32::from_gray(60) };
            ui.painter().rect_filled(rect, 3.0, fill);
            if index == current {
                ui.painter().rect_stroke(
                    rect.expand(2.0),
                    4.0,
                    Stroke::new(3.0, Color32::WHITE),
                    egui::StrokeKind::Outside,
                );
            }
            if response.on_hover_text(field.label(language)).clicked() {
                commands.push(Command::Presentation(PresentationCommand::GoToField(index)));
            }
        }
    });
}

fn navigation_ui(
    ui: &mut Ui,
    language: Language,
    current: usize,
    count: usize,
    sizes: &TypeSizes,
    commands: &mut Vec<Command>,
) {
    let size = sizes.control * 1.1;
    ui.add_space(sizes.gap);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                current > 0,
                egui::Button::new(RichText::new(Msg::PreviousField.text(language)).size(size)),
            )
            .clicked()
        {
            commands.push(Command::Presentation(PresentationCommand::PreviousField));
        }
        let position = Msg::FieldOf.fill(
            language,
            &[
                ("n", &(current + 1).to_string()),
                ("count", &count.to_string()),
            ],
        );
        ui.label(RichText::new(position).size(size));
        if ui
            .add_enabled(
                current + 1 < count,
                egui::Button::new(RichText::new(Msg::NextField.text(language)).size(size)),
            )
            .clicked()
        {
            commands.push(Command::Presentation(PresentationCommand::NextField));
        }
    });
}

/// Both views of a two-sided field side by side, so the room sees what the partners
/// think next to one's own view, and both can be written on the projector.
fn both_views_ui(
    ui: &mut Ui,
    language: Language,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
    sizes: &TypeSizes,
    (label, height): (egui::Id, f32),
) -> bool {
    let view_label = sizes.label * 0.8;
    let height = height - view_label * 1.5;
    let answer = sizes.answer;
    let mine_id = presentation_editor_id(&collaboration.id, &field.id);
    let theirs_id = crate::ui::widgets::editor_id::editor_id((
        "presentation",
        &collaboration.id,
        &field.id,
        "partners",
    ));
    let mut changed = false;
    ui.columns(2, |columns| {
        let [mine, theirs] = columns else {
            return;
        };
        mine.label(RichText::new(Msg::MyView.text(language)).size(view_label));
        let mut text = FieldText::new(&mut collaboration.fields, &field.id);
        changed |= big_editor_ui(mine, mine_id, &mut text, (answer, height), |response| {
            response.labelled_by(label)
        });
        theirs.label(RichText::new(Msg::PartnersView.text(language)).size(view_label));
        // Edit a copy, so that merely looking never adds an empty entry to the file.
        let mut partners = collaboration.partner_text(&field.id).to_owned();
        let name = crate::ui::canvas::field_box::partners_view_name(field, language);
        if big_editor_ui(
            theirs,
            theirs_id,
            &mut partners,
            (answer, height),
            |response| response.accessible_name(name),
        ) {
            collaboration.set_partner_text(&field.id, partners);
            changed = true;
        }
    });
    changed
}

/// A projector-sized editor that fills the screen below the question and grows with its
/// text; the field's scroll area around it scrolls (and follows the cursor).
fn big_editor_ui(
    ui: &mut Ui,
    id: egui::Id,
    text: &mut dyn egui::TextBuffer,
    (size, height): (f32, f32),
    name: impl FnOnce(egui::Response) -> egui::Response,
) -> bool {
    let editor = TextEdit::multiline(text)
        .id(id)
        .font(egui::FontId::proportional(size))
        .desired_width(f32::INFINITY)
        .min_size(vec2(0.0, height));
    name(ui.add(editor)).changed()
}

/// The editor of the shown field, focused when presentation starts or moves to a field.
pub fn presentation_editor_id(
    collaboration: &crate::model::CollaborationId,
    field: &str,
) -> egui::Id {
    crate::ui::widgets::editor_id::editor_id(("presentation", collaboration, field))
}
