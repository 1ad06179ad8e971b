//! A small chart of give and take per month, so that one-sided relationships stand out.

use chrono::NaiveDate;
use egui::{Color32, RichText, Sense, Stroke, Ui, vec2};

use crate::i18n::{Language, Msg};
use crate::model::{Contact, is_one_sided, monthly_balance};

const MONTHS: usize = 12;
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
    let tallest = months
        .iter()
        .map(|month| month.given.max(month.received))
        .max()
        .unwrap_or(0)
        .max(1);
    let (rect, _) = ui.allocate_exact_size(vec2(MONTHS as f32 * 22.0, 80.0), Sense::hover());
    let painter = ui.painter_at(rect);
    let middle = rect.center().y;
    let unit = (rect.height() / 2.0 - 4.0) / tallest as f32;
    painter.hline(
        rect.x_range(),
        middle,
        Stroke::new(1.0, ui.visuals().weak_text_color()),
    );
    for (index, month) in months.iter().enumerate() {
        let left = rect.left() + index as f32 * 22.0 + 4.0;
        if month.given > 0 {
            let top = middle - month.given as f32 * unit;
            painter.rect_filled(
                egui::Rect::from_min_max(egui::pos2(left, top), egui::pos2(left + 14.0, middle)),
                2.0,
                GIVE_COLOR,
            );
        }
        if month.received > 0 {
            let bottom = middle + month.received as f32 * unit;
            painter.rect_filled(
                egui::Rect::from_min_max(egui::pos2(left, middle), egui::pos2(left + 14.0, bottom)),
                2.0,
                TAKE_COLOR,
            );
        }
    }
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("▲ {}", Msg::ExchangeGive.text(language))).color(GIVE_COLOR),
        );
        ui.label(
            RichText::new(format!("▼ {}", Msg::ExchangeTake.text(language))).color(TAKE_COLOR),
        );
    });
}
