//! Native open and save dialogs that never block the UI; the only file that uses rfd.
//!
//! The dialog is created on the UI thread and awaited on a worker thread; its answer
//! comes back over a channel. Without a dialog backend (no XDG portal, no zenity) rfd
//! answers "no file" at once, which we report as unavailable so that the app can offer
//! a typed path instead.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs,
    ExportPdf,
    ImportTemplate,
    ExportTemplate,
    /// A vCard or CSV file of contacts to bring into the Netzwerkbuch.
    ImportContacts,
    ExportVcard,
    ExportCsv,
    /// The follow-ups and meetings as an iCalendar file.
    ExportCalendar,
    /// Everything stored about one person, as a PDF (with the JSON beside it).
    Auskunft,
    /// The copy of chosen canvases for the partner.
    SharePartner,
    /// The partner's filled copy, to merge back.
    ReadPartner,
}

impl DialogPurpose {
    /// Whether the dialog picks a file that exists (to open, import or read back)
    /// rather than naming one to write.
    pub fn picks_existing(self) -> bool {
        match self {
            Self::Open | Self::ImportTemplate | Self::ImportContacts | Self::ReadPartner => true,
            Self::SaveAs
            | Self::ExportPdf
            | Self::ExportTemplate
            | Self::ExportVcard
            | Self::ExportCsv
            | Self::ExportCalendar
            | Self::Auskunft
            | Self::SharePartner => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    Picked(DialogPurpose, PathBuf),
    Cancelled(DialogPurpose),
    /// No native dialog could be shown; ask for a typed path instead.
    Unavailable(DialogPurpose),
}

/// An answer this fast cannot have come from a person.
const INSTANT_ANSWER: Duration = Duration::from_millis(300);

type Answer = (DialogPurpose, Option<PathBuf>, Duration);

pub struct FileDialogs {
    use_native: bool,
    sender: Sender<Answer>,
    receiver: Receiver<Answer>,
    is_open: bool,
}

impl FileDialogs {
    pub fn native() -> Self {
        Self::new(true)
    }

    /// For tests and for machines without any dialog backend: every request is
    /// answered with [`DialogOutcome::Unavailable`].
    pub fn typed_path_only() -> Self {
        Self::new(false)
    }

    fn new(use_native: bool) -> Self {
        let (sender, receiver) = channel();
        Self {
            use_native,
            sender,
            receiver,
            is_open: false,
        }
    }

    pub fn is_open(&self) -> bool {
        self.is_open
    }

    /// Opens the dialog in `folder`, proposing `suggested_name` where a name is asked.
    pub fn request(
        &mut self,
        purpose: DialogPurpose,
        folder: &std::path::Path,
        suggested_name: &str,
        ctx: &egui::Context,
    ) {
        if self.is_open {
            return;
        }
        if !self.use_native {
            let _ = self.sender.send((purpose, None, Duration::ZERO));
            return;
        }
        let dialog = match purpose {
            DialogPurpose::ExportPdf | DialogPurpose::Auskunft => {
                rfd::AsyncFileDialog::new().add_filter("PDF", &["pdf"])
            }
            DialogPurpose::ImportTemplate | DialogPurpose::ExportTemplate => {
                rfd::AsyncFileDialog::new().add_filter("Netzwerk-Canvas-Vorlage (JSON)", &["json"])
            }
            DialogPurpose::ImportContacts => rfd::AsyncFileDialog::new()
                .add_filter("vCard, CSV", &["vcf", "vcard", "csv", "txt"]),
            DialogPurpose::ExportVcard => rfd::AsyncFileDialog::new().add_filter("vCard", &["vcf"]),
            DialogPurpose::ExportCsv => rfd::AsyncFileDialog::new().add_filter("CSV", &["csv"]),
            DialogPurpose::ExportCalendar => {
                rfd::AsyncFileDialog::new().add_filter("iCalendar", &["ics"])
            }
            DialogPurpose::Open
            | DialogPurpose::SaveAs
            | DialogPurpose::SharePartner
            | DialogPurpose::ReadPartner => {
                rfd::AsyncFileDialog::new().add_filter("Netzwerk-Canvas (JSON)", &["json"])
            }
        };
        let dialog = if folder.as_os_str().is_empty() {
            dialog
        } else {
            dialog.set_directory(folder)
        };
        let future: std::pin::Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>> =
            if purpose.picks_existing() {
                Box::pin(dialog.pick_file())
            } else {
                let name = proposed_name(folder, suggested_name);
                Box::pin(dialog.set_file_name(name).save_file())
            };
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        let started = Instant::now();
        self.is_open = true;
        std::thread::spawn(move || {
            let picked = pollster::block_on(future).map(|handle| handle.path().to_path_buf());
            let _ = sender.send((purpose, picked, started.elapsed()));
            ctx.request_repaint();
        });
    }

    pub fn poll(&mut self) -> Option<DialogOutcome> {
        let (purpose, picked, elapsed) = self.receiver.try_recv().ok()?;
        self.is_open = false;
        Some(match picked {
            Some(path) => DialogOutcome::Picked(purpose, path),
            None if elapsed < INSTANT_ANSWER => DialogOutcome::Unavailable(purpose),
            None => DialogOutcome::Cancelled(purpose),
        })
    }
}

/// The name a save dialog proposes. zenity (rfd's fallback without an XDG portal)
/// ignores the starting folder and takes a whole path as the name; the portals' GTK and
/// KDE dialogs accept a whole path there too. Elsewhere the folder is set on its own.
fn proposed_name(folder: &std::path::Path, name: &str) -> String {
    let is_unix_desktop = cfg!(all(unix, not(target_os = "macos")));
    if is_unix_desktop && !folder.as_os_str().is_empty() {
        folder.join(name).display().to_string()
    } else {
        name.to_owned()
    }
}
