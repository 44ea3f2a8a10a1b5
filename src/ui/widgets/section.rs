//! A section of a step: a heading with whether it is complete, a prompt, and its fields.

use super::FreshChildren;
use leptos::prelude::*;

#[component]
pub fn Section(
    anchor: &'static str,
    title: &'static str,
    #[prop(optional, into)] complete: Signal<bool>,
    #[prop(optional)] essential: bool,
    /// A section to read rather than to fill in: no state shown.
    #[prop(optional)]
    plain: bool,
    #[prop(into)] prompt: String,
    #[prop(optional_no_strip)] example: Option<String>,
    children: FreshChildren,
) -> impl IntoView {
    let heading_id = format!("{anchor}-title");
    let labelled_by = heading_id.clone();
    view! {
        <section class="step-section" id=anchor aria-labelledby=labelled_by>
            <div class="section-head">
                <h2 id=heading_id tabindex="-1">{title}</h2>
                {(!plain).then(|| view! {
                    <span class="section-state" class:done=complete>
                        {move || if complete.get() { "✓ Complete" } else if essential { "Needed to sign" } else { "To do" }}
                    </span>
                })}
            </div>
            <p class="prompt">{prompt}</p>
            {example.map(|e| view! { <p class="example"><span class="example-label">"For example: "</span>{e}</p> })}
            {children.draw()}
        </section>
    }
}
