//! One keyed list for the lists of records keyed by id, so its diffing code is in the download once.

use super::{Drawn, IntoFresh};
use crate::model::Id;
use leptos::prelude::*;
use std::sync::Arc;

type Row = Arc<dyn Fn(Id) -> Drawn + Send + Sync>;

/// One row per id: drawn when its id first appears, moved when the order changes, dropped
/// with its id. A row is never redrawn for an edit; its own fields follow the model.
pub fn keyed<V: RenderHtml + Send + 'static>(
    each: impl Into<Signal<Vec<Id>>>,
    row: impl Fn(Id) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    V::State: 'static,
{
    drawn(each.into(), Arc::new(move |id| row(id).fresh()))
}

fn drawn(each: Signal<Vec<Id>>, row: Row) -> impl IntoView {
    view! { <For each=move || each.get() key=Id::clone children=move |id| row(id) /> }
}
