//! Meeting preparation from the practice texts: three questions to answer before a
//! meeting, and a quick self-check against the principles of network work.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Collaboration, Template};
use crate::language::Language;

/// A traffic light for one principle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    #[default]
    Unrated,
    Red,
    Amber,
    Green,
}

/// The principles of cooperation the practice texts name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Principle {
    Voluntariness,
    SharedInterest,
    LongTermInvestment,
    DynamicsOpenness,
    GoalBenefit,
    Cooperation,
    Trust,
    Reliability,
    Negotiation,
}

impl Principle {
    pub const ALL: [Self; 9] = [
        Self::Voluntariness,
        Self::SharedInterest,
        Self::LongTermInvestment,
        Self::DynamicsOpenness,
        Self::GoalBenefit,
        Self::Cooperation,
        Self::Trust,
        Self::Reliability,
        Self::Negotiation,
    ];

    /// The key in the file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Voluntariness => "voluntariness",
            Self::SharedInterest => "shared_interest",
            Self::LongTermInvestment => "long_term_investment",
            Self::DynamicsOpenness => "dynamics_openness",
            Self::GoalBenefit => "goal_benefit",
            Self::Cooperation => "cooperation",
            Self::Trust => "trust",
            Self::Reliability => "reliability",
            Self::Negotiation => "negotiation",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrincipleCheck {
    pub rating: Rating,
    pub note: String,
}

impl PrincipleCheck {
    pub fn is_empty(&self) -> bool {
        self.rating == Rating::Unrated && self.note.trim().is_empty()
    }
}

/// The answers of "Vorbereitung", stored with the collaboration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preparation {
    /// 1. What is my motivation, and what do I expect?
    pub motivation_expectations: String,
    /// 2. Is the collaboration appreciative, and are there shared goals?
    pub appreciation_goals: String,
    /// 3. What exactly is the added value?
    pub added_value: String,
    /// Self-check per principle, by [`Principle::key`].
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub principles: BTreeMap<String, PrincipleCheck>,
}

impl Preparation {
    pub fn is_empty(&self) -> bool {
        self.motivation_expectations.trim().is_empty()
            && self.appreciation_goals.trim().is_empty()
            && self.added_value.trim().is_empty()
            && self.principles.values().all(PrincipleCheck::is_empty)
    }

    pub fn answers_mut(&mut self) -> [&mut String; 3] {
        [
            &mut self.motivation_expectations,
            &mut self.appreciation_goals,
            &mut self.added_value,
        ]
    }

    pub fn answers(&self) -> [&str; 3] {
        [
            &self.motivation_expectations,
            &self.appreciation_goals,
            &self.added_value,
        ]
    }

    /// Each answer, or where it is empty what the canvas says to that question
    /// (`canvas`, from [`canvas_answers`]).
    pub fn answers_or<'a>(&'a self, canvas: &'a [String; 3]) -> [&'a str; 3] {
        let mut answers = self.answers();
        for (answer, proposal) in answers.iter_mut().zip(canvas) {
            if answer.trim().is_empty() {
                *answer = proposal;
            }
        }
        answers
    }

    pub fn check(&self, principle: Principle) -> PrincipleCheck {
        self.principles
            .get(principle.key())
            .cloned()
            .unwrap_or_default()
    }

    pub fn check_mut(&mut self, principle: Principle) -> &mut PrincipleCheck {
        self.principles
            .entry(principle.key().to_owned())
            .or_default()
    }
}

/// The canvas fields that answer each of the three questions, by field id: motivation
/// and expectations the first, shared goals and the collaboration the second, the added
/// value the third.
pub const ANSWERING_FIELDS: [&[&str]; 3] = [
    &["motivation", "expectations"],
    &["shared_goals", "collaboration"],
    &["added_value"],
];

/// What the canvas already says to each question: the text of its answering fields
/// (my view); when two are filled, each under its label from `template`. Empty where
/// the canvas says nothing. The answers are not stored: an empty answer stands for this
/// text until the user writes their own, the same in the dialog and in the brief.
pub fn canvas_answers(
    collaboration: &Collaboration,
    template: &Template,
    language: Language,
) -> [String; 3] {
    ANSWERING_FIELDS.map(|ids| {
        let filled: Vec<(&str, &str)> = ids
            .iter()
            .map(|id| (*id, collaboration.field_text(id).trim()))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        match filled.as_slice() {
            [(_, text)] => (*text).to_owned(),
            several => several
                .iter()
                .map(|(id, text)| {
                    let label = Template::label_elsewhere(id, &[template], language);
                    format!("{label}: {text}")
                })
                .collect::<Vec<_>>()
                .join("\n"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canvas(fields: &[(&str, &str)]) -> Collaboration {
        let mut collaboration = Collaboration::default();
        for (id, text) in fields {
            collaboration.fields.insert((*id).into(), (*text).into());
        }
        collaboration
    }

    #[test]
    fn the_canvas_answers_each_question_from_its_fields_under_their_labels() {
        let collaboration = canvas(&[
            ("motivation", "Ein Laden im Dorf"),
            ("expectations", " Zusage zur Miete\n"),
            ("collaboration", "Monatliche Treffen"),
            ("success", "Der Laden trägt sich"),
        ]);
        let template = Template::kooperations_canvas();
        assert_eq!(
            canvas_answers(&collaboration, &template, Language::German),
            [
                "Motivation: Ein Laden im Dorf\nErwartungen: Zusage zur Miete".to_owned(),
                "Monatliche Treffen".to_owned(),
                String::new(),
            ]
        );
        assert_eq!(
            canvas_answers(&collaboration, &template, Language::English)[0],
            "Motivation: Ein Laden im Dorf\nExpectations: Zusage zur Miete"
        );
    }

    #[test]
    fn the_second_question_is_answered_by_the_goals_and_the_collaboration() {
        let collaboration = canvas(&[
            ("shared_goals", "Genossenschaft bis Juni"),
            ("collaboration", "Monatliche Treffen"),
            ("added_value", "Treffpunkt"),
        ]);
        let template = Template::kooperations_canvas();
        let answers = canvas_answers(&collaboration, &template, Language::German);
        assert_eq!(
            answers[1],
            "Gemeinsame Ziele: Genossenschaft bis Juni\nZusammenarbeit: Monatliche Treffen"
        );
        assert_eq!(answers[2], "Treffpunkt");
    }

    #[test]
    fn an_own_answer_wins_and_an_empty_one_stands_for_the_canvas() {
        let preparation = Preparation {
            motivation_expectations: "Eigene Antwort".into(),
            appreciation_goals: "  ".into(),
            ..Preparation::default()
        };
        let canvas = ["Motivation".to_owned(), "Ziele".to_owned(), String::new()];
        assert_eq!(
            preparation.answers_or(&canvas),
            ["Eigene Antwort", "Ziele", ""]
        );
    }
}
