//! Leptos's smallest app, the baseline of the load benchmark.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <h1>"Hello, world"</h1> });
}
