//! Prints the key points of a plain-text article, one sentence per line.
//!
//! Usage: `keypoints FILE [N] [TITLE]` (N = number of sentences; default: 3 to 5 by length).

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: keypoints FILE [N] [TITLE]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let title = args.get(3).map(String::as_str);
    let points = match args.get(2).and_then(|n| n.parse().ok()) {
        Some(n) => declutter::summary::key_points_n(&text, title, n),
        None => declutter::summary::key_points(&text, title),
    };
    for p in points {
        println!("{}", p.split_whitespace().collect::<Vec<_>>().join(" "));
    }
}
