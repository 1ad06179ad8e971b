//! How the four relationship forms look: a name in the user's language and a colour.
//!
//! Strong ties are drawn as filled dots, weak ties as rings, so the form stays
//! readable without colour (printouts, colour-blind users).

use egui::{Color32, Painter, Pos2, Stroke};

use crate::i18n::{Language, Msg};
use crate::model::Relationship;

pub fn relationship_name(relationship: Relationship, language: Language) -> &'static str {
    Msg::relationship(relationship).text(language)
}

pub fn relationship_color(relationship: Relationship) -> Color32 {
    let [r, g, b] = relationship.rgb();
    Color32::from_rgb(r, g, b)
}

pub fn paint_relationship_dot(
    painter: &Painter,
    center: Pos2,
    radius: f32,
    relationship: Relationship,
) {
    let color = relationship_color(relationship);
    if relationship.is_strong_tie() {
        painter.circle_filled(center, radius, color);
    } else {
        painter.circle_stroke(center, radius - 1.0, Stroke::new(2.0, color));
    }
}

/// "●●●○○" for importance 3: the same rule as on paper.
pub use crate::export::importance_dots;

/// Red for overdue, amber for due now, green for coming up: the same on every view
/// and on paper.
pub fn due_color(status: crate::model::DueStatus) -> Color32 {
    let [r, g, b] = crate::export::due_rgb(status);
    Color32::from_rgb(r, g, b)
}
