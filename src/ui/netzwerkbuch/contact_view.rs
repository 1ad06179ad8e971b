//! The contacts view's central panel: the contact card, its activity log, the balance
//! of give and take, and the collaborations it takes part in.

use chrono::NaiveDate;
use egui::{RichText, ScrollArea, Ui};

use crate::command::{Command, View};
use crate::command::{ContactCommand, EditCommand, ViewCommand};
use crate::i18n::{Language, Msg};
use crate::model::{CollaborationId, Contact};
use crate::ui::netzwerkbuch::activity_log::{ActivityDraft, activity_log_ui};
use crate::ui::netzwerkbuch::balance_chart::balance_chart_ui;
use crate::ui::netzwerkbuch::contact_form::{ContactDrafts, contact_form_ui};

#[derive(Default)]
pub struct ContactViewState {
    pub drafts: ContactDrafts,
    pub activity: ActivityDraft,
    /// Set when the document was replaced, so the drafts reload even for the same id.
    pub is_reload_requested: bool,
    /// The preference, set by the app each frame: years without news before review.
    pub review_years: u32,
}

/// Returns true when the user changed the contact.
pub fn contact_view_ui(
    ui: &mut Ui,
    language: Language,
    contact: Option<&mut Contact>,
    linked: &[(CollaborationId, String)],
    state: &mut ContactViewState,
    today: NaiveDate,
    commands: &mut Vec<Command>,
) -> bool {
    let Some(contact) = contact else {
        ui.centered_and_justified(|ui| {
            ui.label(
                RichText::new(Msg::NoContactSelected.text(language))
                    .weak()
                    .size(16.0),
            );
        });
        return false;
    };
    let force = std::mem::take(&mut state.is_reload_requested);
    state.drafts.sync(contact, language, force);
    state.activity.sync(&contact.id, today, language);
    let mut changed = false;
    ScrollArea::vertical()
        .id_salt("contact_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let review = (today, state.review_years);
            let beside_name = |ui: &mut Ui, contact: &Contact| {
                rights_bar_ui(ui, language, contact, review, commands);
            };
            changed = contact_form_ui(ui, language, contact, &mut state.drafts, today, beside_name);
            ui.separator();
            activity_log_ui(ui, language, contact, &mut state.activity, commands);
            ui.separator();
            balance_chart_ui(ui, language, contact, today);
            ui.separator();
            linked_collaborations_ui(ui, language, linked, commands);
        });
    changed
}

/// Room (points) left in the name row for the rights heading and for the review hint.
const MIN_HEADING_ROOM: f32 = 260.0;
const MIN_HINT_ROOM: f32 = 120.0;

/// The person's rights at the top of the card: a hint when nothing was logged for
/// long, and the buttons for *Auskunft* and *Vergessen*.
fn rights_bar_ui(
    ui: &mut Ui,
    language: Language,
    contact: &Contact,
    (today, review_years): (NaiveDate, u32),
    commands: &mut Vec<Command>,
) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let forget = ContactCommand::ForgetDialog(contact.id.clone());
        let hover = Msg::ForgetHover.text(language);
        if ui
            .button(forget.label().text(language))
            .on_hover_text(hover)
            .clicked()
        {
            commands.push(Command::Contact(forget));
        }
        let auskunft = ContactCommand::AuskunftDialog(contact.id.clone());
        let hover = Msg::AuskunftHover.text(language);
        if ui
            .button(auskunft.label().text(language))
            .on_hover_text(hover)
            .clicked()
        {
            commands.push(Command::Contact(auskunft));
        }
        // At a high zoom the row is short: the heading and the hint give way before
        // they would run over the "Name" label (the hint shortens itself with "…").
        let heading = RichText::new(Msg::RightsHeading.text(language)).weak();
        if ui.available_width() > MIN_HEADING_ROOM {
            ui.label(heading);
        }
        if contact.is_dormant(today, review_years) && ui.available_width() > MIN_HINT_ROOM {
            let years = review_years.to_string();
            let hint = Msg::InactiveHint.fill(language, &[("years", &years)]);
            ui.add(
                egui::Label::new(RichText::new(hint).color(ui.visuals().warn_fg_color)).truncate(),
            );
        }
    });
}

fn linked_collaborations_ui(
    ui: &mut Ui,
    language: Language,
    linked: &[(CollaborationId, String)],
    commands: &mut Vec<Command>,
) {
    ui.heading(Msg::LinkedCollaborations.text(language));
    if linked.is_empty() {
        ui.label(RichText::new(Msg::NoLinkedCollaborations.text(language)).weak());
    }
    ui.horizontal_wrapped(|ui| {
        for (id, title) in linked {
            if ui.link(format!("→ {title}")).clicked() {
                commands.push(Command::Edit(EditCommand::Select(id.clone())));
                commands.push(Command::View(ViewCommand::ShowView(View::Canvases)));
            }
        }
    });
}
