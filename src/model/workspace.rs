//! The workspace: all collaborations of one file, and the structural edits on them.

use chrono::{DateTime, Utc};

use super::{Collaboration, CollaborationId};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub collaborations: Vec<Collaboration>,
    /// Top-level file keys from a newer app, kept so that saving does not drop them.
    pub unknown_keys: serde_json::Map<String, serde_json::Value>,
}

impl Workspace {
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
