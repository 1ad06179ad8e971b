//! Bytes of a contacts file to text: UTF-8 with or without BOM, UTF-16 with BOM (as
//! some Windows programs save), and otherwise Windows-1252, as German Excel and Outlook
//! write. A file with NUL bytes is binary, not a contacts file in any encoding.

use encoding_rs::{Encoding, WINDOWS_1252};

use super::ImportError;

pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    let text = if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_length..).unwrap_or_default();
        encoding.decode_without_bom_handling(rest).0.into_owned()
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        text.to_owned()
    } else {
        // Every byte is a character in Windows-1252, so this cannot fail; a file in
        // another 8-bit code page shows a few wrong letters rather than being refused.
        WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned()
    };
    if text.contains('\0') {
        return Err(ImportError::NotText);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_of_a_german_name_reads_the_same() {
        let name = "Jürgen Groß";
        let (windows, _, _) = WINDOWS_1252.encode(name);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(name.as_bytes());
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(name.encode_utf16().flat_map(u16::to_le_bytes));
        for bytes in [name.as_bytes(), &windows, &bom, &utf16] {
            assert_eq!(decode(bytes).ok().as_deref(), Some(name), "{bytes:?}");
        }
    }

    #[test]
    fn binary_data_is_refused() {
        assert!(matches!(
            decode(b"%PDF\0\x01\x02"),
            Err(ImportError::NotText)
        ));
    }
}
