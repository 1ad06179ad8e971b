//! The texts around one meeting: preparation and self-check, debrief, the meeting
//! brief, both sides' views, kept states, and the presentation with its timer.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! meeting_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            Preparation => "Vorbereitung…", "Preparation…";
            PreparationTitle => "Vorbereitung: {title}", "Preparation: {title}";
            PrepQuestion1 => "1. Was ist meine Motivation, und was erwarte ich?", "1. What is my motivation, and what do I expect?";
            PrepQuestion2 => "2. Ist die Zusammenarbeit wertschätzend, und gibt es gemeinsame Ziele?", "2. Is the collaboration appreciative, and are there shared goals?";
            PrepQuestion3 => "3. Worin genau besteht der Mehrwert?", "3. What exactly is the added value?";
            SelfCheck => "Selbstcheck: Prinzipien der Netzwerkarbeit", "Self-check: principles of network work";
            PrincipleVoluntariness => "Freiwilligkeit", "Voluntariness";
            PrincipleSharedInterest => "Gemeinsames Interesse", "Shared interest";
            PrincipleLongTerm => "Langfristige Investition", "Long-term investment";
            PrincipleDynamics => "Dynamik und Offenheit", "Dynamics and openness";
            PrincipleGoalBenefit => "Ziel- und Nutzenorientierung", "Goal and benefit orientation";
            PrincipleCooperation => "Kooperation", "Cooperation";
            PrincipleTrust => "Vertrauen", "Trust";
            PrincipleReliability => "Verlässlichkeit", "Reliability";
            PrincipleNegotiation => "Verhandlung", "Negotiation";
            RatingRed => "Rot", "Red";
            RatingAmber => "Gelb", "Amber";
            RatingGreen => "Grün", "Green";
            RatingOpen => "offen", "open";
            BriefFromCanvas => "(aus dem Canvas)", "(from the canvas)";
            TakenFromCanvas => "Aus dem Canvas übernommen – Sie können den Text so lassen oder überschreiben.", "Taken from the canvas – keep the text or write over it.";
            Done => "Fertig", "Done";
            Debrief => "Nachbereitung…", "Debrief…";
            DebriefTitle => "Nachbereitung: {title}", "Debrief: {title}";
            DebriefDate => "Datum des Treffens", "Date of the meeting";
            DebriefOutcome => "Ergebnis", "Outcome";
            DebriefFollowUp => "Nachfassen am", "Follow up on";
            DebriefFollowUpHint => "Vorschlag: drei Tage nach dem Treffen melden.", "Suggestion: get back in touch three days after the meeting.";
            DebriefFollowUpLate => "Drei Tage nach dem Treffen wäre der {date} gewesen – dieser Tag ist vorbei. Vorgeschlagen ist darum heute.",
                "Three days after the meeting would have been {date} – that day is over, so today is proposed.";
            DebriefFollowUpPast => "Der {date} liegt in der Vergangenheit: Dieses Nachfassen wäre sofort überfällig.",
                "{date} is in the past: this follow-up would be overdue at once.";
            DebriefSave => "Im Verlauf speichern", "Add to history";
            DebriefHistory => "Bisherige Treffen", "Earlier meetings";
            BriefTitle => "Gesprächsvorbereitung", "Meeting brief";
            BriefOpenSteps => "Offene nächste Schritte", "Open next steps";
            MyView => "Meine Sicht", "My view";
            PartnersView => "Sicht der Partner", "Partners' view";
            OneSided => "nur eine Seite ausgefüllt", "only one side filled in";
            TakeSnapshot => "Stand festhalten", "Keep this state";
            SnapshotTaken => "Stand vom {time} festgehalten.", "State of {time} kept.";
            Compare => "Vergleichen…", "Compare…";
            CompareTitle => "Vergleich mit dem Stand vom {time}", "Comparison with the state of {time}";
            CompareWith => "Stand", "State";
            Changed => "geändert", "changed";
            Unchanged => "unverändert", "unchanged";
            DiffLegend => "Markiert gegenüber dem Stand:", "Marked against that state:";
            DiffAdded => "hinzugefügt", "added";
            DiffRemoved => "entfernt", "removed";
            DiffAddedWords => "Hinzugefügt: {words}", "Added: {words}";
            DiffRemovedWords => "Entfernt: {words}", "Removed: {words}";
            NoSnapshots => "Noch kein Stand festgehalten.", "No state kept yet.";
            Presentation => "Präsentation", "Presentation";
            LeavePresentation => "Präsentation beenden (Esc)", "Leave presentation (Esc)";
            NextField => "Nächstes Feld (Bild ↓) ▶", "Next field (Page Down) ▶";
            PreviousField => "◀ Vorheriges Feld (Bild ↑)", "◀ Previous field (Page Up)";
            FieldOf => "Feld {n} von {count}", "Field {n} of {count}";
            TimerStart => "Start", "Start";
            TimerPause => "Pause", "Pause";
            TimerExtend => "+1 Min.", "+1 min";
            TimerReset => "Zurücksetzen", "Reset";
            TimerMinutes => "Min. pro Feld", "Min. per field";
            TimerHint => "Restzeit für dieses Feld", "Time left for this field";
            TimeIsUp => "Die Zeit für dieses Feld ist um.", "Time for this field is up.";
        }
    };
}
