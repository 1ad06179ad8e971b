//! "Vorbereitung": the three questions before a meeting and the principles self-check.
//! Where the canvas already answers a question, the empty answer shows that text as a
//! proposal to keep or write over.

use egui::{Color32, RichText, TextEdit, Ui};

use crate::i18n::{Language, Msg};
use crate::model::{Preparation, Principle, Rating};
use crate::ui::widgets::editor_id::editor_id;

pub fn rating_color(rating: Rating) -> Color32 {
    match rating {
        Rating::Unrated => Color32::GRAY,
        Rating::Red => Color32::from_rgb(0xd6, 0x3c, 0x31),
        Rating::Amber => Color32::from_rgb(0xe8, 0xa3, 0x17),
        Rating::Green => Color32::from_rgb(0x2e, 0x9d, 0x5b),
    }
}

/// What the dialog remembers while it is open: which answers the user has edited, so
/// that an answer cleared on purpose stays empty instead of showing the canvas again.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreparationDraft {
    edited: [bool; 3],
}

/// Edits the preparation in place; returns (changed, closed). `canvas` is what the
/// canvas says to each question: an empty answer shows it, marked, until the user
/// edits it (then the edited text is the answer).
pub fn preparation_ui(
    ctx: &egui::Context,
    language: Language,
    title: &str,
    (preparation, canvas): (&mut Preparation, &[String; 3]),
    draft: &mut PreparationDraft,
) -> (bool, bool) {
    let heading = Msg::PreparationTitle.fill(language, &[("title", title)]);
    let mut changed = false;
    let (closed, dismissed) = super::show_dialog(ctx, "preparation_dialog", &heading, |ui| {
        ui.set_width(720.0);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.7)
            .show(ui, |ui| {
                let questions = Msg::PREPARATION_QUESTIONS.iter().zip(canvas);
                for (index, ((question, proposal), answer)) in
                    questions.zip(preparation.answers_mut()).enumerate()
                {
                    let Some(edited) = draft.edited.get_mut(index) else {
                        continue;
                    };
                    changed |= answer_ui(ui, language, (index, question), answer, proposal, edited);
                }
                ui.separator();
                ui.label(RichText::new(Msg::SelfCheck.text(language)).strong());
                changed |= principles_ui(ui, language, preparation);
            });
        let enter = super::enter_pressed(ui);
        super::button_row(ui, |ui| {
            super::default_button(ui.button(Msg::Done.text(language)), ui).clicked()
        }) || enter
    });
    (changed, closed || dismissed)
}

/// One question and its answer; an empty answer not yet edited shows `proposal`, with
/// "Aus dem Canvas übernommen" above it. Returns whether the answer changed.
fn answer_ui(
    ui: &mut Ui,
    language: Language,
    (index, question): (usize, &Msg),
    answer: &mut String,
    proposal: &str,
    edited: &mut bool,
) -> bool {
    let proposed = !*edited && answer.trim().is_empty() && !proposal.trim().is_empty();
    let label = ui.label(RichText::new(question.text(language)).strong());
    if proposed {
        ui.label(
            RichText::new(Msg::TakenFromCanvas.text(language))
                .small()
                .italics()
                .color(ui.visuals().text_color()),
        );
    }
    let mut shown = proposal.to_owned();
    let mut editor = TextEdit::multiline(if proposed { &mut shown } else { answer })
        .id(editor_id(("preparation", index)))
        .desired_rows(3)
        .desired_width(f32::INFINITY);
    if proposed {
        editor = editor.background_color(ui.visuals().faint_bg_color);
    }
    let mut changed = ui.add(editor).labelled_by(label.id).changed();
    if changed {
        *edited = true;
        if proposed {
            // Clearing the proposal leaves the answer as empty as it was.
            changed = shown != *answer;
            *answer = shown;
        }
    }
    ui.add_space(6.0);
    changed
}

fn principles_ui(ui: &mut Ui, language: Language, preparation: &mut Preparation) -> bool {
    let mut changed = false;
    egui::Grid::new("principles")
        .num_columns(3)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for (index, principle) in Principle::ALL.into_iter().enumerate() {
                let name = Msg::principle(principle).text(language);
                let check = preparation.check_mut(principle);
                ui.label(RichText::new("●").color(rating_color(check.rating)));
                ui.label(name);
                ui.horizontal(|ui| {
                    for rating in [Rating::Red, Rating::Amber, Rating::Green] {
                        let text = RichText::new(Msg::rating(rating).text(language))
                            .color(rating_color(rating));
                        let response = ui.selectable_label(check.rating == rating, text);
                        let accessible = format!("{name}: {}", Msg::rating(rating).text(language));
                        let response = response.accessible_name(accessible);
                        if response.clicked() {
                            check.rating = if check.rating == rating {
                                Rating::Unrated
                            } else {
                                rating
                            };
                            changed = true;
                        }
                    }
                    let note_name = format!("{name}: {}", Msg::Note.text(language));
                    changed |= ui
                        .add(
                            TextEdit::singleline(&mut check.note)
                                .id(editor_id(("principle_note", index)))
                                .hint_text(Msg::Note.text(language))
                                .desired_width(260.0),
                        )
                        .accessible_name(note_name)
                        .changed();
                });
                ui.end_row();
            }
        });
    // Untouched principles are not stored.
    preparation.principles.retain(|_, check| !check.is_empty());
    changed
}
