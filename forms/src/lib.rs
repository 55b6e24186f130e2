//! Sauti's shared core, compiled both into the browser client (wasm32) and the server.
//!
//! Everything that must give the same answer on a phone and on the server lives here once:
//! the form model and its expression language, validation of answers, the consent record and
//! its receipt code, the sync batch and its acknowledgement, the encrypted vault envelope, and
//! the UI strings. It depends on neither axum, sqlx nor leptos and does no I/O.
//!
//! ```
//! use forms::{demo, validate::validate};
//! let form = demo::household_form().compile().unwrap();
//! let errors = validate(&form, &Default::default(), "2026-11-25");
//! assert!(!errors.is_empty(), "an empty household answers nothing that is required");
//! ```
//!
//! `forms/tests/dependencies.rs` checks that neither axum, sqlx nor leptos is linked.

pub mod actions;
pub mod attachment;
pub mod batch;
pub mod calendars;
pub mod community;
pub mod consent;
pub mod dates;
pub mod demo;
pub mod digits;
pub mod error;
pub mod expr;
pub mod feedback;
pub mod geo;
pub mod graph;
pub mod i18n;
pub mod label;
pub mod langtag;
pub mod markup;
pub mod media;
pub mod model;
pub mod monitor;
pub mod num;
pub mod pack;
pub mod paging;
pub mod password;
pub mod prefill;
pub mod purpose;
pub mod qr;
pub mod receipt;
pub mod record;
pub mod review;
pub mod search;
pub mod shuffle;
pub mod sync;
pub mod translation;
pub mod validate;
pub mod vault;
pub mod wire;
#[cfg(feature = "xlsform")]
pub mod xlsform;

pub use error::Error;
