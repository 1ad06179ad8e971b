//! The passphrase dialog: opening a protected file, protecting a workspace, changing and
//! removing its passphrase. The fields are masked; a note says when Caps Lock seems on.

use std::path::PathBuf;

use egui::{Key, TextEdit};
use zeroize::Zeroizing;

use crate::i18n::{Language, Msg};
use crate::storage::Passphrase;
use crate::ui::widgets::editor_id::editor_id;

/// Why the passphrase is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PassphrasePurpose {
    /// Opening the protected file at this path.
    Unlock(PathBuf),
    /// Restoring the unsaved work of a protected file: the recovery file, and the name of
    /// the file the work belongs to.
    UnlockRecovery(PathBuf),
    /// A new passphrase for an unprotected workspace (typed twice).
    Protect,
    /// A new passphrase for a protected workspace (typed twice).
    Change,
    /// The current passphrase, to confirm saving without protection.
    Remove,
}

impl PassphrasePurpose {
    /// A new passphrase is typed twice, so that a slip does not lock its owner out.
    fn asks_twice(&self) -> bool {
        match self {
            Self::Protect | Self::Change => true,
            Self::Unlock(_) | Self::UnlockRecovery(_) | Self::Remove => false,
        }
    }
}

/// The dialog's state between frames. The typed text is wiped when it goes.
#[derive(Clone, PartialEq)]
pub struct PassphraseDraft {
    pub purpose: PassphrasePurpose,
    /// The file's name for the text (Unlock, UnlockRecovery).
    pub file: String,
    first: Zeroizing<String>,
    second: Zeroizing<String>,
    /// What went wrong with the last answer (wrong passphrase, entries differ).
    pub problem: Option<Msg>,
    /// Letters arrive in the other case than Shift asks for.
    caps_lock: bool,
    is_focus_requested: bool,
    /// The repeat field was emptied after the entries differed: it takes the focus.
    retype_second: bool,
}

impl std::fmt::Debug for PassphraseDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassphraseDraft")
            .field("purpose", &self.purpose)
            .field("problem", &self.problem)
            .finish_non_exhaustive()
    }
}

impl PassphraseDraft {
    pub fn new(purpose: PassphrasePurpose, file: &str) -> Self {
        Self {
            purpose,
            file: file.to_owned(),
            first: Zeroizing::new(String::new()),
            second: Zeroizing::new(String::new()),
            problem: None,
            caps_lock: false,
            is_focus_requested: false,
            retype_second: false,
        }
    }

    /// The same question again after a wrong answer: the fields emptied, the reason shown.
    pub fn again(purpose: PassphrasePurpose, file: &str, problem: Msg) -> Self {
        Self {
            problem: Some(problem),
            ..Self::new(purpose, file)
        }
    }

    fn texts(&self) -> (Msg, Msg) {
        match self.purpose {
            PassphrasePurpose::Unlock(_) => (Msg::UnlockTitle, Msg::UnlockBody),
            PassphrasePurpose::UnlockRecovery(_) => (Msg::UnlockTitle, Msg::UnlockRecoveryBody),
            PassphrasePurpose::Protect => (Msg::ProtectTitle, Msg::ProtectBody),
            PassphrasePurpose::Change => (Msg::ChangeTitle, Msg::ChangeBody),
            PassphrasePurpose::Remove => (Msg::RemoveTitle, Msg::RemoveBody),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum PassphraseAnswer {
    Confirmed(Passphrase),
    Cancelled,
}

pub fn passphrase_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut PassphraseDraft,
) -> Option<PassphraseAnswer> {
    let (title, body) = draft.texts();
    let (answer, dismissed) =
        super::show_dialog(ctx, "passphrase_dialog", title.text(language), |ui| {
            ui.label(body.fill(language, &[("file", &draft.file)]));
            ui.add_space(8.0);
            let first = masked_field(
                ui,
                Msg::PassphraseLabel.text(language),
                &mut draft.first,
                "passphrase_first",
            );
            // Asked again until the field has it, once the window has the keyboard: a
            // dialog that opens as the file dialog closes may find the window without
            // it until the desktop gives it back.
            if !draft.is_focus_requested && ui.input(|input| input.focused) {
                if first.has_focus() {
                    draft.is_focus_requested = true;
                } else {
                    first.request_focus();
                }
            }
            let mut entered = first.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let mut typing_in = first.has_focus();
            if draft.purpose.asks_twice() {
                let second = masked_field(
                    ui,
                    Msg::PassphraseRepeatLabel.text(language),
                    &mut draft.second,
                    "passphrase_second",
                );
                if entered || std::mem::take(&mut draft.retype_second) {
                    // Enter in the first field goes on to the second, as Tab does.
                    second.request_focus();
                    entered = false;
                }
                entered |= second.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                typing_in |= second.has_focus();
            }
            if typing_in {
                notice_caps_lock(ui, &mut draft.caps_lock);
            }
            if draft.caps_lock {
                ui.colored_label(ui.visuals().warn_fg_color, Msg::CapsLockOn.text(language));
            }
            if let Some(problem) = draft.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem.text(language));
            }
            let can_confirm = !draft.first.is_empty();
            super::button_row(ui, |ui| {
                let ok = ui.add_enabled(can_confirm, egui::Button::new(Msg::Ok.text(language)));
                if (ok.clicked() || entered) && can_confirm {
                    confirm_answer(draft)
                } else if ui.button(Msg::Cancel.text(language)).clicked() {
                    Some(PassphraseAnswer::Cancelled)
                } else {
                    None
                }
            })
        });
    let answer = if dismissed {
        Some(PassphraseAnswer::Cancelled)
    } else {
        answer
    };
    if answer.is_some() {
        forget_typed_text(ctx);
    }
    answer
}

/// egui keeps each field's undo steps (the typed text) in its memory, never on disk;
/// once the dialog is answered they go too.
fn forget_typed_text(ctx: &egui::Context) {
    for field in ["passphrase_first", "passphrase_second"] {
        let id = editor_id(field);
        ctx.data_mut(|data| data.remove::<egui::text_edit::TextEditState>(id));
    }
}

/// A masked one-line field labelled `label` (the screen reader's name for it).
fn masked_field(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut Zeroizing<String>,
    id: &str,
) -> egui::Response {
    let label = ui.label(label);
    let editor = TextEdit::singleline(&mut **text)
        .password(true)
        .id(editor_id(id))
        .desired_width(f32::INFINITY);
    ui.add(editor).labelled_by(label.id)
}

/// The new passphrase, or the reason to ask again (the two entries differ).
fn confirm_answer(draft: &mut PassphraseDraft) -> Option<PassphraseAnswer> {
    if draft.purpose.asks_twice() && *draft.first != *draft.second {
        draft.problem = Some(Msg::PassphraseMismatch);
        draft.second.clear();
        draft.retype_second = true;
        return None;
    }
    Some(PassphraseAnswer::Confirmed(Passphrase::new(
        draft.first.as_str().to_owned(),
    )))
}

/// Neither egui nor winit reports Caps Lock; a letter that arrives in the other case
/// than Shift asks for gives it away, as in browsers' password fields.
fn notice_caps_lock(ui: &egui::Ui, caps_lock: &mut bool) {
    ui.input(|input| {
        for event in &input.events {
            if let egui::Event::Text(text) = event {
                for letter in text
                    .chars()
                    .filter(|c| c.is_uppercase() || c.is_lowercase())
                {
                    *caps_lock = letter.is_uppercase() != input.modifiers.shift;
                }
            }
        }
    });
}
