//! Every action a person asks for by name — a menu entry, a shortcut, a row of the
//! command palette — in one table: its label, its keys, its menu and when it can run.
//!
//! The menus, the shortcut handling, Hilfe → Tastenkürzel, the command palette and the
//! clash test all read this table, so a new action appears everywhere by adding one
//! row. What the app then does is a [`Command`], the internal message that may carry
//! data (a path, a card); an action is `Copy` and carries none.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::command::{
    ClipboardAction, Command, ContactCommand, EditCommand, FileCommand, MeetingCommand,
    ModerationCommand, PresentationCommand, TemplateCommand, View, ViewCommand,
};
use crate::i18n::{Language, Msg};
use crate::preferences::Theme;

/// The menu an action appears in, if any (some live only on a key or in the palette).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    View,
    Moderation,
    Help,
}

/// When an action can run; the menus grey it out otherwise and the palette says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    /// A collaboration is selected.
    Selection,
    /// There is something to undo, or to redo.
    CanUndo,
    CanRedo,
    /// A Kartenabfrage with participants' devices runs.
    Moderating,
    /// On the projector screen only (its keys are the widgets' elsewhere).
    Presenting,
    /// The workspace is protected by a passphrase, or it is not.
    Protected,
    Unprotected,
}

/// What [`When`] is judged against, taken from the app before the UI pass.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Situation {
    pub has_selection: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub is_moderating: bool,
    pub is_presenting: bool,
    pub is_protected: bool,
}

/// One row of the table.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    pub label: Msg,
    pub shortcut: Option<KeyboardShortcut>,
    /// Keys that do the same, e.g. Ctrl+Y for Redo.
    pub alternative: Option<KeyboardShortcut>,
    pub menu: Option<Menu>,
    /// Entries of one menu with different groups are parted by a separator.
    pub group: u8,
    pub when: When,
}

const NONE: Modifiers = Modifiers::NONE;
const COMMAND: Modifiers = Modifiers::COMMAND;
const COMMAND_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

const fn keys(modifiers: Modifiers, key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(modifiers, key))
}

/// The table: each row names the action, then label, keys, alternative keys, menu and
/// group, the rule, and the command it sends. Menus show their rows in this order.
macro_rules! user_actions {
    ($($action:ident => $label:ident, $keys:expr, $alternative:expr, $menu:expr, $group:literal, $when:ident, $command:expr;)*) => {
        /// Every action a person can ask for by name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum UserAction {
            $($action,)*
        }

        impl UserAction {
            /// Every action, in the order of the table.
            pub const ALL: &'static [UserAction] = &[$(UserAction::$action,)*];

            pub const fn spec(self) -> Spec {
                match self {
                    $(UserAction::$action => Spec {
                        label: Msg::$label,
                        shortcut: $keys,
                        alternative: $alternative,
                        menu: $menu,
                        group: $group,
                        when: When::$when,
                    },)*
                }
            }

            /// What the app runs for it.
            pub fn command(self) -> Command {
                match self {
                    $(UserAction::$action => $command,)*
                }
            }
        }
    };
}

const FILE: Option<Menu> = Some(Menu::File);
const EDIT: Option<Menu> = Some(Menu::Edit);
const VIEW: Option<Menu> = Some(Menu::View);
const MODERATION: Option<Menu> = Some(Menu::Moderation);
const HELP: Option<Menu> = Some(Menu::Help);

user_actions! {
    NewWorkspace => New, keys(COMMAND, Key::N), None, FILE, 0, Always, Command::File(FileCommand::NewWorkspace);
    Open => Open, keys(COMMAND, Key::O), None, FILE, 0, Always, Command::File(FileCommand::OpenDialog);
    Save => Save, keys(COMMAND, Key::S), None, FILE, 1, Always, Command::File(FileCommand::Save);
    SaveAs => SaveAs, keys(COMMAND_SHIFT, Key::S), None, FILE, 1, Always, Command::File(FileCommand::SaveAsDialog);
    Protect => ProtectWithPassphrase, None, None, FILE, 1, Unprotected, Command::File(FileCommand::ProtectDialog);
    ChangePassphrase => ChangePassphrase, None, None, FILE, 1, Protected, Command::File(FileCommand::ChangePassphraseDialog);
    RemovePassphrase => RemovePassphrase, None, None, FILE, 1, Protected, Command::File(FileCommand::RemovePassphraseDialog);
    ExportPdf => ExportPdf, keys(COMMAND, Key::P), None, FILE, 2, Always, Command::File(FileCommand::ExportPdfDialog);
    ImportContacts => ImportContacts, None, None, FILE, 3, Always, Command::Contact(ContactCommand::ImportContactsDialog);
    ExportVcard => ExportVcard, None, None, FILE, 3, Always, Command::Contact(ContactCommand::ExportVcardDialog);
    ExportCsv => ExportCsv, None, None, FILE, 3, Always, Command::Contact(ContactCommand::ExportCsvDialog);
    ExportCalendar => ExportCalendar, None, None, FILE, 3, Always, Command::Contact(ContactCommand::ExportCalendarDialog);
    ShareForPartner => ShareForPartner, None, None, FILE, 4, Always, Command::File(FileCommand::ShareDialog);
    ReadPartnerCopy => ReadPartnerCopy, None, None, FILE, 4, Always, Command::File(FileCommand::ReadPartnerDialog);
    Quit => Quit, keys(COMMAND, Key::Q), None, FILE, 5, Always, Command::File(FileCommand::Quit);

    Undo => Undo, keys(COMMAND, Key::Z), None, EDIT, 0, CanUndo, Command::Edit(EditCommand::Undo);
    Redo => Redo, keys(COMMAND_SHIFT, Key::Z), keys(COMMAND, Key::Y), EDIT, 0, CanRedo, Command::Edit(EditCommand::Redo);
    // Shown in the menu; the text field itself handles the main keys. The alternatives
    // are IBM's Common User Access keys, which X11 programs understand and egui only
    // maps on Windows.
    Cut => Cut, keys(COMMAND, Key::X), keys(Modifiers::SHIFT, Key::Delete), EDIT, 1, Always, Command::Edit(EditCommand::Clipboard(ClipboardAction::Cut));
    Copy => Copy, keys(COMMAND, Key::C), keys(Modifiers::CTRL, Key::Insert), EDIT, 1, Always, Command::Edit(EditCommand::Clipboard(ClipboardAction::Copy));
    Paste => Paste, keys(COMMAND, Key::V), keys(Modifiers::SHIFT, Key::Insert), EDIT, 1, Always, Command::Edit(EditCommand::Clipboard(ClipboardAction::Paste));
    SelectAll => SelectAll, keys(COMMAND, Key::A), None, EDIT, 1, Always, Command::Edit(EditCommand::Clipboard(ClipboardAction::SelectAll));
    AddCollaboration => AddCollaboration, keys(COMMAND_SHIFT, Key::N), None, EDIT, 2, Always, Command::Edit(EditCommand::AddCollaboration);
    Duplicate => Duplicate, keys(COMMAND, Key::D), None, EDIT, 2, Selection, Command::Edit(EditCommand::DuplicateSelected);
    Rename => Rename, keys(NONE, Key::F2), None, EDIT, 2, Selection, Command::Edit(EditCommand::RenameSelected);
    Delete => Delete, None, None, EDIT, 2, Selection, Command::Edit(EditCommand::DeleteSelected);
    MoveUp => MoveUp, keys(COMMAND_SHIFT, Key::ArrowUp), None, EDIT, 2, Selection, Command::Edit(EditCommand::MoveSelectedUp);
    MoveDown => MoveDown, keys(COMMAND_SHIFT, Key::ArrowDown), None, EDIT, 2, Selection, Command::Edit(EditCommand::MoveSelectedDown);
    AddContact => AddContact, keys(COMMAND_SHIFT, Key::K), None, EDIT, 3, Always, Command::Contact(ContactCommand::AddContact);

    ShowCanvases => ViewCanvases, keys(COMMAND, Key::Num1), None, VIEW, 0, Always, Command::View(ViewCommand::ShowView(View::Canvases));
    ShowContacts => ViewContacts, keys(COMMAND, Key::Num2), None, VIEW, 0, Always, Command::View(ViewCommand::ShowView(View::Contacts));
    ShowDue => ViewDue, keys(COMMAND, Key::Num3), None, VIEW, 0, Always, Command::View(ViewCommand::ShowView(View::Due));
    ShowMap => ViewMap, keys(COMMAND, Key::Num4), None, VIEW, 0, Always, Command::View(ViewCommand::ShowView(View::Map));
    ShowTemplates => ViewTemplates, keys(COMMAND, Key::Num5), None, VIEW, 0, Always, Command::View(ViewCommand::ShowView(View::Templates));
    Presentation => Presentation, keys(NONE, Key::F11), None, VIEW, 1, Always, Command::Presentation(PresentationCommand::TogglePresentation);
    Find => Find, keys(COMMAND, Key::F), None, VIEW, 1, Always, Command::View(ViewCommand::FocusSearch);
    ZoomIn => ZoomIn, keys(COMMAND, Key::Plus), keys(COMMAND, Key::Equals), VIEW, 1, Always, Command::View(ViewCommand::ZoomIn);
    ZoomOut => ZoomOut, keys(COMMAND, Key::Minus), None, VIEW, 1, Always, Command::View(ViewCommand::ZoomOut);
    ZoomReset => ZoomReset, keys(COMMAND, Key::Num0), None, VIEW, 1, Always, Command::View(ViewCommand::ZoomReset);
    CommandPalette => CommandPalette, keys(COMMAND_SHIFT, Key::P), None, VIEW, 1, Always, Command::View(ViewCommand::ShowPalette);

    InviteParticipants => InviteParticipants, None, None, MODERATION, 0, Selection, Command::Moderation(ModerationCommand::InviteDialog);
    EndSession => EndSession, None, None, MODERATION, 0, Moderating, Command::Moderation(ModerationCommand::End);
    CardWall => CardWall, keys(NONE, Key::F9), None, MODERATION, 1, Selection, Command::View(ViewCommand::ShowCardWall);

    // Ansicht shows these four as radio buttons of its own; the palette by these names.
    ChooseGerman => ChooseGerman, None, None, None, 0, Always, Command::View(ViewCommand::SetLanguage(Language::German));
    ChooseEnglish => ChooseEnglish, None, None, None, 0, Always, Command::View(ViewCommand::SetLanguage(Language::English));
    ChooseLight => ChooseLight, None, None, None, 0, Always, Command::View(ViewCommand::SetTheme(Theme::Light));
    ChooseDark => ChooseDark, None, None, None, 0, Always, Command::View(ViewCommand::SetTheme(Theme::Dark));

    ShowShortcuts => ShowShortcuts, None, None, HELP, 0, Always, Command::View(ViewCommand::ShowShortcuts);
    ShowGuide => ShowGuide, None, None, HELP, 0, Always, Command::View(ViewCommand::ShowGuide);
    OpenExample => OpenExample, None, None, HELP, 1, Always, Command::File(FileCommand::OpenExample);

    // Buttons on the canvas and keys of the projector screen: no menu entry. (The
    // timer's and the card wall's buttons say what they do only beside what they act
    // on, so they are left out.)
    Preparation => Preparation, None, None, None, 0, Selection, Command::Meeting(MeetingCommand::OpenPreparation);
    Debrief => Debrief, None, None, None, 0, Selection, Command::Meeting(MeetingCommand::OpenDebrief);
    TakeSnapshot => TakeSnapshot, None, None, None, 0, Selection, Command::Meeting(MeetingCommand::TakeSnapshot);
    Compare => Compare, None, None, None, 0, Selection, Command::Meeting(MeetingCommand::OpenCompare);
    NewTemplate => NewTemplate, None, None, None, 0, Always, Command::Template(TemplateCommand::NewTemplate);
    ImportTemplate => ImportTemplate, None, None, None, 0, Always, Command::Template(TemplateCommand::ImportTemplateDialog);
    NextField => NextField, keys(NONE, Key::PageDown), keys(Modifiers::ALT, Key::ArrowRight), None, 0, Presenting, Command::Presentation(PresentationCommand::NextField);
    PreviousField => PreviousField, keys(NONE, Key::PageUp), keys(Modifiers::ALT, Key::ArrowLeft), None, 0, Presenting, Command::Presentation(PresentationCommand::PreviousField);
    LeavePresentation => LeavePresentation, keys(NONE, Key::Escape), None, None, 0, Presenting, Command::Presentation(PresentationCommand::LeavePresentation);
}

impl Situation {
    pub fn allows(self, when: When) -> bool {
        match when {
            When::Always => true,
            When::Selection => self.has_selection,
            When::CanUndo => self.can_undo,
            When::CanRedo => self.can_redo,
            When::Moderating => self.is_moderating,
            When::Presenting => self.is_presenting,
            When::Protected => self.is_protected,
            When::Unprotected => !self.is_protected,
        }
    }
}

impl UserAction {
    pub fn label(self) -> Msg {
        self.spec().label
    }

    pub fn label_text(self, language: Language) -> &'static str {
        self.label().text(language)
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.spec().shortcut
    }

    pub fn alternative_shortcut(self) -> Option<KeyboardShortcut> {
        self.spec().alternative
    }

    pub fn is_enabled(self, situation: Situation) -> bool {
        situation.allows(self.spec().when)
    }

    /// Keys that only mean something on the projector screen (Esc, Page Down…) are
    /// left to the widgets everywhere else.
    pub fn is_presentation_only(self) -> bool {
        self.spec().when == When::Presenting
    }

    /// The shortcut as the menu shows it: "Strg+Umschalt+S", "Ctrl+Shift+S".
    pub fn shortcut_text(self, ctx: &egui::Context, language: Language) -> Option<String> {
        let is_mac = ctx.os().is_mac();
        self.shortcut()
            .map(|shortcut| crate::key_names::shortcut_text(&shortcut, language, is_mac))
    }

    /// The alternative shortcut's text ("Strg+Y"), where there is one.
    pub fn alternative_shortcut_text(
        self,
        ctx: &egui::Context,
        language: Language,
    ) -> Option<String> {
        let is_mac = ctx.os().is_mac();
        self.alternative_shortcut()
            .map(|shortcut| crate::key_names::shortcut_text(&shortcut, language, is_mac))
    }

    /// The action that shows a view (its tab's keys).
    pub fn show_view(view: View) -> UserAction {
        match view {
            View::Canvases => Self::ShowCanvases,
            View::Contacts => Self::ShowContacts,
            View::Due => Self::ShowDue,
            View::Map => Self::ShowMap,
            View::Templates => Self::ShowTemplates,
        }
    }

    /// The actions of one menu, in the table's order.
    pub fn in_menu(menu: Menu) -> impl Iterator<Item = UserAction> {
        Self::ALL
            .iter()
            .copied()
            .filter(move |action| action.spec().menu == Some(menu))
    }

    /// The actions with keys, those with more modifiers first: egui matches Ctrl+S
    /// also when Shift is held, so Ctrl+Shift+S must be asked for before it.
    pub fn by_shortcut_precedence() -> Vec<UserAction> {
        let mut with_keys: Vec<UserAction> = Self::ALL
            .iter()
            .copied()
            .filter(|action| action.shortcut().is_some())
            .collect();
        with_keys.sort_by_key(|action| {
            std::cmp::Reverse(
                action
                    .shortcut()
                    .map_or(0, |keys| modifier_count(keys.modifiers)),
            )
        });
        with_keys
    }
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    [
        modifiers.alt,
        modifiers.ctrl || modifiers.command || modifiers.mac_cmd,
        modifiers.shift,
    ]
    .into_iter()
    .map(u8::from)
    .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_keys() {
        let mut seen: Vec<(KeyboardShortcut, UserAction)> = Vec::new();
        for &action in UserAction::ALL {
            for keys in [action.shortcut(), action.alternative_shortcut()]
                .into_iter()
                .flatten()
            {
                if let Some((_, other)) = seen.iter().find(|(known, _)| *known == keys) {
                    panic!("{action:?} and {other:?} share {keys:?}");
                }
                seen.push((keys, action));
            }
        }
        assert!(
            seen.len() > 30,
            "the table lost its shortcuts: {}",
            seen.len()
        );
    }

    #[test]
    fn shortcuts_with_shift_are_asked_for_before_their_plain_twins() {
        let order = UserAction::by_shortcut_precedence();
        let position = |action| order.iter().position(|a| *a == action);
        assert!(position(UserAction::SaveAs) < position(UserAction::Save));
        assert!(position(UserAction::AddCollaboration) < position(UserAction::NewWorkspace));
        assert!(position(UserAction::Redo) < position(UserAction::Undo));
    }

    #[test]
    fn german_menus_name_the_keys_as_german_keyboards_print_them() {
        let ctx = egui::Context::default();
        let text = |action: UserAction, language| action.shortcut_text(&ctx, language);
        assert_eq!(
            text(UserAction::Undo, Language::German).as_deref(),
            Some("Strg+Z")
        );
        assert_eq!(
            text(UserAction::SaveAs, Language::German).as_deref(),
            Some("Strg+Umschalt+S")
        );
        assert_eq!(
            text(UserAction::NextField, Language::German).as_deref(),
            Some("Bild↓")
        );
        assert_eq!(
            text(UserAction::Undo, Language::English).as_deref(),
            Some("Ctrl+Z")
        );
        assert_eq!(
            text(UserAction::SaveAs, Language::English).as_deref(),
            Some("Ctrl+Shift+S")
        );
    }

    #[test]
    fn the_rules_follow_the_situation() {
        let nothing = Situation::default();
        assert!(UserAction::Save.is_enabled(nothing));
        assert!(!UserAction::Duplicate.is_enabled(nothing));
        assert!(!UserAction::Undo.is_enabled(nothing));
        assert!(!UserAction::NextField.is_enabled(nothing));
        let presenting = Situation {
            is_presenting: true,
            ..nothing
        };
        assert!(UserAction::NextField.is_enabled(presenting));
    }
}
