//! The texts of the Netzwerkbuch: contacts, their activity log, give and take, the
//! due list and the network map.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! netzwerkbuch_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            ViewCanvases => "Kooperationen", "Collaborations";
            ViewContacts => "Kontakte", "Contacts";
            ViewDue => "Fällig", "Due";
            ViewDueCount => "Fällig ({count})", "Due ({count})";
            ViewMap => "Netzwerkkarte", "Network map";
            AddContact => "Neuer Kontakt", "New contact";
            NewContactName => "Neuer Kontakt", "New contact";
            ContactName => "Name", "Name";
            Organisation => "Organisation", "Organisation";
            Role => "Rolle", "Role";
            Email => "E-Mail", "Email";
            Phone => "Telefon", "Phone";
            Tags => "Schlagwörter", "Tags";
            TagsHint => "durch Komma getrennt", "separated by commas";
            CircleLabel => "Kreis", "Circle";
            CircleInner => "Innerer Kreis", "Inner circle";
            CircleMiddle => "Mittlerer Kreis", "Middle circle";
            CirclePeriphery => "Peripherie", "Periphery";
            CircleAutomatic => "Automatisch: {circle}", "Automatic: {circle}";
            Notes => "Notizen", "Notes";
            NextFollowUp => "Nächster Kontakt", "Next follow-up";
            LastContact => "Letzter Kontakt", "Last contact";
            NeverContacted => "noch keiner", "none yet";
            Cadence => "Rhythmus", "Cadence";
            CadenceDays => "alle {days} Tage", "every {days} days";
            CadenceDefault => "Standard", "Default";
            ActivityLog => "Kontaktverlauf", "Activity log";
            LogActivity => "Eintragen", "Log it";
            ActivityDate => "Datum", "Date";
            ActivityNote => "Notiz", "Note";
            ActivityKindLabel => "Art", "Kind";
            ExchangeLabel => "Geben/Nehmen", "Give/take";
            ExchangeWhat => "Was", "What";
            ActivityEmpty => "Noch nichts eingetragen.", "Nothing logged yet.";
            RemoveActivity => "Eintrag entfernen", "Remove entry";
            KindMeeting => "Treffen", "Meeting";
            KindCall => "Telefonat", "Call";
            KindEmail => "E-Mail", "Email";
            KindMessage => "Nachricht", "Message";
            KindEvent => "Veranstaltung", "Event";
            ExchangeNone => "ohne Geben/Nehmen", "no give or take";
            ExchangeGive => "Ich gab", "I gave";
            ExchangeTake => "Ich erhielt", "I received";
            ExchangeTime => "Zeit", "Time";
            ExchangeMoney => "Geld", "Money";
            ExchangeEnergy => "Energie", "Energy";
            ExchangeFavour => "Gefallen", "Favour";
            ExchangeInformation => "Information", "Information";
            BalanceChart => "Geben und Nehmen (12 Monate)", "Give and take (12 months)";
            BalanceSummary => "gegeben {given} · erhalten {received}", "given {given} · received {received}";
            BalanceOneSided => "Einseitig – Zeit, das auszugleichen?", "One-sided – time to rebalance?";
            MonthShortJan => "Jan", "Jan";
            MonthShortFeb => "Feb", "Feb";
            MonthShortMar => "Mär", "Mar";
            MonthShortApr => "Apr", "Apr";
            MonthShortMay => "Mai", "May";
            MonthShortJun => "Jun", "Jun";
            MonthShortJul => "Jul", "Jul";
            MonthShortAug => "Aug", "Aug";
            MonthShortSep => "Sep", "Sep";
            MonthShortOct => "Okt", "Oct";
            MonthShortNov => "Nov", "Nov";
            MonthShortDec => "Dez", "Dec";
            LinkedCollaborations => "Kooperationen mit diesem Kontakt", "Collaborations with this contact";
            NoLinkedCollaborations => "Mit keiner Kooperation verknüpft. Verknüpfen Sie ihn im Kopf einer Kooperation.", "Not linked to a collaboration. Link it in a collaboration's header.";
            LinkedContacts => "Kontakte:", "Contacts:";
            LinkContact => "Kontakt verknüpfen…", "Link contact…";
            Unlink => "Verknüpfung lösen", "Unlink";
            OpenContact => "Kontakt öffnen", "Open contact";
            NoContacts => "Noch keine Kontakte. Legen Sie mit „+ Neuer Kontakt“ den ersten an.", "No contacts yet. Add the first with “+ New contact”.";
            NoContactsFound => "Kein Kontakt passt zu „{search}“.", "No contact matches “{search}”.";
            NoContactSelected => "Wählen Sie links einen Kontakt aus oder legen Sie einen neuen an.", "Pick a contact on the left, or add a new one.";
            DueHeading => "Fällige Kontakte am {date}", "Follow-ups due on {date}";
            DueEmpty => "Nichts fällig in den nächsten zwei Wochen.", "Nothing due in the next two weeks.";
            DueOverdue => "überfällig seit {days} Tagen", "overdue by {days} days";
            DueToday => "heute fällig", "due today";
            DueYesterday => "seit gestern überfällig", "overdue since yesterday";
            DueTomorrow => "morgen fällig", "due tomorrow";
            DueInDays => "in {days} Tagen", "in {days} days";
            DueDone => "Erledigt", "Done";
            DueDoneHint => "Heute als Telefonat eintragen; der nächste Kontakt folgt nach dem Rhythmus.", "Log a call today; the next follow-up follows the cadence.";
            DuePostpone => "+1 Woche", "+1 week";
            DueActionFor => "{action}: {name}", "{action}: {name}";
            DuePostponeHint => "Den nächsten Kontakt um eine Woche verschieben – ab heute, wenn er überfällig ist.", "Postpone the next follow-up by a week – from today if it is overdue.";
            MonthlyGoal => "Neue relevante Kontakte diesen Monat: {count} von {goal}", "New relevant contacts this month: {count} of {goal}";
            GoalLabel => "Monatsziel", "Monthly goal";
            DeleteContactTitle => "Kontakt löschen?", "Delete contact?";
            DeleteContactBody => "„{title}“ wird mit dem ganzen Kontaktverlauf entfernt; Kooperationen behalten den Namen als Partner.", "“{title}” is removed with its whole activity log; collaborations keep the name as a partner.";
            SortName => "Name", "Name";
            SortNextFollowUp => "Nächster Kontakt", "Next follow-up";
            SortLastContact => "Letzter Kontakt", "Last contact";
            ContactCount => "{count} Kontakte", "{count} contacts";
            MapMe => "Ich", "Me";
            MapLegend => "Ringe: innerer, mittlerer Kreis, Peripherie · Größe: Wichtigkeit · blass: lange kein Kontakt", "Rings: inner, middle circle, periphery · size: importance · pale: long without contact";
            MapNamesOnHover => "{count} Namen haben hier keinen Platz: Zeigen Sie auf einen Punkt, um ihn zu sehen.", "{count} names have no room here: point at a dot to see its name.";
            MapEmpty => "Die Karte zeigt Ihre Kontakte, sobald Sie welche anlegen.", "The map shows your contacts once you add some.";
        }
    };
}
