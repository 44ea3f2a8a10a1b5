//! Charts drawn as SVG by our code; each says in words what it shows, for screen readers.

use crate::model::Position;
use leptos::prelude::*;

/// The width of one position's column.
const COLUMN: usize = 40;
/// How tall the tallest column is drawn.
const TALLEST: usize = 110;

/// The coach's time by coaching action, one bar each, longest share widest: a list, not
/// a picture, so each action's name wraps on a phone instead of shrinking with the chart.
#[component]
pub fn ShareBars(shares: Vec<(String, u8)>) -> impl IntoView {
    let rows = shares
        .into_iter()
        .map(|(action, percent)| {
            let share = format!("{percent}%");
            view! {
                <li>
                    <span class="share-label">{named(&action).to_string()}</span>
                    <span class="share-track" aria-hidden="true">
                        // Set through the CSSOM, which the Content-Security-Policy allows.
                        <span class="share-bar" style:width=share.clone()></span>
                    </span>
                    <span class="share-value">{share}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="share-bars" aria-label="The coach's time by coaching action">{rows}</ul>
    }
}

/// How many teachers stand at each position, with the bands that have a goal shaded.
#[component]
pub fn PositionColumns(
    at_position: [usize; 11],
    bands: Vec<(Position, Position)>,
) -> impl IntoView {
    let most = at_position.iter().copied().max().unwrap_or(0).max(1);
    let words: Vec<String> = at_position
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}: {n}", i + 1))
        .collect();
    let label = format!(
        "Teachers at each position, from 1 (needs the most change) to 11 (nearly in place). {}.",
        words.join(", ")
    );
    let shading = bands
        .into_iter()
        .map(|(from, to)| {
            let x = usize::from(from.value() - 1) * COLUMN;
            let width = usize::from(to.value() - from.value() + 1) * COLUMN;
            view! { <rect x=x y="0" width=width height=TALLEST + 22 class="chart-band" /> }
        })
        .collect_view();
    let columns = at_position
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let height = n * TALLEST / most;
            let x = i * COLUMN;
            let top = TALLEST + 22 - height;
            view! {
                <rect x=x + 6 y=top width=COLUMN - 12 height=height rx="3" class="chart-bar" />
                <text x=x + COLUMN / 2 y=top - 4 class="chart-value" text-anchor="middle">{n.to_string()}</text>
                <text x=x + COLUMN / 2 y=TALLEST + 42 class="chart-label" text-anchor="middle">{(i + 1).to_string()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart position-columns" viewBox=format!("0 0 {} {}", 11 * COLUMN, TALLEST + 70) role="img" aria-label=label>
            {shading}
            <line x1="0" x2=11 * COLUMN y1=TALLEST + 22 y2=TALLEST + 22 class="chart-axis" />
            {columns}
            <text x="0" y=TALLEST + 64 class="chart-note">"← needs the most change"</text>
            <text x=11 * COLUMN y=TALLEST + 64 class="chart-note" text-anchor="end">"nearly in place →"</text>
        </svg>
    }
}

fn named(action: &str) -> &str {
    match action.trim() {
        "" => "A coaching action, not yet named",
        name => name,
    }
}
