//! The template editor: name, grid size and fields of a template in both languages,
//! next to a live preview of the printed page.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use crate::command::Command;
use crate::command::TemplateCommand;
use crate::i18n::{Language, Msg};
use crate::model::{FieldKind, MAX_GRID, Template};
use crate::ui::templates::preview::{PreviewAction, template_preview_ui};
use crate::ui::widgets::editor_id::editor_id;

#[derive(Default)]
pub struct TemplateEditorState {
    pub selected: Option<String>,
    pub selected_field: Option<usize>,
    /// Why the last move or resize was refused.
    pub message: Option<Msg>,
}

/// A template as the editor gets it: stored in the file (editable) or bundled.
pub enum TemplateRef<'a> {
    Editable(&'a mut Template),
    Bundled(&'a Template),
}

/// Returns true when the template changed.
pub fn template_editor_ui(
    ui: &mut Ui,
    language: Language,
    template: TemplateRef<'_>,
    state: &mut TemplateEditorState,
    commands: &mut Vec<Command>,
) -> bool {
    match template {
        TemplateRef::Bundled(bundled) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(Msg::BundledTemplateHint.text(language)).weak());
                if ui.button(Msg::EditTemplate.text(language)).clicked() {
                    commands.push(Command::Template(TemplateCommand::EditBundledTemplate(
                        bundled.id.clone(),
                    )));
                }
            });
            ui.heading(bundled.name(language));
            if let Some(PreviewAction::Select(index)) =
                template_preview_ui(ui, language, bundled, state.selected_field, false)
            {
                state.selected_field = Some(index);
            }
            false
        }
        TemplateRef::Editable(template) => editable_ui(ui, language, template, state, commands),
    }
}

fn editable_ui(
    ui: &mut Ui,
    language: Language,
    template: &mut Template,
    state: &mut TemplateEditorState,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = settings_ui(ui, language, template);
    if let Some(message) = state.message {
        ui.label(RichText::new(message.text(language)).color(ui.visuals().warn_fg_color));
    }
    let mut action = None;
    ui.columns(2, |columns| {
        ScrollArea::vertical()
            .id_salt("template_fields")
            .show(&mut columns[0], |ui| {
                changed |= fields_ui(ui, language, template, state, commands);
            });
        columns[1].label(RichText::new(Msg::PreviewLabel.text(language)).weak());
        action = template_preview_ui(
            &mut columns[1],
            language,
            template,
            state.selected_field,
            true,
        );
    });
    if let Some(action) = action {
        changed |= apply_preview_action(template, state, action);
    }
    changed
}

fn apply_preview_action(
    template: &mut Template,
    state: &mut TemplateEditorState,
    action: PreviewAction,
) -> bool {
    let accepted = match action {
        PreviewAction::Select(index) => {
            state.selected_field = Some(index);
            return false;
        }
        PreviewAction::Place(index, column, row) => {
            state.selected_field = Some(index);
            let field = &template.fields[index];
            if (field.column, field.row) == (column, row) {
                return false;
            }
            template.place_field(index, column, row)
        }
        PreviewAction::Span(index, columns, rows) => template.span_field(index, columns, rows),
    };
    state.message = (!accepted).then_some(Msg::DoesNotFit);
    accepted
}

/// Names in both languages, grid size and cards per page.
fn settings_ui(ui: &mut Ui, language: Language, template: &mut Template) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for (msg, text, key) in [
            (Msg::TemplateNameDe, &mut template.name_de, "name_de"),
            (Msg::TemplateNameEn, &mut template.name_en, "name_en"),
        ] {
            let label = ui.label(msg.text(language));
            let id = editor_id(("template", &template.id, key));
            changed |= ui
                .add(TextEdit::singleline(text).id(id).desired_width(220.0))
                .labelled_by(label.id)
                .changed();
        }
    });
    ui.horizontal_wrapped(|ui| {
        let (mut columns, mut rows) = (template.columns, template.rows);
        let label = ui.label(Msg::GridColumns.text(language));
        ui.add(egui::DragValue::new(&mut columns).range(1..=MAX_GRID))
            .labelled_by(label.id);
        let label = ui.label(Msg::GridRows.text(language));
        ui.add(egui::DragValue::new(&mut rows).range(1..=MAX_GRID))
            .labelled_by(label.id);
        if (columns, rows) != (template.columns, template.rows) {
            changed |= template.resize_grid(columns, rows);
        }
        let mut cards = template.cards_per_page == 4;
        if ui
            .checkbox(&mut cards, Msg::CardsPerPage.text(language))
            .changed()
        {
            template.cards_per_page = if cards { 4 } else { 1 };
            changed = true;
        }
    });
    changed
}

/// The list of fields with reorder and remove, and the selected field's details.
fn fields_ui(
    ui: &mut Ui,
    language: Language,
    template: &mut Template,
    state: &mut TemplateEditorState,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(Msg::TemplateFields.text(language)).strong());
        if ui.button(Msg::AddField.text(language)).clicked() {
            let de = Msg::NewFieldLabelDe.text(language);
            let en = Msg::NewFieldLabelEn.text(language);
            match template.add_field(de, en) {
                Some(index) => {
                    state.selected_field = Some(index);
                    state.message = None;
                    changed = true;
                }
                None => state.message = Some(Msg::GridFull),
            }
        }
    });
    let mut reorder = None;
    for (index, field) in template.fields.iter().enumerate() {
        ui.horizontal(|ui| {
            let is_selected = state.selected_field == Some(index);
            if ui
                .selectable_label(is_selected, field.label(language))
                .clicked()
            {
                state.selected_field = Some(index);
            }
            for (symbol, msg, offset) in [("↑", Msg::MoveFieldUp, -1), ("↓", Msg::MoveFieldDown, 1)]
            {
                let hint = format!("{}: {}", msg.text(language), field.label(language));
                let button = ui.small_button(symbol).on_hover_text(&hint);
                if button.accessible_name(hint).clicked() {
                    reorder = Some((index, offset));
                }
            }
            let hint = format!(
                "{}: {}",
                Msg::RemoveField.text(language),
                field.label(language)
            );
            if ui
                .small_button("×")
                .on_hover_text(&hint)
                .accessible_name(hint)
                .clicked()
            {
                commands.push(Command::Template(TemplateCommand::RemoveTemplateField(
                    template.id.clone(),
                    field.id.clone(),
                )));
            }
        });
    }
    if let Some((index, offset)) = reorder
        && let Some(target) = template.reorder_field(index, offset)
    {
        state.selected_field = Some(target);
        changed = true;
    }
    ui.separator();
    if let Some(index) = state.selected_field.filter(|&i| i < template.fields.len()) {
        changed |= field_details_ui(ui, language, template, index, state);
    }
    changed
}

fn field_details_ui(
    ui: &mut Ui,
    language: Language,
    template: &mut Template,
    index: usize,
    state: &mut TemplateEditorState,
) -> bool {
    let mut changed = false;
    let template_id = template.id.clone();
    let field = &mut template.fields[index];
    let field_id = field.id.clone();
    for (msg, text, rows, key) in [
        (Msg::LabelDe, &mut field.label_de, 1, "label_de"),
        (Msg::LabelEn, &mut field.label_en, 1, "label_en"),
        (Msg::QuestionDe, &mut field.question_de, 2, "question_de"),
        (Msg::QuestionEn, &mut field.question_en, 2, "question_en"),
    ] {
        let label = ui.label(msg.text(language));
        changed |= ui
            .add(
                TextEdit::multiline(text)
                    .id(editor_id(("template", &template_id, &field_id, key)))
                    .desired_rows(rows)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
    }
    let label = ui.label(Msg::FieldKindLabel.text(language));
    let kind_name = |kind| match kind {
        FieldKind::Text => Msg::FieldKindText.text(language),
        FieldKind::Investment => Msg::FieldKindInvestment.text(language),
    };
    let before = field.kind;
    egui::ComboBox::from_id_salt("field_kind")
        .selected_text(kind_name(field.kind))
        .show_ui(ui, |ui| {
            for kind in [FieldKind::Text, FieldKind::Investment] {
                ui.selectable_value(&mut field.kind, kind, kind_name(kind));
            }
        })
        .response
        .labelled_by(label.id);
    changed |= before != field.kind;
    changed |= placement_ui(ui, language, template, index, state);
    changed
}

/// Column, row and spans as numbers: the keyboard way to do what dragging does.
fn placement_ui(
    ui: &mut Ui,
    language: Language,
    template: &mut Template,
    index: usize,
    state: &mut TemplateEditorState,
) -> bool {
    let field = &template.fields[index];
    let (mut column, mut row) = (field.column + 1, field.row + 1);
    let (mut column_span, mut row_span) = (field.column_span, field.row_span);
    ui.horizontal_wrapped(|ui| {
        for (msg, value) in [
            (Msg::FieldColumn, &mut column),
            (Msg::FieldRow, &mut row),
            (Msg::FieldColumnSpan, &mut column_span),
            (Msg::FieldRowSpan, &mut row_span),
        ] {
            let label = ui.label(msg.text(language));
            ui.add(egui::DragValue::new(value).range(1..=MAX_GRID))
                .labelled_by(label.id);
        }
    });
    let field = &template.fields[index];
    let moved = (column - 1, row - 1) != (field.column, field.row);
    let spanned = (column_span, row_span) != (field.column_span, field.row_span);
    let accepted = if moved {
        template.place_field(index, column - 1, row - 1)
    } else if spanned {
        template.span_field(index, column_span, row_span)
    } else {
        return false;
    };
    state.message = (!accepted).then_some(Msg::DoesNotFit);
    accepted
}
