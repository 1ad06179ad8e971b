//! The texts of templates: choosing one for a canvas, the template editor, and
//! importing and exporting template files.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! template_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            ResizeBox => "Größe ändern: {field}", "Resize: {field}";
            ErrNotATemplate => "Das ist keine Vorlagendatei von Netzwerk-Canvas (Format „{found}“).", "This is not a Netzwerk-Canvas template file (format “{found}”).";
            TemplateLabel => "Vorlage", "Template";
            TemplateSwitchHint => "Text in gleichnamigen Feldern bleibt; anderer Text erscheint unter „Übrige Notizen“.", "Text in fields of the same id stays; other text appears under “Other notes”.";
            LeftoverNotes => "Übrige Notizen", "Other notes";
            LeftoverNotesHint => "Text aus Feldern, die diese Vorlage nicht hat. Nichts geht verloren; mit der früheren Vorlage steht er wieder an seinem Platz.", "Text from fields this template does not have. Nothing is lost; with the former template it is back in place.";
            NewWithTemplate => "Neue Kooperation mit Vorlage", "New collaboration from template";
            ViewTemplates => "Vorlagen", "Templates";
            NewTemplate => "Neue Vorlage", "New template";
            BundledMarker => "mitgeliefert", "bundled";
            EditTemplate => "Vorlage bearbeiten", "Edit template";
            DuplicateTemplate => "Duplizieren", "Duplicate";
            CopySuffix => "Kopie", "copy";
            ImportTemplate => "Vorlage importieren…", "Import template…";
            ExportTemplate => "Vorlage exportieren…", "Export template…";
            DeleteTemplate => "Vorlage löschen…", "Delete template…";
            BundledTemplateHint => "Mitgelieferte Vorlage. „Vorlage bearbeiten“ legt sie in dieser Datei ab; Änderungen gelten dann für alle Kooperationen dieser Datei, die sie verwenden.", "Bundled template. “Edit template” stores it in this file; changes then apply to every collaboration of this file that uses it.";
            TemplateNameDe => "Name (deutsch)", "Name (German)";
            TemplateNameEn => "Name (englisch)", "Name (English)";
            GridColumns => "Spalten", "Columns";
            GridRows => "Zeilen", "Rows";
            CardsPerPage => "Vier Karten pro Seite drucken", "Print four cards per page";
            TemplateFields => "Felder", "Fields";
            AddField => "+ Feld", "+ Field";
            NewFieldLabelDe => "Neues Feld", "Neues Feld";
            NewFieldLabelEn => "New field", "New field";
            MoveFieldUp => "Nach vorn", "Move up";
            MoveFieldDown => "Nach hinten", "Move down";
            RemoveField => "Feld entfernen", "Remove field";
            LabelDe => "Bezeichnung (deutsch)", "Label (German)";
            LabelEn => "Bezeichnung (englisch)", "Label (English)";
            QuestionDe => "Frage (deutsch)", "Question (German)";
            QuestionEn => "Frage (englisch)", "Question (English)";
            FieldColumn => "Spalte", "Column";
            FieldRow => "Zeile", "Row";
            FieldColumnSpan => "Breite (Spalten)", "Width (columns)";
            FieldRowSpan => "Höhe (Zeilen)", "Height (rows)";
            FieldKindLabel => "Art", "Kind";
            FieldKindText => "Text", "Text";
            FieldKindInvestment => "Einsatz (Zeit · Geld · Energie)", "Investment (time · money · energy)";
            DoesNotFit => "Passt dort nicht hin: die Zellen sind belegt oder außerhalb des Rasters.", "Does not fit there: the cells are taken or outside the grid.";
            GridFull => "Das Raster ist voll (höchstens 6 × 6 Zellen).", "The grid is full (at most 6 × 6 cells).";
            PreviewLabel => "Vorschau der gedruckten Seite – Felder ziehen zum Verschieben, die blaue Ecke für die Größe", "Preview of the printed page – drag boxes to move them, the blue corner to resize";
            NoTemplateSelected => "Wählen Sie links eine Vorlage aus.", "Pick a template on the left.";
            RemoveFieldTitle => "Feld entfernen?", "Remove field?";
            RemoveFieldBody => "„{title}“ enthält Text in {count} Kooperationen. Der Text bleibt erhalten und erscheint dort unter „Übrige Notizen“.", "“{title}” holds text in {count} collaborations. The text is kept and appears there under “Other notes”.";
            TemplateInUse => "„{title}“ wird von {count} Kooperationen verwendet und bleibt deshalb erhalten.", "“{title}” is used by {count} collaborations and is therefore kept.";
            RemoveFieldBodyOne => "„{title}“ enthält Text in {count} Kooperation. Der Text bleibt erhalten und erscheint dort unter „Übrige Notizen“.", "“{title}” holds text in {count} collaboration. The text is kept and appears there under “Other notes”.";
            TemplateInUseOne => "„{title}“ wird von {count} Kooperation verwendet und bleibt deshalb erhalten.", "“{title}” is used by {count} collaboration and is therefore kept.";
            DeleteTemplateTitle => "Vorlage löschen?", "Delete template?";
            DeleteTemplateBody => "„{title}“ wird aus dieser Datei entfernt.", "“{title}” is removed from this file.";
            TemplateImported => "Vorlage „{name}“ importiert.", "Template “{name}” imported.";
            TemplateExported => "Vorlage gespeichert: {path}", "Template saved: {path}";
            ImportTemplateFailed => "Die Vorlage konnte nicht importiert werden", "The template could not be imported";
            ExportTemplateFailed => "Die Vorlage konnte nicht gespeichert werden", "The template could not be saved";
            PathPromptImportTemplate => "Vorlage importieren", "Import template";
            PathPromptExportTemplate => "Vorlage exportieren", "Export template";
        }
    };
}
