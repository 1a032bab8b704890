//! Unguessable ids for checks and their share links.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use ringcheck_shared::check::CheckId;

/// 128 random bits from the operating system, as 22 URL-safe characters.
pub fn new_check_id() -> Result<CheckId, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(CheckId::parse(&URL_SAFE_NO_PAD.encode(bytes)).expect("16 bytes encode to a valid id"))
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
}
