//! The investment box on paper: mine against the partners' as numbers and small bars.

use super::{Composer, LINE_FACTOR, PADDING};
use crate::draw::{GREY, INK, MINE, PARTNERS, Page, RULE, Rgb};
use nc_i18n::{Language, Msg};
use nc_model::{GridRect, Investment, TimePeriod, bar_fraction};

const ROW_SIZE: f32 = 8.5;
const SMALL_SIZE: f32 = 6.8;
const ROW_HEIGHT: f32 = 13.0;
/// The blank table's cells are as tall as the box allows, up to this (A4 points; A3
/// scales it): room for a handwritten number, the rest of the box stays for notes.
const BLANK_CELL_MAX: f32 = 40.0;

/// Type sizes of the blank table, in points as printed: the "Ich"/"Partner" heading,
/// the row labels, and the grey hints (units, "Std. pro Monat").
#[derive(Clone, Copy, Debug)]
pub(super) struct BlankTableType {
    pub heading: f32,
    pub row: f32,
    pub hint: f32,
}

/// Where the table's columns sit inside the box.
struct Columns {
    x: f32,
    right: f32,
    values: [f32; 2],
    bars_x: f32,
}

impl Composer<'_> {
    /// Draws the table and bars; returns where the notes may start. The blank template
    /// has a table of its own, [`Self::blank_investment_table`].
    pub(super) fn investment_table(
        &self,
        page: &mut Page,
        rect: GridRect,
        top: f32,
        investment: &Investment,
    ) -> f32 {
        let language = self.options.language;
        let columns = self.columns(rect);
        let mut y = top + self.pt(SMALL_SIZE);
        self.table_heading(page, &columns, y);
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
            self.value_row(page, &columns, y, (mine, partners), unit);
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

    /// The blank table's sizes on a desk sheet: those of the filled table.
    pub(super) fn desk_table_type(&self) -> BlankTableType {
        BlankTableType {
            heading: self.pt(SMALL_SIZE),
            row: self.pt(ROW_SIZE),
            hint: self.pt(SMALL_SIZE),
        }
    }

    /// The blank template's table, cells to write in by hand: "Ich" and "Partner" over
    /// two columns of cells, a row each for time, money and energy, as tall as the box
    /// allows up to [`BLANK_CELL_MAX`]. Each cell shows its unit in a corner, and "Std.
    /// pro Monat" stands under "Zeit". Returns where the notes may start.
    pub(super) fn blank_investment_table(
        &self,
        page: &mut Page,
        rect: GridRect,
        top: f32,
        sizes: BlankTableType,
    ) -> f32 {
        let language = self.options.language;
        let x = rect.x + self.pt(PADDING);
        let right = rect.x + rect.width - self.pt(PADDING);
        let bottom = rect.y + rect.height - self.pt(PADDING);
        let rows = [(Msg::Time, "h"), (Msg::Money, "€"), (Msg::Energy, "/5")];
        let per_month = Msg::HoursPerMonth.text(language);
        let label_width = rows
            .iter()
            .map(|(label, _)| {
                self.metrics
                    .text_width(label.text(language), sizes.row, false)
            })
            .fold(
                self.metrics.text_width(per_month, sizes.hint, false),
                f32::max,
            )
            + self.pt(6.0);
        let label_width = label_width.min((right - x) * 0.4);
        let cell_width = (right - x - label_width) / 2.0;
        let cells_x = [x + label_width, x + label_width + cell_width];
        let heading = top + sizes.heading;
        for (cell_x, label, color) in [
            (cells_x[0], Msg::Mine, MINE),
            (cells_x[1], Msg::PartnersShare, PARTNERS),
        ] {
            let text = label.text(language);
            let width = self.metrics.text_width(text, sizes.heading, false);
            let centred = cell_x + (cell_width - width) / 2.0;
            page.text((centred, heading), sizes.heading, false, color, text);
        }
        let cells_top = heading + sizes.heading * 0.3 + self.pt(2.0);
        let least = sizes.row + sizes.hint * (LINE_FACTOR + 0.3) + self.pt(4.0);
        let cell_height = ((bottom - cells_top) / 3.0)
            .min(self.pt(BLANK_CELL_MAX))
            .max(least);
        for (index, (label, unit)) in rows.into_iter().enumerate() {
            let y = cells_top + index as f32 * cell_height;
            let baseline = y + sizes.row + self.pt(2.0);
            page.text((x, baseline), sizes.row, false, INK, label.text(language));
            if label == Msg::Time {
                let mut hint_y = baseline;
                for line in self.wrap(per_month, label_width - self.pt(4.0), sizes.hint, false) {
                    hint_y += sizes.hint * LINE_FACTOR;
                    if hint_y + sizes.hint * 0.3 > y + cell_height {
                        break;
                    }
                    page.text((x, hint_y), sizes.hint, false, GREY, &line.text);
                }
            }
            let unit_width = self.metrics.text_width(unit, sizes.hint, false);
            for cell_x in cells_x {
                page.rect((cell_x, y, cell_width, cell_height), None, Some(RULE));
                page.text(
                    (
                        cell_x + cell_width - unit_width - self.pt(3.0),
                        y + cell_height - self.pt(3.0),
                    ),
                    sizes.hint,
                    false,
                    GREY,
                    unit,
                );
            }
        }
        cells_top + 3.0 * cell_height + self.pt(4.0)
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
            values,
            bars_x: values[1] + self.pt(8.0),
        }
    }

    /// "Ich" in blue and "Partner" in orange: the legend of the bars.
    fn table_heading(&self, page: &mut Page, columns: &Columns, y: f32) {
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
        if self.metrics.text_width(balance, small, false) <= columns.right - columns.bars_x {
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
