//! The computer's address on the local network and the session's secret token: the two
//! parts of the join address.

use std::net::{IpAddr, Ipv4Addr};

/// The address participants' phones can reach: an IPv4 address of a network interface
/// that is up, not loopback and not link-local, preferring the private ranges of a
/// Wi-Fi or hotspot (192.168/16, then 10/8, then 172.16/12) and interfaces that are not
/// virtual bridges of containers or virtual machines. `None` without any network.
pub fn lan_address() -> Option<IpAddr> {
    let interfaces = if_addrs::get_if_addrs().ok()?;
    interfaces
        .iter()
        .filter(|i| !i.is_loopback() && !i.is_link_local())
        .filter_map(|i| match i.ip() {
            IpAddr::V4(ip) => Some((rank(&i.name, ip), ip)),
            IpAddr::V6(_) => None,
        })
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, ip)| IpAddr::V4(ip))
}

/// Lower is better.
fn rank(interface: &str, ip: Ipv4Addr) -> u8 {
    const VIRTUAL: [&str; 7] = ["docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun"];
    let virtual_interface = VIRTUAL.iter().any(|prefix| interface.starts_with(prefix));
    let [a, b, ..] = ip.octets();
    let range = match (a, b) {
        (192, 168) => 0,
        (10, _) => 1,
        (172, 16..=31) => 2,
        _ => 3,
    };
    range + if virtual_interface { 10 } else { 0 }
}

/// 128 random bits from the operating system, as 26 lower-case base32 letters and
/// digits: short enough to type, too many to guess.
pub fn new_token() -> Result<String, getrandom::Error> {
    Ok(base32(&random_bytes::<16>()?))
}

/// A random value for cookies, nonces and submission ids.
pub fn random_id() -> Result<String, getrandom::Error> {
    Ok(base32(&random_bytes::<16>()?))
}

fn random_bytes<const N: usize>() -> Result<[u8; N], getrandom::Error> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)?;
    Ok(bytes)
}

/// RFC 4648 base32 in lower case, without padding.
fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_matches_rfc_4648() {
        assert_eq!(base32(b"foobar"), "mzxw6ytboi");
        assert_eq!(base32(b"f"), "my");
    }

    #[test]
    fn tokens_carry_128_bits_and_differ() -> Result<(), getrandom::Error> {
        let (a, b) = (new_token()?, new_token()?);
        assert_eq!(a.len(), 26); // 26 × 5 = 130 bits, the last two padding
        assert_ne!(a, b);
        Ok(())
    }

    #[test]
    fn a_wifi_address_wins_over_a_container_bridge() {
        assert!(
            rank("wlp2s0", Ipv4Addr::new(192, 168, 1, 20))
                < rank("docker0", Ipv4Addr::new(172, 17, 0, 1))
        );
        assert!(
            rank("wlan0", Ipv4Addr::new(10, 0, 0, 5))
                < rank("virbr0", Ipv4Addr::new(192, 168, 122, 1))
        );
    }
}
