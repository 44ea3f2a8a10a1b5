//! Mounts Partnership Planner in the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    partnership_planner::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Partnership Planner runs in the browser: `make serve`, then open http://127.0.0.1:8080"
    );
}
