//! The stage-based support plan: who supports whom, how and when.

use super::tagged::located;
use super::{Coach, Continuum, Id, Position, Stage, Teacher};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SupportPlan {
    pub actions: Vec<SupportAction>,
    pub protocols: Vec<UnwillingProtocol>,
    /// The school's own playbook, once the pair edits it; until then the one the app ships.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub playbook: Option<Vec<Play>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupportAction {
    pub id: Id,
    pub what: String,
    #[serde(deserialize_with = "located")]
    pub for_whom: Target,
    #[serde(deserialize_with = "located")]
    pub who: Supporter,
    #[serde(default)]
    pub how: String,
    pub starts: Option<NaiveDate>,
    pub ends: Option<NaiveDate>,
    pub status: ActionStatus,
    #[serde(default)]
    pub evidence: String,
    /// The stage the support was chosen for: a teacher who moves on leaves it behind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// Which of the agreement's coaching actions the coach's time goes to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coaching_action: Option<Id>,
}

/// Whom a support action is for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Target {
    Teacher { teacher: Id },
    Stage { stage: Stage },
    Band { from: Position, to: Position },
    Group { name: String },
    WholeStaff,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Supporter {
    Principal,
    /// One of the partnership's coaches, by id, so a renamed coach keeps their actions.
    Coach {
        coach: Id,
    },
    LeadTeacher {
        name: String,
    },
    Plc {
        name: String,
    },
    Other {
        name: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// The two questions asked of an unwilling teacher before the coach invests time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnwillingProtocol {
    pub teacher: Id,
    pub knows_expectation: Option<Answer>,
    /// When the first question was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_asked: Option<NaiveDate>,
    pub clarity_step: Option<ClarityStep>,
    pub plans_to_do_it: Option<Answer>,
    /// When the second question was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_asked: Option<NaiveDate>,
    /// The principal's private follow-up notes: left out of anonymised copies.
    #[serde(default)]
    pub principal_follow_up: String,
}

/// One suggested support in the playbook, for the teachers at one stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Play {
    pub id: Id,
    pub stage: Stage,
    pub what: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Yes,
    Unsure,
    No,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClarityStep {
    TeacherConfersWithPrincipal,
    MeetTogether,
}

/// Where the protocol has got to for one teacher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProtocolOutcome {
    AskFirstQuestion,
    GetClarity,
    AskSecondQuestion,
    CoachBegins,
    CoachWithdraws,
}

impl ProtocolOutcome {
    /// Where the protocol stands for the teacher called `name`, and what comes next.
    pub fn words(self, name: &str) -> String {
        match self {
            ProtocolOutcome::AskFirstQuestion => format!("Next: ask {name} the first question."),
            ProtocolOutcome::GetClarity => "Next: make the expectation clear, then ask the second question.".to_string(),
            ProtocolOutcome::AskSecondQuestion => format!("Next: ask {name} the second question."),
            ProtocolOutcome::CoachBegins => "✓ The coach begins.".to_string(),
            ProtocolOutcome::CoachWithdraws => "✗ The coach withdraws: the follow-up is the principal's, and no coach time is planned for them.".to_string(),
        }
    }
}

/// The days from Monday of this week to Sunday of next: what "mine this week and next"
/// covers, across month and year ends alike.
pub fn this_week_and_next(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = today.week(Weekday::Mon).first_day();
    let sunday_next = monday
        .checked_add_days(Days::new(13))
        .unwrap_or(NaiveDate::MAX);
    (monday, sunday_next)
}

impl SupportPlan {
    pub fn action(&self, id: &Id) -> Option<&SupportAction> {
        self.actions.iter().find(|a| &a.id == id)
    }

    pub fn action_mut(&mut self, id: &Id) -> Option<&mut SupportAction> {
        self.actions.iter_mut().find(|a| &a.id == id)
    }

    /// Takes an action out of the plan, with where it stood, so that it can be put back.
    pub fn remove_action(&mut self, id: &Id) -> Option<(usize, SupportAction)> {
        let at = self.actions.iter().position(|a| &a.id == id)?;
        Some((at, self.actions.remove(at)))
    }

    /// Puts a removed action back where it stood, under a new id if another action has
    /// taken its own since; none when the plan holds as many actions as a file may.
    pub fn restore_action(&mut self, (at, mut action): (usize, SupportAction)) -> Option<Id> {
        if self.actions.len() >= super::limits::MAX_LIST_ITEMS {
            return None;
        }
        if self.action(&action.id).is_some() {
            action.id = Id::next_in("support", self.actions.iter().map(|a| &a.id));
        }
        let id = action.id.clone();
        self.actions.insert(at.min(self.actions.len()), action);
        Some(id)
    }

    /// For next year's copy: each action a year on, and what was under way or done this
    /// year planned again; dropped actions stay dropped. A new year is a time to ask an
    /// unwilling teacher the two questions again: their answers and dates are cleared, the
    /// principal's notes kept.
    pub fn move_a_year_on(&mut self) {
        let on = crate::model::day::a_year_on;
        for action in &mut self.actions {
            let (starts, ends) = (action.starts.map(on), action.ends.map(on));
            // A date past the last year kept stays where it is, and so then does the other:
            // the action must still end after it starts.
            if !matches!((starts, ends), (Some(starts), Some(ends)) if ends < starts) {
                (action.starts, action.ends) = (starts, ends);
            }
            if matches!(action.status, ActionStatus::InProgress | ActionStatus::Done) {
                action.status = ActionStatus::Planned;
            }
        }
        for protocol in &mut self.protocols {
            protocol.knows_expectation = None;
            protocol.first_asked = None;
            protocol.clarity_step = None;
            protocol.plans_to_do_it = None;
            protocol.second_asked = None;
        }
    }

    /// Marks these actions dropped: kept in the plan as a record, asking nothing more.
    pub fn drop_actions(&mut self, ids: &[Id]) {
        for a in self.actions.iter_mut().filter(|a| ids.contains(&a.id)) {
            a.status = ActionStatus::Dropped;
        }
    }
}

impl Target {
    /// Whether this teacher is among those the support is for. A named group is a team,
    /// grade or subject of the roster.
    pub fn covers(&self, t: &Teacher) -> bool {
        match self {
            Target::Teacher { teacher } => teacher == &t.id,
            Target::Stage { stage } => t.stage == Some(*stage),
            Target::Band { from, to } => t.position.is_some_and(|p| *from <= p && p <= *to),
            Target::Group { name } => {
                !name.trim().is_empty() && t.assignment.trim().eq_ignore_ascii_case(name.trim())
            }
            Target::WholeStaff => true,
        }
    }

    /// Whom it is for, in words, with a teacher by their name on the map.
    pub fn label(&self, continuum: &Continuum) -> String {
        match self {
            Target::Teacher { teacher } => continuum
                .teacher(teacher)
                .map_or("A teacher no longer on the map".to_string(), |t| {
                    t.name.clone()
                }),
            Target::Stage { stage } => format!("{} teachers", stage.label()),
            Target::Band { from, to } => format!("Teachers at {}", Position::span(*from, *to)),
            Target::Group { name } => match name.trim() {
                "" => "A group, not yet named".to_string(),
                name => name.to_string(),
            },
            Target::WholeStaff => "The whole staff".to_string(),
        }
    }
}

impl Supporter {
    /// Who it is, in words: the principal and a coach by their current names.
    pub fn label(&self, principal: &str, coaches: &[Coach]) -> String {
        let named = |role: &str, name: &str| match name.trim() {
            "" => role.to_string(),
            name => format!("{name} ({})", role.to_lowercase()),
        };
        match self {
            Supporter::Principal => match principal.trim() {
                "" => "The principal".to_string(),
                name => named("Principal", name),
            },
            Supporter::Coach { coach } => coaches
                .iter()
                .find(|c| &c.id == coach)
                .map_or("A coach".to_string(), |c| named("Coach", &c.name)),
            Supporter::LeadTeacher { name } => named("Lead teacher", name),
            Supporter::Plc { name } => named("PLC", name),
            Supporter::Other { name } => match name.trim() {
                "" => "Someone else".to_string(),
                name => name.to_string(),
            },
        }
    }

    /// Whether the time given is a coach's, which the agreement shares out.
    pub fn is_coach(&self) -> bool {
        matches!(self, Supporter::Coach { .. })
    }
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Planned => "Planned",
            ActionStatus::InProgress => "Under way",
            ActionStatus::Done => "Done",
            ActionStatus::Dropped => "Dropped",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn from_key(key: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Still to be done: planned or under way.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Planned | ActionStatus::InProgress)
    }
}

/// How the timeline groups the school year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Week,
    Month,
}

impl Period {
    /// The first day of the week (from Monday) or month that holds `date`.
    pub fn start(self, date: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => date.week(Weekday::Mon).first_day(),
            Period::Month => date.with_day(1).unwrap_or(date),
        }
    }
}

impl SupportAction {
    /// A planned action with nothing yet said of how, when or what was seen.
    pub fn planned(id: Id, what: String, for_whom: Target, who: Supporter) -> SupportAction {
        SupportAction {
            id,
            what,
            for_whom,
            who,
            how: String::new(),
            starts: None,
            ends: None,
            status: ActionStatus::Planned,
            evidence: String::new(),
            stage: None,
            coaching_action: None,
        }
    }

    /// Still open after its due date: neither done nor dropped.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.ends.or(self.starts).is_some_and(|due| due < today)
    }

    /// The day the timeline files the action under: its start, or its end when it has no
    /// start.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.starts.or(self.ends)
    }

    /// Whether any of the action's days fall from `from` to `to`, both included; an action
    /// with one date falls on that day, one with none on no day.
    pub fn falls_within(&self, from: NaiveDate, to: NaiveDate) -> bool {
        let (Some(first), Some(last)) = (self.starts.or(self.ends), self.ends.or(self.starts))
        else {
            return false;
        };
        first.min(last) <= to && last.max(first) >= from
    }
}

impl UnwillingProtocol {
    pub fn outcome(&self) -> ProtocolOutcome {
        match (self.knows_expectation, self.plans_to_do_it) {
            (None, _) => ProtocolOutcome::AskFirstQuestion,
            (Some(Answer::Unsure | Answer::No), _) if self.clarity_step.is_none() => {
                ProtocolOutcome::GetClarity
            }
            (_, None) => ProtocolOutcome::AskSecondQuestion,
            (_, Some(Answer::Yes)) => ProtocolOutcome::CoachBegins,
            (_, Some(Answer::Unsure | Answer::No)) => ProtocolOutcome::CoachWithdraws,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn action(
        starts: Option<NaiveDate>,
        ends: Option<NaiveDate>,
        status: ActionStatus,
    ) -> SupportAction {
        SupportAction {
            id: Id::new("support-1"),
            what: "Co-plan".into(),
            for_whom: Target::WholeStaff,
            who: Supporter::Principal,
            how: String::new(),
            starts,
            ends,
            status,
            evidence: String::new(),
            stage: None,
            coaching_action: None,
        }
    }

    #[test]
    fn the_principal_and_a_coach_are_named_as_the_partnership_names_them_now() {
        let coaches = [Coach {
            id: Id::new("coach-1"),
            name: "Ana Diaz".into(),
        }];
        let coach = Supporter::Coach {
            coach: Id::new("coach-1"),
        };
        assert_eq!(
            Supporter::Principal.label(" Maria Lopez ", &coaches),
            "Maria Lopez (principal)"
        );
        assert_eq!(Supporter::Principal.label("  ", &coaches), "The principal");
        assert_eq!(coach.label("", &coaches), "Ana Diaz (coach)");
        assert_eq!(coach.label("", &[]), "A coach");
    }

    #[test]
    fn a_removed_action_goes_back_where_it_stood_under_an_id_of_its_own() {
        let mut plan = SupportPlan::default();
        for n in 1..=3 {
            plan.actions.push(SupportAction {
                id: Id::new(format!("support-{n}")),
                ..action(None, None, ActionStatus::Planned)
            });
        }
        let before = plan.clone();
        let removed = plan.remove_action(&Id::new("support-2"));
        assert_eq!(plan.actions.len(), 2);
        let Some(removed) = removed else {
            panic!("support-2 is in the plan")
        };
        assert_eq!(
            plan.restore_action(removed.clone()),
            Some(Id::new("support-2"))
        );
        assert_eq!(plan, before);
        // Removed again, and its id taken by a new action meanwhile.
        plan.remove_action(&Id::new("support-3"));
        let Some(last) = plan
            .remove_action(&Id::new("support-2"))
            .map(|(at, a)| (at + 1, a))
        else {
            panic!("support-2 is in the plan")
        };
        plan.actions.push(SupportAction {
            id: Id::new("support-2"),
            ..action(None, None, ActionStatus::Planned)
        });
        assert_eq!(plan.restore_action(last), Some(Id::new("support-3")));
        assert_eq!(plan.actions.len(), 3);
    }

    #[test]
    fn this_week_and_next_runs_monday_to_sunday_across_a_year_end() {
        // Thursday 31 December 2026.
        assert_eq!(
            this_week_and_next(on(2026, 12, 31)),
            (on(2026, 12, 28), on(2027, 1, 10))
        );
        // A Monday at the end of February in a leap year.
        assert_eq!(
            this_week_and_next(on(2028, 2, 28)),
            (on(2028, 2, 28), on(2028, 3, 12))
        );
        // A Sunday: its week began six days before.
        assert_eq!(
            this_week_and_next(on(2026, 11, 1)),
            (on(2026, 10, 26), on(2026, 11, 8))
        );
    }

    #[test]
    fn the_timeline_files_days_under_their_week_and_month_across_year_ends() {
        assert_eq!(Period::Week.start(on(2027, 1, 1)), on(2026, 12, 28));
        assert_eq!(Period::Week.start(on(2026, 12, 28)), on(2026, 12, 28));
        assert_eq!(Period::Month.start(on(2028, 2, 29)), on(2028, 2, 1));
        assert_eq!(Period::Month.start(on(2026, 12, 31)), on(2026, 12, 1));
        assert_eq!(Period::Week.start(on(2026, 3, 1)), on(2026, 2, 23));
    }

    #[test]
    fn a_group_is_a_team_of_the_roster_and_a_band_its_positions() {
        let mut t = Teacher::new(Id::new("teacher-1"), "Ana Ruiz", " Grade 3 ");
        t.position = Position::new(4);
        t.stage = Some(Stage::Started);
        let group = |name: &str| Target::Group { name: name.into() }.covers(&t);
        assert!(group("grade 3"));
        assert!(!group("Grade 4"));
        assert!(!group("  "));
        let band = |from, to, t: &Teacher| {
            Target::Band {
                from: Position::new(from).unwrap_or(Position::MIDDLE),
                to: Position::new(to).unwrap_or(Position::MIDDLE),
            }
            .covers(t)
        };
        assert!(band(4, 6, &t) && band(2, 4, &t) && !band(5, 6, &t));
        assert!(Target::Stage {
            stage: Stage::Started
        }
        .covers(&t));
        assert!(Target::WholeStaff.covers(&t));
        t.position = None;
        assert!(
            !band(1, 11, &t),
            "a teacher not yet placed stands in no band"
        );
    }

    #[test]
    fn an_open_action_past_its_due_date_is_overdue() {
        let today = on(2027, 1, 1);
        let due = |ends, status| action(Some(on(2026, 10, 1)), ends, status).is_overdue(today);
        assert!(due(Some(on(2026, 12, 31)), ActionStatus::Planned));
        assert!(due(Some(on(2026, 12, 31)), ActionStatus::InProgress));
        assert!(
            !due(Some(on(2027, 1, 1)), ActionStatus::Planned),
            "due today is not late"
        );
        assert!(!due(Some(on(2026, 12, 31)), ActionStatus::Done));
        assert!(!due(Some(on(2026, 12, 31)), ActionStatus::Dropped));
        assert!(
            due(None, ActionStatus::Planned),
            "a start date alone is its due date"
        );
        assert!(!action(None, None, ActionStatus::Planned).is_overdue(today));
    }

    #[test]
    fn an_action_falls_within_a_range_when_any_of_its_days_do() {
        let (from, to) = this_week_and_next(on(2026, 12, 31));
        let within = |s, e| action(s, e, ActionStatus::Planned).falls_within(from, to);
        assert!(within(Some(on(2026, 12, 1)), Some(on(2026, 12, 28))));
        assert!(within(Some(on(2027, 1, 10)), Some(on(2027, 3, 1))));
        assert!(
            within(Some(on(2026, 11, 1)), Some(on(2027, 6, 1))),
            "spans the range"
        );
        assert!(within(None, Some(on(2027, 1, 4))));
        assert!(!within(Some(on(2027, 1, 11)), None));
        assert!(!within(Some(on(2026, 12, 1)), Some(on(2026, 12, 27))));
        assert!(!within(None, None));
    }

    fn protocol(
        knows: Option<Answer>,
        clarity: Option<ClarityStep>,
        plans: Option<Answer>,
    ) -> UnwillingProtocol {
        UnwillingProtocol {
            teacher: Id::new("t-1"),
            knows_expectation: knows,
            first_asked: None,
            clarity_step: clarity,
            second_asked: None,
            plans_to_do_it: plans,
            principal_follow_up: String::new(),
        }
    }

    #[test]
    fn the_protocol_gets_clarity_before_asking_about_intent() {
        assert_eq!(
            protocol(None, None, None).outcome(),
            ProtocolOutcome::AskFirstQuestion
        );
        assert_eq!(
            protocol(Some(Answer::Unsure), None, None).outcome(),
            ProtocolOutcome::GetClarity
        );
        let clarified = protocol(Some(Answer::Unsure), Some(ClarityStep::MeetTogether), None);
        assert_eq!(clarified.outcome(), ProtocolOutcome::AskSecondQuestion);
    }

    #[test]
    fn every_protocol_transition_leads_where_the_two_questions_say() {
        use Answer::{No, Unsure, Yes};
        use ClarityStep::{MeetTogether, TeacherConfersWithPrincipal};
        use ProtocolOutcome::*;
        let cases = [
            (None, None, None, AskFirstQuestion),
            (None, Some(MeetTogether), Some(Yes), AskFirstQuestion),
            (Some(Yes), None, None, AskSecondQuestion),
            (Some(Unsure), None, None, GetClarity),
            (Some(No), None, None, GetClarity),
            (Some(No), None, Some(Yes), GetClarity),
            (
                Some(No),
                Some(TeacherConfersWithPrincipal),
                None,
                AskSecondQuestion,
            ),
            (Some(Unsure), Some(MeetTogether), None, AskSecondQuestion),
            (Some(Yes), None, Some(Yes), CoachBegins),
            (Some(No), Some(MeetTogether), Some(Yes), CoachBegins),
            (Some(Yes), None, Some(Unsure), CoachWithdraws),
            (Some(Yes), None, Some(No), CoachWithdraws),
            (
                Some(Unsure),
                Some(TeacherConfersWithPrincipal),
                Some(No),
                CoachWithdraws,
            ),
        ];
        for (knows, clarity, plans, expected) in cases {
            assert_eq!(
                protocol(knows, clarity, plans).outcome(),
                expected,
                "{knows:?} {clarity:?} {plans:?}"
            );
        }
    }

    #[test]
    fn a_grudging_yes_starts_coaching_and_a_no_hands_it_to_the_principal() {
        assert_eq!(
            protocol(Some(Answer::Yes), None, Some(Answer::Yes)).outcome(),
            ProtocolOutcome::CoachBegins
        );
        assert_eq!(
            protocol(Some(Answer::Yes), None, Some(Answer::No)).outcome(),
            ProtocolOutcome::CoachWithdraws
        );
    }
}
