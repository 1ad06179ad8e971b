//! The network map on one landscape page: me in the centre, the three circles as rings,
//! the four relationship forms as quarters, and one dot per contact where
//! [`nc_model::network_map::layout`] puts it, so that paper and screen agree.

use chrono::NaiveDate;

use super::contacts::circle_msg;
use super::header::relationship_rgb;
use super::{Composer, LINE_FACTOR};
use crate::draw::{GREY, INK, MINE, Page, RULE, Rgb, WRITING_LINE};
use nc_i18n::{Msg, format_date};
use nc_model::map_labels::{Bounds, Dot, LabelPlace, LabelRequest, LabelSpace, place_labels};
use nc_model::network_map::{
    MAX_NAMED_CONTACTS, MapNode, is_named, layout, ring_radius, sector_start_degrees,
};
use nc_model::{Circle, Contact, Relationship};

const TITLE_SIZE: f32 = 15.0;
const INFO_SIZE: f32 = 8.5;
/// Names are printed at 8 pt, where that leaves no room at 7 pt, never smaller.
const NAME_SIZE: f32 = 8.0;
const SMALLEST_NAME_SIZE: f32 = 7.0;
/// The list of names on the pages after the map.
const LIST_SIZE: f32 = 8.0;
/// The text's extent above and below its baseline, per point of size, as PDF readers
/// take it from the font (its ascent and descent): what `pdftotext -bbox` reports.
const LABEL_ASCENT: f32 = 0.95;
const LABEL_DESCENT: f32 = 0.25;
/// How far a label may stand from its dot, in lines: far enough to reach the free
/// paper beside the rings with a leader line.
const LABEL_REACH: f32 = 12.0;
const RING_LABEL_SIZE: f32 = 7.0;
const SECTOR_SIZE: f32 = 10.0;
const LEGEND_SIZE: f32 = 7.5;
/// The largest dot's radius as a fraction of the map's radius.
const NODE_RADIUS: f32 = 0.028;
/// Names longer than this (in points at A4) end in "…" on the map.
const NAME_WIDTH: f32 = 110.0;
const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);

/// The legend's drawing and the room it takes.
struct Legend {
    items: Vec<crate::draw::Item>,
    bounds: Bounds,
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
    /// The map page (without footer), the pages naming its numbered dots when not every
    /// name found room beside its dot, and how many characters were replaced.
    pub fn network_map_pages(&self, contacts: &[Contact], today: NaiveDate) -> (Vec<Page>, usize) {
        let mut page = Page::default();
        let top = self.map_heading(&mut page, contacts.len(), today);
        let bottom = self.height - self.margin() - self.pt(6.0);
        let radius = ((bottom - top) / 2.0).min(self.content_width() * 0.3);
        let frame = MapFrame {
            center: (self.width / 2.0, top + (bottom - top) / 2.0),
            radius,
        };
        let mut obstacles = self.map_grid(&mut page, frame);
        let nodes = layout(contacts, today);
        let dots = self.map_dots(&mut page, frame, &nodes, contacts);
        let all_named = contacts.len() <= MAX_NAMED_CONTACTS;
        obstacles.push(self.me(&mut page, frame));
        let rings = self.ring_labels(&mut page, frame, &dots, &obstacles);
        obstacles.extend(rings);
        // The legend's room with the note on numbers, which it may not need.
        let legend = self.map_legend(frame, (!all_named).then_some(contacts.len()), true);
        obstacles.push(legend.bounds);
        let mut named: Vec<usize> = (0..nodes.len())
            .filter(|&at| is_named(&contacts[nodes[at].index], contacts.len()))
            .collect();
        // The more important names get the first choice of a free place.
        named.sort_by_key(|&at| std::cmp::Reverse(contacts[nodes[at].index].importance));
        let mut replaced = 0;
        let names: Vec<String> = named
            .iter()
            .map(|&at| {
                let (name, count) = self.map_name(&contacts[nodes[at].index].name);
                replaced += count;
                name
            })
            .collect();
        let requests: Vec<LabelRequest> = named
            .iter()
            .zip(&names)
            .map(|(&dot, name)| LabelRequest {
                dot,
                width_per_size: self.metrics.text_width(name, 1.0, false),
            })
            .collect();
        let sizes = [
            self.pt(NAME_SIZE),
            self.pt(SMALLEST_NAME_SIZE).max(SMALLEST_NAME_SIZE),
        ];
        let digit_width = self.metrics.text_width("0", 1.0, false);
        let space = self.label_space(frame, (&dots, &obstacles), &sizes, Some(digit_width));
        let places = place_labels(&space, &requests);
        let mut numbered = Vec::new();
        let mut unlabelled = Vec::new();
        for ((place, name), &at) in places.iter().zip(&names).zip(&named) {
            match draw_label(&mut page, place, name) {
                Some(Some(number)) => numbered.push((number, name.as_str())),
                Some(None) => {}
                None => unlabelled.push((name.as_str(), &contacts[nodes[at].index])),
            }
        }
        let has_legend_pages = !numbered.is_empty() || !unlabelled.is_empty();
        let legend = self.map_legend(
            frame,
            (!all_named).then_some(contacts.len()),
            has_legend_pages,
        );
        page.items.extend(legend.items);
        let mut pages = vec![page];
        if has_legend_pages {
            numbered.sort_by_key(|(number, _)| *number);
            pages.extend(self.map_name_pages(&numbered, &unlabelled, today));
        }
        (pages, replaced)
    }

    /// One dot per contact, coloured by form and faded by time; returns them as the
    /// label placement sees them.
    fn map_dots(
        &self,
        page: &mut Page,
        frame: MapFrame,
        nodes: &[MapNode],
        contacts: &[Contact],
    ) -> Vec<Dot> {
        let dots: Vec<Dot> = nodes
            .iter()
            .map(|node| {
                let (x, y) = frame.point(node.x, node.y);
                Dot {
                    x,
                    y,
                    radius: node.size * NODE_RADIUS * frame.radius,
                }
            })
            .collect();
        for (node, dot) in nodes.iter().zip(&dots) {
            let (fill, stroke) = node_colors(contacts[node.index].relationship, node.opacity);
            page.circle((dot.x, dot.y), dot.radius, Some(fill), Some((stroke, 0.5)));
        }
        dots
    }

    /// The rings' names, placed like the contacts' (none covers a dot), near where each
    /// ring crosses the line between the lower quarters; returns their boxes.
    fn ring_labels(
        &self,
        page: &mut Page,
        frame: MapFrame,
        dots: &[Dot],
        obstacles: &[Bounds],
    ) -> Vec<Bounds> {
        let language = self.options.language;
        let mut anchors = dots.to_vec();
        let mut requests = Vec::new();
        for circle in Circle::ALL {
            let (x, y) = frame.point(0.0, ring_radius(circle));
            requests.push(LabelRequest {
                dot: anchors.len(),
                width_per_size: self.metrics.text_width(
                    circle_msg(circle).text(language),
                    1.0,
                    false,
                ),
            });
            anchors.push(Dot { x, y, radius: 0.0 });
        }
        let sizes = [self.pt(RING_LABEL_SIZE).max(SMALLEST_NAME_SIZE)];
        let space = self.label_space(frame, (&anchors, obstacles), &sizes, None);
        let mut taken = Vec::new();
        for (place, circle) in place_labels(&space, &requests).iter().zip(Circle::ALL) {
            if let LabelPlace::Placed(label) = place {
                if let Some((from, to)) = label.leader {
                    page.line(from, to, RULE, 0.3);
                }
                page.text(
                    label.origin,
                    label.size,
                    false,
                    GREY,
                    circle_msg(circle).text(language),
                );
                taken.push(label.bounds);
            }
        }
        taken
    }

    /// Where labels may go on the map's page, and the rules they follow.
    fn label_space<'a>(
        &self,
        frame: MapFrame,
        (dots, obstacles): (&'a [Dot], &'a [Bounds]),
        sizes: &'a [f32],
        digit_width_per_size: Option<f32>,
    ) -> LabelSpace<'a> {
        LabelSpace {
            area: Bounds {
                left: self.margin(),
                top: frame.center.1 - frame.radius,
                right: self.width - self.margin(),
                bottom: frame.center.1 + frame.radius,
            },
            center: frame.center,
            dots,
            obstacles,
            sizes,
            ascent: LABEL_ASCENT,
            descent: LABEL_DESCENT,
            gap: self.pt(0.8),
            reach_in_lines: LABEL_REACH,
            digit_width_per_size,
        }
    }

    /// A name on one line, cut with "…" where it is longer than a label may be.
    fn map_name(&self, name: &str) -> (String, usize) {
        let size = self.pt(NAME_SIZE);
        let one_line = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let (clean, replaced) = self.metrics.sanitize(&one_line);
        let lines = self.wrap(&clean, self.pt(NAME_WIDTH), size, false);
        let text = match lines.as_slice() {
            [] => String::new(),
            [only] => only.text.clone(),
            [first, ..] => format!("{}…", first.text.trim_end_matches(['\u{AD}', ' '])),
        };
        (text, replaced)
    }

    /// The names of the numbered dots in columns, then those without any label, as many
    /// pages as they need.
    fn map_name_pages(
        &self,
        numbered: &[(usize, &str)],
        unlabelled: &[(&str, &Contact)],
        today: NaiveDate,
    ) -> Vec<Page> {
        let language = self.options.language;
        let size = self.pt(LIST_SIZE);
        let line = size * LINE_FACTOR;
        let number_width = self
            .metrics
            .text_width(&numbered.len().to_string(), size, true)
            + size;
        let columns = 4;
        let gutter = self.pt(12.0);
        let column_width = (self.content_width() - gutter * (columns - 1) as f32) / columns as f32;
        let mut entries: Vec<(Option<String>, String, bool)> = Vec::new();
        if !numbered.is_empty() {
            entries.push((None, Msg::PdfMapNumbered.text(language).to_owned(), true));
        }
        for (number, name) in numbered {
            entries.push((Some(number.to_string()), (*name).to_owned(), false));
        }
        if !unlabelled.is_empty() {
            entries.push((None, Msg::PdfMapUnlabelled.text(language).to_owned(), true));
        }
        for (name, contact) in unlabelled {
            let place = format!(
                "{} – {}, {}",
                name,
                circle_msg(contact.circle(today)).text(language),
                Msg::relationship(contact.relationship).text(language)
            );
            entries.push((None, place, false));
        }
        let top = self.margin() + size;
        let bottom = self.height - self.margin() - self.pt(12.0);
        let mut pages = vec![Page::default()];
        let mut column = 0;
        let mut y = top;
        for (number, text, heading) in entries {
            let indent = if heading { 0.0 } else { number_width };
            let lines = self.wrap(&text, column_width - indent, size, heading);
            let height = line * lines.len() as f32 + if heading { line * 0.5 } else { 0.0 };
            if y + height > bottom && y > top {
                column += 1;
                y = top;
                if column == columns {
                    column = 0;
                    pages.push(Page::default());
                }
            }
            let x = self.margin() + column as f32 * (column_width + gutter);
            let Some(page) = pages.last_mut() else {
                break;
            };
            if heading && y > top {
                y += line * 0.5;
            }
            if let Some(number) = &number {
                let width = self.metrics.text_width(number, size, true);
                page.text(
                    (x + number_width - size - width, y),
                    size,
                    true,
                    INK,
                    number,
                );
            }
            for text_line in lines {
                page.text((x + indent, y), size, heading, INK, &text_line.text);
                y += line;
            }
        }
        pages
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

    /// Quarter lines, the three rings, and the four form names; returns the names' boxes,
    /// which no label may cover.
    fn map_grid(&self, page: &mut Page, frame: MapFrame) -> Vec<Bounds> {
        let mut taken = Vec::new();
        let language = self.options.language;
        for (from, to) in [((-1.0, 0.0), (1.0, 0.0)), ((0.0, -1.0), (0.0, 1.0))] {
            page.line(
                frame.point(from.0, from.1),
                frame.point(to.0, to.1),
                WRITING_LINE,
                0.6,
            );
        }
        for circle in Circle::ALL {
            let ring = ring_radius(circle);
            page.circle(frame.center, ring * frame.radius, None, Some((RULE, 0.7)));
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
            taken.push(Bounds {
                left: x,
                top: y - LABEL_ASCENT * size,
                right: x + width,
                bottom: y + LABEL_DESCENT * size,
            });
        }
        taken
    }

    /// "Ich" in the centre; returns the space it takes.
    fn me(&self, page: &mut Page, frame: MapFrame) -> Bounds {
        let label = Msg::Mine.text(self.options.language);
        let size = self.pt(8.0);
        let radius = (self.metrics.text_width(label, size, true) / 2.0 + self.pt(4.0))
            .max(frame.radius * 0.06);
        page.circle(frame.center, radius, Some(MINE), None);
        let width = self.metrics.text_width(label, size, true);
        let (x, y) = frame.center;
        page.text((x - width / 2.0, y + size * 0.35), size, true, WHITE, label);
        Bounds::around(frame.center, radius)
    }

    /// Colours of the forms, what size and paleness mean, (with many contacts) why
    /// some names are missing, and (with `numbers`) what the numbers at dots are; in the
    /// lower left corner.
    fn map_legend(&self, frame: MapFrame, omitted_of: Option<usize>, numbers: bool) -> Legend {
        let mut page = Page::default();
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
        if numbers {
            entries.push((None, Msg::PdfMapNumbersNote.text(language).to_owned()));
        }
        let indent = size * 1.4;
        let wrapped: Vec<_> = entries
            .into_iter()
            .map(|(marker, text)| (marker, self.wrap(&text, width - indent, size, false)))
            .collect();
        let lines: usize = wrapped.iter().map(|(_, lines)| lines.len()).sum();
        let bottom = frame.center.1 + frame.radius;
        let mut y = bottom - (lines as f32 + 1.0) * line;
        let bounds = Bounds {
            left: x,
            top: y - LABEL_ASCENT * size,
            right: x + width,
            bottom: bottom + LABEL_DESCENT * size,
        };
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
        Legend {
            items: page.items,
            bounds,
        }
    }
}

/// A placed name, or its number, with its leader line; Some(number) for a number,
/// Some(None) for the name, None where there was no room for either.
fn draw_label(page: &mut Page, place: &LabelPlace, name: &str) -> Option<Option<usize>> {
    let LabelPlace::Placed(label) = place else {
        return None;
    };
    if let Some((from, to)) = label.leader {
        page.line(from, to, GREY, 0.3);
    }
    let text = label
        .number
        .map_or_else(|| name.to_owned(), |n| n.to_string());
    page.text(label.origin, label.size, false, INK, &text);
    Some(label.number)
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
