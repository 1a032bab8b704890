//! The `ringcheck` binary as a child process.

use std::{
    io::{BufRead, BufReader},
    process::Child,
};

/// Waits (over at most 50 log lines) until `server` says it is listening, then keeps
/// reading its log in the background so it never writes into a closed pipe. Its stdout
/// must be piped.
pub fn wait_until_listening(server: &mut Child) -> bool {
    let mut lines = BufReader::new(server.stdout.take().expect("stdout is piped")).lines();
    let listening = lines
        .by_ref()
        .take(50)
        .map_while(Result::ok)
        .any(|line| line.contains("listening on http://"));
    std::thread::spawn(move || lines.for_each(drop));
    listening
}
