//! Prints the quotes Declutter finds in a plain-text article, one per line:
//! paragraph, fragment flag, cue, speaker and the quoted words.
//!
//! Usage: `quotes FILE` (a `.json` file is read for its `text` field).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: quotes FILE");
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
    for q in declutter::quotes::find_quotes(&text) {
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
