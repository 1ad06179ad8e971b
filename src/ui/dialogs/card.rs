//! The card dialog: write or change one card of a Kartenabfrage – its text, colour,
//! cluster, dots and author – or delete it.

use egui::{Key, Modifiers, RichText, TextEdit};

use crate::i18n::{Language, Msg};
use crate::model::{Card, CardColour, MAX_CARD_CHARS, card_text};
use crate::ui::widgets::editor_id::editor_id;

/// The card being edited, with what the fields show.
#[derive(Clone, Debug, PartialEq)]
pub struct CardDraft {
    pub card: Card,
    pub is_new: bool,
    pub cluster: String,
    pub author: String,
    /// The clusters of the card's field, offered to choose from.
    pub clusters: Vec<String>,
    pub is_focus_requested: bool,
}

impl CardDraft {
    pub fn new(card: Card, is_new: bool, clusters: Vec<String>) -> Self {
        Self {
            cluster: card.cluster.clone().unwrap_or_default(),
            author: card.author.clone().unwrap_or_default(),
            card,
            is_new,
            clusters,
            is_focus_requested: false,
        }
    }

    /// The card as the dialog's fields say.
    fn finished(&self) -> Card {
        let mut card = self.card.clone();
        card.text = card_text(&card.text);
        let cluster = self.cluster.trim();
        card.cluster = (!cluster.is_empty()).then(|| cluster.to_owned());
        let author = self.author.trim();
        card.author = (!author.is_empty()).then(|| author.to_owned());
        card
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum CardAnswer {
    Save(Box<Card>),
    Delete,
    Cancel,
}

/// The name of a card colour, for its swatch and screen readers.
pub fn colour_name(colour: CardColour) -> Msg {
    match colour {
        CardColour::Yellow => Msg::ColourYellow,
        CardColour::Green => Msg::ColourGreen,
        CardColour::Blue => Msg::ColourBlue,
        CardColour::Pink => Msg::ColourPink,
        CardColour::Orange => Msg::ColourOrange,
        CardColour::White => Msg::ColourWhite,
    }
}

/// The colour as egui paints it.
pub fn colour_fill(colour: CardColour) -> egui::Color32 {
    let [r, g, b] = colour.rgb();
    egui::Color32::from_rgb(r, g, b)
}

pub fn card_dialog_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut CardDraft,
) -> Option<CardAnswer> {
    let heading = if draft.is_new {
        Msg::CardDialogNew
    } else {
        Msg::CardDialogEdit
    };
    let (answer, dismissed) =
        super::show_dialog(ctx, "card_dialog", heading.text(language), |ui| {
            let entered = text_ui(ui, language, draft);
            colour_ui(ui, language, &mut draft.card.colour);
            details_ui(ui, language, draft);
            let can_save = !card_text(&draft.card.text).is_empty();
            super::button_row(ui, |ui| {
                let save =
                    ui.add_enabled(can_save, egui::Button::new(Msg::CardSave.text(language)));
                let save = super::default_button(save, ui);
                if (save.clicked() || entered || super::enter_pressed(ui)) && can_save {
                    Some(CardAnswer::Save(Box::new(draft.finished())))
                } else if ui.button(Msg::Cancel.text(language)).clicked() {
                    Some(CardAnswer::Cancel)
                } else if !draft.is_new && ui.button(Msg::CardDelete.text(language)).clicked() {
                    Some(CardAnswer::Delete)
                } else {
                    None
                }
            })
        });
    if dismissed {
        Some(CardAnswer::Cancel)
    } else {
        answer
    }
}

/// The card's text; true when Enter (without Shift) asked to save.
fn text_ui(ui: &mut egui::Ui, language: Language, draft: &mut CardDraft) -> bool {
    let id = editor_id("card_text");
    // Enter saves, as in a chat; Shift+Enter is the new line inside a card.
    let has_focus = ui.memory(|memory| memory.has_focus(id));
    let entered = has_focus && ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Enter));
    let label = ui.label(Msg::CardText.text(language));
    let editor = ui
        .add(
            TextEdit::multiline(&mut draft.card.text)
                .id(id)
                .char_limit(MAX_CARD_CHARS)
                .hint_text(Msg::CardTextHint.text(language))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if !draft.is_focus_requested {
        editor.request_focus();
        draft.is_focus_requested = true;
    }
    let count = draft.card.text.chars().count();
    ui.label(
        RichText::new(format!("{count} / {MAX_CARD_CHARS}"))
            .small()
            .weak(),
    );
    entered
}

fn colour_ui(ui: &mut egui::Ui, language: Language, colour: &mut CardColour) {
    ui.horizontal(|ui| {
        ui.label(Msg::CardColourLabel.text(language));
        for choice in CardColour::ALL {
            let name = colour_name(choice).text(language);
            let selected = *colour == choice;
            let swatch = egui::Button::new(RichText::new(name).color(egui::Color32::BLACK))
                .fill(colour_fill(choice))
                .stroke(if selected {
                    egui::Stroke::new(2.5, egui::Color32::from_rgb(0x20, 0x20, 0x20))
                } else {
                    egui::Stroke::new(1.0, egui::Color32::from_gray(150))
                })
                .selected(selected);
            if ui.add(swatch).clicked() {
                *colour = choice;
            }
        }
    });
}

/// Cluster (typed or chosen), dots and author.
fn details_ui(ui: &mut egui::Ui, language: Language, draft: &mut CardDraft) {
    egui::Grid::new("card_details")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(Msg::CardClusterLabel.text(language));
            ui.horizontal(|ui| {
                ui.add(
                    TextEdit::singleline(&mut draft.cluster)
                        .id(editor_id("card_cluster"))
                        .hint_text(Msg::CardClusterHint.text(language))
                        .desired_width(200.0),
                )
                .labelled_by(label.id);
                for name in &draft.clusters {
                    if ui.small_button(name).clicked() {
                        draft.cluster.clone_from(name);
                    }
                }
            });
            ui.end_row();
            let label = ui.label(Msg::CardDotsLabel.text(language));
            ui.add(egui::DragValue::new(&mut draft.card.dots).range(0..=999))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(Msg::CardAuthorLabel.text(language));
            ui.add(
                TextEdit::singleline(&mut draft.author)
                    .id(editor_id("card_author"))
                    .hint_text(Msg::CardAuthorHint.text(language))
                    .desired_width(200.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
}
