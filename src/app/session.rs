//! Everything tied to the open document, as one value. New, Open, Reload, Restore, a
//! dropped file and the example each make a new [`Session`] and end the old one, so
//! that no part of the old document (its undo history, the copies kept for undo, the
//! selection, the side panels' searches, drafts and editor states that hold its ids, a pending save or export,
//! its autosave and its lock) can act on the new one.

use std::path::{Path, PathBuf};

use super::Document;
use super::autosave::Autosave;
use super::typing::BookShadow;
use crate::command::FileCommand;
use crate::model::{Collaboration, CollaborationId, ContactId, History};
use crate::preferences::ExportChoice;
use crate::storage::lock;
use crate::ui::canvas::view::CanvasViewState;
use crate::ui::netzwerkbuch::contact_view::ContactViewState;
use crate::ui::templates::editor::TemplateEditorState;
use crate::ui::widgets::search_field::SearchState;

pub(super) struct Session {
    pub(super) document: Document,
    pub(super) history: History,
    /// The shown collaboration as it was before this frame's edits, for undo.
    pub(super) shadow: Option<Collaboration>,
    /// The shown contact or the templates before this frame's edits, for undo.
    pub(super) book_shadow: BookShadow,
    pub(super) selected: Option<CollaborationId>,
    pub(super) selected_contact: Option<ContactId>,
    pub(super) canvas_state: CanvasViewState,
    pub(super) contact_view_state: ContactViewState,
    pub(super) template_editor: TemplateEditorState,
    /// The side panels' searches: a new document starts with every item shown.
    pub(super) collaboration_search: SearchState,
    pub(super) contact_search: SearchState,
    /// What to do once a "Save as" started by the unsaved-changes dialog succeeds.
    pub(super) after_save: Option<FileCommand>,
    /// The export choice waiting for its file path.
    pub(super) pending_export: Option<ExportChoice>,
    /// The contact whose Auskunft waits for its file path.
    pub(super) pending_auskunft: Option<ContactId>,
    /// The collaborations chosen for the partner, waiting for the file path.
    pub(super) pending_share: Option<crate::model::partner_share::ShareChoice>,
    /// The contacts export's format and tag, waiting for the file path.
    pub(super) pending_contacts_export: Option<crate::ui::dialogs::ContactsExportDraft>,
    pub(super) autosave: Autosave,
    /// The file whose lock this session holds, and the lock.
    lock: Option<(PathBuf, lock::DocumentLock)>,
    /// Tells this session's file dialogs from an earlier one's.
    pub(super) generation: u64,
    /// A running Kartenabfrage on one of this document's canvases; it ends (and its
    /// port closes) with the session.
    pub(super) moderation: Option<super::moderation::ModerationRun>,
    /// Journals of this document's ended sessions: their cards are in the document,
    /// not yet in its file. Removed when it is saved or deliberately discarded.
    pub(super) journals: Vec<crate::moderation::Journal>,
    /// The same for journals of earlier runs whose cards were replayed into it.
    pub(super) left_journals: Vec<crate::moderation::LeftJournal>,
    /// The card wall of one of this document's fields, while it is shown.
    pub(super) wall: Option<crate::ui::canvas::card_wall::CardWallState>,
    /// Looking for changes made to the file elsewhere while the window is open.
    pub(super) watch: super::merge_in::FileWatch,
    /// The workspace was replaced as a whole (a merge, an import): look again for
    /// characters the screen's fonts lack.
    pub(super) fonts_stale: bool,
}

impl Session {
    /// A session for `document`, showing its first collaboration and contact;
    /// autosave writes into `recovery_folder`.
    pub(super) fn new(
        document: Document,
        recovery_folder: Option<PathBuf>,
        generation: u64,
    ) -> Self {
        let workspace = &document.workspace;
        Self {
            selected: workspace.collaborations.first().map(|c| c.id.clone()),
            selected_contact: workspace.contacts.first().map(|c| c.id.clone()),
            document,
            history: History::default(),
            shadow: None,
            book_shadow: BookShadow::default(),
            canvas_state: CanvasViewState::default(),
            contact_view_state: ContactViewState::default(),
            template_editor: TemplateEditorState::default(),
            collaboration_search: SearchState::default(),
            contact_search: SearchState::default(),
            after_save: None,
            pending_export: None,
            pending_auskunft: None,
            pending_share: None,
            pending_contacts_export: None,
            autosave: Autosave::new(recovery_folder),
            lock: None,
            moderation: None,
            journals: Vec::new(),
            left_journals: Vec::new(),
            wall: None,
            watch: super::merge_in::FileWatch::default(),
            fonts_stale: false,
            generation,
        }
    }

    /// Takes the lock on `path` (releasing any other this session held); returns who
    /// else holds it, if another live instance does.
    pub(super) fn lock(&mut self, path: &Path) -> Option<lock::LockHolder> {
        if self.lock.as_ref().is_some_and(|(held, _)| held == path) {
            return None;
        }
        self.release_lock();
        let (held, holder) = lock::take(path);
        self.lock = held.map(|held| (path.to_path_buf(), held));
        holder
    }

    /// Dropping the lock releases it.
    pub(super) fn release_lock(&mut self) {
        self.lock = None;
    }

    /// Keeps the lock fresh for instances on other machines.
    pub(super) fn renew_lock(&mut self) {
        if let Some((_, held)) = &mut self.lock {
            held.renew();
        }
    }

    /// Ends the session: its lock is released and its recovery file removed, because
    /// the work was saved or the user chose to let it go.
    pub(super) fn end(&mut self) {
        self.release_lock();
        self.autosave.clear(&self.document);
        self.forget_journals();
    }

    /// The cards of ended Kartenabfrage sessions are in the saved file now (or were
    /// discarded on purpose): their journals go.
    pub(super) fn forget_journals(&mut self) {
        self.journals
            .drain(..)
            .for_each(crate::moderation::Journal::remove);
        self.left_journals
            .drain(..)
            .for_each(|journal| journal.remove());
    }
}
