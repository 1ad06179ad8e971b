//! Compares a canvas with a state kept before: which fields changed, and in those the
//! words added since (underlined) and removed (struck through), in the text as it reads
//! now. The marks are lines as well as colours, so they read without colour too.

use egui::{Color32, RichText, TextStyle, Visuals};

use crate::i18n::{Language, Msg};
use crate::model::{
    Collaboration, DiffPart, Snapshot, Template, WordChange, has_changes, word_diff,
};

/// Returns true once the dialog is closed. `chosen` is the index of the snapshot shown.
pub fn compare_ui(
    ctx: &egui::Context,
    language: Language,
    template: &Template,
    current: &Collaboration,
    chosen: &mut usize,
) -> bool {
    let snapshots = &current.snapshots;
    let Some(snapshot) = snapshots.get(*chosen).or_else(|| snapshots.last()) else {
        return true;
    };
    let heading = Msg::CompareTitle.fill(language, &[("time", &time_text(snapshot, language))]);
    let (closed, dismissed) = super::show_dialog(ctx, "compare_dialog", &heading, |ui| {
        ui.set_width(820.0);
        if snapshots.len() > 1 {
            snapshot_picker_ui(ui, language, snapshots, chosen);
        }
        legend_ui(ui, language);
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.65)
            .show(ui, |ui| {
                for field in template.text_fields() {
                    let parts = word_diff(
                        snapshot.canvas.field_text(&field.id),
                        current.field_text(&field.id),
                    );
                    field_comparison_ui(ui, language, field.label(language), &parts);
                }
            });
        let enter = super::enter_pressed(ui);
        super::button_row(ui, |ui| {
            super::default_button(ui.button(Msg::Close.text(language)), ui).clicked()
        }) || enter
    });
    closed || dismissed
}

fn time_text(snapshot: &Snapshot, language: Language) -> String {
    crate::i18n::format_local_time(snapshot.taken_at, language)
}

fn snapshot_picker_ui(
    ui: &mut egui::Ui,
    language: Language,
    snapshots: &[Snapshot],
    chosen: &mut usize,
) {
    ui.horizontal(|ui| {
        let label = ui.label(Msg::CompareWith.text(language));
        let selected = snapshots
            .get(*chosen)
            .map(|snapshot| time_text(snapshot, language))
            .unwrap_or_default();
        egui::ComboBox::from_id_salt("snapshot_choice")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for (index, snapshot) in snapshots.iter().enumerate().rev() {
                    ui.selectable_value(chosen, index, time_text(snapshot, language));
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// How added and removed words look: a line and a colour each, readable on the light
/// and the dark theme.
struct Marks {
    added: Color32,
    added_fill: Color32,
    removed: Color32,
}

impl Marks {
    fn of(visuals: &Visuals) -> Self {
        let added_fill = Color32::from_rgba_unmultiplied(0x2e, 0x9d, 0x5b, 36);
        if visuals.dark_mode {
            Self {
                added: Color32::from_rgb(0x8c, 0xe0, 0x9f),
                added_fill,
                removed: Color32::from_rgb(0xff, 0x9a, 0x8f),
            }
        } else {
            Self {
                added: Color32::from_rgb(0x1b, 0x6e, 0x34),
                added_fill,
                removed: Color32::from_rgb(0xb0, 0x2a, 0x20),
            }
        }
    }

    fn added(&self, text: &str) -> RichText {
        RichText::new(text)
            .color(self.added)
            .background_color(self.added_fill)
            .underline()
    }

    fn removed(&self, text: &str) -> RichText {
        RichText::new(text).color(self.removed).strikethrough()
    }
}

/// "Markiert gegenüber dem Stand: hinzugefügt entfernt", each word in its mark.
fn legend_ui(ui: &mut egui::Ui, language: Language) {
    let marks = Marks::of(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(Msg::DiffLegend.text(language)).small().weak());
        ui.label(marks.added(Msg::DiffAdded.text(language)).small());
        ui.label(marks.removed(Msg::DiffRemoved.text(language)).small());
    });
}

/// A field's name and "geändert" or "unverändert"; a changed field shows its text with
/// the marks.
fn field_comparison_ui(ui: &mut egui::Ui, language: Language, label: &str, parts: &[DiffPart]) {
    let is_changed = has_changes(parts);
    let (status, color) = if is_changed {
        (Msg::Changed, ui.visuals().warn_fg_color)
    } else {
        (Msg::Unchanged, ui.visuals().weak_text_color())
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(label).strong());
        let status = status.text(language);
        // The name is seen once; a screen reader hears it with the status.
        let spoken = format!("{label}: {status}");
        spoken_label(ui, RichText::new(status).small().color(color), spoken);
    });
    if is_changed {
        egui::Frame::new()
            .fill(ui.visuals().extreme_bg_color)
            .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
            .inner_margin(6.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                diff_text_ui(ui, language, parts);
            });
    }
    ui.add_space(6.0);
}

/// The text as it reads now, added words marked, removed words struck through where
/// they were; flowing left-aligned like the text itself (never justified).
fn diff_text_ui(ui: &mut egui::Ui, language: Language, parts: &[DiffPart]) {
    let marks = Marks::of(ui.visuals());
    let font = TextStyle::Body.resolve(ui.style());
    let gap = ui.fonts_mut(|fonts| fonts.glyph_width(&font, ' '));
    let ends_in_space =
        |part: Option<&DiffPart>| part.is_none_or(|part| part.text.ends_with(char::is_whitespace));
    let starts_with_space = |part: Option<&DiffPart>| {
        part.is_none_or(|part| part.text.starts_with(char::is_whitespace))
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for (index, part) in parts.iter().enumerate() {
            let text = part.text.as_str();
            match part.change {
                WordChange::Kept => {
                    ui.label(text);
                }
                WordChange::Added => {
                    let spoken = Msg::DiffAddedWords.fill(language, &[("words", text)]);
                    spoken_label(ui, marks.added(text), spoken);
                }
                WordChange::Removed => {
                    // Removed words sit between the words of the new text: a gap on
                    // each side where the text has none.
                    let before = index.checked_sub(1).and_then(|i| parts.get(i));
                    if !ends_in_space(before) {
                        ui.add_space(gap);
                    }
                    let spoken = Msg::DiffRemovedWords.fill(language, &[("words", text)]);
                    spoken_label(ui, marks.removed(text), spoken);
                    if !starts_with_space(parts.get(index + 1)) {
                        ui.add_space(gap);
                    }
                }
            }
        }
    });
}

/// A label that a screen reader reads as `spoken` while the screen shows `text` (AccessKit
/// keeps a label's text in its value, so the value is what is replaced).
fn spoken_label(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>, spoken: String) {
    let response = ui.label(text);
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_value(spoken));
}
