//! Money, percentages, dates and ages. OWNED BY THE NUMERIC HELPER (stub).
