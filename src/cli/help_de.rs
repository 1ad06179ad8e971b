//! The command line's help in German. `--help` follows `--language` when it is given,
//! else the locale (LC_ALL, LC_MESSAGES, LANG): German for `de…`, English otherwise.
//!
//! The English help is the doc comments of [`super::Cli`] (which also make the man
//! pages); this table gives each subcommand and argument its German text, and
//! `every_argument_has_a_german_help` keeps the two complete. clap's own notes
//! ("[default: 0]") and its error messages stay English.

use std::ffi::OsString;

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::Language;

/// A subcommand (empty for the program itself), its German description, and the German
/// help of each argument by id.
struct Texts {
    name: &'static str,
    about: &'static str,
    args: &'static [(&'static str, &'static str)],
}

const TEXTS: &[Texts] = &[
    Texts {
        name: "",
        about: "Netzwerk-Canvas – Kooperations- und Netzwerk-Canvases ausfüllen, speichern und drucken.",
        args: &[(
            "file",
            "Die Arbeitsmappe (JSON), die geöffnet wird. Ohne sie öffnet sich das eingebaute Beispiel.",
        )],
    },
    Texts {
        name: "export",
        about: "Canvases als PDF-Datei exportieren, ohne ein Fenster zu öffnen.",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            ("file", "Die Arbeitsmappe (JSON), die exportiert wird."),
            ("output", "Wohin das PDF geschrieben wird."),
            ("paper", "Papierformat."),
            ("portrait", "Hochformat statt Querformat."),
            (
                "blank",
                "Die leere Vorlage zum Ausfüllen mit Stift drucken statt der Canvases.",
            ),
            (
                "only",
                "Nur den Canvas mit diesem Titel exportieren (Groß- und Kleinschreibung egal).",
            ),
            (
                "brief",
                "Der einseitige Kurzbrief zum Treffen (A4 hoch) der Kooperation mit diesem Titel.",
            ),
            (
                "template",
                "Die Vorlage des leeren Bogens, nach Kennung (z. B. begegnung); Canvases drucken immer mit ihrer eigenen.",
            ),
            (
                "contacts",
                "Die Kontaktliste des Netzwerkbuchs, nach Namen sortiert, statt der Canvases.",
            ),
            (
                "map",
                "Die Netzwerkkarte der Kontakte auf einer Seite im Querformat, statt der Canvases.",
            ),
            (
                "today",
                "Der Tag, von dem aus Nachfassen und Karte zählen, für --contacts und --map (Standard: heute).",
            ),
            (
                "language",
                "Sprache der gedruckten Beschriftungen und Fragen.",
            ),
            (
                "force",
                "Das PDF auch über eine vorhandene Datei schreiben, die kein PDF ist (nie über die Arbeitsmappe selbst).",
            ),
            (
                "vcard",
                "Die Kontakte als vCard (4.0, oder 3.0 mit --vcard-version 3) statt als PDF.",
            ),
            (
                "vcard_version",
                "Die vCard-Version: 4 (Standard) oder 3 für ältere Programme.",
            ),
            (
                "csv",
                "Die Kontakte als CSV (UTF-8 mit BOM, „;“) für Excel statt als PDF.",
            ),
            (
                "tag",
                "Nur die Kontakte mit diesem Schlagwort (Groß- und Kleinschreibung egal), für --vcard und --csv.",
            ),
        ],
    },
    Texts {
        name: "due",
        about: "Die fälligen Nachfass-Termine des Netzwerkbuchs ausgeben, dringendste zuerst, einer pro Zeile: DATUM, STATUS (overdue, due, upcoming), NAME, ORGANISATION, E-MAIL, durch Tabulatoren getrennt.",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            ("file", "Die Arbeitsmappe (JSON), die gelesen wird."),
            (
                "today",
                "Der Tag, von dem aus gezählt wird (Standard: heute).",
            ),
            (
                "language",
                "Sprache der Fehlermeldungen; die Ausgabe selbst ist in jeder Sprache gleich (die Kalendereinträge sind in dieser Sprache).",
            ),
            (
                "ics",
                "Stattdessen die Nachfass-Termine und Treffen als iCalendar-Datei schreiben (-o).",
            ),
            ("output", "Wohin die iCalendar-Datei geschrieben wird."),
        ],
    },
    Texts {
        name: "kartenabfrage",
        about: "Eine Kartenabfrage ohne Fenster: Die Teilnehmenden schreiben Karten auf ihren Handys.\n\n\
                Gibt die Adresse zum Mitmachen aus (eine Zeile, beginnt mit http://) und läuft bis Strg+C (SIGINT) oder SIGTERM; \
                dann schreibt sie die erhaltenen Karten und Punkte in das Feld dieser Kooperation in DATEI \
                (atomar gespeichert, die vorige Fassung bleibt als DATEI.bak) und endet mit 0. \
                Ist nichts angekommen, wird nichts geschrieben.\n\n\
                Die Phase wird mit Zeilen auf der Standardeingabe gesetzt: „schreiben“ (Karten schreiben, der Anfang), \
                „clustern“ (die Teilnehmenden sehen die Karten), „punkten“ (die Teilnehmenden vergeben ihre Punkte), \
                „ende“ (eine Dankesseite; danach wird nichts mehr angenommen).",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            (
                "file",
                "Die Arbeitsmappe (JSON), in die die Karten geschrieben werden.",
            ),
            (
                "title",
                "Der Titel der Kooperation (Groß- und Kleinschreibung egal).",
            ),
            (
                "field",
                "Die Kennung des Canvas-Felds (z. B. shared_goals, motivation, next_steps); seine Leitfrage wird gezeigt.",
            ),
            (
                "port",
                "Der Port, auf dem gelauscht wird; 0 nimmt einen freien.",
            ),
            (
                "bind",
                "Die Adresse, auf der gelauscht wird (Standard: die Adresse des Rechners im lokalen Netz).",
            ),
            ("dots", "Punkte pro Person in der Punktabfrage."),
            (
                "resume",
                "Zuerst die Karten und Punkte einer Sitzung dieser Datei übernehmen, die endete, ohne sie zu speichern (ein Absturz, kill -9, ein Stromausfall), aus ihrem Journal.",
            ),
            (
                "language",
                "Sprache der Seite für die Teilnehmenden und der Meldungen.",
            ),
        ],
    },
    Texts {
        name: "import",
        about: "Kontakte aus einer vCard- (.vcf) oder CSV-Datei ins Netzwerkbuch einer Arbeitsmappe übernehmen; gibt aus, was hinzukam, zusammengeführt und übersprungen wurde.",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            (
                "file",
                "Die Arbeitsmappe (JSON), in die übernommen wird; gespeichert mit der vorigen Fassung als .bak.",
            ),
            (
                "contacts",
                "Die Kontakte: vCard 2.1/3.0/4.0 (.vcf) oder CSV aus Outlook, Google oder Excel.",
            ),
            (
                "dry_run",
                "Nur den Bericht ausgeben, die Arbeitsmappe nicht ändern.",
            ),
            (
                "skip_bad",
                "Aus einer teils beschädigten Datei die lesbaren Kontakte übernehmen und den Rest melden (ohne diese Option wird eine solche Datei ganz abgelehnt).",
            ),
            (
                "skip_duplicates",
                "Kontakte, die schon im Netzwerkbuch stehen, lassen, wie sie sind, statt sie zusammenzuführen.",
            ),
            (
                "today",
                "Der Tag, an dem neue Kontakte als hinzugefügt gelten (Standard: heute).",
            ),
            (
                "language",
                "Sprache des Berichts und dessen, was in Notizen geschrieben wird.",
            ),
        ],
    },
    Texts {
        name: "auskunft",
        about: "Alles, was die Arbeitsmappe über einen Kontakt speichert (DSGVO Art. 15), als JSON oder als PDF schreiben: den Kontakt mit seinem Verlauf, die Kooperationen, die ihn verknüpfen, und jeden Text in Canvases und festgehaltenen Ständen, der ihn nennt.",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            ("file", "Die Arbeitsmappe (JSON), die gelesen wird."),
            (
                "contact",
                "Der Kontakt: sein Name (Groß- und Kleinschreibung egal) oder seine Kennung.",
            ),
            (
                "output",
                "Wohin geschrieben wird: ein PDF zum Lesen und Drucken, wenn der Name auf .pdf endet, sonst JSON (eine neue Datei ist nur für ihre Eigentümerin oder ihren Eigentümer lesbar).",
            ),
            ("language", "Sprache der Zusammenfassung und der Meldungen."),
        ],
    },
    Texts {
        name: "vergessen",
        about: "Einen Kontakt vergessen (DSGVO Art. 17): ausgeben, wo er genannt ist, dann den Kontakt, seinen Verlauf und seine Verknüpfungen löschen und den Namen in Canvases und festgehaltenen Ständen durch einen Platzhalter ersetzen. Die Arbeitsmappe wird atomar gespeichert; ihre vorige Fassung in DATEI.bak enthält die Angaben noch und sollte gelöscht werden.",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            (
                "file",
                "Die Arbeitsmappe (JSON); gespeichert mit der vorigen Fassung als .bak.",
            ),
            (
                "contact",
                "Der Kontakt: sein Name (Groß- und Kleinschreibung egal) oder seine Kennung.",
            ),
            (
                "dry_run",
                "Nur ausgeben, wo der Kontakt genannt ist; nichts ändern.",
            ),
            (
                "language",
                "Sprache der Meldungen und des Platzhalters ([entfernt] oder [removed]).",
            ),
        ],
    },
    Texts {
        name: "share",
        about: "Eine oder wenige Kooperationen in eine neue Arbeitsmappe für die Partner schreiben, die dort in ihrem Netzwerk-Canvas die „Sicht der Partner“ ausfüllen: ohne das Netzwerkbuch, andere Kooperationen, Verknüpfungen mit Kontakten, Ergebnisse von Treffen, festgehaltene Stände, die Vorbereitung, die Verfasser der Karten und Ihre Wichtigkeit; gibt aus, was weggelassen wurde.",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            ("file", "Die Arbeitsmappe (JSON), die gelesen wird."),
            (
                "only",
                "Der Titel der Kooperation (Groß- und Kleinschreibung egal); für mehrere wiederholen.",
            ),
            (
                "output",
                "Die neue Datei für die Partner (nur für ihre Eigentümerin oder ihren Eigentümer lesbar).",
            ),
            (
                "without_my_view",
                "„Meine Sicht“ weglassen, damit die Partner antworten, ohne sie vorher zu lesen.",
            ),
            ("language", "Sprache der Meldungen."),
        ],
    },
    Texts {
        name: "merge-partner",
        about: "Die ausgefüllte Kopie der Partner in die Kooperation zurückführen, aus der sie stammt: Was die Partner geändert haben, kommt hinzu; Ihre Änderungen seither bleiben. Exit-Code 1 und die Arbeitsmappe unverändert, wenn die Datei keine freigegebene Kopie einer Kooperation aus DATEI ist oder beide Seiten dasselbe Feld geändert haben (dann im Fenster wählen).",
        args: &[
            (
                "passphrase_file",
                "Für eine mit Passwort geschützte Arbeitsmappe: das Passwort aus der ersten Zeile dieser Datei lesen. Ohne sie gilt die Umgebungsvariable NETZWERK_CANVAS_PASSPHRASE, sonst wird im Terminal gefragt.",
            ),
            (
                "file",
                "Die Arbeitsmappe (JSON); gespeichert mit der vorigen Fassung als .bak.",
            ),
            ("from", "Die ausgefüllte Kopie der Partner."),
            ("language", "Sprache der Meldungen."),
        ],
    },
];

/// The headings clap writes in English, in German.
const TEMPLATE: &str =
    "{about-with-newline}\nAufruf: {usage}\n\nArgumente:\n{positionals}\n\nOptionen:\n{options}";
const TEMPLATE_WITH_COMMANDS: &str = "{about-with-newline}\nAufruf: {usage}\n\nBefehle:\n{subcommands}\n\nArgumente:\n{positionals}\n\nOptionen:\n{options}";

/// Parses the command line as `Cli::parse` does, with `--help` in the user's language.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let language = help_language(&args, |name| std::env::var(name).ok());
    let matches = command(language).get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// The command line's definition with its help in `language`.
pub fn command(language: Language) -> Command {
    let command = Cli::command();
    match language {
        Language::English => command,
        Language::German => german(command),
    }
}

/// `--language de|en` (or `--language=…`) among the arguments, else the locale.
pub fn help_language(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Language {
    let given = args.windows(2).find_map(|pair| {
        let (flag, value) = (pair[0].to_str()?, pair[1].to_str()?);
        (flag == "--language").then_some(value)
    });
    let inline = args
        .iter()
        .find_map(|arg| arg.to_str()?.strip_prefix("--language="));
    if let Some(code) = given.or(inline) {
        return if code == "de" {
            Language::German
        } else {
            Language::English
        };
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| env(name).filter(|value| !value.is_empty()));
    match locale {
        Some(locale) if locale.starts_with("de") => Language::German,
        _ => Language::English,
    }
}

fn german(command: Command) -> Command {
    let mut command = localized(command, &TEXTS[0]).help_template(TEMPLATE_WITH_COMMANDS);
    command = command.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help("Version ausgeben."),
    );
    for texts in &TEXTS[1..] {
        command = command.mut_subcommand(texts.name, |sub| {
            localized(sub, texts).help_template(TEMPLATE)
        });
    }
    command
}

/// The German description, argument help and help flag of one (sub)command.
fn localized(command: Command, texts: &Texts) -> Command {
    // The first paragraph in lists and after -h, all of it after --help.
    let first = texts.about.split("\n\n").next().unwrap_or(texts.about);
    let mut command = command
        .about(first)
        .long_about(texts.about)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Diese Hilfe ausgeben."),
        );
    for (id, help) in texts.args {
        command = command.mut_arg(*id, |arg| arg.help(*help).long_help(*help));
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_help_follows_language_then_the_locale() {
        let german = |name: &str| (name == "LANG").then(|| "de_DE.UTF-8".to_owned());
        let none = |_: &str| None;
        let help =
            |list: &[&str], env: &dyn Fn(&str) -> Option<String>| help_language(&args(list), env);
        assert_eq!(help(&["nc", "export", "--help"], &german), Language::German);
        assert_eq!(help(&["nc", "--help"], &none), Language::English);
        assert_eq!(
            help(&["nc", "due", "--language", "en", "--help"], &german),
            Language::English
        );
        assert_eq!(
            help(&["nc", "due", "--language=de", "--help"], &none),
            Language::German
        );
    }

    #[test]
    fn every_argument_has_a_german_help() {
        let english = Cli::command();
        let subcommands = english.get_subcommands().map(|sub| (sub.get_name(), sub));
        for (name, command) in std::iter::once(("", &english)).chain(subcommands) {
            let texts = TEXTS
                .iter()
                .find(|texts| texts.name == name)
                .unwrap_or_else(|| panic!("no German texts for {name:?}"));
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                assert!(
                    texts.args.iter().any(|(known, _)| *known == id),
                    "{name} --{id} has no German help"
                );
            }
            assert_eq!(
                texts.args.len(),
                command.get_arguments().count(),
                "{name}: German help for arguments it does not have"
            );
        }
        // Builds without panicking: every id in the table exists.
        command(Language::German).debug_assert();
    }
}
