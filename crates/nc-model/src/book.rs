//! The part of a workspace outside the canvases: contacts, the monthly goal, the
//! file's templates, and which contacts each canvas links. Undo keeps whole copies of
//! it for commands, since they (a contact deleted with its links) reach across many
//! records; typing keeps only the contact or the templates it changes.

use super::{CollaborationId, Contact, ContactId, Template, Workspace};

/// What one undo step outside the canvases changed, as its state before and after.
#[derive(Clone, Debug, PartialEq)]
pub enum BookChange {
    /// A command such as deleting a contact: the whole Netzwerkbuch, since it can reach
    /// across records.
    Whole { before: Box<Book>, after: Box<Book> },
    /// Typing in one contact's card; copying only that contact keeps keystrokes cheap
    /// with a thousand contacts.
    Contact {
        before: Box<Contact>,
        after: Box<Contact>,
    },
    /// An edit in the template editor.
    Templates {
        before: Vec<Template>,
        after: Vec<Template>,
    },
}

impl BookChange {
    /// Whether the step would change nothing.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Whole { before, after } => before == after,
            Self::Contact { before, after } => before == after,
            Self::Templates { before, after } => before == after,
        }
    }

    /// Puts the state after (`forward`) or before the change back into `workspace`.
    pub(super) fn apply(&self, workspace: &mut Workspace, forward: bool) {
        match self {
            Self::Whole { before, after } => {
                let state = if forward { after } else { before };
                state.restore(workspace);
            }
            Self::Contact { before, after } => {
                let state = if forward { after } else { before };
                if let Some(slot) = workspace.contacts.iter_mut().find(|c| c.id == state.id) {
                    slot.clone_from(state);
                }
            }
            Self::Templates { before, after } => {
                let state = if forward { after } else { before };
                workspace.templates.clone_from(state);
            }
        }
    }

    /// Takes over the end state of `later` when both change the same thing, so that a
    /// run of keystrokes becomes one step; returns false when they cannot merge.
    pub(super) fn absorb(&mut self, later: &Self) -> bool {
        match (self, later) {
            (Self::Whole { after, .. }, Self::Whole { after: next, .. }) => {
                after.clone_from(next);
            }
            (Self::Contact { after, .. }, Self::Contact { after: next, .. })
                if after.id == next.id =>
            {
                after.clone_from(next);
            }
            (Self::Templates { after, .. }, Self::Templates { after: next, .. }) => {
                after.clone_from(next);
            }
            _ => return false,
        }
        true
    }
}

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

    /// The step from `self` to `after`.
    pub fn change_to(self, after: Self) -> BookChange {
        BookChange::Whole {
            before: Box::new(self),
            after: Box::new(after),
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
