//! The computer's address on the local network and the session's secret token: the two
//! parts of the join address.

use std::net::IpAddr;

/// The address participants' phones can reach: the best of [`super::networks`] (the
/// laptop's hotspot, Wi-Fi, Ethernet, in the private ranges first), or else any address
/// that is not this computer's own (a VPN, a container bridge). `None` without any
/// network.
pub fn lan_address() -> Option<IpAddr> {
    let networks = super::networks::networks();
    let reaching = networks.iter().find(|n| n.kind.reaches_phones());
    let any = || (networks.iter()).find(|n| n.kind != super::networks::NetworkKind::Loopback);
    reaching.or_else(any).map(|network| network.ip)
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
}
