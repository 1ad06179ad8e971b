//! Changes made at the same time in this window and elsewhere (a synced file): for each
//! field both sides changed, the earlier text, yours and the other one side by side,
//! and the choice to keep yours, take theirs or edit a combination of both.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::i18n::{Language, Msg};
use crate::ui::widgets::accessible;

const MERGE_WIDTH: f32 = 760.0;

/// What applies to one conflicting field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeChoice {
    Mine,
    Theirs,
    Combined,
}

/// One conflicting field as shown: where it is, the three versions as text, and the
/// editable combination where the field holds text.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeRow {
    pub heading: String,
    pub base: String,
    pub mine: String,
    pub theirs: String,
    pub choice: MergeChoice,
    pub combined: Option<String>,
}

/// The dialog's state: the file, the rows, and whether the answer also saves.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeDraft {
    pub file: String,
    pub rows: Vec<MergeRow>,
    pub saves: bool,
    pub source: MergeSource,
}

/// Where the other version comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeSource {
    /// The open file, changed elsewhere since it was read.
    File,
    /// A sync program's conflict copy (named in `file`): it has no known earlier
    /// version, so only the two versions are shown.
    ConflictCopy,
    /// The partner's filled copy of shared canvases; the earlier version is the one
    /// shared.
    Partner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeAnswer {
    Confirmed,
    Cancelled,
}

pub fn merge_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut MergeDraft,
) -> Option<MergeAnswer> {
    let (answer, dismissed) =
        super::show_dialog(ctx, "merge_dialog", Msg::MergeTitle.text(language), |ui| {
            // Narrower than the window at any zoom (760 points are 1,520 pixels at 200 %).
            let width = MERGE_WIDTH
                .min(ui.ctx().content_rect().width() - 48.0)
                .max(240.0);
            ui.set_width(width);
            // Ctrl+Enter confirms from anywhere, also from inside a combination being
            // edited. Taken from the key event itself: on a busy machine the release of
            // Ctrl can arrive in the same frame, and the frame's modifiers then lack it.
            let ctrl_enter =
                ui.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
            let body = match draft.source {
                MergeSource::File => Msg::MergeBody,
                MergeSource::ConflictCopy => Msg::MergeCopyBody,
                MergeSource::Partner => Msg::MergePartnerBody,
            };
            ui.label(body.fill(language, &[("file", &draft.file)]));
            ui.add_space(8.0);
            let height = (ui.ctx().content_rect().height() * 0.6).max(160.0);
            ScrollArea::vertical().max_height(height).show(ui, |ui| {
                for (index, row) in draft.rows.iter_mut().enumerate() {
                    row_ui(ui, language, (index, width), row, draft.source);
                    ui.separator();
                }
            });
            let confirm = if draft.saves {
                Msg::MergeAndSave
            } else {
                Msg::MergeOnly
            };
            super::button_row(ui, |ui| {
                if super::default_button(ui.button(confirm.text(language)), ui).clicked()
                    || super::enter_pressed(ui)
                    || ctrl_enter
                {
                    Some(MergeAnswer::Confirmed)
                } else if ui.button(Msg::Cancel.text(language)).clicked() {
                    Some(MergeAnswer::Cancelled)
                } else {
                    None
                }
            })
        });
    if dismissed {
        Some(MergeAnswer::Cancelled)
    } else {
        answer
    }
}

fn row_ui(
    ui: &mut Ui,
    language: Language,
    (index, width): (usize, f32),
    row: &mut MergeRow,
    source: MergeSource,
) {
    ui.label(RichText::new(&row.heading).strong());
    // A conflict copy has no known earlier version: yours and the copy's only.
    let (headings, texts) = match source {
        MergeSource::ConflictCopy => (
            vec![Msg::MergeMine, Msg::MergeTheirsCopy],
            vec![&row.mine, &row.theirs],
        ),
        MergeSource::File => (
            vec![Msg::MergeBase, Msg::MergeMine, Msg::MergeTheirs],
            vec![&row.base, &row.mine, &row.theirs],
        ),
        MergeSource::Partner => (
            vec![
                Msg::MergeBaseShared,
                Msg::MergeMine,
                Msg::MergeTheirsPartner,
            ],
            vec![&row.base, &row.mine, &row.theirs],
        ),
    };
    let column = (width - 24.0) / texts.len() as f32;
    egui::Grid::new(("merge_row", index))
        .num_columns(texts.len())
        .min_col_width(column)
        .max_col_width(column)
        .show(ui, |ui| {
            for msg in headings {
                ui.label(RichText::new(msg.text(language)).small().weak());
            }
            ui.end_row();
            for text in texts {
                ui.add(egui::Label::new(text.as_str()).wrap());
            }
            ui.end_row();
        });
    let take_theirs = match source {
        MergeSource::File => Msg::KeepTheirs,
        MergeSource::ConflictCopy => Msg::KeepTheirsCopy,
        MergeSource::Partner => Msg::KeepTheirsPartner,
    };
    // Every row has the same three choices: a screen reader hears whose they are
    // ("Kooperation „Dorfladen“ – Motivation: Ihre Fassung behalten").
    let heading = row.heading.clone();
    let choice = |ui: &mut Ui, choice: &mut MergeChoice, value: MergeChoice, text: &str| {
        let response = ui.radio_value(choice, value, text);
        accessible::name(response, &format!("{heading}: {text}"))
    };
    let combine_label = ui
        .horizontal_wrapped(|ui| {
            choice(
                ui,
                &mut row.choice,
                MergeChoice::Mine,
                Msg::KeepMine.text(language),
            );
            choice(
                ui,
                &mut row.choice,
                MergeChoice::Theirs,
                take_theirs.text(language),
            );
            row.combined.is_some().then(|| {
                choice(
                    ui,
                    &mut row.choice,
                    MergeChoice::Combined,
                    Msg::KeepCombined.text(language),
                )
                .id
            })
        })
        .inner;
    if row.choice == MergeChoice::Combined
        && let (Some(combined), Some(label)) = (&mut row.combined, combine_label)
    {
        ui.add(
            TextEdit::multiline(combined)
                .id_salt(("merge_combined", index))
                .desired_width(f32::INFINITY)
                .desired_rows(3),
        )
        .labelled_by(label);
    }
}
