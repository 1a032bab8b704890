//! Showing the checker inside other sites' pages (`/embed`).

use clap::Args;

use crate::origin::parse_origin;

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Embedding")]
pub struct Embedding {
    /// An origin allowed to show /embed in a frame, e.g. https://help.example.com
    /// (repeatable), written into /embed's CSP frame-ancestors. With none, /embed may be
    /// framed anywhere; other pages never are.
    #[arg(long = "embed-origin", env = "RINGCHECK_EMBED_ORIGINS", value_delimiter = ',',
          value_parser = parse_origin)]
    pub embed_origins: Vec<String>,
}
