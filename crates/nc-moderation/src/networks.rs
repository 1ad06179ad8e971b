//! The networks a session could listen on, as the facilitator chooses among them: the
//! laptop may be on Wi-Fi, Ethernet, a VPN and its own hotspot at once, and carry the
//! virtual networks of containers and virtual machines (Docker, WSL, Hyper-V), which
//! no phone in the room can reach. Each address gets a kind, from its interface's name
//! and flags, so that the dialog can say plainly which one phones can use.

use std::net::{IpAddr, Ipv4Addr};

/// What kind of network an address belongs to, best for a room first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NetworkKind {
    /// The laptop's own hotspot (NetworkManager's 10.42.0.1, Windows' 192.168.137.1).
    Hotspot,
    Wireless,
    Wired,
    Other,
    /// A tunnel: the phones in the room are not on it.
    Vpn,
    /// Containers and virtual machines: only this computer reaches it.
    Virtual,
    /// This computer only: for trying the participant page.
    Loopback,
}

impl NetworkKind {
    /// Whether phones in the room can normally reach an address of this kind.
    pub fn reaches_phones(self) -> bool {
        matches!(
            self,
            Self::Hotspot | Self::Wireless | Self::Wired | Self::Other
        )
    }
}

/// One address the session could listen on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Network {
    pub interface: String,
    pub ip: IpAddr,
    pub kind: NetworkKind,
}

/// The computer's IPv4 addresses that are up and not link-local, best for a room first
/// (see [`NetworkKind`]; within a kind 192.168/16, then 10/8, then 172.16/12), and
/// this computer's own loopback address last.
pub fn networks() -> Vec<Network> {
    let interfaces = if_addrs::get_if_addrs().unwrap_or_default();
    let mut found: Vec<Network> = interfaces
        .iter()
        .filter(|i| !i.is_loopback() && !i.is_link_local())
        .filter_map(|i| match i.ip() {
            IpAddr::V4(ip) => Some(Network {
                kind: kind_of(&i.name, ip, i.is_p2p),
                interface: i.name.clone(),
                ip: IpAddr::V4(ip),
            }),
            IpAddr::V6(_) => None,
        })
        .collect();
    found.sort_by_key(rank);
    found.push(Network {
        interface: "lo".to_owned(),
        ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
        kind: NetworkKind::Loopback,
    });
    found
}

/// Lower is better.
fn rank(network: &Network) -> (NetworkKind, u8) {
    let range = match network.ip {
        IpAddr::V4(ip) => match ip.octets() {
            [192, 168, ..] => 0,
            [10, ..] => 1,
            [172, 16..=31, ..] => 2,
            _ => 3,
        },
        IpAddr::V6(_) => 4,
    };
    (network.kind, range)
}

/// The kind of `ip` on the interface `name` (Linux, macOS and Windows names).
pub fn kind_of(name: &str, ip: Ipv4Addr, point_to_point: bool) -> NetworkKind {
    let lower = name.to_lowercase();
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| lower.starts_with(p));
    let contains = |parts: &[&str]| parts.iter().any(|p| lower.contains(p));
    if ip.is_loopback() {
        return NetworkKind::Loopback;
    }
    // Before the names: Windows calls the Hyper-V and WSL switches "vEthernet (…)".
    if starts(&[
        "docker",
        "br-",
        "veth",
        "virbr",
        "vmnet",
        "vboxnet",
        "lxc",
        "lxd",
        "podman",
        "cni",
        "flannel",
        "vethernet",
    ]) || contains(&["virtualbox", "vmware", "hyper-v", "wsl"])
    {
        return NetworkKind::Virtual;
    }
    let [a, b, ..] = ip.octets();
    let carrier_grade = a == 100 && (64..128).contains(&b); // Tailscale and the like
    if point_to_point
        || carrier_grade
        || starts(&["tun", "tap", "wg", "ppp", "utun", "ipsec", "zt"])
        || contains(&[
            "vpn",
            "tailscale",
            "zerotier",
            "wireguard",
            "openvpn",
            "anyconnect",
            "forti",
            "cisco",
        ])
    {
        return NetworkKind::Vpn;
    }
    if ip == Ipv4Addr::new(10, 42, 0, 1) || ip == Ipv4Addr::new(192, 168, 137, 1) {
        return NetworkKind::Hotspot;
    }
    if starts(&["wl", "wi-fi", "wifi", "wlan", "drahtlos"]) || contains(&["wireless", "wlan"]) {
        return NetworkKind::Wireless;
    }
    if starts(&["en", "eth", "ethernet", "lan"]) {
        return NetworkKind::Wired;
    }
    NetworkKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    fn network(name: &str, ip: [u8; 4]) -> Network {
        let ip = Ipv4Addr::from(ip);
        Network {
            interface: name.to_owned(),
            ip: IpAddr::V4(ip),
            kind: kind_of(name, ip, false),
        }
    }

    #[test]
    fn names_on_linux_and_windows_are_told_apart() {
        let kinds = [
            ("wlp2s0", [192, 168, 178, 20], NetworkKind::Wireless),
            ("WLAN", [192, 168, 178, 20], NetworkKind::Wireless),
            ("Wi-Fi", [10, 0, 0, 5], NetworkKind::Wireless),
            ("enp0s31f6", [10, 1, 2, 3], NetworkKind::Wired),
            ("Ethernet 2", [10, 1, 2, 3], NetworkKind::Wired),
            ("vEthernet (WSL)", [172, 28, 16, 1], NetworkKind::Virtual),
            (
                "vEthernet (Default Switch)",
                [172, 17, 0, 1],
                NetworkKind::Virtual,
            ),
            ("docker0", [172, 17, 0, 1], NetworkKind::Virtual),
            (
                "VirtualBox Host-Only Network",
                [192, 168, 56, 1],
                NetworkKind::Virtual,
            ),
            ("tun0", [10, 8, 0, 2], NetworkKind::Vpn),
            ("wg0", [10, 9, 0, 2], NetworkKind::Vpn),
            ("tailscale0", [100, 101, 1, 2], NetworkKind::Vpn),
            ("Cisco AnyConnect", [10, 20, 0, 2], NetworkKind::Vpn),
            ("wlp2s0", [10, 42, 0, 1], NetworkKind::Hotspot),
            (
                "Local Area Connection* 10",
                [192, 168, 137, 1],
                NetworkKind::Hotspot,
            ),
        ];
        for (name, ip, kind) in kinds {
            assert_eq!(network(name, ip).kind, kind, "{name}");
        }
        assert_eq!(
            kind_of("enp0s1", Ipv4Addr::new(10, 8, 0, 2), true),
            NetworkKind::Vpn,
            "a point-to-point link is a tunnel whatever its name"
        );
    }

    #[test]
    fn wifi_comes_before_a_vpn_and_a_container_bridge() {
        let mut found = [
            network("docker0", [172, 17, 0, 1]),
            network("tun0", [10, 8, 0, 2]),
            network("wlan0", [10, 0, 0, 5]),
            network("vEthernet (WSL)", [192, 168, 1, 1]),
        ];
        found.sort_by_key(rank);
        let order: Vec<&str> = found.iter().map(|n| n.interface.as_str()).collect();
        assert_eq!(order, ["wlan0", "tun0", "vEthernet (WSL)", "docker0"]);
    }
}
