//! The texts of the cards on the canvas: adding, editing, colouring and clustering cards, and taking them over into the field text.
//! Kept apart from the other parts of the catalogue so that each file stays short enough
//! to read.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! board_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
        }
    };
}
