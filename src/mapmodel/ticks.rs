//! How many layout ticks fit in a frame: a tick starts only when it should end within the
//! frame's budget, judged by a running estimate of one tick's duration; a frame with a budget
//! always gets at least one tick, however long ticks take, so a huge graph still settles.

/// The tick estimate kept from frame to frame.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TickClock {
    /// A running estimate of one tick's duration (ms); 0 before the first tick.
    tick_ms: f64,
}

impl TickClock {
    /// The estimate of one tick's duration (ms), 0 before any tick was timed.
    pub fn tick_ms(&self) -> f64 {
        self.tick_ms
    }

    /// A frame that started at `start` (ms) and may spend `budget` ms on ticks: call the
    /// returned [`TickFrame::more`] with the time before each tick.
    pub fn frame(&mut self, start: f64, budget: f64) -> TickFrame<'_> {
        TickFrame { clock: self, start, budget, last: start, ticks: 0 }
    }
}

/// The ticks of one frame.
#[derive(Debug)]
pub struct TickFrame<'a> {
    clock: &'a mut TickClock,
    start: f64,
    budget: f64,
    last: f64,
    ticks: u32,
}

impl TickFrame<'_> {
    /// Whether to run one more tick, `now` being the time (ms); times the tick before it.
    ///
    /// ```
    /// use datamap::mapmodel::TickClock;
    /// let mut clock = TickClock::default();
    /// let mut f = clock.frame(0.0, 13.0);
    /// assert!(f.more(0.0)); // the first tick always runs
    /// assert!(f.more(4.0)); // it took 4 ms: another ends by 8 <= 13
    /// assert!(f.more(8.0)); // by 12 <= 13
    /// assert!(!f.more(12.0)); // by 16 > 13
    /// ```
    pub fn more(&mut self, now: f64) -> bool {
        if self.ticks > 0 {
            let d = now - self.last;
            let t = &mut self.clock.tick_ms;
            *t = if *t == 0.0 { d } else { 0.7 * *t + 0.3 * d };
        }
        self.last = now;
        let go = self.budget > 0.0 && (self.ticks == 0 || now - self.start + self.clock.tick_ms <= self.budget);
        self.ticks += u32::from(go);
        go
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_budget_no_tick() {
        let mut clock = TickClock::default();
        assert!(!clock.frame(0.0, 0.0).more(0.0));
        assert_eq!(clock.tick_ms(), 0.0);
    }

    #[test]
    fn a_tick_longer_than_the_budget_still_runs_once_per_frame() {
        let mut clock = TickClock::default();
        let mut f = clock.frame(0.0, 13.0);
        assert!(f.more(0.0));
        assert!(!f.more(100.0));
        assert_eq!(clock.tick_ms(), 100.0);
        let mut f = clock.frame(200.0, 13.0);
        assert!(f.more(200.0), "the next frame ticks once more");
        assert!(!f.more(300.0));
    }

    #[test]
    fn the_estimate_follows_the_ticks_and_fills_the_budget() {
        let mut clock = TickClock::default();
        let mut f = clock.frame(0.0, 13.0);
        let mut now = 0.0;
        let mut ticks = 0;
        while f.more(now) {
            ticks += 1;
            now += 3.0;
        }
        assert_eq!(ticks, 4, "3 ms ticks: 4 fit in 13 ms");
        assert!((clock.tick_ms() - 3.0).abs() < 1e-9);
    }
}
