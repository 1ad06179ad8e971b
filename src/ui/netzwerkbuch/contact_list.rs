//! The contacts side panel: search, sort, the monthly goal, and the list of contacts
//! with importance, circle and follow-up status at a glance.

use chrono::NaiveDate;
use egui::{Align2, FontId, Rect, RichText, ScrollArea, Ui, vec2};

use crate::command::Command;
use crate::command::{ContactCommand, ViewCommand};
use crate::i18n::{Language, Msg};
use crate::model::{
    Contact, ContactId, ContactSort, Workspace, due_status, new_relevant_contacts_this_month,
    visible_contacts,
};
use crate::ui::canvas::list::{list_row, paint_line};
use crate::ui::widgets::relationship::{due_color, importance_dots, paint_relationship_dot};
use crate::ui::widgets::search_field::{SearchState, search_field_ui};

const ROW_HEIGHT: f32 = 50.0;

/// How the list is shown, for the whole run (the search goes with the document).
#[derive(Default)]
pub struct ContactListState {
    pub sort: ContactSort,
    /// The preference, set by the app each frame: years without news before review.
    pub review_years: u32,
}

/// What the list shows.
pub struct ContactListInput<'a> {
    pub language: Language,
    pub workspace: &'a Workspace,
    pub selected: Option<&'a ContactId>,
    pub today: NaiveDate,
}

pub fn contact_list_ui(
    ui: &mut Ui,
    input: &ContactListInput<'_>,
    state: &mut ContactListState,
    search: &mut SearchState,
    commands: &mut Vec<Command>,
) {
    let ContactListInput {
        language,
        workspace,
        selected,
        today,
    } = *input;
    goal_ui(
        ui,
        language,
        (workspace, state.review_years),
        today,
        commands,
    );
    ui.separator();
    search_field_ui(ui, language, "contact_search", search);
    sort_ui(ui, language, &mut state.sort);
    ui.horizontal(|ui| {
        if ui
            .button(format!("+ {}", Msg::AddContact.text(language)))
            .clicked()
        {
            commands.push(Command::Contact(ContactCommand::AddContact));
        }
        if let Some(id) = selected
            && ui.button(Msg::Delete.text(language)).clicked()
        {
            commands.push(Command::Contact(ContactCommand::DeleteContact(id.clone())));
        }
    });
    ui.separator();
    let contacts = &workspace.contacts;
    let indices = visible_contacts(contacts, &search.text, state.sort);
    if indices.is_empty() {
        let text = if contacts.is_empty() {
            Msg::NoContacts.text(language).to_owned()
        } else {
            Msg::NoContactsFound.fill(language, &[("search", search.text.trim())])
        };
        ui.label(RichText::new(text).weak());
        return;
    }
    ScrollArea::vertical()
        .id_salt("contact_list")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, indices.len(), |ui, range| {
            for &index in &indices[range] {
                let contact = &contacts[index];
                let is_selected = selected == Some(&contact.id);
                if row_ui(ui, language, contact, is_selected, today).clicked() {
                    commands.push(Command::Contact(ContactCommand::SelectContact(
                        contact.id.clone(),
                    )));
                }
            }
        });
}

/// "Neue relevante Kontakte diesen Monat: 1 von 2", a bar, and the goal to edit.
fn goal_ui(
    ui: &mut Ui,
    language: Language,
    (workspace, review_years): (&Workspace, u32),
    today: NaiveDate,
    commands: &mut Vec<Command>,
) {
    let count = new_relevant_contacts_this_month(&workspace.contacts, today);
    let goal = workspace.monthly_contact_goal;
    ui.label(Msg::MonthlyGoal.fill(
        language,
        &[("count", &count.to_string()), ("goal", &goal.to_string())],
    ));
    let progress = if goal == 0 {
        1.0
    } else {
        (count as f32 / goal as f32).min(1.0)
    };
    ui.add(egui::ProgressBar::new(progress).desired_height(8.0));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(Msg::GoalLabel.text(language));
        let mut edited = goal;
        ui.add(egui::DragValue::new(&mut edited).range(0..=100))
            .labelled_by(label.id);
        if edited != goal {
            commands.push(Command::Contact(ContactCommand::SetMonthlyGoal(edited)));
        }
        ui.separator();
        review_years_ui(ui, language, review_years, commands);
    });
}

/// "Prüfen nach [3] Jahren": when a contact without news is marked for review.
fn review_years_ui(ui: &mut Ui, language: Language, years: u32, commands: &mut Vec<Command>) {
    let hover = Msg::ReviewYearsHover.text(language);
    let label = ui
        .label(Msg::ReviewYearsLabel.text(language))
        .on_hover_text(hover);
    let mut edited = years;
    let unit = format!(" {}", Msg::ReviewYearsUnit.text(language));
    ui.add(egui::DragValue::new(&mut edited).range(1..=20).suffix(unit))
        .labelled_by(label.id)
        .on_hover_text(hover);
    if edited != years {
        commands.push(Command::View(ViewCommand::SetReviewYears(edited)));
    }
}

fn sort_ui(ui: &mut Ui, language: Language, sort: &mut ContactSort) {
    ui.horizontal(|ui| {
        let label = ui.label(Msg::SortLabel.text(language));
        egui::ComboBox::from_id_salt("contact_sort")
            .selected_text(sort_name(*sort, language))
            .show_ui(ui, |ui| {
                for order in ContactSort::ALL {
                    ui.selectable_value(sort, order, sort_name(order, language));
                }
            })
            .response
            .labelled_by(label.id);
    });
}

fn sort_name(order: ContactSort, language: Language) -> &'static str {
    match order {
        ContactSort::Name => Msg::SortName,
        ContactSort::Importance => Msg::SortImportance,
        ContactSort::NextFollowUp => Msg::SortNextFollowUp,
        ContactSort::LastContact => Msg::SortLastContact,
    }
    .text(language)
}

pub fn display_name(contact: &Contact, language: Language) -> String {
    if contact.name.trim().is_empty() {
        Msg::NewContactName.text(language).to_owned()
    } else {
        contact.name.clone()
    }
}

/// Relationship dot, name, organisation and circle, importance, and the follow-up dot.
fn row_ui(
    ui: &mut Ui,
    language: Language,
    contact: &Contact,
    is_selected: bool,
    today: NaiveDate,
) -> egui::Response {
    let name = display_name(contact, language);
    let (response, content) = list_row(ui, ROW_HEIGHT, &name, is_selected);
    let Some((painter, text_color)) = content else {
        return response;
    };
    let rect = response.rect;
    let visuals = ui.visuals();
    // The importance dots sit on the name's line, left of the follow-up dot, and the
    // name ends before them; the second line keeps the row's whole width for the
    // organisation and the circle, which are the longer texts.
    let dots = painter.text(
        egui::pos2(rect.right() - 26.0, rect.top() + 14.0),
        Align2::RIGHT_CENTER,
        importance_dots(contact.importance),
        FontId::proportional(11.0),
        visuals.weak_text_color(),
    );
    let text_left = rect.left() + 26.0;
    paint_relationship_dot(
        &painter,
        rect.left_top() + vec2(13.0, 15.0),
        6.0,
        contact.relationship,
    );
    paint_line(
        &painter,
        Rect::from_min_max(
            egui::pos2(text_left, rect.top() + 5.0),
            egui::pos2((dots.left() - 6.0).max(text_left + 10.0), rect.top() + 23.0),
        ),
        &name,
        FontId::proportional(15.0),
        text_color,
    );
    let circle = Msg::circle(contact.circle(today)).text(language);
    let second = [contact.organisation.as_str(), circle]
        .iter()
        .filter(|part| !part.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    paint_line(
        &painter,
        Rect::from_min_max(
            egui::pos2(text_left, rect.top() + 27.0),
            egui::pos2(
                (rect.right() - 8.0).max(text_left + 10.0),
                rect.top() + 43.0,
            ),
        ),
        &second,
        FontId::proportional(12.0),
        visuals.weak_text_color(),
    );
    if let Some(status) = contact
        .next_follow_up
        .and_then(|date| due_status(date, today))
    {
        painter.circle_filled(rect.right_top() + vec2(-14.0, 14.0), 5.0, due_color(status));
    }
    response
}
