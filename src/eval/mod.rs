//! `newsfacts eval`: scoring against gold files. OWNED BY THE EVAL HELPER (stub).
