//! Which collaborations the side panel shows, and in which order.

use serde::{Deserialize, Serialize};

use super::Workspace;

/// The order of the side panel. `File` keeps the order of the workspace file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortOrder {
    #[default]
    File,
    Title,
    /// Most important first.
    Importance,
    /// Earliest meeting first; collaborations without a date come last.
    MeetingDate,
}

impl SortOrder {
    pub const ALL: [Self; 4] = [Self::File, Self::Title, Self::Importance, Self::MeetingDate];
}

/// Indices into `workspace.collaborations` that match `search`, in `order`.
pub fn visible_indices(workspace: &Workspace, search: &str, order: SortOrder) -> Vec<usize> {
    let needle = search.trim().to_lowercase();
    let list = &workspace.collaborations;
    let mut indices: Vec<usize> = (0..list.len())
        .filter(|&i| list[i].matches_search(&needle))
        .collect();
    match order {
        SortOrder::File => {}
        SortOrder::Title => {
            indices.sort_by_cached_key(|&i| list[i].title.to_lowercase());
        }
        SortOrder::Importance => {
            indices.sort_by_key(|&i| std::cmp::Reverse(list[i].importance));
        }
        SortOrder::MeetingDate => {
            indices.sort_by_key(|&i| (list[i].meeting_date.is_none(), list[i].meeting_date));
        }
    }
    indices
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate};

    use super::*;

    fn workspace() -> Workspace {
        let mut workspace = Workspace::default();
        for (title, importance, date) in [
            ("Zebra", 2, Some((2026, 12, 3))),
            ("apfel", 5, None),
            ("Mitte", 3, Some((2026, 1, 1))),
        ] {
            workspace.add(title, DateTime::UNIX_EPOCH);
            let last = workspace.collaborations.last_mut().expect("just added");
            last.importance = importance;
            last.meeting_date = date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        }
        workspace
    }

    #[test]
    fn sorting_by_title_ignores_case() {
        assert_eq!(
            visible_indices(&workspace(), "", SortOrder::Title),
            [1, 2, 0]
        );
    }

    #[test]
    fn sorting_by_importance_puts_the_most_important_first() {
        assert_eq!(
            visible_indices(&workspace(), "", SortOrder::Importance),
            [1, 2, 0]
        );
    }

    #[test]
    fn sorting_by_date_puts_undated_last() {
        assert_eq!(
            visible_indices(&workspace(), "", SortOrder::MeetingDate),
            [2, 0, 1]
        );
    }

    #[test]
    fn search_keeps_only_matches() {
        assert_eq!(
            visible_indices(&workspace(), "  ZEB ", SortOrder::File),
            [0]
        );
    }
}
