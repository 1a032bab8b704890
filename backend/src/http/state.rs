//! What every handler may reach.

use std::sync::Arc;

use super::{client_ip::TrustedProxies, embed::EmbedSettings, spa::Spa};
use crate::{engine::ListenerHealth, service::CheckService};

/// Everything a handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub spa: Arc<Spa>,
    pub checks: Arc<CheckService>,
    pub trusted_proxies: Arc<TrustedProxies>,
    pub embed: Arc<EmbedSettings>,
    pub listener_health: Arc<ListenerHealth>,
}
