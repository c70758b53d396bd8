//! The round trip's report: a table per document and setting, the
//! differences by design with their reasons, the schemas no valid instance
//! was drawn for, and the failures grouped by class, each with what it
//! takes to reproduce it. Every failure is also written to
//! `target/roundtrip/failures.txt`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::compare::ByDesign;
use super::{Class, Failure, Options, Report};

/// Examples shown on the terminal per class of failure (the file has all).
const SHOWN_PER_CLASS: usize = 6;

/// Prints the report, and writes every failure to the failures file.
pub(crate) fn print(report: &Report, options: &Options) {
    let rerun = format!("cargo xtask roundtrip --seed {}", options.seed);
    println!("\nroundtrip: seed {}, {} instances drawn per schema (rerun: `{rerun}`)", options.seed, options.instances);
    println!("\n| document | settings | schemas | instances | invalid draws | lossless | by design | failed |");
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (variant, tally) in report.variants.iter().zip(&report.tallies) {
        let drawing = &report.drawings[variant.document];
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            report.sources[variant.document],
            variant.setting(),
            drawing.schemas,
            thousands(drawing.instances.len()),
            thousands(drawing.discarded),
            thousands(tally.lossless - tally.designed),
            thousands(tally.designed),
            thousands(tally.failed),
        );
    }
    let by_design = by_design(report);
    if !by_design.is_empty() {
        println!("\nby design (counted apart, not failures):");
        for (reason, count) in &by_design {
            println!("  {:>7}  {}", thousands(*count), reason.label());
        }
    }
    for (index, drawing) in report.drawings.iter().enumerate() {
        for (pointer, reason) in &drawing.empty {
            println!("\nno valid instance drawn: {} {pointer} ({reason})", report.sources[index]);
        }
    }
    let classes = classes(&report.failures);
    if !classes.is_empty() {
        println!("\nfailures by class:");
    }
    for (class, failures) in &classes {
        let schemas: std::collections::BTreeSet<(usize, &str)> =
            failures.iter().map(|f| (f.variant, f.pointer.as_str())).collect();
        println!("\n[{}] {} round trips, {} schemas", class_name(class), thousands(failures.len()), schemas.len());
        let mut shown = std::collections::BTreeSet::new();
        for failure in failures.iter().filter(|f| shown.insert((f.variant, f.pointer.as_str()))).take(SHOWN_PER_CLASS) {
            print!("{}", describe(report, failure));
        }
        if schemas.len() > SHOWN_PER_CLASS {
            println!("  ... and {} more schemas", schemas.len() - SHOWN_PER_CLASS);
        }
    }
    if !report.failures.is_empty() {
        let path = crate::project_root().join("target/roundtrip/failures.txt");
        let mut all = String::new();
        for failure in &report.failures {
            let _ = writeln!(all, "[{}]\n{}", class_name(&failure.class), describe(report, failure));
        }
        let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, all));
        match written {
            Ok(()) => println!("\nevery failure: {}", path.display()),
            Err(e) => println!("\ncannot write {}: {e}", path.display()),
        }
    }
    let timings: Vec<String> =
        report.timings.iter().map(|(step, time)| format!("{step} {:.1}s", time.as_secs_f64())).collect();
    println!("\nroundtrip: took {}", timings.join(", "));
    println!("{}", summary(report, &by_design, classes.len()));
}

/// The closing line: `roundtrip: 2,990/2,993 instances lossless (...)`.
pub(crate) fn summary(report: &Report, by_design: &BTreeMap<ByDesign, usize>, classes: usize) -> String {
    let total: usize = report.tallies.iter().map(|t| t.round_trips).sum();
    let lossless: usize = report.tallies.iter().map(|t| t.lossless).sum();
    let reasons: Vec<String> =
        by_design.iter().map(|(reason, count)| format!("{} {}", thousands(*count), reason.label())).collect();
    let designed = if reasons.is_empty() {
        String::new()
    } else {
        let instances: usize = report.tallies.iter().map(|t| t.designed).sum();
        format!(" ({} by design: {})", thousands(instances), reasons.join("; "))
    };
    let failed = if report.failures.is_empty() {
        String::new()
    } else {
        format!("; {} failed in {classes} classes", thousands(report.failures.len()))
    };
    format!("roundtrip: {}/{} instances lossless{designed}{failed}", thousands(lossless), thousands(total))
}

fn by_design(report: &Report) -> BTreeMap<ByDesign, usize> {
    let mut totals = BTreeMap::new();
    for tally in &report.tallies {
        for (reason, count) in &tally.by_design {
            *totals.entry(*reason).or_default() += count;
        }
    }
    totals
}

fn classes(failures: &[Failure]) -> BTreeMap<&Class, Vec<&Failure>> {
    let mut classes: BTreeMap<&Class, Vec<&Failure>> = BTreeMap::new();
    for failure in failures {
        classes.entry(&failure.class).or_default().push(failure);
    }
    classes
}

fn class_name(class: &Class) -> String {
    match class {
        Class::Rejected(shape) => format!("rejected: {shape}"),
        Class::Unencodable(shape) => format!("cannot be encoded again: {shape}"),
        Class::Panicked => "panicked".to_owned(),
        Class::Crashed => "crashed the harness".to_owned(),
        Class::Lost(loss) => loss.to_string(),
    }
}

/// One failure, as the lines of the report.
fn describe(report: &Report, failure: &Failure) -> String {
    let variant = &report.variants[failure.variant];
    let ty =
        variant.schema_types.iter().find(|(pointer, _)| *pointer == failure.pointer).map_or("?", |(_, ty)| ty.as_str());
    let mut out = String::new();
    let _ =
        writeln!(out, "  {} ({}) {} as `{ty}`", report.sources[variant.document], variant.setting(), failure.pointer);
    let _ = writeln!(out, "    sent:     {}", failure.instance);
    let returned = if matches!(failure.class, Class::Lost(_)) { "back:    " } else { "error:   " };
    let _ = writeln!(out, "    {returned} {}", failure.returned);
    if !failure.difference.is_empty() {
        let _ = writeln!(out, "    first difference {}", failure.difference);
    }
    out
}

/// A decode error without what is specific to one instance (its position,
/// the names and values in backticks), so that errors of one kind group.
pub(crate) fn message_shape(message: &str) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    let mut shape = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '`' if quoted => {
                quoted = false;
                shape.push_str("…`");
            }
            '`' => {
                quoted = true;
                shape.push('`');
            }
            _ if quoted => {}
            _ => shape.push(c),
        }
    }
    // "expected one of ..." lists differ per type; "untagged enum X", "struct X" name it.
    let shape = shape.split(", expected one of").next().unwrap_or(&shape).to_owned();
    let mut words: Vec<&str> = shape.split(' ').collect();
    for index in 1..words.len() {
        if matches!(words[index - 1], "enum" | "struct") {
            words[index] = "…";
        }
    }
    words.join(" ").chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect()
}

/// `12345` as `12,345`.
pub(crate) fn thousands(n: usize) -> String {
    crate::markdown::thousands(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_errors_of_one_kind_have_one_shape() {
        assert_eq!(message_shape("missing field `name` at line 1 column 12"), "missing field `…`");
        assert_eq!(
            message_shape("data did not match any variant of untagged enum PetKind at line 1 column 40"),
            "data did not match any variant of untagged enum …"
        );
        assert_eq!(
            message_shape("unknown variant `x`, expected one of `a`, `b` at line 1 column 3"),
            "unknown variant `…`"
        );
        assert_eq!(
            message_shape("invalid value: integer `300`, expected u8"),
            "invalid value: integer `…`, expected u#"
        );
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(2993), "2,993");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
