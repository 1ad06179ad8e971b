//! The running Kartenabfrage: a large QR code and the short address for the room, the
//! phase the facilitator sets, and how many people and cards came in. A window of its
//! own, so it stays beside the canvas and on the projector.

use egui::{Color32, RichText, Sense, Ui, vec2};

use crate::command::{Command, ModerationCommand};
use crate::i18n::{Language, Msg};
use crate::moderation::{Phase, QrMatrix};

/// What the panel shows.
pub struct SessionView<'a> {
    pub field_name: &'a str,
    pub join_url: &'a str,
    pub qr: &'a QrMatrix,
    pub phase: Phase,
    pub participants: usize,
    pub cards: usize,
}

pub fn moderation_panel_ui(
    ctx: &egui::Context,
    language: Language,
    view: &SessionView<'_>,
    commands: &mut Vec<Command>,
) {
    let title = Msg::SessionTitle.fill(language, &[("field", view.field_name)]);
    egui::Window::new(title)
        .id(egui::Id::unique("moderation_panel"))
        .anchor(egui::Align2::RIGHT_TOP, vec2(-12.0, 40.0))
        // egui's own collapse button and title bar would be read as "Hide" and as a
        // nameless widget; the panel's own button hides what takes the room instead.
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            let hidden_id = egui::Id::unique("moderation_panel_qr_hidden");
            let hidden = ui.data(|data| data.get_temp::<bool>(hidden_id).unwrap_or(false));
            if !hidden {
                ui.label(Msg::SessionJoin.text(language));
                let qr = qr_ui(ui, view.qr, 220.0);
                let spoken = Msg::SessionQrCode.fill(language, &[("address", view.join_url)]);
                qr.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &spoken));
                ui.label(RichText::new(view.join_url).monospace().strong());
            }
            ui.horizontal_wrapped(|ui| {
                if !hidden && ui.button(Msg::CopyAddress.text(language)).clicked() {
                    ui.ctx().copy_text(view.join_url.to_owned());
                }
                let toggle = if hidden {
                    Msg::ShowInvitation
                } else {
                    Msg::HideInvitation
                };
                if ui.button(toggle.text(language)).clicked() {
                    ui.data_mut(|data| data.insert_temp(hidden_id, !hidden));
                }
            });
            ui.separator();
            ui.horizontal_wrapped(|ui| {
                ui.label(Msg::SessionPhase.text(language));
                for phase in Phase::ALL {
                    let chosen = view.phase == phase;
                    if ui.selectable_label(chosen, phase.name(language)).clicked() && !chosen {
                        commands.push(Command::Moderation(ModerationCommand::SetPhase(phase)));
                    }
                }
            });
            let participants = view.participants.to_string();
            ui.label(Msg::SessionParticipants.fill(language, &[("count", &participants)]));
            ui.label(Msg::SessionCards.fill_count(language, view.cards, &[]));
            ui.separator();
            if ui.button(Msg::EndSession.text(language)).clicked() {
                commands.push(Command::Moderation(ModerationCommand::End));
            }
        });
}

/// Dark modules on white with the quiet zone of four modules a reader needs, also in
/// the dark theme and on the black projector screen.
fn qr_ui(ui: &mut Ui, qr: &QrMatrix, size: f32) -> egui::Response {
    let modules = qr.width + 8;
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    if qr.width == 0 {
        return response;
    }
    let module = size / modules as f32;
    for y in 0..qr.width {
        for x in 0..qr.width {
            if qr.is_dark(x, y) {
                let min = rect.min + vec2((x + 4) as f32, (y + 4) as f32) * module;
                let cell = egui::Rect::from_min_size(min, vec2(module, module));
                // A hair larger, so that no seam shows between modules.
                painter.rect_filled(cell.expand(0.3), 0.0, Color32::BLACK);
            }
        }
    }
    response
}
