//! Records that keep the keys of a newer app are read key by key: each known key straight
//! into its field, every other key into `unknown_keys`, numbers exactly as written.
//!
//! (`#[serde(flatten)]` would first copy the record into serde's untyped buffer, where an
//! integer beyond 64 bits becomes a float and the exact numbers of serde_json's
//! `arbitrary_precision` no longer reach the typed fields.)

/// Implements `Deserialize` for a record with `Default` and an `unknown_keys` map. A
/// field written `name as Limit` is read through `limits::Limit`, which counts it.
macro_rules! deserialize_keeping_unknown_keys {
    ($record:ty, $expecting:literal, { $($field:ident $(as $limit:ident)?),* $(,)? }) => {
        impl<'de> serde::Deserialize<'de> for $record {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct RecordVisitor;

                impl<'de> serde::de::Visitor<'de> for RecordVisitor {
                    type Value = $record;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        formatter.write_str($expecting)
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$record, A::Error> {
                        let mut record = <$record>::default();
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                $(stringify!($field) => {
                                    record.$field =
                                        $crate::keyed::read_value!(map $(, $limit)?);
                                })*
                                _ => {
                                    let value = map.next_value()?;
                                    record.unknown_keys.insert(key, value);
                                }
                            }
                        }
                        Ok(record)
                    }
                }

                deserializer.deserialize_map(RecordVisitor)
            }
        }
    };
}

/// One known key's value, through its limit where it has one.
macro_rules! read_value {
    ($map:ident) => {
        $map.next_value()?
    };
    ($map:ident, $limit:ident) => {
        $map.next_value::<$crate::limits::$limit<_>>()?.0
    };
}

pub(crate) use {deserialize_keeping_unknown_keys, read_value};
