//! The join address as a QR code, as plain modules for the window (or a terminal) to
//! draw; the `qrcode` crate does the encoding.

use qrcode::{Color, EcLevel, QrCode};

/// A square QR code: `dark[y * width + x]` is true for a dark module. The quiet zone
/// (four light modules around it) is left to whoever draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Medium error correction: a projected code is read from a distance, sometimes at
    /// an angle; the address is short, so the code stays small.
    pub fn encode(text: &str) -> Self {
        match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
            Ok(code) => Self {
                width: code.width(),
                dark: code
                    .to_colors()
                    .into_iter()
                    .map(|c| c == Color::Dark)
                    .collect(),
            },
            // Only data beyond a QR code's capacity (about 2 kB) fails; a join address is
            // never that long.
            Err(_) => Self {
                width: 0,
                dark: Vec::new(),
            },
        }
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_address_makes_a_square_code_with_finder_patterns() {
        let qr = QrMatrix::encode("http://192.168.178.20:49152/abcdefghijklmnopqrstuvwxyz/");
        assert!(qr.width >= 21);
        assert_eq!(qr.dark.len(), qr.width * qr.width);
        // The top-left finder pattern: a dark 7×7 ring around a light ring.
        assert!(qr.is_dark(0, 0) && qr.is_dark(6, 6) && !qr.is_dark(1, 1) && qr.is_dark(3, 3));
    }
}
