//! The part of a workspace outside the canvases: contacts, the monthly goal, the
//! file's templates, and which contacts each canvas links. Undo keeps whole copies of
//! it, since its edits (a contact deleted with its links, a template field removed)
//! reach across many records.

use super::{CollaborationId, Contact, ContactId, Template, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub struct Book {
    contacts: Vec<Contact>,
    monthly_contact_goal: u32,
    templates: Vec<Template>,
    links: Vec<(CollaborationId, Vec<ContactId>)>,
}

impl Book {
    pub fn of(workspace: &Workspace) -> Self {
        Self {
            contacts: workspace.contacts.clone(),
            monthly_contact_goal: workspace.monthly_contact_goal,
            templates: workspace.templates.clone(),
            links: workspace
                .collaborations
                .iter()
                .filter(|c| !c.partner_contacts.is_empty())
                .map(|c| (c.id.clone(), c.partner_contacts.clone()))
                .collect(),
        }
    }

    /// Puts this state back; canvases keep everything but their contact links.
    pub fn restore(&self, workspace: &mut Workspace) {
        workspace.contacts.clone_from(&self.contacts);
        workspace.monthly_contact_goal = self.monthly_contact_goal;
        workspace.templates.clone_from(&self.templates);
        for collaboration in &mut workspace.collaborations {
            collaboration.partner_contacts = self
                .links
                .iter()
                .find(|(id, _)| *id == collaboration.id)
                .map(|(_, links)| links.clone())
                .unwrap_or_default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restoring_brings_back_a_deleted_contact_and_its_links() {
        let mut workspace = Workspace::default();
        let canvas = workspace.add("Dorfladen", chrono::DateTime::UNIX_EPOCH);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid");
        let contact = workspace.add_contact("Jana", today);
        workspace.link(&canvas, &contact);
        let before = Book::of(&workspace);
        workspace.remove_contact(&contact);
        workspace.monthly_contact_goal = 9;
        assert_ne!(Book::of(&workspace), before);
        before.restore(&mut workspace);
        assert_eq!(Book::of(&workspace), before);
        assert_eq!(workspace.collaborations[0].partner_contacts, [contact]);
    }
}
