//! The HTML report in a real browser: `extract --report` on the seed article, then headless
//! Chromium takes a screenshot of the article page and dumps the DOM after its scripts ran.
//!
//! Needs `../shared` (the seed) and `/usr/bin/chromium` (`.ci/install-browser` installs it).
//! Each is skipped with a message when absent, and a failure when absent under `CI=true`.
//! A browser that hangs is killed after a timeout, failing the test instead of hanging CI.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const BROWSER_TIMEOUT: Duration = Duration::from_secs(90);

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

fn require(test: &str, what: &str, present: bool) -> bool {
    if present {
        return true;
    }
    if ci() {
        panic!("{test}: {what} is required when CI=true but missing");
    }
    eprintln!("{test}: skipped, {what} not found");
    false
}

/// Runs a command, killing it after `timeout`; returns its stdout.
fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> Vec<u8> {
    let stdout_file = tempfile::NamedTempFile::new().expect("temp file");
    let stderr_file = tempfile::NamedTempFile::new().expect("temp file");
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(stdout_file.reopen().expect("reopen"))
        .stderr(stderr_file.reopen().expect("reopen"))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} did not finish within {timeout:?}; killed");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let stderr = std::fs::read_to_string(stderr_file.path()).unwrap_or_default();
    assert!(status.success(), "{cmd:?} failed ({status}):\n{stderr}");
    std::fs::read(stdout_file.path()).expect("read stdout")
}

fn chromium(profile: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(CHROMIUM);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(args);
    cmd
}

fn file_url(p: &Path) -> String {
    format!(
        "file://{}",
        p.canonicalize().expect("absolute path").display()
    )
}

/// (label, inner text) of every `<mark>` in a DOM dump; the inner text stops at the label tag.
fn marks(dom: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for part in dom.split("<mark ").skip(1) {
        let Some(open_end) = part.find('>') else {
            continue;
        };
        let attrs = &part[..open_end];
        let label = attrs
            .split("data-label=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("")
            .to_string();
        let inner = &part[open_end + 1..];
        let stop = inner.find('<').unwrap_or(inner.len());
        out.push((label, inner[..stop].to_string()));
    }
    out
}

fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIG || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(bytes[16..20].try_into().ok()?);
    let h = u32::from_be_bytes(bytes[20..24].try_into().ok()?);
    Some((w, h))
}

#[test]
fn marks_parser_finds_labels_and_text() {
    let dom = r#"<p><mark class="ent l-person" data-label="PERSON" id="m1" title="x">Elon Musk<a class="tag" href="e.html">PERSON</a></mark> and <mark class="ent" data-label="ORG" id="m2">Bank of <mark data-label="LOCATION">India<span class="tag">LOCATION</span></mark></mark></p>"#;
    let m = marks(dom);
    assert_eq!(
        m,
        vec![
            ("PERSON".into(), "Elon Musk".into()),
            ("ORG".into(), "Bank of ".into()),
            ("LOCATION".into(), "India".into()),
        ]
    );
    assert!(marks("<p>no marks</p>").is_empty());
    assert_eq!(png_size(b"not a png at all, not at all"), None);
}

#[test]
fn seed_report_renders_in_headless_chromium() {
    let test = "seed_report_renders_in_headless_chromium";
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("../shared/seed");
    if !require(test, "../shared", root.join("../shared").is_dir()) {
        return;
    }
    if !require(test, CHROMIUM, Path::new(CHROMIUM).exists()) {
        return;
    }
    let work = root.join("target/report-test");
    let out = work.join("seed-out");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&work).expect("create target/report-test");

    let bin = env!("CARGO_BIN_EXE_newsfacts");
    run_with_timeout(
        Command::new(bin)
            .arg("extract")
            .arg(&seed)
            .arg("--out")
            .arg(&out)
            .args(["--report", "-q"]),
        Duration::from_secs(120),
    );
    let report = out.join("report");
    let index = std::fs::read_to_string(report.join("index.html")).expect("index.html written");
    let articles: Vec<PathBuf> = std::fs::read_dir(report.join("articles"))
        .expect("articles folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    assert_eq!(
        articles.len(),
        1,
        "one article page for the seed: {articles:?}"
    );
    let article = &articles[0];
    let page_name = article.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        page_name.starts_with("gadgets360-2021-02-16-musk-putin-clubhouse-"),
        "{page_name}"
    );

    let profile = tempfile::tempdir().expect("profile dir");
    let shot = work.join("seed.png");
    let _ = std::fs::remove_file(&shot);
    run_with_timeout(
        &mut chromium(
            profile.path(),
            &[
                &format!("--screenshot={}", shot.display()),
                "--window-size=1280,2000",
                &file_url(article),
            ],
        ),
        BROWSER_TIMEOUT,
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    let size = png_size(&png).expect("screenshot is a PNG");
    assert_eq!(size, (1280, 2000), "screenshot size");
    // A blank page compresses to a few kB; a rendered article with coloured marks does not.
    assert!(
        png.len() > 50_000,
        "screenshot looks empty: {} bytes",
        png.len()
    );
    // Written to the real stderr (not the print macros, which the test harness captures) so
    // the path shows in the output of a passing test, e.g. in CI logs.
    let _ = writeln!(std::io::stderr(), "report screenshot: {}", shot.display());

    let profile = tempfile::tempdir().expect("profile dir");
    let dom = run_with_timeout(
        &mut chromium(profile.path(), &["--dump-dom", &file_url(article)]),
        BROWSER_TIMEOUT,
    );
    let dom = String::from_utf8_lossy(&dom);
    std::fs::write(work.join("seed-dom.html"), dom.as_bytes()).expect("save DOM");
    // The page script ran: it marks the document.
    assert!(
        dom.contains("<html lang=\"en\" class=\"js\">"),
        "script did not run"
    );
    let found = marks(&dom);
    let expected = [
        ("Elon Musk", "PERSON"),
        ("Vladimir Putin", "PERSON"),
        ("Dmitry Peskov", "PERSON"),
        ("Kremlin", "ORG"),
        ("SpaceX", "ORG"),
        ("Tesla", "ORG"),
        ("Clubhouse", "APP"),
        ("Twitter", "APP"),
        ("NASA", "ORG"),
        ("Russia", "LOCATION"),
    ];
    for (text, label) in expected {
        assert!(
            found.iter().any(|(l, t)| l == label && t == text),
            "no {label} mark for {text:?} in the rendered DOM; marks: {found:?}"
        );
    }
    // Money: the normalised value on hover.
    assert!(
        dom.contains("title=\"80,000,000 USD (approx.: around)\""),
        "money title"
    );

    // The index lists the article and its filters work after the script ran.
    assert!(
        index.contains(&format!("articles/{page_name}")),
        "index links the article"
    );
    let profile = tempfile::tempdir().expect("profile dir");
    let index_dom = run_with_timeout(
        &mut chromium(
            profile.path(),
            &["--dump-dom", &file_url(&report.join("index.html"))],
        ),
        BROWSER_TIMEOUT,
    );
    let index_dom = String::from_utf8_lossy(&index_dom);
    assert!(
        index_dom.contains("1 of 1 articles shown"),
        "index filter script ran"
    );
    assert!(index_dom.contains("Elon Musk Invites Russia President Vladimir Putin"));
}
