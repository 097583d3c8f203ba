//! Helpers shared by the integration tests.
// Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One CSV record: column name → cell.
pub type Row = BTreeMap<String, String>;

/// A whole CSV table by column name; panics naming the file on a bad record.
pub fn read_csv(path: &Path) -> Vec<Row> {
    let mut rdr = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let headers = rdr.headers().expect("header row").clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{path:?}: {e}"));
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

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
