//! The app's time budgets and delays, in one place: how long a frame may spend on layout ticks,
//! how often a settling map is drawn, when a moving map counts as still, how long animations,
//! reports, hints and downloads take. The frame plan ([`crate::mapmodel::frame`]) and the web
//! layer read them from here; `docs/performance-marks.md` says how the bench measures the result.
//! All times are in milliseconds.

/// While the layout runs in the page, the layout ticks of one frame: the frame stays within
/// 1/60 s and the page keeps answering input between frames.
pub const FRAME_WORK_MS: f64 = 13.0;

/// While the layout runs, how often the map is drawn (the rest of each frame goes to ticks).
pub const LAYOUT_DRAW_MS: f64 = 150.0;

/// How long after the camera last moved a map stays in its light "moving" drawing.
pub const SETTLE_MS: f64 = 160.0;

/// The settle timer fires this long after the moving drawing ends, so that the frame it asks for
/// finds the camera still.
pub const SETTLE_SLACK_MS: i32 = 5;

/// How long animated camera moves take.
pub const ANIMATION_MS: f64 = 450.0;

/// The camera is reported to the app (and so to the URL) this long after it last changed.
pub const CAMERA_REPORT_MS: i32 = 250;

/// How long the layout worker lays out between two messages with positions.
pub const WORKER_SLICE_MS: f64 = 40.0;

/// How long the embedded map's "click to zoom" hint stays after a wheel turn.
pub const WHEEL_HINT_MS: i32 = 1_600;

/// How long "Copied" stays on the copy-link button.
pub const COPIED_MS: i32 = 2_000;

/// How long the dataset's download may take before the app says it timed out.
pub const FETCH_TIMEOUT_MS: i32 = 15_000;
