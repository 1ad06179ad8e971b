//! The user's document as plain data, with the pure edits the app performs on it.
//!
//! Nothing here knows about egui or the file system, so the same model serves the
//! editor, the file format and the PDF export. The lowest layer: its own crate, whose
//! `Cargo.toml` names no egui, no storage and no I/O crate, so nothing above it can be
//! reached from here (the compiler refuses it).

pub mod language;

mod balance;
mod book;
mod cards;
mod collaboration;
mod contact;
mod contact_list;
mod due;
mod envelope;
mod field_timer;
mod follow_up;
mod history;
mod investment;
mod keyed;
pub mod limits;
mod list_view;
pub mod map_labels;
pub mod marks;
mod meeting;
pub mod merge;
mod name_match;
pub mod network_map;
pub mod partner_share;
mod preparation;
mod relationship;
mod rights;
mod snapshot;
mod template;
mod template_edit;
mod word_diff;
mod workspace;

pub use balance::{MonthBalance, is_one_sided, monthly_balance, new_relevant_contacts_this_month};
pub use book::{Book, BookChange};
pub use cards::{Card, CardColour, CardGroup, CardId, MAX_CARD_CHARS, card_text, cards_as_text};
pub use collaboration::{Collaboration, CollaborationId};
pub use contact::{
    Activity, ActivityKind, Circle, Contact, ContactId, Direction, Exchange, ExchangeKind,
};
pub use contact_list::{ContactSort, all_tags, visible_contacts};
pub use due::{DUE_SOON_DAYS, DueEntry, DueStatus, due_contacts, due_status};
pub use envelope::{Envelope, EnvelopeError};
pub use field_timer::{FieldTimer, TimerState};
pub use follow_up::{DONE_KIND, POSTPONE_DAYS, default_cadence_days};
pub use history::{BookStep, CardStep, EditTarget, History, StepLabel};
pub use investment::{EnergyShare, Investment, Share, TimePeriod, TimeShare, bar_fraction};
pub use list_view::{SortOrder, visible_indices};
pub use meeting::{
    FOLLOW_UP_DAYS, MeetingRecord, debrief_date, proposed_follow_up, usual_follow_up,
};
pub use preparation::{
    ANSWERING_FIELDS, Preparation, Principle, PrincipleCheck, Rating, canvas_answers,
};
pub use relationship::Relationship;
pub use rights::{ForgetSummary, Link, Mention, Mentions, Place};
pub use snapshot::{Snapshot, changed_fields};
pub use template::{
    BUNDLED_TEMPLATES, DEFAULT_TEMPLATE_ID, FieldKind, FieldSpec, GridRect, MAX_GRID,
    TEMPLATE_FORMAT, TEMPLATE_VERSION, Template, TemplateFile,
};
pub use word_diff::{DiffPart, WordChange, has_changes, word_diff};
pub use workspace::Workspace;
