//! Prints the quotes Declutter finds in a plain-text article, one per line:
//! paragraph, fragment flag, cue, speaker and the quoted words.
//!
//! Usage: `quotes [--json] FILE` (a `.json` file is read for its `text` field;
//! `--json` prints the quotes as one JSON array instead).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let Some(path) = args.into_iter().find(|a| a != "--json") else {
        eprintln!("usage: quotes [--json] FILE");
        std::process::exit(2);
    };
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let text = if path.ends_with(".json") {
        serde_json::from_str::<serde_json::Value>(&raw)
            .ok()
            .and_then(|v| v["text"].as_str().map(String::from))
            .unwrap_or_default()
    } else {
        raw
    };
    let quotes = declutter::quotes::find_quotes(&text);
    if json {
        println!("{}", serde_json::to_string(&quotes).unwrap_or_default());
        return;
    }
    for q in quotes {
        let words: String = q.text.chars().take(70).collect();
        println!(
            "p{:<3} {} {:<14} {:<28} | {}",
            q.paragraph,
            if q.fragment { "F" } else { " " },
            q.cue.as_deref().unwrap_or("-"),
            q.speaker.as_deref().unwrap_or("-"),
            words
        );
    }
}
