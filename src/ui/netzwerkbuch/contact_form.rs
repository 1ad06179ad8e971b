//! The contact card: who the contact is, how important, which circle, and when to
//! follow up. The activity log, the balance and the links sit below it.

use chrono::NaiveDate;
use egui::{RichText, TextEdit, Ui};

use crate::i18n::{Language, Msg, format_date};
use crate::model::{Circle, Contact, ContactId, default_cadence_days, due_status};
use crate::ui::widgets::date_field::date_field_ui;
use crate::ui::widgets::editor_id::editor_id;
use crate::ui::widgets::importance::importance_ui;
use crate::ui::widgets::relationship::due_color;
use crate::ui::widgets::relationship::relationship_ui;
use crate::ui::widgets::wrap_group::wrap_group;

/// Text typed into fields that only reach the model once they parse.
#[derive(Default)]
pub struct ContactDrafts {
    pub for_id: Option<ContactId>,
    pub tags: String,
    pub next_follow_up: String,
    /// The follow-up the draft was made from, so that a logged contact refreshes it.
    pub follow_up_shown: Option<NaiveDate>,
}

impl ContactDrafts {
    pub fn sync(&mut self, contact: &Contact, language: Language, force: bool) {
        let is_other = self.for_id.as_ref() != Some(&contact.id);
        if force || is_other {
            self.for_id = Some(contact.id.clone());
            self.tags = contact.tags_joined();
        }
        if force || is_other || self.follow_up_shown != contact.next_follow_up {
            self.follow_up_shown = contact.next_follow_up;
            self.next_follow_up = contact
                .next_follow_up
                .map(|date| format_date(date, language))
                .unwrap_or_default();
        }
    }
}

/// The name editor, which a new contact focuses so that typing names it.
pub fn contact_name_editor_id(id: &ContactId) -> egui::Id {
    editor_id((id, "name"))
}

/// Returns true when the user changed the contact.
/// The "Name" label with what goes beside it, and the name in large type.
fn name_ui(
    ui: &mut Ui,
    language: Language,
    contact: &mut Contact,
    beside_name: impl FnOnce(&mut Ui, &Contact),
) -> bool {
    let label = ui
        .horizontal(|ui| {
            let label = ui.label(RichText::new(Msg::ContactName.text(language)).strong());
            beside_name(ui, contact);
            label
        })
        .inner;
    ui.add(
        TextEdit::singleline(&mut contact.name)
            .id(contact_name_editor_id(&contact.id))
            .hint_text(Msg::NewContactName.text(language))
            .font(egui::FontId::proportional(22.0))
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
    .changed()
}

pub fn contact_form_ui(
    ui: &mut Ui,
    language: Language,
    contact: &mut Contact,
    drafts: &mut ContactDrafts,
    today: NaiveDate,
    beside_name: impl FnOnce(&mut Ui, &Contact),
) -> bool {
    let mut changed = name_ui(ui, language, contact, beside_name);
    ui.horizontal_wrapped(|ui| {
        let id = &contact.id;
        for (msg, text, key) in [
            (Msg::Organisation, &mut contact.organisation, "organisation"),
            (Msg::Role, &mut contact.role, "role"),
            (Msg::Email, &mut contact.email, "email"),
            (Msg::Phone, &mut contact.phone, "phone"),
        ] {
            changed |= text_row(ui, (id, key), msg, text, language);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(Msg::Tags.text(language));
        let tags = ui
            .add(
                TextEdit::singleline(&mut drafts.tags)
                    .id(editor_id((&contact.id, "tags")))
                    .hint_text(Msg::TagsHint.text(language))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if tags.changed() {
            contact.set_tags_from_text(&drafts.tags);
            changed = true;
        }
    });
    ui.horizontal_wrapped(|ui| {
        changed |= wrap_group(ui, "relationship", |ui| {
            relationship_ui(ui, language, &mut contact.relationship)
        });
        ui.separator();
        let cadence = contact.cadence();
        if wrap_group(ui, "importance", |ui| {
            importance_ui(ui, language, &mut contact.importance)
        }) {
            contact.cadence_changed(cadence);
            changed = true;
        }
        ui.separator();
        changed |= wrap_group(ui, "circle", |ui| circle_ui(ui, language, contact, today));
    });
    ui.horizontal_wrapped(|ui| {
        changed |= wrap_group(ui, "follow_up", |ui| {
            follow_up_ui(ui, language, contact, drafts, today)
        });
        wrap_group(ui, "last_contact", |ui| {
            last_contact_ui(ui, language, contact)
        });
        ui.separator();
        let cadence = contact.cadence();
        if wrap_group(ui, "cadence", |ui| cadence_ui(ui, language, contact)) {
            contact.cadence_changed(cadence);
            changed = true;
        }
    });
    let label = ui.label(Msg::Notes.text(language));
    changed |= ui
        .add(
            TextEdit::multiline(&mut contact.notes)
                .id(editor_id((&contact.id, "notes")))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .changed();
    changed
}

/// A label and its field, kept on one line when the row wraps.
fn text_row(
    ui: &mut Ui,
    what: (&ContactId, &str),
    msg: Msg,
    text: &mut String,
    language: Language,
) -> bool {
    const EDITOR_WIDTH: f32 = 220.0;
    // A row that would not fit starts a new line, instead of squeezing the editor and
    // cutting its text ("+49 2866 100…" at 1366 pixels).
    let label_width = egui::WidgetText::from(msg.text(language))
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x;
    let needed = label_width + ui.spacing().item_spacing.x + EDITOR_WIDTH;
    // The visible room: the card sits in a scroll area whose layout is wider than what
    // shows, so the clip rectangle decides.
    let right = ui.clip_rect().max.x.min(ui.max_rect().max.x);
    let room = right - ui.cursor().min.x;
    if room < needed && ui.cursor().min.x > ui.max_rect().min.x + 1.0 {
        ui.end_row();
    }
    ui.horizontal(|ui| {
        let label = ui.label(msg.text(language));
        ui.add(
            TextEdit::singleline(text)
                .id(editor_id(what))
                .desired_width(EDITOR_WIDTH),
        )
        .labelled_by(label.id)
        .changed()
    })
    .inner
}

/// "Automatisch: Mittlerer Kreis" or the user's own choice.
fn circle_ui(ui: &mut Ui, language: Language, contact: &mut Contact, today: NaiveDate) -> bool {
    let label = ui.label(Msg::CircleLabel.text(language));
    let automatic = Msg::CircleAutomatic.fill(
        language,
        &[(
            "circle",
            Msg::circle(contact.proposed_circle(today)).text(language),
        )],
    );
    let name = |circle: Option<Circle>| match circle {
        None => automatic.clone(),
        Some(circle) => Msg::circle(circle).text(language).to_owned(),
    };
    let before = contact.circle;
    egui::ComboBox::from_id_salt("contact_circle")
        .selected_text(name(contact.circle))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut contact.circle, None, name(None));
            for circle in Circle::ALL {
                ui.selectable_value(&mut contact.circle, Some(circle), name(Some(circle)));
            }
        })
        .response
        .labelled_by(label.id);
    before != contact.circle
}

fn follow_up_ui(
    ui: &mut Ui,
    language: Language,
    contact: &mut Contact,
    drafts: &mut ContactDrafts,
    today: NaiveDate,
) -> bool {
    if let Some(status) = contact
        .next_follow_up
        .and_then(|date| due_status(date, today))
    {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter()
            .circle_filled(rect.center(), 5.0, due_color(status));
    }
    let id = editor_id((&contact.id, "next_follow_up"));
    let field = (Msg::NextFollowUp, &mut drafts.next_follow_up);
    if date_field_ui(ui, language, id, field, &mut contact.next_follow_up) {
        drafts.follow_up_shown = contact.next_follow_up;
        return true;
    }
    false
}

/// "Letzter Kontakt: 20.11.2026", its own group so that it wraps as a whole.
fn last_contact_ui(ui: &mut Ui, language: Language, contact: &Contact) {
    let last = contact.last_contact().map_or_else(
        || Msg::NeverContacted.text(language).to_owned(),
        |date| format_date(date, language),
    );
    let text = format!("{}: {last}", Msg::LastContact.text(language));
    ui.add(egui::Label::new(RichText::new(text).weak()).extend());
}

/// "Standard (alle 60 Tage)" or the contact's own number of days.
fn cadence_ui(ui: &mut Ui, language: Language, contact: &mut Contact) -> bool {
    ui.label(Msg::Cadence.text(language));
    let default_days = default_cadence_days(contact.importance);
    let mut uses_default = contact.cadence_days.is_none();
    let before = contact.cadence_days;
    let default_text = format!(
        "{} ({})",
        Msg::CadenceDefault.text(language),
        Msg::CadenceDays.fill(language, &[("days", &default_days.to_string())])
    );
    if ui.checkbox(&mut uses_default, default_text).changed() {
        contact.cadence_days = if uses_default {
            None
        } else {
            Some(default_days)
        };
    }
    if let Some(days) = &mut contact.cadence_days {
        ui.add(egui::DragValue::new(days).range(1..=730).suffix(" d"));
    }
    before != contact.cadence_days
}
