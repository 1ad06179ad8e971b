//! The menu bar, drawn from the commands' own labels and shortcuts.

use egui::{Button, Ui};

use crate::command::Command;
use crate::command::{ContactCommand, EditCommand, FileCommand, PresentationCommand, ViewCommand};
use crate::i18n::{Language, Msg};
use crate::preferences::{Preferences, Theme};

/// What the menus show besides the commands' own labels.
pub struct MenuState {
    pub has_selection: bool,
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
    let has_selection = state.has_selection;
    let language = preferences.language;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(Msg::MenuFile.text(language), |ui| {
            file_menu_ui(ui, preferences, commands);
        });
        ui.menu_button(Msg::MenuEdit.text(language), |ui| {
            for (command, text) in [
                (Command::Edit(EditCommand::Undo), &state.undo_text),
                (Command::Edit(EditCommand::Redo), &state.redo_text),
            ] {
                let label = text
                    .clone()
                    .unwrap_or_else(|| command.label_text(language).to_owned());
                labelled_command_button(ui, &label, command, text.is_some(), commands);
            }
            ui.separator();
            for action in crate::command::ClipboardAction::ALL {
                command_button(
                    ui,
                    language,
                    Command::Edit(EditCommand::Clipboard(action)),
                    true,
                    commands,
                );
            }
            ui.separator();
            command_button(
                ui,
                language,
                Command::Edit(EditCommand::AddCollaboration),
                true,
                commands,
            );
            for command in [
                Command::Edit(EditCommand::DuplicateSelected),
                Command::Edit(EditCommand::RenameSelected),
                Command::Edit(EditCommand::DeleteSelected),
                Command::Edit(EditCommand::MoveSelectedUp),
                Command::Edit(EditCommand::MoveSelectedDown),
            ] {
                command_button(ui, language, command, has_selection, commands);
            }
            ui.separator();
            command_button(
                ui,
                language,
                Command::Contact(ContactCommand::AddContact),
                true,
                commands,
            );
        });
        ui.menu_button(Msg::MenuView.text(language), |ui| {
            view_menu_ui(ui, preferences, commands);
        });
        ui.menu_button(Msg::MenuHelp.text(language), |ui| {
            let example = Command::File(crate::command::FileCommand::OpenExample);
            command_button(ui, language, example, true, commands);
        });
    });
}

fn file_menu_ui(ui: &mut Ui, preferences: &Preferences, commands: &mut Vec<Command>) {
    let language = preferences.language;
    command_button(
        ui,
        language,
        Command::File(FileCommand::NewWorkspace),
        true,
        commands,
    );
    command_button(
        ui,
        language,
        Command::File(FileCommand::OpenDialog),
        true,
        commands,
    );
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
    ui.separator();
    command_button(
        ui,
        language,
        Command::File(FileCommand::Save),
        true,
        commands,
    );
    command_button(
        ui,
        language,
        Command::File(FileCommand::SaveAsDialog),
        true,
        commands,
    );
    ui.separator();
    command_button(
        ui,
        language,
        Command::File(FileCommand::ExportPdfDialog),
        true,
        commands,
    );
    ui.separator();
    command_button(
        ui,
        language,
        Command::File(FileCommand::Quit),
        true,
        commands,
    );
}

fn view_menu_ui(ui: &mut Ui, preferences: &Preferences, commands: &mut Vec<Command>) {
    let language = preferences.language;
    for view in crate::command::View::ALL {
        command_button(
            ui,
            language,
            Command::View(ViewCommand::ShowView(view)),
            true,
            commands,
        );
    }
    ui.separator();
    for command in [
        Command::Presentation(PresentationCommand::TogglePresentation),
        Command::View(ViewCommand::FocusSearch),
        Command::View(ViewCommand::ZoomIn),
        Command::View(ViewCommand::ZoomOut),
        Command::View(ViewCommand::ZoomReset),
    ] {
        command_button(ui, language, command, true, commands);
    }
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

fn command_button(
    ui: &mut Ui,
    language: Language,
    command: Command,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    labelled_command_button(ui, command.label_text(language), command, enabled, commands);
}

fn labelled_command_button(
    ui: &mut Ui,
    label: &str,
    command: Command,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let mut button = Button::new(label);
    if let Some(shortcut) = command.shortcut_text(ui.ctx()) {
        button = button.shortcut_text(shortcut);
    }
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(command);
    }
}
