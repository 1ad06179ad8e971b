//! The editor for the selected collaboration: header on top, the template grid below.

use egui::{RichText, ScrollArea, Ui};

use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Contact, Template};
use crate::ui::canvas::contact_links::contact_links_ui;
use crate::ui::canvas::grid::{MIN_ROW_HEIGHT, canvas_grid_ui};
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
    let mut changed = canvas_header_ui(ui, language, collaboration, &mut state.drafts, commands);
    let template = context.template;
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
    ui.add_space(6.0);
    let rows = f32::from(template.rows.max(1));
    let row_height = ((ui.available_height() - 24.0) / rows).max(MIN_ROW_HEIGHT);
    // Measured outside the scroll area, which would offer any width; the vertical bar
    // keeps its room.
    let width = ui.available_width() - ui.spacing().scroll.allocated_width();
    let size = egui::vec2(width, row_height);
    ScrollArea::both()
        .id_salt("canvas_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            changed |= canvas_grid_ui(ui, language, template, collaboration, size, commands);
            changed |= crate::ui::canvas::leftover_notes::leftover_notes_ui(
                ui,
                language,
                template,
                collaboration,
            );
        });
    changed
}
