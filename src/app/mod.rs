//! The application: owns the document and the UI state, draws the panels, and runs the
//! commands the UI pushed once the UI pass is over.

mod autosave;
mod card_commands;
mod clipboard;
mod conflict_copy;
mod contact_commands;
mod contacts_files;
mod dialogs;
mod document;
mod edit;
mod export_commands;
mod export_job;
mod file_commands;
pub mod first_frame;
mod jobs;
mod load_job;
mod meeting_commands;
mod merge_in;
mod moderation;
mod netzwerkbuch_panels;
mod partner;
mod presentation;
mod protection;
mod rights;
mod run_command;
mod safety;
mod screen_fonts;
mod session;
mod status_note;
mod template_commands;
mod template_editor;
mod typing;
mod undo;
mod views;
mod window_state;

use std::path::PathBuf;

use egui::ViewportCommand;

pub use dialogs::ActiveDialog;
pub use document::Document;

use crate::command::Command;
use crate::command::{EditCommand, FileCommand};
use crate::i18n::Msg;
use crate::model::{CollaborationId, Workspace};
use crate::preferences::{Preferences, Theme};
use crate::storage;
use crate::ui::canvas::list::{ListPanelInput, collaboration_list_ui};
use crate::ui::canvas::view::{CanvasContext, canvas_view_ui};
use crate::ui::file_dialog::FileDialogs;
use crate::ui::status_bar::{StatusLine, status_bar_ui};
use crate::ui::{fonts, menu_bar};
use crate::user_action::{Situation, UserAction};

/// What the app shows at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Startup {
    /// The built-in example workspace, so a new user sees a filled canvas at once.
    Example,
    /// A file from the command line; if it cannot be read, an empty workspace and the
    /// reason are shown instead.
    File(PathBuf),
    /// Started without a file: the file opened last, as office programs do; the
    /// example on the very first start, or when that file is gone.
    LastFileOrExample,
}

pub struct App {
    /// The open document and everything that belongs to it; replaced as a whole.
    session: session::Session,
    preferences: Preferences,
    views: views::Views,
    jobs: jobs::Jobs,
    dialog: Option<ActiveDialog>,
    /// What the UI asked for during this frame, run after it.
    pending: Vec<Command>,
    status_message: Option<status_note::StatusNote>,
    window: window_state::WindowState,
    recovery: safety::CrashRecovery,
    /// The clipboard entries of the menu act on this field.
    clipboard: clipboard::ClipboardTarget,
    /// For work that starts outside a frame (opening the file given at start).
    ctx: egui::Context,
}

impl App {
    pub fn new(
        ctx: &egui::Context,
        preferences: Preferences,
        startup: Startup,
        file_dialogs: FileDialogs,
    ) -> Self {
        fonts::install(ctx);
        ctx.options_mut(|options| {
            // Our own commands own these keys, with their labels in the menus.
            options.zoom_with_keyboard = false;
            options.quit_shortcuts.clear();
        });
        let mut app = Self {
            session: session::Session::new(Document::default(), None, 0),
            preferences,
            views: views::Views::default(),
            jobs: jobs::Jobs::new(file_dialogs),
            dialog: None,
            pending: Vec::new(),
            status_message: None,
            window: window_state::WindowState::new(first_frame::FirstFrameLog::from_env()),
            recovery: safety::CrashRecovery::default(),
            clipboard: clipboard::ClipboardTarget::default(),
            ctx: ctx.clone(),
        };
        match startup {
            Startup::Example => app.load_example(),
            Startup::File(path) => app.open_path(&path),
            Startup::LastFileOrExample => {
                let last = app
                    .preferences
                    .recent_files
                    .first()
                    .filter(|path| path.is_file());
                match last.cloned() {
                    Some(path) => app.open_path(&path),
                    None => app.load_example(),
                }
            }
        }
        app
    }

    /// The eframe entry point: preferences come from eframe's storage.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        let preferences = Self::preferences_from_storage(cc.storage);
        let recovery_folder =
            eframe::storage_dir("netzwerk-canvas").map(|data| data.join("recovery"));
        Self::new(&cc.egui_ctx, preferences, startup, FileDialogs::native())
            .with_data_folder(recovery_folder)
    }

    /// The preferences of the last run; defaults when there are none or they are unreadable.
    pub fn preferences_from_storage(storage: Option<&dyn eframe::Storage>) -> Preferences {
        storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default()
    }

    pub fn document(&self) -> &Document {
        &self.session.document
    }

    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    pub fn selected(&self) -> Option<&CollaborationId> {
        self.session.selected.as_ref()
    }

    /// The window title as last sent to the window.
    pub fn window_title(&self) -> &str {
        &self.window.title
    }

    /// Whether a large file is being read on a worker thread.
    pub fn is_opening(&self) -> bool {
        self.jobs.load.is_some()
    }

    pub fn dialog(&self) -> Option<&ActiveDialog> {
        self.dialog.as_ref()
    }

    /// Queues a command as if the UI had pushed it; it runs after the next UI pass.
    pub fn queue(&mut self, command: Command) {
        self.pending.push(command);
    }

    fn load_example(&mut self) {
        match storage::example_workspace() {
            Ok(workspace) => self.replace_document(Document::example(workspace)),
            Err(error) => {
                self.replace_document(Document::default());
                self.show_error(
                    Msg::ExampleName.text(self.preferences.language),
                    &error,
                    false,
                );
            }
        }
    }

    /// Ends the open document's session (its lock, its recovery file) and starts one
    /// for `document`, with its own empty undo history, selection and drafts.
    fn replace_document(&mut self, document: Document) {
        self.remember_shown_canvas();
        // Normally ended already, before the unsaved-changes question. On any other way
        // here (reloading the file after a conflict) its journal stays on disk and is
        // replayed into the new document if that is the same file.
        let was_moderating = self.session.moderation.take().is_some();
        self.session.end();
        if let (true, Some(folder)) = (was_moderating, &self.recovery.folder) {
            self.recovery.journals = crate::moderation::find_left_journals(folder);
        }
        // Each session has a generation of its own, so that a file dialog's answer (or a
        // worker's) reaches only the session that asked.
        let generation = self.session.generation + 1;
        let folder = self.recovery.folder.clone();
        self.session = session::Session::new(document, folder, generation);
        self.show_last_canvas();
        self.replay_left_journals();
        // Dialogs about the old document (a rename, a deletion, a debrief) go with it.
        self.dialog = None;
        self.views.focus_request = None;
    }

    /// Notes which canvas of a saved file is shown, for the next time it opens.
    fn remember_shown_canvas(&mut self) {
        if let (Some(path), Some(id)) = (&self.session.document.path, &self.session.selected) {
            self.preferences.remember_canvas(path, id);
        }
    }

    /// Shows the canvas that was shown when the file was last closed, if it still exists.
    fn show_last_canvas(&mut self) {
        let Some(path) = &self.session.document.path else {
            return;
        };
        if let Some(id) = self.preferences.last_canvas(path)
            && self.session.document.workspace.get(id).is_some()
        {
            self.session.selected = Some(id.clone());
        }
    }

    /// Theme and zoom from the preferences; the projector look while presenting.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let presenting = self.views.presentation.is_some();
        let look = if presenting {
            (Theme::Dark, self.preferences.presentation_zoom, true)
        } else {
            (self.preferences.theme, self.preferences.zoom, false)
        };
        if self.window.applied_look != Some(look) {
            let dark_visuals = if presenting {
                crate::ui::presentation::view::projector_visuals()
            } else {
                egui::Visuals::dark()
            };
            ctx.set_visuals_of(egui::Theme::Dark, dark_visuals);
            ctx.set_theme(match look.0 {
                Theme::Light => egui::Theme::Light,
                Theme::Dark => egui::Theme::Dark,
            });
            ctx.set_zoom_factor(look.1);
            self.window.applied_look = Some(look);
        }
    }

    /// What the actions' rules (menus, palette) are judged against, this frame.
    pub(super) fn situation(&self) -> Situation {
        Situation {
            has_selection: self.session.selected.is_some(),
            can_undo: self.session.history.undo_label().is_some(),
            can_redo: self.session.history.redo_label().is_some(),
            is_moderating: self.session.moderation.is_some(),
            is_presenting: self.views.presentation.is_some(),
            is_protected: self.session.document.is_protected(),
        }
    }

    fn collect_shortcuts(&mut self, ctx: &egui::Context) {
        // Shift+Insert and friends work in dialogs' fields too.
        for action in [UserAction::Cut, UserAction::Copy, UserAction::Paste] {
            if let Some(shortcut) = action.alternative_shortcut()
                && ctx.input_mut(|input| input.consume_shortcut(&shortcut))
            {
                self.pending.push(action.command());
            }
        }
        if self.dialog.is_some() || self.jobs.export.is_some() || self.jobs.load.is_some() {
            return;
        }
        // Escape closes the card wall first (and leaves the presentation only then).
        if self.session.wall.is_some()
            && ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.pending
                .push(Command::Card(crate::command::CardCommand::CloseWall));
        }
        let presenting = self.views.presentation.is_some();
        for action in UserAction::by_shortcut_precedence() {
            // The clipboard's main keys belong to the text field being edited.
            let is_clipboard = matches!(action.command(), Command::Edit(EditCommand::Clipboard(_)));
            if is_clipboard || (action.is_presentation_only() && !presenting) {
                continue;
            }
            let pressed = [action.shortcut(), action.alternative_shortcut()]
                .into_iter()
                .flatten()
                .any(|shortcut| ctx.input_mut(|input| input.consume_shortcut(&shortcut)));
            if pressed {
                self.pending.push(action.command());
            }
        }
    }

    fn collect_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.pending
                .push(Command::File(FileCommand::OpenPath(path)));
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        let close_requested = ctx.input(|input| input.viewport().close_requested());
        if close_requested && !self.window.is_close_confirmed {
            // The participants' last cards first: they may make the document modified.
            self.end_moderation();
        }
        if close_requested && !self.window.is_close_confirmed && self.session.document.is_modified()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.dialog = Some(ActiveDialog::Unsaved(FileCommand::Quit));
        }
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self
            .session
            .document
            .window_title(self.preferences.language);
        if title != self.window.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window.title = title;
        }
    }

    fn panels_ui(&mut self, ui: &mut egui::Ui) {
        if self.views.presentation.is_some() {
            self.session.refresh_shadow();
            return self.presentation_panel_ui(ui);
        }
        let language = self.preferences.language;
        let menu_state = menu_bar::MenuState {
            situation: self.situation(),
            undo_text: self.undo_text(),
            redo_text: self.redo_text(),
        };
        egui::Panel::top("menu_bar").show(ui, |ui| {
            menu_bar::menu_bar_ui(ui, &self.preferences, &menu_state, &mut self.pending);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            let location = self.session.document.location(language);
            let note = self.status_message.as_ref().map(|note| note.text(language));
            let status = StatusLine {
                location: &location,
                collaboration_count: self.session.document.workspace.collaborations.len(),
                is_modified: self.session.document.is_modified(),
                message: note.as_deref(),
            };
            status_bar_ui(ui, language, &status);
        });
        egui::Panel::top("view_tabs").show(ui, |ui| {
            let due_count = self.due_count();
            crate::ui::view_tabs::view_tabs_ui(
                ui,
                language,
                self.views.view,
                due_count,
                &mut self.pending,
            );
        });
        match self.views.view {
            crate::command::View::Canvases => self.canvases_ui(ui),
            crate::command::View::Contacts => self.contacts_ui(ui),
            crate::command::View::Due => self.due_ui(ui),
            crate::command::View::Map => self.map_ui(ui),
            crate::command::View::Templates => self.templates_ui(ui),
        }
    }

    fn canvases_ui(&mut self, ui: &mut egui::Ui) {
        let language = self.preferences.language;
        egui::Panel::left("collaboration_list")
            .default_size(384.0)
            .max_size(side_panel_max(ui, self.window.applied_zoom()))
            .resizable(true)
            .show(ui, |ui| {
                let input = ListPanelInput {
                    language,
                    workspace: &self.session.document.workspace,
                    selected: self.session.selected.as_ref(),
                    sort: self.preferences.sort,
                };
                let search = &mut self.session.collaboration_search;
                collaboration_list_ui(ui, &input, search, &mut self.pending);
            });
        crate::ui::widgets::accessible::name_resize_handle(
            ui,
            "collaboration_list",
            Msg::ResizeList.text(language),
        );
        self.session.refresh_shadow();
        let template = self.selected_template();
        let templates = self.template_choices();
        egui::CentralPanel::default().show(ui, |ui| {
            let Workspace {
                collaborations,
                contacts,
                ..
            } = &mut self.session.document.workspace;
            let collaboration = self
                .session
                .selected
                .as_ref()
                .and_then(|id| collaborations.iter_mut().find(|c| &c.id == id));
            let context = CanvasContext {
                template: &template,
                templates: &templates,
                contacts,
            };
            let changed = canvas_view_ui(
                ui,
                language,
                &context,
                collaboration,
                &mut self.session.canvas_state,
                &mut self.pending,
            );
            if changed {
                self.session.typed_in_canvas(ui.input(|input| input.time));
            }
        });
    }
}

/// A side panel takes at most two fifths of the window, so that the canvas or card
/// beside it keeps room at any zoom. Not in the frame a new zoom is being applied (the
/// first after leaving the presentation, which still has the projector's zoom): the
/// panel would keep a width clamped to that zoom ever after.
fn side_panel_max(ui: &egui::Ui, applied_zoom: Option<f32>) -> f32 {
    let settled = applied_zoom.is_none_or(|zoom| (ui.ctx().zoom_factor() - zoom).abs() < 1e-3);
    if settled {
        (ui.available_width() * 0.4).max(200.0)
    } else {
        f32::INFINITY
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.window.first_frame.on_ui_pass(&ctx);
        self.apply_look(&ctx);
        self.add_screen_fonts(&ctx);
        self.clipboard.remember_focused_editor(&ctx);
        self.collect_shortcuts(&ctx);
        self.collect_dropped_files(&ctx);
        self.handle_close_request(&ctx);
        // Once a frame: the dialog's worker thread asks for a repaint when it answers.
        self.poll_file_dialog(&ctx);
        self.moderation_tick();
        self.panels_ui(ui);
        self.card_wall_ui(&ctx);
        self.moderation_panel_ui(&ctx);
        self.dialogs_ui(&ctx);
        self.export_job_ui(&ctx);
        self.load_job_ui(&ctx);
        self.contacts_import_ui();
        if self.dialog.is_none() {
            self.poll_viewer();
        }
        self.run_pending(&ctx);
        let now = ctx.input(|input| input.time);
        self.session
            .autosave
            .tick(&self.session.document, now, &ctx);
        self.session.renew_lock();
        self.watch_file(&ctx);
        self.update_window_title(&ctx);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.clipboard.inject_events(raw_input);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.remember_shown_canvas();
        eframe::set_value(storage, eframe::APP_KEY, &self.preferences);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.recovery.keep_on_exit {
            self.session.release_lock();
        } else {
            // Reaching exit means the work was saved or the user chose to discard it.
            self.session.end();
        }
    }
}
