//! When to get in touch again: the cadence that follows a contact's importance, and the
//! next follow-up it proposes after each logged contact.

use chrono::{Days, NaiveDate};

use super::{Activity, ActivityKind, Contact, FOLLOW_UP_DAYS};

/// Days between follow-ups by importance: 5 → two weeks … 1 → half a year.
pub fn default_cadence_days(importance: u8) -> u32 {
    match importance {
        5.. => 14,
        4 => 30,
        3 => 60,
        2 => 90,
        _ => 180,
    }
}

/// Days that "+1 Woche" in the due list moves a follow-up.
pub const POSTPONE_DAYS: u64 = 7;

/// What "Erledigt" in the due list logs. The list does not ask how the contact
/// happened; a call is the usual follow-up and restarts the cadence like every kind
/// but a meeting (whose follow-up comes three days later). A kind of its own would
/// make the file unreadable for earlier versions of the app.
pub const DONE_KIND: ActivityKind = ActivityKind::Call;

pub(super) fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(date)
}

impl Contact {
    pub fn cadence(&self) -> u32 {
        self.cadence_days
            .unwrap_or_else(|| default_cadence_days(self.importance))
    }

    /// Logs an activity and restarts the follow-up: three days after a meeting,
    /// otherwise one cadence after the contact.
    pub fn log(&mut self, activity: Activity) {
        let days = if activity.kind == ActivityKind::Meeting {
            FOLLOW_UP_DAYS
        } else {
            u64::from(self.cadence())
        };
        let proposed = add_days(activity.date, days);
        // Logging an old contact must not push an already later follow-up back.
        let is_latest = self.last_contact().is_none_or(|last| activity.date >= last);
        if is_latest {
            self.next_follow_up = Some(proposed);
        }
        let position = self
            .activities
            .partition_point(|existing| existing.date <= activity.date);
        self.activities.insert(position, activity);
    }

    /// "Erledigt": the contact happened `today`; logs it (as [`DONE_KIND`], without a
    /// note), which restarts the follow-up.
    pub fn follow_up_done(&mut self, today: NaiveDate) {
        self.log(Activity {
            date: today,
            kind: DONE_KIND,
            note: String::new(),
            exchange: None,
        });
    }

    /// "+1 Woche": a week after the follow-up when it still lies ahead, otherwise a
    /// week from `today` (a week after an overdue date could still be overdue). A
    /// contact without a follow-up gets one a week from today.
    pub fn postpone_follow_up(&mut self, today: NaiveDate) {
        let from = self.next_follow_up.map_or(today, |date| date.max(today));
        self.next_follow_up = Some(add_days(from, POSTPONE_DAYS));
    }

    /// After the cadence changed from `old` (a new importance or a cadence of its own):
    /// a follow-up that the old cadence had proposed moves with the new one; a date the
    /// user set by hand stays.
    pub fn cadence_changed(&mut self, old: u32) {
        let new = self.cadence();
        let Some(base) = self.cadence_start() else {
            return;
        };
        if new != old && self.next_follow_up == Some(add_days(base, u64::from(old))) {
            self.next_follow_up = Some(add_days(base, u64::from(new)));
        }
    }

    /// The day the cadence counts from: the last contact, or the day the contact was
    /// added; none after a meeting, whose follow-up is a fixed few days later.
    fn cadence_start(&self) -> Option<NaiveDate> {
        match self.activities.iter().max_by_key(|activity| activity.date) {
            Some(last) if last.kind == ActivityKind::Meeting => None,
            Some(last) => Some(last.date),
            None => self.added,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::tests::{activity, day};

    #[test]
    fn cadence_follows_importance_unless_set() {
        let days: Vec<u32> = (1..=5).map(default_cadence_days).collect();
        assert_eq!(days, [180, 90, 60, 30, 14]);
        let mut contact = Contact {
            importance: 5,
            ..Contact::default()
        };
        assert_eq!(contact.cadence(), 14);
        contact.cadence_days = Some(7);
        assert_eq!(contact.cadence(), 7);
    }

    #[test]
    fn a_meeting_moves_the_follow_up_to_three_days_later() {
        let mut contact = Contact::new("Jana", day("2026-11-01"));
        contact.log(activity("2026-11-20", ActivityKind::Meeting));
        assert_eq!(contact.next_follow_up, Some(day("2026-11-23")));
    }

    #[test]
    fn other_contacts_restart_the_cadence() {
        let mut contact = Contact {
            importance: 4,
            ..Contact::new("Jana", day("2026-01-01"))
        };
        contact.log(activity("2026-11-20", ActivityKind::Call));
        assert_eq!(contact.next_follow_up, Some(day("2026-12-20")));
    }

    #[test]
    fn logging_an_older_contact_keeps_the_later_follow_up() {
        let mut contact = Contact::new("Jana", day("2026-01-01"));
        contact.log(activity("2026-11-20", ActivityKind::Meeting));
        contact.log(activity("2026-03-01", ActivityKind::Call));
        assert_eq!(contact.next_follow_up, Some(day("2026-11-23")));
        assert_eq!(contact.activities[0].date, day("2026-03-01"));
        assert_eq!(contact.last_contact(), Some(day("2026-11-20")));
    }

    #[test]
    fn a_new_importance_moves_the_proposed_follow_up_but_not_one_set_by_hand() {
        let mut contact = Contact::new("Jana", day("2026-11-29"));
        assert_eq!(contact.next_follow_up, Some(day("2027-01-28")), "60 days");
        let old = contact.cadence();
        contact.importance = 5;
        contact.cadence_changed(old);
        assert_eq!(contact.next_follow_up, Some(day("2026-12-13")), "14 days");

        contact.log(activity("2026-12-01", ActivityKind::Call));
        contact.next_follow_up = Some(day("2026-12-24"));
        let old = contact.cadence();
        contact.importance = 2;
        contact.cadence_changed(old);
        assert_eq!(
            contact.next_follow_up,
            Some(day("2026-12-24")),
            "set by hand"
        );
    }

    #[test]
    fn done_logs_a_call_today_and_restarts_the_cadence() {
        let mut contact = Contact {
            importance: 4,
            next_follow_up: Some(day("2026-11-10")),
            ..Contact::default()
        };
        contact.follow_up_done(day("2026-11-22"));
        assert_eq!(
            contact.activities,
            [activity("2026-11-22", ActivityKind::Call)]
        );
        assert_eq!(contact.next_follow_up, Some(day("2026-12-22")), "30 days");
    }

    #[test]
    fn postponing_counts_from_the_later_of_today_and_the_follow_up() {
        let today = day("2026-11-22");
        let postponed = |follow_up: Option<&str>| {
            let mut contact = Contact {
                next_follow_up: follow_up.map(day),
                ..Contact::default()
            };
            contact.postpone_follow_up(today);
            contact.next_follow_up
        };
        assert_eq!(postponed(Some("2026-11-01")), Some(day("2026-11-29")));
        assert_eq!(postponed(Some("2026-11-22")), Some(day("2026-11-29")));
        assert_eq!(postponed(Some("2026-11-25")), Some(day("2026-12-02")));
        assert_eq!(postponed(None), Some(day("2026-11-29")));
    }

    #[test]
    fn after_a_meeting_the_cadence_does_not_move_the_follow_up() {
        let mut contact = Contact::new("Jana", day("2026-11-01"));
        contact.log(activity("2026-11-20", ActivityKind::Meeting));
        let old = contact.cadence();
        contact.importance = 5;
        contact.cadence_changed(old);
        assert_eq!(contact.next_follow_up, Some(day("2026-11-23")));
    }
}
