//! Form controls shared by the steps: every one a real, labelled control bound to the model.

mod date_list;
mod fields;
mod focus;
mod fresh;
mod keyed;
mod left_names;
mod press;
mod qr;
mod section;
mod section_index;
mod typed;

pub use date_list::DateList;
pub use fields::{
    draft_of, CheckedField, DateField, NumberField, RequiredField, SelectField, TextField,
};
pub use focus::{
    focus_after_render, focus_if_lost, focus_main_heading, focus_section, focus_when_drawn,
    focus_within, if_focus_lost, in_sight, keep_keyboard_focus_in_sight,
};
pub use fresh::{Drawn, FreshChildren, IntoFresh, Shown};
pub use keyed::keyed;
pub use left_names::{left_names, left_names_said};
pub use press::{after_press, follow_presses};
pub use qr::{qr_code, QrImage};
pub use section::Section;
pub use section_index::{IndexEntry, SectionIndex};
pub use typed::{kept_open, left_typed, typed_text};
