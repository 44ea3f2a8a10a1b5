//! The meeting guide's agenda: a 60 to 90 minute meeting through the four steps, each with
//! a suggested time, and where a running clock has got to.

use super::Step;

/// One part of the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    pub title: &'static str,
    pub step: Option<Step>,
    pub minutes: u32,
}

/// The lengths a meeting can be planned for.
pub const LENGTHS: [u32; 3] = [60, 75, 90];

/// The 90-minute meeting; shorter ones take time from each part in proportion.
const FULL: [(&str, Option<Step>, u32); 6] = [
    ("Open: why we are here and what we will leave with", None, 5),
    (
        "Agree how coaching time serves the focus",
        Some(Step::Agreement),
        30,
    ),
    (
        "Place every teacher on the continuum",
        Some(Step::Continuum),
        20,
    ),
    ("Plan who supports whom, how and when", Some(Step::Plan), 20),
    ("Read the summary together", Some(Step::Summary), 10),
    ("Close: next actions and the next meeting", None, 5),
];

/// The agenda for a meeting of `length` minutes; its parts always add up to it.
pub fn agenda(length: u32) -> Vec<AgendaItem> {
    let full: u32 = FULL.iter().map(|(_, _, m)| m).sum();
    let mut items: Vec<AgendaItem> = FULL
        .iter()
        .map(|(title, step, minutes)| AgendaItem {
            title,
            step: *step,
            minutes: (minutes * length / full).max(1),
        })
        .collect();
    let planned: u32 = items.iter().map(|i| i.minutes).sum();
    // Rounding leaves a minute or two over: the agreement, the longest part, takes them.
    if let Some(longest) = items.iter_mut().max_by_key(|i| i.minutes) {
        longest.minutes = (longest.minutes + length).saturating_sub(planned);
    }
    items
}

/// The part of the agenda the clock is in after `elapsed` seconds; past the end, the last.
pub fn current(items: &[AgendaItem], elapsed: u64) -> usize {
    let mut until = 0u64;
    for (i, item) in items.iter().enumerate() {
        until += u64::from(item.minutes) * 60;
        if elapsed < until {
            return i;
        }
    }
    items.len().saturating_sub(1)
}

/// A clock's reading, e.g. "23:05", or "1:02:09" past the hour.
pub fn clock(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// The meeting guide as this device keeps it between reloads: whether it is open, the
/// meeting's length, the milliseconds counted before the clock last started, and when the
/// running clock started (milliseconds since 1970), so a reload mid-meeting loses no time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GuideSetting {
    pub open: bool,
    pub length: u32,
    pub banked: u64,
    pub started: Option<u64>,
}

impl Default for GuideSetting {
    fn default() -> Self {
        GuideSetting {
            open: false,
            length: 90,
            banked: 0,
            started: None,
        }
    }
}

impl GuideSetting {
    /// As kept: `open;length;banked;started`, with `-` for a clock that is not running.
    pub fn write(self) -> String {
        let started = self.started.map_or("-".to_string(), |s| s.to_string());
        let open = u8::from(self.open);
        format!("{open};{};{};{started}", self.length, self.banked)
    }

    /// None for anything this version did not write; the guide then starts afresh.
    pub fn read(text: &str) -> Option<GuideSetting> {
        // Whole milliseconds: reading a float would bring float parsing into the download.
        let time = |t: &str| t.parse::<u64>().ok();
        let mut parts = text.split(';');
        let open = match parts.next()? {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        let length = parts.next()?.parse().ok().filter(|l| LENGTHS.contains(l))?;
        let banked = time(parts.next()?)?;
        let started = match parts.next()? {
            "-" => None,
            at => Some(time(at)?),
        };
        parts.next().is_none().then_some(GuideSetting {
            open,
            length,
            banked,
            started,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_guide_setting_reads_back_and_anything_else_is_ignored() {
        use super::GuideSetting;
        let running = GuideSetting {
            open: true,
            length: 60,
            banked: 360_000,
            started: Some(1_790_000_000_000),
        };
        for setting in [running, GuideSetting::default()] {
            assert_eq!(GuideSetting::read(&setting.write()), Some(setting));
        }
        for text in [
            "",
            "1;60;0",
            "1;45;0;-",
            "2;60;0;-",
            "1;60;-5;-",
            "1;60;0;NaN",
            "1;60;0.5;-",
            "1;60;0;-;x",
        ] {
            assert_eq!(GuideSetting::read(text), None, "{text}");
        }
    }

    use super::*;

    #[test]
    fn every_length_adds_up_and_visits_every_step() {
        for length in LENGTHS {
            let items = agenda(length);
            assert_eq!(items.iter().map(|i| i.minutes).sum::<u32>(), length);
            for step in Step::ALL {
                assert!(
                    items.iter().any(|i| i.step == Some(step)),
                    "{length}: {step:?}"
                );
            }
        }
    }

    #[test]
    fn the_clock_moves_through_the_parts_and_stays_on_the_last() {
        let items = agenda(90);
        assert_eq!(current(&items, 0), 0);
        assert_eq!(current(&items, 5 * 60), 1);
        assert_eq!(current(&items, 35 * 60 - 1), 1);
        assert_eq!(current(&items, 35 * 60), 2);
        assert_eq!(current(&items, 10_000), items.len() - 1);
    }

    #[test]
    fn the_clock_reads_minutes_then_hours() {
        assert_eq!(clock(65), "1:05");
        assert_eq!(clock(3_729), "1:02:09");
    }
}
