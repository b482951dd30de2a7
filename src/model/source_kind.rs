//! [`SourceKind`]: whether a source is the organisation's own word or official (`primary`), or
//! a report about it (`secondary`).

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

/// What kind of source a page is (see `docs/data-format.md`, "Primary and secondary sources").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The organisation's own page, or an official document.
    Primary,
    /// A page about the organisation by someone else (news, an encyclopedia, a directory).
    Secondary,
}

/// Read from its name, as a derived enum would be, but through the string reading every
/// dataset already needs (a derived one costs the app more code).
impl<'de> Deserialize<'de> for SourceKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        match name.as_str() {
            "primary" => Ok(SourceKind::Primary),
            "secondary" => Ok(SourceKind::Secondary),
            _ => Err(de::Error::unknown_variant(&name, &["primary", "secondary"])),
        }
    }
}
