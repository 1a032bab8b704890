//! The body of every page, from the server: the site's header and footer, the home
//! page's reference (the catalogue as a reader sees it), and `<div id="app">` where the
//! app renders what is live (the checker, a result, the embedded checker). So the page
//! reads before, and without, the app, and the app carries no catalogue of its own.

mod html;
mod reference;

use ringcheck_shared::{catalog::Catalog, routes::ClientRoute};

use html::text;

/// Where the app renders, with what a browser without scripts shows instead.
const APP: &str = "<div id=\"app\"><noscript><p class=\"notice\">Ring Check needs JavaScript \
    and WebAssembly to test your network. Please turn JavaScript on, or use an up-to-date \
    browser.</p></noscript></div>";

const SKIP_LINK_AND_HEADER: &str = "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\
    <header class=\"site-header\"><a class=\"brand\" href=\"/\"><span class=\"brand-mark\" \
    aria-hidden=\"true\">\u{25C9}</span>Ring Check</a></header>";

/// The page bodies, rendered once from the catalogue; only the embed snippets' origin
/// depends on the request.
#[derive(Debug)]
pub struct Pages {
    home_top: String,
    home_bottom: String,
    footer: String,
}

impl Pages {
    pub fn new(catalog: &Catalog) -> Self {
        let home_top = format!(
            "<section class=\"intro\" aria-labelledby=\"page-heading\"><h1 \
             id=\"page-heading\">Is your home network ready for Ring?</h1><p \
             class=\"lead\">{about}</p><p>They need a handful of ports to get through your \
             router. When a router firewall or your internet provider blocks one, the symptoms \
             are confusing: motion alerts may still arrive while Live View never connects. \
             Ring Check tests your connection and tells you which Ring features will work, \
             which port is to blame, and what to change.</p></section>",
            about = text(&catalog.about),
        );
        let home_bottom = format!(
            "<section class=\"port-list\" aria-labelledby=\"ports-heading\"><h2 \
             id=\"ports-heading\">The ports Ring devices use</h2>{table}</section><div \
             class=\"cards\">{guidance}{wifi}</div>",
            table = reference::port_table(catalog),
            guidance = reference::guidance(&catalog.guidance),
            wifi = reference::wifi_note(&catalog.wifi),
        );
        Self {
            home_top,
            home_bottom,
            footer: reference::footer(catalog),
        }
    }

    /// The body for `route` (`None`: a page that does not exist); `origin` is where
    /// visitors reach this server, if known, for the embed snippets.
    pub fn body(&self, route: Option<&ClientRoute>, origin: Option<&str>) -> String {
        let main = match route {
            Some(ClientRoute::Home) => format!(
                "{}{APP}{}{}",
                self.home_top,
                self.home_bottom,
                reference::embed_help(origin.unwrap_or_default())
            ),
            Some(ClientRoute::Report(_)) => APP.to_owned(),
            // Another site's frame: the app alone, without the site around it.
            Some(ClientRoute::Embed) => {
                return format!("<main id=\"main\" class=\"embed\">{APP}</main>");
            }
            None => "<section class=\"intro\" aria-labelledby=\"page-heading\"><h1 \
                     id=\"page-heading\">Page not found</h1><p>There is nothing at this \
                     address. The link may be mistyped or out of date.</p><p><a href=\"/\">Go \
                     to the Ring Check home page</a></p></section>"
                .to_owned(),
        };
        format!(
            "{SKIP_LINK_AND_HEADER}<main id=\"main\" tabindex=\"-1\">{main}</main>{}",
            self.footer
        )
    }
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::catalog::catalog;

    use super::*;

    #[test]
    fn each_route_gets_its_shell_and_the_home_page_the_reference() {
        let pages = Pages::new(catalog());
        let home = pages.body(Some(&ClientRoute::Home), Some("https://rc.example"));
        assert!(home.contains("id=\"port-table\""));
        assert!(home.contains("<div id=\"app\">"));
        assert!(home.contains("https://rc.example/embed.js"));
        assert!(home.contains("class=\"site-footer\""));
        for entry in &catalog().entries {
            assert!(
                home.contains(&format!("data-entry=\"{}\"", entry.id)),
                "{}",
                entry.id
            );
        }
        let report = pages.body(Some(&ClientRoute::Report("x".into())), None);
        assert!(report.contains("<div id=\"app\">") && !report.contains("port-table"));
        let embed = pages.body(Some(&ClientRoute::Embed), None);
        assert!(embed.starts_with("<main id=\"main\" class=\"embed\"><div id=\"app\">"));
        assert!(!embed.contains("site-header"), "no site around the frame");
        let missing = pages.body(None, None);
        assert!(missing.contains("Page not found") && !missing.contains("id=\"app\""));
    }
}
