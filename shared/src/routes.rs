//! The paths the SPA renders, known to the server too, so it can answer unknown paths
//! with a 404 status while still serving the app that explains it.

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
    /// The route for a URL path, or `None` for a path the app does not have.
    pub fn parse(path: &str) -> Option<Self> {
        let path = path.trim_end_matches('/');
        match path {
            "" | "/index.html" => Some(Self::Home),
            "/embed" => Some(Self::Embed),
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

#[cfg(test)]
mod tests {
    use super::*;

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
