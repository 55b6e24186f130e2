//! The data stewards' bundle.
fn main() {
    app::start_steward_app();
}
