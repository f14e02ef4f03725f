//! `declutter`: the core on the command line.
//!
//! `declutter clean [--url URL] [--charset NAME] [--format json|html|text|markdown]
//!                  [--out FILE] [--timing] [FILE|-]`
//!
//! Reads a page (a file, or stdin for `-` or no file), writes the Article in
//! the chosen format. Bad input gives a one-line error and exit code 2.

use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use declutter::{Options, clean_html, render};

const USAGE: &str = "usage: declutter clean [--url URL] [--charset NAME] [--format json|html|text|markdown] [--out FILE] [--timing] [FILE|-]";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Html,
    Text,
    Markdown,
}

struct Args {
    options: Options,
    format: Format,
    out: Option<String>,
    input: Option<String>,
    timing: bool,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("clean") => {}
        Some("clutter") => {
            let path = args.next().ok_or(USAGE)?;
            return Err(list_clutter(&path));
        }
        Some("--version" | "-V") => return Err(format!("declutter {}", env!("CARGO_PKG_VERSION"))),
        _ => return Err(USAGE.to_string()),
    }
    let mut parsed = Args {
        options: Options::default(),
        format: Format::Json,
        out: None,
        input: None,
        timing: false,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--url" => parsed.options.url = Some(value("--url")?),
            "--charset" => parsed.options.charset = Some(value("--charset")?),
            "--out" | "-o" => parsed.out = Some(value("--out")?),
            "--timing" => parsed.timing = true,
            "--format" | "-f" => {
                parsed.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "html" => Format::Html,
                    "text" | "txt" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    other => {
                        return Err(format!(
                            "unknown format '{other}' (json, html, text, markdown)"
                        ));
                    }
                }
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'\n{USAGE}")),
            _ if parsed.input.is_some() => {
                return Err(format!("more than one input file\n{USAGE}"));
            }
            _ => parsed.input = Some(arg),
        }
    }
    Ok(parsed)
}

/// `declutter clutter FILE`: what the clutter rules find, one line each
/// (a tool for tuning the rules).
fn list_clutter(path: &str) -> String {
    let bytes = match read_input(Some(path)) {
        Ok(b) => b,
        Err(e) => return e,
    };
    let arena = match declutter::dom::parse::parse_bytes(&bytes, None) {
        Ok(a) => a,
        Err(e) => return e.to_string(),
    };
    let mut out = String::new();
    for (node, kind) in declutter::clutter::detect(&arena) {
        let class = arena.attr(node, "class").unwrap_or("");
        let text = declutter::dom::excerpt(&arena, node, 10);
        let chars = arena.text_content(node).len();
        out += &format!(
            "{kind:?}\t<{} class=\"{}\">\t{chars}\t{text}\n",
            arena.tag(node),
            class.chars().take(60).collect::<String>()
        );
    }
    out
}

fn read_input(input: Option<&str>) -> Result<Vec<u8>, String> {
    match input {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            Ok(buf)
        }
        Some(path) => {
            if std::path::Path::new(path).is_dir() {
                return Err(format!("{path}: is a directory"));
            }
            std::fs::read(path).map_err(|e| format!("{path}: {e}"))
        }
    }
}

fn run(args: Args) -> Result<(), String> {
    let bytes = read_input(args.input.as_deref())?;
    let started = Instant::now();
    let article = clean_html(&bytes, &args.options).map_err(|e| {
        let name = args.input.as_deref().unwrap_or("stdin");
        format!("{name}: {e}")
    })?;
    let output = match args.format {
        Format::Json => serde_json::to_string_pretty(&article).map_err(|e| e.to_string())? + "\n",
        Format::Html => render::standalone(&article),
        Format::Text => article.text.clone() + "\n",
        Format::Markdown => render::markdown_document(&article, &today()),
    };
    if args.timing {
        eprintln!("EXTRACT_MS={:.3}", started.elapsed().as_secs_f64() * 1000.0);
    }
    match args.out {
        Some(path) => std::fs::write(&path, output).map_err(|e| format!("{path}: {e}")),
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = stdout.write_all(output.as_bytes());
            Ok(())
        }
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, for the `saved` field.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("declutter: {msg}");
            ExitCode::from(2)
        }
    }
}
