//! Paper size and orientation, in PDF points (1/72 inch).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paper {
    #[default]
    A4,
    /// The workshop sheet.
    A3,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Orientation {
    #[default]
    Landscape,
    Portrait,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageSetup {
    pub paper: Paper,
    pub orientation: Orientation,
}

const POINTS_PER_MM: f32 = 72.0 / 25.4;

impl PageSetup {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        let (short, long) = match self.paper {
            Paper::A4 => (210.0, 297.0),
            Paper::A3 => (297.0, 420.0),
        };
        let (width, height) = match self.orientation {
            Orientation::Landscape => (long, short),
            Orientation::Portrait => (short, long),
        };
        (width * POINTS_PER_MM, height * POINTS_PER_MM)
    }

    /// A3 gets larger type, so that the workshop sheet reads like the A4 page enlarged.
    pub fn type_scale(self) -> f32 {
        match self.paper {
            Paper::A4 => 1.0,
            Paper::A3 => 1.3,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_landscape_is_297_by_210_mm() {
        let (width, height) = PageSetup::default().size();
        assert!((width - 841.89).abs() < 0.1 && (height - 595.28).abs() < 0.1);
    }
}
