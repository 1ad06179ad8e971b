//! The texts of the cards on the canvas: adding, editing, colouring and clustering cards, and taking them over into the field text.
//! Kept apart from the other parts of the catalogue so that each file stays short enough
//! to read.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! board_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            // Undo steps
            StepCardAdd => "Karte hinzugefügt", "Card added";
            StepCardChange => "Karte geändert", "Card changed";
            StepCardRemove => "Karte gelöscht", "Card deleted";
            StepCardMove => "Karte verschoben", "Card moved";
            StepCardCluster => "Cluster umbenannt", "Cluster renamed";
            StepCardTakeOver => "Karten übernommen", "Cards taken over";
            StepCardParticipants => "Karten der Teilnehmenden", "Participants' cards";
            StepCardDot => "Punkt vergeben", "Dot placed";
            // The card wall of a field
            CardWall => "Kartenwand", "Card wall";
            CardWallTitle => "Kartenwand – {field}", "Card wall – {field}";
            WallSummary => "{cards} in {count} Gruppen", "{cards} in {count} groups";
            WallSummaryOne => "{cards} in {count} Gruppe", "{cards} in {count} group";
            WallOpen => "Kartenwand öffnen", "Open the card wall";
            WallDotting => "Punkten", "Dotting";
            WallDotsPerPerson => "Punkte pro Person", "Dots per person";
            WallDotInfo => "Klicken Sie auf eine Karte, um einen Punkt zu geben; ein Rechtsklick nimmt einen zurück (Strg+Z auch). Jede Person hat {dots} Punkte; an dieser Wand sind bisher {placed} vergeben.", "Click a card to give it a dot; a right click takes one back (so does Ctrl+Z). Everyone has {dots} dots; {placed} have been placed on this wall so far.";
            WallDotHint => "Klicken: ein Punkt mehr · Rechtsklick: ein Punkt weniger", "Click: one more dot · right click: one dot less";
            WallClose => "Schließen", "Close";
            WallEmpty => "Noch keine Karten in diesem Feld.", "No cards in this field yet.";
            // The board in a field box
            AddCard => "+ Karte", "+ Card";
            AddCardHint => "Eine Karte an dieses Feld heften", "Pin a card to this field";
            TakeOverCards => "Karten übernehmen", "Take over cards";
            TakeOverCardsHint => "Die Karten als Text ins Feld schreiben (Cluster als Überschriften); rückgängig mit Strg+Z",
                "Write the cards into the field as text (clusters as headings); undo with Ctrl+Z";
            CardCount => "{count} Karten", "{count} cards";
            CardCountOne => "{count} Karte", "{count} card";
            MoreGroups => "… und {count} weitere Gruppen", "… and {count} more groups";
            MoreGroupsOne => "… und {count} weitere Gruppe", "… and {count} more group";
            CardName => "Karte: {text}", "Card: {text}";
            ClusterName => "Cluster: {name}", "Cluster: {name}";
            ClusterHint => "Klicken zum Umbenennen; Karten hierher ziehen, um sie dem Cluster zuzuordnen",
                "Click to rename; drag cards here to add them to the cluster";
            CardDragHint => "Klicken zum Bearbeiten, ziehen zum Verschieben (auf eine Karte: in ihren Cluster)",
                "Click to edit, drag to move (onto a card: into its cluster)";
            DotCount => "{count} Punkte", "{count} dots";
            DotCountOne => "{count} Punkt", "{count} dot";
            // The card dialog
            CardDialogNew => "Neue Karte", "New card";
            CardDialogEdit => "Karte bearbeiten", "Edit card";
            CardText => "Text (ein Gedanke, höchstens 280 Zeichen)", "Text (one thought, at most 280 characters)";
            CardTextHint => "Enter übernimmt, Umschalt+Enter beginnt eine neue Zeile", "Enter saves, Shift+Enter starts a new line";
            CardColourLabel => "Farbe", "Colour";
            CardClusterLabel => "Cluster", "Cluster";
            CardClusterHint => "ohne Cluster", "no cluster";
            CardAuthorLabel => "Von", "By";
            CardAuthorHint => "anonym", "anonymous";
            CardDotsLabel => "Punkte", "Dots";
            CardSave => "Übernehmen", "Save";
            CardDelete => "Löschen", "Delete";
            ColourYellow => "Gelb", "Yellow";
            ColourGreen => "Grün", "Green";
            ColourBlue => "Blau", "Blue";
            ColourPink => "Rosa", "Pink";
            ColourOrange => "Orange", "Orange";
            ColourWhite => "Weiß", "White";
            // The Kartenabfrage with participants' devices, in the window
            MenuModeration => "Moderation", "Facilitation";
            InviteParticipants => "Teilnehmende einladen…", "Invite participants…";
            InviteTitle => "Teilnehmende einladen", "Invite participants";
            InviteBody => "Die Teilnehmenden schreiben Karten auf ihren eigenen Geräten, über das lokale Netz (WLAN oder Hotspot dieses Rechners). Solange die Sitzung läuft, ist Netzwerk-Canvas im lokalen Netz erreichbar; gezeigt werden nur die Frage und – beim Clustern und Punkten – die Karten dieses Feldes. Nichts verlässt den Raum.",
                "Participants write cards on their own devices, over the local network (Wi-Fi or this computer's hotspot). While the session runs, Netzwerk-Canvas can be reached on the local network; it shows only the question and – while clustering and dotting – the cards of this field. Nothing leaves the room.";
            InviteField => "Feld (die Frage)", "Field (the question)";
            InviteDots => "Punkte pro Person", "Dots per person";
            InviteNetwork => "Netzwerk, über das die Telefone kommen", "Network the phones come through";
            InviteAddress => "Adresse für die Teilnehmenden: {address} – Port und QR-Code erscheinen, sobald die Sitzung läuft.", "Address for the participants: {address} – the port and QR code appear once the session runs.";
            InviteNoNetwork => "Kein WLAN, kein Netzwerkkabel und kein Hotspot: Telefone im Raum können diesen Rechner nicht erreichen. Verbinden Sie ihn mit dem WLAN oder starten Sie einen Hotspot.", "No Wi-Fi, no network cable and no hotspot: phones in the room cannot reach this computer. Connect it to the Wi-Fi or start a hotspot.";
            InviteFirewall => "Beim ersten Start kann die Firewall des Rechners fragen (unter Windows das Fenster „Windows-Sicherheit“), ob Netzwerk-Canvas im Netzwerk erreichbar sein darf: Erlauben Sie es für private Netzwerke, sonst erreichen die Telefone die Sitzung nicht.", "The first time, the computer's firewall may ask (on Windows the “Windows Security” window) whether Netzwerk-Canvas may be reached on the network: allow it for private networks, or the phones cannot reach the session.";
            InviteVpnWarning => "Über ein VPN erreichen die Telefone im Raum diesen Rechner in der Regel nicht. Wählen Sie das WLAN oder starten Sie einen Hotspot.", "Phones in the room usually cannot reach this computer through a VPN. Choose the Wi-Fi or start a hotspot.";
            InviteVirtualWarning => "Dieses Netz gehört zu Containern oder virtuellen Maschinen auf diesem Rechner; Telefone erreichen es nicht.", "This network belongs to containers or virtual machines on this computer; phones cannot reach it.";
            InviteLoopbackWarning => "Nur zum Ausprobieren: Diese Adresse erreicht kein anderes Gerät.", "Only for trying it out: no other device reaches this address.";
            NetworkHotspot => "Hotspot dieses Rechners", "This computer's hotspot";
            NetworkWireless => "WLAN", "Wi-Fi";
            NetworkWired => "Netzwerkkabel", "Network cable";
            NetworkOther => "Netzwerk", "Network";
            NetworkVpn => "VPN", "VPN";
            NetworkVirtual => "Virtuelles Netz", "Virtual network";
            NetworkLoopback => "Nur dieser Rechner", "This computer only";
            InviteStart => "Sitzung starten", "Start the session";
            SessionTitle => "Kartenabfrage: {field}", "Card query: {field}";
            SessionJoin => "Mit dem Handy scannen oder im Browser öffnen:", "Scan with a phone or open in a browser:";
            SessionPhase => "Phase", "Phase";
            SessionParticipants => "Teilnehmende: {count}", "Participants: {count}";
            SessionCards => "{count} Karten erhalten", "{count} cards received";
            SessionCardsOne => "{count} Karte erhalten", "{count} card received";
            CopyAddress => "Adresse kopieren", "Copy address";
            HideInvitation => "QR-Code ausblenden", "Hide the QR code";
            ShowInvitation => "QR-Code zeigen", "Show the QR code";
            SessionQrCode => "QR-Code für {address}", "QR code for {address}";
            EndSession => "Sitzung beenden", "End the session";
            SessionCardsRestored => "{count} Karten aus einer abgebrochenen Kartenabfrage wiederhergestellt – bitte speichern Sie.", "{count} cards restored from an interrupted card query – please save.";
            SessionEnded => "Kartenabfrage beendet; die Karten bleiben im Feld.", "Card query ended; the cards stay in the field.";
            SessionCannotStart => "Die Sitzung konnte nicht starten: {reason}", "The session could not start: {reason}";
            RenameClusterTitle => "Cluster umbenennen", "Rename cluster";
            RenameClusterBody => "Der neue Name gilt für alle Karten des Clusters.",
                "The new name applies to every card of the cluster.";
        }
    };
}
