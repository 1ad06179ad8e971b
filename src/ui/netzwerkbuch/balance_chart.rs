//! A small chart of give and take per month, so that one-sided relationships stand out.

use chrono::NaiveDate;
use egui::{
    Color32, Label, Rect, RichText, Sense, Stroke, TextStyle, TextWrapMode, Ui, pos2, vec2,
};

use crate::i18n::{Language, Msg, month_short};
use crate::model::{Contact, MonthBalance, is_one_sided, monthly_balance};

const MONTHS: usize = 12;
/// Width of one month: room for its bar and for its short name ("Mär", "May") at
/// [`MONTH_NAME_SIZE`], with a gap to the next name.
const SLOT: f32 = 32.0;
const BAR: f32 = 16.0;
const BARS_HEIGHT: f32 = 80.0;
const MONTH_NAME_SIZE: f32 = 12.0;
const GIVE_COLOR: Color32 = Color32::from_rgb(0x2e, 0x9d, 0x5b);
const TAKE_COLOR: Color32 = Color32::from_rgb(0x2f, 0x6f, 0xd8);

pub fn balance_chart_ui(ui: &mut Ui, language: Language, contact: &Contact, today: NaiveDate) {
    ui.heading(Msg::BalanceChart.text(language));
    let (given, received) = contact.give_and_take();
    ui.horizontal(|ui| {
        ui.label(Msg::BalanceSummary.fill(
            language,
            &[
                ("given", &given.to_string()),
                ("received", &received.to_string()),
            ],
        ));
        if is_one_sided(given, received) {
            ui.label(
                RichText::new(Msg::BalanceOneSided.text(language))
                    .color(ui.visuals().warn_fg_color)
                    .strong(),
            );
        }
    });
    let months = monthly_balance(contact, today, MONTHS);
    bars_ui(ui, &months);
    month_names_ui(ui, language, &months);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("▲ {}", Msg::ExchangeGive.text(language))).color(GIVE_COLOR),
        );
        ui.label(
            RichText::new(format!("▼ {}", Msg::ExchangeTake.text(language))).color(TAKE_COLOR),
        );
    });
}

/// Given above the line, received below, one bar each per month.
fn bars_ui(ui: &mut Ui, months: &[MonthBalance]) {
    let tallest = months
        .iter()
        .map(|month| month.given.max(month.received))
        .max()
        .unwrap_or(0)
        .max(1);
    let size = vec2(months.len() as f32 * SLOT, BARS_HEIGHT);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let middle = rect.center().y;
    let unit = (rect.height() / 2.0 - 4.0) / tallest as f32;
    painter.hline(
        rect.x_range(),
        middle,
        Stroke::new(1.0, ui.visuals().weak_text_color()),
    );
    for (index, month) in months.iter().enumerate() {
        let left = rect.left() + index as f32 * SLOT + (SLOT - BAR) / 2.0;
        if month.given > 0 {
            let top = middle - month.given as f32 * unit;
            let bar = Rect::from_min_max(pos2(left, top), pos2(left + BAR, middle));
            painter.rect_filled(bar, 2.0, GIVE_COLOR);
        }
        if month.received > 0 {
            let bottom = middle + month.received as f32 * unit;
            let bar = Rect::from_min_max(pos2(left, middle), pos2(left + BAR, bottom));
            painter.rect_filled(bar, 2.0, TAKE_COLOR);
        }
    }
}

/// The months' short names under their bars ("Dez", "Jan" …), as labels, so that
/// screen readers find them too.
fn month_names_ui(ui: &mut Ui, language: Language, months: &[MonthBalance]) {
    let height = ui.text_style_height(&TextStyle::Body);
    let size = vec2(months.len() as f32 * SLOT, height);
    let (strip, _) = ui.allocate_exact_size(size, Sense::hover());
    for (index, month) in months.iter().enumerate() {
        let left = strip.left() + index as f32 * SLOT;
        let slot = Rect::from_min_size(pos2(left, strip.top()), vec2(SLOT, height));
        let name = RichText::new(month_short(month.month, language)).size(MONTH_NAME_SIZE);
        let label = Label::new(name)
            .selectable(false)
            .wrap_mode(TextWrapMode::Extend);
        ui.put(slot, label);
    }
}
