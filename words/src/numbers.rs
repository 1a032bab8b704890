//! Numbers as each language writes them: "1,500 ms" in English and Japanese, "1.500 ms"
//! in Italian, German and Dutch, "1500 ms" but "15.000" in Spanish (which groups from
//! five digits), "1 500 ms" in French (a narrow no-break space). Port numbers are names,
//! not quantities, and are passed to messages as text, never grouped.

use fluent_bundle::{FluentValue, types::FluentNumber};
use ringcheck_shared::language::Language;

/// How a language writes a number: its group and decimal separators, and the fewest
/// digits before the separator that are grouped at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    group: char,
    decimal: char,
    min_grouped_digits: usize,
}

impl NumberStyle {
    pub fn of(language: Language) -> Self {
        let (group, decimal, min_grouped_digits) = match language {
            Language::English | Language::Japanese => (',', '.', 4),
            Language::Italian | Language::German | Language::Dutch => ('.', ',', 4),
            Language::Spanish => ('.', ',', 5),
            Language::French => ('\u{202F}', ',', 4),
        };
        Self {
            group,
            decimal,
            min_grouped_digits,
        }
    }

    /// `number` written in this style, with its options' fraction digits and grouping.
    pub fn write(self, number: &FluentNumber) -> String {
        let options = &number.options;
        // As many fraction digits as the value needs (up to three), within its options.
        let most = options.maximum_fraction_digits.unwrap_or(3).min(3);
        let digits = fraction_digits(number.value)
            .min(most)
            .max(options.minimum_fraction_digits.unwrap_or(0).min(3));
        let written = format!("{:.*}", digits, number.value.abs());
        let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
        // Rounding may leave zeros (2.9999 to "3.000"): only the options' least stay.
        let least = options.minimum_fraction_digits.unwrap_or(0).min(3);
        let fraction = &fraction[..fraction.trim_end_matches('0').len().max(least)];
        let mut text = String::new();
        if number.value < 0.0 && written.chars().any(|c| c.is_ascii_digit() && c != '0') {
            text.push('-');
        }
        let group = options.use_grouping && whole.len() >= self.min_grouped_digits;
        for (at, digit) in whole.chars().enumerate() {
            if group && at > 0 && (whole.len() - at) % 3 == 0 {
                text.push(self.group);
            }
            text.push(digit);
        }
        if !fraction.is_empty() {
            text.push(self.decimal);
            text.push_str(fraction);
        }
        text
    }
}

/// How many fraction digits a value needs, up to three: 2.5 needs one, 3 none.
fn fraction_digits(value: f64) -> usize {
    (0..3)
        .find(|&digits| {
            let scale = 10f64.powi(digits as i32);
            ((value * scale).round() - value * scale).abs() < 1e-9
        })
        .unwrap_or(3)
}

/// The formatter a bundle of `LANGUAGE`'s is given (by index into [`Language::ALL`]):
/// numbers in its style, anything else as Fluent writes it.
pub fn formatter<const LANGUAGE: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(NumberStyle::of(Language::ALL[LANGUAGE]).write(number)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::types::FluentNumberOptions;

    fn write(language: Language, value: f64) -> String {
        NumberStyle::of(language).write(&FluentNumber::new(value, FluentNumberOptions::default()))
    }

    #[test]
    fn each_language_groups_as_it_writes() {
        assert_eq!(write(Language::English, 1500.0), "1,500");
        assert_eq!(write(Language::Japanese, 1500.0), "1,500");
        assert_eq!(write(Language::Italian, 1500.0), "1.500");
        assert_eq!(write(Language::German, 1_234_567.0), "1.234.567");
        assert_eq!(write(Language::Dutch, 999.0), "999");
        assert_eq!(write(Language::Spanish, 1500.0), "1500", "from five digits");
        assert_eq!(write(Language::Spanish, 15000.0), "15.000");
        assert_eq!(write(Language::French, 1500.0), "1\u{202F}500");
    }

    #[test]
    fn fractions_take_the_language_s_decimal_sign() {
        assert_eq!(write(Language::English, 2.5), "2.5");
        assert_eq!(write(Language::German, 2.5), "2,5");
        assert_eq!(write(Language::French, 1234.25), "1\u{202F}234,25");
        assert_eq!(write(Language::English, -3.0), "-3");
        assert_eq!(write(Language::English, 0.0), "0");
        assert_eq!(
            write(Language::English, 2.9999),
            "3",
            "no zeros rounding leaves"
        );
    }

    #[test]
    fn grouping_can_be_turned_off() {
        let options = FluentNumberOptions {
            use_grouping: false,
            ..Default::default()
        };
        let number = FluentNumber::new(16500.0, options);
        assert_eq!(NumberStyle::of(Language::German).write(&number), "16500");
    }
}
