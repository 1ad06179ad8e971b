//! Streams deflated at zlib's fast level, where they are made: content streams on the
//! core that drew their pages. (lopdf's own `compress` uses the slowest level on one
//! core, which took a third of a 300-canvas export.)

use lopdf::{Dictionary, Object, Stream};

/// A stream of `content`, deflated unless that does not make it smaller.
pub(super) fn stream(mut dict: Dictionary, content: Vec<u8>) -> Stream {
    let content = match deflate(&content) {
        Some(compressed) if compressed.len() + 19 < content.len() => {
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            compressed
        }
        _ => content,
    };
    // Already in its final form: lopdf must not compress it again.
    Stream::new(dict, content).with_compression(false)
}

fn deflate(content: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;

    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(content.len() / 3),
        flate2::Compression::fast(),
    );
    encoder.write_all(content).ok()?;
    encoder.finish().ok()
}
