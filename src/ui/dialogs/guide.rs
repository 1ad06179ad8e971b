//! Hilfe → Kurzanleitung: the method in brief (the three questions before a meeting,
//! the four relationship forms, a Kartenabfrage step by step). Enter and Esc close it.

use egui::{RichText, ScrollArea, Ui};

use crate::i18n::{Language, Msg};
use crate::user_action::UserAction;

/// True once closed (the button, Enter or Esc).
pub fn guide_ui(ctx: &egui::Context, language: Language) -> bool {
    let save = UserAction::Save
        .shortcut_text(ctx, language)
        .unwrap_or_default();
    let heading = Msg::ShowGuide.text(language);
    let (closed, dismissed) = super::show_dialog(ctx, "guide_dialog", heading, |ui| {
        ui.set_width(620.0);
        let height = (ctx.content_rect().height() - 220.0).max(160.0);
        ScrollArea::vertical().max_height(height).show(ui, |ui| {
            ui.label(Msg::GuideIntro.text(language));
            section(
                ui,
                language,
                Msg::GuideQuestionsHeading,
                &[
                    Msg::GuideQuestion1,
                    Msg::GuideQuestion2,
                    Msg::GuideQuestion3,
                    Msg::GuideInvestment,
                ],
            );
            section(
                ui,
                language,
                Msg::GuideFormsHeading,
                &[
                    Msg::GuideFormKooperation,
                    Msg::GuideFormGruppe,
                    Msg::GuideFormBegegnung,
                    Msg::GuideFormKontakt,
                ],
            );
            section(
                ui,
                language,
                Msg::GuideCardsHeading,
                &[
                    Msg::GuideCardsStep1,
                    Msg::GuideCardsStep2,
                    Msg::GuideCardsStep3,
                    Msg::GuideCardsStep4,
                ],
            );
            ui.label(Msg::GuideCardsStep5.fill(language, &[("save", &save)]));
        });
        super::button_row(ui, |ui| {
            super::default_button(ui.button(Msg::Close.text(language)), ui).clicked()
                || super::enter_pressed(ui)
        })
    });
    closed || dismissed
}

fn section(ui: &mut Ui, language: Language, heading: Msg, lines: &[Msg]) {
    ui.add_space(10.0);
    ui.label(RichText::new(heading.text(language)).strong().size(16.0));
    for line in lines {
        ui.label(line.text(language));
    }
}
