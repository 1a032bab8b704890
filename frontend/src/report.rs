//! A report together with the JSON it arrived as: "Copy as JSON" hands out exactly what
//! the server sent, and the app carries no JSON serializer for it.

use std::rc::Rc;

use ringcheck_shared::{
    check::CheckPlan,
    judgement::Judgement,
    report::{Report, ReportView},
};

#[derive(Debug, PartialEq)]
pub struct LoadedReport {
    pub report: Report,
    /// What the server judged the report to mean; it judges every report it sends.
    pub judgement: Rc<Judgement>,
    /// What the check set out to test; the server sends it with every report.
    pub plan: Rc<CheckPlan>,
    pub json: String,
    /// The browser's results are shown, but the report could not include them (its
    /// share link, JSON and verdicts lack them).
    pub egress_unsaved: bool,
    /// The judgement as the server wrote it in HTML; `None` until read, or when it could
    /// not be.
    pub view: Option<Rc<ReportView>>,
}

impl LoadedReport {
    /// The report as the server sent it; `None` when it is not one, or lacks its
    /// judgement or plan.
    pub fn parse(json: String) -> Option<Self> {
        let mut report: Report = crate::json::from_str(&json)?;
        let judgement = Rc::new(report.judgement.take()?);
        let plan = Rc::new(report.plan.take()?);
        Some(Self {
            report,
            judgement,
            plan,
            json,
            egress_unsaved: false,
            view: None,
        })
    }
}
