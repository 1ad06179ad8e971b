//! The template editor's edits as pure functions: adding, moving and resizing fields on
//! the grid without ever letting two boxes overlap or leave the grid.

use super::{FieldKind, FieldSpec, MAX_GRID, Template};

impl Template {
    /// Whether the cells of `column, row` with the spans are inside the grid and free of
    /// every field except the one at `except`.
    pub fn is_free(
        &self,
        (column, row, column_span, row_span): (u8, u8, u8, u8),
        except: Option<usize>,
    ) -> bool {
        if column_span == 0 || row_span == 0 {
            return false;
        }
        let fits = u16::from(column) + u16::from(column_span) <= u16::from(self.columns)
            && u16::from(row) + u16::from(row_span) <= u16::from(self.rows);
        fits && self.fields.iter().enumerate().all(|(index, field)| {
            Some(index) == except
                || field.column >= column + column_span
                || column >= field.column + field.column_span
                || field.row >= row + row_span
                || row >= field.row + field.row_span
        })
    }

    fn first_free_cell(&self) -> Option<(u8, u8)> {
        (0..self.rows)
            .flat_map(|row| (0..self.columns).map(move |column| (column, row)))
            .find(|&(column, row)| self.is_free((column, row, 1, 1), None))
    }

    /// Adds a text field in the first free cell (a new row when the grid is full) and
    /// returns its index; `None` when the grid is full at its largest size.
    pub fn add_field(&mut self, label_de: &str, label_en: &str) -> Option<usize> {
        let (column, row) = match self.first_free_cell() {
            Some(cell) => cell,
            None if self.rows < MAX_GRID => {
                self.rows += 1;
                (0, self.rows - 1)
            }
            None => return None,
        };
        let mut number = self.fields.len() + 1;
        while self.field(&format!("field_{number}")).is_some() {
            number += 1;
        }
        self.fields.push(FieldSpec {
            id: format!("field_{number}"),
            kind: FieldKind::Text,
            label_de: label_de.to_owned(),
            label_en: label_en.to_owned(),
            column,
            row,
            ..FieldSpec::default()
        });
        Some(self.fields.len() - 1)
    }

    /// Moves a field to another cell, keeping its spans; false when it does not fit.
    pub fn place_field(&mut self, index: usize, column: u8, row: u8) -> bool {
        let Some(field) = self.fields.get(index) else {
            return false;
        };
        let cells = (column, row, field.column_span, field.row_span);
        if !self.is_free(cells, Some(index)) {
            return false;
        }
        let field = &mut self.fields[index];
        (field.column, field.row) = (column, row);
        true
    }

    /// Sets how many columns and rows a field spans; false when it does not fit.
    pub fn span_field(&mut self, index: usize, column_span: u8, row_span: u8) -> bool {
        let Some(field) = self.fields.get(index) else {
            return false;
        };
        let cells = (field.column, field.row, column_span, row_span);
        if !self.is_free(cells, Some(index)) {
            return false;
        }
        let field = &mut self.fields[index];
        (field.column_span, field.row_span) = (column_span, row_span);
        true
    }

    /// Moves a field one place up or down in reading order (presentation, compare).
    pub fn reorder_field(&mut self, index: usize, offset: isize) -> Option<usize> {
        let target = index.checked_add_signed(offset)?;
        if index >= self.fields.len() || target >= self.fields.len() {
            return None;
        }
        self.fields.swap(index, target);
        Some(target)
    }

    /// Changes the grid size unless a field would fall outside it.
    pub fn resize_grid(&mut self, columns: u8, rows: u8) -> bool {
        let columns = columns.clamp(1, MAX_GRID);
        let rows = rows.clamp(1, MAX_GRID);
        let fits = self
            .fields
            .iter()
            .all(|f| f.column + f.column_span <= columns && f.row + f.row_span <= rows);
        if fits {
            (self.columns, self.rows) = (columns, rows);
        }
        fits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_by_two() -> Template {
        let mut template = Template {
            columns: 2,
            rows: 2,
            ..Template::default()
        };
        template.add_field("A", "A");
        template
    }

    #[test]
    fn new_fields_take_free_cells_then_a_new_row() {
        let mut template = two_by_two();
        for _ in 0..3 {
            template.add_field("B", "B");
        }
        let cells: Vec<(u8, u8)> = template.fields.iter().map(|f| (f.column, f.row)).collect();
        assert_eq!(cells, [(0, 0), (1, 0), (0, 1), (1, 1)]);
        let index = template.add_field("E", "E").expect("a third row");
        assert_eq!((template.rows, template.fields[index].row), (3, 2));
        let ids: std::collections::HashSet<&str> =
            template.fields.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids.len(), 5, "ids are unique");
    }

    #[test]
    fn fields_never_overlap_or_leave_the_grid() {
        let mut template = two_by_two();
        template.add_field("B", "B");
        assert!(!template.place_field(1, 0, 0), "cell taken by A");
        assert!(template.place_field(1, 1, 1));
        assert!(!template.span_field(0, 2, 2), "would cover B");
        assert!(template.span_field(0, 2, 1));
        assert!(!template.place_field(0, 1, 0), "would leave the grid");
        assert!(!template.resize_grid(1, 2), "B would fall outside");
        assert!(template.resize_grid(3, 3));
    }

    #[test]
    fn reorder_swaps_neighbours() {
        let mut template = two_by_two();
        template.add_field("B", "B");
        assert_eq!(template.reorder_field(1, -1), Some(0));
        assert_eq!(template.fields[0].label_de, "B");
        assert_eq!(template.reorder_field(0, -1), None);
    }
}
