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

/// The fragment that carries `template`, starting with `LINK_PREFIX`.
pub fn template_fragment(template: &Template, saved_at: DateTime<Utc>) -> String {
    let json = write_compact(&Document::of_template(template.clone(), saved_at));
    format!(
        "{LINK_PREFIX}{}",
        encode(&compress_to_vec_zlib(json.as_bytes(), 10))
    )
}

/// The template a fragment's payload (after `LINK_PREFIX`) carries.
pub fn template_from_fragment(payload: &str) -> Result<Template, LinkProblem> {
    let packed = decode(payload).ok_or(LinkProblem::Damaged)?;
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
