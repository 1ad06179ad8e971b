//! The texts of contacts in and out (issue 17): the import report, why a contacts file
//! was refused, the vCard and CSV export, and the calendar file of follow-ups.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! contacts_io_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            // Contacts in and out from the window
            ImportContacts => "Kontakte importieren (vCard, CSV)…", "Import contacts (vCard, CSV)…";
            ExportVcard => "Kontakte als vCard exportieren…", "Export contacts as vCard…";
            ExportCsv => "Kontakte als CSV exportieren (Excel)…", "Export contacts as CSV (Excel)…";
            ExportCalendar => "Nachfassen in den Kalender (.ics)…", "Follow-ups to the calendar (.ics)…";
            ContactsExportTitle => "Kontakte exportieren", "Export contacts";
            ContactsExportFormat => "Format", "Format";
            ContactsFormatVcard4 => "vCard 4.0 (Thunderbird, Apple, Android, aktuelles Outlook)", "vCard 4.0 (Thunderbird, Apple, Android, current Outlook)";
            ContactsFormatVcard3 => "vCard 3.0 (für ältere Programme)", "vCard 3.0 (for older programs)";
            ContactsFormatCsv => "CSV für Excel (UTF-8, Semikolon)", "CSV for Excel (UTF-8, semicolon)";
            ContactsExportWhich => "Kontakte:", "Contacts:";
            ContactsExportAll => "alle", "all";
            ContactsExportTagged => "mit Schlagwort „{tag}“", "tagged “{tag}”";
            ContactsExportNext => "Weiter…", "Next…";
            ContactsFileStem => "Kontakte", "Contacts";
            CalendarFileStem => "Nachfassen", "Follow-ups";
            ImportDone => "Kontakte importiert – mit {undo} rückgängig zu machen.", "Contacts imported – {undo} undoes the import.";
            StepImportContacts => "Kontakte importiert", "Contacts imported";
            ContactsNotOverWorkspace => "Diese Datei ist die geöffnete Arbeitsdatei oder ihre Sicherung; wählen Sie einen anderen Namen.",
                "This file is the open workspace or its backup; choose another name.";
            ContactsWriteFailed => "„{file}“ konnte nicht geschrieben werden.", "“{file}” could not be written.";
            // Before an import
            ImportDialogTitle => "Kontakte importieren", "Import contacts";
            ImportDialogSummary => "„{file}“ ({kind}): {count} Einträge", "“{file}” ({kind}): {count} entries";
            ImportDialogSummaryOne => "„{file}“ ({kind}): {count} Eintrag", "“{file}” ({kind}): {count} entry";
            ImportColumnsLabel => "Spalten zuordnen", "Map the columns";
            ImportPreviewLabel => "Vorschau", "Preview";
            ImportDuplicatesLabel => "Schon im Netzwerkbuch (gleiche E-Mail-Adresse oder gleicher Name und Organisation):",
                "Already in the Netzwerkbuch (same e-mail address, or same name and organisation):";
            ImportDuplicatesMerge => "zusammenführen – leere Felder ergänzen, Vorhandenes behalten",
                "merge – fill empty fields, keep what is there";
            ImportDuplicatesSkip => "überspringen", "skip";
            ImportDialogBroken => "Die Datei ist an {count} Stellen fehlerhaft, zuerst {place}: {detail}.",
                "The file is broken in {count} places, first {place}: {detail}.";
            ImportDialogBrokenOne => "Die Datei ist an {count} Stelle fehlerhaft: {place}: {detail}.",
                "The file is broken in {count} place: {place}: {detail}.";
            ImportSkipBadLabel => "Fehlerhafte Einträge überspringen und im Bericht nennen (sonst wird nichts importiert)",
                "Skip broken entries and name them in the report (otherwise nothing is imported)";
            ImportConfirm => "Importieren", "Import";
            ColumnIgnore => "– nicht importieren –", "– do not import –";
            ColumnFullName => "Name (vollständig)", "Name (full)";
            ColumnPrefix => "Anrede, Titel", "Prefix, title";
            ColumnGivenName => "Vorname", "Given name";
            ColumnMiddleName => "Weitere Vornamen", "Middle name";
            ColumnFamilyName => "Nachname", "Family name";
            ColumnSuffix => "Namenszusatz", "Name suffix";
            ColumnUnit => "Abteilung", "Department";
            ColumnEmail => "E-Mail", "E-mail";
            ColumnEmailWork => "E-Mail (dienstlich)", "E-mail (work)";
            ColumnPhone => "Telefon", "Phone";
            ColumnPhoneWork => "Telefon (dienstlich)", "Phone (work)";
            // The report after an import
            ImportAdded => "{count} Kontakte hinzugefügt", "{count} contacts added";
            ImportAddedOne => "{count} Kontakt hinzugefügt", "{count} contact added";
            ImportMerged => "{count} zusammengeführt", "{count} merged";
            ImportMergedOne => "{count} zusammengeführt", "{count} merged";
            ImportSkipped => "{count} übersprungen", "{count} skipped";
            ImportSkippedOne => "{count} übersprungen", "{count} skipped";
            ImportDryRun => "Probelauf: „{file}“ wurde nicht geändert.", "Dry run: “{file}” was not changed.";
            ImportSaved => "„{file}“ wurde gespeichert; die vorige Fassung liegt in „{backup}“.",
                "“{file}” was saved; the previous version is in “{backup}”.";
            ImportLockHeld => "Hinweis: „{file}“ ist gerade in Netzwerk-Canvas geöffnet ({holder}); das Fenster bemerkt die Änderung spätestens beim nächsten Speichern.",
                "Note: “{file}” is open in Netzwerk-Canvas right now ({holder}); the window notices the change when it saves next, if not before.";
            ImportPlaceCard => "Karte {number}", "Card {number}";
            ImportPlaceLine => "Zeile {number}", "Line {number}";
            ImportSkipNoName => "{place}: übersprungen, weder Name noch Organisation noch E-Mail-Adresse.",
                "{place}: skipped, no name, organisation or e-mail address.";
            ImportSkipDuplicate => "{place}: übersprungen, „{name}“ ist schon im Netzwerkbuch.",
                "{place}: skipped, “{name}” is already in the Netzwerkbuch.";
            ImportSkipUnchanged => "{place}: übersprungen, „{name}“ ist schon im Netzwerkbuch, ohne neue Angaben.",
                "{place}: skipped, “{name}” is already in the Netzwerkbuch with nothing new.";
            ImportSkipBroken => "{place}: übersprungen, fehlerhaft: {detail}", "{place}: skipped, broken: {detail}";
            // Why a contacts file was refused as a whole
            ImportRefused => "„{file}“ wurde nicht importiert: {reason} Das Netzwerkbuch ist unverändert.",
                "“{file}” was not imported: {reason} The Netzwerkbuch is unchanged.";
            ImportBroken => "Die Datei ist an {count} Stellen fehlerhaft, zuerst {place}: {detail}. Mit --skip-bad werden fehlerhafte Einträge übersprungen.",
                "The file is broken in {count} places, first {place}: {detail}. --skip-bad skips broken entries.";
            ImportBrokenOne => "Die Datei ist an {count} Stelle fehlerhaft, {place}: {detail}. Mit --skip-bad werden fehlerhafte Einträge übersprungen.",
                "The file is broken in {count} place, {place}: {detail}. --skip-bad skips broken entries.";
            ImportNotText => "Die Datei enthält Binärdaten; sie ist weder eine vCard- noch eine CSV-Datei.",
                "The file holds binary data; it is neither a vCard nor a CSV file.";
            ImportNoCards => "Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).",
                "The file holds no vCard (no BEGIN:VCARD line).";
            ImportNoColumns => "Keine Spalte für Namen, Organisation oder E-Mail-Adresse erkannt (Spalten: {columns}).",
                "No column for names, organisation or e-mail addresses recognised (columns: {columns}).";
            ImportTooLarge => "Die Datei ist mit {size} MB zu groß; importiert werden Dateien bis {limit} MB.",
                "The file is too large ({size} MB); files up to {limit} MB are imported.";
            ImportTooManyContacts => "Danach hätte das Netzwerkbuch mehr als {limit} Kontakte.",
                "The Netzwerkbuch would then hold more than {limit} contacts.";
            ImportUnterminated => "die Karte endet nicht mit END:VCARD (ist die Datei abgeschnitten?)",
                "the card does not end with END:VCARD (is the file truncated?)";
            ImportStrayLine => "Zeile außerhalb einer Karte: „{line}“", "line outside a card: “{line}”";
            ImportNesting => "BEGIN und END passen nicht zusammen", "BEGIN and END do not match";
            ImportNotAContact => "ein Kalendereintrag, kein Kontakt", "a calendar entry, not a contact";
            // Into the notes of an imported contact
            ImportOtherEmail => "Weitere E-Mail: {value}", "Other e-mail: {value}";
            ImportOtherPhone => "Weiteres Telefon: {value}", "Other phone: {value}";
            ImportMoreValues => "… und {count} weitere", "… and {count} more";
            // The vCard and CSV export
            ContactsWritten => "„{file}“: {count} Kontakte geschrieben.", "“{file}”: {count} contacts written.";
            ContactsWrittenOne => "„{file}“: {count} Kontakt geschrieben.", "“{file}”: {count} contact written.";
            ContactsNoneTagged => "Kein Kontakt hat das Schlagwort „{tag}“; es wurde nichts geschrieben.",
                "No contact has the tag “{tag}”; nothing was written.";
            ContactsFormatMissing => "Bitte --vcard oder --csv angeben, oder eine PDF-Ausgabe ohne diese Angaben.",
                "Please give --vcard or --csv, or a PDF export without them.";
            CsvName => "Name", "Name";
            CsvOrganisation => "Organisation", "Organisation";
            CsvRole => "Funktion", "Role";
            CsvEmail => "E-Mail", "E-mail";
            CsvPhone => "Telefon", "Phone";
            CsvTags => "Schlagwörter", "Tags";
            CsvNotes => "Notizen", "Notes";
            // The calendar file of follow-ups
            IcsWritten => "„{file}“: {count} Termine geschrieben.", "“{file}”: {count} events written.";
            IcsWrittenOne => "„{file}“: {count} Termin geschrieben.", "“{file}”: {count} event written.";
            IcsFollowUp => "Nachfassen: {name}", "Follow up: {name}";
            IcsFollowUpAt => "Nachfassen: {name} ({organisation})", "Follow up: {name} ({organisation})";
            IcsMeeting => "Treffen: {title}", "Meeting: {title}";
        }
    };
}
