//! Before contacts go out: the format (vCard 4.0, vCard 3.0 for older programs, CSV for
//! Excel) and whether all contacts or those with one tag, as `export --tag` does.

use egui::{ComboBox, RichText};

use crate::i18n::{Language, Msg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactsFormat {
    VCard4,
    /// For older programs (old Outlook versions, some phones).
    VCard3,
    Csv,
}

/// The user's choice, kept until the file is picked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactsExportDraft {
    pub format: ContactsFormat,
    /// `None` for all contacts.
    pub tag: Option<String>,
    /// The tags the contacts use, to choose from.
    pub tags: Vec<String>,
}

/// `Some(true)` to go on to the file, `Some(false)` to cancel, `None` while undecided.
pub fn contacts_export_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut ContactsExportDraft,
) -> Option<bool> {
    let heading = Msg::ContactsExportTitle.text(language);
    let (answer, dismissed) = super::show_dialog(ctx, "contacts_export_dialog", heading, |ui| {
        ui.label(RichText::new(Msg::ContactsExportFormat.text(language)).strong());
        for (format, msg) in [
            (ContactsFormat::VCard4, Msg::ContactsFormatVcard4),
            (ContactsFormat::VCard3, Msg::ContactsFormatVcard3),
            (ContactsFormat::Csv, Msg::ContactsFormatCsv),
        ] {
            ui.radio_value(&mut draft.format, format, msg.text(language));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label(Msg::ContactsExportWhich.text(language));
            let all = Msg::ContactsExportAll.text(language).to_owned();
            let shown = draft.tag.clone().map_or_else(
                || all.clone(),
                |tag| Msg::ContactsExportTagged.fill(language, &[("tag", &tag)]),
            );
            ComboBox::from_id_salt("contacts_export_tag")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut draft.tag, None, all);
                    for tag in &draft.tags {
                        let text = Msg::ContactsExportTagged.fill(language, &[("tag", tag)]);
                        ui.selectable_value(&mut draft.tag, Some(tag.clone()), text);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        let next = egui::Button::new(Msg::ContactsExportNext.text(language));
        super::confirm_row(ui, language, next, true)
    });
    if dismissed { Some(false) } else { answer }
}
