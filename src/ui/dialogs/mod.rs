//! The modal dialogs: each asks one question and returns the user's answer as data.

mod card;
mod compare;
mod confirm_delete;
mod conflict;
mod conflict_copy;
mod contacts_export;
mod debrief;
mod error;
mod export_options;
mod export_status;
mod forget;
mod guide;
mod import_contacts;
mod invite;
mod merge;
mod no_viewer;
mod opening;
mod outside_change;
mod palette;
mod passphrase;
mod preparation;
mod recover;
mod share;
mod shortcuts;
mod text_prompt;
mod unsaved;

pub use card::{CardAnswer, CardDraft, card_dialog_ui, colour_fill, colour_name};
pub use compare::compare_ui;
pub use confirm_delete::confirm_delete_ui;
pub use conflict::{ConflictChoice, conflict_ui};
pub use conflict_copy::{ConflictCopyAnswer, ConflictCopyDraft, conflict_copy_ui};
pub use contacts_export::{ContactsExportDraft, ContactsFormat, contacts_export_ui};
pub use debrief::{DebriefAnswer, DebriefDraft, debrief_ui};
pub use error::{ErrorReport, error_ui};
pub use export_options::{ExportAnswer, ExportContext, export_options_ui};
pub use export_status::{ExportDoneAnswer, ExportSummary, export_done_ui, export_progress_ui};
pub use forget::{ForgetPreview, forget_ui};
pub use guide::guide_ui;
pub use import_contacts::{ImportDraft, import_contacts_ui};
pub use invite::{InviteAnswer, InviteDraft, invite_ui};
pub use merge::{MergeAnswer, MergeChoice, MergeDraft, MergeRow, MergeSource, merge_ui};
pub use no_viewer::no_viewer_ui;
pub use opening::opening_ui;
pub use outside_change::outside_change_ui;
pub use palette::{PaletteAnswer, PaletteDraft, matching_actions, palette_ui};
pub use passphrase::{PassphraseAnswer, PassphraseDraft, PassphrasePurpose, passphrase_ui};
pub use preparation::{PreparationDraft, preparation_ui, rating_color};
pub use recover::{RecoverChoice, recover_ui};
pub use share::{ShareDraft, share_ui};
pub use shortcuts::{shortcut_rows, shortcuts_ui};
pub use text_prompt::{PromptAnswer, TextPrompt, text_prompt_ui};
pub use unsaved::{UnsavedChoice, unsaved_changes_ui};

use egui::{Id, Modal, RichText, Ui};

const DIALOG_WIDTH: f32 = 460.0;

/// A modal with a heading; returns what `contents` returned, and whether the user
/// dismissed the dialog (Esc or a click beside it).
fn show_dialog<R>(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    contents: impl FnOnce(&mut Ui) -> R,
) -> (R, bool) {
    let response = Modal::new(Id::unique(id)).show(ctx, |ui| {
        take_focus_when_opened(ui, id);
        ui.set_width(DIALOG_WIDTH);
        let title = ui.label(RichText::new(heading).heading().strong());
        name_dialog(ui, title.id);
        ui.add_space(8.0);
        contents(ui)
    });
    let dismissed = response.should_close();
    (response.inner, dismissed)
}

/// Where [`take_focus_when_opened`] leaves word for [`default_button`] that the dialog
/// has just opened.
const JUST_OPENED: &str = "dialog_just_opened";

/// A dialog takes the keyboard focus when it opens, as on every desktop, so that a
/// screen reader announces it and Tab walks its widgets: the widget behind it (the
/// canvas field one typed in before Ctrl+P) gives the focus up, and the dialog's
/// [`default_button`] takes it, unless the dialog gave it to a field of its own first.
/// "Just opened": not shown in the pass before.
fn take_focus_when_opened(ui: &mut Ui, id: &str) {
    let shown = Id::unique(("dialog_shown_in_pass", id));
    let pass = ui.ctx().cumulative_pass_nr();
    let shown_before = ui
        .data(|data| data.get_temp::<u64>(shown))
        .is_some_and(|last| last + 1 >= pass);
    ui.data_mut(|data| data.insert_temp(shown, pass));
    if shown_before {
        return;
    }
    ui.data_mut(|data| data.insert_temp(Id::unique(JUST_OPENED), true));
    if let Some(behind) = ui.memory(|memory| memory.focused()) {
        ui.memory_mut(|memory| memory.surrender_focus(behind));
    }
}

/// A screen reader announces a dialog by its name: the heading (`title`, the heading
/// label's id). egui gives the modal's node (the `Ui` of kind `Modal` around `ui`) the
/// role of a dialog but no name.
fn name_dialog(ui: &Ui, title: Id) {
    let modal = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Modal))
        .map(|frame| frame.unique_id);
    if let Some(id) = modal {
        ui.ctx().accesskit_node_builder(id, |node| {
            node.push_labelled_by(title.accesskit_id());
        });
    }
}

/// Enter answers a dialog with its first button, unless a text field (where Enter ends
/// a line) or a button (which Enter presses) has the keyboard focus.
fn enter_pressed(ui: &Ui) -> bool {
    ui.memory(|memory| memory.focused().is_none())
        && ui.input(|input| input.key_pressed(egui::Key::Enter))
}

/// The confirming button (rightmost, also Enter while `enabled`) and "Abbrechen":
/// `Some(true)`, `Some(false)`, or `None` while undecided.
fn confirm_row(
    ui: &mut Ui,
    language: crate::i18n::Language,
    confirm: egui::Button<'_>,
    enabled: bool,
) -> Option<bool> {
    button_row(ui, |ui| {
        let confirmed = default_button(ui.add_enabled(enabled, confirm), ui).clicked();
        if confirmed || (enabled && enter_pressed(ui)) {
            Some(true)
        } else if ui.button(crate::i18n::Msg::Cancel.text(language)).clicked() {
            Some(false)
        } else {
            None
        }
    })
}

/// A button whose label is red: it deletes or forgets.
fn destructive_button(ui: &Ui, text: &str) -> egui::Button<'static> {
    egui::Button::new(RichText::new(text).color(ui.visuals().error_fg_color))
}

/// Buttons right-aligned at the bottom of a dialog, first button rightmost.
fn button_row<R>(ui: &mut Ui, contents: impl FnOnce(&mut Ui) -> R) -> R {
    ui.add_space(12.0);
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), contents)
        .inner
}

/// Marks the button that Enter answers the dialog with: when the dialog has just opened
/// and nothing in it has the focus, this button takes it, so that a screen reader
/// announces the dialog, Tab starts from there, and Enter and Space press it (as Enter
/// did before). A disabled one waits until it is enabled. Not while nothing in the
/// dialog can take the focus: in the pass that only measures a new dialog, and in the
/// first pass of one opened right after another closed (egui still counts the closed one
/// as the top modal for that pass).
fn default_button(button: egui::Response, ui: &Ui) -> egui::Response {
    let can_take_focus = !ui.is_sizing_pass()
        && button.enabled()
        && ui.memory(|memory| {
            memory.allows_interaction(ui.layer_id()) && memory.focused().is_none()
        });
    if can_take_focus
        && ui
            .data_mut(|data| data.remove_temp::<bool>(Id::unique(JUST_OPENED)))
            .unwrap_or(false)
    {
        button.request_focus();
    }
    button
}
