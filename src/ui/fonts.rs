//! Registers the bundled DejaVu Sans, the font the PDF uses too, ahead of egui's own.
//!
//! Noto Emoji (bundled too) and egui's default fonts stay behind it as fallbacks, so
//! emoji get a glyph; behind them, the system fonts the PDF uses for characters the
//! bundled fonts lack (added as such characters appear), and only what no font has
//! shows as a replacement box, never a crash.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::assets::{BOLD_FONT, EMOJI_FONT, REGULAR_FONT};

const REGULAR_NAME: &str = "DejaVuSans";
const BOLD_NAME: &str = "DejaVuSans-Bold";
const EMOJI_NAME: &str = "NotoEmoji";

/// The family for labels that the printed canvas sets in bold.
pub fn bold_family() -> FontFamily {
    FontFamily::Name(BOLD_NAME.into())
}

/// The fonts with the system fonts at `fallbacks` (index and bytes) behind them.
pub fn font_definitions_with(fallbacks: &[(u16, &'static [u8])]) -> FontDefinitions {
    let mut fonts = font_definitions();
    for (index, bytes) in fallbacks {
        let name = format!("system-{index}");
        fonts
            .font_data
            .insert(name.clone(), Arc::new(FontData::from_static(bytes)));
        for family in [FontFamily::Proportional, bold_family()] {
            fonts.families.entry(family).or_default().push(name.clone());
        }
    }
    fonts
}

pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        REGULAR_NAME.to_owned(),
        Arc::new(FontData::from_static(REGULAR_FONT)),
    );
    fonts.font_data.insert(
        BOLD_NAME.to_owned(),
        Arc::new(FontData::from_static(BOLD_FONT)),
    );
    fonts.font_data.insert(
        EMOJI_NAME.to_owned(),
        Arc::new(FontData::from_static(EMOJI_FONT)),
    );
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut proportional = vec![REGULAR_NAME.to_owned(), EMOJI_NAME.to_owned()];
    proportional.extend(fallbacks.iter().cloned());
    let mut bold = vec![BOLD_NAME.to_owned()];
    bold.extend(proportional.iter().cloned());
    fonts
        .families
        .insert(FontFamily::Proportional, proportional);
    fonts.families.insert(bold_family(), bold);
    fonts
}

pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}
