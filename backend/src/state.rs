use std::sync::Arc;

use crate::spa::Spa;

/// Everything a handler may need, cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub spa: Arc<Spa>,
}
