//! The rendering layer: what a report means, judged as data in `ringcheck-shared`, put
//! into words for one reader. The verdicts' reasons and each path's line, the advice's
//! texts, the message for the internet provider, the families' sentences and the plain
//! summary are all made here, from messages of the reader's language.

mod advice;
mod families;
mod lists;
mod parts;
mod reasons;
mod summary;

use ringcheck_shared::{
    catalog::Catalog, judgement::Judgement, report::Report, upload::UploadResult,
};

pub use families::family_sentence;
pub use lists::{and_list, capitalized, comma_list, or_list};
pub use parts::need;
pub use reasons::{nat_sentence, path_heading, path_summary, reason};

use crate::Speaker;

/// Fills every text of `judgement` (of `report`, judged with `catalog` worded in the
/// same language) from its data; the texts link to the report at `link`.
pub fn word_judgement(
    speaker: &Speaker,
    judgement: &mut Judgement,
    report: &Report,
    catalog: &Catalog,
    link: &str,
) {
    for verdict in &mut judgement.verdicts {
        verdict.reason = reason(speaker, verdict.feature, &verdict.why, verdict.nat);
        for path in &mut verdict.paths {
            path.summary = path_summary(speaker, &path.outcome);
            path.heading = path_heading(speaker, path);
        }
    }
    judgement.upload = report.upload.as_ref().map(|figures| {
        let judged = figures.judge();
        UploadResult {
            verdict: judged.verdict,
            words: crate::upload::upload_words(
                speaker,
                &judged,
                figures.streams,
                figures.target_kbps,
            ),
            judgement: Some(judged),
        }
    });
    advice::word_advice(
        speaker,
        &mut judgement.advice,
        &judgement.verdicts,
        judgement.upload.as_ref(),
        catalog,
        link,
    );
    if let Some(families) = &mut judgement.families {
        families::word_families(speaker, families);
    }
    judgement.summary = summary::summary(speaker, report, judgement, link);
}

/// `catalog` with its words in `speaker`'s language (see [`Catalog::worded`]).
pub fn worded_catalogue(speaker: &Speaker, catalog: &Catalog) -> Catalog {
    catalog.worded(&|id, variables| {
        let args: Vec<(&str, crate::Arg<'_>)> = variables
            .iter()
            .map(|(name, value)| (*name, crate::Arg::from(value)))
            .collect();
        speaker.with(id, &args)
    })
}

/// `report` judged by `catalog` (worded in `speaker`'s language) and put into words.
pub fn judged(speaker: &Speaker, report: &Report, catalog: &Catalog, link: &str) -> Judgement {
    let mut judgement = report.judge(catalog);
    word_judgement(speaker, &mut judgement, report, catalog, link);
    judgement
}
