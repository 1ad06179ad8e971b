//! The texts about the file itself: recovery after a crash, changes made elsewhere, a
//! file open twice, and every reason a file could not be read or written (one per
//! `StorageError` kind).

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! file_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            Notice => "Hinweis", "Note";
            RecoverTitle => "Ungesicherte Arbeit gefunden", "Unsaved work found";
            RecoverBody => "Netzwerk-Canvas wurde beendet, bevor diese Änderungen gespeichert waren: „{name}“ mit {count} Kooperationen, zuletzt gesichert am {time}.",
                "Netzwerk-Canvas ended before these changes were saved: “{name}” with {count} collaborations, last backed up on {time}.";
            RecoverBodyOne => "Netzwerk-Canvas wurde beendet, bevor diese Änderungen gespeichert waren: „{name}“ mit {count} Kooperation, zuletzt gesichert am {time}.",
                "Netzwerk-Canvas ended before these changes were saved: “{name}” with {count} collaboration, last backed up on {time}.";
            RecoverHint => "Wiederherstellen öffnet die Arbeit als ungespeicherte Änderungen; speichern Sie sie danach.",
                "Restore opens the work as unsaved changes; save it afterwards.";
            Restore => "Wiederherstellen", "Restore";
            KeepForLater => "Für später behalten", "Keep for later";
            ConflictTitle => "Datei wurde geändert", "File was changed";
            ConflictBody => "„{file}“ wurde seit dem Öffnen außerhalb dieses Fensters geändert (z. B. von einer anderen Instanz oder einem Sync-Ordner wie Nextcloud oder Dropbox). Überschreiben ersetzt diese Änderungen; Neu laden verwirft Ihre.",
                "“{file}” was changed outside this window since it was opened (by another instance, or a sync folder such as Nextcloud or Dropbox). Overwrite replaces those changes; Reload discards yours.";
            Overwrite => "Überschreiben", "Overwrite";
            // Changes made elsewhere (issue 18)
            StepMergeFromElsewhere => "Änderungen von außen übernommen", "Changes from elsewhere brought in";
            StepPartnerCopy => "Partnerfassung eingelesen", "Partners' copy read in";
            CameIn => "{count} Änderungen von außen übernommen", "{count} changes from elsewhere brought in";
            CameInOne => "{count} Änderung von außen übernommen", "{count} change from elsewhere brought in";
            MergeTitle => "Gleichzeitige Änderungen zusammenführen", "Merge changes made at the same time";
            MergeBody => "„{file}“ wurde inzwischen auch außerhalb dieses Fensters geändert. Alles, was nur auf einer Seite geändert wurde, ist bereits übernommen. In den folgenden Feldern wurde auf beiden Seiten etwas geändert; bitte wählen Sie jeweils, was gelten soll.",
                "“{file}” was also changed outside this window in the meantime. Everything changed on one side only has been brought in already. The fields below were changed on both sides; please choose for each what should apply.";
            MergeBase => "Zuvor", "Before";
            MergeMine => "Ihre Fassung (dieses Fenster)", "Your version (this window)";
            MergeTheirs => "Fassung von außen (Datei)", "Version from elsewhere (file)";
            KeepMine => "Ihre Fassung behalten", "Keep your version";
            KeepTheirs => "Fassung von außen übernehmen", "Take the version from elsewhere";
            KeepCombined => "Beide zusammenführen (bearbeitbar)", "Combine both (editable)";
            MergeDeleted => "(gelöscht)", "(deleted)";
            MergeEmpty => "(leer)", "(empty)";
            MergeAndSave => "Zusammenführen und speichern", "Merge and save";
            MergeOnly => "Zusammenführen", "Merge";
            MergeWorkspace => "Arbeitsbereich", "Workspace";
            MergeCanvas => "Kooperation „{title}“", "Collaboration “{title}”";
            MergeContact => "Kontakt „{title}“", "Contact “{title}”";
            MergeTemplate => "Vorlage „{title}“", "Template “{title}”";
            OutsideChangedBody => "„{file}“ wurde außerhalb dieses Fensters geändert (z. B. über einen Sync-Ordner). Möchten Sie diese Änderungen jetzt übernehmen? Ihre ungespeicherten Änderungen bleiben erhalten.",
                "“{file}” was changed outside this window (for example through a sync folder). Do you want to bring those changes in now? Your unsaved changes are kept.";
            BringIn => "Übernehmen", "Bring in";
            // Conflict copies a sync program left beside the file (issue 18)
            ConflictCopyTitle => "Konfliktkopie gefunden", "Conflict copy found";
            CopyBody => "Neben „{file}“ liegt eine Konfliktkopie: „{copy}“. Ein Sync-Programm legt sie an, wenn die Datei an zwei Orten gleichzeitig geändert wurde. Sie enthält {count} Änderungen, die in der geöffneten Datei fehlen.",
                "Next to “{file}” there is a conflict copy: “{copy}”. A sync program makes one when the file was changed in two places at the same time. It holds {count} changes that the open file lacks.";
            CopyBodyOne => "Neben „{file}“ liegt eine Konfliktkopie: „{copy}“. Ein Sync-Programm legt sie an, wenn die Datei an zwei Orten gleichzeitig geändert wurde. Sie enthält {count} Änderung, die in der geöffneten Datei fehlt.",
                "Next to “{file}” there is a conflict copy: “{copy}”. A sync program makes one when the file was changed in two places at the same time. It holds {count} change that the open file lacks.";
            CopyHowMerged => "Beim Zusammenführen geht nichts verloren: Was nur eine der beiden Fassungen enthält, wird übernommen; wo sie sich unterscheiden, werden Sie gefragt. Danach wird die Datei gespeichert.",
                "Merging loses nothing: what only one of the two versions holds is taken; where they differ, you are asked. The file is saved afterwards.";
            CopyNothingNew => "Neben „{file}“ liegt eine Konfliktkopie: „{copy}“. Sie enthält nichts, was in der geöffneten Datei fehlt.",
                "Next to “{file}” there is a conflict copy: “{copy}”. It holds nothing that the open file lacks.";
            CopyRemoveAfter => "Konfliktkopie danach löschen", "Delete the conflict copy afterwards";
            DeleteCopy => "Kopie löschen", "Delete copy";
            KeepCopy => "Behalten", "Keep";
            CameInCopy => "{count} Änderungen aus der Konfliktkopie „{file}“ übernommen", "{count} changes brought in from the conflict copy “{file}”";
            CameInCopyOne => "{count} Änderung aus der Konfliktkopie „{file}“ übernommen", "{count} change brought in from the conflict copy “{file}”";
            CopyDeleted => "Konfliktkopie „{file}“ gelöscht", "Conflict copy “{file}” deleted";
            CopyNotDeleted => "Die Konfliktkopie „{file}“ konnte nicht gelöscht werden", "The conflict copy “{file}” could not be deleted";
            CopyUnreadable => "Die Konfliktkopie „{file}“ konnte nicht gelesen werden", "The conflict copy “{file}” could not be read";
            CopyLeftAsIs => "Sie bleibt unverändert liegen.", "It is left as it is.";
            MergeCopyBody => "Die Konfliktkopie „{file}“ und die geöffnete Datei unterscheiden sich in den folgenden Feldern. Alles, was nur eine der beiden Fassungen enthält, ist bereits übernommen. Bitte wählen Sie jeweils, was gelten soll.",
                "The conflict copy “{file}” and the open file differ in the fields below. Everything only one of the two versions holds has been taken already. Please choose for each what should apply.";
            MergeTheirsCopy => "Fassung der Konfliktkopie", "Version in the conflict copy";
            KeepTheirsCopy => "Fassung der Kopie übernehmen", "Take the copy's version";
            Later => "Später", "Later";
            Reload => "Neu laden", "Reload";
            LockHeld => "„{file}“ ist bereits in einer anderen Netzwerk-Canvas-Instanz geöffnet ({holder}). Wer danach speichert, wird gefragt, bevor etwas überschrieben wird.",
                "“{file}” is already open in another Netzwerk-Canvas instance ({holder}). Whoever saves later is asked before anything is overwritten.";
            AutosaveFailed => "Sicherungskopie fehlgeschlagen: {reason}", "Backup copy failed: {reason}";
            LargeField => "Dieses Feld ist sehr lang ({size} MB) und wird deshalb nur angezeigt, nicht bearbeitet. Der ganze Text bleibt erhalten und wird gespeichert und gedruckt.",
                "This field is very long ({size} MB), so it is shown, not edited. The whole text is kept, saved and printed.";
            // Why a file could not be read or written
            ErrEmpty => "Die Datei ist leer.", "The file is empty.";
            ErrTooMany => "Die Datei enthält mehr {what} als die {limit}, die Netzwerk-Canvas öffnet; sie wurde nicht geladen.",
                "The file holds more {what} than the {limit} that Netzwerk-Canvas opens; it was not loaded.";
            ErrTooManyValues => "Die Datei besteht aus {count} Einzelwerten, mehr als die {limit}, die Netzwerk-Canvas öffnet; sie wurde nicht geladen.",
                "The file consists of {count} values, more than the {limit} that Netzwerk-Canvas opens; it was not loaded.";
            ErrTooManyObjects => "Die Datei besteht aus {count} Objekten, mehr als die {limit}, die Netzwerk-Canvas öffnet; sie wurde nicht geladen.",
                "The file consists of {count} objects, more than the {limit} that Netzwerk-Canvas opens; it was not loaded.";
            LimitCanvases => "Kooperationen und festgehaltene Stände", "collaborations and kept states";
            LimitContacts => "Kontakte", "contacts";
            LimitLogEntries => "Einträge in Kontaktverläufen und Nachbereitungen", "contact log entries and meeting records";
            LimitTemplates => "Vorlagen", "templates";
            LimitTemplateFields => "Vorlagenfelder", "template fields";
            LimitCards => "Karten", "cards";
            ErrTooLarge => "Die Datei ist mit {size} MB zu groß; Netzwerk-Canvas öffnet Dateien bis {limit} MB.",
                "The file is too large ({size} MB); Netzwerk-Canvas opens files up to {limit} MB.";
            ErrNotJson => "Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}).",
                "The file is not valid JSON (line {line}, column {column}).";
            ErrTruncated => "Die Datei endet mitten im Inhalt (Zeile {line}) – sie ist vermutlich abgeschnitten.",
                "The file ends in the middle of its content (line {line}) – it is probably truncated.";
            ErrMissingFormat => "Das ist keine Netzwerk-Canvas-Datei: die Angabe „format“ fehlt.",
                "This is not a Netzwerk-Canvas file: the “format” key is missing.";
            ErrWrongFormat => "Das ist keine Netzwerk-Canvas-Datei (Format „{found}“).",
                "This is not a Netzwerk-Canvas file (format “{found}”).";
            ErrNewerVersion => "Die Datei stammt aus einer neueren Version von Netzwerk-Canvas (Dateiversion {found}, diese App kennt bis {supported}). Bitte aktualisiere die App.",
                "The file comes from a newer version of Netzwerk-Canvas (file version {found}, this app knows up to {supported}). Please update the app.";
            ErrTooDeep => "Die Datei ist zu tief verschachtelt, um eine Netzwerk-Canvas-Datei zu sein.",
                "The file is nested too deeply to be a Netzwerk-Canvas file.";
            ErrInvalidContent => "Unerwarteter Inhalt in Zeile {line}, Spalte {column}: {detail}",
                "Unexpected content at line {line}, column {column}: {detail}";
            ErrNotFound => "Die Datei oder der Ordner existiert nicht.", "The file or folder does not exist.";
            ErrPermission => "Keine Berechtigung (Datei oder Ordner ist schreibgeschützt).", "Permission denied (the file or folder is read-only).";
            ErrDiskFull => "Der Datenträger ist voll.", "The disk is full.";
            ErrIsDirectory => "Das ist ein Ordner, keine Datei.", "That is a folder, not a file.";
            ErrIo => "Ein- oder Ausgabefehler: {detail}", "Input/output error: {detail}";
            ErrInUse => "Ein anderes Programm hält die Datei geöffnet (etwa die Vorschau im Explorer, OneDrive oder ein Virenscanner). Die Datei ist unverändert; bitte schließen Sie das Programm und speichern Sie erneut.",
                "Another program holds the file open (such as Explorer's preview, OneDrive or a virus scanner). The file is unchanged; please close that program and save again.";
        }
    };
}
