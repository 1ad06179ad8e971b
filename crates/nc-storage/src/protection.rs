//! Workspaces protected by a passphrase: age files (scrypt recipient, c2sp.org/age), so
//! that any age tool (`age -d`, `rage -d`) opens them and nobody is locked in.
//!
//! Everything written from a protected workspace goes through [`seal`]: the file, its
//! recovery copies, the temporary file of a save. Plaintext lives only in memory, in
//! buffers that are wiped when dropped.

use std::io::{Read, Write};

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::StorageError;

/// How every age file begins (binary format).
const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";
/// How an ASCII-armoured age file begins (`age -a`).
const ARMOR_HEADER: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// scrypt's work factor (N = 2^WORK_FACTOR) for what we write: about 0.7 s and 256 MiB
/// on the 2-core build machine (`benches/protection.rs`; 17 takes 0.38 s), within the
/// 0.5–1 s that makes guessing costly and that a person waits for a save without
/// wondering.
pub const WORK_FACTOR: u8 = 18;
/// The largest work factor we accept when opening: a file from `age -p` on a fast
/// machine (age aims at one second there) opens; a hostile header asking for hours of
/// work and gigabytes of memory is refused instead.
pub const MAX_WORK_FACTOR: u8 = 20;

/// A passphrase, kept only in memory and wiped when dropped.
#[derive(Clone)]
pub struct Passphrase(SecretString);

impl Passphrase {
    pub fn new(text: String) -> Self {
        Self(SecretString::from(text))
    }

    /// The passphrase from the first line of a file's text (`--passphrase-file`), without
    /// its line ending.
    pub fn from_first_line(text: &str) -> Self {
        let line = text.lines().next().unwrap_or_default();
        Self::new(line.to_owned())
    }

    pub fn is_empty(&self) -> bool {
        self.0.expose_secret().is_empty()
    }

    /// Whether `other` is the same passphrase (for "type it again").
    pub fn matches(&self, other: &Passphrase) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        self.matches(other)
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// Whether `bytes` are an age file, whatever the file is called.
pub fn is_sealed(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|byte| !byte.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    bytes.starts_with(AGE_HEADER) || bytes[start..].starts_with(ARMOR_HEADER)
}

/// Encrypts `plaintext` for `passphrase`.
pub fn seal(plaintext: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>, StorageError> {
    seal_with_work_factor(plaintext, passphrase, WORK_FACTOR)
}

/// [`seal`] with another work factor: for tests, which need not wait.
pub fn seal_with_work_factor(
    plaintext: &[u8],
    passphrase: &Passphrase,
    work_factor: u8,
) -> Result<Vec<u8>, StorageError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.0.clone());
    recipient.set_work_factor(work_factor.clamp(1, MAX_WORK_FACTOR));
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|error| StorageError::Io {
                kind: std::io::ErrorKind::Other,
                detail: error.to_string(),
            })?;
    let mut sealed = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = encryptor.wrap_output(&mut sealed)?;
    writer.write_all(plaintext)?;
    writer.finish()?;
    Ok(sealed)
}

/// Decrypts an age file with `passphrase`. The plaintext is wiped when dropped.
pub fn unseal(bytes: &[u8], passphrase: &Passphrase) -> Result<Zeroizing<Vec<u8>>, StorageError> {
    unseal_within(bytes, passphrase, MAX_WORK_FACTOR)
}

/// [`unseal`] refusing headers that ask for more than `max_work_factor`: for fuzzers,
/// whose mutated headers must not each cost seconds.
pub fn unseal_within(
    bytes: &[u8],
    passphrase: &Passphrase,
    max_work_factor: u8,
) -> Result<Zeroizing<Vec<u8>>, StorageError> {
    let armored = age::armor::ArmoredReader::new(bytes);
    let decryptor = age::Decryptor::new_buffered(armored).map_err(decrypt_error)?;
    if !decryptor.is_scrypt() {
        return Err(StorageError::NotForPassphrase);
    }
    let mut identity = age::scrypt::Identity::new(passphrase.0.clone());
    identity.set_max_work_factor(max_work_factor.min(MAX_WORK_FACTOR));
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(decrypt_error)?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(bytes.len()));
    reader
        .by_ref()
        .take(crate::MAX_FILE_BYTES + 1)
        .read_to_end(&mut plaintext)
        .map_err(|_| StorageError::SealDamaged)?;
    if plaintext.len() as u64 > crate::MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            bytes: plaintext.len() as u64,
        });
    }
    Ok(plaintext)
}

/// `value` as JSON, sealed with `passphrase`, written as hex digits: a line of text (the
/// journal's first line). [`parse_sealed_text`] reads it.
pub fn seal_to_text<T: serde::Serialize>(
    value: &T,
    passphrase: &Passphrase,
) -> Result<String, StorageError> {
    let json = Zeroizing::new(serde_json::to_vec(value)?);
    Ok(to_hex(&seal(&json, passphrase)?))
}

/// A value from [`seal_to_text`], opened with `passphrase`; None when it does not open
/// or parse.
pub fn parse_sealed_text<T: serde::de::DeserializeOwned>(
    hex: &str,
    passphrase: &Passphrase,
) -> Option<T> {
    let bytes = from_hex(hex)?;
    let plain = unseal(&bytes, passphrase).ok()?;
    serde_json::from_slice(&plain).ok()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok())
        .collect()
}

/// A key for records appended one at a time (the Kartenabfrage journal of a protected
/// workspace): an age X25519 key pair made for one session. Each record costs
/// microseconds, where an scrypt run per record would take most of a second; the
/// secret half is written once, sealed with the passphrase ([`RecordKey::secret`]).
pub struct RecordKey {
    identity: age::x25519::Identity,
}

impl RecordKey {
    pub fn generate() -> Self {
        Self {
            identity: age::x25519::Identity::generate(),
        }
    }

    /// The secret key as age writes it (`AGE-SECRET-KEY-1…`), to be sealed.
    pub fn secret(&self) -> Zeroizing<String> {
        Zeroizing::new(self.identity.to_string().expose_secret().to_owned())
    }

    /// The key from [`RecordKey::secret`]'s text.
    pub fn from_secret(text: &str) -> Option<Self> {
        text.trim()
            .parse::<age::x25519::Identity>()
            .ok()
            .map(|identity| Self { identity })
    }

    /// One record as a line of hex digits: an age file for this key.
    pub fn seal_record(&self, plaintext: &[u8]) -> Result<String, StorageError> {
        let sealed = age::encrypt(&self.identity.to_public(), plaintext).map_err(|error| {
            StorageError::Io {
                kind: std::io::ErrorKind::Other,
                detail: error.to_string(),
            }
        })?;
        Ok(to_hex(&sealed))
    }

    /// A record from [`RecordKey::seal_record`]; None when cut short or not ours.
    pub fn open_record(&self, line: &str) -> Option<Zeroizing<Vec<u8>>> {
        age::decrypt(&self.identity, &from_hex(line)?)
            .ok()
            .map(Zeroizing::new)
    }
}

/// Each way an age file cannot be opened, told as what it means to the person.
fn decrypt_error(error: age::DecryptError) -> StorageError {
    use age::DecryptError as E;
    match error {
        E::DecryptionFailed | E::KeyDecryptionFailed | E::NoMatchingKeys => {
            StorageError::WrongPassphrase
        }
        E::ExcessiveWork { required, .. } => StorageError::SealTooCostly {
            work_factor: required,
        },
        E::InvalidHeader | E::InvalidMac | E::Io(_) | E::UnknownFormat => StorageError::SealDamaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(text: &str) -> Passphrase {
        Passphrase::new(text.to_owned())
    }

    #[test]
    fn what_is_sealed_opens_with_its_passphrase_only() {
        let sealed = seal_with_work_factor(b"{\"format\":1}", &phrase("Lindenblatt"), 2).unwrap();
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(6).any(|window| window == b"format"));
        assert_eq!(
            &*unseal(&sealed, &phrase("Lindenblatt")).unwrap(),
            b"{\"format\":1}"
        );
        assert!(matches!(
            unseal(&sealed, &phrase("lindenblatt")),
            Err(StorageError::WrongPassphrase)
        ));
    }

    #[test]
    fn a_cut_or_changed_file_is_called_damaged() {
        let sealed = seal_with_work_factor(&[b'x'; 100_000], &phrase("p"), 2).unwrap();
        let cut = &sealed[..sealed.len() - 10];
        assert!(matches!(
            unseal(cut, &phrase("p")),
            Err(StorageError::SealDamaged)
        ));
        let header_only = &sealed[..60];
        assert!(matches!(
            unseal(header_only, &phrase("p")),
            Err(StorageError::SealDamaged)
        ));
        let mut changed = sealed.clone();
        let last = changed.len() - 1;
        changed[last] ^= 1;
        assert!(matches!(
            unseal(&changed, &phrase("p")),
            Err(StorageError::SealDamaged)
        ));
    }

    #[test]
    fn a_header_asking_for_too_much_work_is_refused_before_the_work() {
        let sealed = seal_with_work_factor(b"x", &phrase("p"), 2).unwrap();
        let text = String::from_utf8_lossy(&sealed).into_owned();
        let raised = text.replacen(" 2\n", " 30\n", 1);
        assert!(matches!(
            unseal(raised.as_bytes(), &phrase("p")),
            Err(StorageError::SealTooCostly { work_factor: 30 })
        ));
    }

    #[test]
    fn age_files_are_recognised_by_their_header_whatever_their_name() {
        assert!(is_sealed(b"age-encryption.org/v1\n-> scrypt"));
        assert!(is_sealed(b"\n-----BEGIN AGE ENCRYPTED FILE-----\n"));
        assert!(!is_sealed(b"{\"format\": \"netzwerk-canvas\"}"));
        assert!(!is_sealed(b""));
    }

    #[test]
    fn records_open_with_their_key_only_and_not_when_cut() {
        let key = RecordKey::generate();
        let line = key.seal_record(b"Karte: Vertrauen").unwrap();
        assert!(line.bytes().all(|byte| byte.is_ascii_hexdigit()));
        assert!(!line.contains("Vertrauen"));
        let again = RecordKey::from_secret(&key.secret()).unwrap();
        assert_eq!(&*again.open_record(&line).unwrap(), b"Karte: Vertrauen");
        assert!(RecordKey::generate().open_record(&line).is_none());
        assert!(key.open_record(&line[..line.len() - 2]).is_none());
    }

    #[test]
    fn the_passphrase_file_gives_its_first_line() {
        assert!(Passphrase::from_first_line("Geheim 1\r\nzweite\n").matches(&phrase("Geheim 1")));
        assert!(Passphrase::from_first_line("").is_empty());
    }
}
