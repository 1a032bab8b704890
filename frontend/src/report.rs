//! A report together with the JSON it arrived as: "Copy as JSON" hands out exactly what
//! the server sent, and the app carries no JSON serializer for it.

use ringcheck_shared::check::Report;

#[derive(Debug, PartialEq)]
pub struct LoadedReport {
    pub report: Report,
    pub json: String,
}

impl LoadedReport {
    pub fn parse(json: String) -> Result<Self, serde_json::Error> {
        let report = serde_json::from_str(&json)?;
        Ok(Self { report, json })
    }
}
