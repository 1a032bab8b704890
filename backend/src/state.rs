use std::sync::Arc;

use crate::{checks::CheckService, client_ip::TrustedProxies, embed::EmbedSettings, spa::Spa};

/// Everything a handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub spa: Arc<Spa>,
    pub checks: Arc<CheckService>,
    pub trusted_proxies: Arc<TrustedProxies>,
    pub embed: Arc<EmbedSettings>,
}
