//! What the address families mean together, in words.

use ringcheck_shared::verdict::families::{FamilyJudgement, FamilyNote};

use super::{lists::and_list, parts::grouped, reasons::feature_in_sentence};
use crate::{Arg, Speaker};

/// Fills the judgement's sentences from its notes.
pub fn word_families(speaker: &Speaker, families: &mut FamilyJudgement) {
    families.sentences = families
        .notes
        .iter()
        .map(|note| family_sentence(speaker, note))
        .collect();
}

/// One note in words.
pub fn family_sentence(speaker: &Speaker, note: &FamilyNote) -> String {
    match note {
        FamilyNote::OnlyOneTested {
            tested,
            documented,
            planned,
        } => speaker.with(
            if *planned {
                "family-only-one-tested-planned"
            } else {
                "family-only-one-tested"
            },
            &[
                ("tested", Arg::from(tested.label())),
                ("documented", Arg::from(documented.label())),
            ],
        ),
        FamilyNote::OnlyOtherReached { documented, other } => speaker.with(
            "family-only-other-reached",
            &[
                ("documented", Arg::from(documented.label())),
                ("other", Arg::from(other.label())),
            ],
        ),
        FamilyNote::BetterOnOther {
            documented,
            other,
            ports,
        } => speaker.with(
            "family-better-on-other",
            &[
                ("documented", Arg::from(documented.label())),
                ("other", Arg::from(other.label())),
                ("ports", Arg::from(&grouped(speaker, ports))),
            ],
        ),
        FamilyNote::WorseOnOther {
            documented,
            other,
            ports,
        } => speaker.with(
            "family-worse-on-other",
            &[
                ("documented", Arg::from(documented.label())),
                ("other", Arg::from(other.label())),
                ("ports", Arg::from(&grouped(speaker, ports))),
            ],
        ),
        FamilyNote::Alike { documented, other } => speaker.with(
            "family-alike",
            &[
                ("documented", Arg::from(documented.label())),
                ("other", Arg::from(other.label())),
            ],
        ),
        FamilyNote::WouldWorkOn { family, features } => {
            let features: Vec<String> = features
                .iter()
                .map(|&feature| feature_in_sentence(speaker, feature))
                .collect();
            speaker.with(
                "family-would-work-on",
                &[
                    ("family", Arg::from(family.label())),
                    ("features", Arg::from(&and_list(speaker, &features))),
                ],
            )
        }
    }
}
