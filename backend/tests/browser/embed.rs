//! Ring Check inside a help-center article, in headless Chromium: a host page on another
//! origin (another port on 127.0.0.1) embeds it with the snippet, the check runs inside
//! the frame, the frame grows with the results, a message from a foreign origin changes
//! nothing, and `--embed-origin` decides which hosts may show the frame at all.

use crate::common;

use std::time::Duration;

use crate::driver::{E2e, Viewport, click, eval, sideways_overflow, wait_for_element, wait_until};
use axum::{Router, extract::Query, response::Html, routing::get};
use fantoccini::{Client, Locator};
use serde::Deserialize;
use tokio::net::TcpListener;

/// A help-center article with the snippet from the site, for the Ring Check at `rc`.
fn article(rc: &str) -> String {
    format!(
        r#"<!doctype html><html lang="en"><head><title>Live View won't connect</title></head>
<body>
<h1>Live View won't connect</h1>
<p>Run the check below, then share the link with us.</p>
<div data-ringcheck data-hide="advice"></div>
<script src="{rc}/embed.js" async></script>
<script>
  window.marker = false;
  window.addEventListener("message", (e) => {{ if (e.data === "marker") window.marker = true; }});
</script>
</body></html>"#
    )
}

/// A page of another origin in the Ring Check frame's place, sending the resize message
/// the real one sends, then a marker.
const IMPOSTOR: &str = r#"<!doctype html><title>impostor</title><script>
  parent.postMessage({type: "ringcheck:resize", height: 50}, "*");
  parent.postMessage("marker", "*");
</script>"#;

#[derive(Deserialize)]
struct ArticleQuery {
    rc: String,
}

/// The host site: `/article?rc=<Ring Check origin>`, on a port of its own.
async fn host_site() -> String {
    let app = Router::new()
        .route(
            "/article",
            get(|Query(query): Query<ArticleQuery>| async move { Html(article(&query.rc)) }),
        )
        .route("/impostor", get(|| async { Html(IMPOSTOR) }));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    origin
}

async fn frame_height(client: &Client) -> i64 {
    eval(
        client,
        "const f = document.querySelector('iframe[data-ringcheck-frame]');
         return f ? Math.round(f.getBoundingClientRect().height) : -1;",
    )
    .await
    .as_i64()
    .unwrap()
}

/// Whether the frame shows the checker within a few seconds.
async fn frame_shows_the_checker(client: &Client) -> bool {
    wait_for_element(
        client,
        "iframe[data-ringcheck-frame]",
        "the loader adds the frame",
    )
    .await;
    client.enter_frame(0).await.unwrap();
    let shown = client
        .wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::Css("#check-button"))
        .await
        .is_ok();
    client.enter_parent_frame().await.unwrap();
    shown
}

#[tokio::test]
async fn the_snippet_gives_a_working_self_sizing_checker_on_another_origin() {
    let Some(mut e2e) = E2e::start().await else {
        return;
    };
    let host = host_site().await;
    let client = e2e.driver.session(Viewport::DESKTOP).await;
    client
        .goto(&format!("{host}/article?rc={}", e2e.app.address))
        .await
        .unwrap();
    assert!(
        frame_shows_the_checker(&client).await,
        "framed anywhere by default"
    );
    // The frame takes the checker's height, not the loader's 480 px placeholder.
    wait_until("the first height message", || async {
        frame_height(&client).await != 480
    })
    .await;
    let before = frame_height(&client).await;

    client.enter_frame(0).await.unwrap();
    assert!(
        client.find(Locator::Css(".site-header")).await.is_err(),
        "no site header inside the frame"
    );
    click(&client, "#check-button").await;
    wait_for_element(
        &client,
        "[data-report]",
        "the check finishes inside the frame",
    )
    .await;
    assert!(
        client.find(Locator::Css(".fix-it")).await.is_err(),
        "data-hide=\"advice\" hides the advice"
    );
    let open_full = client
        .find(Locator::Css(".share a[target='_blank']"))
        .await
        .expect("the full result opens in a new tab");
    let href = open_full.attr("href").await.unwrap().unwrap();
    assert!(
        href.starts_with(&format!("{}/r/", e2e.app.address)),
        "{href}"
    );
    client.enter_parent_frame().await.unwrap();

    wait_until("the frame to grow with the results", || async {
        frame_height(&client).await > before + 300
    })
    .await;
    let grown = frame_height(&client).await;
    e2e.env.save_screenshot(&client, "embed-host-page").await;

    // The same message from the same frame, but from another origin, changes nothing
    // (messages from one source arrive in order, so the marker comes after it).
    eval(
        &client,
        &format!(
            "document.querySelector('iframe[data-ringcheck-frame]').src = '{host}/impostor';
             return true;"
        ),
    )
    .await;
    wait_until("the impostor's messages to arrive", || async {
        eval(&client, "return window.marker").await == serde_json::json!(true)
    })
    .await;
    assert_eq!(
        frame_height(&client).await,
        grown,
        "a message from a foreign origin is ignored"
    );
    client.close().await.unwrap();

    // On its own at 320 px, as in a narrow article column.
    let phone = e2e.driver.session(Viewport::PHONE).await;
    phone
        .goto(&e2e.app.url("/embed?theme=dark&hide=table"))
        .await
        .unwrap();
    wait_for_element(&phone, "#check-button", "the embed page renders").await;
    assert_eq!(
        eval(&phone, "return document.documentElement.dataset.theme").await,
        serde_json::json!("dark"),
        "theme=dark is applied"
    );
    assert_eq!(sideways_overflow(&phone).await, 0, "fits 320 px");
    e2e.env.save_screenshot(&phone, "embed-phone").await;
    phone.close().await.unwrap();
}

#[tokio::test]
async fn embed_origin_decides_which_hosts_may_show_the_frame() {
    let Some(mut e2e) = E2e::start().await else {
        return;
    };
    let host = host_site().await;
    let allowed = common::spawn_app_serving_with(&e2e.env.dist, |config| {
        config.embedding.embed_origins = vec![host.clone()];
    })
    .await;
    let elsewhere = common::spawn_app_serving_with(&e2e.env.dist, |config| {
        config.embedding.embed_origins = vec!["https://help.example.com".into()];
    })
    .await;
    let client = e2e.driver.session(Viewport::DESKTOP).await;

    client
        .goto(&format!("{host}/article?rc={}", allowed.address))
        .await
        .unwrap();
    assert!(
        frame_shows_the_checker(&client).await,
        "the listed origin may frame it"
    );

    client
        .goto(&format!("{host}/article?rc={}", elsewhere.address))
        .await
        .unwrap();
    assert!(
        !frame_shows_the_checker(&client).await,
        "the browser refuses the frame on an origin that is not listed"
    );
    client.enter_frame(0).await.unwrap();
    let shown = eval(&client, "return location.href").await;
    client.enter_parent_frame().await.unwrap();
    assert_eq!(
        shown,
        serde_json::json!("chrome-error://chromewebdata/"),
        "Chromium's page for a blocked frame, not a slow or broken Ring Check"
    );
    assert_eq!(
        frame_height(&client).await,
        480,
        "and nothing inside it could resize it"
    );
    e2e.env.save_screenshot(&client, "embed-refused").await;
    client.close().await.unwrap();
}
