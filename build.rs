//! Compiles the built-in gazetteer lists (`gazetteers/*.tsv`) into the image that
//! `src/gazetteer/mod.rs` embeds: `OUT_DIR/gazetteer.bin` (tables) and
//! `OUT_DIR/gazetteer.txt` (their strings). See `src/gazetteer/tables.rs` for why and how.
//!
//! It runs the library's own list code (the files below are compiled into this script as
//! well), so the image is exactly what run-time loading would build. Cargo re-runs it when a
//! list or one of those files changes, not on every build.

// The shared files also hold the run-time half (lookups, walks), unused here.
#[allow(dead_code)]
#[path = "src/gazetteer/matcher.rs"]
mod matcher;
#[allow(dead_code)]
#[path = "src/gazetteer/tables.rs"]
mod tables;
#[allow(dead_code)]
#[path = "src/gazetteer/tsv.rs"]
mod tsv;

use std::path::PathBuf;

fn main() {
    if let Err(e) = run() {
        eprintln!("error: building the gazetteer image: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let env_path = |name: &str| -> Result<PathBuf, String> {
        std::env::var_os(name)
            .map(PathBuf::from)
            .ok_or_else(|| format!("{name} is not set"))
    };
    let lists = env_path("CARGO_MANIFEST_DIR")?.join("gazetteers");
    for file in tsv::BUILTIN_FILE_NAMES {
        println!("cargo:rerun-if-changed={}", lists.join(file).display());
    }
    let out = env_path("OUT_DIR")?;
    let mut builder = tsv::GazetteerBuilder::new();
    tsv::add_builtin_files(&mut builder, &lists)?;
    let rows = builder.into_rows();
    let image = tables::Tables::build(&rows)?.write_image(&rows.entries)?;
    std::fs::write(out.join("gazetteer.bin"), &image.bin)?;
    std::fs::write(out.join("gazetteer.txt"), &image.text)?;
    Ok(())
}
