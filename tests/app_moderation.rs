//! The Kartenabfrage's invitation in the whole app (issue 35, point 3): the networks
//! to choose from, the address phones will open and a plain word when the chosen
//! network cannot reach them, before anything listens.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first broken setup step

use crate::common;

use common::app_harness;
use egui_kittest::kittest::{NodeT, Queryable};
use netzwerk_canvas::app::Startup;
use netzwerk_canvas::command::{Command, ModerationCommand};

#[test]
fn the_invitation_offers_the_networks_and_listens_on_the_one_chosen() {
    let mut harness = app_harness(Startup::Example);
    harness
        .state_mut()
        .queue(Command::Moderation(ModerationCommand::InviteDialog));
    harness.run();
    harness.get_by_label("Netzwerk, über das die Telefone kommen");
    // Windows' firewall question, explained before it comes (issue 30).
    harness.get_by_label_contains("Erlauben Sie es für private Netzwerke");
    let loopback = "Nur dieser Rechner – 127.0.0.1 (lo)";
    assert!(
        harness
            .query_by_label_contains("Nur zum Ausprobieren")
            .is_none(),
        "a network phones can reach is chosen first where there is one"
    );
    harness.get_by_label(loopback).click();
    harness.run();
    harness.get_by_label_contains("Adresse für die Teilnehmenden: http://127.0.0.1:");
    harness
        .get_by_label_contains("Nur zum Ausprobieren: Diese Adresse erreicht kein anderes Gerät.");
    harness.get_by_label("Sitzung starten").click();
    harness.run();
    // The address as text (the QR code's name, "QR-Code für http://…", holds it too).
    let url = harness
        .query_all_by_label_contains("http://127.0.0.1:")
        .map(|node| {
            let node = node.accesskit_node();
            node.label().or_else(|| node.value()).unwrap_or_default()
        })
        .find(|text| text.starts_with("http://"))
        .expect("the address shown as text");
    let address = url.trim_start_matches("http://");
    let address = &address[..address.find('/').unwrap()];
    assert!(
        std::net::TcpStream::connect(address).is_ok(),
        "the session listens on the chosen address {address}"
    );
}
