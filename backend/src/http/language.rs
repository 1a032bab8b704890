//! Which language a page is in: `?lang=` first, then the visitor's remembered choice (a
//! cookie, set when they pick one), then their browser's `Accept-Language`, else
//! English. A page says which it is in (`Content-Language`, `<html lang>`), that it
//! varies by the request's languages and cookie, and remembers a language picked by
//! `?lang=` for a year (but not an embedded frame's, which its host article chose).

use std::sync::{Arc, LazyLock};

use axum::{
    Json,
    extract::Request,
    http::{HeaderMap, HeaderValue, Uri, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use ringcheck_shared::{
    catalog::{Catalog, catalog},
    check::EntryLabel,
    egress::{EgressTarget, word_reasons},
    language::Language,
};
use ringcheck_words::{Arg, Locale, Words};

use super::error::ApiError;

/// The cookie that remembers the visitor's choice: a language tag, nothing else.
const COOKIE: &str = "ringcheck_lang";
/// A remembered choice lasts a year.
const REMEMBERED_FOR_SECONDS: u32 = 365 * 24 * 60 * 60;
/// The longest `?lang=` or cookie value read: a language tag is a few letters.
const MAX_TAG: usize = 35;
/// The page parameters a link to the same page in another language keeps (the embedded
/// checker's options and report), and the most of them kept: the links are repeated for
/// every language, so a long query must not make every page many times longer.
const KEPT_PARAMETERS: [&str; 3] = ["theme", "hide", "report"];
const MAX_KEPT_QUERY: usize = 256;

/// The language of one page request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageLanguage {
    pub locale: Locale,
    /// A language picked by `?lang=`, to remember.
    remember: Option<Language>,
    /// The request's parameters a page in another language keeps ([`KEPT_PARAMETERS`]),
    /// as they came, for the links to it.
    other_query: String,
    /// Visitors reach this server over https: the cookie is then `Secure`.
    secure: bool,
}

impl PageLanguage {
    /// The language `uri` and `headers` ask for.
    pub fn of(uri: &Uri, headers: &HeaderMap) -> Self {
        let query = uri.query().unwrap_or_default();
        let asked = query_value(query, "lang");
        let remembered = headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .find_map(|cookies| cookie_value(cookies, COOKIE));
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok());
        let locale = Locale::negotiate(asked, remembered, accept);
        let remember = asked
            .and_then(Locale::to_remember)
            .filter(|language| remembered.and_then(Language::from_tag) != Some(*language));
        let other_query = query
            .split('&')
            .filter(|pair| {
                pair.split('=')
                    .next()
                    .is_some_and(|key| KEPT_PARAMETERS.contains(&key))
            })
            .collect::<Vec<_>>()
            .join("&");
        let other_query = if other_query.len() > MAX_KEPT_QUERY {
            String::new()
        } else {
            other_query
        };
        Self {
            locale,
            remember,
            other_query,
            secure: false,
        }
    }

    /// The same, for a server visitors reach over https (`https`): a remembered choice
    /// is then only ever sent back over https.
    pub fn over_https(mut self, https: bool) -> Self {
        self.secure = https;
        self
    }

    /// English, for a page not asked for by a visitor (tests, previews).
    #[cfg(test)]
    pub fn english() -> Self {
        Self::in_locale(Locale::ENGLISH)
    }

    /// `locale`, for a page not asked for by a visitor (tests, previews).
    #[cfg(test)]
    pub fn in_locale(locale: Locale) -> Self {
        Self {
            locale,
            remember: None,
            other_query: String::new(),
            secure: false,
        }
    }

    /// The language of an embedded frame: its `?lang=` is the host article's language,
    /// not a choice the visitor made, so it is never remembered.
    pub fn in_a_frame(mut self) -> Self {
        self.remember = None;
        self
    }

    /// The query of this page in `language`: its own query with `lang` set.
    pub fn query_in(&self, language: Language) -> String {
        if self.other_query.is_empty() {
            format!("?lang={}", language.slug())
        } else {
            format!("?{}&lang={}", self.other_query, language.slug())
        }
    }

    /// Says the page's language, that pages vary by the request's languages and cookie,
    /// and remembers a language just picked.
    pub fn mark(&self, headers: &mut HeaderMap) {
        if let Ok(value) = HeaderValue::from_str(self.locale.tag()) {
            headers.insert(header::CONTENT_LANGUAGE, value);
        }
        headers.append(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Cookie"),
        );
        if let Some(language) = self.remember {
            let cookie = format!(
                "{COOKIE}={}; Path=/; Max-Age={REMEMBERED_FOR_SECONDS}; SameSite=Lax; HttpOnly{}",
                language.slug(),
                if self.secure { "; Secure" } else { "" }
            );
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                headers.append(header::SET_COOKIE, value);
            }
        }
    }
}

/// The language an API request's refusal is worded in: its `?lang=`, else its
/// `Accept-Language` (which the app sets to its page's language), else English. A
/// remembered choice is the page's business: the page the app runs in already chose.
pub fn of_api_request(uri: &Uri, headers: &HeaderMap) -> Locale {
    let asked = query_value(uri.query().unwrap_or_default(), "lang");
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    // The app on a pseudo-language page asks for it by name, as its `?lang=` did.
    let pseudo = accept.filter(|accept| accept.trim().eq_ignore_ascii_case(Locale::Pseudo.tag()));
    Locale::negotiate(asked.or(pseudo), None, accept)
}

/// Words a refusal again in the caller's language: every [`ApiError`] answers in
/// English and keeps itself in the response for this layer, which has the request.
pub async fn speak_errors(request: Request, next: Next) -> Response {
    let locale = of_api_request(request.uri(), request.headers());
    let mut response = next.run(request).await;
    let Some(error) = response.extensions_mut().remove::<Arc<ApiError>>() else {
        return response;
    };
    // Worded for the request's languages: no cache may give it to another caller.
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("Accept-Language"));
    if locale == Locale::ENGLISH {
        return response;
    }
    let body = error.body(Words::get().speak(locale));
    // The status and headers stay (Retry-After, the security headers); the body is new.
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Json(body).into_response().into_body())
}

/// The catalogue with its words in `locale`, worded once per locale: `/api/catalog`
/// and every judged report read it (the pages word theirs once, at start).
pub fn catalogue_in(locale: Locale) -> &'static Catalog {
    static WORDED: LazyLock<Vec<(Locale, Catalog)>> = LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let words = Words::get().speak(locale);
                let worded = ringcheck_words::worded_catalogue(&words, catalog());
                (locale, worded)
            })
            .collect()
    });
    WORDED
        .iter()
        .find(|(of, _)| *of == locale)
        .map_or_else(|| &WORDED[0].1, |(_, catalog)| catalog)
}

/// Says in `locale` why the browser does not test each of `targets` here: every plan the
/// API sends is worded so as it goes (the start of a check, each judged report), while
/// the plans the service keeps and stores hold the codes alone.
pub fn word_plan(targets: &mut [EgressTarget], locale: Locale) {
    let words = Words::get().speak(locale);
    word_reasons(targets, &|id, port| {
        words.with(id, &[("port", Arg::from(port))])
    });
}

/// Names each of a plan's `entries` in `locale` (a stored plan holds the catalogue's
/// built names), as the plan is sent.
pub fn word_entry_names(entries: &mut [EntryLabel], locale: Locale) {
    let catalog = catalogue_in(locale);
    for label in entries {
        if let Some(entry) = catalog.entry(label.id.as_str()) {
            label.name.clone_from(&entry.name);
        }
    }
}

/// The value of `name` in a URL query, if it is short enough to be a language tag.
fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
        .filter(|value| value.len() <= MAX_TAG)
}

/// The value of cookie `name` in a `Cookie` header, if it is short enough.
fn cookie_value<'a>(cookies: &'a str, name: &str) -> Option<&'a str> {
    cookies
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim_matches('"'))
        .filter(|value| value.len() <= MAX_TAG)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(uri: &str, headers: &[(&str, &str)]) -> PageLanguage {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(
                header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        PageLanguage::of(&uri.parse().unwrap(), &map)
    }

    fn italian() -> Locale {
        Locale::Language(Language::Italian)
    }

    #[test]
    fn the_query_then_the_cookie_then_the_browser_s_languages() {
        let browser = ("accept-language", "it-IT,it;q=0.9");
        assert_eq!(language("/", &[browser]).locale, italian());
        let cookie = ("cookie", "other=1; ringcheck_lang=de");
        assert_eq!(
            language("/", &[browser, cookie]).locale,
            Locale::Language(Language::German)
        );
        assert_eq!(
            language("/r/x?lang=ja", &[browser, cookie]).locale,
            Locale::Language(Language::Japanese)
        );
        assert_eq!(language("/?lang=en-XA", &[]).locale, Locale::Pseudo);
        assert_eq!(language("/", &[]).locale, Locale::ENGLISH);
        let long = format!("/?lang=it{}", "x".repeat(100));
        assert_eq!(language(&long, &[]).locale, Locale::ENGLISH, "too long");
    }

    #[test]
    fn a_picked_language_is_remembered_once_and_the_page_says_its_language() {
        let mut headers = HeaderMap::new();
        language("/?lang=it", &[]).mark(&mut headers);
        assert_eq!(headers[header::CONTENT_LANGUAGE], "it");
        assert_eq!(headers[header::VARY], "Accept-Language, Cookie");
        let cookie = headers[header::SET_COOKIE].to_str().unwrap();
        assert!(cookie.starts_with("ringcheck_lang=it; Path=/;"), "{cookie}");
        assert!(
            cookie.ends_with("; HttpOnly"),
            "plain http: not Secure: {cookie}"
        );
        let mut headers = HeaderMap::new();
        language("/?lang=it", &[])
            .over_https(true)
            .mark(&mut headers);
        let cookie = headers[header::SET_COOKIE].to_str().unwrap();
        assert!(cookie.ends_with("; HttpOnly; Secure"), "{cookie}");
        let mut headers = HeaderMap::new();
        language("/?lang=it", &[("cookie", "ringcheck_lang=it")]).mark(&mut headers);
        assert!(
            !headers.contains_key(header::SET_COOKIE),
            "already remembered"
        );
        let mut headers = HeaderMap::new();
        language("/?lang=en-XA", &[]).mark(&mut headers);
        assert!(
            !headers.contains_key(header::SET_COOKIE),
            "never the pseudo-language"
        );
        assert_eq!(headers[header::CONTENT_LANGUAGE], "en-XA");
        let mut headers = HeaderMap::new();
        language("/embed?lang=it", &[])
            .in_a_frame()
            .mark(&mut headers);
        assert!(
            !headers.contains_key(header::SET_COOKIE),
            "a frame's language is its host's choice"
        );
    }

    #[test]
    fn links_to_the_page_in_another_language_keep_its_other_parameters() {
        let page = language("/embed?theme=dark&lang=it&hide=table&x=%3Cy%3E", &[]);
        assert_eq!(
            page.query_in(Language::German),
            "?theme=dark&hide=table&lang=de",
            "the checker's options, nothing else"
        );
        assert_eq!(language("/", &[]).query_in(Language::Dutch), "?lang=nl");
        let long = format!("/embed?hide={}", "a".repeat(1000));
        assert_eq!(
            language(&long, &[]).query_in(Language::Dutch),
            "?lang=nl",
            "a long query is not copied into every link"
        );
    }

    /// A plan as the start of a check answers: DNS never testable, 9998's listener down.
    fn plan_targets() -> Vec<EgressTarget> {
        use ringcheck_shared::{
            catalog::Transport,
            egress::{UnavailableWhy, egress_targets},
            port::Port,
        };
        egress_targets(catalog(), &[], |transport, port| match port.get() {
            9998 if transport == Transport::Tcp => Err(UnavailableWhy::NotAnswering),
            _ => Ok(Port::known(port.get())),
        })
    }

    fn reason_of(targets: &[EgressTarget], port: u16) -> String {
        use ringcheck_shared::egress::EgressMethod;
        match &targets
            .iter()
            .find(|t| t.port.get() == port)
            .unwrap()
            .method
        {
            EgressMethod::NotTestable { reason } | EgressMethod::Unavailable { reason, .. } => {
                reason.clone()
            }
            other => panic!("{port} is tested: {other:?}"),
        }
    }

    #[test]
    fn a_plan_says_why_a_port_is_not_tested_in_the_language_asked_for() {
        let mut targets = plan_targets();
        assert_eq!(reason_of(&targets, 53), "", "codes only, until it is sent");
        word_plan(&mut targets, Locale::ENGLISH);
        assert!(reason_of(&targets, 53).starts_with("Browsers refuse to connect to port 53."));
        assert_eq!(
            reason_of(&targets, 9998),
            "Ring Check's own test server for TCP 9998 is not answering right now, so your \
             browser cannot test this port here. This is a problem on our side, not your network."
        );
        word_plan(&mut targets, italian());
        assert!(
            reason_of(&targets, 9998).starts_with("Il server di test di Ring Check per TCP 9998"),
            "worded again in another language: {}",
            reason_of(&targets, 9998)
        );
        assert!(reason_of(&targets, 123).starts_with("I browser si rifiutano"));
        let mut pseudo = plan_targets();
        word_plan(&mut pseudo, Locale::Pseudo);
        for port in [53, 123, 9998] {
            let reason = reason_of(&pseudo, port);
            assert!(
                reason.starts_with('[') && reason.ends_with(']') && reason.contains('é'),
                "{reason}"
            );
        }
        assert!(
            reason_of(&pseudo, 9998).contains("TCP 9998"),
            "the port as it is"
        );
    }
}
