//! A canvas field as an editor's text buffer that adds the field to the collaboration
//! only when something is typed, so that merely showing a canvas never changes the
//! file (an empty entry per field) behind the user's back, nor its undo history.

use std::collections::BTreeMap;
use std::ops::Range;

use egui::TextBuffer;
use egui::text::CharIndex;

pub struct FieldText<'a> {
    fields: &'a mut BTreeMap<String, String>,
    id: &'a str,
}

impl<'a> FieldText<'a> {
    pub fn new(fields: &'a mut BTreeMap<String, String>, id: &'a str) -> Self {
        Self { fields, id }
    }
}

impl TextBuffer for FieldText<'_> {
    fn is_mutable(&self) -> bool {
        true
    }

    fn as_str(&self) -> &str {
        self.fields.get(self.id).map_or("", String::as_str)
    }

    fn insert_text(&mut self, text: &str, char_index: CharIndex) -> usize {
        let field = self.fields.entry(self.id.to_owned()).or_default();
        field.insert_text(text, char_index)
    }

    fn delete_char_range(&mut self, char_range: Range<CharIndex>) {
        if let Some(field) = self.fields.get_mut(self.id) {
            field.delete_char_range(char_range);
        }
    }

    fn type_id(&self) -> std::any::TypeId {
        std::any::TypeId::of::<FieldText<'static>>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_typing_adds_the_field() {
        let mut fields = BTreeMap::new();
        let mut text = FieldText::new(&mut fields, "motivation");
        assert_eq!(text.as_str(), "");
        text.delete_char_range(CharIndex(0)..CharIndex(0));
        assert!(fields.is_empty());
        let mut text = FieldText::new(&mut fields, "motivation");
        text.insert_text("Grüße", CharIndex(0));
        text.delete_char_range(CharIndex(4)..CharIndex(5));
        assert_eq!(fields.get("motivation").map(String::as_str), Some("Grüß"));
    }
}
