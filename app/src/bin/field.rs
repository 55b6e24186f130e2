//! The enumerators' bundle.
fn main() {
    app::start_field_app();
}
