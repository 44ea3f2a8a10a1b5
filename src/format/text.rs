//! A file's bytes as text: UTF-8, as the app writes it, or else Windows-1252, as Notepad
//! and older Windows editors save a file that was opened to fix a name.

/// What bytes 0x80 to 0x9F stand for in Windows-1252; the rest of its upper half is
/// Latin-1, the same numbers as Unicode. The five bytes it leaves unassigned keep their
/// own numbers, as browsers read them.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The text of a file: read as UTF-8 when it is, else as Windows-1252, so "Chrïs" saved
/// by an old editor stays "Chrïs" rather than losing its letters to question marks.
pub fn decode(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|wrong| {
        wrong
            .into_bytes()
            .into_iter()
            .map(|b| match b {
                0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
                b => char::from(b),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::decode;

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
}
