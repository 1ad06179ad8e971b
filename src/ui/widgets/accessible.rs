//! What a screen reader announces where egui's own node says too little: a field's
//! guiding question as its description, a readable name for a panel's resize handle
//! (egui calls it "Resize panel", in English, whatever the UI language), and status
//! messages read aloud as they come.

use egui::{Id, Response, Ui};

/// Sets the widget's description: read after its name, as a hint to what goes in.
pub fn describe(response: Response, description: &str) -> Response {
    if !description.trim().is_empty() {
        response.ctx.accesskit_node_builder(response.id, |node| {
            node.set_description(description.to_owned());
        });
    }
    response
}

/// Gives the widget the name a screen reader reads instead of its visible text, where
/// that text alone does not say which of several alike it is.
pub fn name(response: Response, name: &str) -> Response {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(name.to_owned());
    });
    response
}

/// Marks the widget as a live region: a screen reader reads its text aloud when it
/// appears or changes, without moving the focus (a status message, "Gespeichert").
pub fn announce(response: Response) -> Response {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
    response
}

/// Names the resize handle of the panel `panel` (the id salt given to
/// `egui::Panel::left`), shown in `parent` this frame. egui gives the handle the id
/// `parent.scope_id().with(panel).with("__resize")` (`containers/panel.rs`,
/// `resize_widget_id`); a handle not drawn this frame has no node and is left alone.
pub fn name_resize_handle(parent: &Ui, panel: &str, name: &str) {
    let id: Id = parent.scope_id().with(panel).with("__resize");
    parent.ctx().accesskit_node_builder(id, |node| {
        node.set_label(name.to_owned());
    });
}
