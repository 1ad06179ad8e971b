//! The command palette (Ctrl+Shift+P, as in VS Code): every action of the actions'
//! table, found by a few letters of its German or English name, run with Enter. A new
//! action in the table appears here by itself.

use egui::{Key, Modifiers, RichText, ScrollArea, TextEdit};
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::i18n::{Language, Msg};
use crate::key_names::key_name;
use crate::ui::widgets::editor_id::editor_id;
use crate::user_action::{Situation, UserAction};

/// What is typed and which row is chosen, kept while the palette is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaletteDraft {
    pub query: String,
    /// Index into the rows that match, among those that can run now.
    pub chosen: usize,
    pub is_focus_requested: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaletteAnswer {
    Run(UserAction),
    Closed,
}

/// The actions that match `query` in either language, best first (the table's order
/// among equals; all of them, in that order, for an empty query).
pub fn matching_actions(query: &str) -> Vec<UserAction> {
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buffer = Vec::new();
    let mut scored: Vec<(u32, UserAction)> = UserAction::ALL
        .iter()
        .filter_map(|&action| {
            let german = action.label_text(Language::German);
            // Without umlaut keys Germans write "ue" for "ü": "schuetzen" finds "schützen".
            let spelled_out = spell_out_umlauts(german);
            let names = [german, action.label_text(Language::English), &spelled_out];
            let score = names
                .into_iter()
                .filter_map(|name| pattern.score(Utf32Str::new(name, &mut buffer), &mut matcher))
                .max()?;
            Some((score, action))
        })
        .collect();
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    scored.into_iter().map(|(_, action)| action).collect()
}

/// "Passwortschutz für Ärzte" → "Passwortschutz fuer Aerzte".
fn spell_out_umlauts(text: &str) -> String {
    let mut spelled = String::with_capacity(text.len() + 4);
    for letter in text.chars() {
        match letter {
            'ä' => spelled.push_str("ae"),
            'ö' => spelled.push_str("oe"),
            'ü' => spelled.push_str("ue"),
            'Ä' => spelled.push_str("Ae"),
            'Ö' => spelled.push_str("Oe"),
            'Ü' => spelled.push_str("Ue"),
            'ß' => spelled.push_str("ss"),
            other => spelled.push(other),
        }
    }
    spelled
}

pub fn palette_ui(
    ctx: &egui::Context,
    language: Language,
    situation: Situation,
    draft: &mut PaletteDraft,
) -> Option<PaletteAnswer> {
    let heading = Msg::CommandPalette.text(language);
    let (answer, dismissed) = super::show_dialog(ctx, "palette_dialog", heading, |ui| {
        let rows = matching_actions(&draft.query);
        let runnable: Vec<UserAction> = rows
            .iter()
            .copied()
            .filter(|action| action.is_enabled(situation))
            .collect();
        // The arrows walk the rows, not the cursor in the one-line field.
        let (down, up) = ui.input_mut(|input| {
            (
                input.consume_key(Modifiers::NONE, Key::ArrowDown),
                input.consume_key(Modifiers::NONE, Key::ArrowUp),
            )
        });
        if down && draft.chosen + 1 < runnable.len() {
            draft.chosen += 1;
        }
        if up {
            draft.chosen = draft.chosen.saturating_sub(1);
        }
        draft.chosen = draft.chosen.min(runnable.len().saturating_sub(1));
        let chosen = runnable.get(draft.chosen).copied();

        let label = ui.label(Msg::PaletteHint.text(language));
        let field = ui.add(
            TextEdit::singleline(&mut draft.query)
                .id(editor_id("palette_query"))
                .desired_width(f32::INFINITY),
        );
        let field = field.labelled_by(label.id);
        if field.changed() {
            draft.chosen = 0;
        }
        if !draft.is_focus_requested {
            field.request_focus();
            draft.is_focus_requested = true;
        }
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
        ui.add_space(6.0);
        let shown = Shown {
            chosen,
            follow: down || up,
        };
        let clicked = rows_ui(ui, language, situation, &rows, shown, &draft.query);
        ui.add_space(6.0);
        let keys = Msg::PaletteKeys.fill(
            language,
            &[
                ("enter", key_name(Key::Enter, language)),
                ("escape", key_name(Key::Escape, language)),
            ],
        );
        ui.label(RichText::new(keys).weak().small());
        let cancelled = super::button_row(ui, |ui| ui.button(Msg::Cancel.text(language)).clicked());
        match (clicked, entered.then_some(chosen).flatten()) {
            (Some(action), _) | (None, Some(action)) => Some(PaletteAnswer::Run(action)),
            (None, None) if cancelled => Some(PaletteAnswer::Closed),
            (None, None) => None,
        }
    });
    if dismissed {
        Some(PaletteAnswer::Closed)
    } else {
        answer
    }
}

/// The chosen row, and whether the list scrolls to it (after an arrow key).
#[derive(Clone, Copy)]
struct Shown {
    chosen: Option<UserAction>,
    follow: bool,
}

/// One row per matching action: its name, "gerade nicht möglich" where its rule says
/// no, and its keys. The chosen row is highlighted; a click runs a row.
fn rows_ui(
    ui: &mut egui::Ui,
    language: Language,
    situation: Situation,
    rows: &[UserAction],
    shown: Shown,
    query: &str,
) -> Option<UserAction> {
    let mut clicked = None;
    // The list keeps its height as rows come and go, so the dialog does not jump.
    let height = (ui.ctx().content_rect().height() - 300.0).clamp(120.0, 360.0);
    ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if rows.is_empty() {
                let nothing = Msg::PaletteNothing.fill(language, &[("query", query)]);
                ui.label(RichText::new(nothing).weak());
            }
            for &action in rows {
                if row_ui(ui, language, action, action.is_enabled(situation), shown) {
                    clicked = Some(action);
                }
            }
        });
    clicked
}

/// One row, its keys at the right edge; true when clicked.
fn row_ui(
    ui: &mut egui::Ui,
    language: Language,
    action: UserAction,
    enabled: bool,
    shown: Shown,
) -> bool {
    let mut text = action.label_text(language).to_owned();
    if !enabled {
        text = format!("{text} ({})", Msg::PaletteNotNow.text(language));
    }
    let keys = action.shortcut_text(ui.ctx(), language);
    let is_chosen = shown.chosen == Some(action);
    let mut button = egui::Button::selectable(is_chosen, text.as_str())
        .min_size(egui::vec2(ui.available_width(), 0.0));
    if let Some(keys) = &keys {
        button = button.shortcut_text(keys.as_str());
    }
    let row = ui.add_enabled(enabled, button);
    // Read as the action, with its keys as the shortcut (as the menus' entries are).
    row.ctx.accesskit_node_builder(row.id, |node| {
        node.set_label(text.clone());
        if let Some(keys) = keys {
            node.set_keyboard_shortcut(keys);
        }
    });
    if is_chosen && shown.follow {
        row.scroll_to_me(None);
    }
    row.clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_letters_of_either_name_find_the_action() {
        assert_eq!(matching_actions("speich").first(), Some(&UserAction::Save));
        assert_eq!(
            matching_actions("save as").first(),
            Some(&UserAction::SaveAs)
        );
        // Umlauts may be typed without their dots.
        assert_eq!(
            matching_actions("fallig").first(),
            Some(&UserAction::ShowDue)
        );
        // Or spelled out, as without umlaut keys.
        assert_eq!(
            matching_actions("mit passwort schuetzen").first(),
            Some(&UserAction::Protect)
        );
        assert!(matching_actions("qqqxx").is_empty());
        // The menus' radio buttons too: language and appearance.
        assert_eq!(
            matching_actions("sprache engl").first(),
            Some(&UserAction::ChooseEnglish)
        );
        assert_eq!(
            matching_actions("dunkel").first(),
            Some(&UserAction::ChooseDark)
        );
        assert_eq!(matching_actions("").len(), UserAction::ALL.len());
    }
}
