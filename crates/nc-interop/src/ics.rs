//! Follow-ups and meeting dates as an iCalendar file (RFC 5545), written by calcard:
//! CRLF, lines folded at 75 octets. One all-day event per contact with a follow-up and
//! per collaboration with a meeting date; the UIDs come from their ids, so that a
//! calendar importing a newer file updates the entries instead of doubling them.

use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendar, ICalendarAction, ICalendarComponent, ICalendarComponentType, ICalendarDuration,
    ICalendarEntry, ICalendarParameter, ICalendarProperty, ICalendarValue, ICalendarValueType,
};
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use nc_i18n::{Language, Msg};
use nc_model::Workspace;

/// One all-day event, before it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEntry {
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
}

/// The follow-ups (an overdue one on `today`, where it still needs doing) and the
/// meeting dates of `workspace`. Only name and organisation: no notes, which are private.
pub fn calendar_entries(
    workspace: &Workspace,
    today: NaiveDate,
    language: Language,
) -> Vec<CalendarEntry> {
    let mut entries: Vec<CalendarEntry> = workspace
        .contacts
        .iter()
        .filter_map(|contact| {
            let date = contact.next_follow_up?.max(today);
            let summary = if contact.organisation.trim().is_empty() {
                Msg::IcsFollowUp.fill(language, &[("name", &contact.name)])
            } else {
                Msg::IcsFollowUpAt.fill(
                    language,
                    &[
                        ("name", &contact.name),
                        ("organisation", &contact.organisation),
                    ],
                )
            };
            Some(CalendarEntry {
                uid: format!("follow-up-{}@netzwerk-canvas", contact.id.0),
                date,
                summary,
            })
        })
        .collect();
    entries.extend(workspace.collaborations.iter().filter_map(|collaboration| {
        Some(CalendarEntry {
            uid: format!("meeting-{}@netzwerk-canvas", collaboration.id.0),
            date: collaboration.meeting_date?,
            summary: Msg::IcsMeeting.fill(language, &[("title", &collaboration.title)]),
        })
    }));
    entries.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    entries
}

/// The calendar file; `stamp` is its DTSTAMP (when it was made).
pub fn follow_ups_ics(entries: &[CalendarEntry], stamp: DateTime<Utc>) -> String {
    let mut calendar = ICalendar {
        components: vec![component(
            ICalendarComponentType::VCalendar,
            vec![
                text(ICalendarProperty::Version, "2.0"),
                text(
                    ICalendarProperty::Prodid,
                    "-//Netzwerk-Canvas//Netzwerkbuch//DE",
                ),
            ],
        )],
    };
    for entry in entries {
        let event = push(&mut calendar, event(entry, stamp));
        let alarm = push(&mut calendar, alarm(&entry.summary));
        add_child(&mut calendar, event, alarm);
        add_child(&mut calendar, 0, event);
    }
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = calendar.write_to(&mut out);
    out
}

fn event(entry: &CalendarEntry, stamp: DateTime<Utc>) -> ICalendarComponent {
    let day = ICalendarParameter::value(ICalendarValueType::Date);
    let next_day = entry.date.succ_opt().unwrap_or(entry.date);
    component(
        ICalendarComponentType::VEvent,
        vec![
            text(ICalendarProperty::Uid, &entry.uid),
            ICalendarEntry::new(ICalendarProperty::Dtstamp).with_value(date_time(stamp)),
            ICalendarEntry::new(ICalendarProperty::Dtstart)
                .with_param(day.clone())
                .with_value(date(entry.date)),
            ICalendarEntry::new(ICalendarProperty::Dtend)
                .with_param(day)
                .with_value(date(next_day)),
            text(ICalendarProperty::Summary, &entry.summary),
            // An all-day reminder must not block the day in the user's free/busy time.
            text(ICalendarProperty::Transp, "TRANSPARENT"),
        ],
    )
}

/// A reminder at 9:00 on the day (the all-day event starts at midnight).
fn alarm(summary: &str) -> ICalendarComponent {
    let nine = ICalendarDuration {
        hours: 9,
        ..ICalendarDuration::default()
    };
    component(
        ICalendarComponentType::VAlarm,
        vec![
            ICalendarEntry::new(ICalendarProperty::Action)
                .with_value(ICalendarValue::Action(ICalendarAction::Display)),
            ICalendarEntry::new(ICalendarProperty::Trigger).with_value(nine),
            text(ICalendarProperty::Description, summary),
        ],
    )
}

fn component(
    component_type: ICalendarComponentType,
    entries: Vec<ICalendarEntry>,
) -> ICalendarComponent {
    ICalendarComponent {
        component_type,
        entries,
        component_ids: Vec::new(),
    }
}

fn push(calendar: &mut ICalendar, component: ICalendarComponent) -> u32 {
    calendar.components.push(component);
    u32::try_from(calendar.components.len() - 1).unwrap_or(u32::MAX)
}

fn add_child(calendar: &mut ICalendar, parent: u32, child: u32) {
    if let Some(parent) = calendar.components.get_mut(parent as usize) {
        parent.component_ids.push(child);
    }
}

fn text(name: ICalendarProperty, value: &str) -> ICalendarEntry {
    ICalendarEntry::new(name).with_value(ICalendarValue::Text(value.to_owned()))
}

fn date(day: NaiveDate) -> PartialDateTime {
    PartialDateTime {
        year: u16::try_from(day.year()).ok(),
        month: u8::try_from(day.month()).ok(),
        day: u8::try_from(day.day()).ok(),
        ..PartialDateTime::default()
    }
}

fn date_time(moment: DateTime<Utc>) -> PartialDateTime {
    PartialDateTime {
        hour: u8::try_from(moment.hour()).ok(),
        minute: u8::try_from(moment.minute()).ok(),
        second: u8::try_from(moment.second()).ok(),
        tz_hour: Some(0),
        tz_minute: Some(0),
        ..date(moment.date_naive())
    }
}
