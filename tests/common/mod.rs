//! Helpers shared by the integration tests.

use std::path::PathBuf;

/// `../shared` beside the checkout, or `None` with a message when it is absent; absent under
/// `CI=true` is a failure, so CI never skips these tests silently.
pub fn shared(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test}: ../shared is required when CI=true but {dir:?} is missing");
    }
    eprintln!("{test}: skipped, ../shared not found");
    None
}
