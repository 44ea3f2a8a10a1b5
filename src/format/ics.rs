//! Calendar files (iCalendar, RFC 5545) of a plan's dated actions and the agreement's
//! review and check dates, for Outlook, Google Calendar and Apple Calendar to open.

use crate::model::order;
use crate::model::plan::{ActionStatus, SupportAction, Supporter};
use crate::model::Partnership;
use chrono::{DateTime, Datelike, Days, NaiveDate, Timelike, Utc};

/// One all-day event: a day, or days from `starts` to `ends` inclusive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// The same record gives the same UID in every file, so a second import updates the
    /// event instead of adding it again.
    pub uid: String,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The longest a content line may be, in octets, before it is folded (RFC 5545 3.1).
const LINE_OCTETS: usize = 75;

/// The calendar file for `events`, stamped with when it was written.
pub fn write_calendar(events: &[CalendarEvent], stamp: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Partnership Planner//Support plan//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        day(stamp.date_naive()),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    for event in events {
        // All-day events end on the day after their last day (RFC 5545 3.6.1).
        let after = event.ends.max(event.starts).checked_add_days(Days::new(1));
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", text(&event.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", day(event.starts)),
        ]);
        if let Some(after) = after {
            lines.push(format!("DTEND;VALUE=DATE:{}", day(after)));
        }
        lines.push(format!("SUMMARY:{}", text(&event.summary)));
        if !event.description.trim().is_empty() {
            lines.push(format!("DESCRIPTION:{}", text(&event.description)));
        }
        lines.extend(["TRANSP:TRANSPARENT".to_string(), "END:VEVENT".to_string()]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line) + "\r\n").collect()
}

fn day(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A TEXT value with its special characters escaped (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A content line folded into lines of at most 75 octets, each after the first starting
/// with a space, never splitting a character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / LINE_OCTETS * 3);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > LINE_OCTETS {
            folded.push_str("\r\n ");
            // The space that continues the line counts towards its length.
            octets = 1;
        }
        folded.push(c);
        octets += c.len_utf8();
    }
    folded
}

/// Every dated support action (for one supporter, or all), and the agreement's review
/// and check dates, as events.
pub fn plan_events(partnership: &Partnership, owner: Option<&Supporter>) -> Vec<CalendarEvent> {
    let uid = |kind: &str, record: &str| {
        format!("{kind}-{record}-{}@partnership-planner", partnership.id)
    };
    let mut events: Vec<CalendarEvent> = partnership
        .plan
        .actions
        .iter()
        // Dropped support is not in anyone's diary.
        .filter(|a| a.status != ActionStatus::Dropped && owner.is_none_or(|o| &a.who == o))
        .filter_map(|a| {
            let (starts, ends) = dates(a)?;
            Some(CalendarEvent {
                uid: uid("action", a.id.as_str()),
                starts,
                ends,
                summary: a.what.trim().to_string(),
                // In a calendar shared by several owners, who gives it and to whom.
                description: [
                    (
                        "Who",
                        a.who.label(&partnership.principal, &partnership.coaches),
                    ),
                    ("For whom", a.for_whom.label(&partnership.continuum)),
                    ("How", a.how.trim().to_string()),
                    ("Evidence", a.evidence.trim().to_string()),
                ]
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("\n"),
            })
        })
        .collect();
    let agreement = &partnership.agreement;
    let dated = |kind: &'static str, summary: &'static str, dates: &[NaiveDate]| {
        dates
            .iter()
            .map(|d| CalendarEvent {
                uid: uid(kind, &d.to_string()),
                starts: *d,
                ends: *d,
                summary: summary.to_string(),
                description: String::new(),
            })
            .collect::<Vec<_>>()
    };
    if owner.is_none() {
        events.extend(dated(
            "review",
            "Review the partnership agreement",
            &agreement.review.dates,
        ));
        events.extend(dated(
            "check",
            "Check the first indicator",
            &agreement.first_indicator.check_dates,
        ));
    }
    order::sort_by(&mut events, |a, b| {
        (a.starts, &a.uid).cmp(&(b.starts, &b.uid))
    });
    events
}

/// An action's days: from its start to its end, or the one day it names.
fn dates(action: &SupportAction) -> Option<(NaiveDate, NaiveDate)> {
    match (action.starts, action.ends) {
        (Some(s), Some(e)) => Some((s.min(e), s.max(e))),
        (Some(d), None) | (None, Some(d)) => Some((d, d)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::sample;

    fn on(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn stamp() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    fn event(summary: &str) -> CalendarEvent {
        CalendarEvent {
            uid: "action-1-p1@partnership-planner".into(),
            starts: on(2026, 12, 31),
            ends: on(2026, 12, 31),
            summary: summary.into(),
            description: String::new(),
        }
    }

    #[test]
    fn an_all_day_event_ends_the_day_after_across_a_year_end() {
        let file = write_calendar(&[event("Co-plan")], stamp());
        assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(file.contains("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(file.contains("\r\nDTSTAMP:20260921T141320Z\r\n"));
        assert!(file.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(
            !file.replace("\r\n", "").contains('\n'),
            "every line ends CRLF"
        );
    }

    #[test]
    fn text_is_escaped() {
        let file = write_calendar(&[event("Data, walks; and \\ notes\nline two")], stamp());
        assert!(file.contains("SUMMARY:Data\\, walks\\; and \\\\ notes\\nline two\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let long = "Écoute active — ".repeat(12);
        let file = write_calendar(&[event(&long)], stamp());
        for line in file.split("\r\n") {
            assert!(line.len() <= LINE_OCTETS, "{} octets: {line}", line.len());
        }
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{long}")));
    }

    #[test]
    fn a_plan_gives_stable_events_for_one_owner_or_for_all() {
        let p = sample();
        let all = plan_events(&p, None);
        let again = plan_events(&p, None);
        assert_eq!(all, again, "the same plan gives the same UIDs");
        assert!(all
            .iter()
            .any(|e| e.summary == "Review the partnership agreement"));
        let principal = plan_events(&p, Some(&Supporter::Principal));
        assert!(!principal.is_empty() && principal.len() < all.len());
        assert!(principal.iter().all(|e| e.uid.starts_with("action-")));
        // Each says whose it is and for whom, as one calendar may hold everyone's.
        assert!(principal.iter().all(|e| e
            .description
            .starts_with(&format!("Who: {} (principal)\nFor whom: ", p.principal))));
        let uids: std::collections::HashSet<_> = all.iter().map(|e| &e.uid).collect();
        assert_eq!(uids.len(), all.len(), "no two events share a UID");
        assert!(all.windows(2).all(|w| w[0].starts <= w[1].starts));
    }

    #[test]
    fn dropped_support_is_left_out_of_the_calendar() {
        let mut p = sample();
        let before = plan_events(&p, None).len();
        let Some(dated) = p.plan.actions.iter_mut().find(|a| dates(a).is_some()) else {
            panic!("the sample has a dated action");
        };
        dated.status = ActionStatus::Dropped;
        let id = format!("action-{}-", dated.id.as_str());
        let after = plan_events(&p, None);
        assert_eq!(after.len(), before - 1);
        assert!(!after.iter().any(|e| e.uid.starts_with(&id)));
    }
}
