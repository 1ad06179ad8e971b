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

/// The meeting date plus three days, or today when that day has passed: a follow-up is
/// never proposed for a day that is over (the debrief of an older meeting says so).
pub fn proposed_follow_up(meeting: NaiveDate, today: NaiveDate) -> NaiveDate {
    usual_follow_up(meeting).max(today)
}

/// Three days after the meeting, as the practice texts advise, past or not.
pub fn usual_follow_up(meeting: NaiveDate) -> NaiveDate {
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

    fn day(text: &str) -> NaiveDate {
        text.parse::<NaiveDate>().expect("valid")
    }

    #[test]
    fn the_follow_up_is_proposed_three_days_after_the_meeting() {
        let today = day("2026-12-07");
        assert_eq!(
            proposed_follow_up(day("2026-12-30"), today),
            day("2027-01-02")
        );
        assert_eq!(proposed_follow_up(today, today), day("2026-12-10"));
        assert_eq!(
            proposed_follow_up(day("2026-12-04"), today),
            day("2026-12-07")
        );
    }

    #[test]
    fn a_follow_up_is_never_proposed_for_a_day_that_has_passed() {
        // Issue 35: the debrief on 07.12. of a meeting on 03.12. proposed 06.12.
        let today = day("2026-12-07");
        for meeting in ["2026-12-03", "2026-11-01", "2025-12-24"] {
            let proposed = proposed_follow_up(day(meeting), today);
            assert_eq!(proposed, today, "after a meeting on {meeting}");
        }
        assert_eq!(usual_follow_up(day("2026-12-03")), day("2026-12-06"));
    }
}
