//! AFL++ target for the workspace loader: any bytes must load or be refused with an
//! error, never a panic, and whatever loads must come back unchanged from save → load.
//!
//! It exists beside the mutation fuzzer `tests/fuzz_loader.rs` because AFL++ keeps every
//! input that reaches new code, and so gets into parser paths that blind mutation of a
//! few seeds rarely reaches.

use netzwerk_canvas::storage;

/// Inputs larger than this are skipped: size limits are tested by `tests/huge_inputs.rs`,
/// and large inputs only slow the fuzzer down.
const MAX_INPUT: usize = 64 * 1024;

fn main() {
    afl::fuzz!(|input: &[u8]| {
        if input.len() > MAX_INPUT {
            return;
        }
        let Ok(workspace) = storage::parse_workspace(input) else {
            return;
        };
        let saved = match storage::workspace_to_json(&workspace) {
            Ok(saved) => saved,
            Err(error) => panic!("a loaded workspace does not save: {error}"),
        };
        let reloaded = match storage::parse_workspace(&saved) {
            Ok(reloaded) => reloaded,
            Err(error) => panic!("a saved workspace does not load: {error}"),
        };
        assert_eq!(reloaded, workspace, "save → load changed the workspace");
    });
}
