//! Where things are in the app's window, for the clicks the keyboard cannot replace.
//!
//! All points are window coordinates of the default 1360 × 860 window in German, read
//! from screenshots (`import -window root`) of the app on a fresh profile. Each point
//! lies well inside its target, away from labels that appear once a field has text
//! (the question above an editor, the "nur eine Seite ausgefüllt" mark), so that it
//! still hits after the layout shifted by a line. When the layout changes, take a new
//! screenshot (see docs/testing.md) and update the numbers here.

pub type Point = (i32, i32);

// The canvas of the default template ("Kooperations- und Netzwerk-Canvas"): a 3 × 3
// grid right of the list, boxes about 310 × 215 px, header above.

/// Motivation, left column "Meine Sicht" (box x 392–705, y 143–362).
pub const MOTIVATION_MINE: Point = (460, 300);
/// Motivation, right column "Sicht der Partner".
pub const MOTIVATION_PARTNERS: Point = (625, 300);
/// Gemeinsame Ziele, top right box (x 1038–1351, y 143–362).
pub const SHARED_GOALS: Point = (1190, 290);
/// "+ Karte" in the bottom right corner of Gemeinsame Ziele.
pub const SHARED_GOALS_ADD_CARD: Point = (1318, 352);
/// The first card's note in Gemeinsame Ziele, below "1 Karte · Karten übernehmen"
/// (note x 1050–1181, y 281–308).
pub const SHARED_GOALS_FIRST_CARD: Point = (1115, 294);
/// Erfolg, middle right box (x 1038–1351, y 373–592).
pub const SUCCESS: Point = (1190, 520);
/// Nächste Schritte & Absprachen, the wide box bottom right (x 715–1351, y 603–822).
pub const NEXT_STEPS: Point = (1030, 750);
/// Einsatz: the "Notiz" editor in the row "Zeit", bottom of the investment box.
pub const INVESTMENT_TIME_NOTE: Point = (560, 773);

// A canvas of the custom template of `scenarios_typing::workshop_workspace`: 2 × 2,
// the third field spanning both columns.

/// "Fantasiephase", top right box (x 877–1351, y 143–472).
pub const WORKSHOP_FANTASY: Point = (1110, 330);
/// "Umsetzungsphase", the wide bottom box (x 392–1351, y 483–812).
pub const WORKSHOP_REALISATION: Point = (870, 680);

// The Netzwerkbuch (Kontakte view) with a contact selected.

/// "Notizen", the multi-line editor under the contact's details (x 328–1351, y 241–291;
/// the phone number has a line of its own at this width).
pub const CONTACT_NOTES: Point = (840, 268);
/// "Auskunft speichern…" and "Vergessen…" right of the contact's "Name" label.
pub const CONTACT_AUSKUNFT: Point = (1168, 68);
pub const CONTACT_FORGET: Point = (1303, 68);
/// "Löschen…" under the contact list's search, left panel.
pub const CONTACT_DELETE: Point = (181, 184);

// The menu bar.

/// "Bearbeiten" in the menu bar.
pub const MENU_EDIT: Point = (92, 12);
/// Its entries, in the open menu (x 56–281): Rückgängig (y 39), Wiederholen (62), a
/// line, Ausschneiden (94), Kopieren (117), Einfügen (140), Alles auswählen (163).
pub const MENU_EDIT_COPY: Point = (100, 117);
pub const MENU_EDIT_PASTE: Point = (100, 140);
pub const MENU_EDIT_SELECT_ALL: Point = (100, 163);

/// "Datei" in the menu bar, and its entry "Kontakte importieren (vCard, CSV)…".
pub const MENU_FILE: Point = (27, 12);
pub const MENU_FILE_IMPORT_CONTACTS: Point = (135, 204);
/// Datei → Für Partner freigeben… and Partnerfassung einlesen… (issue 33).
pub const MENU_FILE_SHARE: Point = (92, 305);
pub const MENU_FILE_READ_PARTNER: Point = (100, 328);

/// "Kontakte als vCard exportieren…" in the Datei menu.
pub const MENU_FILE_EXPORT_VCARD: Point = (135, 227);

// "Kontakte exportieren": "vCard 3.0", the contacts' choice, its second entry (the
// first tag in alphabetical order) and "Weiter…".
pub const CONTACTS_EXPORT_VCARD3: Point = (570, 423);
pub const CONTACTS_EXPORT_WHICH: Point = (570, 475);
pub const CONTACTS_EXPORT_FIRST_TAG: Point = (610, 524);
pub const CONTACTS_EXPORT_NEXT: Point = (874, 510);

// "Kontakte importieren" for a CSV file of four columns and two rows (the dialog is
// centred, so its place depends on its content).

/// The first column's choice ("– nicht importieren –"), and "Name (vollständig)" in
/// the list it opens.
pub const IMPORT_FIRST_COLUMN: Point = (815, 334);
pub const IMPORT_CHOICE_FULL_NAME: Point = (790, 384);
/// "Importieren".
pub const IMPORT_CONFIRM: Point = (953, 601);
/// "Moderation" in the menu bar, and its first entry "Teilnehmende einladen…".
pub const MENU_MODERATION: Point = (237, 12);
/// "Hilfe" in the menu bar, right of "Moderation".
pub const MENU_HELP: Point = (300, 12);
/// Its entries (x 285–477): Tastenkürzel (y 39), Kurzanleitung zur Methode (62), a
/// line, Beispiel öffnen (94).
pub const MENU_HELP_SHORTCUTS: Point = (333, 39);
pub const MENU_HELP_GUIDE: Point = (380, 62);
pub const MENU_MODERATION_INVITE: Point = (290, 39);
/// "Sitzung beenden", the menu's second entry.
pub const MENU_MODERATION_END: Point = (290, 62);
/// "Adresse kopieren" in the Kartenabfrage window at the top right (x 1016–1140).
pub const SESSION_COPY_ADDRESS: Point = (1078, 365);

// The canvas header and the Netzwerkbuch's contact card.

/// "Partner" in the canvas header (editor x 446–725, y 92–109).
pub const CANVAS_PARTNERS: Point = (590, 100);
/// "Termin" (meeting date, TT.MM.JJJJ) at the header's right end (x 1270–1351).
pub const CANVAS_MEETING_DATE: Point = (1305, 101);
/// "Nachbereitung…" right of "Vorbereitung…".
pub const CANVAS_DEBRIEF: Point = (1043, 68);
/// "Vorbereitung…" right of the title.
pub const CANVAS_PREPARATION: Point = (918, 68);
/// "Organisation" of the selected contact (editor x 420–638, y 110–128).
pub const CONTACT_ORGANISATION: Point = (530, 119);
/// The fifth "Wichtigkeit" dot of the selected contact (dots x 668–762, y 188: below
/// the details, whose phone number takes a line of its own at this width).
pub const CONTACT_IMPORTANCE_FIVE: Point = (755, 188);
/// "Notiz" of a new activity in "Kontaktverlauf" (editor x 656–874, y 328–346).
pub const ACTIVITY_NOTE: Point = (765, 337);
/// "Eintragen", which logs the activity.
pub const ACTIVITY_ADD: Point = (1211, 337);

// The "Vorbereitung" dialog (centred, 730 px wide): three questions, nine principles.

/// Question 2, "Ist die Zusammenarbeit wertschätzend …" (editor y 289–337).
pub const PREPARATION_GOALS: Point = (680, 312);
/// The note of the principle "Dynamik und Offenheit" (fourth row).
pub const PREPARATION_OPENNESS_NOTE: Point = (850, 532);
/// "Fertig", bottom right.
pub const PREPARATION_DONE: Point = (1012, 687);
/// Question 3, "Worin genau besteht der Mehrwert?", when questions 1 and 3 show the
/// canvas's text below "Aus dem Canvas übernommen" (editor y 378–426).
pub const PREPARATION_ADDED_VALUE: Point = (680, 405);
/// The dialog's heading "Vorbereitung: …", where a click takes the focus from a field.
pub const PREPARATION_HEADING: Point = (460, 160);

// "Als PDF exportieren…" (Ctrl+P), centred; it grows by a line once the brief is chosen.

/// The choice "Gesprächsvorbereitung der aktuellen Kooperation" (y 432–446).
pub const EXPORT_BRIEF: Point = (560, 439);
/// "Exportieren…", bottom right, with the brief chosen (y 548–566).
pub const EXPORT_START: Point = (857, 557);

// The template editor (Vorlagen, Ctrl+5) with the file's own template.

/// The file's template, first in the list (templates stored in the file come first).
pub const TEMPLATE_LIST_FIRST: Point = (84, 164);
/// The second field in the editor's field list ("Fantasiephase").
pub const TEMPLATE_SECOND_FIELD: Point = (342, 160);
/// "Umsetzungsphase", the wide bottom box in the editor's page preview (x 840–1335,
/// y 349–494).
pub const TEMPLATE_PREVIEW_REALISATION: Point = (1087, 420);
/// Its resize handle, the blue corner once the box is selected (x 1318–1335, y 477–494),
/// taken near its inner edge: the 12-point handle of before (from x 1323, y 482) missed.
pub const TEMPLATE_PREVIEW_REALISATION_HANDLE: Point = (1321, 480);
/// A point in the preview's left column, bottom row: where the handle is dropped.
pub const TEMPLATE_PREVIEW_LEFT_BOTTOM: Point = (1000, 470);
/// "Frage (englisch)" of the selected field (editor x 288–815, y 360–394).
pub const TEMPLATE_QUESTION_EN: Point = (550, 376);

// "Fällig" (Ctrl+3): one row per contact under the heading, the first at y 88–107,
// its actions at the row's right end.

/// "+1 Woche" in the first row, rightmost (button x 1270–1351).
pub const DUE_FIRST_ROW_POSTPONE: Point = (1310, 97);
/// "Erledigt" in the first row, left of "+1 Woche" (button x 1195–1261).
pub const DUE_FIRST_ROW_DONE: Point = (1228, 97);

// Presentation mode at 300 % (twelve Ctrl+Plus), whole screen.

/// "Nächstes Feld (Bild ↓) ▶", bottom left of the projector screen (x 850–1240, y 780–830).
pub const PRESENTATION_300_NEXT: Point = (1049, 806);
/// The field's editor below the question, between the strip and the navigation.
pub const PRESENTATION_300_ANSWER: Point = (300, 650);

/// The first note on a card wall (F9) of 30 short cards: the wall's notes start below
/// its title, question and controls, at the left.
pub const WALL_FIRST_CARD: Point = (45, 130);

/// At 200 % (10 × Ctrl+Plus): Motivation, the first stacked box, right under the
/// header, its right half ("Sicht der Partner").
pub const ZOOMED_MOTIVATION_PARTNERS: Point = (1100, 770);

/// "Duplizieren" in the collaboration list's first row of buttons, at the panel's
/// full width (x 193–282).
pub const LIST_DUPLICATE: Point = (237, 107);
