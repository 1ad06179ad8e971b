//! The workspace: all collaborations of one file, and the structural edits on them.

use chrono::{DateTime, NaiveDate, Utc};

use super::{
    Activity, ActivityKind, Collaboration, CollaborationId, Contact, ContactId, MeetingRecord,
    Template,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub collaborations: Vec<Collaboration>,
    /// The Netzwerkbuch.
    pub contacts: Vec<Contact>,
    /// "New relevant contacts per month".
    pub monthly_contact_goal: u32,
    /// Templates stored with the file: edited, imported, or bundled ones in use, so the
    /// file prints the same elsewhere. They take precedence over bundled ones of the same id.
    pub templates: Vec<Template>,
    /// Top-level file keys from a newer app, kept so that saving does not drop them.
    pub unknown_keys: serde_json::Map<String, serde_json::Value>,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            collaborations: Vec::new(),
            contacts: Vec::new(),
            monthly_contact_goal: Self::DEFAULT_MONTHLY_CONTACT_GOAL,
            templates: Vec::new(),
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

    /// The template with this id: the file's own first, then the bundled ones.
    pub fn template(&self, id: &str) -> Option<&Template> {
        self.templates
            .iter()
            .find(|t| t.id == id)
            .or_else(|| Template::bundled().iter().find(|t| t.id == id))
    }

    /// The template a collaboration is drawn with; the default when its id is unknown.
    pub fn template_for(&self, collaboration: &Collaboration) -> std::borrow::Cow<'_, Template> {
        match self.template(&collaboration.template) {
            Some(template) => std::borrow::Cow::Borrowed(template),
            None => self.template(super::DEFAULT_TEMPLATE_ID).map_or_else(
                || std::borrow::Cow::Owned(Template::kooperations_canvas()),
                std::borrow::Cow::Borrowed,
            ),
        }
    }

    /// Every template the user can choose: the file's own, then bundled ones it does
    /// not override.
    pub fn available_templates(&self) -> Vec<&Template> {
        let mut all: Vec<&Template> = self.templates.iter().collect();
        for bundled in Template::bundled() {
            if all.iter().all(|t| t.id != bundled.id) {
                all.push(bundled);
            }
        }
        all
    }

    /// Every available template, the one with `first_id` first (the blank sheet's
    /// and the fallback of an export); the default when `first_id` is unknown.
    pub fn templates_for_export(&self, first_id: &str) -> Vec<Template> {
        let first = self
            .template(first_id)
            .or_else(|| self.template(super::DEFAULT_TEMPLATE_ID))
            .cloned()
            .unwrap_or_else(Template::kooperations_canvas);
        let mut all = vec![first];
        all.extend(self.available_templates().into_iter().cloned());
        all
    }

    /// Stores a template in the file (replacing one with the same id).
    pub fn put_template(&mut self, template: Template) {
        match self.templates.iter_mut().find(|t| t.id == template.id) {
            Some(existing) => *existing = template,
            None => self.templates.push(template),
        }
    }

    /// Makes sure the file carries the template a collaboration uses, so that it
    /// prints the same on another machine.
    pub fn keep_template(&mut self, id: &str) {
        if self.templates.iter().any(|t| t.id == id) {
            return;
        }
        if let Some(bundled) = Template::bundled().iter().find(|t| t.id == id) {
            self.templates.push(bundled.clone());
        }
    }

    /// How many collaborations using `template_id` have text in `field_id`.
    pub fn collaborations_with_text(&self, template_id: &str, field_id: &str) -> usize {
        self.collaborations
            .iter()
            .filter(|c| c.template == template_id && !c.field_text(field_id).trim().is_empty())
            .count()
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
        for template in &mut self.templates {
            template.normalize();
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
    fn an_unknown_template_id_falls_back_to_the_default_and_keeps_the_text() {
        let mut workspace = Workspace::default();
        let id = workspace.add("A", now());
        let collaboration = workspace.get_mut(&id).expect("exists");
        collaboration.template = "from-elsewhere".into();
        collaboration
            .fields
            .insert("agenda".into(), "Punkt 1".into());
        let collaboration = workspace.get(&id).expect("exists");
        let template = workspace.template_for(collaboration);
        assert_eq!(template.id, "kooperations-canvas");
        assert_eq!(
            collaboration.leftover_fields(&template),
            [("agenda", "Punkt 1")]
        );
    }

    #[test]
    fn the_files_own_template_overrides_a_bundled_one() {
        let mut workspace = Workspace::default();
        let mut mine = Template::kooperations_canvas();
        mine.name_de = "Mein Canvas".into();
        workspace.put_template(mine);
        let id = workspace.add("A", now());
        let collaboration = workspace.get(&id).expect("exists");
        assert_eq!(workspace.template_for(collaboration).name_de, "Mein Canvas");
        assert_eq!(workspace.available_templates().len(), 4);
        workspace.keep_template("begegnung");
        workspace.keep_template("begegnung");
        assert_eq!(workspace.templates.len(), 2);
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
