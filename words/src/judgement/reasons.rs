//! Why each verdict is what it is, in words: a feature's reason, each path's line and
//! heading, from the data the judging made ([`ringcheck_shared::verdict::why`]).

use ringcheck_shared::{
    catalog::{Audience, Feature},
    egress::{NatMapping, Phone},
    verdict::{
        PathOutcome, PathVerdict, Reason, Why,
        why::{FailedPart, PathFailure, Untested},
    },
};

use super::{
    lists::{and_list, capitalized, or_list, sentences},
    parts::{self, problems},
};
use crate::{Arg, Speaker};

/// The feature as a sentence names it: "motion and ding notifications".
pub fn feature_in_sentence(speaker: &Speaker, feature: Feature) -> String {
    speaker.text(&format!("feature-{}-in-sentence", feature.message_slug()))
}

/// The feature's title: "Motion and ding notifications".
pub fn feature_title(speaker: &Speaker, feature: Feature) -> String {
    speaker.text(&format!("app-feature-{}", feature.message_slug()))
}

/// The NAT mapping in plain words.
pub fn nat_sentence(speaker: &Speaker, nat: NatMapping) -> String {
    speaker.text(match nat {
        NatMapping::EndpointIndependent => "nat-endpoint-independent",
        NatMapping::EndpointDependent => "nat-endpoint-dependent",
    })
}

/// A feature's reason, with what its NAT mapping means for it.
pub fn reason(speaker: &Speaker, feature: Feature, why: &Why, nat: Option<NatMapping>) -> String {
    let said = match why {
        Why::One(reason) => reason_of(speaker, feature, reason),
        Why::Audiences { own, tested, each } => audiences(speaker, feature, *own, *tested, each),
    };
    sentences(
        speaker,
        [
            said,
            nat.map(|nat| nat_sentence(speaker, nat))
                .unwrap_or_default(),
        ],
    )
}

/// Several kinds of phone: who was tested, the visitor's own first, then each one's reason.
fn audiences(
    speaker: &Speaker,
    feature: Feature,
    own: Option<Phone>,
    tested: bool,
    each: &[(Audience, Reason)],
) -> String {
    let names: Vec<String> = each
        .iter()
        .map(|(audience, _)| speaker.text(audience.message_id()))
        .collect();
    let names = and_list(speaker, &names);
    let head = match own {
        Some(own) if tested => speaker.with(
            "reason-audiences-own",
            &[
                ("audiences", Arg::from(&names)),
                ("phone", Arg::from(&phone(speaker, own))),
            ],
        ),
        _ if tested => speaker.with("reason-audiences", &[("audiences", Arg::from(&names))]),
        _ => String::new(),
    };
    let each = each.iter().map(|(audience, reason)| {
        speaker.with(
            "reason-audience",
            &[
                ("audience", Arg::from(&speaker.text(audience.message_id()))),
                ("reason", Arg::from(&reason_of(speaker, feature, reason))),
            ],
        )
    });
    sentences(speaker, std::iter::once(head).chain(each))
}

/// "an Android phone".
fn phone(speaker: &Speaker, phone: Phone) -> String {
    speaker.text(match phone {
        Phone::Android => "phone-android",
        Phone::Iphone => "phone-iphone",
    })
}

/// One audience's reason.
fn reason_of(speaker: &Speaker, feature: Feature, reason: &Reason) -> String {
    let in_sentence = feature_in_sentence(speaker, feature);
    let feature_arg = || ("feature", Arg::from(&in_sentence));
    match reason {
        Reason::EveryPortGetsThrough => speaker.text("reason-every-port"),
        Reason::Weakened(weakened) => capitalized(&speaker.with(
            "reason-weakened",
            &[
                ("problems", Arg::from(&problems(speaker, weakened))),
                feature_arg(),
            ],
        )),
        Reason::WorksThrough {
            path,
            at_least,
            caveat,
            weakened,
            not,
            untested_better,
            needs_another_browser,
        } => {
            let weakened = problems(speaker, weakened);
            let (id, caveat) = match (at_least, caveat, weakened.is_empty()) {
                (true, _, true) => ("reason-works-at-least", None),
                (true, _, false) => ("reason-works-at-least-weakened", None),
                (false, Some(caveat), true) => ("reason-works-caveat", Some(caveat)),
                (false, Some(caveat), false) => ("reason-works-caveat-weakened", Some(caveat)),
                (false, None, true) => ("reason-works", None),
                (false, None, false) => ("reason-works-weakened", None),
            };
            let mut args = vec![("path", Arg::from(path))];
            if let Some(caveat) = caveat {
                args.push(("caveat", Arg::from(caveat)));
            }
            if !weakened.is_empty() {
                args.push(("problems", Arg::from(&weakened)));
            }
            let works = speaker.with(id, &args);
            let nots = not.iter().map(|failure| {
                capitalized(&speaker.with(
                    "reason-not-path",
                    &[
                        ("path", Arg::from(&failure.path)),
                        ("problems", Arg::from(&problems(speaker, &failure.problems))),
                    ],
                ))
            });
            let untested = (!untested_better.is_empty()).then(|| {
                let id = if *needs_another_browser {
                    "reason-untested-better-browser"
                } else {
                    "reason-untested-better"
                };
                speaker.with(
                    id,
                    &[("paths", Arg::from(&or_list(speaker, untested_better)))],
                )
            });
            sentences(speaker, std::iter::once(works).chain(nots).chain(untested))
        }
        Reason::CannotWorkWithout {
            parts: failed,
            others,
            also,
        } => {
            let named: Vec<String> = failed.iter().map(|p| failed_part(speaker, p)).collect();
            let head = capitalized(&speaker.with(
                "reason-cannot-work-without",
                &[
                    feature_arg(),
                    ("parts", Arg::from(&and_list(speaker, &named))),
                    ("count", Arg::from(named.len())),
                ],
            ));
            let others = others.iter().map(|failure| path_failure(speaker, failure));
            sentences(
                speaker,
                std::iter::once(head)
                    .chain(others)
                    .chain(also_blocked(speaker, also)),
            )
        }
        Reason::CannotGetThrough { failures, also } => {
            let head = capitalized(&speaker.with("reason-cannot-get-through", &[feature_arg()]));
            let each = failures
                .iter()
                .map(|failure| path_failure(speaker, failure));
            sentences(
                speaker,
                std::iter::once(head)
                    .chain(each)
                    .chain(also_blocked(speaker, also)),
            )
        }
        Reason::AtRisk { known, untested } => capitalized(&speaker.with(
            "reason-at-risk",
            &[
                ("problems", Arg::from(&problems(speaker, known))),
                feature_arg(),
                ("untested", Arg::from(&parts::parts(speaker, untested))),
                ("count", Arg::from(untested.len())),
            ],
        )),
        Reason::NotTested { why, hint } => {
            let why = untested(speaker, &in_sentence, why);
            sentences(speaker, [why, hint.clone().unwrap_or_default()])
        }
    }
}

/// Why nothing the feature needs could be tested.
fn untested(speaker: &Speaker, feature: &str, why: &Untested) -> String {
    match why {
        Untested::NeverTestable {
            parts: untested,
            reason,
        } => capitalized(&speaker.with(
            "reason-never-testable",
            &[
                ("feature", Arg::from(feature)),
                ("parts", Arg::from(&parts::parts(speaker, untested))),
                ("why", Arg::from(reason)),
            ],
        )),
        Untested::NeedsAnotherBrowser => capitalized(&speaker.text("reason-needs-another-browser")),
        Untested::OurServerDown => speaker.text("reason-our-server-down"),
        Untested::OnlyOtherFamily { documented, other } => speaker.with(
            "reason-only-other-family",
            &[
                ("documented", Arg::from(documented.label())),
                ("other", Arg::from(other.label())),
            ],
        ),
        Untested::NothingGotOut => speaker.text("reason-nothing-got-out"),
        Untested::NeitherCouldTest => speaker.text("reason-neither-could-test"),
        Untested::RouterSilent => speaker.text("reason-router-silent"),
    }
}

fn failed_part(speaker: &Speaker, failed: &FailedPart) -> String {
    let named = parts::part(speaker, &failed.part);
    if failed.intercepted {
        speaker.with(
            "part-answered-by-something-else",
            &[("part", Arg::from(&named))],
        )
    } else {
        named
    }
}

/// "Directly: media on UDP 16500–65000 is blocked."
fn path_failure(speaker: &Speaker, failure: &PathFailure) -> String {
    capitalized(&speaker.with(
        "path-failure",
        &[
            ("path", Arg::from(&failure.path)),
            ("problems", Arg::from(&problems(speaker, &failure.problems))),
        ],
    ))
}

/// Helping parts blocked too, as a sentence; none when there are none.
fn also_blocked(
    speaker: &Speaker,
    also: &[ringcheck_shared::verdict::why::Problem],
) -> Option<String> {
    (!also.is_empty()).then(|| {
        capitalized(&speaker.with(
            "reason-also-blocked",
            &[("problems", Arg::from(&problems(speaker, also)))],
        ))
    })
}

/// A path's line under the verdict: "gets through, which can make video slower".
pub fn path_summary(speaker: &Speaker, outcome: &PathOutcome) -> String {
    match outcome {
        PathOutcome::Works { caveat: None } => speaker.text("path-works"),
        PathOutcome::Works {
            caveat: Some(caveat),
        } => speaker.with("path-works-caveat", &[("caveat", Arg::from(caveat))]),
        PathOutcome::Degraded(weakened) => speaker.with(
            "path-degraded",
            &[("problems", Arg::from(&problems(speaker, weakened)))],
        ),
        PathOutcome::Blocked(failed) => speaker.with(
            "path-blocked",
            &[("problems", Arg::from(&problems(speaker, failed)))],
        ),
        PathOutcome::Untested(untested) => speaker.with(
            "path-untested",
            &[("parts", Arg::from(&parts::parts(speaker, untested)))],
        ),
    }
}

/// "Directly", or "iPhones, through Apple's push service" when the path is one phone's.
pub fn path_heading(speaker: &Speaker, path: &PathVerdict) -> String {
    match path.audience {
        Audience::Everyone => capitalized(&path.name),
        audience => speaker.with(
            "path-heading-audience",
            &[
                ("audience", Arg::from(&speaker.text(audience.message_id()))),
                ("path", Arg::from(&path.name)),
            ],
        ),
    }
}
