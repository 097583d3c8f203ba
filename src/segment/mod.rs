//! stub
use crate::model::{Sentence, Zone, ZoneSpan};
pub fn sentences(text: &str, zones: &[ZoneSpan]) -> Vec<Sentence> {
    let _ = text;
    zones.iter().map(|z| Sentence { start: z.start, end: z.end, zone: Zone::Body }).collect()
}
