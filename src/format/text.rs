//! A file's bytes as text: UTF-8, as the app writes it; UTF-16, with its byte-order mark or without,
//! as Notepad saves "Unicode"; or else Windows-1252, as Notepad and older Windows editors
//! save a file that was opened to fix a name.

/// What bytes 0x80 to 0x9F stand for in Windows-1252; the rest of its upper half is
/// Latin-1, the same numbers as Unicode. The five bytes it leaves unassigned keep their
/// own numbers, as browsers read them.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The text of a file: read as UTF-8 where it is, and each byte that is not as
/// Windows-1252, so "Chrïs" saved by an old editor stays "Chrïs" rather than losing its
/// letters to question marks, and a file fixed in one place by such an editor keeps the
/// UTF-8 letters everywhere else.
pub fn decode(bytes: Vec<u8>) -> String {
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => return utf16(&bytes[2..], u16::from_le_bytes),
        Some([0xFE, 0xFF]) => return utf16(&bytes[2..], u16::from_be_bytes),
        // Without its mark, UTF-16 of our files shows as a zero byte beside each letter
        // of the opening brace and spaces; no text in UTF-8 or Windows-1252 starts so.
        Some([0, b]) if b.is_ascii() && *b != 0 => return utf16(&bytes, u16::from_be_bytes),
        Some([b, 0]) if b.is_ascii() && *b != 0 && bytes.get(3) == Some(&0) => {
            return utf16(&bytes, u16::from_le_bytes)
        }
        _ => {}
    }
    let mut text = String::with_capacity(bytes.len());
    let mut rest = bytes.as_slice();
    loop {
        match std::str::from_utf8(rest) {
            Ok(whole) => {
                text.push_str(whole);
                return text;
            }
            Err(wrong) => {
                let (read, unread) = rest.split_at(wrong.valid_up_to());
                text.push_str(std::str::from_utf8(read).unwrap_or_default());
                let Some((byte, after)) = unread.split_first() else {
                    return text;
                };
                text.push(match byte {
                    0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
                    b => char::from(*b),
                });
                rest = after;
            }
        }
    }
}

/// UTF-16 text after its byte-order mark; a letter that cannot be read becomes U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn a_file_saved_as_unicode_by_notepad_is_read() {
        let text = "{\"name\": \"Zoë – 🙂\"}";
        let little: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let big: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(little.clone()), text);
        assert_eq!(decode(big.clone()), text);
        // Saved without the mark, as some editors do.
        assert_eq!(decode(little[2..].to_vec()), text);
        assert_eq!(decode(big[2..].to_vec()), text);
    }

    #[test]
    fn utf8_is_read_as_it_is() {
        assert_eq!(
            decode("Chrïs “Coäch” €".as_bytes().to_vec()),
            "Chrïs “Coäch” €"
        );
    }

    #[test]
    fn a_file_saved_as_windows_1252_keeps_its_letters() {
        // "Chrïs Coäch – “Zoë” €5" as Notepad's ANSI writes it.
        let bytes = b"Chr\xefs Co\xe4ch \x96 \x93Zo\xeb\x94 \x805".to_vec();
        assert_eq!(decode(bytes), "Chrïs Coäch – “Zoë” €5");
    }

    #[test]
    fn a_utf8_file_with_one_name_saved_as_windows_1252_keeps_both() {
        let mut bytes = "{\"a\": \"Zoë Ng\", \"b\": \"Bj".as_bytes().to_vec();
        bytes.extend(b"\xf6rk\"}");
        assert_eq!(decode(bytes), "{\"a\": \"Zoë Ng\", \"b\": \"Björk\"}");
    }
}
