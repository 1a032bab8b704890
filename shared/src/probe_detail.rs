//! What one probe found, beyond its state, as data: which answer came back, or how long
//! silence was listened to, or why the probe was not run. The words are the words
//! crate's (`probe-detail-*`, in the reader's language); a report keeps only this.
//!
//! A report stored before kept an English sentence instead, which reads back as
//! [`ProbeDetail::Legacy`] and is written back and shown as it was.

use serde::{Deserialize, Serialize};

use crate::wire::wire_names;

/// What one probe found, as its `detail`: `"handshake"`,
/// `{"no_answer":{"attempts":2,"waited_ms":1500}}`, `{"not_run":"too_busy"}`, or an old
/// report's English sentence as a plain string.
///
/// Its API description is written by hand below (`schema`): utoipa cannot say that one
/// variant is untagged.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ProbeDetail {
    /// TCP: the handshake completed.
    Handshake,
    /// UDP: a reply came back to the SIP OPTIONS request.
    SipReply,
    /// TCP: no answer to any of `attempts` connection attempts, listened to for
    /// `waited_ms`.
    NoAnswer { attempts: u8, waited_ms: u64 },
    /// UDP: no reply to any of `attempts` SIP OPTIONS datagrams in `waited_ms`; a silent
    /// service and a firewall that drops look the same.
    NoSipReply { attempts: u8, waited_ms: u64 },
    /// TCP: the connection was refused (a reset).
    Refused,
    /// UDP: an ICMP port unreachable came back.
    PortUnreachable,
    /// An ICMP host unreachable or administratively prohibited came back.
    HostUnreachable,
    /// The network was unreachable.
    NetworkUnreachable,
    /// The probe could not run: the server's socket failed (its error is logged, never
    /// kept in the report). Says nothing about the visitor's network.
    CouldNotRun,
    /// Ring Check did not run the probe, for this reason of its own.
    NotRun(NotRunWhy),
    /// A report stored before details were data: its English sentence, kept as it was.
    #[serde(untagged)]
    Legacy(String),
}

wire_names! {
    /// Why Ring Check did not run a probe: always the server's side, never the visitor's
    /// network.
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum NotRunWhy {
        /// The server was shutting down.
        ShuttingDown = "shutting_down",
        /// The server was too busy to run the probe in time (no turn or no socket before
        /// the check's deadline).
        TooBusy = "too_busy",
        /// The probe failed inside Ring Check.
        ProbeFailed = "probe_failed",
    }
}

impl ProbeDetail {
    /// The English sentence an old report stored, if this is one.
    pub fn legacy_text(&self) -> Option<&str> {
        match self {
            ProbeDetail::Legacy(text) => Some(text),
            _ => None,
        }
    }
}

/// No detail: what a result read without its `detail` holds (the app skips it), and
/// what an old report with an empty detail said.
impl Default for ProbeDetail {
    fn default() -> Self {
        ProbeDetail::Legacy(String::new())
    }
}

/// The API's description of a detail: the details new reports write, described by a
/// copy of [`ProbeDetail`] without [`ProbeDetail::Legacy`] (whose derive utoipa can do),
/// or an old report's sentence, a plain string.
#[cfg(feature = "openapi")]
mod schema {
    use std::borrow::Cow;

    use serde::Serialize;
    use utoipa::{
        PartialSchema, ToSchema,
        openapi::{ObjectBuilder, OneOf, RefOr, Schema, Type},
    };

    use super::{NotRunWhy, ProbeDetail};

    /// What a new report writes as a probe's detail.
    #[allow(dead_code)] // described, never built but by the tests
    #[derive(Serialize, utoipa::ToSchema)]
    #[serde(rename_all = "snake_case")]
    pub(super) enum Written {
        /// TCP: the handshake completed.
        Handshake,
        /// UDP: a reply came back to the SIP OPTIONS request.
        SipReply,
        /// TCP: no answer to any of `attempts` connection attempts in `waited_ms`.
        NoAnswer { attempts: u8, waited_ms: u64 },
        /// UDP: no reply to any of `attempts` SIP OPTIONS datagrams in `waited_ms`.
        NoSipReply { attempts: u8, waited_ms: u64 },
        /// TCP: the connection was refused (a reset).
        Refused,
        /// UDP: an ICMP port unreachable came back.
        PortUnreachable,
        /// An ICMP host unreachable or administratively prohibited came back.
        HostUnreachable,
        /// The network was unreachable.
        NetworkUnreachable,
        /// The probe could not run (the server's trouble, not the visitor's network).
        CouldNotRun,
        /// Ring Check did not run the probe, for this reason of its own.
        NotRun(NotRunWhy),
    }

    /// Each detail but an old one as [`Written`] describes it: a new kind of detail does
    /// not compile here until it is described.
    #[cfg(test)]
    pub(super) fn written(detail: &ProbeDetail) -> Option<Written> {
        Some(match *detail {
            ProbeDetail::Handshake => Written::Handshake,
            ProbeDetail::SipReply => Written::SipReply,
            ProbeDetail::NoAnswer {
                attempts,
                waited_ms,
            } => Written::NoAnswer {
                attempts,
                waited_ms,
            },
            ProbeDetail::NoSipReply {
                attempts,
                waited_ms,
            } => Written::NoSipReply {
                attempts,
                waited_ms,
            },
            ProbeDetail::Refused => Written::Refused,
            ProbeDetail::PortUnreachable => Written::PortUnreachable,
            ProbeDetail::HostUnreachable => Written::HostUnreachable,
            ProbeDetail::NetworkUnreachable => Written::NetworkUnreachable,
            ProbeDetail::CouldNotRun => Written::CouldNotRun,
            ProbeDetail::NotRun(why) => Written::NotRun(why),
            ProbeDetail::Legacy(_) => return None,
        })
    }

    impl PartialSchema for ProbeDetail {
        fn schema() -> RefOr<Schema> {
            let mut one_of = match Written::schema() {
                RefOr::T(Schema::OneOf(one_of)) => one_of,
                written => {
                    let mut one_of = OneOf::new();
                    one_of.items.push(written);
                    one_of
                }
            };
            one_of.items.push(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .description(Some(
                        "A report stored before details were data: its English sentence, \
                         as it was.",
                    ))
                    .into(),
            );
            one_of.description = Some(
                "What one probe found beyond its state, for the reader's language to word."
                    .to_owned(),
            );
            RefOr::T(Schema::OneOf(one_of))
        }
    }

    impl ToSchema for ProbeDetail {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("ProbeDetail")
        }

        fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
            <Written as ToSchema>::schemas(schemas);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of detail but [`ProbeDetail::Legacy`].
    fn every_kind() -> Vec<ProbeDetail> {
        let mut all = vec![
            ProbeDetail::Handshake,
            ProbeDetail::SipReply,
            ProbeDetail::NoAnswer {
                attempts: 2,
                waited_ms: 1500,
            },
            ProbeDetail::NoSipReply {
                attempts: 1,
                waited_ms: 1000,
            },
            ProbeDetail::Refused,
            ProbeDetail::PortUnreachable,
            ProbeDetail::HostUnreachable,
            ProbeDetail::NetworkUnreachable,
            ProbeDetail::CouldNotRun,
        ];
        all.extend(NotRunWhy::ALL.map(ProbeDetail::NotRun));
        all
    }

    fn json(detail: &ProbeDetail) -> String {
        serde_json::to_string(detail).unwrap()
    }

    fn read(json: &str) -> ProbeDetail {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn new_details_are_short_codes_and_numbers() {
        assert_eq!(json(&ProbeDetail::Handshake), r#""handshake""#);
        assert_eq!(json(&ProbeDetail::SipReply), r#""sip_reply""#);
        assert_eq!(
            json(&ProbeDetail::NoAnswer {
                attempts: 2,
                waited_ms: 1500
            }),
            r#"{"no_answer":{"attempts":2,"waited_ms":1500}}"#
        );
        assert_eq!(
            json(&ProbeDetail::NotRun(NotRunWhy::TooBusy)),
            r#"{"not_run":"too_busy"}"#
        );
        assert_eq!(json(&ProbeDetail::CouldNotRun), r#""could_not_run""#);
    }

    #[test]
    fn every_detail_reads_back_as_itself() {
        for detail in every_kind() {
            assert_eq!(read(&json(&detail)), detail, "{}", json(&detail));
        }
        let legacy = ProbeDetail::Legacy("connection refused (TCP reset)".into());
        assert_eq!(read(&json(&legacy)), legacy);
    }

    #[test]
    fn an_old_report_s_sentence_reads_as_legacy_and_is_written_back_unchanged() {
        let old = r#""no answer to 2 connection attempts in 1500 ms""#;
        let detail = read(old);
        assert_eq!(
            detail,
            ProbeDetail::Legacy("no answer to 2 connection attempts in 1500 ms".into())
        );
        assert_eq!(
            detail.legacy_text(),
            Some("no answer to 2 connection attempts in 1500 ms")
        );
        assert_eq!(json(&detail), old, "byte for byte");
        assert_eq!(read(r#""""#), ProbeDetail::default(), "an empty one too");
        assert_eq!(json(&ProbeDetail::default()), r#""""#);
    }

    #[cfg(feature = "openapi")]
    #[test]
    fn the_api_describes_each_detail_as_it_is_written() {
        use utoipa::PartialSchema;
        for detail in every_kind() {
            let written = schema::written(&detail).expect("a new kind of detail");
            assert_eq!(serde_json::to_string(&written).unwrap(), json(&detail));
        }
        assert!(schema::written(&ProbeDetail::default()).is_none());
        let described = serde_json::to_string(&ProbeDetail::schema()).unwrap();
        for name in [
            "\"handshake\"",
            "\"no_answer\"",
            "\"not_run\"",
            "English sentence",
        ] {
            assert!(described.contains(name), "{name} in {described}");
        }
        assert!(
            !described.contains("legacy"),
            "an old sentence is a plain string"
        );
    }

    #[test]
    fn a_malformed_detail_is_refused() {
        for bad in [
            r#"{"no_answer":{"attempts":2}}"#,
            r#"{"not_run":"bored"}"#,
            r#"{"galloping":1}"#,
            "17",
            "null",
        ] {
            assert!(
                serde_json::from_str::<ProbeDetail>(bad).is_err(),
                "{bad} is no detail"
            );
        }
    }
}
