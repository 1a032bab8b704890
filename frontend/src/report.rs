//! A report together with the JSON it arrived as: "Copy as JSON" hands out exactly what
//! the server sent, and the app carries no JSON serializer for it.

use ringcheck_shared::{
    catalog,
    check::Report,
    egress::{EgressTarget, egress_targets},
    port::Port,
    verdict::is_media_port,
};

#[derive(Debug, PartialEq)]
pub struct LoadedReport {
    pub report: Report,
    pub json: String,
    /// The browser's results are shown but were not stored with the report (its share
    /// link and JSON lack them).
    pub egress_unsaved: bool,
}

impl LoadedReport {
    pub fn parse(json: String) -> Result<Self, serde_json::Error> {
        let report = serde_json::from_str(&json)?;
        Ok(Self {
            report,
            json,
            egress_unsaved: false,
        })
    }

    /// The outward rows of a finished report: each port the browser tested, and why the
    /// others were not.
    pub fn egress_targets(&self) -> Vec<EgressTarget> {
        let results = self.report.egress_results();
        let media_sample: Vec<Port> = results
            .iter()
            .map(|r| r.port)
            .filter(|port| is_media_port(port.get()))
            .collect();
        egress_targets(catalog(), &media_sample, |transport, port| {
            if results
                .iter()
                .any(|r| r.transport == transport && r.port == port)
            {
                Ok(port)
            } else {
                Err("Not tested from the browser in this check.".to_owned())
            }
        })
    }
}
