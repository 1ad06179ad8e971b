//! Marks that the screen and the paper share: the importance dots and the follow-up
//! colours. They live here, once, in the lowest crate both the window and the PDF use,
//! because the two copies had drifted apart (the PDF printed importance 0 as ●○○○○
//! while the window showed ○○○○○).

use crate::DueStatus;

/// Importance is shown as this many dots.
pub const IMPORTANCE_DOTS: u8 = 5;

/// How many of the dots are filled: importance 0 fills none, more than five fills all.
pub fn filled_dots(importance: u8) -> u8 {
    importance.min(IMPORTANCE_DOTS)
}

/// "●●●○○" for importance 3, "○○○○○" for 0.
pub fn importance_dots(importance: u8) -> String {
    let filled = usize::from(filled_dots(importance));
    "●".repeat(filled) + &"○".repeat(usize::from(IMPORTANCE_DOTS) - filled)
}

/// Red for overdue, amber for due now, green for coming up, as RGB: the same in every
/// view and on paper.
pub const fn due_rgb(status: DueStatus) -> [u8; 3] {
    match status {
        DueStatus::Overdue => [0xd0, 0x3b, 0x2f],
        DueStatus::DueSoon => [0xe0, 0x9a, 0x1a],
        DueStatus::Upcoming => [0x2e, 0x9d, 0x5b],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn importance_is_five_dots_and_zero_fills_none() {
        assert_eq!(importance_dots(3), "●●●○○");
        assert_eq!(importance_dots(0), "○○○○○");
        assert_eq!(importance_dots(9), "●●●●●");
    }
}
