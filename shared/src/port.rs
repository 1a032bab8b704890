//! Port numbers and the sets of ports a catalogue entry covers.

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

/// A TCP or UDP port number; never 0, which no service listens on.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = u16, example = 8557))]
#[serde(try_from = "u16", into = "u16")]
pub struct Port(u16);

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum PortError {
    #[error("a port number is needed")]
    Empty,
    #[error("\"{0}\" is not a port number: use digits only, from 1 to 65535")]
    NotANumber(String),
    #[error("port {0} is outside 1-65535")]
    OutOfRange(String),
}

impl Port {
    /// A port known to be valid where it is written, as in the catalogue.
    ///
    /// # Panics
    /// On 0, which is a programming error in a constant, never user input.
    pub const fn known(number: u16) -> Self {
        assert!(number != 0, "port 0 is not a port");
        Self(number)
    }

    pub fn parse(text: &str) -> Result<Self, PortError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(PortError::Empty);
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PortError::NotANumber(text.to_owned()));
        }
        match text.parse::<u16>() {
            Ok(number) => Self::try_from(number).map_err(|_| PortError::OutOfRange(text.into())),
            Err(_) => Err(PortError::OutOfRange(text.to_owned())),
        }
    }

    pub const fn get(self) -> u16 {
        self.0
    }
}

impl TryFrom<u16> for Port {
    type Error = PortError;

    fn try_from(number: u16) -> Result<Self, Self::Error> {
        if number == 0 {
            Err(PortError::OutOfRange("0".into()))
        } else {
            Ok(Self(number))
        }
    }
}

impl From<Port> for u16 {
    fn from(port: Port) -> Self {
        port.0
    }
}

impl FromStr for Port {
    type Err = PortError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl fmt::Display for Port {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The ports one catalogue entry covers: a few named ports, or a whole range.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PortSpec {
    List {
        ports: Vec<Port>,
    },
    /// Inclusive on both ends, as the article writes "from 16500 to 65000".
    Range {
        first: Port,
        last: Port,
    },
}

impl PortSpec {
    pub fn list(numbers: &[u16]) -> Self {
        Self::List {
            ports: numbers.iter().map(|&n| Port::known(n)).collect(),
        }
    }

    pub const fn range(first: u16, last: u16) -> Self {
        assert!(first < last, "a range runs upwards");
        Self::Range {
            first: Port::known(first),
            last: Port::known(last),
        }
    }

    pub fn contains(&self, port: Port) -> bool {
        match self {
            Self::List { ports } => ports.contains(&port),
            Self::Range { first, last } => (*first..=*last).contains(&port),
        }
    }

    /// The port numbers that appear in writing: every listed port, or a range's two ends.
    pub fn named_ports(&self) -> Vec<Port> {
        match self {
            Self::List { ports } => ports.clone(),
            Self::Range { first, last } => vec![*first, *last],
        }
    }
}

impl fmt::Display for PortSpec {
    /// "9998, 9999" or "16500–65000".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::List { ports } => {
                for (i, port) in ports.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    port.fmt(f)?;
                }
                Ok(())
            }
            Self::Range { first, last } => write!(f, "{first}\u{2013}{last}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_ports_and_explains_bad_ones() {
        assert_eq!(Port::parse("8557"), Ok(Port::known(8557)));
        assert_eq!(Port::parse(" 443 "), Ok(Port::known(443)));
        assert_eq!(Port::parse(""), Err(PortError::Empty));
        assert_eq!(Port::parse("0"), Err(PortError::OutOfRange("0".into())));
        assert_eq!(
            Port::parse("65536"),
            Err(PortError::OutOfRange("65536".into()))
        );
        assert_eq!(Port::parse("-1"), Err(PortError::NotANumber("-1".into())));
        assert_eq!(Port::parse("80a"), Err(PortError::NotANumber("80a".into())));
    }

    #[test]
    fn zero_is_refused_when_deserialising() {
        assert!(serde_json::from_str::<Port>("0").is_err());
        assert_eq!(
            serde_json::from_str::<Port>("9999").unwrap(),
            Port::known(9999)
        );
    }

    #[test]
    fn ranges_are_inclusive() {
        let media = PortSpec::range(16500, 65000);
        assert!(media.contains(Port::known(16500)));
        assert!(media.contains(Port::known(65000)));
        assert!(!media.contains(Port::known(16499)));
        assert!(!media.contains(Port::known(65001)));
    }

    #[test]
    fn displays_as_written_in_the_table() {
        assert_eq!(PortSpec::list(&[9998, 9999]).to_string(), "9998, 9999");
        assert_eq!(
            PortSpec::range(16500, 65000).to_string(),
            "16500\u{2013}65000"
        );
    }
}
