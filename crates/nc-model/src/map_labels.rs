//! Where the names go on the network map, so that no two names and no name and dot
//! overlap, on paper and on screen alike. Pure geometry in the caller's units (points
//! on a page, pixels on screen; y down): the caller measures, this module places.
//!
//! Each name is tried beside its dot first, then farther away with a thin leader line
//! (nearest places first, outwards preferred), then at smaller sizes; a name that finds
//! no free place gets a number instead, placed the same way, and is listed in a legend.
//! A number that finds no place either is reported as unplaced, for the legend alone.
//! Numbers count up without gaps in the order of the requests.

/// A rectangle, y down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
}

impl Bounds {
    /// The square around a circle.
    pub fn around((x, y): (f32, f32), radius: f32) -> Self {
        Self {
            left: x - radius,
            top: y - radius,
            right: x + radius,
            bottom: y + radius,
        }
    }

    /// Overlapping with an area of their own; boxes that only touch do not overlap.
    pub fn overlaps(&self, other: &Self) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    fn contains(&self, other: &Self) -> bool {
        other.left >= self.left
            && other.right <= self.right
            && other.top >= self.top
            && other.bottom <= self.bottom
    }

    fn grown(&self, by: f32) -> Self {
        Self {
            left: self.left - by,
            top: self.top - by,
            right: self.right + by,
            bottom: self.bottom + by,
        }
    }

    /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky).
    fn crossed_by(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let mut low = 0.0_f32;
        let mut high = 1.0_f32;
        for (p, q) in [
            (-dx, a.0 - self.left),
            (dx, self.right - a.0),
            (-dy, a.1 - self.top),
            (dy, self.bottom - a.1),
        ] {
            if p == 0.0 {
                if q <= 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    low = low.max(t);
                } else {
                    high = high.min(t);
                }
            }
        }
        low < high
    }
}

/// One dot on the map, in the caller's units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    pub x: f32,
    pub y: f32,
    pub radius: f32,
}

/// A name to place: at which dot, and how wide it is at size 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelRequest {
    pub dot: usize,
    pub width_per_size: f32,
}

/// The room and the rules of one map.
pub struct LabelSpace<'a> {
    /// Where labels may go (the page within its margins, the view's rectangle).
    pub area: Bounds,
    /// The map's centre: names go away from it by preference.
    pub center: (f32, f32),
    /// Every dot, named or not; none may be covered.
    pub dots: &'a [Dot],
    /// Other things no label may cover: ring and sector names, "Ich", the legend.
    pub obstacles: &'a [Bounds],
    /// Type sizes to try, largest first; numbers use the last.
    pub sizes: &'a [f32],
    /// Above and below the baseline, per size (the font's ascent and descent).
    pub ascent: f32,
    pub descent: f32,
    /// Free space kept around every label and dot.
    pub gap: f32,
    /// How far (in lines of the label's size) a label may stand from its dot.
    pub reach_in_lines: f32,
    /// The width of one digit at size 1, for numbered labels; None where there is no
    /// legend to number (the screen, which names a dot on hover).
    pub digit_width_per_size: Option<f32>,
}

/// Where one requested label went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabelPlace {
    /// The name itself (`number` None) or its number in the legend.
    Placed(PlacedLabel),
    /// No room even for a number: the name is in the legend only.
    Unplaced,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedLabel {
    pub number: Option<usize>,
    pub size: f32,
    pub bounds: Bounds,
    /// Where the text starts: left edge and baseline.
    pub origin: (f32, f32),
    /// A thin line from the dot's edge to the label, when it stands apart.
    pub leader: Option<((f32, f32), (f32, f32))>,
}

/// Places every requested label (one result per request, in order). Earlier requests get
/// the first choice of places, so callers put the important names first.
pub fn place_labels(space: &LabelSpace<'_>, requests: &[LabelRequest]) -> Vec<LabelPlace> {
    let mut taken = Taken::new(space);
    let mut results: Vec<Option<LabelPlace>> = vec![None; requests.len()];
    for &size in space.sizes {
        let offsets = candidate_offsets(space, size);
        for (index, request) in requests.iter().enumerate() {
            if results[index].is_some() {
                continue;
            }
            let width = request.width_per_size * size;
            if let Some(placed) = taken.find(space, request.dot, width, size, &offsets) {
                results[index] = Some(LabelPlace::Placed(PlacedLabel {
                    number: None,
                    ..placed
                }));
            }
        }
    }
    let size = space.sizes.last().copied().unwrap_or(7.0);
    let Some(digit_width) = space.digit_width_per_size else {
        return results
            .into_iter()
            .map(|place| place.unwrap_or(LabelPlace::Unplaced))
            .collect();
    };
    let offsets = candidate_offsets(space, size);
    let mut numbered = 0;
    for (index, request) in requests.iter().enumerate() {
        if results[index].is_some() {
            continue;
        }
        let number = numbered + 1;
        let digits = number.to_string().len() as f32;
        let width = digits * digit_width * size;
        results[index] = Some(
            match taken.find(space, request.dot, width, size, &offsets) {
                Some(placed) => {
                    numbered = number;
                    LabelPlace::Placed(PlacedLabel {
                        number: Some(number),
                        ..placed
                    })
                }
                None => LabelPlace::Unplaced,
            },
        );
    }
    results
        .into_iter()
        .map(|place| place.unwrap_or(LabelPlace::Unplaced))
        .collect()
}

/// Offsets from the dot's edge to the label's near edge, in the order they are tried:
/// nearest first, above and below the dot's line only a little more costly than beside.
fn candidate_offsets(space: &LabelSpace<'_>, size: f32) -> Vec<(f32, f32)> {
    let line = (space.ascent + space.descent) * size;
    let step = line / 2.0;
    let steps = (space.reach_in_lines * 2.0).ceil() as i32;
    let mut offsets = Vec::new();
    for i in 0..=steps {
        for j in -steps..=steps {
            let (dx, dy) = (i as f32 * step, j as f32 * step);
            if dx.hypot(dy) <= space.reach_in_lines * line {
                offsets.push((dx, dy));
            }
        }
    }
    offsets.sort_by(|a, b| cost(*a).total_cmp(&cost(*b)));
    offsets
}

fn cost((dx, dy): (f32, f32)) -> f32 {
    dx.hypot(dy * 1.2)
}

/// What is already on the map, in a coarse grid so that a candidate is checked against
/// its neighbours only.
struct Taken {
    cell: f32,
    origin: (f32, f32),
    columns: usize,
    rows: usize,
    boxes: Vec<Bounds>,
    /// How many of `boxes` are dots and obstacles (the rest are labels).
    fixed: usize,
    leaders: Vec<((f32, f32), (f32, f32))>,
    box_cells: Vec<Vec<u32>>,
    leader_cells: Vec<Vec<u32>>,
}

impl Taken {
    fn new(space: &LabelSpace<'_>) -> Self {
        let size = space.sizes.first().copied().unwrap_or(8.0);
        let cell = ((space.ascent + space.descent) * size * 3.0).max(1.0);
        let area = space.area;
        let columns = (((area.right - area.left) / cell).ceil() as usize).clamp(1, 4096);
        let rows = (((area.bottom - area.top) / cell).ceil() as usize).clamp(1, 4096);
        let mut taken = Self {
            cell,
            origin: (area.left, area.top),
            columns,
            rows,
            boxes: Vec::new(),
            fixed: 0,
            leaders: Vec::new(),
            box_cells: vec![Vec::new(); columns * rows],
            leader_cells: vec![Vec::new(); columns * rows],
        };
        for dot in space.dots {
            taken.add_box(Bounds::around((dot.x, dot.y), dot.radius));
        }
        for obstacle in space.obstacles {
            taken.add_box(*obstacle);
        }
        taken.fixed = taken.boxes.len();
        taken
    }

    fn cells(&self, bounds: &Bounds) -> impl Iterator<Item = usize> + use<> {
        let index = |value: f32, origin: f32, count: usize| {
            (((value - origin) / self.cell).floor().max(0.0) as usize).min(count - 1)
        };
        let (left, right) = (
            index(bounds.left, self.origin.0, self.columns),
            index(bounds.right, self.origin.0, self.columns),
        );
        let (top, bottom) = (
            index(bounds.top, self.origin.1, self.rows),
            index(bounds.bottom, self.origin.1, self.rows),
        );
        let columns = self.columns;
        (top..=bottom).flat_map(move |row| (left..=right).map(move |column| row * columns + column))
    }

    fn add_box(&mut self, bounds: Bounds) {
        let id = self.boxes.len() as u32;
        self.boxes.push(bounds);
        for cell in self.cells(&bounds).collect::<Vec<_>>() {
            self.box_cells[cell].push(id);
        }
    }

    fn add_leader(&mut self, from: (f32, f32), to: (f32, f32)) {
        let id = self.leaders.len() as u32;
        self.leaders.push((from, to));
        let bounds = Bounds {
            left: from.0.min(to.0),
            top: from.1.min(to.1),
            right: from.0.max(to.0),
            bottom: from.1.max(to.1),
        };
        for cell in self.cells(&bounds).collect::<Vec<_>>() {
            self.leader_cells[cell].push(id);
        }
    }

    fn box_is_free(&self, bounds: &Bounds, gap: f32) -> bool {
        let grown = bounds.grown(gap);
        self.cells(&grown).all(|cell| {
            self.box_cells[cell]
                .iter()
                .all(|&id| !self.boxes[id as usize].overlaps(&grown))
                && self.leader_cells[cell].iter().all(|&id| {
                    let (a, b) = self.leaders[id as usize];
                    !grown.crossed_by(a, b)
                })
        })
    }

    fn leader_is_free(&self, from: (f32, f32), to: (f32, f32), own: &Bounds) -> bool {
        let bounds = Bounds {
            left: from.0.min(to.0),
            top: from.1.min(to.1),
            right: from.0.max(to.0),
            bottom: from.1.max(to.1),
        };
        // Only labels block a leader (dots may be crossed); labels are the boxes added
        // after the dots and obstacles, but a leader through an obstacle is fine too.
        self.cells(&bounds).all(|cell| {
            self.box_cells[cell].iter().all(|&id| {
                let other = &self.boxes[id as usize];
                other == own || !other.crossed_by(from, to) || self.is_fixed(id)
            })
        })
    }

    fn is_fixed(&self, id: u32) -> bool {
        (id as usize) < self.fixed
    }

    /// The first free place for a label `width` wide at `size` beside `dot`; taken at once.
    fn find(
        &mut self,
        space: &LabelSpace<'_>,
        dot: usize,
        width: f32,
        size: f32,
        offsets: &[(f32, f32)],
    ) -> Option<PlacedLabel> {
        let d = *space.dots.get(dot)?;
        let height = (space.ascent + space.descent) * size;
        let outward = if d.x >= space.center.0 { 1.0 } else { -1.0 };
        let edge = d.radius + space.gap;
        for &(dx, dy) in offsets {
            for side in [outward, -outward] {
                let near_x = d.x + side * (edge + dx);
                let middle = d.y + dy;
                let (left, right) = if side > 0.0 {
                    (near_x, near_x + width)
                } else {
                    (near_x - width, near_x)
                };
                let bounds = Bounds {
                    left,
                    top: middle - height / 2.0,
                    right,
                    bottom: middle + height / 2.0,
                };
                if !space.area.contains(&bounds) || !self.box_is_free(&bounds, space.gap) {
                    continue;
                }
                let apart = dx > space.gap || dy.abs() > height / 2.0;
                let leader = apart.then(|| {
                    let target = (near_x, middle.clamp(bounds.top, bounds.bottom));
                    let (vx, vy) = (target.0 - d.x, target.1 - d.y);
                    let length = vx.hypot(vy).max(f32::EPSILON);
                    let start = (d.x + vx / length * d.radius, d.y + vy / length * d.radius);
                    (start, target)
                });
                if let Some((from, to)) = leader
                    && !self.leader_is_free(from, to, &bounds)
                {
                    continue;
                }
                self.add_box(bounds);
                if let Some((from, to)) = leader {
                    self.add_leader(from, to);
                }
                return Some(PlacedLabel {
                    number: None,
                    size,
                    bounds,
                    origin: (left, bounds.top + space.ascent * size),
                    leader,
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` dots packed on a ring around (500, 400), like a crowded map.
    fn ring_of_dots(count: usize) -> Vec<Dot> {
        (0..count)
            .map(|i| {
                let angle = i as f32 / count as f32 * std::f32::consts::TAU;
                let radius = 150.0 + (i % 4) as f32 * 9.0;
                Dot {
                    x: 500.0 + radius * angle.cos(),
                    y: 400.0 + radius * angle.sin(),
                    radius: 3.0,
                }
            })
            .collect()
    }

    fn space<'a>(dots: &'a [Dot], obstacles: &'a [Bounds], numbers: bool) -> LabelSpace<'a> {
        LabelSpace {
            area: Bounds {
                left: 0.0,
                top: 0.0,
                right: 1000.0,
                bottom: 800.0,
            },
            center: (500.0, 400.0),
            dots,
            obstacles,
            sizes: &[8.0, 7.0],
            ascent: 0.95,
            descent: 0.25,
            gap: 0.8,
            reach_in_lines: 12.0,
            digit_width_per_size: numbers.then_some(0.55),
        }
    }

    fn requests(count: usize) -> Vec<LabelRequest> {
        (0..count)
            .map(|dot| LabelRequest {
                dot,
                width_per_size: 5.0 + (dot % 5) as f32,
            })
            .collect()
    }

    #[test]
    fn no_label_covers_another_a_dot_or_an_obstacle() {
        let dots = ring_of_dots(600);
        let obstacles = [Bounds {
            left: 480.0,
            top: 380.0,
            right: 520.0,
            bottom: 420.0,
        }];
        let space = space(&dots, &obstacles, true);
        let places = place_labels(&space, &requests(600));
        assert_eq!(places.len(), 600);
        let labels: Vec<&PlacedLabel> = places
            .iter()
            .filter_map(|place| match place {
                LabelPlace::Placed(label) => Some(label),
                LabelPlace::Unplaced => None,
            })
            .collect();
        assert!(labels.len() > 200, "only {} placed", labels.len());
        for (at, label) in labels.iter().enumerate() {
            assert!(space.area.contains(&label.bounds));
            assert!(!label.bounds.overlaps(&obstacles[0]));
            for other in &labels[at + 1..] {
                assert!(!label.bounds.overlaps(&other.bounds), "{label:?} {other:?}");
            }
            for dot in &dots {
                assert!(
                    !label
                        .bounds
                        .overlaps(&Bounds::around((dot.x, dot.y), dot.radius)),
                    "{label:?} covers {dot:?}"
                );
            }
            assert!(label.size >= 7.0);
        }
        // Numbers count 1, 2, 3 … without gaps.
        let mut numbers: Vec<usize> = labels.iter().filter_map(|l| l.number).collect();
        numbers.sort_unstable();
        assert!(!numbers.is_empty());
        assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>());
    }

    #[test]
    fn a_label_with_room_stands_beside_its_dot_away_from_the_centre() {
        let dots = [Dot {
            x: 700.0,
            y: 400.0,
            radius: 4.0,
        }];
        let space = space(&dots, &[], true);
        let places = place_labels(&space, &requests(1));
        let LabelPlace::Placed(label) = places[0] else {
            panic!("not placed: {places:?}");
        };
        assert_eq!(label.number, None);
        assert_eq!(label.size, 8.0);
        assert!(label.leader.is_none());
        assert!((label.bounds.left - (700.0 + 4.0 + 0.8)).abs() < 1e-3);
        assert!(label.bounds.top < 400.0 && label.bounds.bottom > 400.0);
    }

    #[test]
    fn without_numbers_a_label_without_room_is_unplaced() {
        // The whole area is taken.
        let dots = [Dot {
            x: 500.0,
            y: 400.0,
            radius: 2.0,
        }];
        let obstacles = [
            Bounds {
                left: 0.0,
                top: 0.0,
                right: 1000.0,
                bottom: 396.0,
            },
            Bounds {
                left: 0.0,
                top: 404.0,
                right: 1000.0,
                bottom: 800.0,
            },
        ];
        let places = place_labels(&space(&dots, &obstacles, false), &requests(1));
        assert_eq!(places, [LabelPlace::Unplaced]);
    }
}
