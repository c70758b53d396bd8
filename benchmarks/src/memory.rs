//! The peak memory of this process, from `/proc/self/status` where there is one.

/// The most resident memory this process has used so far (`VmHWM`), in KiB;
/// `None` where the system does not say (not Linux, no `/proc`).
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    vm_hwm_kib(&status)
}

/// `VmHWM` from the text of a `/proc/<pid>/status` file, in KiB.
pub fn vm_hwm_kib(status: &str) -> Option<u64> {
    let line = status.lines().find_map(|line| line.strip_prefix("VmHWM:"))?;
    let mut words = line.split_whitespace();
    let value = words.next()?.parse::<u64>().ok()?;
    match words.next() {
        Some("kB") | None => Some(value),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_vm_hwm_in_kib() {
        let status = "Name:\tbench-generate\nVmPeak:\t  20000 kB\nVmHWM:\t   12345 kB\nVmRSS:\t 9000 kB\n";
        assert_eq!(vm_hwm_kib(status), Some(12345));
    }

    #[test]
    fn missing_or_odd_vm_hwm_is_none() {
        assert_eq!(vm_hwm_kib("Name:\tx\nVmRSS:\t9000 kB\n"), None);
        assert_eq!(vm_hwm_kib("VmHWM:\tlots kB\n"), None);
        assert_eq!(vm_hwm_kib("VmHWM:\t12 MB\n"), None);
    }
}
