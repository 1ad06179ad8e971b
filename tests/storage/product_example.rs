//! Section 3: the product example (tests/fixtures/product_md_example.json) and the built-in
//! example load with the values they show.

use netzwerk_canvas::model::{EnergyShare, Investment, Relationship, Share, TimePeriod, TimeShare};
use netzwerk_canvas::storage;

use super::common::{TEXT_FIELDS, date, fixture};

#[test]
fn the_example_from_product_md_loads_with_the_values_it_shows() {
    let workspace =
        storage::load_workspace(&fixture("product_md_example.json")).expect("example loads");
    assert!(workspace.unknown_keys.is_empty());
    assert_eq!(workspace.collaborations.len(), 1);
    let dorfladen = &workspace.collaborations[0];
    assert_eq!(dorfladen.id.0, "3f2a8b6c-1d4e-4f50-9a7b-2c3d4e5f6a7b");
    assert_eq!(dorfladen.title, "Dorfladen Rhade");
    assert_eq!(dorfladen.partners, ["Gemeinde Rhade", "Dorfladen-Netzwerk"]);
    assert_eq!(dorfladen.relationship, Relationship::Kooperation);
    assert_eq!(dorfladen.importance, 4);
    assert_eq!(dorfladen.meeting_date, Some(date(2026, 12, 3)));
    assert_eq!(dorfladen.created, None);
    assert_eq!(dorfladen.modified, None);
    assert_eq!(
        dorfladen
            .fields
            .keys()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        {
            let mut ids = TEXT_FIELDS.to_vec();
            ids.sort_unstable();
            ids
        }
    );
    assert_eq!(
        dorfladen.field_text("shared_goals"),
        "Bis Juni 2027 ist die Genossenschaft „Unser Laden Rhade eG“ gegründet."
    );
    assert_eq!(
        dorfladen.field_text("next_steps"),
        "– Fragebogen verteilen bis 15.12.\n– Mietkonditionen klären bis 20.01."
    );
    let expected = Investment {
        time: TimeShare {
            mine: 4.0,
            partners: 2.0,
            note: "Stunden pro Monat".to_owned(),
            period: TimePeriod::Month,
        },
        money: Share {
            mine: 500.0,
            partners: 0.0,
            note: String::new(),
        },
        energy: EnergyShare {
            mine: 3,
            partners: 4,
            note: String::new(),
        },
    };
    assert_eq!(dorfladen.investment, expected);
    assert!(dorfladen.unknown_keys.is_empty());
}

#[test]
fn the_built_in_example_loads_and_uses_only_known_relationships() {
    let example = storage::example_workspace().expect("built-in example parses");
    assert!(!example.collaborations.is_empty());
    for collaboration in &example.collaborations {
        assert!(!collaboration.title.is_empty());
        assert!((1..=5).contains(&collaboration.importance));
        assert!(collaboration.unknown_keys.is_empty(), "{collaboration:?}");
    }
}
