//! `--ipv4-host` and `--ipv6-host`: where the browser reaches this server over one
//! address family only, so a dual-stack home is tested on each (and judged on the one
//! Ring documents for its devices) instead of on whichever its browser picks.

use std::net::IpAddr;

use clap::Args;
use ringcheck_shared::{egress::FamilyHost, family::AddressFamily};

use super::{ConfigError, tls::is_domain_name};

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Address families")]
pub struct Families {
    /// Where browsers reach this server over IPv4 only: an IPv4 address, or a name with A
    /// records alone. With --ipv6-host, a dual-stack visitor is tested over both families
    /// and judged on IPv4, the one Ring documents for its devices; the main port must
    /// answer there too (the page calls it from each family).
    #[arg(long, env = "RINGCHECK_IPV4_HOST")]
    pub ipv4_host: Option<String>,

    /// Where browsers reach this server over IPv6 only: an IPv6 address, or a name with
    /// AAAA records alone (see --ipv4-host).
    #[arg(long, env = "RINGCHECK_IPV6_HOST")]
    pub ipv6_host: Option<String>,
}

impl Families {
    /// Where the browser tests each address family apart, if the operator says: checked,
    /// against the ACME domains too when ACME supplies the certificate.
    pub(super) fn hosts(&self, acme_domains: &[String]) -> Result<Vec<FamilyHost>, ConfigError> {
        family_hosts(
            self.ipv4_host.as_deref(),
            self.ipv6_host.as_deref(),
            acme_domains,
        )
    }
}

/// `text` as the host of `family`: an address of that family, or a name (which the
/// operator gives records of that family only). IPv6 addresses are written as URLs write
/// them, in brackets.
pub fn family_host(family: AddressFamily, text: &str) -> Result<FamilyHost, ConfigError> {
    let bad = |why: &str| ConfigError::BadFamilyHost {
        flag: flag(family),
        value: text.to_owned(),
        why: why.to_owned(),
    };
    let bare = text
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or(text);
    if let Ok(address) = bare.parse::<IpAddr>() {
        if AddressFamily::of(address) != family {
            return Err(bad(&format!("it is not an {} address", family.label())));
        }
        if address.is_unspecified() || address.is_multicast() {
            return Err(bad("browsers cannot connect to it"));
        }
        let host = match address {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => format!("[{v6}]"),
        };
        return Ok(FamilyHost { family, host });
    }
    if !is_domain_name(bare) || bare.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(bad(&format!(
            "write an {} address or a host name, e.g. {}",
            family.label(),
            example(family)
        )));
    }
    Ok(FamilyHost {
        family,
        host: bare.to_ascii_lowercase(),
    })
}

/// The hosts of the families named, checked against each other and the certificate's
/// source: a name has to be one of the ACME domains when ACME supplies the certificate,
/// and an address cannot have one from ACME.
pub fn family_hosts(
    ipv4: Option<&str>,
    ipv6: Option<&str>,
    acme_domains: &[String],
) -> Result<Vec<FamilyHost>, ConfigError> {
    let hosts = [(AddressFamily::Ipv4, ipv4), (AddressFamily::Ipv6, ipv6)]
        .into_iter()
        .filter_map(|(family, text)| Some(family_host(family, text?)))
        .collect::<Result<Vec<_>, _>>()?;
    if let [a, b] = hosts.as_slice()
        && a.host == b.host
    {
        return Err(ConfigError::SameFamilyHost(a.host.clone()));
    }
    if !acme_domains.is_empty() {
        for host in &hosts {
            let is_address = host.host.starts_with('[') || host.host.parse::<IpAddr>().is_ok();
            if is_address
                || !acme_domains
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(&host.host))
            {
                return Err(ConfigError::FamilyHostWithoutCertificate {
                    flag: flag(host.family),
                    host: host.host.clone(),
                });
            }
        }
    }
    Ok(hosts)
}

fn flag(family: AddressFamily) -> &'static str {
    match family {
        AddressFamily::Ipv4 => "--ipv4-host",
        AddressFamily::Ipv6 => "--ipv6-host",
    }
}

fn example(family: AddressFamily) -> &'static str {
    match family {
        AddressFamily::Ipv4 => "203.0.113.10 or ipv4.ringcheck.example.com",
        AddressFamily::Ipv6 => "2001:db8::10 or ipv6.ringcheck.example.com",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AddressFamily::{Ipv4, Ipv6};

    #[test]
    fn addresses_of_the_family_and_names_are_taken_as_urls_write_them() {
        let host = |family, text| family_host(family, text).map(|h| h.host);
        assert_eq!(host(Ipv4, "203.0.113.10").unwrap(), "203.0.113.10");
        assert_eq!(host(Ipv6, "2001:db8::10").unwrap(), "[2001:db8::10]");
        assert_eq!(host(Ipv6, "[2001:db8::10]").unwrap(), "[2001:db8::10]");
        assert_eq!(
            host(Ipv4, "IPv4.Ringcheck.Example.com").unwrap(),
            "ipv4.ringcheck.example.com"
        );
    }

    #[test]
    fn the_wrong_family_and_what_is_no_host_are_refused_saying_why() {
        for (family, text, why) in [
            (Ipv4, "2001:db8::10", "not an IPv4 address"),
            (Ipv6, "203.0.113.10", "not an IPv6 address"),
            (Ipv4, "0.0.0.0", "cannot connect"),
            (
                Ipv4,
                "https://v4.example.com",
                "write an IPv4 address or a host name",
            ),
            (
                Ipv6,
                "v6.example.com:443",
                "write an IPv6 address or a host name",
            ),
            (Ipv4, "203.0.113", "write an IPv4 address"),
        ] {
            let error = family_host(family, text).unwrap_err().to_string();
            assert!(error.contains(why), "{text}: {error}");
        }
    }

    #[test]
    fn the_two_families_need_two_hosts_and_acme_needs_their_names() {
        assert!(matches!(
            family_hosts(Some("both.example.com"), Some("both.example.com"), &[]),
            Err(ConfigError::SameFamilyHost(_))
        ));
        let domains = [
            "ringcheck.example.com".to_owned(),
            "v4.example.com".to_owned(),
        ];
        assert!(family_hosts(Some("v4.example.com"), None, &domains).is_ok());
        for (v4, v6) in [
            (Some("v4.example.com"), Some("v6.example.com")),
            (Some("203.0.113.10"), None),
        ] {
            let error = family_hosts(v4, v6, &domains).unwrap_err().to_string();
            assert!(error.contains("--acme-domain"), "{error}");
        }
        assert!(family_hosts(None, None, &domains).unwrap().is_empty());
    }
}
