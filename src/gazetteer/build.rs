//! `newsfacts gazetteers build`: regenerates gazetteers/*.tsv from ../shared/gazetteer-sources.
//! OWNED BY THE GAZETTEER HELPER (stub).
