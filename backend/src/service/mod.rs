//! Between the engine and HTTP: running checks (admission, probes in the background,
//! events, the browser's results taken once), storing their reports, and the rate at
//! which one household may look them up. It knows the
//! engine, and no HTTP types: the URLs it hands out come from the shared `ApiPath`.

pub mod checks;
pub mod defaults;
mod egress_plan;
mod ids;
mod lookups;
pub mod store;
pub mod uploads;

pub use checks::{
    AddressRefusal, AddressTaken, CheckService, EgressRefusal, Retention, StartError,
    admission::{Admission, Limits, Refusal},
    events::{CheckEvent, CheckFailure},
    unix,
};
pub use egress_plan::EgressSetup;
pub use ids::{log_label, new_check_id};
pub use lookups::{LookupRefusal, ReportLookups};
pub use store::{Database, ReportStore, StorageLimits, StoreError};
