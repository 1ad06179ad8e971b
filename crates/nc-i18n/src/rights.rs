//! The texts of the people's rights (issue 17): *Auskunft* and *Vergessen* — which
//! contact is meant, where a person is named, what was removed, and what is left over.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! rights_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            // Which contact is meant
            RightsUnknownContact => "Im Netzwerkbuch von „{file}“ gibt es keinen Kontakt „{name}“; die Datei ist unverändert.",
                "The Netzwerkbuch of “{file}” has no contact “{name}”; the file is unchanged.";
            RightsSimilar => "Ähnliche Namen (mit --contact und dem Namen oder der Kennung):",
                "Similar names (use --contact with the name or the id):";
            RightsAmbiguous => "„{name}“ passt auf {count} Kontakte; bitte geben Sie mit --contact die Kennung eines davon an. Die Datei ist unverändert.",
                "“{name}” matches {count} contacts; please give the id of one of them with --contact. The file is unchanged.";
            RightsCandidate => "  {name}{details} – Kennung {id}", "  {name}{details} – id {id}";
            // Where a person is named
            WhereNamedHeader => "Über „{name}“ ist an {count} Stellen etwas gespeichert:",
                "Something about “{name}” is stored in {count} places:";
            WhereNamedHeaderOne => "Über „{name}“ ist an {count} Stelle etwas gespeichert:",
                "Something about “{name}” is stored in {count} place:";
            WhereContact => "Kontakt im Netzwerkbuch, mit {count} Einträgen im Verlauf",
                "Contact in the Netzwerkbuch, with {count} entries in the log";
            WhereContactOne => "Kontakt im Netzwerkbuch, mit {count} Eintrag im Verlauf",
                "Contact in the Netzwerkbuch, with {count} entry in the log";
            WhereLink => "Als Partner verknüpft mit „{title}“", "Linked as a partner with “{title}”";
            WhereInCanvas => "„{title}“: {place}", "“{title}”: {place}";
            WhereInSnapshot => "„{title}“, Stand vom {date}: {place}", "“{title}”, snapshot of {date}: {place}";
            PlaceTitle => "Titel", "Title";
            PlacePartner => "Partner", "Partners";
            PlaceField => "Feld „{field}“", "field “{field}”";
            PlacePartnerView => "Sicht der Partner im Feld „{field}“", "partners' view in the field “{field}”";
            PlaceMeeting => "Ergebnis des Treffens am {date}", "outcome of the meeting on {date}";
            PlaceCardText => "Karte im Feld „{field}“", "card in the field “{field}”";
            PlaceCardAuthor => "Verfasser einer Karte im Feld „{field}“", "author of a card in the field “{field}”";
            PlacePreparation => "Vorbereitung", "preparation";
            PlaceInvestment => "Notiz zum Einsatz", "note on the investment";
            // Vergessen
            ForgetPlaceholder => "[entfernt]", "[removed]";
            ForgetDryRun => "Probelauf: „{file}“ wurde nicht geändert.", "Dry run: “{file}” was not changed.";
            ForgetDone => "„{name}“ wurde vergessen:", "“{name}” was forgotten:";
            ForgetContact => "  Kontakt und {count} Einträge im Verlauf gelöscht", "  contact and {count} log entries deleted";
            ForgetContactOne => "  Kontakt und {count} Eintrag im Verlauf gelöscht", "  contact and {count} log entry deleted";
            ForgetLinks => "  {count} Verknüpfungen mit Kooperationen entfernt", "  {count} links with collaborations removed";
            ForgetLinksOne => "  {count} Verknüpfung mit einer Kooperation entfernt", "  {count} link with a collaboration removed";
            ForgetCanvasPlaces => "  Name an {count} Stellen in Canvases durch „{placeholder}“ ersetzt",
                "  name replaced by “{placeholder}” in {count} places in canvases";
            ForgetCanvasPlacesOne => "  Name an {count} Stelle in Canvases durch „{placeholder}“ ersetzt",
                "  name replaced by “{placeholder}” in {count} place in canvases";
            ForgetSnapshotPlaces => "  Name an {count} Stellen in festgehaltenen Ständen durch „{placeholder}“ ersetzt",
                "  name replaced by “{placeholder}” in {count} places in kept snapshots";
            ForgetSnapshotPlacesOne => "  Name an {count} Stelle in festgehaltenen Ständen durch „{placeholder}“ ersetzt",
                "  name replaced by “{placeholder}” in {count} place in kept snapshots";
            ForgetSaved => "„{file}“ wurde gespeichert. Achtung: Die vorige Fassung „{backup}“ enthält die Angaben noch; bitte löschen Sie sie, sobald Sie sie nicht mehr brauchen, ebenso ältere Kopien und Datensicherungen der Datei.",
                "“{file}” was saved. Note: the previous version “{backup}” still holds the data; please delete it once you no longer need it, as well as older copies and backups of the file.";
            ForgetWindowOpen => "Ist die Datei gerade im Fenster geöffnet, schließen Sie sie ohne zu speichern: Das Fenster und seine Wiederherstellungsdateien enthalten die Angaben sonst noch.",
                "If the file is open in the window, close it without saving: otherwise the window and its recovery files still hold the data.";
            ForgetLockHeld => "Achtung: „{file}“ ist gerade in Netzwerk-Canvas geöffnet ({holder}). Schließen Sie die Datei dort, ohne zu speichern, und verwerfen Sie das Angebot zur Wiederherstellung; sonst schreibt das Fenster die alten Angaben zurück.",
                "Note: “{file}” is open in Netzwerk-Canvas right now ({holder}). Close it there without saving and discard the offer to restore it; otherwise the window writes the old data back.";
            // In the window
            StepForget => "Person vergessen", "Person forgotten";
            RightsHeading => "Rechte der Person (DSGVO)", "The person's rights (GDPR)";
            AuskunftButton => "Auskunft speichern…", "Save information…";
            AuskunftHover => "Alles, was über diese Person gespeichert ist, als PDF und JSON (Art. 15 DSGVO)",
                "Everything stored about this person, as PDF and JSON (GDPR art. 15)";
            ForgetButton => "Vergessen…", "Forget…";
            ForgetHover => "Kontakt, Verlauf und Verknüpfungen löschen und den Namen überall ersetzen (Art. 17 DSGVO)",
                "Delete contact, log and links and replace the name everywhere (GDPR art. 17)";
            ForgetTitle => "„{name}“ vergessen?", "Forget “{name}”?";
            ForgetExplain => "Der Kontakt, sein Verlauf und seine Verknüpfungen werden gelöscht; an den übrigen Stellen wird der Name durch „{placeholder}“ ersetzt. Solange das Fenster offen ist, können Sie das mit {undo} rückgängig machen.",
                "The contact, its log and its links are deleted; in the other places the name is replaced by “{placeholder}”. While the window is open, {undo} undoes it.";
            ForgetRecoveries => "Auch in {count} Wiederherstellungsdateien früherer Sitzungen:", "Also in {count} recovery files of earlier sessions:";
            ForgetRecoveriesOne => "Auch in {count} Wiederherstellungsdatei einer früheren Sitzung:", "Also in {count} recovery file of an earlier session:";
            ForgetConfirm => "Vergessen", "Forget";
            ForgetNoticeSave => "Speichern Sie die Datei ({save}), damit die Angaben auch dort gelöscht sind. Beim Speichern wird auch die vorige Fassung (.bak) gelöscht, die sie noch enthält. Bitte löschen Sie ebenso ältere Kopien und Datensicherungen der Datei.",
                "Save the file ({save}) so that the data is deleted there too. Saving also deletes the previous version (.bak), which still holds it. Please delete older copies and backups of the file as well.";
            ForgetRecoveriesCleaned => "  in {count} Wiederherstellungsdateien vergessen", "  forgotten in {count} recovery files";
            ForgetRecoveriesCleanedOne => "  in {count} Wiederherstellungsdatei vergessen", "  forgotten in {count} recovery file";
            AuskunftFilesWritten => "Auskunft über „{name}“ geschrieben: {pdf} und {json}", "Information about “{name}” written: {pdf} and {json}";
            AuskunftWriteFailed => "Die Auskunft „{file}“ konnte nicht geschrieben werden.", "The information “{file}” could not be written.";
            ReviewYearsLabel => "Prüfen nach", "Review after";
            ReviewYearsUnit => "Jahren", "years";
            ReviewYearsHover => "Kontakte, mit denen so lange nichts eingetragen wurde, werden zum Prüfen oder Vergessen markiert.",
                "Contacts with nothing logged for this long are marked for review or forgetting.";
            AuskunftFileStem => "Auskunft", "Information";
            InactiveHint => "Seit über {years} Jahren kein Kontakt – noch nötig? Prüfen oder vergessen.",
                "No contact for over {years} years – still needed? Review or forget.";
            // Auskunft
            AuskunftWritten => "„{file}“: Auskunft über „{name}“ geschrieben, {count} Stellen.",
                "“{file}”: information about “{name}” written, {count} places.";
            AuskunftTitle => "Auskunft über „{name}“", "Information about “{name}”";
            AuskunftIntro => "Alles, was in „{file}“ über diese Person gespeichert ist, Stand {date}.",
                "Everything stored about this person in “{file}”, as of {date}.";
            AuskunftOverview => "Übersicht", "Overview";
            AuskunftRecord => "Angaben im Netzwerkbuch", "Record in the Netzwerkbuch";
            AuskunftWrittenOne => "„{file}“: Auskunft über „{name}“ geschrieben, {count} Stelle.",
                "“{file}”: information about “{name}” written, {count} place.";
        }
    };
}
