//! Files bundled into the binary: the fonts shared by screen and paper, and the example.

/// DejaVu Sans and Noto Emoji, the typefaces of the app and the PDF.
pub use crate::export::bundled_fonts::{BOLD_FONT, EMOJI_FONT, REGULAR_FONT};

/// The built-in example workspace a new user sees at the first start.
pub use crate::storage::EXAMPLE_WORKSPACE;

/// The bundled canvas templates, as template files; the default first.
pub use crate::model::BUNDLED_TEMPLATES;

/// The app icon at 128 px (rendered from packaging/icons/netzwerk-canvas.svg, as the
/// packages install it), shown as the window and taskbar icon.
pub const APP_ICON_PNG: &[u8] =
    include_bytes!("../packaging/icons/hicolor/128x128/apps/netzwerk-canvas.png");
