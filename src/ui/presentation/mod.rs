//! Presentation mode for a workshop: one field at a time on the projector.

pub mod view;
