//! The real-window suite: the app's own binary in a real X server (Xvfb), driven like
//! a person with xdotool and xclip, judged only by what the app writes — the saved file,
//! the recovery file, the clipboard, the PDF. See docs/testing.md.
//!
//! `cargo test --test real_window [FILTER]` runs every scenario whose name contains
//! FILTER, one after the other (software GL on two cores has no room for more).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

#[path = "real_window/dialogs.rs"]
mod dialogs;
#[path = "real_window/drive.rs"]
mod drive;
#[path = "moderation_common/mod.rs"]
mod moderation_common;
#[path = "pdf_common/mod.rs"]
mod pdf_common;
#[path = "real_window/runner.rs"]
mod runner;
#[path = "real_window/scenarios_access.rs"]
mod scenarios_access;
#[path = "real_window/scenarios_cards.rs"]
mod scenarios_cards;
#[path = "real_window/scenarios_clipboard.rs"]
mod scenarios_clipboard;
#[path = "real_window/scenarios_desktop.rs"]
mod scenarios_desktop;
#[path = "real_window/scenarios_export.rs"]
mod scenarios_export;
#[path = "real_window/scenarios_files.rs"]
mod scenarios_files;
#[path = "real_window/scenarios_focus.rs"]
mod scenarios_focus;
#[path = "real_window/scenarios_forms.rs"]
mod scenarios_forms;
#[path = "real_window/scenarios_keyboard.rs"]
mod scenarios_keyboard;
#[path = "real_window/scenarios_netzwerkbuch.rs"]
mod scenarios_netzwerkbuch;
#[path = "real_window/scenarios_protection.rs"]
mod scenarios_protection;
#[path = "real_window/scenarios_rights.rs"]
mod scenarios_rights;
#[path = "real_window/scenarios_slips.rs"]
mod scenarios_slips;
#[path = "real_window/scenarios_team.rs"]
mod scenarios_team;
#[path = "real_window/scenarios_typing.rs"]
mod scenarios_typing;
#[path = "real_window/scenarios_typography.rs"]
mod scenarios_typography;
#[path = "real_window/search_path.rs"]
mod search_path;
#[path = "real_window/session.rs"]
mod session;
#[path = "real_window/system.rs"]
mod system;
#[path = "real_window/tools.rs"]
mod tools;
#[path = "real_window/tree.rs"]
mod tree;
#[path = "real_window/wait.rs"]
mod wait;
#[path = "real_window/workspace.rs"]
mod workspace;
#[path = "real_window/xserver.rs"]
mod xserver;

use std::sync::atomic::Ordering;
use std::time::Instant;

use runner::{Args, run_scenario};
use search_path::SearchPath;
use session::Session;
use tools::{
    CHINESE_FONT, DESKTOP, DEVANAGARI_FONT, PDF, PDFTOTEXT, QPDF, SKIN_TONE_FONT, Tool, XPROP,
    ZENITY,
};

type Run = fn(&mut Session) -> Result<(), String>;

/// One thing a person does, from starting the app to the file it leaves behind.
struct Scenario {
    name: &'static str,
    run: Run,
    search_path: SearchPath,
    /// Programs besides [`DESKTOP`].
    needs: &'static [Tool],
}

const fn scenario(name: &'static str, run: Run) -> Scenario {
    Scenario {
        name,
        run,
        search_path: SearchPath::System,
        needs: &[],
    }
}

const SCENARIOS: [Scenario; 59] = [
    scenario("typing_every_field", scenarios_typing::typing_every_field),
    scenario("typing_contact", scenarios_typing::typing_contact),
    scenario(
        "importance_moves_follow_up",
        scenarios_netzwerkbuch::importance_moves_follow_up,
    ),
    scenario("due_list_actions", scenarios_netzwerkbuch::due_list_actions),
    Scenario {
        needs: &[ZENITY],
        ..scenario(
            "contacts_imported_from_vcard",
            scenarios_netzwerkbuch::contacts_imported_from_vcard,
        )
    },
    Scenario {
        needs: &[ZENITY],
        ..scenario(
            "contacts_exported_for_older_programs",
            scenarios_netzwerkbuch::contacts_exported_for_older_programs,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        ..scenario(
            "csv_columns_mapped_before_import",
            scenarios_netzwerkbuch::csv_columns_mapped_before_import,
        )
    },
    Scenario {
        needs: &[ZENITY, PDF[0], PDF[1]],
        ..scenario(
            "person_forgotten_everywhere",
            scenarios_rights::person_forgotten_everywhere,
        )
    },
    scenario(
        "protected_and_restored_after_kill",
        scenarios_protection::protected_and_restored_after_kill,
    ),
    Scenario {
        needs: &[ZENITY],
        ..scenario(
            "password_changed_and_removed",
            scenarios_protection::password_changed_and_removed,
        )
    },
    Scenario {
        needs: &[ZENITY],
        ..scenario(
            "canvas_shared_and_read_back",
            scenarios_rights::canvas_shared_and_read_back,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario(
            "auskunft_through_path_prompt",
            scenarios_rights::auskunft_through_path_prompt,
        )
    },
    scenario(
        "typing_custom_template",
        scenarios_typing::typing_custom_template,
    ),
    scenario("typing_presentation", scenarios_typing::typing_presentation),
    scenario(
        "card_written_and_dragged",
        scenarios_cards::card_written_and_dragged,
    ),
    scenario("room_sends_a_card", scenarios_cards::room_sends_a_card),
    scenario(
        "room_cards_survive_a_crash",
        scenarios_cards::room_cards_survive_a_crash,
    ),
    scenario(
        "quitting_ends_the_room_before_asking",
        scenarios_cards::quitting_ends_the_room_before_asking,
    ),
    scenario(
        "card_wall_dots_and_undo",
        scenarios_cards::card_wall_dots_and_undo,
    ),
    scenario(
        "main_view_at_200_percent",
        scenarios_typing::main_view_at_200_percent,
    ),
    scenario(
        "side_panel_after_the_presentation",
        scenarios_typing::side_panel_after_the_presentation,
    ),
    scenario(
        "presentation_at_300_percent",
        scenarios_typing::presentation_at_300_percent,
    ),
    scenario(
        "typing_header_and_contact_card",
        scenarios_forms::typing_header_and_contact_card,
    ),
    scenario(
        "typing_template_editor_and_preparation",
        scenarios_forms::typing_template_editor_and_preparation,
    ),
    scenario(
        "template_box_resized_by_drag",
        scenarios_forms::template_box_resized_by_drag,
    ),
    scenario(
        "debrief_before_the_planned_meeting",
        scenarios_forms::debrief_before_the_planned_meeting,
    ),
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario(
            "preparation_proposes_the_canvas",
            scenarios_forms::preparation_proposes_the_canvas,
        )
    },
    scenario("new_items_focused", scenarios_focus::new_items_focused),
    scenario(
        "ctrl_f_searches_contacts",
        scenarios_slips::ctrl_f_searches_contacts,
    ),
    Scenario {
        search_path: SearchPath::Bare,
        ..scenario(
            "search_ends_with_its_document",
            scenarios_slips::search_ends_with_its_document,
        )
    },
    scenario(
        "debrief_never_proposes_a_past_day",
        scenarios_slips::debrief_never_proposes_a_past_day,
    ),
    scenario(
        "help_windows_close_with_enter_and_escape",
        scenarios_slips::help_windows_close_with_enter_and_escape,
    ),
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario(
            "brief_answers_like_the_preparation",
            scenarios_slips::brief_answers_like_the_preparation,
        )
    },
    scenario(
        "new_item_while_searching",
        scenarios_focus::new_item_while_searching,
    ),
    scenario(
        "clipboard_paste_and_copy",
        scenarios_clipboard::clipboard_paste_and_copy,
    ),
    scenario("clipboard_menu", scenarios_clipboard::clipboard_menu),
    scenario("save_quit_restart", scenarios_files::save_quit_restart),
    scenario("reopen_last_file", scenarios_files::reopen_last_file),
    Scenario {
        needs: &[ZENITY],
        ..scenario(
            "undo_after_open_other_file",
            scenarios_files::undo_after_open_other_file,
        )
    },
    Scenario {
        needs: &[ZENITY, PDF[0], PDF[1]],
        ..scenario(
            "export_suggested_name",
            scenarios_export::export_suggested_name,
        )
    },
    Scenario {
        needs: &[ZENITY, PDF[0], PDF[1]],
        ..scenario(
            "export_dialog_in_workspace_folder",
            scenarios_export::export_dialog_in_workspace_folder,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario("typed_path_fallback", scenarios_export::typed_path_fallback)
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &[
            QPDF,
            PDFTOTEXT,
            CHINESE_FONT,
            DEVANAGARI_FONT,
            SKIN_TONE_FONT,
        ],
        ..scenario(
            "names_in_other_scripts_printed",
            scenarios_export::names_in_other_scripts_printed,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario(
            "open_pdf_without_viewer",
            scenarios_export::open_pdf_without_viewer,
        )
    },
    Scenario {
        search_path: SearchPath::FailingXdgOpen,
        needs: &PDF,
        ..scenario(
            "open_pdf_xdg_open_fails",
            scenarios_export::open_pdf_xdg_open_fails,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario("export_blank_a3", scenarios_export::export_blank_a3)
    },
    scenario(
        "team_two_instances_keep_both_changes",
        scenarios_team::two_instances_keep_both_changes,
    ),
    scenario(
        "team_same_field_changed_twice_asks",
        scenarios_team::same_field_changed_twice_asks,
    ),
    scenario(
        "team_conflict_copies_merged_as_chosen",
        scenarios_team::conflict_copies_merged_as_chosen,
    ),
    Scenario {
        needs: &[XPROP],
        ..scenario(
            "window_icon_and_class",
            scenarios_desktop::window_icon_and_class,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario(
            "hyphenated_compound_in_pdf",
            scenarios_typography::hyphenated_compound_in_pdf,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario(
            "no_orphans_or_widows_in_continuation_pages",
            scenarios_typography::no_orphans_or_widows_in_continuation_pages,
        )
    },
    Scenario {
        search_path: SearchPath::Bare,
        needs: &PDF,
        ..scenario(
            "long_export_embeds_each_font_once",
            scenarios_typography::long_export_embeds_each_font_once,
        )
    },
    scenario(
        "main_view_read_aloud",
        scenarios_access::main_view_read_aloud,
    ),
    scenario(
        "english_ui_read_aloud",
        scenarios_access::english_ui_read_aloud,
    ),
    scenario("menu_by_keyboard", scenarios_access::menu_by_keyboard),
    Scenario {
        needs: &[ZENITY, PDF[0], PDF[1]],
        ..scenario("keyboard_alone", scenarios_keyboard::keyboard_alone)
    },
    scenario(
        "palette_runs_three_actions",
        scenarios_keyboard::palette_runs_three_actions,
    ),
    scenario("app_starts_and_quits", quits_cleanly),
];

/// The smallest check: the window comes up with the file's name and Ctrl+Q ends the
/// app. When this fails, every other failure is about the environment, not the app.
fn quits_cleanly(session: &mut Session) -> Result<(), String> {
    scenarios_typing::open(session, "leer.json", &workspace::empty())?;
    session.key(&["ctrl+q"])?;
    session.wait_for_exit(wait::SHORT)
}

/// How many scenarios run at once: `NC_REAL_WINDOW_JOBS`, else 3. Each has an X server,
/// buses and a home of its own, and spends most of its time waiting for the app: on the
/// two-core build machine three at a time took 183 s where one at a time took 508 s,
/// with a release build beside them 216 s, without a failure (docs/testing.md, "Speed").
fn jobs() -> usize {
    std::env::var("NC_REAL_WINDOW_JOBS")
        .ok()
        .and_then(|value| value.parse().ok())
        .filter(|jobs| *jobs > 0)
        .unwrap_or(3)
}

/// Runs the scenarios on `jobs` threads, each taking the next one not yet started;
/// prints each result as it comes and returns the names of those that failed.
fn run_all(scenarios: &[&'static Scenario], jobs: usize) -> Vec<&'static str> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failed = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(scenarios.len()) {
            scope.spawn(|| {
                while let Some(scenario) = scenarios.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let scenario_start = Instant::now();
                    match run_scenario(scenario) {
                        Ok(()) => println!(
                            "real_window: {} ... ok ({:.0} s)",
                            scenario.name,
                            scenario_start.elapsed().as_secs_f64()
                        ),
                        Err((reason, details)) => {
                            // One print, so that the other thread's lines stay outside it.
                            println!(
                                "real_window: {} ... FAILED ({reason})\n{details}",
                                scenario.name
                            );
                            failed
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .push(scenario.name);
                        }
                    }
                }
            });
        }
    });
    failed
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn main() {
    let args = Args::parse();
    let chosen: Vec<&Scenario> = SCENARIOS.iter().filter(|s| args.wants(s.name)).collect();
    if args.list {
        for scenario in &chosen {
            println!("{}: test", scenario.name);
        }
        return;
    }
    let is_ci = std::env::var("CI").is_ok_and(|value| value == "true" || value == "1");
    let started = Instant::now();
    let mut skipped = Vec::new();
    let mut runnable = Vec::new();
    for scenario in chosen {
        let missing: Vec<Tool> = DESKTOP
            .iter()
            .chain(scenario.needs)
            .copied()
            .filter(|tool| !tools::is_installed(*tool))
            .collect();
        if missing.is_empty() {
            runnable.push(scenario);
        } else {
            println!(
                "real_window: {} ... SKIPPED (missing programs or fonts)",
                scenario.name
            );
            skipped.push((scenario.name, missing));
        }
    }
    let jobs = jobs();
    println!(
        "\nrunning {} real-window scenarios, {jobs} at a time",
        runnable.len()
    );
    let mut failed = run_all(&runnable, jobs);
    failed.sort_unstable();
    if !skipped.is_empty() {
        tools::report_skipped(&skipped, is_ci);
    }
    println!(
        "\nreal_window: {} failed, {} skipped; finished in {:.0} s",
        failed.len(),
        skipped.len(),
        started.elapsed().as_secs_f64()
    );
    if !failed.is_empty() {
        println!("failed: {}", failed.join(", "));
    }
    if !failed.is_empty() || (is_ci && !skipped.is_empty()) {
        std::process::exit(1);
    }
}
