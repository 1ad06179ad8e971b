//! Stream compression on all cores: lopdf's own is single-threaded and slow.

/// Deflates every stream on all cores, at zlib's fast level. lopdf's own `compress`
/// uses the slowest level on one core, which took a third of a 300-canvas export.
pub(super) fn compress_streams(document: &mut lopdf::Document) {
    let mut streams: Vec<&mut lopdf::Stream> = document
        .objects
        .values_mut()
        .filter_map(|object| match object {
            lopdf::Object::Stream(stream)
                if stream.allows_compression && stream.dict.get(b"Filter").is_err() =>
            {
                Some(stream)
            }
            _ => None,
        })
        .collect();
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .max(1);
    let chunk = streams.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        for part in streams.chunks_mut(chunk) {
            scope.spawn(move || part.iter_mut().for_each(|stream| deflate(stream)));
        }
    });
}

fn deflate(stream: &mut lopdf::Stream) {
    use std::io::Write;

    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let compressed = encoder
        .write_all(&stream.content)
        .and_then(|()| encoder.finish());
    // A stream that does not shrink, or fails to compress, is kept as it is.
    if let Ok(compressed) = compressed
        && compressed.len() + 19 < stream.content.len()
    {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
}
