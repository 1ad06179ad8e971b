//! The network map: me in the centre, contacts on rings by circle and in sectors by
//! relationship form; node size is importance, paleness the time since the last contact.

use chrono::NaiveDate;
use egui::{Align2, Color32, FontId, Pos2, RichText, Sense, Stroke, Ui};

use crate::command::Command;
use crate::command::ContactCommand;
use crate::i18n::{Language, Msg};
use crate::model::network_map::{
    MapNode, layout, node_at, node_scale, ring_radius, sector_start_degrees,
};
use crate::model::{Circle, Contact, Relationship};
use crate::ui::netzwerkbuch::contact_list::display_name;
use crate::ui::widgets::relationship::relationship_color;

/// With more contacts than this, names show on hover only, so the map stays legible.
const NAMED_LIMIT: usize = 60;
const LARGEST_NODE: f32 = 11.0;

pub fn network_map_ui(
    ui: &mut Ui,
    language: Language,
    contacts: &[Contact],
    today: NaiveDate,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(Msg::MapLegend.text(language)).weak());
    if contacts.is_empty() {
        ui.label(
            RichText::new(Msg::MapEmpty.text(language))
                .weak()
                .size(16.0),
        );
        return;
    }
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click());
    let radius = (rect.width().min(rect.height()) / 2.0 - 24.0).max(40.0);
    let center = rect.center();
    let painter = ui.painter_at(rect);
    paint_background(
        &painter,
        language,
        center,
        radius,
        ui.visuals().weak_text_color(),
    );
    let nodes = layout(contacts, today);
    let to_screen = |node: &MapNode| center + egui::vec2(node.x, node.y) * radius;
    let named = contacts.len() <= NAMED_LIMIT;
    let largest = LARGEST_NODE * node_scale(contacts.len());
    for node in &nodes {
        let contact = &contacts[node.index];
        let color = faded(relationship_color(contact.relationship), node.opacity, ui);
        let position = to_screen(node);
        painter.circle_filled(position, node.size * largest, color);
        if named {
            painter.text(
                position + egui::vec2(0.0, node.size * largest + 2.0),
                Align2::CENTER_TOP,
                display_name(contact, language),
                FontId::proportional(11.0),
                ui.visuals().text_color(),
            );
        }
    }
    let hovered = response.hover_pos().and_then(|pointer| {
        let unit = (pointer - center) / radius;
        node_at(&nodes, unit.x, unit.y, largest.max(4.0) / radius)
    });
    if let Some(node) = hovered {
        let contact = &contacts[node.index];
        painter.circle_stroke(
            to_screen(node),
            node.size * largest + 2.0,
            Stroke::new(2.0, ui.visuals().strong_text_color()),
        );
        let text = display_name(contact, language);
        if response.clicked() {
            commands.push(Command::Contact(ContactCommand::SelectContact(
                contact.id.clone(),
            )));
        }
        response.on_hover_text_at_pointer(text);
    }
}

/// Rings, sector borders, their labels and "Ich" in the centre.
fn paint_background(
    painter: &egui::Painter,
    language: Language,
    center: Pos2,
    radius: f32,
    ink: Color32,
) {
    let stroke = Stroke::new(1.0, ink.gamma_multiply(0.6));
    for circle in Circle::ALL {
        let ring = ring_radius(circle) * radius;
        painter.circle_stroke(center, ring, stroke);
        painter.text(
            center + egui::vec2(4.0, -ring + 2.0),
            Align2::LEFT_TOP,
            Msg::circle(circle).text(language),
            FontId::proportional(10.0),
            ink,
        );
    }
    for degrees in [0.0_f32, 90.0, 180.0, 270.0] {
        let direction = egui::Vec2::angled(degrees.to_radians());
        painter.line_segment(
            [
                center + direction * radius * 0.12,
                center + direction * radius,
            ],
            stroke,
        );
    }
    for relationship in Relationship::ALL {
        let middle = (sector_start_degrees(relationship) + 45.0).to_radians();
        let position = center + egui::Vec2::angled(middle) * (radius + 10.0);
        let align = if position.x < center.x {
            Align2::RIGHT_CENTER
        } else {
            Align2::LEFT_CENTER
        };
        painter.text(
            position,
            align,
            Msg::relationship(relationship).text(language),
            FontId::proportional(14.0),
            relationship_color(relationship),
        );
    }
    painter.circle_filled(center, 16.0, ink);
    painter.text(
        center,
        Align2::CENTER_CENTER,
        Msg::MapMe.text(language),
        FontId::proportional(12.0),
        Color32::WHITE,
    );
}

/// Pale nodes for contacts long without contact: blended towards the background.
fn faded(color: Color32, opacity: f32, ui: &Ui) -> Color32 {
    let background = ui.visuals().panel_fill;
    let mix =
        |a: u8, b: u8| (f32::from(a) * opacity + f32::from(b) * (1.0 - opacity)).round() as u8;
    Color32::from_rgb(
        mix(color.r(), background.r()),
        mix(color.g(), background.g()),
        mix(color.b(), background.b()),
    )
}
