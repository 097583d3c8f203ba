//! Recognisers: gazetteer matches and context rules → typed mentions.

pub mod numeric;
