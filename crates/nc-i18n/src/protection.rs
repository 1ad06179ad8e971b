//! The texts of protecting a workspace with a passphrase (issue 33): the menu, the
//! passphrase dialog, and why a protected file cannot be opened.

/// Hands the entries gathered so far, with this part's, on to the next part (see
/// `next_part!` in the parent module).
macro_rules! protection_texts {
    ($later:tt $($entries:tt)*) => {
        next_part! { $later $($entries)*
            // The menu
            ProtectWithPassphrase => "Mit Passwort schützen…", "Protect with password…";
            ChangePassphrase => "Passwort ändern…", "Change password…";
            RemovePassphrase => "Passwortschutz entfernen…", "Remove password protection…";
            // The dialog
            UnlockTitle => "Geschützte Datei öffnen", "Open protected file";
            UnlockBody => "„{file}“ ist mit einem Passwort geschützt. Bitte geben Sie es ein.",
                "“{file}” is protected by a password. Please enter it.";
            UnlockRecoveryBody => "Netzwerk-Canvas hat ungesicherte Arbeit aus einer geschützten Datei gefunden („{file}“). Bitte geben Sie deren Passwort ein, um sie wiederherzustellen.",
                "Netzwerk-Canvas found unsaved work from a protected file (“{file}”). Please enter its password to restore it.";
            ProtectTitle => "Mit Passwort schützen", "Protect with password";
            ProtectBody => "Die Datei wird verschlüsselt gespeichert (age), mit allen Sicherungs- und Wiederherstellungskopien. Ohne das Passwort kann niemand sie öffnen, auch Sie nicht: Bitte bewahren Sie es gut auf.",
                "The file is saved encrypted (age), with all its backup and recovery copies. Without the password nobody can open it, not even you: please keep it safe.";
            ChangeTitle => "Passwort ändern", "Change password";
            ChangeBody => "Die Datei wird mit dem neuen Passwort verschlüsselt gespeichert; das alte öffnet sie danach nicht mehr.",
                "The file is saved encrypted with the new password; the old one no longer opens it.";
            RemoveTitle => "Passwortschutz entfernen", "Remove password protection";
            RemoveBody => "Die Datei wird unverschlüsselt gespeichert: Wer die Festplatte lesen kann, kann dann auch sie lesen. Bitte geben Sie zur Bestätigung das jetzige Passwort ein.",
                "The file is saved unencrypted: whoever can read the disk can then read it too. Please enter the current password to confirm.";
            PassphraseLabel => "Passwort:", "Password:";
            PassphraseRepeatLabel => "Passwort wiederholen:", "Repeat password:";
            PassphraseMismatch => "Die beiden Eingaben stimmen nicht überein.", "The two entries do not match.";
            PassphraseWrong => "Das Passwort ist falsch. Bitte versuchen Sie es noch einmal.", "The password is wrong. Please try again.";
            CapsLockOn => "Die Feststelltaste ist aktiv.", "Caps Lock is on.";
            ProtectedSaved => "Gespeichert und mit Passwort geschützt: {file}", "Saved and protected with a password: {file}";
            PassphraseChanged => "Gespeichert mit dem neuen Passwort: {file}", "Saved with the new password: {file}";
            ProtectionRemoved => "Gespeichert ohne Passwortschutz: {file}", "Saved without password protection: {file}";
            // Why a protected file does not open
            ErrNeedsPassphrase => "Die Datei ist mit einem Passwort geschützt. Auf der Kommandozeile geben Sie es mit --passphrase-file DATEI oder der Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE an.",
                "The file is protected by a password. On the command line, give it with --passphrase-file FILE or the environment variable NETZWERK_CANVAS_PASSPHRASE.";
            ErrWrongPassphrase => "Das Passwort ist falsch; die Datei wurde nicht geöffnet und ist unverändert.",
                "The password is wrong; the file was not opened and is unchanged.";
            ErrSealDamaged => "Die geschützte Datei ist beschädigt oder unvollständig (verschlüsselte Daten fehlen oder wurden verändert); sie wurde nicht geöffnet.",
                "The protected file is damaged or incomplete (encrypted data is missing or was changed); it was not opened.";
            ErrSealTooCostly => "Die geschützte Datei verlangt einen scrypt-Aufwand von 2^{found}, mehr als die 2^{limit}, die Netzwerk-Canvas aufbringt; sie wurde nicht geöffnet.",
                "The protected file asks for an scrypt work factor of 2^{found}, more than the 2^{limit} Netzwerk-Canvas spends; it was not opened.";
            ErrNotForPassphrase => "Die Datei ist mit age für Schlüssel verschlüsselt, nicht mit einem Passwort; Netzwerk-Canvas öffnet nur passwortgeschützte age-Dateien.",
                "The file is encrypted with age for keys, not with a password; Netzwerk-Canvas opens only password-protected age files.";
            // The command line
            CliPassphrasePrompt => "Passwort für „{file}“: ", "Password for “{file}”: ";
            CliPassphraseFile => "Die Passwortdatei „{file}“ lässt sich nicht lesen: {detail}", "The password file “{file}” cannot be read: {detail}";
            CliPassphraseEmpty => "Das Passwort ist leer; eine Datei wird nur mit einem Passwort geschützt, das nicht leer ist.", "The password is empty; a file is protected only with a password that is not empty.";
        }
    };
}
