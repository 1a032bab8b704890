//! The video upload test from the real page in headless Chromium: after the check, the
//! visitor picks how many cameras stream at once and runs it; the server's result and
//! chart show on the page, stay with the report, and show on its share link without
//! the button; and over a shaped 1 Mbit/s uplink (as root) it is told it cannot hold
//! one camera.

use std::time::Duration;

use crate::{
    check::LOOPBACK_PORTS,
    common::netns::{NamespacedServer, SERVER_ADDRESS, SERVER_PORT},
    driver::{
        Browser, Driver, E2e, Viewport, click, eval, exists, sideways_overflow, text_of,
        wait_for_element,
    },
    firewall,
};
use fantoccini::{Client, Locator};

/// Longer than any test (the server ends each within 16 s) and the report read after.
const UPLOAD_TIMEOUT: Duration = Duration::from_secs(40);

/// Runs the page's check, then its upload test with `cameras`; the result's verdict.
async fn check_then_upload(client: &Client, cameras: u8) -> String {
    click(client, "#check-button").await;
    wait_for_element(
        client,
        "#upload-button",
        "the finished check offers the test",
    )
    .await;
    let intro = text_of(client, "#upload-test").await;
    assert!(
        intro.contains("about 14 seconds"),
        "said before it starts: {intro}"
    );
    click(
        client,
        &format!(".upload-cameras [data-streams='{cameras}']"),
    )
    .await;
    let pressed = eval(
        client,
        "return document.querySelector('.upload-cameras [aria-pressed=true]').dataset.streams",
    )
    .await;
    assert_eq!(pressed.as_str(), Some(cameras.to_string().as_str()));
    click(client, "#upload-button").await;
    let result = client
        .wait()
        .at_most(UPLOAD_TIMEOUT)
        .for_element(Locator::Css("#upload-test [data-upload-verdict]"))
        .await
        .unwrap_or_else(|error| {
            panic!("the upload test's result within {UPLOAD_TIMEOUT:?}: {error}")
        });
    result
        .attr("data-upload-verdict")
        .await
        .unwrap()
        .expect("a verdict")
}

/// Whether the chart image has loaded and drawn.
async fn chart_drawn(client: &Client) -> bool {
    let drawn = eval(
        client,
        "const chart = document.querySelector('#upload-test img.upload-chart');
         return !!chart && chart.complete && chart.naturalWidth > 0",
    )
    .await;
    drawn.as_bool() == Some(true)
}

#[tokio::test]
async fn two_cameras_on_loopback_stream_smoothly_and_the_share_link_keeps_the_result() {
    on_loopback(Browser::Chromium).await;
}

#[tokio::test]
async fn in_firefox_two_cameras_on_loopback_stream_smoothly_and_the_share_link_keeps_it() {
    on_loopback(Browser::Firefox).await;
}

#[tokio::test]
async fn in_webkit_two_cameras_on_loopback_stream_smoothly_and_the_share_link_keeps_it() {
    on_loopback(Browser::WebKit).await;
}

async fn on_loopback(browser: Browser) {
    let Some(mut e2e) = E2e::start_in(browser, |_| {}).await else {
        return;
    };
    let shot = |name: &str| browser.shot(name);
    let _ports = LOOPBACK_PORTS.lock().await;
    let client = e2e.driver.session(Viewport::DESKTOP).await;
    client.goto(&e2e.app.address).await.unwrap();
    wait_for_element(&client, "#check-button", "the checker renders").await;
    let verdict = check_then_upload(&client, 2).await;
    // Loopback carries two 2,000 kbit/s streams, and its delay hardly rises.
    assert_eq!(verdict, "works");
    let said = text_of(&client, "#upload-test .upload-result").await;
    assert!(
        said.contains("2 cameras' Live View video at 2,000 kbit/s each"),
        "{said}"
    );
    crate::driver::wait_until("the chart loads", || chart_drawn(&client)).await;
    let again = text_of(&client, "#upload-button").await;
    assert_eq!(again, "Test again");
    e2e.env
        .save_screenshot(&client, &shot("upload-finished-desktop"))
        .await;

    // The report keeps it: the share link shows the result and chart, and no button.
    let link = eval(
        &client,
        "return document.querySelector('#share-link').value",
    )
    .await;
    let link = link.as_str().expect("the share link").to_owned();
    let agent = e2e.driver.session(Viewport::PHONE).await;
    agent.goto(&link).await.unwrap();
    wait_for_element(
        &agent,
        "#upload-test [data-upload-verdict='works']",
        "the shared report shows the upload test's result",
    )
    .await;
    assert!(
        !exists(&agent, "#upload-button").await,
        "no test on a share link"
    );
    crate::driver::wait_until("the chart loads on the share link", || chart_drawn(&agent)).await;
    assert_eq!(sideways_overflow(&agent).await, 0, "fits a phone");
    e2e.env
        .save_screenshot(&agent, &shot("upload-shared-phone"))
        .await;
}

/// The real page over a home uplink of 1 Mbit/s (a token bucket on the visitor's link):
/// one camera's 2,000 kbit/s cannot be held, and the page says what the server counted,
/// within 10 % of what the shaper passes.
#[tokio::test]
async fn chromium_on_a_1_mbit_uplink_is_told_it_cannot_hold_one_camera() {
    let Some((env, network)) = firewall::set_up(Browser::Chromium) else {
        return;
    };
    let _server = NamespacedServer::start_serving(&network, Some(&env.dist), &[]);
    network.shape_visitor_uplink("1mbit", "32kbit", "100ms");
    let mut driver = Driver::start_in_namespace(&env, &network.visitor, Browser::Chromium);
    let client = driver.session(Viewport::DESKTOP).await;
    client
        .goto(&format!("http://{SERVER_ADDRESS}:{SERVER_PORT}/"))
        .await
        .unwrap();
    wait_for_element(&client, "#check-button", "the checker renders").await;
    let verdict = check_then_upload(&client, 1).await;
    assert_eq!(verdict, "blocked");
    let said = text_of(&client, "#upload-test .upload-result").await;
    // "Your upload carried 937 kbit/s of the 2,000 kbit/s one camera needs".
    let carried: u32 = said
        .split("carried ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|number| number.replace(',', "").parse().ok())
        .unwrap_or_else(|| panic!("the rate carried is said: {said}"));
    assert!(
        (900..=1_100).contains(&carried),
        "the server counted {carried} kbit/s through a 1,000 kbit/s shaper: {said}"
    );
    assert!(said.contains("Pause other uploads"), "what to do: {said}");
    crate::driver::wait_until("the chart loads", || chart_drawn(&client)).await;
    env.save_screenshot(&client, "upload-1mbit-desktop").await;
}
