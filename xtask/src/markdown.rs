//! Text as the Markdown reports (BENCHMARKS.md, the round-trip report)
//! print it: table cells and numbers with thousands separators.

/// Text safe inside a table cell: one line, no column separators.
pub(crate) fn cell(text: &str) -> String {
    text.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join(" ").replace('|', "\\|")
}

/// `1234567` as `1,234,567`.
pub(crate) fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
