//! The `ringcheck` binary as a child process.

use std::{
    io::{BufRead, BufReader},
    process::Child,
};

/// Waits (over at most 50 log lines) until `server` says it is listening, then keeps
/// reading its log in the background so it never writes into a closed pipe. Its stdout
/// must be piped.
pub fn wait_until_listening(server: &mut Child) -> bool {
    wait_until_listening_at(server).is_some()
}

/// The same; where it listens (`127.0.0.1:40123`, over http or https), if it says so.
pub fn wait_until_listening_at(server: &mut Child) -> Option<String> {
    let mut lines = BufReader::new(server.stdout.take().expect("stdout is piped")).lines();
    let address = lines
        .by_ref()
        .take(50)
        .map_while(Result::ok)
        .find_map(|line| {
            let (_, url) = line.split_once("listening on ")?;
            let (_, address) = url.split_once("://")?;
            Some(address.trim().to_owned())
        });
    std::thread::spawn(move || lines.for_each(drop));
    address
}
