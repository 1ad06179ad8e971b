//! The window's icon: the app icon the packages install, decoded once at start-up so
//! that the taskbar and the window switcher show the same picture as the menu.

use std::sync::Arc;

use crate::assets::APP_ICON_PNG;

/// The icon for [`egui::ViewportBuilder::with_icon`]; `None` if the bundled PNG could
/// not be decoded (the window then has the desktop's default icon, nothing else breaks).
pub fn window_icon() -> Option<Arc<egui::IconData>> {
    eframe::icon_data::from_png_bytes(APP_ICON_PNG)
        .ok()
        .map(Arc::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_icon_decodes_to_128_px_with_its_blue_frame() {
        let icon = window_icon().expect("the bundled PNG decodes");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
        // Row 64, column 3: inside the frame (#1f4e8c), fully opaque.
        let at = (64 * 128 + 3) * 4;
        assert_eq!(&icon.rgba[at..at + 4], &[0x1f, 0x4e, 0x8c, 0xff]);
    }
}
