//! The texts of a Kartenabfrage with participants' devices: the session dialog, the participant page in the browser and the command line's messages.
//! Kept apart from the other parts of the catalogue so that each file stays short enough
//! to read.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! moderation_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            PhaseWriting => "Karten schreiben", "Writing cards";
            PhaseClustering => "Clustern", "Clustering";
            PhaseDotting => "Punkten", "Dotting";
            PhaseEnded => "Beendet", "Ended";
            ModPageTitle => "Kartenabfrage", "Card collection";
            ModYourCard => "Ihre Karte", "Your card";
            ModCardHint => "Ein Gedanke pro Karte, höchstens {max} Zeichen.", "One thought per card, at most {max} characters.";
            ModSend => "Karte senden", "Send card";
            ModThanks => "Danke! Ihre Karte ist angekommen. Sie können gern noch eine schreiben.", "Thank you! Your card has arrived. Feel free to write another one.";
            ModClustering => "Die Karten werden jetzt geordnet. Hier sehen Sie alle Karten.", "The cards are being grouped now. Here you see all cards.";
            ModDotting => "Punkten Sie die wichtigsten Karten: Sie haben noch {left} von {total} Punkten.", "Dot the most important cards: you have {left} of {total} dots left.";
            ModDotButton => "Punkt geben", "Give a dot";
            ModDotThanks => "Danke! Ihr Punkt ist gezählt.", "Thank you! Your dot has been counted.";
            ModNoDotsLeft => "Sie haben alle Punkte vergeben. Danke!", "You have placed all your dots. Thank you!";
            ModEnded => "Die Kartenabfrage ist beendet. Vielen Dank für Ihre Beiträge!", "The card collection has ended. Thank you for your contributions!";
            ModUnclustered => "Ohne Gruppe", "Not grouped";
            ModNoCards => "Noch keine Karten.", "No cards yet.";
            ModDotsOnCard => "Punkte: {count}", "Dots: {count}";
            ModRefresh => "Aktualisieren", "Refresh";
            ModErrorTooLong => "Die Karte ist zu lang: höchstens {max} Zeichen.", "The card is too long: at most {max} characters.";
            ModErrorTooLarge => "Die Anfrage ist zu groß.", "The request is too large.";
            ModErrorEmpty => "Bitte schreiben Sie etwas auf die Karte.", "Please write something on the card.";
            ModErrorTooFast => "Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment.", "Too many requests in a short time. Please wait a moment.";
            ModErrorFull => "Die Sitzung ist voll: Es können keine weiteren Geräte teilnehmen.", "The session is full: no further devices can join.";
            ModErrorAddressFull => "Von dieser Netzwerkadresse nehmen bereits {max} Geräte teil. Bitte schreiben Sie mit einem dieser Geräte oder wählen Sie sich in ein anderes Netz ein.", "{max} devices already take part from this network address. Please write with one of them or join another network.";
            ModErrorNotSaved => "Ihre Karte konnte gerade nicht gespeichert werden. Bitte senden Sie sie noch einmal.", "Your card could not be saved just now. Please send it again.";
            ModErrorTooSlow => "Die Anfrage kam zu langsam an.", "The request arrived too slowly.";
            ModErrorBusy => "Gerade sind zu viele Verbindungen offen. Bitte versuchen Sie es gleich noch einmal.", "Too many connections are open right now. Please try again in a moment.";
            ModJournalFailed => "Die Sitzung kann ihre Karten nicht sichern: Das Journal in {path} ließ sich nicht anlegen ({error}).", "The session cannot secure its cards: the journal in {path} could not be created ({error}).";
            ModErrorNotNow => "Das ist in diesem Abschnitt der Kartenabfrage nicht möglich.", "That is not possible in this phase of the card collection.";
            ModErrorNoDotsLeft => "Sie haben schon alle Punkte vergeben.", "You have already placed all your dots.";
            ModErrorUnknownCard => "Diese Karte gibt es nicht mehr.", "This card no longer exists.";
            ModErrorBadRequest => "Die Anfrage war unvollständig. Bitte laden Sie die Seite neu.", "The request was incomplete. Please reload the page.";
            ModNoLanAddress => "Keine Adresse im lokalen Netz gefunden. Bitte verbinden Sie den Rechner mit dem WLAN oder starten Sie einen Hotspot.", "No address on the local network found. Please connect the computer to the Wi-Fi or start a hotspot.";
            ModBindFailed => "Der Port konnte nicht geöffnet werden ({address}): {error}", "The port could not be opened ({address}): {error}";
            CliNoSuchField => "„{title}“ hat kein Feld „{field}“. Vorhanden: {known}", "“{title}” has no field “{field}”. Available: {known}";
            CliSessionRunning => "Die Kartenabfrage läuft. Befehle (eine Zeile): schreiben, clustern, punkten, ende. Strg+C beendet die Sitzung und speichert die Karten.", "The card collection is running. Commands (one per line): schreiben, clustern, punkten, ende. Ctrl+C ends the session and saves the cards.";
            CliPhaseNow => "Abschnitt: {phase}", "Phase: {phase}";
            CliUnknownCommand => "Unbekannter Befehl „{command}“. Befehle: schreiben, clustern, punkten, ende.", "Unknown command “{command}”. Commands: schreiben, clustern, punkten, ende.";
            CliReceived => "Empfangen – Karten: {cards}, Punkte: {dots}.", "Received – cards: {cards}, dots: {dots}.";
            CliCardsSaved => "Gespeichert in „{file}“ – Karten: {cards}, Punkte: {dots}.", "Saved in “{file}” – cards: {cards}, dots: {dots}.";
            CliJournalLeft => "Eine frühere Kartenabfrage mit „{file}“ endete, ohne ihre Karten zu speichern (Karten: {cards}, Punkte: {dots}). Starten Sie den Befehl mit --resume, um sie zuerst in die Datei zu übernehmen.", "An earlier card collection with “{file}” ended without saving its cards (cards: {cards}, dots: {dots}). Run the command with --resume to add them to the file first.";
            CliResumed => "Aus der abgebrochenen Kartenabfrage übernommen in „{file}“ – Karten: {cards}, Punkte: {dots}.", "Taken over from the interrupted card collection into “{file}” – cards: {cards}, dots: {dots}.";
            CliResumeNotSaved => "„{file}“ konnte nicht gespeichert werden: {error} Das Journal der abgebrochenen Kartenabfrage bleibt erhalten; versuchen Sie --resume später noch einmal.", "“{file}” could not be saved: {error} The journal of the interrupted card collection is kept; try --resume again later.";
            CliNoJournal => "Hinweis: Kein Datenordner gefunden; die Karten dieser Sitzung liegen bis zum Ende nur im Speicher.", "Note: no data folder found; this session's cards are kept in memory only until it ends.";
            CliCardsNotSaved => "„{file}“ konnte nicht gespeichert werden: {error} Die Karten folgen auf der Standardausgabe.", "“{file}” could not be saved: {error} The cards follow on standard output.";
            CliSignalFailed => "Strg+C kann nicht abgefangen werden: {error}", "Ctrl+C cannot be caught: {error}";
        }
    };
}
