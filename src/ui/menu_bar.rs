//! The menu bar, drawn from the actions' table: labels, keys, groups and rules.

use egui::{Button, Key, Modifiers, Popup, Ui};

use crate::command::{Command, FileCommand, ViewCommand};
use crate::i18n::{Language, Msg};
use crate::preferences::{Preferences, Theme};
use crate::user_action::{Menu, Situation, UserAction};

/// What the menus show besides the actions' own labels.
pub struct MenuState {
    /// What the actions' rules are judged against.
    pub situation: Situation,
    /// "Rückgängig: …", or None when there is nothing to undo.
    pub undo_text: Option<String>,
    pub redo_text: Option<String>,
}

pub fn menu_bar_ui(
    ui: &mut Ui,
    preferences: &Preferences,
    state: &MenuState,
    commands: &mut Vec<Command>,
) {
    let language = preferences.language;
    // F10 opens the first menu with the keyboard focus on it, as on every desktop: from
    // there the arrow keys walk the entries and Enter runs one. Not behind an open
    // dialog, whose answer comes first.
    let no_dialog = ui.ctx().memory(|memory| memory.top_modal_layer().is_none());
    let open_by_key =
        no_dialog && ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::F10));
    egui::MenuBar::new().ui(ui, |ui| {
        let file = ui.menu_button(Msg::MenuFile.text(language), |ui| {
            menu_ui(
                ui,
                language,
                Menu::File,
                state,
                commands,
                |ui, action, commands| {
                    if action == UserAction::Open {
                        open_recent_ui(ui, preferences, commands);
                    }
                },
            );
        });
        if open_by_key {
            file.response.request_focus();
            Popup::open_id(ui.ctx(), Popup::default_response_id(&file.response));
            ui.ctx().request_repaint();
        }
        ui.menu_button(Msg::MenuEdit.text(language), |ui| {
            menu_ui(ui, language, Menu::Edit, state, commands, |_, _, _| {});
        });
        ui.menu_button(Msg::MenuView.text(language), |ui| {
            menu_ui(ui, language, Menu::View, state, commands, |_, _, _| {});
            look_ui(ui, preferences, commands);
        });
        ui.menu_button(Msg::MenuModeration.text(language), |ui| {
            menu_ui(
                ui,
                language,
                Menu::Moderation,
                state,
                commands,
                |_, _, _| {},
            );
        });
        ui.menu_button(Msg::MenuHelp.text(language), |ui| {
            menu_ui(ui, language, Menu::Help, state, commands, |_, _, _| {});
        });
    });
}

/// The actions of one menu in the table's order, a separator between groups; `after`
/// adds what follows an entry (a submenu). Undo and Redo name what they undo.
fn menu_ui(
    ui: &mut Ui,
    language: Language,
    menu: Menu,
    state: &MenuState,
    commands: &mut Vec<Command>,
    mut after: impl FnMut(&mut Ui, UserAction, &mut Vec<Command>),
) {
    let mut group = None;
    for action in UserAction::in_menu(menu) {
        let spec = action.spec();
        if group.is_some_and(|group| group != spec.group) {
            ui.separator();
        }
        group = Some(spec.group);
        let named = if action == UserAction::Undo {
            state.undo_text.clone()
        } else if action == UserAction::Redo {
            state.redo_text.clone()
        } else {
            None
        };
        let label = named.unwrap_or_else(|| action.label_text(language).to_owned());
        let enabled = action.is_enabled(state.situation);
        action_button(ui, language, &label, action, enabled, commands);
        after(ui, action, commands);
    }
}

fn open_recent_ui(ui: &mut Ui, preferences: &Preferences, commands: &mut Vec<Command>) {
    let language = preferences.language;
    ui.menu_button(Msg::OpenRecent.text(language), |ui| {
        if preferences.recent_files.is_empty() {
            ui.label(egui::RichText::new(Msg::NoRecentFiles.text(language)).weak());
        }
        for path in &preferences.recent_files {
            if ui.button(path.display().to_string()).clicked() {
                commands.push(Command::File(FileCommand::OpenPath(path.clone())));
            }
        }
    });
}

/// Ansicht's language and theme, chosen by radio buttons.
fn look_ui(ui: &mut Ui, preferences: &Preferences, commands: &mut Vec<Command>) {
    let language = preferences.language;
    ui.separator();
    ui.label(egui::RichText::new(Msg::LanguageMenu.text(language)).weak());
    for (choice, msg) in [
        (Language::German, Msg::LanguageGerman),
        (Language::English, Msg::LanguageEnglish),
    ] {
        if ui.radio(language == choice, msg.text(language)).clicked() {
            commands.push(Command::View(ViewCommand::SetLanguage(choice)));
        }
    }
    ui.separator();
    ui.label(egui::RichText::new(Msg::ThemeMenu.text(language)).weak());
    for (choice, msg) in [
        (Theme::Light, Msg::ThemeLight),
        (Theme::Dark, Msg::ThemeDark),
    ] {
        if ui
            .radio(preferences.theme == choice, msg.text(language))
            .clicked()
        {
            commands.push(Command::View(ViewCommand::SetTheme(choice)));
        }
    }
}

fn action_button(
    ui: &mut Ui,
    language: Language,
    label: &str,
    action: UserAction,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let shortcut = action.shortcut_text(ui.ctx(), language);
    let mut button = Button::new(label);
    if let Some(shortcut) = &shortcut {
        button = button.shortcut_text(shortcut.as_str());
    }
    let entry = ui.add_enabled(enabled, button);
    // A screen reader hears a menu item named by its action, with its keys as the
    // item's shortcut, not one button named "Speichern Strg+S".
    entry.ctx.accesskit_node_builder(entry.id, |node| {
        node.set_role(egui::accesskit::Role::MenuItem);
        node.set_label(label.to_owned());
        if let Some(shortcut) = shortcut {
            node.set_keyboard_shortcut(shortcut);
        }
    });
    if entry.clicked() {
        commands.push(action.command());
    }
}
