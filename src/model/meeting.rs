//! The debrief after a meeting: when it was, what came out, and when to follow up.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The practice texts advise following up a few days after a meeting.
pub const FOLLOW_UP_DAYS: u64 = 3;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRecord {
    pub date: NaiveDate,
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub follow_up: Option<NaiveDate>,
}

/// The day a debrief is about: the planned meeting if it has taken place (today or
/// before), else today. A debrief written before the planned day is about a meeting
/// that has already happened, not the one still to come.
pub fn debrief_date(planned: Option<NaiveDate>, today: NaiveDate) -> NaiveDate {
    planned.filter(|planned| *planned <= today).unwrap_or(today)
}

/// The meeting date plus three days.
pub fn proposed_follow_up(meeting: NaiveDate) -> NaiveDate {
    meeting
        .checked_add_days(Days::new(FOLLOW_UP_DAYS))
        .unwrap_or(meeting)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_debrief_is_about_the_planned_meeting_once_it_has_taken_place() {
        let day = |text: &str| text.parse::<NaiveDate>().expect("valid");
        let today = day("2026-11-29");
        assert_eq!(debrief_date(Some(day("2026-12-03")), today), today);
        assert_eq!(
            debrief_date(Some(day("2026-11-27")), today),
            day("2026-11-27")
        );
        assert_eq!(debrief_date(Some(today), today), today);
        assert_eq!(debrief_date(None, today), today);
    }

    #[test]
    fn the_follow_up_is_proposed_three_days_after_the_meeting() {
        let meeting = NaiveDate::from_ymd_opt(2026, 12, 30).expect("valid");
        assert_eq!(
            proposed_follow_up(meeting),
            NaiveDate::from_ymd_opt(2027, 1, 2).expect("valid")
        );
    }
}
