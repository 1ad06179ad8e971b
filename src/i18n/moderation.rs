//! The texts of a Kartenabfrage with participants' devices: the session dialog, the participant page in the browser and the command line's messages.
//! Kept apart from the other parts of the catalogue so that each file stays short enough
//! to read.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! moderation_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
        }
    };
}
