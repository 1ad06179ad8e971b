//! The structured investment box: time, money and energy, mine against the partners',
//! with the give-and-take balance as bars.

use egui::{DragValue, RichText, Sense, TextEdit, Ui, vec2};

use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, EnergyShare, FieldSpec, Investment, TimePeriod, bar_fraction};
use crate::ui::canvas::field_box::show_box;
use crate::ui::widgets::editor_id::editor_id;

pub const MINE_COLOR: egui::Color32 = egui::Color32::from_rgb(0x2f, 0x6f, 0xb8);
pub const PARTNERS_COLOR: egui::Color32 = egui::Color32::from_rgb(0xd9, 0x8a, 0x1f);

/// Returns true when any value changed.
pub fn investment_box_ui(
    ui: &mut Ui,
    language: Language,
    field: &FieldSpec,
    collaboration: &mut Collaboration,
) -> bool {
    let mut changed = false;
    let owner = editor_id(("investment", &collaboration.id));
    let investment = &mut collaboration.investment;
    show_box(ui, field, language, |ui, _label| {
        egui::ScrollArea::vertical()
            .id_salt("investment_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                changed |= values_grid_ui(ui, language, owner, investment, 1.0);
            });
    });
    changed
}

/// The values and notes alone, `scale` times the desktop size: the projector shows
/// the field's name and question itself and needs type the room can read.
pub fn investment_values_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &mut Collaboration,
    scale: f32,
) -> bool {
    let owner = editor_id(("investment", &collaboration.id));
    let investment = &mut collaboration.investment;
    ui.scope(|ui| {
        let style = ui.style_mut();
        for font in style.text_styles.values_mut() {
            font.size *= scale;
        }
        style.spacing.interact_size *= scale;
        style.spacing.item_spacing *= scale;
        style.spacing.icon_width *= scale;
        style.spacing.icon_width_inner *= scale;
        style.spacing.icon_spacing *= scale;
        values_grid_ui(ui, language, owner, investment, scale)
    })
    .inner
}

/// One row per resource: my value, the partners' value and the balance bars; the
/// notes follow below, where they have the full width of the box.
fn values_grid_ui(
    ui: &mut Ui,
    language: Language,
    owner: egui::Id,
    investment: &mut Investment,
    scale: f32,
) -> bool {
    let mut changed = false;
    egui::Grid::new("investment_values")
        .num_columns(4)
        .spacing(vec2(6.0, 6.0) * scale)
        .show(ui, |ui| {
            ui.label("");
            ui.label(
                RichText::new(Msg::Mine.text(language))
                    .small()
                    .color(MINE_COLOR),
            );
            ui.label(
                RichText::new(Msg::PartnersShare.text(language))
                    .small()
                    .color(PARTNERS_COLOR),
            );
            ui.label(RichText::new(Msg::Balance.text(language)).small().weak());
            ui.end_row();
            let time = &mut investment.time;
            changed |= resource_row_ui(
                ui,
                language,
                Msg::Time,
                ([&mut time.mine, &mut time.partners], scale),
                |d| d.range(0.0..=10_000.0).speed(0.5).suffix(" h"),
            );
            let money = &mut investment.money;
            changed |= resource_row_ui(
                ui,
                language,
                Msg::Money,
                ([&mut money.mine, &mut money.partners], scale),
                |d| d.range(0.0..=10_000_000.0).speed(10.0).suffix(" €"),
            );
            let energy = &mut investment.energy;
            changed |= resource_row_ui(
                ui,
                language,
                Msg::Energy,
                ([&mut energy.mine, &mut energy.partners], scale),
                |d| d.range(0..=EnergyShare::MAX).suffix(" / 5"),
            );
        });
    changed |= period_ui(ui, language, &mut investment.time.period);
    ui.add_space(4.0);
    for (row, note, key) in [
        (Msg::Time, &mut investment.time.note, "time"),
        (Msg::Money, &mut investment.money.note, "money"),
        (Msg::Energy, &mut investment.energy.note, "energy"),
    ] {
        changed |= note_ui(ui, language, (owner.with(key), scale), note, row);
    }
    changed
}

/// Label, mine, partners' and the bars of one resource, as one grid row.
fn resource_row_ui<N: egui::emath::Numeric>(
    ui: &mut Ui,
    language: Language,
    row: Msg,
    ([mine, partners], scale): ([&mut N; 2], f32),
    configure: impl Fn(DragValue<'_>) -> DragValue<'_>,
) -> bool {
    let mut changed = false;
    ui.label(row.text(language));
    for (value, column) in [
        (&mut *mine, Msg::Mine),
        (&mut *partners, Msg::PartnersShare),
    ] {
        let name = format!("{} – {}", row.text(language), column.text(language));
        changed |= ui
            .add(configure(DragValue::new(value)))
            .accessible_name(name)
            .changed();
    }
    balance_bars_ui(ui, mine.to_f64(), partners.to_f64(), scale);
    ui.end_row();
    changed
}

fn note_ui(
    ui: &mut Ui,
    language: Language,
    (id, scale): (egui::Id, f32),
    note: &mut String,
    row: Msg,
) -> bool {
    let name = format!("{} – {}", row.text(language), Msg::Note.text(language));
    ui.horizontal(|ui| {
        let (label_rect, _) = ui.allocate_exact_size(vec2(52.0, 16.0) * scale, Sense::hover());
        ui.painter().text(
            label_rect.left_center(),
            egui::Align2::LEFT_CENTER,
            row.text(language),
            egui::FontId::proportional(11.0 * scale),
            ui.visuals().weak_text_color(),
        );
        ui.add(
            TextEdit::singleline(note)
                .id(id)
                .hint_text(Msg::Note.text(language))
                .desired_width(f32::INFINITY),
        )
        .accessible_name(name)
        .changed()
    })
    .inner
}

fn period_ui(ui: &mut Ui, language: Language, period: &mut TimePeriod) -> bool {
    let before = *period;
    ui.horizontal(|ui| {
        ui.label(RichText::new(Msg::Time.text(language)).small().weak());
        ui.radio_value(period, TimePeriod::Month, Msg::HoursPerMonth.text(language));
        ui.radio_value(period, TimePeriod::Total, Msg::HoursTotal.text(language));
    });
    before != *period
}

/// Mine (blue) above the partners' (orange), each relative to the larger of the two.
fn balance_bars_ui(ui: &mut Ui, mine: f64, partners: f64, scale: f32) {
    let width = ui.available_width().max(40.0 * scale);
    let (rect, _) = ui.allocate_exact_size(vec2(width, 18.0 * scale), Sense::hover());
    let track = ui.visuals().faint_bg_color;
    let bar = vec2(width, 8.0 * scale);
    let top = egui::Rect::from_min_size(rect.left_top(), bar);
    let bottom = egui::Rect::from_min_size(rect.left_top() + vec2(0.0, 10.0 * scale), bar);
    for (bar, value, other, color) in [
        (top, mine, partners, MINE_COLOR),
        (bottom, partners, mine, PARTNERS_COLOR),
    ] {
        ui.painter().rect_filled(bar, 2.0, track);
        let filled = bar.with_max_x(bar.left() + bar.width() * bar_fraction(value, other));
        ui.painter().rect_filled(filled, 2.0, color);
    }
}
