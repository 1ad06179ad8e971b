//! Every user action as data, with its label and keyboard shortcut defined once.
//!
//! The UI pushes commands while it draws; the app runs them after the UI pass, so
//! tests can drive the same actions without native dialogs.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Language, Msg};
use crate::model::{Activity, CollaborationId, ContactId, SortOrder};
use crate::preferences::Theme;

#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    NewWorkspace,
    OpenDialog,
    OpenPath(PathBuf),
    Save,
    SaveAsDialog,
    SaveToPath(PathBuf),
    /// Asks what to print, then where.
    ExportPdfDialog,
    /// Opens a file in the system's viewer (the exported PDF, to print it).
    OpenInViewer(PathBuf),
    Quit,
    FocusSearch,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    AddCollaboration,
    DuplicateSelected,
    RenameSelected,
    DeleteSelected,
    /// Moves the selected collaboration one place up or down in the file's order.
    MoveSelectedUp,
    MoveSelectedDown,
    Undo,
    Redo,
    /// Cut, copy, paste and select all in the text field being edited, through the
    /// system clipboard.
    Clipboard(ClipboardAction),
    /// Presentation mode for a projector (F11), and its field-by-field navigation.
    TogglePresentation,
    LeavePresentation,
    NextField,
    PreviousField,
    GoToField(usize),
    TimerToggle,
    TimerExtend,
    TimerReset,
    TimerSetMinutes(u32),
    /// "Vorbereitung" and "Nachbereitung" of the selected collaboration.
    OpenPreparation,
    OpenDebrief,
    RecordMeeting(CollaborationId, crate::model::MeetingRecord),
    /// "Stand festhalten" and the comparison with a kept state.
    TakeSnapshot,
    OpenCompare,
    Select(CollaborationId),
    Rename(CollaborationId, String),
    /// Deletes without asking; only the confirmation dialog sends it.
    ConfirmDelete(CollaborationId),
    SetLanguage(Language),
    SetTheme(Theme),
    SetSort(SortOrder),
    /// Switches between the canvases and the Netzwerkbuch's views.
    ShowView(View),
    AddContact,
    /// Shows a contact in the contacts view.
    SelectContact(ContactId),
    /// Asks before deleting.
    DeleteContact(ContactId),
    ConfirmDeleteContact(ContactId),
    LogActivity(ContactId, Activity),
    RemoveActivity(ContactId, usize),
    LinkContact(CollaborationId, ContactId),
    UnlinkContact(CollaborationId, ContactId),
    SetMonthlyGoal(u32),
    /// A new collaboration filled in the template with this id.
    AddCollaborationWith(String),
    /// Switches a canvas to another template; text is kept.
    SetTemplate(CollaborationId, String),
    /// The template editor's actions, by template id.
    SelectTemplate(String),
    NewTemplate,
    EditBundledTemplate(String),
    DuplicateTemplate(String),
    DeleteTemplate(String),
    ConfirmDeleteTemplate(String),
    /// Asks first when collaborations have text in the field.
    RemoveTemplateField(String, String),
    ConfirmRemoveTemplateField(String, String),
    ImportTemplateDialog,
    ExportTemplateDialog(String),
}

/// What the Bearbeiten menu's clipboard entries do to the text field being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClipboardAction {
    Cut,
    Copy,
    Paste,
    SelectAll,
}

impl ClipboardAction {
    pub const ALL: [Self; 4] = [Self::Cut, Self::Copy, Self::Paste, Self::SelectAll];
}

/// The app's main views, one at a time in the central area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Canvases,
    Contacts,
    Due,
    Map,
    Templates,
}

impl View {
    pub const ALL: [Self; 5] = [
        Self::Canvases,
        Self::Contacts,
        Self::Due,
        Self::Map,
        Self::Templates,
    ];

    pub fn label(self) -> Msg {
        match self {
            Self::Canvases => Msg::ViewCanvases,
            Self::Contacts => Msg::ViewContacts,
            Self::Due => Msg::ViewDue,
            Self::Map => Msg::ViewMap,
            Self::Templates => Msg::ViewTemplates,
        }
    }
}

const COMMAND: Modifiers = Modifiers::COMMAND;
const COMMAND_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Commands that have a shortcut, most modifiers first, so that Ctrl+Shift+S is
    /// matched before Ctrl+S.
    pub const WITH_SHORTCUTS: [Command; 27] = [
        Command::SaveAsDialog,
        Command::AddCollaboration,
        Command::AddContact,
        Command::Redo,
        Command::MoveSelectedUp,
        Command::MoveSelectedDown,
        Command::Undo,
        Command::NewWorkspace,
        Command::OpenDialog,
        Command::Save,
        Command::Quit,
        Command::FocusSearch,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::DuplicateSelected,
        Command::RenameSelected,
        Command::ExportPdfDialog,
        Command::TogglePresentation,
        Command::LeavePresentation,
        Command::NextField,
        Command::PreviousField,
        Command::ShowView(View::Canvases),
        Command::ShowView(View::Contacts),
        Command::ShowView(View::Due),
        Command::ShowView(View::Map),
        Command::ShowView(View::Templates),
    ];

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let shortcut = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            Self::NewWorkspace => shortcut(COMMAND, Key::N),
            Self::OpenDialog => shortcut(COMMAND, Key::O),
            Self::Save => shortcut(COMMAND, Key::S),
            Self::SaveAsDialog => shortcut(COMMAND_SHIFT, Key::S),
            Self::Quit => shortcut(COMMAND, Key::Q),
            Self::FocusSearch => shortcut(COMMAND, Key::F),
            Self::ZoomIn => shortcut(COMMAND, Key::Plus),
            Self::ZoomOut => shortcut(COMMAND, Key::Minus),
            Self::ZoomReset => shortcut(COMMAND, Key::Num0),
            Self::AddCollaboration => shortcut(COMMAND_SHIFT, Key::N),
            Self::DuplicateSelected => shortcut(COMMAND, Key::D),
            Self::RenameSelected => shortcut(Modifiers::NONE, Key::F2),
            Self::ExportPdfDialog => shortcut(COMMAND, Key::P),
            Self::Undo => shortcut(COMMAND, Key::Z),
            Self::TogglePresentation => shortcut(Modifiers::NONE, Key::F11),
            Self::LeavePresentation => shortcut(Modifiers::NONE, Key::Escape),
            Self::NextField => shortcut(Modifiers::NONE, Key::PageDown),
            Self::PreviousField => shortcut(Modifiers::NONE, Key::PageUp),
            Self::Redo => shortcut(COMMAND_SHIFT, Key::Z),
            Self::MoveSelectedUp => shortcut(COMMAND_SHIFT, Key::ArrowUp),
            Self::MoveSelectedDown => shortcut(COMMAND_SHIFT, Key::ArrowDown),
            Self::AddContact => shortcut(COMMAND_SHIFT, Key::K),
            Self::ShowView(View::Canvases) => shortcut(COMMAND, Key::Num1),
            Self::ShowView(View::Contacts) => shortcut(COMMAND, Key::Num2),
            Self::ShowView(View::Due) => shortcut(COMMAND, Key::Num3),
            Self::ShowView(View::Map) => shortcut(COMMAND, Key::Num4),
            Self::ShowView(View::Templates) => shortcut(COMMAND, Key::Num5),
            // Shown in the menu; the text field itself handles these keys.
            Self::Clipboard(ClipboardAction::Cut) => shortcut(COMMAND, Key::X),
            Self::Clipboard(ClipboardAction::Copy) => shortcut(COMMAND, Key::C),
            Self::Clipboard(ClipboardAction::Paste) => shortcut(COMMAND, Key::V),
            Self::Clipboard(ClipboardAction::SelectAll) => shortcut(COMMAND, Key::A),
            _ => None,
        }
    }

    /// Keys that also trigger the command, e.g. Ctrl+= for zoom on keyboards where
    /// `+` needs Shift.
    pub fn alternative_shortcut(&self) -> Option<KeyboardShortcut> {
        match self {
            Self::ZoomIn => Some(KeyboardShortcut::new(COMMAND, Key::Equals)),
            Self::Redo => Some(KeyboardShortcut::new(COMMAND, Key::Y)),
            Self::NextField => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowRight)),
            Self::PreviousField => Some(KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft)),
            // The keys of IBM's Common User Access, which X11 programs understand and
            // egui only maps on Windows.
            Self::Clipboard(ClipboardAction::Cut) => {
                Some(KeyboardShortcut::new(Modifiers::SHIFT, Key::Delete))
            }
            Self::Clipboard(ClipboardAction::Copy) => {
                Some(KeyboardShortcut::new(Modifiers::CTRL, Key::Insert))
            }
            Self::Clipboard(ClipboardAction::Paste) => {
                Some(KeyboardShortcut::new(Modifiers::SHIFT, Key::Insert))
            }
            _ => None,
        }
    }

    pub fn label(&self) -> Msg {
        match self {
            Self::NewWorkspace => Msg::New,
            Self::OpenDialog | Self::OpenPath(_) => Msg::Open,
            Self::Save => Msg::Save,
            Self::SaveAsDialog | Self::SaveToPath(_) => Msg::SaveAs,
            Self::ExportPdfDialog => Msg::ExportPdf,
            Self::OpenInViewer(_) => Msg::OpenPdf,
            Self::Quit => Msg::Quit,
            Self::FocusSearch => Msg::Find,
            Self::ZoomIn => Msg::ZoomIn,
            Self::ZoomOut => Msg::ZoomOut,
            Self::ZoomReset => Msg::ZoomReset,
            Self::AddCollaboration | Self::Select(_) => Msg::AddCollaboration,
            Self::DuplicateSelected => Msg::Duplicate,
            Self::RenameSelected | Self::Rename(..) => Msg::Rename,
            Self::DeleteSelected | Self::ConfirmDelete(_) => Msg::Delete,
            Self::MoveSelectedUp => Msg::MoveUp,
            Self::MoveSelectedDown => Msg::MoveDown,
            Self::Undo => Msg::Undo,
            Self::TogglePresentation => Msg::Presentation,
            Self::LeavePresentation => Msg::LeavePresentation,
            Self::NextField | Self::GoToField(_) => Msg::NextField,
            Self::PreviousField => Msg::PreviousField,
            Self::TimerToggle => Msg::TimerStart,
            Self::TimerExtend => Msg::TimerExtend,
            Self::TimerReset => Msg::TimerReset,
            Self::TimerSetMinutes(_) => Msg::TimerMinutes,
            Self::OpenPreparation => Msg::Preparation,
            Self::OpenDebrief | Self::RecordMeeting(..) => Msg::Debrief,
            Self::TakeSnapshot => Msg::TakeSnapshot,
            Self::OpenCompare => Msg::Compare,
            Self::Redo => Msg::Redo,
            Self::Clipboard(ClipboardAction::Cut) => Msg::Cut,
            Self::Clipboard(ClipboardAction::Copy) => Msg::Copy,
            Self::Clipboard(ClipboardAction::Paste) => Msg::Paste,
            Self::Clipboard(ClipboardAction::SelectAll) => Msg::SelectAll,
            Self::SetLanguage(_) => Msg::LanguageMenu,
            Self::SetTheme(_) => Msg::ThemeMenu,
            Self::SetSort(_) => Msg::SortLabel,
            Self::ShowView(view) => view.label(),
            Self::AddContact | Self::SelectContact(_) => Msg::AddContact,
            Self::DeleteContact(_) | Self::ConfirmDeleteContact(_) => Msg::DeleteContactTitle,
            Self::LogActivity(..) => Msg::LogActivity,
            Self::RemoveActivity(..) => Msg::RemoveActivity,
            Self::LinkContact(..) => Msg::LinkContact,
            Self::UnlinkContact(..) => Msg::Unlink,
            Self::SetMonthlyGoal(_) => Msg::GoalLabel,
            Self::AddCollaborationWith(_) => Msg::NewWithTemplate,
            Self::SetTemplate(..) | Self::SelectTemplate(_) => Msg::TemplateLabel,
            Self::NewTemplate => Msg::NewTemplate,
            Self::EditBundledTemplate(_) => Msg::EditTemplate,
            Self::DuplicateTemplate(_) => Msg::DuplicateTemplate,
            Self::DeleteTemplate(_) | Self::ConfirmDeleteTemplate(_) => Msg::DeleteTemplate,
            Self::RemoveTemplateField(..) | Self::ConfirmRemoveTemplateField(..) => {
                Msg::RemoveField
            }
            Self::ImportTemplateDialog => Msg::ImportTemplate,
            Self::ExportTemplateDialog(_) => Msg::ExportTemplate,
        }
    }

    /// Keys that only mean something on the projector screen (Esc, Page Down…) are left
    /// to the widgets everywhere else.
    pub fn is_presentation_only(&self) -> bool {
        matches!(
            self,
            Self::LeavePresentation | Self::NextField | Self::PreviousField
        )
    }

    /// Whether the command may discard unsaved work and must ask first.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Self::NewWorkspace | Self::OpenDialog | Self::OpenPath(_) | Self::Quit
        )
    }

    /// The shortcut as the menu shows it ("Ctrl+Shift+S").
    pub fn shortcut_text(&self, ctx: &egui::Context) -> Option<String> {
        self.shortcut()
            .map(|shortcut| ctx.format_shortcut(&shortcut))
    }

    pub fn label_text(&self, language: Language) -> &'static str {
        self.label().text(language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = Vec::new();
        for command in Command::WITH_SHORTCUTS {
            for shortcut in [command.shortcut(), command.alternative_shortcut()]
                .into_iter()
                .flatten()
            {
                assert!(!seen.contains(&shortcut), "{command:?} reuses {shortcut:?}");
                seen.push(shortcut);
            }
        }
        assert_eq!(seen.len(), Command::WITH_SHORTCUTS.len() + 4);
    }

    #[test]
    fn shortcuts_with_shift_come_before_their_plain_twins() {
        let position = |command: &Command| {
            Command::WITH_SHORTCUTS
                .iter()
                .position(|c| c == command)
                .unwrap_or(usize::MAX)
        };
        assert!(position(&Command::SaveAsDialog) < position(&Command::Save));
        assert!(position(&Command::AddCollaboration) < position(&Command::NewWorkspace));
        assert!(position(&Command::Redo) < position(&Command::Undo));
    }
}
