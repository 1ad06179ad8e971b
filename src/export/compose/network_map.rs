//! The network map on one landscape page: me in the centre, the three circles as rings,
//! the four relationship forms as quarters, and one dot per contact where
//! [`crate::model::network_map::layout`] puts it, so that paper and screen agree.

use chrono::NaiveDate;

use super::contacts::circle_msg;
use super::header::relationship_rgb;
use super::{Composer, LINE_FACTOR};
use crate::export::draw::{GREY, INK, MINE, Page, RULE, Rgb, WRITING_LINE};
use crate::i18n::{Msg, format_date};
use crate::model::network_map::{MapNode, layout, ring_radius, sector_start_degrees};
use crate::model::{Circle, Contact, Relationship};

/// With more contacts than this, only the names of important contacts are printed.
pub(crate) const MAX_NAMED_CONTACTS: usize = 120;
const TITLE_SIZE: f32 = 15.0;
const INFO_SIZE: f32 = 8.5;
const NAME_SIZE: f32 = 6.5;
const RING_LABEL_SIZE: f32 = 7.0;
const SECTOR_SIZE: f32 = 10.0;
const LEGEND_SIZE: f32 = 7.5;
/// The largest dot's radius as a fraction of the map's radius.
const NODE_RADIUS: f32 = 0.028;
/// Names longer than this (in points at A4) end in "…" on the map.
const NAME_WIDTH: f32 = 110.0;
const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);

/// The space a name takes on the page, in points.
#[derive(Clone, Copy)]
struct LabelBox {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
}

impl LabelBox {
    fn overlaps(&self, other: &Self) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// Where the map sits on the page, in points.
#[derive(Clone, Copy)]
struct MapFrame {
    center: (f32, f32),
    radius: f32,
}

impl MapFrame {
    fn point(self, x: f32, y: f32) -> (f32, f32) {
        (
            self.center.0 + x * self.radius,
            self.center.1 + y * self.radius,
        )
    }
}

impl Composer<'_> {
    /// The map page (without footer) and how many characters were replaced.
    pub fn network_map_page(&self, contacts: &[Contact], today: NaiveDate) -> (Page, usize) {
        let mut page = Page::default();
        let top = self.map_heading(&mut page, contacts.len(), today);
        let bottom = self.height - self.margin() - self.pt(6.0);
        let radius = ((bottom - top) / 2.0).min(self.content_width() * 0.3);
        let frame = MapFrame {
            center: (self.width / 2.0, top + (bottom - top) / 2.0),
            radius,
        };
        self.map_grid(&mut page, frame);
        let nodes = layout(contacts, today);
        for node in &nodes {
            let contact = &contacts[node.index];
            let (fill, stroke) = node_colors(contact.relationship, node.opacity);
            page.circle(
                frame.point(node.x, node.y),
                node.size * NODE_RADIUS * radius,
                Some(fill),
                Some((stroke, 0.5)),
            );
        }
        let all_named = contacts.len() <= MAX_NAMED_CONTACTS;
        let mut named: Vec<&MapNode> = nodes
            .iter()
            .filter(|node| all_named || contacts[node.index].importance >= 4)
            .collect();
        // The more important names get the first choice of a free place.
        named.sort_by_key(|node| std::cmp::Reverse(contacts[node.index].importance));
        let mut placed = Vec::with_capacity(named.len());
        let mut replaced = 0;
        for node in named {
            let name = &contacts[node.index].name;
            replaced += self.node_name(&mut page, frame, (node, name), &mut placed);
        }
        self.me(&mut page, frame);
        self.map_legend(&mut page, frame, (!all_named).then_some(contacts.len()));
        (page, replaced)
    }

    fn map_heading(&self, page: &mut Page, count: usize, today: NaiveDate) -> f32 {
        let language = self.options.language;
        let x = self.margin();
        let title_size = self.pt(TITLE_SIZE);
        let mut y = self.margin() + title_size;
        page.text(
            (x, y),
            title_size,
            true,
            INK,
            Msg::PdfMapTitle.text(language),
        );
        y += self.pt(4.0) + self.pt(INFO_SIZE);
        let info = Msg::PdfContactsInfo.fill(
            language,
            &[
                ("date", &format_date(today, language)),
                ("count", &count.to_string()),
            ],
        );
        page.text((x, y), self.pt(INFO_SIZE), false, GREY, &info);
        y + self.pt(4.0)
    }

    /// Quarter lines, the three rings with their names, and the four form names.
    fn map_grid(&self, page: &mut Page, frame: MapFrame) {
        let language = self.options.language;
        for (from, to) in [((-1.0, 0.0), (1.0, 0.0)), ((0.0, -1.0), (0.0, 1.0))] {
            page.line(
                frame.point(from.0, from.1),
                frame.point(to.0, to.1),
                WRITING_LINE,
                0.6,
            );
        }
        let size = self.pt(RING_LABEL_SIZE);
        for circle in Circle::ALL {
            let ring = ring_radius(circle);
            page.circle(frame.center, ring * frame.radius, None, Some((RULE, 0.7)));
            let label = circle_msg(circle).text(language);
            let width = self.metrics.text_width(label, size, false);
            // On the line between the lower quarters, which the layout keeps free.
            let (x, y) = frame.point(0.0, ring);
            let pad = self.pt(1.5);
            page.rect(
                (
                    x - width / 2.0 - pad,
                    y - size * 0.5,
                    width + 2.0 * pad,
                    size,
                ),
                Some(WHITE),
                None,
            );
            page.text((x - width / 2.0, y + size * 0.35), size, false, GREY, label);
        }
        let size = self.pt(SECTOR_SIZE);
        for relationship in Relationship::ALL {
            let middle = (sector_start_degrees(relationship) + 45.0).to_radians();
            let right = middle.cos() > 0.0;
            let below = middle.sin() > 0.0;
            let label = Msg::relationship(relationship).text(language);
            let width = self.metrics.text_width(label, size, true);
            let (corner_x, corner_y) = frame.point(
                if right { 1.0 } else { -1.0 },
                if below { 1.0 } else { -1.0 },
            );
            let x = if right { corner_x - width } else { corner_x };
            let y = if below { corner_y } else { corner_y + size };
            page.text((x, y), size, true, relationship_rgb(relationship), label);
        }
    }

    /// The name beside its dot, away from the centre, moved up or down a little when
    /// another name is in the way; returns how many characters were replaced.
    fn node_name(
        &self,
        page: &mut Page,
        frame: MapFrame,
        (node, name): (&MapNode, &str),
        placed: &mut Vec<LabelBox>,
    ) -> usize {
        let size = self.pt(NAME_SIZE);
        let one_line = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let (clean, replaced) = self.metrics.sanitize(&one_line);
        let lines = self.wrap(&clean, self.pt(NAME_WIDTH), size, false);
        let Some(first) = lines.first() else {
            return replaced;
        };
        let text = if lines.len() > 1 {
            format!("{}…", first.text.trim_end())
        } else {
            first.text.clone()
        };
        let width = self.metrics.text_width(&text, size, false);
        let (x, y) = frame.point(node.x, node.y);
        let gap = node.size * NODE_RADIUS * frame.radius + self.pt(1.5);
        let x = if node.x >= 0.0 {
            x + gap
        } else {
            x - gap - width
        };
        let baseline = y + size * 0.35;
        let label_at = |shift: f32| LabelBox {
            left: x,
            right: x + width,
            top: baseline + shift - size * 0.8,
            bottom: baseline + shift + size * 0.25,
        };
        let step = size * 1.1;
        let chosen = [0.0, -1.0, 1.0, -2.0, 2.0, -3.0, 3.0]
            .into_iter()
            .map(|steps| label_at(steps * step))
            .find(|candidate| !placed.iter().any(|other| candidate.overlaps(other)))
            .unwrap_or_else(|| label_at(0.0));
        page.text((x, chosen.bottom - size * 0.25), size, false, INK, &text);
        placed.push(chosen);
        replaced
    }

    /// "Ich" in the centre.
    fn me(&self, page: &mut Page, frame: MapFrame) {
        let label = Msg::Mine.text(self.options.language);
        let size = self.pt(8.0);
        let radius = (self.metrics.text_width(label, size, true) / 2.0 + self.pt(4.0))
            .max(frame.radius * 0.06);
        page.circle(frame.center, radius, Some(MINE), None);
        let width = self.metrics.text_width(label, size, true);
        let (x, y) = frame.center;
        page.text((x - width / 2.0, y + size * 0.35), size, true, WHITE, label);
    }

    /// Colours of the forms, what size and paleness mean, and (with many contacts) why
    /// some names are missing; in the lower left corner.
    fn map_legend(&self, page: &mut Page, frame: MapFrame, omitted_of: Option<usize>) {
        let language = self.options.language;
        let size = self.pt(LEGEND_SIZE);
        let x = self.margin();
        let width = frame.center.0 - frame.radius - x - self.pt(12.0);
        let line = size * LINE_FACTOR * 1.1;
        let dot = size * 0.45;
        let mut entries: Vec<(Option<(Rgb, f32)>, String)> = Relationship::ALL
            .iter()
            .map(|&relationship| {
                (
                    Some((relationship_rgb(relationship), dot)),
                    Msg::relationship(relationship).text(language).to_owned(),
                )
            })
            .collect();
        entries.push((
            Some((GREY, dot * 1.3)),
            Msg::PdfMapLegendSize.text(language).into(),
        ));
        let pale = node_colors(Relationship::Kontakt, 0.25).0;
        entries.push((
            Some((pale, dot)),
            Msg::PdfMapLegendPale.text(language).into(),
        ));
        if let Some(count) = omitted_of {
            let note = Msg::PdfMapNamesOmitted.fill(language, &[("count", &count.to_string())]);
            entries.push((None, note));
        }
        let indent = size * 1.4;
        let wrapped: Vec<_> = entries
            .into_iter()
            .map(|(marker, text)| (marker, self.wrap(&text, width - indent, size, false)))
            .collect();
        let lines: usize = wrapped.iter().map(|(_, lines)| lines.len()).sum();
        let bottom = frame.center.1 + frame.radius;
        let mut y = bottom - (lines as f32 + 1.0) * line;
        page.text((x, y), size, true, INK, Msg::PdfMapLegend.text(language));
        for (marker, text_lines) in wrapped {
            y += line;
            if let Some((color, radius)) = marker {
                page.circle((x + size * 0.5, y - size * 0.35), radius, Some(color), None);
            }
            for (index, text_line) in text_lines.iter().enumerate() {
                if index > 0 {
                    y += size * LINE_FACTOR;
                }
                page.text((x + indent, y), size, false, INK, &text_line.text);
            }
        }
    }
}

/// The form's colour blended towards white by `1 - opacity`, and a slightly stronger
/// outline so that pale dots stay visible.
fn node_colors(relationship: Relationship, opacity: f32) -> (Rgb, Rgb) {
    let Rgb(r, g, b) = relationship_rgb(relationship);
    let fade = (1.0 - opacity).clamp(0.0, 1.0);
    let blend = |channel: f32, amount: f32| channel + (1.0 - channel) * amount;
    (
        Rgb(blend(r, fade), blend(g, fade), blend(b, fade)),
        Rgb(
            blend(r, fade * 0.6),
            blend(g, fade * 0.6),
            blend(b, fade * 0.6),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pale_nodes_are_blended_towards_white() {
        let (full, _) = node_colors(Relationship::Kooperation, 1.0);
        assert_eq!(full, relationship_rgb(Relationship::Kooperation));
        let (pale, outline) = node_colors(Relationship::Kooperation, 0.25);
        assert!(pale.0 > full.0 && pale.1 > full.1 && pale.2 > full.2);
        assert!(outline.1 < pale.1);
    }
}
