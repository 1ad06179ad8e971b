//! The two keys every file of ours opens with, `format` and `version`, and the one
//! check of them. It sits in the model, which does no I/O, so that the bundled
//! templates (parsed here) and the files storage reads are judged by the same rule.

use serde::Deserialize;
use serde_json::Value;

/// `format` and `version` as they stand in a file: any JSON value, or absent. Storage
/// reads this before the content, so that a foreign or newer file is named as such
/// instead of failing on its first unexpected key.
#[derive(Debug, Default, Deserialize)]
pub struct Envelope {
    pub format: Option<Value>,
    pub version: Option<Value>,
}

/// Why an envelope was refused; storage turns each into its own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    MissingFormat,
    /// `format` names another kind of file: the name, or the JSON if not a string.
    WrongFormat {
        found: String,
    },
    NewerVersion {
        found: u64,
    },
    /// `version` is no whole number from 1 up; the JSON as written.
    UnknownVersion {
        found: String,
    },
}

impl Envelope {
    /// `format` must be `expected`; `version`, where present, from 1 to `newest`.
    pub fn check(&self, expected: &str, newest: u64) -> Result<(), EnvelopeError> {
        match &self.format {
            None => return Err(EnvelopeError::MissingFormat),
            Some(Value::String(name)) if name == expected => {}
            Some(other) => {
                let found = other
                    .as_str()
                    .map_or_else(|| other.to_string(), str::to_owned);
                return Err(EnvelopeError::WrongFormat { found });
            }
        }
        match &self.version {
            None => Ok(()),
            Some(value) => match value.as_u64() {
                Some(version) if version > newest => {
                    Err(EnvelopeError::NewerVersion { found: version })
                }
                Some(version) if version >= 1 => Ok(()),
                _ => Err(EnvelopeError::UnknownVersion {
                    found: value.to_string(),
                }),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope(format: Option<Value>, version: Option<Value>) -> Envelope {
        Envelope { format, version }
    }

    #[test]
    fn the_format_must_match_and_the_version_be_known() {
        let ours = || Some(Value::from("ours"));
        assert_eq!(envelope(ours(), None).check("ours", 1), Ok(()));
        assert_eq!(envelope(ours(), Some(1.into())).check("ours", 1), Ok(()));
        assert_eq!(
            envelope(None, Some(1.into())).check("ours", 1),
            Err(EnvelopeError::MissingFormat)
        );
        assert_eq!(
            envelope(Some(Value::from(7)), None).check("ours", 1),
            Err(EnvelopeError::WrongFormat { found: "7".into() })
        );
        assert_eq!(
            envelope(ours(), Some(2.into())).check("ours", 1),
            Err(EnvelopeError::NewerVersion { found: 2 })
        );
        assert_eq!(
            envelope(ours(), Some(0.into())).check("ours", 1),
            Err(EnvelopeError::UnknownVersion { found: "0".into() })
        );
    }
}
