//! Gazetteers: lists of names (TSV: name, canonical, label, subtype, id, source), loaded once
//! and compiled into one matcher shared by all threads. OWNED BY THE GAZETTEER HELPER (stub).

pub mod build;

/// Compiled gazetteer lists (stub until the gazetteer work lands).
#[derive(Debug, Default)]
pub struct Gazetteer {}
