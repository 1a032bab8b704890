//! The pseudo-language's letters: English with every vowel and a few consonants
//! accented, still readable, so a screenshot shows at a glance which texts came through
//! the catalogues (those in brackets, accented) and which did not.

use std::borrow::Cow;

/// `text` with its letters accented; the transform a pseudo-language bundle is given,
/// which Fluent applies to a message's own text, never to its variables.
pub fn accented(text: &str) -> Cow<'_, str> {
    Cow::Owned(text.chars().map(accent).collect())
}

fn accent(letter: char) -> char {
    match letter {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'c' => 'ç',
        'n' => 'ñ',
        'y' => 'ý',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ö',
        'U' => 'Ü',
        'C' => 'Ç',
        'N' => 'Ñ',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_the_rest_kept() {
        assert_eq!(accented("Ring Check: TCP 443"), "Ríñg Çhéçk: TÇP 443");
    }
}
