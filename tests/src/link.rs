//! One shared slow link between the browser and the server, as a phone on 2G has: every
//! connection the browser opens (the page's, its workers', the service worker's) goes
//! through the same bandwidth each way, and every byte waits the link's latency.
//! DevTools' `Network.emulateNetworkConditions` throttles the page's own requests only (a
//! service worker's go at full speed), so it cannot show two downloads competing for one
//! link; this can, and it lists every request that crossed it (benchmarks).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

/// One request and its answer as they crossed the link (HTTP/1.1, one at a time per
/// connection): times in milliseconds from `Link::mark`.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub connection: usize,
    /// Method and path.
    pub request: String,
    /// When the request reached the server.
    pub sent_ms: f64,
    /// When the answer's first and last bytes reached the browser.
    pub first_ms: Option<f64>,
    pub done_ms: Option<f64>,
    /// Bytes of the answer on the wire (headers included).
    pub bytes: usize,
}

#[derive(Default)]
struct Log {
    exchanges: Vec<Exchange>,
    /// Each connection's exchange in progress (its index in `exchanges`).
    current: HashMap<usize, usize>,
}

struct Shared {
    server: SocketAddr,
    bytes_per_s: f64,
    one_way: Duration,
    /// When each direction of the link is free again (down: to the browser).
    down_free: Mutex<Instant>,
    up_free: Mutex<Instant>,
    mark: Mutex<Instant>,
    log: Mutex<Log>,
}

/// A listening link; its accept loop ends when dropped.
pub struct Link {
    /// `http://127.0.0.1:port`: the address the browser uses instead of the server's.
    pub base: String,
    shared: Arc<Shared>,
    accept: tokio::task::JoinHandle<()>,
}

impl Drop for Link {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

impl Link {
    /// A link to `server` (an `http://host:port` base) of `bits_per_s` each way (shared
    /// by every connection) and `latency_ms` round trip (half each way).
    pub async fn start(server: &str, bits_per_s: u64, latency_ms: u64) -> Result<Link> {
        let server: SocketAddr = server.trim_start_matches("http://").parse()?;
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}", listener.local_addr()?);
        let now = Instant::now();
        let shared = Arc::new(Shared {
            server,
            bytes_per_s: bits_per_s as f64 / 8.0,
            one_way: Duration::from_millis(latency_ms / 2),
            down_free: Mutex::new(now),
            up_free: Mutex::new(now),
            mark: Mutex::new(now),
            log: Mutex::new(Log::default()),
        });
        let accepting = shared.clone();
        let accept = tokio::spawn(async move {
            let mut next = 0;
            while let Ok((browser, _)) = listener.accept().await {
                next += 1;
                let shared = accepting.clone();
                tokio::spawn(async move {
                    let _ = connect(shared, browser, next).await;
                });
            }
        });
        Ok(Link {
            base,
            shared,
            accept,
        })
    }

    /// Forget the exchanges so far; times count from now.
    pub fn mark(&self) {
        *self.shared.mark.lock().unwrap() = Instant::now();
        *self.shared.log.lock().unwrap() = Log::default();
    }

    /// Every exchange since the last `mark`, in the order the requests were sent.
    pub fn exchanges(&self) -> Vec<Exchange> {
        self.shared.log.lock().unwrap().exchanges.clone()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Way {
    Up,
    Down,
}

async fn connect(shared: Arc<Shared>, browser: TcpStream, id: usize) -> Result<()> {
    let server = TcpStream::connect(shared.server).await?;
    let _ = (browser.set_nodelay(true), server.set_nodelay(true));
    let (from_browser, to_browser) = browser.into_split();
    let (from_server, to_server) = server.into_split();
    let up = tokio::spawn(carry(shared.clone(), from_browser, to_server, Way::Up, id));
    carry(shared, from_server, to_browser, Way::Down, id).await;
    let _ = up.await;
    Ok(())
}

/// The most a connection puts on the link at a time (one Ethernet-sized packet).
const PACKET: usize = 1460;

/// Carry bytes one way, a packet at a time: each packet takes the next free turn on the
/// shared link (its size over the bandwidth) and arrives one latency later; the next is
/// read only once it has left, so busy connections take turns (as flows through one
/// bottleneck share it) and a large answer holds up the server, not the other answers.
async fn carry(
    shared: Arc<Shared>,
    mut from: OwnedReadHalf,
    mut to: OwnedWriteHalf,
    way: Way,
    id: usize,
) {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(Instant, Vec<u8>)>();
    let timing = shared.clone();
    let reader = tokio::spawn(async move {
        let mut buf = vec![0u8; PACKET];
        loop {
            let n = match from.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let busy = Duration::from_secs_f64(n as f64 / timing.bytes_per_s);
            let sent = {
                let mut free = match way {
                    Way::Up => timing.up_free.lock().unwrap(),
                    Way::Down => timing.down_free.lock().unwrap(),
                };
                *free = (*free).max(Instant::now()) + busy;
                *free
            };
            if tx.send((sent + timing.one_way, buf[..n].to_vec())).is_err() {
                break;
            }
            tokio::time::sleep_until(sent).await;
        }
    });
    while let Some((at, bytes)) = rx.recv().await {
        tokio::time::sleep_until(at).await;
        if to.write_all(&bytes).await.is_err() {
            break;
        }
        record(&shared, way, id, &bytes);
    }
    let _ = to.shutdown().await;
    reader.abort();
}

fn record(shared: &Shared, way: Way, id: usize, bytes: &[u8]) {
    let ms = shared.mark.lock().unwrap().elapsed().as_secs_f64() * 1000.0;
    let mut log = shared.log.lock().unwrap();
    let Log { exchanges, current } = &mut *log;
    match way {
        Way::Up => {
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(300)]);
            let line = head.lines().next().unwrap_or("");
            let method = line.split(' ').next().unwrap_or("");
            if ["GET", "POST", "PUT", "HEAD", "DELETE", "PATCH", "OPTIONS"].contains(&method) {
                let request = line.trim_end_matches(" HTTP/1.1").to_string();
                current.insert(id, exchanges.len());
                exchanges.push(Exchange {
                    connection: id,
                    request,
                    sent_ms: ms,
                    first_ms: None,
                    done_ms: None,
                    bytes: 0,
                });
            }
        }
        Way::Down => {
            if let Some(e) = current.get(&id).and_then(|&i| exchanges.get_mut(i)) {
                e.first_ms.get_or_insert(ms);
                e.done_ms = Some(ms);
                e.bytes += bytes.len();
            }
        }
    }
}
