//! The reverse proxies in front of the server, and the one header they name the visitor
//! in.

use std::num::NonZeroU8;

use clap::Args;
use ipnet::IpNet;

use crate::client_ip::{ClientIp, ProxyHeader, ProxyTrust};

use super::ConfigError;

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Proxies")]
pub struct Proxies {
    /// A reverse proxy (CIDR, repeatable) whose --forwarded-header is believed; the
    /// visitor is the rightmost address in it that is not one of these proxies. From any
    /// other peer the header is ignored.
    #[arg(
        long = "trusted-proxy",
        env = "RINGCHECK_TRUSTED_PROXIES",
        value_delimiter = ',',
        conflicts_with = "trusted_hops"
    )]
    pub trusted_proxies: Vec<IpNet>,

    /// Instead of --trusted-proxy: exactly this many proxies stand in front of the server
    /// and nothing reaches it but through them; the visitor is that many addresses from
    /// the right of --forwarded-header.
    #[arg(long, env = "RINGCHECK_TRUSTED_HOPS",
          value_parser = clap::value_parser!(u8).range(1..=10))]
    pub trusted_hops: Option<u8>,

    /// The one header your proxy writes the visitor's address into. Needed with
    /// --trusted-proxy or --trusted-hops; no other header is ever read.
    #[arg(long, env = "RINGCHECK_FORWARDED_HEADER", value_enum)]
    pub forwarded_header: Option<ProxyHeader>,
}

impl Proxies {
    /// Whether the server stands behind proxies (by their networks or their number).
    pub fn are_trusted(&self) -> bool {
        !self.trusted_proxies.is_empty() || self.trusted_hops.is_some()
    }

    /// How the visitor's address is found: the peer, or the named header of the named
    /// proxies, which needs the server's `--public-url` (`has_public_url`).
    pub(super) fn client_ip(&self, has_public_url: bool) -> Result<ClientIp, ConfigError> {
        let trust = match (self.trusted_proxies.is_empty(), self.trusted_hops) {
            (true, None) => None,
            (false, _) => Some(ProxyTrust::Networks(self.trusted_proxies.clone())),
            (true, Some(hops)) => NonZeroU8::new(hops).map(ProxyTrust::Hops),
        };
        match (trust, self.forwarded_header) {
            (None, None) => Ok(ClientIp::Peer),
            (Some(_), Some(_)) if !has_public_url => Err(ConfigError::ProxyWithoutPublicUrl),
            (Some(trust), Some(header)) => Ok(ClientIp::Behind { header, trust }),
            (Some(_), None) => Err(ConfigError::ProxyWithoutHeader),
            (None, Some(_)) => Err(ConfigError::HeaderWithoutProxy),
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::config::Config;

    #[test]
    fn proxies_need_the_header_they_write_the_header_needs_proxies_and_both_a_public_url() {
        let parse = |args: &[&str]| {
            let mut all = vec!["ringcheck"];
            all.extend_from_slice(args);
            Config::parse_from(all).validate().map(|s| s.client_ip)
        };
        assert!(matches!(parse(&[]), Ok(ClientIp::Peer)));
        assert!(matches!(
            parse(&["--trusted-proxy", "10.0.0.0/8"]),
            Err(ConfigError::ProxyWithoutHeader)
        ));
        assert!(matches!(
            parse(&["--forwarded-header", "forwarded"]),
            Err(ConfigError::HeaderWithoutProxy)
        ));
        assert!(matches!(
            parse(&[
                "--trusted-hops",
                "1",
                "--forwarded-header",
                "x-forwarded-for"
            ]),
            Err(ConfigError::ProxyWithoutPublicUrl)
        ));
        assert!(matches!(
            parse(&[
                "--trusted-hops",
                "1",
                "--forwarded-header",
                "x-forwarded-for",
                "--public-url",
                "https://ringcheck.example"
            ]),
            Ok(ClientIp::Behind {
                header: ProxyHeader::XForwardedFor,
                trust: ProxyTrust::Hops(_)
            })
        ));
    }
}
