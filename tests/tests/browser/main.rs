//! Every browser test of Sauti in one binary: the real client in headless Chromium
//! against a real server, one module per area. One binary builds and links once, and a
//! new module cannot be forgotten by a script that lists test binaries.

mod accessibility;
mod account_actions;
mod accountability;
mod admin_errors;
mod admin_forms;
mod appearances;
mod assignments;
mod audio_first;
mod community;
mod consent_methods;
mod corpus;
mod dashboard;
mod dead_ends;
mod digits;
mod every_language;
mod faults;
mod feedback;
mod field_form;
mod geo;
mod governance;
mod languages;
mod last_saved;
mod media_prompts;
mod mixed_scripts;
mod organisation;
mod paging;
mod repeats;
mod review_desk;
mod setup;
mod sheets;
mod team;
mod translation;
mod walking_skeleton;
mod widgets;
