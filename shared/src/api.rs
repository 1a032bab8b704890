//! Bodies of the JSON API that both sides read or write.

use serde::{Deserialize, Serialize};

use crate::{catalog::Transport, port::Port};

/// Every API error: a machine-readable `error` code and a `message` for people that says
/// what went wrong and what to do.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: String,
    pub message: String,
}

/// `GET /healthz`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok`, or `degraded` when a test listener failed its last self-check.
    pub status: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub listeners_down: Vec<ListenerDown>,
}

/// A beacon or STUN responder that failed its last self-check.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListenerDown {
    pub transport: Transport,
    /// The Ring port it tests.
    pub port: Port,
    /// What the self-check found, for operators.
    pub reason: String,
}
