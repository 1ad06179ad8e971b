//! The menu bar, drawn from the commands' own labels and shortcuts.

use egui::{Button, Key, Modifiers, Popup, Ui};

use crate::command::Command;
use crate::command::{
    ContactCommand, EditCommand, FileCommand, ModerationCommand, PresentationCommand, ViewCommand,
};
use crate::i18n::{Language, Msg};
use crate::preferences::{Preferences, Theme};

/// What the menus show besides the commands' own labels.
pub struct MenuState {
    pub has_selection: bool,
    /// "Rückgängig: …", or None when there is nothing to undo.
    pub undo_text: Option<String>,
    pub redo_text: Option<String>,
    /// A Kartenabfrage with participants' devices is running.
    pub is_moderating: bool,
}

pub fn menu_bar_ui(
    ui: &mut Ui,
    preferences: &Preferences,
    state: &MenuState,
    commands: &mut Vec<Command>,
) {
    let has_selection = state.has_selection;
    let language = preferences.language;
    // F10 opens the first menu with the keyboard focus on it, as on every desktop: from
    // there the arrow keys walk the entries and Enter runs one. Not behind an open
    // dialog, whose answer comes first.
    let no_dialog = ui.ctx().memory(|memory| memory.top_modal_layer().is_none());
    let open_by_key =
        no_dialog && ui.input_mut(|input| input.consume_key(Modifiers::NONE, Key::F10));
    egui::MenuBar::new().ui(ui, |ui| {
        let file = ui.menu_button(Msg::MenuFile.text(language), |ui| {
            file_menu_ui(ui, preferences, commands);
        });
        if open_by_key {
            file.response.request_focus();
            Popup::open_id(ui.ctx(), Popup::default_response_id(&file.response));
            ui.ctx().request_repaint();
        }
        ui.menu_button(Msg::MenuEdit.text(language), |ui| {
            for (command, text) in [
                (Command::Edit(EditCommand::Undo), &state.undo_text),
                (Command::Edit(EditCommand::Redo), &state.redo_text),
            ] {
                let label = text
                    .clone()
                    .unwrap_or_else(|| command.label_text(language).to_owned());
                labelled_command_button(ui, language, &label, command, text.is_some(), commands);
            }
            ui.separator();
            let clipboard = crate::command::ClipboardAction::ALL
                .map(|action| Command::Edit(EditCommand::Clipboard(action)));
            enabled(ui, language, &clipboard, commands);
            ui.separator();
            let add = Command::Edit(EditCommand::AddCollaboration);
            enabled(ui, language, &[add], commands);
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
            let add = Command::Contact(ContactCommand::AddContact);
            enabled(ui, language, &[add], commands);
        });
        ui.menu_button(Msg::MenuView.text(language), |ui| {
            view_menu_ui(ui, preferences, commands);
        });
        ui.menu_button(Msg::MenuModeration.text(language), |ui| {
            let invite = Command::Moderation(ModerationCommand::InviteDialog);
            command_button(ui, language, invite, has_selection, commands);
            let end = Command::Moderation(ModerationCommand::End);
            command_button(ui, language, end, state.is_moderating, commands);
            ui.separator();
            let wall = Command::View(ViewCommand::ShowCardWall);
            command_button(ui, language, wall, has_selection, commands);
        });
        ui.menu_button(Msg::MenuHelp.text(language), |ui| {
            enabled(
                ui,
                language,
                &[
                    Command::View(ViewCommand::ShowShortcuts),
                    Command::View(ViewCommand::ShowGuide),
                ],
                commands,
            );
            ui.separator();
            enabled(
                ui,
                language,
                &[Command::File(FileCommand::OpenExample)],
                commands,
            );
        });
    });
}

fn file_menu_ui(ui: &mut Ui, preferences: &Preferences, commands: &mut Vec<Command>) {
    let language = preferences.language;
    let file = |command| Command::File(command);
    enabled(
        ui,
        language,
        &[
            file(FileCommand::NewWorkspace),
            file(FileCommand::OpenDialog),
        ],
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
    enabled(
        ui,
        language,
        &[file(FileCommand::Save), file(FileCommand::SaveAsDialog)],
        commands,
    );
    ui.separator();
    enabled(
        ui,
        language,
        &[file(FileCommand::ExportPdfDialog)],
        commands,
    );
    ui.separator();
    let contacts = |command| Command::Contact(command);
    enabled(
        ui,
        language,
        &[
            contacts(ContactCommand::ImportContactsDialog),
            contacts(ContactCommand::ExportVcardDialog),
            contacts(ContactCommand::ExportCsvDialog),
            contacts(ContactCommand::ExportCalendarDialog),
        ],
        commands,
    );
    ui.separator();
    enabled(
        ui,
        language,
        &[
            file(FileCommand::ShareDialog),
            file(FileCommand::ReadPartnerDialog),
        ],
        commands,
    );
    ui.separator();
    enabled(ui, language, &[file(FileCommand::Quit)], commands);
}

fn view_menu_ui(ui: &mut Ui, preferences: &Preferences, commands: &mut Vec<Command>) {
    let language = preferences.language;
    for view in crate::command::View::ALL {
        enabled(
            ui,
            language,
            &[Command::View(ViewCommand::ShowView(view))],
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

/// Menu entries that are always available, in this order.
fn enabled(ui: &mut Ui, language: Language, entries: &[Command], commands: &mut Vec<Command>) {
    for command in entries {
        command_button(ui, language, command.clone(), true, commands);
    }
}

fn command_button(
    ui: &mut Ui,
    language: Language,
    command: Command,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let label = command.label_text(language);
    labelled_command_button(ui, language, label, command, enabled, commands);
}

fn labelled_command_button(
    ui: &mut Ui,
    language: Language,
    label: &str,
    command: Command,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let shortcut = command.shortcut_text(ui.ctx(), language);
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
        commands.push(command);
    }
}
