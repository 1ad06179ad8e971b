//! Dates and times as the user's language writes them; next to the messages, since
//! both change together when the language is switched.

use super::{Language, Msg};

/// A date as the user's language writes it: 03.12.2026 or 2026-12-03.
pub fn format_date(date: chrono::NaiveDate, language: Language) -> String {
    match language {
        Language::German => date.format("%d.%m.%Y").to_string(),
        Language::English => date.format("%Y-%m-%d").to_string(),
    }
}

/// The short names of the months, January first.
const MONTHS_SHORT: [Msg; 12] = [
    Msg::MonthShortJan,
    Msg::MonthShortFeb,
    Msg::MonthShortMar,
    Msg::MonthShortApr,
    Msg::MonthShortMay,
    Msg::MonthShortJun,
    Msg::MonthShortJul,
    Msg::MonthShortAug,
    Msg::MonthShortSep,
    Msg::MonthShortOct,
    Msg::MonthShortNov,
    Msg::MonthShortDec,
];

/// A month's short name, "Dez" or "Dec", for `month` 1 (January) to 12; empty for
/// any other number.
pub fn month_short(month: u32, language: Language) -> &'static str {
    month
        .checked_sub(1)
        .and_then(|index| MONTHS_SHORT.get(index as usize))
        .map_or("", |msg| msg.text(language))
}

/// A moment in local time, date and minutes: "22.11.2026 01:30".
pub fn format_local_time(time: chrono::DateTime<chrono::Utc>, language: Language) -> String {
    let local = time.with_timezone(&chrono::Local);
    format!(
        "{} {}",
        format_date(local.date_naive(), language),
        local.format("%H:%M")
    )
}

/// Accepts 03.12.2026, 3.12.2026 and 2026-12-03, whatever the UI language.
pub fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    let text = text.trim();
    ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"]
        .iter()
        .find_map(|format| chrono::NaiveDate::parse_from_str(text, format).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_german_and_iso_form() {
        let expected = chrono::NaiveDate::from_ymd_opt(2026, 12, 3);
        assert_eq!(parse_date("03.12.2026"), expected);
        assert_eq!(parse_date(" 3.12.2026 "), expected);
        assert_eq!(parse_date("2026-12-03"), expected);
        assert_eq!(parse_date("31.02.2026"), None);
        assert_eq!(parse_date("morgen"), None);
    }

    #[test]
    fn short_month_names_in_both_languages() {
        assert_eq!(month_short(1, Language::German), "Jan");
        assert_eq!(month_short(3, Language::German), "Mär");
        assert_eq!(month_short(12, Language::German), "Dez");
        assert_eq!(month_short(10, Language::English), "Oct");
        assert_eq!(month_short(12, Language::English), "Dec");
        assert_eq!(month_short(0, Language::German), "");
        assert_eq!(month_short(13, Language::English), "");
    }
}
