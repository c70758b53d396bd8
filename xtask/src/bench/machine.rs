//! What a benchmark ran on and with: the machine, the tool versions, the
//! commit and the date. Anything that cannot be found is "unknown".

use std::path::Path;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// The facts printed at the top of `BENCHMARKS.md`.
#[derive(Debug, Clone)]
pub(crate) struct Machine {
    pub(crate) cores: String,
    pub(crate) cpu: String,
    pub(crate) memory: String,
    pub(crate) os: String,
    pub(crate) rustc: String,
    pub(crate) generator_version: String,
    pub(crate) commit: String,
    /// The date and time the benchmark started, in UTC.
    pub(crate) date: String,
}

const UNKNOWN: &str = "unknown";

/// Looks everything up (from `/proc`, `rustc`, `git` and `generator/Cargo.toml`).
pub(crate) fn describe(root: &Path) -> Machine {
    let cores = std::thread::available_parallelism().map_or(UNKNOWN.to_owned(), |n| n.to_string());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name")?.split_once(':').map(|(_, name)| name.trim().to_owned()));
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:")?.split_whitespace().next()?.parse::<f64>().ok())
        .map(|kib| format!("{:.1} GiB", kib / 1024.0 / 1024.0));
    let os = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .ok()
        .map(|release| format!("{} {}", std::env::consts::OS, release.trim()));
    let generator_version = std::fs::read_to_string(root.join("generator/Cargo.toml"))
        .ok()
        .and_then(|manifest| openapi_xtask::codegen::manifest::package_field(&manifest, "version"));
    let commit = command_output(root, "git", &["rev-parse", "--short=12", "HEAD"]).map(|commit| {
        let dirty = command_output(root, "git", &["status", "--porcelain", "--untracked-files=no"])
            .is_some_and(|status| !status.is_empty());
        if dirty {
            format!("{commit} (with uncommitted changes)")
        } else {
            commit
        }
    });
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs());
    Machine {
        cores,
        cpu: cpu.unwrap_or_else(|| UNKNOWN.to_owned()),
        memory: memory.unwrap_or_else(|| UNKNOWN.to_owned()),
        os: os.unwrap_or_else(|| std::env::consts::OS.to_owned()),
        rustc: command_output(root, "rustc", &["--version"]).unwrap_or_else(|| UNKNOWN.to_owned()),
        generator_version: generator_version.unwrap_or_else(|| UNKNOWN.to_owned()),
        commit: commit.unwrap_or_else(|| UNKNOWN.to_owned()),
        date: utc_date_time(seconds),
    }
}

/// The trimmed stdout of a command that succeeded.
fn command_output(root: &Path, program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).current_dir(root).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// `YYYY-MM-DD HH:MM UTC` for seconds since the Unix epoch.
pub(crate) fn utc_date_time(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let (hour, minute) = ((seconds % 86_400) / 3600, (seconds % 3600) / 60);
    // Days to a civil date (Howard Hinnant's algorithm), eras of 400 years.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        assert_eq!(utc_date_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_date_time(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_date_time(1_798_000_000), "2026-12-23 04:26 UTC");
    }
}
