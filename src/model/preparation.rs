//! Meeting preparation from the practice texts: three questions to answer before a
//! meeting, and a quick self-check against the principles of network work.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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
