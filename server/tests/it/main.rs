//! The server's integration tests against a real server and database, one binary with a
//! module per area, so the PostgreSQL rerun (`SAUTI_TEST_POSTGRES`, see `scripts/test.sh`)
//! runs every one of them.

#[allow(dead_code)] // shared with the ingest benchmark, which uses a share of the helpers
mod common;

mod accounts;
mod actions;
mod api;
mod assignments;
mod bandwidth;
mod cli;
mod cluster;
mod community;
mod consumers;
mod dashboard;
mod desk;
mod exports;
mod feedback;
mod form_drafts;
mod geo;
mod governance;
mod isolation;
mod monitor;
mod openapi;
mod projects;
mod recordings;
mod translations;
