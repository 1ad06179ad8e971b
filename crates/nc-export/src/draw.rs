//! The page as plain drawing items, in points from the top-left corner.

/// An RGB colour, each channel 0.0–1.0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

impl Rgb {
    /// A colour given as bytes, the way the screen's palette spells it.
    pub const fn from_bytes([r, g, b]: [u8; 3]) -> Self {
        Self(r as f32 / 255.0, g as f32 / 255.0, b as f32 / 255.0)
    }
}

pub const INK: Rgb = Rgb(0.10, 0.10, 0.12);
pub const GREY: Rgb = Rgb(0.42, 0.42, 0.45);
pub const RULE: Rgb = Rgb(0.72, 0.72, 0.75);
pub const WRITING_LINE: Rgb = Rgb(0.84, 0.84, 0.86);
pub const BOX_FILL: Rgb = Rgb(0.985, 0.985, 0.99);
pub const MINE: Rgb = Rgb(0.184, 0.435, 0.722);
pub const PARTNERS: Rgb = Rgb(0.851, 0.541, 0.122);

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        color: Rgb,
        width: f32,
    },
    /// A circle around `center`; the outline is drawn `stroke.1` points wide.
    Circle {
        center: (f32, f32),
        radius: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    pub fn text(&mut self, (x, y): (f32, f32), size: f32, bold: bool, color: Rgb, text: &str) {
        if !text.is_empty() {
            self.items.push(Item::Text {
                x,
                y,
                size,
                bold,
                color,
                text: text.to_owned(),
            });
        }
    }

    pub fn rect(
        &mut self,
        (x, y, width, height): (f32, f32, f32, f32),
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
    ) {
        self.items.push(Item::Rect {
            x,
            y,
            width,
            height,
            fill,
            stroke,
        });
    }

    pub fn circle(
        &mut self,
        center: (f32, f32),
        radius: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    ) {
        self.items.push(Item::Circle {
            center,
            radius,
            fill,
            stroke,
        });
    }

    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), color: Rgb, width: f32) {
        self.items.push(Item::Line {
            from,
            to,
            color,
            width,
        });
    }

    /// Moves everything on the page by `(dx, dy)`: a card laid out on its own becomes
    /// one quarter of a sheet.
    pub fn translate(&mut self, (dx, dy): (f32, f32)) {
        let shift = |(x, y): &mut (f32, f32)| {
            *x += dx;
            *y += dy;
        };
        for item in &mut self.items {
            match item {
                Item::Text { x, y, .. } | Item::Rect { x, y, .. } => {
                    *x += dx;
                    *y += dy;
                }
                Item::Line { from, to, .. } => {
                    shift(from);
                    shift(to);
                }
                Item::Circle { center, .. } => shift(center),
            }
        }
    }
}
