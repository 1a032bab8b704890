//! The body of every page, from the server, in the page's language: the site's header
//! (with the language switcher) and footer, the home page's reference (the catalogue as
//! a reader sees it), and `<div id="app">` where the app renders what is live (the
//! checker, a result, the embedded checker). So the page reads before, and without,
//! the app, and the app carries no catalogue of its own.

mod html;
pub mod judged;
mod reference;
mod switcher;
pub mod upload_chart;

use ringcheck_shared::{
    app_text::{AppText, ELEMENT_ID},
    catalog::Catalog,
    routes::ClientRoute,
};
use ringcheck_words::{Locale, Speaker, Words};

use super::language::PageLanguage;
use html::text;

/// `value` escaped for HTML text and attribute values.
pub fn escaped(value: &str) -> String {
    text(value).to_string()
}

/// The page bodies of one language, rendered once from the catalogue; the embed
/// snippets' origin and the switcher's links depend on the request.
#[derive(Debug)]
struct Rendered {
    locale: Locale,
    /// The skip link and the brand, before the switcher.
    header_start: String,
    /// Where the app renders, with what a browser without scripts shows instead.
    app: String,
    home_top: String,
    home_bottom: String,
    not_found: String,
    footer: String,
}

/// Every language's page bodies.
#[derive(Debug)]
pub struct Pages {
    rendered: Vec<Rendered>,
}

impl Pages {
    pub fn new(catalog: &Catalog, words: &Words) -> Self {
        let rendered = Locale::ALL
            .into_iter()
            .map(|locale| Rendered::new(catalog, words.speak(locale)))
            .collect();
        Self { rendered }
    }

    /// The body for `route` (`None`: a page that does not exist) in `language`; `origin`
    /// is where visitors reach this server, if known, for the embed snippets.
    pub fn body(
        &self,
        route: Option<&ClientRoute>,
        origin: Option<&str>,
        language: &PageLanguage,
    ) -> String {
        let words = Words::get().speak(language.locale);
        let pages = self
            .rendered
            .iter()
            .find(|r| r.locale == language.locale)
            .unwrap_or(&self.rendered[0]);
        let switcher = switcher::switcher(language);
        let main = match route {
            Some(ClientRoute::Home) => format!(
                "{}{}{}{}",
                pages.home_top,
                pages.app,
                pages.home_bottom,
                reference::embed_help(origin.unwrap_or_default(), words)
            ),
            Some(ClientRoute::Report(_)) => pages.app.clone(),
            // Another site's frame: the app alone, without the site around it, but for
            // the switcher.
            Some(ClientRoute::Embed) => {
                return format!(
                    "<main id=\"main\" class=\"embed\">{}{switcher}</main>",
                    pages.app
                );
            }
            None => pages.not_found.clone(),
        };
        format!(
            "{}{switcher}</header><main id=\"main\" tabindex=\"-1\">{main}</main>{}",
            pages.header_start, pages.footer
        )
    }
}

impl Rendered {
    fn new(catalog: &Catalog, words: Speaker<'_>) -> Self {
        let worded = ringcheck_words::worded_catalogue(&words, catalog);
        let catalog = &worded;
        let header_start = format!(
            "<a class=\"skip-link\" href=\"#main\">{skip}</a><header class=\"site-header\"><a \
             class=\"brand\" href=\"/\"><span class=\"brand-mark\" \
             aria-hidden=\"true\">\u{25C9}</span>Ring Check</a>",
            skip = text(&words.text("page-skip-link")),
        );
        let app = format!(
            "{}<div id=\"app\"><noscript><p class=\"notice\">{}</p></noscript></div>",
            app_words(words),
            text(&words.text("page-needs-scripts"))
        );
        let home_top = format!(
            "<section class=\"intro\" aria-labelledby=\"page-heading\"><h1 \
             id=\"page-heading\">{heading}</h1><p class=\"lead\">{about}</p><p>{why}</p>\
             </section>",
            heading = text(&words.text("home-heading")),
            about = text(&catalog.about),
            why = text(&words.text("home-why")),
        );
        let home_bottom = format!(
            "<section class=\"port-list\" aria-labelledby=\"ports-heading\"><h2 \
             id=\"ports-heading\">{heading}</h2>{table}</section><div \
             class=\"cards\">{guidance}{wifi}</div>",
            heading = text(&words.text("ports-heading")),
            table = reference::port_table(catalog, words),
            guidance = reference::guidance(&catalog.guidance, words),
            wifi = reference::wifi_note(&catalog.wifi, words),
        );
        let not_found = format!(
            "<section class=\"intro\" aria-labelledby=\"page-heading\"><h1 \
             id=\"page-heading\">{heading}</h1><p>{said}</p><p><a href=\"/\">{home}</a></p>\
             </section>",
            heading = text(&words.text("not-found-heading")),
            said = text(&words.text("not-found-text")),
            home = text(&words.text("not-found-home")),
        );
        Self {
            locale: words.locale(),
            header_start,
            app,
            home_top,
            home_bottom,
            not_found,
            footer: reference::footer(catalog, words),
        }
    }
}

/// The app's texts in this language, in [`AppText::ALL`]'s order, as a JSON array in a
/// data block (never run, so the CSP has nothing to allow).
fn app_words(words: Speaker<'_>) -> String {
    let texts: Vec<String> = AppText::ALL
        .into_iter()
        .map(|text| words.template(text.id()))
        .collect();
    // No `<` at all, so nothing in a message can end or disturb the element; JSON reads
    // `\u003c` as `<`.
    let json = serde_json::to_string(&texts)
        .unwrap_or_else(|_| "[]".to_owned())
        .replace('<', "\\u003c");
    format!("<script type=\"application/json\" id=\"{ELEMENT_ID}\">{json}</script>")
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::{catalog::catalog, language::Language};

    use super::*;

    fn in_english() -> PageLanguage {
        PageLanguage::english()
    }

    #[test]
    fn each_route_gets_its_shell_and_the_home_page_the_reference() {
        let pages = Pages::new(catalog(), Words::get());
        let english = in_english();
        let home = pages.body(
            Some(&ClientRoute::Home),
            Some("https://rc.example"),
            &english,
        );
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
        let report = pages.body(Some(&ClientRoute::Report("x".into())), None, &english);
        assert!(report.contains("<div id=\"app\">") && !report.contains("port-table"));
        let embed = pages.body(Some(&ClientRoute::Embed), None, &english);
        assert!(embed.starts_with(
            "<main id=\"main\" class=\"embed\"><script type=\"application/json\" \
             id=\"ringcheck-words\">"
        ));
        assert!(
            embed.contains("</script><div id=\"app\">"),
            "the app's texts, then the app"
        );
        assert!(!embed.contains("site-header"), "no site around the frame");
        assert!(embed.contains("class=\"languages\""), "but a switcher");
        let missing = pages.body(None, None, &english);
        assert!(missing.contains("Page not found") && !missing.contains("id=\"app\""));
    }

    #[test]
    fn every_page_renders_in_every_language_without_a_missing_message() {
        // Words of its own, so no other test has already reported a missing message.
        let words = Words::fresh();
        let pages = Pages::new(catalog(), &words);
        for locale in Locale::ALL {
            let language = PageLanguage::in_locale(locale);
            for route in [
                Some(ClientRoute::Home),
                Some(ClientRoute::Report("x".into())),
                Some(ClientRoute::Embed),
                None,
            ] {
                let body = pages.body(route.as_ref(), Some("https://rc.example"), &language);
                assert!(body.contains("class=\"languages\""), "{locale:?}");
            }
        }
        assert_eq!(words.problems(), 0, "a message was missing: see the log");
        let italian = PageLanguage::in_locale(Locale::Language(Language::Italian));
        let missing = pages.body(None, None, &italian);
        assert!(
            missing.contains("aria-current=\"true\">Italiano<"),
            "{missing}"
        );
    }

    #[test]
    fn the_app_gets_its_texts_in_order_with_marks_for_its_variables() {
        let html = app_words(Words::get().speak(Locale::ENGLISH));
        let json = html
            .strip_prefix("<script type=\"application/json\" id=\"ringcheck-words\">")
            .and_then(|rest| rest.strip_suffix("</script>"))
            .unwrap();
        let texts: Vec<String> = serde_json::from_str(json).unwrap();
        assert_eq!(texts.len(), AppText::ALL.len());
        assert_eq!(texts[AppText::CheckButton as usize], "Check my network");
        assert_eq!(
            texts[AppText::StatusRunning as usize],
            "Testing: {done} of {total} done"
        );
        assert!(texts.iter().all(|text| !text.is_empty()));
    }
}
