//! Compares a canvas with a state kept before: which fields changed, then and now.

use egui::{Color32, RichText};

use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Snapshot, Template, changed_fields};

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
        let changed = changed_fields(&snapshot.canvas, current);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.65)
            .show(ui, |ui| {
                for field in template.text_fields() {
                    let is_changed = changed.contains(&field.id);
                    field_comparison_ui(
                        ui,
                        language,
                        field.label(language),
                        is_changed,
                        (
                            snapshot.canvas.field_text(&field.id),
                            current.field_text(&field.id),
                        ),
                    );
                }
            });
        let enter = super::enter_pressed(ui);
        super::button_row(ui, |ui| ui.button(Msg::Close.text(language)).clicked()) || enter
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

/// A field's name with "geändert" or "unverändert"; changed fields show then and now.
fn field_comparison_ui(
    ui: &mut egui::Ui,
    language: Language,
    label: &str,
    is_changed: bool,
    (then, now): (&str, &str),
) {
    let status = if is_changed {
        Msg::Changed
    } else {
        Msg::Unchanged
    };
    let color = if is_changed {
        ui.visuals().warn_fg_color
    } else {
        ui.visuals().weak_text_color()
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(label).strong());
        ui.label(
            RichText::new(format!("{label}: {}", status.text(language)))
                .small()
                .color(color),
        );
    });
    if !is_changed {
        return;
    }
    let highlight = Color32::from_rgba_unmultiplied(0xff, 0xc8, 0x3d, 40);
    ui.columns(2, |columns| {
        for (column, (title, text)) in columns.iter_mut().zip([(Msg::Then, then), (Msg::Now, now)])
        {
            column.label(RichText::new(title.text(language)).small().weak());
            egui::Frame::new()
                .fill(highlight)
                .inner_margin(6.0)
                .corner_radius(4.0)
                .show(column, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(if text.is_empty() { "–" } else { text });
                });
        }
    });
    ui.add_space(6.0);
}
