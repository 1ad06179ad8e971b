//! Token buckets: the rate limits per device and per network address (429).

use std::time::Instant;

/// Holds up to `burst` tokens, refilled at `per_second`; each request takes one.
#[derive(Clone, Debug)]
pub struct Bucket {
    tokens: f64,
    updated: Instant,
}

impl Bucket {
    pub fn full(burst: u32, now: Instant) -> Self {
        Self {
            tokens: f64::from(burst),
            updated: now,
        }
    }

    /// Takes a token if there is one.
    pub fn take(&mut self, burst: u32, per_second: f64, now: Instant) -> bool {
        let elapsed = now.saturating_duration_since(self.updated).as_secs_f64();
        self.tokens = (self.tokens + elapsed * per_second).min(f64::from(burst));
        self.updated = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_burst_passes_then_the_rate_holds() {
        let start = Instant::now();
        let mut bucket = Bucket::full(3, start);
        let passed = (0..10).filter(|_| bucket.take(3, 1.0, start)).count();
        assert_eq!(passed, 3);
        assert!(!bucket.take(3, 1.0, start + Duration::from_millis(500)));
        assert!(bucket.take(3, 1.0, start + Duration::from_millis(1100)));
        assert!(!bucket.take(3, 1.0, start + Duration::from_millis(1200)));
    }
}
