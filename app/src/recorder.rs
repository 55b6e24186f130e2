//! The browser's MediaRecorder and file upload, one binding for every page that records
//! (the coordinator's prompts in `admin/recordings.rs`, the community's voice message in
//! `community/voice.rs`). The JavaScript side is `recorder.js`; both pages live in the
//! steward bundle, so phones never run it.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/recorder.js")]
extern "C" {
    /// Ask for the microphone and start recording; fails when it is refused or absent.
    #[wasm_bindgen(catch, js_name = startRecording)]
    pub async fn start_recording() -> Result<(), JsValue>;
    /// Stop and answer the recording as a `File` named after `stem`.
    #[wasm_bindgen(catch, js_name = stopRecording)]
    pub async fn stop_recording(stem: &str) -> Result<JsValue, JsValue>;
    /// `PUT` `file` to `url`; answers `[status, body text]`.
    #[wasm_bindgen(catch, js_name = putFile)]
    pub async fn put_file(url: &str, file: &web_sys::File) -> Result<JsValue, JsValue>;
    /// A JSON text as a `File`, to upload like a recording.
    #[wasm_bindgen(js_name = jsonFile)]
    pub fn json_file(name: &str, text: &str) -> web_sys::File;
}
