//! The community review page's bundle (`/community`): a respondent on a 2G phone looks up
//! their consent with it, so it carries that page alone, not the stewards' desk.
fn main() {
    app::start_community_app();
}
