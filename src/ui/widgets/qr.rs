//! A QR code of a link, drawn as one SVG path so a phone can read it off a projector.

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest code a phone reads from the back of a room when projected: 137 modules
/// a side. A longer link gets no code.
const LARGEST: u8 = 30;
/// The quiet margin scanners need around a code, in modules.
const MARGIN: i32 = 4;

/// The code for `address` followed by `scanned`, a text in QR's alphanumeric characters
/// (stored in fewer bits), or none when it needs a code too dense to read across a room.
pub fn qr_code(address: &str, scanned: &str) -> Option<QrCode> {
    let segments = [
        QrSegment::make_bytes(address.as_bytes()),
        QrSegment::make_alphanumeric(scanned),
    ];
    QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(LARGEST),
        None,
        true,
    )
    .ok()
}

#[component]
pub fn QrImage(code: QrCode, #[prop(into)] label: String) -> impl IntoView {
    let size = code.size();
    // Each run of dark modules in a row is one rectangle of the path.
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + MARGIN,
                    y + MARGIN,
                    x - start,
                    x - start
                ));
            }
            x += 1;
        }
    }
    let side = size + 2 * MARGIN;
    view! {
        <svg class="qr" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label
            shape-rendering="crispEdges">
            <rect width=side height=side fill="#ffffff" />
            <path d=path fill="#000000" />
        </svg>
    }
}
