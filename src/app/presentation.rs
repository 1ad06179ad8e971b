//! Presentation mode in the app: entering and leaving it, field navigation and timer.

use egui::ViewportCommand;

use super::App;
use crate::command::Command;
use crate::model::FieldTimer;
use crate::ui::presentation::{PresentationInput, PresentationState, presentation_ui};

impl App {
    pub fn is_presenting(&self) -> bool {
        self.presentation.is_some()
    }

    pub fn presentation(&self) -> Option<&PresentationState> {
        self.presentation.as_ref()
    }

    pub(super) fn enter_presentation(&mut self, ctx: &egui::Context) {
        let mut timer = FieldTimer::new(f64::from(self.preferences.minutes_per_field));
        timer.start(ctx.input(|input| input.time));
        self.presentation = Some(PresentationState {
            field_index: 0,
            timer,
        });
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        self.focus_presented_field();
    }

    /// The shown field's editor gets the keyboard focus, so that the first words typed
    /// on the projector land in it.
    fn focus_presented_field(&mut self) {
        let (Some(state), Some(collaboration)) = (&self.presentation, &self.session.selected)
        else {
            return;
        };
        let template = self.selected_template();
        if let Some(field) = template.fields.get(state.field_index) {
            let editor = crate::ui::presentation::presentation_editor_id(collaboration, &field.id);
            self.focus_request = Some((editor, None));
        }
    }

    pub(super) fn leave_presentation(&mut self, ctx: &egui::Context) {
        if self.presentation.take().is_some() {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        }
    }

    /// Runs a presentation command; returns false when it is not one.
    pub(super) fn run_presentation_command(
        &mut self,
        command: &Command,
        ctx: &egui::Context,
    ) -> bool {
        let now = ctx.input(|input| input.time);
        let field_count = self.selected_template().fields.len();
        match command {
            Command::TogglePresentation if self.presentation.is_some() => {
                self.leave_presentation(ctx)
            }
            Command::TogglePresentation => self.enter_presentation(ctx),
            Command::LeavePresentation => self.leave_presentation(ctx),
            _ => {
                let Some(state) = self.presentation.as_mut() else {
                    return matches!(
                        command,
                        Command::NextField
                            | Command::PreviousField
                            | Command::GoToField(_)
                            | Command::TimerToggle
                            | Command::TimerExtend
                            | Command::TimerReset
                            | Command::TimerSetMinutes(_)
                    );
                };
                let target = match command {
                    Command::NextField => {
                        Some((state.field_index + 1).min(field_count.saturating_sub(1)))
                    }
                    Command::PreviousField => Some(state.field_index.saturating_sub(1)),
                    Command::GoToField(index) => Some((*index).min(field_count.saturating_sub(1))),
                    _ => None,
                };
                match (command, target) {
                    (_, Some(index)) if index != state.field_index => {
                        state.field_index = index;
                        state.timer.reset();
                        state.timer.start(now);
                        self.focus_presented_field();
                    }
                    (_, Some(_)) => {}
                    (Command::TimerToggle, None) => state.timer.toggle(now),
                    (Command::TimerExtend, None) => state.timer.extend(),
                    (Command::TimerReset, None) => state.timer.reset(),
                    (Command::TimerSetMinutes(minutes), None) => {
                        state.timer.minutes = f64::from(*minutes);
                        self.preferences.minutes_per_field = *minutes;
                    }
                    _ => return false,
                }
            }
        }
        true
    }

    /// The projector screen: only the current field, large.
    pub(super) fn presentation_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Some(mut state) = self.presentation.take() else {
            return;
        };
        let template = self.selected_template();
        let input = PresentationInput {
            language: self.preferences.language,
            template: &template,
            now: ui.input(|input| input.time),
            is_modified: self.session.document.is_modified,
        };
        let selected = self.session.selected.clone();
        let mut changed = false;
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(24.0))
            .show(ui, |ui| {
                let collaboration =
                    selected.and_then(|id| self.session.document.workspace.get_mut(&id));
                changed = presentation_ui(ui, &input, collaboration, &mut state, &mut self.pending);
            });
        self.presentation = Some(state);
        if changed {
            self.mark_selected_modified();
            self.record_canvas_edit(ui.input(|input| input.time));
        }
    }
}
