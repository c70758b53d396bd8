//! Latency summaries: the median and the 99th percentile of many samples.

use std::time::Duration;

/// The median and 99th percentile of a set of request latencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub median: Duration,
    pub p99: Duration,
}

impl Summary {
    /// Summarises `samples` (sorted in place); `None` when there are none.
    pub fn of(samples: &mut [Duration]) -> Option<Summary> {
        samples.sort_unstable();
        Some(Summary { median: percentile(samples, 50.0)?, p99: percentile(samples, 99.0)? })
    }
}

/// The nearest-rank `p`th percentile of `sorted` (ascending): the smallest
/// sample with at least `p` percent of the samples at or below it.
pub fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() || !(0.0..=100.0).contains(&p) {
        return None;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted.get(rank.clamp(1, sorted.len()) - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn micros(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_micros(v)).collect()
    }

    #[test]
    fn nearest_rank_percentiles() {
        let sorted = micros(&(1..=100).collect::<Vec<_>>());
        assert_eq!(percentile(&sorted, 50.0), Some(Duration::from_micros(50)));
        assert_eq!(percentile(&sorted, 99.0), Some(Duration::from_micros(99)));
        assert_eq!(percentile(&sorted, 100.0), Some(Duration::from_micros(100)));
        assert_eq!(percentile(&sorted, 0.0), Some(Duration::from_micros(1)));
        assert_eq!(percentile(&[], 50.0), None);
        assert_eq!(percentile(&sorted, 101.0), None);
    }

    #[test]
    fn summary_sorts_its_samples() {
        let mut samples = micros(&[30, 10, 20]);
        let summary = Summary::of(&mut samples).unwrap();
        assert_eq!(summary, Summary { median: Duration::from_micros(20), p99: Duration::from_micros(30) });
        assert_eq!(Summary::of(&mut []), None);
    }
}
