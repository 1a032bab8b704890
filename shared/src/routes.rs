//! Every path of the server, in one place: the pages the app renders (the server answers
//! unknown ones with a 404 while still serving the page that explains it), and the JSON
//! API's, which the router declares and the page and the tests call.

/// A page of the SPA.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientRoute {
    Home,
    /// A shared report, `/r/{id}`; the id is checked by the page, which explains a bad one.
    Report(String),
    /// The checker for other sites' frames, `/embed` (options in the query).
    Embed,
}

impl ClientRoute {
    /// The checker for other sites' frames.
    pub const EMBED_PATH: &'static str = "/embed";

    /// The route for a URL path, or `None` for a path the app does not have.
    pub fn parse(path: &str) -> Option<Self> {
        let path = path.trim_end_matches('/');
        match path {
            "" | "/index.html" => Some(Self::Home),
            Self::EMBED_PATH => Some(Self::Embed),
            _ => match path.strip_prefix("/r/") {
                Some(id) if !id.is_empty() && !id.contains('/') => {
                    Some(Self::Report(id.to_owned()))
                }
                _ => None,
            },
        }
    }

    /// The share link path of a report.
    pub fn report_path(id: &str) -> String {
        format!("/r/{id}")
    }
}

/// A path of the JSON API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiPath {
    Catalog,
    /// `POST` starts a check.
    Checks,
    CheckEvents,
    CheckEgress,
    /// `POST` from another address family's host: the request's address is the
    /// visitor's in that family.
    CheckAddress,
    Report,
    /// A report's judgement as HTML, for the app to show as it is.
    ReportView,
    /// The chart of a report's video upload test, an SVG image.
    ReportUploadChart,
    OpenApi,
    /// A WebSocket: the video upload test's control connection.
    Uploads,
    /// A WebSocket: one upload stream of a running test.
    UploadStream,
}

impl ApiPath {
    /// Where every API path starts.
    pub const PREFIX: &'static str = "/api";

    /// Every path of the API.
    pub const ALL: [ApiPath; 11] = [
        ApiPath::Catalog,
        ApiPath::Checks,
        ApiPath::CheckEvents,
        ApiPath::CheckEgress,
        ApiPath::CheckAddress,
        ApiPath::Report,
        ApiPath::ReportView,
        ApiPath::ReportUploadChart,
        ApiPath::OpenApi,
        ApiPath::Uploads,
        ApiPath::UploadStream,
    ];

    /// As the router declares it, with `{id}` where a check's id goes.
    pub const fn route(self) -> &'static str {
        match self {
            ApiPath::Catalog => "/api/catalog",
            ApiPath::Checks => "/api/checks",
            ApiPath::CheckEvents => "/api/checks/{id}/events",
            ApiPath::CheckEgress => "/api/checks/{id}/egress",
            ApiPath::CheckAddress => "/api/checks/{id}/address",
            ApiPath::Report => "/api/reports/{id}",
            ApiPath::ReportView => "/api/reports/{id}/view",
            ApiPath::ReportUploadChart => "/api/reports/{id}/upload.svg",
            ApiPath::OpenApi => "/api/openapi.json",
            ApiPath::Uploads => "/api/uploads",
            ApiPath::UploadStream => "/api/uploads/{id}/stream",
        }
    }

    /// The path with `id` in its place (a path without an id as it is).
    pub fn with_id(self, id: &str) -> String {
        let route = self.route();
        // Split on characters, not on "{id}": the app carries no substring searcher.
        match route.split_once('{').zip(route.split_once('}')) {
            Some(((before, _), (_, after))) => format!("{before}{id}{after}"),
            None => route.to_owned(),
        }
    }
}

/// The server's own paths beside the API and the pages.
pub mod server {
    /// Liveness, and which test listeners are down.
    pub const HEALTH: &str = "/healthz";
    /// The TCP beacon, on the main port and on every beacon port.
    pub const BEACON: &str = "/beacon";
    /// The loader that puts `/embed` into another site's page.
    pub const EMBED_LOADER: &str = "/embed.js";
    pub const OEMBED: &str = "/oembed";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_paths_take_the_id_where_the_router_expects_it() {
        assert_eq!(
            ApiPath::CheckEvents.with_id("q3vX0bL8Tn2cYh5W9aKzRg"),
            "/api/checks/q3vX0bL8Tn2cYh5W9aKzRg/events"
        );
        assert_eq!(ApiPath::Report.with_id("A"), "/api/reports/A");
        assert_eq!(ApiPath::Checks.with_id("A"), "/api/checks");
        for path in ApiPath::ALL {
            assert!(path.route().starts_with(ApiPath::PREFIX), "{path:?}");
        }
    }

    #[test]
    fn knows_the_home_page_and_report_links() {
        assert_eq!(ClientRoute::parse("/"), Some(ClientRoute::Home));
        assert_eq!(ClientRoute::parse(""), Some(ClientRoute::Home));
        assert_eq!(ClientRoute::parse("/index.html"), Some(ClientRoute::Home));
        assert_eq!(
            ClientRoute::parse("/r/abc"),
            Some(ClientRoute::Report("abc".into()))
        );
        assert_eq!(
            ClientRoute::parse("/r/abc/"),
            Some(ClientRoute::Report("abc".into()))
        );
        assert_eq!(ClientRoute::parse("/embed"), Some(ClientRoute::Embed));
        assert_eq!(ClientRoute::parse("/r/"), None);
        assert_eq!(ClientRoute::parse("/r/a/b"), None);
        assert_eq!(ClientRoute::parse("/nope"), None);
        assert_eq!(ClientRoute::parse("/api/catalog"), None);
    }
}
