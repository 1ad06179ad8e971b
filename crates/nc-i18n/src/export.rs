//! The texts of the printed pages, the PDF export dialog, the PDF viewer and the
//! command line's `export`. The PDF and the CLI use them without a window.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! export_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            PdfContinuation => "Fortsetzung: {title} – {field}", "Continued: {title} – {field}";
            CliNoSuchTemplate => "Keine Vorlage mit der Kennung „{id}“. Vorhanden: {known}", "No template with the id “{id}”. Available: {known}";
            PdfLeftover => "Übrige Notizen: {title}", "Other notes: {title}";
            PdfCards => "Karten", "Cards";
            PdfCardsOf => "Karten: {field}", "Cards: {field}";
            PdfContinuedOnPage => "→ Fortsetzung auf Seite {page}", "→ continued on page {page}";
            PdfFooter => "Netzwerk-Canvas · exportiert am {date}", "Netzwerk-Canvas · exported on {date}";
            PdfPageOf => "Seite {page} von {count}", "Page {page} of {count}";
            PdfAllTitle => "Kooperations- und Netzwerk-Canvas – {name}", "Cooperation and network canvas – {name}";
            PdfTimeUnitMonth => "Zeit in Stunden pro Monat", "Time in hours per month";
            PdfTimeUnitTotal => "Zeit in Stunden gesamt", "Time in hours in total";
            ExportNothing => "Es gibt keine Kooperation zum Exportieren. Für eine leere Vorlage: --blank.",
                "There is no collaboration to export. For an empty template: --blank.";
            ExportFailed => "„{file}“ konnte nicht geschrieben werden.", "“{file}” could not be written.";
            ExportDone => "{file}: {count} Seiten geschrieben.", "{file}: {count} pages written.";
            ExportDoneOne => "{file}: {count} Seite geschrieben.", "{file}: {count} page written.";
            ExportReplaced => "{count} Zeichen hat keine Schrift auf diesem Rechner; sie wurden durch � ersetzt.",
                "{count} characters are in no font on this computer and were replaced by �.";
            ExportMissingWhere => "Betroffen: {list}.", "Where: {list}.";
            ExportMissingIn => "{characters} in „{place}“", "{characters} in “{place}”";
            ExportMissingMore => "und {count} weitere", "and {count} more";
            CliNoMatch => "Keine Kooperation heißt „{title}“. Vorhanden: {titles}", "No collaboration is titled “{title}”. Available: {titles}";
            ExportOverWorkspace => "Die PDF-Datei würde die Arbeitsbereich-Datei „{file}“ überschreiben. Bitte wählen Sie einen anderen Namen.",
                "The PDF would overwrite the workspace file “{file}”. Please choose another name.";
            ExportOverBackup => "„{file}“ ist die Sicherungskopie des Arbeitsbereichs und wird nicht durch die PDF-Datei ersetzt. Bitte wählen Sie einen anderen Namen.",
                "“{file}” is the workspace's backup copy and is not replaced by the PDF. Please choose another name.";
            ExportOverNonPdf => "„{file}“ ist keine PDF-Datei und wird nicht überschrieben. Bitte wählen Sie einen anderen Namen.",
                "“{file}” is not a PDF file and is not overwritten. Please choose another name.";
            CliForceHint => "Mit --force wird sie trotzdem überschrieben.", "--force overwrites it anyway.";
            ExportCrashed => "Der Export ist an einem internen Fehler abgebrochen ({detail}); es wurde keine Datei geschrieben. Ihre Arbeit ist unverändert.",
                "The export stopped on an internal error ({detail}); no file was written. Your work is unchanged.";
            ExportNothingWritten => "Es wurde nichts geschrieben.", "Nothing was written.";
            PdfFileAll => "Alle Kooperationen", "All collaborations";
            PdfFileContacts => "Kontakte", "Contacts";
            PdfFileMap => "Netzwerkkarte", "Network map";
            ExportPdf => "Als PDF exportieren…", "Export as PDF…";
            // Netzwerkbuch export and CLI
            PdfContactsTitle => "Netzwerkbuch – Kontakte", "Network book – contacts";
            PdfMapTitle => "Netzwerkbuch – Netzwerkkarte", "Network book – network map";
            PdfContactsInfo => "Stand {date} · {count} Kontakte", "As of {date} · {count} contacts";
            PdfColumnName => "Name", "Name";
            PdfColumnCircle => "Kreis", "Circle";
            PdfColumnLastContact => "Letzter Kontakt", "Last contact";
            PdfColumnFollowUp => "Nächstes Nachfassen", "Next follow-up";
            PdfCircleInner => "Innerer Kreis", "Inner circle";
            PdfCircleMiddle => "Mittlerer Kreis", "Middle circle";
            PdfCirclePeriphery => "Peripherie", "Periphery";
            PdfDueOverdue => "überfällig", "overdue";
            PdfDueSoon => "fällig in höchstens 3 Tagen", "due within 3 days";
            PdfDueLater => "später", "later";
            PdfMapLegend => "Legende", "Legend";
            PdfMapLegendSize => "Größe des Punkts = Wichtigkeit", "Size of the dot = importance";
            PdfMapLegendPale => "Blass = lange kein Kontakt", "Pale = no contact for a long time";
            PdfMapNumbered => "Namen zu den Nummern auf der Karte", "Names for the numbers on the map";
            PdfMapNumbersNote => "Zahl am Punkt = Name auf der nächsten Seite", "Number at a dot = name on the next page";
            PdfMapUnlabelled => "Auf der Karte ohne Beschriftung", "On the map without a label";
            PdfMapNamesOmitted => "Bei {count} Kontakten stehen nur Namen ab Wichtigkeit 4 auf der Karte.",
                "With {count} contacts, only names of importance 4 and up are on the map.";
            ExportContacts => "Kontaktliste (Netzwerkbuch)", "Contact list (network book)";
            ExportMap => "Netzwerkkarte", "Network map";
            ExportNoContacts => "Das Netzwerkbuch enthält keine Kontakte.", "The network book has no contacts.";
            OpenPdf => "PDF öffnen", "Open PDF";
            Close => "Schließen", "Close";
            ExportWhat => "Was soll gedruckt werden?", "What should be printed?";
            ExportCurrent => "Aktuelle Kooperation: {title}", "Current collaboration: {title}";
            ExportAll => "Alle Kooperationen ({count}, in der Reihenfolge der Liste)", "All collaborations ({count}, in list order)";
            ExportBlank => "Leere Vorlage zum Ausfüllen mit Stift", "Blank template to fill in with a pen";
            ExportBrief => "Gesprächsvorbereitung der aktuellen Kooperation (1 Seite A4 hoch)", "Meeting brief of the current collaboration (1 page, A4 portrait)";
            PaperLabel => "Papier", "Paper";
            BriefPageIsFixed => "Die Gesprächsvorbereitung ist immer eine Seite A4 hoch.", "The meeting brief is always one page, A4 portrait.";
            MapPageIsLandscape => "Die Netzwerkkarte wird immer quer gedruckt.", "The network map is always printed landscape.";
            Landscape => "Querformat", "Landscape";
            Portrait => "Hochformat", "Portrait";
            ExportStart => "Exportieren…", "Export…";
            ExportProgressTitle => "PDF wird erstellt", "Creating the PDF";
            ExportProgress => "Kooperation {done} von {total}…", "Canvas {done} of {total}…";
            ExportDoneTitle => "PDF gespeichert", "PDF saved";
            ExportSaved => "„{file}“ wurde mit {count} Seiten gespeichert.", "“{file}” was saved with {count} pages.";
            ExportSavedOne => "„{file}“ wurde mit {count} Seite gespeichert.", "“{file}” was saved with {count} page.";
            ExportOpenHint => "Zum Drucken im PDF-Betrachter öffnen.", "Open it in the PDF viewer to print it.";
            OpenViewerFailed => "Die Datei konnte nicht im Betrachter geöffnet werden: {detail}", "The file could not be opened in a viewer: {detail}";
            NoViewer => "Es ist kein PDF-Betrachter eingerichtet ({opener} fehlt).", "No PDF viewer is set up ({opener} is missing).";
            OpeningTitle => "Wird geöffnet", "Opening";
            Opening => "„{file}“ wird gelesen …", "Reading “{file}” …";
            CopyPath => "Pfad kopieren", "Copy path";
            NoViewerFound => "Es ist kein Programm zum Anzeigen von PDF-Dateien eingerichtet ({detail}).", "No program to show PDF files is set up ({detail}).";
            FileIsAt => "Die Datei liegt hier: {file}", "The file is here: {file}";
            PathPromptExport => "PDF speichern unter", "Save PDF as";
            CliOutputFailed => "Die Ausgabe konnte nicht geschrieben werden: {error}", "The output could not be written: {error}";
        }
    };
}
