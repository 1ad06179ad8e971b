//! The proposal for a text both sides changed: a line-level three-way merge (diffy).
//! Lines only one side changed are taken; where both changed the same lines, both
//! versions stay, mine first, without conflict markers, for the user to finish.

/// The combination offered for editing.
pub fn proposal(base: &str, mine: &str, theirs: &str) -> String {
    // Every input ends with a line break, so that a last line without one merges like
    // any other; the result ends as mine does.
    let with_break = |text: &str| format!("{text}\n");
    let (base, mine_text, theirs) = (with_break(base), with_break(mine), with_break(theirs));
    let marker_length = [&base, &mine_text, &theirs]
        .iter()
        .map(|text| longest_marker_run(text))
        .max()
        .unwrap_or(0)
        .max(6)
        + 1;
    let mut options = diffy::MergeOptions::new();
    options
        .set_conflict_style(diffy::ConflictStyle::Merge)
        .set_conflict_marker_length(marker_length);
    let merged = match options.merge(&base, &mine_text, &theirs) {
        Ok(clean) => clean,
        Err(with_markers) => {
            let markers: Vec<String> = ['<', '=', '>']
                .iter()
                .map(|c| c.to_string().repeat(marker_length))
                .collect();
            with_markers
                .split_inclusive('\n')
                .filter(|line| {
                    !markers
                        .iter()
                        .any(|marker| line.starts_with(marker.as_str()))
                })
                .collect()
        }
    };
    let mut merged = merged;
    if !mine.ends_with('\n') && merged.ends_with('\n') {
        merged.pop();
    }
    merged
}

/// The longest run of `<`, `=` or `>` at the start of a line, so that the markers
/// chosen are longer than anything the texts hold.
fn longest_marker_run(text: &str) -> usize {
    text.lines()
        .map(|line| {
            ['<', '=', '>']
                .iter()
                .map(|c| line.chars().take_while(|x| x == c).count())
                .max()
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::proposal;

    #[test]
    fn lines_changed_on_one_side_each_are_combined() {
        let base = "Miete\nStrom\nWasser";
        let mine = "Miete geklärt\nStrom\nWasser";
        let theirs = "Miete\nStrom\nWasser offen";
        assert_eq!(
            proposal(base, mine, theirs),
            "Miete geklärt\nStrom\nWasser offen"
        );
    }

    #[test]
    fn the_same_line_changed_twice_keeps_both_versions_without_markers() {
        let proposal = proposal("Termin", "Termin am Montag", "Termin am Dienstag");
        assert_eq!(proposal, "Termin am Montag\nTermin am Dienstag");
    }

    #[test]
    fn marker_like_lines_of_the_user_survive() {
        let base = "=======\nA";
        let proposal = proposal(base, "=======\nB", "=======\nC");
        assert_eq!(proposal, "=======\nB\nC");
    }
}
