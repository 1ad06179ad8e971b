//! What the app does, as data: the internal messages the UI pushes while it draws and
//! the app runs after the UI pass, so tests can drive the same actions without native
//! dialogs. Many carry data (a path, a card); the actions a person asks for by name,
//! with their labels and keys, are [`crate::user_action::UserAction`].

use std::path::PathBuf;

use crate::i18n::{Language, Msg};
use crate::model::{Activity, Card, CardId, CollaborationId, ContactId, SortOrder};
use crate::preferences::Theme;

/// Every action, grouped by the part of the app that runs it. Each group is matched
/// exhaustively where it runs, so a command nobody handles does not compile.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    File(FileCommand),
    Edit(EditCommand),
    View(ViewCommand),
    Presentation(PresentationCommand),
    Meeting(MeetingCommand),
    Contact(ContactCommand),
    Template(TemplateCommand),
    Card(CardCommand),
    Moderation(ModerationCommand),
}

/// The document as a file: new, open, save, export, quit.
#[derive(Clone, Debug, PartialEq)]
pub enum FileCommand {
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
    /// The built-in example workspace (Hilfe → Beispiel öffnen).
    OpenExample,
    /// Asks which collaborations go to the partner, then where to write them.
    ShareDialog,
    /// Asks for the partner's filled copy and merges it back.
    ReadPartnerDialog,
    /// Asks for a passphrase and saves the workspace encrypted with it.
    ProtectDialog,
    /// Asks for a new passphrase and saves with it.
    ChangePassphraseDialog,
    /// Asks for the current passphrase and saves without one.
    RemovePassphraseDialog,
    Quit,
}

/// Changes to the collaborations, undo and the clipboard.
#[derive(Clone, Debug, PartialEq)]
pub enum EditCommand {
    Undo,
    Redo,
    /// Cut, copy, paste and select all in the text field being edited, through the
    /// system clipboard.
    Clipboard(ClipboardAction),
    AddCollaboration,
    /// A new collaboration filled in the template with this id.
    AddCollaborationWith(String),
    DuplicateSelected,
    RenameSelected,
    DeleteSelected,
    /// Moves the selected collaboration one place up or down in the file's order.
    MoveSelectedUp,
    MoveSelectedDown,
    Select(CollaborationId),
    Rename(CollaborationId, String),
    /// Deletes without asking; only the confirmation dialog sends it.
    ConfirmDelete(CollaborationId),
    /// Switches a canvas to another template; text is kept.
    SetTemplate(CollaborationId, String),
}

/// How the window looks and what it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewCommand {
    FocusSearch,
    /// The card wall of the presented field, or of the shown canvas's first field with
    /// cards.
    ShowCardWall,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    SetLanguage(Language),
    SetTheme(Theme),
    SetSort(SortOrder),
    /// Years without a logged contact before a contact is marked for review.
    SetReviewYears(u32),
    /// Switches between the canvases and the Netzwerkbuch's views.
    ShowView(View),
    /// Hilfe → Tastenkürzel: every shortcut of the actions' table.
    ShowShortcuts,
    /// Every action by its name, searched as one types (Ctrl+Shift+P).
    ShowPalette,
    /// Hilfe → Kurzanleitung: the three questions, the four forms, the Kartenabfrage.
    ShowGuide,
}

/// Presentation mode for a projector (F11), its field-by-field navigation and timer.
#[derive(Clone, Debug, PartialEq)]
pub enum PresentationCommand {
    TogglePresentation,
    LeavePresentation,
    NextField,
    PreviousField,
    GoToField(usize),
    TimerToggle,
    TimerExtend,
    TimerReset,
    TimerSetMinutes(u32),
}

/// Before and after a meeting: "Vorbereitung", "Nachbereitung", kept states.
#[derive(Clone, Debug, PartialEq)]
pub enum MeetingCommand {
    OpenPreparation,
    OpenDebrief,
    RecordMeeting(CollaborationId, crate::model::MeetingRecord),
    /// "Stand festhalten" and the comparison with a kept state.
    TakeSnapshot,
    OpenCompare,
}

/// The Netzwerkbuch: contacts, their log and links, the monthly goal.
#[derive(Clone, Debug, PartialEq)]
pub enum ContactCommand {
    AddContact,
    /// Shows a contact in the contacts view.
    SelectContact(ContactId),
    /// Asks before deleting.
    DeleteContact(ContactId),
    ConfirmDeleteContact(ContactId),
    LogActivity(ContactId, Activity),
    RemoveActivity(ContactId, usize),
    /// "Erledigt" in the due list: logs a contact today, which restarts the follow-up.
    FollowUpDone(ContactId),
    /// "+1 Woche" in the due list: the next follow-up a week later.
    PostponeFollowUp(ContactId),
    LinkContact(CollaborationId, ContactId),
    UnlinkContact(CollaborationId, ContactId),
    SetMonthlyGoal(u32),
    /// Datei → Kontakte importieren…: a vCard or CSV file.
    ImportContactsDialog,
    ExportVcardDialog,
    ExportCsvDialog,
    /// The follow-ups and meeting dates as an iCalendar file.
    ExportCalendarDialog,
    /// Asks where to write everything stored about the contact (PDF and JSON).
    AuskunftDialog(ContactId),
    /// Shows where the contact is named, and asks before forgetting them.
    ForgetDialog(ContactId),
    /// Forgets the contact everywhere, as one undo step.
    ConfirmForget(ContactId),
}

/// The template editor's actions, by template id.
#[derive(Clone, Debug, PartialEq)]
pub enum TemplateCommand {
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

/// The cards of a Kartenabfrage on the canvas of a collaboration.
#[derive(Clone, Debug, PartialEq)]
pub enum CardCommand {
    /// Opens the card dialog for a new card in this field of the shown canvas.
    NewCard(CollaborationId, String),
    /// Opens the card dialog for a card.
    EditCard(CollaborationId, CardId),
    /// The dialog's answer: the card as edited; added when it is new.
    SaveCard(CollaborationId, Box<Card>),
    RemoveCard(CollaborationId, CardId),
    /// A dropped card.
    MoveCard(CollaborationId, CardId, CardDrop),
    /// Opens the dialog that renames a cluster: field id and the cluster's name.
    RenameClusterDialog(CollaborationId, String, String),
    /// Field id, old name, new name (empty dissolves the cluster).
    RenameCluster(CollaborationId, String, String, String),
    /// "Karten übernehmen": the cards of the field become its text.
    TakeOverCards(CollaborationId, String),
    /// The card wall of a field: all its cards, as large as the window allows.
    OpenWall(CollaborationId, String),
    CloseWall,
    /// Dotting on the wall: one dot more, one dot less.
    AddDot(CollaborationId, CardId),
    RemoveDot(CollaborationId, CardId),
}

impl ContactCommand {
    pub fn label(&self) -> Msg {
        match self {
            Self::AddContact => Msg::AddContact,
            Self::SelectContact(_) => Msg::OpenContact,
            Self::DeleteContact(_) | Self::ConfirmDeleteContact(_) => Msg::DeleteContactTitle,
            Self::LogActivity(..) => Msg::LogActivity,
            Self::RemoveActivity(..) => Msg::RemoveActivity,
            Self::FollowUpDone(_) => Msg::DueDone,
            Self::PostponeFollowUp(_) => Msg::DuePostpone,
            Self::LinkContact(..) => Msg::LinkContact,
            Self::UnlinkContact(..) => Msg::Unlink,
            Self::SetMonthlyGoal(_) => Msg::GoalLabel,
            Self::ImportContactsDialog => Msg::ImportContacts,
            Self::ExportVcardDialog => Msg::ExportVcard,
            Self::ExportCsvDialog => Msg::ExportCsv,
            Self::ExportCalendarDialog => Msg::ExportCalendar,
            Self::AuskunftDialog(_) => Msg::AuskunftButton,
            Self::ForgetDialog(_) | Self::ConfirmForget(_) => Msg::ForgetButton,
        }
    }
}

impl CardCommand {
    pub fn label(&self) -> Msg {
        match self {
            Self::NewCard(..) => Msg::AddCard,
            Self::EditCard(..) | Self::SaveCard(..) => Msg::CardDialogEdit,
            Self::RemoveCard(..) => Msg::CardDelete,
            Self::MoveCard(..) => Msg::StepCardMove,
            Self::RenameClusterDialog(..) | Self::RenameCluster(..) => Msg::RenameClusterTitle,
            Self::TakeOverCards(..) => Msg::TakeOverCards,
            Self::OpenWall(..) | Self::CloseWall => Msg::CardWall,
            Self::AddDot(..) | Self::RemoveDot(..) => Msg::StepCardDot,
        }
    }
}

/// A Kartenabfrage with participants' devices on the local network.
#[derive(Clone, Debug, PartialEq)]
pub enum ModerationCommand {
    /// Moderation → Teilnehmende einladen…: asks for the field and the dots.
    InviteDialog,
    /// Starts listening: the field id, the dots per participant, and the address.
    Start(String, u32, std::net::IpAddr),
    SetPhase(crate::moderation::Phase),
    /// Ends the session and closes the port; the cards stay on the canvas.
    End,
}

impl ModerationCommand {
    pub fn label(&self) -> Msg {
        match self {
            Self::InviteDialog | Self::Start(..) => Msg::InviteParticipants,
            Self::SetPhase(_) => Msg::SessionPhase,
            Self::End => Msg::EndSession,
        }
    }
}

/// Where a dragged card was dropped.
#[derive(Clone, Debug, PartialEq)]
pub enum CardDrop {
    /// On a card: before it, into its field and cluster.
    Before(CardId),
    /// On a cluster's name: at the end of that cluster of the field.
    Cluster(String, String),
    /// On the field's box: at the end of the field, outside any cluster.
    Field(String),
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

impl Command {
    /// What a button that sends the command says (the menus take their labels from the
    /// actions' table).
    pub fn label(&self) -> Msg {
        match self {
            Self::File(FileCommand::NewWorkspace) => Msg::New,
            Self::File(FileCommand::OpenDialog) | Self::File(FileCommand::OpenPath(_)) => Msg::Open,
            Self::File(FileCommand::Save) => Msg::Save,
            Self::File(FileCommand::SaveAsDialog) | Self::File(FileCommand::SaveToPath(_)) => {
                Msg::SaveAs
            }
            Self::File(FileCommand::ExportPdfDialog) => Msg::ExportPdf,
            Self::File(FileCommand::OpenInViewer(_)) => Msg::OpenPdf,
            Self::File(FileCommand::OpenExample) => Msg::OpenExample,
            Self::File(FileCommand::ShareDialog) => Msg::ShareForPartner,
            Self::File(FileCommand::ReadPartnerDialog) => Msg::ReadPartnerCopy,
            Self::File(FileCommand::ProtectDialog) => Msg::ProtectWithPassphrase,
            Self::File(FileCommand::ChangePassphraseDialog) => Msg::ChangePassphrase,
            Self::File(FileCommand::RemovePassphraseDialog) => Msg::RemovePassphrase,
            Self::File(FileCommand::Quit) => Msg::Quit,
            Self::View(ViewCommand::FocusSearch) => Msg::Find,
            Self::View(ViewCommand::ShowCardWall) => Msg::CardWall,
            Self::View(ViewCommand::ZoomIn) => Msg::ZoomIn,
            Self::View(ViewCommand::ZoomOut) => Msg::ZoomOut,
            Self::View(ViewCommand::ZoomReset) => Msg::ZoomReset,
            Self::Edit(EditCommand::AddCollaboration) | Self::Edit(EditCommand::Select(_)) => {
                Msg::AddCollaboration
            }
            Self::Edit(EditCommand::DuplicateSelected) => Msg::Duplicate,
            Self::Edit(EditCommand::RenameSelected) | Self::Edit(EditCommand::Rename(..)) => {
                Msg::Rename
            }
            Self::Edit(EditCommand::DeleteSelected) | Self::Edit(EditCommand::ConfirmDelete(_)) => {
                Msg::Delete
            }
            Self::Edit(EditCommand::MoveSelectedUp) => Msg::MoveUp,
            Self::Edit(EditCommand::MoveSelectedDown) => Msg::MoveDown,
            Self::Edit(EditCommand::Undo) => Msg::Undo,
            Self::Presentation(PresentationCommand::TogglePresentation) => Msg::Presentation,
            Self::Presentation(PresentationCommand::LeavePresentation) => Msg::LeavePresentation,
            Self::Presentation(PresentationCommand::NextField)
            | Self::Presentation(PresentationCommand::GoToField(_)) => Msg::NextField,
            Self::Presentation(PresentationCommand::PreviousField) => Msg::PreviousField,
            Self::Presentation(PresentationCommand::TimerToggle) => Msg::TimerStart,
            Self::Presentation(PresentationCommand::TimerExtend) => Msg::TimerExtend,
            Self::Presentation(PresentationCommand::TimerReset) => Msg::TimerReset,
            Self::Presentation(PresentationCommand::TimerSetMinutes(_)) => Msg::TimerMinutes,
            Self::Meeting(MeetingCommand::OpenPreparation) => Msg::Preparation,
            Self::Meeting(MeetingCommand::OpenDebrief)
            | Self::Meeting(MeetingCommand::RecordMeeting(..)) => Msg::Debrief,
            Self::Meeting(MeetingCommand::TakeSnapshot) => Msg::TakeSnapshot,
            Self::Meeting(MeetingCommand::OpenCompare) => Msg::Compare,
            Self::Edit(EditCommand::Redo) => Msg::Redo,
            Self::Edit(EditCommand::Clipboard(ClipboardAction::Cut)) => Msg::Cut,
            Self::Edit(EditCommand::Clipboard(ClipboardAction::Copy)) => Msg::Copy,
            Self::Edit(EditCommand::Clipboard(ClipboardAction::Paste)) => Msg::Paste,
            Self::Edit(EditCommand::Clipboard(ClipboardAction::SelectAll)) => Msg::SelectAll,
            Self::View(ViewCommand::SetLanguage(_)) => Msg::LanguageMenu,
            Self::View(ViewCommand::SetTheme(_)) => Msg::ThemeMenu,
            Self::View(ViewCommand::SetSort(_)) => Msg::SortLabel,
            Self::View(ViewCommand::SetReviewYears(_)) => Msg::ReviewYearsLabel,
            Self::View(ViewCommand::ShowView(view)) => view.label(),
            Self::View(ViewCommand::ShowShortcuts) => Msg::ShowShortcuts,
            Self::View(ViewCommand::ShowGuide) => Msg::ShowGuide,
            Self::View(ViewCommand::ShowPalette) => Msg::CommandPalette,
            Self::Edit(EditCommand::AddCollaborationWith(_)) => Msg::NewWithTemplate,
            Self::Edit(EditCommand::SetTemplate(..))
            | Self::Template(TemplateCommand::SelectTemplate(_)) => Msg::TemplateLabel,
            Self::Template(TemplateCommand::NewTemplate) => Msg::NewTemplate,
            Self::Template(TemplateCommand::EditBundledTemplate(_)) => Msg::EditTemplate,
            Self::Template(TemplateCommand::DuplicateTemplate(_)) => Msg::DuplicateTemplate,
            Self::Template(TemplateCommand::DeleteTemplate(_))
            | Self::Template(TemplateCommand::ConfirmDeleteTemplate(_)) => Msg::DeleteTemplate,
            Self::Template(TemplateCommand::RemoveTemplateField(..))
            | Self::Template(TemplateCommand::ConfirmRemoveTemplateField(..)) => Msg::RemoveField,
            Self::Template(TemplateCommand::ImportTemplateDialog) => Msg::ImportTemplate,
            Self::Template(TemplateCommand::ExportTemplateDialog(_)) => Msg::ExportTemplate,
            Self::Contact(command) => command.label(),
            Self::Card(command) => command.label(),
            Self::Moderation(command) => command.label(),
        }
    }

    pub fn label_text(&self, language: Language) -> &'static str {
        self.label().text(language)
    }
}
