//! "Fällig": overdue and upcoming follow-ups, most urgent first, red, amber or green.

use chrono::NaiveDate;
use egui::{RichText, ScrollArea, Sense, Ui, vec2};

use crate::command::Command;
use crate::command::ContactCommand;
use crate::i18n::{Language, Msg, format_date};
use crate::model::{Contact, DueEntry};
use crate::ui::netzwerkbuch::contact_list::display_name;
use crate::ui::widgets::relationship::{due_color, importance_dots};

pub fn due_view_ui(
    ui: &mut Ui,
    language: Language,
    contacts: &[Contact],
    entries: &[DueEntry],
    today: NaiveDate,
    commands: &mut Vec<Command>,
) {
    ui.heading(Msg::DueHeading.fill(language, &[("date", &format_date(today, language))]));
    ui.add_space(6.0);
    if entries.is_empty() {
        ui.label(
            RichText::new(Msg::DueEmpty.text(language))
                .weak()
                .size(16.0),
        );
        return;
    }
    ScrollArea::vertical()
        .id_salt("due_list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for entry in entries {
                let contact = &contacts[entry.index];
                ui.horizontal(|ui| row_ui(ui, language, contact, entry, commands));
                ui.separator();
            }
        });
}

fn row_ui(
    ui: &mut Ui,
    language: Language,
    contact: &Contact,
    entry: &DueEntry,
    commands: &mut Vec<Command>,
) {
    let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
    ui.painter()
        .circle_filled(rect.center(), 6.0, due_color(entry.status));
    let date = RichText::new(format_date(entry.date, language)).strong();
    ui.add_sized([90.0, 20.0], egui::Label::new(date));
    let when = RichText::new(when_text(language, entry)).color(due_color(entry.status));
    ui.add_sized([190.0, 20.0], egui::Label::new(when));
    let name = display_name(contact, language);
    if ui.link(RichText::new(&name).size(15.0)).clicked() {
        commands.push(Command::Contact(ContactCommand::SelectContact(
            contact.id.clone(),
        )));
    }
    let mut detail = importance_dots(contact.importance);
    if !contact.organisation.trim().is_empty() {
        detail = format!("{} · {detail}", contact.organisation);
    }
    ui.label(RichText::new(detail).weak());
}

/// "überfällig seit 3 Tagen", "heute fällig", "morgen", "in 5 Tagen".
fn when_text(language: Language, entry: &DueEntry) -> String {
    let days = entry.days_left.unsigned_abs().to_string();
    match entry.days_left {
        -1 => Msg::DueYesterday.text(language).to_owned(),
        ..0 => Msg::DueOverdue.fill(language, &[("days", &days)]),
        0 => Msg::DueToday.text(language).to_owned(),
        1 => Msg::DueTomorrow.text(language).to_owned(),
        _ => Msg::DueInDays.fill(language, &[("days", &days)]),
    }
}
