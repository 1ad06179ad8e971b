//! Presentation mode in the app: entering and leaving it, field navigation and timer.

use egui::ViewportCommand;

use super::App;
use crate::command::PresentationCommand;
use crate::model::FieldTimer;
use crate::ui::presentation::view::{PresentationInput, PresentationState, presentation_ui};

impl App {
    pub fn is_presenting(&self) -> bool {
        self.views.presentation.is_some()
    }

    pub fn presentation(&self) -> Option<&PresentationState> {
        self.views.presentation.as_ref()
    }

    pub(super) fn enter_presentation(&mut self, ctx: &egui::Context) {
        let mut timer = FieldTimer::new(f64::from(self.preferences.minutes_per_field));
        timer.start(ctx.input(|input| input.time));
        self.views.presentation = Some(PresentationState {
            field_index: 0,
            timer,
        });
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        self.focus_presented_field();
    }

    /// The shown field's editor gets the keyboard focus, so that the first words typed
    /// on the projector land in it.
    fn focus_presented_field(&mut self) {
        let (Some(state), Some(collaboration)) = (&self.views.presentation, &self.session.selected)
        else {
            return;
        };
        let template = self.selected_template();
        if let Some(field) = template.fields.get(state.field_index) {
            let editor =
                crate::ui::presentation::view::presentation_editor_id(collaboration, &field.id);
            self.views.focus_request = Some((editor, None));
        }
    }

    pub(super) fn leave_presentation(&mut self, ctx: &egui::Context) {
        if self.views.presentation.take().is_some() {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        }
    }

    /// Runs a presentation command; navigation and the timer only while presenting.
    pub(super) fn run_presentation_command(
        &mut self,
        command: PresentationCommand,
        ctx: &egui::Context,
    ) {
        let now = ctx.input(|input| input.time);
        let last_field = self.selected_template().fields.len().saturating_sub(1);
        let Some(state) = self.views.presentation.as_mut() else {
            if command == PresentationCommand::TogglePresentation {
                self.enter_presentation(ctx);
            }
            return;
        };
        let target = match command {
            PresentationCommand::TogglePresentation | PresentationCommand::LeavePresentation => {
                return self.leave_presentation(ctx);
            }
            PresentationCommand::NextField => (state.field_index + 1).min(last_field),
            PresentationCommand::PreviousField => state.field_index.saturating_sub(1),
            PresentationCommand::GoToField(index) => index.min(last_field),
            PresentationCommand::TimerToggle => return state.timer.toggle(now),
            PresentationCommand::TimerExtend => return state.timer.extend(),
            PresentationCommand::TimerReset => return state.timer.reset(),
            PresentationCommand::TimerSetMinutes(minutes) => {
                state.timer.minutes = f64::from(minutes);
                self.preferences.minutes_per_field = minutes;
                return;
            }
        };
        if target != state.field_index {
            state.field_index = target;
            state.timer.reset();
            state.timer.start(now);
            self.focus_presented_field();
        }
    }

    /// The projector screen: only the current field, large.
    pub(super) fn presentation_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Some(mut state) = self.views.presentation.take() else {
            return;
        };
        let template = self.selected_template();
        let input = PresentationInput {
            language: self.preferences.language,
            template: &template,
            now: ui.input(|input| input.time),
            is_modified: self.session.document.is_modified(),
        };
        let selected = self.session.selected.clone();
        let mut changed = false;
        // The margin gives way at high zoom, where every point of the screen counts.
        let margin = (ui.available_height() / 36.0).clamp(6.0, 24.0);
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(margin))
            .show(ui, |ui| {
                let collaboration =
                    selected.and_then(|id| self.session.document.workspace.get_mut(&id));
                changed = presentation_ui(ui, &input, collaboration, &mut state, &mut self.pending);
            });
        self.views.presentation = Some(state);
        if changed {
            self.session.typed_in_canvas(ui.input(|input| input.time));
        }
    }
}
