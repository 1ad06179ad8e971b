//! "Vorbereitung": the three questions before a meeting and the principles self-check.

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

/// Edits the preparation in place; returns (changed, closed).
pub fn preparation_ui(
    ctx: &egui::Context,
    language: Language,
    title: &str,
    preparation: &mut Preparation,
) -> (bool, bool) {
    let heading = Msg::PreparationTitle.fill(language, &[("title", title)]);
    let mut changed = false;
    let (closed, dismissed) = super::show_dialog(ctx, "preparation_dialog", &heading, |ui| {
        ui.set_width(720.0);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.7)
            .show(ui, |ui| {
                for (index, (question, answer)) in Msg::PREPARATION_QUESTIONS
                    .iter()
                    .zip(preparation.answers_mut())
                    .enumerate()
                {
                    let label = ui.label(RichText::new(question.text(language)).strong());
                    changed |= ui
                        .add(
                            TextEdit::multiline(answer)
                                .id(editor_id(("preparation", index)))
                                .desired_rows(3)
                                .desired_width(f32::INFINITY),
                        )
                        .labelled_by(label.id)
                        .changed();
                    ui.add_space(6.0);
                }
                ui.separator();
                ui.label(RichText::new(Msg::SelfCheck.text(language)).strong());
                changed |= principles_ui(ui, language, preparation);
            });
        let enter = super::enter_pressed(ui);
        super::button_row(ui, |ui| ui.button(Msg::Done.text(language)).clicked()) || enter
    });
    (changed, closed || dismissed)
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
