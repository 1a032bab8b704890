//! Writing HTML by hand, safely: every text and attribute value goes through [`text`].

use std::fmt::{self, Display};

use ringcheck_words::Speaker;

/// `value` escaped for HTML text and double-quoted attribute values alike.
pub fn text(value: &str) -> Escaped<'_> {
    Escaped(value)
}

pub struct Escaped<'a>(&'a str);

/// Message `id` as HTML, its words escaped and each of `markup`'s variables replaced by
/// that HTML as it is (a link, a `<code>`), wherever the language puts it.
pub fn message_with_markup(words: Speaker<'_>, id: &str, markup: &[(&str, &str)]) -> String {
    // Each variable stands in as a private-use character no message contains.
    let marks: Vec<String> = (0..markup.len())
        .map(|at| {
            char::from_u32(0xE000 + at as u32)
                .unwrap_or('\u{E000}')
                .to_string()
        })
        .collect();
    let args: Vec<(&str, ringcheck_words::Arg<'_>)> = markup
        .iter()
        .zip(&marks)
        .map(|((name, _), mark)| (*name, mark.as_str().into()))
        .collect();
    let mut html = text(&words.with(id, &args)).to_string();
    for ((_, markup), mark) in markup.iter().zip(&marks) {
        html = html.replace(mark.as_str(), markup);
    }
    html
}

impl Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_goes_where_the_language_puts_it_and_the_words_are_escaped() {
        let words = ringcheck_words::Words::get().speak(ringcheck_words::Locale::ENGLISH);
        let html = message_with_markup(words, "entry-source", &[("sources", "<a>x</a>")]);
        assert_eq!(html, "Source: <a>x</a>");
    }

    #[test]
    fn markup_and_quotes_are_escaped_and_the_rest_kept() {
        assert_eq!(
            text(r#"<a href="x">Tom & Jerry's</a> – 16500–65000"#).to_string(),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; – 16500–65000"
        );
        assert_eq!(text("plain").to_string(), "plain");
    }
}
