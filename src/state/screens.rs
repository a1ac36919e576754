//! Which screens there are, and whether the presenter's own window (with the meeting's notes)
//! may open on one of them. Plain data: the platform says what it sees, [`decide`] answers.
//!
//! The rule the room needs: the notes never appear on the screen the slides are on. With one
//! screen (a laptop mirrored to a projector, the usual case) the presenter view does not open at
//! all; nor when the screens are mirrored or cannot be seen.

/// A rectangle in egui points, in the space of `egui::ViewportInfo::outer_rect`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Area {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self { x, y, w, h }
    }

    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// A real rectangle: finite, with room in it.
    fn usable(&self) -> bool {
        [self.x, self.y, self.w, self.h]
            .iter()
            .all(|v| v.is_finite())
            && self.w > 0.0
            && self.h > 0.0
    }

    /// How much of the two overlaps (0 for rectangles that only touch).
    pub fn overlap(&self, other: &Area) -> f32 {
        let w = self.right().min(other.right()) - self.x.max(other.x);
        let h = self.bottom().min(other.bottom()) - self.y.max(other.y);
        if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
    }

    pub fn intersects(&self, other: &Area) -> bool {
        self.overlap(other) > 0.0
    }

    /// `other` lies wholly inside.
    pub fn contains(&self, other: &Area) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.right() <= self.right()
            && other.bottom() <= self.bottom()
    }
}

/// One monitor as the windowing system reports it: physical pixels and its scale factor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Monitor {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    pub scale: f64,
}

/// The monitors as the event loop last saw them, shared with the app (`None`: not seen yet).
pub type SharedMonitors = std::sync::Arc<std::sync::Mutex<Option<Vec<Monitor>>>>;

/// The monitors in points. egui puts a window's `outer_rect` in points by dividing its physical
/// position by that window's own pixels-per-point, so the monitors are divided by the same
/// factor (the slide window's), not each by its own scale: only so do the two agree, also when
/// the screens have different scales.
pub fn in_points(monitors: &[Monitor], pixels_per_point: f32) -> Screens {
    if !(pixels_per_point.is_finite() && pixels_per_point > 0.0) || monitors.is_empty() {
        return Screens::Unknown;
    }
    let p = pixels_per_point;
    Screens::Known(
        monitors
            .iter()
            .map(|m| {
                Area::new(
                    m.x as f32 / p,
                    m.y as f32 / p,
                    m.width as f32 / p,
                    m.height as f32 / p,
                )
            })
            .collect(),
    )
}

/// The screens, as far as the platform can tell.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Screens {
    /// No list (a platform that gives none, such as Wayland, or none read yet).
    #[default]
    Unknown,
    Known(Vec<Area>),
}

/// What the platform sees: the screens and where the slide window is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Setup {
    pub screens: Screens,
    /// The slide window's outer rectangle (unknown where the platform does not tell windows
    /// where they are).
    pub window: Option<Area>,
}

/// Why the presenter view does not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// One screen: the slides' own.
    OneScreen,
    /// Two or more screens, all showing the same picture.
    Mirrored,
    /// The screens, or the slide window's place on them, cannot be seen.
    Unknown,
}

/// Where the presenter's window goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The screen it fills: never the slides' screen.
    pub screen: Area,
    /// The window's outer rectangle, title bar and borders included: inside `screen`.
    pub window: Area,
}

/// Room for the title bar and borders around the window's inside.
pub const FRAME: [f32; 2] = [16.0, 48.0];

/// The gap between the window and its screen's edges.
const MARGIN: f32 = 16.0;

impl Placement {
    /// Where the window's outer top-left goes.
    pub fn position(&self) -> [f32; 2] {
        [self.window.x, self.window.y]
    }

    /// The window's inside: the outer rectangle less the frame.
    pub fn inner_size(&self) -> [f32; 2] {
        [
            (self.window.w - FRAME[0]).max(1.0),
            (self.window.h - FRAME[1]).max(1.0),
        ]
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    Open(Placement),
    DontOpen(Reason),
}

/// Open the presenter view on a screen the slides are not on, or say why not.
pub fn decide(setup: &Setup) -> Decision {
    let Screens::Known(all) = &setup.screens else {
        return Decision::DontOpen(Reason::Unknown);
    };
    let screens: Vec<Area> = all.iter().copied().filter(Area::usable).collect();
    let Some(window) = setup.window.filter(Area::usable) else {
        return Decision::DontOpen(Reason::Unknown);
    };
    if screens.is_empty() {
        return Decision::DontOpen(Reason::Unknown);
    }
    // The slides' screen: the one holding most of the slide window.
    let Some(slides) = screens
        .iter()
        .copied()
        .filter(|s| s.intersects(&window))
        .max_by(|a, b| a.overlap(&window).total_cmp(&b.overlap(&window)))
    else {
        // The window is on no screen we know of: the list is not to be trusted.
        return Decision::DontOpen(Reason::Unknown);
    };
    // Any screen that shares a pixel with the slides' screen (a mirror, a clone, an overlap)
    // would put the notes in front of the room.
    let other = screens
        .iter()
        .copied()
        .filter(|s| !s.intersects(&slides))
        .max_by(|a, b| (a.w * a.h).total_cmp(&(b.w * b.h)));
    let Some(screen) = other else {
        return Decision::DontOpen(if screens.len() > 1 {
            Reason::Mirrored
        } else {
            Reason::OneScreen
        });
    };
    let window = Area::new(
        screen.x + MARGIN,
        screen.y + MARGIN,
        (screen.w - 2.0 * MARGIN).max(FRAME[0] + 1.0),
        (screen.h - 2.0 * MARGIN).max(FRAME[1] + 1.0),
    );
    if !screen.contains(&window) {
        // A screen too small to hold a window at all.
        return Decision::DontOpen(Reason::OneScreen);
    }
    Decision::Open(Placement { screen, window })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Area = Area::new(0.0, 0.0, 1366.0, 768.0);

    fn setup(screens: &[Area], window: Area) -> Setup {
        Setup {
            screens: Screens::Known(screens.to_vec()),
            window: Some(window),
        }
    }

    /// Opens, on `expected`, and nowhere near the slides' screen.
    fn opens_on(d: Decision, expected: Area, slides: Area) -> Placement {
        let Decision::Open(p) = d else {
            panic!("should open: {d:?}")
        };
        assert_eq!(p.screen, expected);
        assert!(p.screen.contains(&p.window), "{p:?}");
        assert!(!p.window.intersects(&slides), "{p:?} over the slides");
        // The inside plus the frame fits the outer rectangle it was given.
        let [w, h] = p.inner_size();
        assert!(w + FRAME[0] <= p.window.w + 0.01 && h + FRAME[1] <= p.window.h + 0.01);
        p
    }

    #[test]
    fn one_screen_does_not_open() {
        assert_eq!(
            decide(&setup(&[LAPTOP], LAPTOP)),
            Decision::DontOpen(Reason::OneScreen)
        );
    }

    #[test]
    fn slides_on_the_left_open_on_the_right() {
        let right = Area::new(1366.0, 0.0, 1920.0, 1080.0);
        let p = opens_on(decide(&setup(&[LAPTOP, right], LAPTOP)), right, LAPTOP);
        assert!(p.position()[0] >= 1366.0);
    }

    #[test]
    fn slides_on_the_right_open_on_the_left() {
        // The projector is the primary screen at the origin; the laptop sits left of it.
        let projector = Area::new(0.0, 0.0, 1920.0, 1080.0);
        let laptop = Area::new(-1366.0, 312.0, 1366.0, 768.0);
        let p = opens_on(
            decide(&setup(&[projector, laptop], projector)),
            laptop,
            projector,
        );
        assert!(p.window.right() <= 0.0, "{p:?}");
    }

    #[test]
    fn mirrored_screens_do_not_open() {
        assert_eq!(
            decide(&setup(&[LAPTOP, LAPTOP], LAPTOP)),
            Decision::DontOpen(Reason::Mirrored)
        );
        // A projector cloning the laptop's top-left corner at a larger size overlaps it.
        let clone = Area::new(0.0, 0.0, 1920.0, 1080.0);
        assert_eq!(
            decide(&setup(&[LAPTOP, clone], LAPTOP)),
            Decision::DontOpen(Reason::Mirrored)
        );
    }

    #[test]
    fn unknown_screens_or_window_do_not_open() {
        let unknown = Setup {
            screens: Screens::Unknown,
            window: Some(LAPTOP),
        };
        assert_eq!(decide(&unknown), Decision::DontOpen(Reason::Unknown));
        let right = Area::new(1366.0, 0.0, 1920.0, 1080.0);
        let nowhere = Setup {
            screens: Screens::Known(vec![LAPTOP, right]),
            window: None,
        };
        assert_eq!(decide(&nowhere), Decision::DontOpen(Reason::Unknown));
        assert_eq!(
            decide(&setup(&[], LAPTOP)),
            Decision::DontOpen(Reason::Unknown)
        );
        // A window off every known screen: the list is wrong.
        let off = Area::new(5000.0, 0.0, 800.0, 600.0);
        assert_eq!(
            decide(&setup(&[LAPTOP, right], off)),
            Decision::DontOpen(Reason::Unknown)
        );
        let broken = Area::new(f32::NAN, 0.0, 1.0, 1.0);
        assert_eq!(
            decide(&setup(&[LAPTOP, broken], LAPTOP)),
            Decision::DontOpen(Reason::OneScreen)
        );
    }

    #[test]
    fn a_window_across_two_screens_belongs_to_the_one_holding_most_of_it() {
        let right = Area::new(1366.0, 0.0, 1920.0, 1080.0);
        let window = Area::new(1000.0, 0.0, 1366.0, 768.0);
        opens_on(decide(&setup(&[LAPTOP, right], window)), LAPTOP, right);
    }

    #[test]
    fn three_screens_pick_the_largest_other() {
        let right = Area::new(1366.0, 0.0, 1920.0, 1080.0);
        let above = Area::new(0.0, -600.0, 800.0, 600.0);
        opens_on(
            decide(&setup(&[LAPTOP, above, right], LAPTOP)),
            right,
            LAPTOP,
        );
    }

    #[test]
    fn monitors_are_put_in_points_with_the_window_s_factor() {
        let m = |x, w, scale| Monitor {
            x,
            y: 0,
            width: w,
            height: 1080,
            scale,
        };
        // A 150 % laptop left of a 100 % projector, the slides on the laptop (1.5 points per
        // pixel): the two must still sit side by side in points, not overlap.
        let Screens::Known(s) = in_points(&[m(0, 2880, 1.5), m(2880, 1920, 1.0)], 1.5) else {
            panic!("known")
        };
        assert_eq!(s[0], Area::new(0.0, 0.0, 1920.0, 720.0));
        assert_eq!(s[1], Area::new(1920.0, 0.0, 1280.0, 720.0));
        assert!(!s[0].intersects(&s[1]));
        assert_eq!(in_points(&[], 1.0), Screens::Unknown);
        assert_eq!(in_points(&[m(0, 1, 1.0)], 0.0), Screens::Unknown);
    }
}
