//! Drawing scalar values: numbers that need every digit and the extremes of
//! their range, strings of every format the generator types, and text that
//! needs escaping.

use rand::rngs::StdRng;
use rand::RngExt;
use serde_json::{Map, Value};

/// The numeric bounds a schema sets.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Bounds {
    minimum: Option<f64>,
    maximum: Option<f64>,
    exclusive_minimum: Option<f64>,
    exclusive_maximum: Option<f64>,
    /// Integer bounds, exact (a 64-bit bound does not fit an `f64`).
    integer_minimum: Option<i128>,
    integer_maximum: Option<i128>,
    multiple_of: Option<f64>,
}

impl Bounds {
    /// Adds the bounds of one schema; whether it had any.
    pub(crate) fn gather(&mut self, map: &Map<String, Value>) -> bool {
        let mut any = false;
        let number = |key: &str| map.get(key).and_then(Value::as_f64);
        let exact = |key: &str| {
            map.get(key).and_then(|value| {
                value
                    .as_i64()
                    .map(i128::from)
                    .or_else(|| value.as_u64().map(i128::from))
                    .or_else(|| value.as_f64().map(|f| f as i128))
            })
        };
        if let Some(low) = number("minimum") {
            self.minimum = Some(self.minimum.map_or(low, |current| current.max(low)));
            let low =
                exact("minimum").map(|low| if (low as f64) < number("minimum").unwrap_or(0.0) { low + 1 } else { low });
            self.integer_minimum = max(self.integer_minimum, low);
            any = true;
        }
        if let Some(high) = number("maximum") {
            self.maximum = Some(self.maximum.map_or(high, |current| current.min(high)));
            let high =
                exact("maximum")
                    .map(|high| if (high as f64) > number("maximum").unwrap_or(0.0) { high - 1 } else { high });
            self.integer_maximum = min(self.integer_maximum, high);
            any = true;
        }
        if let Some(low) = number("exclusiveMinimum") {
            self.exclusive_minimum = Some(self.exclusive_minimum.map_or(low, |current| current.max(low)));
            self.integer_minimum = max(self.integer_minimum, exact("exclusiveMinimum").map(|low| low + 1));
            any = true;
        }
        if let Some(high) = number("exclusiveMaximum") {
            self.exclusive_maximum = Some(self.exclusive_maximum.map_or(high, |current| current.min(high)));
            self.integer_maximum = min(self.integer_maximum, exact("exclusiveMaximum").map(|high| high - 1));
            any = true;
        }
        if let Some(step) = number("multipleOf").filter(|step| *step > 0.0) {
            self.multiple_of = Some(step);
            any = true;
        }
        any
    }
}

impl Bounds {
    /// These bounds, narrowed to the integers a double holds exactly.
    pub(crate) fn within_doubles(&self) -> Bounds {
        const EXACT: i128 = (1 << 53) - 1;
        Bounds {
            integer_minimum: max(self.integer_minimum, Some(-EXACT)),
            integer_maximum: min(self.integer_maximum, Some(EXACT)),
            ..*self
        }
    }
}

fn max(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min(a: Option<i128>, b: Option<i128>) -> Option<i128> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// An integer within the bounds (64-bit unless they say otherwise): often
/// an end of the range, zero or a small number, else anywhere in it.
pub(crate) fn integer(rng: &mut StdRng, bounds: &Bounds) -> Result<Value, String> {
    let low = bounds.integer_minimum.unwrap_or(i128::from(i64::MIN)).max(-(1 << 64) + 1);
    let default_high = if low >= 0 && bounds.integer_maximum.is_some_and(|high| high > i128::from(i64::MAX)) {
        u64::MAX.into()
    } else {
        i64::MAX.into()
    };
    let high = bounds.integer_maximum.unwrap_or(default_high).min(u64::MAX.into());
    if high < low {
        return Err("no integer is within the bounds".to_owned());
    }
    if let Some(step) = bounds.multiple_of {
        if step.fract() == 0.0 && step >= 1.0 {
            let step = step as i128;
            let (first, last) = (div_ceil(low, step), high.div_euclid(step));
            if first > last {
                return Err("no multiple of `multipleOf` is within the bounds".to_owned());
            }
            let k = pick_integer(rng, first, last);
            return Ok(integer_value(k * step));
        }
    }
    Ok(integer_value(pick_integer(rng, low, high)))
}

fn div_ceil(value: i128, step: i128) -> i128 {
    -((-value).div_euclid(step))
}

fn pick_integer(rng: &mut StdRng, low: i128, high: i128) -> i128 {
    let small = |rng: &mut StdRng| rng.random_range(-100..=100i128).clamp(low, high);
    match rng.random_range(0..10) {
        0 => low,
        1 => high,
        2 => 0.clamp(low, high),
        3 | 4 => small(rng),
        _ => rng.random_range(low..=high),
    }
}

fn integer_value(value: i128) -> Value {
    match (i64::try_from(value), u64::try_from(value)) {
        (Ok(small), _) => Value::from(small),
        (_, Ok(large)) => Value::from(large),
        _ => Value::Null,
    }
}

/// A number within the bounds: values that need all 17 significant digits,
/// the largest and the tiniest (subnormal) doubles, integers, simple decimals.
pub(crate) fn number(rng: &mut StdRng, bounds: &Bounds) -> Result<Value, String> {
    if let Some(step) = bounds.multiple_of {
        let low = bounds.minimum.or(bounds.exclusive_minimum).unwrap_or(-1e6);
        let high = bounds.maximum.or(bounds.exclusive_maximum).unwrap_or(1e6);
        let (first, last) = ((low / step).ceil(), (high / step).floor());
        // `first <= last` is false for NaN too (no bounds leave no multiple).
        if first.partial_cmp(&last).is_none_or(|order| order.is_gt()) || (last - first) > 1e15 {
            return Err("no multiple of `multipleOf` is within the bounds".to_owned());
        }
        let k = rng.random_range(first..=last).round();
        return finite(k * step);
    }
    let low = bounds.minimum.or(bounds.exclusive_minimum);
    let high = bounds.maximum.or(bounds.exclusive_maximum);
    let value = match (low, high) {
        (None, None) => unbounded(rng),
        (Some(low), Some(high)) if low <= high => match rng.random_range(0..6) {
            0 => low,
            1 => high,
            _ => low + (high - low) * rng.random::<f64>(),
        },
        (Some(_), Some(_)) => return Err("no number is within the bounds".to_owned()),
        (Some(low), None) => match rng.random_range(0..4) {
            0 => low,
            _ => low + unbounded(rng).abs(),
        },
        (None, Some(high)) => match rng.random_range(0..4) {
            0 => high,
            _ => high - unbounded(rng).abs(),
        },
    };
    let value = if bounds.exclusive_minimum.is_some_and(|low| value <= low)
        || bounds.exclusive_maximum.is_some_and(|high| value >= high)
    {
        // Halfway into the range, away from the excluded end.
        let low = low.unwrap_or(value - 1.0);
        let high = high.unwrap_or(value + 1.0);
        low + (high - low) / 2.0
    } else {
        value
    };
    finite(value)
}

fn finite(value: f64) -> Result<Value, String> {
    if value.is_finite() {
        // An integral value within 2^53 is written as an integer half the
        // time (`5`, not `5.0`), as many servers write whole numbers.
        if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 && value.to_bits() % 2 == 0 {
            return Ok(Value::from(value as i64));
        }
        Ok(serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number))
    } else {
        Err("the bounds leave no finite number".to_owned())
    }
}

/// Any finite double, weighted towards the ones that are hard to read back.
fn unbounded(rng: &mut StdRng) -> f64 {
    match rng.random_range(0..12) {
        // Every bit pattern: all exponents, 17 significant digits.
        0..=3 => loop {
            let value = f64::from_bits(rng.random::<u64>());
            if value.is_finite() {
                break value;
            }
        },
        // Ordinary magnitudes with every digit used.
        4..=6 => (rng.random::<f64>() - 0.5) * 10f64.powi(rng.random_range(-6..12)),
        7 => *[
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::EPSILON,
            5e-324,
            -5e-324,
            2.225_073_858_507_201e-308,
        ]
        .get(rng.random_range(0..8))
        .unwrap_or(&0.0),
        8 => rng.random_range(-1_000_000i32..1_000_000).into(),
        9 => f64::from(rng.random_range(-100_000i32..100_000)) / 100.0,
        10 => 0.1 * f64::from(rng.random_range(1u8..10)),
        _ => 0.0,
    }
}

/// A string of one of `formats` when the generator gives that format a
/// type of its own, else free text within the length bounds.
pub(crate) fn string(
    rng: &mut StdRng,
    formats: &[&str],
    min_length: usize,
    max_length: Option<usize>,
) -> Result<String, String> {
    for format in formats {
        if let Some(text) = formatted(rng, format) {
            return Ok(text);
        }
    }
    let low = min_length;
    let high = max_length.unwrap_or(usize::MAX).min(low.saturating_add(12));
    if high < low {
        return Err("`maxLength` is below `minLength`".to_owned());
    }
    Ok(free_text(rng, low, high))
}

fn formatted(rng: &mut StdRng, format: &str) -> Option<String> {
    Some(match format {
        "date-time" => date_time(rng),
        "date" => {
            let (year, month, day) = date(rng);
            format!("{year:04}-{month:02}-{day:02}")
        }
        "time" => format!("{}{}", time(rng), offset(rng)),
        "uuid" => uuid(rng),
        "email" => format!(
            "{}@example.{}",
            ["a", "first.last", "x+tag", "o'brien", "UPPER"][rng.random_range(0..5)],
            ["com", "org", "io"][rng.random_range(0..3)]
        ),
        "uri" | "url" | "iri" => [
            "https://example.com/",
            "https://example.com/a/b?c=d&e=%20#f",
            "urn:isbn:0451450523",
            "mailto:a@example.com",
        ][rng.random_range(0..4)]
        .to_owned(),
        "uri-reference" | "iri-reference" => {
            ["/relative/path", "../up?x=1", "https://example.com/", ""][rng.random_range(0..4)].to_owned()
        }
        "hostname" | "idn-hostname" => {
            ["example.com", "a-b.example.org", "localhost"][rng.random_range(0..3)].to_owned()
        }
        "ipv4" => (0..4).map(|_| rng.random::<u8>().to_string()).collect::<Vec<_>>().join("."),
        "ipv6" => ["::1", "2001:db8::8a2e:370:7334", "fe80::1"][rng.random_range(0..3)].to_owned(),
        _ => return None,
    })
}

/// An RFC 3339 date-time: offsets and fractions of a second of every kind.
fn date_time(rng: &mut StdRng) -> String {
    let (year, month, day) = date(rng);
    let separator = if rng.random_range(0..10) == 0 { 't' } else { 'T' };
    format!("{year:04}-{month:02}-{day:02}{separator}{}{}", time(rng), offset(rng))
}

fn date(rng: &mut StdRng) -> (u32, u32, u32) {
    let year = match rng.random_range(0..10) {
        0 => 1970,
        1 => rng.random_range(1..1900),
        2 => rng.random_range(2100..10000),
        _ => rng.random_range(1900..2100),
    };
    let month = rng.random_range(1..=12);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (year, month, rng.random_range(1..=days))
}

fn time(rng: &mut StdRng) -> String {
    let clock = format!("{:02}:{:02}:{:02}", rng.random_range(0..24), rng.random_range(0..60), rng.random_range(0..60));
    let digits = [0, 0, 1, 3, 6, 9][rng.random_range(0..6)];
    if digits == 0 {
        return clock;
    }
    let fraction: String = (0..digits).map(|_| char::from(b'0' + rng.random_range(0..10u8))).collect();
    format!("{clock}.{fraction}")
}

fn offset(rng: &mut StdRng) -> String {
    match rng.random_range(0..6) {
        0 | 1 => "Z".to_owned(),
        2 => "+00:00".to_owned(),
        _ => {
            let sign = if rng.random_bool(0.5) { '+' } else { '-' };
            format!("{sign}{:02}:{:02}", rng.random_range(0..14), [0, 15, 30, 45][rng.random_range(0..4)])
        }
    }
}

/// A version 4 UUID, in upper case now and then (RFC 9562 reads either).
fn uuid(rng: &mut StdRng) -> String {
    let bits: u128 = rng.random();
    let bits = (bits & !(0xf << 76) | (0x4 << 76)) & !(0x3 << 62) | (0x2 << 62);
    let hex = format!("{bits:032x}");
    let text = format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..]);
    if rng.random_range(0..5) == 0 {
        text.to_uppercase()
    } else {
        text
    }
}

/// Text of `low..=high` characters: mostly letters, with characters that
/// need escaping in JSON, non-ASCII and characters outside the BMP.
pub(crate) fn free_text(rng: &mut StdRng, low: usize, high: usize) -> String {
    const PLAIN: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.";
    const SPECIAL: &[char] =
        &['"', '\\', '/', '\n', '\t', '\r', '\u{1}', '\u{7f}', 'é', 'ß', '中', '\u{2028}', '🦀', '𝄞', '\u{feff}'];
    let length = if high <= low { low } else { rng.random_range(low..=high) };
    (0..length)
        .map(|_| {
            if rng.random_range(0..8) == 0 {
                SPECIAL[rng.random_range(0..SPECIAL.len())]
            } else {
                char::from(PLAIN[rng.random_range(0..PLAIN.len())])
            }
        })
        .collect()
}

/// A name for a member no schema declares, not taken by `taken`.
pub(crate) fn member_name(rng: &mut StdRng, taken: impl Fn(&str) -> bool) -> String {
    const NAMES: &[&str] = &["extra", "x-trace-id", "addedLater", "_links", "meta data", "ünïcode", "nested", "v2"];
    loop {
        let base = NAMES[rng.random_range(0..NAMES.len())];
        let name = format!("{base}{}", rng.random_range(0..100));
        if !taken(&name) {
            return name;
        }
    }
}
