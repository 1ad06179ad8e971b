//! The four relationship forms: how they look (a name in the user's language and a
//! colour) and the picker that chooses one.
//!
//! Strong ties are drawn as filled dots, weak ties as rings, so the form stays
//! readable without colour (printouts, colour-blind users).

use egui::{Color32, Painter, Pos2, Sense, Stroke, Ui, vec2};

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
pub use crate::model::marks::importance_dots;

/// Red for overdue, amber for due now, green for coming up: the same on every view
/// and on paper.
pub fn due_color(status: crate::model::DueStatus) -> Color32 {
    let [r, g, b] = crate::model::marks::due_rgb(status);
    Color32::from_rgb(r, g, b)
}

/// The relationship form picker with its colour dot; true when the form changed.
pub fn relationship_ui(ui: &mut Ui, language: Language, relationship: &mut Relationship) -> bool {
    let label = ui.label(Msg::RelationshipLabel.text(language));
    let before = *relationship;
    egui::ComboBox::from_id_salt("relationship")
        .selected_text(relationship_name(*relationship, language))
        .show_ui(ui, |ui| {
            for form in Relationship::ALL {
                ui.selectable_value(relationship, form, relationship_name(form, language));
            }
        })
        .response
        .labelled_by(label.id);
    let (dot_rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
    paint_relationship_dot(ui.painter(), dot_rect.center(), 6.0, *relationship);
    before != *relationship
}
