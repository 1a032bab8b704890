pub mod embed;
pub mod report;
