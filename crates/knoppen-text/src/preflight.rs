//! What the pre-flight check finds, as data: the check reads the painted slides (in the app),
//! the text layer says the problems in words.

/// What the pre-flight check finds wrong with a painted text on a slide.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// Outside the screen.
    OffScreen,
    /// Cut by its own area (its clip rectangle), or shortened with an ellipsis.
    Cut,
    /// Drawn over another text (quoted).
    Overlaps(String),
    /// Smaller than the room can read: its size and the minimum, in pixels.
    TooSmall { px: f32, min: f32 },
    /// The meeting's private note is on the slide.
    PrivateNote,
}

/// One problem on one slide (numbered from 1), with the text it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub slide: usize,
    pub label: String,
    pub text: String,
    pub fault: Fault,
}
