//! Reading a tagged choice (`{"kind": …}`) whole before its variant, so a problem inside it is placed at it.

use serde::de::{DeserializeOwned, Error, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;
use std::marker::PhantomData;

/// For `#[serde(deserialize_with = "…")]` on a field holding an internally tagged enum.
///
/// serde reads such an enum into a buffer and only then into its variant, by which time
/// the file's reader has moved past the field, and a problem would be placed at the
/// record around it. Finishing inside the reader's own step for the field keeps the
/// field's name in the message.
pub fn located<'de, D: Deserializer<'de>, T: DeserializeOwned>(d: D) -> Result<T, D::Error> {
    struct Whole<T>(PhantomData<T>);
    impl<'de, T: DeserializeOwned> Visitor<'de> for Whole<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("string or map")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            let value =
                serde_json::Value::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
            T::deserialize(value).map_err(A::Error::custom)
        }
    }
    d.deserialize_map(Whole(PhantomData))
}
