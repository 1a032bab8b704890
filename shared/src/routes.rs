//! The paths the SPA renders, known to the server too, so it can answer unknown paths
//! with a 404 status while still serving the app that explains it.

/// A page of the SPA.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientRoute {
    Home,
}

impl ClientRoute {
    /// The route for a URL path, or `None` for a path the app does not have.
    pub fn parse(path: &str) -> Option<Self> {
        match path.trim_end_matches('/') {
            "" | "/index.html" => Some(Self::Home),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_home_page_and_nothing_else() {
        assert_eq!(ClientRoute::parse("/"), Some(ClientRoute::Home));
        assert_eq!(ClientRoute::parse(""), Some(ClientRoute::Home));
        assert_eq!(ClientRoute::parse("/index.html"), Some(ClientRoute::Home));
        assert_eq!(ClientRoute::parse("/nope"), None);
        assert_eq!(ClientRoute::parse("/api/catalog"), None);
    }
}
