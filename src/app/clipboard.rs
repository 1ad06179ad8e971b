//! Cut, copy, paste and select all from the Bearbeiten menu and the Shift+Insert keys.
//!
//! The text field does the work, as for Ctrl+C: it copies its selection to the system
//! clipboard, and pastes what the window system hands over. A click into the menu
//! takes the focus from the field, and a field without focus forgets its selection; so
//! the field last edited gets both back first.

use egui::text::CCursorRange;
use egui::text_edit::TextEditState;
use egui::{Event, Id, Key, Modifiers, ViewportCommand};

use crate::command::ClipboardAction;

#[derive(Default)]
pub struct ClipboardTarget {
    /// The text field that had the keyboard focus last, and its selection then.
    editor: Option<(Id, Option<CCursorRange>)>,
    /// Events for the next frame's input ("select all" has no window command).
    events: Vec<Event>,
}

impl ClipboardTarget {
    /// Called at the start of every frame, before the menu can take the focus.
    pub fn remember_focused_editor(&mut self, ctx: &egui::Context) {
        if let Some(id) = ctx.memory(|memory| memory.focused())
            && let Some(state) = TextEditState::load(ctx, id)
        {
            self.editor = Some((id, state.cursor.char_range()));
        }
    }

    pub fn run(&mut self, action: ClipboardAction, ctx: &egui::Context) {
        let Some((editor, selection)) = self.editor else {
            return;
        };
        ctx.memory_mut(|memory| memory.request_focus(editor));
        if let Some(mut state) = TextEditState::load(ctx, editor) {
            state.cursor.set_char_range(selection);
            state.store(ctx, editor);
        }
        match action {
            ClipboardAction::Cut => ctx.send_viewport_cmd(ViewportCommand::RequestCut),
            ClipboardAction::Copy => ctx.send_viewport_cmd(ViewportCommand::RequestCopy),
            ClipboardAction::Paste => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
            ClipboardAction::SelectAll => self.events.push(Event::Key {
                key: Key::A,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: Modifiers::COMMAND,
            }),
        }
        ctx.request_repaint();
    }

    pub fn inject_events(&mut self, raw_input: &mut egui::RawInput) {
        raw_input.events.append(&mut self.events);
    }
}
