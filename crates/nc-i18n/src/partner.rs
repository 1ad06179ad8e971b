//! The texts of sharing a canvas with the partner and reading their copy back (issue
//! 33): what the copy leaves out, and why a file cannot be read back.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! partner_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            // In the window
            ShareForPartner => "Für Partner freigeben…", "Share with partners…";
            ReadPartnerCopy => "Partnerfassung einlesen…", "Read partners' copy…";
            ShareTitle => "Für Partner freigeben", "Share with partners";
            ShareIntro => "Die gewählten Kooperationen werden in eine neue Datei geschrieben, die die Partner in ihrem Netzwerk-Canvas öffnen, ausfüllen („Sicht der Partner“) und Ihnen zurückschicken.",
                "The chosen collaborations are written into a new file that the partners open in their Netzwerk-Canvas, fill in (“Partners' view”) and send back to you.";
            ShareWithoutMyView => "„Meine Sicht“ weglassen (die Partner antworten, ohne sie vorher zu lesen)",
                "Leave out “My view” (the partners answer without reading it first)";
            ShareSave => "Speichern unter…", "Save as…";
            ShareFileStem => "für Partner", "for partners";
            MergePartnerBody => "Sie und die Partner haben seit dem Freigeben dieselben Felder geändert („{file}“). Alles, was nur eine Seite geändert hat, ist bereits übernommen. Bitte wählen Sie jeweils, was gelten soll.",
                "You and the partners changed the same fields since sharing (“{file}”). Everything only one side changed is taken over already. Please choose for each what applies.";
            MergeBaseShared => "Beim Freigeben", "When shared";
            MergeTheirsPartner => "Fassung der Partner", "Partners' version";
            KeepTheirsPartner => "Fassung der Partner übernehmen", "Take the partners' version";
            // What the shared copy holds and leaves out
            ShareWritten => "„{file}“ für die Partner geschrieben: {titles}.", "“{file}” written for the partners: {titles}.";
            ShareLeftOut => "Nicht enthalten:", "Left out:";
            ShareContacts => "  das Netzwerkbuch ({count} Kontakte)", "  the Netzwerkbuch ({count} contacts)";
            ShareContactsOne => "  das Netzwerkbuch ({count} Kontakt)", "  the Netzwerkbuch ({count} contact)";
            ShareOthers => "  {count} weitere Kooperationen", "  {count} other collaborations";
            ShareOthersOne => "  {count} weitere Kooperation", "  {count} other collaboration";
            ShareLinks => "  {count} Verknüpfungen mit Kontakten", "  {count} links to contacts";
            ShareLinksOne => "  {count} Verknüpfung mit einem Kontakt", "  {count} link to a contact";
            ShareMeetings => "  {count} Ergebnisse von Treffen", "  {count} meeting outcomes";
            ShareMeetingsOne => "  {count} Ergebnis eines Treffens", "  {count} meeting outcome";
            ShareSnapshots => "  {count} festgehaltene Stände", "  {count} kept snapshots";
            ShareSnapshotsOne => "  {count} festgehaltener Stand", "  {count} kept snapshot";
            SharePreparations => "  die Vorbereitung von {count} Kooperationen", "  the preparation of {count} collaborations";
            SharePreparationsOne => "  die Vorbereitung von {count} Kooperation", "  the preparation of {count} collaboration";
            ShareAuthors => "  die Namen der Verfasser von {count} Karten", "  the authors' names of {count} cards";
            ShareAuthorsOne => "  der Name des Verfassers von {count} Karte", "  the author's name of {count} card";
            ShareMyViews => "  „Meine Sicht“ in {count} Feldern", "  “My view” in {count} fields";
            ShareMyViewsOne => "  „Meine Sicht“ in {count} Feld", "  “My view” in {count} field";
            ShareImportance => "  Ihre Wichtigkeit der Kooperation", "  your importance of the collaboration";
            ShareUnknownTitle => "In „{file}“ gibt es keine Kooperation „{title}“; nichts wurde geschrieben.",
                "“{file}” has no collaboration “{title}”; nothing was written.";
            // Reading the partner's copy back
            PartnerNotShared => "„{file}“ ist keine für Partner freigegebene Kopie (sie enthält nicht, was freigegeben wurde); die Arbeitsmappe ist unverändert.",
                "“{file}” is no copy shared with partners (it lacks what was shared); the workspace is unchanged.";
            PartnerNotFromHere => "Die Kooperation „{title}“ der Partnerfassung ist nicht in „{file}“; die Arbeitsmappe ist unverändert.",
                "The partners' collaboration “{title}” is not in “{file}”; the workspace is unchanged.";
            PartnerConflicts => "Sie und die Partner haben dieselben Stellen geändert ({places}). Öffnen Sie „{file}“ im Fenster und wählen Sie dort mit Datei → Partnerfassung einlesen…; die Arbeitsmappe ist unverändert.",
                "You and the partners changed the same places ({places}). Open “{file}” in the window and choose there with File → Read partners' copy…; the workspace is unchanged.";
            PartnerMerged => "Partnerfassung in „{file}“ übernommen: {count} Änderungen.", "Partners' copy merged into “{file}”: {count} changes.";
            PartnerMergedOne => "Partnerfassung in „{file}“ übernommen: {count} Änderung.", "Partners' copy merged into “{file}”: {count} change.";
            PartnerMergeFailed => "„{file}“ lässt sich nicht mit der Arbeitsmappe zusammenführen (zu viele Einträge zusammen); die Arbeitsmappe ist unverändert.",
                "“{file}” cannot be merged with the workspace (too many entries together); the workspace is unchanged.";
            PartnerNothing => "Die Partnerfassung enthält nichts Neues; „{file}“ ist unverändert.", "The partners' copy holds nothing new; “{file}” is unchanged.";
        }
    };
}
