//! For the tests of other scripts (issue 20): one canvas exported on A4, and whether the
//! system has a font with Chinese characters or with Devanagari.

use chrono::{TimeZone, Utc};
use netzwerk_canvas::export::{
    ExportOptions, ExportRequest, ExportedPdf, Orientation, PageSetup, Paper, Printed,
};
use netzwerk_canvas::i18n::Language;
use netzwerk_canvas::model::{Collaboration, Template};

/// The package that brings a font with Chinese characters on Debian and Ubuntu.
pub const CJK_PACKAGE: &str = "fonts-droid-fallback";

/// One canvas on A4 landscape with the default template.
pub fn export_canvas(collaboration: Collaboration) -> ExportedPdf {
    let request = ExportRequest {
        printed: Printed::Canvases {
            collaborations: vec![collaboration],
            templates: vec![Template::kooperations_canvas()],
        },
        options: ExportOptions {
            page: PageSetup {
                paper: Paper::A4,
                orientation: Orientation::Landscape,
            },
            language: Language::German,
            exported_at: Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap(),
            document_title: "Netzwerk-Canvas Test".to_owned(),
        },
    };
    netzwerk_canvas::export::export(&request, &|_, _| {}).unwrap()
}

/// Whether a font of the system has 京 (U+4EAC), asked through fontconfig. Without one
/// `test` is skipped loudly, and fails on CI (where `.ci/run` installs one).
pub fn system_has_a_chinese_font(test: &str) -> bool {
    system_has_font_for('京', "Chinese characters", CJK_PACKAGE, test)
}

/// The package that brings a Devanagari font on Debian and Ubuntu.
pub const DEVANAGARI_PACKAGE: &str = "fonts-lohit-deva";

/// Whether a font of the system has क (U+0915); see [`system_has_a_chinese_font`].
pub fn system_has_a_devanagari_font(test: &str) -> bool {
    system_has_font_for('क', "Devanagari", DEVANAGARI_PACKAGE, test)
}

/// The package that brings a font with the emoji skin tones (as colour swatches).
pub const SKIN_TONE_PACKAGE: &str = "fonts-symbola";

/// Whether a font of the system has the skin tone 🏽 (U+1F3FD); see
/// [`system_has_a_chinese_font`].
pub fn system_has_a_skin_tone_font(test: &str) -> bool {
    system_has_font_for('\u{1F3FD}', "emoji skin tones", SKIN_TONE_PACKAGE, test)
}

fn system_has_font_for(c: char, script: &str, package: &str, test: &str) -> bool {
    let found = std::process::Command::new("fc-list")
        .arg(format!(":charset={:x}", u32::from(c)))
        .output()
        .is_ok_and(|output| !output.stdout.is_empty());
    if !found {
        let message = format!(
            "no system font with {script}: install one with \
             'sudo apt-get install {package}' (and fontconfig)"
        );
        assert!(std::env::var("CI").is_err(), "{message}");
        eprintln!("SKIPPED {test}: {message}");
    }
    found
}
