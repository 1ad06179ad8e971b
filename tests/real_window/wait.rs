//! Waiting for the app without fixed sleeps: ask again until the answer is right or
//! time is up, and then say what was seen last.

use std::thread::sleep;
use std::time::{Duration, Instant};

/// Long enough for a debug build drawing with software GL on a busy 2-core machine.
pub const SHORT: Duration = Duration::from_secs(10);
pub const LONG: Duration = Duration::from_secs(20);

const INTERVAL: Duration = Duration::from_millis(250);

/// Calls `probe` until it returns `Ok`; after `timeout`, fails with its last error.
pub fn poll<T>(
    what: &str,
    timeout: Duration,
    mut probe: impl FnMut() -> Result<T, String>,
) -> Result<T, String> {
    let start = Instant::now();
    loop {
        match probe() {
            Ok(value) => return Ok(value),
            Err(last) if start.elapsed() >= timeout => {
                return Err(format!(
                    "waited {} s for {what}; last seen: {last}",
                    timeout.as_secs()
                ));
            }
            Err(_) => sleep(INTERVAL),
        }
    }
}

/// Fails with `message` unless `condition` holds.
pub fn ensure(condition: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if condition { Ok(()) } else { Err(message()) }
}

/// All failures of several checks in one report, so that one run shows all that went
/// wrong.
pub fn all(results: impl IntoIterator<Item = Result<(), String>>) -> Result<(), String> {
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}
