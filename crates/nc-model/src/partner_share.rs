//! A canvas for the partner: one or a few collaborations written into a workspace of
//! their own, without the Netzwerkbuch and without what is private to the owner, and
//! the partner's filled copy merged back into the collaborations it came from.
//!
//! The shared copy carries what it was when shared (its base) under a top-level key,
//! which every version of the app keeps on saving; so when it comes back, the
//! three-way merge sees what the partner changed, and the owner's changes since stay.

use serde_json::{Map, Value};

use super::merge::{MergeError, Merged, merge};
use super::{Collaboration, CollaborationId, Preparation, Workspace};

/// The top-level key of a shared copy: `{"version": 1, "base": [collaborations]}`.
pub const SHARE_KEY: &str = "partner_share";

/// What goes to the partner.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShareChoice {
    pub collaborations: Vec<CollaborationId>,
    /// Leave out "Meine Sicht" of the two-sided fields, so that the partner answers
    /// without reading the owner's view first.
    pub without_my_view: bool,
}

/// What a shared copy leaves out, counted, to be shown before it is written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Withheld {
    /// Contacts of the Netzwerkbuch.
    pub contacts: usize,
    /// Collaborations not chosen.
    pub other_collaborations: usize,
    /// Links from the chosen canvases to contacts.
    pub linked_contacts: usize,
    /// Recorded meetings (debriefs) of the chosen canvases.
    pub meetings: usize,
    /// Kept snapshots ("Stand festhalten") of the chosen canvases.
    pub snapshots: usize,
    /// Chosen canvases with answers to "Vorbereitung".
    pub preparations: usize,
    /// Cards whose author's name is left out.
    pub card_authors: usize,
    /// "Meine Sicht" texts left out.
    pub my_views: usize,
}

/// Why a file cannot be merged back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartnerError {
    /// The file is no shared copy (it lacks the base it was shared with).
    NotShared,
    /// The shared copy's collaboration is not in this workspace (by id); its title.
    NotFromHere(String),
    Merge(MergeError),
}

/// The workspace to give the partner, and what it leaves out.
pub fn shared_copy(workspace: &Workspace, choice: &ShareChoice) -> (Workspace, Withheld) {
    let chosen: Vec<&Collaboration> = workspace
        .collaborations
        .iter()
        .filter(|collaboration| choice.collaborations.contains(&collaboration.id))
        .collect();
    let mut withheld = Withheld {
        contacts: workspace.contacts.len(),
        other_collaborations: workspace.collaborations.len() - chosen.len(),
        ..Withheld::default()
    };
    let collaborations: Vec<Collaboration> = chosen
        .into_iter()
        .map(|collaboration| stripped(collaboration, choice.without_my_view, &mut withheld))
        .collect();
    let templates = workspace
        .templates
        .iter()
        .filter(|template| {
            collaborations
                .iter()
                .any(|collaboration| collaboration.template == template.id)
        })
        .cloned()
        .collect();
    let base: Vec<Value> = collaborations
        .iter()
        .filter_map(|collaboration| serde_json::to_value(collaboration).ok())
        .collect();
    let mut share = Map::new();
    share.insert("version".into(), Value::from(1));
    share.insert("base".into(), Value::Array(base));
    let mut unknown_keys = Map::new();
    unknown_keys.insert(SHARE_KEY.into(), Value::Object(share));
    let copy = Workspace {
        collaborations,
        contacts: Vec::new(),
        monthly_contact_goal: Workspace::DEFAULT_MONTHLY_CONTACT_GOAL,
        templates,
        unknown_keys,
    };
    (copy, withheld)
}

/// A collaboration as the partner may see it.
fn stripped(
    collaboration: &Collaboration,
    without_my_view: bool,
    withheld: &mut Withheld,
) -> Collaboration {
    let mut copy = collaboration.clone();
    withheld.linked_contacts += copy.partner_contacts.len();
    withheld.meetings += copy.meetings.len();
    withheld.snapshots += copy.snapshots.len();
    if copy.preparation != Preparation::default() {
        withheld.preparations += 1;
    }
    copy.partner_contacts.clear();
    copy.meetings.clear();
    copy.snapshots.clear();
    copy.preparation = Preparation::default();
    // The owner's rating of the partner is theirs alone.
    copy.importance = Collaboration::DEFAULT_IMPORTANCE;
    // A newer app's keys may hold anything; the partner gets what is known to be shared.
    copy.unknown_keys.clear();
    for card in &mut copy.cards {
        if card.author.take().is_some() {
            withheld.card_authors += 1;
        }
    }
    if without_my_view {
        for field in Collaboration::TWO_SIDED_FIELDS {
            if copy
                .fields
                .remove(field)
                .is_some_and(|text| !text.trim().is_empty())
            {
                withheld.my_views += 1;
            }
        }
    }
    copy
}

/// The shared collaborations as they were when shared.
fn base_of(returned: &Workspace) -> Result<Vec<Collaboration>, PartnerError> {
    let base = returned
        .unknown_keys
        .get(SHARE_KEY)
        .and_then(|share| share.get("base"))
        .ok_or(PartnerError::NotShared)?;
    serde_json::from_value::<Vec<Collaboration>>(base.clone())
        .ok()
        .filter(|base| !base.is_empty())
        .ok_or(PartnerError::NotShared)
}

/// Merges the partner's copy into `workspace`: what the partner changed comes in, what
/// the owner changed since stays, and a field both changed is a conflict to settle.
/// Nothing but the shared collaborations changes.
pub fn merge_partner(workspace: &Workspace, returned: &Workspace) -> Result<Merged, PartnerError> {
    let base_collaborations = base_of(returned)?;
    let mut base = workspace.clone();
    let mut theirs = workspace.clone();
    for shared in base_collaborations {
        let Some(index) = workspace
            .collaborations
            .iter()
            .position(|collaboration| collaboration.id == shared.id)
        else {
            return Err(PartnerError::NotFromHere(shared.title));
        };
        let mine = &workspace.collaborations[index];
        let mut filled = returned
            .collaborations
            .iter()
            .find(|collaboration| collaboration.id == shared.id)
            .cloned()
            .unwrap_or_else(|| shared.clone());
        // What the copy never held is the owner's: the same on both sides of the merge,
        // so the owner's value stays. The time of the last change is set after it.
        let mut shared = shared;
        for side in [&mut shared, &mut filled] {
            side.partner_contacts = mine.partner_contacts.clone();
            side.meetings = mine.meetings.clone();
            side.snapshots = mine.snapshots.clone();
            side.preparation = mine.preparation.clone();
            side.importance = mine.importance;
            side.unknown_keys = mine.unknown_keys.clone();
            side.modified = mine.modified;
            side.created = mine.created;
            for card in &mut side.cards {
                card.author = mine
                    .card(&card.id)
                    .and_then(|own| own.author.clone())
                    .or(card.author.take());
            }
        }
        let mut partner_modified = returned
            .collaborations
            .iter()
            .find(|collaboration| collaboration.id == shared.id)
            .and_then(|collaboration| collaboration.modified);
        if filled == shared {
            partner_modified = None;
        }
        base.collaborations[index] = shared;
        if let Some(at) = partner_modified {
            filled.modified = mine.modified.max(Some(at));
        }
        theirs.collaborations[index] = filled;
    }
    merge(&base, workspace, &theirs).map_err(PartnerError::Merge)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken step

    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::{Card, MeetingRecord};

    fn owner() -> Workspace {
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        let mut workspace = Workspace::default();
        let id = workspace.add("Dorfladen Rhade", now);
        workspace.add("Geheimes Projekt", now);
        workspace.add_contact("Anna Lindemann", now.date_naive());
        let canvas = workspace.get_mut(&id).unwrap();
        canvas
            .fields
            .insert("motivation".into(), "Mein Grund".into());
        canvas
            .fields
            .insert("shared_goals".into(), "Ein Laden".into());
        canvas.preparation.motivation_expectations = "Vertraulich".into();
        canvas.importance = 5;
        canvas.meetings.push(MeetingRecord {
            date: now.date_naive(),
            outcome: "Unter uns".into(),
            follow_up: None,
        });
        let mut card = Card::new("motivation", "Treffpunkt", now);
        card.author = Some("Jonas".into());
        canvas.add_card(card);
        workspace
    }

    fn first(workspace: &Workspace) -> CollaborationId {
        workspace.collaborations[0].id.clone()
    }

    #[test]
    fn the_copy_leaves_out_the_book_other_canvases_and_private_parts() {
        let workspace = owner();
        let choice = ShareChoice {
            collaborations: vec![first(&workspace)],
            without_my_view: true,
        };
        let (copy, withheld) = shared_copy(&workspace, &choice);
        assert!(copy.contacts.is_empty());
        assert_eq!(copy.collaborations.len(), 1);
        let canvas = &copy.collaborations[0];
        assert_eq!(canvas.field_text("motivation"), "");
        assert_eq!(canvas.field_text("shared_goals"), "Ein Laden");
        assert_eq!(canvas.preparation, Preparation::default());
        assert_eq!(canvas.importance, Collaboration::DEFAULT_IMPORTANCE);
        assert!(canvas.meetings.is_empty());
        assert_eq!(canvas.cards[0].author, None);
        assert_eq!(
            withheld,
            Withheld {
                contacts: 1,
                other_collaborations: 1,
                meetings: 1,
                preparations: 1,
                card_authors: 1,
                my_views: 1,
                ..Withheld::default()
            }
        );
    }

    #[test]
    fn the_partners_view_comes_back_and_the_owners_changes_stay() {
        let mut workspace = owner();
        let id = first(&workspace);
        let choice = ShareChoice {
            collaborations: vec![id.clone()],
            without_my_view: true,
        };
        let (mut copy, _) = shared_copy(&workspace, &choice);
        copy.collaborations[0]
            .partner_view
            .insert("motivation".into(), "Unser Grund".into());
        copy.collaborations[0].modified = Some(Utc::now());
        workspace
            .get_mut(&id)
            .unwrap()
            .fields
            .insert("success".into(), "Umsatz".into());
        let merged = merge_partner(&workspace, &copy).unwrap();
        assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        let canvas = merged.workspace.get(&id).unwrap();
        assert_eq!(canvas.partner_text("motivation"), "Unser Grund");
        assert_eq!(canvas.field_text("motivation"), "Mein Grund");
        assert_eq!(canvas.field_text("success"), "Umsatz");
        assert_eq!(canvas.preparation.motivation_expectations, "Vertraulich");
        assert_eq!(canvas.importance, 5);
        assert_eq!(canvas.cards[0].author.as_deref(), Some("Jonas"));
        let mut expected = workspace.clone();
        expected.get_mut(&id).unwrap().partner_view = canvas.partner_view.clone();
        expected.get_mut(&id).unwrap().modified = canvas.modified;
        assert_eq!(merged.workspace, expected, "something else changed");
    }

    #[test]
    fn a_field_both_changed_is_a_conflict() {
        let mut workspace = owner();
        let id = first(&workspace);
        let choice = ShareChoice {
            collaborations: vec![id.clone()],
            without_my_view: false,
        };
        let (mut copy, _) = shared_copy(&workspace, &choice);
        copy.collaborations[0]
            .fields
            .insert("shared_goals".into(), "Zwei Läden".into());
        workspace
            .get_mut(&id)
            .unwrap()
            .fields
            .insert("shared_goals".into(), "Drei Läden".into());
        let merged = merge_partner(&workspace, &copy).unwrap();
        assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    }

    #[test]
    fn a_file_that_is_no_shared_copy_or_from_elsewhere_is_refused() {
        let workspace = owner();
        assert_eq!(
            merge_partner(&workspace, &workspace).unwrap_err(),
            PartnerError::NotShared
        );
        let other = owner();
        let choice = ShareChoice {
            collaborations: vec![first(&other)],
            without_my_view: false,
        };
        let (copy, _) = shared_copy(&other, &choice);
        assert_eq!(
            merge_partner(&workspace, &copy).unwrap_err(),
            PartnerError::NotFromHere("Dorfladen Rhade".into())
        );
    }
}
