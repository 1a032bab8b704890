//! Which addresses may be probed: public internet addresses only, unless the operator
//! runs in local mode. The reason a non-public address is refused is explained to the
//! visitor, because the usual causes (VPN, proxy, same machine) are theirs to fix.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

/// Why an address is not a public internet address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonPublic {
    Unspecified,
    Loopback,
    Private,
    SharedCgnat,
    LinkLocal,
    Documentation,
    Benchmarking,
    Multicast,
    Reserved,
    UniqueLocal,
    /// 6to4 or Teredo: a tunnel's address, not the network behind it.
    Tunnel,
    /// The deprecated site-local range (fec0::/10).
    SiteLocal,
}

/// The well-known NAT64 prefix (RFC 6052): `64:ff9b::a.b.c.d` is IPv4 `a.b.c.d`.
const NAT64: Ipv6Addr = Ipv6Addr::new(0x64, 0xff9b, 0, 0, 0, 0, 0, 0);

/// An IPv6 address that stands for an IPv4 one (`::ffff:a.b.c.d`, or NAT64's
/// `64:ff9b::a.b.c.d`) is the IPv4 address it carries.
pub fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) if in_v6(v6, NAT64, 96) => IpAddr::V4(Ipv4Addr::from(
            u32::try_from(u128::from(v6) & u128::from(u32::MAX)).unwrap_or(0),
        )),
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// The household `address` is counted as, by every limit: an IPv4 address, or an IPv6
/// /64 (what one home usually has).
pub fn household_of(address: IpAddr) -> IpNet {
    prefix_of(address, 32, 64)
}

/// The network `address` is counted in, by every limit: an IPv4 /24, or an IPv6 /48 (what
/// one customer can hold: 65,536 households).
pub fn network_of(address: IpAddr) -> IpNet {
    prefix_of(address, 24, 48)
}

/// The prefix of `address`: its first `v4_bits` bits for IPv4, its first `v6_bits` for
/// IPv6.
pub fn prefix_of(address: IpAddr, v4_bits: u8, v6_bits: u8) -> IpNet {
    let network = match canonical(address) {
        IpAddr::V4(v4) => IpNet::new(IpAddr::V4(v4), v4_bits.min(32)),
        IpAddr::V6(v6) => IpNet::new(IpAddr::V6(v6), v6_bits.min(128)),
    };
    network
        .map(|net| net.trunc())
        .unwrap_or_else(|_| IpNet::from(address))
}

/// `Ok` for a public address, or why it is not one.
pub fn check_public(address: IpAddr) -> Result<(), NonPublic> {
    match canonical(address) {
        IpAddr::V4(v4) => check_v4(v4),
        IpAddr::V6(v6) => check_v6(v6),
    }
}

/// Which addresses a server may probe: public ones always; private, loopback and other
/// non-public ones only in local mode (`any_private`, a developer's own machine) or
/// inside networks the operator named (a test network).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TargetPolicy {
    pub any_private: bool,
    pub private_networks: Vec<IpNet>,
}

impl TargetPolicy {
    /// `Ok` when `address` may be probed, or why it may not.
    pub fn check(&self, address: IpAddr) -> Result<(), NonPublic> {
        let address = canonical(address);
        check_public(address).or_else(|why| {
            let allowed = self.any_private
                || self
                    .private_networks
                    .iter()
                    .any(|network| network.contains(&address));
            if allowed { Ok(()) } else { Err(why) }
        })
    }

    /// Whether anything but public addresses may be probed, so results may not describe
    /// a home network.
    pub fn is_local(&self) -> bool {
        self.any_private || !self.private_networks.is_empty()
    }
}

fn in_v4(address: Ipv4Addr, network: [u8; 4], prefix: u32) -> bool {
    let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
    u32::from(address) & mask == u32::from(Ipv4Addr::from(network)) & mask
}

fn check_v4(a: Ipv4Addr) -> Result<(), NonPublic> {
    use NonPublic::*;
    let rules: [([u8; 4], u32, NonPublic); 17] = [
        ([0, 0, 0, 0], 8, Unspecified),
        ([127, 0, 0, 0], 8, Loopback),
        ([10, 0, 0, 0], 8, Private),
        ([172, 16, 0, 0], 12, Private),
        ([192, 168, 0, 0], 16, Private),
        ([100, 64, 0, 0], 10, SharedCgnat),
        ([169, 254, 0, 0], 16, LinkLocal),
        ([192, 0, 0, 0], 24, Reserved),
        ([192, 0, 2, 0], 24, Documentation),
        ([198, 51, 100, 0], 24, Documentation),
        ([203, 0, 113, 0], 24, Documentation),
        ([198, 18, 0, 0], 15, Benchmarking),
        ([192, 88, 99, 0], 24, Reserved),
        ([224, 0, 0, 0], 4, Multicast),
        ([240, 0, 0, 0], 4, Reserved),
        ([255, 255, 255, 255], 32, Reserved),
        ([192, 31, 196, 0], 24, Reserved),
    ];
    match rules
        .iter()
        .find(|(net, prefix, _)| in_v4(a, *net, *prefix))
    {
        Some((_, _, why)) => Err(*why),
        None => Ok(()),
    }
}

fn in_v6(address: Ipv6Addr, network: Ipv6Addr, prefix: u32) -> bool {
    let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
    u128::from(address) & mask == u128::from(network) & mask
}

fn check_v6(a: Ipv6Addr) -> Result<(), NonPublic> {
    use NonPublic::*;
    if a.is_unspecified() {
        return Err(Unspecified);
    }
    if a.is_loopback() {
        return Err(Loopback);
    }
    let rules: [(Ipv6Addr, u32, NonPublic); 11] = [
        (Ipv6Addr::new(0x2002, 0, 0, 0, 0, 0, 0, 0), 16, Tunnel),
        (Ipv6Addr::new(0x2001, 0, 0, 0, 0, 0, 0, 0), 32, Tunnel),
        (Ipv6Addr::new(0xfec0, 0, 0, 0, 0, 0, 0, 0), 10, SiteLocal),
        (Ipv6Addr::new(0xfc00, 0, 0, 0, 0, 0, 0, 0), 7, UniqueLocal),
        (Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 0), 10, LinkLocal),
        (Ipv6Addr::new(0xff00, 0, 0, 0, 0, 0, 0, 0), 8, Multicast),
        (
            Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0),
            32,
            Documentation,
        ),
        (
            Ipv6Addr::new(0x3fff, 0, 0, 0, 0, 0, 0, 0),
            20,
            Documentation,
        ),
        (Ipv6Addr::new(0x0100, 0, 0, 0, 0, 0, 0, 0), 64, Reserved),
        (
            Ipv6Addr::new(0x2001, 0x2, 0, 0, 0, 0, 0, 0),
            48,
            Benchmarking,
        ),
        // IPv4-compatible and other addresses inside ::/8 are long deprecated.
        (Ipv6Addr::new(0, 0, 0, 0, 0, 0, 0, 0), 8, Reserved),
    ];
    match rules
        .iter()
        .find(|(net, prefix, _)| in_v6(a, *net, *prefix))
    {
        Some((_, _, why)) => Err(*why),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(text: &str) -> Result<(), NonPublic> {
        check_public(text.parse().unwrap())
    }

    #[test]
    fn public_addresses_pass() {
        for ok in [
            "8.8.8.8",
            "1.1.1.1",
            "100.63.255.255",
            "100.128.0.1",
            "172.32.0.1",
            "2606:4700::1111",
            "2a00:1450::1",
        ] {
            assert_eq!(verdict(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn every_non_global_range_is_refused_with_its_reason() {
        use NonPublic::*;
        let cases = [
            ("0.0.0.0", Unspecified),
            ("127.0.0.1", Loopback),
            ("127.42.0.7", Loopback),
            ("10.1.2.3", Private),
            ("172.16.0.1", Private),
            ("172.31.255.255", Private),
            ("192.168.1.1", Private),
            ("100.64.0.1", SharedCgnat),
            ("100.127.255.254", SharedCgnat),
            ("169.254.1.1", LinkLocal),
            ("192.0.2.1", Documentation),
            ("198.51.100.1", Documentation),
            ("203.0.113.9", Documentation),
            ("198.18.0.1", Benchmarking),
            ("224.0.0.1", Multicast),
            ("240.0.0.1", Reserved),
            ("255.255.255.255", Reserved),
            ("::", Unspecified),
            ("::1", Loopback),
            ("fd00::1", UniqueLocal),
            ("fe80::1", LinkLocal),
            ("ff02::1", Multicast),
            ("2001:db8::1", Documentation),
            ("::ffff:127.0.0.1", Loopback),
            ("::ffff:10.0.0.1", Private),
            ("2002:c633:6407::1", Tunnel),
            ("2001:0:4136:e378:8000:63bf:3fff:fdd2", Tunnel),
            ("fec0::1", SiteLocal),
            ("64:ff9b::10.0.0.1", Private),
        ];
        for (address, why) in cases {
            assert_eq!(verdict(address), Err(why), "{address}");
        }
    }

    #[test]
    fn local_mode_or_named_networks_let_private_addresses_through() {
        let strict = TargetPolicy::default();
        assert_eq!(
            strict.check("10.99.0.2".parse().unwrap()),
            Err(NonPublic::Private)
        );
        assert_eq!(strict.check("8.8.8.8".parse().unwrap()), Ok(()));
        assert!(!strict.is_local());
        let test_network = TargetPolicy {
            any_private: false,
            private_networks: vec!["10.99.0.0/24".parse().unwrap()],
        };
        assert_eq!(test_network.check("10.99.0.2".parse().unwrap()), Ok(()));
        assert_eq!(
            test_network.check("127.0.0.1".parse().unwrap()),
            Err(NonPublic::Loopback)
        );
        let local = TargetPolicy {
            any_private: true,
            private_networks: Vec::new(),
        };
        assert_eq!(local.check("::1".parse().unwrap()), Ok(()));
        assert!(local.is_local() && test_network.is_local());
    }

    #[test]
    fn addresses_are_counted_in_their_blocks() {
        let at = |text: &str, v4, v6| prefix_of(text.parse().unwrap(), v4, v6).to_string();
        assert_eq!(at("198.51.100.77", 24, 64), "198.51.100.0/24");
        assert_eq!(at("198.51.100.77", 32, 64), "198.51.100.77/32");
        assert_eq!(at("2001:db8:1:2:3:4:5:6", 32, 64), "2001:db8:1:2::/64");
        assert_eq!(at("2001:db8:1:2:3:4:5:6", 32, 48), "2001:db8:1::/48");
        assert_eq!(at("::ffff:198.51.100.77", 24, 64), "198.51.100.0/24");
    }

    #[test]
    fn ipv4_mapped_ipv6_is_treated_as_ipv4() {
        assert_eq!(
            canonical("::ffff:8.8.8.8".parse().unwrap()),
            "8.8.8.8".parse::<IpAddr>().unwrap()
        );
        assert_eq!(verdict("::ffff:8.8.8.8"), Ok(()));
    }

    #[test]
    fn a_nat64_address_is_the_ipv4_address_it_carries() {
        assert_eq!(
            canonical("64:ff9b::203.0.113.9".parse().unwrap()),
            "203.0.113.9".parse::<IpAddr>().unwrap()
        );
        assert_eq!(verdict("64:ff9b::8.8.8.8"), Ok(()));
        assert_eq!(
            canonical("64:ff9b:1::8.8.8.8".parse().unwrap()),
            "64:ff9b:1::8.8.8.8".parse::<IpAddr>().unwrap(),
            "only the well-known /96"
        );
    }
}
