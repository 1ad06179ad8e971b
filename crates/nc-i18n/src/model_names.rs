//! The message that names each value of a model enum (a principle, a circle, a kind
//! of activity …). The model does not know i18n, so the mapping lives here.

use super::Msg;

impl Msg {
    pub fn principle(principle: nc_model::Principle) -> Self {
        use nc_model::Principle;
        match principle {
            Principle::Voluntariness => Self::PrincipleVoluntariness,
            Principle::SharedInterest => Self::PrincipleSharedInterest,
            Principle::LongTermInvestment => Self::PrincipleLongTerm,
            Principle::DynamicsOpenness => Self::PrincipleDynamics,
            Principle::GoalBenefit => Self::PrincipleGoalBenefit,
            Principle::Cooperation => Self::PrincipleCooperation,
            Principle::Trust => Self::PrincipleTrust,
            Principle::Reliability => Self::PrincipleReliability,
            Principle::Negotiation => Self::PrincipleNegotiation,
        }
    }

    pub fn rating(rating: nc_model::Rating) -> Self {
        use nc_model::Rating;
        match rating {
            Rating::Unrated => Self::RatingOpen,
            Rating::Red => Self::RatingRed,
            Rating::Amber => Self::RatingAmber,
            Rating::Green => Self::RatingGreen,
        }
    }

    /// The three preparation questions, in order.
    pub const PREPARATION_QUESTIONS: [Self; 3] = [
        Self::PrepQuestion1,
        Self::PrepQuestion2,
        Self::PrepQuestion3,
    ];

    /// The name of a circle of contacts.
    pub fn circle(circle: nc_model::Circle) -> Self {
        use nc_model::Circle;
        match circle {
            Circle::Inner => Self::CircleInner,
            Circle::Middle => Self::CircleMiddle,
            Circle::Periphery => Self::CirclePeriphery,
        }
    }

    pub fn activity_kind(kind: nc_model::ActivityKind) -> Self {
        use nc_model::ActivityKind;
        match kind {
            ActivityKind::Meeting => Self::KindMeeting,
            ActivityKind::Call => Self::KindCall,
            ActivityKind::Email => Self::KindEmail,
            ActivityKind::Message => Self::KindMessage,
            ActivityKind::Event => Self::KindEvent,
        }
    }

    pub fn exchange_kind(kind: nc_model::ExchangeKind) -> Self {
        use nc_model::ExchangeKind;
        match kind {
            ExchangeKind::Time => Self::ExchangeTime,
            ExchangeKind::Money => Self::ExchangeMoney,
            ExchangeKind::Energy => Self::ExchangeEnergy,
            ExchangeKind::Favour => Self::ExchangeFavour,
            ExchangeKind::Information => Self::ExchangeInformation,
        }
    }

    pub fn relationship(relationship: nc_model::Relationship) -> Self {
        use nc_model::Relationship;
        match relationship {
            Relationship::Begegnung => Self::Begegnung,
            Relationship::Kontakt => Self::Kontakt,
            Relationship::Kooperation => Self::Kooperation,
            Relationship::Gruppe => Self::Gruppe,
        }
    }
}
