//! A Kartenabfrage with participants' devices: the session that listens only while it
//! runs, the cards and dots it brings into the canvas (one undo step per batch), and
//! the board it shows the room.

use super::App;
use super::dialogs::ActiveDialog;
use crate::command::{Command, ModerationCommand};
use crate::i18n::Msg;
use crate::model::{CardStep, CollaborationId, FieldKind};
use crate::moderation::{
    BoardCard, JournalHeader, JournalPlace, LeftJournal, ModerationServer, SessionConfig,
    apply_events, board_of, replay,
};
use crate::ui::dialogs::{ErrorReport, InviteAnswer, InviteDraft, invite_ui};
use crate::ui::moderation_panel::{SessionView, moderation_panel_ui};

/// The running session and what it is about.
pub(super) struct ModerationRun {
    server: ModerationServer,
    collaboration: CollaborationId,
    field: String,
    field_name: String,
    /// The board last handed to the server, to send it again only when it changed…
    board: Vec<BoardCard>,
    /// …and the document's revision it was built from: the board is rebuilt only after
    /// an edit, not every frame.
    board_revision: Option<u64>,
    /// Cards received in this session.
    received: usize,
}

impl App {
    pub(super) fn run_moderation_command(
        &mut self,
        command: ModerationCommand,
        ctx: &egui::Context,
    ) {
        match command {
            ModerationCommand::InviteDialog => self.open_invite_dialog(),
            ModerationCommand::Start(field, dots, ip) => {
                self.start_moderation(&field, dots, ip, ctx);
            }
            ModerationCommand::SetPhase(phase) => {
                if let Some(run) = &self.session.moderation {
                    run.server.set_phase(phase);
                }
            }
            ModerationCommand::End => {
                if self.end_moderation() {
                    self.status_message =
                        Some(super::status_note::StatusNote::plain(Msg::SessionEnded));
                }
            }
        }
    }

    /// Ends a running session: what arrived in the last moment still goes onto the
    /// canvas, and its journal is kept until the document is saved or deliberately
    /// discarded. Before the document is replaced or the window closes, so that no
    /// acknowledged card is dropped. True when a session was running.
    pub(super) fn end_moderation(&mut self) -> bool {
        let Some(run) = self.session.moderation.take() else {
            return false;
        };
        let ended = run.server.finish();
        if !ended.events.is_empty() {
            self.edit_cards(&run.collaboration, CardStep::Participants, |c| {
                !apply_events(c, &run.field, ended.events).is_empty()
            });
        }
        self.session.journals.extend(ended.journal);
        true
    }

    /// Puts the cards of sessions that ended without saving them (a crash, `kill -9`)
    /// into the document they belong to, as one undo step; their journals go once the
    /// document is saved. Called whenever a document becomes the open one.
    pub(super) fn replay_left_journals(&mut self) {
        let Some(path) = self.session.document.path.as_deref().and_then(absolute) else {
            return;
        };
        // The journals of a protected workspace open only with its passphrase.
        if let (Some(passphrase), Some(folder)) =
            (&self.session.document.passphrase, &self.recovery.folder)
        {
            for journal in crate::moderation::find_locked_journals(folder, passphrase) {
                let known = self
                    .recovery
                    .journals
                    .iter()
                    .any(|j| j.path == journal.path)
                    || self
                        .session
                        .left_journals
                        .iter()
                        .any(|j| j.path == journal.path);
                if !known {
                    self.recovery.journals.push(journal);
                }
            }
        }
        let (mine, others): (Vec<LeftJournal>, Vec<LeftJournal>) =
            std::mem::take(&mut self.recovery.journals)
                .into_iter()
                .partition(|journal| {
                    journal.header.file.as_deref().and_then(absolute) == Some(path.clone())
                });
        self.recovery.journals = others;
        let mut cards = 0;
        for journal in mine {
            let header = &journal.header;
            let id = crate::model::CollaborationId(header.collaboration.clone());
            if self.session.document.workspace.get(&id).is_none() {
                self.recovery.journals.push(journal);
                continue;
            }
            self.edit_cards(&id, CardStep::Participants, |collaboration| {
                let replayed = replay(collaboration, &header.field, &journal.accepted);
                cards += replayed.cards;
                replayed.cards + replayed.dots > 0
            });
            self.session.left_journals.push(journal);
        }
        if cards > 0 {
            self.status_message = Some(super::status_note::StatusNote::with_text(
                Msg::SessionCardsRestored,
                "count",
                cards.to_string(),
            ));
        }
    }

    /// Offers the shown canvas's text fields, the presented one first chosen.
    fn open_invite_dialog(&mut self) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let language = self.preferences.language;
        let template = self.selected_template();
        let fields: Vec<(String, String)> = template
            .fields
            .iter()
            .filter(|field| field.kind == FieldKind::Text)
            .map(|field| (field.id.clone(), field.label(language).to_owned()))
            .collect();
        let presented = self
            .views
            .presentation
            .as_ref()
            .and_then(|state| template.fields.get(state.field_index))
            .and_then(|field| fields.iter().position(|(id, _)| *id == field.id));
        let mut networks = crate::moderation::networks();
        if let Some(ip) = bind_override() {
            // Tests and trying the page without a network: that address, chosen.
            networks.retain(|network| network.ip != ip);
            let kind = crate::moderation::NetworkKind::Loopback;
            let interface = "NC_MODERATION_BIND".to_owned();
            networks.insert(
                0,
                crate::moderation::Network {
                    interface,
                    ip,
                    kind,
                },
            );
        }
        let draft = InviteDraft {
            chosen: presented.unwrap_or(0),
            fields,
            dots: 3,
            networks,
            network: 0,
        };
        self.dialog = Some(ActiveDialog::Invite(id, draft));
    }

    /// The invite dialog's answer; true once answered.
    pub(super) fn invite_answered(
        &mut self,
        id: &CollaborationId,
        draft: &mut InviteDraft,
        ctx: &egui::Context,
    ) -> bool {
        let answer = invite_ui(ctx, self.preferences.language, draft);
        if let Some(InviteAnswer::Start(field, dots, ip)) = &answer
            && self.session.selected.as_ref() == Some(id)
        {
            self.pending
                .push(Command::Moderation(ModerationCommand::Start(
                    field.clone(),
                    *dots,
                    *ip,
                )));
        }
        answer.is_some()
    }

    fn start_moderation(
        &mut self,
        field_id: &str,
        dots: u32,
        ip: std::net::IpAddr,
        ctx: &egui::Context,
    ) {
        let Some(id) = self.session.selected.clone() else {
            return;
        };
        let language = self.preferences.language;
        let template = self.selected_template();
        let Some(field) = template.field(field_id) else {
            return;
        };
        // One session at a time: a new one replaces (and ends) the old.
        self.end_moderation();
        let mut config = SessionConfig::for_field(field, language);
        config.dots_per_participant = dots;
        config.bind = Some(ip);
        let journal = self.recovery.folder.clone().and_then(|folder| {
            let collaboration = self.session.document.workspace.get(&id)?;
            Some(JournalPlace {
                folder,
                id: uuid::Uuid::new_v4().simple().to_string(),
                header: JournalHeader::new(
                    self.session.document.path.as_deref().and_then(absolute),
                    collaboration,
                    &field.id,
                ),
                // A protected workspace's journal is encrypted with its passphrase.
                passphrase: self.session.document.passphrase.clone(),
            })
        });
        let repaint = ctx.clone();
        let wake = Box::new(move || repaint.request_repaint());
        match ModerationServer::start(config, journal.as_ref(), wake) {
            Ok(server) => {
                self.session.moderation = Some(ModerationRun {
                    server,
                    collaboration: id,
                    field: field.id.clone(),
                    field_name: field.label(language).to_owned(),
                    board: Vec::new(),
                    board_revision: None,
                    received: 0,
                });
                self.moderation_tick();
            }
            Err(error) => {
                let reason = error.message(language);
                self.dialog = Some(ActiveDialog::Error(ErrorReport {
                    headline: Msg::SessionCannotStart.fill(language, &[("reason", &reason)]),
                    reason: String::new(),
                    reassurance: String::new(),
                }));
            }
        }
    }

    /// Once a frame: what participants sent goes into the canvas as one undo step, and
    /// the room sees the board as it is now.
    pub(super) fn moderation_tick(&mut self) {
        let Some(run) = self.session.moderation.as_mut() else {
            return;
        };
        let events = run.server.take_events();
        let (id, field) = (run.collaboration.clone(), run.field.clone());
        if !events.is_empty() {
            let mut received = 0;
            self.edit_cards(&id, CardStep::Participants, |collaboration| {
                let applied = apply_events(collaboration, &field, events);
                received = applied.cards.len();
                !applied.is_empty()
            });
            if let Some(run) = self.session.moderation.as_mut() {
                run.received += received;
            }
        }
        let document = &self.session.document;
        let Some(run) = self.session.moderation.as_mut() else {
            return;
        };
        if run.board_revision == Some(document.revision()) {
            return;
        }
        run.board_revision = Some(document.revision());
        let board = (document.workspace.get(&id))
            .map(|collaboration| board_of(collaboration, &field))
            .unwrap_or_default();
        if run.board != board {
            run.server.set_board(board.clone());
            run.board = board;
        }
    }

    pub(super) fn moderation_panel_ui(&mut self, ctx: &egui::Context) {
        let Some(run) = &self.session.moderation else {
            return;
        };
        let qr = run.server.qr_code();
        let view = SessionView {
            field_name: &run.field_name,
            join_url: run.server.join_url(),
            qr: &qr,
            phase: run.server.phase(),
            participants: run.server.participants(),
            cards: run.received,
        };
        moderation_panel_ui(ctx, self.preferences.language, &view, &mut self.pending);
    }
}

/// The file's absolute path, as journals name it.
fn absolute(path: &std::path::Path) -> Option<std::path::PathBuf> {
    std::path::absolute(path).ok()
}

/// `NC_MODERATION_BIND=127.0.0.1` keeps a session on this computer: for tests and for
/// trying the participant page without a network.
fn bind_override() -> Option<std::net::IpAddr> {
    std::env::var("NC_MODERATION_BIND").ok()?.parse().ok()
}
