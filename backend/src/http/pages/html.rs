//! Writing HTML by hand, safely: every text and attribute value goes through [`text`].

use std::fmt::{self, Display};

/// `value` escaped for HTML text and double-quoted attribute values alike.
pub fn text(value: &str) -> Escaped<'_> {
    Escaped(value)
}

pub struct Escaped<'a>(&'a str);

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
    fn markup_and_quotes_are_escaped_and_the_rest_kept() {
        assert_eq!(
            text(r#"<a href="x">Tom & Jerry's</a> – 16500–65000"#).to_string(),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; – 16500–65000"
        );
        assert_eq!(text("plain").to_string(), "plain");
    }
}
