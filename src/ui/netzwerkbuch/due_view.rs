//! "Fällig": overdue and upcoming follow-ups, most urgent first, red, amber or green,
//! each with what a user does about it: *Erledigt*, *+1 Woche*, or the name to open
//! the contact.

use chrono::NaiveDate;
use egui::{Align, Label, Layout, RichText, ScrollArea, Sense, Ui, vec2};

use crate::command::Command;
use crate::command::ContactCommand;
use crate::i18n::{Language, Msg, format_date};
use crate::model::{Contact, DueEntry};
use crate::ui::netzwerkbuch::contact_list::display_name;
use crate::ui::widgets::accessible;
use crate::ui::widgets::relationship::{due_color, importance_dots};

pub fn due_view_ui(
    ui: &mut Ui,
    language: Language,
    contacts: &[Contact],
    entries: &[DueEntry],
    today: NaiveDate,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading(Msg::DueHeading.fill(language, &[("date", &format_date(today, language))]));
        // The follow-ups where the user plans the week: the calendar.
        let calendar = Command::Contact(crate::command::ContactCommand::ExportCalendarDialog);
        if ui.button(calendar.label_text(language)).clicked() {
            commands.push(calendar);
        }
    });
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
    ui.add_sized([90.0, 20.0], Label::new(date));
    let when = RichText::new(when_text(language, entry)).color(due_color(entry.status));
    ui.add_sized([190.0, 20.0], Label::new(when));
    let done = Command::Contact(ContactCommand::FollowUpDone(contact.id.clone()));
    let postpone = Command::Contact(ContactCommand::PostponeFollowUp(contact.id.clone()));
    // The buttons are placed first, from the right, so that they stand at the row's
    // right end, one column for all rows, at any zoom; the name and its details take
    // what they leave, cut off at the buttons instead of pushing them off the screen.
    ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
        let name = display_name(contact, language);
        action_ui(
            ui,
            language,
            postpone,
            Msg::DuePostponeHint,
            &name,
            commands,
        );
        action_ui(ui, language, done, Msg::DueDoneHint, &name, commands);
        ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
            let room = ui.max_rect().intersect(ui.clip_rect());
            ui.set_clip_rect(room);
            name_ui(ui, language, contact, commands);
        });
    });
}

/// The contact's name, which opens it, and its organisation and importance.
fn name_ui(ui: &mut Ui, language: Language, contact: &Contact, commands: &mut Vec<Command>) {
    let name = display_name(contact, language);
    let open = Command::Contact(ContactCommand::SelectContact(contact.id.clone()));
    let link = ui.link(RichText::new(&name).size(15.0));
    if link.on_hover_text(open.label_text(language)).clicked() {
        commands.push(open);
    }
    let mut detail = importance_dots(contact.importance);
    if !contact.organisation.trim().is_empty() {
        detail = format!("{} · {detail}", contact.organisation);
    }
    ui.add(Label::new(RichText::new(detail).weak()).truncate());
}

/// A button named by its command, with a hint of what it does. A screen reader hears
/// whose row it is ("+1 Woche: Anna Lindemann"): every row has the same two buttons.
fn action_ui(
    ui: &mut Ui,
    language: Language,
    command: Command,
    hint: Msg,
    contact_name: &str,
    commands: &mut Vec<Command>,
) {
    let label = command.label_text(language);
    let button = ui.button(label);
    let spoken = Msg::DueActionFor.fill(language, &[("action", label), ("name", contact_name)]);
    let button = accessible::name(button, &spoken);
    if button.on_hover_text(hint.text(language)).clicked() {
        commands.push(command);
    }
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
