//! The texts of the main window: its menus, the collaboration list, the canvas editor
//! and its dialogs, opening and saving, and the names of undo steps. Kept apart from
//! the other parts of the catalogue so that each file stays short enough to read.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! window_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            AppName => "Netzwerk-Canvas", "Netzwerk-Canvas";
            MenuFile => "Datei", "File";
            MenuEdit => "Bearbeiten", "Edit";
            MenuView => "Ansicht", "View";
            MenuHelp => "Hilfe", "Help";
            OpenExample => "Beispiel öffnen", "Open the example";
            New => "Neu", "New";
            Open => "Öffnen…", "Open…";
            OpenRecent => "Zuletzt geöffnet", "Open recent";
            NoRecentFiles => "Keine zuletzt geöffneten Dateien", "No recently opened files";
            Save => "Speichern", "Save";
            SaveAs => "Speichern unter…", "Save as…";
            Quit => "Beenden", "Quit";
            Find => "Suchen", "Find";
            ZoomIn => "Vergrößern", "Zoom in";
            ZoomOut => "Verkleinern", "Zoom out";
            ZoomReset => "Originalgröße", "Actual size";
            AddCollaboration => "Neue Kooperation", "New collaboration";
            Duplicate => "Duplizieren", "Duplicate";
            ResizeList => "Breite der Liste ändern", "Resize the list";
            Rename => "Umbenennen…", "Rename…";
            Delete => "Löschen…", "Delete…";
            LanguageMenu => "Sprache", "Language";
            ThemeMenu => "Darstellung", "Appearance";
            ThemeLight => "Hell", "Light";
            ThemeDark => "Dunkel", "Dark";
            LanguageGerman => "Deutsch", "Deutsch";
            LanguageEnglish => "English", "English";
            ChooseGerman => "Sprache: Deutsch", "Language: Deutsch (German)";
            ChooseEnglish => "Sprache: English (Englisch)", "Language: English";
            ChooseLight => "Darstellung: Hell", "Appearance: light";
            ChooseDark => "Darstellung: Dunkel", "Appearance: dark";
            SearchHint => "Suchen… ({shortcut})", "Search… ({shortcut})";
            SearchLabel => "Suche", "Search";
            SortLabel => "Sortierung", "Sort by";
            SortFile => "Reihenfolge der Datei", "File order";
            SortTitle => "Titel", "Title";
            SortImportance => "Wichtigkeit", "Importance";
            SortMeetingDate => "Termin", "Meeting date";
            NoMatches => "Keine Treffer für „{query}“.", "No matches for “{query}”.";
            EmptyWorkspace => "Noch keine Kooperationen. Legen Sie mit „Neue Kooperation“ ({shortcut}) die erste an.",
                "No collaborations yet. Create the first with “New collaboration” ({shortcut}).";
            CollaborationCount => "{count} Kooperationen", "{count} collaborations";
            CollaborationCountOne => "{count} Kooperation", "{count} collaboration";
            Begegnung => "Begegnung", "Encounter";
            Kontakt => "Kontakt", "Contact";
            Kooperation => "Kooperation", "Cooperation";
            Gruppe => "Gruppe", "Group";
            Title => "Titel", "Title";
            Partners => "Partner", "Partners";
            PartnersHint => "Namen, durch Kommas getrennt", "Names, separated by commas";
            RelationshipLabel => "Beziehungsform", "Relationship";
            Importance => "Wichtigkeit", "Importance";
            ImportanceValue => "Wichtigkeit {value} von 5", "Importance {value} of 5";
            MeetingDate => "Termin", "Meeting date";
            DateHint => "TT.MM.JJJJ", "YYYY-MM-DD";
            DateInvalid => "Datum nicht erkannt – bitte als TT.MM.JJJJ eingeben.", "Date not recognised – please enter YYYY-MM-DD.";
            Created => "Angelegt", "Created";
            Modified => "Geändert", "Modified";
            NoSelection => "Wählen Sie links eine Kooperation aus oder legen Sie eine neue an.", "Pick a collaboration on the left, or create a new one.";
            Time => "Zeit", "Time";
            Money => "Geld", "Money";
            Energy => "Energie", "Energy";
            Mine => "Ich", "Me";
            PartnersShare => "Partner", "Partners";
            Note => "Notiz", "Note";
            HoursPerMonth => "Std. pro Monat", "hours per month";
            HoursTotal => "Std. gesamt", "hours in total";
            Euro => "€", "€";
            EnergyScale => "von 5", "of 5";
            Balance => "Geben und Nehmen", "Give and take";
            UnsavedTitle => "Ungespeicherte Änderungen", "Unsaved changes";
            UnsavedBody => "„{name}“ hat ungespeicherte Änderungen. Möchten Sie sie vorher speichern?",
                "“{name}” has unsaved changes. Do you want to save them first?";
            Discard => "Verwerfen", "Discard";
            Cancel => "Abbrechen", "Cancel";
            DeleteTitle => "Kooperation löschen?", "Delete collaboration?";
            DeleteBody => "„{title}“ wird mit allen Feldern aus dem Arbeitsbereich entfernt.",
                "“{title}” and all its fields will be removed from the workspace.";
            DeleteConfirm => "Löschen", "Delete";
            RenameTitle => "Kooperation umbenennen", "Rename collaboration";
            NewTitle => "Neuer Titel", "New title";
            Ok => "OK", "OK";
            ErrorTitle => "Das hat nicht geklappt", "That did not work";
            OpenFailed => "„{file}“ konnte nicht geöffnet werden.", "“{file}” could not be opened.";
            OpenKeptCurrent => "Der bisher geöffnete Arbeitsbereich bleibt offen; die Datei wurde nicht verändert.",
                "The workspace that was open stays open; the file was not changed.";
            SaveFailed => "„{file}“ konnte nicht gespeichert werden.", "“{file}” could not be saved.";
            SaveKeptOld => "Die vorherige Fassung der Datei ist unverändert erhalten.", "The previous version of the file is still intact.";
            PathPromptOpen => "Datei öffnen", "Open file";
            PathPromptSave => "Speichern unter", "Save as";
            PathPromptNoDialog => "Es ist kein Dateidialog verfügbar (kein XDG-Portal und kein zenity gefunden). Geben Sie den Pfad der Datei hier ein:",
                "No file dialog is available (neither an XDG portal nor zenity was found). Type the path of the file here:";
            PathPromptTyped => "Pfad der Datei eingeben:", "Type the path of the file:";
            PathLabel => "Pfad", "Path";
            Saved => "Gespeichert: {file}", "Saved: {file}";
            Opened => "Geöffnet: {file}", "Opened: {file}";
            Untitled => "Unbenannt", "Untitled";
            ExampleName => "Beispiel-Arbeitsbereich", "Example workspace";
            NewCollaborationTitle => "Neue Kooperation", "New collaboration";
            CopyTitle => "{title} (Kopie)", "{title} (copy)";
            ModifiedMark => "Ungespeichert", "Unsaved";
            // The Edit menu and the names of undo steps
            Undo => "Rückgängig", "Undo";
            Redo => "Wiederholen", "Redo";
            Cut => "Ausschneiden", "Cut";
            Copy => "Kopieren", "Copy";
            Paste => "Einfügen", "Paste";
            SelectAll => "Alles auswählen", "Select all";
            MoveUp => "Nach oben", "Move up";
            MoveDown => "Nach unten", "Move down";
            StepTyping => "Eingabe in „{field}“", "Typing in “{field}”";
            StepRelationship => "Beziehungsform geändert", "Relationship changed";
            StepImportance => "Wichtigkeit geändert", "Importance changed";
            StepMeetingDate => "Termin geändert", "Meeting date changed";
            StepInvestment => "Einsatz geändert", "Investment changed";
            StepPreparation => "Vorbereitung geändert", "Preparation changed";
            StepDebrief => "Nachbereitung gespeichert", "Debrief saved";
            StepSnapshot => "Stand festgehalten", "State kept";
            StepTemplate => "Vorlage gewechselt", "Template switched";
            StepAdd => "Neue Kooperation", "New collaboration";
            StepDeleteContact => "Kontakt löschen", "Delete contact";
            StepLogActivity => "Kontakt eintragen", "Log a contact";
            StepFollowUpDone => "Kontakt erledigt", "Follow-up done";
            StepPostponeFollowUp => "Nächsten Kontakt verschoben", "Follow-up postponed";
            StepCopyTemplate => "Vorlage kopieren", "Copy template";
            StepDeleteTemplate => "Vorlage löschen", "Delete template";
            StepDuplicate => "Duplizieren", "Duplicate";
            StepDelete => "Löschen", "Delete";
            StepRename => "Umbenennen", "Rename";
            StepMove => "Verschieben", "Move";
        }
    };
}
