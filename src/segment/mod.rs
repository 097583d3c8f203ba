//! Segmentation: sentences (zone by zone) and tokens with shapes.

pub mod abbreviations;
pub mod sentences;
pub mod tokens;

pub use sentences::split as sentences;
pub use tokens::tokenize;
