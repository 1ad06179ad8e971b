//! "Teilnehmende einladen": which field's question the room answers, how many dots
//! each person gets, and on which network, with the address phones will open and a
//! plain word when that network cannot reach them, before the app starts listening.

use std::net::IpAddr;

use egui::RichText;

use crate::i18n::{Language, Msg};
use crate::moderation::{Network, NetworkKind};

/// The choices of the dialog: the canvas's text fields (id, label), the networks (best
/// first) and the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InviteDraft {
    pub fields: Vec<(String, String)>,
    pub chosen: usize,
    pub dots: u32,
    pub networks: Vec<Network>,
    pub network: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InviteAnswer {
    /// Field id, dots per person, and the address to listen on.
    Start(String, u32, IpAddr),
    Cancel,
}

fn kind_name(kind: NetworkKind) -> Msg {
    match kind {
        NetworkKind::Hotspot => Msg::NetworkHotspot,
        NetworkKind::Wireless => Msg::NetworkWireless,
        NetworkKind::Wired => Msg::NetworkWired,
        NetworkKind::Other => Msg::NetworkOther,
        NetworkKind::Vpn => Msg::NetworkVpn,
        NetworkKind::Virtual => Msg::NetworkVirtual,
        NetworkKind::Loopback => Msg::NetworkLoopback,
    }
}

/// What to say about a network that phones cannot reach.
fn warning(kind: NetworkKind) -> Option<Msg> {
    match kind {
        NetworkKind::Vpn => Some(Msg::InviteVpnWarning),
        NetworkKind::Virtual => Some(Msg::InviteVirtualWarning),
        NetworkKind::Loopback => Some(Msg::InviteLoopbackWarning),
        NetworkKind::Hotspot | NetworkKind::Wireless | NetworkKind::Wired | NetworkKind::Other => {
            None
        }
    }
}

fn network_ui(ui: &mut egui::Ui, language: Language, draft: &mut InviteDraft) {
    ui.add_space(8.0);
    ui.label(Msg::InviteNetwork.text(language));
    if !draft.networks.iter().any(|n| n.kind.reaches_phones()) {
        let text = RichText::new(Msg::InviteNoNetwork.text(language));
        ui.label(text.color(ui.visuals().warn_fg_color));
    }
    for (index, network) in draft.networks.iter().enumerate() {
        let name = kind_name(network.kind).text(language);
        let text = format!("{name} – {} ({})", network.ip, network.interface);
        ui.radio_value(&mut draft.network, index, text);
    }
    if let Some(network) = draft.networks.get(draft.network) {
        let address = format!("http://{}:…/…", network.ip);
        let values = [("address", address.as_str())];
        ui.label(RichText::new(Msg::InviteAddress.fill(language, &values)).weak());
        if let Some(warning) = warning(network.kind) {
            let text = RichText::new(warning.text(language));
            ui.label(text.color(ui.visuals().warn_fg_color));
        }
    }
    // Windows asks once, when the port opens; a "no" there locks the phones out.
    ui.label(RichText::new(Msg::InviteFirewall.text(language)).weak());
}

pub fn invite_ui(
    ctx: &egui::Context,
    language: Language,
    draft: &mut InviteDraft,
) -> Option<InviteAnswer> {
    let heading = Msg::InviteTitle.text(language);
    let (answer, dismissed) = super::show_dialog(ctx, "invite_dialog", heading, |ui| {
        ui.label(RichText::new(Msg::InviteBody.text(language)).weak());
        ui.add_space(8.0);
        let label = ui.label(Msg::InviteField.text(language));
        let shown = draft
            .fields
            .get(draft.chosen)
            .map_or("", |(_, name)| name.as_str());
        egui::ComboBox::from_id_salt("invite_field")
            .selected_text(shown)
            .width(300.0)
            .show_ui(ui, |ui| {
                for (index, (_, name)) in draft.fields.iter().enumerate() {
                    ui.selectable_value(&mut draft.chosen, index, name);
                }
            })
            .response
            .labelled_by(label.id);
        ui.horizontal(|ui| {
            let label = ui.label(Msg::InviteDots.text(language));
            ui.add(egui::DragValue::new(&mut draft.dots).range(1..=20))
                .labelled_by(label.id);
        });
        network_ui(ui, language, draft);
        super::button_row(ui, |ui| {
            let field = draft.fields.get(draft.chosen).map(|(id, _)| id.clone());
            let ip = draft.networks.get(draft.network).map(|n| n.ip);
            let start = ui.add_enabled(
                field.is_some() && ip.is_some(),
                egui::Button::new(Msg::InviteStart.text(language)),
            );
            let start = super::default_button(start, ui);
            if start.clicked() || super::enter_pressed(ui) {
                field
                    .zip(ip)
                    .map(|(field, ip)| InviteAnswer::Start(field, draft.dots, ip))
            } else if ui.button(Msg::Cancel.text(language)).clicked() {
                Some(InviteAnswer::Cancel)
            } else {
                None
            }
        })
    });
    if dismissed {
        Some(InviteAnswer::Cancel)
    } else {
        answer
    }
}
