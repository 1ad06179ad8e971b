//! What each side puts into a collaboration: time, money and energy.

use serde::{Deserialize, Serialize};

/// My share against the partners' share, with a free note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Share {
    pub mine: f64,
    pub partners: f64,
    pub note: String,
}

/// Whether hours are counted per month or for the whole collaboration.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimePeriod {
    #[default]
    Month,
    Total,
}

/// Hours invested, per month or in total.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeShare {
    pub mine: f64,
    pub partners: f64,
    pub note: String,
    pub period: TimePeriod,
}

/// Energy on a scale from 1 to 5; 0 means "not rated yet".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EnergyShare {
    pub mine: u8,
    pub partners: u8,
    pub note: String,
}

impl EnergyShare {
    pub const MAX: u8 = 5;
}

/// The structured investment box of the canvas.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Investment {
    pub time: TimeShare,
    pub money: Share,
    pub energy: EnergyShare,
}

impl Investment {
    /// Pulls values a hand-edited file may carry back into their meaningful ranges.
    pub fn normalize(&mut self) {
        for value in [
            &mut self.time.mine,
            &mut self.time.partners,
            &mut self.money.mine,
            &mut self.money.partners,
        ] {
            if !value.is_finite() || *value < 0.0 {
                *value = 0.0;
            }
        }
        self.energy.mine = self.energy.mine.min(EnergyShare::MAX);
        self.energy.partners = self.energy.partners.min(EnergyShare::MAX);
    }
}

/// The fraction (0..=1) of the larger share that `value` represents, for balance bars.
pub fn bar_fraction(value: f64, other: f64) -> f32 {
    let largest = value.max(other);
    if largest <= 0.0 || !largest.is_finite() {
        0.0
    } else {
        (value / largest).clamp(0.0, 1.0) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_larger_share_fills_the_whole_bar() {
        assert_eq!(bar_fraction(4.0, 2.0), 1.0);
        assert_eq!(bar_fraction(2.0, 4.0), 0.5);
        assert_eq!(bar_fraction(0.0, 0.0), 0.0);
    }

    #[test]
    fn normalize_clamps_negative_and_out_of_scale_values() {
        let mut investment = Investment::default();
        investment.time.mine = -3.0;
        investment.money.partners = f64::NAN;
        investment.energy.mine = 9;
        investment.normalize();
        assert_eq!(investment.time.mine, 0.0);
        assert_eq!(investment.money.partners, 0.0);
        assert_eq!(investment.energy.mine, 5);
    }
}
