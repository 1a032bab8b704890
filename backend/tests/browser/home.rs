//! End to end in headless Chromium: the real server serving the real built app.

use crate::driver::{Driver, E2e, Viewport, eval, sideways_overflow, text_of, wait_for_element};
use fantoccini::{
    Client, Locator,
    actions::{InputSource, KeyAction, KeyActions},
    key::Key,
};
use ringcheck_shared::catalog;

async fn open_home(driver: &mut Driver, address: &str, viewport: Viewport) -> Client {
    let client = driver.session(viewport).await;
    client.goto(address).await.expect("page loads");
    wait_for_element(
        &client,
        "#port-table tbody tr.entry-row",
        "the port table renders",
    )
    .await;
    client
}

async fn cell_text(row: &fantoccini::elements::Element, css: &str) -> String {
    let cell = row
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"));
    cell.text().await.expect("cell text")
}

#[tokio::test]
async fn the_home_page_table_shows_every_ring_port_of_the_catalogue() {
    let Some(E2e {
        env,
        app,
        mut driver,
    }) = E2e::start().await
    else {
        return;
    };
    let client = open_home(&mut driver, &app.address, Viewport::DESKTOP).await;
    env.save_screenshot(&client, "home-desktop-light").await;

    // The page is in English here (the browser asks for no other): its words are
    // English's.
    let english = ringcheck_words::Words::get().speak(ringcheck_words::Locale::ENGLISH);
    let worded = ringcheck_words::worded_catalogue(&english, catalog());
    let catalog = &worded;
    let rows = client.find_all(Locator::Css("tr.entry-row")).await.unwrap();
    assert_eq!(
        rows.len(),
        catalog.entries.len(),
        "one row per catalogue entry"
    );
    for entry in &catalog.entries {
        let row = client
            .find(Locator::Css(&format!("tr[data-entry='{}']", entry.id)))
            .await
            .unwrap_or_else(|_| panic!("row for {}", entry.id));
        assert_eq!(
            cell_text(&row, "td.port-numbers").await,
            entry.ports.to_string(),
            "{} ports",
            entry.id
        );
        let text = row.text().await.unwrap();
        assert!(text.contains(&entry.name), "{} name", entry.id);
        let transports: Vec<String> = entry
            .transports
            .iter()
            .map(|t| t.label().to_owned())
            .collect();
        assert!(
            text.contains(&ringcheck_words::judgement::or_list(&english, &transports)),
            "{} protocol: {text}",
            entry.id
        );
        assert!(
            text.contains(&english.text(entry.direction.message_id())),
            "{} direction: {text}",
            entry.id
        );
        assert!(
            text.contains(&entry.words.when_blocked),
            "{} symptom: {text:?}",
            entry.id
        );
        for note in &entry.notes {
            assert!(
                text.contains(note.text.as_str()),
                "{} note {}",
                entry.id,
                note.text
            );
        }
        // Each row says where it comes from, with a link to the source.
        for source in &entry.sources {
            let source = catalog.source(*source).unwrap();
            assert!(
                text.contains(&source.label),
                "{} source {}",
                entry.id,
                source.label
            );
            let link = row
                .find(Locator::Css(&format!("a[href='{}']", source.address)))
                .await;
            assert!(link.is_ok(), "{} links {}", entry.id, source.address);
        }
    }
    let table = client
        .find(Locator::Id("port-table"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for port in [
        "80", "443", "53", "123", "8557", "9998", "9999", "15063", "15064", "7076", "7077", "9078",
        "9079", "9002", "4172", "5228", "5223",
    ] {
        assert!(table.contains(port), "port {port} is in the table");
    }
    assert!(table.contains("16500\u{2013}65000"));

    let page = text_of(&client, "main").await;
    assert!(
        page.contains("WPA2 Enterprise"),
        "the Alarm Wi-Fi note is shown"
    );
    assert!(
        page.contains(&catalog.guidance.isp),
        "the ISP advice is shown"
    );
    assert!(
        page.contains(&catalog.guidance.caution),
        "the article's caution is shown"
    );
    client.close().await.unwrap();
}

#[tokio::test]
async fn the_home_page_fits_a_320px_phone_in_light_and_dark() {
    let Some(E2e {
        env,
        app,
        mut driver,
    }) = E2e::start().await
    else {
        return;
    };
    for (viewport, name) in [
        (Viewport::PHONE, "home-phone-light"),
        (Viewport::PHONE.dark(), "home-phone-dark"),
        (Viewport::DESKTOP.dark(), "home-desktop-dark"),
    ] {
        let client = open_home(&mut driver, &app.address, viewport).await;
        env.save_screenshot(&client, name).await;
        let width = eval(&client, "return window.innerWidth").await;
        assert_eq!(
            width.as_u64(),
            Some(u64::from(viewport.width)),
            "{name}: window width"
        );
        assert_eq!(
            sideways_overflow(&client).await,
            0,
            "{name}: no sideways scrolling"
        );
        let dark = eval(
            &client,
            "return matchMedia('(prefers-color-scheme: dark)').matches",
        )
        .await;
        assert_eq!(dark.as_bool(), Some(viewport.dark), "{name}: colour scheme");
        // The dark theme really applies: a dark page background, light text.
        let background = eval(
            &client,
            "return getComputedStyle(document.body).backgroundColor",
        )
        .await;
        let expected = if viewport.dark {
            "rgb(15, 20, 25)"
        } else {
            "rgb(246, 248, 250)"
        };
        assert_eq!(
            background.as_str(),
            Some(expected),
            "{name}: page background"
        );
        client.close().await.unwrap();
    }
}

#[tokio::test]
async fn the_page_is_keyboard_reachable_from_the_skip_link() {
    let Some(E2e {
        env: _,
        app,
        mut driver,
    }) = E2e::start().await
    else {
        return;
    };
    let client = open_home(&mut driver, &app.address, Viewport::DESKTOP).await;

    let press = |key: Key| {
        KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: key.into() })
            .then(KeyAction::Up { value: key.into() })
    };
    client.perform_actions(press(Key::Tab)).await.unwrap();
    let focused = client.active_element().await.unwrap();
    assert_eq!(
        focused.text().await.unwrap(),
        "Skip to content",
        "Tab reaches the skip link first"
    );
    client.perform_actions(press(Key::Enter)).await.unwrap();
    let focus = eval(&client, "return [location.hash, document.activeElement.id]").await;
    assert_eq!(
        focus,
        serde_json::json!(["#main", "main"]),
        "the skip link moves focus to the content"
    );
    client.close().await.unwrap();
}

#[tokio::test]
async fn an_unknown_page_explains_itself_and_links_home() {
    let Some(E2e {
        env,
        app,
        mut driver,
    }) = E2e::start().await
    else {
        return;
    };
    let client = driver.session(Viewport::DESKTOP).await;
    client.goto(&app.url("/no/such/page")).await.unwrap();
    let heading = wait_for_element(&client, "h1", "the not-found page renders").await;
    assert_eq!(heading.text().await.unwrap(), "Page not found");
    let home = client.find(Locator::Css("main a[href='/']")).await.unwrap();
    assert!(home.text().await.unwrap().contains("home page"));
    env.save_screenshot(&client, "not-found").await;
    client.close().await.unwrap();
}
