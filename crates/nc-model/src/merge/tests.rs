use chrono::{DateTime, NaiveDate};

use super::*;
use crate::{Activity, ActivityKind, Template};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
}

fn base() -> Workspace {
    let mut workspace = Workspace::default();
    workspace.add("Dorfladen", DateTime::UNIX_EPOCH);
    workspace.add("Sportverein", DateTime::UNIX_EPOCH);
    workspace.add_contact("Jana Berg", today());
    workspace
}

fn merged(base: &Workspace, mine: &Workspace, theirs: &Workspace) -> Merged {
    merge(base, mine, theirs).unwrap_or_else(|error| panic!("merge failed: {error:?}"))
}

#[test]
fn different_canvases_and_fields_merge_without_asking() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.collaborations[0]
        .fields
        .insert("motivation".into(), "Nahversorgung".into());
    mine.collaborations[1].title = "TuS Rhade".into();
    theirs.collaborations[0]
        .fields
        .insert("goals".into(), "Laden bis Mai".into());
    theirs.contacts[0].email = "jana@example.org".into();
    let result = merged(&base, &mine, &theirs);
    assert_eq!(result.conflicts, []);
    let workspace = &result.workspace;
    assert_eq!(
        workspace.collaborations[0].field_text("motivation"),
        "Nahversorgung"
    );
    assert_eq!(
        workspace.collaborations[0].field_text("goals"),
        "Laden bis Mai"
    );
    assert_eq!(workspace.collaborations[1].title, "TuS Rhade");
    assert_eq!(workspace.contacts[0].email, "jana@example.org");
    assert_eq!(result.came_in.count, 2);
    assert_eq!(result.came_in.records.len(), 2);
}

#[test]
fn the_same_text_changed_on_both_sides_is_a_conflict_with_a_proposal() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.contacts[0].notes = "Kennt den Bürgermeister".into();
    theirs.contacts[0].notes = "Hat einen Transporter".into();
    let result = merged(&base, &mine, &theirs);
    assert_eq!(result.conflicts.len(), 1);
    let conflict = &result.conflicts[0];
    assert_eq!(conflict.place.field, ["notes"]);
    assert!(matches!(&conflict.place.record, Record::Contact { name, .. } if name == "Jana Berg"));
    assert_eq!(
        conflict.proposal.as_deref(),
        Some("Kennt den Bürgermeister\nHat einen Transporter")
    );
    assert_eq!(
        result.workspace.contacts[0].notes,
        "Kennt den Bürgermeister"
    );
    let choose = |choice: Resolution| {
        result
            .resolve(&[choice])
            .map(|w| w.contacts[0].notes.clone())
            .unwrap_or_default()
    };
    assert_eq!(choose(Resolution::Theirs), "Hat einen Transporter");
    assert_eq!(choose(Resolution::Mine), "Kennt den Bürgermeister");
    assert_eq!(choose(Resolution::Text("beides".into())), "beides");
}

#[test]
fn a_record_deleted_on_one_side_and_edited_on_the_other_is_a_conflict() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let id = base.collaborations[0].id.clone();
    mine.remove(&id);
    theirs.collaborations[0].title = "Dorfladen eG".into();
    let result = merged(&base, &mine, &theirs);
    assert_eq!(result.conflicts.len(), 1);
    assert!(result.conflicts[0].is_deletion());
    assert!(!result.conflicts[0].is_text());
    assert_eq!(
        result.workspace.collaborations[0].title, "Dorfladen eG",
        "kept until chosen"
    );
    let titles = |choice| {
        result
            .resolve(&[choice])
            .map(|w| {
                w.collaborations
                    .iter()
                    .map(|c| c.title.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    assert_eq!(titles(Resolution::Mine), ["Sportverein"]);
    assert_eq!(titles(Resolution::Theirs), ["Dorfladen eG", "Sportverein"]);
}

#[test]
fn a_record_deleted_on_one_side_and_untouched_on_the_other_is_gone() {
    let base = base();
    let (mine, mut theirs) = (base.clone(), base.clone());
    let id = base.contacts[0].id.clone();
    theirs.remove_contact(&id);
    let result = merged(&base, &mine, &theirs);
    assert_eq!(
        (result.conflicts.len(), result.workspace.contacts.len()),
        (0, 0)
    );
    assert_eq!(result.came_in.count, 1);
}

#[test]
fn log_entries_of_both_sides_are_all_kept() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let entry = |note: &str| Activity {
        date: today(),
        kind: ActivityKind::Call,
        note: note.into(),
        exchange: None,
    };
    mine.contacts[0].log(entry("Anruf wegen Miete"));
    theirs.contacts[0].log(entry("Anruf wegen Fest"));
    let result = merged(&base, &mine, &theirs);
    let notes: Vec<&str> = result.workspace.contacts[0]
        .activities
        .iter()
        .map(|a| a.note.as_str())
        .collect();
    assert_eq!(notes, ["Anruf wegen Miete", "Anruf wegen Fest"]);
    assert_eq!(result.conflicts, []);
}

#[test]
fn new_records_of_both_sides_land_where_they_were_added() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let first = base.collaborations[0].id.clone();
    mine.duplicate(&first, "Dorfladen (Kopie)", DateTime::UNIX_EPOCH);
    theirs.add("Kita", DateTime::UNIX_EPOCH);
    theirs.add_contact("Ole", today());
    let result = merged(&base, &mine, &theirs);
    let titles: Vec<&str> = result
        .workspace
        .collaborations
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(
        titles,
        ["Dorfladen", "Dorfladen (Kopie)", "Sportverein", "Kita"]
    );
    assert_eq!(result.workspace.contacts.len(), 2);
    assert_eq!(result.came_in.count, 2);
}

#[test]
fn template_changes_merge_per_field() {
    let mut base = base();
    base.put_template(Template::kooperations_canvas());
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.templates[0].name_de = "Unser Canvas".into();
    theirs.templates[0].fields[0].label_en = "Why".into();
    let result = merged(&base, &mine, &theirs);
    assert_eq!(result.conflicts, []);
    assert_eq!(result.workspace.templates[0].name_de, "Unser Canvas");
    assert_eq!(result.workspace.templates[0].fields[0].label_en, "Why");
}

#[test]
fn keys_of_a_newer_app_are_merged_and_kept() {
    let mut base = base();
    base.unknown_keys.insert("future".into(), Value::from("a"));
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.collaborations[0]
        .unknown_keys
        .insert("colour".into(), Value::from("blue"));
    theirs
        .unknown_keys
        .insert("future".into(), Value::from("b"));
    let result = merged(&base, &mine, &theirs);
    assert_eq!(result.conflicts, []);
    assert_eq!(
        result.workspace.unknown_keys.get("future"),
        Some(&Value::from("b"))
    );
    assert_eq!(
        result.workspace.collaborations[0]
            .unknown_keys
            .get("colour"),
        Some(&Value::from("blue"))
    );
}

#[test]
fn both_editing_one_canvas_keeps_the_later_modification_time() {
    let base = base();
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let later = DateTime::UNIX_EPOCH + chrono::Duration::days(2);
    let earlier = DateTime::UNIX_EPOCH + chrono::Duration::days(1);
    mine.collaborations[0].title = "A".into();
    mine.collaborations[0].modified = Some(earlier);
    theirs.collaborations[0].importance = 5;
    theirs.collaborations[0].modified = Some(later);
    let result = merged(&base, &mine, &theirs);
    assert_eq!(result.conflicts, []);
    assert_eq!(result.workspace.collaborations[0].modified, Some(later));
}
