//! A view that is drawn anew when its reactive parent runs again, instead of patched.
//!
//! Patching ("rebuild") keeps a view's DOM nodes but needs a second copy of the code that
//! draws it, and the download carries one for every reactive branch. Views that change
//! rarely, as a whole, and hold no field that could have the cursor while they change (a
//! screen, a notice, a dialog's stage) are cheaper drawn anew.

use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Position, PositionState};

pub struct Fresh<V>(V);

/// `view.fresh()` where `view.into_any()` would patch: one type-erased view drawn anew.
pub trait IntoFresh: RenderHtml + Sized + 'static {
    fn fresh(self) -> AnyView {
        Fresh(self).into_any()
    }

    /// The view itself, drawn anew rather than patched: for branches of a reactive closure
    /// (`cond.then(|| view! { … }.anew())`) that keep their concrete type.
    fn anew(self) -> Fresh<Self> {
        Fresh(self)
    }
}

impl<V: RenderHtml + 'static> IntoFresh for V {}

impl<V: Render> Render for Fresh<V> {
    type State = V::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut new = self.0.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

impl<V: AddAnyAttr> AddAnyAttr for Fresh<V> {
    type Output<SomeNewAttr: Attribute> = Fresh<V::Output<SomeNewAttr>>;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Fresh(self.0.add_any_attr(attr))
    }
}

// Only `build` and `rebuild` run in a browser-only app; the rest hands over to the view.
impl<V: RenderHtml> RenderHtml for Fresh<V> {
    type AsyncOutput = V::AsyncOutput;
    type Owned = Fresh<V::Owned>;

    const MIN_LENGTH: usize = V::MIN_LENGTH;
    const EXISTS: bool = V::EXISTS;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        self.0.resolve().await
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        Fresh(self.0.into_owned())
    }
}
