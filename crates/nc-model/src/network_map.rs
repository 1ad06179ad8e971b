//! Where each contact sits on the network map: me in the centre, rings by circle,
//! four sectors by relationship form. Pure geometry, shared by the screen and the PDF.

use chrono::NaiveDate;

use super::{Circle, Contact, Relationship};

/// With more contacts than this, only the names of important contacts are shown, on
/// paper and on screen (the others are dots; their names are in the contact list).
pub const MAX_NAMED_CONTACTS: usize = 120;

/// Whether the map names `contact`, one of `count`.
pub fn is_named(contact: &Contact, count: usize) -> bool {
    count <= MAX_NAMED_CONTACTS || contact.importance >= 4
}

/// One contact's place, in a unit square around the centre (-1 … 1 on both axes,
/// y pointing down as on screen and in our page layout).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapNode {
    pub index: usize,
    pub x: f32,
    pub y: f32,
    /// 0.4 … 1.0 of the largest node, from importance.
    pub size: f32,
    /// 1.0 for a contact this week, down to 0.25 after a year or with none at all.
    pub opacity: f32,
}

/// Ring radii as fractions of the map's radius, inner to outer.
pub fn ring_radius(circle: Circle) -> f32 {
    match circle {
        Circle::Inner => 0.3,
        Circle::Middle => 0.6,
        Circle::Periphery => 0.9,
    }
}

/// The 2×2 of ties: strong ties above, weak ties below; the closer form of each pair
/// towards the right. Angles in degrees, clockwise from the right (screen coordinates).
pub fn sector_start_degrees(relationship: Relationship) -> f32 {
    match relationship {
        Relationship::Kooperation => 270.0,
        Relationship::Gruppe => 180.0,
        Relationship::Begegnung => 90.0,
        Relationship::Kontakt => 0.0,
    }
}

/// How much a node fades with the days since the last contact.
pub fn opacity(last_contact: Option<NaiveDate>, today: NaiveDate) -> f32 {
    let Some(last) = last_contact else {
        return 0.25;
    };
    let days = (today - last).num_days().clamp(0, 365) as f32;
    1.0 - 0.75 * days / 365.0
}

/// Places every contact. Contacts of one ring and sector share its quarter evenly;
/// crowded groups are staggered over up to five radii so that nodes do not pile up.
pub fn layout(contacts: &[Contact], today: NaiveDate) -> Vec<MapNode> {
    let mut groups: std::collections::BTreeMap<(u8, u8), Vec<usize>> =
        std::collections::BTreeMap::new();
    for (index, contact) in contacts.iter().enumerate() {
        let key = (
            circle_rank(contact.circle(today)),
            relationship_rank(contact.relationship),
        );
        groups.entry(key).or_default().push(index);
    }
    let mut nodes = Vec::with_capacity(contacts.len());
    for members in groups.values() {
        let count = members.len();
        for (position, &index) in members.iter().enumerate() {
            let contact = &contacts[index];
            let circle = contact.circle(today);
            let radius = ring_radius(circle) + stagger(position, count) * 0.045;
            // Keep 6° free at the sector borders so that sectors stay apart.
            let fraction = (position as f32 + 0.5) / count as f32;
            let degrees = sector_start_degrees(contact.relationship) + 6.0 + fraction * 78.0;
            let radians = degrees.to_radians();
            nodes.push(MapNode {
                index,
                x: radius * radians.cos(),
                y: radius * radians.sin(),
                size: 0.4 + 0.15 * f32::from(contact.importance.clamp(1, 5) - 1),
                opacity: opacity(contact.last_contact(), today),
            });
        }
    }
    nodes
}

/// Crowded groups use up to five radii around their ring: −2 … 2 steps.
fn stagger(position: usize, count: usize) -> f32 {
    let rows = count.div_ceil(24).clamp(1, 5);
    (position % rows) as f32 - (rows - 1) as f32 / 2.0
}

/// Nodes get smaller as the map fills up, so that 1,000 contacts do not overlap.
pub fn node_scale(count: usize) -> f32 {
    (150.0 / count.max(1) as f32).sqrt().clamp(0.45, 1.0)
}

fn circle_rank(circle: Circle) -> u8 {
    match circle {
        Circle::Inner => 0,
        Circle::Middle => 1,
        Circle::Periphery => 2,
    }
}

fn relationship_rank(relationship: Relationship) -> u8 {
    match relationship {
        Relationship::Begegnung => 0,
        Relationship::Kontakt => 1,
        Relationship::Kooperation => 2,
        Relationship::Gruppe => 3,
    }
}

/// The node nearest to `(x, y)` within `reach` (same unit square), for hover and click.
pub fn node_at(nodes: &[MapNode], x: f32, y: f32, reach: f32) -> Option<&MapNode> {
    nodes
        .iter()
        .map(|node| (node, (node.x - x).hypot(node.y - y)))
        .filter(|(_, distance)| *distance <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(node, _)| node)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("valid date")
    }

    fn contact(importance: u8, relationship: Relationship, circle: Circle) -> Contact {
        Contact {
            importance,
            relationship,
            circle: Some(circle),
            ..Contact::default()
        }
    }

    #[test]
    fn nodes_sit_on_their_ring_in_their_sector() {
        let today = day("2026-11-22");
        let contacts = [
            contact(5, Relationship::Kooperation, Circle::Inner),
            contact(1, Relationship::Begegnung, Circle::Periphery),
        ];
        let nodes = layout(&contacts, today);
        let find = |index: usize| nodes.iter().find(|n| n.index == index).expect("placed");
        let inner = find(0);
        assert!((inner.x.hypot(inner.y) - 0.3).abs() < 1e-4);
        // Kooperation: strong tie, upper right (y up is negative on screen).
        assert!(inner.x > 0.0 && inner.y < 0.0);
        let outer = find(1);
        assert!((outer.x.hypot(outer.y) - 0.9).abs() < 1e-4);
        assert!(outer.x < 0.0 && outer.y > 0.0);
        assert!(inner.size > outer.size);
    }

    #[test]
    fn every_contact_gets_one_node_and_crowds_are_spread() {
        let today = day("2026-11-22");
        let contacts: Vec<Contact> = (0..1000)
            .map(|i| contact(3, Relationship::ALL[i % 4], Circle::ALL[i % 3]))
            .collect();
        let nodes = layout(&contacts, today);
        let mut indices: Vec<usize> = nodes.iter().map(|n| n.index).collect();
        indices.sort_unstable();
        assert_eq!(indices, (0..1000).collect::<Vec<_>>());
        let closest = nodes
            .iter()
            .enumerate()
            .flat_map(|(i, a)| {
                nodes[i + 1..]
                    .iter()
                    .map(move |b| (a.x - b.x).hypot(a.y - b.y))
            })
            .fold(f32::MAX, f32::min);
        assert!(closest > 0.005, "nodes overlap: {closest}");
    }

    #[test]
    fn nodes_fade_with_time_since_the_last_contact() {
        let today = day("2026-11-22");
        assert!((opacity(Some(today), today) - 1.0).abs() < 1e-6);
        assert!((opacity(Some(day("2024-01-01")), today) - 0.25).abs() < 1e-6);
        assert!(opacity(Some(day("2026-06-01")), today) < opacity(Some(day("2026-11-01")), today));
        assert!((opacity(None, today) - 0.25).abs() < 1e-6);
    }

    #[test]
    fn node_at_finds_the_nearest_within_reach() {
        let today = day("2026-11-22");
        let contacts = [contact(5, Relationship::Kooperation, Circle::Inner)];
        let nodes = layout(&contacts, today);
        assert_eq!(
            node_at(&nodes, nodes[0].x + 0.01, nodes[0].y, 0.05).map(|n| n.index),
            Some(0)
        );
        assert!(node_at(&nodes, 0.0, 0.0, 0.05).is_none());
    }
}
