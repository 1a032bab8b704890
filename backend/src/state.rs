use std::sync::Arc;

use crate::{
    checks::CheckService, client_ip::TrustedProxies, egress::self_check::ListenerHealth,
    embed::EmbedSettings, spa::Spa,
};

/// Everything a handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub spa: Arc<Spa>,
    pub checks: Arc<CheckService>,
    pub trusted_proxies: Arc<TrustedProxies>,
    pub embed: Arc<EmbedSettings>,
    pub listener_health: Arc<ListenerHealth>,
}
