//! Sections of an existing `BENCHMARKS.md`, found by their heading, so that
//! a run measuring one thing (`--client`, `--nesting`) rewrites only its
//! section and keeps the rest of the page.

/// Where a section's numbers come from, said in the section itself when it
/// can be written alone (the page's machine table dates the whole page).
#[derive(Debug, Clone)]
pub(crate) struct Provenance {
    pub(crate) date: String,
    pub(crate) commit: String,
    pub(crate) command: String,
}

impl Provenance {
    /// `Measured 2026-12-02 10:00 UTC at commit 1a2b3c by `cargo xtask bench`.`
    pub(crate) fn sentence(&self) -> String {
        format!(
            "Measured {} at commit {} by `{}`.",
            crate::markdown::cell(&self.date),
            crate::markdown::cell(&self.commit),
            self.command
        )
    }
}

/// Where the section under `heading` is in `page`: from its heading to the
/// next section.
fn range(page: &str, heading: &str) -> Option<std::ops::Range<usize>> {
    let start = page.find(&format!("{heading}\n"))?;
    let body = start + heading.len();
    let end = page[body..].find("\n## ").map_or(page.len(), |offset| body + offset + 1);
    Some(start..end)
}

/// The section under `heading`, up to the next section.
pub(crate) fn find<'p>(page: &'p str, heading: &str) -> Option<&'p str> {
    range(page, heading).map(|range| &page[range])
}

/// `page` with its section under `heading` replaced by `section` (or,
/// without one, `section` at the end).
pub(crate) fn replace(page: &str, heading: &str, section: &str) -> String {
    match range(page, heading) {
        Some(range) => format!("{}{section}{}", &page[..range.start], &page[range.end..]),
        None => format!("{}\n\n{section}", page.trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_is_replaced_in_place_or_added_at_the_end() {
        let page =
            "# Benchmarks\n\n## Compiling\n\nx\n\n## Client overhead\n\nold\n\n| a |\n\n## Generation time\n\ny\n";
        assert_eq!(find(page, "## Client overhead"), Some("## Client overhead\n\nold\n\n| a |\n\n"));
        assert_eq!(find(page, "## Generation time"), Some("## Generation time\n\ny\n"));
        assert_eq!(find(page, "## Missing"), None);
        let replaced = replace(page, "## Client overhead", "## Client overhead\n\nnew\n\n");
        assert_eq!(
            replaced,
            "# Benchmarks\n\n## Compiling\n\nx\n\n## Client overhead\n\nnew\n\n## Generation time\n\ny\n"
        );
        assert_eq!(
            replace("# B\n", "## Client overhead", "## Client overhead\n\nnew\n"),
            "# B\n\n## Client overhead\n\nnew\n"
        );
    }
}
