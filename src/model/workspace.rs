//! The workspace: all collaborations of one file, and the structural edits on them.

use chrono::{DateTime, NaiveDate, Utc};

use super::{
    Activity, ActivityKind, Collaboration, CollaborationId, Contact, ContactId, MeetingRecord,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub collaborations: Vec<Collaboration>,
    /// The Netzwerkbuch.
    pub contacts: Vec<Contact>,
    /// "New relevant contacts per month".
    pub monthly_contact_goal: u32,
    /// Top-level file keys from a newer app, kept so that saving does not drop them.
    pub unknown_keys: serde_json::Map<String, serde_json::Value>,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            collaborations: Vec::new(),
            contacts: Vec::new(),
            monthly_contact_goal: Self::DEFAULT_MONTHLY_CONTACT_GOAL,
            unknown_keys: serde_json::Map::new(),
        }
    }
}

impl Workspace {
    pub const DEFAULT_MONTHLY_CONTACT_GOAL: u32 = 2;

    pub fn contact(&self, id: &ContactId) -> Option<&Contact> {
        self.contacts.iter().find(|c| &c.id == id)
    }

    pub fn contact_mut(&mut self, id: &ContactId) -> Option<&mut Contact> {
        self.contacts.iter_mut().find(|c| &c.id == id)
    }

    /// Adds a contact and returns its id.
    pub fn add_contact(&mut self, name: &str, today: NaiveDate) -> ContactId {
        let contact = Contact::new(name, today);
        let id = contact.id.clone();
        self.contacts.push(contact);
        id
    }

    /// Removes a contact and every link to it; returns it with its position.
    pub fn remove_contact(&mut self, id: &ContactId) -> Option<(usize, Contact)> {
        let index = self.contacts.iter().position(|c| &c.id == id)?;
        for collaboration in &mut self.collaborations {
            collaboration.partner_contacts.retain(|linked| linked != id);
        }
        Some((index, self.contacts.remove(index)))
    }

    /// The collaborations that name this contact as a partner.
    pub fn collaborations_of(&self, id: &ContactId) -> Vec<&Collaboration> {
        self.collaborations
            .iter()
            .filter(|c| c.partner_contacts.contains(id))
            .collect()
    }

    /// Links a contact to a collaboration as a partner; false when either is missing
    /// or the link exists.
    pub fn link(&mut self, collaboration: &CollaborationId, contact: &ContactId) -> bool {
        if self.contact(contact).is_none() {
            return false;
        }
        match self.get_mut(collaboration) {
            Some(c) if !c.partner_contacts.contains(contact) => {
                c.partner_contacts.push(contact.clone());
                true
            }
            _ => false,
        }
    }

    /// Logs a debriefed meeting in the activity log of every linked contact, so that
    /// their follow-up moves with it.
    pub fn log_meeting_with_partners(&mut self, id: &CollaborationId, record: &MeetingRecord) {
        let Some(collaboration) = self.get(id) else {
            return;
        };
        let note = [collaboration.title.trim(), record.outcome.trim()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(": ");
        let linked = collaboration.partner_contacts.clone();
        for contact in self.contacts.iter_mut().filter(|c| linked.contains(&c.id)) {
            let is_latest = contact
                .last_contact()
                .is_none_or(|last| record.date >= last);
            contact.log(Activity {
                date: record.date,
                kind: ActivityKind::Meeting,
                note: note.clone(),
                exchange: None,
            });
            if is_latest && record.follow_up.is_some() {
                contact.next_follow_up = record.follow_up;
            }
        }
    }

    pub fn unlink(&mut self, collaboration: &CollaborationId, contact: &ContactId) -> bool {
        match self.get_mut(collaboration) {
            Some(c) => {
                let before = c.partner_contacts.len();
                c.partner_contacts.retain(|linked| linked != contact);
                before != c.partner_contacts.len()
            }
            None => false,
        }
    }

    pub fn index_of(&self, id: &CollaborationId) -> Option<usize> {
        self.collaborations.iter().position(|c| &c.id == id)
    }

    pub fn get(&self, id: &CollaborationId) -> Option<&Collaboration> {
        self.collaborations.iter().find(|c| &c.id == id)
    }

    pub fn get_mut(&mut self, id: &CollaborationId) -> Option<&mut Collaboration> {
        self.collaborations.iter_mut().find(|c| &c.id == id)
    }

    /// Appends a new, empty collaboration and returns its id.
    pub fn add(&mut self, title: &str, now: DateTime<Utc>) -> CollaborationId {
        let collaboration = Collaboration::new(title, now);
        let id = collaboration.id.clone();
        self.collaborations.push(collaboration);
        id
    }

    /// Inserts a copy right after the original, with a new id and `title`.
    pub fn duplicate(
        &mut self,
        id: &CollaborationId,
        title: &str,
        now: DateTime<Utc>,
    ) -> Option<CollaborationId> {
        let index = self.index_of(id)?;
        let mut copy = self.collaborations[index].clone();
        copy.id = CollaborationId::new_random();
        copy.title = title.to_owned();
        copy.created = Some(now);
        copy.modified = Some(now);
        let new_id = copy.id.clone();
        self.collaborations.insert(index + 1, copy);
        Some(new_id)
    }

    /// Removes a collaboration and returns it with its former position.
    pub fn remove(&mut self, id: &CollaborationId) -> Option<(usize, Collaboration)> {
        let index = self.index_of(id)?;
        Some((index, self.collaborations.remove(index)))
    }

    pub fn rename(&mut self, id: &CollaborationId, title: &str, now: DateTime<Utc>) -> bool {
        match self.get_mut(id) {
            Some(collaboration) => {
                collaboration.title = title.to_owned();
                collaboration.modified = Some(now);
                true
            }
            None => false,
        }
    }

    /// Gives duplicated ids (possible in hand-edited files) fresh ones, so selection
    /// and deletion always address exactly one collaboration.
    pub fn normalize(&mut self) {
        let mut seen = std::collections::HashSet::new();
        for collaboration in &mut self.collaborations {
            collaboration.normalize();
            if !seen.insert(collaboration.id.clone()) {
                collaboration.id = CollaborationId::new_random();
                seen.insert(collaboration.id.clone());
            }
        }
        let mut seen_contacts = std::collections::HashSet::new();
        for contact in &mut self.contacts {
            contact.normalize();
            if !seen_contacts.insert(contact.id.clone()) {
                contact.id = ContactId::new_random();
                seen_contacts.insert(contact.id.clone());
            }
        }
        // A link to a contact that is not in the file leads nowhere; the partner's
        // name stays in `partners`.
        let known: std::collections::HashSet<ContactId> =
            self.contacts.iter().map(|c| c.id.clone()).collect();
        for collaboration in &mut self.collaborations {
            collaboration
                .partner_contacts
                .retain(|id| known.contains(id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::UNIX_EPOCH
    }

    #[test]
    fn duplicate_lands_after_the_original_with_a_new_id() {
        let mut workspace = Workspace::default();
        let first = workspace.add("Erste", now());
        workspace.add("Zweite", now());
        let copy = workspace.duplicate(&first, "Erste (Kopie)", now());
        let copy = copy.expect("original exists");
        assert_ne!(copy, first);
        assert_eq!(workspace.collaborations[1].title, "Erste (Kopie)");
        assert_eq!(workspace.collaborations.len(), 3);
    }

    #[test]
    fn remove_returns_the_position_and_the_collaboration() {
        let mut workspace = Workspace::default();
        workspace.add("A", now());
        let second = workspace.add("B", now());
        let (index, removed) = workspace.remove(&second).expect("exists");
        assert_eq!((index, removed.title.as_str()), (1, "B"));
        assert!(workspace.get(&second).is_none());
    }

    #[test]
    fn links_survive_renames_and_go_with_the_contact() {
        let mut workspace = Workspace::default();
        let canvas = workspace.add("Dorfladen", now());
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid");
        let contact = workspace.add_contact("Jana Berg", today);
        assert!(workspace.link(&canvas, &contact));
        assert!(!workspace.link(&canvas, &contact), "linked once only");
        workspace.contact_mut(&contact).expect("exists").name = "Jana Berg-Ott".into();
        let titles: Vec<&str> = workspace
            .collaborations_of(&contact)
            .iter()
            .map(|c| c.title.as_str())
            .collect();
        assert_eq!(titles, ["Dorfladen"]);
        workspace.remove_contact(&contact);
        assert!(workspace.collaborations[0].partner_contacts.is_empty());
    }

    #[test]
    fn a_debriefed_meeting_is_logged_with_every_linked_contact() {
        let mut workspace = Workspace::default();
        let canvas = workspace.add("Dorfladen", now());
        let today = NaiveDate::from_ymd_opt(2026, 11, 1).expect("valid");
        let linked = workspace.add_contact("Jana", today);
        let other = workspace.add_contact("Ole", today);
        workspace.link(&canvas, &linked);
        let date = NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid");
        let follow_up = NaiveDate::from_ymd_opt(2026, 11, 27).expect("valid");
        let record = MeetingRecord {
            date,
            outcome: "Miete geklärt".into(),
            follow_up: Some(follow_up),
        };
        workspace.log_meeting_with_partners(&canvas, &record);
        let jana = workspace.contact(&linked).expect("exists");
        assert_eq!(jana.last_contact(), Some(date));
        assert_eq!(jana.activities[0].note, "Dorfladen: Miete geklärt");
        assert_eq!(jana.next_follow_up, Some(follow_up));
        assert!(
            workspace
                .contact(&other)
                .expect("exists")
                .activities
                .is_empty()
        );
    }

    #[test]
    fn normalize_drops_links_to_missing_contacts() {
        let mut workspace = Workspace::default();
        workspace.add("A", now());
        workspace.collaborations[0]
            .partner_contacts
            .push(ContactId("nowhere".into()));
        workspace.normalize();
        assert!(workspace.collaborations[0].partner_contacts.is_empty());
    }

    #[test]
    fn normalize_gives_duplicated_ids_fresh_ones() {
        let mut workspace = Workspace::default();
        let id = workspace.add("A", now());
        workspace
            .collaborations
            .push(workspace.collaborations[0].clone());
        workspace.normalize();
        assert_ne!(
            workspace.collaborations[0].id,
            workspace.collaborations[1].id
        );
        assert_eq!(workspace.collaborations[0].id, id);
    }
}
