//! The investment box on paper: mine against the partners' as numbers and small bars.

use super::{Composer, PADDING};
use crate::export::draw::{GREY, INK, MINE, PARTNERS, Page, RULE, Rgb};
use crate::i18n::{Language, Msg};
use crate::model::{GridRect, Investment, TimePeriod, bar_fraction};

const ROW_SIZE: f32 = 8.5;
const SMALL_SIZE: f32 = 6.8;
const ROW_HEIGHT: f32 = 13.0;

/// Where the table's columns sit inside the box.
struct Columns {
    x: f32,
    right: f32,
    value_width: f32,
    values: [f32; 2],
    bars_x: f32,
}

impl Composer<'_> {
    /// Draws the table and bars; returns where the notes may start. Without values
    /// (the blank template) the cells are empty boxes to write in.
    pub(super) fn investment_table(
        &self,
        page: &mut Page,
        rect: GridRect,
        top: f32,
        values: Option<&Investment>,
    ) -> f32 {
        let language = self.options.language;
        let empty = Investment::default();
        let investment = values.unwrap_or(&empty);
        let columns = self.columns(rect);
        let mut y = top + self.pt(SMALL_SIZE);
        self.table_heading(page, &columns, y, values.is_some());
        let rows = [
            (
                Msg::Time,
                investment.time.mine,
                investment.time.partners,
                " h",
            ),
            (
                Msg::Money,
                investment.money.mine,
                investment.money.partners,
                " €",
            ),
            (
                Msg::Energy,
                f64::from(investment.energy.mine),
                f64::from(investment.energy.partners),
                "/5",
            ),
        ];
        for (label, mine, partners, unit) in rows {
            y += self.pt(ROW_HEIGHT);
            page.text(
                (columns.x, y),
                self.pt(ROW_SIZE),
                false,
                INK,
                label.text(language),
            );
            if values.is_some() {
                self.value_row(page, &columns, y, (mine, partners), unit);
            } else {
                self.empty_cells(page, &columns, y);
            }
        }
        y += self.pt(9.0);
        let unit = match investment.time.period {
            TimePeriod::Month => Msg::PdfTimeUnitMonth,
            TimePeriod::Total => Msg::PdfTimeUnitTotal,
        };
        page.text(
            (columns.x, y),
            self.pt(SMALL_SIZE),
            false,
            GREY,
            unit.text(language),
        );
        y + self.pt(4.0)
    }

    fn columns(&self, rect: GridRect) -> Columns {
        let language = self.options.language;
        let x = rect.x + self.pt(PADDING);
        let right = rect.x + rect.width - self.pt(PADDING);
        let label_width = [Msg::Time, Msg::Money, Msg::Energy]
            .iter()
            .map(|label| {
                self.metrics
                    .text_width(label.text(language), self.pt(ROW_SIZE), false)
            })
            .fold(0.0, f32::max)
            + self.pt(6.0);
        let value_width = self.pt(46.0).min((right - x - label_width) * 0.3);
        let values = [
            x + label_width + value_width,
            x + label_width + 2.0 * value_width + self.pt(4.0),
        ];
        Columns {
            x,
            right,
            value_width,
            values,
            bars_x: values[1] + self.pt(8.0),
        }
    }

    /// "Ich" in blue and "Partner" in orange: the legend of the bars.
    fn table_heading(&self, page: &mut Page, columns: &Columns, y: f32, has_bars: bool) {
        let language = self.options.language;
        let small = self.pt(SMALL_SIZE);
        for (column, label, color) in [
            (columns.values[0], Msg::Mine, MINE),
            (columns.values[1], Msg::PartnersShare, PARTNERS),
        ] {
            let text = label.text(language);
            let width = self.metrics.text_width(text, small, false);
            page.text((column - width, y), small, false, color, text);
        }
        let balance = Msg::Balance.text(language);
        if has_bars
            && self.metrics.text_width(balance, small, false) <= columns.right - columns.bars_x
        {
            page.text((columns.bars_x, y), small, false, GREY, balance);
        }
    }

    fn value_row(
        &self,
        page: &mut Page,
        columns: &Columns,
        y: f32,
        (mine, partners): (f64, f64),
        unit: &str,
    ) {
        let size = self.pt(ROW_SIZE);
        for (column, value) in columns.values.iter().zip([mine, partners]) {
            let text = format!("{}{unit}", format_number(value, self.options.language));
            let width = self.metrics.text_width(&text, size, false);
            page.text((column - width, y), size, false, INK, &text);
        }
        let width = columns.right - columns.bars_x;
        self.balance_bars(
            page,
            (columns.bars_x, y - size * 0.8),
            width,
            (mine, partners),
        );
    }

    fn empty_cells(&self, page: &mut Page, columns: &Columns, y: f32) {
        let size = self.pt(ROW_SIZE);
        for column in columns.values {
            let cell = (
                column - columns.value_width + self.pt(2.0),
                y - size - self.pt(1.5),
                columns.value_width - self.pt(2.0),
                size + self.pt(4.0),
            );
            page.rect(cell, None, Some(RULE));
        }
    }

    fn balance_bars(
        &self,
        page: &mut Page,
        (x, y): (f32, f32),
        width: f32,
        (mine, partners): (f64, f64),
    ) {
        if width <= 0.0 {
            return;
        }
        let bar_height = self.pt(3.2);
        let track = Rgb(0.91, 0.91, 0.93);
        for (offset, value, other, color) in [
            (0.0, mine, partners, MINE),
            (bar_height + self.pt(1.2), partners, mine, PARTNERS),
        ] {
            page.rect((x, y + offset, width, bar_height), Some(track), None);
            let filled = width * bar_fraction(value, other);
            if filled > 0.0 {
                page.rect((x, y + offset, filled, bar_height), Some(color), None);
            }
        }
    }

    /// The notes below the table, one line per resource that has one.
    pub(super) fn investment_notes(&self, investment: &Investment) -> String {
        let language = self.options.language;
        [
            (Msg::Time, &investment.time.note),
            (Msg::Money, &investment.money.note),
            (Msg::Energy, &investment.energy.note),
        ]
        .into_iter()
        .filter(|(_, note)| !note.trim().is_empty())
        .map(|(label, note)| format!("{}: {note}", label.text(language)))
        .collect::<Vec<_>>()
        .join("\n")
    }
}

/// 1500 → "1.500" in German, "1,500" in English; decimals only where needed.
pub(super) fn format_number(value: f64, language: Language) -> String {
    let (thousands, decimal) = match language {
        Language::German => ('.', ','),
        Language::English => (',', '.'),
    };
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc() as i64;
    let mut digits = whole.abs().to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!("{thousands}{tail}{grouped}");
    }
    grouped = format!("{digits}{grouped}");
    let fraction = ((rounded - rounded.trunc()).abs() * 100.0).round() as i64;
    if fraction == 0 {
        grouped
    } else if fraction % 10 == 0 {
        format!("{grouped}{decimal}{}", fraction / 10)
    } else {
        format!("{grouped}{decimal}{fraction:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_use_the_languages_decimal_mark() {
        assert_eq!(format_number(1500.0, Language::German), "1.500");
        assert_eq!(format_number(4.5, Language::German), "4,5");
        assert_eq!(format_number(1234567.25, Language::English), "1,234,567.25");
        assert_eq!(format_number(0.0, Language::English), "0");
    }
}
