//! The consent text's recordings as the coordinator's recording page reads them: which
//! languages the newest template has a text in (each can be read aloud) and the recording
//! each already has. A recording made in the browser is installed into the template
//! (`PUT /consent-template/audio/{lang}`), which answers with this again.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `GET /consent-template/audio` and `PUT /consent-template/audio/{lang}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ConsentAudio {
    /// The newest template's id and version (a recording of a version records were given
    /// under makes a new version: what they heard stays as it was).
    pub template_id: String,
    pub version: u32,
    /// The languages the template's text is written in, sorted.
    pub languages: Vec<String>,
    /// The recording of each language that has one: its address (`/media/{sha256}`).
    pub audio: BTreeMap<String, String>,
}
