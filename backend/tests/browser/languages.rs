//! A check in the customer's language, in a real browser: the page at `?lang=` speaks
//! it from the first word to the last one the app shows (its own texts come with the
//! page), in Chromium; a finished check is screenshot in Italian and Japanese on a phone
//! and on a desktop, to be looked at for overflowing or clipped words.

use crate::driver::{E2e, Viewport, click, text_of, wait_for_element};
use fantoccini::{Client, Locator};
use ringcheck_shared::language::Language;
use ringcheck_words::{Locale, Words};

/// Runs a check on the page at `?lang=tag` and waits for its result.
async fn check_in(client: &Client, address: &str, tag: &str) {
    client
        .goto(&format!("{address}/?lang={tag}"))
        .await
        .unwrap();
    wait_for_element(client, "#check-button", "the checker renders").await;
    click(client, "#check-button").await;
    wait_for_element(client, "[data-report]", "the check finishes").await;
}

#[tokio::test]
async fn a_check_at_lang_de_speaks_german_and_a_share_link_the_reader_s_language() {
    let Some(mut e2e) = E2e::start().await else {
        return;
    };
    let _ports = crate::check::LOOPBACK_PORTS.lock().await;
    let german = Words::get().speak(Locale::Language(Language::German));
    let english = Words::get().speak(Locale::ENGLISH);
    let client = e2e.driver.session(Viewport::DESKTOP).await;
    check_in(&client, &e2e.app.address, "de").await;

    let lang = client
        .find(Locator::Css("html"))
        .await
        .unwrap()
        .attr("lang")
        .await
        .unwrap();
    assert_eq!(lang.as_deref(), Some("de"));
    assert_eq!(
        text_of(&client, "#check-button").await,
        german.text("app-check-again")
    );
    assert_eq!(
        text_of(&client, "#summary-heading").await,
        german.text("app-results-heading")
    );
    let overall = text_of(&client, ".overall").await;
    let overalls = ["works", "at-risk", "blocked", "unknown"]
        .map(|which| german.text(&format!("app-overall-{which}")));
    assert!(overalls.contains(&overall), "{overall}");
    let title = text_of(&client, "li.verdict[data-feature='live_view'] h3").await;
    assert_eq!(title, german.text("app-feature-live-view"));
    let label = text_of(
        &client,
        "li.verdict[data-feature='live_view'] .verdict-label strong",
    )
    .await;
    let labels = ["works", "at-risk", "blocked", "not-tested"]
        .map(|which| german.text(&format!("app-verdict-{which}")));
    assert!(labels.contains(&label), "{label}");
    // The reasons, worded by the server in the page's language.
    let reason = text_of(
        &client,
        "li.verdict[data-feature='notifications'] .verdict-reason",
    )
    .await;
    assert_eq!(reason, german.text("reason-every-port"));
    // The table's meanings, from the page's texts.
    let https = text_of(&client, "#probe-table [data-probe='tcp-443']").await;
    assert!(
        https.contains(&german.text("app-meaning-gets-out")),
        "HTTPS reaches the server here: {https}"
    );
    assert!(!https.contains(&english.text("app-meaning-gets-out")));
    assert_eq!(
        text_of(&client, "#fix-heading").await,
        german.text("app-fix-heading")
    );
    e2e.env.save_screenshot(&client, "check-de-desktop").await;

    let link = client
        .find(Locator::Css("#share-link"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .expect("a share link");
    // The customer's browser remembers their choice.
    client.goto(&link).await.unwrap();
    wait_for_element(&client, "[data-report]", "the shared report loads").await;
    assert_eq!(
        text_of(&client, "#page-heading").await,
        german.text("app-report-heading")
    );
    client.close().await.unwrap();

    // A support agent's browser, in English, opens the same link.
    let agent = e2e.driver.session(Viewport::DESKTOP).await;
    agent.goto(&link).await.unwrap();
    wait_for_element(&agent, "[data-report]", "the shared report loads").await;
    assert_eq!(
        text_of(&agent, "#page-heading").await,
        english.text("app-report-heading"),
        "the reader's language, not the customer's"
    );
    agent.goto(&format!("{link}?lang=de")).await.unwrap();
    wait_for_element(&agent, "[data-report]", "the shared report loads").await;
    assert_eq!(
        text_of(&agent, "#page-heading").await,
        german.text("app-report-heading"),
        "and the switcher's link gives the customer's"
    );
    agent.close().await.unwrap();
}

#[tokio::test]
async fn a_finished_check_in_italian_and_japanese_fits_a_phone_and_a_desktop() {
    // Four checks in a row from one address.
    let Some(mut e2e) = E2e::start_with(|config| config.admission.check_burst = 10).await else {
        return;
    };
    let _ports = crate::check::LOOPBACK_PORTS.lock().await;
    for (tag, language) in [("it", Language::Italian), ("ja", Language::Japanese)] {
        let words = Words::get().speak(Locale::Language(language));
        for (viewport, name) in [(Viewport::PHONE, "phone"), (Viewport::DESKTOP, "desktop")] {
            let client = e2e.driver.session(viewport).await;
            check_in(&client, &e2e.app.address, tag).await;
            assert_eq!(
                text_of(&client, "#summary-heading").await,
                words.text("app-results-heading"),
                "{tag}"
            );
            // Nothing wider than the page: no word pushes it sideways.
            let overflow = crate::driver::eval(
                &client,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            )
            .await;
            assert_eq!(
                overflow.as_i64(),
                Some(0),
                "{tag} {name}: the page scrolls sideways"
            );
            e2e.env
                .save_screenshot(&client, &format!("check-{tag}-{name}"))
                .await;
            client.close().await.unwrap();
        }
    }
}

/// A finished check in the pseudo-language: every visible text the app shows is
/// accented and in brackets (it came through a catalogue), or is data (a port, a
/// protocol, a source's citation). The verdicts' reasons, each path's line and the
/// families' sentences are worded by the server; nothing is left out but the plan's
/// reasons (`.why`).
#[tokio::test]
async fn every_word_of_a_finished_check_comes_through_a_catalogue() {
    let Some(mut e2e) = E2e::start().await else {
        return;
    };
    let _ports = crate::check::LOOPBACK_PORTS.lock().await;
    let client = e2e.driver.session(Viewport::DESKTOP).await;
    check_in(&client, &e2e.app.address, "en-XA").await;
    let texts = crate::driver::eval(
        &client,
        "const walker = document.createTreeWalker(document.getElementById('app'),
             NodeFilter.SHOW_TEXT);
         const texts = [];
         for (let node = walker.nextNode(); node; node = walker.nextNode()) {
             const text = node.textContent.trim();
             if (text) texts.push(text);
         }
         return texts;",
    )
    .await;
    let catalog = ringcheck_shared::catalog::catalog();
    let mut data: Vec<String> = Vec::new();
    for source in &catalog.sources {
        data.push(source.label.clone());
    }
    let protocols_and_numbers = |text: &str| {
        text.split(|c: char| !c.is_alphabetic())
            .all(|word| word.is_empty() || word == "TCP" || word == "UDP")
    };
    let outside: Vec<String> = texts
        .as_array()
        .expect("the page's texts")
        .iter()
        .filter_map(|text| text.as_str())
        .filter(|text| !text.contains('[') && !text.contains(']'))
        .filter(|text| !protocols_and_numbers(text))
        .filter(|text| !data.iter().any(|d| d == text))
        .map(str::to_owned)
        .collect();
    e2e.env
        .save_screenshot(&client, "check-en-XA-desktop")
        .await;
    assert!(
        outside.is_empty(),
        "text of a finished check that did not come through a catalogue: {outside:?}"
    );
    client.close().await.unwrap();
}
