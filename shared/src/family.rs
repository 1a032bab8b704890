//! IP address families. Ring documents only IPv4 for its devices (the catalogue's
//! [`crate::catalog::DocumentedFamily`]), while a dual-stack home's browser usually
//! takes IPv6: a check tests each family the home has and judges Ring's features on the
//! documented one.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use crate::wire::wire_names;

wire_names! {
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum AddressFamily {
        Ipv4 = "ipv4",
        Ipv6 = "ipv6",
    }
}

impl AddressFamily {
    /// The family of `address`; an IPv4-mapped IPv6 address is the IPv4 it carries.
    pub fn of(address: IpAddr) -> Self {
        match address {
            IpAddr::V4(_) => AddressFamily::Ipv4,
            IpAddr::V6(v6) if v6.to_ipv4_mapped().is_some() => AddressFamily::Ipv4,
            IpAddr::V6(_) => AddressFamily::Ipv6,
        }
    }

    /// "IPv4".
    pub fn label(self) -> &'static str {
        match self {
            AddressFamily::Ipv4 => "IPv4",
            AddressFamily::Ipv6 => "IPv6",
        }
    }

    pub fn other(self) -> Self {
        match self {
            AddressFamily::Ipv4 => AddressFamily::Ipv6,
            AddressFamily::Ipv6 => AddressFamily::Ipv4,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv4_mapped_address_is_ipv4() {
        assert_eq!(
            AddressFamily::of("203.0.113.7".parse().unwrap()),
            AddressFamily::Ipv4
        );
        assert_eq!(
            AddressFamily::of("::ffff:203.0.113.7".parse().unwrap()),
            AddressFamily::Ipv4
        );
        assert_eq!(
            AddressFamily::of("2001:db8::7".parse().unwrap()),
            AddressFamily::Ipv6
        );
    }

    #[test]
    fn each_family_s_slug_is_its_json() {
        for family in AddressFamily::ALL {
            let json = serde_json::to_string(&family).unwrap();
            assert_eq!(json, format!("\"{}\"", family.slug()));
            assert_eq!(family.other().other(), family);
        }
    }
}
