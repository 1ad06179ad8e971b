//! Lays out the Netzwerkbuch's three views: contacts, due follow-ups and the map.

use super::App;
use crate::i18n::Msg;
use crate::model::{CollaborationId, due_contacts};
use crate::ui::netzwerkbuch::contact_list::{ContactListInput, contact_list_ui};
use crate::ui::netzwerkbuch::contact_view::contact_view_ui;
use crate::ui::netzwerkbuch::due_view::due_view_ui;
use crate::ui::netzwerkbuch::network_map::network_map_ui;
use crate::ui::widgets::accessible::name_resize_handle;

impl App {
    pub(super) fn contacts_ui(&mut self, ui: &mut egui::Ui) {
        let language = self.preferences.language;
        let today = self.today();
        self.session.refresh_contact_shadow();
        egui::Panel::left("contact_list")
            .default_size(320.0)
            .max_size(super::side_panel_max(ui, self.window.applied_zoom()))
            .resizable(true)
            .show(ui, |ui| {
                self.views.contact_list_state.review_years = self.preferences.review_years;
                let input = ContactListInput {
                    language,
                    workspace: &self.session.document.workspace,
                    selected: self.session.selected_contact.as_ref(),
                    today,
                };
                contact_list_ui(
                    ui,
                    &input,
                    &mut self.views.contact_list_state,
                    &mut self.session.contact_search,
                    &mut self.pending,
                );
            });
        name_resize_handle(ui, "contact_list", Msg::ResizeList.text(language));
        let linked: Vec<(CollaborationId, String)> = self
            .session
            .selected_contact
            .as_ref()
            .map(|id| {
                self.session
                    .document
                    .workspace
                    .collaborations_of(id)
                    .into_iter()
                    .map(|c| {
                        let title = crate::ui::canvas::list::display_title(c, language);
                        (c.id.clone(), title)
                    })
                    .collect()
            })
            .unwrap_or_default();
        self.session.contact_view_state.review_years = self.preferences.review_years;
        egui::CentralPanel::default().show(ui, |ui| {
            let selected = self.session.selected_contact.clone();
            let contact = selected.and_then(|id| self.session.document.workspace.contact_mut(&id));
            let changed = contact_view_ui(
                ui,
                language,
                contact,
                &linked,
                &mut self.session.contact_view_state,
                today,
                &mut self.pending,
            );
            if changed {
                self.session.typed_in_contact(ui.input(|input| input.time));
            }
        });
    }

    pub(super) fn due_ui(&mut self, ui: &mut egui::Ui) {
        let language = self.preferences.language;
        let today = self.today();
        let contacts = &self.session.document.workspace.contacts;
        let entries = due_contacts(contacts, today);
        egui::CentralPanel::default().show(ui, |ui| {
            due_view_ui(ui, language, contacts, &entries, today, &mut self.pending);
        });
    }

    pub(super) fn map_ui(&mut self, ui: &mut egui::Ui) {
        let language = self.preferences.language;
        let today = self.today();
        let contacts = &self.session.document.workspace.contacts;
        egui::CentralPanel::default().show(ui, |ui| {
            network_map_ui(ui, language, contacts, today, &mut self.pending);
        });
    }
}
