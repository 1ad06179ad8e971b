//! The streams of the written document deflated on all cores, each core taking the next
//! stream: printpdf leaves them to lopdf's `compress`, which uses the slowest level on
//! one core and took a third of a 300-canvas export.

use std::collections::HashSet;
use std::sync::Mutex;

use lopdf::{Document, Object, ObjectId, Stream};

/// Deflates every stream that is not yet: the pages' content at zlib's fast level, the
/// font programs and maps at its default level. There is one of each per font, and for
/// a short export they are most of the file (a canvas: 47 kB at the fast level, 40 kB
/// at the default one, 0.8 ms more; the best level saves 21 bytes more).
pub(super) fn compress_streams(document: &mut Document) {
    let contents: HashSet<ObjectId> = document
        .page_iter()
        .filter_map(|page| document.get_dictionary(page).ok())
        .filter_map(|page| page.get(b"Contents").ok()?.as_reference().ok())
        .collect();
    let mut streams: Vec<(bool, &mut Stream)> = document
        .objects
        .iter_mut()
        .filter_map(|(id, object)| match object {
            Object::Stream(stream) if stream.dict.get(b"Filter").is_err() => {
                Some((contents.contains(id), stream))
            }
            _ => None,
        })
        .collect();
    // The big font programs first, so that no core is left with one at the end.
    streams.sort_by_key(|(content, _)| *content);
    let queue = Mutex::new(streams.into_iter());
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    std::thread::scope(|scope| {
        for _ in 0..workers.max(1) {
            scope.spawn(|| {
                while let Some((content, stream)) = next(&queue) {
                    let level = if content {
                        flate2::Compression::fast()
                    } else {
                        flate2::Compression::default()
                    };
                    deflate(stream, level);
                }
            });
        }
    });
}

fn next<T: Iterator>(queue: &Mutex<T>) -> Option<T::Item> {
    queue
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .next()
}

/// A stream deflated, unless that does not make it smaller.
fn deflate(stream: &mut Stream, level: flate2::Compression) {
    use std::io::Write;

    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::with_capacity(stream.content.len() / 3), level);
    let compressed = encoder
        .write_all(&stream.content)
        .and_then(|()| encoder.finish());
    if let Ok(compressed) = compressed
        && compressed.len() + 19 < stream.content.len()
    {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
    // Written as it is now: lopdf must not compress it again.
    stream.allows_compression = false;
}
