//! The side panel: search, sort and the list of collaborations with their form and
//! importance at a glance.

use egui::{Align2, FontId, Rect, RichText, ScrollArea, Sense, Ui, Vec2, WidgetInfo, vec2};

use crate::command::Command;
use crate::command::{EditCommand, ViewCommand};
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, CollaborationId, SortOrder, Workspace, visible_indices};
use crate::ui::widgets::relationship::{
    importance_dots, paint_relationship_dot, relationship_color, relationship_name,
};
use crate::ui::widgets::search_field::{SearchState, search_field_ui};
use crate::user_action::UserAction;

const ROW_HEIGHT: f32 = 66.0;

pub struct ListPanelInput<'a> {
    pub language: Language,
    pub workspace: &'a Workspace,
    pub selected: Option<&'a CollaborationId>,
    pub sort: SortOrder,
}

pub fn collaboration_list_ui(
    ui: &mut Ui,
    input: &ListPanelInput<'_>,
    search: &mut SearchState,
    commands: &mut Vec<Command>,
) {
    let language = input.language;
    search_field_ui(ui, language, "collaboration_search", search);
    sort_ui(ui, language, input.sort, commands);
    // Wraps in a narrow panel (a laptop at 200 %) instead of widening it.
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(format!("+ {}", Msg::AddCollaboration.text(language)))
            .clicked()
        {
            commands.push(Command::Edit(EditCommand::AddCollaboration));
        }
        ui.menu_button("▾", |ui| {
            ui.label(egui::RichText::new(Msg::NewWithTemplate.text(language)).weak());
            for template in input.workspace.available_templates() {
                if ui.button(template.name(language)).clicked() {
                    commands.push(Command::Edit(EditCommand::AddCollaborationWith(
                        template.id.clone(),
                    )));
                }
            }
        })
        .response
        .on_hover_text(Msg::NewWithTemplate.text(language))
        .accessible_name(Msg::NewWithTemplate.text(language));
        let has_selection = input.selected.is_some();
        if ui
            .add_enabled(
                has_selection,
                egui::Button::new(Msg::Duplicate.text(language)),
            )
            .clicked()
        {
            commands.push(Command::Edit(EditCommand::DuplicateSelected));
        }
        if ui
            .add_enabled(has_selection, egui::Button::new(Msg::Delete.text(language)))
            .clicked()
        {
            commands.push(Command::Edit(EditCommand::DeleteSelected));
        }
    });
    ui.separator();

    let indices = visible_indices(input.workspace, &search.text, input.sort);
    if indices.is_empty() {
        empty_list_ui(
            ui,
            language,
            input.workspace.collaborations.is_empty(),
            &search.text,
        );
        return;
    }
    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, indices.len(), |ui, range| {
            for &index in &indices[range] {
                let collaboration = &input.workspace.collaborations[index];
                let is_selected = input.selected == Some(&collaboration.id);
                let response = row_ui(ui, language, collaboration, is_selected);
                if response.clicked() {
                    commands.push(Command::Edit(EditCommand::Select(collaboration.id.clone())));
                }
                if response.double_clicked() {
                    commands.push(Command::Edit(EditCommand::RenameSelected));
                }
                response.context_menu(|ui| {
                    row_menu_ui(ui, language, &collaboration.id, commands);
                });
            }
        });
}

fn sort_ui(ui: &mut Ui, language: Language, current: SortOrder, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.label(Msg::SortLabel.text(language));
        let mut chosen = current;
        egui::ComboBox::from_id_salt("sort_order")
            .selected_text(sort_name(current, language))
            .show_ui(ui, |ui| {
                for order in SortOrder::ALL {
                    ui.selectable_value(&mut chosen, order, sort_name(order, language));
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != current {
            commands.push(Command::View(ViewCommand::SetSort(chosen)));
        }
    });
}

fn sort_name(order: SortOrder, language: Language) -> &'static str {
    match order {
        SortOrder::File => Msg::SortFile,
        SortOrder::Title => Msg::SortTitle,
        SortOrder::Importance => Msg::SortImportance,
        SortOrder::MeetingDate => Msg::SortMeetingDate,
    }
    .text(language)
}

fn empty_list_ui(ui: &mut Ui, language: Language, is_workspace_empty: bool, search: &str) {
    ui.add_space(12.0);
    let text = if is_workspace_empty {
        let shortcut = UserAction::AddCollaboration
            .shortcut_text(ui.ctx(), language)
            .unwrap_or_default();
        Msg::EmptyWorkspace.fill(language, &[("shortcut", &shortcut)])
    } else {
        Msg::NoMatches.fill(language, &[("query", search.trim())])
    };
    ui.label(RichText::new(text).weak());
}

fn row_menu_ui(ui: &mut Ui, language: Language, id: &CollaborationId, commands: &mut Vec<Command>) {
    for command in [
        Command::Edit(EditCommand::DuplicateSelected),
        Command::Edit(EditCommand::RenameSelected),
        Command::Edit(EditCommand::DeleteSelected),
    ] {
        if ui.button(command.label_text(language)).clicked() {
            commands.push(Command::Edit(EditCommand::Select(id.clone())));
            commands.push(command);
        }
    }
}

/// One list row: a relationship dot, the title, the partners and the importance dots.
fn row_ui(
    ui: &mut Ui,
    language: Language,
    collaboration: &Collaboration,
    is_selected: bool,
) -> egui::Response {
    let title = display_title(collaboration, language);
    let (response, content) = list_row(ui, ROW_HEIGHT, &title, is_selected);
    let Some((painter, text_color)) = content else {
        return response;
    };
    let rect = response.rect;
    let visuals = ui.visuals();
    let weak_color = visuals.weak_text_color();
    let left = rect.left() + 26.0;
    let width = (rect.width() - 34.0).max(10.0);
    paint_relationship_dot(
        &painter,
        rect.left_top() + vec2(13.0, 16.0),
        6.0,
        collaboration.relationship,
    );
    paint_line(
        &painter,
        Rect::from_min_size(rect.left_top() + vec2(26.0, 6.0), Vec2::new(width, 18.0)),
        &title,
        FontId::proportional(15.0),
        text_color,
    );
    let partners = collaboration.partners_joined();
    paint_line(
        &painter,
        Rect::from_min_size(egui::pos2(left, rect.top() + 26.0), Vec2::new(width, 16.0)),
        &partners,
        FontId::proportional(12.0),
        weak_color,
    );
    painter.text(
        egui::pos2(left, rect.top() + 44.0),
        Align2::LEFT_TOP,
        relationship_name(collaboration.relationship, language),
        FontId::proportional(12.0),
        relationship_color(collaboration.relationship),
    );
    painter.text(
        egui::pos2(rect.right() - 8.0, rect.top() + 44.0),
        Align2::RIGHT_TOP,
        importance_dots(collaboration.importance),
        FontId::proportional(12.0),
        weak_color,
    );
    response.on_hover_text(Msg::ImportanceValue.fill(
        language,
        &[("value", &collaboration.importance.to_string())],
    ))
}

/// A clickable list row named `name` for screen readers, with the selection or hover
/// background drawn; the painter and text colour for its content, or `None` when the
/// row is scrolled out of view.
pub fn list_row(
    ui: &mut Ui,
    height: f32,
    name: &str,
    is_selected: bool,
) -> (egui::Response, Option<(egui::Painter, egui::Color32)>) {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    response.widget_info(|| WidgetInfo::selected(egui::Role::Button, true, is_selected, name));
    if !ui.is_rect_visible(rect) {
        return (response, None);
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    if is_selected {
        painter.rect_filled(rect.shrink(1.0), 4.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        painter.rect_filled(rect.shrink(1.0), 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let text_color = if is_selected {
        visuals.selection.stroke.color
    } else {
        visuals.text_color()
    };
    (response, Some((painter, text_color)))
}

/// Draws one line of text, cut with "…" where it would leave the row.
pub fn paint_line(
    painter: &egui::Painter,
    rect: Rect,
    text: &str,
    font: FontId,
    color: egui::Color32,
) {
    let mut job = egui::text::LayoutJob::single_section(
        text.replace(['\n', '\r', '\t'], " "),
        egui::TextFormat::simple(font, color),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width());
    let galley = painter.layout_job(job);
    painter.galley(rect.left_top(), galley, color);
}

pub fn display_title(collaboration: &Collaboration, language: Language) -> String {
    if collaboration.title.trim().is_empty() {
        Msg::Untitled.text(language).to_owned()
    } else {
        collaboration.title.clone()
    }
}
