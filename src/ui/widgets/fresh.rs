//! A view that is drawn anew when its reactive parent runs again, instead of patched.
//!
//! Patching ("rebuild") keeps a view's DOM nodes but needs a second copy of the code that
//! draws it, and the download carries one for every reactive branch. Views that change
//! rarely, as a whole, and hold no field that could have the cursor while they change (a
//! screen, a notice, a dialog's stage) are cheaper drawn anew.

use leptos::children::ToChildren;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState};
use std::sync::Arc;

/// `view.fresh()` where `view.into_any()` would patch: one type-erased view drawn anew, in
/// place of a branch of a reactive closure or of differing views that need one type.
pub trait IntoFresh: RenderHtml + Sized + 'static {
    /// One type for any view, drawn anew: what `into_any()` gives, without the patching
    /// copy and the owned copy `AnyView` carries for every type it erases.
    fn fresh(self) -> Drawn
    where
        Self::State: 'static,
    {
        Drawn(Box::new(move || DrawnState(Box::new(self.build()))))
    }
}

impl<V: RenderHtml + 'static> IntoFresh for V {}

/// A view of any type, erased to this one, and drawn anew when its parent runs again.
pub struct Drawn(Box<dyn FnOnce() -> DrawnState + Send>);

/// What a drawn view left on the page. A view with no nodes of its own (`()`) leaves a
/// placeholder, so what replaces it still lands in its place.
pub struct DrawnState(Box<dyn Mountable>);

impl Mountable for DrawnState {
    fn unmount(&mut self) {
        self.0.unmount();
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        self.0.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        self.0.insert_before_this(child)
    }

    fn elements(&self) -> Vec<Element> {
        self.0.elements()
    }
}

impl Render for Drawn {
    type State = DrawnState;

    fn build(self) -> DrawnState {
        (self.0)()
    }

    fn rebuild(self, state: &mut DrawnState) {
        let mut new = self.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

// The app spreads no attributes over a drawn view, so there is nothing to add them to.
impl AddAnyAttr for Drawn {
    type Output<SomeNewAttr: Attribute> = Drawn;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Drawn {
        self
    }
}

// A browser-only app never writes HTML or hydrates: only `build` and `rebuild` run.
impl RenderHtml for Drawn {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> DrawnState {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}

/// A component's children, built once and drawn anew with it: `children: FreshChildren`
/// where `Children` would carry a second, patching copy of every caller's children.
pub struct FreshChildren(Box<dyn FnOnce() -> Drawn + Send>);

impl FreshChildren {
    pub fn draw(self) -> Drawn {
        (self.0)()
    }
}

impl<F, C> ToChildren<F> for FreshChildren
where
    F: FnOnce() -> C + Send + 'static,
    C: RenderHtml + Send + 'static,
    C::State: 'static,
{
    fn to_children(f: F) -> Self {
        FreshChildren(Box::new(move || f().fresh()))
    }
}

/// Children drawn each time a [`Shown`] turns on.
pub struct FreshChildrenFn(Arc<dyn Fn() -> Drawn + Send + Sync>);

impl<F, C> ToChildren<F> for FreshChildrenFn
where
    F: Fn() -> C + Send + Sync + 'static,
    C: RenderHtml + Send + 'static,
    C::State: 'static,
{
    fn to_children(f: F) -> Self {
        FreshChildrenFn(Arc::new(move || f().fresh()))
    }
}

/// Leptos's `Show`, its children drawn anew each time `when` turns true: `Show` keeps a
/// patching copy of them too, which runs only if `when` stays true, and it never does.
/// `when` is a signal, not a generic closure, so the download carries one `Shown` for all.
#[component]
pub fn Shown(
    #[prop(into)] when: Signal<bool>,
    children: FreshChildrenFn,
    #[prop(optional, into)] fallback: Fallback,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    move || match shown.get() {
        true => Either::Left((children.0)()),
        false => Either::Right(fallback.0.as_ref().map(|draw| (draw.0)())),
    }
}

/// What a [`Shown`] draws while `when` is false, drawn anew like its children (Leptos's
/// `ViewFn` would make it an `AnyView`): nothing unless given.
#[derive(Default)]
pub struct Fallback(Option<FreshChildrenFn>);

impl<F: Fn() -> V, V> From<F> for Fallback
where
    FreshChildrenFn: ToChildren<F>,
{
    fn from(draw: F) -> Self {
        Fallback(Some(FreshChildrenFn::to_children(draw)))
    }
}
