//! Section 2, the contract shape: the saved file has the keys and value types that
//! docs/file-format.md promises, so other tools can read it.

use netzwerk_canvas::storage;
use serde_json::json;

use super::common::{TEXT_FIELDS, fixture, sample_workspace, saved_json, timestamp};

#[test]
fn the_saved_file_has_the_envelope_of_the_contract() {
    let (bytes, value) = saved_json(&sample_workspace());
    assert!(!bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM is written");
    assert!(std::str::from_utf8(&bytes).is_ok(), "the file is UTF-8");
    assert_eq!(bytes.last(), Some(&b'\n'), "the file ends with a newline");
    assert_eq!(value["format"], "netzwerk-canvas");
    assert_eq!(value["version"], 1);
    assert!(value["version"].is_u64(), "version is an integer");
    assert!(value["collaborations"].is_array());
    assert_eq!(value["x_netzwerk"], json!([{ "name": "Frau Hüsing" }]));
    assert_eq!(value["contacts"][0]["name"], "Frau Hüsing „Dorfladen“");
    assert_eq!(value["contacts"][0]["next_follow_up"], "2026-11-23");
    assert_eq!(value["monthly_contact_goal"], 5);
    assert_eq!(value["templates"][0]["id"], "workshop-karte");
    assert_eq!(value["templates"][0]["fields"][0]["column_span"], 2);
    assert_eq!(value["collaborations"][3]["template"], "workshop-karte");
    assert!(
        value["collaborations"][0].get("template").is_none(),
        "the default template is not written"
    );
    assert_eq!(
        value["collaborations"][3]["partner_contacts"][0],
        value["contacts"][0]["id"]
    );
}

#[test]
fn a_file_without_contacts_is_saved_without_the_new_keys() {
    let workspace = storage::load_workspace(&fixture("product_md_example.json")).expect("loads");
    assert!(workspace.contacts.is_empty());
    let (_, value) = saved_json(&workspace);
    for key in ["contacts", "monthly_contact_goal", "templates"] {
        assert!(value.get(key).is_none(), "{key} was added");
    }
    assert!(value["collaborations"][0].get("partner_contacts").is_none());
}

#[test]
fn a_saved_collaboration_uses_the_key_names_and_value_types_of_the_contract() {
    let (_, value) = saved_json(&sample_workspace());
    let first = &value["collaborations"][0];
    assert_eq!(first["id"], "3f2a9c1e-7b4d-4e8a-9c21-5d6e8f0a1b34");
    assert_eq!(first["title"], "Dorfladen Rhade – „Unser Laden“ 🛒");
    assert_eq!(
        first["partners"],
        json!(["Gemeinde Rhade", "Dorfladen-Netzwerk", "Bäckerei Große-Weß"])
    );
    assert_eq!(first["relationship"], "gruppe");
    assert_eq!(first["importance"], 5);
    assert!(first["importance"].is_u64());
    assert_eq!(first["meeting_date"], "2026-12-03");
    for id in TEXT_FIELDS {
        assert!(first["fields"][id].is_string(), "fields.{id} is a string");
    }
    assert_eq!(
        first["fields"]["collaboration"],
        "Zeile eins\r\nZeile zwei\r\n\tEingerückt mit Tab\r\n\t\tDoppelt\r\n"
    );
    let investment = &first["investment"];
    assert_eq!(investment["time"]["mine"], 6.25);
    assert!(investment["time"]["partners"].is_f64());
    assert_eq!(investment["time"]["period"], "total");
    assert_eq!(
        investment["time"]["note"],
        "Stunden insgesamt, geschätzt „grob“"
    );
    assert_eq!(investment["money"]["mine"], 1_234_567.89);
    assert_eq!(investment["money"]["partners"], 1500.0);
    assert_eq!(investment["energy"]["mine"], 4);
    assert!(investment["energy"]["partners"].is_u64(), "energy is 1..5");
    assert_eq!(investment["energy"]["note"], "Viel Schwung 💪");
}

#[test]
fn relationships_are_written_in_lowercase_and_dates_as_year_month_day() {
    let (_, value) = saved_json(&sample_workspace());
    let collaborations = value["collaborations"].as_array().expect("array");
    let relationships: Vec<&str> = collaborations
        .iter()
        .map(|c| c["relationship"].as_str().expect("string"))
        .collect();
    assert_eq!(
        relationships,
        ["gruppe", "kontakt", "begegnung", "kooperation"]
    );
    assert_eq!(collaborations[2]["meeting_date"], "2027-02-28");
    assert!(
        collaborations[1]["meeting_date"].is_null(),
        "no meeting date is null"
    );
    let created = collaborations[0]["created"].as_str().expect("created");
    assert_eq!(
        timestamp(created),
        timestamp("2026-10-12T09:30:00.123456789Z")
    );
    assert_eq!(collaborations[2]["x_future"], json!({ "a": 1 }));
    assert_eq!(
        collaborations[1]["fields"]["x_custom_field"],
        "Ein Feld einer anderen Vorlage"
    );
}
