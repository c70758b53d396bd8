//! The chart of `BENCHMARKS.md`: generation time against document size for
//! every corpus document, as a hand-written SVG scatter plot on log-log axes
//! (sizes span four orders of magnitude).

use std::fmt::Write as _;

/// One document on the chart.
#[derive(Debug, Clone)]
pub(crate) struct Point {
    pub(crate) label: String,
    pub(crate) bytes: u64,
    pub(crate) milliseconds: f64,
}

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 460.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 30.0;
const TOP: f64 = 50.0;
const BOTTOM: f64 = 60.0;
/// How many of the largest documents are numbered and named in the legend.
const LABELLED: usize = 6;

/// The SVG document. Points without a positive size and time are left out.
pub(crate) fn render(points: &[Point], title: &str) -> String {
    let points: Vec<&Point> =
        points.iter().filter(|p| p.bytes > 0 && p.milliseconds.is_finite() && p.milliseconds > 0.0).collect();
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="24" text-anchor="middle" font-size="15">{}</text>"#,
        WIDTH / 2.0,
        escape(title)
    );
    let x_axis = Axis::spanning(points.iter().map(|p| p.bytes as f64));
    let y_axis = Axis::spanning(points.iter().map(|p| p.milliseconds));
    let (plot_width, plot_height) = (WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    let x = |bytes: f64| LEFT + x_axis.fraction(bytes) * plot_width;
    let y = |ms: f64| TOP + (1.0 - y_axis.fraction(ms)) * plot_height;

    for exponent in x_axis.low..=x_axis.high {
        let at = x(10f64.powi(exponent));
        let _ = writeln!(
            svg,
            r##"<line x1="{at:.1}" y1="{TOP}" x2="{at:.1}" y2="{:.1}" stroke="#ddd"/>"##,
            TOP + plot_height
        );
        let _ = writeln!(
            svg,
            r#"<text x="{at:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            TOP + plot_height + 18.0,
            size_label(exponent)
        );
    }
    for exponent in y_axis.low..=y_axis.high {
        let at = y(10f64.powi(exponent));
        let _ = writeln!(
            svg,
            r##"<line x1="{LEFT}" y1="{at:.1}" x2="{:.1}" y2="{at:.1}" stroke="#ddd"/>"##,
            LEFT + plot_width
        );
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            LEFT - 8.0,
            at + 4.0,
            time_label(exponent)
        );
    }
    let _ = writeln!(
        svg,
        r##"<rect x="{LEFT}" y="{TOP}" width="{plot_width}" height="{plot_height}" fill="none" stroke="#444"/>"##
    );
    let _ = writeln!(
        svg,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">document size (log scale; 1 kB = 1000 bytes)</text>"#,
        LEFT + plot_width / 2.0,
        HEIGHT - 16.0
    );
    let _ = writeln!(
        svg,
        r#"<text transform="translate(18 {:.1}) rotate(-90)" text-anchor="middle">generation time (log scale)</text>"#,
        TOP + plot_height / 2.0
    );

    if points.is_empty() {
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">no measurements</text>"#,
            LEFT + plot_width / 2.0,
            TOP + plot_height / 2.0
        );
    }
    let mut by_size = points.clone();
    by_size.sort_by_key(|point| std::cmp::Reverse(point.bytes));
    for (rank, point) in by_size.iter().enumerate() {
        let (cx, cy) = (x(point.bytes as f64), y(point.milliseconds));
        let _ = writeln!(
            svg,
            r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="4" fill="#2b6cb0"><title>{}: {} bytes, {:.1} ms</title></circle>"##,
            escape(&point.label),
            point.bytes,
            point.milliseconds
        );
        // The largest documents get a number by their point and a line in
        // the legend: their points are close together, names would overlap.
        if rank < LABELLED {
            let number = rank + 1;
            let _ = writeln!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11">{number}</text>"#,
                cx - 6.0,
                cy - 5.0
            );
            let _ = writeln!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" font-size="11">{number}  {}</text>"#,
                LEFT + 12.0,
                TOP + 18.0 + rank as f64 * 15.0,
                escape(&point.label)
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// A log-scale axis from `10^low` to `10^high`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    low: i32,
    high: i32,
}

impl Axis {
    /// The powers of ten around all values (one decade when there are none).
    fn spanning(values: impl Iterator<Item = f64>) -> Axis {
        let (min, max) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(min, max), v| (min.min(v), max.max(v)));
        if !min.is_finite() {
            return Axis { low: 0, high: 1 };
        }
        let low = min.log10().floor() as i32;
        let high = (max.log10().ceil() as i32).max(low + 1);
        Axis { low, high }
    }

    /// Where `value` is along the axis, 0 at the low end and 1 at the high.
    fn fraction(&self, value: f64) -> f64 {
        (value.log10() - f64::from(self.low)) / f64::from(self.high - self.low)
    }
}

fn size_label(exponent: i32) -> String {
    match exponent {
        e if e < 3 => format!("{} B", 10u64.pow(e.max(0) as u32)),
        e if e < 6 => format!("{} kB", 10u64.pow((e - 3) as u32)),
        e => format!("{} MB", 10u64.pow((e - 6).min(12) as u32)),
    }
}

fn time_label(exponent: i32) -> String {
    match exponent {
        e if e < 0 => format!("{} ms", 10f64.powi(e)),
        e if e < 3 => format!("{} ms", 10u64.pow(e as u32)),
        e => format!("{} s", 10u64.pow((e - 3).min(12) as u32)),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(label: &str, bytes: u64, milliseconds: f64) -> Point {
        Point { label: label.to_owned(), bytes, milliseconds }
    }

    #[test]
    fn chart_has_a_point_per_document_and_decade_ticks() {
        let svg = render(&[point("small.yaml", 2_000, 0.8), point("big<&>.json", 3_000_000, 900.0)], "Generation time");
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>\n"));
        assert_eq!(svg.matches("<circle ").count(), 2);
        assert!(svg.contains(">1  big&lt;&amp;&gt;.json</text>"), "the largest is first in the legend, escaped");
        assert!(svg.contains(">2  small.yaml</text>"));
        for tick in ["1 kB", "10 kB", "1 MB", "10 MB", "0.1 ms", "1 ms", "1 s"] {
            assert!(svg.contains(&format!(">{tick}</text>")), "missing tick {tick}");
        }
    }

    #[test]
    fn points_without_a_time_are_left_out() {
        let svg = render(&[point("failed.yaml", 2_000, f64::NAN), point("empty.yaml", 0, 1.0)], "t");
        assert_eq!(svg.matches("<circle ").count(), 0);
        assert!(svg.contains("no measurements"));
    }

    #[test]
    fn axes_span_whole_decades() {
        assert_eq!(Axis::spanning([930.0, 4_164_836.0].into_iter()), Axis { low: 2, high: 7 });
        assert_eq!(Axis::spanning([5.0].into_iter()), Axis { low: 0, high: 1 });
        assert_eq!(Axis::spanning(std::iter::empty()), Axis { low: 0, high: 1 });
    }
}
