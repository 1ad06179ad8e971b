//! The Netzwerkbuch beyond typing: what the contact card does with a click.

use serde_json::json;

use super::layout;
use super::scenarios_typing::{expect_all, open};
use super::session::Session;
use super::wait::LONG;
use super::workspace::{self, contacts};

/// Raising a contact's importance shortens its cadence, and the follow-up the old
/// cadence had proposed moves with it (60 days after being added → 14 days).
pub fn importance_moves_follow_up(session: &mut Session) -> Result<(), String> {
    let book = json!({
        "format": "netzwerk-canvas",
        "version": 1,
        "collaborations": [],
        "contacts": [{
            "id": "c0ffee00-0000-4000-8000-00000000000a",
            "name": "Jana Beispiel",
            "organisation": "Verein",
            "importance": 3,
            "added": "2026-11-01",
            "next_follow_up": "2026-12-31"
        }]
    });
    let path = open(session, "kontakte.json", &book)?;
    session.key(&["ctrl+2"])?;
    session.click(layout::CONTACT_IMPORTANCE_FIVE)?;
    session.key(&["ctrl+s"])?;
    workspace::wait_for(
        &path,
        "the moved follow-up in the saved file",
        LONG,
        |saved| {
            let all = contacts(saved);
            let contact = all.first().ok_or("no contact in the file")?;
            let importance = contact
                .pointer("/importance")
                .and_then(|value| value.as_u64());
            if importance != Some(5) {
                return Err(format!("importance {importance:?}, not 5"));
            }
            expect_all(contact, &[("/next_follow_up", "2026-11-15")])
        },
    )
    .map(drop)
}
