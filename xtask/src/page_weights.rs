//! Each language's page weight: the home page as the server writes it in every language
//! (its words, the port table and the app's texts are in the HTML), raw and compressed.
//! The app's files are the same in every language; the page is what each adds.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    process::{Child, Stdio},
    sync::mpsc,
    thread,
    time::Duration,
};

use crate::{Result, command, paths, spa};

/// Every language the server speaks, by its tag.
const LANGUAGES: [&str; 7] = ["en", "it", "de", "fr", "es", "nl", "ja"];
/// How long the server may take to say where it listens.
const START_WITHIN: Duration = Duration::from_secs(60);
/// How long one page may take.
const PAGE_WITHIN: Duration = Duration::from_secs(10);

pub fn report() -> Result {
    command::run(
        &mut command::cargo(&["build", "--quiet", "--package", "ringcheck-backend"]),
        "building the server",
    )?;
    let scratch = paths::target_dir().join("page-weights");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let server = paths::target_dir().join("debug").join("ringcheck");
    let mut child = command::new(&server.display().to_string())
        // No listeners for the browser's tests: nothing taken from a server or test
        // running beside it, and the page is the same.
        .args([
            "--bind",
            "127.0.0.1:0",
            "--no-egress-listeners",
            "--log",
            "info",
        ])
        .arg("--dist")
        .arg(paths::dist())
        .arg("--database")
        .arg(scratch.join("reports.db"))
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", server.display()))?;
    let result = listening_at(&mut child).and_then(|address| weigh(&address));
    let _ = child.kill();
    let _ = child.wait();
    result
}

/// The address the server says it listens at, from its log.
fn listening_at(child: &mut Child) -> Result<String> {
    let (sender, receiver) = mpsc::channel();
    for output in [
        child
            .stdout
            .take()
            .map(|o| Box::new(o) as Box<dyn Read + Send>),
        child
            .stderr
            .take()
            .map(|o| Box::new(o) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .flatten()
    {
        let sender = sender.clone();
        thread::spawn(move || {
            for line in BufReader::new(output).lines().map_while(|line| line.ok()) {
                if let Some(at) = line.find("listening on http://") {
                    let address = line[at + "listening on http://".len()..]
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    let _ = sender.send(address);
                }
            }
        });
    }
    receiver
        .recv_timeout(START_WITHIN)
        .map_err(|_| "the server did not say where it listens within a minute".to_owned())
}

fn weigh(address: &str) -> Result {
    println!("Each language's home page (the HTML, with the app's texts):");
    println!(
        "{:<10} {:>10} {:>10} {:>10}",
        "language", "raw", "gzip", "brotli"
    );
    for language in LANGUAGES {
        let page = get(address, &format!("/?lang={language}"))?;
        println!(
            "{language:<10} {:>10} {:>10} {:>10}",
            kb(page.len()),
            kb(spa::gzip(&page).len()),
            kb(spa::brotli(&page).len())
        );
    }
    println!();
    Ok(())
}

/// The body of `GET path`, over HTTP/1.1 without compression.
fn get(address: &str, path: &str) -> Result<Vec<u8>> {
    let failed = |e: std::io::Error| format!("GET {path} from {address}: {e}");
    let mut stream = TcpStream::connect(address).map_err(failed)?;
    stream.set_read_timeout(Some(PAGE_WITHIN)).map_err(failed)?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .map_err(failed)?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).map_err(failed)?;
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| format!("GET {path}: no HTTP answer"))?;
    let head = String::from_utf8_lossy(&response[..split]);
    if !head.starts_with("HTTP/1.1 200") {
        return Err(format!(
            "GET {path}: {}",
            head.lines().next().unwrap_or_default()
        ));
    }
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        return Err(format!(
            "GET {path}: a chunked page, which this count does not read"
        ));
    }
    Ok(response[split + 4..].to_vec())
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}
