//! Slowing down guessing: of passwords on sign-in, and of the receipt code's four-digit
//! second factor on the community review page.
//!
//! Every count lives in the database (table `attempts`), so several server processes
//! behind one load balancer count together, and a restart forgets nothing. An attempt is
//! **reserved before any work** (no password hash, no record lookup) by a compare-and-set
//! on the key's row: of a burst of concurrent guesses, each goes through only when the
//! count it read is still the count in the table, so a burst gets exactly as many tries as
//! one caller sending them one by one.
//!
//! Each key follows a [`Rule`]: some free failures, then a wait that doubles from one
//! second up to a ceiling, and for some keys a hard cap after which the key is locked for
//! good. The answers never say whether a username or a receipt code exists.
//!
//! Keys are stored hashed, never in the clear. A key that names a network (`net:<network>`,
//! `user:<name>|net:<network>`) is an HMAC-SHA256 under the audit chain's secret, which is
//! kept outside the database: a plain hash of an IPv4 address is undone by trying all 2^32
//! of them, and a copy of the database would then tie each attempt's time (an anonymous
//! complaint's, say) to an address. A key of a receipt code alone (`code:<receipt>`) stays
//! a SHA-256 of its text: a code locked for good must stay locked across this change.
//! A network is an IPv4 address or an IPv6 /64 (one phone or one household on most
//! carriers); behind a trusted reverse proxy, the client's address is read from
//! `X-Forwarded-For` (see [`ClientNetwork`]).

use std::net::IpAddr;

use sha2::{Digest, Sha256};

use crate::db::Db;
use crate::error::Result;

/// How a key is limited.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Failures allowed before any wait.
    pub free: u32,
    /// The longest wait, in seconds (the wait doubles from one second up to it).
    pub max_wait_s: u64,
    /// After this many failures the key is locked for good (`None`: never).
    pub cap: Option<u32>,
    /// Whether a success clears the key's failures (the caller proved they know the
    /// secret) or only gives back the one attempt it reserved.
    pub reset_on_success: bool,
}

/// A receipt code, whoever tries it: at most 50 wrong second factors, ever. With 10,000
/// possible factors, no one guesses a given code's factor with probability above 0.5 %,
/// however many networks they use (ARCHITECTURE.md, "guessing bound").
pub const CODE: Rule = Rule {
    free: 50,
    max_wait_s: 0,
    cap: Some(50),
    reset_on_success: false,
};
/// One receipt code from one network: five free, then 1, 2, 4 … up to 5 minutes, and at
/// most 10 in all, so one network alone can never lock the code for its owner.
pub const CODE_FROM_NETWORK: Rule = Rule {
    free: 5,
    max_wait_s: 300,
    cap: Some(10),
    reset_on_success: true,
};
/// One network's failed look-ups, whatever the code (scanning): 50 free, then up to a
/// minute between tries. Lenient: a camp may share one address.
pub const NETWORK_LOOKUPS: Rule = Rule {
    free: 50,
    max_wait_s: 60,
    cap: None,
    reset_on_success: false,
};
/// One username from one network: five free, then 1, 2, 4 … up to 5 minutes. Keyed by
/// network too, so a stranger's wrong passwords never keep the owner out.
pub const USER_FROM_NETWORK: Rule = Rule {
    free: 5,
    max_wait_s: 300,
    cap: None,
    reset_on_success: true,
};
/// One network's failed sign-ins, whatever the username (password spraying).
pub const NETWORK_SIGN_INS: Rule = Rule {
    free: 30,
    max_wait_s: 300,
    cap: None,
    reset_on_success: false,
};

/// Why an attempt was not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Try again after this many seconds.
    Wait(u64),
    /// The key is locked for good (a receipt code after too many wrong factors).
    Locked,
}

impl From<Refusal> for crate::error::Error {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::Wait(s) => crate::error::Error::TooManyAttempts(s.max(1)),
            Refusal::Locked => crate::error::Error::CodeLocked,
        }
    }
}

/// The stored form of a key: keyed by the server's secret when it names a network or an
/// account (see the module's notes), a plain SHA-256 otherwise.
pub fn key(db: &Db, text: &str) -> String {
    if text.contains("net:") || text.contains("user:") {
        return db.seal_attempt_key(text);
    }
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The wait after `failures` failures under `rule`, in milliseconds (0: none).
pub fn wait_after(rule: &Rule, failures: u32) -> i64 {
    if failures < rule.free {
        return 0;
    }
    let doublings = (failures - rule.free).min(30);
    let ms = 1000i64.saturating_mul(1i64 << doublings);
    ms.min(
        i64::try_from(rule.max_wait_s)
            .unwrap_or(i64::MAX)
            .saturating_mul(1000),
    )
}

/// Milliseconds since 1970.
pub fn now_ms() -> i64 {
    i64::try_from(time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000)
        .unwrap_or(i64::MAX)
}

/// Attempts reserved on some keys: each already counts as a failure. Call
/// [`Reserved::succeeded`] when the guess was right; a wrong guess needs nothing more.
#[must_use]
pub struct Reserved {
    keys: Vec<(String, Rule)>,
}

impl Reserved {
    /// The guess was right: keys that a success clears are cleared, the others get back
    /// the attempt reserved for this guess.
    pub async fn succeeded(self, db: &Db) -> Result<()> {
        for (key, rule) in &self.keys {
            db.attempt_succeeded(key, rule.reset_on_success).await?;
        }
        Ok(())
    }
}

/// Reserve one attempt on every key, in order, before doing any work. The first key that
/// refuses stops the attempt (the keys before it keep their reservation: the caller was
/// guessing). Keys are plain text; they are hashed here.
pub async fn reserve(
    db: &Db,
    keys: &[(String, Rule)],
) -> Result<std::result::Result<Reserved, Refusal>> {
    let mut reserved = Vec::with_capacity(keys.len());
    for (text, rule) in keys {
        let key = key(db, text);
        if let Err(refusal) = db.reserve_attempt(&key, rule, now_ms()).await? {
            return Ok(Err(refusal));
        }
        reserved.push((key, *rule));
    }
    Ok(Ok(Reserved { keys: reserved }))
}

/// A client's network: the address for IPv4, the /64 prefix for IPv6 (an IPv4 address
/// mapped into IPv6 counts as IPv4).
pub fn network_of(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// The reverse proxies whose `X-Forwarded-For` is believed (`--trusted-proxy`, or the
/// environment variable `SAUTI_TRUSTED_PROXIES`, comma-separated addresses).
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(pub Vec<IpAddr>);

impl TrustedProxies {
    /// Parse a comma-separated list; a bad entry is an error naming it.
    pub fn parse(list: &str) -> std::result::Result<TrustedProxies, String> {
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpAddr>()
                    .map_err(|_| format!("`{s}` is not an IP address"))
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy, then the
    /// right-most address of `X-Forwarded-For` that is not itself a trusted proxy (the
    /// left-most entries are whatever the client chose to write).
    pub fn client(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        if !self.0.contains(&peer) {
            return peer;
        }
        forwarded_for
            .into_iter()
            .flat_map(|h| h.rsplit(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .find(|a| !self.0.contains(a))
            .unwrap_or(peer)
    }
}

/// The caller's network, as an extractor: see [`TrustedProxies::client`] and [`network_of`].
pub struct ClientNetwork(pub String);

impl axum::extract::FromRequestParts<crate::AppState> for ClientNetwork {
    type Rejection = crate::error::Error;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &crate::AppState,
    ) -> Result<Self> {
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
        let forwarded = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok());
        Ok(ClientNetwork(network_of(
            state.trusted_proxies.client(peer, forwarded),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_after_the_free_failures_up_to_its_ceiling() {
        let waits: Vec<i64> = (0..16).map(|f| wait_after(&CODE_FROM_NETWORK, f)).collect();
        assert_eq!(&waits[..8], [0, 0, 0, 0, 0, 1000, 2000, 4000]);
        assert_eq!(waits[15], 300_000);
        assert_eq!(wait_after(&CODE, 49), 0);
    }

    #[test]
    fn an_ipv6_network_is_its_64_and_a_mapped_ipv4_is_ipv4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:1:2:3".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(network_of(a), network_of(b));
        assert_ne!(network_of(a), network_of(c));
        let mapped: IpAddr = "::ffff:10.0.0.7".parse().unwrap();
        assert_eq!(network_of(mapped), "10.0.0.7");
    }

    #[test]
    fn forwarded_for_is_believed_only_from_a_trusted_proxy() {
        let proxies = TrustedProxies::parse("10.0.0.1, 10.0.0.2").unwrap();
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let stranger: IpAddr = "198.51.100.9".parse().unwrap();
        // The client wrote a fake first entry; the proxies appended the real one.
        let header = Some("1.2.3.4, 203.0.113.5, 10.0.0.2");
        assert_eq!(
            proxies.client(proxy, header),
            "203.0.113.5".parse::<IpAddr>().unwrap()
        );
        assert_eq!(proxies.client(stranger, header), stranger);
        assert_eq!(proxies.client(proxy, None), proxy);
        assert!(TrustedProxies::parse("10.0.0.1, nope").is_err());
    }
}
