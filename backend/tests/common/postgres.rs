//! A real PostgreSQL for the tests: one server per test process, from Debian's binaries,
//! in a data directory of its own on a loopback port (run as the `postgres` user when
//! the tests run as root: PostgreSQL refuses root), stopped and removed when the process
//! ends, however it ends; each caller gets a database of its own. A second server, with
//! TLS on (a certificate for `localhost` from a CA made here), starts for the tests that
//! ask for it.

use std::{
    io::Write,
    net::{Ipv4Addr, TcpListener},
    os::unix::process::CommandExt,
    path::{Path, PathBuf},
    process::{Child, ChildStdin, Command, Stdio},
    sync::{
        Mutex, OnceLock,
        atomic::{AtomicUsize, Ordering},
    },
};

struct Server {
    port: u16,
    /// Its files (`ca.pem` with TLS), removed when it stops.
    dir: PathBuf,
    /// Closed when the process ends: the watchdog then stops the server.
    _watchdog: Mutex<(Child, ChildStdin)>,
}

static SERVER: OnceLock<Option<Server>> = OnceLock::new();
static TLS_SERVER: OnceLock<Option<(Server, PathBuf)>> = OnceLock::new();
static DATABASES: AtomicUsize = AtomicUsize::new(0);

/// Why a test without PostgreSQL skips.
const MISSING: &str = "PostgreSQL is not installed (apt-get install postgresql)";

#[allow(dead_code)] // the tests of one binary use it, the others not
/// The URL of a new, empty database, or `None` when PostgreSQL is not installed and the
/// run does not require it (`RINGCHECK_POSTGRES=required`, as `cargo xtask test` sets it),
/// after recording that the calling test skips (`skip` beside this file, which the
/// module including this one names `skip`).
pub async fn new_database() -> Option<String> {
    let Some(server) = SERVER.get_or_init(|| start(None)) else {
        super::skip::skip(MISSING);
        return None;
    };
    Some(create_database(server).await)
}

/// A new database on the server with TLS on, as `new_database`: its URL (at
/// `127.0.0.1`, no `sslmode`) and the PEM file of the CA that signed the server's
/// certificate, which names `localhost` only.
#[allow(dead_code)] // the tests of one binary use it, the others not
pub async fn new_tls_database() -> Option<(String, PathBuf)> {
    let Some((server, ca)) = TLS_SERVER.get_or_init(|| {
        let server = start(Some(&ServerTls::new()))?;
        let ca = server.dir.join("ca.pem");
        Some((server, ca))
    }) else {
        super::skip::skip(MISSING);
        return None;
    };
    Some((create_database(server).await, ca.clone()))
}

/// The server's certificate and key, and the CA's certificate that signed it.
struct ServerTls {
    cert_pem: String,
    key_pem: String,
    ca_pem: String,
}

impl ServerTls {
    fn new() -> Self {
        let ca_key = rcgen::KeyPair::generate().unwrap();
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        let ca = ca_params.self_signed(&ca_key).unwrap();
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = rcgen::CertificateParams::new(vec!["localhost".to_owned()])
            .unwrap()
            .signed_by(&key, &ca, &ca_key)
            .unwrap();
        Self {
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
            ca_pem: ca.pem(),
        }
    }
}

async fn create_database(server: &Server) -> String {
    let name = format!(
        "t{}_{}",
        std::process::id(),
        DATABASES.fetch_add(1, Ordering::SeqCst)
    );
    let admin = format!("postgres://ringcheck@127.0.0.1:{}/postgres", server.port);
    let (client, connection) = tokio_postgres::connect(&admin, tokio_postgres::NoTls)
        .await
        .expect("the test PostgreSQL answers");
    let connection = tokio::spawn(connection);
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    connection.abort();
    format!("postgres://ringcheck@127.0.0.1:{}/{name}", server.port)
}

fn start(tls: Option<&ServerTls>) -> Option<Server> {
    let Some(bin) = binaries() else {
        assert!(
            std::env::var("RINGCHECK_POSTGRES").as_deref() != Ok("required"),
            "PostgreSQL is required: apt-get install postgresql"
        );
        return None;
    };
    let dir = tempfile::Builder::new()
        .prefix("ringcheck-pg-")
        .tempdir()
        .unwrap()
        .keep();
    let data = dir.join("data");
    // PostgreSQL refuses to run as root.
    let as_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| output.stdout.trim_ascii() == b"0");
    if as_root {
        run(Command::new("chown").args(["postgres:postgres"]).arg(&dir));
    }
    let tool = |name: &str| {
        let program = bin.join(name);
        let mut command = if as_root {
            let mut runuser = Command::new("runuser");
            runuser.args(["-u", "postgres", "--"]).arg(program);
            runuser
        } else {
            Command::new(program)
        };
        command.stdout(Stdio::null());
        command
    };
    run(tool("initdb").arg("-D").arg(&data).args([
        "-A",
        "trust",
        "-U",
        "ringcheck",
        "-E",
        "UTF8",
        "--no-sync",
    ]));
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
        dir.display()
    );
    if let Some(tls) = tls {
        // The key must be the server's own and private to it.
        let (cert, key) = (dir.join("server.crt"), dir.join("server.key"));
        std::fs::write(&cert, &tls.cert_pem).unwrap();
        std::fs::write(&key, &tls.key_pem).unwrap();
        std::fs::write(dir.join("ca.pem"), &tls.ca_pem).unwrap();
        std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600))
            .unwrap();
        if as_root {
            run(Command::new("chown")
                .args(["postgres:postgres"])
                .arg(&cert)
                .arg(&key));
        }
        options.push_str(&format!(
            " -c ssl=on -c ssl_cert_file={} -c ssl_key_file={}",
            cert.display(),
            key.display()
        ));
    }
    run(tool("pg_ctl")
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(dir.join("log"))
        .args(["-w", "-t", "30", "-o", &options, "start"]));
    Some(Server {
        port,
        _watchdog: Mutex::new(watchdog(&tool("pg_ctl"), &data, &dir)),
        dir,
    })
}

/// A shell that waits for its input to close (this process ending), then stops the
/// server and removes its directory.
fn watchdog(pg_ctl: &Command, data: &Path, dir: &Path) -> (Child, ChildStdin) {
    let mut stop: Vec<String> = std::iter::once(pg_ctl.get_program())
        .chain(pg_ctl.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    stop.extend([
        "-D".into(),
        data.display().to_string(),
        "-m".into(),
        "immediate".into(),
        "stop".into(),
    ]);
    let script = format!(
        "read _; {} >/dev/null 2>&1; rm -rf '{}'",
        stop.join(" "),
        dir.display()
    );
    // A group of its own, so the Ctrl-C that ends the tests does not end it first.
    let mut child = Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("sh runs");
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.flush();
    (child, stdin)
}

/// The newest installed PostgreSQL's programs.
fn binaries() -> Option<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .map(|entry| entry.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists() && bin.join("pg_ctl").exists())
        .collect();
    versions.sort();
    versions.pop()
}

fn run(command: &mut Command) {
    let output = command.output().expect("the PostgreSQL tool runs");
    assert!(
        output.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
