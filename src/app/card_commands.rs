//! The card commands of a Kartenabfrage: the card dialog's answers, drops, clusters and
//! "Karten übernehmen", each one undo step through the edit funnel.

use chrono::Utc;

use super::App;
use super::dialogs::ActiveDialog;
use crate::command::{CardCommand, CardDrop, Command};
use crate::i18n::Msg;
use crate::model::{Card, CardId, CardStep, Collaboration, CollaborationId, StepLabel};
use crate::ui::canvas::card_wall::{CardWallState, card_wall_ui};
use crate::ui::dialogs::{
    CardAnswer, CardDraft, PromptAnswer, TextPrompt, card_dialog_ui, text_prompt_ui,
};

impl App {
    pub(super) fn run_card_command(&mut self, command: CardCommand) {
        match command {
            CardCommand::NewCard(id, field) => {
                let card = Card::new(&field, "", Utc::now());
                self.open_card_dialog(&id, card, true);
            }
            CardCommand::EditCard(id, card) => {
                let card = self.collaboration(&id).and_then(|c| c.card(&card)).cloned();
                if let Some(card) = card {
                    self.open_card_dialog(&id, card, false);
                }
            }
            CardCommand::SaveCard(id, card) => self.save_card(&id, *card),
            CardCommand::RemoveCard(id, card) => {
                self.edit_cards(&id, CardStep::Remove, |c| c.remove_card(&card).is_some());
            }
            CardCommand::OpenWall(id, field) => {
                self.session.wall = Some(CardWallState::new(id, field));
            }
            CardCommand::CloseWall => self.session.wall = None,
            CardCommand::AddDot(id, card) => {
                let given = self.edit_cards(&id, CardStep::Dot, |c| {
                    c.card_mut(&card).map(|card| card.dots += 1).is_some()
                });
                if let Some(wall) = self.session.wall.as_mut().filter(|_| given) {
                    wall.placed += 1;
                }
            }
            CardCommand::RemoveDot(id, card) => {
                let taken = self.edit_cards(&id, CardStep::Dot, |c| {
                    c.card_mut(&card).is_some_and(|card| {
                        let had = card.dots > 0;
                        card.dots = card.dots.saturating_sub(1);
                        had
                    })
                });
                if let Some(wall) = self.session.wall.as_mut().filter(|_| taken) {
                    wall.placed = wall.placed.saturating_sub(1);
                }
            }
            CardCommand::MoveCard(id, card, drop) => {
                self.edit_cards(&id, CardStep::Move, |c| drop_card(c, &card, &drop));
            }
            CardCommand::RenameClusterDialog(id, field, name) => {
                let language = self.preferences.language;
                let prompt = TextPrompt::new(
                    Msg::RenameClusterTitle.text(language),
                    Msg::RenameClusterBody.text(language),
                    Msg::CardClusterLabel.text(language),
                    &name,
                );
                self.dialog = Some(ActiveDialog::RenameCluster(id, field, name, prompt));
            }
            CardCommand::RenameCluster(id, field, old, new) => {
                self.edit_cards(&id, CardStep::Cluster, |c| {
                    c.rename_cluster(&field, &old, &new)
                });
            }
            CardCommand::TakeOverCards(id, field) => {
                let language = self.preferences.language;
                let dots = |count: u32| Msg::DotCount.fill_count(language, count as usize, &[]);
                self.edit_cards(&id, CardStep::TakeOver, |c| {
                    c.take_over_cards(&field, &dots) > 0
                });
            }
        }
    }

    /// The card dialog's answer; true once answered.
    pub(super) fn card_answered(
        &mut self,
        id: &CollaborationId,
        draft: &mut CardDraft,
        ctx: &egui::Context,
    ) -> bool {
        let answer = card_dialog_ui(ctx, self.preferences.language, draft);
        let command = match &answer {
            Some(CardAnswer::Save(card)) => Some(CardCommand::SaveCard(id.clone(), card.clone())),
            Some(CardAnswer::Delete) => {
                Some(CardCommand::RemoveCard(id.clone(), draft.card.id.clone()))
            }
            Some(CardAnswer::Cancel) | None => None,
        };
        self.pending.extend(command.map(Command::Card));
        answer.is_some()
    }

    /// A cluster's new name; true once answered.
    pub(super) fn cluster_name_answered(
        &mut self,
        id: &CollaborationId,
        (field, old): (&str, &str),
        prompt: &mut TextPrompt,
        ctx: &egui::Context,
    ) -> bool {
        let answer = text_prompt_ui(ctx, self.preferences.language, prompt);
        if let Some(PromptAnswer::Confirmed(new)) = &answer {
            self.pending.push(Command::Card(CardCommand::RenameCluster(
                id.clone(),
                field.to_owned(),
                old.to_owned(),
                new.clone(),
            )));
        }
        answer.is_some()
    }

    fn collaboration(&self, id: &CollaborationId) -> Option<&Collaboration> {
        self.session.document.workspace.get(id)
    }

    fn open_card_dialog(&mut self, id: &CollaborationId, card: Card, is_new: bool) {
        let clusters = self
            .collaboration(id)
            .map(|c| {
                c.card_groups(&card.field)
                    .iter()
                    .filter_map(|group| group.cluster.map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let draft = CardDraft::new(card, is_new, clusters);
        self.dialog = Some(ActiveDialog::Card(id.clone(), Box::new(draft)));
    }

    fn save_card(&mut self, id: &CollaborationId, card: Card) {
        let exists = self
            .collaboration(id)
            .and_then(|c| c.card(&card.id))
            .is_some();
        let step = if exists {
            CardStep::Change
        } else {
            CardStep::Add
        };
        self.edit_cards(id, step, |c| match c.card_mut(&card.id) {
            Some(existing) if *existing == card => false,
            Some(existing) => {
                *existing = card;
                true
            }
            None => c.add_card(card).is_some(),
        });
    }

    /// One undo step on the cards of a collaboration; nothing is recorded when the
    /// cards (and the field texts) come out as they went in.
    pub(super) fn edit_cards(
        &mut self,
        id: &CollaborationId,
        step: CardStep,
        edit: impl FnOnce(&mut Collaboration) -> bool,
    ) -> bool {
        self.session
            .edit_canvas(id, StepLabel::Cards(step), |workspace| {
                let Some(collaboration) = workspace.get_mut(id) else {
                    return false;
                };
                let before = (collaboration.cards.clone(), collaboration.fields.clone());
                edit(collaboration)
                    && (collaboration.cards != before.0 || collaboration.fields != before.1)
            })
    }
}

impl App {
    /// F9: the wall of the presented field, else of the shown canvas's first text
    /// field with cards, else of its first text field.
    pub(super) fn show_card_wall(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let template = self.selected_template();
        let presented = (self.views.presentation.as_ref())
            .and_then(|state| template.fields.get(state.field_index))
            .filter(|field| field.kind == crate::model::FieldKind::Text);
        let collaboration = self.collaboration(&id);
        let text_fields =
            || (template.fields.iter()).filter(|field| field.kind == crate::model::FieldKind::Text);
        let with_cards = text_fields()
            .find(|field| collaboration.is_some_and(|c| c.cards_in(&field.id).next().is_some()));
        let field = presented.or(with_cards).or_else(|| text_fields().next());
        if let Some(field) = field {
            self.session.wall = Some(CardWallState::new(id, field.id.clone()));
        }
    }

    /// The card wall over the canvas or the presentation, while it is open.
    pub(super) fn card_wall_ui(&mut self, ctx: &egui::Context) {
        let Some(state) = self.session.wall.as_mut() else {
            return;
        };
        let id = state.collaboration.clone();
        let Some(collaboration) = self.session.document.workspace.get(&id) else {
            self.session.wall = None;
            return;
        };
        let template = self.session.document.workspace.template_for(collaboration);
        let Some(field) = template.field(&state.field) else {
            self.session.wall = None;
            return;
        };
        let language = self.preferences.language;
        card_wall_ui(
            ctx,
            language,
            (collaboration, field),
            state,
            &mut self.pending,
        );
    }
}

/// Applies a drop; false when the card does not move.
fn drop_card(collaboration: &mut Collaboration, card: &CardId, drop: &CardDrop) -> bool {
    match drop {
        CardDrop::Before(target) => {
            let Some(field) = collaboration.card(target).map(|c| c.field.clone()) else {
                return false;
            };
            collaboration.move_card(card, &field, Some(target))
        }
        CardDrop::Cluster(field, name) => collaboration.move_card_to_cluster(card, field, name),
        CardDrop::Field(field) => collaboration.move_card(card, field, None),
    }
}
