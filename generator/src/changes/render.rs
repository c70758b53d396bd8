//! The change report as text for a terminal and as Markdown. The same
//! change to many types (a derive dropped from every response type, say)
//! is written once, naming the types, instead of once per type.

use super::{Bump, Change, ChangeReport, Impact, VersionAdvice};
use std::fmt::Write as _;

/// Fewer changes alike than this are written one by one.
const MIN_GROUP: usize = 3;

/// How many type names a group names in the terminal; Markdown names all.
const SHOWN_IN_TEXT: usize = 6;

/// What stands for the type's name in a grouped change.
const PLACEHOLDER: &str = "Type";

/// The report as plain text for a terminal.
pub fn render_text(crate_name: &str, report: &ChangeReport, version: Option<&VersionAdvice>) -> String {
    let mut out = String::new();
    if report.changes.is_empty() {
        let _ = writeln!(out, "No changes to the public API of {crate_name} ({}).", api_label(report, false));
    } else {
        let _ = writeln!(
            out,
            "API changes in {crate_name} ({}): {} breaking, {} compatible",
            api_label(report, false),
            report.breaking(),
            report.compatible()
        );
        for group in groups(&report.changes) {
            let _ = writeln!(out, "  {:<10}  {}: {}", group.impact.label(), group.subject(SHOWN_IN_TEXT), group.what);
            if !group.why.is_empty() {
                let _ = writeln!(out, "              {}", group.why);
            }
        }
    }
    for note in &report.notes {
        let _ = writeln!(out, "Note: {note}.");
    }
    if let Some(version) = version {
        let _ = writeln!(out, "{}", version_sentence(version, false));
    }
    out
}

/// The report as Markdown, for a pull request comment or a changelog entry.
pub fn render_markdown(crate_name: &str, report: &ChangeReport, version: Option<&VersionAdvice>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### API changes in `{crate_name}`\n");
    if report.changes.is_empty() {
        let _ = writeln!(out, "No changes to the public API ({}).", api_label(report, true));
    } else {
        let breaking = report.breaking();
        let breaking = if breaking > 0 { format!("**{breaking} breaking**") } else { "0 breaking".to_owned() };
        let _ = writeln!(out, "{}: {breaking}, {} compatible.", api_label(report, true), report.compatible());
    }
    if let Some(version) = version {
        let _ = writeln!(out, "\n{}", version_sentence(version, true));
    }
    for (title, breaking) in [("Breaking", true), ("Compatible", false)] {
        let groups: Vec<Group> =
            groups(&report.changes).into_iter().filter(|g| (g.impact == Impact::Breaking) == breaking).collect();
        if groups.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n#### {title}\n");
        for group in groups {
            let why = if group.why.is_empty() { String::new() } else { format!(" — {}", group.why) };
            let _ = writeln!(out, "- {}: {}{why}", group.subject(usize::MAX), group.what);
        }
    }
    for note in &report.notes {
        let _ = writeln!(out, "\n> **Note:** {note}.");
    }
    out
}

/// The document's title and version(s): `ReAdmin API 1.0.0 -> 1.1.0`.
fn api_label(report: &ChangeReport, markdown: bool) -> String {
    let (tick, arrow) = if markdown { ("`", "→") } else { ("", "->") };
    if report.from.version == report.to.version {
        return format!("{} {tick}{}{tick}", report.to.title, report.to.version);
    }
    format!("{} {tick}{}{tick} {arrow} {tick}{}{tick}", report.to.title, report.from.version, report.to.version)
}

fn version_sentence(version: &VersionAdvice, markdown: bool) -> String {
    let (b, tick) = if markdown { ("**", "`") } else { ("", "") };
    if version.bump == Bump::None {
        return format!("{b}Version:{b} {tick}{}{tick} stays ({}).", version.current, version.reason);
    }
    let state = if version.applied { "applied" } else { "suggested, not applied" };
    let arrow = if markdown { "→" } else { "->" };
    format!(
        "{b}Version:{b} {tick}{}{tick} {arrow} {tick}{}{tick} ({state}): {}.",
        version.current, version.next, version.reason
    )
}

/// Impact, what and why of a change with its type's name generalised.
type Likeness = (Impact, String, String);

/// Changes alike but for the type they happened to, or one change.
struct Group<'a> {
    impact: Impact,
    /// The subjects, in report order.
    subjects: Vec<&'a str>,
    /// With more than one subject: the type's name replaced by [`PLACEHOLDER`].
    what: String,
    why: String,
}

impl Group<'_> {
    /// The subject, or the types named up to `shown` of them.
    fn subject(&self, shown: usize) -> String {
        if let [subject] = self.subjects.as_slice() {
            return (*subject).to_owned();
        }
        let mut names = self.subjects.iter().take(shown).copied().collect::<Vec<_>>().join(", ");
        if self.subjects.len() > shown {
            let _ = write!(names, " and {} more", self.subjects.len() - shown);
        }
        format!("{} types ({names}; `{PLACEHOLDER}` below)", self.subjects.len())
    }
}

/// The changes in report order, those alike for [`MIN_GROUP`] or more
/// types written once, where the first of them was.
fn groups(changes: &[Change]) -> Vec<Group<'_>> {
    let mut alike: Vec<(Likeness, Vec<&Change>)> = Vec::new();
    let mut order: Vec<Result<usize, &Change>> = Vec::new();
    for change in changes {
        let Some(name) = type_subject(&change.subject) else {
            order.push(Err(change));
            continue;
        };
        let key = (change.impact, generalise(&change.what, name), generalise(&change.why, name));
        match alike.iter_mut().position(|(k, _)| *k == key) {
            Some(index) => alike[index].1.push(change),
            None => {
                order.push(Ok(alike.len()));
                alike.push((key, vec![change]));
            }
        }
    }
    let mut groups = Vec::new();
    for entry in order {
        match entry {
            Err(change) => groups.push(single(change)),
            Ok(index) => {
                let ((impact, what, why), members) = &alike[index];
                if members.len() < MIN_GROUP {
                    groups.extend(members.iter().copied().map(single));
                } else {
                    let subjects = members.iter().map(|change| change.subject.as_str()).collect();
                    groups.push(Group { impact: *impact, subjects, what: what.clone(), why: why.clone() });
                }
            }
        }
    }
    groups
}

fn single(change: &Change) -> Group<'_> {
    Group {
        impact: change.impact,
        subjects: vec![change.subject.as_str()],
        what: change.what.clone(),
        why: change.why.clone(),
    }
}

/// `Name` of a subject that is a type, `` `Name` ``.
fn type_subject(subject: &str) -> Option<&str> {
    let name = subject.strip_prefix('`')?.strip_suffix('`')?;
    name.chars().all(|c| c.is_alphanumeric() || c == '_').then_some(name)
}

/// `text` with every whole-word `name` replaced by [`PLACEHOLDER`].
fn generalise(text: &str, name: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(word) || after.is_some_and(word) {
            out.push_str(name);
        } else {
            out.push_str(PLACEHOLDER);
        }
        rest = &rest[at + name.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_whole_name_is_generalised() {
        assert_eq!(generalise("`NewOrder` holds an `Order::id`", "Order"), "`NewOrder` holds an `Type::id`");
        assert_eq!(generalise("Order_2 and Order", "Order"), "Order_2 and Type");
        assert_eq!(type_subject("`Client::list`"), None);
        assert_eq!(type_subject("`Order`"), Some("Order"));
    }
}
