//! Why the flags cannot be used together, worded for the operator who wrote them.

use std::{net::SocketAddr, path::PathBuf};

use super::probes::DEADLINE_MARGIN_MS;

/// Settings that contradict each other or would make the server unsafe.
#[derive(thiserror::Error, Debug)]
pub enum ConfigError {
    #[error(
        "--check-deadline-ms ({deadline_ms}) must leave room for every attempt of a probe \
         and the server's own work: at least --probe-timeout-ms × (1 + --probe-retries) + \
         {margin_ms} = {needed_ms}",
        margin_ms = DEADLINE_MARGIN_MS
    )]
    DeadlineTooShort { deadline_ms: u64, needed_ms: u64 },

    #[error(
        "--max-probe-sockets ({asked}) must be at least the {needed} ports one check probes: \
         a check's turn comes when it has a socket for each"
    )]
    TooFewProbeSockets { asked: u32, needed: usize },

    #[error(
        "--metrics-bind ({metrics}) is the port visitors use (--bind {bind}): serve the \
         metrics on a port of their own that only your monitoring reaches, e.g. \
         127.0.0.1:9464"
    )]
    MetricsOnPublicPort {
        metrics: SocketAddr,
        bind: SocketAddr,
    },

    #[error(
        "--acme-contact, --acme-cache and --acme-directory-ca need --acme-domain: the domain \
         visitors reach this server at"
    )]
    AcmeWithoutDomain,

    #[error(
        "--acme-domain needs --acme-cache: a folder the server may write, which keeps the \
         account and certificates across restarts (ACME servers limit how often they issue)"
    )]
    AcmeWithoutCache,

    #[error(
        "--acme-domain {0:?} is not a domain name: write it as visitors type it, e.g. \
         ringcheck.example.com"
    )]
    AcmeBadDomain(String),

    #[error(
        "--trusted-proxy and --trusted-hops need --forwarded-header: name the one header \
         your proxy writes the visitor's address into (x-forwarded-for or forwarded)"
    )]
    ProxyWithoutHeader,

    #[error(
        "--forwarded-header needs --trusted-proxy or --trusted-hops: without them the \
         header could be written by anyone, so it is never read"
    )]
    HeaderWithoutProxy,

    #[error(
        "--allow-private-targets needs a loopback --bind (it is {bind}): on any other \
         address, everyone who can reach the server could make it probe their network. \
         Bind to 127.0.0.1, or name the networks that may be probed with --private-targets"
    )]
    LocalModeExposed { bind: SocketAddr },

    #[error(
        "--allow-private-targets cannot be used behind a proxy (--trusted-proxy or \
         --trusted-hops): a proxied server is reachable by others. Use --private-targets \
         for a test network"
    )]
    LocalModeBehindProxy,

    #[error("{flag} {value:?} cannot be used: {why}")]
    BadFamilyHost {
        flag: &'static str,
        value: String,
        why: String,
    },

    #[error(
        "--ipv4-host and --ipv6-host are both {0:?}: give each family a host of its own (a \
         name with A records only, and one with AAAA records only), or leave one out"
    )]
    SameFamilyHost(String),

    #[error(
        "{flag} {host} needs a certificate: with --acme-domain, name it with --acme-domain \
         {host} too (an address cannot have one from ACME: give a name)"
    )]
    FamilyHostWithoutCertificate { flag: &'static str, host: String },

    #[error(
        "--database-password-file is for a PostgreSQL --database (postgres://USER@HOST/DB); \
         a SQLite file has no password"
    )]
    PasswordFileWithoutPostgres,

    #[error(
        "--database already carries a password, and --database-password-file gives another: \
         keep it in the file only, and write --database as postgres://USER@HOST:PORT/DATABASE"
    )]
    TwoDatabasePasswords,

    #[error("cannot read --database-password-file {path}: {reason}")]
    UnreadablePasswordFile { path: PathBuf, reason: String },

    #[error(
        "behind a proxy (--trusted-proxy or --trusted-hops), set --public-url to the \
         address visitors use, such as https://ringcheck.example: the Host and scheme the \
         proxy passes on need not be theirs, and the server needs the real one for its \
         links and to tell its own pages' check starts from other sites'"
    )]
    ProxyWithoutPublicUrl,
}
