//! `GET /oembed?url=…&format=json`: a `rich` oEmbed answer with the iframe for the home
//! page or a shared report of this server.

use axum::{
    Json,
    extract::{ConnectInfo, Query, State},
    http::{HeaderMap, Uri},
};
use ringcheck_shared::{check::CheckId, routes::ClientRoute};
use ringcheck_words::{Locale, Words};
use serde::{Deserialize, Serialize};

use crate::{
    http::{error::ApiError, extract::Api, pages, serve::PeerAddr, state::AppState},
    origin::parse_origin,
};

const DEFAULT_WIDTH: u32 = 560;
const DEFAULT_HEIGHT: u32 = 720;
/// Smaller than this the checker does not fit.
const MIN_SIZE: u32 = 320;

/// Every parameter as text, so a bad one gets our own words, not the framework's.
#[derive(Deserialize)]
pub struct OEmbedQuery {
    url: Option<String>,
    format: Option<String>,
    maxwidth: Option<String>,
    maxheight: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
pub struct OEmbed {
    pub version: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub provider_name: String,
    pub provider_url: String,
    pub title: String,
    pub html: String,
    pub width: u32,
    pub height: u32,
}

pub(super) async fn oembed(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    headers: HeaderMap,
    Api(Query(query)): Api<Query<OEmbedQuery>>,
) -> Result<Json<OEmbed>, ApiError> {
    if let Some(format) = query.format.as_deref().filter(|f| *f != "json") {
        return Err(ApiError::OEmbedFormat {
            format: format.chars().take(20).collect(),
        });
    }
    let url = query.url.ok_or(ApiError::OEmbedWithoutUrl)?;
    let origin = state
        .embed
        .site_origin(&headers)
        .ok_or(ApiError::NoUsableHost)?;
    let no_embed = || ApiError::NoEmbed {
        url: url.chars().take(200).collect(),
    };
    let uri: Uri = url.parse().map_err(|_| no_embed())?;
    let url_origin = uri
        .scheme()
        .zip(uri.authority())
        .and_then(|(scheme, authority)| parse_origin(&format!("{scheme}://{authority}")).ok());
    if url_origin.as_deref() != Some(origin.as_str()) {
        return Err(no_embed());
    }
    // A page's only parameter may be its language, which the frame then speaks.
    let language = match uri.query() {
        None => None,
        Some(query) => Some(
            query
                .strip_prefix("lang=")
                .and_then(Locale::to_remember)
                .ok_or_else(no_embed)?,
        ),
    };
    let words = Words::get().speak(language.map_or(Locale::ENGLISH, Locale::Language));
    let (src, title) = match ClientRoute::parse(uri.path()) {
        Some(ClientRoute::Home) => (
            format!("{origin}{}", ClientRoute::EMBED_PATH),
            words.text("page-title"),
        ),
        Some(ClientRoute::Report(id)) => {
            let id = CheckId::parse(&id).map_err(|_| no_embed())?;
            super::reports::admit_lookup(&state, peer.ip(), &headers)?;
            state
                .checks
                .stored_report(&id)
                .await?
                .ok_or_else(no_embed)?;
            (
                format!("{origin}{}?report={id}", ClientRoute::EMBED_PATH),
                words.text("app-report-heading"),
            )
        }
        _ => return Err(no_embed()),
    };
    let limit = |value: Option<String>, default: u32| {
        value
            .and_then(|v| v.trim().parse::<u32>().ok())
            .map_or(default, |max| max.min(default))
    };
    let width = limit(query.maxwidth, DEFAULT_WIDTH);
    let height = limit(query.maxheight, DEFAULT_HEIGHT);
    // oEmbed: a provider that cannot fit the limits answers 404.
    if width < MIN_SIZE || height < MIN_SIZE {
        return Err(ApiError::NoEmbed {
            url: format!("{url} within {width}×{height} (the checker needs {MIN_SIZE}×{MIN_SIZE})"),
        });
    }
    let src = match language {
        Some(language) if src.contains('?') => format!("{src}&lang={}", language.slug()),
        Some(language) => format!("{src}?lang={}", language.slug()),
        None => src,
    };
    let (src_attribute, title_attribute) = (pages::escaped(&src), pages::escaped(&title));
    Ok(Json(OEmbed {
        version: "1.0".into(),
        kind: "rich".into(),
        provider_name: "Ring Check".into(),
        provider_url: format!("{origin}/"),
        title,
        html: format!(
            "<iframe src=\"{src_attribute}\" width=\"{width}\" height=\"{height}\" title=\"{title_attribute}\" \
             style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write\" \
             data-ringcheck-frame></iframe>"
        ),
        width,
        height,
    }))
}
