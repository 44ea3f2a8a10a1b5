//! Template links: a template file compressed into the part of an address after `#`,
//! which browsers never send to a server, and read back with every check a file gets.
//! Zlib's checksum tells a link changed by one letter from the one that was made.

use super::document::{write_compact, Document};
use super::template::read_template;
use super::FileProblem;
use crate::model::template::Template;
use chrono::{DateTime, Utc};
use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;

/// What starts a template link's fragment, after the app's own address.
pub const LINK_PREFIX: &str = "#/template/";
/// The most a link may unpack to: a template is small, so anything larger is not one.
const MAX_UNPACKED: usize = 256 * 1024;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a template link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Cut short or changed on the way: it no longer unpacks.
    Damaged,
    Refused(FileProblem),
}

impl std::fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkProblem::Damaged => f.write_str(
                "This template link is damaged or incomplete: part of it is missing or changed. Ask for the link again, or for the template file.",
            ),
            LinkProblem::Refused(problem) => {
                write!(f, "This template link holds a template the app cannot use. {problem}")
            }
        }
    }
}

/// Marks a payload written for a QR code (`scan_payload`) rather than for a link.
const SCAN_MARK: &str = "~";
/// Where the address a QR code carries ends, before its payload.
pub const SCAN_PREFIX: &str = "#/template/~";
/// Characters a QR code stores in 5.5 bits each (its alphanumeric mode; a byte takes 8),
/// and an address carries as they are.
const SCAN_ALPHABET: &[u8; 41] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-.";

fn packed(template: &Template, saved_at: DateTime<Utc>) -> Vec<u8> {
    let json = write_compact(&Document::of_template(template.clone(), saved_at));
    compress_to_vec_zlib(json.as_bytes(), 10)
}

/// The fragment that carries `template`, starting with `LINK_PREFIX`.
pub fn template_fragment(template: &Template, saved_at: DateTime<Utc>) -> String {
    format!("{LINK_PREFIX}{}", encode(&packed(template, saved_at)))
}

/// The same template for a QR code, the payload after `SCAN_PREFIX`: in `SCAN_ALPHABET`,
/// three characters for two bytes, it makes a code about a fifth smaller than the link's
/// letters would, so a school's own playbook still fits one a phone reads across a room.
pub fn scan_payload(template: &Template, saved_at: DateTime<Utc>) -> String {
    encode_scanned(&packed(template, saved_at))
}

fn encode_scanned(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    for pair in bytes.chunks(2) {
        let n = pair.iter().fold(0usize, |n, b| n << 8 | usize::from(*b));
        for i in (0..=pair.len()).rev() {
            out.push(char::from(SCAN_ALPHABET[n / 41usize.pow(i as u32) % 41]));
        }
    }
    out
}

fn decode_scanned(text: &str) -> Option<Vec<u8>> {
    let values: Vec<usize> = text
        .bytes()
        .map(|c| SCAN_ALPHABET.iter().position(|a| *a == c))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(values.len() / 3 * 2 + 1);
    for group in values.chunks(3) {
        let n = group.iter().fold(0usize, |n, v| n * 41 + v);
        match group.len() {
            3 if n <= 0xFFFF => out.extend([(n >> 8) as u8, n as u8]),
            2 if n <= 0xFF => out.push(n as u8),
            _ => return None,
        }
    }
    Some(out)
}

/// The template a fragment's payload (after `LINK_PREFIX`) carries.
pub fn template_from_fragment(payload: &str) -> Result<Template, LinkProblem> {
    let packed = match payload.strip_prefix(SCAN_MARK) {
        Some(scanned) => decode_scanned(scanned),
        None => decode(payload),
    }
    .ok_or(LinkProblem::Damaged)?;
    let json = decompress_to_vec_zlib_with_limit(&packed, MAX_UNPACKED)
        .map_err(|_| LinkProblem::Damaged)?;
    let text = String::from_utf8(json).map_err(|_| LinkProblem::Damaged)?;
    read_template(&text).map_err(LinkProblem::Refused)
}

/// URL-safe base64 without padding: letters a link carries unchanged everywhere.
fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

fn decode(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32))
        .collect::<Option<_>>()?;
    if values.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::template::template_of;
    use crate::model::test_support::{now, sample};

    fn payload() -> String {
        let fragment = template_fragment(&template_of(&sample(), "Writing feedback"), now());
        fragment.trim_start_matches(LINK_PREFIX).to_string()
    }

    #[test]
    fn base64_reads_back_every_length() {
        for n in 0..10u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(97)).collect();
            assert_eq!(decode(&encode(&bytes)), Some(bytes));
        }
    }

    #[test]
    fn a_scanned_payload_reads_back_every_length_and_a_bad_one_is_damaged() {
        let template = template_of(&sample(), "Writing feedback");
        let scanned = scan_payload(&template, now());
        assert_eq!(SCAN_PREFIX, format!("{LINK_PREFIX}{SCAN_MARK}"));
        assert!(scanned.bytes().all(|c| SCAN_ALPHABET.contains(&c)));
        assert_eq!(template_from_fragment(&format!("~{scanned}")), Ok(template));
        // At 5.5 bits a character against the link's 8, a code a fifth smaller at least.
        assert!(scanned.len() * 11 < payload().len() * 16 * 8 / 10);
        for n in 0..10u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(97)).collect();
            assert_eq!(decode_scanned(&encode_scanned(&bytes)), Some(bytes));
        }
        for bad in ["~A", "~...", "~ZZ", "~abc"] {
            assert_eq!(
                template_from_fragment(bad),
                Err(LinkProblem::Damaged),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_link_carries_its_template_and_stays_short() {
        let template = template_of(&sample(), "Writing feedback");
        assert_eq!(template_from_fragment(&payload()), Ok(template));
        assert!(payload().len() < 2_000, "{}", payload().len());
    }

    #[test]
    fn a_cut_or_changed_link_is_damaged_not_a_crash() {
        let good = payload();
        let cut = &good[..good.len() / 2];
        assert_eq!(template_from_fragment(cut), Err(LinkProblem::Damaged));
        assert_eq!(
            template_from_fragment("not*base64"),
            Err(LinkProblem::Damaged)
        );
        let mut changed = good.into_bytes();
        let middle = changed.len() / 2;
        changed[middle] = if changed[middle] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(changed).unwrap_or_default();
        assert!(template_from_fragment(&changed).is_err());
    }
}
