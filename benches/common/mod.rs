//! A realistic, deterministic workspace for the benchmarks: 300 filled collaborations
//! with about 6–7 kB of German text each, so that the file is about 2 MB.
//!
//! The text is assembled from a bank of sentences in the style of the built-in example,
//! picked by a small fixed-seed generator, so every run benchmarks the same bytes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use netzwerk_canvas::model::{
    Collaboration, CollaborationId, EnergyShare, Investment, Relationship, Share, TimePeriod,
    TimeShare, Workspace,
};
use netzwerk_canvas::storage;

pub mod contacts;
pub mod frames;

/// How many collaborations the budget talks about.
pub const COLLABORATIONS: usize = 300;

/// At most this many text bytes (UTF-8) per free-text field, in template order; about
/// 6.2 kB of text per collaboration together with the three investment notes.
const FIELD_BYTES: [(&str, usize); 7] = [
    ("motivation", 850),
    ("expectations", 900),
    ("shared_goals", 650),
    ("collaboration", 1000),
    ("added_value", 1000),
    ("success", 750),
    ("next_steps", 1050),
];

const SENTENCES: [&str; 24] = [
    "Seit der letzte Lebensmittelmarkt im Ort geschlossen hat, fehlt eine Einkaufsmöglichkeit für ältere Menschen ohne Auto.",
    "Mich treibt an, dass aus einer losen Begegnung eine verlässliche Zusammenarbeit für das ganze Quartier wächst.",
    "Die Gemeinde hat signalisiert, dass sie das leerstehende Gebäude in der Ortsmitte zur Verfügung stellen könnte.",
    "Ich erwarte eine verbindliche Aussage zur Finanzierung und Unterstützung beim Förderantrag über das Regionalbudget.",
    "Unser Gegenüber erwartet im Gegenzug ein tragfähiges Konzept und den Nachweis, dass genügend Ehrenamtliche mitmachen.",
    "Bis zum 30. Juni ist der Verein gegründet, die Satzung beschlossen und das Konto bei der Volksbank eröffnet.",
    "Im Frühjahr eröffnen wir mit mindestens 250 Mitgliedern und einem Angebot, das auch Familien mit Kindern anspricht.",
    "Wir bilden eine Steuerungsgruppe aus zwei Vertreterinnen der Verwaltung, einer Beraterin und fünf Engagierten.",
    "Die Gruppe trifft sich einmal im Monat im Pfarrheim; die Protokolle gehen zeitnah an alle Beteiligten.",
    "Bisher ist der Umgang offen und wertschätzend, auch wenn die Abstimmungen mit dem Kreis manchmal zäh sind.",
    "Wichtig ist uns, dass die Ehrenamtlichen nicht nur ausführen, sondern bei allen größeren Fragen mitentscheiden.",
    "Für mich: Ich kann auf erprobte Modelle zurückgreifen, statt alles neu zu erfinden und dieselben Fehler zu machen.",
    "Für die Partner: Das Dorf bleibt attraktiv für junge Familien, und der Leerstand im Ortskern verschwindet.",
    "Gemeinsam schaffen wir Nahversorgung, regionale Produkte von Höfen aus der Umgebung und einen neuen Treffpunkt.",
    "Erfolg heißt für uns, dass sich das Angebot nach drei Jahren ohne Zuschüsse trägt und gut besucht ist.",
    "Wir merken es daran, dass sich mindestens 20 Menschen regelmäßig einbringen und neue Gesichter dazukommen.",
    "Und daran, dass wieder miteinander geredet wird – über Generationen, Vereine und Ortsteile hinweg.",
    "– Ich: Fragebogen zur Bedarfsumfrage fertigstellen und bis Mitte Dezember an alle Haushalte verteilen.",
    "– Gemeinde (Frau Hüsing): Mietkonditionen und Brandschutzauflagen klären bis Ende Januar.",
    "– Netzwerk: Musterkalkulation und zwei Ansprechpartner aus vergleichbaren Projekten schicken.",
    "– Alle: Nächstes Treffen am Donnerstag um 19 Uhr im Bürgerhaus, Tagesordnung kommt eine Woche vorher.",
    "Der Sportverein stellt Räume und Übungsleiter, die Schule bringt ihre Ganztagsbetreuung und Elternschaft ein.",
    "Schwierig bleibt die Frage, wer nach der Förderphase die Koordination übernimmt und wie sie bezahlt wird.",
    "Ich melde mich spätestens in vier Wochen wieder, auch wenn bis dahin noch nicht alles geklärt ist.",
];

const PARTNERS: [&str; 12] = [
    "Gemeinde Rhade",
    "Dorfladen-Netzwerk",
    "TuS Rhade 1921 e. V.",
    "Grundschule am Lindenplatz",
    "Caritasverband für das Dekanat Dorsten",
    "Kreissportbund Recklinghausen",
    "Bürgerstiftung Dorsten",
    "Landfrauen Rhade",
    "Freiwillige Feuerwehr Löschzug Rhade",
    "Katholische Kirchengemeinde St. Urbanus",
    "Volkshochschule Dorsten",
    "Heimatverein Rhade e. V.",
];

const TOPICS: [&str; 10] = [
    "Dorfladen",
    "Bürgerbus",
    "Offene Ganztagsschule",
    "Repair-Café",
    "Seniorentreff",
    "Dorfgemeinschaftshaus",
    "Jugendraum",
    "Nachbarschaftshilfe",
    "Sportabzeichen-Tag",
    "Bürgerenergie",
];

/// A tiny linear congruential generator: deterministic and dependency-free.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Sentences joined while they fit into `bytes` bytes of UTF-8 (at least one).
fn text(rng: &mut Lcg, bytes: usize, separator: &str) -> String {
    let mut text = rng.pick(&SENTENCES).to_owned();
    loop {
        let sentence = rng.pick(&SENTENCES);
        if text.len() + separator.len() + sentence.len() > bytes {
            return text;
        }
        text.push_str(separator);
        text.push_str(sentence);
    }
}

fn uuid_like(rng: &mut Lcg) -> CollaborationId {
    let a = rng.next();
    let b = rng.next();
    let c = rng.next();
    CollaborationId(format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        a & 0xffff_ffff,
        b & 0xffff,
        (b >> 16) & 0xfff,
        c & 0xfff,
        (a << 16 ^ c) & 0xffff_ffff_ffff
    ))
}

fn collaboration(rng: &mut Lcg, index: usize) -> Collaboration {
    let mut fields = BTreeMap::new();
    for (id, bytes) in FIELD_BYTES {
        let separator = if id == "next_steps" { "\n" } else { " " };
        fields.insert(id.to_owned(), text(rng, bytes, separator));
    }
    let day = u32::try_from(index % 28).unwrap_or(0) + 1;
    let month = u32::try_from(index % 12).unwrap_or(0) + 1;
    let created = DateTime::<Utc>::from_timestamp(1_790_000_000 + index as i64 * 3_600, 0);
    let partners = (0..1 + rng.below(3))
        .map(|_| rng.pick(&PARTNERS).to_owned())
        .collect();
    Collaboration {
        id: uuid_like(rng),
        title: format!("{} {}", rng.pick(&TOPICS), index + 1),
        partners,
        relationship: Relationship::ALL[rng.below(Relationship::ALL.len())],
        importance: 1 + u8::try_from(rng.below(5)).unwrap_or(0),
        meeting_date: NaiveDate::from_ymd_opt(2027, month, day),
        created,
        modified: created,
        fields,
        investment: Investment {
            time: TimeShare {
                mine: (rng.below(40) + 2) as f64,
                partners: (rng.below(60) + 4) as f64,
                note: text(rng, 100, " "),
                period: TimePeriod::Month,
            },
            money: Share {
                mine: (rng.below(50) * 100) as f64,
                partners: (rng.below(200) * 100) as f64,
                note: text(rng, 100, " "),
            },
            energy: EnergyShare {
                mine: 1 + u8::try_from(rng.below(5)).unwrap_or(0),
                partners: 1 + u8::try_from(rng.below(5)).unwrap_or(0),
                note: text(rng, 100, " "),
            },
        },
        ..Collaboration::default()
    }
}

/// The benchmark workspace: [`COLLABORATIONS`] filled collaborations.
pub fn sample_workspace() -> Workspace {
    let mut rng = Lcg(0x5eed_cafe);
    Workspace {
        collaborations: (0..COLLABORATIONS)
            .map(|index| collaboration(&mut rng, index))
            .collect(),
        ..Workspace::default()
    }
}

/// The file bytes of [`sample_workspace`], exactly as the app saves them.
pub fn sample_json(workspace: &Workspace) -> Vec<u8> {
    storage::workspace_to_json(workspace)
        .unwrap_or_else(|error| panic!("cannot serialize the sample workspace: {error:?}"))
}

/// Writes the sample workspace to `folder` and prints its size once.
pub fn write_sample_file(folder: &Path) -> PathBuf {
    let workspace = sample_workspace();
    let bytes = sample_json(&workspace);
    let path = folder.join("benchmark-300.json");
    std::fs::write(&path, &bytes)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    let count = workspace.collaborations.len() as f64;
    println!(
        "sample workspace: {} collaborations, {} bytes of JSON ({:.2} MB), \
         {:.1} kB of text per collaboration",
        workspace.collaborations.len(),
        bytes.len(),
        bytes.len() as f64 / 1_000_000.0,
        text_bytes(&workspace) as f64 / 1_000.0 / count,
    );
    path
}

/// UTF-8 bytes of user text: titles, partners, fields and investment notes.
fn text_bytes(workspace: &Workspace) -> usize {
    workspace
        .collaborations
        .iter()
        .map(|c| {
            let investment = &c.investment;
            c.title.len()
                + c.partners.iter().map(String::len).sum::<usize>()
                + c.fields.values().map(String::len).sum::<usize>()
                + investment.time.note.len()
                + investment.money.note.len()
                + investment.energy.note.len()
        })
        .sum()
}

/// A temporary folder on the same disk as the build, so that `fsync` really hits the
/// disk (a tmpfs `/tmp` would make saving look free).
pub fn disk_tempdir() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap_or_else(|error| panic!("cannot create a temporary folder: {error}"))
}
