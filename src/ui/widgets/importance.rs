//! The importance picker, five dots, shared by the canvas header and the contact card.

use egui::{Sense, Ui, WidgetInfo, vec2};

use crate::i18n::{Language, Msg};
use crate::model::Collaboration;

/// Five dots; clicking the n-th sets importance n.
pub fn importance_ui(ui: &mut Ui, language: Language, importance: &mut u8) -> bool {
    ui.label(Msg::Importance.text(language));
    let mut changed = false;
    ui.spacing_mut().item_spacing.x = 2.0;
    for value in 1..=Collaboration::MAX_IMPORTANCE {
        let (rect, response) = ui.allocate_exact_size(vec2(18.0, 18.0), Sense::click());
        let name = Msg::ImportanceValue.fill(language, &[("value", &value.to_string())]);
        response.widget_info(|| {
            WidgetInfo::selected(egui::Role::RadioButton, true, *importance == value, &name)
        });
        let color = if response.hovered() {
            ui.visuals().widgets.hovered.fg_stroke.color
        } else {
            ui.visuals().strong_text_color()
        };
        if value <= crate::model::marks::filled_dots(*importance) {
            ui.painter().circle_filled(rect.center(), 6.5, color);
        } else {
            ui.painter()
                .circle_stroke(rect.center(), 6.0, egui::Stroke::new(1.5, color));
        }
        if response.on_hover_text(&name).clicked() && *importance != value {
            *importance = value;
            changed = true;
        }
    }
    ui.spacing_mut().item_spacing.x = 8.0;
    changed
}
