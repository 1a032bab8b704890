//! The one writer of the database: a thread of its own that commits whatever writes are
//! waiting in one transaction, so a burst of finished checks costs one sync to disk per
//! batch rather than one per report, and no runtime or blocking-pool thread ever waits
//! on another's write.

use std::{
    panic::{self, AssertUnwindSafe},
    sync::mpsc::{self, Receiver, Sender, TryRecvError},
    thread,
};

use rusqlite::Connection;
use tokio::sync::oneshot;

use super::StoreError;

/// The most writes committed together: a bound on how long the first waits for the last.
const MAX_BATCH: usize = 256;

/// A write waiting for its batch: run inside the batch's transaction, then answered once
/// that transaction is committed (or is not).
trait Pending: Send {
    fn run(&mut self, db: &Connection);
    fn answer(self: Box<Self>, committed: Result<(), String>);
}

struct Job<F, T> {
    write: Option<F>,
    outcome: Option<Result<T, StoreError>>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<F, T> Pending for Job<F, T>
where
    F: FnOnce(&Connection) -> Result<T, StoreError> + Send,
    T: Send,
{
    fn run(&mut self, db: &Connection) {
        if let Some(write) = self.write.take() {
            self.outcome = Some(write(db));
        }
    }

    fn answer(self: Box<Self>, committed: Result<(), String>) {
        let result = match (committed, self.outcome) {
            (Ok(()), Some(outcome)) => outcome,
            (Err(why), _) => Err(StoreError::NotCommitted(why)),
            (Ok(()), None) => Err(StoreError::NotCommitted(
                "an earlier write of its batch failed".into(),
            )),
        };
        let _ = self.reply.send(result);
    }
}

/// Hands writes to the writer thread; the thread ends when the last handle is dropped.
pub(super) struct Writer {
    queue: Sender<Box<dyn Pending>>,
}

impl Writer {
    pub(super) fn start(db: Connection) -> std::io::Result<Self> {
        let (queue, waiting) = mpsc::channel();
        thread::Builder::new()
            .name("report-writer".into())
            .spawn(move || run(&db, &waiting))?;
        Ok(Self { queue })
    }

    /// Runs `write` in the next batch; resolves once that batch is committed (or failed).
    pub(super) async fn write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (reply, answer) = oneshot::channel();
        let job = Job {
            write: Some(write),
            outcome: None,
            reply,
        };
        self.queue
            .send(Box::new(job))
            .map_err(|_| StoreError::Task)?;
        answer.await.map_err(|_| StoreError::Task)?
    }
}

/// Takes whatever is waiting (at least one write, at most [`MAX_BATCH`]), runs it in one
/// transaction and answers every caller after the commit.
fn run(db: &Connection, waiting: &Receiver<Box<dyn Pending>>) {
    while let Ok(first) = waiting.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match waiting.try_recv() {
                Ok(job) => batch.push(job),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        let committed = commit(db, &mut batch);
        if let Err(why) = &committed {
            tracing::error!(error = %why, writes = batch.len(), "a write to the report database failed");
        }
        for job in batch {
            job.answer(committed.clone());
        }
    }
}

/// Runs `batch` in one transaction and commits it. A write that fails on its own (a
/// duplicate id) fails alone; one that makes SQLite give up the whole transaction (disk
/// full, I/O error) fails its batch, as the others would have failed too.
fn commit(db: &Connection, batch: &mut [Box<dyn Pending>]) -> Result<(), String> {
    // A commit that failed may have left its transaction open, and so may a rollback
    // that failed: end it, or no write would ever begin again.
    if !db.is_autocommit() {
        db.execute_batch("ROLLBACK")
            .map_err(|error| format!("an earlier failed write could not be undone: {error}"))?;
    }
    db.execute_batch("BEGIN IMMEDIATE")
        .map_err(|error| error.to_string())?;
    for job in batch.iter_mut() {
        // A write that panics fails its batch; the thread goes on for the next writes.
        let ran = panic::catch_unwind(AssertUnwindSafe(|| job.run(db)));
        if ran.is_err() {
            rollback(db);
            return Err("a write failed inside Ring Check".into());
        }
        // A statement that failed badly enough (disk full, I/O error) ends the whole
        // transaction in SQLite: the rest of the batch must not run outside of one.
        if db.is_autocommit() {
            return Err("the database rolled the writes back".into());
        }
    }
    db.execute_batch("COMMIT").map_err(|error| {
        rollback(db);
        error.to_string()
    })
}

fn rollback(db: &Connection) {
    if let Err(error) = db.execute_batch("ROLLBACK") {
        // Tried again before the next batch begins.
        tracing::warn!(%error, "could not roll back a failed write to the report database");
    }
}
