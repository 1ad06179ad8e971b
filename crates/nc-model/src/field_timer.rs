//! The facilitator's countdown per field in presentation mode.
//!
//! Time comes in as seconds from the caller (egui's clock in the app, any number in
//! tests), so the timer never sleeps and is fully testable.

/// How the countdown looks: calm, nearly over, or over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerState {
    Running,
    /// The last fifth of the time (at least the last minute).
    Amber,
    /// Time is up; the timer keeps counting the overrun.
    Red,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldTimer {
    /// The time per field the facilitator set.
    pub minutes: f64,
    /// Seconds already used before the current run started.
    used_before: f64,
    /// When the current run started; None while paused.
    running_since: Option<f64>,
    /// Minutes added with "extend" for this field.
    extra_minutes: f64,
}

impl Default for FieldTimer {
    fn default() -> Self {
        Self::new(5.0)
    }
}

impl FieldTimer {
    pub const DEFAULT_MINUTES: f64 = 5.0;
    pub const EXTEND_MINUTES: f64 = 1.0;

    /// A paused timer for `minutes` per field.
    pub fn new(minutes: f64) -> Self {
        Self {
            minutes: minutes.max(0.5),
            used_before: 0.0,
            running_since: None,
            extra_minutes: 0.0,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn start(&mut self, now: f64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    pub fn pause(&mut self, now: f64) {
        if let Some(since) = self.running_since.take() {
            self.used_before += (now - since).max(0.0);
        }
    }

    pub fn toggle(&mut self, now: f64) {
        if self.is_running() {
            self.pause(now);
        } else {
            self.start(now);
        }
    }

    pub fn extend(&mut self) {
        self.extra_minutes += Self::EXTEND_MINUTES;
    }

    /// Back to the full time, paused; for the next field or a fresh start.
    pub fn reset(&mut self) {
        self.used_before = 0.0;
        self.running_since = None;
        self.extra_minutes = 0.0;
    }

    fn total_seconds(&self) -> f64 {
        (self.minutes + self.extra_minutes) * 60.0
    }

    fn used(&self, now: f64) -> f64 {
        self.used_before
            + self
                .running_since
                .map_or(0.0, |since| (now - since).max(0.0))
    }

    /// Seconds left; negative once the time is up.
    pub fn remaining(&self, now: f64) -> f64 {
        self.total_seconds() - self.used(now)
    }

    pub fn state(&self, now: f64) -> TimerState {
        let remaining = self.remaining(now);
        if remaining <= 0.0 {
            TimerState::Red
        } else if remaining
            <= (self.total_seconds() / 5.0)
                .max(60.0)
                .min(self.total_seconds() / 2.0)
        {
            TimerState::Amber
        } else {
            TimerState::Running
        }
    }

    /// "4:07", or "+0:12" for the overrun.
    pub fn display(&self, now: f64) -> String {
        let remaining = self.remaining(now);
        let seconds = remaining.abs().ceil() as u64;
        let sign = if remaining < 0.0 && seconds > 0 {
            "+"
        } else {
            ""
        };
        format!("{sign}{}:{:02}", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_turns_amber_then_red_and_counts_the_overrun() {
        let mut timer = FieldTimer::new(5.0);
        timer.start(100.0);
        assert_eq!(timer.display(100.0), "5:00");
        assert_eq!(timer.state(130.0), TimerState::Running);
        assert_eq!(timer.state(100.0 + 4.0 * 60.0 + 1.0), TimerState::Amber);
        assert_eq!(timer.state(100.0 + 300.0), TimerState::Red);
        assert_eq!(timer.display(100.0 + 312.0), "+0:12");
    }

    #[test]
    fn pausing_stops_the_clock_and_extend_adds_a_minute() {
        let mut timer = FieldTimer::new(2.0);
        timer.start(0.0);
        timer.pause(30.0);
        assert_eq!(timer.display(500.0), "1:30");
        timer.extend();
        assert_eq!(timer.display(500.0), "2:30");
        timer.start(500.0);
        assert_eq!(timer.display(530.0), "2:00");
        timer.reset();
        assert_eq!(timer.display(900.0), "2:00");
        assert!(!timer.is_running());
    }
}
