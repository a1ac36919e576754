//! What the app holds and the views draw, below both: the presentation under way, the clock,
//! the screens and the user's own catalogue. (Views read these; only `app` changes them.)

pub mod clock;
pub mod presentation;
pub mod screens;
pub mod user_catalogue;
