//! Streams deflated at zlib's fast level, where they are made: content streams on the
//! core that drew their pages. (lopdf's own `compress` uses the slowest level on one
//! core, which took a third of a 300-canvas export.)

use lopdf::{Dictionary, Object, Stream};

/// A content stream, deflated at the fast level unless that does not make it smaller.
pub(super) fn stream(dict: Dictionary, content: Vec<u8>) -> Stream {
    deflated(dict, content, flate2::Compression::fast())
}

/// A font program or map, deflated at zlib's default level: there is one of each per
/// font, and for a short export they are most of the file (a canvas: 47 kB at the fast
/// level, 40 kB at this one, 0.8 ms more; the best level saves 21 bytes more).
pub(super) fn font_stream(dict: Dictionary, content: Vec<u8>) -> Stream {
    deflated(dict, content, flate2::Compression::default())
}

fn deflated(mut dict: Dictionary, content: Vec<u8>, level: flate2::Compression) -> Stream {
    let content = match deflate(&content, level) {
        Some(compressed) if compressed.len() + 19 < content.len() => {
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            compressed
        }
        _ => content,
    };
    // Already in its final form: lopdf must not compress it again.
    Stream::new(dict, content).with_compression(false)
}

fn deflate(content: &[u8], level: flate2::Compression) -> Option<Vec<u8>> {
    use std::io::Write;

    let mut encoder = flate2::write::ZlibEncoder::new(Vec::with_capacity(content.len() / 3), level);
    encoder.write_all(content).ok()?;
    encoder.finish().ok()
}
