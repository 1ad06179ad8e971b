//! The network map: me in the centre, contacts on rings by circle and in sectors by
//! relationship form; node size is importance, paleness the time since the last contact.
//! Names are placed as on paper ([`crate::model::map_labels`]): none covers another or a dot.

use chrono::NaiveDate;
use egui::{Align2, Color32, FontId, Pos2, RichText, Sense, Stroke, Ui};

use crate::command::Command;
use crate::command::ContactCommand;
use crate::i18n::{Language, Msg};
use std::hash::{Hash, Hasher};

use crate::model::map_labels::{Bounds, Dot, LabelPlace, LabelRequest, LabelSpace, place_labels};
use crate::model::network_map::{
    MapNode, is_named, layout, node_at, node_scale, ring_radius, sector_start_degrees,
};
use crate::model::{Circle, Contact, Relationship};
use crate::ui::netzwerkbuch::contact_list::display_name;
use crate::ui::widgets::relationship::relationship_color;

const LARGEST_NODE: f32 = 11.0;
/// Names at 12 px, where that leaves no room at 10 px; never smaller.
const NAME_SIZES: [f32; 2] = [12.0, 10.0];
const RING_LABEL_SIZE: f32 = 10.0;
const SECTOR_SIZE: f32 = 14.0;
const ME_RADIUS: f32 = 16.0;
const NOTE_SIZE: f32 = 12.0;
/// How far a name may stand from its dot, in lines: far enough to reach the free
/// room beside the rings with a leader line.
const LABEL_REACH: f32 = 12.0;

/// The names' places for one map: worked out when the contacts or the view's size
/// change, not every frame.
#[derive(Clone, Default)]
struct PlacedNames {
    key: u64,
    /// Contact index, text, size and top-left corner.
    labels: Vec<(usize, String, f32, Pos2)>,
    leaders: Vec<[Pos2; 2]>,
    unplaced: usize,
    /// The rings' names, placed first like the others, and their top-left corners.
    rings: Vec<(String, Pos2)>,
}

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
    let ink = ui.visuals().weak_text_color();
    paint_grid(&painter, center, radius, ink);
    let nodes = layout(contacts, today);
    let to_screen = |node: &MapNode| center + egui::vec2(node.x, node.y) * radius;
    let largest = LARGEST_NODE * node_scale(contacts.len());
    for node in &nodes {
        let contact = &contacts[node.index];
        let color = faded(relationship_color(contact.relationship), node.opacity, ui);
        painter.circle_filled(to_screen(node), node.size * largest, color);
    }
    // Over the dots, on a background of their own, so that no dot hides them.
    let fixed = paint_labels(&painter, language, center, radius, ui);
    let names = placed_names(
        ui,
        (rect, center, radius),
        (contacts, language, today),
        &nodes,
        &fixed,
    );
    let text_color = ui.visuals().text_color();
    for (text, corner) in &names.rings {
        painter.text(
            *corner,
            Align2::LEFT_TOP,
            text,
            FontId::proportional(RING_LABEL_SIZE),
            ink,
        );
    }
    for leader in &names.leaders {
        painter.line_segment(*leader, Stroke::new(0.7, ink.gamma_multiply(0.7)));
    }
    for (_, text, size, corner) in &names.labels {
        painter.text(
            *corner,
            Align2::LEFT_TOP,
            text,
            FontId::proportional(*size),
            text_color,
        );
    }
    if names.unplaced > 0 {
        painter.text(
            note_corner(rect),
            Align2::LEFT_BOTTOM,
            Msg::MapNamesOnHover.fill(language, &[("count", &names.unplaced.to_string())]),
            FontId::proportional(NOTE_SIZE),
            ink,
        );
    }
    hover(
        ui,
        (&painter, response),
        (center, radius, largest),
        (contacts, &nodes),
        language,
        commands,
    );
}

/// The name of the dot under the pointer, which a click selects.
fn hover(
    ui: &Ui,
    (painter, response): (&egui::Painter, egui::Response),
    (center, radius, largest): (Pos2, f32, f32),
    (contacts, nodes): (&[Contact], &[MapNode]),
    language: Language,
    commands: &mut Vec<Command>,
) {
    let to_screen = |node: &MapNode| center + egui::vec2(node.x, node.y) * radius;
    let hovered = response.hover_pos().and_then(|pointer| {
        let unit = (pointer - center) / radius;
        node_at(nodes, unit.x, unit.y, largest.max(4.0) / radius)
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

/// The names placed by [`place_labels`], from the cache when nothing changed.
fn placed_names(
    ui: &Ui,
    (rect, center, radius): (egui::Rect, Pos2, f32),
    (contacts, language, today): (&[Contact], Language, NaiveDate),
    nodes: &[MapNode],
    fixed: &[egui::Rect],
) -> PlacedNames {
    let key = names_key(ui, rect, (contacts, language, today));
    let id = egui::Id::unique("network map names");
    if let Some(cached) = ui.data(|data| data.get_temp::<PlacedNames>(id))
        && cached.key == key
    {
        return cached;
    }
    let largest = LARGEST_NODE * node_scale(contacts.len());
    let dots: Vec<Dot> = nodes
        .iter()
        .map(|node| Dot {
            x: center.x + node.x * radius,
            y: center.y + node.y * radius,
            radius: node.size * largest,
        })
        .collect();
    let mut named: Vec<usize> = (0..nodes.len())
        .filter(|&at| is_named(&contacts[nodes[at].index], contacts.len()))
        .collect();
    named.sort_by_key(|&at| std::cmp::Reverse(contacts[nodes[at].index].importance));
    let (texts, requests) = name_requests(ui, &named, (contacts, nodes), language);
    let row = ui.fonts_mut(|fonts| fonts.row_height(&FontId::proportional(1.0)));
    let mut obstacles: Vec<Bounds> = fixed.iter().map(|r| to_bounds(*r)).collect();
    obstacles.push(note_bounds(ui, rect, language, named.len()));
    let mut names = PlacedNames {
        key,
        ..PlacedNames::default()
    };
    place_ring_names(
        ui,
        (rect, center, radius),
        language,
        (&dots, &mut obstacles),
        &mut names,
    );
    let space = LabelSpace {
        area: to_bounds(rect.shrink(2.0)),
        center: (center.x, center.y),
        dots: &dots,
        obstacles: &obstacles,
        sizes: &NAME_SIZES,
        ascent: row,
        descent: 0.0,
        gap: 1.5,
        reach_in_lines: LABEL_REACH,
        digit_width_per_size: None,
    };
    for ((place, text), &at) in place_labels(&space, &requests)
        .iter()
        .zip(texts)
        .zip(&named)
    {
        match place {
            LabelPlace::Placed(label) => {
                names.labels.push((
                    nodes[at].index,
                    text,
                    label.size,
                    Pos2::new(label.bounds.left, label.bounds.top),
                ));
                if let Some((from, to)) = label.leader {
                    names
                        .leaders
                        .push([Pos2::new(from.0, from.1), Pos2::new(to.0, to.1)]);
                }
            }
            LabelPlace::Unplaced => names.unplaced += 1,
        }
    }
    ui.data_mut(|data| data.insert_temp(id, names.clone()));
    names
}

/// What the names' places depend on: the view's rectangle and scale, the language,
/// and each contact's name, importance, circle and form.
fn names_key(
    ui: &Ui,
    rect: egui::Rect,
    (contacts, language, today): (&[Contact], Language, NaiveDate),
) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for value in [
        rect.min.x,
        rect.min.y,
        rect.max.x,
        rect.max.y,
        ui.ctx().pixels_per_point(),
    ] {
        value.to_bits().hash(&mut hasher);
    }
    (language == Language::German).hash(&mut hasher);
    today.hash(&mut hasher);
    for contact in contacts {
        (
            &contact.name,
            contact.importance,
            contact.circle(today),
            contact.relationship,
        )
            .hash(&mut hasher);
    }
    hasher.finish()
}

/// The names of the `named` nodes and how wide each is at size 1.
fn name_requests(
    ui: &Ui,
    named: &[usize],
    (contacts, nodes): (&[Contact], &[MapNode]),
    language: Language,
) -> (Vec<String>, Vec<LabelRequest>) {
    let largest_size = NAME_SIZES[0];
    ui.fonts_mut(|fonts| {
        named
            .iter()
            .map(|&at| {
                let text = display_name(&contacts[nodes[at].index], language);
                let width = fonts
                    .layout_no_wrap(
                        text.clone(),
                        FontId::proportional(largest_size),
                        Color32::WHITE,
                    )
                    .size()
                    .x;
                // A little more than measured: smaller sizes are not exactly narrower.
                let request = LabelRequest {
                    dot: at,
                    width_per_size: width / largest_size * 1.04,
                };
                (text, request)
            })
            .unzip()
    })
}

/// The rings' names, placed first like the contacts' names, near where each ring crosses
/// the line between the lower quarters, which the layout keeps free of dots; their boxes
/// join `obstacles`.
fn place_ring_names(
    ui: &Ui,
    (rect, center, radius): (egui::Rect, Pos2, f32),
    language: Language,
    (dots, obstacles): (&[Dot], &mut Vec<Bounds>),
    names: &mut PlacedNames,
) {
    let row = ui.fonts_mut(|fonts| fonts.row_height(&FontId::proportional(1.0)));
    let mut anchors = dots.to_vec();
    let mut ring_requests = Vec::new();
    for circle in Circle::ALL {
        let text = Msg::circle(circle).text(language).to_owned();
        let width = ui.fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(
                    text.clone(),
                    FontId::proportional(RING_LABEL_SIZE),
                    Color32::WHITE,
                )
                .size()
                .x
        });
        ring_requests.push(LabelRequest {
            dot: anchors.len(),
            width_per_size: width / RING_LABEL_SIZE * 1.04,
        });
        anchors.push(Dot {
            x: center.x,
            y: center.y + ring_radius(circle) * radius,
            radius: 0.0,
        });
    }
    let ring_space = LabelSpace {
        area: to_bounds(rect.shrink(2.0)),
        center: (center.x, center.y),
        dots: &anchors,
        obstacles,
        sizes: &[RING_LABEL_SIZE],
        ascent: row,
        descent: 0.0,
        gap: 1.5,
        reach_in_lines: 5.0,
        digit_width_per_size: None,
    };
    let ring_places = place_labels(&ring_space, &ring_requests);
    for (place, circle) in ring_places.iter().zip(Circle::ALL) {
        if let LabelPlace::Placed(label) = place {
            names.rings.push((
                Msg::circle(circle).text(language).to_owned(),
                Pos2::new(label.bounds.left, label.bounds.top),
            ));
            if let Some((from, to)) = label.leader {
                names
                    .leaders
                    .push([Pos2::new(from.0, from.1), Pos2::new(to.0, to.1)]);
            }
            obstacles.push(label.bounds);
        }
    }
}

/// The room of the note on names without room, as long as it can get (all `named`).
fn note_bounds(ui: &Ui, rect: egui::Rect, language: Language, named: usize) -> Bounds {
    let note = ui.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(
                Msg::MapNamesOnHover.fill(language, &[("count", &named.to_string())]),
                FontId::proportional(NOTE_SIZE),
                Color32::WHITE,
            )
            .size()
    });
    to_bounds(Align2::LEFT_BOTTOM.anchor_size(note_corner(rect), note))
}

/// Where the note on names without room starts: the view's lower left corner.
fn note_corner(rect: egui::Rect) -> Pos2 {
    rect.left_bottom() + egui::vec2(4.0, -4.0)
}

fn to_bounds(rect: egui::Rect) -> Bounds {
    Bounds {
        left: rect.min.x,
        top: rect.min.y,
        right: rect.max.x,
        bottom: rect.max.y,
    }
}

/// Rings and sector borders.
fn paint_grid(painter: &egui::Painter, center: Pos2, radius: f32, ink: Color32) {
    let stroke = Stroke::new(1.0, ink.gamma_multiply(0.6));
    for circle in Circle::ALL {
        painter.circle_stroke(center, ring_radius(circle) * radius, stroke);
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
}

/// The sectors' names and "Ich" in the centre, over the dots; returns the space they
/// take, which no name may cover.
fn paint_labels(
    painter: &egui::Painter,
    language: Language,
    center: Pos2,
    radius: f32,
    ui: &Ui,
) -> Vec<egui::Rect> {
    let ink = ui.visuals().weak_text_color();
    let mut taken = Vec::new();
    for relationship in Relationship::ALL {
        let middle = (sector_start_degrees(relationship) + 45.0).to_radians();
        let position = center + egui::Vec2::angled(middle) * (radius + 10.0);
        let align = if position.x < center.x {
            Align2::RIGHT_CENTER
        } else {
            Align2::LEFT_CENTER
        };
        taken.push(painter.text(
            position,
            align,
            Msg::relationship(relationship).text(language),
            FontId::proportional(SECTOR_SIZE),
            relationship_color(relationship),
        ));
    }
    painter.circle_filled(center, ME_RADIUS, ink);
    painter.text(
        center,
        Align2::CENTER_CENTER,
        Msg::MapMe.text(language),
        FontId::proportional(12.0),
        Color32::WHITE,
    );
    taken.push(egui::Rect::from_center_size(
        center,
        egui::Vec2::splat(2.0 * ME_RADIUS),
    ));
    taken
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
