//! Unguessable ids for checks and their share links.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use ringcheck_shared::check::CheckId;
use sha2::{Digest, Sha256};

/// 128 random bits from the operating system, as 22 URL-safe characters.
pub fn new_check_id() -> Result<CheckId, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(CheckId::parse(&URL_SAFE_NO_PAD.encode(bytes)).expect("16 bytes encode to a valid id"))
}

/// What logs say instead of an id: 12 hex digits of its SHA-256. An operator given a
/// share link can find its lines; the logs alone give nobody the link.
pub fn log_label(id: &str) -> String {
    let digest = Sha256::digest(id.as_bytes());
    digest[..6]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn ids_are_valid_and_do_not_repeat() {
        let ids: HashSet<String> = (0..1000)
            .map(|_| new_check_id().unwrap().to_string())
            .collect();
        assert_eq!(ids.len(), 1000);
        assert!(ids.iter().all(|id| id.len() == CheckId::LEN));
    }

    #[test]
    fn a_log_label_is_short_stable_and_not_the_id() {
        let id = "q3vX0bL8Tn2cYh5W9aKzRg";
        assert_eq!(log_label(id), log_label(id));
        assert_eq!(log_label(id).len(), 12);
        assert_ne!(log_label(id), log_label("q3vX0bL8Tn2cYh5W9aKzRh"));
        assert!(!id.contains(&log_label(id)));
    }
}
