//! The editor for the selected collaboration: header on top, the template grid below.

use egui::{RichText, ScrollArea, Ui};

use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Contact, Template};
use crate::ui::canvas::contact_links::contact_links_ui;
use crate::ui::canvas::grid::{MIN_ROW_HEIGHT, canvas_grid_ui, is_stacked};
use crate::ui::canvas::header::{HeaderDrafts, canvas_header_ui};

/// What the canvas view shows besides the collaboration itself.
pub struct CanvasContext<'a> {
    /// The template the selected collaboration is drawn with.
    pub template: &'a Template,
    /// (id, name) of every template it can switch to.
    pub templates: &'a [(String, String)],
    pub contacts: &'a [Contact],
}

#[derive(Default)]
pub struct CanvasViewState {
    pub drafts: HeaderDrafts,
    /// Set when the document was replaced, so the drafts reload even for the same id.
    pub is_reload_requested: bool,
}

/// Below this many points of height, header and boxes scroll together.
const COMPACT_HEIGHT: f32 = 520.0;

/// The template switch and the linked contacts, on one line where there is room.
fn template_and_contacts_ui(
    ui: &mut Ui,
    language: Language,
    context: &CanvasContext<'_>,
    collaboration: &mut Collaboration,
    commands: &mut Vec<crate::command::Command>,
) {
    let wide = ui.available_width() >= crate::ui::canvas::header::WIDE_HEADER;
    ui.horizontal(|ui| {
        crate::ui::canvas::template_switch::template_switch_ui(
            ui,
            language,
            collaboration,
            context.templates,
            commands,
        );
        if wide {
            ui.separator();
            contact_links_ui(ui, language, collaboration, context.contacts, commands);
        }
    });
    if !wide {
        // On a line of its own, so that its links wrap instead of running off the edge.
        contact_links_ui(ui, language, collaboration, context.contacts, commands);
    }
}

/// Returns true when the user changed the collaboration.
pub fn canvas_view_ui(
    ui: &mut Ui,
    language: Language,
    context: &CanvasContext<'_>,
    collaboration: Option<&mut Collaboration>,
    state: &mut CanvasViewState,
    commands: &mut Vec<crate::command::Command>,
) -> bool {
    let Some(collaboration) = collaboration else {
        ui.centered_and_justified(|ui| {
            ui.label(
                RichText::new(Msg::NoSelection.text(language))
                    .weak()
                    .size(16.0),
            );
        });
        return false;
    };
    state.drafts.sync(
        collaboration,
        language,
        std::mem::take(&mut state.is_reload_requested),
    );
    // Low on room (a small screen, a large zoom): the header scrolls away with the
    // boxes, so that a box can take most of the window.
    let compact = ui.available_height() < COMPACT_HEIGHT;
    let full_height = ui.available_height();
    let mut changed = false;
    let mut body = |ui: &mut Ui, changed: &mut bool| {
        *changed |= canvas_header_ui(ui, language, collaboration, &mut state.drafts, commands);
        template_and_contacts_ui(ui, language, context, collaboration, commands);
        ui.add_space(6.0);
        let template = context.template;
        let rows = f32::from(template.rows.max(1));
        // Measured outside the grid's scroll area, which would offer any width; the
        // vertical bar keeps its room.
        let width = ui.available_width() - ui.spacing().scroll.allocated_width();
        let row_height = if compact {
            (full_height * 0.85).max(MIN_ROW_HEIGHT)
        } else if is_stacked(template, width) {
            ((ui.available_height() - 24.0) * 0.9).max(MIN_ROW_HEIGHT)
        } else {
            ((ui.available_height() - 24.0) / rows).max(MIN_ROW_HEIGHT)
        };
        let size = egui::vec2(width, row_height);
        let mut grid = |ui: &mut Ui| {
            *changed |= canvas_grid_ui(ui, language, template, collaboration, size, commands);
            *changed |= crate::ui::canvas::leftover_notes::leftover_notes_ui(
                ui,
                language,
                template,
                collaboration,
            );
        };
        if compact {
            grid(ui);
        } else {
            ScrollArea::both()
                .id_salt("canvas_scroll")
                .auto_shrink([false, false])
                .show(ui, grid);
        }
    };
    if compact {
        ScrollArea::vertical()
            .id_salt("canvas_compact_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| body(ui, &mut changed));
    } else {
        body(ui, &mut changed);
    }
    changed
}
