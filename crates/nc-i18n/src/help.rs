//! The texts of the Hilfe menu: the list of shortcuts, the command palette and the short
//! guide to the method.
//! Kept apart from the other parts of the catalogue so that each file stays short enough
//! to read.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! help_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            ShowShortcuts => "Tastenkürzel", "Keyboard shortcuts";
            CommandPalette => "Befehle suchen…", "Search commands…";
            PaletteHint => "Was möchten Sie tun? (z. B. „speichern“)", "What would you like to do? (e.g. “save”)";
            PaletteNothing => "Kein Befehl passt zu „{query}“.", "No command matches “{query}”.";
            PaletteNotNow => "gerade nicht möglich", "not possible right now";
            PaletteKeys => "↑ ↓ wählen, {enter} ausführen, {escape} schließen", "↑ ↓ choose, {enter} runs, {escape} closes";
            ShortcutsAction => "Aktion", "Action";
            ShortcutsKeys => "Tasten", "Keys";
            ShortcutsOr => "oder", "or";
            ShortcutsMenu => "Menüleiste öffnen (dann Pfeiltasten, Eingabe)", "Open the menu bar (then arrow keys, Enter)";
            ShortcutsPresentationOnly => "(in der Präsentation)", "(while presenting)";
            ShortcutsInDialogs => "In Dialogen: {enter} bestätigt, {escape} bricht ab; {tab} und {back_tab} wechseln zwischen den Feldern.",
                "In dialogs: {enter} confirms, {escape} cancels; {tab} and {back_tab} move between the fields.";
            ShowGuide => "Kurzanleitung zur Methode", "A short guide to the method";
            GuideIntro => "Netzwerkarbeit ist Beziehungsarbeit: freiwillig, mit gemeinsamem Interesse, auf Vertrauen, Verlässlichkeit und Aushandeln gebaut – eine langfristige Investition, bei der sich Geben und Nehmen mit der Zeit ausgleichen sollten.",
                "Networking is relationship work: voluntary, with a shared interest, built on trust, reliability and negotiation – a long-term investment in which give and take should balance out over time.";
            GuideQuestionsHeading => "Drei Fragen vor einem Treffen", "Three questions before a meeting";
            GuideQuestion1 => "1. Was ist meine Motivation, und was erwarte ich?", "1. What is my motivation, and what do I expect?";
            GuideQuestion2 => "2. Ist die Zusammenarbeit wertschätzend, und gibt es gemeinsame Ziele?", "2. Is the collaboration appreciative, and are there shared goals?";
            GuideQuestion3 => "3. Worin genau besteht der Mehrwert?", "3. What exactly is the added value?";
            GuideInvestment => "Klären Sie auch, was Sie einsetzen wollen (Zeit, Geld, Energie) und was „Erfolg“ für Sie und für Ihre Partner bedeutet. „Vorbereitung…“ stellt diese Fragen zu jeder Kooperation, „Nachbereitung…“ hält das Treffen fest und schlägt vor, wann Sie nachfassen.",
                "Be clear, too, about what you are willing to invest (time, money, energy) and what “success” means to you and to your partners. “Preparation…” asks these questions for each collaboration, “Debrief…” records the meeting and proposes when to follow up.";
            GuideFormsHeading => "Vier Beziehungsformen", "Four relationship forms";
            GuideFormKooperation => "Kooperation – starke Bindung: ein Projekt mit vereinbarten Zielen.", "Kooperation (cooperation) – a strong tie: a project with agreed goals.";
            GuideFormGruppe => "Gruppe – starke Bindung: langfristige, kontinuierliche Arbeit.", "Gruppe (group) – a strong tie: long-term, continuous work.";
            GuideFormBegegnung => "Begegnung – schwache Bindung: eine neue Bekanntschaft.", "Begegnung (encounter) – a weak tie: a new acquaintance.";
            GuideFormKontakt => "Kontakt – schwache Bindung: eine lose, „stille“ Verbindung, die sich aktivieren lässt.", "Kontakt (contact) – a weak tie: a loose, “silent” connection that can be activated.";
            GuideCardsHeading => "Kartenabfrage Schritt für Schritt", "A card collection step by step";
            GuideCardsStep1 => "1. Kooperation auswählen, dann „Moderation → Teilnehmende einladen…“: das Feld wählen, zu dem gefragt wird, und die Punkte pro Person.",
                "1. Select the collaboration, then “Facilitation → Invite participants…”: choose the field to ask about and the dots per person.";
            GuideCardsStep2 => "2. Die Teilnehmenden öffnen die gezeigte Adresse oder den QR-Code auf ihrem Handy (im selben Netz) und schreiben ihre Karten: ein Gedanke pro Karte.",
                "2. The participants open the address or QR code shown on their phones (on the same network) and write their cards: one thought per card.";
            GuideCardsStep3 => "3. Phase „Clustern“: Karten auf dem Canvas zu Gruppen ziehen und die Gruppen benennen; alle sehen die Karten.",
                "3. Phase “Clustering”: drag the cards into groups on the canvas and name the groups; everyone sees the cards.";
            GuideCardsStep4 => "4. Phase „Punkten“: Jede Person vergibt ihre Punkte an die wichtigsten Karten.",
                "4. Phase “Dotting”: each person gives their dots to the most important cards.";
            GuideCardsStep5 => "5. „Sitzung beenden“: Die Karten bleiben am Canvas; „Karten übernehmen“ schreibt sie als Text ins Feld. Speichern Sie mit {save}.",
                "5. “End the session”: the cards stay on the canvas; “Take over cards” writes them into the field as text. Save with {save}.";
        }
    };
}
