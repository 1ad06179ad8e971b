//! The canvas header's contacts row: which Netzwerkbuch contacts are partners of this
//! collaboration, a jump to each, and linking another one.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::command::ContactCommand;
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, Contact};
use crate::ui::netzwerkbuch::contact_list::display_name;

pub fn contact_links_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &Collaboration,
    contacts: &[Contact],
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(Msg::LinkedContacts.text(language));
        for id in &collaboration.partner_contacts {
            let Some(contact) = contacts.iter().find(|c| &c.id == id) else {
                continue;
            };
            let name = display_name(contact, language);
            if ui
                .link(format!("→ {name}"))
                .on_hover_text(Msg::OpenContact.text(language))
                .clicked()
            {
                commands.push(Command::Contact(ContactCommand::SelectContact(id.clone())));
            }
            let unlink = format!("{}: {name}", Msg::Unlink.text(language));
            if ui
                .small_button("×")
                .on_hover_text(&unlink)
                .accessible_name(unlink)
                .clicked()
            {
                commands.push(Command::Contact(ContactCommand::UnlinkContact(
                    collaboration.id.clone(),
                    id.clone(),
                )));
            }
        }
        let unlinked: Vec<&Contact> = contacts
            .iter()
            .filter(|contact| !collaboration.partner_contacts.contains(&contact.id))
            .collect();
        if contacts.is_empty() {
            ui.label(RichText::new(Msg::NoContacts.text(language)).weak().small());
            return;
        }
        if unlinked.is_empty() {
            return;
        }
        let mut chosen = false;
        let combo = egui::ComboBox::from_id_salt("link_contact")
            .selected_text(Msg::LinkContact.text(language))
            .height(320.0)
            .show_ui(ui, |ui| {
                for contact in unlinked {
                    if ui
                        .selectable_label(false, display_name(contact, language))
                        .clicked()
                    {
                        chosen = true;
                        commands.push(Command::Contact(ContactCommand::LinkContact(
                            collaboration.id.clone(),
                            contact.id.clone(),
                        )));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if chosen {
            // The chosen entry closes with its list; the keyboard focus goes back to the
            // list's button instead of nowhere, so Tab goes on from where one was.
            combo.request_focus();
        }
    });
}
