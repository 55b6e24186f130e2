//! A text export of an SQLite database on several threads. One thread reads rows with a
//! read-only connection of its own; workers encode pieces of a few hundred rows each
//! (parse the answers, apply k-anonymity and the profile's shaping, write CSV or JSON);
//! the calling thread puts the pieces back in reading order and hands them on. Encoding
//! is most of an export's cost (about 8 µs of 10 per record), so spreading it over the
//! machine's cores is what brings a million records under ten seconds on two.
//!
//! Memory stays flat: every channel is bounded, so the reader waits when the workers or
//! the receiver fall behind, and at most a few pieces wait to be put back in order.
//!
//! The reader is the export's snapshot (`Snapshot::each_blocking`: a read-only `rusqlite`
//! connection in the read transaction the k-anonymity count was taken in); the output is
//! the same bytes as one thread's, and bounded channels keep memory flat.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, mpsc};

use super::{Encoder, Export};
use crate::db::ExportRow;
use crate::error::Result;

/// Rows per piece: about 64 KB of CSV for the demo form, the size of a sent chunk.
const ROWS_PER_PIECE: usize = 256;

/// Rows encoded by a worker.
pub(super) struct Piece {
    /// Position in reading order.
    seq: u64,
    /// The encoded rows (for JSON each one after a comma).
    pub bytes: Vec<u8>,
    /// Ids of the records that left (k-anonymity may have withheld some of the rows read).
    pub ids: Vec<String>,
}

/// Read and encode every exportable record of `export`, calling `deliver` with the
/// pieces in reading order until it returns false.
pub(super) fn encode(
    export: &Export,
    mut deliver: impl FnMut(Piece) -> Result<bool>,
) -> Result<()> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 8));
    let (rows_tx, rows_rx) = mpsc::sync_channel::<(u64, Vec<ExportRow>)>(workers * 2);
    // Shared by the workers; when the last one stops it is dropped and the reader stops.
    let rows_rx = Arc::new(Mutex::new(rows_rx));
    let (done_tx, done_rx) = mpsc::sync_channel::<Result<Piece>>(workers * 2);
    std::thread::scope(|scope| {
        {
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                if let Err(e) = read(export, &rows_tx) {
                    let _ = done_tx.send(Err(e));
                }
            });
        }
        for _ in 0..workers {
            let (rows_rx, done_tx) = (rows_rx.clone(), done_tx.clone());
            scope.spawn(move || work(export, &rows_rx, &done_tx));
        }
        drop((rows_rx, done_tx));
        // Put the pieces back in order; returning drops `done_rx`, which stops the
        // workers, then the reader, before the scope joins them.
        let mut waiting: BTreeMap<u64, Piece> = BTreeMap::new();
        let mut next = 0u64;
        for piece in done_rx {
            let piece = piece?;
            waiting.insert(piece.seq, piece);
            while let Some(piece) = waiting.remove(&next) {
                next += 1;
                if !deliver(piece)? {
                    return Ok(());
                }
            }
        }
        Ok(())
    })
}

/// The reader: rows in pieces, numbered.
fn read(export: &Export, rows_tx: &mpsc::SyncSender<(u64, Vec<ExportRow>)>) -> Result<()> {
    let mut seq = 0u64;
    let mut rows = Vec::with_capacity(ROWS_PER_PIECE);
    let mut open = true;
    export.snapshot.each_blocking(&export.scope, |row| {
        rows.push(row);
        if rows.len() == ROWS_PER_PIECE {
            let full = std::mem::replace(&mut rows, Vec::with_capacity(ROWS_PER_PIECE));
            open = rows_tx.send((seq, full)).is_ok();
            seq += 1;
        }
        Ok(open)
    })?;
    if open && !rows.is_empty() {
        let _ = rows_tx.send((seq, rows));
    }
    Ok(())
}

/// A worker: encode pieces until the reader is done or the receiver has gone.
fn work(
    export: &Export,
    rows_rx: &Mutex<mpsc::Receiver<(u64, Vec<ExportRow>)>>,
    done_tx: &mpsc::SyncSender<Result<Piece>>,
) {
    loop {
        let next = match rows_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, rows)) = next else { return };
        let mut out = Encoder::piece(export.format, &export.layouts[0]);
        let mut ids = Vec::with_capacity(rows.len());
        let mut failed = None;
        for row in rows {
            // Sauti's layout numbers nothing (the Kobo layout is never encoded in pieces).
            match export.encode(&row, &mut out, &mut super::Numbering::default()) {
                Ok(true) => ids.push(row.id),
                Ok(false) => {}
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        let piece = match failed {
            Some(e) => Err(e),
            None => Ok(Piece {
                seq,
                bytes: out.into_bytes(),
                ids,
            }),
        };
        if done_tx.send(piece).is_err() {
            return;
        }
    }
}
