//! What every handler may reach.

use std::sync::Arc;

use ringcheck_engine::ListenerHealth;

use super::{embed::EmbedSettings, spa::Spa, tls::ServedCertificate};
use crate::{
    client_ip::ClientIp,
    http::routes::uploads::UploadSessions,
    metrics::Metrics,
    service::{CheckService, ReportLookups, uploads::Uploads},
};

/// Everything a handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub spa: Arc<Spa>,
    pub checks: Arc<CheckService>,
    pub client_ip: Arc<ClientIp>,
    /// Local mode: only requests addressed to this machine are answered.
    pub loopback_only: bool,
    pub embed: Arc<EmbedSettings>,
    pub listener_health: Arc<ListenerHealth>,
    pub metrics: Arc<Metrics>,
    /// Each household's rate of stored-report lookups.
    pub lookups: Arc<ReportLookups>,
    /// With TLS, the certificate served (none yet while ACME orders the first).
    pub certificate: Option<Arc<ServedCertificate>>,
    /// Who may run a video upload test now.
    pub uploads: Arc<Uploads>,
    /// The upload tests running here, for their streams to find.
    pub upload_sessions: Arc<UploadSessions>,
}
